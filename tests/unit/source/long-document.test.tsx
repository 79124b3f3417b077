// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCorpusIndex } from '../../../src/domain/corpus/corpus-index';
import type { CorpusEvent, Mention } from '../../../src/domain/corpus/schema';
import { SourceReader } from '../../../src/features/source/SourceReader';
import { i18n } from '../../../src/i18n/i18n';
import { akarVisitsTripoli, corpus, TRIPOLI_ID, tripoliDoc } from './fixture';

/**
 * Issue 14, item 1: a document of megabytes froze the tab, because the reader drew all of it.
 * The repro from the issue: the bundled text with 'كلمة النمروش هنا. ' appended 100,000 times
 * (3.3 MB, one line that no sentence covers), and the same with a sentence and a mention for
 * every repetition.
 */
const PHRASE = 'كلمة النمروش هنا. ';
const N = 100_000;
/** jsdom and React's development build are slow: building 100,000 rows takes seconds here. */
const SLOW = 60_000;

function longIndex(withSentencesAndMentions: boolean) {
  const base = tripoliDoc.text;
  const text = base + PHRASE.repeat(N);
  const sentences = [...tripoliDoc.sentences];
  const mentions: Mention[] = [...tripoliDoc.mentions];
  if (withSentencesAndMentions) {
    for (let i = 0; i < N; i++) {
      const start = base.length + i * PHRASE.length;
      sentences.push({ start, end: start + PHRASE.length - 1, en: `Word ${i}.` });
      const name = start + PHRASE.indexOf('النمروش');
      mentions.push({ entity: 'namroush', start: name, end: name + 'النمروش'.length });
    }
  }
  // The event's evidence is put at the very end, far outside the first screen.
  const last = base.length + (N - 1) * PHRASE.length;
  const event: CorpusEvent = {
    ...akarVisitsTripoli,
    evidence: [{ document: TRIPOLI_ID, start: last, end: last + PHRASE.length - 1 }],
  };
  const doc = { ...tripoliDoc, text, sentences, mentions };
  return {
    index: buildCorpusIndex({ ...corpus, documents: [doc], events: [event] }),
    event,
  };
}

function renderLong(withSentencesAndMentions: boolean) {
  const { index, event } = longIndex(withSentencesAndMentions);
  const view = render(
    <I18nextProvider i18n={i18n}>
      <SourceReader
        index={index}
        documentId={TRIPOLI_ID}
        lang="en"
        selectedEvent={event}
        highlightedEntities={[]}
        onSelectEntity={vi.fn()}
        onSelectDocument={vi.fn()}
      />
    </I18nextProvider>,
  );
  return view;
}

afterEach(cleanup);

describe('SourceReader with a 3.3 MB document', () => {
  it(
    'draws only a window of a long line no sentence covers, and the evidence',
    async () => {
      await i18n.changeLanguage('en');
      const { container } = renderLong(false);
      const rows = container.querySelectorAll('.source-row');
      expect(rows.length).toBeGreaterThan(5);
      expect(rows.length).toBeLessThan(100);
      // A few kilobytes of text on the page, not megabytes.
      expect((container.textContent ?? '').length).toBeLessThan(100_000);
      // The evidence at the end of the document is drawn, marked and reachable with Tab.
      const passage = container.querySelector('[data-evidence-row][tabindex="0"]');
      expect(passage?.querySelector('mark[data-evidence="0"]')?.textContent).toContain('النمروش');
      expect(screen.getByRole('status').textContent).toContain('Akar visits Tripoli');
    },
    SLOW,
  );

  it(
    'draws only a window of 100,000 sentences with 100,000 mentions',
    async () => {
      await i18n.changeLanguage('en');
      const { container } = renderLong(true);
      const rows = container.querySelectorAll('.source-row');
      expect(rows.length).toBeLessThan(100);
      // Mentions are still buttons, evidence still marked.
      const buttons = screen.getAllByRole('button', {
        name: /: Salah al-Din al-Namroush \(actor\)$/,
      });
      expect(buttons.length).toBeLessThan(100);
      expect(container.querySelector('mark[data-evidence="0"]')).toBeTruthy();
      expect(screen.getByText(`Word ${N - 1}.`)).toBeTruthy();
    },
    SLOW,
  );
});

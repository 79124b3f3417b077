// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCorpusIndex } from '../../../src/domain/corpus/corpus-index';
import type { CorpusEvent } from '../../../src/domain/corpus/schema';
import { SourceReader } from '../../../src/features/source/SourceReader';
import { i18n } from '../../../src/i18n/i18n';
import {
  akarVisitsTripoli,
  corpus,
  index,
  intervention,
  ISTANBUL_ID,
  istanbulDoc,
  TRIPOLI_ID,
  tripoliDoc,
} from './fixture';

const scrollIntoView = vi.fn();
const ZWJ = /\u200D/g;

function renderReader(lang: 'ar' | 'en', props: Partial<Parameters<typeof SourceReader>[0]> = {}) {
  const handlers = { onSelectEntity: vi.fn(), onSelectDocument: vi.fn() };
  const view = render(
    <I18nextProvider i18n={i18n}>
      <SourceReader
        index={index}
        documentId={TRIPOLI_ID}
        lang={lang}
        selectedEvent={null}
        highlightedEntities={[]}
        {...handlers}
        {...props}
      />
    </I18nextProvider>,
  );
  return { ...view, ...handlers };
}

/** The text of the marks of one evidence span, in document order, without joiners. */
function markedText(container: HTMLElement, evidence: number): string {
  return [...container.querySelectorAll(`mark[data-evidence="${evidence}"]`)]
    .map((m) => (m.textContent ?? '').replace(ZWJ, ''))
    .join('');
}

beforeEach(() => {
  scrollIntoView.mockReset();
  Element.prototype.scrollIntoView = scrollIntoView;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('SourceReader', () => {
  it('shows the document header: title, publisher, publication date and its basis', async () => {
    await i18n.changeLanguage('en');
    renderReader('en', { documentId: ISTANBUL_ID });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(istanbulDoc.title.en);
    expect(screen.getByText(istanbulDoc.publisher.en)).toBeTruthy();
    // The date and how it is known; the curators' reasoning behind "How we know".
    expect(screen.getByText(/^Sunday, 10 January 2021 — known from outside the text/)).toBeTruthy();
    expect(
      screen
        .getByText(/^The page/)
        .closest('details')
        ?.querySelector('summary')?.textContent,
    ).toBe('How we know');
    for (const credit of istanbulDoc.credits) {
      expect(screen.getByText(credit).getAttribute('lang')).toBe('ar');
    }
  });

  it('shows the header in Arabic in the Arabic interface', async () => {
    await i18n.changeLanguage('ar');
    renderReader('ar');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(tripoliDoc.title.ar);
    expect(screen.getByText(tripoliDoc.publisher.ar)).toBeTruthy();
    expect(screen.getByText(/معروف من خارج النص/)).toBeTruthy();
  });

  it('puts each Arabic sentence beside its English translation, paragraphs kept', async () => {
    await i18n.changeLanguage('en');
    const { container } = renderReader('en');
    const rows = [...container.querySelectorAll('.source-row')];
    expect(rows).toHaveLength(tripoliDoc.sentences.length);
    rows.forEach((row, i) => {
      const sentence = tripoliDoc.sentences[i];
      const [ar, en] = [...row.querySelectorAll('p')];
      expect(ar?.getAttribute('lang')).toBe('ar');
      expect(ar?.getAttribute('dir')).toBe('rtl');
      expect(ar?.textContent?.replace(ZWJ, '')).toBe(
        tripoliDoc.text.slice(sentence?.start, sentence?.end),
      );
      expect(en?.getAttribute('lang')).toBe('en');
      expect(en?.getAttribute('dir')).toBe('ltr');
      expect(en?.textContent).toBe(sentence?.en);
    });
    // Six paragraphs: five paragraph breaks.
    expect(container.querySelectorAll('.source-reader__item.starts-paragraph')).toHaveLength(5);
  });

  it('makes every mention a button named in the interface language', async () => {
    await i18n.changeLanguage('en');
    const { container } = renderReader('en');
    const buttons = container.querySelectorAll('button[data-entity]');
    expect(buttons).toHaveLength(tripoliDoc.mentions.length);
    const akar = screen.getAllByRole('button', { name: /: Hulusi Akar \(actor\)$/ });
    expect(akar).toHaveLength(tripoliDoc.mentions.filter((m) => m.entity === 'akar').length);
    expect(akar[0]?.getAttribute('data-entity')).toBe('akar');
    expect(akar[0]?.textContent).toBe('خلوصي أكار');
    const tripoli = screen.getAllByRole('button', { name: /: Tripoli \(place\)$/ });
    expect(tripoli[0]?.getAttribute('data-kind')).toBe('place');
    expect(tripoli[0]?.className).toContain('mention--place');
    expect(akar[0]?.className).toContain('mention--actor');
  });

  it('names mentions in Arabic in the Arabic interface', async () => {
    await i18n.changeLanguage('ar');
    renderReader('ar');
    expect(
      screen.getAllByRole('button', { name: /: خلوصي أكار \(فاعل\)$/ }).length,
    ).toBeGreaterThan(0);
    expect(screen.getAllByRole('button', { name: /: طرابلس \(مكان\)$/ }).length).toBeGreaterThan(0);
  });

  it('calls onSelectEntity with the id of the clicked mention', async () => {
    await i18n.changeLanguage('en');
    const { onSelectEntity } = renderReader('en');
    await userEvent.click(screen.getByRole('button', { name: /: Khalid al-Mishri \(actor\)$/ }));
    expect(onSelectEntity).toHaveBeenCalledWith('mishri');
    await userEvent.click(
      screen.getAllByRole('button', { name: /: Tripoli \(place\)$/ })[1] as HTMLElement,
    );
    expect(onSelectEntity).toHaveBeenLastCalledWith('tripoli');
    expect(onSelectEntity).toHaveBeenCalledTimes(2);
  });

  it('keeps the letters joined around a mention that starts inside a word', async () => {
    await i18n.changeLanguage('en');
    renderReader('en');
    const istanbul = screen.getByRole('button', { name: /: Istanbul \(place\)$/ });
    expect(istanbul.textContent).toBe('\u200Dإسطنبول');
    expect(istanbul.className).toContain('is-joined');
    const before = istanbul.previousSibling?.textContent ?? '';
    expect(before.endsWith('ب\u200D')).toBe(true);
  });

  it('marks the mentions of highlighted entities more strongly', async () => {
    await i18n.changeLanguage('en');
    const { container } = renderReader('en', { highlightedEntities: ['akar', 'tripoli'] });
    const strong = [...container.querySelectorAll('button.is-highlighted')];
    const expected = tripoliDoc.mentions.filter((m) => ['akar', 'tripoli'].includes(m.entity));
    expect(strong).toHaveLength(expected.length);
    expect(new Set(strong.map((b) => b.getAttribute('data-entity')))).toEqual(
      new Set(['akar', 'tripoli']),
    );
  });

  it('puts the selected event’s evidence in <mark> and highlights its rows in both columns', async () => {
    await i18n.changeLanguage('en');
    const { container } = renderReader('en', { selectedEvent: akarVisitsTripoli });
    akarVisitsTripoli.evidence.forEach((span, i) => {
      expect(markedText(container, i)).toBe(tripoliDoc.text.slice(span.start, span.end));
    });
    const highlighted = [...container.querySelectorAll('[data-evidence-row="true"]')];
    expect(highlighted.map((row) => row.querySelector('p[lang="en"]')?.textContent)).toEqual([
      tripoliDoc.sentences[3]?.en,
      tripoliDoc.sentences[4]?.en,
      tripoliDoc.sentences[6]?.en,
    ]);
    const english = screen.getByText(/^Akar visited Tripoli on Friday/);
    expect(english.closest('.source-row')?.getAttribute('data-evidence-row')).toBe('true');
    const other = screen.getByText(/^The Undersecretary of the Ministry/);
    expect(other.closest('.source-row')?.hasAttribute('data-evidence-row')).toBe(false);
    expect(screen.getByRole('status').textContent).toContain('Akar visits Tripoli');
  });

  it('keeps mentions as buttons inside the evidence', async () => {
    await i18n.changeLanguage('en');
    const { container } = renderReader('en', {
      documentId: ISTANBUL_ID,
      selectedEvent: intervention,
    });
    const turkey = screen.getByRole('button', { name: /: Turkey \(place\)$/ });
    expect(turkey.querySelector('mark[data-evidence="0"]')).toBeTruthy();
    const span = intervention.evidence[0];
    expect(markedText(container, 0)).toBe(istanbulDoc.text.slice(span?.start, span?.end));
  });

  it('marks nothing from another document’s evidence', async () => {
    await i18n.changeLanguage('en');
    const { container } = renderReader('en', {
      documentId: ISTANBUL_ID,
      selectedEvent: akarVisitsTripoli,
    });
    expect(container.querySelectorAll('mark')).toHaveLength(0);
    expect(container.querySelectorAll('[data-evidence-row]')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toContain('has no evidence in this document');
    expect(scrollIntoView).not.toHaveBeenCalled();
  });

  /** Renders with no event, makes the reader a scroll box, then selects the event. */
  function selectInScrollBox(lang: 'ar' | 'en') {
    const view = renderReader(lang);
    const box = view.container.querySelector<HTMLElement>('.source-reader')!;
    box.style.overflowY = 'auto';
    Object.defineProperty(box, 'scrollHeight', { value: 4000 });
    Object.defineProperty(box, 'clientHeight', { value: 400 });
    const scrollTo = vi.fn();
    box.scrollTo = scrollTo as unknown as typeof box.scrollTo;
    view.rerender(
      <I18nextProvider i18n={i18n}>
        <SourceReader
          index={index}
          documentId={TRIPOLI_ID}
          lang={lang}
          selectedEvent={akarVisitsTripoli}
          highlightedEntities={[]}
          onSelectEntity={view.onSelectEntity}
          onSelectDocument={view.onSelectDocument}
        />
      </I18nextProvider>,
    );
    return scrollTo;
  }

  it('scrolls the reader (and only the reader) to the first evidence, smoothly by default', async () => {
    await i18n.changeLanguage('en');
    const scrollTo = selectInScrollBox('en');
    expect(scrollTo).toHaveBeenCalledTimes(1);
    expect(scrollTo).toHaveBeenCalledWith({ top: expect.any(Number), behavior: 'smooth' });
    expect(scrollIntoView).not.toHaveBeenCalled();
  });

  it('does not animate the scroll for readers who prefer reduced motion', async () => {
    await i18n.changeLanguage('en');
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(prefers-reduced-motion: reduce)',
      media: query,
    }));
    const scrollTo = selectInScrollBox('en');
    expect(scrollTo).toHaveBeenCalledWith({ top: expect.any(Number), behavior: 'auto' });
  });

  it('does not scroll the page when the reader is not a scroll box of its own', async () => {
    await i18n.changeLanguage('en');
    renderReader('en', { selectedEvent: akarVisitsTripoli });
    expect(scrollIntoView).not.toHaveBeenCalled();
  });

  it('lists every document by title and switches on choice', async () => {
    await i18n.changeLanguage('ar');
    const { onSelectDocument } = renderReader('ar');
    const select = screen.getByRole('combobox', { name: 'الوثيقة' });
    const options = within(select).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(corpus.documents.map((d) => d.title.ar));
    await userEvent.selectOptions(select, ISTANBUL_ID);
    expect(onSelectDocument).toHaveBeenCalledWith(ISTANBUL_ID);
  });

  it('renders corpus strings as text, never as HTML', async () => {
    await i18n.changeLanguage('en');
    const hostile = '<img src=x onerror="alert(1)">نص';
    const doc = {
      ...tripoliDoc,
      id: 'hostile',
      title: { ar: hostile, en: hostile },
      text: hostile,
      sentences: [{ start: 0, end: hostile.length, en: '<b>bold</b>' }],
      mentions: [],
    };
    const hostileIndex = buildCorpusIndex({ ...corpus, documents: [doc] });
    const { container } = renderReader('en', { index: hostileIndex, documentId: 'hostile' });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('<b>bold</b>')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(hostile);
  });

  it('says so when the document is not in the corpus', async () => {
    await i18n.changeLanguage('en');
    const event: CorpusEvent | null = null;
    renderReader('en', { documentId: 'nope', selectedEvent: event });
    expect(screen.getByRole('alert').textContent).toBe('This document is not in the corpus.');
  });
});

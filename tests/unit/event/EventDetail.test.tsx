// @vitest-environment jsdom
import { readyDocument } from '../../../src/domain/corpus/document-texts';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CorpusEvent } from '../../../src/domain/corpus/schema';
import { EventDetail } from '../../../src/features/event/EventDetail';
import { i18n } from '../../../src/i18n/i18n';
import {
  akarVisitsTripoli,
  index,
  intervention,
  ISTANBUL_ID,
  memorandum,
  TRIPOLI_ID,
  TRIPOLI_SENTENCES,
} from '../source/fixture';

function renderDetail(lang: 'ar' | 'en', event: CorpusEvent, outsideFilters = false) {
  const handlers = {
    onSelectActor: vi.fn(),
    onSelectPlace: vi.fn(),
    onShowEvidence: vi.fn(),
    onClose: vi.fn(),
  };
  const view = render(
    <I18nextProvider i18n={i18n}>
      <EventDetail
        index={index}
        event={event}
        lang={lang}
        outsideFilters={outsideFilters}
        {...handlers}
      />
    </I18nextProvider>,
  );
  return { ...view, ...handlers };
}

afterEach(cleanup);

describe('EventDetail', () => {
  it('shows the title, the type and the summary', async () => {
    await i18n.changeLanguage('en');
    const { container } = renderDetail('en', akarVisitsTripoli);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Akar visits Tripoli');
    expect(container.querySelector('.event-detail__type')?.textContent).toBe('➜Event typeVisit');
    expect(screen.getByText(akarVisitsTripoli.summary.en)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Akar visits Tripoli' })).toBeTruthy();
  });

  it('marks a planned event as planned beside its type, in both languages', async () => {
    const planned: CorpusEvent = { ...akarVisitsTripoli, plan: { status: 'postponed' } };
    await i18n.changeLanguage('en');
    const en = renderDetail('en', planned);
    expect(en.container.querySelector('.event-detail__plan')?.textContent).toBe(
      'Planned · postponed',
    );
    en.unmount();
    await i18n.changeLanguage('ar');
    const ar = renderDetail('ar', planned);
    expect(ar.container.querySelector('.event-detail__plan')?.textContent).toBe(
      i18n.t('event:planStatus.postponed', { lng: 'ar' }),
    );
    ar.unmount();
    await i18n.changeLanguage('en');
    const plain = renderDetail('en', akarVisitsTripoli);
    expect(plain.container.querySelector('.event-detail__plan')).toBeNull();
  });

  it('says when the filters leave the event out, in both languages', async () => {
    await i18n.changeLanguage('en');
    const en = renderDetail('en', akarVisitsTripoli, true);
    expect(en.container.querySelector('.event-detail__outside')?.textContent).toBe(
      'The current filters leave this event out of the views.',
    );
    en.unmount();
    await i18n.changeLanguage('ar');
    const ar = renderDetail('ar', akarVisitsTripoli, true);
    expect(ar.container.querySelector('.event-detail__outside')?.textContent).toBe(
      'عوامل التصفية الحالية تستبعد هذا الحدث من العرض.',
    );
    ar.unmount();
    await i18n.changeLanguage('en');
    const shown = renderDetail('en', akarVisitsTripoli);
    expect(shown.container.querySelector('.event-detail__outside')).toBeNull();
  });

  it('says the date in words, quoting the article’s own words in Arabic', async () => {
    await i18n.changeLanguage('en');
    const { container } = renderDetail('en', akarVisitsTripoli);
    const date = container.querySelector('.event-detail__date');
    expect(date?.textContent).toBe(
      'Friday, 3 July 2020 — the article says «يوم الجمعة» (on Friday: the last Friday on or before publication)',
    );
    const quote = date?.querySelector('bdi');
    expect(quote?.textContent).toBe('يوم الجمعة');
    expect(quote?.getAttribute('lang')).toBe('ar');
  });

  it('names the place as a button, or says the text gives none', async () => {
    await i18n.changeLanguage('en');
    const { onSelectPlace } = renderDetail('en', akarVisitsTripoli);
    await userEvent.click(screen.getByRole('button', { name: 'Tripoli' }));
    expect(onSelectPlace).toHaveBeenCalledWith('tripoli');
    cleanup();
    renderDetail('en', memorandum);
    expect(screen.getByText('No place given in the text')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tripoli' })).toBeNull();
  });

  it('lists the participants with their roles, as buttons', async () => {
    await i18n.changeLanguage('en');
    const { container, onSelectActor } = renderDetail('en', akarVisitsTripoli);
    const items = [...container.querySelectorAll('.event-detail__participants li')];
    expect(items.map((li) => li.textContent)).toEqual([
      'Hulusi Akar guest',
      'Yaşar Güler accompanying',
      'Government of National Accord host',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Yaşar Güler' }));
    expect(onSelectActor).toHaveBeenCalledWith('guler');
  });

  it('lists the participants and roles in Arabic', async () => {
    await i18n.changeLanguage('ar');
    const { container } = renderDetail('ar', akarVisitsTripoli);
    const akar = container.querySelector('li[data-actor="akar"]') as HTMLElement;
    expect(within(akar).getByRole('button').textContent).toBe('خلوصي أكار');
    expect(akar.textContent).toContain('ضيف');
    expect(container.querySelector('.event-detail__date')?.textContent).toMatch(
      /^الجمعة، 3 يوليو 2020 — يقول المقال «يوم الجمعة»/,
    );
    expect(screen.getByRole('button', { name: 'طرابلس' })).toBeTruthy();
  });

  it('quotes each span of evidence exactly, with the English of its sentence', async () => {
    await i18n.changeLanguage('en');
    const { container } = renderDetail('en', akarVisitsTripoli);
    const quotes = [...container.querySelectorAll('blockquote')];
    // The evidence is the quote, or the marked part of it when the sentence holds more.
    expect(quotes.map((b) => (b.querySelector('mark') ?? b).textContent)).toEqual(
      akarVisitsTripoli.evidence.map((s) =>
        readyDocument(index.texts, s.document)?.text.slice(s.start, s.end),
      ),
    );
    for (const b of quotes) {
      expect(b.getAttribute('lang')).toBe('ar');
      expect(b.getAttribute('dir')).toBe('rtl');
    }
    const english = [...container.querySelectorAll('.evidence-item__translation')];
    expect(english.map((p) => p.textContent)).toEqual([
      TRIPOLI_SENTENCES[4]?.[1],
      TRIPOLI_SENTENCES[3]?.[1],
      TRIPOLI_SENTENCES[6]?.[1],
    ]);
    expect(english[0]?.getAttribute('lang')).toBe('en');
  });

  it('counts the documents that report the event', async () => {
    await i18n.changeLanguage('en');
    renderDetail('en', akarVisitsTripoli);
    expect(screen.getByText('Reported by 1 document')).toBeTruthy();
    cleanup();
    renderDetail('en', memorandum);
    expect(screen.getByText('Reported by 2 documents')).toBeTruthy();
    cleanup();
    await i18n.changeLanguage('ar');
    renderDetail('ar', memorandum);
    expect(screen.getByText('أوردته وثيقتان')).toBeTruthy();
  });

  it('opens the evidence’s document in the source reader', async () => {
    await i18n.changeLanguage('en');
    const { container, onShowEvidence } = renderDetail('en', memorandum);
    const buttons = screen.getAllByRole('button', { name: 'Show in source' });
    expect(buttons).toHaveLength(2);
    const cites = [...container.querySelectorAll('.evidence-item cite')].map((c) => c.textContent);
    expect(cites).toEqual([
      index.documentsById.get(ISTANBUL_ID)?.title.en,
      index.documentsById.get(TRIPOLI_ID)?.title.en,
    ]);
    await userEvent.click(buttons[1] as HTMLElement);
    expect(onShowEvidence).toHaveBeenCalledWith(TRIPOLI_ID);
    await userEvent.click(buttons[0] as HTMLElement);
    expect(onShowEvidence).toHaveBeenLastCalledWith(ISTANBUL_ID);
  });

  it('closes with its button and with Escape', async () => {
    await i18n.changeLanguage('ar');
    const { onClose } = renderDetail('ar', intervention);
    await userEvent.click(screen.getByRole('button', { name: 'إغلاق تفاصيل الحدث' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByRole('button', { name: 'ليبيا' }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(screen.getByRole('button', { name: 'ليبيا' }), { key: 'Enter' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});

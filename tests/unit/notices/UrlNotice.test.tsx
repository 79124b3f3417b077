// @vitest-environment jsdom
// Issue 14, item 14: a repeated key or a `from` after `to` was reported as "not a valid value".
import { cleanup, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { UrlNotice } from '../../../src/features/notices/UrlNotice';
import { i18n } from '../../../src/i18n/i18n';
import { parseViewState } from '../../../src/url-state';

afterEach(cleanup);

const EXPECTED = {
  en: {
    repeated: 'given more than once; the first one is used',
    reversed: 'the start (from) is after the end (to)',
    malformed: 'not a valid value',
  },
  ar: {
    repeated: 'مكرَّر في الرابط، فأُخذت قيمته الأولى',
    reversed: 'بداية الفترة (from) بعد نهايتها (to)',
    malformed: 'قيمة غير صالحة',
  },
};

describe('UrlNotice', () => {
  it.each(['en', 'ar'] as const)(
    'says what is wrong with a repeated key and a reversed window (%s)',
    async (lang) => {
      await i18n.changeLanguage(lang);
      const { dropped } = parseViewState('?event=mou&event=visit&from=2021-01-01&to=2020-01-01');
      const { container } = render(
        <I18nextProvider i18n={i18n}>
          <UrlNotice dropped={dropped} />
        </I18nextProvider>,
      );
      const items = [...container.querySelectorAll('li')].map((li) => li.textContent);
      expect(items).toEqual([
        `event = visit — ${EXPECTED[lang].repeated}`,
        `from = 2021-01-01 — ${EXPECTED[lang].reversed}`,
        `to = 2020-01-01 — ${EXPECTED[lang].reversed}`,
      ]);
      expect(container.textContent).not.toContain(EXPECTED[lang].malformed);
    },
  );
});

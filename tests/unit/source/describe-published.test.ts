import { beforeAll, describe, expect, it } from 'vitest';
import { describePublished } from '../../../src/features/source/describe-published';
import { i18n } from '../../../src/i18n/i18n';
import { istanbulDoc, tripoliDoc } from './fixture';

const t = (lang: 'ar' | 'en') => i18n.getFixedT(lang, 'source');

describe('describePublished', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('says when the date is known from outside the text, with the note', () => {
    expect(describePublished(istanbulDoc.published, 'en', t('en'))).toBe(
      `Sunday, 10 January 2021 — known from outside the text: ${istanbulDoc.published.note?.en}`,
    );
    expect(describePublished(istanbulDoc.published, 'ar', t('ar'))).toBe(
      `الأحد، 10 يناير 2021 — معروف من خارج النص: ${istanbulDoc.published.note?.ar}`,
    );
    expect(describePublished(tripoliDoc.published, 'en', t('en'))).toMatch(
      /^3\s?–\s?4 July 2020 — known from outside the text: The page carries no date/,
    );
  });

  it('says a stated date is as given on the page', () => {
    const date = {
      start: '2021-01-10',
      end: '2021-01-10',
      precision: 'day',
      basis: 'stated',
    } as const;
    expect(describePublished(date, 'en', t('en'))).toBe(
      'Sunday, 10 January 2021 (as given on the page)',
    );
    expect(describePublished(date, 'ar', t('ar'))).toBe('الأحد، 10 يناير 2021 (كما ورد في الصفحة)');
    expect(describePublished({ ...date, basis: 'external' }, 'en', t('en'))).toBe(
      'Sunday, 10 January 2021 — known from outside the text',
    );
  });
});

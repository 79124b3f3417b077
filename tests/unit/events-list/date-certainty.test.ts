import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../../src/domain/corpus/schema';
import { dateCertainty } from '../../../src/features/events-list/date-certainty';

const d = (v: Partial<DateValue>): DateValue => ({
  start: '2020-07-03',
  end: '2020-07-03',
  precision: 'day',
  basis: 'stated',
  ...v,
});

describe('dateCertainty', () => {
  it('is exact for one stated or resolved day', () => {
    expect(dateCertainty(d({}))).toBe('exact');
    expect(dateCertainty(d({ basis: 'relative' }))).toBe('exact');
  });

  it('is "on or before" for a reported date', () => {
    expect(dateCertainty(d({ basis: 'reported' }))).toBe('onOrBefore');
    expect(
      dateCertainty(
        d({ basis: 'reported', precision: 'range', end: '2020-07-04', openStart: true }),
      ),
    ).toBe('onOrBefore');
  });

  it('tells month-only, year-only and ranges apart', () => {
    expect(dateCertainty(d({ precision: 'month', start: '2019-11-01', end: '2019-11-30' }))).toBe(
      'month',
    );
    expect(dateCertainty(d({ precision: 'year', start: '2019-01-01', end: '2019-12-31' }))).toBe(
      'year',
    );
    expect(
      dateCertainty(
        d({ precision: 'range', basis: 'reported', start: '2019-11-01', end: '2021-01-10' }),
      ),
    ).toBe('range');
  });
});

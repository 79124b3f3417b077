import { describe, expect, it } from 'vitest';
import { memoPerObject } from '../../../../src/domain/corpus/memo-per-object';

describe('memoPerObject', () => {
  it('works a result out once per object, and again for another object', () => {
    let calls = 0;
    const length = memoPerObject((a: readonly number[]) => {
      calls += 1;
      return a.length;
    });
    const a = [1, 2, 3];
    const b = [1, 2, 3];
    expect([length(a), length(a), length(b), length(a)]).toEqual([3, 3, 3, 3]);
    expect(calls).toBe(2);
  });

  it('remembers undefined results too', () => {
    let calls = 0;
    const nothing = memoPerObject((_: object) => {
      calls += 1;
      return undefined;
    });
    const key = {};
    nothing(key);
    nothing(key);
    expect(calls).toBe(1);
  });
});

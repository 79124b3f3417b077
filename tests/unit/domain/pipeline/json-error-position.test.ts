import { describe, expect, it } from 'vitest';
import {
  describeJsonError,
  jsonErrorPosition,
} from '../../../../src/domain/pipeline/json-error-position';

const describe_ = (text: string) => {
  try {
    JSON.parse(text);
  } catch (err) {
    return describeJsonError(text, (err as Error).message);
  }
  throw new Error('parsed');
};

describe('JSON errors by line and column', () => {
  it('gives the line and column of a missing comma', () => {
    expect(describe_('{\n  "a": 1,\n  "b" 2\n}')).toBe(
      `line 3, column 7: expected ':' after the property name, found "2"`,
    );
  });
  it('points at the bracket after a trailing comma', () => {
    expect(describe_('[\n  {"id": "akar"},\n]')).toBe(
      'line 3, column 1: expected a value, found "]"',
    );
  });
  it('puts a text that ends too soon at its end', () => {
    expect(describe_('[{"id": "akar",\n')).toBe('line 2, column 1: the text ends too soon');
  });
  it('finds a line break inside a string and text after the end', () => {
    expect(describe_('{"ar": "سطر\nآخر"}')).toBe(
      'line 1, column 12: a line break or control character inside a string',
    );
    expect(describe_('[1]\n[2]')).toBe(
      `line 2, column 1: unexpected text after the end, found "["`,
    );
  });
  it('agrees with JSON.parse on valid JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, null, "\\u0041\\n"]} ', '"x"'])
      expect(jsonErrorPosition(text)).toBeNull();
  });
  it('keeps the parser’s message when it cannot place the error', () => {
    expect(describeJsonError('{}', 'something else')).toBe('something else');
  });
});

/**
 * Where in a JSON text it stops being JSON, as a line and a column (both 1-based), so a
 * curator can go to the spot. V8's messages give a character position for some errors and
 * none for others ("Unexpected token ']', … is not valid JSON"), so the text is scanned here
 * by a small JSON reader that stops at the first character JSON does not allow there.
 */
export interface JsonErrorPosition {
  line: number;
  column: number;
  /** What was expected or found there, in words. */
  reason: string;
}

class Stop extends Error {
  constructor(
    readonly index: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The index of the first error in `text` and why, or null when the text is valid JSON. */
function findJsonError(text: string): { index: number; reason: string } | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const fail = (reason: string): never => {
    throw new Stop(i, i >= text.length ? 'the text ends too soon' : reason);
  };
  const found = () => (i < text.length ? `found ${JSON.stringify(text[i])}` : '');
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('');
      const ch = text[i] as string;
      if (ch === '"') {
        i++;
        return;
      }
      if (ch < ' ') fail('a line break or control character inside a string');
      if (ch === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('a bad \\u escape');
          i += 5;
        } else if (i < text.length && '"\\/bfnrt'.includes(text[i] as string)) i++;
        else fail('a bad escape');
      } else i++;
    }
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a property name in double quotes, ${found()}`);
        string();
        ws();
        if (text[i] !== ':') fail(`expected ':' after the property name, ${found()}`);
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail(`expected ',' or '}', ${found()}`);
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail(`expected ',' or ']', ${found()}`);
      }
    }
    if (ch === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i, i + 400),
    );
    if (literal) {
      i += literal[0].length;
      return;
    }
    fail(`expected a value, ${found()}`);
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected text after the end, ${found()}`);
    return null;
  } catch (err) {
    if (err instanceof Stop) return { index: err.index, reason: err.reason };
    throw err;
  }
}

export function jsonErrorPosition(text: string): JsonErrorPosition | null {
  const error = findJsonError(text);
  if (!error) return null;
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < error.index; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: error.index - lineStart + 1, reason: error.reason };
}

/** A parse error as a person reads it: "line 3, column 7: expected ',' or ']', found "{"". */
export function describeJsonError(text: string, message: string): string {
  const pos = jsonErrorPosition(text);
  return pos ? `line ${pos.line}, column ${pos.column}: ${pos.reason}` : message;
}

// Writes a value as JSON (what JSON.stringify gives) without making it one string: a corpus of
// a million events is over the longest string V8 can make (2^29 - 24 characters). The top
// object's keys and its arrays' items are written one at a time.
import { closeSync, openSync, writeSync } from 'node:fs';

/** Buffers small writes into large ones. */
function writer(fd) {
  let parts = [];
  let size = 0;
  const flush = () => {
    if (size === 0) return;
    writeSync(fd, parts.join(''));
    parts = [];
    size = 0;
  };
  return {
    write(text) {
      parts.push(text);
      size += text.length;
      if (size > 8_000_000) flush();
    },
    flush,
  };
}

export function writeJson(path, value) {
  const fd = openSync(path, 'w');
  try {
    const out = writer(fd);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      out.write(JSON.stringify(value));
    } else {
      out.write('{');
      let first = true;
      for (const [key, item] of Object.entries(value)) {
        if (item === undefined) continue;
        out.write(`${first ? '' : ','}${JSON.stringify(key)}:`);
        first = false;
        if (Array.isArray(item)) {
          out.write('[');
          item.forEach((x, i) => out.write((i > 0 ? ',' : '') + (JSON.stringify(x) ?? 'null')));
          out.write(']');
        } else out.write(JSON.stringify(item));
      }
      out.write('}');
    }
    out.flush();
  } finally {
    closeSync(fd);
  }
}

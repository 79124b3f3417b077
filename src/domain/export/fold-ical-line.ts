/**
 * Folds one iCalendar content line (RFC 5545 §3.1): no line longer than 75 octets of UTF-8,
 * continuation lines start with a space, and a multi-octet character is never split.
 * Returns the line with CRLF-space breaks and without the final CRLF.
 */
const MAX_OCTETS = 75;

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

export function foldIcalLine(line: string): string {
  let out = '';
  let used = 0;
  for (const ch of line) {
    const size = octets(ch.codePointAt(0) as number);
    if (used + size > MAX_OCTETS) {
      out += '\r\n ';
      used = 1;
    }
    out += ch;
    used += size;
  }
  return out;
}

/**
 * An iCalendar TEXT value (RFC 5545 §3.3.11): \ ; , escaped, line breaks as \n, and every
 * other control character (not allowed in TEXT) replaced by U+FFFD, so that no value can end
 * its line and start a property of its own.
 */
export function escapeIcalText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- control characters are what is matched
      .replace(/[\0-\x08\x0A-\x1F\x7F]/g, '\uFFFD')
  );
}

/**
 * A value restricted to characters that need no escaping anywhere in a content line (for a
 * UID or a URI): every other character, UTF-8 encoded, written as %XX (a lone surrogate as
 * U+FFFD).
 */
export function percentEncode(text: string, keep: RegExp = /[A-Za-z0-9._~-]/): string {
  const encoder = new TextEncoder();
  let out = '';
  for (const ch of text) {
    if (keep.test(ch)) out += ch;
    else
      for (const byte of encoder.encode(ch))
        out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

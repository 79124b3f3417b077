/**
 * A finite number written in plain decimal notation, never with an exponent (1e-7 is written
 * 0.0000001): what iCalendar's FLOAT and spreadsheets expect. Null for NaN and infinities.
 */
export function plainNumber(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // Shortest round-trip digits and exponent, shifted by hand (exact, locale-free).
  const [mantissa = '', exp = '0'] = text.split(/e/i);
  const negative = mantissa.startsWith('-');
  const [whole = '', fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exp);
  const body =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${body}` : body;
}

/** An iCalendar TEXT value (RFC 5545 §3.3.11): \ ; , escaped, line breaks as \n. */
export function escapeIcalText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

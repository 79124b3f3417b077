/**
 * One CSV field (RFC 4180), following OWASP's guidance on CSV injection for every cell:
 *
 * - every text cell is quoted (quotes doubled), so that no separator inside it (a comma, or the
 *   semicolon or tab a spreadsheet may use in other locales) ever starts a new cell;
 * - a cell that a spreadsheet could read as a formula gets a leading apostrophe: one whose
 *   first character, after any spaces, tabs or line breaks, is = + - @ or their full-width forms
 *   ＝ ＋ － ＠, or that starts with a tab, a carriage return, a line feed or NUL;
 * - numbers (ours, not the corpus's text) are written as plain decimals, never with an exponent.
 */
import { plainNumber } from './plain-number';

const FORMULA = /^[\s\0]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n\0]/u;

/** Whether a spreadsheet could take `text` for a formula (it then gets an apostrophe). */
function looksLikeFormula(text: string): boolean {
  return FORMULA.test(text);
}

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return plainNumber(value) ?? '';
  const text = looksLikeFormula(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Cleaning a source document: Unicode NFC, page debris removed, HTML residue (tags such as
 * `<span lang="AR-SA">`, entities such as `&quot;`) turned into the text it stands for;
 * nothing else changed. What was removed is reported, line by line. All offsets in the
 * corpus are into the cleaned text.
 */
/** A tag, or a named or numeric character entity. */
const HTML_RESIDUE = /<\/?[A-Za-z][^<>]*>|&(?:[A-Za-z]{2,8}|#\d{1,6}|#x[0-9A-Fa-f]{1,6});/g;

/** What the HTML cleaning changed on one line of the source (1-based line number). */
export interface HtmlCleaning {
  line: number;
  /** The tags and entities found, as written. */
  removed: string[];
  before: string;
  after: string;
}

/**
 * Turns one line of HTML into text. The pipeline passes html-to-text (src/pipeline/
 * html-line-to-text.ts); the domain stays free of it.
 */
export type HtmlToText = (line: string) => string;

/** One line's HTML residue as text; a line without residue is returned unchanged. */
function cleanHtmlLine(
  line: string,
  htmlToText: HtmlToText | undefined,
): { text: string; removed: string[] } {
  const removed = line.match(HTML_RESIDUE) ?? [];
  if (removed.length === 0 || !htmlToText) return { text: line, removed: [] };
  const text = htmlToText(line);
  return { text: text.trim() === '' ? '' : text, removed };
}

/** Lines that web pages add around an article (comment forms and counters). */
const COMMON_DEBRIS: readonly RegExp[] = [
  /^\s*\d{1,4}\s*$/, // a lone comment counter
  /^\s*اترك (?:رد|تعليقا|تعليقاً)\s*$/,
  /^\s*لن يتم نشر عنوان بريدك الإلكتروني\.?\s*$/,
  /^\s*الحقول الإلزامية مشار إليها بـ\s*\*?\s*$/,
];

export interface CleanResult {
  text: string;
  /** The lines that were removed, in order. */
  removed: string[];
  /** Debris lines named in the meta that were not found. */
  missing: string[];
  /** Lines whose HTML residue was cleaned, and what was removed. */
  html: HtmlCleaning[];
}

export function cleanDocument(
  raw: string,
  debris: readonly string[] = [],
  htmlToText?: HtmlToText,
): CleanResult {
  const text = raw.normalize('NFC').replace(/\r\n?/g, '\n');
  const wanted = new Set(debris.map((d) => d.normalize('NFC').trim()));
  const found = new Set<string>();
  const removed: string[] = [];
  const kept: string[] = [];
  const html: HtmlCleaning[] = [];
  text.split('\n').forEach((raw, i) => {
    const cleaned = cleanHtmlLine(raw, htmlToText);
    if (cleaned.removed.length > 0)
      html.push({ line: i + 1, removed: cleaned.removed, before: raw, after: cleaned.text });
    const line = cleaned.text;
    const trimmed = line.trim();
    if (wanted.has(trimmed) || (trimmed && COMMON_DEBRIS.some((re) => re.test(line)))) {
      removed.push(trimmed);
      found.add(trimmed);
      return;
    }
    kept.push(line);
  });
  const missing = [...wanted].filter((d) => !found.has(d));
  // Removing lines can leave runs of blank lines behind: collapse those and trim the ends.
  const joined = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: joined, removed, missing, html };
}

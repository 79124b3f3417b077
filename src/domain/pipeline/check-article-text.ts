/**
 * Whether a file can be ingested as an Arabic news article, with a one-line reason when not:
 * empty, binary (NUL bytes, many undecodable bytes), too long for one article, or not Arabic.
 */

/** Longest text ingest takes as one article (a 2,000-word article is about 12,000 characters). */
const MAX_ARTICLE_CHARACTERS = 1_000_000;

/** Least share of Arabic letters among the letters of an Arabic article. */
const MIN_ARABIC_SHARE = 0.5;

export function checkArticleText(raw: string): { ok: true } | { ok: false; reason: string } {
  if (raw.trim() === '') return { ok: false, reason: 'the file is empty' };
  const sample = raw.slice(0, 65_536);
  const nul = sample.includes('\u0000');
  const replaced = (sample.match(/\uFFFD/g) ?? []).length;
  if (nul || replaced > Math.max(8, sample.length / 100))
    return {
      ok: false,
      reason: 'the file is not text (binary data or not UTF-8): save the article as UTF-8 text',
    };
  if (raw.length > MAX_ARTICLE_CHARACTERS)
    return {
      ok: false,
      reason: `the file has ${raw.length.toLocaleString('en')} characters, more than one article (ingest takes up to ${MAX_ARTICLE_CHARACTERS.toLocaleString('en')}): split it into its articles`,
    };
  const letters = raw.match(/\p{L}/gu) ?? [];
  const arabic = letters.filter((c) => /\p{Script=Arabic}/u.test(c)).length;
  if (letters.length === 0 || arabic / letters.length < MIN_ARABIC_SHARE)
    return {
      ok: false,
      reason: `the text is not Arabic (${letters.length === 0 ? 'no letters' : `${Math.round((100 * arabic) / letters.length)}% of its letters are Arabic`}): ingest reads Arabic news articles`,
    };
  return { ok: true };
}

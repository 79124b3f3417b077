// Arabic joining types (Unicode ArabicShaping.txt) for the letters in common use.
// D: joins on both sides; C: join-causing (tatweel); R: joins only to the letter before it.
const JOINS_FORWARD =
  /[\u0620\u0626\u0628\u062A-\u062E\u0633-\u063F\u0640-\u0647\u0649\u064A\u066E\u066F\u0678-\u0687\u069A-\u06BF\u06C1\u06C2\u06CC\u06CE\u06D0\u06D1\u06FA-\u06FC\u06FF]/;
const JOINS_BACKWARD =
  /[\u0620\u0622-\u0628\u0629-\u063F\u0640-\u064A\u066E\u066F\u0671-\u0673\u0675-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF]/;
/** Harakat, shadda, sukun, superscript alef: transparent to joining. */
const TRANSPARENT =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED]/;

/**
 * Whether the letters on either side of `index` in `text` join (as ب and ط in بطرابلس).
 * When a view puts an element boundary there (a mention button that starts inside a word),
 * the browser may stop joining them; a ZERO WIDTH JOINER on each side keeps the letters in
 * their joined forms.
 */
export function joinsAcross(text: string, index: number): boolean {
  let before = index - 1;
  while (before >= 0 && TRANSPARENT.test(text.charAt(before))) before--;
  let after = index;
  while (after < text.length && TRANSPARENT.test(text.charAt(after))) after++;
  if (before < 0 || after >= text.length) return false;
  return JOINS_FORWARD.test(text.charAt(before)) && JOINS_BACKWARD.test(text.charAt(after));
}

/** Characters of a quoted value shown in a problem message; a longer one is cut. */
const MAX_QUOTED_CHARS = 120;

/** The start of `value` (at most MAX_QUOTED_CHARS, never half a surrogate pair) and whether it was cut. */
export function cutValue(value: string): { shown: string; cut: boolean } {
  if (value.length <= MAX_QUOTED_CHARS) return { shown: value, cut: false };
  const end = /[\uD800-\uDBFF]/.test(value.charAt(MAX_QUOTED_CHARS - 1))
    ? MAX_QUOTED_CHARS - 1
    : MAX_QUOTED_CHARS;
  return { shown: value.slice(0, end), cut: true };
}

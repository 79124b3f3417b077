/** A value for a quoted CSS attribute selector ([data-x="…"]); jsdom has no CSS.escape. */
export function attributeValue(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}

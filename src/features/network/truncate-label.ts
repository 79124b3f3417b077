/** A label cut to `max` characters (whole code points) with an ellipsis. */
export function truncateLabel(text: string, max = 22): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

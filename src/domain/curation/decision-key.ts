/** The key of a curator's decision on a draft in a decisions file: `${kind}:${draft id}`. */
export const decisionKey = (kind: 'event' | 'actor' | 'place', draft: string): string =>
  `${kind}:${draft}`;

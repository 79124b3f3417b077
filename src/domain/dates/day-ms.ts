/** One day in milliseconds: the corpus's dates are whole UTC days, so a day is always this. */
export const DAY_MS = 86_400_000;

import moment, { type Moment, type MomentInput } from 'moment';
// Registers the Libyan Arabic locale on the same moment instance vis-timeline uses. The
// dist/ path matters: `moment/locale/ar-ly` would bundle a second copy of moment and the
// locale would be silently lost (see DESIGN.md, toolchain facts).
import 'moment/dist/locale/ar-ly';
import type { Language } from '../../i18n/i18n';

/** The moment locale of each interface language. */
export const MOMENT_LOCALE: Record<Language, string> = { ar: 'ar-ly', en: 'en' };

/**
 * The `moment` option given to vis-timeline: dates in UTC (like the items and the URL window)
 * and in the interface language, whatever moment's global locale is.
 *
 * Digits: the axis uses Western digits (0–9) in both languages, like the rest of the app
 * (Intl `ar-LY-u-nu-latn`). moment's `ar-ly` locale already maps digits to themselves in its
 * `postformat` (unlike `ar`, which gives Arabic-Indic ٠–٩), and only swaps "," for "،";
 * so no override is needed, and a unit test fails if that ever changes.
 * Month names are the Libyan ones: يناير، فبراير، مارس، أبريل، مايو، يونيو، يوليو، أغسطس،
 * سبتمبر، أكتوبر، نوفمبر، ديسمبر.
 */
export function timelineMoment(lang: Language): (input?: MomentInput) => Moment {
  const locale = MOMENT_LOCALE[lang];
  return (input?: MomentInput) => moment.utc(input).locale(locale);
}

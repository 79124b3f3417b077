/**
 * The verbs and nouns Arabic news uses to report a happening, each with the corpus event type
 * it drafts and how its participants are read. Forms are written as the news writes them
 * (past, present, masdar, plural); matching folds them (normalizeArabic), takes off
 * proclitics (و ف ب ل ك, the article) and allows a short ending (ـه ـها ـهم ـت ـوا ـا ـات).
 */
import { normalizeArabic, type Token } from '../text/arabic';
import { bareForms } from './names/name-tokens';
import type { EventType } from '../corpus/schema';

/** How the participants of a cue are read (see draft-events.ts). */
export type RolePattern =
  | 'speaker' // the first actor after the verb (or before it) speaks; ل… is spoken to
  | 'receiver' // the first actor after the verb receives the second
  | 'reception' // «في استقبال X …»: X is received, the others receive
  | 'guest' // the first actor is the guest (a visit, an arrival)
  | 'signatory' // everyone signs
  | 'participant'; // everyone takes part

export interface EventCue {
  type: EventType;
  roles: RolePattern;
  forms: readonly string[];
}

const cue = (type: EventType, roles: RolePattern, words: string): EventCue => ({
  type,
  roles,
  forms: words.split(/\s+/).filter(Boolean).map(normalizeArabic),
});

const EVENT_CUES: readonly EventCue[] = [
  cue('visit', 'guest', 'زار يزور تزور زيارة زيارات وصل يصل تصل وصول توجه يتوجه تتوجه'),
  cue('meeting', 'receiver', 'استقبل يستقبل تستقبل'),
  cue(
    'meeting',
    'participant',
    'استقبال التقى يلتقي تلتقي لقاء لقاءات اجتمع يجتمع تجتمع اجتماع اجتماعات محادثات مباحثات ناقش يناقش قمة ضيافة',
  ),
  cue(
    'statement',
    'speaker',
    `قال يقول تقول أكد يؤكد تؤكد تأكيد أوضح يوضح توضح أشار يشير تشير مشيرا أضاف يضيف تضيف تابع
     ذكر صرح يصرح تصريح تصريحات بيان أعرب يعرب حذر يحذر تحذر اعتبر يعتبر دعا يدعو داعيا طالب
     يطالب جدد يجدد شدد يشدد أفاد نفى ينفي رحب يرحب ترحيب أعلن يعلن تعلن إعلان كشف يكشف مؤكدا`,
  ),
  cue('agreement', 'signatory', 'وقع يوقع توقيع الموقعة مذكرة معاهدة'),
  cue(
    'agreement',
    'participant',
    'اتفق اتفقا يتفق اتفاق اتفاقية اتفاقيات صفقة قرر يقرر قرار قرارا',
  ),
  cue('call', 'participant', 'اتصال اتصالا اتصل يتصل هاتفي هاتفيا مكالمة مكالمات'),
  cue('briefing', 'speaker', 'مؤتمر إحاطة إيجاز'),
  cue('discovery', 'participant', 'عثور عثر اكتشاف اكتشف ضبط'),
  cue(
    'deployment',
    'participant',
    'إرسال أرسل يرسل ترسل نشر ينشر تنشر تدخل يتدخل تتدخل انتشار حشد حشود',
  ),
  cue('training', 'participant', 'تدريب تدريبات يدرب تدرب مناورات مناورة تمرين تمارين'),
  cue('ceremony', 'participant', 'مراسم مراسيم حفل احتفال احتفالية'),
  cue('election', 'participant', 'انتخابات انتخاب اقتراع استفتاء'),
];

/**
 * Words that look like a cue's form and are not one: «وزارة» (ministry) is not و + زار + ـة,
 * «للوصول إلى» (in order to reach) is not an arrival, «التابعة» (belonging to) is not «تابع»,
 * «بالإضافة» (in addition) is not «أضاف».
 */
const NOT_CUES = new Set(
  `وزارة وزارات وزارتي وزاري وزارية وزارتا للوصول التابعة التابع التابعين تابعة بيانات إضافة
   الإضافة بالإضافة`
    .split(/\s+/)
    .map(normalizeArabic),
);

const ENDINGS = new Set(['', 'ه', 'ها', 'هم', 'هما', 'ت', 'وا', 'ا', 'ات', 'ان', 'ين', 'تا', 'تم']);

const BY_FORM = new Map<string, EventCue>();
for (const c of EVENT_CUES) for (const f of c.forms) if (!BY_FORM.has(f)) BY_FORM.set(f, c);
const LONGEST = Math.max(...[...BY_FORM.keys()].map((f) => f.length));

/** Endings that are an attached pronoun (him, her, them): «استقبله» received him. */
const PRONOUNS = new Set(['ه', 'ها', 'هم', 'هما']);

/** True when the token is a cue with an attached pronoun («واستقبله», «زيارته»). */
export function cueHasPronoun(token: Token): boolean {
  for (const { base } of bareForms(token.norm)) {
    for (const ending of PRONOUNS) {
      if (!base.endsWith(ending)) continue;
      const head = base.slice(0, -ending.length);
      if (BY_FORM.has(head) || (head.endsWith('ت') && BY_FORM.has(`${head.slice(0, -1)}ه`)))
        return true;
    }
  }
  return false;
}

/** The cue a token is a form of, or null: «واستقبل», «لزيارة», «بمراسم», «زيارته». */
export function eventCueOf(token: Token): EventCue | null {
  for (const { base } of bareForms(token.norm)) {
    if (NOT_CUES.has(base) || NOT_CUES.has(token.norm)) return null;
    const stems = base.startsWith('ال') ? [base, base.slice(2)] : [base];
    for (const stem of stems) {
      for (let cut = 0; cut <= 3 && cut < stem.length; cut++) {
        const head = stem.slice(0, stem.length - cut);
        if (head.length > LONGEST || head.length < 3) continue;
        const found = BY_FORM.get(head);
        if (found && ENDINGS.has(stem.slice(head.length))) return found;
        // ة before an ending is written ت: «زيارته» = زيارة + ـه.
        if (head.endsWith('ت')) {
          const withTa = BY_FORM.get(`${head.slice(0, -1)}ه`);
          if (withTa && cut > 0 && ENDINGS.has(stem.slice(head.length))) return withTa;
        }
      }
    }
  }
  return null;
}

// The words synthetic documents are written with, in Arabic and English: event phrases,
// follow-up and filler sentences, organisations, media, months and weekdays.

/**
 * Per event type: the title noun [ar, en]; the Arabic verb and object, which go around the
 * subject ("عقد محمد الشريف اجتماعاً"); the English verb phrase.
 * @type {Record<string, { noun: [string, string], ar: [string, string], en: string }>}
 */
export const EVENT_PHRASES = {
  visit: { noun: ['زيارة', 'Visit'], ar: ['أجرى', 'زيارة رسمية'], en: 'made an official visit' },
  meeting: { noun: ['اجتماع', 'Meeting'], ar: ['عقد', 'اجتماعاً'], en: 'held a meeting' },
  agreement: {
    noun: ['اتفاقية', 'Agreement'],
    ar: ['وقّع', 'اتفاقية تعاون'],
    en: 'signed a cooperation agreement',
  },
  statement: {
    noun: ['تصريح', 'Statement'],
    ar: ['أدلى', 'بتصريح صحفي'],
    en: 'made a press statement',
  },
  briefing: { noun: ['إحاطة', 'Briefing'], ar: ['قدّم', 'إحاطة'], en: 'gave a briefing' },
  call: {
    noun: ['اتصال هاتفي', 'Phone call'],
    ar: ['أجرى', 'اتصالاً هاتفياً'],
    en: 'held a phone call',
  },
  discovery: {
    noun: ['اكتشاف', 'Discovery'],
    ar: ['أعلن', 'العثور على مخزن أسلحة'],
    en: 'announced the discovery of an arms cache',
  },
  election: {
    noun: ['انتخابات', 'Election'],
    ar: ['أعلن', 'نتائج الانتخابات'],
    en: 'announced the election results',
  },
  deployment: {
    noun: ['نشر قوات', 'Deployment'],
    ar: ['أعلن', 'نشر قوات'],
    en: 'announced a deployment of forces',
  },
  training: {
    noun: ['تدريب', 'Training'],
    ar: ['أشرف', 'على برنامج تدريب عسكري'],
    en: 'oversaw a military training programme',
  },
  ceremony: {
    noun: ['مراسم', 'Ceremony'],
    ar: ['حضر', 'مراسم رسمية'],
    en: 'attended an official ceremony',
  },
};

/** How often each type occurs (same order as the corpus schema's eventTypes). */
export const TYPE_WEIGHTS = {
  visit: 14,
  meeting: 22,
  agreement: 6,
  statement: 24,
  briefing: 8,
  call: 8,
  discovery: 3,
  election: 2,
  deployment: 6,
  training: 4,
  ceremony: 3,
};

/** Sentences about no event in particular. */
/** @type {[string, string][]} */
export const FILLERS = [
  [
    'وأكد الجانبان أهمية مواصلة التنسيق بين المؤسسات.',
    'Both sides stressed the importance of continued coordination between institutions.',
  ],
  ['ولم تصدر أي تفاصيل إضافية حتى الآن.', 'No further details have been released so far.'],
  [
    'ويأتي ذلك في ظل توتر أمني تشهده المنطقة منذ أشهر.',
    'This comes amid security tensions the region has seen for months.',
  ],
  [
    'وتناولت المباحثات ملفات الأمن والاقتصاد والطاقة.',
    'The talks covered security, the economy and energy.',
  ],
  [
    'ودعا المجتمع الدولي إلى دعم مسار الحوار السياسي.',
    'The international community was called on to support the political dialogue.',
  ],
  [
    'وأشارت مصادر مطلعة إلى أن جولة جديدة من المحادثات ستعقد قريباً.',
    'Informed sources said a new round of talks would be held soon.',
  ],
  ['وتعهدت الأطراف بالالتزام بوقف إطلاق النار.', 'The parties pledged to respect the ceasefire.'],
  ['ونقلت وسائل إعلام محلية صوراً من موقع الحدث.', 'Local media carried pictures from the scene.'],
];

/** Follow-ups that quote a participant: "{A} said …". */
/** @type {[string, string][]} */
export const FOLLOW_UPS = [
  ['إن المحادثات كانت مثمرة', 'the talks had been fruitful'],
  ['إن التعاون سيستمر في المرحلة المقبلة', 'cooperation would continue in the coming period'],
  ['إن الوضع الأمني يتحسن تدريجياً', 'the security situation was gradually improving'],
  ['إن الاتفاق يخدم مصلحة الطرفين', 'the agreement served both sides'],
];

/** Organisations: a kind of body and its country ("وزارة الدفاع في ليبيا"). */
/** @type {[string, string][]} */
export const ORGANIZATIONS = [
  ['وزارة الدفاع', 'Ministry of Defence'],
  ['وزارة الخارجية', 'Ministry of Foreign Affairs'],
  ['وزارة الداخلية', 'Ministry of the Interior'],
  ['البرلمان', 'Parliament'],
  ['الحكومة', 'Government'],
  ['البنك المركزي', 'Central Bank'],
  ['المفوضية العليا للانتخابات', 'High National Elections Commission'],
  ['رئاسة الأركان', 'General Staff'],
  ['خفر السواحل', 'Coast Guard'],
  ['الهلال الأحمر', 'Red Crescent'],
  ['النقابة العامة للصحفيين', "Journalists' Union"],
  ['المؤسسة الوطنية للنفط', 'National Oil Corporation'],
];

/** Media outlets: a kind of outlet and a name from PLACE_ROOTS ("قناة الشمس", "al-Shams TV"). */
/** @type {[string, string][]} */
export const MEDIA = [
  ['قناة', 'TV'],
  ['صحيفة', 'newspaper'],
  ['إذاعة', 'Radio'],
  ['وكالة أنباء', 'News Agency'],
];

export const MONTHS_AR = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];
export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const WEEKDAYS_AR = [
  'الأحد',
  'الاثنين',
  'الثلاثاء',
  'الأربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
];
export const WEEKDAYS_EN = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** The participant roles, by position in the event (first actor, second, others). */
export const FIRST_ROLES = ['host', 'speaker', 'participant', 'signatory', 'source'];
export const OTHER_ROLES = [
  'guest',
  'participant',
  'addressee',
  'subject',
  'accompanying',
  'signatory',
];

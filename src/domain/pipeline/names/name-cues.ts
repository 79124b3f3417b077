/**
 * The words news Arabic puts before or around a proper name, in their matching form
 * (normalizeArabic: hamza and alef forms folded, ta marbuta as ه, alef maqsura as ي).
 * Written from how news text is built, not from any one article: titles and ranks before a
 * person, the nouns that head an organisation's name, the nouns before a place's name,
 * frequent given names, and the function words and verbs that end a name.
 */
import { normalizeArabic } from '../../text/arabic';

const norm = (words: string): ReadonlySet<string> =>
  new Set(words.split(/\s+/).filter(Boolean).map(normalizeArabic));

/** Titles, offices and ranks that come before a person's name. */
export const PERSON_TITLES = norm(`
  وزير وزيرة الوزير رئيس رئيسة الرئيس الرئيسة المتحدث المتحدثة الناطق الناطقة وكيل سفير السفير
  سفيرة قائد القائد أمين الأمين مستشار المستشار مستشارة المبعوث مبعوث المبعوثة مبعوثة نائب النائب
  الملك الأمير الأميرة الشيخ السيد السيدة الفريق اللواء العقيد العميد المشير الجنرال الدكتور
  الدكتورة مدير المدير مديرة محافظ المحافظ عمدة ممثل الممثل ممثلة مندوب المندوب
  العاهل البابا المفوض مفوض عضو النقيب الرائد المقدم الأدميرال
`);

/** Words of a title's description between the title and the name (besides words with ال). */
export const TITLE_DESCRIPTION = norm(`
  باسم وزارة مجلس حكومة قوات هيئة جامعة منظمة بعثة شؤون ركن أول ثاني عام دولة سلاح أركان
  دفاع خارجية داخلية الركن
`);

/** Nouns that head an organisation's name (followed by words with ال). */
export const ORGANIZATION_HEADS = norm(`
  حكومة الحكومة مجلس المجلس وزارة الوزارة الجيش جيش قوات القوات الأمم الاتحاد اتحاد منظمة
  المنظمة جامعة الجامعة هيئة الهيئة لجنة اللجنة بعثة البعثة حركة الحركة حزب الحزب ملتقى منتدى
  المفوضية مفوضية البرلمان برلمان مؤسسة المؤسسة شركة الشركة المصرف مصرف البنك بنك محكمة المحكمة
  الحرس الأكاديمية أكاديمية
`);

/** Nouns that head a media outlet's name (followed by its words). */
export const MEDIA_HEADS = norm(`قناة وكالة صحيفة جريدة بوابة إذاعة تلفزيون مجلة شبكة`);

/** Nouns before a place's name, with the kind of place they announce. */
export const PLACE_HEADS: ReadonlyMap<string, 'city' | 'airport' | 'region' | 'facility'> = new Map(
  [
    [normalizeArabic('مدينة'), 'city'],
    [normalizeArabic('بلدة'), 'city'],
    [normalizeArabic('العاصمة'), 'city'],
    [normalizeArabic('مطار'), 'airport'],
    [normalizeArabic('قاعدة'), 'facility'],
    [normalizeArabic('ميناء'), 'facility'],
    [normalizeArabic('منطقة'), 'region'],
    [normalizeArabic('إقليم'), 'region'],
    [normalizeArabic('ولاية'), 'region'],
  ],
);

/**
 * Adjectives that make an organisation head a description, not a name
 * («القوات الأجنبية», «الحكومة الشرعية»).
 */
export const GENERIC_ADJECTIVES = norm(`
  الأجنبية الأجنبي الأجانب الشرعية الشرعي المعترف المعنية المعني الحالية الحالي الجديدة الجديد
  السابقة السابق المقبلة المقبل المختصة الدولية الدولي المحلية المحلي المسلحة المتحاربة المتقاعد
  المستفز الشقيق الشقيقة الثنائي الثنائية المشترك المشتركة الخاصة الخاص العامة
`);

/** Frequent given names (Arabic, Turkish and Western names as Arabic news writes them). */
export const GIVEN_NAMES = norm(`
  محمد أحمد محمود مصطفى علي حسن حسين خالد عمر عثمان إبراهيم يوسف يونس سعيد سعد سالم صالح صلاح
  فايز فتحي عادل عماد جمال كمال نبيل وليد طارق هشام هاني سامي رامي ماجد فهد سلمان عبد عبدالله
  عبدالرحمن عبدالحميد عبدالحكيم عبدالسلام عبدالرزاق عقيلة رجب أسامة حمزة ناصر منصور فرج فؤاد
  إسماعيل موسى عيسى داود سليمان حمد راشد زايد تميم ميشال ميشيل جورج جون جوزيف جو دونالد باراك
  مايك مايكل ريتشارد جيمس ديفيد بوريس إيمانويل جان بيير بيتر أنطونيو أنجيلا فلاديمير سيرغي
  سيرجي ستيفاني ستيفان ماريا كريستين أولاف ماريو لويجي نيكولا نيكولاس هيلاري كامالا أنتوني
  ويليام وليام روبرت توماس فرانسوا مراد إبراهيم أمين فاطمة عائشة مريم نجلاء
`);

/** Function words, verbs of saying and other words that end a name or cannot be one. */
export const NOT_NAME = norm(`
  في من على عن إلى الى مع بعد قبل بين عند حتى منذ أن إن أنه إنه أنها أنهم الذي التي الذين و أو
  ثم قد لقد كما هذا هذه ذلك تلك هو هي هم هما كان كانت يوم أمس اليوم خلال عبر حول لدى ضد بأن لأن
  إذ إذا لا لم لن ما قال يقول أكد يؤكد أوضح أضاف أشار أعلن ذكر تابع برفقة بحسب وفق وفقا نحو أمام
  عقب إثر بشأن بهدف التي مساء صباح نهاية بداية أيضا كذلك وهو وهي وقال وأكد وأضاف لها له لهم به
  بها فيه فيها منه منها عليه عليها إليه إليها بات سيكون يكون تكون حيث بل غير سوى كل بعض جميع
  مؤكدا مشيرا داعيا معربا مضيفا وزار زار وصل استقبل التقى بحث اتفق وقع دعا طالب حذر اعتبر
  جدد شدد نفى رحب أعرب اجتمع توجه جاء وجرى جرى وكان قرب شرق غرب شمال جنوب وسط داخل
  خارج مرة ثم
`);

/** Turkish family names end in «أوغلو» (-oğlu), written as a word of its own or joined. */
export const TURKISH_SUFFIX = normalizeArabic('أوغلو');

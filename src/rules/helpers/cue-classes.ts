import type { CueClass } from '../../lexicon/create-lexicon-index';

/**
 * The cue phrases the rules look for, as data. They are folded and matched like lexicon forms,
 * so proclitics peel off them too («وقال الرئيس», «والرئيس»), and spelling variants that
 * normalization folds (أ/ا, ة/ه, ى/ي) need no second entry.
 */

/**
 * Every cue class, in bit order: a class's bit in the index (`formCues`) and in a document's
 * per-token cue bits is 1 << its position here, so no two classes can share one. A cue class is
 * named here before it is defined below (cueClass takes only these names); at most 31 fit the
 * bits of an Int32Array cell, as a test pins.
 */
export const CUE_CLASS_NAMES = [
  'person-title',
  'person-title-with-nationality',
  'regnal-title',
  'person-role-head',
  'title-modifier',
  'name-link',
  'place-cue',
  'trimmed-place-cue',
  'org-head',
  'org-descriptor',
  'club-prefix',
  'event-head',
  'speech-verb',
  'subject-end',
  'prize',
  'place-epithet',
  'direction',
  'honorific',
  'state-word',
  'kinship',
] as const;

export type CueClassName = (typeof CUE_CLASS_NAMES)[number];

function cueClass(name: CueClassName, phrases: readonly string[]): CueClass {
  return { name, bit: 1 << CUE_CLASS_NAMES.indexOf(name), phrases };
}

/** Titles that stand directly before a person's name: «الرئيس بوش», «الشيخ زايد», «الدكتور أحمد زويل». */
export const PERSON_TITLE: CueClass = cueClass('person-title', [
  'الرئيس', 'الرئيسة', 'رئيس الوزراء', 'رئيسة الوزراء', 'رئيس الحكومة', 'رئيسة الحكومة', 'رئيس الجمهورية',
  'نائب الرئيس', 'ولي العهد', 'الملك', 'الملكة', 'الأمير', 'الأميرة', 'السلطان', 'الشيخ', 'الشيخة', 'السيد',
  'السيدة', 'الآنسة', 'الدكتور', 'الدكتورة', 'د.', 'المهندس', 'المهندسة', 'الأستاذ', 'الأستاذة', 'البروفيسور',
  'الإمام', 'آية الله', 'حجة الإسلام', 'المرشد', 'اللواء', 'العميد', 'العقيد', 'المقدم', 'الرائد', 'النقيب',
  'الملازم', 'الجنرال', 'المشير', 'الفريق', 'الفريق أول', 'الأدميرال', 'الحاج', 'الحاجة', 'المطران', 'البطريرك',
  'البابا', 'القس', 'الكاردينال', 'الحاخام', 'القديس', 'القديسة', 'الأسقف', 'المستشار', 'المستشارة', 'السفير', 'السفيرة', 'النائب', 'النائبة',
  'القاضي', 'المحامي', 'المحامية', 'الكاتب', 'الكاتبة', 'الشاعر', 'الشاعرة', 'الروائي', 'الروائية', 'الأديب',
  'الأديبة', 'الفنان', 'الفنانة', 'المخرج', 'المخرجة', 'الممثل', 'الممثلة', 'المطرب', 'المطربة', 'المغني',
  'المغنية', 'الموسيقار', 'الملحن', 'اللاعب', 'اللاعبة', 'المدرب', 'النجم', 'النجمة', 'الحارس', 'المهاجم',
  'المدافع', 'الصحفي', 'الصحافي', 'الصحفية', 'الصحافية', 'المراسل', 'المراسلة', 'الزعيم', 'القائد', 'الداعية',
  'المفتي', 'العلامة', 'الفيلسوف', 'الباحث', 'الباحثة', 'المؤرخ', 'الوزير', 'الوزيرة', 'السناتور', 'السيناتور',
  'المرشح', 'المرشحة', 'المبعوث', 'المبعوثة', 'المبعوث الخاص', 'الموفد', 'المنسق', 'المفوض', 'الخليفة',
  'نظيره', 'نظيرته', 'نظيرها', 'نظيري', 'نظيرهم', 'سماحة', 'فضيلة', 'معالي', 'سعادة', 'فخامة', 'سمو', 'جلالة',
  'صاحب السمو', 'صاحب الجلالة', 'خادم الحرمين الشريفين', 'الرئيس التنفيذي', 'المدير العام', 'الأمين العام',
  'وزير الخارجية', 'وزيرة الخارجية', 'وزير الدفاع', 'وزيرة الدفاع', 'وزير الداخلية', 'وزير المالية',
  'وزير الاقتصاد', 'وزير العدل', 'وزير الإعلام', 'وزير النفط', 'وزير الصحة', 'وزير التعليم', 'وزير التربية',
  'وزير الثقافة', 'وزير الزراعة', 'وزير التجارة', 'وزير الطاقة', 'وزير الخزانة', 'وزير العمل', 'وزير الأوقاف',
  'وزير الدولة', 'رئيس البرلمان', 'رئيس مجلس النواب', 'رئيس مجلس الشعب', 'رئيس مجلس الشورى', 'رئيس الأركان',
  'المتحدث باسمه', 'المتحدثة باسمها', 'المتحدث الرسمي', 'الناطق الرسمي',
]);

/**
 * Words that are titles only with a nationality after them: «الرحالة الدانماركي [رونكاير]»,
 * «العالم الألماني [...]» (the scientist), where «العالم» alone is «the world».
 */
export const PERSON_TITLE_WITH_NATIONALITY: CueClass = cueClass('person-title-with-nationality', ['العالم', 'عالم', 'الفيزيائي', 'الكيميائي', 'الرياضي', 'الطبيب', 'المهندس', 'المخترع', 'المستكشف', 'الرحالة', 'الفنان', 'الملاكم', 'العداء', 'السباح', 'الدراج', 'السائق', 'الرسام', 'النحات', 'الموسيقي', 'المؤلف']);

/**
 * Titles of rulers and saints, whose names are often article words (regnal names, laqabs):
 * «الخليفة [المستنصر]», «السلطان [الناصر]».
 */
export const REGNAL_TITLE: CueClass = cueClass('regnal-title', ['الخليفة', 'السلطان', 'الملك', 'الأمير', 'الإمام', 'القديس', 'القديسة', 'البابا', 'الفرعون', 'الملكة', 'الشاه', 'القيصر', 'الإمبراطور', 'الأتابك']);

/** Heads that name a role of something and need that something before the name: «رئيس [الاتحاد] برند جوتشولك». */
export const PERSON_ROLE_HEAD: CueClass = cueClass('person-role-head', [
  'رئيس', 'رئيسة', 'وزير', 'وزيرة', 'أمين', 'أمين عام', 'أمينة', 'مدير', 'مديرة', 'محافظ', 'حاكم', 'قائد', 'زعيم',
  'سفير', 'سفيرة', 'مستشار', 'مستشارة', 'نائب', 'نائبة', 'مساعد', 'مساعدة', 'مندوب', 'مندوبة', 'ممثل', 'ممثلة',
  'المتحدث باسم', 'المتحدثة باسم', 'الناطق باسم', 'الناطقة باسم', 'متحدث باسم', 'ناطق باسم', 'رئيس وزراء',
  'وزير خارجية', 'وزيرة خارجية', 'وزير دفاع', 'وزير داخلية', 'وزير مالية', 'رئيس حكومة', 'رئيس أركان',
  'مؤسس', 'عميد', 'مفتي', 'ملك', 'ملكة', 'أمير', 'أميرة', 'سلطان', 'شيخ', 'عضو', 'مرشد', 'قائد',
  'مدرب', 'لاعب', 'حارس', 'مهاجم', 'كابتن', 'مالك', 'صاحب', 'مؤلف', 'مخرج', 'بطل', 'بطلة',
]);

/** Words between a title and the name: «الرئيس [السابق] …», «الرئيس [المصري] حسني مبارك». */
export const TITLE_MODIFIER: CueClass = cueClass('title-modifier', [
  'السابق', 'السابقة', 'الراحل', 'الراحلة', 'الجديد', 'الجديدة', 'الحالي', 'الحالية', 'المقبل', 'المنتخب',
  'المنتخبة', 'الأسبق', 'الأسبقة', 'الأول', 'الأولى', 'الثاني', 'الشهير', 'الشهيرة', 'المعروف', 'المعروفة',
  'الكبير', 'الكبيرة', 'الشاب', 'الشابة', 'المخضرم', 'العام', 'المساعد', 'المكلف', 'بالإنابة', 'المستقيل',
  'المخلوع', 'المعزول', 'الأمريكي السابق',
]);

/** Links inside a name chain: «خليفة [بن] زايد [آل] نهيان», «[أبو] مازن», «[عبد] الله». */
export const NAME_LINK: CueClass = cueClass('name-link', ['بن', 'ابن', 'بنت', 'أبو', 'أبي', 'أبا', 'أم', 'آل', 'عبد', 'ولد', 'ذو', 'دي', 'دو', 'فون', 'فان', 'دا', 'لا', 'أل']);

/** Cue words before a place name: «في مدينة [زاويدو] الروسية», «قرية [بيت أمر]». */
export const PLACE_CUE: CueClass = cueClass('place-cue', [
  'مدينة', 'بلدة', 'قرية', 'محافظة', 'منطقة', 'ولاية', 'إقليم', 'مخيم', 'ميناء', 'مطار', 'جبل', 'جبال', 'نهر',
  'بحر', 'بحيرة', 'جزيرة', 'جزر', 'العاصمة', 'حي', 'ضاحية', 'مقاطعة', 'بلدية', 'قضاء', 'ناحية', 'مديرية',
  'واحة', 'وادي', 'سهل', 'صحراء', 'خليج', 'مضيق', 'شبه جزيرة', 'مرفأ', 'معبر', 'ساحل', 'هضبة', 'جمهورية',
  'إمارة', 'مملكة', 'سلطنة', 'دولة', 'مدن', 'قرى', 'بلدات', 'محافظات', 'مناطق', 'أحياء',
]);

/** Generic place cues that a place's span leaves out (not بحر، خليج، جزيرة, which belong to the name). */
export const TRIMMED_PLACE_CUE: CueClass = cueClass('trimmed-place-cue', ['جبل', 'نهر', 'محافظة', 'مدينة', 'إقليم', 'منطقة', 'قضاء', 'ناحية', 'مخيم', 'بلدة', 'قرية', 'مديرية', 'ولاية', 'قطاع', 'بلدية', 'حي']);

/** Head nouns that are part of an organization's name: «[المجلس] الأعلى للأمن القومي الإيراني», «[حزب] البعث». */
export const ORG_HEAD: CueClass = cueClass('org-head', [
  'حزب', 'الحزب', 'مجلس', 'المجلس', 'جامعة', 'الجامعة', 'منظمة', 'المنظمة', 'اتحاد', 'الاتحاد', 'معهد', 'المعهد',
  'جبهة', 'الجبهة', 'هيئة', 'الهيئة', 'لجنة', 'اللجنة', 'بنك', 'البنك', 'مصرف', 'المصرف',
  'جمعية', 'الجمعية', 'مؤسسة', 'المؤسسة', 'أكاديمية', 'الأكاديمية', 'وزارة', 'الوزارة', 'محكمة', 'المحكمة',
  'برلمان', 'البرلمان', 'رابطة', 'الرابطة', 'نقابة', 'النقابة', 'تحالف', 'التحالف', 'ائتلاف',
  'الائتلاف', 'مركز', 'المركز', 'كلية', 'الكلية', 'مكتب', 'المكتب', 'صندوق', 'الصندوق', 'مجمع', 'المجمع', 'سلطة',
  'السلطة', 'مفوضية', 'المفوضية', 'كتائب', 'سرايا',
  'الكونغرس', 'الكونجرس', 'دار', 'بورصة', 'البورصة',
]);

/**
 * Descriptors before an organization's name that are not part of it (the annotated convention of
 * news corpora): «شركة [نوكيا]», «صحيفة [الشرق الأوسط]», «نادي [الزمالك]», «قناة [العالم]».
 */
export const ORG_DESCRIPTOR: CueClass = cueClass('org-descriptor', [
  'شركة', 'الشركة', 'صحيفة', 'الصحيفة', 'جريدة', 'الجريدة', 'مجلة', 'المجلة', 'وكالة أنباء', 'وكالة',
  'قناة', 'القناة', 'فضائية', 'الفضائية', 'تلفزيون', 'إذاعة', 'راديو', 'موقع', 'نادي', 'النادي', 'نادى', 'فريق',
  'الفريق', 'فريقي', 'منتخب', 'مسجد', 'كنيسة', 'مستشفى', 'فندق', 'مصنع', 'مجموعة', 'شبكة', 'محطة',
  'حركة', 'الحركة', 'تنظيم', 'جماعة', 'الجماعة', 'ميليشيا', 'مليشيا', 'الوكالة',
]);

/** Words that open a sports club's name before its city: «[ريال مدريد]», «[دينامو كييف]», «[أولمبيك آسفي]». */
export const CLUB_PREFIX: CueClass = cueClass('club-prefix', [
  'ريال', 'أتلتيكو', 'أتلتكو', 'اتلتيكو', 'أتلتيك', 'دينامو', 'ديناموا', 'سبارتاك', 'لوكوموتيف', 'توربيدو', 'أولمبيك',
  'اولمبياكوس', 'أولمبياكوس', 'ستيوا', 'سبورتينغ', 'سبورتنغ', 'سبورتينج', 'إنتر', 'انتر', 'باير', 'بوروسيا', 'أينتراخت',
  'شالكه', 'فيردر', 'هيرتا', 'رابيد', 'أوستريا', 'سلافيا', 'سيسكا', 'بارتيزان', 'هابويل', 'مكابي', 'بيتار', 'نادي',
  'مولودية', 'المولودية', 'اتحاد', 'الاتحاد', 'النادي', 'الجمعية',
]);

/**
 * Agreements and cups named after a place: «اتفاق [الطائف]» names an event, not the town. Not
 * conferences, summits, prizes or rallies: the annotated news (TRAIN80) marks their place a place
 * 17 times in 22 («مؤتمر [مدريد]», «قمة [تونس]»).
 */
export const EVENT_HEAD: CueClass = cueClass('event-head', ['اتفاق', 'مبادرة', 'تفاهم', 'مسار', 'كأس', 'بطولة']);

/**
 * Verbs of saying and acting that open a sentence before their subject (verb-subject order):
 * «وأضاف [أنغو] أن», «ورأي [جوتشولك] أنه».
 */
export const SPEECH_VERB: CueClass = cueClass('speech-verb', [
  'قال', 'قالت', 'يقول', 'تقول', 'أضاف', 'أضافت', 'يضيف', 'أكد', 'أكدت', 'يؤكد', 'صرح', 'صرحت', 'أوضح', 'أوضحت', 'أعلن',
  'أعلنت', 'اعتبر', 'اعتبرت', 'ذكر', 'ذكرت', 'أشار', 'أشارت', 'تابع', 'تابعت', 'شدد', 'شددت', 'نفى', 'نفت', 'رأى', 'رأت',
  'يرى', 'اعترف', 'اعترفت', 'كشف', 'كشفت', 'طالب', 'طالبت', 'دعا', 'دعت', 'حذر', 'حذرت', 'اتهم', 'اتهمت', 'أفاد', 'أفادت',
  'زعم', 'رد', 'ردت', 'علق', 'علقت', 'أبلغ', 'أبلغت', 'أعرب', 'أعربت', 'خلص', 'يعتقد', 'تعتقد', 'اعتقد', 'أشاد', 'أشادت',
  'انتقد', 'انتقدت', 'رفض', 'رفضت', 'وصف', 'وصفت', 'قرر', 'قررت', 'أصر', 'أصرت', 'سجل', 'سجلت', 'ويقول', 'ويرى',
]);

/** What may follow a subject after a speech verb, confirming the subject is a name: «قال زيد [إن]». */
export const SUBJECT_END: CueClass = cueClass('subject-end', ['إن', 'أن', 'ان', 'إنه', 'أنه', 'انه', 'إنها', 'أنها', 'انها', 'في', 'أمس', 'اليوم', 'الى', 'إلى', 'لـ', 'عن', 'خلال', 'بعد', 'قبل', 'على', 'مع']);

/** Prizes named after a person: «جائزة [نوبل]», «جائزة بوليتزر» name the prize, not the man. */
export const PRIZE: CueClass = cueClass('prize', ['جائزة', 'جوائز']);

/**
 * Honorific epithets the annotated news leaves out of a place's span: «[مكة] المكرمة» (TRAIN80: 45
 * times in 46). Not «الأشرف», «الشريف»: the corpora disagree («[النجف الأشرف]» in AQMAR).
 */
export const PLACE_EPITHET: CueClass = cueClass('place-epithet', ['المكرمة']);

/** Compass directions before a place: «[جنوب] لبنان», «[شمال] أفريقيا». */
export const DIRECTION: CueClass = cueClass('direction', ['جنوب', 'شمال', 'شرق', 'غرب', 'وسط', 'جنوب شرق', 'جنوب غرب', 'شمال شرق', 'شمال غرب']);

/** Religious honorifics after a name: «الرضا [عليه السلام]», «عثمان [رضي الله عنه]», «الكاظم ([ع])». */
export const HONORIFIC: CueClass = cueClass('honorific', ['عليه السلام', 'عليها السلام', 'عليهما السلام', 'صلى الله عليه', 'رضي الله عنه', 'رضي الله عنها', 'رضي الله عنهما', 'رحمه الله', 'قدس سره', 'ع']);

/**
 * The word «state» before a country's name: the annotated corpora leave it out, «دولة [قطر]» (ANERcorp
 * TRAIN80 14 times in 15, WikiFANE 38 in 41), though the lexicon knows official names like «دولة الكويت».
 * Not جمهورية or مملكة: the corpora disagree on those («[جمهورية جنوب السودان]» in WikiFANE).
 */
export const STATE_WORD: CueClass = cueClass('state-word', ['دولة']);

/**
 * Kinship nouns in construct after a person's given name: «فاطمة [شقيقة] الضحية», «أحمد [شقيقه]».
 * Not ابن, بنت, أم: they link the parts of a name («محمد ابن سلمان») and are name links.
 */
const KINSHIP_NOUNS = ['شقيق', 'شقيقة', 'أخو', 'أخت', 'ابنة', 'نجل', 'نجلة', 'زوج', 'زوجة', 'أرملة', 'والد', 'والدة', 'عم', 'عمة', 'خال', 'خالة', 'جدة', 'حفيد', 'حفيدة', 'صهر', 'خطيب', 'خطيبة'];

/** Each kinship noun bare and with a possessive pronoun: «شقيق», «شقيقه», «زوجته», «والدتها». */
export const KINSHIP: CueClass = cueClass(
  'kinship',
  KINSHIP_NOUNS.flatMap((noun) => {
    const stem = noun.endsWith('ة') ? `${noun.slice(0, -1)}ت` : noun;
    return [noun, `${stem}ه`, `${stem}ها`, `${stem}هم`];
  }),
);

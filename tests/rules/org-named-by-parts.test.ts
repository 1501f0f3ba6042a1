import { createExtractor } from '../../src/extractor';
import { expectExtracted, expectExtractedBy } from '../support/extracted-text';

describe('organizations named by their parts: where the name starts and ends (invented sentences)', () => {
  test.each([
    // A naming head with a definite genitive is a name by itself.
    'قال [مصرف الرافدين](ORGANIZATION) ان القرض صرف',
    'درس في [معهد العلوم السياسية](ORGANIZATION) سنتين',
    'قضت [محكمة الجنايات الكبرى](ORGANIZATION) في [عمان](PLACE) بسجنه',
    'أعلن [بنك الاستثمار العربي الأردني](ORGANIZATION) ارباحه',
    // A naming head's genitive may be a construct of its own.
    'قضت [محكمة أمن الدولة](ORGANIZATION) بسجنه',
    'مول [بنك تنمية الصادرات](ORGANIZATION) المشروع',
    // A court of a kind and a place, in construct.
    'قضت [محكمة جنايات القاهرة](ORGANIZATION) بسجنه',
    'رفضت [محكمة استئناف باريس](ORGANIZATION) الطعن',
    'نظرت [محكمة بداية رام الله](ORGANIZATION) في القضية',
    'درس في [جامعة ولاية أوهايو](ORGANIZATION) سنتين',
    // The feminine elative spelled with a final alef is an adjective of the name too.
    'قضت [محكمة أمن الدولة العليا](ORGANIZATION) بسجنه',
    'درس في [معهد الدراسات العليا](ORGANIZATION) و[جامعة القاهرة](ORGANIZATION)',
    // Two nouns coordinated inside a ministry's domain, with the nationality after both.
    'صرح متحدث باسم [وزارة التربية والتعليم الأردنية](ORGANIZATION) بان الامتحانات ستؤجل',
    // A place right after a naming head names it, even when the place is a person's name too.
    'أصدر [معهد واشنطن](ORGANIZATION) دراسة جديدة',
    'تخرج في [جامعة ماك ماستر](ORGANIZATION) عام 2001',
    // Nationality adjectives and «الوطني», «الديمقراطي» continue it, past a shorter known name inside.
    'أعلن [حزب المؤتمر الوطني الديمقراطي](ORGANIZATION) مرشحه',
    'أعلن [حزب النهضة الإسلامي التونسي](ORGANIZATION) موقفه',
    // A known name that opens with the head goes on through them too, past its own «و».
    'قال زعيم [حزب الحرية والعدالة المصري](ORGANIZATION) إن الحوار مستمر',
    'انتقد [حزب الشعوب الديمقراطي الكردي](ORGANIZATION) القرار',
    // «جامعة الملك …»: the patron's name belongs to the institution.
    'تخرج من [جامعة الملك خالد](ORGANIZATION) عام 1990',
    'درس في [جامعة الأمير نايف العربية](ORGANIZATION) سنتين',
    // A company named by a place and its trade is not the place.
    'افتتحت شركة [النيل للتقنية](ORGANIZATION) فرعا',
    'وقعت شركة [أبوظبي للمطارات](ORGANIZATION) عقدا',
    // A hospital or a mosque named after a ruler is the institution, not the ruler (TRAIN80's convention
    // leaves the descriptor out).
    'نقل الجريح الى مستشفى [الملك خالد](ORGANIZATION) امس',
    'صلى في مسجد [الملك عبد الله](ORGANIZATION) امس',
  ])('%s', (expected) => expectExtracted(expected));

  test.each([
    // A court of a kind is no construct with a place after a preposition.
    'أحيل الى [محكمة الجنايات](ORGANIZATION) في [القاهرة](PLACE)',
    // An indefinite name after the closed construct opens a phrase of its own.
    'وزعت [جمعية الهلال الأحمر](ORGANIZATION) مخيم [جنين](PLACE) المساعدات',
    // A title after the name ends it.
    'قال [حزب الله](ORGANIZATION) السيد [حسن نصر الله](PERSON) ان',
    // A name made by its genitive goes on through nisba adjectives only: the next definite noun is the object.
    'وعندما تولى [حزب العمال](ORGANIZATION) السلطة عام 1997',
    // So does any named chain: after a country, a nationality or a known name, only nisba adjectives go on.
    'رفع [مصرف لبنان المركزي](ORGANIZATION) الفائدة',
    'أعلنت [وزارة الزراعة المغربية](ORGANIZATION) الحملة الوطنية',
    'زار طلاب [جامعة دمشق](ORGANIZATION) و[جامعة حلب](ORGANIZATION) المعرض',
    'أقرض [مصرف الراجحي](ORGANIZATION) الشركة المبلغ',
    // An adjective or a preposition after the head opens no construct, nor does a proper noun.
    'درس في [جامعة هارفارد](ORGANIZATION) العريقة',
    'وهي جامعة تابعة للدولة',
    'وهو حزب إسلامي التوجه',
    'وهي جمعية خيرية المنشأ',
    'أسس معهد لديناميكا الهواء',
    // A conjunct after a named chain is the next phrase, even with a nationality after it.
    'انتقد [حزب الوفد](ORGANIZATION) والحكومة المصرية القرار',
    'الامين العام ل[حزب الله](ORGANIZATION) والرئيس السوري [بشار الأسد](PERSON)',
    // A patron's name leaves the chain open to the rest of the name.
    'درس في [جامعة الأمير نايف العربية للعلوم الأمنية](ORGANIZATION) سنتين',
    // An unknown company's trade is left to the reader: the corpora disagree on it.
    'وقعت شركة [زاويدو](ORGANIZATION) للاتصالات عقدا',
    // An office is the prince's, not named after him: the title stays out of the person's span.
    'وصل وفد من مكتب الأمير [خالد](PERSON) امس',
    // A known name after a descriptor leaves its nationality out, as the annotated news does («حركة
    // [حماس] الفلسطينية», TRAIN80; taking it lost 7 organizations on the development sets).
    'أعلنت حركة [النهضة](ORGANIZATION) التونسية موقفها',
  ])('not run past the end: %s', (expected) => expectExtracted(expected));

  // Issue 14 §5's heads, one invented sentence each. A movement keeps «حركة» out as the news mostly
  // does («حركة [طالبان]» 12 times in TRAIN80, 4 with it).
  test.each([
    'قالت [وزارة الصحة المصرية](ORGANIZATION) ان عدد الاصابات ارتفع',
    'قالت [هيئة الاستثمار السعودية](ORGANIZATION) ان المشروع بدأ',
    'رفع [بنك الكويت الوطني](ORGANIZATION) أرباحه',
    'أعلنت شركة [الخليج للاتصالات](ORGANIZATION) عن خدمة جديدة',
    'عالج مستشفى [هداسا](ORGANIZATION) الجرحى',
    'يدرس في [جامعة دمشق](ORGANIZATION) منذ عامين',
    'أعلن [الحزب الديمقراطي الكردستاني](ORGANIZATION) مقاطعة الانتخابات',
    'أعلنت حركة [فتح](ORGANIZATION) رفضها للقرار',
    'وأكد مصدر في حركة [الجهاد الإسلامي](ORGANIZATION) ان',
    'أصدر [معهد الدراسات الاستراتيجية](ORGANIZATION) تقريره',
    'نظرت [محكمة العدل الدولية](ORGANIZATION) في القضية',
    'قضت [المحكمة العليا الإسرائيلية](ORGANIZATION) بهدم المنزل',
    // Where the name ends: a place cue's phrase after it is a phrase of its own.
    'قالت [جمعية الهلال الأحمر الفلسطيني](ORGANIZATION) إن طواقمها دخلت مخيم [جنين](PLACE)',
    'زار وفد [جامعة القاهرة](ORGANIZATION) مخيم [اليرموك](PLACE)',
    // Two names joined by «و» are two spans.
    'أعلنت [وزارة الداخلية الأردنية](ORGANIZATION) و[وزارة الصحة المصرية](ORGANIZATION) الاجراءات',
    'أقرض [مصرف الرافدين](ORGANIZATION) و[مصرف الرشيد](ORGANIZATION) الحكومة',
    'التقى ممثلو [حزب الوفد](ORGANIZATION) و[حزب الغد](ORGANIZATION) و[حزب التجمع](ORGANIZATION) امس',
  ])('each head: %s', (expected) => expectExtracted(expected));

  // The 'general' conventions (the default): a ministry or an authority named by its domain is a name,
  // as WikiFANE tags 75 of its 117 «وزارة».
  test.each([
    'قالت [وزارة الصحة](ORGANIZATION) ان عدد الاصابات ارتفع',
    'زار الوزير مبنى [وزارة الدفاع](ORGANIZATION) امس',
    'أصدرت [وزارة التعليم العالي](ORGANIZATION) قرارا',
    'أعلنت [وزارة الشؤون الخارجية](ORGANIZATION) أن',
    // A construct names it too, with a noun or a place.
    'قالت [وزارة شؤون المرأة](ORGANIZATION) ان',
    'قال المتحدث باسم [وزارة خارجية روسيا البيضاء](ORGANIZATION) ان',
    // Two domains joined by «و», with or without the nationality after both.
    'أعلنت [وزارة التربية والتعليم](ORGANIZATION) أن الامتحانات ستبدأ',
    'تعاونت [وزارة الاقتصاد والتجارة](ORGANIZATION) مع البنك',
    'قالت [وزارة الصحة والسكان المصرية](ORGANIZATION) ان',
    'أعلنت [وزارة النقل والاتصالات](ORGANIZATION) عن مشروع',
    // A second noun that heads bodies of its own is the next phrase.
    'أصدرت [وزارة الخارجية](ORGANIZATION) والسفارات بيانا',
    'أصدرت [وزارة الخارجية](ORGANIZATION) والمجلس الوطني بيانا مشتركا',
    'دعت [وزارة الدفاع](ORGANIZATION) والشركات الخاصة الى التعاون',
    // A country's name that is also its nationality adjective ends the name as the adjective.
    'قالت [وزارة الصحة السعودية](ORGANIZATION) ان',
    // An authority: a noun and its adjective, or a construct.
    'أعلنت [هيئة الطيران المدني](ORGANIZATION) عن البدء',
    'قالت [هيئة الأوراق المالية](ORGANIZATION) ان التداول توقف',
    'كان عضوا في [هيئة كبار العلماء](ORGANIZATION) سنوات',
    // An association named by a noun construct, as WikiFANE tags «جمعية أنصار …», «جمعية مهندسي …».
    'قالت [جمعية حقوق الإنسان المصرية](ORGANIZATION) ان',
    'التقى أعضاء [جمعية رجال الأعمال](ORGANIZATION) بالوزير',
    // A movement named by common words and a nationality keeps «حركة».
    'قاد [حركة الضباط الأحرار الأردنيين](ORGANIZATION) انقلابا',
    'أعلنت [حركة المقاومة الفلسطينية](ORGANIZATION) رفضها',
    // So does one named by a noun and a plural adjective of people: a movement of people.
    'قامت [حركة الضباط الأحرار](ORGANIZATION) بالثورة عام 1952',
    'قاد [جمال عبد الناصر](PERSON) [حركة الضباط الأحرار](ORGANIZATION) عام 1952',
  ])("conventions 'general': %s", (expected) => expectExtracted(expected));

  test.each([
    // A bare definite noun after «هيئة» is a body of people: WikiFANE leaves «هيئة الشورى» untagged 20 times in 20.
    'اجتمعت هيئة الشورى امس',
    'انضم الى هيئة التدريس في الجامعة',
    'أكدت هيئة الدفاع أن المحاكمة سياسية',
    // «the ministry» is the one already named.
    'قالت الوزارة ان',
    // An adjective after «جمعية» opens no construct.
    'وهي جمعية خيرية المنشأ',
    // «حركة» before common words without a nationality is motion or traffic.
    'ازدادت حركة المرور الجوي في المطار',
    'ساهمت حركة التجارة الحرة في النمو',
    // Things take a singular adjective, even in the plural.
    'رصد الفلكيون حركة النجوم المزدوجة',
    'تراجعت حركة الأسواق المالية امس',
  ])("conventions 'general', no name: %s", (expected) => expectExtracted(expected));

  // The 'anercorp' conventions: ANERcorp's news leaves every ministry untagged (none of TRAIN80's 46
  // «وزارة», not even «وزارة الخارجية الألمانية»), an authority or a court, and an association named
  // by a noun construct («بجمعية رجال الاعمال المصريين»).
  const anercorp = createExtractor({ model: false, conventions: 'anercorp' });
  test.each([
    'قالت وزارة الصحة ان',
    'قالت وزارة الصحة المصرية ان عدد الاصابات ارتفع',
    'أعلنت وزارة التربية والتعليم أن الامتحانات ستبدأ',
    'قالت هيئة الاستثمار ان المشروع بدأ',
    'قالت جمعية حقوق الإنسان المصرية ان',
    'قاد حركة الضباط الأحرار الأردنيين انقلابا',
    // Nor an authority or a court, whatever names it: TRAIN80 leaves «هيئة الاذاعة البريطانية» and
    // «المحكمة العليا الاميركية» untagged (drop-untagged-heads).
    'قالت هيئة الاستثمار الأردنية ان المشروع بدأ',
    'قضت محكمة أمن الدولة بسجنه',
  ])("conventions 'anercorp': %s", (expected) => expectExtractedBy(anercorp, expected));
});

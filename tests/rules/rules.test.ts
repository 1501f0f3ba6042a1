import { createExtractor } from '../../src/extractor';
import { parseAnnotated, renderAnnotated } from '../support/annotated-text';

const extractor = createExtractor();
const check = (expected: string): void => {
  const { text } = parseAnnotated(expected);
  expect(renderAnnotated(text, extractor.extract(text))).toBe(expected);
};
/** The rule that produced the entity covering `word` in `text`. */
const ruleFor = (text: string, word: string): string | undefined =>
  extractor.extract(text).find((e) => e.text === word)?.source.id;

describe('person-title: a title or role before a name', () => {
  test.each([
    'قال الرئيس [زاويدوف](PERSON) ان',
    'التقى نظيره الروسي [نيكولاي باتروشيف](PERSON) في [موسكو](PLACE)',
    'اكد امين [المجلس الاعلى للامن القومي الايراني](ORGANIZATION) [علي شمخاني](PERSON) ونظيره',
    'وقال رئيس الاتحاد [برند جوتشولك](PERSON) عند اعلان',
    'وصرح الدكتور [أحمد زويل](PERSON) امس',
    'وقال الرئيس السابق [كارتيرو](PERSON) ان',
    'على عهد الخليفة [المعتضد](PERSON) ثم',
    'نجح العالم الألماني [هيزنبرج](PERSON) في',
    'والتبشير بالديانة المسيحية منهم القديس [بولس](PERSON) .',
  ])('%s', check);

  test.each([
    'وقال الرئيس الجديد ان الحكومة',
    'اجتمع الرئيس مع الوزراء',
    'ان رئيس الوزراء في اجتماع',
    'في العالم زاويدوف',
    'قال الرئيس المسؤول عن',
  ])('no name after the title: %s', check);

  test.each([
    'ورافق الرئيس [زاويدوف](PERSON) لإقناعهم بالعودة',
    'وقال الوزير [سمير القنطار](PERSON) يمارسها',
    'وعاد الشيخ [سالم العبادي](PERSON) لدفنها امس',
    'الشيخ [محمد بن جابر الجلاهم](PERSON)',
  ])('a word with an attached pronoun ends the name, a family name with the article does not: %s', check);

  test('provenance names the rule and the title', () => {
    const [person] = extractor.extract('قال الرئيس زاويدوف ان').filter((e) => e.type === 'PERSON');
    expect(person?.source).toEqual({ kind: 'rule', id: 'person-title', detail: 'title «الرئيس» before the name' });
  });
});

describe('person-name-chain: given name + name tokens, nasab chains', () => {
  test.each([
    'وصل [نيكولاي باتروشيف](PERSON) امس',
    'استقبل [خليفة بن زايد آل نهيان](PERSON) الوفد',
    'قال [جورج بوش](PERSON) ان',
    'بدأ [ريتشارد ستالمن](PERSON) مشروع جنو',
    // A family name with the article after an Arabic given name.
    'الإفراج عن الأسير اللبناني [سمير القنطار](PERSON) .',
  ])('%s', check);

  test.each([
    'اكد على ضرورة تنفيذ الاتفاقيات',
    'وهو دليل على الذرائع الاميركية',
  ])('common words are not names: %s', check);

  test.each([
    'ولد [ميك جونز](PERSON) في 26 يونيو 1955',
    'ولد [مانويل الثاني](PERSON) سنة 1350',
    'الرئيس الموريتاني [محمد ولد عبد العزيز](PERSON)',
  ])('«ولد» first is the verb «was born», inside a name a link: %s', check);

  test.each([
    'مثل تقبيل الخاتم , [راؤول غونزاليز](PERSON) أو كما يحب',
    'غير المقيم في [باكو](PLACE) [فارس المفتي](PERSON) والسفير',
  ])('a foreign name followed by a family name that is no given name opens a chain, unless it is a place: %s', check);

  test.each([
    'جعل المدرب [خورخي فالدانو](PERSON) يستدعي الفتى',
    'وقال [ماورو](PERSON) بالامس ان',
    'سجل المدافع [كولو توريه](PERSON) الغاه الحكم',
  ])('after a foreign name, a word unknown whole and without its first letter is more of the name, unless it takes the article: %s', check);

  test.each(['وذلك على حسن الاستضافة والحفاوة', 'أن حبيب القلوب'])('a given name that is also a word takes no family name with the article: %s', (text) => {
    expect(extractor.extract(text).filter((e) => e.type === 'PERSON')).toEqual([]);
  });

  test('provenance', () => {
    expect(ruleFor('وصل نيكولاي باتروشيف امس', 'نيكولاي باتروشيف')).toBe('person-name-chain');
  });
});

describe('person-nationality: a nationality adjective before a name', () => {
  test.each(['هدف محقق إثر انفراد للبرازيلي [كلاوديو](PERSON) .', 'وتعيين الأسباني [خواندي راموس](PERSON) بدلا عنه'])('%s', check);
  test.each([
    'بأن الفرنسيين أميل إلى قضاء',
    '[فالنسيا](ORGANIZATION) الإسباني وفنربغشة التركي',
    'في العاصمة الاذرية [باكو](PLACE) نائب',
    'من التراث العماني الجميل تقديرا',
  ])('a plural, a list going on, a place or an article word: %s', check);
  test('provenance names the rule and the adjective', () => {
    expect(extractor.extract('انفراد للبرازيلي كلاوديو .')[0]?.source).toEqual({ kind: 'rule', id: 'person-nationality', detail: 'after the nationality «للبرازيلي»' });
  });
});

describe('person-subject: the name after a verb of saying', () => {
  test.each(['وقال [هوارد جرونسبكت](PERSON) إن الادارة', 'وخلص [موتان](PERSON) الى القول'])('%s', check);
  test.each(['وقال مصدر مطلع ان', 'أعلن وقف اطلاق النار', 'وقال المتحدث ان'])('no name: %s', check);
  test.each([
    'وقال [نيتشيرفان برزاني](PERSON) رئيس الوزراء الكردي',
    'وقال [البدري](PERSON) مدير الكرة إن حالة',
    'وقال الإسرائيلي رئيس الوفد',
    'وقال البدري كلاما',
  ])('the role in apposition ends the subject, and vouches for a nisba with the article: %s', check);
});

describe('person-coordination: a known name joined by و to a person', () => {
  test('«وكان مبارك و[عبد الله] قد التقيا»', () => {
    const people = extractor.extract('وكان حسني مبارك وعبد الله قد التقيا').filter((e) => e.type === 'PERSON').map((e) => e.text);
    expect(people).toEqual(['حسني مبارك', 'عبد الله']);
  });
});

describe('person-honorific: the name before a religious honorific', () => {
  test.each(['ضريح الشهداء من أصحاب [الحسين](PERSON) ( عليه السلام ) في', 'بشارة بظهور رجل حكيم هو [محمد](PERSON) ( صلى الله عليه وسلم ) ,'])('%s', check);
  test.each(['ان رسول الله صلى الله عليه وسلم قال', 'زار أهل البيت عليهم السلام', 'كتب حرف ع في'])('a title, a plain word, or «ع» without its parentheses: %s', check);
});

describe('person-foreign-name: a foreign surname standing alone', () => {
  test.each(['وقالت [ميركل](PERSON) ان', 'وقال [بلير](PERSON) ان'])('%s', check);
  test.each(['وقال من جاء', 'في لندن امس', 'حصل على جائزة نوبل في الفيزياء'])('not when common, another entity or a prize: %s', (text) => {
    expect(extractor.extract(text).filter((e) => e.type === 'PERSON' && e.source.id === 'person-foreign-name')).toEqual([]);
  });
});

describe('trim-titles, trim-descriptors, trim-place-cues: titles, descriptors and cues stay outside the span', () => {
  test.each([
    'على سفوح جبل [قاسيون](PLACE) وضفاف نهر [بردى](PLACE)',
    'في قطاع [غزة](PLACE) امس','في ذكرى استشهاد الإمام [الحسين](PERSON)', 'من انتاج شركة [فورد](ORGANIZATION) الامريكية', 'ونقلت وكالة [فارس](ORGANIZATION) عن'])('%s', check);
});

describe('trim-descriptors: a definite descriptor heads the name unless a name of its own follows', () => {
  test.each([
    'عمليات تفتيش باسم [الوكالة الدولية للطاقة الذرية](ORGANIZATION) .',
    'التابعة الى [الشركة العامة للبريد](ORGANIZATION) و',
    'ضد فريق النادي [المكناسي](ORGANIZATION) يسعى',
    'رفع الجهاز الفني للفريق [الأهلي](ORGANIZATION) لكرة القدم',
  ])('%s', check);
});

describe('place-direction: a direction is not part of the place after it', () => {
  test.each(['قوة دولية في جنوب [لبنان](COUNTRY) ،', 'في شمال [أفريقيا](PLACE)', 'زار [جنوب أفريقيا](COUNTRY)'])('%s', check);
});

describe('trim-place-epithets: an honorific epithet stays outside a place', () => {
  test.each(['في [مكة](PLACE) المكرمة امس', 'بتوقيت [مكة](PLACE) المكرمة', 'في [النجف الأشرف](PLACE)'])('%s', check);
});

describe('trim-country-state: the word «state» stays outside a country', () => {
  test.each([
    'زيارة قصيرة الى دولة [الكويت](COUNTRY) تستمر',
    'في دولة [قطر](COUNTRY) وقد',
    'وفي دولة [الإمارات العربية المتحدة](COUNTRY)',
    'اعترفت ب[الدولة العبرية](COUNTRY)',
  ])('%s', check);
});

describe('place-cue: a cue word before a place name', () => {
  test.each([
    'في مدينة [زاويدو](PLACE) الروسية',
    'في منطقة [خان شيخون](PLACE) في [سوريا](COUNTRY)',
    'قرب بلدة [كفرتخاريم](PLACE)',
    'في مدينة [الجزائر](PLACE) عاصمة [الجزائر](COUNTRY)',
  ])('%s', check);

  test.each([
    'في مدينة كبيرة',
    'في المنطقة الجبلية',
    'مدن كثيرة',
  ])('no place after the cue: %s', check);
});

describe('place-construct: a place homograph heading a construct is a noun', () => {
  test.each([
    'والحد من تاثير الممارسات المدمرة لحماة الارهاب التكفيري',
    'نشرت صور الاقمار الصناعية',
  ])('no place: %s', check);

  test.each([
    'وصل الى [حماة](PLACE) امس',
    'في مدينة [حماة](PLACE) السورية',
    'زار [حماة](PLACE) السورية',
    'اجتاحت القوات [حماة](PLACE) ثم',
  ])('%s', check);
});

describe('org-head: a head noun and its distinctive chain', () => {
  test.each([
    'اكد امين [المجلس الاعلى للامن القومي الايراني](ORGANIZATION) امس',
    'اعلن [حزب العمال البريطاني](ORGANIZATION) امس',
    'في [جامعة القاهرة](ORGANIZATION) اليوم',
  ])('%s', check);

  test.each([
    'وتقوية جبهة الارهاب التكفيري المهزومة',
    'تزايد المساعي المنظمة لرعاة الارهاب',
    'مواصلة اسناد الجيش والقوات الشعبية السورية',
    'اجتماع مجالس الامن القومي للدول',
  ])('no organization: %s', check);
});

describe('org-descriptor: the name after a descriptor', () => {
  test.each([
    'ذكرت صحيفة [لوموندو](ORGANIZATION) ان',
    'وقالت قناة [العالم](ORGANIZATION) ان',
    'ذكرت صحيفة [الحياة](ORGANIZATION) ان',
    'تعادل فريق [الوداد البيضاوي](ORGANIZATION) مع',
    'اعلنت شركة [نوكياتا](ORGANIZATION) امس',
  ])('%s', check);

  test.each(['ذكرت الصحيفة ان', 'قالت شركة كبيرة', 'فاز الفريق الاحمر', 'وقعت مع شركات اجنبية'])('no organization: %s', check);
});

describe('org-club: a club prefix and its city', () => {
  test.each(['سحق ضيفه [دينامو كييف](ORGANIZATION) بخمسة', 'فاز [أولمبيك آسفي](ORGANIZATION) على'])('%s', check);
  test.each(['وصل الى [كييف](PLACE) امس'])('a city alone stays a place: %s', check);
});

describe('org-club-nationality: a city with a masculine nationality adjective is a club', () => {
  test.each(['خسر [برشلونة](ORGANIZATION) امام [ليون](ORGANIZATION) الفرنسي صفر', 'وتعادل [ميلان](ORGANIZATION) الايطالي مع ضيفه', 'فاز [بورتو](ORGANIZATION) البرتغالي على ضيفه'])(
    '%s',
    check,
  );
  test.each(['زار الوفد [ليون](PLACE) الفرنسية امس', 'في مدينة [ليون](PLACE) الفرنسي', 'الى [مطار دمشق الدولي](PLACE)'])('a feminine adjective or a place cue keeps the city: %s', check);
  test('provenance names the rule', () => {
    expect(ruleFor('وتعادل ميلان الايطالي مع ضيفه', 'ميلان')).toBe('org-club-nationality');
  });
});

describe('org-club-score: a city before a score is a club', () => {
  test.each(['استعاد توازنه بفوزه على [كوبنهاغن](ORGANIZATION) 1 - صفر .', 'الخسارة امام مضيفه [ليون](ORGANIZATION) صفر - 2 في الجولة'])('%s', check);
  test.each(['وصل الى [ليون](PLACE) 1 تشرين', 'فازت [فرنسا](COUNTRY) 2 - 1 على'])('no score, or a country (its national team): %s', check);
});

describe('place-event: a place right after an event word names the event', () => {
  test.each(['لأن اتفاق الطائف فيه آلية', 'لعب في كأس إسبانيا مباراتين'])('no place: %s', check);
  test.each(['وقع اتفاق بين [مصر](COUNTRY) و[اسرائيل](COUNTRY)', 'عقد المؤتمر في [مدريد](PLACE)', 'في مؤتمر [مدريد](PLACE) للسلام', 'فوزه في جائزة [إيطاليا](COUNTRY) الكبرى'])('%s', check);
});

describe('source-line: credit lines name organizations', () => {
  test.each([
    'وقال ان الامر انتهى.\nالمصدر : [فارس](ORGANIZATION)',
    'قال ان الامر انتهى ([أ ف ب](ORGANIZATION))',
  ])('%s', (expected) => {
    const { text } = parseAnnotated(expected);
    expect(renderAnnotated(text, extractor.extract(text).filter((e) => e.type === 'ORGANIZATION'))).toBe(expected);
  });

  test('«فارس» alone is not taken for the agency', () => {
    expect(extractor.extract('وقال فارس ان').filter((e) => e.type === 'ORGANIZATION')).toEqual([]);
  });
});

describe('propagate-names: a later bare surname is the same person', () => {
  test('before and after the full name, with proclitics peeled', () => {
    check('[شمخاني](PERSON) : رفض\n\nاكد [علي شمخاني](PERSON) ذلك واستعرض [شمخاني](PERSON) وقال ل[شمخاني](PERSON)');
  });

  test('the propagated mention links to the full name', () => {
    const entities = extractor.extract('وصل نيكولاي باتروشيف امس. واعتبر باتروشيف ان');
    const bare = entities.find((e) => e.text === 'باتروشيف');
    expect(bare).toMatchObject({ type: 'PERSON', canonical: 'نيكولاي باتروشيف', source: { kind: 'propagation' } });
  });

  test('a common given name never propagates', () => {
    check('وصل [علي شمخاني](PERSON) امس. واكد علي ضرورة');
  });

  test('a given name closing a full name is its family name, and propagates', () => {
    check('وصل الرئيس [حسني مبارك](PERSON) امس . واستقبل [مبارك](PERSON) الوفد');
    check('صدرت رواية ل[نجيب محفوظ](PERSON) عام 1974 . وراهن [محفوظ](PERSON) على الكتابة');
  });
});

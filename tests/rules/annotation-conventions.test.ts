import { createExtractor } from '../../src/extractor';
import { expectExtractedBy } from '../support/extracted-text';

/**
 * The conventions with the learned tagger on (the default): the model decides the spans; where it
 * finds no name, a head noun's reading stands («[وزارة الصحة]» under 'general'); under 'anercorp' a
 * place or an organization that a ministry or a facility noun opens, or a council named by what it
 * does («مجلس النواب»), is dropped after it, the readings inside it standing (drop-untagged-heads), and a nationality adjective after a name is left out of
 * it (trim-untagged-nisba). The other rules after the tagger have their own files
 * (trim-untagged-descriptors, drop-event-places, retype-national-teams). Invented sentences.
 */
describe('annotation conventions with the model', () => {
  const general = createExtractor({ conventions: 'general' });
  const anercorp = createExtractor({ conventions: 'anercorp' });

  test("'general': where the model finds nothing, the head noun's reading of a ministry stands", () => {
    const [ministry, ...rest] = general.extract('قالت وزارة الصحة ان عدد الاصابات ارتفع');
    expect(rest).toEqual([]);
    expect(ministry).toMatchObject({ type: 'ORGANIZATION', text: 'وزارة الصحة', source: { kind: 'rule', id: 'org-head' } });
  });

  test("'general': a ministry the model finds is its span", () => {
    const [ministry] = general.extract('وأكدت وزارة الداخلية الأردنية أن الحدود مغلقة');
    expect(ministry).toMatchObject({ type: 'ORGANIZATION', text: 'وزارة الداخلية الأردنية', source: { kind: 'model' } });
  });

  test.each([
    'قالت وزارة الصحة ان عدد الاصابات ارتفع',
    // The model finds this one; it is dropped after it.
    'وأكدت وزارة الداخلية الأردنية أن الحدود مغلقة',
    'وصل وفد من وزارة الخارجية الألمانية الى [عمان](PLACE) امس',
    // The rest stands.
    'أعلن [حزب العدالة والتنمية](ORGANIZATION) فوزه',
  ])("'anercorp': no ministry is a name, whoever found it: %s", (expected) => expectExtractedBy(anercorp, expected));

  test.each([
    // The model's place, head and all, as WikiFANE tags a facility; the lexicon's landmark; the model's organization and its adjective.
    ['افتتح [متحف اللوفر](PLACE) جناحا جديدا', 'افتتح متحف [اللوفر](PLACE) جناحا جديدا'],
    ['صلى الآلاف في [المسجد الأقصى](PLACE) يوم الجمعة', 'صلى الآلاف في المسجد الأقصى يوم الجمعة'],
    ['قال رئيس [الاتحاد العام للشغل التونسي](ORGANIZATION) ان الاضراب مستمر', 'قال رئيس [الاتحاد العام للشغل](ORGANIZATION) التونسي ان الاضراب مستمر'],
    // A council named by what it does is no name under 'anercorp' (the lexicon and rules' reading, then the model's); what is inside stands.
    ['وصوت [مجلس النواب الامريكي](ORGANIZATION) على الميزانية .', 'وصوت مجلس النواب الامريكي على الميزانية .'],
    ['وصوتت [الجمعية العامة للامم المتحدة](ORGANIZATION) على القرار .', 'وصوتت الجمعية العامة ل[لامم المتحدة](ORGANIZATION) على القرار .'],
    // Nor is a faculty, a centre or an office.
    ['وتخرج من [كلية الطب](ORGANIZATION) في [جامعة القاهرة](ORGANIZATION) .', 'وتخرج من كلية الطب في [جامعة القاهرة](ORGANIZATION) .'],
    // The Security Council is the one council ANERcorp tags.
    ['ودعا [مجلس الأمن الدولي](ORGANIZATION) الى وقف اطلاق النار .', 'ودعا [مجلس الأمن الدولي](ORGANIZATION) الى وقف اطلاق النار .'],
  ])("'general' reads %s, 'anercorp' %s", (underGeneral, underAnercorp) => {
    expectExtractedBy(general, underGeneral);
    expectExtractedBy(anercorp, underAnercorp);
  });

  test.each([
    ['the lexicon and the rules alone', { model: false }],
    // «وزارة» and «مستشفى» as these folds write them, «ة» and «ى» kept.
    ['other folds', { normalize: { taMarbuta: false, alefMaksura: false } }],
  ] as const)("'anercorp' drops ministries and facilities with %s", (_, options) => {
    const extractor = createExtractor({ conventions: 'anercorp', ...options });
    expectExtractedBy(extractor, 'صلى الآلاف في المسجد الأقصى يوم الجمعة');
    expectExtractedBy(extractor, 'وأكدت وزارة الداخلية الأردنية أن الحدود مغلقة');
  });

  test("'anercorp' keeps an adjective that a lexicon entry holds", () => {
    expectExtractedBy(anercorp, 'ونقلت [وكالة الانباء الفرنسية](ORGANIZATION) عن مصدر');
  });

  test("'anercorp' keeps the caller's own entries, facilities too", () => {
    const mine = createExtractor({ conventions: 'anercorp', entries: [{ type: 'PLACE', name: 'مطار الملكة علياء', id: 'place:qaia' }] });
    expectExtractedBy(mine, 'هبطت الطائرة في [مطار الملكة علياء](PLACE) مساء امس');
  });
});

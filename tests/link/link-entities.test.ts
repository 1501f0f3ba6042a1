import { parseAnnotated, renderAnnotated } from '../support/annotated-text';
import { extractor } from '../support/extracted-text';

/**
 * Each row: an annotated sentence (invented), the rule that proposes the known name, and the id the
 * entity must carry. The rule is checked too, so a row keeps testing linking after a rule proposes it.
 */
const LINKED: readonly (readonly [string, string, string])[] = [
  ['قال الرئيس الأمريكي [دونالد ترامب](PERSON) ان', 'person-title', 'person:donald-trump'],
  ['التقى وزير الخارجية الروسي [سيرغي لافروف](PERSON) نظيره', 'person-title', 'person:sergey-lavrov'],
  ['وقالت المستشارة [أنغيلا ميركل](PERSON) ان', 'person-title', 'person:angela-merkel'],
  ['رحب الرئيس [فلاديمير بوتين](PERSON) بالاتفاق', 'person-title', 'person:vladimir-putin'],
  ['نقل عن الإمام [جعفر الصادق](PERSON) قوله', 'person-title', 'person:jafar-sadiq'],
  ['وأضافت [فيروز](PERSON) أن الحفل', 'person-subject', 'person:fairuz'],
  ['غنت اللبنانية [فيروز](PERSON) اغنية جديدة', 'person-nationality', 'person:fairuz'],
  ['حضر الحفل [عمرو دياب](PERSON) و[فيروز](PERSON)', 'person-coordination', 'person:fairuz'],
  ['[ريال مدريد](ORGANIZATION)', 'org-club', 'org:realmadrid'],
  ['تعادل [ريال مدريد](ORGANIZATION) مع ضيفه', 'org-club', 'org:realmadrid'],
  ['أعلن نادي [ريال مدريد](ORGANIZATION) تعاقده', 'org-descriptor', 'org:realmadrid'],
  ['نشرت صحيفة [الرأي العام](ORGANIZATION) تقريرا', 'org-descriptor', 'org:rai-kw'],
  ['أعلنت [وزارة الخارجية الأمريكية](ORGANIZATION) امس', 'org-head', 'org:state-dept'],
  ['فاز [ميلان](ORGANIZATION) الإيطالي في المباراة', 'org-club-nationality', 'org:acmilan'],
  ['تغلب [ميلان](ORGANIZATION) 2 - 1 على ضيفه', 'org-club-score', 'org:acmilan'],
  ['المصدر : [الجزيرة](ORGANIZATION)', 'source-line', 'org:aljazeera'],
  ['وصل الوفد الى مدينة [حلب](PLACE) امس', 'place-cue', 'place:wof:421202163'],
  ['وصلت [فيروز](PERSON) شقيقة الضحية', 'person-kinship', 'person:fairuz'],
];

/**
 * The person rules that read names from their tokens (a chain of name tokens, a name before an
 * honorific, a foreign surname alone) leave a name the lexicon matched to the lexicon: they propose
 * only around it, so the entity is the lexicon's, with its id.
 */
const KEPT: readonly (readonly [string, string, string])[] = [
  ['وقال [باراك حسين أوباما](PERSON) ان', 'person-name-chain', 'person:barack-obama'],
  ['روى [علي بن أبي طالب](PERSON) ( عليه السلام ) ان', 'person-honorific', 'person:ali-ibn-abi-talib'],
  ['وقالت [ميركل](PERSON) ان', 'person-foreign-name', 'person:angela-merkel'],
];

describe('link-entities: a known name carries its entry whoever proposed it', () => {
  test.each(LINKED)('%s (%s) → %s', (expected, rule, id) => {
    const { text } = parseAnnotated(expected);
    const entities = extractor.extract(text);
    expect(renderAnnotated(text, entities)).toBe(expected);
    const linked = entities.find((e) => e.id === id);
    expect(linked?.source).toMatchObject({ kind: 'rule', id: rule });
  });

  test.each(KEPT)('%s (%s leaves it) → %s', (expected, _rule, id) => {
    const { text } = parseAnnotated(expected);
    const entities = extractor.extract(text);
    expect(renderAnnotated(text, entities)).toBe(expected);
    expect(entities.find((e) => e.id === id)?.source).toMatchObject({ kind: 'lexicon', id });
  });

  test('canonical and subtype come with the id', () => {
    const [person] = extractor.extract('وقالت المستشارة أنغيلا ميركل ان');
    expect(person).toMatchObject({ id: 'person:angela-merkel', canonical: 'أنجيلا ميركل', source: { kind: 'rule', id: 'person-title' } });
    const [club] = extractor.extract('ريال مدريد');
    expect(club).toMatchObject({ id: 'org:realmadrid', subtype: 'club' });
  });

  test('a name of another type is not linked: the entry must be of the span\'s type', () => {
    const [club] = extractor.extract('فاز ليون 2 - 1 على ضيفه');
    expect(club).toMatchObject({ type: 'ORGANIZATION', text: 'ليون', source: { id: 'org-club-score' } });
    expect(club?.id).toBeUndefined();
  });

  test('an unknown name stays unlinked', () => {
    const [person] = extractor.extract('قال الرئيس زاويدوف ان');
    expect(person).toMatchObject({ type: 'PERSON', text: 'زاويدوف' });
    expect(person?.id).toBeUndefined();
    expect(person?.canonical).toBeUndefined();
  });
});

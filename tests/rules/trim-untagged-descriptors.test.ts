import { createExtractor } from '../../src/extractor';
import { expectExtractedBy } from '../support/extracted-text';

/**
 * trim-untagged-descriptors: under 'anercorp', «نادي», «قناة», «صحيفة» and their like stay outside
 * the organization they introduce, whoever found it with them; under 'general' (WikiFANE's spans,
 * which the model learned) they stay in. Invented sentences.
 */
describe('trim-untagged-descriptors', () => {
  const general = createExtractor({ conventions: 'general' });
  const anercorp = createExtractor({ conventions: 'anercorp' });

  test.each([
    ['انتقل اللاعب الى [نادي الزمالك](ORGANIZATION) في الصيف الماضي', 'انتقل اللاعب الى نادي [الزمالك](ORGANIZATION) في الصيف الماضي'],
    ['وقال مراسل [قناة الجزيرة](ORGANIZATION) ان القصف استمر', 'وقال مراسل قناة [الجزيرة](ORGANIZATION) ان القصف استمر'],
  ])("'general' reads %s, 'anercorp' %s", (underGeneral, underAnercorp) => {
    expectExtractedBy(general, underGeneral);
    expectExtractedBy(anercorp, underAnercorp);
  });

  test.each([
    // «النادي» with its article stays out too; a definite descriptor before adjectives heads the name.
    'وفاز النادي [الأهلي](ORGANIZATION) على ضيفه بهدفين نظيفين',
    'أعلنت [الشركة العامة للبريد](ORGANIZATION) عن خدمة جديدة',
  ])("'anercorp': %s", (expected) => expectExtractedBy(anercorp, expected));

  test("the caller's own entry keeps its descriptor", () => {
    const mine = createExtractor({ conventions: 'anercorp', entries: [{ type: 'ORGANIZATION', name: 'نادي الزمالك', id: 'org:zamalek' }] });
    expectExtractedBy(mine, 'انتقل اللاعب الى [نادي الزمالك](ORGANIZATION) في الصيف الماضي');
  });
});

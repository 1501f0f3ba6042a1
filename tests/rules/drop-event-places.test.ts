import { createExtractor } from '../../src/extractor';
import { expectExtractedBy } from '../support/extracted-text';

/**
 * drop-event-places: under 'anercorp' a place that names a championship after «بطولة» or «دورة» is
 * part of the event (a MISC there), no location; under 'general' it stays a place, as WikiFANE tags
 * it. Invented sentences.
 */
describe('drop-event-places', () => {
  const general = createExtractor({ conventions: 'general' });
  const anercorp = createExtractor({ conventions: 'anercorp' });

  test.each([
    ['وتأهل اللاعب الى نهائي بطولة [أوروبا](PLACE) للناشئين', 'وتأهل اللاعب الى نهائي بطولة أوروبا للناشئين'],
    ['وفاز اللاعب بلقب دورة [الدوحة](PLACE) الدولية للتنس', 'وفاز اللاعب بلقب دورة الدوحة الدولية للتنس'],
  ])("'general' reads %s, 'anercorp' %s", (underGeneral, underAnercorp) => {
    expectExtractedBy(general, underGeneral);
    expectExtractedBy(anercorp, underAnercorp);
  });

  test("'anercorp': a place after the event's own name stands", () => {
    expectExtractedBy(anercorp, 'وتقام البطولة في [الدوحة](PLACE) الشهر المقبل');
  });
});

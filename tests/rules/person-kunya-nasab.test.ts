import { createExtractor } from '../../src';
import { expectExtracted, expectExtractedBy } from '../support/extracted-text';

const rulesOnly = createExtractor({ model: false });

describe('person names: a kunya belongs to the name, a nasab chain runs to its family name (invented sentences)', () => {
  test.each([
    // «أبو خالد» is a lexicon person; the chain in the text runs past it.
    'قال [أبو خالد الحمصي](PERSON) ان الهجوم فشل',
    'وصل [أبو خالد الحمصي](PERSON) امس',
    'أعلن [أبو محمد العدناني](PERSON) امس ان',
    'قال [أبو محمد الجولاني](PERSON) إن الهجوم فشل',
    'وصل [أبو سليمان الحلبي](PERSON) امس',
  ])('kunya: %s', (expected) => expectExtracted(expected));

  test.each([
    // A village named after a companion, «أبو عبيدة الجراح», is a place only after a cue: it does not
    // cut the person down to «عبيدة الجراح».
    'وصل [أبو عبيدة الجراح](PERSON) إلى المدينة',
    // A place known without a cue still stands: «أبو ظبي».
    'زار وفد رسمي [أبو ظبي](PLACE) امس',
  ])('kunya, the lexicon and the rules alone: %s', (expected) => expectExtractedBy(rulesOnly, expected));

  test.each([
    'قال [عبد الرحمن بن ناصر الفهيد](PERSON) ان',
    // No verb before it: the chain opens at the compound name, not at «بن».
    '[عبد الرحمن بن ناصر الفهيد](PERSON) يصل غدا',
    'وصل [خالد بن سعد الدوسري](PERSON) امس',
    'قالت [فاطمة بنت محمد العتيبي](PERSON) ان',
    // «ولد», the Mauritanian «son of», links a chain as «بن» does.
    'قال [سيدي ولد الشيخ عبد الله](PERSON) إن الحوار مستمر',
    'وصل [أحمد ولد داداه](PERSON) إلى [نواكشوط](PLACE) امس',
    // A common word after the chain is no family name, nor a word with a proclitic before its article.
    'وقال [محمد بن سلمان](PERSON) الجديد في الامر',
    'قرأ على [عاصم بن أبي النجود](PERSON) بالروايتين',
  ])('nasab: %s', (expected) => expectExtracted(expected));

  test.each([
    // «الله» closes the name and is never propagated as a family name (WikiFANE-like, invented).
    'قال [طلحة بن عبيد الله](PERSON) : سمعت رسول الله يقول',
    // The chain runs past a lexicon kunya only to a family name or a name token.
    'كان [ابن تيمية](PERSON) اول الواصلين الى [دمشق](PLACE)',
  ])('where the chain stops: %s', (expected) => expectExtracted(expected));
});

import { expectExtracted } from '../support/extracted-text';

describe('person-subject: the name after a verb of saying', () => {
  test.each([
    // TRAIN80.
    'وأضاف [أنغو](PERSON) أن الامن',
    'ورأي [جوتشولك](PERSON) أنه يتعين أن يبلغ',
    // Unknown words, ended by what ends a subject.
    'وقال [ياروسلاف كوجاييف](PERSON) إن الوفد',
    'وأشار [كوجاييف](PERSON) الى ان',
  ])('%s', (expected) => expectExtracted(expected));

  test.each(['وقال مصدر مطلع ان', 'أعلن وقف اطلاق النار', 'وقال المتحدث للصحفيين'])('no name: %s', (expected) => expectExtracted(expected));

  test.each([
    'وقال [بروخوروف ماتفيينكو](PERSON) رئيس الوفد',
    'وقال [الكرخاني](PERSON) رئيس النادي إن الفريق',
    'وقال الإسرائيلي رئيس الوفد',
    'وقال الكرخاني كلاما',
  ])('the role in apposition ends the subject, and vouches for a nisba with the article: %s', (expected) => expectExtracted(expected));

  test.each([
    'قالت [أمل](PERSON) إن الوضع صعب',
    'وأضاف [جمال](PERSON) أن الاتفاق وقع',
    // A pronoun is no speaker, whatever a name list holds.
    'كان علي هم ان يلبوا الدعوة',
  ])('a lone given name that is also a word, between the verb and «إن»/«أن» (invented): %s', (expected) => expectExtracted(expected));
});

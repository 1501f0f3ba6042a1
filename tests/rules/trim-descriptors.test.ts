import { expectExtracted } from '../support/extracted-text';

describe('trim-descriptors: a descriptor stays outside an organization', () => {
  test.each(['اعلنت شركة [فورد](ORGANIZATION) الامريكية', 'ونقلت وكالة [فارس](ORGANIZATION) عن'])('%s', (expected) => expectExtracted(expected));
});

describe('trim-descriptors: a definite descriptor heads the name unless a name of its own follows', () => {
  test.each([
    'عمليات تفتيش باسم [الوكالة الدولية للطاقة الذرية](ORGANIZATION) .',
    'التابعة الى [الشركة العامة للبريد](ORGANIZATION) و',
    'تعادل النادي [المكناسي](ORGANIZATION) مع ضيفه',
    'وقال مدرب الفريق [الأهلي](ORGANIZATION) ان',
  ])('%s', (expected) => expectExtracted(expected));
});

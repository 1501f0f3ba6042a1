import { expectExtracted } from '../support/extracted-text';

describe('place-event: a place right after an event word names the event', () => {
  test.each(['وقعت الاطراف اتفاق الطائف عام 1989', 'فاز بلقب كأس إسبانيا للمرة الثانية'])('no place: %s', (expected) => expectExtracted(expected));
  test.each(['وقع اتفاق بين [مصر](COUNTRY) و[اسرائيل](COUNTRY)', 'عقد المؤتمر في [مدريد](PLACE)', 'في مؤتمر [مدريد](PLACE) للسلام', 'فوزه في جائزة [البحرين](COUNTRY) الكبرى'])('%s', (expected) =>
    expectExtracted(expected),
  );
});

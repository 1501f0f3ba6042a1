import { expectExtracted } from '../support/extracted-text';

describe('org-head: a head noun and its distinctive chain', () => {
  test.each([
    'اكد امين [المجلس الاعلى للامن القومي الايراني](ORGANIZATION) امس',
    'اعلن [حزب العمال البريطاني](ORGANIZATION) امس',
    'في [جامعة القاهرة](ORGANIZATION) اليوم',
  ])('%s', (expected) => expectExtracted(expected));

  test.each([
    'وتقوية جبهة الارهاب التكفيري المهزومة',
    'تزايد المساعي المنظمة لرعاة الارهاب',
    'مواصلة اسناد الجيش والقوات الشعبية السورية',
    'اجتماع مجالس الامن القومي للدول',
  ])('no organization: %s', (expected) => expectExtracted(expected));
});

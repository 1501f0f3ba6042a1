import { expectExtracted } from '../support/extracted-text';

describe('trim-titles: titles stay outside a person', () => {
  test.each(['في ذكرى استشهاد الإمام [الحسين](PERSON)', 'صاحب السمو الشيخ [حمد](PERSON)'])('%s', (expected) => expectExtracted(expected));
});

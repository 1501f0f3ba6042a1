import { expectExtracted, extractor } from '../support/extracted-text';

describe('source-line: credit lines name organizations', () => {
  test.each(['وقال ان الامر انتهى.\nالمصدر : [فارس](ORGANIZATION)', 'قال ان الامر انتهى ([أ ف ب](ORGANIZATION))'])('%s', (expected) =>
    expectExtracted(expected, ['ORGANIZATION']),
  );

  test('«فارس» alone is not taken for the agency', () => {
    expect(extractor.extract('وقال فارس ان').filter((e) => e.type === 'ORGANIZATION')).toEqual([]);
  });
});

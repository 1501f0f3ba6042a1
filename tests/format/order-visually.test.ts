import { orderVisually, type ParagraphDirection } from '../../src/format/order-visually';

/** The line as a left-to-right terminal would have to print it. */
function visual(line: string, direction: ParagraphDirection = 'auto'): string {
  return orderVisually(line, direction)
    .map((c) => c.mirrored ?? line.slice(c.start, c.end))
    .join('');
}

describe('orderVisually', () => {
  test.each<[string, ParagraphDirection, string]>([
    ['abc def', 'auto', 'abc def'],
    ['سلام', 'auto', 'مالس'],
    ['في موسكو', 'auto', 'وكسوم يف'],
    // numbers keep their logical order inside right-to-left text
    ['في 2017 زار', 'auto', 'راز 2017 يف'],
    ['الساعة 04:59 بتوقيت', 'auto', 'تيقوتب 04:59 ةعاسلا'],
    ['الثلاثاء ٢٣ مايو ٢٠١٧', 'auto', '٢٠١٧ ويام ٢٣ ءاثالثلا'],
    // a Latin run stays readable; brackets inside Arabic are mirrored
    ['زار New York اليوم', 'auto', 'مويلا New York راز'],
    ['في موسكو (روسيا)', 'auto', '(ايسور) وكسوم يف'],
    ['«روسيا»', 'auto', '«ايسور»'],
    // a number then Latin after Arabic: the space between them takes the paragraph direction
    ['مايو 2017 abc', 'auto', 'abc 2017 ويام'],
    // harakat stay after their letter
    ['مُحَمَّد', 'auto', 'دمَّحَمُ'],
    // a left-to-right line with Arabic inside
    ['PERSON  3–13  علي شمخاني', 'ltr', 'PERSON  3–13  يناخمش يلع'],
    // as in the Unicode algorithm, numbers right after Arabic belong to its run, even on a left-to-right line
    ['علي 3–13', 'ltr', '13–3 يلع'],
    ['', 'auto', ''],
  ])('%s (%s)', (line, direction, expected) => expect(visual(line, direction)).toBe(expected));

  test('the clusters partition the line: every code unit is printed exactly once', () => {
    const line = 'اكد علي شمخاني (Ali Shamkhani) في ٢٠١٧: «نعم»، 50% فقط!';
    const byStart = [...orderVisually(line)].sort((a, b) => a.start - b.start);
    let at = 0;
    for (const cluster of byStart) {
      expect(cluster.start).toBe(at);
      at = cluster.end;
    }
    expect(at).toBe(line.length);
  });
});

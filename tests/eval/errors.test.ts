import { evaluateConll, readConll, summarizeErrors, type EvalError } from '../../src/eval';
import { fakeExtractor, toConll } from './helpers';

function errorsOf(gold: readonly string[], predictions: readonly string[], contextTokens?: number): EvalError[] {
  const { extract } = fakeExtractor(predictions);
  const options = contextTokens === undefined ? { errors: true } : { errors: true, contextTokens };
  return [...(evaluateConll(readConll(toConll(gold)), extract, options).errors ?? [])];
}

/** `kind gold→predicted «text»` plus overlaps: compact enough for tables. */
function brief(error: EvalError): string {
  const overlaps = error.overlaps.map((o) => ` ~${o.type} «${o.text}»`).join('');
  return `${error.kind} ${error.gold ?? ''}→${error.predicted ?? ''} «${error.text}»${overlaps}`;
}

describe('errors', () => {
  it.each<[string, string[], string[], string[]]>([
    [
      'a false positive, a miss, and nothing for the correct chunk',
      ['[علي شمخاني](PER) زار [موسكو](LOC)'],
      ['[علي شمخاني](PERSON) [زار](PLACE) موسكو'],
      ['false-positive →LOC «زار»', 'miss LOC→ «موسكو»'],
    ],
    [
      'a boundary error shows what it overlaps on both sides',
      ['[جورج بوش](PER) قال'],
      ['جورج [بوش](PERSON) قال'],
      ['miss PER→ «جورج بوش» ~PER «بوش»', 'false-positive →PER «بوش» ~PER «جورج بوش»'],
    ],
    [
      'right span, wrong type: one type confusion, not a miss and a false positive',
      ['نشرت [الاهرام](ORG) امس'],
      ['نشرت [الاهرام](PLACE) امس'],
      ['type-confusion ORG→LOC «الاهرام»'],
    ],
    [
      'a prediction over gold MISC is a false positive that names the MISC chunk',
      ['اللغة [العربية](MISC) هنا'],
      ['اللغة [العربية](COUNTRY) هنا'],
      ['false-positive →LOC «العربية» ~MISC «العربية»'],
    ],
    [
      'an unpredicted MISC is not a miss',
      ['اللغة [العربية](MISC) هنا'],
      [],
      [],
    ],
    [
      'the chunk text is the gold tokens, proclitic included',
      ['زار [وروسيا](LOC) امس'],
      ['زار و[روسيا](PERSON) امس'],
      ['type-confusion LOC→PER «وروسيا»'],
    ],
  ])('%s', (_name, gold, predictions, expected) => {
    expect(errorsOf(gold, predictions).map(brief)).toEqual(expected);
  });

  it('locates each error by sentence index, file line and token range, with a context window', () => {
    const gold = ['اكد [علي شمخاني](PER)', 'قال ان الرئيس [جورج بوش](PER) سيزور العاصمة غدا مع وزير'];
    const [first, second, ...rest] = errorsOf(gold, [], 2);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ kind: 'miss', sentence: 0, line: 2, start: 1, end: 3, context: 'اكد [علي شمخاني]' });
    expect(second).toEqual({
      kind: 'miss',
      sentence: 1,
      line: 8, // 3 lines of sentence 0, a blank line, then قال ان الرئيس
      start: 3,
      end: 5,
      text: 'جورج بوش',
      gold: 'PER',
      predicted: null,
      context: '… ان الرئيس [جورج بوش] سيزور العاصمة …',
      overlaps: [],
    });
    expect(errorsOf(gold, [], 0)[1]?.context).toBe('… [جورج بوش] …');
  });

  it('balances with the counts: false positives + confusions = predicted − correct, misses + confusions = gold − correct', () => {
    const gold = [
      '[علي شمخاني](PER) زار [موسكو](LOC) و [الكرملين](ORG)',
      'نشرت [الاهرام](ORG) ان [جورج بوش](PER) في [العراق](LOC)',
    ];
    const predictions = [
      '[علي شمخاني](PERSON) [زار](PLACE) موسكو و [الكرملين](PLACE)',
      'نشرت [الاهرام](ORGANIZATION) ان جورج [بوش](PERSON) في [العراق](COUNTRY)',
    ];
    const { extract } = fakeExtractor(predictions);
    const report = evaluateConll(readConll(toConll(gold)), extract, { errors: true });
    const count = (kind: EvalError['kind']): number => (report.errors ?? []).filter((e) => e.kind === kind).length;
    const { gold: g, predicted: p, correct: c } = report.micro;
    expect([g, p, c]).toEqual([6, 6, 3]);
    expect(count('false-positive') + count('type-confusion')).toBe(p - c);
    expect(count('miss') + count('type-confusion')).toBe(g - c);
    expect(count('type-confusion')).toBe(1);
  });
});

describe('summarizeErrors', () => {
  it('groups by kind, text and types, most frequent first, ties in first-seen order', () => {
    const gold = [
      'قال [بوش](PER) في [واشنطن](LOC)',
      'ان [واشنطن](LOC) و [لندن](LOC)',
      'من [واشنطن](LOC) الى [لندن](LOC)',
      '[زار](LOC) [بوش](PER) العراق',
    ];
    const predictions = ['ان [واشنطن](ORGANIZATION) و', '[زار](PERSON)', 'و [لندن](PLACE)', '[العراق](COUNTRY)'];
    const groups = summarizeErrors(errorsOf(gold, predictions));
    expect(groups.map((g) => `${g.count} ${g.kind} ${g.gold ?? ''}→${g.predicted ?? ''} «${g.text}» ${g.sentences.join(',')}`)).toEqual([
      '2 miss PER→ «بوش» 0,3',
      '2 miss LOC→ «واشنطن» 0,2',
      '1 type-confusion LOC→ORG «واشنطن» 1',
      '1 miss LOC→ «لندن» 2',
      '1 type-confusion LOC→PER «زار» 3',
      '1 false-positive →LOC «العراق» 3',
    ]);
    expect(groups[0]?.example).toMatchObject({ sentence: 0, text: 'بوش' });
  });

  it('returns nothing for no errors', () => {
    expect(summarizeErrors([])).toEqual([]);
  });
});

import { createExtractor } from '../../src/index';
import { processJsonlBatch } from '../../src/stream/process-jsonl-batch';
import { annotate, TEST_OPTIONS } from './fixtures';

const extractor = createExtractor(TEST_OPTIONS);

type Output = { id: unknown; entities: Array<{ start: number; end: number; type: string; source?: unknown }> } | { id: unknown; line: number; error: string };

function run(lines: string[], options = {}, firstLine = 1): { outputs: Output[]; result: ReturnType<typeof processJsonlBatch> } {
  const bytes = Buffer.from(lines.map((l) => `${l}\n`).join(''), 'utf8');
  const result = processJsonlBatch({ bytes, firstLine, byteOffset: 0 }, extractor, options);
  return { outputs: result.output.trimEnd().split('\n').map((l) => JSON.parse(l) as Output), result };
}

describe('processJsonlBatch', () => {
  test.each<[string, unknown, string]>([
    ['{"id":1,"text":"اكد علي شمخاني في موسكو"}', 1, 'اكد [علي شمخاني](PERSON) في [موسكو](PLACE)'],
    ['{"text":"وروسيا"}', null, 'و[روسيا](COUNTRY)'],
    ['{"id":{"k":[1]},"text":"ايران","extra":true}', { k: [1] }, '[ايران](COUNTRY)'],
    ['{"id":"x","text":""}', 'x', ''],
    ['{"id":4,"text":"في موسكو"}\r', 4, 'في [موسكو](PLACE)'],
  ])('good line %s', (line, id, expected) => {
    const { outputs } = run([line]);
    const output = outputs[0] as Output;
    expect(output.id).toEqual(id);
    if (!('entities' in output)) throw new Error(`expected entities, got ${JSON.stringify(output)}`);
    const text = (JSON.parse(line) as { text: string }).text;
    expect(annotate(text, output.entities)).toBe(expected);
  });

  test.each<[string, unknown, RegExp]>([
    ['', null, /^empty line$/],
    ['   ', null, /^empty line$/],
    ['{"id":2}', 2, /^missing "text" field$/],
    ['{"id":"x","text":5}', 'x', /^"text" must be a string, got number$/],
    ['{"id":"y","text":null}', 'y', /^"text" must be a string, got null$/],
    ['[1,2]', null, /^expected a JSON object like \{"id": …, "text": "…"\}, got an array$/],
    ['null', null, /got null$/],
    ['"just a string"', null, /got string$/],
    ['not json', null, /^invalid JSON: /],
    ['{"id":3,"text":"a"', null, /^invalid JSON: /],
  ])('bad line %j → error record', (line, id, message) => {
    const { outputs, result } = run(['{"id":0,"text":"x"}', line], {}, 7);
    const output = outputs[1] as Output;
    expect(output).toEqual({ id, line: 8, error: expect.stringMatching(message) });
    expect(result.failures).toEqual([{ line: 8, id, message: (output as { error: string }).error }]);
  });

  test('exactly one output line per input line, in order', () => {
    const lines = Array.from({ length: 50 }, (_, i) => (i % 7 === 3 ? `broken ${i}` : JSON.stringify({ id: i, text: i % 2 ? 'روسيا' : 'لا' })));
    const { outputs, result } = run(lines);
    expect(result.records).toBe(50);
    expect(outputs.map((o) => ('line' in o ? `error@${o.line}` : o.id))).toEqual(lines.map((l, i) => (l.startsWith('broken') ? `error@${i + 1}` : i)));
  });

  test('textField, idField and explain', () => {
    const { outputs } = run(['{"doc":"d1","body":"في موسكو"}'], { textField: 'body', idField: 'doc', explain: true });
    expect(outputs[0]).toMatchObject({ id: 'd1', entities: [{ text: 'موسكو', source: { kind: 'lexicon', id: 'place:moscow' } }] });
    expect(run(['{"id":1,"text":"x"}'], { textField: 'body' }).outputs[0]).toEqual({ id: 1, line: 1, error: 'missing "body" field' });
  });

  test('a byte order mark at the start of the input is not a JSON error', () => {
    const bytes = Buffer.from('\uFEFF{"id":1,"text":"روسيا"}\n', 'utf8');
    const result = processJsonlBatch({ bytes, firstLine: 1, byteOffset: 0 }, extractor);
    expect(result.failures).toEqual([]);
  });

  test('invalid UTF-8 is replaced and located by byte offset and line', () => {
    const good = Buffer.from('{"id":1,"text":"روسيا"}\n', 'utf8');
    const bad = Buffer.concat([Buffer.from('{"id":2,"text":"ا', 'utf8'), Buffer.from([0xff, 0xfe]), Buffer.from(' موسكو"}\n', 'utf8')]);
    const result = processJsonlBatch({ bytes: Buffer.concat([good, bad]), firstLine: 10, byteOffset: 1000 }, extractor);
    expect(result.utf8).toEqual({ count: 2, firstOffset: 1000 + good.length + Buffer.byteLength('{"id":2,"text":"ا'), firstLine: 11 });
    const second = JSON.parse(result.output.split('\n')[1] as string) as { entities: Array<{ text: string }> };
    expect(second.entities.map((e) => e.text)).toEqual(['موسكو']);
    expect(result.failures).toEqual([]);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor } from '../../src/extractor';
import { createTaggerModel, decodeModel, encodeModel, loadModel, ModelError, MODEL_PATH } from '../../src/tag/model-file';
import { LABEL_COUNT } from '../../src/tag/tag-labels';
import { createTempDir } from '../support/create-temp-dir';

const parts = {
  header: { id: 'tagger-test', featuresVersion: 0, trainerVersion: 0, inputs: {}, lexicons: [], hyperParameters: {}, seed: 1 },
  featureIds: Uint32Array.from([3, 70, 9000]),
  weights: Float32Array.from({ length: 3 * LABEL_COUNT }, (_, i) => (i % 7) - 3.5),
  transitions: new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT).fill(0.25),
  nameCounts: { hashes: Int32Array.from([-5, 12]), buckets: Uint8Array.from([1, 4]) },
};

describe('the model file', () => {
  const dir = createTempDir('alam-model-');

  test('round trip: ids, weights within a quantum, transitions, name counts', () => {
    const model = decodeModel(encodeModel(parts), 'test.bin');
    expect(model.rowOf[70]).toBe(1);
    expect(model.rowOf[71]).toBe(-1);
    parts.weights.forEach((w, i) => expect(Math.abs((model.weights[i] as number) - w)).toBeLessThanOrEqual(model.header.scale));
    expect([...model.transitions]).toEqual([...parts.transitions]);
    expect([...model.nameCounts.hashes]).toEqual([-5, 12]);
    expect(model.header.id).toBe('tagger-test');
  });

  test("training's model from float weights scores as the file would: the same int16 weights and scale", () => {
    const file = decodeModel(encodeModel(parts), 'test.bin');
    const trained = createTaggerModel({ ...file.header, scale: 1 }, file.rowOf, parts.weights, parts.transitions, parts.nameCounts);
    expect([...trained.quantized]).toEqual([...file.quantized]);
    expect(trained.header.scale).toBe(file.header.scale);
    expect([...trained.weights]).toEqual([...file.weights]);
  });

  test('missing, foreign, truncated: a ModelError naming the file', () => {
    const missing = join(dir, 'none.bin');
    expect(() => loadModel(missing)).toThrow(ModelError);
    expect(() => loadModel(missing)).toThrow(missing);
    const foreign = join(dir, 'foreign.bin');
    writeFileSync(foreign, 'not a model at all');
    expect(() => loadModel(foreign)).toThrow(`${foreign}: not a tagger model`);
    const truncated = join(dir, 'truncated.bin');
    writeFileSync(truncated, encodeModel(parts).subarray(0, 200));
    expect(() => loadModel(truncated)).toThrow(`${truncated}: the model file is`);
  });

  test('a model read from its file reads its weights when first used: the same weights; a file rewritten since fails then, naming it', () => {
    const file = join(dir, 'model.bin');
    const bytes = encodeModel(parts);
    writeFileSync(file, bytes);
    const whole = decodeModel(bytes, file);
    const loaded = loadModel(file);
    expect(loaded.rowOfFeature(9000)).toBe(2);
    expect(loaded.rowOfFeature(71)).toBe(-1);
    expect([...loaded.loadRow(2).subarray(2 * LABEL_COUNT, 3 * LABEL_COUNT)]).toEqual([...whole.quantized.subarray(2 * LABEL_COUNT, 3 * LABEL_COUNT)]);
    expect([...loaded.quantized]).toEqual([...whole.quantized]);
    expect([...loaded.transitions]).toEqual([...whole.transitions]);
    const again = loadModel(file);
    writeFileSync(file, Buffer.concat([bytes, Buffer.alloc(4)]));
    expect(() => again.loadRow(0)).toThrow(`${file}: the model file was rewritten since it was loaded`);
  });

  test('the shipped model loads, and names its inputs', () => {
    const model = loadModel(MODEL_PATH);
    expect(model.header.id).toMatch(/^tagger-[0-9a-f]{8}$/);
    expect(Object.keys(model.header.inputs)).toEqual(expect.arrayContaining(['corpora/wikifane/all.conll']));
    expect(readFileSync(MODEL_PATH).length).toBeLessThanOrEqual(8e6);
  });

  test('a bad model option is a TypeError naming what was expected; model: false needs no model', () => {
    expect(() => createExtractor({ model: 'yes' as unknown as boolean })).toThrow(new TypeError('option "model": expected a boolean, got string'));
    expect(createExtractor({ model: false }).extract('وصل الى موسكو امس').map((e) => e.text)).toEqual(['موسكو']);
  });
});

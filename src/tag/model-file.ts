import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../package-paths';
import { LABEL_COUNT } from './tag-labels';
import { FEATURE_BITS, type NameCounts } from './token-features';

/**
 * The model file (`data/model.bin`, written by `npm run train`): the magic string, a uint32 header
 * length, a JSON header naming the model's inputs by hash (the freshness test reads it), then the
 * sections, each aligned to 4 bytes: the kept feature ids (uint32, ascending), their weights per
 * label (int16, times `scale`), the transition scores (float32), the Wikidata name-token hashes
 * (int32, ascending) and their count buckets (uint8). `loadModel` reads all but the weights at once,
 * and the weights when first used (loadRow); `decodeModel` makes views on bytes already read.
 */
const MAGIC = 'ALAMTAG1';

/** What the model was trained from and how: every field the freshness test recomputes or compares. */
export interface ModelHeader {
  readonly format: 1;
  /** The model's name in provenance (`source.id` of its entities). */
  readonly id: string;
  readonly featuresVersion: number;
  readonly trainerVersion: number;
  readonly featureBits: number;
  /** sha256 of each training input: the corpus files (ANERcorp cut at TRAIN80), the name-token list. */
  readonly inputs: Readonly<Record<string, string>>;
  /** The `sourceHash` of every lexicon trained over: the full build, then each jackknife fold. */
  readonly lexicons: readonly string[];
  readonly hyperParameters: Readonly<Record<string, number | string | boolean>>;
  readonly seed: number;
  /** Dequantization: weight = int16 * scale. */
  readonly scale: number;
  readonly counts: { readonly features: number; readonly names: number };
}

/** The model as the tagger uses it. */
export interface TaggerModel {
  readonly header: ModelHeader;
  /**
   * Per feature id (2^FEATURE_BITS): its row in `weights`, or -1 when the model has no weight for it.
   * A 4 MB table: a model read from a file builds it on first read (training's checks and the tests
   * read it; the tagger asks `rowOfFeature`).
   */
  readonly rowOf: Int32Array;
  /** The row of feature id `feature` in `weights`, or -1 when the model has no weight for it (`rowOf[feature]`). */
  readonly rowOfFeature: (feature: number) => number;
  /**
   * LABEL_COUNT weights per row as int16, times `header.scale`: what the tagger sums. Integers add
   * exactly and in any order, and a row is 18 bytes, half a float32 row; the tagger multiplies each
   * token's nine sums by the scale once (tag-entities.ts).
   */
  readonly quantized: Int16Array;
  /**
   * `quantized`, with the weights of row `row` in it: a model read by `loadModel` reads its weights
   * from the file when first used, WEIGHT_CHUNK_ROWS rows at a time (reading `quantized` itself reads
   * them all). What the tagger reads weights through.
   */
  readonly loadRow: (row: number) => Int16Array;
  /**
   * The same weights as float32 (`quantized` times the scale), all of them: converted on first read
   * (training's checks and the tests read it; the tagger does not).
   */
  readonly weights: Float32Array;
  /** `transitions[from * LABEL_COUNT + to]`; from = LABEL_COUNT is the start of a line. */
  readonly transitions: Float32Array;
  readonly nameCounts: NameCounts;
}

/** A model file that cannot be read or is not a model; names the file. */
export class ModelError extends Error {
  readonly file: string;

  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'ModelError';
    this.file = file;
  }
}

/** Where the model lives. */
export const MODEL_PATH = join(DATA_DIR, 'model.bin');

export interface ModelParts {
  readonly header: Omit<ModelHeader, 'scale' | 'counts' | 'featureBits' | 'format'>;
  /** Ascending feature ids and their LABEL_COUNT weights each. */
  readonly featureIds: Uint32Array;
  readonly weights: Float32Array;
  readonly transitions: Float32Array;
  readonly nameCounts: NameCounts;
}

const align = (n: number): number => (n + 3) & ~3;

/** Weights as int16 over the largest magnitude: weight ≈ quantized * scale, within half a quantum. */
export function quantizeWeights(weights: Float32Array): { scale: number; quantized: Int16Array } {
  let largest = 0;
  for (let i = 0; i < weights.length; i++) largest = Math.max(largest, Math.abs(weights[i]));
  const scale = largest > 0 ? largest / 32767 : 1;
  const quantized = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) quantized[i] = Math.round(weights[i] / scale);
  return { scale, quantized };
}

/** The bytes of a model: weights quantized to int16 over the largest magnitude. */
export function encodeModel(parts: ModelParts): Buffer {
  const { featureIds, transitions, nameCounts } = parts;
  const { scale, quantized } = quantizeWeights(parts.weights);
  const header: ModelHeader = {
    format: 1,
    ...parts.header,
    featureBits: FEATURE_BITS,
    scale,
    counts: { features: featureIds.length, names: nameCounts.hashes.length },
  };
  const sections: Uint8Array[] = [
    new Uint8Array(featureIds.buffer, featureIds.byteOffset, featureIds.byteLength),
    new Uint8Array(quantized.buffer),
    new Uint8Array(transitions.buffer, transitions.byteOffset, transitions.byteLength),
    new Uint8Array(nameCounts.hashes.buffer, nameCounts.hashes.byteOffset, nameCounts.hashes.byteLength),
    nameCounts.buckets,
  ];
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const headerEnd = align(MAGIC.length + 4 + json.length);
  let size = headerEnd;
  for (const section of sections) size += align(section.byteLength);
  const out = Buffer.alloc(size);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, MAGIC.length);
  json.copy(out, MAGIC.length + 4);
  let at = headerEnd;
  for (const section of sections) {
    out.set(section, at);
    at += align(section.byteLength);
  }
  return out;
}

let bundled: TaggerModel | undefined;

/** The shipped model, read on first use and kept (it is immutable): importing alam reads nothing. */
export function loadBundledModel(): TaggerModel {
  if (!bundled) bundled = loadModel(MODEL_PATH);
  return bundled;
}

/** Rows of weights read at a time (4.5 KB): a cold start's few words need a few dozen of the 977 chunks. */
const WEIGHT_CHUNK_ROWS = 256;

/** Closes the file of a model that is no longer used (a loaded model keeps it open for its weights). */
const closeWhenCollected = new FinalizationRegistry<number>((fd) => closeSync(fd));

/**
 * Reads a model file; a missing, truncated or foreign file is a ModelError naming it. The ids,
 * transitions and name counts are read now (1.3 MB), the weights (4.5 MB) when first used, through
 * the file opened here: reading all 5.75 MB, whose fresh pages are most of a read's cost, was about
 * 19 ms of CPU on the loaded machine, where 1.3 MB take 5 (bench/README.md, cold start). A file
 * replaced later (npm run train writes a new one) does not reach a model already loaded; a file
 * rewritten in place fails the next read of weights, which names it (as the compiled lexicon does).
 */
export function loadModel(file: string = MODEL_PATH): TaggerModel {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new ModelError(file, `cannot read the tagger model (${(error as Error).message}); option model: false runs without it`);
  }
  try {
    const opened = fstatSync(fd);
    // Into its own ArrayBuffer, from offset 0: aligned for the views on it.
    const read = (position: number, length: number, into: Uint8Array = new Uint8Array(length)): Uint8Array => {
      const { size, mtimeMs } = fstatSync(fd);
      if (size !== opened.size || mtimeMs !== opened.mtimeMs) throw new ModelError(file, 'the model file was rewritten since it was loaded (restart the process)');
      let done = 0;
      while (done < length) {
        const n = readSync(fd, into, done, length - done, position + done);
        if (n === 0) throw new ModelError(file, `the model file is truncated: ${length} bytes at ${position}`);
        done += n;
      }
      return into;
    };
    const start = Buffer.from(read(0, Math.min(opened.size, MAGIC.length + 4)));
    const json = start.length === MAGIC.length + 4 && start.toString('latin1', 0, MAGIC.length) === MAGIC ? start.readUInt32LE(MAGIC.length) : 0;
    const header = readModelHeader(Buffer.from(read(0, Math.min(opened.size, MAGIC.length + 4 + json))), file);
    const model = readSections(header, json, opened.size, file, (position, length) => read(position, length), (position, length, into) => read(position, length, into));
    closeWhenCollected.register(model, fd);
    return model;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** Reads the header only (the freshness test). */
export function readModelHeader(bytes: Buffer, file: string): ModelHeader {
  if (bytes.length < MAGIC.length + 4 || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new ModelError(file, `not a tagger model (expected it to start with ${MAGIC}); run npm run train`);
  }
  const length = bytes.readUInt32LE(MAGIC.length);
  if (MAGIC.length + 4 + length > bytes.length) throw new ModelError(file, 'the model file is truncated (its header runs past its end)');
  let header: ModelHeader;
  try {
    header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + length)) as ModelHeader;
  } catch (error) {
    throw new ModelError(file, `the model header is not JSON (${(error as Error).message})`);
  }
  if (header.format !== 1 || header.featureBits !== FEATURE_BITS || !header.counts) {
    throw new ModelError(file, `unsupported model format ${String(header.format)} with ${String(header.featureBits)} feature bits (expected format 1, ${FEATURE_BITS} bits); run npm run train`);
  }
  return header;
}

/** A model from the bytes of a whole model file (training checks the file it wrote). */
export function decodeModel(bytes: Buffer, file: string): TaggerModel {
  const header = readModelHeader(bytes, file);
  // Views on the bytes where they are aligned for them (readFileSync gives a large file its own
  // buffer, from offset 0); otherwise one aligned copy (a small Buffer may sit anywhere in a pool).
  const { buffer, byteOffset } = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  const view = (position: number, length: number): Uint8Array => new Uint8Array(buffer, byteOffset + position, length);
  return readSections(header, bytes.readUInt32LE(MAGIC.length), bytes.length, file, view);
}

/**
 * The model whose file is `size` bytes and starts with `header` (`json` bytes of it): `read(position, length)` gives
 * its bytes, aligned to 4; `readWeights`, when given, reads the weights' bytes into the array
 * given, chunk by chunk on first use (loadModel), and otherwise they are read at once.
 */
function readSections(
  header: ModelHeader,
  json: number,
  size: number,
  file: string,
  read: (position: number, length: number) => Uint8Array,
  readWeights?: (position: number, length: number, into: Uint8Array) => void,
): TaggerModel {
  const { features, names } = header.counts;
  const sizes = [features * 4, features * LABEL_COUNT * 2, (LABEL_COUNT + 1) * LABEL_COUNT * 4, names * 4, names];
  const starts: number[] = [];
  let at = align(MAGIC.length + 4 + json);
  for (const length of sizes) {
    starts.push(at);
    at += align(length);
  }
  if (size !== at) throw new ModelError(file, `the model file is ${size} bytes, its header describes ${at}; it is truncated or corrupt`);
  const section = (k: number): { buffer: ArrayBufferLike; byteOffset: number } => read(starts[k], sizes[k]);
  const ids = section(0);
  const featureIds = new Uint32Array(ids.buffer, ids.byteOffset, features);
  // The sections kept past loading are copied out of the bytes, the weights aside.
  const transitionBytes = section(2);
  const transitions = new Float32Array(transitionBytes.buffer, transitionBytes.byteOffset, (LABEL_COUNT + 1) * LABEL_COUNT).slice();
  const hashBytes = section(3);
  const hashes = new Int32Array(hashBytes.buffer, hashBytes.byteOffset, names).slice();
  const bucketBytes = section(4);
  const buckets = new Uint8Array(bucketBytes.buffer, bucketBytes.byteOffset, names).slice();
  const rowOfFeature = findFeatureRows(featureIds, file);
  let quantized: Int16Array;
  let loadRow: (row: number) => Int16Array;
  if (readWeights) {
    quantized = new Int16Array(features * LABEL_COUNT);
    const loaded = new Uint8Array(Math.ceil(features / WEIGHT_CHUNK_ROWS));
    const bytes = new Uint8Array(quantized.buffer);
    const chunkBytes = WEIGHT_CHUNK_ROWS * LABEL_COUNT * 2;
    loadRow = (row: number): Int16Array => {
      const chunk = Math.floor(row / WEIGHT_CHUNK_ROWS);
      if (loaded[chunk] === 0) {
        const from = chunk * chunkBytes;
        const length = Math.min(chunkBytes, sizes[1] - from);
        readWeights(starts[1] + from, length, bytes.subarray(from, from + length));
        loaded[chunk] = 1;
      }
      return quantized;
    };
  } else {
    const weightBytes = section(1);
    quantized = new Int16Array(weightBytes.buffer, weightBytes.byteOffset, features * LABEL_COUNT);
    loadRow = () => quantized;
  }
  const scale = header.scale;
  let weights: Float32Array | undefined;
  let rowOf: Int32Array | undefined;
  let all = readWeights === undefined;
  return {
    header,
    get rowOf(): Int32Array {
      rowOf ??= rowTable(featureIds);
      return rowOf;
    },
    rowOfFeature,
    get quantized(): Int16Array {
      if (!all) for (let row = 0; row < features; row += WEIGHT_CHUNK_ROWS) loadRow(row);
      all = true;
      return quantized;
    },
    loadRow,
    get weights(): Float32Array {
      weights ??= dequantize(this.quantized, scale);
      return weights;
    },
    transitions,
    nameCounts: { hashes, buckets },
  };
}

/** The feature ids' high bits that pick a bucket (findFeatureRows): 4,096 buckets of about 61 of the model's 250,000 ids. */
const BUCKET_BITS = 12;

/**
 * The row of a feature id, searched among the model's ascending ids within the bucket of its high
 * bits: no 4 MB table indexed by id (`rowOf`), which took about a tenth of a cold start to fill
 * (cleared, then 250,000 rows written at random). Each bucket's bounds are searched for when first
 * needed, and its ids checked then (ascending, in the bucket: a corrupt file is a ModelError):
 * a loop over all 250,000 ids at load runs in the interpreter, some 10 ms. The tagger asks once
 * per feature of a word it has not seen before (its rows are cached per word type) and once per
 * evidence feature it meets (kept in its evidence table).
 */
function findFeatureRows(featureIds: Uint32Array, file: string): (feature: number) => number {
  const shift = FEATURE_BITS - BUCKET_BITS;
  const count = featureIds.length;
  if (count > 0 && featureIds[count - 1] >= 1 << FEATURE_BITS) throw new ModelError(file, 'a feature id is out of range; the model file is corrupt');
  /** Per bucket b: the first row whose id is in bucket b or later, once searched for (-1: not yet). */
  const bound = new Int32Array((1 << BUCKET_BITS) + 1).fill(-1);
  const checked = new Uint8Array(1 << BUCKET_BITS);
  const search = (feature: number, low: number, high: number): number => {
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (featureIds[middle] < feature) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const boundOf = (bucket: number): number => {
    if (bound[bucket] < 0) bound[bucket] = search(bucket << shift, 0, count);
    return bound[bucket];
  };
  return (feature: number): number => {
    const bucket = feature >>> shift;
    const low = boundOf(bucket);
    const high = boundOf(bucket + 1);
    if (checked[bucket] === 0) {
      for (let row = low; row < high; row++) {
        if (featureIds[row] >>> shift !== bucket || (row > low && featureIds[row] <= featureIds[row - 1])) throw new ModelError(file, `feature ${row} is out of order; the model file is corrupt`);
      }
      checked[bucket] = 1;
    }
    const row = search(feature, low, high);
    return row < high && featureIds[row] === feature ? row : -1;
  };
}

/** `rowOf` of a model read from a file: per feature id, its row or -1. */
function rowTable(featureIds: Uint32Array): Int32Array {
  const rowOf = new Int32Array(1 << FEATURE_BITS).fill(-1);
  featureIds.forEach((id, row) => (rowOf[id] = row));
  return rowOf;
}

function dequantize(quantized: Int16Array, scale: number): Float32Array {
  const weights = new Float32Array(quantized.length);
  for (let i = 0; i < quantized.length; i++) weights[i] = quantized[i] * scale;
  return weights;
}

/**
 * A model from weights in float32 (training scores each epoch's): quantized as `encodeModel` writes
 * them, so that it scores as the model file would (pruning aside).
 */
export function createTaggerModel(header: ModelHeader, rowOf: Int32Array, weights: Float32Array, transitions: Float32Array, nameCounts: NameCounts): TaggerModel {
  const { scale, quantized } = quantizeWeights(weights);
  return { header: { ...header, scale }, rowOf, rowOfFeature: (feature) => rowOf[feature], quantized, loadRow: () => quantized, weights: dequantize(quantized, scale), transitions, nameCounts };
}

import { endianness } from 'node:os';
import type { LexiconArtifact } from './lexicon-types';
import { blockReader, type StringColumn } from './string-column';
import { LexiconError } from './lexicon-error';

/**
 * The artifact file: the magic string, a uint32 header length, a JSON header (format, hash, counts,
 * collisions, the compiled cue classes and the section table), then the sections, each aligned to 8
 * bytes: Int32, Uint16 and Uint8 arrays and texts (latin1 when every code unit fits a byte, UTF-16LE
 * otherwise). Loading is one file read and a view per section; a text is decoded when first read
 * (the ids and forms as written serve output and other folds, not matching). The magic names the
 * layout: bump it when the layout changes.
 */
const MAGIC = 'ALAMLEX5';

type SectionKind = 'i32' | 'u16' | 'u8' | 'latin1' | 'utf16';
interface Section {
  readonly name: string;
  readonly kind: SectionKind;
  readonly offset: number;
  readonly bytes: number;
}
interface Header {
  readonly format: LexiconArtifact['format'];
  readonly sourceHash: string;
  readonly counts: LexiconArtifact['counts'];
  readonly collisions: LexiconArtifact['collisions'];
  readonly cues: LexiconArtifact['cues'];
  readonly sections: readonly Section[];
}

type SectionValue = Int32Array | Uint16Array | Uint8Array | string;

function flatten(artifact: LexiconArtifact): [string, SectionValue][] {
  const out: [string, SectionValue][] = [];
  const column = (name: string, c: StringColumn): void => {
    out.push([`${name}.text`, c.text], [`${name}.offsets`, c.offsets]);
  };
  column('entryIds', artifact.entryIds);
  out.push(['entryTypes', artifact.entryTypes]);
  column('entrySubtypes', artifact.entrySubtypes);
  column('entryCountries', artifact.entryCountries);
  out.push(['entryFlags', artifact.entryFlags], ['entryRanks', artifact.entryRanks]);
  column('entryForms', artifact.entryForms);
  const { words, trie } = artifact;
  out.push(
    ['words.slots', words.slots],
    ['words.pool', words.pool],
    ['words.keyStart', words.keyStart],
    ['words.keyLength', words.keyLength],
    ['words.keyHash', words.keyHash],
    ['words.flags', words.flags],
    ['trie.edgeNode', trie.edgeNode],
    ['trie.edgeWord', trie.edgeWord],
    ['trie.edgeChild', trie.edgeChild],
    ['trie.nodeForm', trie.nodeForm],
    ['formStart', artifact.formStart],
    ['formSize', artifact.formSize],
    ['entryList', artifact.entryList],
    ['formCues', artifact.formCues],
    ['entryTypeCode', artifact.entryTypeCode],
  );
  column('commonWords', artifact.commonWords);
  column('stopwords', artifact.stopwords);
  column('homographs', artifact.homographs);
  return out;
}

function toBytes(value: SectionValue): { kind: SectionKind; bytes: Buffer } {
  if (typeof value === 'string') {
    const latin1 = !/[^\u0000-\u00ff]/.test(value);
    return { kind: latin1 ? 'latin1' : 'utf16', bytes: Buffer.from(value, latin1 ? 'latin1' : 'utf16le') };
  }
  if (value instanceof Uint8Array) return { kind: 'u8', bytes: Buffer.from(value) };
  const bytes = Buffer.alloc(value.byteLength);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (value instanceof Int32Array) {
    for (let i = 0; i < value.length; i++) view.setInt32(i * 4, value[i], true);
    return { kind: 'i32', bytes };
  }
  for (let i = 0; i < value.length; i++) view.setUint16(i * 2, value[i], true);
  return { kind: 'u16', bytes };
}

/** Serializes an artifact; the same artifact always gives the same bytes. */
export function encodeArtifact(artifact: LexiconArtifact): Buffer {
  const parts = flatten(artifact).map(([name, value]) => ({ name, ...toBytes(value) }));
  const sections: Section[] = [];
  let offset = 0;
  for (const part of parts) {
    sections.push({ name: part.name, kind: part.kind, offset, bytes: part.bytes.length });
    offset += align8(part.bytes.length);
  }
  const header: Header = { format: artifact.format, sourceHash: artifact.sourceHash, counts: artifact.counts, collisions: artifact.collisions, cues: artifact.cues, sections };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const start = align8(MAGIC.length + 4 + headerBytes.length);
  const out = Buffer.alloc(start + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, MAGIC.length);
  headerBytes.copy(out, MAGIC.length + 4);
  parts.forEach((part, i) => part.bytes.copy(out, start + sections[i].offset));
  return out;
}

/**
 * Reads an artifact from its bytes: numeric sections are views over `bytes` (little-endian
 * machines), texts are decoded when first read.
 */
export function decodeArtifact(bytes: Buffer, file = 'lexicon artifact'): LexiconArtifact {
  if (bytes.length < MAGIC.length + 4 || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new LexiconError(`not an ${MAGIC} lexicon artifact (run \`npm run compile:lexicons\`)`, { file });
  }
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  const header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength)) as Header;
  const start = align8(MAGIC.length + 4 + headerLength);
  const sections = new Map<string, Section>();
  for (const section of header.sections) {
    if (start + section.offset + section.bytes > bytes.length) throw new LexiconError(`truncated section ${section.name}`, { file });
    sections.set(section.name, section);
  }
  const aligned = bytes.byteOffset % 8 === 0 && endianness() === 'LE';
  const find = (name: string): Section => {
    const section = sections.get(name);
    if (section === undefined) throw new LexiconError(`missing section ${name}`, { file });
    return section;
  };
  const get = <T extends SectionValue>(name: string): T => {
    const section = find(name);
    return readSection(bytes, section, start + section.offset, aligned) as T;
  };
  /** A text section, checked now and decoded on first read. */
  const text = (name: string): (() => string) => {
    const section = find(name);
    let value: string | undefined;
    return () => (value ??= readSection(bytes, section, start + section.offset, aligned) as string);
  };
  const column = (name: string): StringColumn => {
    const read = text(`${name}.text`);
    const section = find(`${name}.text`);
    const from = start + section.offset;
    const offsets = get<Int32Array>(`${name}.offsets`);
    const unit = section.kind === 'latin1' ? 1 : 2;
    const encoding = section.kind === 'latin1' ? 'latin1' : 'utf16le';
    return {
      get text(): string {
        return read();
      },
      offsets,
      value: blockReader(offsets, (a, b) => bytes.toString(encoding, from + a * unit, from + b * unit)),
    };
  };
  const entryTypes = text('entryTypes');
  return {
    format: header.format,
    sourceHash: header.sourceHash,
    counts: header.counts,
    collisions: header.collisions,
    cues: header.cues,
    entryIds: column('entryIds'),
    get entryTypes(): string {
      return entryTypes();
    },
    entrySubtypes: column('entrySubtypes'),
    entryCountries: column('entryCountries'),
    entryFlags: get<Int32Array>('entryFlags'),
    entryRanks: get<Int32Array>('entryRanks'),
    entryForms: column('entryForms'),
    words: {
      slots: get<Int32Array>('words.slots'),
      pool: get<Uint16Array>('words.pool'),
      keyStart: get<Int32Array>('words.keyStart'),
      keyLength: get<Int32Array>('words.keyLength'),
      keyHash: get<Int32Array>('words.keyHash'),
      flags: get<Int32Array>('words.flags'),
    },
    trie: {
      edgeNode: get<Int32Array>('trie.edgeNode'),
      edgeWord: get<Int32Array>('trie.edgeWord'),
      edgeChild: get<Int32Array>('trie.edgeChild'),
      nodeForm: get<Int32Array>('trie.nodeForm'),
    },
    formStart: get<Int32Array>('formStart'),
    formSize: get<Int32Array>('formSize'),
    entryList: get<Int32Array>('entryList'),
    formCues: get<Int32Array>('formCues'),
    entryTypeCode: get<Uint8Array>('entryTypeCode'),
    commonWords: column('commonWords'),
    stopwords: column('stopwords'),
    homographs: column('homographs'),
  };
}

function readSection(bytes: Buffer, section: Section, from: number, aligned: boolean): SectionValue {
  switch (section.kind) {
    case 'latin1':
      return bytes.toString('latin1', from, from + section.bytes);
    case 'utf16':
      return bytes.toString('utf16le', from, from + section.bytes);
    case 'u8':
      return new Uint8Array(bytes.buffer, bytes.byteOffset + from, section.bytes);
    case 'i32': {
      if (aligned) return new Int32Array(bytes.buffer, bytes.byteOffset + from, section.bytes / 4);
      const out = new Int32Array(section.bytes / 4);
      for (let i = 0; i < out.length; i++) out[i] = bytes.readInt32LE(from + i * 4);
      return out;
    }
    case 'u16': {
      if (aligned) return new Uint16Array(bytes.buffer, bytes.byteOffset + from, section.bytes / 2);
      const out = new Uint16Array(section.bytes / 2);
      for (let i = 0; i < out.length; i++) out[i] = bytes.readUInt16LE(from + i * 2);
      return out;
    }
  }
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

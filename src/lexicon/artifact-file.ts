import { endianness } from 'node:os';
import type { LexiconArtifact } from './lexicon-types';
import { blockReader, type StringColumn } from './string-column';
import { LexiconError } from './lexicon-error';

/**
 * The artifact file: the magic string, a uint32 header length, a JSON header (format, hash, counts,
 * collisions, the compiled cue classes and the section table), then the sections, each aligned to 8
 * bytes: Int32, Uint16 and Uint8 arrays and texts (latin1 when every code unit fits a byte, UTF-16LE
 * otherwise). The sections matching reads come first, and loading reads them only, in one read, as
 * views; the others (the texts as written, their offsets, the ranks, and the words' hashes, starts
 * and lengths by id, which only a rebuilt index or a word asked for by id needs: a lookup finds a
 * word's start and length in its slot) are read when first used, a text 256 values at a time: one entity's id reads a
 * few KB of the 1.7 MB of ids. Every page a read fills is a page the process touches for the first
 * time, the costliest part of loading. The magic names the layout: bump it when the layout changes.
 */
const MAGIC = 'ALAMLEX6';
/** Sections read when first used, not at load. */
const COLD = /\.(text|offsets)$|^entryTypes$|^entryRanks$|^words\.key(Hash|Start|Length)$/;

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
const LITTLE_ENDIAN = endianness() === 'LE';

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
    ['trie.root', trie.root],
    ['trie.edges', trie.edges],
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
  const flat = flatten(artifact);
  const parts = [...flat.filter(([name]) => !COLD.test(name)), ...flat.filter(([name]) => COLD.test(name))].map(([name, value]) => ({ name, ...toBytes(value) }));
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
 * Where an artifact's bytes are read from: `read(position, length)` gives those bytes (a file read,
 * or a view of bytes in memory).
 */
export interface ArtifactSource {
  readonly name: string;
  read(position: number, length: number): Buffer;
}

/** Reads an artifact held in memory. */
export function decodeArtifact(bytes: Buffer, file = 'lexicon artifact'): LexiconArtifact {
  return readArtifact({
    name: file,
    read: (position, length) => {
      if (position + length > bytes.length) throw new LexiconError(`truncated: ${length} bytes at ${position} past its end (${bytes.length})`, { file });
      return bytes.subarray(position, position + length);
    },
  });
}

/**
 * Reads an artifact: the header and the sections matching reads now (views on one read), the others
 * when first used.
 */
export function readArtifact(source: ArtifactSource): LexiconArtifact {
  const file = source.name;
  const lead = source.read(0, MAGIC.length + 4);
  if (lead.length < MAGIC.length + 4 || lead.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new LexiconError(`not an ${MAGIC} lexicon artifact (run \`npm run compile:lexicons\`)`, { file });
  }
  const headerLength = lead.readUInt32LE(MAGIC.length);
  const header = JSON.parse(source.read(MAGIC.length + 4, headerLength).toString('utf8')) as Header;
  const start = align8(MAGIC.length + 4 + headerLength);
  const sections = new Map<string, Section>();
  let hotEnd = 0;
  for (const section of header.sections) {
    sections.set(section.name, section);
    if (!COLD.test(section.name)) hotEnd = Math.max(hotEnd, section.offset + section.bytes);
  }
  const hot = source.read(start, hotEnd);
  const find = (name: string): Section => {
    const section = sections.get(name);
    if (section === undefined) throw new LexiconError(`missing section ${name}`, { file });
    return section;
  };
  const bytesOf = (section: Section, from = 0, to = section.bytes): Buffer =>
    COLD.test(section.name) ? source.read(start + section.offset + from, to - from) : hot.subarray(section.offset + from, section.offset + to);
  const get = <T extends SectionValue>(name: string): T => {
    const section = find(name);
    return readSection(bytesOf(section), section.kind) as T;
  };
  /** A section read on first use. */
  const later = <T extends SectionValue>(name: string): (() => T) => {
    find(name);
    let value: T | undefined;
    return () => (value ??= get<T>(name));
  };
  const column = (name: string): StringColumn => {
    const text = find(`${name}.text`);
    const offsets = find(`${name}.offsets`);
    const unit = text.kind === 'latin1' ? 1 : 2;
    const encoding = text.kind === 'latin1' ? 'latin1' : 'utf16le';
    const allText = later<string>(text.name);
    const allOffsets = later<Int32Array>(offsets.name);
    return {
      get text(): string {
        return allText();
      },
      get offsets(): Int32Array {
        return allOffsets();
      },
      value: blockReader(
        offsets.bytes / 4 - 1,
        (first, end) => readSection(bytesOf(offsets, first * 4, (end + 1) * 4), 'i32') as Int32Array,
        (from, to) => bytesOf(text, from * unit, to * unit).toString(encoding),
      ),
    };
  };
  const entryTypes = later<string>('entryTypes');
  const entryRanks = later<Int32Array>('entryRanks');
  const keyStart = later<Int32Array>('words.keyStart');
  const keyLength = later<Int32Array>('words.keyLength');
  const keyHash = later<Int32Array>('words.keyHash');
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
    get entryRanks(): Int32Array {
      return entryRanks();
    },
    entryForms: column('entryForms'),
    words: {
      slots: get<Int32Array>('words.slots'),
      pool: get<Uint16Array>('words.pool'),
      get keyStart(): Int32Array {
        return keyStart();
      },
      get keyLength(): Int32Array {
        return keyLength();
      },
      get keyHash(): Int32Array {
        return keyHash();
      },
      flags: get<Int32Array>('words.flags'),
    },
    trie: {
      root: get<Int32Array>('trie.root'),
      edges: get<Int32Array>('trie.edges'),
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

/** A section's value: a view on `bytes` where they are aligned for it on a little-endian machine, a copy otherwise. */
function readSection(bytes: Buffer, kind: SectionKind): SectionValue {
  switch (kind) {
    case 'latin1':
      return bytes.toString('latin1');
    case 'utf16':
      return bytes.toString('utf16le');
    case 'u8':
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    case 'i32': {
      if (LITTLE_ENDIAN && bytes.byteOffset % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
      const out = new Int32Array(bytes.length / 4);
      for (let i = 0; i < out.length; i++) out[i] = bytes.readInt32LE(i * 4);
      return out;
    }
    case 'u16': {
      if (LITTLE_ENDIAN && bytes.byteOffset % 2 === 0) return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
      const out = new Uint16Array(bytes.length / 2);
      for (let i = 0; i < out.length; i++) out[i] = bytes.readUInt16LE(i * 2);
      return out;
    }
  }
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

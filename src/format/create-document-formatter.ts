import type { Entity } from '../types';
import { DEFAULT_CHUNK_SIZE, findChunkEnd } from '../stream/find-chunk-end';
import type { DocumentFormatter, DocumentPart, ExtractedDocument } from './format-types';

/** What each format writes at each step; createDocumentFormatter adds `add(document)` and checks the order of calls. */
export interface FormatSteps {
  start(): string;
  openDocument(name: string): string;
  addPart(part: DocumentPart): string;
  closeDocument(): string;
  finish(): string;
}

/**
 * A formatter from its steps. `add(document)` gives a whole document as parts: one part, or — for
 * the formats that list entities after the text they show (`showsParts`: html, pretty) — parts of at
 * most `chunkSize` characters cut where a long file read in chunks is cut (findChunkEnd), never
 * inside an entity, so a document formats the same whether it was read whole or in chunks.
 */
export function createDocumentFormatter(steps: FormatSteps, options: { readonly showsParts?: boolean; readonly chunkSize?: number } = {}): DocumentFormatter {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  let open = false;
  const openDocument = (name: string): string => {
    if (open) throw new Error('openDocument: the previous document is still open (call closeDocument first)');
    open = true;
    return steps.openDocument(name);
  };
  const addPart = (part: DocumentPart): string => {
    if (!open) throw new Error('addPart: no document is open (call openDocument first)');
    return steps.addPart(part);
  };
  const closeDocument = (): string => {
    if (!open) throw new Error('closeDocument: no document is open');
    open = false;
    return steps.closeDocument();
  };
  return {
    start: () => steps.start(),
    add(document: ExtractedDocument): string {
      let out = openDocument(document.name);
      if (options.showsParts === true) {
        for (const part of splitDocument(document, chunkSize)) out += addPart(part);
      } else {
        out += addPart({ text: document.text, offset: 0, entities: document.entities });
      }
      return out + closeDocument();
    },
    openDocument,
    addPart,
    closeDocument,
    finish(): string {
      if (open) throw new Error('finish: a document is still open (call closeDocument first)');
      return steps.finish();
    },
  };
}

/** The parts of a whole document, each with the entities that start in it. */
function splitDocument(document: ExtractedDocument, chunkSize: number): DocumentPart[] {
  const { text } = document;
  if (text.length <= chunkSize) return [{ text, offset: 0, entities: document.entities }];
  const ordered = [...document.entities].sort((a, b) => a.start - b.start);
  // Entities do not overlap at the top level; `inside(p)` walks them once as the cuts move on.
  let next = 0;
  const inside = (position: number): boolean => {
    while (next < ordered.length && (ordered[next] as Entity).end <= position) next++;
    const entity = ordered[next];
    return entity !== undefined && entity.start < position;
  };
  const parts: DocumentPart[] = [];
  let taken = 0;
  for (let start = 0; start < text.length; ) {
    const first = next;
    const end = findChunkEnd(text, start, chunkSize, (position) => {
      next = first;
      return !inside(position);
    });
    let last = taken;
    while (last < ordered.length && (ordered[last] as Entity).start < end) last++;
    parts.push({ text: text.slice(start, end), offset: start, entities: ordered.slice(taken, last) });
    taken = last;
    next = last;
    start = end;
  }
  return parts;
}

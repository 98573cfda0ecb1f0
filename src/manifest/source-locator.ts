import { EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml';
import type { SourcePosition } from '../diagnostics/diagnostic.js';
import type { ManifestPath } from './manifest.js';

/** Where each key and value of a document starts, by its path: keys as `k:<path>`, values as `v:<path>`. */
type OffsetIndex = Map<string, number>;

const pathKey = (path: ManifestPath): string => JSON.stringify(path);

type Frame =
  | { kind: 'mapping'; path: ManifestPath; pendingKey: string | undefined }
  | { kind: 'sequence'; path: ManifestPath; nextIndex: number }
  | { kind: 'complexKey' };

const startOf = (event: Event): number => {
  switch (event.type) {
    case EVENT_ID.SCALAR:
      if (event.anchorStart >= 0) return event.anchorStart;
      if (event.tagStart >= 0) return event.tagStart;
      // A quoted scalar's value starts after its opening quote; the reader looks for the quote.
      return event.style === SCALAR_STYLE.DOUBLE_QUOTED || event.style === SCALAR_STYLE.SINGLE_QUOTED ? event.valueStart - 1 : event.valueStart;
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return event.start;
    case EVENT_ID.ALIAS:
      return event.anchorStart;
    default:
      return -1;
  }
};

/**
 * Walks js-yaml's event stream (JSON is YAML too) once, recording the offset of every key and value.
 * Built only when a diagnostic needs a line number: loading a manifest does not pay for it.
 */
const indexOffsets = (text: string): OffsetIndex => {
  const index: OffsetIndex = new Map();
  const stack: Frame[] = [];
  const valuePath = (): ManifestPath | undefined => {
    const top = stack.at(-1) as Exclude<Frame, { kind: 'complexKey' }> | undefined;
    if (!top) return [];
    if (top.kind === 'sequence') return [...top.path, top.nextIndex++];
    if (top.pendingKey === undefined) return undefined; // this node is a key
    const path = [...top.path, top.pendingKey];
    top.pendingKey = undefined;
    return path;
  };
  for (const event of parseEvents(text, {})) {
    if (event.type === EVENT_ID.DOCUMENT) continue;
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    const top = stack.at(-1);
    const opens = event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE;
    if (top?.kind === 'complexKey') {
      if (opens) stack.push({ kind: 'complexKey' });
      continue;
    }
    const path = valuePath();
    if (path === undefined && top?.kind === 'mapping') {
      // A key. Keys that are collections have no path of their own; manifests never use them.
      const key = event.type === EVENT_ID.SCALAR ? getScalarValue(text, event) : '';
      top.pendingKey = key;
      index.set(`k:${pathKey([...top.path, key])}`, startOf(event));
      if (opens) stack.push({ kind: 'complexKey' });
      continue;
    }
    if (path === undefined) continue;
    index.set(`v:${pathKey(path)}`, startOf(event));
    if (event.type === EVENT_ID.MAPPING) stack.push({ kind: 'mapping', path, pendingKey: undefined });
    if (event.type === EVENT_ID.SEQUENCE) stack.push({ kind: 'sequence', path, nextIndex: 0 });
  }
  return index;
};

const toPosition = (text: string, offset: number): SourcePosition => {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
};

export type SourceLocator = (at: { path: ManifestPath; key?: boolean }) => SourcePosition | undefined;

/**
 * Finds where a path stands in a manifest's text. A path that is not in the document (a missing key)
 * is placed at its nearest ancestor that is.
 */
export const createSourceLocator = (text: string): SourceLocator => {
  let index: OffsetIndex | undefined;
  return ({ path, key }) => {
    try {
      index ??= indexOffsets(text);
    } catch {
      return undefined;
    }
    for (let length = path.length; length >= 0; length--) {
      const prefix = pathKey(path.slice(0, length));
      // A value is found by its own start; an ancestor standing in for a missing path, by its key's line.
      const valueFirst = length === path.length && key !== true;
      const offset = valueFirst
        ? index.get(`v:${prefix}`) ?? index.get(`k:${prefix}`)
        : index.get(`k:${prefix}`) ?? index.get(`v:${prefix}`);
      if (offset !== undefined && offset >= 0) return toPosition(text, offset);
    }
    return undefined;
  };
};

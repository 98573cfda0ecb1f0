import { EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml';
import type { SourcePosition, ManifestPath } from '../diagnostics/diagnostic.js';

/** Where each key and value of a document starts, by its path: keys as `k` + path, values as `v` + path. */
type OffsetIndex = Map<string, number>;

/** A path as one string; the separator cannot occur in YAML keys a manifest uses. */
const SEPARATOR = '\u0000';
const pathKey = (path: ManifestPath): string => path.map(String).join(SEPARATOR);
const childKey = (parent: string, segment: string | number): string => (parent === '' ? String(segment) : `${parent}${SEPARATOR}${segment}`);

type Frame =
  | { kind: 'mapping'; path: string; pendingKey: string | undefined }
  | { kind: 'sequence'; path: string; nextIndex: number }
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
  const valuePath = (): string | undefined => {
    const top = stack.at(-1) as Exclude<Frame, { kind: 'complexKey' }> | undefined;
    if (!top) return '';
    if (top.kind === 'sequence') return childKey(top.path, top.nextIndex++);
    if (top.pendingKey === undefined) return undefined; // this node is a key
    const path = childKey(top.path, top.pendingKey);
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
      index.set(`k${childKey(top.path, key)}`, startOf(event));
      if (opens) stack.push({ kind: 'complexKey' });
      continue;
    }
    if (path === undefined) continue;
    index.set(`v${path}`, startOf(event));
    if (event.type === EVENT_ID.MAPPING) stack.push({ kind: 'mapping', path, pendingKey: undefined });
    if (event.type === EVENT_ID.SEQUENCE) stack.push({ kind: 'sequence', path, nextIndex: 0 });
  }
  return index;
};

/** The offset at which each line starts, to turn offsets into lines by binary search. */
const lineStarts = (text: string): number[] => {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
};

const toPosition = (starts: readonly number[], offset: number): SourcePosition => {
  let [low, high] = [0, starts.length - 1];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
};

export type SourceLocator = (at: { path: ManifestPath; key?: boolean }) => SourcePosition | undefined;

type Located = { index: OffsetIndex; starts: number[] };

/**
 * The indexes last built, a few at a time: an index is as large as its manifest's parsed data, and an
 * estate of thousands of manifests must not keep one for each. Whoever places a manifest's findings
 * places them one after the other, so the few last used are the ones asked for again.
 */
const RECENT = 4;
const recent = new Map<string, Located>();

const locatedIn = (text: string): Located => {
  let located = recent.get(text);
  if (located === undefined) {
    located = { index: indexOffsets(text), starts: lineStarts(text) };
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  } else recent.delete(text);
  recent.set(text, located);
  return located;
};

/**
 * Finds where a path stands in a manifest's text. A path that is not in the document (a missing key)
 * is placed at its nearest ancestor that is.
 */
export const createSourceLocator =
  (text: string): SourceLocator =>
  ({ path, key }) => {
    let located: Located;
    try {
      located = locatedIn(text);
    } catch {
      return undefined;
    }
    for (let length = path.length; length >= 0; length--) {
      const prefix = pathKey(path.slice(0, length));
      // A value is found by its own start; an ancestor standing in for a missing path, by its key's line.
      const valueFirst = length === path.length && key !== true;
      const offset = valueFirst
        ? located.index.get(`v${prefix}`) ?? located.index.get(`k${prefix}`)
        : located.index.get(`k${prefix}`) ?? located.index.get(`v${prefix}`);
      if (offset !== undefined && offset >= 0) return toPosition(located.starts, offset);
    }
    return undefined;
  };

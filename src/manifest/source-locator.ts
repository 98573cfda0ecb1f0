import { EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml';
import type { SourcePosition, ManifestPath } from '../diagnostics/diagnostic.js';

/**
 * Where a key and its value start in the text (-1: not there), with the entries below it by their key (a
 * list's by their index, as text). A tree rather than a map of joined paths: building it allocates no
 * path strings, and an estate builds one for each manifest it places findings in.
 */
type OffsetNode = { key: number; value: number; children: Map<string, OffsetNode> | undefined; partial?: true };

/**
 * The mappings an outline leaves out: a permission set's fields, thousands of entries in a large manifest,
 * where no finding ever points (a diagnostic that does gets the whole index).
 */
const OUTLINED = 'fields';

const childOf = (parent: OffsetNode, segment: string): OffsetNode => {
  // eslint-disable-next-line no-param-reassign -- the tree is built in place; a leaf has no map until it has a child
  parent.children ??= new Map();
  let node = parent.children.get(segment);
  if (node === undefined) {
    node = { key: -1, value: -1, children: undefined };
    parent.children.set(segment, node);
  }
  return node;
};

type Frame =
  | { kind: 'mapping'; node: OffsetNode; pendingKey: OffsetNode | undefined }
  | { kind: 'sequence'; node: OffsetNode; nextIndex: number }
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
 * Walks js-yaml's event stream (JSON is YAML too) once, recording the offset of every key and value; an
 * outline leaves out what is inside the mappings named OUTLINED, and marks them partial.
 */
const indexEvents = (events: readonly Event[], text: string, outline: boolean): OffsetNode => {
  const root: OffsetNode = { key: -1, value: -1, children: undefined };
  const stack: Frame[] = [];
  let skipped = 0;
  const valueNode = (): OffsetNode | undefined => {
    const top = stack.at(-1) as Exclude<Frame, { kind: 'complexKey' }> | undefined;
    if (!top) return root;
    if (top.kind === 'sequence') return childOf(top.node, String(top.nextIndex++));
    const node = top.pendingKey; // undefined: this node is a key
    top.pendingKey = undefined;
    return node;
  };
  /** Inside an outlined mapping, only its depth is followed, to know where it ends. */
  const skips = (event: Event): boolean => {
    if (skipped === 0) return false;
    if (event.type === EVENT_ID.POP) skipped -= 1;
    else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) skipped += 1;
    return true;
  };
  const outlines = (event: Event, top: Frame | undefined, node: OffsetNode): boolean =>
    outline && event.type === EVENT_ID.MAPPING && top?.kind === 'mapping' && top.node.children?.get(OUTLINED) === node;
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT || skips(event)) continue;
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
    const node = valueNode();
    if (node === undefined && top?.kind === 'mapping') {
      // A key. Keys that are collections have no path of their own; manifests never use them.
      const keyNode = childOf(top.node, event.type === EVENT_ID.SCALAR ? getScalarValue(text, event) : '');
      keyNode.key = startOf(event);
      top.pendingKey = keyNode;
      if (opens) stack.push({ kind: 'complexKey' });
      continue;
    }
    if (node === undefined) continue;
    node.value = startOf(event);
    if (outlines(event, top, node)) {
      node.partial = true;
      skipped = 1;
      continue;
    }
    if (event.type === EVENT_ID.MAPPING) stack.push({ kind: 'mapping', node, pendingKey: undefined });
    if (event.type === EVENT_ID.SEQUENCE) stack.push({ kind: 'sequence', node, nextIndex: 0 });
  }
  return root;
};

/** Every key and value of a manifest's text: for the paths an outline leaves out. */
const indexOffsets = (text: string): OffsetNode => indexEvents(parseEvents(text, {}), text, false);

/**
 * Where the keys and values of a manifest stand, from the events its parse already went through: no
 * second parse for the findings of the estate's manifests, and small (the outlined mappings left out)
 * so that an estate of thousands of manifests keeps one for each.
 */
export const outlineOf = (events: readonly Event[], text: string): OffsetNode => indexEvents(events, text, true);

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

export type { OffsetNode as Outline };

/**
 * What was last built, a few at a time: a whole index is as large as its manifest's parsed data, and an
 * estate of thousands of manifests must not keep one for each. Whoever places a manifest's findings
 * places them one after the other, so the few last used are the ones asked for again.
 */
const RECENT = 4;

const recently = <T>(build: (text: string) => T): ((text: string) => T) => {
  const recent = new Map<string, T>();
  return (text) => {
    let built = recent.get(text);
    if (built === undefined) {
      built = build(text);
      if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
    } else recent.delete(text);
    recent.set(text, built);
    return built;
  };
};

const wholeIndexOf = recently(indexOffsets);
const lineStartsOf = recently(lineStarts);

/** The node of every prefix of the path the index has, from the root down; undefined when an outline left it out. */
const nodesAlong = (index: OffsetNode, path: ManifestPath): OffsetNode[] | undefined => {
  const nodes: OffsetNode[] = [index];
  for (const segment of path) {
    const node = nodes.at(-1)!;
    if (node.partial) return undefined;
    const next = node.children?.get(String(segment));
    if (next === undefined) break;
    nodes.push(next);
  }
  return nodes;
};

/**
 * Finds where a path stands in a manifest's text, through its outline where it has one (made by the
 * parse), else through its whole index (a parse of its own). A path that is not in the document (a
 * missing key) is placed at its nearest ancestor that is.
 */
export const createSourceLocator =
  (text: string, outline?: OffsetNode): SourceLocator =>
  ({ path, key }) => {
    let nodes: OffsetNode[] | undefined;
    try {
      nodes = (outline && nodesAlong(outline, path)) ?? nodesAlong(wholeIndexOf(text), path);
    } catch {
      return undefined;
    }
    for (let length = nodes!.length - 1; length >= 0; length--) {
      const node = nodes![length]!;
      // A value is found by its own start; an ancestor standing in for a missing path, by its key's line.
      const valueFirst = length === path.length && key !== true;
      const offset = valueFirst ? (node.value >= 0 ? node.value : node.key) : node.key >= 0 ? node.key : node.value;
      if (offset >= 0) return toPosition(lineStartsOf(text), offset);
    }
    return undefined;
  };

import { dump } from 'js-yaml';
import type { ManifestPath } from '../diagnostics/diagnostic.js';
import type { Manifest } from '../manifest/manifest.js';

/**
 * A comment for the reviewer, written on the lines before the key at `path` (the top of the file for []), or before
 * the value written on one line that holds it.
 */
export type YamlComment = { path: ManifestPath; text: string };

const INDENT = '  ';

/** A scalar as YAML writes it: quoted only where plain text would be read as something else. */
const scalar = (value: unknown): string => dump(value, { lineWidth: -1 }).trimEnd();

const isScalar = (value: unknown): boolean => value === null || typeof value !== 'object';

/** A list of scalars on one line, `[read, edit]`; a mapping of scalars on one line, `{ start: a, end: b }`. */
const flow = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(scalar).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([key, child]) => `${scalar(key)}: ${scalar(child)}`).join(', ')} }`;
};

const isFlat = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && (Array.isArray(value) ? value.every(isScalar) : Object.values(value).every(isScalar));

/** A line a reviewer reads without scrolling: longer flat values go in block style, one entry a line. */
const MAX_LINE = 100;

/** Comment text broken into lines of at most MAX_LINE characters with their indent, at spaces. */
const wrapped = (text: string, width: number): string[] =>
  text.split('\n').flatMap((paragraph) => {
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line !== '' && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    return [...lines, line];
  });

/**
 * A manifest as a reviewer reads it, in the layout of the README's example: mappings in block style, lists of
 * names and small mappings on one line (where it fits in 100 characters), and a comment before each key the import
 * wants a reviewer to look at, wrapped to the same width.
 * js-yaml writes no comments, so the layout is written here; every scalar goes through js-yaml for its quoting.
 */
export const manifestYaml = (manifest: Manifest, comments: readonly YamlComment[], header: readonly string[] = []): string => {
  const lines: string[] = header.map((line) => `# ${line}`);
  const within = (path: ManifestPath, at: ManifestPath): boolean => at.length <= path.length && at.every((key, index) => path[index] === key);
  /** The comments at `path`; with `inside`, those at values within it too, which a value written on one line cannot hold. */
  const commentsAt = (path: ManifestPath, indent: string, inside = false): string[] =>
    comments
      .filter((comment) => (inside ? within(comment.path, path) : JSON.stringify(comment.path) === JSON.stringify(path)))
      .flatMap(({ text }) => wrapped(text, Math.max(40, MAX_LINE - indent.length - 2)).map((line) => `${indent}# ${line}`));

  const mapping = (value: Record<string, unknown>, indent: string, path: ManifestPath, first?: string): void => {
    Object.entries(value).forEach(([key, child], index) => {
      if (child === undefined) return;
      const at = [...path, key];
      const prefix = index === 0 && first !== undefined ? first : indent;
      const oneLine = isFlat(child) ? `${prefix}${scalar(key)}: ${flow(child)}` : undefined;
      const inline = isScalar(child) || (oneLine !== undefined && (oneLine.length <= MAX_LINE || Object.keys(child as object).length === 0));
      lines.push(...commentsAt(at, indent, inline));
      if (isScalar(child)) lines.push(`${prefix}${scalar(key)}: ${scalar(child)}`);
      else if (inline) lines.push(oneLine!);
      else if (Array.isArray(child)) {
        lines.push(`${prefix}${scalar(key)}:`);
        child.forEach((item, itemIndex) => {
          lines.push(...commentsAt([...at, itemIndex], `${indent}${INDENT}`, isScalar(item) || isFlat(item)));
          if (isScalar(item) || isFlat(item)) lines.push(`${indent}${INDENT}- ${isScalar(item) ? scalar(item) : flow(item)}`);
          else mapping(item as Record<string, unknown>, `${indent}${INDENT}${INDENT}`, [...at, itemIndex], `${indent}${INDENT}- `);
        });
      } else {
        lines.push(`${prefix}${scalar(key)}:`);
        mapping(child as Record<string, unknown>, `${indent}${INDENT}`, at);
      }
    });
  };
  lines.push(...commentsAt([], ''));
  mapping(manifest, '', []);
  return `${lines.join('\n')}\n`;
};

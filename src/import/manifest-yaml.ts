import { dump } from 'js-yaml';
import type { ManifestPath } from '../diagnostics/diagnostic.js';
import type { Manifest } from '../manifest/manifest.js';

/** A comment for the reviewer, written on the lines before the key at `path` (the top of the file for []). */
export type YamlComment = { path: ManifestPath; text: string };

const INDENT = '  ';

/** A scalar as YAML writes it: quoted only where plain text would be read as something else. */
const scalar = (value: unknown): string => dump(value, { lineWidth: -1 }).trimEnd();

const isScalar = (value: unknown): boolean => value === null || typeof value !== 'object';

/** A list of scalars on one line, `[read, edit]`; a mapping of scalars on one line, `{ start: a, end: b }`. */
const flow = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(scalar).join(', ')}]`
    : `{ ${Object.entries(value as Record<string, unknown>).map(([key, child]) => `${scalar(key)}: ${scalar(child)}`).join(', ')} }`;

const isFlat = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && (Array.isArray(value) ? value.every(isScalar) : Object.values(value).every(isScalar));

/**
 * A manifest as a reviewer reads it, in the layout of the README's example: mappings in block style, lists of
 * names and small mappings on one line, and a comment before each key the import wants a reviewer to look at.
 * js-yaml writes no comments, so the layout is written here; every scalar goes through js-yaml for its quoting.
 */
export const manifestYaml = (manifest: Manifest, comments: readonly YamlComment[], header: readonly string[] = []): string => {
  const lines: string[] = header.map((line) => `# ${line}`);
  const commentsAt = (path: ManifestPath, indent: string): string[] =>
    comments.filter((comment) => JSON.stringify(comment.path) === JSON.stringify(path)).flatMap(({ text }) => text.split('\n').map((line) => `${indent}# ${line}`));

  const mapping = (value: Record<string, unknown>, indent: string, path: ManifestPath, first?: string): void => {
    Object.entries(value).forEach(([key, child], index) => {
      if (child === undefined) return;
      const at = [...path, key];
      const prefix = index === 0 && first !== undefined ? first : indent;
      lines.push(...commentsAt(at, indent));
      if (isScalar(child)) lines.push(`${prefix}${scalar(key)}: ${scalar(child)}`);
      else if (isFlat(child) || (Array.isArray(child) && child.length === 0)) lines.push(`${prefix}${scalar(key)}: ${flow(child)}`);
      else if (Array.isArray(child)) {
        lines.push(`${prefix}${scalar(key)}:`);
        child.forEach((item, itemIndex) => {
          lines.push(...commentsAt([...at, itemIndex], `${indent}${INDENT}`));
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

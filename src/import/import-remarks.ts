import { Messages } from '@salesforce/core';
import type { ManifestPath } from '../diagnostics/diagnostic.js';
import type { Manifest } from '../manifest/manifest.js';
import type { YamlComment } from './manifest-yaml.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'import');

/**
 * Something the org held that the manifest says otherwise, cannot say, or that validate will object to: a
 * comment for the reviewer at `path`, worded by `comment.<key>` of messages/import.md.
 */
export type Remark = { path: ManifestPath; key: string; tokens: ReadonlyArray<string | number> };

export const remark = (path: ManifestPath, key: string, ...tokens: Array<string | number>): Remark => ({ path, key, tokens });

/** A remark's words. */
export const remarkText = ({ key, tokens }: Remark): string => messages.getMessage(`comment.${key}`, tokens.map(String));

const valueAt = (manifest: Manifest, path: ManifestPath): unknown =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), manifest);

const isScalar = (value: unknown): boolean => value === null || typeof value !== 'object';

/** What the writer puts on one line, as manifest-yaml.ts decides: a list or mapping of scalars. */
const isFlat = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && (Array.isArray(value) ? value.every(isScalar) : Object.values(value).every(isScalar));

/**
 * Where a comment can stand: the YAML writer puts comments before keys and before the entries of block lists,
 * not inside a list or mapping written on one line (`[read, edit]`, `{ Status: read }`) nor at a value the
 * manifest does not have. The path itself where
 * it can, else its nearest ancestor that can.
 */
const placeOf = (manifest: Manifest, path: ManifestPath): ManifestPath => {
  for (let length = path.length; length > 0; length--) {
    const at = path.slice(0, length);
    const value = valueAt(manifest, at);
    if (value === undefined) continue;
    if (at.length === 1 || !isFlat(valueAt(manifest, at.slice(0, -1)))) return at;
  }
  return [];
};

/** The remarks as the YAML writer's comments, each where it can stand, once each. */
export const commentsOf = (manifest: Manifest, remarks: readonly Remark[]): YamlComment[] => {
  const seen = new Set<string>();
  return remarks.flatMap((entry) => {
    const comment = { path: placeOf(manifest, entry.path), text: remarkText(entry) };
    const key = JSON.stringify(comment);
    if (seen.has(key)) return [];
    seen.add(key);
    return [comment];
  });
};

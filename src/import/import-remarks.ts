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

/** Where a comment can stand: at the value it is about, or where the manifest lacks it, the nearest value that holds it. */
const placeOf = (manifest: Manifest, path: ManifestPath): ManifestPath => {
  for (let length = path.length; length > 0; length--) if (valueAt(manifest, path.slice(0, length)) !== undefined) return path.slice(0, length);
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

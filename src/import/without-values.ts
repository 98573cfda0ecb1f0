import type { ManifestPath } from '../diagnostics/diagnostic.js';

type Node = Record<string | number, unknown>;

const isEmpty = (value: unknown): boolean => (Array.isArray(value) ? value.length === 0 : value !== null && typeof value === 'object' && Object.keys(value).length === 0);

/** Lists and mappings left empty by a removal go too; the root stays. */
const pruned = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(pruned).filter((item) => !isEmpty(item));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .map(([key, child]) => [key, pruned(child)] as const)
      .filter(([, child]) => !isEmpty(child))
  );
};

/**
 * A copy of the data without the values at these paths (a list entry, a mapping's key), and without the lists and
 * mappings that leaves empty: what a manifest keeps once the values generate would refuse are taken out. Pure.
 */
export const withoutValues = <T extends object>(data: T, paths: readonly ManifestPath[]): T => {
  const copy = structuredClone(data) as Node;
  // The highest list indexes first, so that removing one entry leaves the others where they were.
  const ordered = [...paths].sort((a, b) => {
    const last = (path: ManifestPath): number => (typeof path[path.length - 1] === 'number' ? Number(path[path.length - 1]) : -1);
    return last(b) - last(a);
  });
  for (const path of ordered) {
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Node)[key] : undefined), copy);
    const last = path[path.length - 1];
    if (last === undefined) continue;
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else if (parent !== null && typeof parent === 'object') delete (parent as Node)[last];
  }
  return pruned(copy) as T;
};

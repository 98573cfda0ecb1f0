/** Code-point order: the same on every machine and locale, which byte-stable output needs. */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const sortedUnique = (values: Iterable<string>): string[] => [...new Set(values)].sort(byCodePoint);

/** A row of a query's answer, read field by field: the org's JSON is checked where it is used, never trusted. */
export type Row = Record<string, unknown>;

export const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A field through relationships, `Profile.UserLicense.Name`; undefined where a step is missing (a null lookup). */
export const related = (row: Row, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Row)[key] : undefined), row);

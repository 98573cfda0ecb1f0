/** A record as a query returns it, without the attributes REST adds (type, url): the fields a test compares. */
export const withoutAttributes = (record: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([name]) => name !== 'attributes'));

import type { Connection } from '@salesforce/core';

/**
 * Every row a SOQL query selects, page after page. `what` names the call in words for errors. It has the
 * shape of the org session's `query` (branch `deploy`, src/org/org-session.ts), which can stand in for it.
 */
export type QueryRows = <T extends Record<string, unknown>>(soql: string, what: string) => Promise<T[]>;

/** The rows through the Connection's REST query: pages follow each other through nextRecordsUrl. */
export const queryRowsOf =
  (connection: Connection): QueryRows =>
  async <T extends Record<string, unknown>>(soql: string): Promise<T[]> => {
    let page = await connection.query<T>(soql);
    const rows = [...page.records];
    while (!page.done && page.nextRecordsUrl) {
      // Each page names the next: they come one after the other.
      // eslint-disable-next-line no-await-in-loop
      page = await connection.queryMore<T>(page.nextRecordsUrl);
      rows.push(...page.records);
    }
    return rows;
  };

import { salesforceId } from '../salesforce-id.js';
import type { JsonRecord } from './projection.js';

/** The most records one page of a query carries (REST API: batches of 2,000 by default). */
export const DEFAULT_PAGE_SIZE = 2000;

export type QueryPage = { totalSize: number; done: boolean; nextRecordsUrl?: string; records: JsonRecord[] };

type Cursor = { records: JsonRecord[]; totalSize: number; pageSize: number; urlBase: string };

/**
 * Pages of a query result: the first page answers the query, the rest are fetched from nextRecordsUrl
 * (/query/01g...-2000), as jsforce's autoFetch and queryMore do. The locator names the query and the offset.
 */
export class QueryPages {
  private readonly cursors = new Map<string, Cursor>();
  private count = 0;

  public first(records: JsonRecord[], totalSize: number, pageSize: number, urlBase: string): QueryPage {
    const id = salesforceId('01g', ++this.count);
    this.cursors.set(id, { records, totalSize, pageSize, urlBase });
    return this.page(id, 0);
  }

  /** The page a locator names, or undefined for one the org never gave (INVALID_QUERY_LOCATOR). */
  public next(locator: string): QueryPage | undefined {
    const match = /^(\w+)-(\d+)$/.exec(locator);
    return match && this.cursors.has(match[1] ?? '') ? this.page(match[1] ?? '', Number(match[2])) : undefined;
  }

  private page(id: string, offset: number): QueryPage {
    const cursor = this.cursors.get(id);
    if (!cursor) throw new Error(`Org emulator: no query ${id}`);
    const end = offset + cursor.pageSize;
    const done = end >= cursor.records.length;
    if (done) this.cursors.delete(id);
    return {
      totalSize: cursor.totalSize,
      done,
      ...(done ? {} : { nextRecordsUrl: `${cursor.urlBase}/query/${id}-${end}` }),
      records: cursor.records.slice(offset, end),
    };
  }
}

import type { Connection } from '@salesforce/core';
import { deadlineAfter, withinDeadline, type Deadline } from './deadline.js';
import { asOrgError, malformedAnswer, OrgError } from './org-error.js';
import { boundRequests, boundTransport } from './request-bounds.js';
import { describeCache, type Api, type ObjectDescribe } from './describe-cache.js';
import { writeRecords, type RecordWrite, type WriteOutcome } from './record-writes.js';

type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export type { Api } from './describe-cache.js';

/**
 * Everything the plugin asks of an org goes through one session: one deadline (--wait) over every call, every
 * failure an OrgError, describes asked once per run. Commands open it with the org's Connection and close it
 * when they are done, which also releases the bound put on jsforce's transport.
 */
export type OrgSession = {
  readonly connection: Connection;
  readonly username: string;
  readonly deadline: Deadline;
  /** Any REST resource under /services/data/vNN.0 (`path` starts with `/`), or an absolute path from the org. */
  rest: <T = unknown>(method: HttpMethod, path: string, what: string, body?: unknown) => Promise<T>;
  /** Every row the query selects, page after page; the query's text is built with org/soql.ts. */
  query: <T extends Record<string, unknown>>(soql: string, what: string, api?: Api) => Promise<T[]>;
  /** An object's describe, asked once per run; undefined when the org has no such object. */
  describe: (object: string, api?: Api) => Promise<ObjectDescribe | undefined>;
  /** Several describes at once (a few in flight at a time), each asked once per run. */
  describeAll: (objects: readonly string[], api?: Api) => Promise<Map<string, ObjectDescribe | undefined>>;
  /** sObject Collections: at most 200 records a call, each record's outcome in the order given. */
  write: (change: RecordWrite) => Promise<WriteOutcome[]>;
  /** Bounds the requests source-deploy-retrieve is about to send by the time the run has left. */
  boundMetadataCalls: () => void;
  close: () => Promise<void>;
};

export type SessionOptions = { waitMs: number; now?: () => number };

type QueryPage = { done: boolean; records: Array<Record<string, unknown>>; nextRecordsUrl?: string };

const isQueryPage = (value: unknown): value is QueryPage => {
  const page = value as Partial<QueryPage> | null;
  return page !== null && typeof page === 'object' && typeof page.done === 'boolean' && Array.isArray(page.records) && (page.done || typeof page.nextRecordsUrl === 'string');
};

export const openOrgSession = (connection: Connection, options: SessionOptions): OrgSession => {
  const deadline = deadlineAfter(options.waitMs, options.now);
  const release = boundTransport(options.waitMs);
  // instanceUrl as stored by `sf org login` may end in a slash.
  const instanceUrl = (connection.instanceUrl ?? '').replace(/\/+$/, '');
  const urlOf = (path: string): string => (path.startsWith('/services/') ? `${instanceUrl}${path}` : `${connection.baseUrl()}${path}`);

  const rest = async <T>(method: HttpMethod, path: string, what: string, body?: unknown): Promise<T> => {
    if (deadline.expired()) throw new OrgError('timeout', what, `No time left for ${what} before the end of --wait.`);
    const request = {
      method,
      url: urlOf(path),
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    };
    try {
      // The per-call timeout reaches jsforce's request options (HttpApi passes its options through); the race
      // ends the wait even where an answer's body stalls.
      return await withinDeadline(deadline, what, Promise.resolve(connection.request<T>(request, { timeout: Math.max(1, deadline.remainingMs()) })));
    } catch (error) {
      throw asOrgError(error, what);
    }
  };

  const query = async <T extends Record<string, unknown>>(soql: string, what: string, api: Api = 'data'): Promise<T[]> => {
    const rows: T[] = [];
    let page = await rest<unknown>('GET', `${api === 'tooling' ? '/tooling' : ''}/query?q=${encodeURIComponent(soql)}`, what);
    for (;;) {
      if (!isQueryPage(page)) throw malformedAnswer(what, 'a page of query results');
      rows.push(...(page.records as T[]));
      if (page.done) return rows;
      // Pages come one after the other: each names the next.
      // eslint-disable-next-line no-await-in-loop
      page = await rest<unknown>('GET', page.nextRecordsUrl!, what);
    }
  };

  const describes = describeCache((object, api) => rest<unknown>('GET', `${api === 'tooling' ? '/tooling' : ''}/sobjects/${encodeURIComponent(object)}/describe`, `the describe of ${object}`));

  return {
    connection,
    username: connection.getUsername() ?? '',
    deadline,
    rest,
    query,
    describe: describes.describe,
    describeAll: describes.describeAll,
    write: (change) => writeRecords(change, rest),
    boundMetadataCalls: () => boundRequests(deadline.remainingMs()),
    close: release,
  };
};

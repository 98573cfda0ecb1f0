import { jsonReply, restError, type Reply } from '../http-exchange.js';
import { DEFAULT_PAGE_SIZE } from '../soql/query-pages.js';
import { runQuery } from '../soql/run-query.js';
import { urlBase, type DataContext, type DataRequest } from './data-context.js';
import { afterRead } from './status-reads.js';

/** Sforce-Query-Options: batchSize=n asks for smaller pages (200 to 2,000). */
const pageSize = (request: DataRequest): number => {
  const option = /batchSize=(\d+)/i.exec(String(request.headers['sforce-query-options'] ?? ''))?.[1];
  return option === undefined ? DEFAULT_PAGE_SIZE : Math.min(DEFAULT_PAGE_SIZE, Math.max(200, Number(option)));
};

/**
 * GET /query?q= and /queryAll?q= (deleted rows too), and /query/{locator} for the pages after the first;
 * the Tooling API's /tooling/query likewise.
 */
export const queryRoute = (context: DataContext, request: DataRequest): Reply | undefined => {
  const [root, locator, ...rest] = request.resource.split('/').filter(Boolean);
  if ((root !== 'query' && root !== 'queryAll') || rest.length > 0 || request.method !== 'GET') return undefined;
  if (locator !== undefined) {
    const page = context.pages.next(locator);
    // unverified wording
    return page ? jsonReply(200, page) : restError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
  }
  const soql = request.query.get('q') ?? '';
  const answer = runQuery(context.db, { soql, api: context.api, includeDeleted: root === 'queryAll', urlBase: urlBase(context) });
  const page = context.pages.first(answer.records, answer.totalSize, pageSize(request), urlBase(context));
  afterRead(context.db, answer.read.type, answer.read.ids, answer.read.fields);
  return jsonReply(200, page);
};

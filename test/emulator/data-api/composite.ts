import { jsonReply, type Reply } from '../http-exchange.js';
import { DmlError } from '../platform/dml-error.js';
import type { DataContext, DataRequest } from './data-context.js';

export type Dispatch = (context: DataContext, request: DataRequest) => Reply;

type Subrequest = { method?: string; url?: string; referenceId?: string; body?: unknown };
type SubResponse = { body: unknown; httpHeaders: Record<string, string>; httpStatusCode: number; referenceId: string };

const REFERENCE = /@\{([A-Za-z0-9_]+)((?:\.[A-Za-z0-9_]+|\[\d+\])+)\}/g;

const halted = (referenceId: string, message: string): SubResponse => ({ body: [{ errorCode: 'PROCESSING_HALTED', message }], httpHeaders: {}, httpStatusCode: 400, referenceId });

/** Follows ref.id or ref.records[0].Id into an earlier subrequest's body. */
const lookUp = (body: unknown, path: string): unknown =>
  path
    .split(/\.|\[(\d+)\]/)
    .filter((step) => step !== undefined && step !== '')
    .reduce<unknown>((value, step) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[step] : undefined), body);

class UnresolvedReference extends Error {}

/**
 * Replaces @{ref.path} with the value an earlier subrequest returned. A reference to a subrequest that failed
 * or has no such value halts this one: "Invalid reference specified. No value for refContact.FirstName found in
 * refContact." (the REST API reference's Composite example, as published in its PDF).
 */
const resolve = (text: string, results: ReadonlyMap<string, SubResponse>): string =>
  text.replace(REFERENCE, (_match, referenceId: string, path: string) => {
    const earlier = results.get(referenceId);
    const value = earlier && earlier.httpStatusCode < 400 ? lookUp(earlier.body, path.replace(/^\./, '')) : undefined;
    // Only a field's value can stand in a URL or a body: a record, a list or nothing cannot.
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw new UnresolvedReference(`Invalid reference specified. No value for ${referenceId}${path} found in ${referenceId}.`);
    return String(value);
  });

const asRequest = (sub: Subrequest, results: ReadonlyMap<string, SubResponse>): DataRequest => {
  const url = resolve(sub.url ?? '', results).replace(/^\/services\/data\/v\d+\.\d+/, '');
  const queryAt = url.indexOf('?');
  const body = sub.body === undefined ? undefined : (JSON.parse(resolve(JSON.stringify(sub.body), results)) as unknown);
  return { method: (sub.method ?? 'GET').toUpperCase(), resource: queryAt < 0 ? url : url.slice(0, queryAt), query: new URLSearchParams(queryAt < 0 ? '' : url.slice(queryAt + 1)), body, headers: {} };
};

const run = (context: DataContext, dispatch: Dispatch, sub: Subrequest, results: ReadonlyMap<string, SubResponse>): SubResponse => {
  const referenceId = sub.referenceId ?? '';
  let request: DataRequest;
  try {
    request = asRequest(sub, results);
  } catch (error) {
    if (error instanceof UnresolvedReference) return halted(referenceId, error.message);
    throw error;
  }
  const reply = dispatch(context, request);
  const body = reply.body === '' ? null : (JSON.parse(reply.body) as unknown);
  const created = reply.status === 201 && body !== null && typeof body === 'object' ? (body as { id?: string }).id : undefined;
  const location: Record<string, string> = created ? { Location: `/services/data/v${context.version}${request.resource}/${created}` } : {};
  return { body, httpHeaders: location, httpStatusCode: reply.status, referenceId };
};

/**
 * The answer for the subrequests of an allOrNone composite that another subrequest's failure rolled back
 * (https://developer.salesforce.com/docs/platform/api-rest/guide/resources-composite-allornone.md); wording unverified.
 */
export const ROLLED_BACK = 'The transaction was rolled back since another operation in the same transaction failed.';

/**
 * POST /composite: subrequests in order, later ones naming earlier results with @{referenceId.field}. Always
 * HTTP 200, each subrequest carrying its own httpStatusCode and body. With allOrNone the first failure rolls
 * everything back: the failure keeps its error, every other subrequest reports PROCESSING_HALTED.
 */
export const compositeRoute = (context: DataContext, request: DataRequest, dispatch: Dispatch): Reply | undefined => {
  if (request.resource !== '/composite' || request.method !== 'POST') return undefined;
  const { allOrNone = false, compositeRequest = [] } = (request.body ?? {}) as { allOrNone?: boolean; compositeRequest?: Subrequest[] };
  if (!Array.isArray(compositeRequest) || compositeRequest.length === 0) throw new DmlError('JSON_PARSER_ERROR', 'compositeRequest must be a non-empty array');
  const restore = context.db.store.snapshot();
  const results = new Map<string, SubResponse>();
  const responses: SubResponse[] = [];
  for (const sub of compositeRequest) {
    const response = run(context, dispatch, sub, results);
    results.set(response.referenceId, response);
    responses.push(response);
    if (allOrNone && response.httpStatusCode >= 400) {
      restore();
      const failed = responses.length - 1;
      const all = compositeRequest.map((other, index) => (index === failed ? response : halted(other.referenceId ?? '', ROLLED_BACK)));
      return jsonReply(200, { compositeResponse: all });
    }
  }
  return jsonReply(200, { compositeResponse: responses });
};

import { malformedAnswer } from './org-error.js';

/** sObject Collections take at most 200 records a call (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections.htm). */
export const COLLECTION_LIMIT = 200;

/** Records to create (no Id), update (with Id) or delete (by Id) through sObject Collections. */
export type RecordWrite =
  | { operation: 'create'; type: string; records: ReadonlyArray<Readonly<Record<string, unknown>>> }
  | { operation: 'update'; type: string; records: ReadonlyArray<Readonly<Record<string, unknown>> & { Id: string }> }
  | { operation: 'delete'; ids: readonly string[] };

/** One record's outcome: its Id, or what Salesforce said (errorCode `statusCode` in Collections' words). */
export type WriteOutcome = { ok: true; id: string } | { ok: false; id?: string; errorCode: string; message: string; fields: string[] };

type SaveResult = { id?: unknown; success?: unknown; errors?: unknown };

const toOutcome = (result: SaveResult, what: string): WriteOutcome => {
  if (result === null || typeof result !== 'object' || typeof result.success !== 'boolean') throw malformedAnswer(what, 'one save result per record');
  const id = typeof result.id === 'string' ? result.id : undefined;
  if (result.success) {
    if (id === undefined) throw malformedAnswer(what, 'the Id of each record saved');
    return { ok: true, id };
  }
  const [first] = Array.isArray(result.errors) ? (result.errors as Array<Record<string, unknown>>) : [];
  return {
    ok: false,
    ...(id === undefined ? {} : { id }),
    errorCode: typeof first?.statusCode === 'string' ? first.statusCode : 'UNKNOWN_EXCEPTION',
    message: typeof first?.message === 'string' ? first.message : '',
    fields: Array.isArray(first?.fields) ? (first.fields as unknown[]).filter((field): field is string => typeof field === 'string') : [],
  };
};

const chunks = <T>(items: readonly T[]): T[][] => Array.from({ length: Math.ceil(items.length / COLLECTION_LIMIT) }, (_, index) => items.slice(index * COLLECTION_LIMIT, (index + 1) * COLLECTION_LIMIT));

type Send = (method: 'POST' | 'PATCH' | 'DELETE', path: string, what: string, body?: unknown) => Promise<unknown>;

/**
 * Writes the records 200 at a time, one call per chunk in turn, each record judged on its own (allOrNone false):
 * a user that cannot be created does not stop the others, and the caller reports each. Writes are not
 * repeated by jsforce (POST and PATCH are not idempotent), so a chunk whose answer is lost is reported lost.
 */
export const writeRecords = async (change: RecordWrite, send: Send): Promise<WriteOutcome[]> => {
  const outcomes: WriteOutcome[] = [];
  if (change.operation === 'delete') {
    for (const ids of chunks(change.ids)) {
      const what = `the deletion of ${ids.length} record(s)`;
      // eslint-disable-next-line no-await-in-loop -- chunks go one after the other, in order
      const answer = await send('DELETE', `/composite/sobjects?ids=${ids.map(encodeURIComponent).join(',')}&allOrNone=false`, what);
      if (!Array.isArray(answer) || answer.length !== ids.length) throw malformedAnswer(what, 'one result per record');
      outcomes.push(...(answer as SaveResult[]).map((result) => toOutcome(result, what)));
    }
    return outcomes;
  }
  const method = change.operation === 'create' ? 'POST' : 'PATCH';
  for (const records of chunks<Readonly<Record<string, unknown>>>(change.records)) {
    const what = `the ${change.operation === 'create' ? 'creation' : 'update'} of ${records.length} ${change.type} record(s)`;
    const body = { allOrNone: false, records: records.map((record) => ({ attributes: { type: change.type }, ...record })) };
    // eslint-disable-next-line no-await-in-loop -- chunks go one after the other, in order
    const answer = await send(method, '/composite/sobjects', what, body);
    if (!Array.isArray(answer) || answer.length !== records.length) throw malformedAnswer(what, 'one result per record');
    outcomes.push(...(answer as SaveResult[]).map((result) => toOutcome(result, what)));
  }
  return outcomes;
};

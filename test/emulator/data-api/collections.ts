import { jsonReply, restError, type Reply } from '../http-exchange.js';
import { DmlError } from '../platform/dml-error.js';
import { createRecord, deleteRecord, updateRecord } from '../platform/dml.js';
import type { SObjectRecord } from '../data/record-store.js';
import { attributesOf } from '../soql/projection.js';
import { urlBase, type DataContext, type DataRequest } from './data-context.js';

/** At most 200 records a call: https://developer.salesforce.com/docs/platform/api-rest/guide/resources-composite-sobjects-collections-create.html */
export const COLLECTION_LIMIT = 200;

type SaveResult = { id?: string; success: boolean; errors: Array<{ statusCode: string; message: string; fields: string[] }> };

const failure = (error: DmlError, id?: string): SaveResult => ({ ...(id ? { id } : {}), success: false, errors: [{ statusCode: error.statusCode, message: error.message, fields: [...error.fields] }] });

/** The SaveResult of a record rolled back with the others, in the words of the REST API reference's sObject Collections examples. */
const rolledBack = (id?: string): SaveResult =>
  failure(new DmlError('ALL_OR_NONE_OPERATION_ROLLED_BACK', 'Record rolled back because not all records were valid and the request was using AllOrNone header'), id);

/**
 * Runs one operation per record. Without allOrNone each record stands alone; with it, every record is still
 * tried (each failure reports its own error) and then, if any failed, all are rolled back and the others
 * report ALL_OR_NONE_OPERATION_ROLLED_BACK.
 */
const perRecord = <T>(context: DataContext, items: readonly T[], allOrNone: boolean, operation: (item: T) => string): SaveResult[] => {
  const restore = context.db.store.snapshot();
  const results = items.map((item): SaveResult => {
    try {
      return { id: operation(item), success: true, errors: [] };
    } catch (error) {
      if (error instanceof DmlError) return failure(error);
      throw error;
    }
  });
  if (!allOrNone || results.every((result) => result.success)) return results;
  restore();
  return results.map((result) => (result.success ? rolledBack(result.id) : result));
};

const recordsOf = (body: unknown): Array<Record<string, unknown>> => {
  const records = (body as { records?: unknown } | null)?.records;
  return Array.isArray(records) ? (records as Array<Record<string, unknown>>) : [];
};

const typeOf = (record: Record<string, unknown>): string => {
  const declared = (record.attributes as { type?: unknown } | undefined)?.type;
  if (typeof declared === 'string') return declared;
  throw new DmlError('INVALID_TYPE', 'Must specify a type in attributes for each record'); // unverified wording
};

/** More than 200 records: refused whole (SOAP's EXCEEDED_ID_LIMIT wording; REST's is unverified). */
const tooMany = (): Reply => restError(400, 'EXCEEDED_ID_LIMIT', `record limit reached. cannot submit more than ${COLLECTION_LIMIT} records into this call`);

/** POST /composite/sobjects/{Type} with {ids, fields}: the records, null where an Id has none. */
const retrieveMany = (context: DataContext, type: string, body: unknown): Reply => {
  const { ids = [], fields = [] } = (body ?? {}) as { ids?: string[]; fields?: string[] };
  if (ids.length > 2000) return tooMany();
  const object = context.db.catalogue.find(type, context.api);
  if (!object) return restError(404, 'NOT_FOUND', 'The requested resource does not exist');
  return jsonReply(
    200,
    ids.map((id) => {
      const row: SObjectRecord | undefined = context.db.get(object.name, id);
      if (!row || row.IsDeleted === true) return null;
      return { attributes: attributesOf(object.name, row.Id, urlBase(context)), ...Object.fromEntries(fields.map((name) => [context.db.catalogue.field(object, name)?.name ?? name, row[context.db.catalogue.field(object, name)?.name ?? name] ?? null])) };
    })
  );
};

/** /composite/sobjects: POST creates, PATCH updates, DELETE ?ids= deletes; always 200 with a SaveResult per record. */
export const collectionsRoute = (context: DataContext, request: DataRequest): Reply | undefined => {
  const [root, kind, type, ...rest] = request.resource.split('/').filter(Boolean);
  if (root !== 'composite' || kind !== 'sobjects' || rest.length > 0) return undefined;
  const { db, api } = context;
  if (type !== undefined) return request.method === 'POST' ? retrieveMany(context, type, request.body) : undefined;
  const allOrNone = request.method === 'DELETE' ? request.query.get('allOrNone') === 'true' : (request.body as { allOrNone?: unknown } | null)?.allOrNone === true;
  if (request.method === 'DELETE') {
    const ids = (request.query.get('ids') ?? '').split(',').filter(Boolean);
    if (ids.length > COLLECTION_LIMIT) return tooMany();
    return jsonReply(
      200,
      perRecord(context, ids, allOrNone, (id) => {
        const object = db.catalogue.ofId(id);
        // As the REST API reference's sObject Collections examples word it.
        if (!object) throw new DmlError('MALFORMED_ID', `malformed id ${id}`);
        deleteRecord(db, api, object.name, id);
        return id;
      })
    );
  }
  const records = recordsOf(request.body);
  if (records.length > COLLECTION_LIMIT) return tooMany();
  if (request.method === 'POST') return jsonReply(200, perRecord(context, records, allOrNone, (record) => createRecord(db, api, typeOf(record), record)));
  if (request.method === 'PATCH') {
    return jsonReply(
      200,
      perRecord(context, records, allOrNone, (record) => {
        const id = record.Id ?? record.id;
        // SOAP's wording for an update without Id; REST's unverified.
        if (typeof id !== 'string') throw new DmlError('MISSING_ARGUMENT', 'Id not specified in an update call', ['Id']);
        updateRecord(db, api, typeOf(record), id, record);
        return id;
      })
    );
  }
  return undefined;
};

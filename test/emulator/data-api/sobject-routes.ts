import { jsonReply, notFound, type Reply } from '../http-exchange.js';
import { DmlError } from '../platform/dml-error.js';
import { createRecord, deleteRecord, existingRow, findObject, updateRecord } from '../platform/dml.js';
import { attributesOf } from '../soql/projection.js';
import { urlBase, type DataContext, type DataRequest } from './data-context.js';
import { describeGlobal, describeObject, objectSummary } from './describe.js';
import { noContent } from './error-replies.js';
import { afterRead } from './status-reads.js';

const bodyObject = (body: unknown): Record<string, unknown> => {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new DmlError('JSON_PARSER_ERROR', 'The request body must be a JSON object');
  return body as Record<string, unknown>;
};

/** GET /sobjects/{Type}/{Id}[?fields=A,B]: the record, every field unless some are asked for. */
const readRecord = (context: DataContext, type: string, id: string, fieldList: string | null): Reply => {
  const { db } = context;
  const object = findObject(db, context.api, type);
  existingRow(db, object, id);
  const row = db.get(object.name, id) ?? {};
  const names = fieldList
    ? fieldList.split(',').map((name) => {
        const field = db.catalogue.field(object, name.trim());
        if (!field) throw new DmlError('INVALID_FIELD', `No such column '${name.trim()}' on sobject of type ${object.name}`);
        return field.name;
      })
    : Object.keys(db.catalogue.fieldsOf(object));
  const record = { attributes: attributesOf(object.name, row.Id, urlBase(context)), ...Object.fromEntries(names.map((name) => [name, row[name] ?? null])) };
  afterRead(db, object.name, [String(row.Id)], names);
  return jsonReply(200, record);
};

/**
 * /sobjects: describeGlobal; /sobjects/{Type}: its summary (GET) or a new record (POST, 201 {id, success,
 * errors}); /sobjects/{Type}/describe; /sobjects/{Type}/{Id}: GET, PATCH (204), DELETE (204). An unknown type
 * or record is 404 NOT_FOUND, as Salesforce answers.
 */
export const sobjectRoute = (context: DataContext, request: DataRequest): Reply | undefined => {
  const [root, type, second, ...rest] = request.resource.split('/').filter(Boolean);
  if (root !== 'sobjects' || rest.length > 0) return undefined;
  const { db, api } = context;
  const { method } = request;
  if (type === undefined) return method === 'GET' ? jsonReply(200, describeGlobal(db.catalogue.list(api), urlBase(context))) : undefined;
  if (second === 'describe') {
    const object = db.catalogue.find(type, api);
    return method !== 'GET' ? undefined : object ? jsonReply(200, describeObject(db, object, urlBase(context))) : notFound();
  }
  if (second === undefined && method === 'GET') return jsonReply(200, { objectDescribe: objectSummary(findObject(db, api, type), urlBase(context)), recentItems: [] });
  if (second === undefined && method === 'POST') return jsonReply(201, { id: createRecord(db, api, type, bodyObject(request.body)), success: true, errors: [] });
  if (second === undefined) return undefined;
  if (method === 'GET') return readRecord(context, type, second, request.query.get('fields'));
  if (method === 'PATCH') {
    updateRecord(db, api, type, second, bodyObject(request.body));
    return noContent();
  }
  if (method === 'DELETE') {
    deleteRecord(db, api, type, second);
    return noContent();
  }
  return undefined;
};

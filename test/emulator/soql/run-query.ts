import type { FieldType, Query, Subquery } from '@jetstreamapp/soql-parser-js';
import type { ApiSurface, ObjectDefinition } from '../data/object-definition.js';
import type { OrgDatabase } from '../data/org-database.js';
import { idKey, sameId, type SObjectRecord } from '../data/record-store.js';
import { resolvePath, valueAt, type FieldPath } from './field-paths.js';
import { compileWhere, type FilterContext } from './filter.js';
import { parseSoql } from './parse-soql.js';
import { projectRow, type JsonRecord } from './projection.js';
import { orderRows } from './order-rows.js';
import { queryError, unsupported } from './soql-error.js';
import { whereTree } from './where-tree.js';

export type QueryRequest = { soql: string; api: ApiSurface; includeDeleted: boolean; urlBase: string };

/** The answer before paging, and which rows and fields were read (a group's Status read moves its recalculation on). */
export type QueryAnswer = { totalSize: number; records: JsonRecord[]; read: { type: string; ids: string[]; fields: string[] } };

type Selection = { paths: FieldPath[]; children: Array<{ name: string; child: ObjectDefinition; field: string; query: Subquery }>; count: 'rows' | { alias: string; path: FieldPath | undefined } | undefined };

const invalidType = (soql: string, name: string): Error =>
  queryError('INVALID_TYPE', soql, name, `sObject type '${name}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`);

const selectionOf = (db: OrgDatabase, object: ObjectDefinition, query: Query | Subquery, soql: string): Selection => {
  const selection: Selection = { paths: [], children: [], count: undefined };
  const alias = query.sObjectAlias;
  for (const item of query.fields ?? ([] as FieldType[])) {
    if (item.type === 'Field') selection.paths.push(resolvePath(db.catalogue, object, item.field, soql, alias));
    else if (item.type === 'FieldRelationship') selection.paths.push(resolvePath(db.catalogue, object, [...item.relationships, item.field].join('.'), soql, alias));
    else if (item.type === 'FieldSubquery') {
      const name = item.subquery.relationshipName;
      const relationship = db.catalogue.childRelationships(object).find((candidate) => candidate.relationshipName.toLowerCase() === name.toLowerCase());
      const child = relationship && db.catalogue.find(relationship.childSObject);
      // unverified wording
      if (!relationship || !child) throw queryError('INVALID_TYPE', soql, name, `Didn't understand relationship '${name}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`);
      selection.children.push({ name: relationship.relationshipName, child, field: relationship.field, query: item.subquery });
    } else if (item.type === 'FieldFunctionExpression' && item.functionName.toUpperCase() === 'COUNT') {
      const [parameter] = item.parameters;
      if (parameter !== undefined && typeof parameter !== 'string') throw unsupported(soql, 'a function inside COUNT()');
      selection.count = parameter === undefined ? 'rows' : { alias: item.alias ?? 'expr0', path: resolvePath(db.catalogue, object, parameter, soql, alias) };
    } else throw unsupported(soql, `${item.type === 'FieldFunctionExpression' ? `${item.functionName}()` : 'TYPEOF'} in SELECT`);
  }
  if (selection.count && (selection.paths.length > 0 || selection.children.length > 0)) throw unsupported(soql, 'COUNT() beside other fields without GROUP BY');
  return selection;
};

/** The rows a query (or subquery) selects, filtered, ordered and cut to OFFSET and LIMIT. */
const selectRows = (db: OrgDatabase, request: QueryRequest, object: ObjectDefinition, query: Query | Subquery, rows: SObjectRecord[]): SObjectRecord[] => {
  const context: FilterContext = {
    db,
    object,
    soql: request.soql,
    alias: query.sObjectAlias,
    now: new Date(),
    runSubquery: (subquery) => semiJoinIds(db, request, subquery),
  };
  const keep = query.where ? compileWhere(context, whereTree(request.soql, query.where)) : (): boolean => true;
  const clauses = query.orderBy === undefined ? [] : Array.isArray(query.orderBy) ? query.orderBy : [query.orderBy];
  const ordered = orderRows(db, object, rows.filter(keep), clauses, request.soql, query.sObjectAlias);
  const offset = query.offset ?? 0;
  return ordered.slice(offset, query.limit === undefined ? undefined : offset + query.limit);
};

/** A semi-join's subquery answers with the Ids it selects (SELECT PermissionSetId FROM PermissionSetAssignment WHERE ...). */
const semiJoinIds = (db: OrgDatabase, request: QueryRequest, query: Query): Set<string> => {
  const object = db.catalogue.find(query.sObject ?? '', request.api);
  if (!object) throw invalidType(request.soql, query.sObject ?? '');
  const [path, ...more] = selectionOf(db, object, query, request.soql).paths;
  if (!path || more.length > 0 || !['id', 'reference'].includes(path.field.type)) throw unsupported(request.soql, 'a semi-join that does not select one Id field');
  const rows = selectRows(db, request, object, query, db.rows(object.name));
  return new Set(rows.map((row) => valueAt(db, row, path)).filter((value): value is string => typeof value === 'string').map(idKey));
};

/**
 * Runs a query over the org's tables: the object must be one the API serves (INVALID_TYPE otherwise), fields
 * and relationship paths must exist (INVALID_FIELD), literals must suit their fields. COUNT() answers with
 * totalSize and no records; COUNT(field) with one AggregateResult; a child subquery with the related records,
 * or null where there are none (https://github.com/SFDO-Tooling/CumulusCI/pull/2193).
 */
export const runQuery = (db: OrgDatabase, request: QueryRequest): QueryAnswer => {
  const query = parseSoql(request.soql);
  const object = db.catalogue.find(query.sObject ?? '', request.api);
  if (!object) throw invalidType(request.soql, query.sObject ?? '');
  const selection = selectionOf(db, object, query, request.soql);
  const rows = selectRows(db, request, object, query, db.rows(object.name, request.includeDeleted));
  const read = { type: object.name, ids: rows.map((row) => String(row.Id)), fields: selection.paths.filter((path) => path.references.length === 0).map((path) => path.field.name) };
  if (selection.count === 'rows') return { totalSize: rows.length, records: [], read };
  if (selection.count) {
    const { alias, path } = selection.count;
    const counted = path ? rows.filter((row) => valueAt(db, row, path) !== null).length : rows.length;
    return { totalSize: 1, records: [{ attributes: { type: 'AggregateResult' }, [alias]: counted }], read };
  }
  const records = rows.map((row) => {
    const record = projectRow(db, object.name, row, selection.paths, request.urlBase);
    for (const { name, child, field, query: subquery } of selection.children) {
      const childPaths = selectionOf(db, child, subquery, request.soql).paths;
      const related = selectRows(db, request, child, subquery, db.rows(child.name).filter((candidate) => sameId(candidate[field], row.Id)));
      record[name] = related.length === 0 ? null : { totalSize: related.length, done: true, records: related.map((childRow) => projectRow(db, child.name, childRow, childPaths, request.urlBase)) };
    }
    return record;
  });
  return { totalSize: records.length, records, read };
};

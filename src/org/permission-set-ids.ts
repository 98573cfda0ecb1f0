import type { OrgSession } from './org-session.js';
import { inChunks, soqlList } from './soql.js';

type PermissionSetRow = { Id: string; Name: string; NamespacePrefix?: string | null };

/** Permission sets by their Name or their Id, one query per IN list; each with its API name (namespace included). */
const permissionSetsBy = async (session: OrgSession, field: 'Name' | 'Id', values: readonly string[], what: string): Promise<Array<{ id: string; name: string }>> => {
  const pages = await Promise.all(inChunks(values).map((chunk) => session.query<PermissionSetRow>(`SELECT Id, Name, NamespacePrefix FROM PermissionSet WHERE ${field} IN ${soqlList(chunk)}`, what)));
  return pages.flat().map(({ Id, Name, NamespacePrefix }) => ({ id: Id, name: NamespacePrefix ? `${NamespacePrefix}__${Name}` : Name }));
};

/**
 * The org's Ids of the permission sets an External Client App's policies name, for projects set to
 * `permissionSetReference: id` (deploy writes the Ids into what it sends), by name.
 */
export const readPermissionSetIds = async (session: OrgSession, names: readonly string[]): Promise<Map<string, string>> =>
  new Map((await permissionSetsBy(session, 'Name', names, 'the Ids of the permission sets the app policies name')).map(({ id, name }) => [name, id]));

/**
 * The API names of permission sets given by Id (the policies of such a project, as the org returns them: the
 * audit compares names), keyed by the Id's first 15 characters.
 */
export const readPermissionSetNames = async (session: OrgSession, ids: readonly string[]): Promise<ReadonlyMap<string, string>> =>
  new Map((await permissionSetsBy(session, 'Id', ids, 'the names of the permission sets the app policies name by Id')).map(({ id, name }) => [id.slice(0, 15), name]));

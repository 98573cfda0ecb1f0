import type { OrgSession } from './org-session.js';
import { inChunks, soqlList } from './soql.js';

/**
 * The API names of permission sets given by Id (an External Client App's policies name them by Id in projects
 * set to `permissionSetReference: id`), keyed by the Id's first 15 characters.
 */
export const readPermissionSetNames = async (session: OrgSession, ids: readonly string[]): Promise<ReadonlyMap<string, string>> => {
  const rows = await Promise.all(
    inChunks(ids).map((chunk) => session.query<{ Id: string; Name: string; NamespacePrefix: string | null }>(`SELECT Id, Name, NamespacePrefix FROM PermissionSet WHERE Id IN ${soqlList(chunk)}`, 'the names of the permission sets the app policies name by Id'))
  );
  return new Map(rows.flat().map(({ Id, Name, NamespacePrefix }) => [Id.slice(0, 15), NamespacePrefix ? `${NamespacePrefix}__${Name}` : Name]));
};

import type { OrgSession } from './org-session.js';
import { inChunks, soqlList } from './soql.js';

/** A group's recalculation status (Object Reference, PermissionSetGroup.Status): only Updated can be assigned. */
export type GroupStatus = { id: string; status: string };

/** Every group asked for, by name (lower case): its Id and status; absent where the org has none. */
export const readGroupStatuses = async (session: OrgSession, names: readonly string[]): Promise<Map<string, GroupStatus>> => {
  const pages = await Promise.all(
    inChunks(names).map((chunk) => session.query(`SELECT Id, DeveloperName, Status FROM PermissionSetGroup WHERE DeveloperName IN ${soqlList(chunk)}`, 'the status of the permission set groups'))
  );
  return new Map(pages.flat().map((row) => [String(row.DeveloperName).toLowerCase(), { id: String(row.Id), status: String(row.Status) }]));
};

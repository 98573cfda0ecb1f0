import type { OrgDatabase } from '../data/org-database.js';
import { statusRead } from '../platform/group-recalculation.js';

/** After a client read permission set groups' Status (a query or a GET), their recalculation moves on a step. */
export const afterRead = (db: OrgDatabase, type: string, ids: readonly string[], fields: readonly string[]): void => {
  if (type !== 'PermissionSetGroup' || !fields.includes('Status')) return;
  for (const id of ids) statusRead(db, id);
};

import type { OrgDatabase } from '../data/org-database.js';
import { sameId } from '../data/record-store.js';
import { isRecalculating } from '../platform/group-recalculation.js';
import { qualifiedName } from '../platform/metadata-tables.js';

/**
 * For each permission set (by its name as metadata names it), the groups it belongs to that are being
 * recalculated now. Read once, when a deploy starts: the recalculations the deploy itself causes come after it.
 */
export const recalculatingGroups = (db: OrgDatabase): ((permissionSet: string) => string[]) => {
  const groups = db.rows('PermissionSetGroup').filter((group) => isRecalculating(group.Status));
  const byPermissionSet = new Map<string, string[]>();
  for (const group of groups) {
    for (const member of db.rows('PermissionSetGroupComponent').filter((row) => sameId(row.PermissionSetGroupId, group.Id))) {
      const permissionSet = db.get('PermissionSet', String(member.PermissionSetId));
      if (!permissionSet) continue;
      const name = qualifiedName(permissionSet, 'Name').toLowerCase();
      byPermissionSet.set(name, [...(byPermissionSet.get(name) ?? []), qualifiedName(group, 'DeveloperName')]);
    }
  }
  return (permissionSet) => byPermissionSet.get(permissionSet.toLowerCase()) ?? [];
};

import { grantingPermissionSets } from '../../data/effective-permissions.js';
import type { OrgDatabase } from '../../data/org-database.js';
import { sameId, type SObjectRecord } from '../../data/record-store.js';
import { licenceOfUser } from '../../data/derived-fields.js';

export const INTEGRATION_LICENCE = 'Salesforce Integration';
export const INTEGRATION_PSL = 'SalesforceAPIIntegrationPsl';

const RIGHTS: ReadonlyArray<readonly [string, string]> = [
  ['PermissionsRead', 'Read'],
  ['PermissionsCreate', 'Create'],
  ['PermissionsEdit', 'Edit'],
  ['PermissionsDelete', 'Delete'],
  ['PermissionsViewAllRecords', 'View All'],
  ['PermissionsModifyAllRecords', 'Modify All'],
];

export const isIntegrationUser = (db: OrgDatabase, user: SObjectRecord): boolean => {
  const licenceId = licenceOfUser(db, user);
  return licenceId !== undefined && db.store.get('UserLicense', licenceId)?.Name === INTEGRATION_LICENCE;
};

export const holdsIntegrationPsl = (db: OrgDatabase, userId: string): boolean => {
  const psl = db.where('PermissionSetLicense', { DeveloperName: INTEGRATION_PSL })[0];
  return psl !== undefined && db.rows('PermissionSetLicenseAssign').some((row) => sameId(row.AssigneeId, userId) && sameId(row.PermissionSetLicenseId, psl.Id));
};

/**
 * The first object or field access an assignment grants, named as the licence error names it: "Read
 * Accounts", "Delete dlrs__LookupRollupSummary__c" (https://support.veeva.com/hc/en-us/articles/115003888654,
 * https://github.com/SFDO-Community/declarative-lookup-rollup-summaries/issues/967); the field form
 * "Read Account.Industry" is unverified. Undefined when it grants none.
 */
export const firstDataAccess = (db: OrgDatabase, assignment: SObjectRecord): string | undefined => {
  const parents = grantingPermissionSets(db, assignment).map((row) => String(row.Id));
  const owned = (type: string): SObjectRecord[] =>
    db
      .rows(type)
      .filter((row) => parents.some((id) => sameId(row.ParentId, id)))
      .sort((a, b) => String(a.SobjectType).localeCompare(String(b.SobjectType)));
  for (const row of owned('ObjectPermissions')) {
    const right = RIGHTS.find(([field]) => row[field] === true);
    const object = db.catalogue.find(String(row.SobjectType));
    if (right) return `${right[1]} ${object && !object.custom ? object.labelPlural : String(row.SobjectType)}`;
  }
  const field = owned('FieldPermissions').find((row) => row.PermissionsRead === true);
  return field ? `Read ${String(field.Field)}` : undefined;
};

import { XMLParser } from 'fast-xml-parser';
import { permissionField, USER_PERMISSIONS } from '../data/catalogue/user-permissions.js';
import type { OrgDatabase } from '../data/org-database.js';
import { sameId, type SObjectRecord } from '../data/record-store.js';
import type { DeployedComponent } from '../deploy/deploy-zip.js';
import type { FieldValue } from '../org-schema.js';
import { markGroupOutdated } from './group-recalculation.js';
import { deleteAsPlatform, insertAsPlatform, updateAsPlatform } from './platform-writes.js';

type Xml = Record<string, unknown>;

const REPEATED = new Set(['userPermissions', 'objectPermissions', 'fieldPermissions', 'permissionSets', 'mutingPermissionSets']);
const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (name) => REPEATED.has(name) });

const rootOf = (xml: string): Xml => (Object.entries(parser.parse(xml) as Xml).find(([key]) => key !== '?xml')?.[1] ?? {}) as Xml;
const list = (value: unknown): Xml[] => (Array.isArray(value) ? (value as Xml[]) : []);
/** A repeated element of text only (<permissionSets>X</permissionSets>). */
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const yes = (value: unknown): boolean => value === 'true';

/** Updates the row that has these fields, or inserts one: a deploy creates what is new and updates what exists. */
const upsert = (db: OrgDatabase, type: string, key: Readonly<Record<string, FieldValue>>, fields: Readonly<Record<string, FieldValue>>): { row: SObjectRecord; created: boolean } => {
  const existing = db.where(type, key)[0];
  return existing ? { row: updateAsPlatform(db, type, String(existing.Id), fields), created: false } : { row: insertAsPlatform(db, type, { ...key, ...fields }), created: true };
};

/**
 * A deployed permission set replaces all its content (API 40+): its object and field permissions are rewritten.
 * Written directly: the permission set's own update has already put its groups back to Outdated.
 */
const replaceGrants = (db: OrgDatabase, parentId: string, root: Xml, created: boolean): void => {
  for (const type of created ? [] : ['ObjectPermissions', 'FieldPermissions']) {
    for (const row of db.store.rows(type).filter((candidate) => sameId(candidate.ParentId, parentId))) db.store.remove(type, String(row.Id));
  }
  for (const grant of list(root.objectPermissions)) {
    db.insertRow('ObjectPermissions', {
      ParentId: parentId,
      SobjectType: text(grant.object),
      PermissionsRead: yes(grant.allowRead),
      PermissionsCreate: yes(grant.allowCreate),
      PermissionsEdit: yes(grant.allowEdit),
      PermissionsDelete: yes(grant.allowDelete),
      PermissionsViewAllRecords: yes(grant.viewAllRecords),
      PermissionsModifyAllRecords: yes(grant.modifyAllRecords),
      PermissionsViewAllFields: yes(grant.viewAllFields),
    });
  }
  for (const grant of list(root.fieldPermissions)) {
    const field = text(grant.field) ?? '';
    db.insertRow('FieldPermissions', { ParentId: parentId, SobjectType: field.split('.')[0] ?? '', Field: field, PermissionsRead: yes(grant.readable), PermissionsEdit: yes(grant.editable) });
  }
};

/** PermissionSet (Type Regular) or, for a muting permission set, a MutingPermissionSet and its PermissionSet (Type Muting, unverified). */
const syncPermissionSet = (db: OrgDatabase, fullName: string, root: Xml, type: 'Regular' | 'Muting'): void => {
  const enabled = new Set(list(root.userPermissions).filter((entry) => yes(entry.enabled)).map((entry) => text(entry.name)));
  const permissions = Object.fromEntries(USER_PERMISSIONS.map((permission) => [permissionField(permission), enabled.has(permission)]));
  const label = text(root.label) ?? fullName;
  const { row, created } = upsert(db, 'PermissionSet', { Name: fullName, Type: type }, { Label: label, Description: text(root.description), HasActivationRequired: yes(root.hasActivationRequired), ...permissions });
  if (type === 'Muting') upsert(db, 'MutingPermissionSet', { DeveloperName: fullName }, { MasterLabel: label, Description: text(root.description) });
  replaceGrants(db, String(row.Id), root, created);
};

/** A group, its components as the file lists them, and a recalculation: the group is Outdated after a deploy. */
const syncGroup = (db: OrgDatabase, fullName: string, root: Xml): void => {
  const { row: group } = upsert(db, 'PermissionSetGroup', { DeveloperName: fullName }, { MasterLabel: text(root.label) ?? fullName, Description: text(root.description), HasActivationRequired: yes(root.hasActivationRequired) });
  const groupId = String(group.Id);
  const names = [...texts(root.permissionSets), ...texts(root.mutingPermissionSets)];
  const permissionSets = db.store.rows('PermissionSet');
  const wanted = names.map((name) => permissionSets.find((row) => row.Name === name && (row.Type === 'Regular' || row.Type === 'Muting'))).filter((row): row is SObjectRecord => row !== undefined);
  const current = db.store.rows('PermissionSetGroupComponent').filter((row) => sameId(row.PermissionSetGroupId, groupId));
  for (const component of current) if (!wanted.some((row) => sameId(row.Id, component.PermissionSetId))) deleteAsPlatform(db, 'PermissionSetGroupComponent', String(component.Id));
  for (const permissionSet of wanted) {
    if (!current.some((component) => sameId(component.PermissionSetId, permissionSet.Id))) insertAsPlatform(db, 'PermissionSetGroupComponent', { PermissionSetGroupId: groupId, PermissionSetId: permissionSet.Id ?? null });
  }
  markGroupOutdated(db, groupId);
};

const ORDER = ['PermissionSet', 'MutingPermissionSet', 'PermissionSetGroup', 'CustomPermission', 'ApexClass'];

/**
 * Keeps the tables consistent with the metadata a deploy changed (org-emulation.md): a permission set is a
 * PermissionSet row with its ObjectPermissions and FieldPermissions, a group a PermissionSetGroup row with its
 * components, a custom permission and an Apex class their rows. Permission sets go first, so that a group
 * deployed with them finds them.
 */
export const syncDeployedMetadata = (db: OrgDatabase, components: readonly DeployedComponent[]): void => {
  const ordered = components.filter(({ type }) => ORDER.includes(type)).sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type));
  for (const { type, fullName, content } of ordered) {
    if (type === 'ApexClass') {
      upsert(db, 'ApexClass', { Name: fullName }, { Status: 'Active', IsValid: true });
      continue;
    }
    const root = rootOf(content);
    if (type === 'PermissionSet' || type === 'MutingPermissionSet') syncPermissionSet(db, fullName, root, type === 'PermissionSet' ? 'Regular' : 'Muting');
    else if (type === 'PermissionSetGroup') syncGroup(db, fullName, root);
    else upsert(db, 'CustomPermission', { DeveloperName: fullName }, { MasterLabel: text(root.label) ?? fullName, Description: text(root.description) });
  }
};

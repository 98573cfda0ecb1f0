import { permissionField, USER_PERMISSIONS } from '../data/catalogue/user-permissions.js';
import type { OrgDatabase } from '../data/org-database.js';
import { sameId, type SObjectRecord } from '../data/record-store.js';
import { childrenOf, parseMetadata, textOf, type MetadataNode } from '../metadata/metadata-tree.js';
import type { FieldValue } from '../org-schema.js';
import { markGroupOutdated } from './group-recalculation.js';
import { deleteAsPlatform, insertAsPlatform, updateAsPlatform } from './platform-writes.js';

/** What the tables need of a component: its type, its name, its file, and the managed package it came from. */
export type TableComponent = { type: string; fullName: string; content: string; namespacePrefix?: string | undefined };

/** The types that are rows as well as metadata, in the order a deploy writes them (permission sets before their groups). */
export const TABLE_TYPES: readonly string[] = ['ApexClass', 'CustomPermission', 'PermissionSet', 'MutingPermissionSet', 'PermissionSetGroup'];

/** Where a type keeps its API name, and the row that stands for a component (a permission set of Type Regular, not a profile's). */
const NAME_FIELD: Readonly<Record<string, string>> = { ApexClass: 'Name', CustomPermission: 'DeveloperName', PermissionSet: 'Name', MutingPermissionSet: 'DeveloperName', PermissionSetGroup: 'DeveloperName' };

/** A managed component's row names it without its namespace: acme__Connector_User is Name Connector_User, NamespacePrefix acme. */
const rowKey = (type: string, fullName: string, namespacePrefix: string | undefined): Record<string, FieldValue> => {
  const name = namespacePrefix && fullName.startsWith(`${namespacePrefix}__`) ? fullName.slice(namespacePrefix.length + 2) : fullName;
  return { [NAME_FIELD[type] ?? 'Name']: name, NamespacePrefix: namespacePrefix ?? null, ...(type === 'PermissionSet' ? { Type: 'Regular' } : {}) };
};

/** The name a component has for a row: its namespace, two underscores, its API name. */
export const qualifiedName = (row: SObjectRecord, nameField: string): string =>
  typeof row.NamespacePrefix === 'string' && row.NamespacePrefix !== '' ? `${row.NamespacePrefix}__${String(row[nameField])}` : String(row[nameField]);

/** The row that stands for a component, if the type has rows. */
export const componentRow = (db: OrgDatabase, type: string, fullName: string): SObjectRecord | undefined => {
  const nameField = NAME_FIELD[type];
  if (!nameField) return undefined;
  const rows = type === 'PermissionSet' ? db.where('PermissionSet', { Type: 'Regular' }) : db.rows(type);
  return rows.find((row) => qualifiedName(row, nameField).toLowerCase() === fullName.toLowerCase());
};

/** Updates the row that has these fields, or inserts one: a deploy creates what is new and updates what exists. */
const upsert = (db: OrgDatabase, type: string, key: Readonly<Record<string, FieldValue>>, fields: Readonly<Record<string, FieldValue>>): { row: SObjectRecord; created: boolean } => {
  const existing = db.where(type, key)[0];
  return existing ? { row: updateAsPlatform(db, type, String(existing.Id), fields), created: false } : { row: insertAsPlatform(db, type, { ...key, ...fields }), created: true };
};

const yes = (node: MetadataNode, element: string): boolean => textOf(node, element) === 'true';
const textOrNull = (node: MetadataNode, element: string): string | null => textOf(node, element) || null;

const removeGrants = (db: OrgDatabase, parentId: string): void => {
  for (const type of ['ObjectPermissions', 'FieldPermissions']) {
    for (const row of db.store.rows(type).filter((candidate) => sameId(candidate.ParentId, parentId))) db.store.remove(type, String(row.Id));
  }
};

/**
 * A deployed permission set replaces all its content (API 40+): its object and field permissions are rewritten.
 * Written directly: the permission set's own update has already put its groups back to Outdated.
 */
const replaceGrants = (db: OrgDatabase, parentId: string, root: MetadataNode): void => {
  removeGrants(db, parentId);
  for (const grant of childrenOf(root, 'objectPermissions')) {
    db.insertRow('ObjectPermissions', {
      ParentId: parentId,
      SobjectType: textOrNull(grant, 'object'),
      PermissionsRead: yes(grant, 'allowRead'),
      PermissionsCreate: yes(grant, 'allowCreate'),
      PermissionsEdit: yes(grant, 'allowEdit'),
      PermissionsDelete: yes(grant, 'allowDelete'),
      PermissionsViewAllRecords: yes(grant, 'viewAllRecords'),
      PermissionsModifyAllRecords: yes(grant, 'modifyAllRecords'),
      PermissionsViewAllFields: yes(grant, 'viewAllFields'),
    });
  }
  for (const grant of childrenOf(root, 'fieldPermissions')) {
    const field = textOf(grant, 'field');
    db.insertRow('FieldPermissions', { ParentId: parentId, SobjectType: field.split('.')[0] ?? '', Field: field, PermissionsRead: yes(grant, 'readable'), PermissionsEdit: yes(grant, 'editable') });
  }
};

/** PermissionSet (Type Regular) or, for a muting permission set, a MutingPermissionSet and its PermissionSet (Type Muting, unverified). */
const syncPermissionSet = (db: OrgDatabase, component: TableComponent, root: MetadataNode): void => {
  const enabled = new Set(childrenOf(root, 'userPermissions').filter((entry) => yes(entry, 'enabled')).map((entry) => textOf(entry, 'name')));
  const permissions = Object.fromEntries(USER_PERMISSIONS.map((permission) => [permissionField(permission), enabled.has(permission)]));
  const label = textOf(root, 'label') || component.fullName;
  const muting = component.type === 'MutingPermissionSet';
  const key = { ...rowKey('PermissionSet', component.fullName, component.namespacePrefix), Type: muting ? 'Muting' : 'Regular' };
  const { row } = upsert(db, 'PermissionSet', key, { Label: label, Description: textOrNull(root, 'description'), HasActivationRequired: yes(root, 'hasActivationRequired'), ...permissions });
  if (muting) upsert(db, 'MutingPermissionSet', rowKey(component.type, component.fullName, component.namespacePrefix), { MasterLabel: label, Description: textOrNull(root, 'description') });
  replaceGrants(db, String(row.Id), root);
};

/** A group, its components as the file lists them, and a recalculation: the group is Outdated after a deploy. */
const syncGroup = (db: OrgDatabase, component: TableComponent, root: MetadataNode): void => {
  const fields = { MasterLabel: textOf(root, 'label') || component.fullName, Description: textOrNull(root, 'description'), HasActivationRequired: yes(root, 'hasActivationRequired') };
  const { row: group } = upsert(db, 'PermissionSetGroup', rowKey(component.type, component.fullName, component.namespacePrefix), fields);
  const groupId = String(group.Id);
  const names = [...(root.permissionSets ?? []), ...(root.mutingPermissionSets ?? [])].filter((name) => typeof name === 'string').map((name) => name.toLowerCase());
  const members = db.store.rows('PermissionSet').filter((row) => row.Type === 'Regular' || row.Type === 'Muting');
  const wanted = members.filter((row) => names.includes(qualifiedName(row, 'Name').toLowerCase()));
  const current = db.store.rows('PermissionSetGroupComponent').filter((row) => sameId(row.PermissionSetGroupId, groupId));
  for (const member of current) if (!wanted.some((row) => sameId(row.Id, member.PermissionSetId))) deleteAsPlatform(db, 'PermissionSetGroupComponent', String(member.Id));
  for (const permissionSet of wanted) {
    if (!current.some((member) => sameId(member.PermissionSetId, permissionSet.Id))) insertAsPlatform(db, 'PermissionSetGroupComponent', { PermissionSetGroupId: groupId, PermissionSetId: permissionSet.Id ?? null });
  }
  markGroupOutdated(db, groupId);
};

/**
 * Keeps the tables consistent with a component the org now holds (org-emulation.md): a permission set is a
 * PermissionSet row with its ObjectPermissions and FieldPermissions, a group a PermissionSetGroup row with its
 * components, a custom permission and an Apex class their rows. Other types have no rows.
 */
export const syncComponentRows = (db: OrgDatabase, component: TableComponent): void => {
  const { type, fullName, namespacePrefix } = component;
  if (type === 'ApexClass') {
    upsert(db, 'ApexClass', rowKey(type, fullName, namespacePrefix), { Status: 'Active', IsValid: true });
    return;
  }
  if (!TABLE_TYPES.includes(type)) return;
  const { node: root } = parseMetadata(component.content);
  if (type === 'PermissionSet' || type === 'MutingPermissionSet') syncPermissionSet(db, component, root);
  else if (type === 'PermissionSetGroup') syncGroup(db, component, root);
  else upsert(db, 'CustomPermission', rowKey(type, fullName, namespacePrefix), { MasterLabel: textOf(root, 'label') || fullName, Description: textOrNull(root, 'description') });
};

/** A deleted component's rows go with it: a permission set's grants, a group's components and its own permission set. */
export const deleteComponentRows = (db: OrgDatabase, type: string, fullName: string): void => {
  const row = componentRow(db, type, fullName);
  if (!row) return;
  const id = String(row.Id);
  if (type === 'MutingPermissionSet') {
    const permissionSet = db.where('PermissionSet', { Name: String(row.DeveloperName), Type: 'Muting' })[0];
    if (permissionSet) {
      removeGrants(db, String(permissionSet.Id));
      deleteAsPlatform(db, 'PermissionSet', String(permissionSet.Id));
    }
  }
  if (type === 'PermissionSet') removeGrants(db, id);
  if (type === 'PermissionSetGroup') {
    for (const member of db.where('PermissionSetGroupComponent', { PermissionSetGroupId: id })) db.store.remove('PermissionSetGroupComponent', String(member.Id));
  }
  deleteAsPlatform(db, type, id);
};

import type { FieldAccess, ObjectRight } from '../../src/manifest/manifest.js';
import type { OrgEmulator } from '../emulator/org-emulator.js';
import { permissionSetGroupXml } from '../emulator/metadata-source.js';
import { legacyConnectedAppXml } from './org-component-builder.js';
import { anIntegrationUser } from './org-user-builder.js';

/** A permission set as an admin made it in Setup: the rights it holds, exactly (nothing is added for them). */
export type OrgPermissionSetSpec = {
  label: string;
  description?: string;
  /** Object -> the rights held; a retrieve writes every right, true or false. */
  objects?: Readonly<Record<string, readonly ObjectRight[]>>;
  /** `Object.Field` -> read or edit. */
  fields?: Readonly<Record<string, FieldAccess>>;
  userPermissions?: readonly string[];
  apexClasses?: readonly string[];
  /** `Object.RecordType`. */
  recordTypes?: readonly string[];
  /** Tab settings, which no manifest expresses. */
  tabs?: readonly string[];
  hasActivationRequired?: boolean;
};

const RIGHTS: ReadonlyArray<readonly [string, ObjectRight]> = [
  ['allowCreate', 'create'],
  ['allowDelete', 'delete'],
  ['allowEdit', 'edit'],
  ['allowRead', 'read'],
  ['modifyAllRecords', 'modifyAll'],
  ['viewAllFields', 'viewAllFields'],
  ['viewAllRecords', 'viewAll'],
];

const entry = (element: string, children: ReadonlyArray<readonly [string, string]>): string =>
  [`    <${element}>`, ...children.map(([name, value]) => `        <${name}>${value}</${name}>`), `    </${element}>`].join('\n');

const sorted = (values: readonly string[] = []): string[] => [...values].sort();

/**
 * The file a retrieve gives of a permission set made in Setup: elements in the WSDL's (alphabetical) order, every
 * object and field right written, true or false, entries sorted by their key.
 */
export const orgPermissionSetXml = (spec: OrgPermissionSetSpec): string => {
  const root = (name: string, value: string): string => `    <${name}>${value}</${name}>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">',
    ...sorted(spec.apexClasses).map((apexClass) => entry('classAccesses', [['apexClass', apexClass], ['enabled', 'true']])),
    ...(spec.description === undefined ? [] : [root('description', spec.description)]),
    ...sorted(Object.keys(spec.fields ?? {})).map((field) => entry('fieldPermissions', [['editable', String(spec.fields![field] === 'edit')], ['field', field], ['readable', 'true']])),
    root('hasActivationRequired', String(spec.hasActivationRequired ?? false)),
    root('label', spec.label),
    ...sorted(Object.keys(spec.objects ?? {})).map((object) =>
      entry('objectPermissions', [...RIGHTS.filter(([element]) => element < 'object').map(([element, right]) => [element, String(spec.objects![object]!.includes(right))] as const), ['object', object], ...RIGHTS.filter(([element]) => element > 'object').map(([element, right]) => [element, String(spec.objects![object]!.includes(right))] as const)])
    ),
    ...sorted(spec.recordTypes).map((recordType) => entry('recordTypeVisibilities', [['recordType', recordType], ['visible', 'true']])),
    ...sorted(spec.tabs).map((tab) => entry('tabSettings', [['tab', tab], ['visibility', 'Visible']])),
    ...sorted(spec.userPermissions).map((name) => entry('userPermissions', [['enabled', 'true'], ['name', name]])),
    '</PermissionSet>',
    '',
  ].join('\n');
};

/** What an integration set up by hand holds: its user, permission sets, groups and their mutes, and an app. */
export type LegacyIntegrationSpec = {
  username: string;
  /** The user's profile, by name: the API-only one unless a test says otherwise. */
  profile?: string;
  /** Permission sets made in Setup, by API name, assigned to the user directly unless a group bundles them. */
  permissionSets?: Readonly<Record<string, OrgPermissionSetSpec>>;
  groups?: Readonly<Record<string, { label: string; permissionSets: readonly string[]; muting?: { name: string; xml: string } }>>;
  /** Permission sets assigned directly beyond those above (a managed package's, put in the org by the test). */
  alsoAssigned?: readonly string[];
  /** Components of the apps: type, full name, file. */
  apps?: ReadonlyArray<{ type: string; fullName: string; xml: string }>;
  /** Whether the user holds the Salesforce API Integration permission set licence. */
  integrationLicence?: boolean;
};

/**
 * Puts a hand-made integration in the org, as an admin left it: the user, its permission sets and groups made in
 * Setup and assigned, and its app. Returns the user's Id.
 */
export const arrangeLegacyIntegration = (org: OrgEmulator, spec: LegacyIntegrationSpec): string => {
  const user = org.insert('User', { ...(anIntegrationUser({ Username: spec.username }) as Record<string, string>), Profile: { Name: spec.profile ?? 'Minimum Access - API Only Integrations' } });
  const userId = String(user.Id);
  if (spec.integrationLicence ?? true) {
    org.insert('PermissionSetLicenseAssign', { AssigneeId: userId, PermissionSetLicenseId: String(org.record('PermissionSetLicense', { DeveloperName: 'SalesforceAPIIntegrationPsl' }).Id) });
  }
  for (const [name, permissionSet] of Object.entries(spec.permissionSets ?? {})) org.setup.put('PermissionSet', name, orgPermissionSetXml(permissionSet));
  const grouped = new Set(Object.values(spec.groups ?? {}).flatMap(({ permissionSets }) => permissionSets));
  for (const [name, group] of Object.entries(spec.groups ?? {})) {
    if (group.muting) org.setup.put('MutingPermissionSet', group.muting.name, group.muting.xml);
    org.setup.put('PermissionSetGroup', name, permissionSetGroupXml(group.label, group.permissionSets, group.muting ? [group.muting.name] : []));
    org.update('PermissionSetGroup', { DeveloperName: name }, { Status: 'Updated' });
    org.insert('PermissionSetAssignment', { AssigneeId: userId, PermissionSetGroupId: String(org.record('PermissionSetGroup', { DeveloperName: name }).Id) });
  }
  for (const name of [...Object.keys(spec.permissionSets ?? {}).filter((direct) => !grouped.has(direct)), ...(spec.alsoAssigned ?? [])]) {
    const [namespace, bare] = name.includes('__') ? name.split('__') : [null, name];
    org.insert('PermissionSetAssignment', { AssigneeId: userId, PermissionSetId: String(org.record('PermissionSet', { Name: bare ?? name, NamespacePrefix: namespace ?? null, Type: 'Regular' }).Id) });
  }
  for (const { type, fullName, xml } of spec.apps ?? []) org.setup.put(type, fullName, xml);
  return userId;
};

/** The integration MuleSoft's consultants set up by hand: two permission sets and a connected app running as the user. */
export const MULESOFT: LegacyIntegrationSpec = {
  username: 'svc.mulesoft@acme.example',
  permissionSets: {
    MuleSoft_Orders: {
      label: 'MuleSoft Orders',
      description: 'Orders from the ERP',
      objects: { Order: ['read', 'create', 'edit'], Account: ['read'] },
      fields: { 'Order.Type': 'edit', 'Order.Description': 'read' },
      userPermissions: ['ApiEnabled'],
    },
    MuleSoft_Accounts: { label: 'MuleSoft Accounts', objects: { Account: ['read', 'edit'] }, fields: { 'Account.Rating': 'edit' } },
  },
  apps: [
    {
      type: 'ConnectedApp',
      fullName: 'MuleSoft_Connector',
      xml: legacyConnectedAppXml({ label: 'MuleSoft Connector', runAs: 'svc.mulesoft@acme.example', permissionSets: ['MuleSoft_Orders'], ipRanges: [{ start: '203.0.113.10', end: '203.0.113.20', description: 'MuleSoft workers' }] }),
    },
  ],
};

import type { NamesByKind, ReferenceKind } from '../model/references.js';
import type { ObjectDescribe } from './describe-cache.js';
import { OrgError } from './org-error.js';
import type { OrgSession } from './org-session.js';
import { inChunks, soqlList } from './soql.js';

/** The kinds whose names a query answers (objects, fields and user permissions come from describes). */
export type QueriedKind = Extract<ReferenceKind, 'apexClass' | 'customPermission' | 'recordType' | 'flow' | 'externalCredentialPrincipal' | 'permissionSet'>;

/** A row of the org's PermissionDependency table (Tooling API, API 46.0+). */
export type PermissionDependency = { permission: string; permissionType: string; requiredPermission: string; requiredPermissionType: string };

/**
 * What the org says of the names the manifests reference: each object's describe (undefined where the org has no
 * such object), the names of each queried kind it holds (lower case, a managed package's as `ns__Name`), its
 * user permissions, the dependencies between the permissions granted, and the kinds it would not be asked about
 * (an object the API does not expose to this user): those stay notes.
 */
export type OrgNames = {
  objects: ReadonlyMap<string, ObjectDescribe | undefined>;
  userPermissions: ReadonlySet<string> | undefined;
  found: Partial<Record<QueriedKind, ReadonlySet<string>>>;
  dependencies: readonly PermissionDependency[] | undefined;
  unchecked: ReadonlyArray<{ kind: ReferenceKind | 'dependency'; reason: string }>;
};

/** `ns__Name` (no custom suffix) -> [ns, Name]; `Name` -> [undefined, Name]. */
const splitNamespace = (name: string): [string | undefined, string] => {
  const at = name.indexOf('__');
  return at > 0 && !/__(c|mdt|e|x|b|r)$/i.test(name) ? [name.slice(0, at), name.slice(at + 2)] : [undefined, name];
};

const qualified = (namespace: unknown, name: unknown): string => `${typeof namespace === 'string' && namespace !== '' ? `${namespace}__` : ''}${String(name)}`.toLowerCase();

/** Where the org refuses to be asked (the object is not exposed, or not to this user), the kind stays unchecked. */
const isNotAnswerable = (error: unknown): error is OrgError =>
  error instanceof OrgError && error.kind === 'refused' && ['INVALID_TYPE', 'INSUFFICIENT_ACCESS', 'INSUFFICIENT_ACCESS_OR_READONLY', 'INVALID_FIELD'].includes(error.errorCode ?? '');

type Lookup = { kind: QueriedKind; names: readonly string[]; rows: (bareNames: readonly string[]) => Promise<Array<Record<string, unknown>>>; key: (row: Record<string, unknown>) => string };

/**
 * The queries, one per kind (chunked where the list is long). Sources, all Object Reference: ApexClass (Name,
 * NamespacePrefix), CustomPermission (DeveloperName, NamespacePrefix), RecordType (SobjectType, DeveloperName),
 * FlowDefinitionView (ApiName, NamespacePrefix), PermissionSet (Name, NamespacePrefix);
 * ExternalCredentialParameter (ParameterName, ParameterType, ExternalCredential.DeveloperName; API 58.0+): that a
 * permission set's `Credential-Principal` pairs the credential's DeveloperName with the parameter's name is
 * unverified.
 */
const lookups = (session: OrgSession, names: NamesByKind): Lookup[] => {
  const select = (soql: string, what: string) => session.query(soql, what);
  const inList = (bare: readonly string[]): string => soqlList(bare);
  return [
    { kind: 'apexClass', names: names.apexClass, rows: (bare) => select(`SELECT Name, NamespacePrefix FROM ApexClass WHERE Name IN ${inList(bare)}`, 'the Apex classes'), key: (row) => qualified(row.NamespacePrefix, row.Name) },
    {
      kind: 'customPermission',
      names: names.customPermission,
      rows: (bare) => select(`SELECT DeveloperName, NamespacePrefix FROM CustomPermission WHERE DeveloperName IN ${inList(bare)}`, 'the custom permissions'),
      key: (row) => qualified(row.NamespacePrefix, row.DeveloperName),
    },
    {
      kind: 'permissionSet',
      names: names.permissionSet,
      rows: (bare) => select(`SELECT Name, NamespacePrefix FROM PermissionSet WHERE Name IN ${inList(bare)}`, 'the existing permission sets'),
      key: (row) => qualified(row.NamespacePrefix, row.Name),
    },
    {
      kind: 'flow',
      names: names.flow,
      rows: (bare) => select(`SELECT ApiName, NamespacePrefix FROM FlowDefinitionView WHERE ApiName IN ${inList(bare)}`, 'the flows'),
      key: (row) => qualified(row.NamespacePrefix, row.ApiName),
    },
    {
      kind: 'recordType',
      // Asked by object: `Object.RecordType` names an object, whose record types all come back.
      names: [...new Set(names.recordType.map((name) => name.slice(0, name.indexOf('.'))))],
      rows: (objects) => select(`SELECT SobjectType, DeveloperName, NamespacePrefix FROM RecordType WHERE SobjectType IN ${inList(objects)}`, 'the record types'),
      key: (row) => `${String(row.SobjectType)}.${qualified(row.NamespacePrefix, row.DeveloperName)}`.toLowerCase(),
    },
    {
      kind: 'externalCredentialPrincipal',
      names: [...new Set(names.externalCredentialPrincipal.map((name) => name.split('-')[0]!))],
      rows: (credentials) =>
        select(
          `SELECT ParameterName, ExternalCredential.DeveloperName, ExternalCredential.NamespacePrefix FROM ExternalCredentialParameter WHERE ParameterType IN ('NamedPrincipal', 'PerUserPrincipal') AND ExternalCredential.DeveloperName IN ${inList(credentials)}`,
          'the external credential principals'
        ),
      key: (row) => {
        const credential = (row.ExternalCredential ?? {}) as Record<string, unknown>;
        return `${qualified(credential.NamespacePrefix, credential.DeveloperName)}-${String(row.ParameterName)}`.toLowerCase();
      },
    },
  ];
};

const runLookup = async ({ names, rows, key }: Lookup): Promise<Set<string>> => {
  const bare = names.map((name) => splitNamespace(name)[1]);
  const pages = await Promise.all(inChunks(bare).map(rows));
  return new Set(pages.flat().map(key));
};

/** The PermissionDependency rows whose Permission is one of `permissions` (Tooling API; the table is long, so it is filtered). */
const readDependencies = async (session: OrgSession, permissions: readonly string[]): Promise<PermissionDependency[]> => {
  const pages = await Promise.all(
    inChunks(permissions).map((chunk) =>
      session.query(`SELECT Permission, PermissionType, RequiredPermission, RequiredPermissionType FROM PermissionDependency WHERE Permission IN ${soqlList(chunk)}`, 'the permission dependencies', 'tooling')
    )
  );
  return pages.flat().map((row) => ({
    permission: String(row.Permission),
    permissionType: String(row.PermissionType),
    requiredPermission: String(row.RequiredPermission),
    requiredPermissionType: String(row.RequiredPermissionType),
  }));
};

/**
 * Asks the org about every name at once: one describe per object (and PermissionSet's, whose `Permissions<Name>`
 * fields are the org's user permissions), one query per kind, the dependencies of the permissions granted
 * (`permissions`: `Object<verb>` and user permission names). Everything runs in parallel, once.
 */
export const readOrgNames = async (session: OrgSession, names: NamesByKind, permissions: readonly string[]): Promise<OrgNames> => {
  const unchecked: Array<{ kind: ReferenceKind | 'dependency'; reason: string }> = [];
  const tolerant = async <T>(kind: ReferenceKind | 'dependency', call: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await call();
    } catch (error) {
      if (!isNotAnswerable(error)) throw error;
      unchecked.push({ kind, reason: error.message });
      return undefined;
    }
  };
  const objectNames = [...names.object, ...names.customSetting, ...names.customMetadataType];
  const wanted = lookups(session, names).filter(({ names: list }) => list.length > 0);
  const [objects, permissionSet, found, dependencies] = await Promise.all([
    session.describeAll(objectNames),
    names.userPermission.length > 0 ? session.describe('PermissionSet') : Promise.resolve(undefined),
    Promise.all(wanted.map(async (lookup) => [lookup.kind, await tolerant(lookup.kind, () => runLookup(lookup))] as const)),
    permissions.length > 0 ? tolerant('dependency', () => readDependencies(session, permissions)) : Promise.resolve([]),
  ]);
  const userPermissions = permissionSet
    ? new Set(permissionSet.fields.filter(({ name }) => name.startsWith('Permissions')).map(({ name }) => name.slice('Permissions'.length).toLowerCase()))
    : undefined;
  return {
    objects,
    userPermissions,
    found: Object.fromEntries(found.filter(([, set]) => set !== undefined)),
    dependencies,
    unchecked,
  };
};

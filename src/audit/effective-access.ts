import type { Grants, Integration } from '../model/integration.js';
import { effectiveGrants } from '../rules/effective-grants.js';
import { acceptedGrants } from '../rules/validate-estate.js';

type NamedList = 'apexClasses' | 'customPermissions' | 'customMetadataTypes' | 'customSettings' | 'externalCredentialPrincipals' | 'recordTypes';
const NAMED: readonly NamedList[] = ['apexClasses', 'customPermissions', 'customMetadataTypes', 'customSettings', 'externalCredentialPrincipals', 'recordTypes'];

/** What one permission set gives the integration user once the group's mutes are taken away. */
export type PermissionSetAccess = {
  name: string;
  label: string;
  description: string;
  objects: Array<{ object: string; rights: string[] }>;
  fields: Array<{ field: string; access: 'read' | 'edit' }>;
  userPermissions: string[];
  flows: string[];
} & Record<NamedList, string[]>;

/** What the manifests give an integration's user: the review pack's "effective grants with their justifications". */
export type IntegrationAccess = {
  permissionSets: PermissionSetAccess[];
  /** Existing permission sets its group includes: what they grant is in no manifest. */
  existingPermissionSets: string[];
  /** The elevated grants its manifest justifies, each with its reason. */
  justifications: Array<{ grant: string; reason: string }>;
};

/** A field's access less what the mutes take: a muted read leaves nothing, a muted edit leaves read. */
const fieldAccess = (grants: Grants, muted: Grants | undefined): PermissionSetAccess['fields'] =>
  grants.fields.flatMap(({ field, readable, editable }) => {
    const mute = muted?.fields.find((candidate) => candidate.field === field);
    if (!readable || mute?.readable) return [];
    return [{ field, access: editable && !mute?.editable ? ('edit' as const) : ('read' as const) }];
  });

/** The integration's access as declared, less its mutes, with the justifications that accept its elevated grants. Pure. */
export const effectiveAccess = (integration: Integration): IntegrationAccess => {
  const muted = integration.muting?.grants;
  return {
    permissionSets: effectiveGrants(integration).map(({ permissionSet, objects, userPermissions, flows }) => ({
      name: permissionSet.apiName,
      label: permissionSet.label,
      description: permissionSet.description,
      objects: objects.map(({ object, rights }) => ({ object, rights: [...rights] })),
      fields: fieldAccess(permissionSet.grants, muted),
      userPermissions: [...userPermissions],
      flows: [...flows],
      ...(Object.fromEntries(NAMED.map((list) => [list, permissionSet.grants[list].filter((name) => !(muted?.[list] ?? []).includes(name))])) as Record<NamedList, string[]>),
    })),
    existingPermissionSets: [...integration.existingPermissionSets],
    justifications: acceptedGrants(integration),
  };
};

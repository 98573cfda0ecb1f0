import type { ObjectRight } from '../manifest/manifest.js';
import type { Integration, PermissionSetModel } from '../model/integration.js';

/** What one permission set gives the integration user once the group's muting permission set has muted its part. */
export type EffectiveGrants = {
  permissionSet: PermissionSetModel;
  objects: ReadonlyArray<{ object: string; rights: readonly ObjectRight[] }>;
  userPermissions: readonly string[];
  flows: readonly string[];
};

/**
 * The rules judge what the user holds, not what a permission set lists: a right the group mutes is not
 * the user's. The model has closed both sides (granting Modify All grants delete; muting edit mutes delete),
 * so a plain difference is exact.
 */
export const effectiveGrants = (integration: Integration): EffectiveGrants[] => {
  const muted = integration.muting?.grants;
  const mutedRights = (object: string): readonly ObjectRight[] => muted?.objects.find((grant) => grant.object === object)?.rights ?? [];
  return integration.permissionSets.map((permissionSet) => ({
    permissionSet,
    objects: permissionSet.grants.objects
      .map(({ object, rights }) => ({ object, rights: rights.filter((right) => !mutedRights(object).includes(right)) }))
      .filter(({ rights }) => rights.length > 0),
    userPermissions: permissionSet.grants.userPermissions.filter((name) => !(muted?.userPermissions ?? []).includes(name)),
    flows: permissionSet.grants.flows.filter((name) => !(muted?.flows ?? []).includes(name)),
  }));
};

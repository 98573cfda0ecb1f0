import type { Integration } from '../model/integration.js';
import type { Risk } from './risk.js';

/** The justification key of an existing permission set in the group: `permissionSet.<API name>`. */
export const existingPermissionSetGrant = (name: string): string => `permissionSet.${name}`;

/**
 * An existing permission set bundled into the group gives the integration user whatever it grants, and what it
 * grants is in no manifest: it cannot be judged offline, and changes when its owner (a package upgrade, another
 * team) changes it. Muting in the group still applies to it ("Use a muting permission set to disable specific
 * permissions based on your organization's needs", for a managed package's permission sets:
 * https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-mutingpermissionset.html).
 * And "if you try to assign a group to a user who doesn't have a license needed for the permissions in the
 * group, you receive an assignment error" (Permission Set Group FAQs:
 * https://help.salesforce.com/s/articleView?id=platform.perm_set_groups_faqs.htm&type=5). A warning for each.
 */
export const existingPermissionSetRisks = (integration: Integration): Risk[] =>
  integration.existingPermissionSets.map((name) => ({
    rule: 'existing-permission-set',
    integration: integration.name,
    file: integration.file,
    at: { path: ['existingPermissionSets'], entries: [name] },
    grant: existingPermissionSetGrant(name),
    tokens: [name],
  }));

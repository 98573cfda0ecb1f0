import type { PermissionSetGroup } from '@salesforce/types/metadata';
import type { Integration } from '../model/integration.js';
import { byCodePoint } from '../model/sort.js';

export type PermissionSetGroupContent = Pick<
  PermissionSetGroup,
  'description' | 'hasActivationRequired' | 'label' | 'mutingPermissionSets' | 'permissionSets' | 'status'
>;

/**
 * The integration's group: every permission set of the integration, the existing ones it includes, its muting
 * permission set where it has one. Status `Updated` is what a retrieve of a recalculated group says; the org
 * recalculates after a deploy.
 */
export const permissionSetGroupContent = (integration: Integration): PermissionSetGroupContent => ({
  description: integration.description,
  hasActivationRequired: false,
  label: integration.label,
  mutingPermissionSets: integration.muting ? [integration.muting.apiName] : [],
  permissionSets: [...integration.permissionSets.map(({ apiName }) => apiName), ...integration.existingPermissionSets].sort(byCodePoint),
  status: 'Updated',
});

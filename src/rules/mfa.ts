import type { Integration } from '../model/integration.js';
import type { Risk } from './risk.js';
import { permissionRisks, permissionTable } from './user-permissions.js';

/**
 * MFA for API logins (TwoFactorApi) makes every login of a non-interactive user fail; the MFA waiver
 * (BypassMFAForUiLogins) is needless for a user that never logs in through the UI, and a hole if it ever does.
 */
export const MFA_PERMISSIONS = permissionTable([
  ['mfa-api-logins', ['TwoFactorApi']],
  ['mfa-waiver', ['BypassMFAForUiLogins']],
]);

export const mfaRisks = (integration: Integration): Risk[] => permissionRisks(integration, MFA_PERMISSIONS);

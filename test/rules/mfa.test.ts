import { expect } from 'chai';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';
import { findingsFor } from '../builders/estate-builder.js';

const withPermissions = (...userPermissions: string[]) => ({ 'erp.yaml': aManifest({ permissionSets: [aPermissionSet({ userPermissions })] }) });

describe('MFA rules', () => {
  it('reports MFA for API logins, which breaks every login of a non-interactive user, as an error', () => {
    const [finding] = findingsFor(withPermissions('TwoFactorApi'));

    expect(finding).to.include({ rule: 'mfa-api-logins', severity: 'error', grant: 'TwoFactorApi', path: 'permissionSets[0].userPermissions[0]' });
    expect(finding!.risk).to.contain('MFA challenge');
  });

  it('reports the MFA waiver as an error, once: not also as a high-risk permission', () => {
    const findings = findingsFor(withPermissions('BypassMFAForUiLogins'));

    expect(findings.map(({ rule }) => rule)).to.deep.equal(['mfa-waiver']);
  });

  it('reports nothing for a user without either', () => {
    expect(findingsFor(withPermissions('ApiEnabled'))).to.deep.equal([]);
  });
});

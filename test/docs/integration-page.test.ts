import { expect } from 'chai';
import { integrationPage } from '../../src/docs/integration-page.js';
import type { Manifest } from '../../src/manifest/manifest.js';
import { buildIntegration } from '../../src/model/build-integration.js';
import { DEFAULT_LAYOUT } from '../../src/project/output-layout.js';
import { acceptedGrants } from '../../src/rules/validate-estate.js';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';
import { METADATA_DIR } from '../builders/project-builder.js';

/** The page as generate writes it: with the grants the manifest's justifications accept. */
const page = (manifest: Manifest): string => {
  const integration = buildIntegration('integrations/erp.yaml', manifest).value;
  return integrationPage(integration, { ...DEFAULT_LAYOUT, metadataDir: METADATA_DIR }, acceptedGrants(integration));
};

describe('integrationPage', () => {
  const manifest = aManifest({
    permissionSets: [aPermissionSet({ objects: { Order: { access: ['delete'], fields: { Status: 'edit' } } }, userPermissions: ['ApiEnabled'] })],
    app: { ipRanges: [{ start: '203.0.113.10', end: '203.0.113.20', description: 'MuleSoft' }] },
    justifications: { 'Order.delete': 'Cancelled orders are purged' },
    environments: { uat: { user: { username: 'svc@acme.example.uat' }, app: { refreshToken: '8h' } } },
  });

  it('names the user, its license, profile and permission set license', () => {
    const text = page(manifest);

    expect(text).to.contain('| Username | `svc.erp-sync@acme.example` |');
    expect(text).to.contain('| User license | Salesforce Integration |');
    expect(text).to.contain('| Profile | Minimum Access - API Only Integrations |');
    expect(text).to.contain('Salesforce API Integration (`SalesforceAPIIntegrationPsl`)');
  });

  it('shows each permission set as readable tables, with the rights the platform implies', () => {
    const text = page(manifest);

    expect(text).to.contain('| `Order` | ✓ |  | ✓ | ✓ |  |  |  |');
    expect(text).to.contain('| `Order.Status` | ✓ | ✓ |');
    expect(text).to.contain('User permissions: `ApiEnabled`');
  });

  it('compares the app settings of each environment side by side', () => {
    const text = page(manifest);

    expect(text).to.contain('| Setting | Manifest (default) | uat |');
    expect(text).to.contain('| Refresh tokens | none (expire at once) | valid for 8 hours |');
    expect(text).to.contain('| IP ranges | 203.0.113.10–203.0.113.20 (MuleSoft) | 203.0.113.10–203.0.113.20 (MuleSoft) |');
  });

  it('says how to provision each environment, and lists justified grants with their reasons', () => {
    const text = page(manifest);

    expect(text).to.contain('sf apex run --file environments/uat/config/integration-users/ERP_Order_Sync.provision.apex --target-org <uat org>');
    expect(text).to.contain('| `Order.delete` | Cancelled orders are purged |');
  });

  it('gives a ready-to-run LoginHistory query for every username', () => {
    const text = page(manifest);

    expect(text).to.contain("FROM LoginHistory WHERE UserId IN (SELECT Id FROM User WHERE Username = 'svc.erp-sync@acme.example') AND LoginTime = LAST_N_DAYS:30 ORDER BY LoginTime DESC");
    expect(text).to.contain("Username = 'svc@acme.example.uat'");
  });

  it('keeps table rows whole when a reason holds a pipe', () => {
    const text = page(aManifest({ permissionSets: [aPermissionSet({ objects: { Order: { access: ['delete'] } } })], justifications: { 'Order.delete': 'a | b' } }));

    expect(text).to.contain('| `Order.delete` | a \\| b |');
  });

  it('lists only the justifications that accept a grant, not stale ones', () => {
    const text = page(aManifest({ permissionSets: [aPermissionSet()], justifications: { 'Order.delete': 'no longer granted' } }));

    expect(text).not.to.contain('no longer granted');
  });
});

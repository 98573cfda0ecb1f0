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

    expect(text).to.contain('sf intuser deploy --target-org <uat org> --env uat --integration ERP_Order_Sync');
    expect(text).not.to.contain('sf apex run');
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

  describe('grants beyond objects and permissions', () => {
    const broad = aManifest({
      permissionSets: [
        aPermissionSet({
          objects: { Case: { access: ['create'], recordTypes: ['Support', 'Field_Service'] } },
          customMetadataTypes: ['Sync_Setting__mdt'],
          customSettings: ['Sync_Config__c'],
          flows: ['Case_Intake'],
          externalCredentialPrincipals: ['ERP_API-Order_Sync'],
        }),
      ],
      existingPermissionSets: ['acme__Connector_User', 'Shared_Read_Only'],
      mute: { objects: { Case: { recordTypes: ['Field_Service'] } } },
    });

    it('lists each one under its permission set, saying what it lets the user do', () => {
      const text = page(broad);

      expect(text).to.contain('Record types (to create records of, or move records to): `Case.Field_Service`, `Case.Support`');
      expect(text).to.contain('Custom metadata types (read): `Sync_Setting__mdt`');
      expect(text).to.contain('Custom settings (read): `Sync_Config__c`');
      expect(text).to.contain('Flows (run): `Case_Intake`');
      expect(text).to.contain('External credential principals (callouts with their credentials): `ERP_API-Order_Sync`');
    });

    it('names the existing permission sets the group bundles, and says their grants are not shown nor judged', () => {
      const text = page(broad);

      expect(text).to.contain(
        'The user holds the permission set group `ERP_Order_Sync`, which bundles `ERP_Order_Sync_Orders`, the existing `Shared_Read_Only`, `acme__Connector_User`, and mutes what `ERP_Order_Sync_Muted` lists.'
      );
      expect(text).to.contain('### Existing permission sets (not generated here)');
      expect(text).to.contain('`sf intuser validate` cannot judge it');
    });

    it('shows muted record types in the muting section', () => {
      const muted = page(broad).split('### Muted in the group')[1]!;

      expect(muted).to.contain('Record types (to create records of, or move records to): `Case.Field_Service`');
      expect(muted).not.to.contain('Case.Support');
    });

    it('says nothing of existing permission sets when there are none', () => {
      expect(page(manifest)).not.to.contain('Existing permission sets');
    });
  });
});


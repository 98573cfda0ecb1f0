import { expect } from 'chai';
import type { Manifest } from '../../src/manifest/manifest.js';
import { validateEstate } from '../../src/rules/validate-estate.js';
import type { Finding } from '../../src/rules/finding.js';
import { anEstate, generatedContent } from '../builders/estate-builder.js';
import { aManifest } from '../builders/manifest-builder.js';
import { METADATA_DIR } from '../builders/project-builder.js';

const POLICIES = `${METADATA_DIR}/extlClntAppOauthPolicies/ERP_Order_Sync_oauth_defaultPolicy.ecaOauthPlcy-meta.xml`;
const SETTINGS = `${METADATA_DIR}/extlClntAppOauthSettings/ERP_Order_Sync_oauth.ecaOauth-meta.xml`;
const CONNECTED_APP = `${METADATA_DIR}/connectedApps/ERP_Order_Sync.connectedApp-meta.xml`;

const WORKERS = [{ start: '203.0.113.10', end: '203.0.113.20' }];
const anEca = (overrides: Partial<Manifest> = {}): Manifest => aManifest({ app: { scopes: ['api'], ipRanges: WORKERS }, ...overrides });
const aConnectedApp = (): Manifest => aManifest({ app: { type: 'connectedApp', scopes: ['api'], ipRanges: WORKERS } });

/** Validate with the file at `path` committed as generate wrote it, then edited by `edit`. */
const committedAs = (manifest: Manifest, path: string, edit: (content: string) => string): Finding[] => {
  const manifests = { 'erp.yaml': manifest };
  return validateEstate(anEstate(manifests, { [path]: edit(generatedContent(anEstate(manifests), path)) }));
};

const lineOf = (content: string, text: string): number => content.split('\n').findIndex((line) => line.includes(text)) + 1;

describe('app rules (the committed app files)', () => {
  it('reports nothing for files as generate writes them', () => {
    expect(committedAs(anEca(), POLICIES, (content) => content)).to.deep.equal([]);
    expect(committedAs(aConnectedApp(), CONNECTED_APP, (content) => content)).to.deep.equal([]);
  });

  it('reports nothing for a generated file that is not on disk: generate --check reports it', () => {
    expect(validateEstate(anEstate({ 'erp.yaml': anEca() }))).to.deep.equal([]);
  });

  it('reports an External Client App opened to self-authorized users, at the element in the committed file', () => {
    let edited = '';
    const findings = committedAs(anEca(), POLICIES, (content) => (edited = content.replace('AdminApprovedPreAuthorized', 'AllSelfAuthorized')));

    expect(findings).to.have.length(1);
    expect(findings[0]).to.include({
      rule: 'app-self-authorized',
      severity: 'error',
      integration: 'ERP_Order_Sync',
      file: POLICIES,
      path: 'permittedUsersPolicyType',
      line: lineOf(edited, '<permittedUsersPolicyType>'),
      column: 5,
      grant: 'app.permittedUsers',
    });
    expect(findings[0]!.message).to.contain('AllSelfAuthorized').and.contain('AdminApprovedPreAuthorized');
    expect(findings[0]!.fix).to.contain('sf intuser generate --force');
  });

  it('reports relaxed IP restrictions and infinite refresh tokens in an External Client App policy', () => {
    const findings = committedAs(anEca(), POLICIES, (content) =>
      content.replace('<ipRelaxationPolicyType>Enforce<', '<ipRelaxationPolicyType>Bypass<').replace('<refreshTokenPolicyType>Zero<', '<refreshTokenPolicyType>Infinite<')
    );

    expect(findings.map(({ rule, path }) => `${rule} ${path}`)).to.have.members([
      'app-ip-relaxation ipRelaxationPolicyType',
      'app-infinite-refresh-token refreshTokenPolicyType',
    ]);
  });

  it('reports scopes added to an External Client App\'s OAuth settings', () => {
    const findings = committedAs(anEca(), SETTINGS, (content) => content.replace('<commaSeparatedOauthScopes>Api<', '<commaSeparatedOauthScopes>Api, Full, RefreshToken<'));

    expect(findings.map(({ rule }) => rule)).to.have.members(['app-full-scope', 'app-refresh-token']);
  });

  it('reports what the manifest asks for once, against the manifest, not again against the file', () => {
    const manifest = anEca({ app: { scopes: ['api', 'refresh_token'], refreshToken: 'infinite', ipRanges: WORKERS } });

    const findings = committedAs(manifest, POLICIES, (content) => content);

    expect(findings.map(({ rule, file }) => `${rule} ${file}`)).to.deep.equal(['app-infinite-refresh-token integrations/erp.yaml']);
  });

  it('reports a connected app whose users are no longer admin-approved, even when the element is gone', () => {
    const changed = committedAs(aConnectedApp(), CONNECTED_APP, (content) => content.replace('<isAdminApproved>true<', '<isAdminApproved>false<'));
    const removed = committedAs(aConnectedApp(), CONNECTED_APP, (content) => content.replace(/\s*<isAdminApproved>true<\/isAdminApproved>/, ''));

    expect(changed.map(({ rule, path }) => `${rule} ${path}`)).to.deep.equal(['app-self-authorized oauthConfig.isAdminApproved']);
    expect(removed.map(({ rule }) => rule)).to.deep.equal(['app-self-authorized']);
    expect(removed[0]!.message).to.contain('to nothing');
  });

  it('reports a connected app\'s relaxed policy and added scopes, at the scope\'s own line', () => {
    let edited = '';
    const findings = committedAs(
      aConnectedApp(),
      CONNECTED_APP,
      (content) =>
        (edited = content
          .replace('<ipRelaxation>ENFORCE<', '<ipRelaxation>BYPASS<')
          .replace('<refreshTokenPolicy>zero<', '<refreshTokenPolicy>infinite<')
          .replace('<scopes>Api</scopes>', '<scopes>Api</scopes>\n        <scopes>Full</scopes>'))
    );

    expect(findings.map(({ rule, line }) => `${rule} ${line}`)).to.have.members([
      `app-ip-relaxation ${lineOf(edited, '<ipRelaxation>')}`,
      `app-infinite-refresh-token ${lineOf(edited, '<refreshTokenPolicy>')}`,
      `app-full-scope ${lineOf(edited, '<scopes>Full</scopes>')}`,
    ]);
  });

  it('reads each environment\'s variant of an app file', () => {
    const manifest = anEca({ environments: { uat: { user: { username: 'svc.erp-sync@acme.example.uat' } } } });
    const variant = `environments/uat/${POLICIES}`;

    const findings = committedAs(manifest, variant, (content) => content.replace('<ipRelaxationPolicyType>Enforce<', '<ipRelaxationPolicyType>Bypass<'));

    expect(findings.map(({ rule, file }) => `${rule} ${file}`)).to.deep.equal([`app-ip-relaxation ${variant}`]);
  });

  it('accepts a relaxed file the manifest justifies', () => {
    const manifest = anEca({ justifications: { 'app.ipRelaxation': 'The vendor rotates its addresses without notice' } });

    const [finding] = committedAs(manifest, POLICIES, (content) => content.replace('<ipRelaxationPolicyType>Enforce<', '<ipRelaxationPolicyType>Bypass<'));

    expect(finding).to.include({ rule: 'app-ip-relaxation', severity: 'note', reason: 'The vendor rotates its addresses without notice' });
  });
});

import { expect } from 'chai';
import type { Manifest } from '../../src/manifest/manifest.js';
import { buildIntegration } from '../../src/model/build-integration.js';
import { DEFAULT_LAYOUT } from '../../src/project/output-layout.js';
import { renderIntegration } from '../../src/output/render-integration.js';
import { A_CERTIFICATE } from '../builders/certificate-builder.js';
import { aManifest } from '../builders/manifest-builder.js';
import { METADATA_DIR } from '../builders/project-builder.js';

const LAYOUT = { ...DEFAULT_LAYOUT, metadataDir: METADATA_DIR };

const render = (manifest: Manifest) => {
  const { value, diagnostics } = buildIntegration('integrations/erp.yaml', manifest, new Map([['certs/erp.crt', A_CERTIFICATE]]));
  expect(diagnostics).to.deep.equal([]);
  return renderIntegration(value, LAYOUT);
};

const pathsOf = (manifest: Manifest) => render(manifest).map(({ path }) => path.replace(`${METADATA_DIR}/`, ''));

describe('renderIntegration', () => {
  it('renders an External Client App as its five components', () => {
    expect(pathsOf(aManifest({ app: {} })).filter((path) => /ecaOauth|eca-meta|ecaGlbl|ecaPlcy/.test(path))).to.deep.equal([
      'externalClientApps/ERP_Order_Sync.eca-meta.xml',
      'extlClntAppOauthSettings/ERP_Order_Sync_oauth.ecaOauth-meta.xml',
      'extlClntAppGlobalOauthSets/ERP_Order_Sync_glbloauth.ecaGlblOauth-meta.xml',
      'extlClntAppOauthPolicies/ERP_Order_Sync_oauth_defaultPolicy.ecaOauthPlcy-meta.xml',
      'extlClntAppPolicies/ERP_Order_Sync_defaultPolicy.ecaPlcy-meta.xml',
    ]);
  });

  it('leaves the global OAuth settings to Setup when the project says so', () => {
    const { value } = buildIntegration('integrations/erp.yaml', aManifest({ app: {} }));

    const paths = renderIntegration(value, LAYOUT, { globalOAuthSettings: false }).map(({ path }) => path);

    expect(paths.filter((path) => path.includes('extlClntApp'))).to.have.length(3);
    expect(paths.some((path) => path.endsWith('.ecaGlblOauth-meta.xml'))).to.equal(false);
  });

  it('renders an existing connected app as one file, and no External Client App', () => {
    const paths = pathsOf(aManifest({ app: { type: 'connectedApp' } }));

    expect(paths).to.include('connectedApps/ERP_Order_Sync.connectedApp-meta.xml');
    expect(paths.some((path) => path.includes('extlClntApp') || path.includes('externalClientApps'))).to.equal(false);
  });

  it('pre-authorizes admin-approved users of the integration\'s own permission sets, running as the integration user', () => {
    const policies = render(aManifest({ app: {} })).find(({ path }) => path.endsWith('.ecaOauthPlcy-meta.xml'))!.content;

    expect(policies).to.contain('<permittedUsersPolicyType>AdminApprovedPreAuthorized</permittedUsersPolicyType>');
    expect(policies).to.contain('<commaSeparatedPermissionSet>ERP_Order_Sync_Orders</commaSeparatedPermissionSet>');
    expect(policies).to.contain('<clientCredentialsFlowUser>svc.erp-sync@acme.example</clientCredentialsFlowUser>');
    expect(policies).to.contain('<ipRelaxationPolicyType>Enforce</ipRelaxationPolicyType>');
    expect(policies).to.contain('<refreshTokenPolicyType>Zero</refreshTokenPolicyType>');
  });

  it('writes the same intent into a connected app', () => {
    const app = render(aManifest({ app: { type: 'connectedApp', refreshToken: '7d', scopes: ['api', 'refresh_token'] } })).find(({ path }) => path.endsWith('.connectedApp-meta.xml'))!.content;

    expect(app).to.contain('<isAdminApproved>true</isAdminApproved>');
    expect(app).to.contain('<oauthClientCredentialUser>svc.erp-sync@acme.example</oauthClientCredentialUser>');
    expect(app).to.contain('<ipRelaxation>ENFORCE</ipRelaxation>');
    expect(app).to.contain('<refreshTokenPolicy>specific_lifetime:7:DAYS</refreshTokenPolicy>');
    expect(app).to.contain('<permissionSetName>ERP_Order_Sync_Orders</permissionSetName>');
  });

  it('carries the certificate of a JWT app, and never a consumer key or secret', () => {
    const files = render(aManifest({ app: { flow: 'jwtBearer', certificate: 'certs/erp.crt' } }));

    const global = files.find(({ path }) => path.endsWith('.ecaGlblOauth-meta.xml'))!.content;
    expect(global).to.contain('<certificate>-----BEGIN CERTIFICATE-----');
    expect(global).to.contain('<isClientCredentialsFlowEnabled>false</isClientCredentialsFlowEnabled>');
    expect(files.some(({ content }) => /consumerKey|consumerSecret/.test(content))).to.equal(false);
  });

  describe('environments', () => {
    const manifest = aManifest({
      app: {},
      environments: {
        uat: { user: { username: 'svc.erp-sync@acme.example.uat' } },
        qa: { app: { callbackUrl: 'https://qa.acme.example/cb' } },
        prod: {},
      },
    });

    it('writes, for each environment, only the files that differ, at their own path under environments/<env>/', () => {
      const variants = render(manifest)
        .map(({ path }) => path)
        .filter((path) => path.startsWith('environments/'));

      expect(variants).to.deep.equal([
        `environments/qa/${METADATA_DIR}/extlClntAppGlobalOauthSets/ERP_Order_Sync_glbloauth.ecaGlblOauth-meta.xml`,
        'environments/uat/config/integration-users/ERP_Order_Sync.user-def.json',
        `environments/uat/${METADATA_DIR}/extlClntAppOauthPolicies/ERP_Order_Sync_oauth_defaultPolicy.ecaOauthPlcy-meta.xml`,
      ]);
    });

    it('puts the environment\'s value in its variant', () => {
      const uatPolicies = render(manifest).find(({ path }) => path.startsWith('environments/uat/') && path.endsWith('.ecaOauthPlcy-meta.xml'))!.content;

      expect(uatPolicies).to.contain('<clientCredentialsFlowUser>svc.erp-sync@acme.example.uat</clientCredentialsFlowUser>');
    });

    it('keeps the manifest values where a plain deploy finds them', () => {
      const basePolicies = render(manifest).find(({ path }) => path.startsWith(METADATA_DIR) && path.endsWith('.ecaOauthPlcy-meta.xml'))!.content;

      expect(basePolicies).to.contain('<clientCredentialsFlowUser>svc.erp-sync@acme.example</clientCredentialsFlowUser>');
    });
  });

  it('writes an adopted permission set and app under the names the org has, the app\'s parts after the app', () => {
    const paths = pathsOf(aManifest({ permissionSets: [{ name: 'Orders', apiName: 'Legacy_Orders', objects: { Order: { access: ['read'] } } }], app: { apiName: 'Legacy_App' } }));

    expect(paths).to.include.members([
      'permissionsets/Legacy_Orders.permissionset-meta.xml',
      'externalClientApps/Legacy_App.eca-meta.xml',
      'extlClntAppOauthSettings/Legacy_App_oauth.ecaOauth-meta.xml',
      'extlClntAppOauthPolicies/Legacy_App_oauth_defaultPolicy.ecaOauthPlcy-meta.xml',
      'permissionsetgroups/ERP_Order_Sync.permissionsetgroup-meta.xml',
    ]);
    const policies = render(aManifest({ permissionSets: [{ name: 'Orders', apiName: 'Legacy_Orders' }], app: { apiName: 'Legacy_App' } })).find(({ path }) => path.endsWith('.ecaOauthPlcy-meta.xml'))!.content;
    expect(policies).to.contain('<commaSeparatedPermissionSet>Legacy_Orders</commaSeparatedPermissionSet>');
    expect(policies).to.contain('<externalClientApplication>Legacy_App</externalClientApplication>');
  });
});


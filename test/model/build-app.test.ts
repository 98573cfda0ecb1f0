import { expect } from 'chai';
import { buildIntegration } from '../../src/model/build-integration.js';
import type { Manifest } from '../../src/manifest/manifest.js';
import { aManifest } from '../builders/manifest-builder.js';
import { A_CERTIFICATE, A_PRIVATE_KEY } from '../builders/certificate-builder.js';

const FILE = 'integrations/erp.yaml';
const build = (manifest: Manifest, assets: Record<string, string> = {}) => buildIntegration(FILE, manifest, new Map(Object.entries(assets)));

describe('the app of an integration', () => {
  it('is an External Client App for client credentials, locked to the integration by default', () => {
    const { value, diagnostics } = build(aManifest({ app: {} }));

    expect(diagnostics).to.deep.equal([]);
    expect(value.app).to.deep.include({
      type: 'externalClientApp',
      flow: 'clientCredentials',
      scopes: ['Api'],
      callbackUrl: 'https://login.salesforce.com/services/oauth2/callback',
      ipRanges: [],
      refreshToken: { kind: 'zero' },
      permissionSets: ['ERP_Order_Sync_Orders'],
      runAsUsername: 'svc.erp-sync@acme.example',
    });
  });

  it('has none when the manifest has no app', () => {
    expect(build(aManifest()).value.app).to.equal(undefined);
  });

  it('carries the certificate of a JWT bearer app', () => {
    const { value, diagnostics } = build(aManifest({ app: { flow: 'jwtBearer', certificate: 'certs/erp.crt' } }), { 'certs/erp.crt': A_CERTIFICATE });

    expect(diagnostics).to.deep.equal([]);
    expect(value.app?.certificate?.path).to.equal('certs/erp.crt');
  });

  for (const [what, app, assets, message, path] of [
    ['JWT bearer without a certificate', { flow: 'jwtBearer' }, {}, /needs the external system's public certificate/, ['app', 'flow']],
    ['a certificate for client credentials', { certificate: 'certs/erp.crt' }, { 'certs/erp.crt': A_CERTIFICATE }, /only used by the jwtBearer flow/, ['app', 'certificate']],
    ['a certificate file that is not there', { flow: 'jwtBearer', certificate: 'certs/erp.crt' }, {}, /does not exist/, ['app', 'certificate']],
    ['a private key instead of a certificate', { flow: 'jwtBearer', certificate: 'certs/erp.key' }, { 'certs/erp.key': A_PRIVATE_KEY }, /holds a private key/, ['app', 'certificate']],
    ['an IP range the wrong way round', { ipRanges: [{ start: '10.0.0.9', end: '10.0.0.1' }] }, {}, /starts at 10.0.0.9, after its end/, ['app', 'ipRanges', 0]],
  ] as const) {
    it(`refuses ${what}`, () => {
      const { diagnostics } = build(aManifest({ app: app as Manifest['app'] }), assets);

      expect(diagnostics.map(({ message: text }) => text)).to.have.length(1);
      expect(diagnostics[0]!.message).to.match(message);
      expect(diagnostics[0]!.at.path).to.deep.equal(path);
    });
  }

  it('orders ranges of the same addresses by description, and lists a repeated range once', () => {
    const ranges = [
      { start: '10.0.0.1', end: '10.0.0.2', description: 'b' },
      { start: '10.0.0.1', end: '10.0.0.2', description: 'a' },
      { start: '10.0.0.1', end: '10.0.0.2', description: 'b' },
    ];

    const { value } = build(aManifest({ app: { ipRanges: ranges } }));

    expect(value.app?.ipRanges.map(({ description }) => description)).to.deep.equal(['a', 'b']);
  });

  it('sorts IP ranges by address, so their order in the manifest means nothing', () => {
    const { value } = build(aManifest({ app: { ipRanges: [{ start: '10.0.0.20', end: '10.0.0.30' }, { start: '9.255.0.1', end: '10.0.0.2' }] } }));

    expect(value.app?.ipRanges.map(({ start }) => start)).to.deep.equal(['9.255.0.1', '10.0.0.20']);
  });
});

describe('the environments of an integration', () => {
  const manifest = aManifest({
    app: { ipRanges: [{ start: '203.0.113.10', end: '203.0.113.20' }] },
    environments: {
      uat: { user: { username: 'svc@acme.example.uat' }, app: { callbackUrl: 'https://uat.acme.example/cb' } },
      prod: {},
    },
  });

  it('gives each environment the manifest values with its own overrides laid over them', () => {
    const { value, diagnostics } = build(manifest);

    expect(diagnostics).to.deep.equal([]);
    expect(value.environments.map(({ name }) => name)).to.deep.equal(['prod', 'uat']);
    const uat = value.environments.find(({ name }) => name === 'uat')!;
    expect(uat.user.username).to.equal('svc@acme.example.uat');
    expect(uat.app).to.deep.include({ callbackUrl: 'https://uat.acme.example/cb', runAsUsername: 'svc@acme.example.uat' });
    expect(uat.app?.ipRanges).to.deep.equal(value.app?.ipRanges);
  });

  it('gives an environment without overrides exactly the manifest values', () => {
    const { value } = build(manifest);
    const prod = value.environments.find(({ name }) => name === 'prod')!;

    expect(prod.user).to.deep.equal(value.user);
    expect(prod.app).to.deep.equal(value.app);
  });

  it('points at the override that breaks a rule', () => {
    const { diagnostics } = build(aManifest({ app: {}, environments: { uat: { app: { certificate: 'certs/uat.crt' } } } }), { 'certs/uat.crt': A_CERTIFICATE });

    expect(diagnostics.map(({ at }) => at.path)).to.deep.equal([['environments', 'uat', 'app', 'certificate']]);
  });

  it('refuses app overrides for an integration without an app', () => {
    const { diagnostics } = build(aManifest({ environments: { uat: { app: { callbackUrl: 'https://uat.acme.example/cb' } } } }));

    expect(diagnostics[0]!.message).to.match(/the integration has no "app"/);
  });

  it('reports a broken value the environments inherit once, not once per environment', () => {
    const { diagnostics } = build(aManifest({ app: { flow: 'jwtBearer' }, environments: { uat: {}, prod: {} } }));

    expect(diagnostics).to.have.length(1);
  });
});

import { expect } from 'chai';
import type { ManifestApp, ManifestEnvironment } from '../../src/manifest/manifest.js';
import { aManifest, toYaml } from '../builders/manifest-builder.js';
import { findingsFor } from '../builders/estate-builder.js';

const WORKERS = [{ start: '203.0.113.10', end: '203.0.113.20' }];

const withApp = (app: ManifestApp, environments?: Record<string, ManifestEnvironment>) => ({
  'erp.yaml': aManifest({ app: { ipRanges: WORKERS, ...app }, ...(environments ? { environments } : {}) }),
});

const reported = (app: ManifestApp, environments?: Record<string, ManifestEnvironment>): string[] =>
  findingsFor(withApp(app, environments)).map(({ rule, severity, grant, path }) => `${rule} ${severity} ${grant ?? '-'} ${path}`);

describe('app rules (the manifest)', () => {
  it('reports nothing for the api scope, IP ranges and no refresh tokens', () => {
    expect(reported({ scopes: ['api'], refreshToken: 'zero' })).to.deep.equal([]);
  });

  it('reports the full scope as an error at its entry', () => {
    expect(reported({ scopes: ['api', 'full'] })).to.deep.equal(['app-full-scope error app.scopes.full app.scopes[1]']);
  });

  it('reports refresh tokens with a lifetime as a warning, saying how long they live', () => {
    const findings = findingsFor(withApp({ scopes: ['api', 'refresh_token'], refreshToken: '8h' }));

    expect(findings.map(({ rule, severity, grant, path }) => `${rule} ${severity} ${grant ?? '-'} ${path}`)).to.deep.equal([
      'app-refresh-token warning app.refreshToken app.scopes[1]',
    ]);
    expect(findings[0]!.message).to.equal('The app asks for refresh tokens (valid for 8 hours).');
  });

  it('reports refresh tokens valid until revoked as an error, once', () => {
    expect(reported({ scopes: ['api', 'offline_access'], refreshToken: 'infinite' })).to.deep.equal([
      'app-infinite-refresh-token error app.refreshToken app.refreshToken',
    ]);
  });

  it('reports an app without IP ranges as a warning, at the app', () => {
    const manifest = aManifest({ app: { scopes: ['api'] } });

    const [finding] = findingsFor({ 'erp.yaml': manifest });

    expect(finding).to.include({ rule: 'app-no-ip-ranges', severity: 'warning', grant: 'app.ipRanges', path: 'app.ipRanges' });
    expect(finding!.line).to.equal(toYaml(manifest).split('\n').indexOf('app:') + 1);
  });

  it('reports an environment whose own value is risky there, naming the environment', () => {
    const findings = findingsFor(withApp({ scopes: ['api'] }, { uat: { app: { ipRanges: [] } } }));

    expect(findings.map(({ rule, path }) => `${rule} ${path}`)).to.deep.equal(['app-no-ip-ranges environments.uat.app.ipRanges']);
    expect(findings[0]!.message).to.match(/^In environment uat, the app lists no IP ranges/);
  });

  it('reports a risk that environments inherit once, at the app', () => {
    expect(reported({ scopes: ['full'] }, { uat: { user: { username: 'svc.erp@acme.example.uat' } }, prod: {} })).to.deep.equal([
      'app-full-scope error app.scopes.full app.scopes[0]',
    ]);
  });

  it('reports nothing for an integration without an app', () => {
    expect(findingsFor({ 'erp.yaml': aManifest() })).to.deep.equal([]);
  });
});

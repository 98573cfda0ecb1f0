import { expect } from 'chai';
import { foldApp, type FoldAppContext } from '../../src/import/fold-app.js';
import { findApp } from '../../src/import/find-app.js';
import { readConnectedApp } from '../../src/metadata/read-oauth-app.js';
import { A_CERTIFICATE } from '../builders/certificate-builder.js';
import { legacyConnectedAppXml, type ConnectedAppSpec } from '../builders/org-component-builder.js';

const USER = 'svc.erp@acme.example';
const CONTEXT: FoldAppContext = { integration: 'ERP_Sync', username: USER, permissionSets: [{ name: 'ERP_Orders', id: '0PS000000000001AAA' }], keepNames: true, certificatePath: 'certs/erp-sync.crt' };

const app = (spec: Partial<ConnectedAppSpec> = {}) => readConnectedApp('ERP_Connector', legacyConnectedAppXml({ label: 'ERP Connector', runAs: USER, permissionSets: ['ERP_Orders'], ...spec }));

describe('foldApp', () => {
  it('keeps an adopted connected app\'s name, type, scopes, ranges and refresh tokens, with nothing to remark', () => {
    const folded = foldApp(app({ scopes: ['Api', 'RefreshToken'], refreshTokenPolicy: 'specific_lifetime:7:DAYS', description: 'ERP', ipRanges: [{ start: '10.0.0.1', end: '10.0.0.9' }] }), CONTEXT);

    expect(folded).to.deep.equal({
      app: { apiName: 'ERP_Connector', type: 'connectedApp', description: 'ERP', scopes: ['api', 'refresh_token'], ipRanges: [{ start: '10.0.0.1', end: '10.0.0.9' }], refreshToken: '7d' },
      remarks: [],
    });
  });

  it('writes the JWT app\'s public certificate beside the manifest, never a private key', () => {
    const certificate = A_CERTIFICATE.trim();

    const folded = foldApp(app({ runAs: undefined, certificate }), CONTEXT);

    expect(folded.app).to.include({ flow: 'jwtBearer', certificate: 'certs/erp-sync.crt' });
    expect(folded.certificate).to.deep.equal({ path: 'certs/erp-sync.crt', pem: `${certificate}\n` });
    const withKey = foldApp(app({ runAs: undefined, certificate: '-----BEGIN PRIVATE KEY-----\nMII\n-----END PRIVATE KEY-----' }), CONTEXT);
    expect(withKey.certificate).to.equal(undefined);
  });

  it('remarks on every policy the manifest writes over, and on what it cannot hold', () => {
    const folded = foldApp(
      app({ adminApproved: false, runAs: 'admin@acme.example', permissionSets: ['Everyone_Else'], ipRelaxation: 'BYPASS', refreshTokenPolicy: 'specific_inactivity:2:DAYS', scopes: ['Api', 'CustomApplications'], callbackUrl: 'https://a.example/cb https://b.example/cb' }),
      { ...CONTEXT, keepNames: false }
    );

    expect(folded.remarks.map(({ kind }) => kind)).to.deep.equal(['replaced', 'selfAuthorized', 'ipRelaxation', 'otherPermissionSets', 'admitsMore', 'unknownScopes', 'callbackUrls', 'refreshToken', 'runAsOther']);
    expect(folded.app).to.deep.equal({ callbackUrl: 'https://a.example/cb' });
  });

  it('says an app without client credentials or certificate must move to a flow the manifest has', () => {
    expect(foldApp(app({ runAs: undefined }), CONTEXT).remarks.map(({ kind }) => kind)).to.deep.equal(['noFlow']);
  });
});

describe('findApp', () => {
  const subject = { username: USER, permissionSets: [{ name: 'ERP_Orders', id: '0PS000000000001AAA' }] };

  it('prefers the app whose client credentials run as the user, and names the others', () => {
    const apps = [readConnectedApp('By_Set', legacyConnectedAppXml({ label: 'By Set', permissionSets: ['erp_orders'] })), readConnectedApp('Run_As', legacyConnectedAppXml({ label: 'Run As', runAs: USER }))];

    expect(findApp(apps, subject)).to.deep.include({ others: ['By_Set'] });
    expect(findApp(apps, subject)?.app.apiName).to.equal('Run_As');
  });

  it('matches a permission set listed by its Id, and none that admits other users only', () => {
    const byId = readConnectedApp('By_Id', legacyConnectedAppXml({ label: 'By Id', permissionSets: ['0PS000000000001'] }));
    const other = readConnectedApp('Other', legacyConnectedAppXml({ label: 'Other', permissionSets: ['Someone_Else'] }));

    expect(findApp([other, byId], subject)?.app.apiName).to.equal('By_Id');
    expect(findApp([other], subject)).to.equal(undefined);
  });
});

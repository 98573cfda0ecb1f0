import { expect } from 'chai';
import { Org } from '@salesforce/core';
import { connectToEmulator } from './connect.js';
import { startOrgEmulator, type OrgEmulator } from './org-emulator.js';
import { isolateSalesforceState, salesforceWarnings } from './salesforce-environment.js';

/** The SOAP envelope jsforce sends, reduced to what the emulator reads. */
const soapCall = (sessionId: string, body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header xmlns="http://soap.sforce.com/2006/04/metadata"><SessionHeader><sessionId>${sessionId}</sessionId></SessionHeader></soapenv:Header><soapenv:Body xmlns="http://soap.sforce.com/2006/04/metadata">${body}</soapenv:Body></soapenv:Envelope>`;

describe('org emulator: the HTTP surface, as Salesforce answers', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  const get = (path: string, token = org.accessToken): Promise<Response> => fetch(`${org.instanceUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  const soap = (body: string, sessionId = org.accessToken): Promise<Response> =>
    fetch(`${org.instanceUrl}/services/Soap/m/66.0`, { method: 'POST', headers: { 'content-type': 'text/xml', SOAPAction: '""' }, body: soapCall(sessionId, body) });

  beforeEach(async () => {
    org = await startOrgEmulator();
  });
  afterEach(async () => {
    await org.stop();
  });

  it('listens on 127.0.0.1 only, on a port of its own', () => {
    expect(org.instanceUrl).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('lists its API versions, the highest last, without asking for a session', async () => {
    const versions = (await (await fetch(`${org.instanceUrl}/services/data`)).json()) as Array<{ version: string; label: string; url: string }>;

    expect(versions.at(-1)).to.deep.equal({ label: "Spring '26", url: '/services/data/v66.0', version: '66.0' });
  });

  it('serves the highest version it is told to', async () => {
    const older = await startOrgEmulator({ apiVersion: '64.0' });
    const versions = (await (await fetch(`${older.instanceUrl}/services/data`)).json()) as Array<{ version: string }>;
    await older.stop();

    expect(versions.at(-1)?.version).to.equal('64.0');
  });

  it('collapses duplicate slashes, as sf sends them after storing instanceUrl with a trailing /', async () => {
    const response = await get('//services/data//v66.0/query?q=SELECT+Name+FROM+Organization');

    expect(response.status).to.equal(200);
    expect(org.requestLog.all.at(-1)?.path).to.equal('/services/data/v66.0/query');
  });

  it('is not a Dev Hub: ScratchOrgInfo is an unknown type', async () => {
    const response = await get('/services/data/v51.0/query?q=SELECT%20Id%20FROM%20ScratchOrgInfo%20limit%201');

    expect(response.status).to.equal(400);
    expect(((await response.json()) as Array<{ errorCode: string }>)[0]?.errorCode).to.equal('INVALID_TYPE');
  });

  it('answers a REST call with an unknown or expired token with 401 INVALID_SESSION_ID', async () => {
    const unknownToken = await get('/services/data/v66.0/query?q=SELECT+Id+FROM+Organization', 'not-a-token');
    org.expireSession();
    const expired = await get('/services/data/v66.0/query?q=SELECT+Id+FROM+Organization');

    expect([unknownToken.status, expired.status]).to.deep.equal([401, 401]);
    const expectedBody = [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }];
    expect(await Promise.all([unknownToken.json(), expired.json()])).to.deep.equal([expectedBody, expectedBody]);
  });

  it('answers a SOAP call with an expired session with a 500 fault that jsforce recognises', async () => {
    org.expireSession();

    const response = await soap('<checkDeployStatus><asyncProcessId>0AfEM0000000001</asyncProcessId><includeDetails>true</includeDetails></checkDeployStatus>');

    expect(response.status).to.equal(500);
    const text = await response.text();
    expect(text).to.match(/<faultcode>[a-zA-Z]+:INVALID_SESSION_ID<\/faultcode>/);
    expect(text).to.include('<faultstring>INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session</faultstring>');
  });

  it('refuses a status check for a deploy it never received', async () => {
    const viaSoap = await soap('<checkDeployStatus><asyncProcessId>0AfEM0000000099</asyncProcessId><includeDetails>true</includeDetails></checkDeployStatus>');
    const viaRest = await get('/services/data/v66.0/metadata/deployRequest/0AfEM0000000099?includeDetails=true');

    expect(viaSoap.status).to.equal(500);
    expect(await viaSoap.text()).to.include('<faultcode>sf:INVALID_CROSS_REFERENCE_KEY</faultcode>');
    expect(viaRest.status).to.equal(404);
  });

  it('refuses a version above the highest it serves', async () => {
    expect((await get('/services/data/v67.0/query?q=SELECT+Id+FROM+Organization')).status).to.equal(404);
  });

  it('logs in as `sf org login access-token` does, saving an authorization that works as a target org', async () => {
    const { connection, username } = await connectToEmulator(org);
    const targetOrg = await Org.create({ aliasOrUsername: username });

    expect(connection.getApiVersion()).to.equal('66.0');
    expect(targetOrg.getOrgId()).to.equal(org.orgId);
    expect(targetOrg.getConnection().instanceUrl).to.equal(org.instanceUrl);
    expect(org.requestLog.all.map(({ method, path }) => `${method} ${path}`)).to.include.members(['GET /services/oauth2/userinfo', 'GET /services/data']);
    // core warns once per http: origin; the warning is collected, not printed among the test results.
    expect(salesforceWarnings()).to.include(`Using insecure protocol: http: on url: ${org.instanceUrl}`);
  });
});

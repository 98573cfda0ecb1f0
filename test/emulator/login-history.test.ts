import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import { aLogin, dailyLogins, LOGIN_FLOWS, LOGIN_STATUS, recordLogins } from '../builders/login-history-builder.js';
import { anIntegrationUser } from '../builders/org-user-builder.js';
import { apiRejectionOf, connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from './org-emulator.js';

const USERNAME = 'svc.erp-sync@acme.example';

type Login = { LoginTime: string; LoginType: string; LoginSubType: string | null; Status: string; SourceIp: string; Application: string };

describe('org emulator: LoginHistory, as the audit reads it', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let connection: Connection;
  let userId: string;

  beforeEach(async () => {
    org = await startOrgEmulator();
    ({ connection } = await connectToEmulator(org));
    userId = String(org.insert('User', { ...(anIntegrationUser({ Username: USERNAME }) as Record<string, string>), Profile: { Name: 'Minimum Access - API Only Integrations' } }).Id);
  });
  afterEach(() => org.stop());

  const logins = async (where: string): Promise<Login[]> =>
    (await connection.query<Login>(`SELECT LoginTime, LoginType, LoginSubType, Status, SourceIp, Application FROM LoginHistory WHERE ${where}`)).records;

  it('answers the audit’s query over a year of daily logins: the last 30 days and today, newest first', async () => {
    const now = new Date();
    recordLogins(org, dailyLogins({ username: USERNAME, application: 'ERP_Sync', until: now }));

    const recent = await logins(`UserId = '${userId}' AND LoginTime = LAST_N_DAYS:30 ORDER BY LoginTime DESC`);

    expect(org.records('LoginHistory')).to.have.length(365);
    expect(recent).to.have.length(31);
    expect(recent[0]?.LoginTime).to.equal(now.toISOString().replace(/Z$/, '+0000'));
    expect(recent.every(({ LoginType, LoginSubType, Application }) => LoginType === 'Remote Access 2.0' && LoginSubType === 'OAuth Client Credentials' && Application === 'ERP_Sync')).to.equal(true);
  });

  it('refuses to filter on Status or LoginSubType, as Salesforce does, and filters on LoginType', async () => {
    recordLogins(org, [aLogin({ username: USERNAME, at: new Date(), flow: 'ui' })]);

    const byStatus = await apiRejectionOf(logins(`UserId = '${userId}' AND Status = 'Success'`));
    const bySubType = await apiRejectionOf(logins("LoginSubType = 'UI Username-Password'"));

    expect(byStatus.errorCode).to.equal('INVALID_FIELD');
    expect(byStatus.message).to.contain("field 'Status' can not be filtered");
    expect(bySubType.errorCode).to.equal('INVALID_FIELD');
    expect(await logins("LoginType = 'Application'")).to.have.length(1);
  });

  it('tells the flows and the failures apart, for a client that filters them itself', async () => {
    const at = new Date();
    recordLogins(org, [
      aLogin({ username: USERNAME, at, flow: 'usernamePassword', application: 'Legacy_Backup' }),
      aLogin({ username: USERNAME, at, flow: 'clientCredentials', application: 'ERP_Sync' }),
      aLogin({ username: USERNAME, at, flow: 'ui' }),
      aLogin({ username: USERNAME, at, flow: 'clientCredentials', status: LOGIN_STATUS.restrictedIp, sourceIp: '198.51.100.7' }),
    ]);

    const all = await logins(`UserId = '${userId}'`);

    expect(all.filter(({ Status }) => Status !== 'Success').map(({ Status, SourceIp }) => `${Status} from ${SourceIp}`)).to.deep.equal(['Restricted IP from 198.51.100.7']);
    expect(all.filter(({ LoginSubType }) => LoginSubType === LOGIN_FLOWS.usernamePassword.LoginSubType).map(({ Application }) => Application)).to.deep.equal(['Legacy_Backup']);
    expect(all.filter(({ LoginType }) => LoginType === 'Application')).to.have.length(1);
  });
});

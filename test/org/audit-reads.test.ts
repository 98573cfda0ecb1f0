import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import { readIntegrationUsers } from '../../src/org/integration-users.js';
import { readLoginHistory } from '../../src/org/login-history.js';
import { openOrgSession, type OrgSession } from '../../src/org/org-session.js';
import { soqlString } from '../../src/org/soql.js';
import { dailyLogins, recordLogins } from '../builders/login-history-builder.js';
import { anIntegrationUser } from '../builders/org-user-builder.js';
import { connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from '../emulator/org-emulator.js';

/** What the audit reads from an org, each call over real HTTP. */
describe('org layer: the audit’s reads', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let connection: Connection;
  let session: OrgSession;

  const start = async (options: Parameters<typeof startOrgEmulator>[0] = {}): Promise<void> => {
    org = await startOrgEmulator(options);
    ({ connection } = await connectToEmulator(org));
    session = openOrgSession(connection, { waitMs: 60_000 });
  };
  afterEach(async () => {
    await session.close();
    await org.stop();
  });

  it('pages through the login history, a year of daily logins for several users in one query', async () => {
    await start({ records: { User: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => ({ ...anIntegrationUser({ Username: `svc.${name}@acme.example`, Alias: name }), Profile: { Name: 'Standard User' } })) } });
    const users = org.records('User', {}).filter(({ Username }) => String(Username).startsWith('svc.'));
    for (const user of users) recordLogins(org, dailyLogins({ username: String(user.Username), days: 365 }));
    org.requestLog.clear();

    const logins = await readLoginHistory(session, users.map(({ Id }) => String(Id)), 365);

    expect(logins).to.have.length(7 * 365);
    expect(org.requestLog.countByKind()).to.deep.equal({ query: 1, queryMore: 1 });
  });

  it('finds the integration users of an org whose profile names are translated, through their licence', async () => {
    await start({ language: 'fr' });
    const apiOnly = org.record('Profile', { UserLicenseId: org.record('UserLicense', { Name: 'Salesforce Integration' }).Id as string });
    org.insert('User', { ...anIntegrationUser({ Username: 'svc.erp@acme.example' }), ProfileId: apiOnly.Id as string });

    const users = await readIntegrationUsers(session, []);

    expect(users.map(({ username, profile, userLicense }) => `${username} ${userLicense ?? 'none'} ${profile !== 'Minimum Access - API Only Integrations'}`)).to.deep.equal(['svc.erp@acme.example Salesforce Integration true']);
  });

  it('quotes usernames, whatever a manifest holds', async () => {
    await start();

    const users = await readIntegrationUsers(session, ["o'brien@acme.example\\"]);

    expect(users).to.deep.equal([]);
    expect(soqlString("o'brien\\")).to.equal("'o\\'brien\\\\'");
  });
});

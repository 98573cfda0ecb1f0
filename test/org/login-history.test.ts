import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import { readLoginHistory } from '../../src/org/login-history.js';
import { openOrgSession, type OrgSession } from '../../src/org/org-session.js';
import { dailyLogins, recordLogins } from '../builders/login-history-builder.js';
import { anIntegrationUser } from '../builders/org-user-builder.js';
import { connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from '../emulator/org-emulator.js';

/** LoginHistory as the audit reads it, over real HTTP. */
describe('org layer: the login history', () => {
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
});

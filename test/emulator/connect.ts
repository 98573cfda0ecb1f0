import { AuthInfo, Connection, Org } from '@salesforce/core';
import type { OrgEmulator } from './org-emulator.js';
import { isolatedHome } from './salesforce-environment.js';

export type EmulatorLogin = { username: string; authInfo: AuthInfo; connection: Connection; org: Org };

/**
 * Logs in to the emulator as `sf org login access-token` does (AuthInfo with accessTokenOptions, which
 * reads userinfo, the User, ScratchOrgInfo and Organization), saves the authorization so that the
 * username works as a --target-org, and returns a Connection and an Org over real HTTP. The login URL is
 * the emulator too, so that nothing, not even a token refresh, can leave 127.0.0.1.
 */
export const connectToEmulator = async (emulator: OrgEmulator): Promise<EmulatorLogin> => {
  if (isolatedHome() === undefined) throw new Error('connectToEmulator writes an authorization: call isolateSalesforceState() in the describe first');
  const { username, accessToken, instanceUrl } = emulator;
  const authInfo = await AuthInfo.create({ username, accessTokenOptions: { accessToken, instanceUrl, loginUrl: instanceUrl } });
  await authInfo.save();
  const connection = await Connection.create({ authInfo });
  const org = await Org.create({ connection });
  return { username, authInfo, connection, org };
};

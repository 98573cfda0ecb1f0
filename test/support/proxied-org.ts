import { openOrgSession, type OrgSession } from '../../src/org/org-session.js';
import { connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from '../emulator/org-emulator.js';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';

/** The emulated org, the fault proxy in front of it, and the session a test opened through the proxy. */
export type ProxiedOrg = {
  readonly org: OrgEmulator;
  readonly proxy: FaultProxy;
  readonly session: OrgSession;
  /** A session through the proxy, every call bounded by `waitMs`. */
  open: (waitMs?: number) => Promise<OrgSession>;
};

/**
 * For a describe of the org layer's specs: a fresh emulated org behind a fault proxy for each test, both stopped
 * after it with the session the test opened. Call it in the describe's body, where mocha takes the hooks.
 */
export const useProxiedOrg = (): ProxiedOrg => {
  isolateSalesforceState();
  let org: OrgEmulator | undefined;
  let proxy: FaultProxy | undefined;
  let session: OrgSession | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`no ${what}: useProxiedOrg's hooks have not run`);
    return value;
  };

  beforeEach(async () => {
    org = await startOrgEmulator();
    proxy = await startFaultProxy(org.instanceUrl);
  });

  afterEach(async () => {
    await session?.close();
    session = undefined;
    await proxy?.stop();
    await org?.stop();
  });

  return {
    get org() {
      return started(org, 'org');
    },
    get proxy() {
      return started(proxy, 'proxy');
    },
    get session() {
      return started(session, 'session (call open first)');
    },
    open: async (waitMs = 60_000) => {
      const { connection } = await connectToEmulator({ ...started(org, 'org'), instanceUrl: started(proxy, 'proxy').url });
      session = openOrgSession(connection, { waitMs });
      return session;
    },
  };
};

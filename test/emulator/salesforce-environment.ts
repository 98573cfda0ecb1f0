import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Lifecycle } from '@salesforce/core';

/**
 * What @salesforce/core reads from the environment when it stores and uses an authorization. It reads
 * HOME and these variables when called, not when imported, so setting them in a before hook is enough.
 */
const QUIET_OFFLINE: Readonly<Record<string, string>> = {
  SF_USE_GENERIC_UNIX_KEYCHAIN: 'true',
  SF_DISABLE_TELEMETRY: 'true',
  SF_DISABLE_LOG_FILE: 'true',
  SF_AUTOUPDATE_DISABLE: 'true',
  SF_SKIP_NEW_VERSION_CHECK: 'true',
};

/** jsforce sends every request through these when set, ignoring NO_PROXY: 127.0.0.1 must be reached directly. */
const PROXIES = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'] as const;

let activeHome: string | undefined;
const warnings: string[] = [];

/** The throw-away HOME in force, or undefined outside isolateSalesforceState. */
export const isolatedHome = (): string | undefined => activeHome;

/**
 * The warnings @salesforce/core and SDR emitted during the describe (e.g. "Using insecure protocol: http:"
 * for the emulator's URL), held here rather than printed between test results.
 */
export const salesforceWarnings = (): readonly string[] => warnings;

/**
 * Gives the enclosing describe a throw-away HOME (so authorizations never reach the real ~/.sfdx), quiet
 * offline settings, no proxy and a collector for Lifecycle warnings, and puts everything back after it.
 */
export const isolateSalesforceState = (): void => {
  const saved = new Map<string, string | undefined>();
  before(async () => {
    const home = await mkdtemp(join(tmpdir(), 'intuser-sf-home-'));
    for (const name of ['HOME', ...Object.keys(QUIET_OFFLINE), ...PROXIES]) saved.set(name, process.env[name]);
    process.env.HOME = home;
    Object.assign(process.env, QUIET_OFFLINE);
    for (const name of PROXIES) delete process.env[name];
    activeHome = home;
    warnings.length = 0;
    Lifecycle.getInstance().on('warning', (warning: string) => Promise.resolve(void warnings.push(warning)), 'isolateSalesforceState');
  });
  after(async () => {
    // The describe owned the Salesforce state while it ran, its Lifecycle warning listeners included.
    Lifecycle.getInstance().removeAllListeners('warning');
    const home = activeHome;
    activeHome = undefined;
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    if (home) await rm(home, { recursive: true, force: true });
  });
};

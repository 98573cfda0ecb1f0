import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUN = fileURLToPath(new URL('../../bin/run.js', import.meta.url));

export type CliOutcome = { exitCode: number; stdout: string; stderr: string };

let home: string | undefined;

/**
 * Runs the plugin's real entry point (bin/run.js, the compiled plugin in lib/) in a child process, as a
 * user would: quiet, offline, with a throw-away home so no real CLI configuration leaks in. `environment`
 * adds or overrides variables (HOME where a test saved an org's authorization).
 */
export const runCli = async (args: readonly string[], cwd: string, environment: Readonly<Record<string, string>> = {}): Promise<CliOutcome> => {
  home ??= await mkdtemp(join(tmpdir(), 'intuser-home-'));
  const env = {
    ...process.env,
    HOME: home,
    SF_DISABLE_TELEMETRY: 'true',
    SF_AUTOUPDATE_DISABLE: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    SF_USE_GENERIC_UNIX_KEYCHAIN: 'true',
    SF_DISABLE_LOG_FILE: 'true',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...environment,
  };
  return new Promise((resolve) => {
    execFile(process.execPath, [RUN, ...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ exitCode: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
};

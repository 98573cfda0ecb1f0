import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const METADATA_DIR = 'force-app/main/default';
export const MIB = 1024 * 1024;

export type Spawned = { ms: number; exitCode: number; stdout: string; stderr: string };

/** A child process, timed from spawn to exit, wall clock. */
export const spawnTimed = (file: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Spawned> =>
  new Promise((resolve) => {
    const start = performance.now();
    execFile(file, args, { ...options, maxBuffer: 256 * MIB }, (error, stdout, stderr) => {
      const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ ms: performance.now() - start, exitCode, stdout, stderr });
    });
  });

/** A Node child process, with this process's Node and its flags (`--import tsx`, without which it could not load TypeScript). */
export const spawnNode = (args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Spawned> =>
  spawnTimed(process.execPath, [...process.execArgv, ...args], options);

/** jsforce sends every request through these when set, ignoring NO_PROXY: the emulator on 127.0.0.1 must be reached directly. */
const PROXIES = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'];

/**
 * For the child processes that run Salesforce code: a throw-away home, so that nothing reaches the real
 * ~/.sf, quiet and offline. A child has it before any of its imports runs, whatever @salesforce/core reads when.
 */
export const salesforceEnv = (home: string): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    SF_USE_GENERIC_UNIX_KEYCHAIN: 'true',
    SF_DISABLE_TELEMETRY: 'true',
    SF_AUTOUPDATE_DISABLE: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    SF_DISABLE_LOG_FILE: 'true',
    NO_COLOR: '1',
  };
  for (const name of PROXIES) delete env[name];
  return env;
};

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { AuthInfo } from '@salesforce/core';
import type { OrgEmulator } from '../test/emulator/org-emulator.js';

const MIB = 1024 * 1024;

/** Where the real `sf` CLI is: SF_BIN, or the one installed for these machines, or the PATH's. */
export const findSf = (): string | undefined => {
  const candidates = [process.env.SF_BIN, '/work/tools/node_modules/.bin/sf'].filter((path): path is string => path !== undefined && path !== '');
  return candidates.find((path) => existsSync(path));
};

export type Run = { ms: number; exitCode: number; stdout: string; stderr: string };

/** One `sf` command in a process of its own, timed from spawn to exit, as a pipeline step is. */
export const runSf = (sf: string, args: readonly string[], cwd: string): Promise<Run> =>
  new Promise((resolve) => {
    const start = performance.now();
    execFile(sf, args, { cwd, env: process.env, maxBuffer: 64 * MIB }, (error, stdout, stderr) => {
      resolve({ ms: performance.now() - start, exitCode: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });

/** Saves an authorization for the emulator under HOME, as `sf org login access-token` does, so that `sf` children can use it. */
export const saveLogin = async (org: OrgEmulator): Promise<string> => {
  const { username, accessToken, instanceUrl } = org;
  const authInfo = await AuthInfo.create({ username, accessTokenOptions: { accessToken, instanceUrl, loginUrl: instanceUrl } });
  await authInfo.save();
  return username;
};

/** Links the plugin into the CLI of this HOME (once: the CLI then loads it from the worktree's lib/). */
export const linkPlugin = async (sf: string, root: string): Promise<void> => {
  const linked = await runSf(sf, ['plugins', 'link', root], root);
  if (linked.exitCode !== 0) throw new Error(`sf plugins link failed (exit ${linked.exitCode}):\n${linked.stderr}`);
};

/**
 * The generate benchmark through the CLI, as a user runs it: `bin/run.js intuser generate` in a fresh
 * process, set against its floor, the CLI's start-up plus copying the bytes it writes.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeOutputs } from './generate-steps.js';
import { ROOT, spawnTimed } from './processes.js';

export type CliFigures = {
  build: 'built' | 'tsc reported errors';
  /** `bin/run.js --version`: the CLI loaded, no command. */
  startupMs: number[];
  /**
   * `sf intuser generate --check` on the example project (4 small integrations): what any run pays before the
   * estate's size counts, loading @salesforce/sf-plugins-core and @salesforce/core, the project, the logger.
   */
  smallestRunMs: number[];
  /** `cp -r` of what generate writes, into an empty folder. */
  copyMs: number[];
  /** `sf intuser generate` from empty output, end to end. */
  generateMs: number[];
  /** `sf intuser generate --check` on its output, end to end. */
  checkMs: number[];
  outputFiles: number;
  outputBytes: number;
};

/**
 * bin/run.js loads the compiled plugin from lib/, which may be older than src/. tsc emits despite type
 * errors, so a failed check still leaves lib/ current: the run goes on and the report says so.
 */
export const buildPlugin = async (): Promise<CliFigures['build']> => {
  const tsc = await spawnTimed(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: ROOT });
  const manifest = await spawnTimed(process.execPath, [join(ROOT, 'scripts/oclif-manifest.js')], { cwd: ROOT });
  if (tsc.exitCode === 0 && manifest.exitCode === 0) return 'built';
  if (!existsSync(join(ROOT, 'lib/commands'))) throw new Error(`tsc failed and there is no lib/ to run:\n${tsc.stdout}${tsc.stderr}`);
  process.stderr.write(`warning: the build reported errors; the CLI steps run whatever it emitted in lib/\n${tsc.stdout}${manifest.stderr}`);
  return 'tsc reported errors';
};

/** What generate wrote: every entry of the project but its manifests and settings. */
const outputsOf = async (projectDir: string): Promise<string[]> =>
  (await readdir(projectDir)).filter((name) => name !== 'integrations' && name !== 'sfdx-project.json').map((name) => join(projectDir, name));

const sizeOf = async (paths: readonly string[]): Promise<{ files: number; bytes: number }> => {
  let [files, bytes] = [0, 0];
  for (const path of paths) {
    const entry = await stat(path);
    if (entry.isDirectory()) {
      const inner = await sizeOf((await readdir(path)).map((name) => join(path, name)));
      [files, bytes] = [files + inner.files, bytes + inner.bytes];
    } else [files, bytes] = [files + 1, bytes + entry.size];
  }
  return { files, bytes };
};

const ok = (what: string, run: { exitCode: number; stdout: string; stderr: string }, expected = 0): void => {
  if (run.exitCode !== expected) throw new Error(`${what} failed (exit ${run.exitCode}):\n${run.stdout}${run.stderr}`);
};

/** Each step `runs` times, interleaved, so that a slow moment of the machine does not fall on one step only. */
export const timeCli = async (projectDir: string, env: NodeJS.ProcessEnv, runs: number, build: CliFigures['build']): Promise<CliFigures> => {
  const runJs = join(ROOT, 'bin/run.js');
  const figures: CliFigures = { build, startupMs: [], smallestRunMs: [], copyMs: [], generateMs: [], checkMs: [], outputFiles: 0, outputBytes: 0 };
  const example = await mkdtemp(join(tmpdir(), 'intuser-bench-example-'));
  await cp(join(ROOT, 'examples/acme'), example, { recursive: true });
  for (let run = 0; run < runs; run++) {
    const startup = await spawnTimed(process.execPath, [runJs, '--version'], { cwd: projectDir, env });
    ok('--version', startup);
    const smallest = await spawnTimed(process.execPath, [runJs, 'intuser', 'generate', '--check'], { cwd: example, env });
    ok('generate --check of the example', smallest);
    await removeOutputs(projectDir);
    const generate = await spawnTimed(process.execPath, [runJs, 'intuser', 'generate'], { cwd: projectDir, env });
    ok('generate', generate);
    const check = await spawnTimed(process.execPath, [runJs, 'intuser', 'generate', '--check'], { cwd: projectDir, env });
    ok('generate --check', check);
    const outputs = await outputsOf(projectDir);
    const copyTo = await mkdtemp(join(tmpdir(), 'intuser-bench-copy-'));
    const copy = await spawnTimed('cp', ['-r', ...outputs, copyTo], { cwd: projectDir });
    ok('cp -r', copy);
    await rm(copyTo, { recursive: true, force: true });
    figures.startupMs.push(startup.ms);
    figures.smallestRunMs.push(smallest.ms);
    figures.generateMs.push(generate.ms);
    figures.checkMs.push(check.ms);
    figures.copyMs.push(copy.ms);
    ({ files: figures.outputFiles, bytes: figures.outputBytes } = await sizeOf(outputs));
  }
  await rm(example, { recursive: true, force: true });
  return figures;
};

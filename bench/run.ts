/**
 * `npm run bench [-- --json] [-- --runs N]`: builds a synthetic estate in a temporary project and measures
 * `generate()` on it (first generation, unchanged re-run, --check), then the CLI end to end once, then a
 * deploy of over 1,000 generated components to the Metadata API emulator through the plugin and through plain
 * source-deploy-retrieve (bench/deploy-bench.ts), then an audit of 50 integrations with a year of daily logins each
 * (bench/audit-bench.ts).
 *
 * Each measured step runs in a child process of its own: maxRSS is a high-water mark of the whole process,
 * so in one process every step after the first would only report the first one's peak.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from '../src/generate/generate.js';
import type { GenerateResult } from '../src/generate/generate-result.js';
import { MANIFESTS_DIR } from '../src/project/project-layout.js';
import { auditMarkdown, type AuditFigures } from './audit-bench.js';
import type { DeployFigures } from './deploy-bench.js';
import { deployMarkdown, deployReport, type DeployReport } from './deploy-report.js';
import { DEFAULT_SHAPE, writeEstate, type EstateCounts } from './synthetic-estate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const THIS_FILE = fileURLToPath(import.meta.url);
const DEPLOY_BENCH = fileURLToPath(new URL('deploy-bench.ts', import.meta.url));
const AUDIT_BENCH = fileURLToPath(new URL('audit-bench.ts', import.meta.url));
const METADATA_DIR = 'force-app/main/default';
const MIB = 1024 * 1024;

const STEPS = {
  cold: 'First generation (empty output)',
  rerun: 'Second generation (unchanged, writes nothing)',
  check: '`--check` (unchanged)',
} as const;
type Step = keyof typeof STEPS;
const isStep = (value: string): value is Step => Object.hasOwn(STEPS, value);

/** What a step's child process reports back. */
type StepFigures = {
  step: Step;
  runsMs: number[];
  filesWritten: number;
  /** RSS once the code is loaded, before the first run: what the peak is to be read against. */
  baselineRssMiB: number;
  /** After the first run: the peak of a process that runs the step once, as the CLI does. */
  peakRssMiB: number;
  /** After every run: later runs add garbage the collector has not yet returned. */
  peakRssAllRunsMiB: number;
  /** Right after the first run, before any collection: live data plus garbage not yet collected. */
  heapUsedMiB: number;
};

type CliFigures = { startupMs: number; checkMs: number; build: 'built' | 'tsc reported errors' };

type Report = {
  machine: { cpus: number; cpuModel: string; node: string; platform: string };
  estate: EstateCounts & { filesGenerated: number };
  steps: Array<StepFigures & { label: string; medianMs: number; bestMs: number; fieldPermissionsPerSecond: number }>;
  cli: CliFigures & { fieldPermissionsPerSecond: number };
  deploy: DeployReport;
  audit: AuditFigures;
};

const filesWritten = (result: GenerateResult): number => result.integrations.reduce((sum, { written }) => sum + written.length, 0);

/** A run that wrote the wrong thing measured the wrong thing: better to stop than to publish its figures. */
const verify = (step: Step, result: GenerateResult): void => {
  const written = filesWritten(result);
  const removed = result.integrations.reduce((sum, { removed: paths }) => sum + paths.length, 0);
  const ok =
    step === 'cold' ? result.upToDate && written > 0 && removed === 0 : step === 'rerun' ? written === 0 && removed === 0 : result.upToDate;
  if (!ok) throw new Error(`${step}: unexpected result (upToDate ${result.upToDate}, ${written} written, ${removed} removed, ${result.outOfDate.length} out of date)`);
};

/** Back to the bare estate, so every cold run starts from empty output and no ledger. */
const removeOutputs = async (projectDir: string): Promise<void> => {
  const keep = new Set(['sfdx-project.json', MANIFESTS_DIR]);
  const entries = await readdir(projectDir);
  await Promise.all(entries.filter((name) => !keep.has(name)).map((name) => rm(join(projectDir, name), { recursive: true, force: true })));
};

/** Child side: runs one step `runs` times in this process and prints its figures as JSON. */
const measureStep = async (step: Step, projectDir: string, runs: number): Promise<StepFigures> => {
  const baselineRssMiB = process.memoryUsage().rss / MIB;
  const runsMs: number[] = [];
  let firstRun: Pick<StepFigures, 'filesWritten' | 'peakRssMiB' | 'heapUsedMiB'> | undefined;
  for (let run = 0; run < runs; run++) {
    if (step === 'cold') await removeOutputs(projectDir);
    const start = performance.now();
    const result = await generate({ projectDir, metadataDir: METADATA_DIR, check: step === 'check', force: false });
    runsMs.push(performance.now() - start);
    firstRun ??= { filesWritten: filesWritten(result), peakRssMiB: process.resourceUsage().maxRSS / 1024, heapUsedMiB: process.memoryUsage().heapUsed / MIB };
    verify(step, result);
  }
  return { step, runsMs, ...firstRun!, baselineRssMiB, peakRssAllRunsMiB: process.resourceUsage().maxRSS / 1024 };
};

type Spawned = { ms: number; exitCode: number; stdout: string; stderr: string };

const spawnTimed = (args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Spawned> =>
  new Promise((resolve) => {
    const start = performance.now();
    execFile(process.execPath, args, { ...options, maxBuffer: 64 * MIB }, (error, stdout, stderr) => {
      const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ ms: performance.now() - start, exitCode, stdout, stderr });
    });
  });

const runStepInChild = async (step: Step, projectDir: string, runs: number): Promise<StepFigures> => {
  // execArgv carries `--import tsx`, without which the child could not load this TypeScript file.
  const child = await spawnTimed([...process.execArgv, THIS_FILE, '--step', step, '--project', projectDir, '--runs', String(runs)], { cwd: ROOT });
  if (child.exitCode !== 0) throw new Error(`step ${step} failed (exit ${child.exitCode}):\n${child.stderr}`);
  return JSON.parse(child.stdout) as StepFigures;
};

/**
 * bin/run.js loads the compiled plugin from lib/, which may be older than src/. tsc emits despite type
 * errors, so a failed check still leaves lib/ current: the run goes on and the report says so.
 */
const buildPlugin = async (): Promise<CliFigures['build']> => {
  const tsc = await spawnTimed([join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: ROOT });
  if (tsc.exitCode === 0) return 'built';
  if (!existsSync(join(ROOT, 'lib/commands'))) throw new Error(`tsc failed and there is no lib/ to run:\n${tsc.stdout}${tsc.stderr}`);
  process.stderr.write(`warning: tsc reported errors; the CLI step runs whatever it emitted in lib/\n${tsc.stdout}`);
  return 'tsc reported errors';
};

/** jsforce sends every request through these when set, ignoring NO_PROXY: the emulator on 127.0.0.1 must be reached directly. */
const PROXIES = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'];

/**
 * For the child processes that run Salesforce code: a throw-away home, so that nothing reaches the real
 * ~/.sf, quiet and offline. A child has it before any of its imports runs, whatever @salesforce/core reads when.
 */
const salesforceEnv = (home: string): NodeJS.ProcessEnv => {
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

/** The CLI as CI runs it: a fresh process, quiet, offline, with a throw-away home. */
const timeCli = async (projectDir: string, home: string): Promise<CliFigures> => {
  const build = await buildPlugin();
  const env = salesforceEnv(home);
  const runJs = join(ROOT, 'bin/run.js');
  // --version loads the CLI but no command: its time is the start-up the --check time includes.
  const startup = await spawnTimed([runJs, '--version'], { cwd: projectDir, env });
  const check = await spawnTimed([runJs, 'intuser', 'generate', '--check'], { cwd: projectDir, env });
  if (check.exitCode !== 0) throw new Error(`CLI --check failed (exit ${check.exitCode}):\n${check.stdout}${check.stderr}`);
  return { startupMs: startup.ms, checkMs: check.ms, build };
};

/** --expose-gc lets the deploy bench collect the garbage of one deploy before it times the next. */
const runDeployBench = async (root: string, home: string, runs: number): Promise<DeployFigures> => {
  const child = await spawnTimed([...process.execArgv, '--expose-gc', DEPLOY_BENCH, '--root', root, '--runs', String(runs)], { cwd: ROOT, env: salesforceEnv(home) });
  if (child.exitCode !== 0) throw new Error(`deploy bench failed (exit ${child.exitCode}):\n${child.stderr}`);
  return JSON.parse(child.stdout) as DeployFigures;
};

const runAuditBench = async (root: string, home: string, runs: number): Promise<AuditFigures> => {
  const child = await spawnTimed([...process.execArgv, '--expose-gc', AUDIT_BENCH, '--root', root, '--runs', String(runs)], { cwd: ROOT, env: salesforceEnv(home) });
  if (child.exitCode !== 0) throw new Error(`audit bench failed (exit ${child.exitCode}):\n${child.stderr}`);
  return JSON.parse(child.stdout) as AuditFigures;
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const perSecond = (fieldPermissions: number, ms: number): number => Math.round(fieldPermissions / (ms / 1000));

const number = (value: number): string => Math.round(value).toLocaleString('en-US');

const toMarkdown = (report: Report): string => {
  const { machine, estate, steps, cli, deploy, audit } = report;
  const runs = steps[0]?.runsMs.length ?? 0;
  const rows = [
    `| Step | Wall time (median, best of ${runs}) | Field permissions/s | Peak RSS | Heap used |`,
    '| --- | --: | --: | --: | --: |',
    ...steps.map(
      (s) =>
        `| ${s.label} | ${number(s.medianMs)} ms (best ${number(s.bestMs)}) | ${number(s.fieldPermissionsPerSecond)} | ${number(s.peakRssMiB)} MiB | ${number(s.heapUsedMiB)} MiB |`
    ),
    `| CLI \`sf intuser generate --check\`, end to end, once | ${number(cli.checkMs)} ms (start-up ${number(cli.startupMs)}) | ${number(cli.fieldPermissionsPerSecond)} | | |`,
  ];
  return [
    `Estate: ${number(estate.integrations)} integrations, ${number(estate.permissionSets)} permission sets, ` +
      `${number(estate.fieldPermissions)} field permissions, ${number(estate.filesGenerated)} files generated (plus the ledger).`,
    '',
    ...rows,
    '',
    ...deployMarkdown(deploy),
    '',
    ...auditMarkdown(audit),
    '',
    `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}, ${machine.platform}. ` +
      `Memory: each step in a process of its own, read after its first run (RSS with the code loaded: ~${number(steps[0]?.baselineRssMiB ?? 0)} MiB).` +
      (cli.build === 'built' ? '' : ` CLI: ${cli.build}.`),
  ].join('\n');
};

const parent = async (runs: number, json: boolean): Promise<void> => {
  const root = await mkdtemp(join(tmpdir(), 'intuser-bench-'));
  try {
    const projectDir = join(root, 'project');
    const home = join(root, 'home');
    await Promise.all([mkdir(projectDir), mkdir(home)]);
    const log = (message: string): boolean => process.stderr.write(`${message}\n`);

    log(`building the estate in ${projectDir}`);
    const counts = await writeEstate(projectDir, DEFAULT_SHAPE);
    const figures: StepFigures[] = [];
    // In this order: the cold step leaves the output that the next two find unchanged.
    for (const step of Object.keys(STEPS) as Step[]) {
      log(`measuring ${step} (${runs} runs)`);
      figures.push(await runStepInChild(step, projectDir, runs));
    }
    log('building the plugin and timing the CLI');
    const cli = await timeCli(projectDir, home);
    log(`deploying to the emulator (${runs} rounds after a warm-up)`);
    const deploy = await runDeployBench(root, home, runs);
    log(`auditing the emulator (${runs} runs after a warm-up)`);
    const audit = await runAuditBench(root, home, runs);

    const report: Report = {
      machine: { cpus: availableParallelism(), cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${process.platform}-${process.arch}` },
      estate: { ...counts, filesGenerated: figures.find(({ step }) => step === 'cold')?.filesWritten ?? 0 },
      steps: figures.map((f) => {
        const medianMs = median(f.runsMs);
        return { ...f, label: STEPS[f.step], medianMs, bestMs: Math.min(...f.runsMs), fieldPermissionsPerSecond: perSecond(counts.fieldPermissions, medianMs) };
      }),
      cli: { ...cli, fieldPermissionsPerSecond: perSecond(counts.fieldPermissions, cli.checkMs) },
      deploy: deployReport(deploy),
      audit,
    };
    process.stdout.write(`${json ? JSON.stringify(report, null, 2) : toMarkdown(report)}\n`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
};

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
      // Internal: how the parent asks a child process to measure one step.
      step: { type: 'string' },
      project: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${values.runs}`);
  if (values.step === undefined) return parent(runs, values.json);
  if (!isStep(values.step) || values.project === undefined) throw new Error(`--step needs one of ${Object.keys(STEPS).join(', ')} and --project`);
  process.stdout.write(JSON.stringify(await measureStep(values.step, values.project, runs)));
};

await main();

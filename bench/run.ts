/**
 * `npm run bench [-- --json] [-- --runs N] [-- --quick] [-- --no-build] [-- --integrations N] [-- --scale K]`: builds a
 * synthetic estate in a temporary project and measures generate on it (in process, step by step; then
 * through the CLI against its floor, the CLI's start-up plus copying the bytes it writes), the same on an
 * estate K times larger, then deploys against the Metadata API emulator (bench/deploy-bench.ts): `sf intuser
 * deploy` beside `sf project deploy start` through the real CLI, integrations deployed with their users, and the
 * org check; then audits integrations deployed with a year of daily logins each (bench/audit-bench.ts). `--quick`
 * measures every step once on small estates: CI runs it, so that the bench cannot break unnoticed.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { AuditFigures } from './audit-bench.js';
import { buildPlugin, timeCli, type CliFigures } from './cli-bench.js';
import type { DeployFigures } from './deploy-bench.js';
import { deployReport } from './deploy-report.js';
import { isStep, measureStep, runStepInChild, STEPS, type Step, type StepFigures } from './generate-steps.js';
import { ROOT, salesforceEnv, spawnNode } from './processes.js';
import { generateReport, toMarkdown, type GenerateReport, type Report } from './report.js';
import { DEFAULT_SHAPE, writeEstate, type EstateShape } from './synthetic-estate.js';

const DEPLOY_BENCH = fileURLToPath(new URL('deploy-bench.ts', import.meta.url));
const AUDIT_BENCH = fileURLToPath(new URL('audit-bench.ts', import.meta.url));

type Options = { runs: number; json: boolean; shape: EstateShape; scale: number; deployIntegrations: number | undefined; build: boolean };

const log = (message: string): boolean => process.stderr.write(`${message}\n`);

/** Generate on one estate: each in-process step in a child of its own, then the CLI, interleaved. */
const benchGenerate = async (projectDir: string, shape: EstateShape, runs: number, env: NodeJS.ProcessEnv, build: CliFigures['build']): Promise<GenerateReport> => {
  log(`building an estate of ${shape.integrations} integrations in ${projectDir}`);
  await mkdir(projectDir);
  const counts = await writeEstate(projectDir, shape);
  const figures: StepFigures[] = [];
  // In this order: the cold step leaves the output that the next two find unchanged.
  for (const step of Object.keys(STEPS) as Step[]) {
    log(`measuring ${step} in process (${runs} runs)`);
    figures.push(await runStepInChild(step, projectDir, runs));
  }
  log(`timing the CLI (${runs} runs)`);
  const cli = await timeCli(projectDir, env, runs, build);
  return generateReport({ ...counts, filesGenerated: figures[0]?.filesWritten ?? 0, outputBytes: cli.outputBytes }, figures, cli);
};

/** --expose-gc lets the deploy bench collect the garbage of one deploy before it times the next. */
const benchDeploy = async (root: string, env: NodeJS.ProcessEnv, options: Options): Promise<Report['deploy']> => {
  log(`deploying to the emulator (${options.runs} rounds after a warm-up)`);
  const integrations = options.deployIntegrations === undefined ? [] : ['--integrations', String(options.deployIntegrations)];
  const child = await spawnNode(['--expose-gc', DEPLOY_BENCH, '--root', root, '--runs', String(options.runs), ...integrations], { cwd: ROOT, env });
  if (child.exitCode !== 0) throw new Error(`deploy bench failed (exit ${child.exitCode}):\n${child.stderr}`);
  return deployReport(JSON.parse(child.stdout) as DeployFigures);
};

/** The audit in a child of its own, as the deploy: --expose-gc for the same reason. */
const benchAudit = async (root: string, env: NodeJS.ProcessEnv, options: Options): Promise<AuditFigures> => {
  log(`auditing the emulator (${options.runs} runs after a warm-up)`);
  const integrations = options.deployIntegrations === undefined ? [] : ['--integrations', String(options.deployIntegrations)];
  const child = await spawnNode(['--expose-gc', AUDIT_BENCH, '--root', root, '--runs', String(options.runs), ...integrations], { cwd: ROOT, env });
  if (child.exitCode !== 0) throw new Error(`audit bench failed (exit ${child.exitCode}):\n${child.stderr}`);
  return JSON.parse(child.stdout) as AuditFigures;
};

const parent = async (options: Options): Promise<void> => {
  const root = await mkdtemp(join(tmpdir(), 'intuser-bench-'));
  try {
    const home = join(root, 'home');
    await mkdir(home);
    const env = salesforceEnv(home);
    const machine = { cpus: availableParallelism(), cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${process.platform}-${process.arch}`, loadAverage: loadavg() };
    log(options.build ? 'building the plugin' : 'running the plugin as built in lib/');
    const build = options.build ? await buildPlugin() : 'built';
    const base = await benchGenerate(join(root, 'estate'), options.shape, options.runs, env, build);
    let scaled: Report['scaled'];
    if (options.scale > 1) {
      const shape = { ...options.shape, integrations: options.shape.integrations * options.scale };
      const report = await benchGenerate(join(root, 'estate-scaled'), shape, options.runs, env, build);
      scaled = {
        ...report,
        factor: options.scale,
        timeRatio: report.cli.generate.medianMs / base.cli.generate.medianMs,
        inProcessTimeRatio: report.steps[0]!.medianMs / base.steps[0]!.medianMs,
      };
    }
    const deploy = await benchDeploy(root, env, options);
    const audit = await benchAudit(root, env, options);
    const report: Report = { machine, base, ...(scaled ? { scaled } : {}), deploy, audit };
    process.stdout.write(`${options.json ? JSON.stringify(report, null, 2) : toMarkdown(report, options.runs)}\n`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
};

const positive = (text: string | undefined, name: string): number => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, not ${text ?? "nothing"}`);
  return value;
};

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      // For CI, where npm test has just built lib/.
      'no-build': { type: 'boolean', default: false },
      runs: { type: 'string' },
      integrations: { type: 'string' },
      scale: { type: 'string' },
      // Internal: how the parent asks a child process to measure one step.
      step: { type: 'string' },
      project: { type: 'string' },
    },
  });
  if (values.step !== undefined) {
    if (!isStep(values.step) || values.project === undefined) throw new Error(`--step needs one of ${Object.keys(STEPS).join(', ')} and --project`);
    process.stdout.write(JSON.stringify(await measureStep(values.step, values.project, positive(values.runs ?? '1', 'runs'))));
    return;
  }
  const quick = values.quick;
  const integrations = positive(values.integrations ?? String(quick ? 6 : DEFAULT_SHAPE.integrations), 'integrations');
  await parent({
    runs: positive(values.runs ?? (quick ? '1' : '3'), 'runs'),
    json: values.json,
    shape: { ...DEFAULT_SHAPE, integrations },
    scale: positive(values.scale ?? (quick ? '2' : '10'), 'scale'),
    deployIntegrations: quick ? 10 : undefined,
    build: !values['no-build'],
  });
};

await main();

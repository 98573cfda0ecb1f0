/**
 * The in-process half of the generate benchmark: `generate()` on a synthetic estate, one step per child
 * process (maxRSS is a high-water mark of the whole process, so in one process every step after the
 * first would only report the first one's peak).
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '../src/generate/generate.js';
import type { GenerateResult } from '../src/generate/generate-result.js';
import { MANIFESTS_DIR } from '../src/project/project-layout.js';
import { METADATA_DIR, MIB, ROOT, spawnNode } from './processes.js';

export const STEPS = {
  cold: 'First generation (empty output)',
  rerun: 'Second generation (unchanged, writes nothing)',
  check: '`--check` (unchanged)',
} as const;
export type Step = keyof typeof STEPS;
export const isStep = (value: string): value is Step => Object.hasOwn(STEPS, value);

/** What a step's child process reports back. */
export type StepFigures = {
  step: Step;
  runsMs: number[];
  filesWritten: number;
  /** RSS once the code is loaded, before the first run: what the peak is to be read against. */
  baselineRssMiB: number;
  /** After the first run: the peak of a process that runs the step once, as the CLI does. */
  peakRssMiB: number;
  /** Right after the first run, before any collection: live data plus garbage not yet collected. */
  heapUsedMiB: number;
};

const THIS_FILE = fileURLToPath(new URL('run.ts', import.meta.url));

const filesWritten = (result: GenerateResult): number => result.integrations.reduce((sum, { written }) => sum + written.length, 0);

/** A run that wrote the wrong thing measured the wrong thing: better to stop than to publish its figures. */
const verify = (step: Step, result: GenerateResult): void => {
  const written = filesWritten(result);
  const removed = result.integrations.reduce((sum, { removed: paths }) => sum + paths.length, 0);
  const ok = step === 'cold' ? result.upToDate && written > 0 && removed === 0 : step === 'rerun' ? written === 0 && removed === 0 : result.upToDate;
  if (!ok) throw new Error(`${step}: unexpected result (upToDate ${result.upToDate}, ${written} written, ${removed} removed, ${result.outOfDate.length} out of date)`);
};

/** Back to the bare estate, so every cold run starts from empty output and no ledger. */
export const removeOutputs = async (projectDir: string): Promise<void> => {
  const keep = new Set(['sfdx-project.json', MANIFESTS_DIR]);
  const entries = await readdir(projectDir);
  await Promise.all(entries.filter((name) => !keep.has(name)).map((name) => rm(join(projectDir, name), { recursive: true, force: true })));
};

/** Child side: runs one step `runs` times in this process and returns its figures. */
export const measureStep = async (step: Step, projectDir: string, runs: number): Promise<StepFigures> => {
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
  return { step, runsMs, ...firstRun!, baselineRssMiB };
};

export const runStepInChild = async (step: Step, projectDir: string, runs: number): Promise<StepFigures> => {
  const child = await spawnNode([THIS_FILE, '--step', step, '--project', projectDir, '--runs', String(runs)], { cwd: ROOT });
  if (child.exitCode !== 0) throw new Error(`step ${step} failed (exit ${child.exitCode}):\n${child.stderr}`);
  return JSON.parse(child.stdout) as StepFigures;
};

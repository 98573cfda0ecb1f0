import { auditMarkdown, type AuditFigures } from './audit-bench.js';
import type { EstateCounts } from './synthetic-estate.js';
import type { CliFigures } from './cli-bench.js';
import { deployMarkdown, type DeployReport } from './deploy-report.js';
import { STEPS, type StepFigures } from './generate-steps.js';
import { median } from './processes.js';

export type Timing = { medianMs: number; bestMs: number };
export const timing = (runs: readonly number[]): Timing => ({ medianMs: median(runs), bestMs: Math.min(...runs) });

export type EstateFigures = EstateCounts & { filesGenerated: number; outputBytes: number };

/** The generate figures of one estate: in process, step by step, and through the CLI against its floor. */
export type GenerateReport = {
  estate: EstateFigures;
  steps: Array<StepFigures & Timing & { label: string; fieldPermissionsPerSecond: number }>;
  cli: CliFigures & {
    startup: Timing;
    smallestRun: Timing;
    copy: Timing;
    /** The CLI's start-up plus copying the output bytes: what no generate can beat. */
    floor: Timing;
    generate: Timing;
    check: Timing;
    /** generate / floor, medians. */
    generateToFloor: number;
    /** --check / generate, medians. */
    checkToGenerate: number;
  };
};

export type Report = {
  machine: { cpus: number; cpuModel: string; node: string; platform: string; loadAverage: number[] };
  base: GenerateReport;
  /** The same shape of estate, `factor` times larger. */
  scaled?: GenerateReport & { factor: number; timeRatio: number; inProcessTimeRatio: number };
  deploy: DeployReport;
  audit: AuditFigures;
};

export const generateReport = (estate: EstateFigures, figures: readonly StepFigures[], cli: CliFigures): GenerateReport => {
  const perSecond = (ms: number): number => Math.round(estate.fieldPermissions / (ms / 1000));
  const floorRuns = cli.startupMs.map((ms, run) => ms + cli.copyMs[run]!);
  const [generate, check] = [timing(cli.generateMs), timing(cli.checkMs)];
  const floor = timing(floorRuns);
  return {
    estate,
    steps: figures.map((f) => {
      const t = timing(f.runsMs);
      return { ...f, ...t, label: STEPS[f.step], fieldPermissionsPerSecond: perSecond(t.medianMs) };
    }),
    cli: {
      ...cli,
      startup: timing(cli.startupMs),
      smallestRun: timing(cli.smallestRunMs),
      copy: timing(cli.copyMs),
      floor,
      generate,
      check,
      generateToFloor: generate.medianMs / floor.medianMs,
      checkToGenerate: check.medianMs / generate.medianMs,
    },
  };
};

const number = (value: number): string => Math.round(value).toLocaleString('en-US');
const ms = (t: Timing): string => `${number(t.medianMs)} ms (best ${number(t.bestMs)})`;
const ratio = (value: number): string => `${value.toFixed(2)}×`;
const mib = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;

const estateLine = ({ estate }: GenerateReport): string =>
  `${number(estate.integrations)} integrations, ${number(estate.permissionSets)} permission sets, ${number(estate.fieldPermissions)} field permissions: ` +
  `${number(estate.filesGenerated)} files, ${mib(estate.outputBytes)} (plus the ledger)`;

/** The smallest run is the same at every scale: set against the first estate's floor only, where it means something. */
const generateMarkdown = (report: GenerateReport, runs: number, withSmallestRun: boolean): string[] => [
  `| Step | Wall time (median, best of ${runs}) | Field permissions/s | Peak RSS | Heap used |`,
  '| --- | --: | --: | --: | --: |',
  ...report.steps.map(
    (s) => `| ${s.label}, in process | ${ms(s)} | ${number(s.fieldPermissionsPerSecond)} | ${number(s.peakRssMiB)} MiB | ${number(s.heapUsedMiB)} MiB |`
  ),
  '',
  `| Through the CLI, end to end | Wall time (median, best of ${runs}) | |`,
  '| --- | --: | --: |',
  `| Start-up: \`sf --version\` (bin/run.js) | ${ms(report.cli.startup)} | |`,
  `| Copying the output: \`cp -r\` of ${number(report.cli.outputFiles)} files, ${mib(report.cli.outputBytes)} | ${ms(report.cli.copy)} | |`,
  `| **Floor**: start-up plus copy | ${ms(report.cli.floor)} | 1× |`,
  ...(withSmallestRun
    ? [`| The smallest run: \`sf intuser generate --check\` of the example's 4 integrations | ${ms(report.cli.smallestRun)} | ${ratio(report.cli.smallestRun.medianMs / report.cli.floor.medianMs)} the floor |`]
    : []),
  `| \`sf intuser generate\`, from empty output | ${ms(report.cli.generate)} | ${ratio(report.cli.generateToFloor)} the floor |`,
  `| \`sf intuser generate --check\`, unchanged | ${ms(report.cli.check)} | ${ratio(report.cli.checkToGenerate)} generate |`,
];

export const toMarkdown = (report: Report, runs: number): string => {
  const { machine, base, scaled, deploy, audit } = report;
  return [
    `Generate: ${estateLine(base)}.`,
    '',
    ...generateMarkdown(base, runs, true),
    ...(scaled
      ? [
          '',
          `${scaled.factor}× the estate: ${estateLine(scaled)}.`,
          '',
          ...generateMarkdown(scaled, runs, false),
          '',
          `| ${scaled.factor}× the estate against 1× | Ratio |`,
          '| --- | --: |',
          `| \`sf intuser generate\` through the CLI | ${ratio(scaled.timeRatio)} the time |`,
          `| First generation in process | ${ratio(scaled.inProcessTimeRatio)} the time |`,
          `| Peak RSS of the first generation | ${number(base.steps[0]!.peakRssMiB)} → ${number(scaled.steps[0]!.peakRssMiB)} MiB |`,
        ]
      : []),
    '',
    ...deployMarkdown(deploy),
    '',
    ...auditMarkdown(audit),
    '',
    `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}, ${machine.platform}, load average ${machine.loadAverage.map((load) => load.toFixed(2)).join(' ')} at the start. ` +
      `Memory: each in-process step in a process of its own, read after its first run (RSS with the code loaded: ~${number(base.steps[0]?.baselineRssMiB ?? 0)} MiB).` +
      (base.cli.build === 'built' ? '' : ` CLI: ${base.cli.build}.`),
  ].join('\n');
};

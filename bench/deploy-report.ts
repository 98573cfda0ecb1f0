import type { DeployFigures } from './deploy-bench.js';
import { median } from './processes.js';

const number = (value: number, digits = 0): string => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The deploy figures with their medians and the ratio the issue asks for: the plugin's CLI time over `sf project deploy start`'s. */
export type DeployReport = DeployFigures & {
  cliSummary?: { intuserMedianMs: number; intuserBestMs: number; projectDeployMedianMs: number; projectDeployBestMs: number; ratio: number; bestRatio: number };
  orgCheckMedianMs: number;
};

export const deployReport = (figures: DeployFigures): DeployReport => {
  const { cli } = figures;
  const cliSummary =
    'skipped' in cli
      ? undefined
      : {
          intuserMedianMs: median(cli.intuserMs),
          intuserBestMs: Math.min(...cli.intuserMs),
          projectDeployMedianMs: median(cli.projectDeployMs),
          projectDeployBestMs: Math.min(...cli.projectDeployMs),
          ratio: median(cli.intuserMs) / median(cli.projectDeployMs),
          bestRatio: Math.min(...cli.intuserMs) / Math.min(...cli.projectDeployMs),
        };
  return { ...figures, ...(cliSummary ? { cliSummary } : {}), orgCheckMedianMs: median(figures.orgCheck.runsMs) };
};

export const deployMarkdown = (report: DeployReport): string[] => {
  const { cli, cliSummary, users, orgCheck } = report;
  const cliLines =
    'skipped' in cli || cliSummary === undefined
      ? [`Deploy through the CLI: skipped (${'skipped' in cli ? cli.skipped : ''}).`]
      : [
          `Deploy through the real \`sf\` CLI: ${number(cli.components)} components of ${number(cli.integrations)} integrations to the emulator on 127.0.0.1 (SOAP), ` +
            `each command in a process of its own, alternately, after one unreported run each (the plugin's creates the ${number(cli.integrations)} users).`,
          '',
          `| Command, same project and org | Wall time (median, best of ${cli.intuserMs.length}) |`,
          '| --- | --: |',
          `| \`sf project deploy start --source-dir force-app\` | ${number(cliSummary.projectDeployMedianMs)} ms (best ${number(cliSummary.projectDeployBestMs)}) |`,
          `| \`sf intuser deploy\` (checks, org check, users, assignments, record) | ${number(cliSummary.intuserMedianMs)} ms (best ${number(cliSummary.intuserBestMs)}) |`,
          `| Ratio (intuser / project deploy) | ${number(cliSummary.ratio, 2)}x (best to best ${number(cliSummary.bestRatio, 2)}x) |`,
        ];
  const userRows = users.map(
    (u) =>
      `| ${u.label} (${number(u.grantsPerIntegration)} object and field permissions each) | ${number(u.firstRequestsPerIntegration, 2)} | ${number(u.secondRequestsPerIntegration, 2)} | ${number(u.firstMs)} ms (metadata only: ${number(u.metadataOnlyFirstMs)} ms) | ${number(u.secondMs)} ms (metadata only: ${number(u.metadataOnlySecondMs)} ms) |`
  );
  return [
    ...cliLines,
    '',
    `Users: ${users[0]?.integrations ?? 0} integrations deployed with their users, in-process (the plugin's core), beside a plain SDR deploy of the same files to an org that has the users already ("metadata only").`,
    '',
    '| Estate | Requests per integration, first deploy | Second deploy (nothing to change) | First deploy, users created | Second deploy |',
    '| --- | --: | --: | --: | --: |',
    ...userRows,
    '',
    `First deploy's requests by kind (${users[0]?.label ?? ''}): ${Object.entries(users[0]?.firstRequests ?? {})
      .map(([kind, count]) => `${kind} ${count}`)
      .join(', ')}.`,
    '',
    `Org check of ${orgCheck.objects} objects: ${number(report.orgCheckMedianMs)} ms (median of ${orgCheck.runsMs.length}, best ${number(Math.min(...orgCheck.runsMs))}).`,
  ];
};

/**
 * The audit half of `npm run bench`, run by bench/run.ts in a process of its own (a throw-away HOME, quiet offline
 * SF_* variables, no proxy), or alone: `node --import tsx bench/audit-bench.ts --root DIR --runs N [--integrations N] [--markdown]`.
 *
 * Generates 50 integrations (or --integrations, CI's quick run) (every fifth with an External Client App), deploys them to the emulator, provisions
 * each user and records a year of daily logins each, then times `sf intuser audit`'s core over the whole estate
 * with the default period (--days 30, 90 days read for staleness) and with --days 365, counting the requests the
 * emulator's log records. Prints the figures as JSON (or Markdown).
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AuthInfo, Connection } from '@salesforce/core';
import { runAudit } from '../src/audit/run-audit.js';
import { deployIntegrations } from '../src/deploy/run-deploy.js';
import { generate } from '../src/generate/generate.js';
import { openOrgSession } from '../src/org/org-session.js';
import type { Manifest } from '../src/manifest/manifest.js';
import { DEFAULT_SETTINGS } from '../src/project/project-settings.js';
import { dailyLogins, recordLogins } from '../test/builders/login-history-builder.js';
import { DEFAULT_ORG_SCHEMA, extendSchema, startOrgEmulator, type OrgEmulator } from '../test/emulator/org-emulator.js';
import { DEPLOY_SHAPE, deployManifests, deploySchemaAdditions, type DeployEstateShape } from './deploy-estate.js';
import { METADATA_DIR, median } from './processes.js';
import { writeProject } from './synthetic-estate.js';

const shapeOf = (integrations: number): DeployEstateShape => ({ ...DEPLOY_SHAPE, integrations, appEvery: 5, muteEvery: 10 });
const LOGIN_DAYS = 365;
const WORKERS = [{ start: '203.0.113.10', end: '203.0.113.20' }];

export type AuditPeriodFigures = { label: string; days: number; runsMs: number[]; requests: Record<string, number>; loginRowsRead: number };

export type AuditFigures = { integrations: number; components: number; loginRows: number; periods: AuditPeriodFigures[] };

/** Written out as plain data: the shape's shared arrays would otherwise become YAML aliases, which manifests refuse. */
const manifests = (shape: DeployEstateShape): Manifest[] =>
  deployManifests(shape).map((manifest) => JSON.parse(JSON.stringify(manifest.app ? { ...manifest, app: { ipRanges: WORKERS } } : manifest)) as Manifest);

const usernameOf = (manifest: Manifest): string => manifest.user.username;

const connect = async (org: OrgEmulator): Promise<Connection> => {
  const { username, accessToken, instanceUrl } = org;
  const authInfo = await AuthInfo.create({ username, accessTokenOptions: { accessToken, instanceUrl, loginUrl: instanceUrl } });
  return Connection.create({ authInfo });
};

/** The org as `sf intuser deploy` leaves it (each user created with its licence and group), with a year of daily logins per user. */
const prepare = async (projectDir: string, shape: DeployEstateShape): Promise<{ org: OrgEmulator; connection: Connection; loginRows: number }> => {
  const estate = manifests(shape);
  await mkdir(projectDir);
  await writeProject(projectDir, estate);
  const generated = await generate({ projectDir, metadataDir: METADATA_DIR, check: false, force: false });
  if (!generated.upToDate) throw new Error('generate left the audit estate out of date');
  const org = await startOrgEmulator({ schema: extendSchema(DEFAULT_ORG_SCHEMA, deploySchemaAdditions(shape)) });
  // The default org has the 5 free integration licences; the estate has a user per integration.
  org.update('UserLicense', { Name: 'Salesforce Integration' }, { TotalLicenses: 1000 });
  org.update('PermissionSetLicense', { DeveloperName: 'SalesforceAPIIntegrationPsl' }, { TotalLicenses: 1000 });
  const connection = await connect(org);
  const session = openOrgSession(connection, { waitMs: 10 * 60 * 1000 });
  try {
    const deployed = await deployIntegrations(
      { projectDir, metadataDir: METADATA_DIR, settings: DEFAULT_SETTINGS, sourceApiVersion: '66.0', dryRun: false, prune: false, async: false, rest: false, pollMs: 50, groupPollMs: 50 },
      session
    );
    if (deployed.status !== 'Succeeded') throw new Error(`the audit estate did not deploy: ${deployed.status}`);
    for (const manifest of estate) recordLogins(org, dailyLogins({ username: usernameOf(manifest), days: LOGIN_DAYS, sourceIp: '203.0.113.12' }));
    return { org, connection, loginRows: estate.length * LOGIN_DAYS };
  } finally {
    await session.close();
  }
};

const measure = async (root: string, runs: number, shape: DeployEstateShape): Promise<AuditFigures> => {
  const projectDir = join(root, 'audit-project');
  const { org, connection, loginRows } = await prepare(projectDir, shape);
  let components = 0;
  try {
    const periods: AuditPeriodFigures[] = [];
    for (const [label, days] of [['Default period (--days 30; 90 days read for --stale-days)', 30], ['A year (--days 365)', 365]] as const) {
      const audit = async () => {
        const session = openOrgSession(connection, { waitMs: 10 * 60 * 1000 });
        try {
          return await runAudit({ projectDir, metadataDir: METADATA_DIR, settings: DEFAULT_SETTINGS, sourceApiVersion: '66.0', days, staleDays: 90, failOn: 'error' }, session);
        } finally {
          await session.close();
        }
      };
      await audit(); // warm-up, not reported
      const runsMs: number[] = [];
      let requests: Record<string, number> = {};
      let loginRowsRead = 0;
      for (let run = 0; run < runs; run++) {
        globalThis.gc?.();
        org.requestLog.clear();
        const start = performance.now();
        const result = await audit();
        runsMs.push(performance.now() - start);
        requests = org.requestLog.countByKind();
        loginRowsRead = result.integrations.reduce((sum, { logins }) => sum + logins.attempts, 0);
        components = result.integrations.reduce((sum, integration) => sum + integration.components.length, 0);
        // A run that found something measured the wrong org: better to stop than to publish its figures.
        if (result.findings.length > 0 || result.integrations.length !== shape.integrations) throw new Error(`unexpected audit: ${result.findings.length} finding(s), e.g. ${result.findings[0]?.message ?? ''}`);
      }
      periods.push({ label, days, runsMs, requests, loginRowsRead });
    }
    return { integrations: shape.integrations, components, loginRows, periods };
  } finally {
    await org.stop();
  }
};

/** The figures as the README's table. */
export const auditMarkdown = (figures: AuditFigures): string[] => [
  `Audit: ${figures.integrations} integrations (${figures.components} components deployed by sf intuser deploy, each retrieved and compared), ${figures.integrations} users each with ${LOGIN_DAYS} days of daily logins (${figures.loginRows.toLocaleString('en-US')} LoginHistory rows), emulator on 127.0.0.1.`,
  '',
  `| Audit of the whole estate | Wall time (median, best of ${figures.periods[0]?.runsMs.length ?? 0}) | Requests | Logins in the period |`,
  '| --- | --: | --- | --: |',
  ...figures.periods.map(
    ({ label, runsMs, requests, loginRowsRead }) =>
      `| ${label} | ${Math.round(median(runsMs))} ms (best ${Math.round(Math.min(...runsMs))}) | ${Object.values(requests).reduce((sum, n) => sum + n, 0)}: ${Object.entries(requests).map(([kind, count]) => `${count} ${kind}`).join(', ')} | ${loginRowsRead.toLocaleString('en-US')} |`
  ),
];

const main = async (): Promise<void> => {
  const { values } = parseArgs({ options: { root: { type: 'string' }, runs: { type: 'string', default: '3' }, integrations: { type: 'string', default: '50' }, markdown: { type: 'boolean', default: false } } });
  const [runs, integrations] = [Number(values.runs), Number(values.integrations)];
  if (values.root === undefined || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(integrations) || integrations < 1) {
    throw new Error('usage: audit-bench.ts --root DIR --runs N [--integrations N] [--markdown]');
  }
  const figures = await measure(values.root, runs, shapeOf(integrations));
  process.stdout.write(values.markdown ? `${auditMarkdown(figures).join('\n')}\n` : JSON.stringify(figures));
};

// Run as a script; imported (by bench/run.ts, for its types and table), it does nothing.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();

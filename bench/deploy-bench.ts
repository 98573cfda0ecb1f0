/**
 * The deploy half of `npm run bench`, run by bench/run.ts in a process of its own whose environment already
 * holds a throw-away HOME, quiet offline SF_* variables and no proxy: @salesforce/core reads them, and a
 * child's environment is in place before any of its imports runs.
 *
 * `--root DIR --runs N [--integrations N]`: three measures against the emulator on 127.0.0.1, every estate cut to N
 * integrations when --integrations says (CI's quick run).
 * 1. Through the real CLI (bench/cli-deploy.ts): `sf intuser deploy` beside `sf project deploy start` on the same
 *    1,000+ generated components, alternately, each in a process of its own, after a warm-up of each (the
 *    plugin's creates the users, so that every measured run finds the org as the manifests say).
 * 2. Users: 50 integrations deployed with their users, at two sizes of grants: the requests per integration by
 *    kind, and the time beside a metadata-only deploy of the same files.
 * 3. The org check of 50 objects.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AuthInfo, Connection } from '@salesforce/core';
import { Duration } from '@salesforce/kit';
import { ComponentSet } from '@salesforce/source-deploy-retrieve';
import { deployIntegrations } from '../src/deploy/run-deploy.js';
import { generate } from '../src/generate/generate.js';
import { openOrgSession } from '../src/org/org-session.js';
import { DEFAULT_SETTINGS } from '../src/project/project-settings.js';
import { checkInOrg } from '../src/resolve/check-in-org.js';
import { anEstate } from '../test/builders/estate-builder.js';
import { aManifest, aPermissionSet } from '../test/builders/manifest-builder.js';
import { anIntegrationUser } from '../test/builders/org-user-builder.js';
import { DEFAULT_ORG_SCHEMA, extendSchema, startOrgEmulator, type OrgEmulator } from '../test/emulator/org-emulator.js';
import { findSf, linkPlugin, runSf, saveLogin } from './cli-deploy.js';
import { DEPLOY_SHAPE, deployManifests, deploySchemaAdditions, expectedComponents, type DeployEstateShape } from './deploy-estate.js';
import { METADATA_DIR, ROOT } from './processes.js';
import { writeProject } from './synthetic-estate.js';


export type CliFigures = { components: number; integrations: number; intuserMs: number[]; projectDeployMs: number[]; linkMs: number } | { skipped: string };

export type UsersFigures = {
  label: string;
  integrations: number;
  /** Object and field permissions each integration grants. */
  grantsPerIntegration: number;
  /** Requests of the first deploy (users created), by kind, and per integration. */
  firstRequests: Record<string, number>;
  firstRequestsPerIntegration: number;
  secondRequestsPerIntegration: number;
  firstMs: number;
  secondMs: number;
  /** A plain SDR deploy of the same files to an org that has the users already: what the metadata alone costs, first and second time. */
  metadataOnlyFirstMs: number;
  metadataOnlySecondMs: number;
};

export type DeployFigures = { cli: CliFigures; users: UsersFigures[]; orgCheck: { objects: number; runsMs: number[] } };

const prepareProject = async (projectDir: string, shape: DeployEstateShape): Promise<void> => {
  await mkdir(projectDir);
  await writeProject(projectDir, deployManifests(shape));
  const result = await generate({ projectDir, metadataDir: METADATA_DIR, check: false, force: false });
  if (!result.upToDate) throw new Error('generate left the deploy estate out of date');
};

/** An org with room for every user the estate creates: the default is the 5 free integration licences. */
const anOrgFor = async (shape: DeployEstateShape): Promise<OrgEmulator> => {
  const org = await startOrgEmulator({ schema: extendSchema(DEFAULT_ORG_SCHEMA, deploySchemaAdditions(shape)) });
  org.update('UserLicense', { Name: 'Salesforce Integration' }, { TotalLicenses: 100_000 });
  org.update('PermissionSetLicense', { DeveloperName: 'SalesforceAPIIntegrationPsl' }, { TotalLicenses: 100_000 });
  return org;
};

const connect = async (org: OrgEmulator): Promise<Connection> => {
  const { username, accessToken, instanceUrl } = org;
  const authInfo = await AuthInfo.create({ username, accessTokenOptions: { accessToken, instanceUrl, loginUrl: instanceUrl } });
  return Connection.create({ authInfo });
};

/** 1. `sf intuser deploy` and `sf project deploy start` through the real CLI, alternately. */
const measureCli = async (root: string, runs: number, shape: DeployEstateShape): Promise<CliFigures> => {
  const sf = findSf();
  if (sf === undefined) return { skipped: 'no sf CLI found (set SF_BIN)' };
  const projectDir = join(root, 'cli-project');
  await prepareProject(projectDir, shape);
  const org = await anOrgFor(shape);
  try {
    const username = await saveLogin(org);
    const linkStart = performance.now();
    await linkPlugin(sf, ROOT);
    const linkMs = performance.now() - linkStart;
    const sides = {
      intuser: ['intuser', 'deploy', '--target-org', username, '--wait', '10'],
      projectDeploy: ['project', 'deploy', 'start', '--source-dir', 'force-app', '--target-org', username, '--wait', '10'],
    };
    const figures = { intuser: [] as number[], projectDeploy: [] as number[] };
    for (let round = 0; round <= runs; round++) {
      for (const side of ['intuser', 'projectDeploy'] as const) {
        globalThis.gc?.();
        const run = await runSf(sf, sides[side], projectDir);
        if (run.exitCode !== 0) throw new Error(`sf ${sides[side].join(' ')} exited ${run.exitCode}:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
        if (round > 0) figures[side].push(run.ms);
      }
    }
    return { components: expectedComponents(shape), integrations: shape.integrations, intuserMs: figures.intuser, projectDeployMs: figures.projectDeploy, linkMs };
  } finally {
    await org.stop();
  }
};

const deployWithPlugin = async (projectDir: string, connection: Connection): Promise<number> => {
  const session = openOrgSession(connection, { waitMs: 10 * 60 * 1000 });
  const start = performance.now();
  try {
    const result = await deployIntegrations(
      { projectDir, metadataDir: METADATA_DIR, settings: DEFAULT_SETTINGS, sourceApiVersion: '66.0', dryRun: false, prune: false, async: false, rest: false, pollMs: 50, groupPollMs: 50 },
      session
    );
    if (result.status !== 'Succeeded') throw new Error(`the plugin's deploy ended ${result.status}`);
    return performance.now() - start;
  } finally {
    await session.close();
  }
};

const deployMetadataOnly = async (projectDir: string, connection: Connection): Promise<number> => {
  const start = performance.now();
  const set = ComponentSet.fromSource(join(projectDir, 'force-app'));
  set.sourceApiVersion = '66.0';
  const deploy = await set.deploy({ usernameOrConnection: connection, apiOptions: { rollbackOnError: true } });
  const { response } = await deploy.pollStatus({ frequency: Duration.milliseconds(50), timeout: Duration.minutes(10) });
  if (!response.success) throw new Error(`the metadata-only deploy ended ${response.status}`);
  return performance.now() - start;
};

const perIntegration = (counts: Record<string, number>, integrations: number): number => Object.values(counts).reduce((sum, count) => sum + count, 0) / integrations;

/** The same metadata, deployed alone (plain SDR) to an org whose users were made beforehand: the apps' run-as users must exist. */
const measureMetadataOnly = async (projectDir: string, shape: DeployEstateShape): Promise<{ firstMs: number; secondMs: number }> => {
  const org = await anOrgFor(shape);
  try {
    for (const { user } of deployManifests(shape)) {
      org.insert('User', { ...anIntegrationUser({ Username: user.username, Alias: user.username.slice(4, 12) }), Profile: { Name: 'Minimum Access - API Only Integrations' } });
    }
    const connection = await connect(org);
    return { firstMs: await deployMetadataOnly(projectDir, connection), secondMs: await deployMetadataOnly(projectDir, connection) };
  } finally {
    await org.stop();
  }
};

/** 2. 50 integrations with their users: requests per integration and time, beside a metadata-only deploy. */
const measureUsers = async (root: string, label: string, shape: DeployEstateShape): Promise<UsersFigures> => {
  const projectDir = join(root, `users-${label}`);
  await prepareProject(projectDir, shape);
  const metadataOnly = await measureMetadataOnly(projectDir, shape);
  const org = await anOrgFor(shape);
  try {
    const connection = await connect(org);
    org.requestLog.clear();
    const firstMs = await deployWithPlugin(projectDir, connection);
    const firstRequests = org.requestLog.countByKind();
    org.requestLog.clear();
    const secondMs = await deployWithPlugin(projectDir, connection);
    const secondRequests = org.requestLog.countByKind();
    return {
      label,
      integrations: shape.integrations,
      grantsPerIntegration: shape.permissionSetsPerIntegration * shape.objectsPerPermissionSet * (1 + shape.fieldsPerObject),
      firstRequests,
      firstRequestsPerIntegration: perIntegration(firstRequests, shape.integrations),
      secondRequestsPerIntegration: perIntegration(secondRequests, shape.integrations),
      firstMs,
      secondMs,
      metadataOnlyFirstMs: metadataOnly.firstMs,
      metadataOnlySecondMs: metadataOnly.secondMs,
    };
  } finally {
    await org.stop();
  }
};

/** 3. The org check of 50 objects (with their fields), a fresh session each run: one describe per object, all at once. */
const measureOrgCheck = async (runs: number): Promise<{ objects: number; runsMs: number[] }> => {
  const objects = Array.from({ length: 50 }, (_, index) => `Checked_${String(index + 1).padStart(2, '0')}__c`);
  const grants = Object.fromEntries(objects.map((object) => [object, { access: ['read' as const], fields: { Status__c: 'read' as const, Amount__c: 'edit' as const } }]));
  const estate = anEstate({ 'checked.yaml': aManifest({ permissionSets: [aPermissionSet({ objects: grants })] }) });
  const org = await startOrgEmulator({ schema: extendSchema(DEFAULT_ORG_SCHEMA, Object.fromEntries(objects.map((object) => [object, ['Status__c', 'Amount__c']]))) });
  try {
    const connection = await connect(org);
    const runsMs: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const session = openOrgSession(connection, { waitMs: 60_000 });
      const start = performance.now();
      const check = await checkInOrg(estate, session);
      const ms = performance.now() - start;
      await session.close();
      if (check.problems.length > 0) throw new Error(`the org check found problems: ${check.problems[0]!.message}`);
      if (run > 0) runsMs.push(ms);
    }
    return { objects: objects.length, runsMs };
  } finally {
    await org.stop();
  }
};

const USER_SHAPES: ReadonlyArray<readonly [string, DeployEstateShape]> = [
  ['few grants', { integrations: 50, permissionSetsPerIntegration: 1, objectsPerPermissionSet: 1, fieldsPerObject: 1, appEvery: 5, muteEvery: 10 }],
  ['many grants', { integrations: 50, permissionSetsPerIntegration: 3, objectsPerPermissionSet: 6, fieldsPerObject: 20, appEvery: 5, muteEvery: 10 }],
];

const main = async (): Promise<void> => {
  const { values } = parseArgs({ options: { root: { type: 'string' }, runs: { type: 'string', default: '3' }, integrations: { type: 'string' } } });
  const [runs, integrations] = [Number(values.runs), values.integrations === undefined ? undefined : Number(values.integrations)];
  if (values.root === undefined || !Number.isInteger(runs) || runs < 1 || (integrations !== undefined && (!Number.isInteger(integrations) || integrations < 1))) {
    throw new Error('usage: deploy-bench.ts --root DIR --runs N [--integrations N]');
  }
  const sized = (shape: DeployEstateShape): DeployEstateShape => (integrations === undefined ? shape : { ...shape, integrations });
  const users: UsersFigures[] = [];
  for (const [label, shape] of USER_SHAPES) users.push(await measureUsers(values.root, label.replace(' ', '-'), sized(shape)));
  const orgCheck = await measureOrgCheck(runs);
  const cli = await measureCli(values.root, runs, sized(DEPLOY_SHAPE));
  const figures: DeployFigures = { cli, users: users.map((figure, index) => ({ ...figure, label: USER_SHAPES[index]![0] })), orgCheck };
  process.stdout.write(JSON.stringify(figures));
};

await main();

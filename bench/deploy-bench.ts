/**
 * The deploy half of `npm run bench`, run by bench/run.ts in a process of its own whose environment already
 * holds a throw-away HOME, quiet offline SF_* variables and no proxy: @salesforce/core reads them, and a
 * child's environment is in place before any of its imports runs.
 *
 * `--root DIR --runs N [--integrations N]`: generates an estate of over 1,000 components (by default) under DIR, starts the Metadata API
 * emulator and deploys the same files N times through the plugin and N times through plain
 * source-deploy-retrieve, alternately in one process, then prints the figures as JSON.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AuthInfo, Connection } from '@salesforce/core';
import { Duration } from '@salesforce/kit';
import { ComponentSet } from '@salesforce/source-deploy-retrieve';
import { deployIntegrations } from '../src/deploy/run-deploy.js';
import { generate } from '../src/generate/generate.js';
import { DEFAULT_SETTINGS } from '../src/project/project-settings.js';
import { DEFAULT_ORG_SCHEMA, extendSchema, startOrgEmulator, type OrgEmulator } from '../test/emulator/org-emulator.js';
import { DEPLOY_SHAPE, deployManifests, deploySchemaAdditions, expectedComponents, type DeployEstateShape } from './deploy-estate.js';
import { writeProject } from './synthetic-estate.js';

const METADATA_DIR = 'force-app/main/default';
/** The same for both sides, and short: polling must not decide the comparison. */
const POLL_FREQUENCY = Duration.milliseconds(50);
const WAIT = Duration.minutes(10);

export type DeployFigures = {
  integrations: number;
  components: number;
  /** Metadata type -> components of that type in the deploy, as the org received them. */
  componentTypes: Record<string, number>;
  pollFrequencyMs: number;
  pluginMs: number[];
  plainMs: number[];
};

/** What one deploy reports, whichever way it went. */
type Outcome = { success: boolean; status: string; deployed: number };

const prepareProject = async (projectDir: string, shape: DeployEstateShape): Promise<void> => {
  await mkdir(projectDir);
  await writeProject(projectDir, deployManifests(shape));
  const result = await generate({ projectDir, metadataDir: METADATA_DIR, check: false, force: false });
  if (!result.upToDate) throw new Error('generate left the deploy estate out of date');
};

/** Logs in as `sf org login access-token` does; nothing is saved, as nothing else needs the authorization. */
const connect = async (org: OrgEmulator): Promise<Connection> => {
  const { username, accessToken, instanceUrl } = org;
  const authInfo = await AuthInfo.create({ username, accessTokenOptions: { accessToken, instanceUrl, loginUrl: instanceUrl } });
  return Connection.create({ authInfo });
};

const deployWithPlugin = async (projectDir: string, connection: Connection): Promise<Outcome> => {
  const result = await deployIntegrations(
    { projectDir, metadataDir: METADATA_DIR, settings: DEFAULT_SETTINGS, sourceApiVersion: '66.0', dryRun: false, wait: WAIT, async: false, rest: false, pollFrequency: POLL_FREQUENCY },
    connection
  );
  return { success: result.success, status: result.status, deployed: result.numberComponentsDeployed };
};

/** What `sf project deploy start --source-dir force-app` does underneath, with the plugin's API options. */
const deployWithSdr = async (projectDir: string, connection: Connection): Promise<Outcome> => {
  const set = ComponentSet.fromSource(join(projectDir, 'force-app'));
  // The plugin sets the project's sourceApiVersion; so does the CLI: both send the same package.xml.
  set.sourceApiVersion = '66.0';
  const deploy = await set.deploy({ usernameOrConnection: connection, apiOptions: { rollbackOnError: true } });
  const { response } = await deploy.pollStatus({ frequency: POLL_FREQUENCY, timeout: WAIT });
  return { success: response.success, status: response.status, deployed: response.numberComponentsDeployed };
};

/** A deploy that failed or sent something else measured the wrong thing: better to stop than to report it. */
const verify = (side: string, outcome: Outcome, expected: number): void => {
  if (!outcome.success || outcome.deployed !== expected) {
    throw new Error(`${side}: ${outcome.status}, ${outcome.deployed} components deployed where ${expected} were expected`);
  }
};

/** The plugin's and plain SDR's last deploys must have carried the same components, byte for byte. */
const verifySameContent = (org: OrgEmulator): void => {
  const signature = (index: number): string =>
    org.deploys
      .at(index)!
      .components.map(({ type, fullName, content }) => `${type}:${fullName}:${content}`)
      .sort()
      .join('\n');
  if (signature(-1) !== signature(-2)) throw new Error('the plugin and plain source-deploy-retrieve sent different components');
};

const componentTypes = (org: OrgEmulator): Record<string, number> => {
  const counts = new Map<string, number>();
  for (const { type } of org.deploys.at(-1)!.components) counts.set(type, (counts.get(type) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)));
};

const timed = async (run: () => Promise<Outcome>): Promise<{ ms: number; outcome: Outcome }> => {
  // Garbage left by the previous deploy is collected now, not during the next one, whichever side it is.
  globalThis.gc?.();
  const start = performance.now();
  const outcome = await run();
  return { ms: performance.now() - start, outcome };
};

const measure = async (root: string, runs: number, shape: DeployEstateShape): Promise<DeployFigures> => {
  const projectDir = join(root, 'deploy-project');
  await prepareProject(projectDir, shape);
  const expected = expectedComponents(shape);
  const org = await startOrgEmulator({ schema: extendSchema(DEFAULT_ORG_SCHEMA, deploySchemaAdditions(shape)) });
  try {
    const connection = await connect(org);
    const sides = { plugin: () => deployWithPlugin(projectDir, connection), plain: () => deployWithSdr(projectDir, connection) };
    const figures = { plugin: [] as number[], plain: [] as number[] };
    // The first round is a warm-up, not reported: it loads SDR's registry and compiles the code on both sides,
    // and creates the components, so that every measured deploy updates components the org already holds.
    for (let round = 0; round <= runs; round++) {
      for (const side of ['plugin', 'plain'] as const) {
        const { ms, outcome } = await timed(sides[side]);
        verify(side, outcome, expected);
        if (round > 0) figures[side].push(ms);
      }
      verifySameContent(org);
    }
    return {
      integrations: shape.integrations,
      components: expected,
      componentTypes: componentTypes(org),
      pollFrequencyMs: POLL_FREQUENCY.milliseconds,
      pluginMs: figures.plugin,
      plainMs: figures.plain,
    };
  } finally {
    await org.stop();
  }
};

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: { root: { type: 'string' }, runs: { type: 'string', default: '3' }, integrations: { type: 'string', default: String(DEPLOY_SHAPE.integrations) } },
  });
  const [runs, integrations] = [Number(values.runs), Number(values.integrations)];
  if (values.root === undefined || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(integrations) || integrations < 1) {
    throw new Error('usage: deploy-bench.ts --root DIR --runs N [--integrations N]');
  }
  process.stdout.write(JSON.stringify(await measure(values.root, runs, { ...DEPLOY_SHAPE, integrations })));
};

await main();

import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { generate } from '../../src/generate/generate.js';
import type { GenerateResult } from '../../src/generate/generate-result.js';
import type { FileSystem } from '../../src/sync/file-system.js';
import { aManifest } from '../builders/manifest-builder.js';
import { METADATA_DIR, theExampleProject, type TestProject } from '../builders/project-builder.js';

/**
 * The run the fault tests interrupt: the example project, generated and committed, then changed so that
 * one run of generate creates files (a new integration, in folders that do not exist yet: its own
 * environment), updates some and removes others (an integration whose manifest is gone).
 */
export const A_NEW_INTEGRATION = aManifest({
  name: 'Fault_Injected',
  user: { username: 'svc.fault@acme.example' },
  app: { scopes: ['api'] },
  environments: { qa: { user: { username: 'svc.fault@acme.example.qa' }, app: { callbackUrl: 'https://qa.acme.example/callback' } } },
});

export const changeTheManifests = async (project: Pick<TestProject, 'dir' | 'read' | 'write' | 'writeManifest'>): Promise<void> => {
  await project.writeManifest('fault-injected.yaml', A_NEW_INTEGRATION);
  await rm(join(project.dir, 'integrations', 'warehouse-loader.yml'));
  const erp = await project.read('integrations/erp-order-sync.yaml');
  await project.write('integrations/erp-order-sync.yaml', erp.replace('description: Create and update orders', 'description: Create, update and cancel orders'));
};

export const generateIn = (projectDir: string, options: { check?: boolean; fileSystem?: FileSystem } = {}): Promise<GenerateResult> =>
  generate({ projectDir, metadataDir: METADATA_DIR, check: options.check ?? false, force: false, ...(options.fileSystem ? { fileSystem: options.fileSystem } : {}) });

/** Every file (with its content) and every folder under a project, `folder/` for a folder: a tree to compare whole. */
export const treeOf = async (root: string, dir = root): Promise<Map<string, string>> => {
  const tree = new Map<string, string>();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const key = relative(root, path).split('\\').join('/');
    if (entry.isDirectory()) {
      tree.set(`${key}/`, '');
      // eslint-disable-next-line no-await-in-loop -- a walk, one folder after the other
      for (const [nested, content] of await treeOf(root, path)) tree.set(nested, content);
    } else {
      // eslint-disable-next-line no-await-in-loop
      tree.set(key, entry.isSymbolicLink() ? '<link>' : await readFile(path, 'utf8'));
    }
  }
  return tree;
};

/** The two trees a run may leave: the project before it, and after it when nothing went wrong. */
export type States = { before: Map<string, string>; after: Map<string, string> };

/**
 * A project at the start of the interrupted run, and the two states it may end in, the second made by the
 * same run on a copy with nothing in the way.
 */
export const aChangedExample = async (): Promise<{ project: TestProject; states: States }> => {
  const project = await theExampleProject();
  await changeTheManifests(project);
  const reference = await theExampleProject();
  await changeTheManifests(reference);
  await generateIn(reference.dir);
  const states = { before: await treeOf(project.dir), after: await treeOf(reference.dir) };
  await reference.dispose();
  return { project, states };
};

const sameTree = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean =>
  a.size === b.size && [...a].every(([path, content]) => b.get(path) === content);

/** Which of the two states a tree is in ('before' or 'after'), or what differs from the nearer one. */
export const stateOf = (tree: ReadonlyMap<string, string>, states: States): string => {
  if (sameTree(tree, states.before)) return 'before';
  if (sameTree(tree, states.after)) return 'after';
  const differences = (expected: ReadonlyMap<string, string>): string[] => [
    ...[...tree.keys()].filter((path) => tree.get(path) !== expected.get(path)).map((path) => `${expected.has(path) ? 'changed' : 'extra'} ${path}`),
    ...[...expected.keys()].filter((path) => !tree.has(path)).map((path) => `missing ${path}`),
  ];
  const [fromBefore, fromAfter] = [differences(states.before), differences(states.after)];
  return (fromBefore.length <= fromAfter.length ? ['neither: against before', ...fromBefore] : ['neither: against after', ...fromAfter]).slice(0, 12).join('\n');
};

export { METADATA_DIR };

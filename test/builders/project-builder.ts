import { cp, mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Manifest } from '../../src/manifest/manifest.js';
import { toYaml } from './manifest-builder.js';

export const METADATA_DIR = 'force-app/main/default';

/** A throw-away SFDX project on disk, for tests that go through the file system. */
export type TestProject = {
  dir: string;
  writeManifest: (fileName: string, manifest: Manifest | string) => Promise<void>;
  removeManifest: (fileName: string) => Promise<void>;
  write: (path: string, content: string) => Promise<void>;
  read: (path: string) => Promise<string>;
  snapshot: () => Promise<Map<string, string>>;
  dispose: () => Promise<void>;
};

const listFilesUnder = async (root: string, dir = root): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? listFilesUnder(root, join(dir, entry.name)) : Promise.resolve([relative(root, join(dir, entry.name))])))
  );
  return nested.flat().sort();
};

/** Every file under a folder, relative, with its content: a snapshot to compare before and after. */
export const snapshotDir = async (root: string): Promise<Map<string, string>> =>
  new Map(await Promise.all((await listFilesUnder(root)).map(async (path) => [path, await readFile(join(root, path), 'utf8')] as const)));

export const aProject = async (manifests: Record<string, Manifest | string> = {}): Promise<TestProject> => {
  const dir = await mkdtemp(join(tmpdir(), 'intuser-project-'));
  const write = async (path: string, content: string): Promise<void> => {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  };
  const project: TestProject = {
    dir,
    write,
    writeManifest: (fileName, manifest) => write(`integrations/${fileName}`, typeof manifest === 'string' ? manifest : toYaml(manifest)),
    removeManifest: (fileName) => rm(join(dir, 'integrations', fileName)),
    read: (path) => readFile(join(dir, path), 'utf8'),
    snapshot: () => snapshotDir(dir),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
  await write('sfdx-project.json', JSON.stringify({ packageDirectories: [{ path: 'force-app', default: true }], sourceApiVersion: '66.0' }, null, 2));
  await mkdir(join(dir, 'integrations'), { recursive: true });
  for (const [fileName, manifest] of Object.entries(manifests)) {
    // eslint-disable-next-line no-await-in-loop
    await project.writeManifest(fileName, manifest);
  }
  return project;
};

const EXAMPLE = fileURLToPath(new URL('../../examples/acme', import.meta.url));

/** A copy of the example project, generated and committed as it is: four integrations, two environments. */
export const theExampleProject = async (): Promise<TestProject> => {
  const project = await aProject();
  await cp(EXAMPLE, project.dir, { recursive: true });
  return project;
};

/**
 * Run inside a mount namespace whose tmpfs of 1 MiB is mounted at argv[2] (see full-disk.test.ts): copies
 * the example project there, changes its manifests, fills the file system until `argv[3]` bytes are left,
 * runs generate, then frees the space and runs it again. Prints what it saw as JSON.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { statfsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toYaml } from '../builders/manifest-builder.js';
import { changeTheManifests, generateIn, treeOf } from './scenario.js';

const [mount, slackText] = process.argv.slice(2);
const project = join(mount!, 'project');
const filler = join(mount!, 'filler');
await cp(fileURLToPath(new URL('../../examples/acme', import.meta.url)), project, { recursive: true });
const write = async (path: string, content: string): Promise<void> => {
  await mkdir(dirname(join(project, path)), { recursive: true });
  await writeFile(join(project, path), content);
};
await changeTheManifests({
  dir: project,
  read: (path) => readFile(join(project, path), 'utf8'),
  write,
  writeManifest: (name, manifest) => write(`integrations/${name}`, typeof manifest === 'string' ? manifest : toYaml(manifest)),
});

const { bavail, bsize } = statfsSync(mount!);
const fill = Math.max(0, bavail * bsize - Number(slackText));
// Written in pieces, the last one failing when the file system rounds differently: full is full.
await writeFile(filler, Buffer.alloc(fill)).catch(() => undefined);

const outcome = await generateIn(project).then(
  () => 'written',
  (error: unknown) => (error instanceof Error ? error.message : String(error))
);
const tree = Object.fromEntries(await treeOf(project));
await rm(filler, { force: true });
await generateIn(project);
const next = Object.fromEntries(await treeOf(project));
const clean = (await generateIn(project, { check: true })).outOfDate.length === 0;
process.stdout.write(JSON.stringify({ outcome, tree, next, clean }));

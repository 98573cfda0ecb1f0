import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DeployFile } from './select-components.js';

export type StagedFiles = { dir: string; dispose: () => Promise<void> };

/**
 * The selection written out at each component's project path, environment variants in place of the files
 * they replace: source-deploy-retrieve builds its zip from files, and this way it sees exactly one file per
 * component, with the content that was checked against the manifests.
 */
export const stageFiles = async (files: readonly DeployFile[]): Promise<StagedFiles> => {
  const dir = await mkdtemp(join(tmpdir(), 'intuser-deploy-'));
  try {
    for (const { path, content } of files) {
      const target = join(dir, ...path.split('/'));
      // eslint-disable-next-line no-await-in-loop -- a few hundred small files; in order keeps it simple
      await mkdir(dirname(target), { recursive: true });
      // eslint-disable-next-line no-await-in-loop
      await writeFile(target, content, 'utf8');
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
};

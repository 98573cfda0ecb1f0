import { Readable } from 'node:stream';
import { VirtualTreeContainer } from '@salesforce/source-deploy-retrieve';
import { basename, dirname, join } from 'node:path';
import type { ComponentFile } from '../estate/select-components.js';

/**
 * The selection as source-deploy-retrieve's virtual file tree: each component's file at its project path,
 * an environment's variant in place of the file it replaces, with the content checked against the
 * manifests. The base class reads files but cannot stream them, and building the deploy zip streams:
 * streaming the in-memory content is all this adds.
 */
export class InMemoryTree extends VirtualTreeContainer {
  public constructor(root: string, files: readonly ComponentFile[]) {
    const folders = new Map<string, Array<{ name: string; data: Buffer }>>();
    for (const { path, content } of files) {
      const absolute = join(root, ...path.split('/'));
      const folder = dirname(absolute);
      folders.set(folder, [...(folders.get(folder) ?? []), { name: basename(absolute), data: Buffer.from(content, 'utf8') }]);
    }
    super([...folders].map(([dirPath, children]) => ({ dirPath, children })));
  }

  public override stream(fsPath: string): Readable {
    return Readable.from([this.readFileSync(fsPath)]);
  }
}

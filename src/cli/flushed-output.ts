import { once } from 'node:events';

/**
 * Waits until what the command wrote has left the process. After an error, oclif ends the process at
 * once (process.exit), and an answer still queued for a pipe is cut: a --json error listing sixty
 * thousand problems came out empty, or cut at 128 KiB, in a pipeline.
 */
export const flushedOutput = async (): Promise<void> => {
  for (const stream of [process.stdout, process.stderr]) {
    while (stream.writableLength > 0) {
      // eslint-disable-next-line no-await-in-loop -- one stream after the other, until each is empty
      await once(stream, 'drain');
    }
  }
};

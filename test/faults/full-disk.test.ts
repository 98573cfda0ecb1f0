import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { SfError } from '@salesforce/core';
import { JOURNAL_PATH } from '../../src/sync/journal.js';
import { theExampleProject } from '../builders/project-builder.js';
import { faultyFileSystem } from '../support/faulty-file-system.js';
import { aChangedExample, changeTheManifests, generateIn, stateOf, treeOf, type States } from './scenario.js';

/** `npm run test:faults` tries every point; `npm test` a spread of them, to stay fast. */
const LONG = process.env.INTUSER_FAULTS === 'long';

/** `count` points spread over 1..total, the first and the last among them; all of them in a long run. */
const pointsIn = (total: number, count: number): number[] =>
  LONG || total <= count ? Array.from({ length: total }, (_, i) => i + 1) : [...new Set(Array.from({ length: count }, (_, i) => 1 + Math.round((i * (total - 1)) / (count - 1))))];

/**
 * After a faulted run: the project is in one of the two states, or, when only the clean-up after the
 * commit point failed, in the second with the run's journal and backups left, which --check reports;
 * then a plain run brings it to the second state, and --check is clean.
 */
const expectWholeAfterwards = async (projectDir: string, states: States): Promise<void> => {
  const state = stateOf(await treeOf(projectDir), states);
  if (state !== 'before' && state !== 'after') {
    const leftovers = (await generateIn(projectDir, { check: true })).outOfDate;
    expect(leftovers, state).not.to.deep.equal([]);
    expect(leftovers.every(({ reason }) => reason === 'interrupted' || reason === 'temporary'), state).to.equal(true);
  }
  await generateIn(projectDir);
  expect(stateOf(await treeOf(projectDir), states)).to.equal('after');
  expect((await generateIn(projectDir, { check: true })).outOfDate).to.deep.equal([]);
};

describe('generate against faults of the disk', function () {
  this.timeout(LONG ? 1_800_000 : 120_000);
  let states: States;
  let changes: number;
  let needed: number;
  /** The number of the first rename: the run is past its journal, and changing the project. */
  let firstRename: number;

  before(async () => {
    const { project, states: made } = await aChangedExample();
    states = made;
    const counting = faultyFileSystem();
    await generateIn(project.dir, { fileSystem: counting });
    [changes, needed] = [counting.changes(), counting.used()];
    firstRename = counting.calls().indexOf('rename') + 1;
    await project.dispose();
  });

  it('on a full disk, however little space is left, leaves every file as it was (or as the run would have), and no temporary file', async () => {
    const blocks = Math.ceil(needed / 4096);
    for (const free of pointsIn(blocks + 1, 6).map((point) => (point - 1) * 4096)) {
      // eslint-disable-next-line no-await-in-loop -- one disk after the other
      const project = await theExampleProject();
      // eslint-disable-next-line no-await-in-loop
      await changeTheManifests(project);

      // eslint-disable-next-line no-await-in-loop
      const outcome = await generateIn(project.dir, { fileSystem: faultyFileSystem({ freeBytes: free }) }).then(
        () => 'written',
        (error: unknown) => error
      );

      if (outcome !== 'written') {
        expect(outcome, `${free} bytes free`).to.be.instanceOf(SfError);
        expect((outcome as SfError).message).to.match(/no space left on device/);
        // eslint-disable-next-line no-await-in-loop
        expect(stateOf(await treeOf(project.dir), states), `${free} bytes free`).to.equal('before');
      }
      // eslint-disable-next-line no-await-in-loop
      await expectWholeAfterwards(project.dir, states);
      // eslint-disable-next-line no-await-in-loop
      await project.dispose();
    }
  });

  it('on a disk error at any change, undoes every change made before it', async () => {
    for (const failAt of pointsIn(changes, 8)) {
      // eslint-disable-next-line no-await-in-loop
      const project = await theExampleProject();
      // eslint-disable-next-line no-await-in-loop
      await changeTheManifests(project);

      // eslint-disable-next-line no-await-in-loop
      const error = await generateIn(project.dir, { fileSystem: faultyFileSystem({ failAt }) }).then(() => undefined, (thrown: unknown) => thrown);

      // A failure in the clean-up after the commit point leaves the run done, its leftovers for the next run.
      if (error !== undefined) {
        expect(error, `change ${failAt}`).to.be.instanceOf(SfError);
        // eslint-disable-next-line no-await-in-loop
        expect(stateOf(await treeOf(project.dir), states), `change ${failAt}`).to.equal('before');
      }
      // eslint-disable-next-line no-await-in-loop
      await expectWholeAfterwards(project.dir, states);
      // eslint-disable-next-line no-await-in-loop
      await project.dispose();
    }
  });

  it('when the undo fails too, says where each file stands, keeps the journal, and the next run finishes the undo', async () => {
    const project = await theExampleProject();
    await changeTheManifests(project);
    // Past the staging and the journal, at the second rename: one file is changed, then every change fails.
    const failAt = firstRename + 1;

    const error = await generateIn(project.dir, { fileSystem: faultyFileSystem({ failAt, sticky: true }) }).then(() => undefined, (thrown: unknown) => thrown);

    expect(error).to.be.instanceOf(SfError);
    expect((error as SfError).name).to.equal('UndoFailedError');
    expect((error as SfError).message).to.match(/holds its new content; its earlier content is kept in .*\.bak/);
    expect(existsSync(join(project.dir, JOURNAL_PATH))).to.equal(true);
    const check = await generateIn(project.dir, { check: true });
    expect(check.outOfDate.map(({ reason }) => reason)).to.include.members(['interrupted', 'temporary']);

    const next = await generateIn(project.dir);

    expect(next.recovered.rolledBack.length).to.be.greaterThan(0);
    expect(stateOf(await treeOf(project.dir), states)).to.equal('after');
    expect((await generateIn(project.dir, { check: true })).outOfDate).to.deep.equal([]);
    await project.dispose();
  });

  describe('on a real, small file system (tmpfs), where the machine allows one', () => {
    const CHILD = fileURLToPath(new URL('tmpfs-child.ts', import.meta.url));
    const canMount = spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs /mnt && umount /mnt'], { stdio: 'ignore' }).status === 0;

    for (const slack of LONG ? [0, 4096, 8192, 16_384, 24_576, 32_768, 40_960, 65_536, 131_072] : [8192, 40_960]) {
      it(`leaves every file whole when ${slack / 1024} KiB are left`, async function () {
        if (!canMount) this.skip();
        const mount = await mkdtemp(join(tmpdir(), 'intuser-tmpfs-'));
        const child = spawnSync(
          'unshare',
          ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs "$1" && exec "$0" --import tsx "$2" "$1" "$3"', process.execPath, mount, CHILD, String(slack)],
          { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
        );
        await rm(mount, { recursive: true, force: true });
        expect(child.status, child.stderr).to.equal(0);
        const report = JSON.parse(child.stdout) as { outcome: string; tree: Record<string, string>; next: Record<string, string>; clean: boolean };

        if (report.outcome !== 'written') expect(report.outcome).to.match(/no space left on device/);
        expect(stateOf(new Map(Object.entries(report.tree)), states)).to.be.oneOf(['before', 'after']);
        expect(stateOf(new Map(Object.entries(report.next)), states)).to.equal('after');
        expect(report.clean).to.equal(true);
      });
    }
  });
});

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { recoverProject } from '../../src/generate/generate.js';
import { theExampleProject } from '../builders/project-builder.js';
import { faultyFileSystem } from '../support/faulty-file-system.js';
import { aChangedExample, changeTheManifests, generateIn, METADATA_DIR, stateOf, treeOf, type States } from './scenario.js';

/** `npm run test:faults` kills the run at every change and at random moments; `npm test` at a few chosen points. */
const LONG = process.env.INTUSER_FAULTS === 'long';
const CHILD = fileURLToPath(new URL('kill-child.ts', import.meta.url));

type Ending = { signal: NodeJS.Signals | null; output: string };

/** The child process's run, killed where it says (`killAt`), or by this process `afterMs` after it said it was ready. */
const runChild = (projectDir: string, options: { killAt?: number; when?: 'before' | 'after'; afterMs?: number }): Promise<Ending> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, projectDir, String(options.killAt ?? 0), options.when ?? 'before'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (options.afterMs !== undefined && output.startsWith('ready')) setTimeout(() => child.kill('SIGKILL'), options.afterMs).unref();
    });
    child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, output }));
  });

/**
 * What the README promises after a kill at any point: --check reports what the killed run left (its
 * journal, its temporary files); the next run first brings the project back whole, to the state before
 * the run or after it, nothing else; then it generates, and --check is clean.
 */
const expectRecovered = async (projectDir: string, states: States, where: string): Promise<void> => {
  const left = await treeOf(projectDir);
  const check = await generateIn(projectDir, { check: true });
  const reasons = new Set(check.outOfDate.map(({ reason }) => reason));
  if ([...left.keys()].includes('.intuser/journal.json')) expect(reasons, where).to.include('interrupted');
  if ([...left.keys()].some((path) => /\.intuser-\d+-[0-9a-f]+\.(tmp|bak)$/.test(path))) expect(reasons, where).to.include('temporary');

  await recoverProject({ projectDir, metadataDir: METADATA_DIR, force: false });

  expect(stateOf(await treeOf(projectDir), states), where).to.be.oneOf(['before', 'after']);
  await generateIn(projectDir);
  expect(stateOf(await treeOf(projectDir), states), where).to.equal('after');
  expect((await generateIn(projectDir, { check: true })).outOfDate, where).to.deep.equal([]);
};

describe('generate killed with SIGKILL (kill -9) at any point', function () {
  this.timeout(LONG ? 3_600_000 : 180_000);
  let states: States;
  let calls: readonly string[];

  before(async () => {
    const { project, states: made } = await aChangedExample();
    states = made;
    const counting = faultyFileSystem();
    await generateIn(project.dir, { fileSystem: counting });
    calls = [...counting.calls()];
    await project.dispose();
  });

  /** Where to kill: every change in a long run; otherwise one in each phase (staging, journal, renames, commit point, clean-up). */
  const points = (): Array<{ killAt: number; when: 'before' | 'after' }> => {
    if (LONG) return calls.flatMap((_call, index) => [{ killAt: index + 1, when: 'before' as const }, { killAt: index + 1, when: 'after' as const }]);
    const firstRename = calls.indexOf('rename') + 1;
    const commit = calls.lastIndexOf('rename') + 1;
    return [
      { killAt: 1, when: 'after' },
      { killAt: firstRename - 1, when: 'after' },
      { killAt: firstRename + 2, when: 'after' },
      { killAt: commit, when: 'after' },
      { killAt: calls.length, when: 'before' },
    ];
  };

  it('leaves a project that the next run brings back whole, wherever the kill lands', async () => {
    for (const { killAt, when } of points()) {
      const where = `killed ${when} change ${killAt} of ${calls.length} (${calls[killAt - 1] ?? 'none'})`;
      // eslint-disable-next-line no-await-in-loop
      const project = await theExampleProject();
      // eslint-disable-next-line no-await-in-loop
      await changeTheManifests(project);

      // eslint-disable-next-line no-await-in-loop
      const ending = await runChild(project.dir, { killAt, when });

      expect(ending.signal, `${where}: ${ending.output}`).to.equal('SIGKILL');
      // eslint-disable-next-line no-await-in-loop
      await expectRecovered(project.dir, states, where);
      // eslint-disable-next-line no-await-in-loop
      await project.dispose();
    }
  });

  it('and when the kill comes from outside, at a random moment of the run', async () => {
    for (let round = 0; round < (LONG ? 40 : 1); round++) {
      const afterMs = Math.floor(Math.random() * 400);
      // eslint-disable-next-line no-await-in-loop
      const project = await theExampleProject();
      // eslint-disable-next-line no-await-in-loop
      await changeTheManifests(project);

      // eslint-disable-next-line no-await-in-loop
      const ending = await runChild(project.dir, { afterMs });

      // eslint-disable-next-line no-await-in-loop
      await expectRecovered(project.dir, states, `killed ${afterMs} ms after the start (${ending.signal ?? 'not killed'})`);
      // eslint-disable-next-line no-await-in-loop
      await project.dispose();
    }
  });
});

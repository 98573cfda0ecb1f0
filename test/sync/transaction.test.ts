import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { nodeFileSystem } from '../../src/sync/file-system.js';
import { JOURNAL_PATH } from '../../src/sync/journal.js';
import { beginTransaction } from '../../src/sync/transaction.js';
import { snapshotDir } from '../builders/project-builder.js';
import { rejectionOf } from '../support/rejection.js';
import { faultyFileSystem } from '../support/faulty-file-system.js';

describe('transaction', () => {
  let root: string;
  let outside: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'intuser-tx-'));
    outside = await mkdtemp(join(tmpdir(), 'intuser-outside-'));
    await writeFile(join(root, 'kept.txt'), 'old\n');
    await writeFile(join(root, 'gone.txt'), 'bye\n');
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  it('writes, replaces and removes as one, in new folders too, and leaves nothing of its own behind', async () => {
    const transaction = await beginTransaction(root);
    await transaction.write('kept.txt', null, 'new\n', false);
    await transaction.write('a/b/c.txt', null, 'c\n', true);
    transaction.remove('gone.txt', null);

    await transaction.commit();

    expect(await snapshotDir(root)).to.deep.equal(new Map([['a/b/c.txt', 'c\n'], ['kept.txt', 'new\n']]));
  });

  it('changes nothing until commit, and nothing at all when abandoned', async () => {
    const before = await snapshotDir(root);
    const transaction = await beginTransaction(root);
    await transaction.write('kept.txt', null, 'new\n', false);
    await transaction.write('a/b/c.txt', null, 'c\n', true);

    await transaction.abandon();

    expect(await snapshotDir(root)).to.deep.equal(before);
    expect(await readdir(root)).to.have.members(['kept.txt', 'gone.txt']);
  });

  it('never writes through a link planted at a temporary name: a temporary file is created only where nothing stands', async () => {
    await symlink(join(outside, 'target'), join(root, 'planted'));

    const error = await nodeFileSystem.createExclusive(join(root, 'planted'), 'x').then(() => undefined, (thrown: NodeJS.ErrnoException) => thrown);

    expect(error?.code).to.equal('EEXIST');
    expect(existsSync(join(outside, 'target'))).to.equal(false);
  });

  it('creates no folder, and writes nothing, through a link that leads out of the project', async () => {
    await symlink(outside, join(root, 'docs'));
    const transaction = await beginTransaction(root);
    await transaction.write('docs/integrations/ERP.md', null, 'page\n', true);

    const error = await rejectionOf(transaction.commit());

    expect(error.name).to.equal('OutsideProjectError');
    expect(await readdir(outside)).to.deep.equal([]);
  });

  it('when a rename fails, puts back every file already changed and removes the folders it made', async () => {
    const before = await snapshotDir(root);
    const fs = faultyFileSystem({ fail: { call: 'rename', nth: 2 } });
    const transaction = await beginTransaction(root, fs);
    await transaction.write('kept.txt', null, 'new\n', false);
    await transaction.write('a/b/c.txt', null, 'c\n', true);
    transaction.remove('gone.txt', null);

    const error = await rejectionOf(transaction.commit());

    expect(error.name).to.equal('WriteFailedError');
    expect(error.message).to.match(/every file was put back as it was/);
    expect(await snapshotDir(root)).to.deep.equal(before);
    expect(await readdir(root)).to.have.members(['kept.txt', 'gone.txt']);
  });

  it('refuses to apply while another live run holds the journal', async () => {
    await mkdir(join(root, '.intuser'));
    await writeFile(join(root, JOURNAL_PATH), JSON.stringify({ pid: process.ppid, host: 'elsewhere' }));
    const transaction = await beginTransaction(root);
    await transaction.write('kept.txt', null, 'new\n', false);

    const error = await rejectionOf(transaction.commit());

    expect(error.name).to.equal('ConcurrentRunError');
    expect(await readFile(join(root, 'kept.txt'), 'utf8')).to.equal('old\n');
  });
});

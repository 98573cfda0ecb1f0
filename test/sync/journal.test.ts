import { expect } from 'chai';
import { DEFAULT_LAYOUT } from '../../src/project/output-layout.js';
import { JournalError, newJournal, parseJournal, serializeJournal, type JournalFile } from '../../src/sync/journal.js';
import { LEDGER_PATH } from '../../src/sync/ledger.js';
import { ownershipOf } from '../../src/sync/ownership.js';
import { temporaryName } from '../../src/sync/temporary-files.js';

const owns = ownershipOf(DEFAULT_LAYOUT);
const mayOwn = (path: string, integration: string | null): boolean => (path === LEDGER_PATH ? integration === null : integration !== null && owns(path, integration));
const PS = 'force-app/main/default/permissionsets';
const FILE = `${PS}/ERP_Orders.permissionset-meta.xml`;
const journalWith = (files: JournalFile[], folders: string[] = []): string =>
  serializeJournal(newJournal(temporaryName('.intuser', '.intuser/journal.json', 'tmp'), folders, files));

describe('journal', () => {
  it('reads back what a run wrote', () => {
    const file = { path: FILE, integration: 'ERP', temp: temporaryName('force-app', FILE, 'tmp'), backup: temporaryName(PS, FILE, 'bak') };

    const journal = parseJournal(journalWith([file], ['force-app/main']), mayOwn);

    expect(journal.files).to.deep.equal([file]);
    expect(journal.state).to.equal('applying');
  });

  for (const [what, files, folders] of [
    ['a file generate does not write (the README)', [{ path: 'README.md', integration: 'ERP', sha256: 'a'.repeat(64) }], []],
    ['a file of another integration’s shape', [{ path: `${PS}/Sales_Admin.permissionset-meta.xml`, integration: 'ERP', sha256: 'a'.repeat(64) }], []],
    ['a backup in another folder', [{ path: FILE, integration: 'ERP', backup: temporaryName('force-app', FILE, 'bak') }], []],
    ['a backup that is not one of its temporary names', [{ path: FILE, integration: 'ERP', backup: `${PS}/notes.md` }], []],
    ['new content waiting outside the folders above the file', [{ path: FILE, integration: 'ERP', temp: temporaryName('docs', FILE, 'tmp') }], []],
    ['a folder above none of its files', [{ path: FILE, integration: 'ERP', sha256: 'a'.repeat(64) }], ['src']],
  ] as const) {
    it(`refuses a journal naming ${what}: recovery would rename or delete it`, () => {
      expect(() => parseJournal(journalWith(files as unknown as JournalFile[], [...folders]), mayOwn)).to.throw(JournalError);
    });
  }

  it('refuses what is not a journal, without quoting it', () => {
    expect(() => parseJournal('root:$6$secret:19000', mayOwn)).to.throw(JournalError).with.property('message').that.does.not.contain('root');
  });
});

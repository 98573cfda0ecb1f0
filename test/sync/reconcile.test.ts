import { expect } from 'chai';
import { ledgerOf } from '../../src/sync/ledger.js';
import { reconcile } from '../../src/sync/reconcile.js';

const file = (path: string, content: string) => ({ path, content, integration: 'ERP' });

describe('reconcile', () => {
  const written = file('ps/A.xml', 'granted\n');
  const ledger = ledgerOf([written]);

  it('creates what is missing and keeps what is identical', () => {
    const { changes, conflicts } = reconcile([written, file('ps/B.xml', 'b\n')], ledger, new Map([['ps/A.xml', 'granted\n']]), false);

    expect(conflicts).to.deep.equal([]);
    expect(changes.map(({ kind, path }) => `${kind} ${path}`)).to.deep.equal(['unchanged ps/A.xml', 'create ps/B.xml']);
  });

  it('updates its own file when the manifest changed', () => {
    const { changes } = reconcile([file('ps/A.xml', 'revoked\n')], ledger, new Map([['ps/A.xml', 'granted\n']]), false);

    expect(changes).to.deep.equal([{ kind: 'update', path: 'ps/A.xml', integration: 'ERP', content: 'revoked\n', handEdited: false }]);
  });

  it('removes its own file when nothing generates it any more', () => {
    const { changes } = reconcile([], ledger, new Map([['ps/A.xml', 'granted\n']]), false);

    expect(changes).to.deep.equal([{ kind: 'remove', path: 'ps/A.xml', integration: 'ERP', handEdited: false }]);
  });

  it('forgets a file of the ledger that is already gone', () => {
    expect(reconcile([], ledger, new Map([['ps/A.xml', undefined]]), false)).to.deep.equal({ changes: [], conflicts: [] });
  });

  it('never touches a file missing from the ledger, even forced', () => {
    const { changes, conflicts } = reconcile([file('ps/B.xml', 'b\n')], ledger, new Map([['ps/B.xml', 'hand made\n']]), true);

    expect(changes).to.deep.equal([]);
    expect(conflicts).to.deep.equal([{ kind: 'foreign', path: 'ps/B.xml', integration: 'ERP' }]);
  });

  it('holds back a hand-edited file, to update or to remove, unless forced', () => {
    const disk = new Map([['ps/A.xml', 'edited\n']]);

    expect(reconcile([file('ps/A.xml', 'new\n')], ledger, disk, false).conflicts).to.deep.equal([{ kind: 'edited', path: 'ps/A.xml', integration: 'ERP' }]);
    expect(reconcile([], ledger, disk, false).conflicts).to.deep.equal([{ kind: 'edited', path: 'ps/A.xml', integration: 'ERP' }]);
    expect(reconcile([file('ps/A.xml', 'new\n')], ledger, disk, true).changes).to.deep.equal([
      { kind: 'update', path: 'ps/A.xml', integration: 'ERP', content: 'new\n', handEdited: true },
    ]);
  });

  it('accepts a hand edit that already matches what the manifest generates', () => {
    const { changes, conflicts } = reconcile([file('ps/A.xml', 'edited\n')], ledger, new Map([['ps/A.xml', 'edited\n']]), false);

    expect(conflicts).to.deep.equal([]);
    expect(changes.map(({ kind }) => kind)).to.deep.equal(['unchanged']);
  });
});

import { expect } from 'chai';
import { entryFor } from '../../src/sync/ledger.js';
import { withProvenance } from '../../src/sync/provenance.js';
import { decideGenerated, decideLeftover, type DiskFile } from '../../src/sync/reconcile.js';

const PATH = 'force-app/main/default/permissionsets/ERP_A.permissionset-meta.xml';
const xml = (label: string): string =>
  withProvenance(PATH, `<?xml version="1.0" encoding="UTF-8"?>\n<PermissionSet xmlns="x">\n    <label>${label}</label>\n</PermissionSet>\n`, 'ERP', 'integrations/erp.yaml');
const desired = (label: string) => ({ path: PATH, content: xml(label), integration: 'ERP' });
const onDisk = (content: string): DiskFile => ({ kind: 'file', content });
const written = entryFor(PATH, xml('granted'), 'ERP');

describe('reconcile', () => {
  it('creates what is missing and keeps what is identical', () => {
    expect(decideGenerated(desired('b'), { kind: 'absent' }, undefined, false).change?.kind).to.equal('create');
    expect(decideGenerated(desired('granted'), onDisk(xml('granted')), written, false).change?.kind).to.equal('unchanged');
  });

  it('keeps a file a formatter rewrote, as it is: it says the same thing', () => {
    const formatted = xml('granted').replace('<label>', '<label\n  >').replace(/\n {4}/g, '\n  ');

    expect(decideGenerated(desired('granted'), onDisk(formatted), written, false).change?.kind).to.equal('unchanged');
  });

  it('updates its own file when the manifest changed, even formatted since', () => {
    const formatted = xml('granted').replace('<label>', '<label\n  >');

    expect(decideGenerated(desired('revoked'), onDisk(formatted), written, false).change).to.deep.equal({
      kind: 'update',
      path: PATH,
      integration: 'ERP',
      content: xml('revoked'),
      handEdited: false,
    });
  });

  it('never touches a file missing from the ledger, or a symbolic link, even forced', () => {
    expect(decideGenerated(desired('b'), onDisk('hand made\n'), undefined, true).conflict?.kind).to.equal('foreign');
    expect(decideGenerated(desired('b'), { kind: 'link' }, written, true).conflict?.kind).to.equal('foreign');
  });

  it('holds back a hand-edited file, to update or to remove, unless forced', () => {
    const edited = onDisk(xml('edited'));

    expect(decideGenerated(desired('new'), edited, written, false).conflict?.kind).to.equal('edited');
    expect(decideLeftover(PATH, written, edited, false)?.conflict?.kind).to.equal('edited');
    expect(decideGenerated(desired('new'), edited, written, true).change).to.include({ kind: 'update', handEdited: true });
    expect(decideLeftover(PATH, written, edited, true)?.change).to.include({ kind: 'remove', handEdited: true });
  });

  it('removes its own file when nothing generates it any more, and forgets one already gone', () => {
    expect(decideLeftover(PATH, written, onDisk(xml('granted')), false)?.change).to.deep.equal({ kind: 'remove', path: PATH, integration: 'ERP', handEdited: false });
    expect(decideLeftover(PATH, written, { kind: 'absent' }, false)).to.equal(undefined);
  });

  it('never removes a file that does not carry generate’s mark for its integration, even forced and matching its hash', () => {
    const handMade = '<?xml version="1.0"?>\n<PermissionSet xmlns="x"><label>granted</label></PermissionSet>\n';
    const claimed = entryFor(PATH, handMade, 'ERP');
    const markedForAnother = withProvenance(PATH, handMade, 'Other', 'integrations/other.yaml');

    expect(decideLeftover(PATH, claimed, onDisk(handMade), true)?.conflict?.kind).to.equal('unmarked');
    expect(decideLeftover(PATH, entryFor(PATH, markedForAnother, 'ERP'), onDisk(markedForAnother), true)?.conflict?.kind).to.equal('unmarked');
    expect(decideLeftover(PATH, written, { kind: 'link' }, true)?.conflict?.kind).to.equal('unmarked');
  });

  it('accepts a hand edit that already matches what the manifest generates', () => {
    expect(decideGenerated(desired('edited'), onDisk(xml('edited')), written, false).change?.kind).to.equal('unchanged');
  });
});

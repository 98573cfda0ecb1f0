import { expect } from 'chai';
import { sha256 } from '../../src/sync/canonical.js';
import { editedSince, entryFor, LedgerError, parseLedger, serializeLedger, type Ledger } from '../../src/sync/ledger.js';
import { adoptableOf, ownershipOf } from '../../src/sync/ownership.js';
import { DEFAULT_LAYOUT } from '../../src/project/output-layout.js';

const owns = ownershipOf(DEFAULT_LAYOUT);
const PS = 'force-app/main/default/permissionsets';
const A = `${PS}/ERP_A.permissionset-meta.xml`;
const B = `${PS}/ERP_B.permissionset-meta.xml`;
const XML = '<?xml version="1.0" encoding="UTF-8"?>\n<PermissionSet xmlns="x">\n    <label>A</label>\n</PermissionSet>\n';

const ledgerOf = (entries: ReadonlyArray<[string, string]>): Ledger => new Map(entries.map(([path, content]) => [path, entryFor(path, content, 'ERP')]));
const format1 = (files: Record<string, unknown>): string => JSON.stringify({ generator: 'plugin-intuser', format: 1, files });

describe('ledger', () => {
  it('round-trips, sorted by path, so that it is byte-stable', () => {
    const text = serializeLedger(ledgerOf([[B, 'b'], [A, 'a']]));

    expect(text.indexOf(A)).to.be.lessThan(text.indexOf(B));
    expect(serializeLedger(parseLedger(text, owns))).to.equal(text);
  });

  it('is empty when there is none yet', () => {
    expect(parseLedger(undefined, owns).size).to.equal(0);
  });

  it('does not count a formatter’s layout as an edit, and does count a changed value', () => {
    const entry = entryFor(A, XML, 'ERP');
    const formatted = XML.replace('<label>', '<label\n  >').replace('?>', ' ?>');

    expect(editedSince(entry, A, formatted)).to.equal(false);
    expect(editedSince(entry, A, XML.replace('>A<', '>B<'))).to.equal(true);
  });

  it('still reads format 1, whose hashes are of the bytes, and judges its files by their bytes', () => {
    const ledger = parseLedger(format1({ [A]: { integration: 'ERP', sha256: sha256(XML) } }), owns);

    expect(editedSince(ledger.get(A)!, A, XML)).to.equal(false);
    expect(editedSince(ledger.get(A)!, A, XML.replace('?>', ' ?>'))).to.equal(true);
    expect(serializeLedger(ledger)).to.contain('"format": 2');
  });

  for (const [what, text] of [
    ['malformed JSON', '{'],
    ['another tool’s file', '{"files": {}}'],
    ['an absolute path', format1({ '/etc/passwd': { integration: 'ERP', sha256: 'a'.repeat(64) } })],
    ['a path climbing out', format1({ 'force-app/../../x': { integration: 'ERP', sha256: 'a'.repeat(64) } })],
    ['a bad hash', format1({ [A]: { integration: 'ERP', sha256: 'nope' } })],
    ['a manifest', format1({ 'integrations/erp.yaml': { integration: 'ERP', sha256: 'a'.repeat(64) } })],
    ['a file of the project with a generated suffix but another integration’s name', format1({ [`${PS}/Sales_Admin.permissionset-meta.xml`]: { integration: 'ERP', sha256: 'a'.repeat(64) } })],
    ['any file under a folder generate writes in', format1({ 'config/integration-users/notes.txt': { integration: 'ERP', sha256: 'a'.repeat(64) } })],
    ['a control character in a path', format1({ [`${PS}/ERP_\u001b[2J.permissionset-meta.xml`]: { integration: 'ERP', sha256: 'a'.repeat(64) } })],
  ] as const) {
    it(`refuses ${what}: the ledger decides what may be replaced or deleted`, () => {
      expect(() => parseLedger(text, owns)).to.throw(LedgerError);
    });
  }

  it('never quotes a text that is not a ledger (a link to /etc/shadow, say)', () => {
    expect(() => parseLedger('root:$6$secret-hash:19000:0:99999:7:::', owns)).to.throw(LedgerError).with.property('message').that.does.not.contain('root');
  });

  it('lets go of a permission set or app file that no manifest adopts any more: dropped from the record, not refused', () => {
    const adopted = `${PS}/Legacy_Orders.permissionset-meta.xml`;
    const text = format1({ [A]: { integration: 'ERP', sha256: 'a'.repeat(64) }, [adopted]: { integration: 'ERP', sha256: 'b'.repeat(64) } });

    const ledger = parseLedger(text, owns, adoptableOf(DEFAULT_LAYOUT));

    expect([...ledger.keys()]).to.deep.equal([A]);
    expect(() => parseLedger(format1({ 'README.md': { integration: 'ERP', sha256: 'a'.repeat(64) } }), owns, adoptableOf(DEFAULT_LAYOUT))).to.throw(LedgerError);
  });
});


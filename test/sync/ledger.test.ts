import { expect } from 'chai';
import { LedgerError, ledgerOf, parseLedger, serializeLedger } from '../../src/sync/ledger.js';

describe('ledger', () => {
  it('round-trips, sorted by path, so that it is byte-stable', () => {
    const ledger = ledgerOf([
      { path: 'b/B.xml', content: 'b', integration: 'ERP' },
      { path: 'a/A.xml', content: 'a', integration: 'ERP' },
    ]);

    const text = serializeLedger(ledger);

    expect(text.indexOf('a/A.xml')).to.be.lessThan(text.indexOf('b/B.xml'));
    expect(serializeLedger(parseLedger(text))).to.equal(text);
  });

  it('is empty when there is none yet', () => {
    expect(parseLedger(undefined).size).to.equal(0);
  });

  for (const [what, text] of [
    ['malformed JSON', '{'],
    ['another tool’s file', '{"files": {}}'],
    ['an absolute path', JSON.stringify({ generator: 'plugin-intuser', format: 1, files: { '/etc/passwd': { integration: 'X', sha256: 'a'.repeat(64) } } })],
    ['a path climbing out', JSON.stringify({ generator: 'plugin-intuser', format: 1, files: { 'force-app/../../x': { integration: 'X', sha256: 'a'.repeat(64) } } })],
    ['a bad hash', JSON.stringify({ generator: 'plugin-intuser', format: 1, files: { 'a.xml': { integration: 'X', sha256: 'nope' } } })],
  ] as const) {
    it(`refuses ${what}: the ledger decides what may be deleted`, () => {
      expect(() => parseLedger(text)).to.throw(LedgerError);
    });
  }
});

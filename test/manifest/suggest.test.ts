import { expect } from 'chai';
import fc from 'fast-check';
import { closestNames } from '../../src/manifest/suggest.js';

/** Levenshtein distance, written the plain way: the rule suggestions follow, with no shortcut. */
const editDistance = (a: string, b: string): number => {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (__, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) rows[i]![j] = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return rows[a.length]![b.length]!;
};

/** Every known name within max(2, a third of its length) edits of the word, and not the word itself, closest first. */
const expected = (word: string, known: readonly string[], max: number): string[] =>
  known
    .map((candidate) => ({ candidate, score: editDistance(word.toLowerCase(), candidate.toLowerCase()) }))
    .filter(({ candidate, score }) => score > 0 && score <= Math.max(2, Math.floor(candidate.length / 3)))
    .sort((a, b) => a.score - b.score || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0))
    .slice(0, max)
    .map(({ candidate }) => candidate);

describe('closestNames', () => {
  it('suggests the names of Salesforce a typo is closest to', () => {
    expect(closestNames('Acount', ['Account', 'Contact', 'AccountContactRelation', 'Opportunity'])).to.deep.equal(['Account']);
  });

  it('suggests nothing for a name far from every known one, nor the name itself in another case', () => {
    expect(closestNames('Warehouse_Item__c', ['Account', 'Contact'])).to.deep.equal([]);
    expect(closestNames('account', ['Account'])).to.deep.equal([]);
  });

  it('suggests exactly the known names within the tolerance, closest first, whatever their lengths', () => {
    // İ lowers to two characters (i and U+0307): lengths must be compared as lowered.
    const name = fc.stringMatching(/^(?:[a-dA-D_İi]|\u0307){0,14}$/);
    fc.assert(
      fc.property(name, fc.uniqueArray(name, { maxLength: 12 }), fc.integer({ min: 1, max: 4 }), (word, known, max) => {
        expect(closestNames(word, known, max)).to.deep.equal(expected(word, known, max));
      }),
      { numRuns: 5000 }
    );
  });
});

import { expect } from 'chai';
import { OBJECT_DEPENDENCIES } from '../../src/catalogue/object-dependencies.js';
import { withCrossObjectRights } from '../../src/model/cross-object-rights.js';

describe('withCrossObjectRights', () => {
  it('grants Read on Accounts with any access to contracts, naming the grant that needs it', () => {
    expect(withCrossObjectRights([{ object: 'Contract', rights: ['read', 'create'] }])).to.deep.equal([
      { object: 'Account', rights: ['read'], implied: { rights: ['read'], by: [{ object: 'Contract', right: 'read' }, { object: 'Contract', right: 'create' }] } },
      { object: 'Contract', rights: ['read', 'create'] },
    ]);
  });

  it('adds nothing where the required right is already asked for, whatever the case of the names', () => {
    const grants = [
      { object: 'account', rights: ['read', 'edit'] as const },
      { object: 'Contact', rights: ['read'] as const },
    ];

    expect(withCrossObjectRights(grants)).to.deep.equal([
      { object: 'Contact', rights: ['read'] },
      { object: 'account', rights: ['read', 'edit'] },
    ]);
  });

  it('follows dependencies transitively: a quote needs its opportunity, which needs its account', () => {
    const objects = withCrossObjectRights([{ object: 'Quote', rights: ['read'] }]).map(({ object, rights, implied }) => [object, rights, implied?.by]);

    expect(objects).to.deep.equal([
      ['Account', ['read'], [{ object: 'Opportunity', right: 'read' }]],
      ['Opportunity', ['read'], [{ object: 'Quote', right: 'read' }]],
      ['Quote', ['read'], undefined],
    ]);
  });

  it('does not write out a dependency only some orgs have (Account needing Contact, with Person Accounts)', () => {
    expect(withCrossObjectRights([{ object: 'Account', rights: ['read'] }])).to.deep.equal([{ object: 'Account', rights: ['read'] }]);
  });

  it('leaves objects no dependency names as they are', () => {
    expect(withCrossObjectRights([{ object: 'Invoice__c', rights: ['read', 'edit'] }])).to.deep.equal([{ object: 'Invoice__c', rights: ['read', 'edit'] }]);
  });

  it('reads every dependency from a catalogue entry that says where it comes from', () => {
    for (const dependency of OBJECT_DEPENDENCIES) expect(dependency.source, `${dependency.object}.${dependency.right}`).to.match(/^https:\/\//);
  });
});

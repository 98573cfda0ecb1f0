import { expect } from 'chai';
import { MINIMUM_API_VERSIONS } from '../../src/catalogue/api-versions.js';
import { standardFieldTraits } from '../../src/catalogue/field-traits.js';
import { OBJECT_DEPENDENCIES } from '../../src/catalogue/object-dependencies.js';
import { ACCESS_FOLLOWS_PARENT } from '../../src/catalogue/parent-access.js';
import { STANDARD_OBJECTS, standardField, standardObject } from '../../src/catalogue/standard-objects.js';
import { SYSTEM_FIELDS } from '../../src/catalogue/system-fields.js';
import { USER_PERMISSION_DEPENDENCIES, USER_PERMISSION_SOURCES, USER_PERMISSIONS } from '../../src/catalogue/user-permissions.js';

const SALESFORCE_DOCS = /^https:\/\/developer\.salesforce\.com\/docs\//;
const ANY_PAGE = /^https?:\/\/\S+$/;

/** The objects the issue asks the catalogue to cover at least: those integrations touch most. */
const INTEGRATION_OBJECTS = [
  'Account', 'Contact', 'Lead', 'Opportunity', 'OpportunityLineItem', 'Case', 'Task', 'Event', 'Order', 'OrderItem', 'Contract',
  'Product2', 'Pricebook2', 'PricebookEntry', 'Asset', 'Quote', 'QuoteLineItem', 'Campaign', 'CampaignMember', 'User',
];

describe('the catalogue', () => {
  it('covers the objects integrations touch most, each read from its Object Reference page', () => {
    expect(STANDARD_OBJECTS.map(({ name }) => name).sort()).to.deep.equal([...INTEGRATION_OBJECTS].sort());
    for (const object of STANDARD_OBJECTS) {
      expect(object.source, object.name).to.match(SALESFORCE_DOCS);
      expect(Object.keys(object.fields).length, object.name).to.be.greaterThan(10);
    }
  });

  it('gives every field a type and properties, and the page it was read from where it is not its object\'s', () => {
    for (const object of STANDARD_OBJECTS) {
      for (const [name, field] of Object.entries(object.fields)) {
        expect(field.type, `${object.name}.${name}`).to.be.a('string').and.not.equal('');
        expect(field.properties, `${object.name}.${name}`).to.be.an('array');
        if (field.source !== undefined) expect(field.source, `${object.name}.${name}`).to.match(ANY_PAGE);
      }
    }
    for (const field of Object.values(SYSTEM_FIELDS)) expect(field.source).to.match(SALESFORCE_DOCS);
  });

  it('finds objects and fields whatever their case, system fields included', () => {
    const order = standardObject('order')!;

    expect(order.name).to.equal('Order');
    expect(standardField(order, 'ponumber')?.name).to.equal('PoNumber');
    expect(standardField(order, 'SYSTEMMODSTAMP')?.name).to.equal('SystemModstamp');
    expect(standardField(order, 'Bedrooms__c')).to.equal(undefined);
  });

  it('carries a source for every rule between permissions, and each names what it knows', () => {
    for (const entry of [...OBJECT_DEPENDENCIES, ...MINIMUM_API_VERSIONS, ...ACCESS_FOLLOWS_PARENT, ...USER_PERMISSION_DEPENDENCIES]) {
      expect(entry.source, JSON.stringify(entry)).to.match(ANY_PAGE);
    }
    for (const source of USER_PERMISSION_SOURCES) expect(source).to.match(ANY_PAGE);
  });

  it('lists user permissions once each, in order, with the ones integrations and validate rely on', () => {
    expect([...USER_PERMISSIONS].sort()).to.deep.equal(USER_PERMISSIONS);
    expect(new Set(USER_PERMISSIONS.map((name) => name.toLowerCase())).size).to.equal(USER_PERMISSIONS.length);
    expect(USER_PERMISSIONS).to.include.members(['ApiEnabled', 'ApiUserOnly', 'ModifyAllData', 'ViewAllData', 'TwoFactorApi', 'BypassMFAForUiLogins']);
  });
});

describe('standardFieldTraits', () => {
  const field = (properties: string[], extra: Record<string, unknown> = {}) => ({ type: 'string', properties, ...extra });

  it('calls a field required when it can be set on create, cannot be empty and gets no default', () => {
    expect(standardFieldTraits('OrderItem', field(['Create', 'Filter', 'Sort', 'Update']), false)).to.deep.equal({ noFieldSecurity: 'required' });
    expect(standardFieldTraits('Case', field(['Create', 'Defaulted on create', 'Filter', 'Update']), false)).to.deep.equal({});
    expect(standardFieldTraits('Order', field(['Create', 'Nillable', 'Update']), false)).to.deep.equal({});
  });

  it('calls a field read-only when its page lists neither Create nor Update, except where the page shows another view', () => {
    expect(standardFieldTraits('Account', field(['Filter', 'Nillable', 'Sort']), false)).to.deep.equal({ readOnly: 'readOnly' });
    expect(standardFieldTraits('Campaign', field(['Filter', 'Nillable', 'Sort']), false)).to.deep.equal({});
    expect(standardFieldTraits('Account', field(['Autonumber', 'Filter']), false)).to.deep.equal({ readOnly: 'autoNumber' });
  });

  it('refuses nothing on a guess: a field whose properties the page does not give', () => {
    expect(standardFieldTraits('User', field([]), false)).to.deep.equal({});
  });

  it('knows system, compound and master-detail fields by what they are', () => {
    expect(standardFieldTraits('Account', field(['Defaulted on create', 'Filter']), true).noFieldSecurity).to.equal('system');
    expect(standardFieldTraits('Account', field(['Filter', 'Nillable'], { type: 'address' }), false).noFieldSecurity).to.equal('compound');
    expect(standardFieldTraits('X', field(['Create', 'Filter'], { relationship: 'master-detail' }), false).noFieldSecurity).to.equal('masterDetail');
  });
});

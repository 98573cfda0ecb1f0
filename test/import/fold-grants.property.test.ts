import { expect } from 'chai';
import fc from 'fast-check';
import { STANDARD_OBJECTS } from '../../src/catalogue/standard-objects.js';
import { USER_PERMISSIONS } from '../../src/catalogue/user-permissions.js';
import { foldGrants } from '../../src/import/fold-grants.js';
import type { FieldAccess, ManifestGrants, ObjectRight } from '../../src/manifest/manifest.js';
import { permissionSetContent } from '../../src/metadata/permission-set.js';
import { readPermissionSet } from '../../src/metadata/read-permission-set.js';
import { buildGrants, GRANT } from '../../src/model/build-grants.js';
import { toMetadataXml } from '../../src/xml/metadata-xml.js';

const RIGHTS: ObjectRight[] = ['read', 'create', 'edit', 'delete', 'viewAll', 'modifyAll', 'viewAllFields'];

/** Standard objects (where dependencies across objects live), but no child whose access follows its parent. */
const objectName = fc.oneof(
  fc.constantFrom(...STANDARD_OBJECTS.map(({ name }) => name).filter((name) => !['OrderItem', 'OpportunityLineItem', 'QuoteLineItem'].includes(name))),
  fc.stringMatching(/^[A-Z][a-z]{1,8}$/).map((name) => `${name}__c`)
);
const fieldName = fc.stringMatching(/^[A-Z][a-z]{1,8}$/).map((name) => `${name}__c`);
const names = (pattern: RegExp) => fc.uniqueArray(fc.stringMatching(pattern), { maxLength: 3, selector: (name) => name.toLowerCase() });

const grantsArbitrary: fc.Arbitrary<ManifestGrants> = fc.record({
  objects: fc
    .uniqueArray(
      fc.tuple(
        objectName,
        fc.record(
          {
            access: fc.subarray(RIGHTS, { minLength: 1 }),
            fields: fc.dictionary(fieldName, fc.constantFrom<FieldAccess>('read', 'edit'), { maxKeys: 3 }),
            recordTypes: names(/^[A-Z][a-z]{1,8}$/),
          },
          { requiredKeys: ['access'] }
        )
      ),
      { maxLength: 4, selector: ([name]) => name.toLowerCase() }
    )
    // Record types only where the object is created or edited: generate refuses them elsewhere (they grant nothing).
    .map((entries) => Object.fromEntries(entries.map(([name, { recordTypes, ...grant }]) => [name, grant.access.some((right) => ['create', 'edit', 'delete', 'modifyAll'].includes(right)) && recordTypes ? { ...grant, recordTypes } : grant]))),
  userPermissions: fc.uniqueArray(fc.constantFrom(...USER_PERMISSIONS), { maxLength: 3 }),
  apexClasses: names(/^[A-Z][A-Za-z]{1,10}$/),
  customPermissions: names(/^[A-Z][A-Za-z_]{1,10}$/),
  customMetadataTypes: names(/^[A-Z][a-z]{1,8}__mdt$/),
  customSettings: names(/^[A-Z][a-z]{1,8}__c$/),
  flows: names(/^[A-Z][A-Za-z_]{1,10}$/),
  externalCredentialPrincipals: names(/^[A-Z][a-z]{1,6}-[A-Z][a-z]{1,6}$/),
});

/** The permission set generate writes for these grants. */
const xmlOf = (grants: ManifestGrants): string => toMetadataXml('PermissionSet', permissionSetContent('PermissionSet', 'Label', 'Description', buildGrants(grants, GRANT)));

describe('foldGrants, for any permission set generate writes (property-based)', () => {
  it('gives back a manifest that generates the same permission set, byte for byte', () => {
    fc.assert(
      fc.property(grantsArbitrary, (grants) => {
        const written = xmlOf(grants);

        const folded = foldGrants(readPermissionSet(written).content);

        expect(folded.remarks).to.deep.equal([]);
        expect(xmlOf(folded.grants)).to.equal(written);
      }),
      { numRuns: 200 }
    );
  });

  it('asks for no right another right of the object brings along', () => {
    fc.assert(
      fc.property(grantsArbitrary, (grants) => {
        for (const { access = [] } of Object.values(foldGrants(readPermissionSet(xmlOf(grants)).content).grants.objects ?? {})) {
          expect(access.every((right) => !buildGrants({ objects: { X__c: { access: access.filter((other) => other !== right) } } }, GRANT).objects[0]?.rights.includes(right))).to.equal(true);
        }
      }),
      { numRuns: 100 }
    );
  });
});

describe('foldGrants', () => {
  it('folds edit into read-and-edit, and leaves Account read to the Contact that needs it', () => {
    const xml = xmlOf({ objects: { Contact: { access: ['read', 'edit'], fields: { Email: 'edit' } } } });

    expect(foldGrants(readPermissionSet(xml).content).grants).to.deep.equal({ objects: { Contact: { access: ['edit'], fields: { Email: 'edit' } } } });
  });

  it('says where a permission set held what generate would write otherwise', () => {
    const xml = [
      '<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">',
      '<objectPermissions><allowEdit>true</allowEdit><allowRead>false</allowRead><object>Invoice__c</object></objectPermissions>',
      '<objectPermissions><allowRead>true</allowRead><object>OrderItem</object></objectPermissions>',
      '<tabSettings><tab>Invoice__c</tab><visibility>Visible</visibility></tabSettings>',
      '</PermissionSet>',
    ].join('');

    const read = readPermissionSet(xml);
    const folded = foldGrants(read.content);

    expect(read.unexpressed).to.deep.equal(['tabSettings']);
    expect(folded.remarks).to.deep.equal([
      { kind: 'incomplete', object: 'Invoice__c', added: ['read'] },
      { kind: 'parentAccess', object: 'OrderItem', parent: 'Order' },
    ]);
    expect(folded.grants).to.deep.equal({ objects: { Invoice__c: { access: ['edit'] } } });
  });

  it('leaves out record types visible on an object the set neither creates nor edits, and says so', () => {
    const xml = '<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata"><objectPermissions><allowRead>true</allowRead><object>Case</object></objectPermissions><recordTypeVisibilities><recordType>Case.Support</recordType><visible>true</visible></recordTypeVisibilities></PermissionSet>';

    const folded = foldGrants(readPermissionSet(xml).content);

    expect(folded.grants).to.deep.equal({ objects: { Case: { access: ['read'] } } });
    expect(folded.remarks).to.deep.equal([{ kind: 'idleRecordTypes', object: 'Case', recordTypes: ['Support'] }]);
  });
});


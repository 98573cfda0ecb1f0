import { expect } from 'chai';
import fc from 'fast-check';
import { STANDARD_OBJECTS } from '../../src/catalogue/standard-objects.js';
import { USER_PERMISSIONS } from '../../src/catalogue/user-permissions.js';
import { buildImport } from '../../src/import/build-import.js';
import { commentsOf } from '../../src/import/import-remarks.js';
import { manifestYaml } from '../../src/import/manifest-yaml.js';
import type { FieldAccess, ManifestGrants, ObjectRight } from '../../src/manifest/manifest.js';
import { validateManifests } from '../../src/manifest/validate-manifests.js';
import { readPermissionSet } from '../../src/metadata/read-permission-set.js';
import { buildGrants, GRANT } from '../../src/model/build-grants.js';
import { buildIntegration } from '../../src/model/build-integration.js';
import type { Grants } from '../../src/model/integration.js';
import { orgPermissionSetXml } from '../builders/legacy-integration-builder.js';

const RIGHTS: ObjectRight[] = ['read', 'create', 'edit', 'delete', 'viewAll', 'modifyAll', 'viewAllFields'];
const WRITES: ObjectRight[] = ['create', 'edit', 'delete', 'modifyAll'];

/** Standard objects (where dependencies across objects live) but no child whose access follows its parent; custom ones. */
const objectName = fc.oneof(
  fc.constantFrom(...STANDARD_OBJECTS.map(({ name }) => name).filter((name) => !['OrderItem', 'OpportunityLineItem', 'QuoteLineItem'].includes(name))),
  fc.stringMatching(/^Zq[a-z]{1,6}[0-9]__c$/)
);
const fieldName = fc.stringMatching(/^Zf[a-z]{1,6}[0-9]__c$/);
const names = (pattern: RegExp) => fc.uniqueArray(fc.stringMatching(pattern), { maxLength: 3, selector: (name) => name.toLowerCase() });

/** What a permission set grants, as a manifest would ask it: the org's permission set is then what the platform makes of it. */
const grantsArbitrary: fc.Arbitrary<ManifestGrants> = fc.record({
  objects: fc
    .uniqueArray(
      fc.tuple(objectName, fc.subarray(RIGHTS, { minLength: 1 }), fc.dictionary(fieldName, fc.constantFrom<FieldAccess>('read', 'edit'), { maxKeys: 3 }), names(/^Zr[a-z]{1,6}$/)),
      { maxLength: 4, selector: ([name]) => name.toLowerCase() }
    )
    .map((entries) =>
      Object.fromEntries(entries.map(([name, access, fields, recordTypes]) => [name, { access, fields, ...(access.some((right) => WRITES.includes(right)) && recordTypes.length > 0 ? { recordTypes } : {}) }]))
    ),
  userPermissions: fc.uniqueArray(fc.constantFrom(...USER_PERMISSIONS), { maxLength: 3 }),
  apexClasses: names(/^Zc[A-Za-z]{1,8}$/),
});

/** The permission set an org holds for those grants: every right the platform requires held, as a retrieve writes it. */
const orgXml = (grants: Grants, label: string): string =>
  orgPermissionSetXml({
    label,
    objects: Object.fromEntries(grants.objects.map(({ object, rights }) => [object, rights])),
    fields: Object.fromEntries(grants.fields.map(({ field, editable }) => [field, editable ? 'edit' : 'read'])),
    userPermissions: grants.userPermissions,
    apexClasses: grants.apexClasses,
    recordTypes: grants.recordTypes,
  });

/** What a permission set grants, order aside: the property compares these. */
const granted = (grants: Grants) => ({
  objects: Object.fromEntries(grants.objects.map(({ object, rights }) => [object, [...rights].sort()])),
  fields: Object.fromEntries(grants.fields.map(({ field, readable, editable }) => [field, [readable, editable]])),
  recordTypes: [...grants.recordTypes].sort(),
  userPermissions: [...grants.userPermissions].sort(),
  apexClasses: [...grants.apexClasses].sort(),
});

describe('buildImport, for any permission set an org holds (property-based)', () => {
  it('writes a manifest whose generated permission sets grant exactly what the org\'s granted, through the YAML a reviewer reads', () => {
    fc.assert(
      fc.property(fc.uniqueArray(grantsArbitrary, { minLength: 1, maxLength: 3 }), fc.boolean(), (sets, keepNames) => {
        const orgGrants = sets.map((grants) => buildGrants(grants, GRANT));
        const plan = buildImport({
          name: 'Zz_Sync',
          keepNames,
          username: 'svc@acme.example',
          permissionSets: orgGrants.map((grants, index) => ({ apiName: `Legacy_Set_${index}`, read: readPermissionSet(orgXml(grants, `Legacy Set ${index}`)) })),
          existingPermissionSets: [],
          groups: [],
          mutes: [],
        });
        expect(plan.problems).to.deep.equal([]);
        const text = manifestYaml(plan.manifest, commentsOf(plan.manifest, plan.remarks));

        const reread = validateManifests([{ file: plan.file, text }]);
        expect(reread.diagnostics).to.deep.equal([]);
        const { value } = buildIntegration(plan.file, reread.manifests[0]!.manifest);

        const generated = new Map(value.permissionSets.map(({ origin, grants }) => [Number(origin[1]), grants]));
        orgGrants.forEach((grants, index) => expect(granted(generated.get(index)!)).to.deep.equal(granted(grants)));
        if (keepNames) expect(value.permissionSets.map(({ apiName }) => apiName).sort()).to.deep.equal(orgGrants.map((_, index) => `Legacy_Set_${index}`));
      }),
      { numRuns: 150 }
    );
  });
});

import { expect } from 'chai';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { planEstate } from '../../src/estate/plan-estate.js';
import { validateManifests } from '../../src/manifest/validate-manifests.js';
import type { Manifest, ManifestGrants, ManifestPermissionSet, ObjectRight } from '../../src/manifest/manifest.js';
import { DEFAULT_LAYOUT } from '../../src/project/output-layout.js';
import type { GeneratedFile } from '../../src/output/render-integration.js';
import { toYaml } from '../builders/manifest-builder.js';
import { METADATA_DIR } from '../builders/project-builder.js';
import { metadataSchemaAvailable, schemaErrors } from '../support/metadata-schema.js';

/*
 * The grants beyond objects, fields and permissions (record types, custom metadata types, custom settings,
 * flows, external credential principals) and existing permission sets, for any valid manifest.
 */

const LAYOUT = { ...DEFAULT_LAYOUT, metadataDir: METADATA_DIR };

const apiName = fc.stringMatching(/^[A-Za-z](?:_?[A-Za-z0-9]){0,10}$/);
const namespaced = fc.tuple(fc.constantFrom('', 'acme__'), apiName).map(([namespace, name]) => `${namespace}${name}`);
const uniqueNames = (arbitrary: fc.Arbitrary<string>, maxLength: number) => fc.uniqueArray(arbitrary, { maxLength, selector: (name) => name.toLowerCase() });
const principal = fc.tuple(apiName, fc.stringMatching(/^[A-Za-z0-9_](?:[A-Za-z0-9_ ]{0,10}[A-Za-z0-9_])?$/)).map(([credential, name]) => `${credential}-${name}`);
/** Record types need create or edit on their object, so every generated object has one of them. */
const WRITES: ObjectRight[] = ['create', 'edit', 'delete'];

const permissionSet = (name: string): fc.Arbitrary<ManifestPermissionSet> =>
  fc.record(
    {
      name: fc.constant(name),
      objects: fc
        .uniqueArray(fc.tuple(namespaced.map((object) => `${object}__c`), fc.subarray(WRITES, { minLength: 1 }), uniqueNames(namespaced, 3)), {
          maxLength: 3,
          selector: ([object]) => object.toLowerCase(),
        })
        .map((entries) => Object.fromEntries(entries.map(([object, access, recordTypes]) => [object, { access, recordTypes }]))),
      customMetadataTypes: uniqueNames(namespaced.map((type) => `${type}__mdt`), 3),
      customSettings: uniqueNames(namespaced.map((setting) => `${setting}__c`), 3),
      flows: uniqueNames(namespaced, 3),
      externalCredentialPrincipals: uniqueNames(principal, 3),
    },
    { requiredKeys: ['name'] }
  );

/** Existing permission sets are namespaced: a generated API name never holds a double underscore. */
const existing = uniqueNames(apiName.map((name) => `pkg__${name}`), 3);

/** What the group mutes: a part of the first permission set's grants. */
const muteOf = (entry: ManifestPermissionSet, keep: (index: number) => boolean): ManifestGrants => ({
  objects: Object.fromEntries(Object.entries(entry.objects ?? {}).map(([object, grant]) => [object, { recordTypes: (grant.recordTypes ?? []).filter((_, index) => keep(index)) }])),
  flows: (entry.flows ?? []).filter((_, index) => keep(index)),
  customSettings: (entry.customSettings ?? []).filter((_, index) => keep(index)),
});

const manifest: fc.Arbitrary<Manifest> = fc
  .tuple(apiName.filter((name) => name.length <= 20), fc.uniqueArray(apiName, { minLength: 1, maxLength: 3, selector: (name) => name.toLowerCase() }), existing, fc.boolean())
  .chain(([name, setNames, existingPermissionSets, muting]) =>
    fc.tuple(...setNames.map(permissionSet)).map(
      (permissionSets): Manifest => ({
        name,
        contact: 'integrations@acme.example',
        user: { username: `svc.${name.toLowerCase()}@acme.example` },
        permissionSets,
        ...(existingPermissionSets.length > 0 ? { existingPermissionSets } : {}),
        ...(muting ? { mute: muteOf(permissionSets[0]!, (index) => index % 2 === 0) } : {}),
      })
    )
  );

const plan = (value: unknown): GeneratedFile[] => {
  const result = planEstate(validateManifests([{ file: 'integrations/generated.yaml', text: toYaml(value) }]), new Map(), LAYOUT);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.files;
};

const LISTS = ['recordTypeVisibilities', 'customMetadataTypeAccesses', 'customSettingAccesses', 'flowAccesses', 'externalCredentialPrincipalAccesses', 'permissionSets'];
const parser = new XMLParser({ isArray: (name) => LISTS.includes(name), parseTagValue: false });

type Parsed = {
  recordTypeVisibilities?: Array<{ recordType: string; visible: string }>;
  customMetadataTypeAccesses?: Array<{ name: string; enabled: string }>;
  customSettingAccesses?: Array<{ name: string; enabled: string }>;
  flowAccesses?: Array<{ flow: string; enabled: string }>;
  externalCredentialPrincipalAccesses?: Array<{ externalCredentialPrincipal: string; enabled: string }>;
};

/** What a permission set (or muting permission set) file grants, read back from its XML; every entry enabled. */
const grantsOf = (xml: string, root: string): Record<string, string[]> => {
  const parsed = (parser.parse(xml) as Record<string, Parsed>)[root]!;
  const entries = [
    ...(parsed.recordTypeVisibilities ?? []).map(({ visible }) => visible),
    ...[parsed.customMetadataTypeAccesses, parsed.customSettingAccesses, parsed.flowAccesses, parsed.externalCredentialPrincipalAccesses].flatMap((list) => (list ?? []).map(({ enabled }) => enabled)),
  ];
  expect(entries.every((flag) => flag === 'true')).to.equal(true);
  return {
    recordTypes: (parsed.recordTypeVisibilities ?? []).map(({ recordType }) => recordType),
    customMetadataTypes: (parsed.customMetadataTypeAccesses ?? []).map(({ name }) => name),
    customSettings: (parsed.customSettingAccesses ?? []).map(({ name }) => name),
    flows: (parsed.flowAccesses ?? []).map(({ flow }) => flow),
    externalCredentialPrincipals: (parsed.externalCredentialPrincipalAccesses ?? []).map(({ externalCredentialPrincipal }) => externalCredentialPrincipal),
  };
};

const sorted = (names: readonly string[]): string[] => [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** What the manifest asks for, as permission sets name it, sorted by code point as generate writes it. */
const askedOf = (grants: ManifestGrants): Record<string, string[]> => ({
  recordTypes: sorted(Object.entries(grants.objects ?? {}).flatMap(([object, grant]) => (grant.recordTypes ?? []).map((recordType) => `${object}.${recordType}`))),
  customMetadataTypes: sorted(grants.customMetadataTypes ?? []),
  customSettings: sorted(grants.customSettings ?? []),
  flows: sorted(grants.flows ?? []),
  externalCredentialPrincipals: sorted(grants.externalCredentialPrincipals ?? []),
});

const fileOf = (files: readonly GeneratedFile[], suffix: string): GeneratedFile => {
  const file = files.find(({ path }) => path.endsWith(suffix));
  expect(file, suffix).not.to.equal(undefined);
  return file!;
};

describe('planEstate, for any valid manifest with the newer grants (property-based)', () => {
  it('grants exactly the record types, custom metadata types, custom settings, flows and principals each permission set asks', () => {
    fc.assert(
      fc.property(manifest, (value) => {
        const files = plan(value);
        for (const entry of value.permissionSets) {
          expect(grantsOf(fileOf(files, `/${value.name}_${entry.name}.permissionset-meta.xml`).content, 'PermissionSet')).to.deep.equal(askedOf(entry));
        }
      }),
      { numRuns: 150 }
    );
  });

  it('mutes exactly what the manifest mutes', () => {
    fc.assert(
      fc.property(
        manifest.filter((value) => value.mute !== undefined),
        (value) => {
          const muting = fileOf(plan(value), `/${value.name}_Muted.mutingpermissionset-meta.xml`);
          expect(grantsOf(muting.content, 'MutingPermissionSet')).to.deep.equal(askedOf(value.mute!));
        }
      ),
      { numRuns: 100 }
    );
  });

  it('has the group list every generated and every existing permission set, and generates none of the existing ones', () => {
    fc.assert(
      fc.property(manifest, (value) => {
        const files = plan(value);
        const group = parser.parse(fileOf(files, `/${value.name}.permissionsetgroup-meta.xml`).content) as { PermissionSetGroup: { permissionSets: string[] } };
        const expected = sorted([...value.permissionSets.map(({ name }) => `${value.name}_${name}`), ...(value.existingPermissionSets ?? [])]);

        expect(group.PermissionSetGroup.permissionSets).to.deep.equal(expected);
        for (const name of value.existingPermissionSets ?? []) expect(files.some(({ path }) => path.includes(name))).to.equal(false);
      }),
      { numRuns: 150 }
    );
  });

  it('gives the same bytes whatever the order of list entries', () => {
    fc.assert(
      fc.property(manifest, (value) => {
        const reversed = structuredClone(value);
        reversed.existingPermissionSets?.reverse();
        for (const entry of reversed.permissionSets) {
          for (const list of ['customMetadataTypes', 'customSettings', 'flows', 'externalCredentialPrincipals'] as const) entry[list]?.reverse();
          for (const grant of Object.values(entry.objects ?? {})) grant.recordTypes?.reverse();
        }
        expect(plan(reversed)).to.deep.equal(plan(value));
      }),
      { numRuns: 100 }
    );
  });

  it('writes XML that validates against the Metadata API schema', async function () {
    if (!metadataSchemaAvailable()) this.skip();
    const xml = fc
      .sample(manifest, { numRuns: 60, seed: 2026 })
      .flatMap((value, index) => plan(value).filter(({ path }) => path.endsWith('-meta.xml')).map(({ path, content }) => ({ path: `${index}-${path}`, content })));

    expect(await schemaErrors(xml)).to.deep.equal([]);
  });
});

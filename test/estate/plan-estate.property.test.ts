import { USER_PERMISSIONS } from '../../src/catalogue/user-permissions.js';
import { expect } from 'chai';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { planEstate } from '../../src/estate/plan-estate.js';
import { validateManifests } from '../../src/manifest/validate-manifests.js';
import type { FieldAccess, Manifest, ManifestPermissionSet, ObjectRight } from '../../src/manifest/manifest.js';
import { withRequiredRights } from '../../src/model/object-rights.js';
import { DEFAULT_LAYOUT } from '../../src/project/output-layout.js';
import type { GeneratedFile } from '../../src/output/render-integration.js';
import { toYaml } from '../builders/manifest-builder.js';
import { METADATA_DIR } from '../builders/project-builder.js';
import { metadataSchemaAvailable, schemaErrors } from '../support/metadata-schema.js';

const LAYOUT = { ...DEFAULT_LAYOUT, metadataDir: METADATA_DIR };

const planYaml = (value: unknown) => planEstate(validateManifests([{ file: 'integrations/generated.yaml', text: toYaml(value) }]), new Map(), LAYOUT);
const RIGHTS: ObjectRight[] = ['read', 'create', 'edit', 'delete', 'viewAll', 'modifyAll', 'viewAllFields'];

const apiName = fc.stringMatching(/^[A-Za-z](?:_?[A-Za-z0-9]){0,10}$/);
const componentName = fc.tuple(apiName, fc.constantFrom('', '__c')).map(([name, suffix]) => `${name}${suffix}`);
const uniqueNames = (arbitrary: fc.Arbitrary<string>, maxLength: number) =>
  fc.uniqueArray(arbitrary, { maxLength, selector: (name) => name.toLowerCase() });
/**
 * Custom names of objects or fields: a standard-looking random name would be a typo of a standard one (`Acount`),
 * which name resolution rightly refuses; custom names the project does not define are notes, not errors.
 */
const customName = apiName.map((name) => `${name}__c`);
const dictionary = <T>(value: fc.Arbitrary<T>, maxKeys: number) =>
  fc.uniqueArray(fc.tuple(customName, value), { maxLength: maxKeys, selector: ([key]) => key.toLowerCase() }).map((entries) => Object.fromEntries(entries));

const objectGrant = fc.record(
  {
    access: fc.subarray(RIGHTS, { minLength: 1 }),
    fields: dictionary(fc.constantFrom<FieldAccess>('read', 'edit'), 6),
  },
  { requiredKeys: ['access'] }
);

const permissionSet = (name: string): fc.Arbitrary<ManifestPermissionSet> =>
  fc.record(
    {
      name: fc.constant(name),
      label: fc.string({ minLength: 1, maxLength: 80 }).filter((label) => label.trim() === label && label !== ''),
      objects: dictionary(objectGrant, 5),
      userPermissions: uniqueNames(fc.constantFrom(...USER_PERMISSIONS), 4),
      apexClasses: uniqueNames(componentName, 3),
      customPermissions: uniqueNames(componentName, 3),
    },
    { requiredKeys: ['name', 'objects'] }
  );

const octet = fc.integer({ min: 0, max: 255 });
const address = fc.tuple(octet, octet, octet, octet).map((octets) => octets.join('.'));
const ipNumber = (ip: string): number => ip.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
const ipRange = fc.tuple(address, address, fc.option(fc.string({ maxLength: 40 }), { nil: undefined })).map(([a, b, description]) => {
  const [start, end] = ipNumber(a) <= ipNumber(b) ? [a, b] : [b, a];
  return { start, end, ...(description === undefined ? {} : { description }) };
});
const appOverrides = {
  scopes: fc.uniqueArray(fc.constantFrom('api', 'refresh_token', 'offline_access', 'full', 'web', 'openid', 'email', 'chatter_api'), { minLength: 1, maxLength: 4 }),
  callbackUrl: fc.webUrl({ validSchemes: ['https'] }).filter((url) => !/\s/.test(url) && url.length < 200),
  ipRanges: fc.array(ipRange, { maxLength: 3 }),
  refreshToken: fc.constantFrom('zero', 'infinite', '8h', '7d', '3mo'),
};
/** A client-credentials app (a JWT app needs a certificate file: the golden examples cover it). */
const app = fc.record({ type: fc.constantFrom('externalClientApp' as const, 'connectedApp' as const), ...appOverrides }, { requiredKeys: [] });
const environment = fc.record(
  { user: fc.record({ username: fc.constant('svc.env@acme.example'), lastName: fc.string({ minLength: 1, maxLength: 40 }) }, { requiredKeys: [] }), app: fc.record(appOverrides, { requiredKeys: [] }) },
  { requiredKeys: [] }
);

/** Any valid manifest: the names short enough that derived API names fit in 80 characters. */
const manifest: fc.Arbitrary<Manifest> = fc
  .tuple(apiName.filter((name) => name.length <= 20), fc.uniqueArray(apiName, { minLength: 1, maxLength: 4, selector: (name) => name.toLowerCase() }))
  .chain(([name, setNames]) =>
    fc
      .record(
        {
          name: fc.constant(name),
          contact: fc.constant('integrations@acme.example'),
          description: fc.string({ maxLength: 255 }),
          user: fc.record({ username: fc.constant(`svc.${name.toLowerCase()}@acme.example`) }),
          permissionSets: fc.tuple(...setNames.map(permissionSet)),
          app,
          environments: fc.dictionary(fc.constantFrom('uat', 'qa', 'prod'), environment, { maxKeys: 3 }),
        },
        { requiredKeys: ['name', 'contact', 'user', 'permissionSets'] }
      )
      // Environments override an app only where there is one.
      .map((value) => (value.app ? value : { ...value, environments: Object.fromEntries(Object.entries(value.environments ?? {}).map(([key, env]) => [key, { ...(env.user ? { user: env.user } : {}) }])) }))
  );

/** The same manifest with every mapping's keys and every list in another order. */
const shuffled = (value: unknown, random: () => number): unknown => {
  const shuffle = <T>(items: T[]): T[] => items.map((item) => ({ item, key: random() })).sort((a, b) => a.key - b.key).map(({ item }) => item);
  if (Array.isArray(value)) return shuffle(value.map((item) => shuffled(item, random)));
  if (value !== null && typeof value === 'object') return Object.fromEntries(shuffle(Object.entries(value).map(([key, item]) => [key, shuffled(item, random)])));
  return value;
};

const seeded = (seed: number) => {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
};

const plan = (value: unknown): GeneratedFile[] => {
  const result = planYaml(value);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.files;
};

const parser = new XMLParser({ isArray: (name) => ['objectPermissions', 'fieldPermissions', 'userPermissions', 'classAccesses', 'customPermissions'].includes(name), parseTagValue: false });

type ParsedPermissionSet = {
  objectPermissions?: Array<Record<string, string>>;
  fieldPermissions?: Array<{ field: string; readable: string; editable: string }>;
  userPermissions?: Array<{ name: string }>;
  classAccesses?: Array<{ apexClass: string }>;
  customPermissions?: Array<{ name: string }>;
};

const RIGHT_ELEMENTS: Record<ObjectRight, string> = {
  read: 'allowRead',
  create: 'allowCreate',
  edit: 'allowEdit',
  delete: 'allowDelete',
  viewAll: 'viewAllRecords',
  modifyAll: 'modifyAllRecords',
  viewAllFields: 'viewAllFields',
};

/** What a permission set file grants, read back from its XML. */
const grantsOf = (xml: string): Record<string, unknown> => {
  const parsed = (parser.parse(xml) as { PermissionSet: ParsedPermissionSet }).PermissionSet;
  return {
    objects: Object.fromEntries(
      (parsed.objectPermissions ?? []).map((entry) => [entry.object, RIGHTS.filter((right) => entry[RIGHT_ELEMENTS[right]] === 'true')])
    ),
    fields: Object.fromEntries((parsed.fieldPermissions ?? []).map(({ field, readable, editable }): [string, string] => [field, `${readable}/${editable}`])),
    userPermissions: (parsed.userPermissions ?? []).map(({ name }) => name).sort(),
    apexClasses: (parsed.classAccesses ?? []).map(({ apexClass }) => apexClass).sort(),
    customPermissions: (parsed.customPermissions ?? []).map(({ name }) => name).sort(),
  };
};

/** What the manifest asks a permission set to grant, with the platform's dependencies written out. */
const askedOf = (entry: ManifestPermissionSet) => {
  const objects = Object.entries(entry.objects ?? {});
  return {
    objects: Object.fromEntries(objects.map(([object, grant]) => [object, withRequiredRights(grant.access ?? [])])),
    fields: Object.fromEntries(
      objects.flatMap(([object, grant]) => Object.entries(grant.fields ?? {}).map(([field, access]) => [`${object}.${field}`, access === 'edit' ? 'true/true' : 'true/false']))
    ),
    userPermissions: [...(entry.userPermissions ?? [])].sort(),
    apexClasses: [...(entry.apexClasses ?? [])].sort(),
    customPermissions: [...(entry.customPermissions ?? [])].sort(),
  };
};

describe('planEstate, for any valid manifest (property-based)', () => {
  it('grants exactly what each permission set asks, with its dependencies, and nothing more', () => {
    fc.assert(
      fc.property(manifest, (value) => {
        const files = plan(value);
        for (const entry of value.permissionSets) {
          const file = files.find(({ path }) => path.endsWith(`/${value.name}_${entry.name}.permissionset-meta.xml`));
          expect(file, entry.name).not.to.equal(undefined);
          expect(grantsOf(file!.content)).to.deep.equal(askedOf(entry));
        }
        expect(files.filter(({ path }) => path.endsWith('.permissionset-meta.xml'))).to.have.length(value.permissionSets.length);
      }),
      { numRuns: 150 }
    );
  });

  it('gives the same bytes whatever the order of keys and list entries', () => {
    fc.assert(
      fc.property(manifest, fc.integer(), (value, seed) => {
        expect(plan(shuffled(value, seeded(seed)))).to.deep.equal(plan(value));
      }),
      { numRuns: 150 }
    );
  });

  it('writes XML that validates against the Metadata API schema', async function () {
    if (!metadataSchemaAvailable()) this.skip();
    const samples = fc.sample(manifest, { numRuns: 60, seed: 2026 });
    const xml = samples.flatMap((value, index) =>
      plan(value)
        .filter(({ path }) => path.endsWith('-meta.xml'))
        .map(({ path, content }) => ({ path: `${index}-${path}`, content }))
    );

    expect(await schemaErrors(xml)).to.deep.equal([]);
  });

  describe('secrets', () => {
    const secret = fc.oneof(
      fc.stringMatching(/^[0-9A-F]{64}$/),
      fc.stringMatching(/^3MVG9[A-Za-z0-9_.]{40,80}$/),
      fc.constantFrom('-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----', '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----')
    );

    /** Every place in a manifest that holds a string, as a path from the root. */
    const stringPaths = (value: unknown, path: Array<string | number> = []): Array<Array<string | number>> => {
      if (typeof value === 'string') return [path];
      if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => stringPaths(child, [...path, Array.isArray(value) ? Number(key) : key]));
      return [];
    };

    const plant = (value: unknown, path: ReadonlyArray<string | number>, planted: string): unknown => {
      const copy = structuredClone(value) as Record<string | number, unknown>;
      let node = copy;
      path.slice(0, -1).forEach((segment) => (node = node[segment] as Record<string | number, unknown>));
      node[path.at(-1)!] = `see ${planted} here`;
      return copy;
    };

    it('refuses a secret-shaped value wherever it stands, and never repeats it in an error', () => {
      fc.assert(
        fc.property(manifest, secret, fc.nat(), (value, planted, pick) => {
          const paths = stringPaths(value);
          const result = planYaml(plant(value, paths[pick % paths.length]!, planted));

          expect(result.ok).to.equal(false);
          if (!result.ok) expect(JSON.stringify(result.diagnostics)).not.to.contain(planted.slice(0, 24));
        }),
        { numRuns: 200 }
      );
    });

    it('refuses a certificate file that holds a private key, and never repeats it', () => {
      fc.assert(
        fc.property(manifest, secret.filter((planted) => planted.includes('PRIVATE KEY')), (value, planted) => {
          const jwt = { ...value, app: { flow: 'jwtBearer' as const, certificate: 'certs/app.crt' }, environments: {} };
          const result = planEstate(validateManifests([{ file: 'integrations/generated.yaml', text: toYaml(jwt) }]), new Map([['certs/app.crt', planted]]), LAYOUT);

          expect(result.ok).to.equal(false);
          if (!result.ok) expect(JSON.stringify(result.diagnostics)).not.to.contain(planted.slice(0, 24));
        }),
        { numRuns: 50 }
      );
    });

    it('writes nothing secret-shaped, whatever valid manifest it is given', () => {
      fc.assert(
        fc.property(manifest, (value) => {
          for (const { path, content } of plan(value)) {
            expect(content, path).not.to.match(/PRIVATE KEY|consumerSecret|consumerKey|\b3MVG9|(?<![A-Za-z0-9])[0-9A-Fa-f]{64}(?![A-Za-z0-9])/);
          }
        }),
        { numRuns: 100 }
      );
    });
  });
});

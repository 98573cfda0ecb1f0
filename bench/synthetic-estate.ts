import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import type { FieldAccess, Manifest, ManifestObjectGrant, ObjectRight } from '../src/manifest/manifest.js';
import { MANIFESTS_DIR } from '../src/project/project-layout.js';

/** How big the estate is. The product of the four is the number of field permissions. */
export type EstateShape = {
  integrations: number;
  permissionSetsPerIntegration: number;
  objectsPerPermissionSet: number;
  fieldsPerObject: number;
};

/** 120 x 2 x 20 x 50 = 240,000 field permissions: a large org's worth of integrations, the estate issue 13 measured. */
export const DEFAULT_SHAPE: EstateShape = {
  integrations: 120,
  permissionSetsPerIntegration: 2,
  objectsPerPermissionSet: 20,
  fieldsPerObject: 50,
};

export type EstateCounts = {
  integrations: number;
  permissionSets: number;
  fieldPermissions: number;
};

/** Enough distinct objects that permission sets overlap only in part, as real integrations do. */
const OBJECT_POOL = 99;

/** Object rights in rotation, so the XML carries every flag and not one repeated pattern. */
const OBJECT_ACCESS: ReadonlyArray<ObjectRight[]> = [['read'], ['read', 'create', 'edit'], ['read', 'create', 'edit', 'delete'], ['read', 'viewAll']];

/** Every fifth integration mutes a field, so the muting permission set path is measured too. */
const MUTE_EVERY = 5;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const integrationName = (index: number): string => `Integration_${pad(index, 3)}`;

const objectName = (integration: number, permissionSet: number, object: number): string =>
  // A stride by integration and permission set, consecutive within one: distinct within a permission set
  // (it holds fewer objects than the pool), shared between some.
  `Object_${pad(((integration * 7 + permissionSet * 20 + object) % OBJECT_POOL) + 1, 2)}__c`;

const fieldName = (field: number): string => `Field_${pad(field, 3)}__c`;

const objectGrant = (shape: EstateShape, integration: number, object: number): ManifestObjectGrant => {
  const fields: Record<string, FieldAccess> = {};
  for (let field = 1; field <= shape.fieldsPerObject; field++) {
    fields[fieldName(field)] = (integration + object + field) % 3 === 0 ? 'edit' : 'read';
  }
  return { access: OBJECT_ACCESS[(integration + object) % OBJECT_ACCESS.length]!, fields };
};

/** One integration's manifest; a function of its index alone, so every run builds the same estate. */
export const manifestFor = (shape: EstateShape, index: number): Manifest => {
  const name = integrationName(index);
  const slug = name.toLowerCase().replace(/_/g, '-');
  const permissionSets = Array.from({ length: shape.permissionSetsPerIntegration }, (_, p) => {
    const objects: Record<string, ManifestObjectGrant> = {};
    for (let object = 1; object <= shape.objectsPerPermissionSet; object++) {
      objects[objectName(index, p, object)] = objectGrant(shape, index, object);
    }
    return { name: `Function_${p + 1}`, description: `Synthetic function ${p + 1} of ${name}`, objects, userPermissions: ['ApiEnabled'] };
  });
  const firstObject = objectName(index, 0, 1);
  return {
    name,
    description: `Synthetic integration ${index} for the benchmark`,
    contact: `team-${pad(index % 10, 2)}@bench.example`,
    user: { username: `svc.${slug}@bench.example` },
    permissionSets,
    ...(index % MUTE_EVERY === 0 ? { mute: { objects: { [firstObject]: { fields: { [fieldName(1)]: 'read' as const } } } } } : {}),
  };
};

export const countsOf = (shape: EstateShape): EstateCounts => {
  const permissionSets = shape.integrations * shape.permissionSetsPerIntegration;
  return { integrations: shape.integrations, permissionSets, fieldPermissions: permissionSets * shape.objectsPerPermissionSet * shape.fieldsPerObject };
};

/** Writes sfdx-project.json and one YAML manifest per integration under projectDir. */
export const writeProject = async (projectDir: string, manifests: readonly Manifest[]): Promise<void> => {
  const sfdxProject = { packageDirectories: [{ path: 'force-app', default: true }], name: 'bench', namespace: '', sourceApiVersion: '66.0' };
  await writeFile(join(projectDir, 'sfdx-project.json'), `${JSON.stringify(sfdxProject, null, 2)}\n`);
  await mkdir(join(projectDir, MANIFESTS_DIR));
  await Promise.all(
    manifests.map((manifest) => writeFile(join(projectDir, MANIFESTS_DIR, `${manifest.name.toLowerCase()}.yaml`), dump(manifest, { lineWidth: -1, noRefs: true })))
  );
};

export const writeEstate = async (projectDir: string, shape: EstateShape = DEFAULT_SHAPE): Promise<EstateCounts> => {
  await writeProject(projectDir, Array.from({ length: shape.integrations }, (_, i) => manifestFor(shape, i + 1)));
  return countsOf(shape);
};

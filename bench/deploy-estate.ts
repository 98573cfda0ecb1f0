import type { FieldAccess, Manifest, ManifestObjectGrant, ManifestPermissionSet, ObjectRight } from '../src/manifest/manifest.js';
import { integrationName } from './synthetic-estate.js';

/**
 * An estate made for deploying: many components, each small, so that the time goes to the deploy and not
 * to generating or parsing large permission sets (the generate benchmark covers those).
 */
export type DeployEstateShape = {
  integrations: number;
  permissionSetsPerIntegration: number;
  objectsPerPermissionSet: number;
  fieldsPerObject: number;
  /** Every n-th integration has an External Client App (five components). */
  appEvery: number;
  /** Every n-th integration mutes a field (a muting permission set). */
  muteEvery: number;
};

/** 250 x (3 permission sets + 1 group) + 10 apps x 5 + 25 muting permission sets = 1,075 components. */
export const DEPLOY_SHAPE: DeployEstateShape = {
  integrations: 250,
  permissionSetsPerIntegration: 3,
  objectsPerPermissionSet: 2,
  fieldsPerObject: 3,
  appEvery: 25,
  muteEvery: 10,
};

/** Components of the External Client App: the app, its two OAuth settings and its two policies. */
const APP_COMPONENTS = 5;

const OBJECT_POOL = 20;

/** Rights that validate accepts without a justification: delete and View All would block the deploy. */
const OBJECT_ACCESS: ReadonlyArray<ObjectRight[]> = [['read'], ['read', 'create', 'edit']];

const objectName = (index: number): string => `Deploy_Object_${String((index % OBJECT_POOL) + 1).padStart(2, '0')}__c`;

const fieldName = (field: number): string => `Field_${field}__c`;

const permissionSet = (shape: DeployEstateShape, integration: number, set: number): ManifestPermissionSet => {
  const objects: Record<string, ManifestObjectGrant> = {};
  for (let object = 0; object < shape.objectsPerPermissionSet; object++) {
    const fields: Record<string, FieldAccess> = {};
    for (let field = 1; field <= shape.fieldsPerObject; field++) fields[fieldName(field)] = (integration + field) % 2 === 0 ? 'edit' : 'read';
    objects[objectName(integration + set * shape.objectsPerPermissionSet + object)] = { access: OBJECT_ACCESS[(integration + object) % OBJECT_ACCESS.length]!, fields };
  }
  return { name: `Function_${set + 1}`, objects, userPermissions: ['ApiEnabled'] };
};

/** One integration's manifest; a function of its index alone, so every run deploys the same estate. */
const manifestFor = (shape: DeployEstateShape, index: number): Manifest => {
  const name = integrationName(index);
  return {
    name,
    contact: 'integrations@bench.example',
    user: { username: `svc.${name.toLowerCase().replace(/_/g, '-')}@bench.example` },
    permissionSets: Array.from({ length: shape.permissionSetsPerIntegration }, (_, set) => permissionSet(shape, index, set)),
    ...(index % shape.muteEvery === 0 ? { mute: { objects: { [objectName(index)]: { fields: { [fieldName(1)]: 'read' as const } } } } } : {}),
    ...(index % shape.appEvery === 0 ? { app: {} } : {}),
  };
};

export const deployManifests = (shape: DeployEstateShape): Manifest[] => Array.from({ length: shape.integrations }, (_, i) => manifestFor(shape, i + 1));

/** What the org must have for the deploy to succeed: every object and field the estate grants, none required. */
export const deploySchemaAdditions = (shape: DeployEstateShape): Record<string, string[]> => {
  const fields = Array.from({ length: shape.fieldsPerObject }, (_, i) => fieldName(i + 1));
  return Object.fromEntries(Array.from({ length: OBJECT_POOL }, (_, i) => [objectName(i), fields]));
};

export const expectedComponents = (shape: DeployEstateShape): number => {
  const count = (every: number): number => Math.floor(shape.integrations / every);
  return shape.integrations * (shape.permissionSetsPerIntegration + 1) + count(shape.appEvery) * APP_COMPONENTS + count(shape.muteEvery);
};

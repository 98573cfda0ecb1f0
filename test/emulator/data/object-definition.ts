import type { FieldDefinition } from '../org-schema.js';

/** Which REST API serves an object: /query and /sobjects, /tooling/query and /tooling/sobjects, or both. */
export type ApiSurface = 'data' | 'tooling';

/**
 * An sObject as the emulated org knows it: what describe says of it and which calls it supports. The
 * setup objects are written out in catalogue/; the business objects come from the org's schema.
 */
export type ObjectDefinition = {
  name: string;
  label: string;
  labelPlural: string;
  /** The 3 characters every Id of this object starts with; null for objects without Ids (UserPermissionAccess). */
  keyPrefix: string | null;
  fields: Readonly<Record<string, FieldDefinition>>;
  apis: readonly ApiSurface[];
  createable: boolean;
  updateable: boolean;
  deletable: boolean;
  custom: boolean;
  /** Deleted rows stay, IsDeleted true, for queryAll (the Recycle Bin); setup objects are deleted outright. */
  recycleBin: boolean;
};

export type ObjectOptions = Partial<Omit<ObjectDefinition, 'name' | 'keyPrefix' | 'fields'>>;

/** An object with the supported calls of most setup objects: query and describe, no writes unless said. */
export const defineObject = (name: string, keyPrefix: string | null, fields: Readonly<Record<string, FieldDefinition>>, options: ObjectOptions = {}): ObjectDefinition => ({
  name,
  label: options.label ?? name.replace(/([a-z])([A-Z])/g, '$1 $2'),
  labelPlural: options.labelPlural ?? `${options.label ?? name.replace(/([a-z])([A-Z])/g, '$1 $2')}s`,
  keyPrefix,
  fields,
  apis: options.apis ?? ['data', 'tooling'],
  createable: options.createable ?? false,
  updateable: options.updateable ?? false,
  deletable: options.deletable ?? false,
  custom: options.custom ?? name.endsWith('__c'),
  recycleBin: options.recycleBin ?? false,
});

/** Field shorthands for the catalogue: the traits describe shows for them follow from these (field-traits.ts). */
export const text = (extra: FieldDefinition = {}): FieldDefinition => ({ type: 'string', ...extra });
export const flag = (extra: FieldDefinition = {}): FieldDefinition => ({ type: 'boolean', ...extra });
export const count = (extra: FieldDefinition = {}): FieldDefinition => ({ type: 'int', ...extra });
export const timestamp = (extra: FieldDefinition = {}): FieldDefinition => ({ type: 'datetime', ...extra });
export const picklist = (extra: FieldDefinition = {}): FieldDefinition => ({ type: 'picklist', ...extra });
export const reference = (to: string | readonly string[], relationshipName: string, extra: FieldDefinition = {}): FieldDefinition => ({
  type: 'reference',
  referenceTo: typeof to === 'string' ? [to] : to,
  relationshipName,
  ...extra,
});
/** Set by the platform, never by a client. */
export const READ_ONLY: FieldDefinition = { createable: false, updateable: false };
/** Given on create, fixed afterwards. */
export const CREATE_ONLY: FieldDefinition = { updateable: false };

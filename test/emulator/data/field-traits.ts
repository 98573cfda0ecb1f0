import type { FieldDefinition, FieldType, FieldValue } from '../org-schema.js';

/** A field as describe returns it (the traits a client checks names and access against). */
export type DescribedField = {
  name: string;
  label: string;
  type: FieldType;
  nillable: boolean;
  createable: boolean;
  updateable: boolean;
  calculated: boolean;
  permissionable: boolean;
  defaultedOnCreate: boolean;
  filterable: boolean;
  custom: boolean;
  unique: boolean;
  referenceTo: string[];
  relationshipName: string | null;
  relationshipOrder: number | null;
  defaultValue: FieldValue;
};

/** Fields every object has; the platform sets them, and Salesforce refuses FLS on them. */
export const SYSTEM_FIELDS: Readonly<Record<string, FieldDefinition>> = {
  Id: { type: 'id', createable: false, updateable: false, nillable: false, permissionable: false },
  IsDeleted: { type: 'boolean', createable: false, updateable: false, permissionable: false },
  CreatedDate: { type: 'datetime', createable: false, updateable: false, nillable: false, permissionable: false },
  CreatedById: { referenceTo: ['User'], relationshipName: 'CreatedBy', createable: false, updateable: false, nillable: false, permissionable: false },
  LastModifiedDate: { type: 'datetime', createable: false, updateable: false, nillable: false, permissionable: false },
  LastModifiedById: { referenceTo: ['User'], relationshipName: 'LastModifiedBy', createable: false, updateable: false, nillable: false, permissionable: false },
  SystemModstamp: { type: 'datetime', createable: false, updateable: false, nillable: false, permissionable: false },
};

const labelOf = (name: string): string =>
  name
    .replace(/__c$/, '')
    .replace(/Id$/, ' ID')
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2');

/** The access traits that follow from what a field is, unless its definition says otherwise. */
type AccessTraits = Pick<DescribedField, 'nillable' | 'createable' | 'updateable' | 'permissionable' | 'defaultedOnCreate'>;

/**
 * Booleans are never null and default on create; Ids and formula fields are read-only; required fields, Ids
 * and master-detail fields cannot carry field-level security (the deploy rule refuses FLS on required ones).
 */
const accessTraits = (type: FieldType, definition: FieldDefinition): AccessTraits => {
  const isId = type === 'id';
  const isBoolean = type === 'boolean';
  const calculated = definition.calculated === true;
  const required = definition.required === true;
  const masterDetail = definition.relationshipOrder !== undefined;
  return {
    nillable: definition.nillable ?? !(required || isBoolean || isId || masterDetail),
    createable: definition.createable ?? !(calculated || isId),
    updateable: definition.updateable ?? !(calculated || isId || masterDetail),
    permissionable: definition.permissionable ?? !(required || isId || masterDetail),
    defaultedOnCreate: definition.defaultedOnCreate ?? (isBoolean || definition.defaultValue !== undefined),
  };
};

/** The traits describe shows for a field, defaults filled in the way Salesforce's describe reads for standard fields. */
export const describeField = (name: string, definition: FieldDefinition): DescribedField => {
  const type = definition.type ?? (definition.referenceTo ? 'reference' : 'string');
  const { nillable, createable, updateable, permissionable, defaultedOnCreate } = accessTraits(type, definition);
  return {
    name,
    label: definition.label ?? labelOf(name),
    type,
    nillable,
    createable,
    updateable,
    calculated: definition.calculated ?? false,
    permissionable,
    defaultedOnCreate,
    filterable: definition.filterable ?? true,
    custom: name.endsWith('__c'),
    unique: definition.unique ?? false,
    referenceTo: [...(definition.referenceTo ?? [])],
    relationshipName: definition.relationshipName ?? null,
    relationshipOrder: definition.relationshipOrder ?? null,
    defaultValue: definition.defaultValue ?? (type === 'boolean' ? false : null),
  };
};

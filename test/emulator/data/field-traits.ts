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

/**
 * The traits describe shows for a field, defaults filled in the way Salesforce's describe reads for standard
 * fields: booleans are never null and default on create; formula fields are read-only; required fields, Ids
 * and master-detail fields cannot carry field-level security (the deploy rule refuses FLS on required ones).
 */
export const describeField = (name: string, definition: FieldDefinition): DescribedField => {
  const type = definition.type ?? (definition.referenceTo ? 'reference' : 'string');
  const calculated = definition.calculated ?? false;
  const isBoolean = type === 'boolean';
  const masterDetail = definition.relationshipOrder !== undefined;
  return {
    name,
    label: definition.label ?? labelOf(name),
    type,
    nillable: definition.nillable ?? !(definition.required || isBoolean || type === 'id' || masterDetail),
    createable: definition.createable ?? !(calculated || type === 'id'),
    updateable: definition.updateable ?? !(calculated || type === 'id' || masterDetail),
    calculated,
    permissionable: definition.permissionable ?? !(definition.required || type === 'id' || masterDetail),
    defaultedOnCreate: definition.defaultedOnCreate ?? (isBoolean || definition.defaultValue !== undefined),
    filterable: definition.filterable ?? true,
    custom: name.endsWith('__c'),
    unique: definition.unique ?? false,
    referenceTo: [...(definition.referenceTo ?? [])],
    relationshipName: definition.relationshipName ?? null,
    relationshipOrder: definition.relationshipOrder ?? null,
    defaultValue: definition.defaultValue ?? (isBoolean ? false : null),
  };
};

import type { CatalogueField } from './catalogue-types.js';

/** The Object Reference's "System Fields" page, where every field below was read. */
export const SYSTEM_FIELDS_SOURCE = 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/system_fields.htm';

// The page calls these "read-only fields found on most objects", not on all: IsDeleted is missing from some objects, and
// LastReferencedDate and LastViewedDate exist on a custom object only once it has a tab. Where an object's own page lists one
// of them (IsDeleted on Contact, LastViewedDate on Account...), that entry is the more precise one.
// Properties are the "access" the page gives each field; where it gives none, the list is empty.

/** The system fields, by API name, as the Object Reference's System Fields page lists them. */
export const SYSTEM_FIELDS: Readonly<Record<string, CatalogueField>> = {
  CreatedById: { type: 'reference', properties: ['Defaulted on create', 'Filter'], referenceTo: ['User'], source: SYSTEM_FIELDS_SOURCE },
  CreatedDate: { type: 'dateTime', properties: ['Defaulted on create', 'Filter'], source: SYSTEM_FIELDS_SOURCE },
  Id: { type: 'ID', properties: ['Defaulted on create', 'Filter'], source: SYSTEM_FIELDS_SOURCE },
  IsDeleted: { type: 'boolean', properties: [], source: SYSTEM_FIELDS_SOURCE },
  LastModifiedById: { type: 'reference', properties: ['Defaulted on create', 'Filter'], referenceTo: ['User'], source: SYSTEM_FIELDS_SOURCE },
  LastModifiedDate: { type: 'dateTime', properties: ['Defaulted on create', 'Filter'], source: SYSTEM_FIELDS_SOURCE },
  LastReferencedDate: { type: 'dateTime', properties: [], source: SYSTEM_FIELDS_SOURCE },
  LastViewedDate: { type: 'dateTime', properties: [], source: SYSTEM_FIELDS_SOURCE },
  SystemModstamp: { type: 'dateTime', properties: ['Defaulted on create', 'Filter'], source: SYSTEM_FIELDS_SOURCE },
};

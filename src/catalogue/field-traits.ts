import type { CatalogueField } from './catalogue-types.js';

/** Why field-level security cannot be set on a field: a permission set that sets it does not deploy. */
export type NoFieldSecurity = 'required' | 'system' | 'masterDetail' | 'compound';

/** Why a field cannot be written: `edit` on it cannot be granted. */
export type ReadOnlyReason = 'formula' | 'rollUp' | 'autoNumber' | 'readOnly';

/** What a manifest's field access must respect, wherever the field's description comes from. */
export type FieldTraits = {
  noFieldSecurity?: NoFieldSecurity;
  readOnly?: ReadOnlyReason;
};

/**
 * Objects whose page lists properties that do not describe an integration user's view. Campaign's page, since
 * its API 53.0 edition, lists most fields without Create and Update, where the 38.0 edition listed both: the
 * object is open only to Marketing Users (see src/catalogue/objects/campaign.ts), so no field of it is called
 * read-only on the strength of its page alone.
 */
const PROPERTIES_DESCRIBE_ANOTHER_VIEW = new Set(['Campaign']);

const COMPOUND_TYPES = new Set(['address', 'location']);

/**
 * The traits of a standard field, from the properties the Object Reference gives it. A field is required when it
 * can be set on create, cannot be empty and gets no default ("You cannot deploy to a required field", e.g.
 * OrderItem.Quantity); it is read-only when the page lists it with properties but neither Create nor Update. A
 * field whose properties the page does not give is taken as it may be: nothing is refused on a guess.
 */
export const standardFieldTraits = (object: string, field: CatalogueField, isSystemField: boolean): FieldTraits => {
  const has = (property: string): boolean => field.properties.some((given) => given.toLowerCase() === property.toLowerCase());
  const known = field.properties.length > 0;
  const noFieldSecurity: NoFieldSecurity | undefined = isSystemField || field.type.toLowerCase() === 'id'
    ? 'system'
    : COMPOUND_TYPES.has(field.type.toLowerCase())
      ? 'compound'
      : field.relationship === 'master-detail'
        ? 'masterDetail'
        : known && has('Create') && !has('Nillable') && !has('Defaulted on create')
          ? 'required'
          : undefined;
  const readOnly: ReadOnlyReason | undefined = has('Autonumber')
    ? 'autoNumber'
    : has('Calculated')
      ? 'formula'
      : known && !has('Create') && !has('Update') && !PROPERTIES_DESCRIBE_ANOTHER_VIEW.has(object)
        ? 'readOnly'
        : undefined;
  return { ...(noFieldSecurity ? { noFieldSecurity } : {}), ...(readOnly ? { readOnly } : {}) };
};

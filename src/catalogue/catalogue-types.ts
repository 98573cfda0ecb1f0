/**
 * The shapes of the catalogue shipped with the plugin: what Salesforce's own references say about standard
 * objects, their fields and the rules between permissions, so that a manifest is checked before any org is
 * asked. Every entry carries the address of the page it was read from.
 */

/**
 * A field's properties exactly as Salesforce's Object Reference lists them ("Create, Filter, Nillable, Sort,
 * Update", "Defaulted on create", "Calculated", "Autonumber", ...). The traits the plugin needs are derived
 * from them in one place (src/catalogue/field-traits.ts), never re-typed by hand.
 */
export type FieldProperty = string;

export type CatalogueField = {
  /** The field's SOAP type as the reference gives it: string, picklist, reference, currency, double, boolean, ... */
  type: string;
  properties: readonly FieldProperty[];
  /** For reference fields: the objects it points at. */
  referenceTo?: readonly string[];
  /** For reference fields: lookup, or master-detail (a field whose security cannot be set). */
  relationship?: 'lookup' | 'master-detail';
  /** The API version the field appeared in, where the reference says. */
  since?: number;
  /** Where it exists only with a feature or product (Person Accounts, multiple currencies, Order Management...). */
  availability?: string;
  /** The page it was read from, where it is not the object's own page. */
  source?: string;
};

export type CatalogueObject = {
  /** The object's API name. */
  name: string;
  /** The Object Reference page the entry was read from. */
  source: string;
  /** The API version the object appeared in, where the reference says. */
  since?: number;
  /** Standard fields by API name, as the reference lists them (system fields are in system-fields.ts). */
  fields: Readonly<Record<string, CatalogueField>>;
};

import { describeField } from '../data/field-traits.js';
import type { ObjectDefinition } from '../data/object-definition.js';
import type { OrgDatabase } from '../data/org-database.js';

const objectUrls = (object: ObjectDefinition, base: string): Record<string, string> => ({
  sobject: `${base}/sobjects/${object.name}`,
  describe: `${base}/sobjects/${object.name}/describe`,
  rowTemplate: `${base}/sobjects/${object.name}/{ID}`,
});

/** What describeGlobal lists of each object. */
export const objectSummary = (object: ObjectDefinition, base: string): Record<string, unknown> => ({
  name: object.name,
  label: object.label,
  labelPlural: object.labelPlural,
  keyPrefix: object.keyPrefix,
  custom: object.custom,
  createable: object.createable,
  updateable: object.updateable,
  deletable: object.deletable,
  queryable: true,
  retrieveable: object.keyPrefix !== null,
  searchable: false,
  urls: objectUrls(object, base),
});

/**
 * GET /sobjects/{Type}/describe: the object, its fields with the traits a client checks (name, type, nillable,
 * createable, updateable, calculated, permissionable, defaultedOnCreate, custom, referenceTo, relationshipName,
 * relationshipOrder) and its child relationships. A subset of Salesforce's DescribeSObjectResult.
 */
export const describeObject = (db: OrgDatabase, object: ObjectDefinition, base: string): Record<string, unknown> => ({
  ...objectSummary(object, base),
  fields: Object.entries(db.catalogue.fieldsOf(object)).map(([name, definition]) => {
    const traits = describeField(name, definition);
    return { ...traits, nameField: name === 'Name', idLookup: name === 'Id', sortable: traits.filterable, groupable: traits.filterable, picklistValues: [] };
  }),
  childRelationships: db.catalogue.childRelationships(object).map((child) => ({ ...child, cascadeDelete: false })),
});

/** GET /sobjects: describeGlobal. */
export const describeGlobal = (objects: readonly ObjectDefinition[], base: string): Record<string, unknown> => ({
  encoding: 'UTF-8',
  maxBatchSize: 200,
  sobjects: objects.map((object) => objectSummary(object, base)),
});

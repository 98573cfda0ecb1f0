/*
 * Fields and properties as the Object Reference lists them (read from its API 67.0 text, the same table the Field
 * Service Developer Guide repeats); the object was introduced in API 3.0 and IsArchived in 39.0 (the newer page,
 * object-pricebook2.html). That newer page lists a string field introduced in API 68.0 between Description and
 * IsActive whose name its excerpt omits; the Field Reference names the only such field GlobalKey, so it is listed
 * under that name. CurrencyIsoCode's properties come from the Revenue Cloud guide's Pricebook2 page. CostBookId
 * appears only in the Field Reference, which gives no properties: its properties are left empty ("not listed").
 */

import type { CatalogueObject } from '../catalogue-types.js';

/** Pricebook2, a price book listing the products an org sells, as the Object Reference lists its fields. */
export const PRICEBOOK2: CatalogueObject = {
  name: 'Pricebook2',
  source: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_pricebook2.htm',
  since: 3,
  fields: {
    CostBookId: {
      type: 'reference',
      properties: [],
      source: 'https://developer.salesforce.com/docs/atlas.en-us.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_Pricebook2.htm',
    },
    CurrencyIsoCode: {
      type: 'picklist',
      properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'],
      availability: 'multiple currencies',
      source: 'https://developer.salesforce.com/docs/revenue/revenue-management/guide/sforce-api-objects-pricebook2.html',
    },
    Description: { type: 'string', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    GlobalKey: {
      type: 'string',
      properties: ['Create', 'Filter', 'Group', 'idLookup', 'Nillable', 'Sort', 'Update'],
      since: 68,
      source: 'https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-pricebook2.html',
    },
    IsActive: { type: 'boolean', properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'] },
    IsArchived: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'], since: 39 },
    IsStandard: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    LastReferencedDate: { type: 'dateTime', properties: ['Filter', 'Nillable', 'Sort'] },
    LastViewedDate: { type: 'dateTime', properties: ['Filter', 'Nillable', 'Sort'] },
    Name: { type: 'string', properties: ['Create', 'Filter', 'Group', 'idLookup', 'Sort', 'Update'] },
    ValidFrom: { type: 'dateTime', properties: ['Create', 'Filter', 'Nillable', 'Sort', 'Update'], since: 48 },
    ValidTo: { type: 'dateTime', properties: ['Create', 'Filter', 'Nillable', 'Sort', 'Update'], since: 48 },
  },
};

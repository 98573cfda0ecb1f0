/*
 * Fields and properties as the Object Reference (API 67.0) lists them. The object was introduced in API 3.0
 * (https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-pricebookentry.html).
 * IsDerived appears only in the Field Reference (name and type), which gives no properties: its properties are
 * left empty, meaning "not listed", not "read-only".
 */

import type { CatalogueObject } from '../catalogue-types.js';

/** PricebookEntry, a product's price in one price book and currency, as the Object Reference lists its fields. */
export const PRICEBOOK_ENTRY: CatalogueObject = {
  name: 'PricebookEntry',
  source: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_pricebookentry.htm',
  since: 3,
  fields: {
    ActivePriceAdjustmentQuantity: {
      type: 'int',
      properties: ['Filter', 'Group', 'Nillable', 'Sort'],
      since: 49,
      availability: 'B2B or D2C Commerce license',
    },
    CurrencyIsoCode: {
      type: 'picklist',
      properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Restricted picklist', 'Sort'],
      availability: 'multiple currencies',
    },
    IsActive: { type: 'boolean', properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'] },
    IsArchived: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'], since: 45 },
    IsDerived: {
      type: 'boolean',
      properties: [],
      source: 'https://developer.salesforce.com/docs/atlas.en-us.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_PricebookEntry.htm',
    },
    Name: { type: 'string', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    Pricebook2Id: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Sort'],
      referenceTo: ['Pricebook2'],
      relationship: 'lookup',
    },
    Product2Id: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Sort'],
      referenceTo: ['Product2'],
      relationship: 'lookup',
    },
    ProductCode: { type: 'string', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    ProductSellingModelId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Sort'],
      referenceTo: ['ProductSellingModel'],
      relationship: 'lookup',
      since: 55,
      availability: 'Subscription Management',
    },
    UnitPrice: { type: 'currency', properties: ['Create', 'Filter', 'Sort', 'Update'] },
    UseStandardPrice: {
      type: 'boolean',
      properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'],
    },
  },
};

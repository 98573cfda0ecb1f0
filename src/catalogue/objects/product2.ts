/*
 * Fields and properties as the Object Reference (API 67.0) lists them. The schedule fields exist only where the
 * products and schedules features are on (the page's own words).
 * INCOMPLETE: the Field Reference lists further Product2 fields that other guides (Revenue Cloud, Industries)
 * document. Only the part of its table that was read is here (AvailabilityDate through ExternalId, alphabetically),
 * with empty properties ("not listed", not "read-only"); its rows after ExternalId were not read.
 */

import type { CatalogueObject } from '../catalogue-types.js';

/** Product2, a product the company sells, as the Object Reference lists its fields. */
export const PRODUCT2: CatalogueObject = {
  name: 'Product2',
  source: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_product2.htm',
  fields: {
    AvailabilityDate: {
      type: 'datetime',
      properties: [],
      source: 'https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-product2.html',
    },
    BasedOnId: {
      type: 'reference',
      properties: [],
      source: 'https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-product2.html',
    },
    BillingPolicyId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      referenceTo: ['BillingPolicy'],
      relationship: 'lookup',
      since: 55,
      availability: 'Subscription Management',
    },
    CanRamp: {
      type: 'boolean',
      properties: [],
      source: 'https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-product2.html',
    },
    CanUseQuantitySchedule: {
      type: 'boolean',
      properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'],
      availability: 'product schedules',
    },
    CanUseRevenueSchedule: {
      type: 'boolean',
      properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'],
      availability: 'product schedules',
    },
    ConfigureDuringSale: {
      type: 'picklist',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'],
      since: 58,
      availability: 'Industries Automotive or Subscription Management',
    },
    ConnectionReceivedId: {
      type: 'reference',
      properties: ['Filter', 'Group', 'Nillable', 'Sort'],
      availability: 'Salesforce to Salesforce',
    },
    ConnectionSentId: {
      type: 'reference',
      properties: ['Filter', 'Group', 'Nillable', 'Sort'],
      availability: 'Salesforce to Salesforce',
    },
    CurrencyIsoCode: {
      type: 'picklist',
      properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Restricted picklist', 'Sort', 'Update'],
      availability: 'multiple currencies',
    },
    CustomDecompositionScope: {
      type: 'string',
      properties: [],
      source: 'https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-product2.html',
    },
    DecompositionScope: {
      type: 'picklist',
      properties: [],
      source: 'https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-product2.html',
    },
    Description: { type: 'textarea', properties: ['Create', 'Filter', 'Nillable', 'Sort', 'Update'] },
    DiscontinuedDate: {
      type: 'datetime',
      properties: [],
      source: 'https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-product2.html',
    },
    DisplayUrl: { type: 'url', properties: ['Create', 'Filter', 'Nillable', 'Sort', 'Update'] },
    EndOfLifeDate: {
      type: 'datetime',
      properties: [],
      source: 'https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-product2.html',
    },
    ExternalDataSourceId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
    },
    ExternalId: { type: 'string', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    Family: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    IsActive: { type: 'boolean', properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'] },
    IsArchived: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    IsSerialized: { type: 'boolean', properties: ['Create', 'Filter', 'Group', 'Sort', 'Update'] },
    IsSoldOnlyWithOtherProds: {
      type: 'boolean',
      properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'],
      since: 58,
      availability: 'Industries Automotive or Subscription Management',
    },
    LastReferencedDate: { type: 'dateTime', properties: ['Filter', 'Nillable', 'Sort'] },
    LastViewedDate: { type: 'dateTime', properties: ['Filter', 'Nillable', 'Sort'] },
    Name: { type: 'string', properties: ['Create', 'Filter', 'Group', 'idLookup', 'Sort', 'Update'] },
    NumberOfQuantityInstallments: {
      type: 'int',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      availability: 'product schedules',
    },
    NumberOfRevenueInstallments: {
      type: 'int',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      availability: 'product schedules',
    },
    ProductClass: {
      type: 'picklist',
      properties: ['Defaulted on create', 'Filter', 'Group', 'Restricted picklist', 'Sort'],
      since: 50,
    },
    ProductCode: { type: 'string', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    QuantityInstallmentPeriod: {
      type: 'picklist',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'],
      availability: 'product schedules',
    },
    QuantityScheduleType: {
      type: 'picklist',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'],
      availability: 'product schedules',
    },
    QuantityUnitOfMeasure: {
      type: 'picklist',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
    },
    RecalculateTotalPrice: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    RevenueInstallmentPeriod: {
      type: 'picklist',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'],
      availability: 'product schedules',
    },
    RevenueScheduleType: {
      type: 'picklist',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'],
      availability: 'product schedules',
    },
    StockCheckMethod: {
      type: 'picklist',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'],
    },
    StockKeepingUnit: { type: 'string', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    TaxPolicyId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      referenceTo: ['TaxPolicy'],
      relationship: 'lookup',
      since: 55,
      availability: 'Subscription Management',
    },
    TransferRecordMode: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    Type: {
      type: 'picklist',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort'],
      since: 50,
      availability: 'B2B or B2C Commerce',
    },
    UnitOfMeasureId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      referenceTo: ['UnitOfMeasure'],
      since: 63,
      availability: 'Revenue Cloud',
    },
  },
};

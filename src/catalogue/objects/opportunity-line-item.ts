import type { CatalogueObject } from '../catalogue-types.js';

// Fields as the page's Fields table lists them, API 67.0 edition, read through the copy of that table Salesforce publishes
// (forcedotcom/sf-skills, platform-data-and-tooling-api-context-get).
// Checked against the page text down to ConnectionSentId only (Summer '25 edition): later rows come from the published copy alone.
// The current platform page adds AssetId (below); any other field it adds after CanUseRevenueSchedule was not readable here.
// referenceTo is the page's "Refers To"; where it has none, the object the field's description names ("ID of the
// PartnerNetworkConnection..."), and RecordType for RecordTypeId, as Frequently Occurring Fields says.

/** OpportunityLineItem: a product on an opportunity, as the Object Reference lists its fields. */
export const OPPORTUNITY_LINE_ITEM: CatalogueObject = {
  name: 'OpportunityLineItem',
  source: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_opportunitylineitem.htm',
  fields: {
    // Only on the current platform page (introduced in API 64.0), whose excerpt names it by its relationship, Asset.
    AssetId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      referenceTo: ['Asset'],
      since: 64,
      source: 'https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-opportunitylineitem.html',
    },
    CanUseQuantitySchedule: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    CanUseRevenueSchedule: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    ConnectionReceivedId: {
      type: 'reference',
      properties: ['Filter', 'Group', 'Nillable', 'Sort'],
      referenceTo: ['PartnerNetworkConnection'],
      availability: 'Salesforce to Salesforce',
    },
    ConnectionSentId: {
      type: 'reference',
      properties: ['Filter', 'Group', 'Nillable', 'Sort'],
      referenceTo: ['PartnerNetworkConnection'],
      availability: 'Salesforce to Salesforce',
    },
    CurrencyIsoCode: {
      type: 'picklist',
      properties: ['Defaulted on create', 'Filter', 'Group', 'Restricted picklist', 'Sort'],
      availability: 'multiple currencies',
    },
    Description: { type: 'string', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    Discount: { type: 'percent', properties: ['Create', 'Filter', 'Nillable', 'Sort', 'Update'] },
    HasQuantitySchedule: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    HasRevenueSchedule: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    HasSchedule: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    LastReferencedDate: { type: 'dateTime', properties: ['Filter', 'Nillable', 'Sort'], since: 50 },
    LastViewedDate: { type: 'dateTime', properties: ['Filter', 'Nillable', 'Sort'], since: 50 },
    ListPrice: { type: 'currency', properties: ['Filter', 'Nillable', 'Sort'] },
    Name: { type: 'string', properties: ['Filter', 'Nillable', 'Sort'], since: 30 },
    OpportunityId: { type: 'reference', properties: ['Create', 'Filter', 'Group', 'Sort'], referenceTo: ['Opportunity'], relationship: 'lookup' },
    PricebookEntryId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort'],
      referenceTo: ['PricebookEntry'],
      relationship: 'lookup',
      availability: 'Products',
    },
    Product2Id: { type: 'reference', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort'], referenceTo: ['Product2'], since: 30 },
    ProductCode: { type: 'string', properties: ['Filter', 'Group', 'Nillable', 'Sort'], since: 30 },
    ProductId: { type: 'reference', properties: ['Create', 'Filter', 'Nillable'], referenceTo: ['Product2'], relationship: 'lookup' },
    Quantity: { type: 'double', properties: ['Create', 'Filter', 'Sort', 'Update'] },
    RecalculateTotalPrice: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    ServiceDate: { type: 'date', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    SortOrder: { type: 'int', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    Subtotal: { type: 'currency', properties: ['Filter', 'Nillable', 'Sort'] },
    TotalPrice: { type: 'currency', properties: ['Create', 'Defaulted on create', 'Filter', 'Nillable', 'Sort', 'Update'] },
    UnitPrice: { type: 'currency', properties: ['Create', 'Defaulted on create', 'Filter', 'Nillable', 'Sort', 'Update'] },
  },
};

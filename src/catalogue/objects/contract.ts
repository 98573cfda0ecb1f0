/*
 * Fields and properties as the Object Reference (API 67.0) lists them. CurrencyIsoCode and SourceOpportunityId
 * appear only in the Field Reference (names and types), which gives no properties: theirs are left empty ("not
 * listed", not "read-only"). The page ends the value lists of ShippingGeocodeAccuracy, Status and StatusCode with
 * "Available in API version 60.0 and later", which reads as being about the values, so no `since` is set for them.
 */

import type { CatalogueObject } from '../catalogue-types.js';

/** Contract, a business agreement with an Account, as the Object Reference lists its fields. */
export const CONTRACT: CatalogueObject = {
  name: 'Contract',
  source: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_contract.htm',
  fields: {
    AccountId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Sort', 'Update'],
      referenceTo: ['Account'],
      relationship: 'lookup',
    },
    ActivatedById: {
      type: 'reference',
      properties: ['Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      referenceTo: ['User'],
      relationship: 'lookup',
    },
    ActivatedDate: { type: 'dateTime', properties: ['Filter', 'Nillable', 'Sort', 'Update'] },
    ActivityMetricId: {
      type: 'reference',
      properties: ['Filter', 'Group', 'Nillable', 'Sort'],
      referenceTo: ['ActivityMetric'],
      availability: 'Einstein Activity Capture with Activity Metrics',
    },
    ActivityMetricRollupId: {
      type: 'reference',
      properties: ['Filter', 'Group', 'Nillable', 'Sort'],
      referenceTo: ['ActivityMetricRollup'],
      availability: 'Einstein Activity Capture with Activity Metrics',
    },
    AggregationStrategy: {
      type: 'picklist',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      since: 64,
      availability: 'Revenue Cloud',
    },
    BillingAddress: { type: 'address', properties: ['Filter', 'Nillable'] },
    BillingCity: { type: 'string', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    BillingCountry: { type: 'string', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    BillingCountryCode: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    BillingGeocodeAccuracy: {
      type: 'picklist',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'],
    },
    BillingLatitude: { type: 'double', properties: ['Create', 'Filter', 'Nillable', 'Sort', 'Update'] },
    BillingLongitude: { type: 'double', properties: ['Create', 'Filter', 'Nillable', 'Sort', 'Update'] },
    BillingPostalCode: { type: 'string', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    BillingState: { type: 'string', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    BillingStateCode: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    BillingStreet: { type: 'textarea', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    CompanySignedDate: { type: 'date', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    CompanySignedId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      referenceTo: ['User'],
      relationship: 'lookup',
    },
    ContractNumber: { type: 'string', properties: ['Autonumber', 'Defaulted on create', 'Filter', 'idLookup', 'Sort'] },
    ContractTerm: { type: 'int', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    CurrencyIsoCode: {
      type: 'picklist',
      properties: [],
      availability: 'multiple currencies',
      source: 'https://developer.salesforce.com/docs/atlas.en-us.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_Contract.htm',
    },
    CustomerSignedDate: { type: 'date', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    CustomerSignedId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      referenceTo: ['Contact'],
      relationship: 'lookup',
    },
    CustomerSignedTitle: { type: 'string', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    Description: { type: 'textarea', properties: ['Create', 'Nillable', 'Update'] },
    EndDate: { type: 'date', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    HasContractCotermination: {
      type: 'boolean',
      properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'],
      since: 65,
      availability: 'Revenue Cloud',
    },
    IsPricingContract: {
      type: 'boolean',
      properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'],
      since: 63,
      availability: 'Revenue Cloud',
    },
    LastActivityDate: { type: 'date', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    LastApprovedDate: { type: 'dateTime', properties: ['Filter', 'Nillable', 'Sort'] },
    LastReferencedDate: { type: 'datetime', properties: ['Filter', 'Nillable', 'Sort'] },
    LastViewedDate: { type: 'datetime', properties: ['Filter', 'Nillable', 'Sort'] },
    OwnerExpirationNotice: {
      type: 'picklist',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'],
    },
    OwnerId: {
      type: 'reference',
      properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'],
      referenceTo: ['User'],
      relationship: 'lookup',
    },
    Pricebook2Id: { type: 'reference', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    PricingSource: {
      type: 'picklist',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'],
      since: 60,
    },
    RecordTypeId: { type: 'reference', properties: ['Create', 'Filter', 'Nillable', 'Update'] },
    RenewalTerm2: { type: 'double', properties: ['Create', 'Filter', 'Nillable', 'Sort', 'Update'], since: 60 },
    RenewalTermUnit: {
      type: 'picklist',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'],
      since: 60,
    },
    ShippingAddress: { type: 'address', properties: ['Filter', 'Nillable'] },
    ShippingCity: { type: 'string', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    ShippingCountry: { type: 'string', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    ShippingCountryCode: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    ShippingGeocodeAccuracy: {
      type: 'picklist',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'],
    },
    ShippingLatitude: { type: 'double', properties: ['Create', 'Filter', 'Nillable', 'Sort', 'Update'] },
    ShippingLongitude: { type: 'double', properties: ['Create', 'Filter', 'Nillable', 'Sort', 'Update'] },
    ShippingPostalCode: { type: 'string', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    ShippingState: { type: 'string', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    ShippingStateCode: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    ShippingStreet: { type: 'textarea', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    SourceOpportunityId: {
      type: 'reference',
      properties: [],
      source: 'https://developer.salesforce.com/docs/atlas.en-us.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_Contract.htm',
    },
    SourceQuoteId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Sort', 'Update'],
      referenceTo: ['Quote'],
      relationship: 'lookup',
      since: 64,
      availability: 'Revenue Cloud',
    },
    SpecialTerms: { type: 'textarea', properties: ['Create', 'Filter', 'Nillable', 'Sort', 'Update'] },
    StartDate: { type: 'date', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    Status: {
      type: 'picklist',
      properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Restricted picklist', 'Sort', 'Update'],
    },
    StatusCode: { type: 'picklist', properties: ['Filter', 'Group', 'Restricted picklist', 'Sort'] },
    UnitPriceUplift: {
      type: 'percent',
      properties: ['Create', 'Filter', 'Nillable', 'Sort', 'Update'],
      since: 64,
      availability: 'Revenue Cloud',
    },
  },
};

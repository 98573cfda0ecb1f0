/*
 * Fields and properties as the Object Reference (API 67.0) lists them. The Field Reference lists no CampaignMember
 * field the page lacks.
 */

import type { CatalogueObject } from '../catalogue-types.js';

/** CampaignMember, a lead, contact or account taking part in a Campaign, as the Object Reference lists its fields. */
export const CAMPAIGN_MEMBER: CatalogueObject = {
  name: 'CampaignMember',
  source: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_campaignmember.htm',
  fields: {
    AccountId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Sort'],
      referenceTo: ['Account'],
      relationship: 'lookup',
      availability: 'Accounts as Campaign Members setting',
    },
    CampaignId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Sort'],
      referenceTo: ['Campaign'],
      relationship: 'lookup',
    },
    City: { type: 'string', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    CompanyOrAccount: { type: 'string', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    ContactId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort'],
      referenceTo: ['Contact'],
      relationship: 'lookup',
    },
    Country: { type: 'string', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    CurrencyIsoCode: {
      type: 'picklist',
      properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'],
      availability: 'multiple currencies',
    },
    Description: { type: 'textarea', properties: ['Nillable'] },
    DoNotCall: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    Email: { type: 'email', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    Fax: { type: 'phone', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    FirstName: { type: 'string', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    FirstRespondedDate: { type: 'date', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    HasOptedOutOfEmail: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    HasOptedOutOfFax: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    HasResponded: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    LastName: { type: 'string', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    LeadId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort'],
      referenceTo: ['Lead'],
      relationship: 'lookup',
    },
    LeadOrContactId: { type: 'reference', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    LeadOrContactOwnerId: {
      type: 'reference',
      properties: ['Filter', 'Group', 'Nillable', 'Sort'],
      referenceTo: ['Group', 'User'],
      relationship: 'lookup',
    },
    LeadSource: { type: 'picklist', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    MobilePhone: { type: 'phone', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    Name: { type: 'string', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    Phone: { type: 'phone', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    PostalCode: { type: 'string', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    RecordTypeId: { type: 'reference', properties: ['Create', 'Filter', 'Nillable', 'Update'] },
    Salutation: { type: 'picklist', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    State: { type: 'string', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    Status: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    Street: { type: 'string', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    Title: { type: 'string', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    Type: { type: 'string', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
  },
};

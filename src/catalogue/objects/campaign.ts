/*
 * Fields and properties as the Object Reference (API 67.0) lists them. From its API 53.0 edition on, the page
 * lists Campaign's calls without create() and update() and most fields without Create and Update, where the API
 * 38.0 edition listed both; the object is open only to Marketing Users (see its Usage), so these properties may
 * describe a non-marketing user's view. They are kept as the page gives them: read with care before calling a
 * Campaign field read-only. The page's own entries for CreatedByID and LastModifiedById are system fields, kept
 * with the others in system-fields.ts. ParentCampaign is listed because the page lists it.
 */

import type { CatalogueObject } from '../catalogue-types.js';

/** Campaign, a marketing campaign, as the Object Reference lists its fields. */
export const CAMPAIGN: CatalogueObject = {
  name: 'Campaign',
  source: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_campaign.htm',
  fields: {
    ActualCost: { type: 'currency', properties: ['Filter', 'Nillable', 'Sort'] },
    AmountAllOpportunities: { type: 'currency', properties: ['Filter', 'Sort'] },
    AmountWonOpportunities: { type: 'currency', properties: ['Filter', 'Sort'] },
    BriefId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      referenceTo: ['Record'],
      relationship: 'lookup',
    },
    BudgetedCost: { type: 'currency', properties: ['Filter', 'Nillable', 'Sort'] },
    CampaignImageId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      since: 42,
      availability: 'Partner Community licenses with Digital Experiences, or the Direct Marketing managed package',
    },
    CampaignMemberRecordTypeId: {
      type: 'reference',
      properties: ['Filter', 'Group', 'Nillable', 'Sort'],
      referenceTo: ['RecordType'],
      relationship: 'lookup',
    },
    CampaignStage: {
      type: 'picklist',
      properties: ['Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort'],
      availability: 'Marketing Cloud Growth and Advanced editions',
    },
    CurrencyIsoCode: {
      type: 'picklist',
      properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'],
      availability: 'multiple currencies',
    },
    Description: { type: 'textarea', properties: ['Nillable'] },
    EndDate: { type: 'date', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    ExpectedResponse: { type: 'percent', properties: ['Filter', 'Nillable', 'Sort'] },
    ExpectedRevenue: { type: 'currency', properties: ['Filter', 'Nillable', 'Sort'] },
    HierarchyActualCost: { type: 'currency', properties: ['Filter', 'Nillable', 'Sort'] },
    HierarchyAmountAllOpportunities: { type: 'currency', properties: ['Filter', 'Sort'] },
    HierarchyAmountWonOpportunities: { type: 'currency', properties: ['Filter', 'Sort'] },
    HierarchyBudgetedCost: { type: 'currency', properties: ['Filter', 'Nillable', 'Sort'] },
    HierarchyExpectedRevenue: { type: 'currency', properties: ['Filter', 'Nillable', 'Sort'] },
    HierarchyNumberOfContacts: { type: 'int', properties: ['Filter'] },
    HierarchyNumberOfConvertedLeads: { type: 'currency', properties: ['Filter', 'Nillable', 'Sort'] },
    HierarchyNumberOfLeads: { type: 'currency', properties: ['Filter', 'Nillable', 'Sort'] },
    HierarchyNumberOfOpportunities: { type: 'currency', properties: ['Filter', 'Nillable', 'Sort'] },
    HierarchyNumberOfResponses: { type: 'currency', properties: ['Filter', 'Nillable', 'Sort'] },
    HierarchyNumberOfWonOpportunities: { type: 'int', properties: ['Filter', 'Group', 'Sort'] },
    HierarchyNumberSent: { type: 'double', properties: ['Filter', 'Nillable', 'Sort'] },
    HierarchyTotalEmailsDelivered: {
      type: 'int',
      properties: ['Filter'],
      availability: 'Marketing Cloud Account Engagement',
    },
    HierarchyTotalFormSubmissions: {
      type: 'int',
      properties: ['Filter'],
      availability: 'Marketing Cloud Account Engagement',
    },
    HierarchyTotalFormViews: {
      type: 'int',
      properties: ['Filter'],
      availability: 'Marketing Cloud Account Engagement',
    },
    HierarchyTotalLandingPageFormSubmissions: {
      type: 'int',
      properties: ['Filter'],
      availability: 'Marketing Cloud Account Engagement',
    },
    HierarchyTotalLandingPageViews: {
      type: 'int',
      properties: ['Filter'],
      availability: 'Marketing Cloud Account Engagement',
    },
    HierarchyUniqueEmailOpens: {
      type: 'int',
      properties: ['Filter'],
      availability: 'Marketing Cloud Account Engagement',
    },
    HierarchyUniqueEmailTrackedLinkClicks: {
      type: 'int',
      properties: ['Filter'],
      availability: 'Marketing Cloud Account Engagement',
    },
    HierarchyUniqueMarketingLinkClicks: {
      type: 'int',
      properties: ['Filter'],
      availability: 'Marketing Cloud Account Engagement',
    },
    IsActive: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    LastActivityDate: { type: 'date', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    LastReferencedDate: { type: 'datetime', properties: ['Filter', 'Nillable', 'Sort'] },
    LastViewedDate: { type: 'datetime', properties: ['Filter', 'Nillable', 'Sort'] },
    Name: { type: 'string', properties: ['Filter', 'Group', 'idLookup', 'Sort'] },
    NumberOfContacts: { type: 'int', properties: ['Filter', 'Group', 'Sort'] },
    NumberOfConvertedLeads: { type: 'int', properties: ['Filter', 'Group', 'Sort'] },
    NumberOfLeads: { type: 'int', properties: ['Filter', 'Group', 'Sort'] },
    NumberOfOpportunities: { type: 'int', properties: ['Filter', 'Group', 'Sort'] },
    NumberOfResponses: { type: 'int', properties: ['Filter', 'Group', 'Sort'] },
    NumberOfWonOpportunities: { type: 'int', properties: ['Filter', 'Group', 'Sort'] },
    NumberSent: { type: 'double', properties: ['Filter', 'Nillable', 'Sort'] },
    OwnerId: {
      type: 'reference',
      properties: ['Filter', 'Group', 'Sort'],
      referenceTo: ['User'],
      relationship: 'lookup',
    },
    ParentCampaign: { type: 'reference', properties: ['Create', 'Filter', 'Nillable', 'Update'] },
    ParentId: {
      type: 'reference',
      properties: ['Filter', 'Group', 'Nillable', 'Sort'],
      referenceTo: ['Campaign'],
      relationship: 'lookup',
    },
    RecordTypeId: { type: 'reference', properties: ['Create', 'Filter', 'Nillable', 'Update'] },
    StartDate: { type: 'date', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    Status: { type: 'picklist', properties: ['Defaulted on create', 'Filter', 'Group', 'Nillable', 'Sort'] },
    TenantId: {
      type: 'reference',
      properties: ['Filter', 'Group', 'Nillable', 'Sort'],
      referenceTo: ['PardotTenant'],
      relationship: 'lookup',
      since: 51,
      availability: 'Marketing Cloud Account Engagement',
    },
    TotalAmountAllOpportunities: { type: 'currency', properties: ['Filter'] },
    TotalAmountAllWonOpportunities: { type: 'currency', properties: ['Filter'] },
    TotalEmailsDelivered: { type: 'int', properties: ['Filter'], availability: 'Marketing Cloud Account Engagement' },
    TotalFormSubmissions: { type: 'int', properties: ['Filter'], availability: 'Marketing Cloud Account Engagement' },
    TotalFormViews: { type: 'int', properties: ['Filter'], availability: 'Marketing Cloud Account Engagement' },
    TotalLandingPageFormSubmissions: {
      type: 'int',
      properties: ['Filter'],
      availability: 'Marketing Cloud Account Engagement',
    },
    TotalLandingPageViews: { type: 'int', properties: ['Filter'], availability: 'Marketing Cloud Account Engagement' },
    TotalNumberofLeads: { type: 'int', properties: ['Filter'] },
    TotalNumberofOpportunities: { type: 'int', properties: ['Filter'] },
    TotalNumberofResponses: { type: 'int', properties: ['Filter'] },
    TotalNumberofWonOpportunities: { type: 'int', properties: ['Filter'] },
    Type: { type: 'picklist', properties: ['Defaulted on create', 'Filter', 'Group', 'Nillable', 'Sort'] },
    UniqueEmailOpens: { type: 'int', properties: ['Filter'], availability: 'Marketing Cloud Account Engagement' },
    UniqueEmailTrackedLinkClicks: {
      type: 'int',
      properties: ['Filter'],
      availability: 'Marketing Cloud Account Engagement',
    },
    UniqueMarketingLinkClicks: {
      type: 'int',
      properties: ['Filter'],
      availability: 'Marketing Cloud Account Engagement',
    },
  },
};

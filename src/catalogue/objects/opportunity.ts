import type { CatalogueObject } from '../catalogue-types.js';

// Fields as the page's Fields table lists them, API 67.0 edition, read through the copy of that table Salesforce publishes
// (forcedotcom/sf-skills, platform-data-and-tooling-api-context-get).
// Checked row by row against the text of the page (Winter '26 edition).
// Not here, because this page does not list them: fields other products' guides add to Opportunity, and Division.
// referenceTo is the page's "Refers To"; where it has none, the object the field's description names ("ID of the
// PartnerNetworkConnection..."), and RecordType for RecordTypeId, as Frequently Occurring Fields says.

/** Opportunity: a sale or pending deal, as the Object Reference lists its fields. */
export const OPPORTUNITY: CatalogueObject = {
  name: 'Opportunity',
  source: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_opportunity.htm',
  fields: {
    AccountId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      referenceTo: ['Account'],
      relationship: 'lookup',
    },
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
    AgeInDays: { type: 'int', properties: ['Aggregate', 'Filter', 'Group', 'Nillable', 'Sort'], since: 52, availability: 'Pipeline Inspection' },
    Amount: { type: 'currency', properties: ['Create', 'Filter', 'Nillable', 'Sort', 'Update'] },
    // The page: setting it needs read access to the Campaign it names.
    CampaignId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      referenceTo: ['Campaign'],
      relationship: 'lookup',
      availability: 'Campaigns',
    },
    CloseDate: { type: 'date', properties: ['Create', 'Filter', 'Group', 'Sort', 'Update'] },
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
    ContactId: { type: 'reference', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort'], since: 46 },
    ContractId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      referenceTo: ['Contract'],
      relationship: 'lookup',
    },
    CurrencyIsoCode: {
      type: 'picklist',
      properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'],
      availability: 'multiple currencies',
    },
    Description: { type: 'textarea', properties: ['Create', 'Nillable', 'Update'] },
    ExpectedRevenue: { type: 'currency', properties: ['Filter', 'Nillable', 'Sort'] },
    ExportStatus: { type: 'picklist', properties: ['Filter', 'Restricted picklist', 'Sort'], since: 62, availability: 'Partner Connect' },
    Fiscal: { type: 'string', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    FiscalQuarter: { type: 'int', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    FiscalYear: { type: 'int', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    ForecastCategory: { type: 'picklist', properties: ['Filter', 'Group', 'Restricted picklist', 'Sort'] },
    ForecastCategoryName: {
      type: 'picklist',
      properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'],
      since: 12,
    },
    HasOpenActivity: { type: 'boolean', properties: ['Defaulted on create', 'Group'], since: 35 },
    HasOpportunityLineItem: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    HasOverdueTask: { type: 'boolean', properties: ['Defaulted on create', 'Group'], since: 35 },
    IqScore: {
      type: 'int',
      properties: ['Aggregate', 'Filter', 'Group', 'Nillable', 'Sort'],
      since: 41,
      availability: 'Einstein Opportunity Scoring',
    },
    IsClosed: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    IsDeleted: { type: 'boolean', properties: ['Defaulted on create', 'Filter'] },
    IsExcludedFromTerritory2Filter: { type: 'boolean', properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'] },
    IsPriorityRecord: { type: 'boolean', properties: ['Defaulted on create', 'Group'], since: 53 },
    IsPrivate: { type: 'boolean', properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'] },
    IsSplit: {
      type: 'boolean',
      properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'],
      since: 14,
      availability: 'Opportunity Splits, enabled during the pilot',
    },
    IsWon: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    LastActivityDate: { type: 'date', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    LastActivityInDays: {
      type: 'int',
      properties: ['Aggregate', 'Filter', 'Group', 'Nillable', 'Sort'],
      since: 52,
      availability: 'Pipeline Inspection',
    },
    LastAmountChangedHistoryId: {
      type: 'reference',
      properties: ['Filter', 'Group', 'Nillable', 'Sort'],
      referenceTo: ['OpportunityHistory'],
      relationship: 'lookup',
      since: 50,
    },
    LastCloseDateChangedHistoryId: {
      type: 'reference',
      properties: ['Filter', 'Group', 'Nillable', 'Sort'],
      referenceTo: ['OpportunityHistory'],
      relationship: 'lookup',
      since: 50,
    },
    LastReferencedDate: { type: 'dateTime', properties: ['Filter', 'Nillable', 'Sort'] },
    LastStageChangeDate: { type: 'dateTime', properties: ['Aggregate', 'Filter', 'Nillable', 'Sort'], since: 52 },
    LastStageChangeInDays: {
      type: 'int',
      properties: ['Aggregate', 'Filter', 'Group', 'Nillable', 'Sort'],
      since: 52,
      availability: 'Pipeline Inspection',
    },
    LastViewedDate: { type: 'dateTime', properties: ['Filter', 'Nillable', 'Sort'] },
    LeadSource: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    Name: { type: 'string', properties: ['Create', 'Filter', 'Group', 'idLookup', 'Sort', 'Update'] },
    NextStep: { type: 'string', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    OwnerId: {
      type: 'reference',
      properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'],
      referenceTo: ['User'],
      relationship: 'lookup',
    },
    PartnerAccountId: {
      type: 'reference',
      properties: ['Filter', 'Group', 'Nillable', 'Sort'],
      availability: 'Partner Relationship Management, or digital experiences with partner portal licenses',
    },
    Pricebook2Id: {
      type: 'reference',
      properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      referenceTo: ['Pricebook2'],
      relationship: 'lookup',
      availability: 'Products',
    },
    PricebookId: { type: 'reference', properties: ['Create', 'Defaulted on create', 'Filter', 'Nillable', 'Update'] },
    Probability: { type: 'percent', properties: ['Create', 'Defaulted on create', 'Filter', 'Nillable', 'Sort', 'Update'] },
    PushCount: { type: 'int', properties: ['Filter', 'Group', 'Nillable', 'Sort'], since: 53 },
    RecordTypeId: { type: 'reference', properties: ['Create', 'Filter', 'Nillable', 'Update'], referenceTo: ['RecordType'] },
    StageName: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Sort', 'Update'] },
    // Spelled as the page spells it; the Field Reference writes SyncedQuoteId (Salesforce's API names ignore case).
    SyncedQuoteID: { type: 'reference', properties: ['Create', 'Filter', 'Nillable', 'Update'], referenceTo: ['Quote'] },
    Territory2Id: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      availability: 'Enterprise Territory Management',
    },
    TotalOpportunityQuantity: { type: 'double', properties: ['Create', 'Filter', 'Nillable', 'Sort', 'Update'] },
    Type: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
  },
};

import type { CatalogueObject } from '../catalogue-types.js';

// Fields as the page's Fields table lists them, API 67.0 edition, read through the copy of that table Salesforce publishes
// (forcedotcom/sf-skills, platform-data-and-tooling-api-context-get).
// Checked row by row against the text of the page (Winter '26 edition).
// That page has no AssetId; the current platform page has, and lists AssetWarrantyID editable (both below).
// The current platform page was readable only down to BusinessHoursId: fields it lists that the atlas page lacks, past that
// point (entitlement and product fields, for instance), are not here.
// referenceTo is the page's "Refers To"; where it has none, the object the field's description names ("ID of the
// PartnerNetworkConnection..."), and RecordType for RecordTypeId, as Frequently Occurring Fields says.

/** Case: a customer issue or problem, as the Object Reference lists its fields. */
export const CASE: CatalogueObject = {
  name: 'Case',
  source: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_case.htm',
  fields: {
    AccountId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      referenceTo: ['Account'],
      relationship: 'lookup',
    },
    // Not in the table of the atlas page; listed by the current platform page (and by the Field Reference).
    AssetId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      referenceTo: ['Asset'],
      since: 5,
      source: 'https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-case.html',
    },
    // Spelled as the atlas page spells it (Salesforce's API names ignore case). The atlas page lists it read-only
    // (Filter, Group, Nillable, Sort); the current platform page lists it editable, introduced in API 50.0: the newer page wins.
    AssetWarrantyID: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      referenceTo: ['AssetWarranty'],
      since: 50,
      source: 'https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-case.html',
    },
    BusinessHoursId: { type: 'reference', properties: ['Create', 'Filter', 'Group', 'Sort', 'Update'] },
    CaseNumber: { type: 'string', properties: ['Autonumber', 'Defaulted on create', 'Filter', 'idLookup', 'Sort'] },
    ClosedDate: { type: 'dateTime', properties: ['Filter', 'Nillable', 'Sort'] },
    Comments: {
      type: 'textarea',
      properties: ['Create', 'Delete', 'Layout', 'Nillable', 'Query', 'Retrieve', 'Search', 'Sort', 'Undelete', 'Update'],
    },
    CommunityId: { type: 'reference', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort'], since: 24 },
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
    ContactEmail: { type: 'email', properties: ['Filter', 'Group', 'Nillable', 'Sort'], since: 38 },
    ContactFax: { type: 'phone', properties: ['Filter', 'Group', 'Nillable', 'Sort'], since: 38 },
    ContactId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      referenceTo: ['Contact'],
      relationship: 'lookup',
    },
    ContactMobile: { type: 'phone', properties: ['Filter', 'Group', 'Nillable', 'Sort'], since: 38 },
    ContactPhone: { type: 'phone', properties: ['Filter', 'Group', 'Nillable', 'Sort'], since: 38 },
    CreatorFullPhotoUrl: { type: 'string', properties: ['Filter', 'Group', 'Nillable', 'Sort'], since: 26, availability: 'Chatter Answers' },
    CreatorName: { type: 'string', properties: ['Filter', 'Group', 'Nillable', 'Sort'], since: 26, availability: 'Chatter Answers' },
    CreatorSmallPhotoUrl: { type: 'string', properties: ['Filter', 'Group', 'Nillable', 'Sort'], since: 26, availability: 'Chatter Answers' },
    // Not in this object's table: named by Frequently Occurring Fields for orgs with multiple currencies. That page gives
    // no properties; the type is the one every object page that lists the field gives.
    CurrencyIsoCode: {
      type: 'picklist',
      properties: [],
      availability: 'multiple currencies',
      source: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_fequently_occurring_fields.htm',
    },
    Description: { type: 'textarea', properties: ['Create', 'Nillable', 'Update'] },
    FeedItemId: { type: 'reference', properties: ['Create', 'Group', 'Nillable', 'Sort'], since: 33, availability: 'Question-to-Case' },
    HasCommentsUnreadByOwner: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    HasSelfServiceComments: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'], availability: 'Customer Portal' },
    IsClosed: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    IsClosedOnCreate: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    IsDeleted: { type: 'boolean', properties: ['Defaulted on create', 'Filter'] },
    IsEscalated: { type: 'boolean', properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'] },
    IsSelfServiceClosed: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    IsStopped: { type: 'boolean', properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'] },
    IsVisibleInSelfService: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    Language: {
      type: 'picklist',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'],
      availability: 'Einstein Case Classification',
    },
    LastReferencedDate: { type: 'dateTime', properties: ['Filter', 'Nillable', 'Sort'] },
    LastViewedDate: { type: 'dateTime', properties: ['Filter', 'Nillable', 'Sort'] },
    MasterRecordId: { type: 'reference', properties: ['Filter', 'Group', 'Nillable', 'Sort'], referenceTo: ['Case'], relationship: 'lookup' },
    Origin: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    OwnerId: {
      type: 'reference',
      properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'],
      referenceTo: ['Group', 'User'],
      relationship: 'lookup',
    },
    ParentId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      referenceTo: ['Case'],
      relationship: 'lookup',
    },
    Priority: { type: 'picklist', properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    QuestionId: { type: 'reference', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'], availability: 'an answers zone' },
    Reason: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    RecordTypeId: { type: 'reference', properties: ['Create', 'Filter', 'Nillable', 'Update'], referenceTo: ['RecordType'] },
    ServiceContractId: { type: 'reference', properties: ['Create', 'Filter', 'Nillable', 'Update'], referenceTo: ['ServiceContract'] },
    SlaStartDate: { type: 'dateTime', properties: ['Create', 'Filter', 'Nillable', 'Sort', 'Update'], since: 18 },
    SourceId: { type: 'reference', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    Status: { type: 'picklist', properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    StopStartDate: { type: 'dateTime', properties: ['Filter', 'Nillable', 'Sort'], since: 18 },
    Subject: { type: 'string', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    SuppliedCompany: { type: 'string', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    SuppliedEmail: { type: 'email', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    SuppliedName: { type: 'string', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    SuppliedPhone: { type: 'string', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    Type: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
  },
};

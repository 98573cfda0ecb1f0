import type { CatalogueObject } from '../catalogue-types.js';

// Fields as the page's Fields table lists them, API 67.0 edition, read through the copy of that table Salesforce publishes
// (forcedotcom/sf-skills, platform-data-and-tooling-api-context-get).
// Checked row by row against the text of the page (Winter '26 edition, as the Loyalty Management guide republishes it).
// The page: Task and Event share field-level security; a deployment of one object's field permissions must carry the other's.
// referenceTo is the page's "Refers To"; where it has none, the object the field's description names ("ID of the
// PartnerNetworkConnection..."), and RecordType for RecordTypeId, as Frequently Occurring Fields says.

/** Task: a to-do or call, as the Object Reference lists its fields. */
export const TASK: CatalogueObject = {
  name: 'Task',
  source: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_task.htm',
  fields: {
    AccountId: { type: 'reference', properties: ['Filter', 'Group', 'Nillable', 'Sort'], referenceTo: ['Account'], relationship: 'lookup' },
    ActivityDate: { type: 'date', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    // The page: not subject to field-level security.
    CallDisposition: {
      type: 'string',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      availability: 'Salesforce CRM Call Center',
    },
    // The page: not subject to field-level security.
    CallDurationInSeconds: {
      type: 'int',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      availability: 'Salesforce CRM Call Center',
    },
    // The page: not subject to field-level security.
    CallObject: {
      type: 'string',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      availability: 'Salesforce CRM Call Center',
    },
    CallType: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'] },
    CompletedDateTime: { type: 'dateTime', properties: ['Filter', 'Nillable', 'Sort'] },
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
    // Not in this object's table: named by Frequently Occurring Fields for orgs with multiple currencies. That page gives
    // no properties; the type is the one every object page that lists the field gives.
    CurrencyIsoCode: {
      type: 'picklist',
      properties: [],
      availability: 'multiple currencies',
      source: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_fequently_occurring_fields.htm',
    },
    Description: { type: 'textarea', properties: ['Create', 'Nillable', 'Update'] },
    IsArchived: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    IsClosed: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    IsHighPriority: { type: 'boolean', properties: ['Defaulted on create', 'Filter', 'Group', 'Sort'] },
    IsRecurrence: { type: 'boolean', properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort'] },
    IsReminderSet: { type: 'boolean', properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'] },
    IsVisibleInSelfService: { type: 'boolean', properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'] },
    OwnerId: {
      type: 'reference',
      properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'],
      referenceTo: ['Group', 'User'],
      relationship: 'lookup',
    },
    Priority: { type: 'picklist', properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'] },
    RecurrenceActivityId: { type: 'reference', properties: ['Filter', 'Group', 'Nillable', 'Sort'] },
    RecurrenceDayOfMonth: { type: 'int', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    RecurrenceDayOfWeekMask: { type: 'int', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    RecurrenceEndDateOnly: { type: 'date', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    RecurrenceInstance: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'] },
    RecurrenceInterval: { type: 'int', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    RecurrenceMonthOfYear: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'] },
    RecurrenceRegeneratedType: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'] },
    RecurrenceStartDateOnly: { type: 'date', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    RecurrenceTimeZoneSidKey: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'] },
    RecurrenceType: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort', 'Update'] },
    ReminderDateTime: { type: 'dateTime', properties: ['Create', 'Filter', 'Nillable', 'Sort', 'Update'] },
    Status: { type: 'picklist', properties: ['Create', 'Defaulted on create', 'Filter', 'Group', 'Sort', 'Update'] },
    Subject: { type: 'combobox', properties: ['Create', 'Filter', 'Nillable', 'Sort', 'Update'] },
    TaskSubtype: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Restricted picklist', 'Sort'] },
    TaskWhoIds: { type: 'JunctionIdList', properties: ['Create', 'Update'], availability: 'Shared Activities' },
    Type: { type: 'picklist', properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'] },
    WhatCount: { type: 'int', properties: ['Filter', 'Group', 'Nillable', 'Sort'], availability: 'Shared Activities' },
    WhatId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      referenceTo: [
        'Account', 'Accreditation', 'AssessmentIndicatorDefinition', 'AssessmentTask', 'AssessmentTaskContentDocument', 'AssessmentTaskDefinition',
        'AssessmentTaskOrder', 'Asset', 'AssetRelationship', 'AssignedResource', 'Award', 'BoardCertification', 'BusinessLicense',
        'BusinessMilestone', 'BusinessProfile', 'Campaign', 'CareBarrier', 'CareBarrierDeterminant', 'CareBarrierType', 'CareDeterminant',
        'CareDeterminantType', 'CareDiagnosis', 'CareInterventionType', 'CareMetricTarget', 'CareObservation', 'CareObservationComponent',
        'CarePgmProvHealthcareProvider', 'CarePreauth', 'CarePreauthItem', 'CareProgram', 'CareProgramCampaign', 'CareProgramEligibilityRule',
        'CareProgramEnrollee', 'CareProgramEnrolleeProduct', 'CareProgramEnrollmentCard', 'CareProgramGoal', 'CareProgramProduct',
        'CareProgramProvider', 'CareProgramTeamMember', 'CareProviderAdverseAction', 'CareProviderFacilitySpecialty', 'CareProviderSearchableField',
        'CareRegisteredDevice', 'CareRequest', 'CareRequestDrug', 'CareRequestExtension', 'CareRequestItem', 'CareSpecialty', 'CareSpecialtyTaxonomy',
        'CareTaxonomy', 'Case', 'CommSubscriptionConsent', 'ContactEncounter', 'ContactEncounterParticipant', 'ContactRequest', 'Contract',
        'CoverageBenefit', 'CoverageBenefitItem', 'CreditMemo', 'DelegatedAccount', 'DocumentChecklistItem', 'EnrollmentEligibilityCriteria',
        'HealthcareFacility', 'HealthcareFacilityNetwork', 'HealthcarePayerNetwork', 'HealthcarePractitionerFacility', 'HealthcareProvider',
        'HealthcareProviderNpi', 'HealthcareProviderSpecialty', 'HealthcareProviderTaxonomy', 'IdentityDocument', 'Image', 'IndividualApplication',
        'Invoice', 'ListEmail', 'Location', 'MemberPlan', 'Opportunity', 'Order', 'OtherComponentTask', 'PartyConsent', 'PersonLifeEvent',
        'PlanBenefit', 'PlanBenefitItem', 'ProcessException', 'Product2', 'ProductItem', 'ProductRequest', 'ProductRequestLineItem',
        'ProductTransfer', 'PurchaserPlan', 'ReceivedDocument', 'ResourceAbsence', 'ReturnOrder', 'ReturnOrderLineItem', 'ServiceAppointment',
        'ServiceResource', 'Shift', 'Shipment', 'ShipmentItem', 'Solution', 'Visit', 'VisitedParty', 'VolunteerProject', 'WorkOrder',
        'WorkOrderLineItem',
      ],
      relationship: 'lookup',
    },
    WhoCount: { type: 'int', properties: ['Filter', 'Group', 'Nillable', 'Sort'], availability: 'Shared Activities' },
    WhoId: {
      type: 'reference',
      properties: ['Create', 'Filter', 'Group', 'Nillable', 'Sort', 'Update'],
      referenceTo: ['Contact', 'Lead'],
      relationship: 'lookup',
    },
  },
};

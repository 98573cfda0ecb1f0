import { DEFAULT_ORG_SCHEMA, extendSchema, type OrgEmulatorOptions, type TestFields } from '../emulator/org-emulator.js';
import { anIntegrationUser } from './org-user-builder.js';

/** An active user on the API-only integration profile: the kind an app's client credentials flow runs as. */
const runAsUser = (username: string): TestFields => ({
  ...(anIntegrationUser({ Username: username, Alias: username.slice(4, 12) }) as Record<string, string>),
  Profile: { Name: 'Minimum Access - API Only Integrations' },
});

/** The example's own Apex class and custom permission, deployed from the project before the integrations' access. */
const PROJECT_COMPONENTS = {
  ApexClass: [{ Name: 'OrderSyncRestResource' }],
  CustomPermission: [{ DeveloperName: 'Warehouse_Extract', MasterLabel: 'Warehouse Extract' }],
};

/**
 * The org the example project is written for, before any integration user exists: its custom fields, its Apex
 * class and custom permission, and the connected apps that already exist. What `sf intuser deploy` starts from.
 */
export const ACME_ORG_WITHOUT_USERS: OrgEmulatorOptions = {
  schema: extendSchema(DEFAULT_ORG_SCHEMA, { Order: ['External_Id__c', 'PoNumber'], Account: ['ERP_Customer_Id__c'] }),
  existingConnectedApps: ['Boomi_Case_Sync', 'Data_Backup'],
  records: PROJECT_COMPONENTS,
};

/**
 * The same org with the users its apps' client credentials flows run as, which must exist when the apps'
 * policies deploy through a plain deploy. The example's uat variants name the same users with .uat appended (as a
 * sandbox copy renames them); the tests deploy both environments to this one org, so it holds both names.
 */
export const ACME_ORG: OrgEmulatorOptions = {
  ...ACME_ORG_WITHOUT_USERS,
  records: {
    ...PROJECT_COMPONENTS,
    User: ['svc.erp-sync@acme.example', 'svc.boomi-cases@acme.example', 'svc.erp-sync@acme.example.uat', 'svc.boomi-cases@acme.example.uat'].map(runAsUser),
  },
};

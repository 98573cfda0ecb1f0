import { DEFAULT_ORG_SCHEMA, extendSchema, type OrgEmulatorOptions } from '../emulator/org-emulator.js';

/**
 * The org the example project is written for: its custom fields, its Apex class and custom permission (deployed
 * from the project before the integrations' access), and the connected apps that already exist.
 */
export const ACME_ORG: OrgEmulatorOptions = {
  schema: extendSchema(DEFAULT_ORG_SCHEMA, { Order: ['External_Id__c', 'PoNumber'], Account: ['ERP_Customer_Id__c'] }),
  existingConnectedApps: ['Boomi_Case_Sync', 'Data_Backup'],
  records: {
    ApexClass: [{ Name: 'OrderSyncRestResource' }],
    CustomPermission: [{ DeveloperName: 'Warehouse_Extract', MasterLabel: 'Warehouse Extract' }],
  },
};

import type { Connection } from '@salesforce/core';
import { anIntegrationUser } from '../builders/org-user-builder.js';
import { connectToEmulator, startOrgEmulator, type OrgEmulator, type OrgEmulatorOptions } from './org-emulator.js';

type Saved = { id: string };

/** An emulated org logged in to, with the calls a provisioning client makes. */
export type ProvisioningOrg = {
  org: OrgEmulator;
  connection: Connection;
  /** Creates an integration user (Minimum Access - API Only Integrations) through the API; returns its Id. */
  createUser: (fields?: Record<string, unknown>) => Promise<string>;
  create: (type: string, fields: Record<string, unknown>) => Promise<string>;
  /** Assigns the Salesforce API Integration permission set licence through the API. */
  assignPsl: (userId: string) => Promise<string>;
  /** A permission set granting read on Order, as a deploy leaves it in the tables. */
  ordersPermissionSet: () => string;
};

export const startProvisioningOrg = async (options: OrgEmulatorOptions = {}): Promise<ProvisioningOrg> => {
  const org = await startOrgEmulator(options);
  const { connection } = await connectToEmulator(org);
  const integrationProfileId = String(org.record('Profile', { Name: 'Minimum Access - API Only Integrations' }).Id);
  const create = async (type: string, fields: Record<string, unknown>): Promise<string> => ((await connection.sobject(type).create(fields)) as Saved).id;
  return {
    org,
    connection,
    create,
    createUser: (fields = {}) => create('User', anIntegrationUser({ ProfileId: integrationProfileId, ...fields })),
    assignPsl: (userId) => create('PermissionSetLicenseAssign', { AssigneeId: userId, PermissionSetLicenseId: org.record('PermissionSetLicense', { DeveloperName: 'SalesforceAPIIntegrationPsl' }).Id }),
    ordersPermissionSet: () => {
      const permissionSet = org.insert('PermissionSet', { Name: 'Orders', Label: 'Orders' });
      org.insert('ObjectPermissions', { ParentId: String(permissionSet.Id), SobjectType: 'Order', PermissionsRead: true });
      return String(permissionSet.Id);
    },
  };
};

import { expect } from 'chai';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';
import { anEstate } from '../builders/estate-builder.js';
import { connectToEmulator, DEFAULT_ORG_SCHEMA, extendSchema, isolateSalesforceState, startOrgEmulator, type OrgEmulator, type OrgEmulatorOptions } from '../emulator/org-emulator.js';
import { checkInOrg } from '../../src/resolve/check-in-org.js';
import { openOrgSession, type OrgSession } from '../../src/org/org-session.js';

const INVOICES: OrgEmulatorOptions = {
  schema: extendSchema(DEFAULT_ORG_SCHEMA, {
    Invoice__c: { Status__c: {}, Total__c: { type: 'currency', calculated: true }, Customer__c: { required: true } },
  }),
  records: { ApexClass: [{ Name: 'InvoiceService' }], CustomPermission: [{ DeveloperName: 'Export_Invoices', MasterLabel: 'Export Invoices' }] },
};

describe('checkInOrg: the org\'s word on every name, at its manifest line', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let session: OrgSession;

  const check = async (options: OrgEmulatorOptions, manifest: ReturnType<typeof aManifest>) => {
    org = await startOrgEmulator(options);
    const { connection } = await connectToEmulator(org);
    session = openOrgSession(connection, { waitMs: 60_000 });
    return checkInOrg(anEstate({ 'erp.yaml': manifest }), session);
  };

  afterEach(async () => {
    await session?.close();
    await org?.stop();
  });

  it('finds nothing wrong when the org has every name', async () => {
    const manifest = aManifest({
      permissionSets: [
        aPermissionSet({
          objects: { Invoice__c: { access: ['read', 'edit'], fields: { Status__c: 'edit', Total__c: 'read' } } },
          apexClasses: ['InvoiceService'],
          customPermissions: ['Export_Invoices'],
          userPermissions: ['ApiEnabled'],
        }),
      ],
    });

    const result = await check(INVOICES, manifest);

    expect(result.problems).to.deep.equal([]);
  });

  it('places each name the org lacks, and each field it refuses, at its manifest line', async () => {
    const manifest = aManifest({
      permissionSets: [
        aPermissionSet({
          objects: {
            Invoice__c: { access: ['read', 'edit'], fields: { Status__c: 'edit', Total__c: 'edit', Customer__c: 'read', Missing__c: 'read' } },
            Shipment__c: { access: ['read'] },
          },
          apexClasses: ['InvoiceService', 'acme__InvoiceBatch'],
          customPermissions: ['Export_Invoices', 'acme__Import_Invoices'],
        }),
      ],
    });

    const { problems } = await check(INVOICES, manifest);

    const byPath = Object.fromEntries(problems.map(({ path, message, line }) => [path, { message, line }]));
    expect(Object.keys(byPath).sort()).to.deep.equal([
      'permissionSets[0].apexClasses[1]',
      'permissionSets[0].customPermissions[1]',
      'permissionSets[0].objects.Invoice__c.fields.Customer__c',
      'permissionSets[0].objects.Invoice__c.fields.Missing__c',
      'permissionSets[0].objects.Invoice__c.fields.Total__c',
      'permissionSets[0].objects.Shipment__c',
    ]);
    expect(byPath['permissionSets[0].objects.Invoice__c.fields.Total__c']!.message).to.contain('not updateable');
    expect(byPath['permissionSets[0].objects.Invoice__c.fields.Customer__c']!.message).to.contain('not permissionable');
    expect(byPath['permissionSets[0].apexClasses[1]']!.message).to.equal('The org has no Apex class named "acme__InvoiceBatch".');
    expect(problems.every(({ file, line }) => file === 'integrations/erp.yaml' && typeof line === 'number')).to.equal(true);
  });

  it('refuses a user permission the org does not have', async () => {
    const manifest = aManifest({ permissionSets: [aPermissionSet({ userPermissions: ['ApiEnabled', 'TeleportRecords'] })] });

    const { problems } = await check(INVOICES, manifest);

    expect(problems.map(({ path, message }) => `${path}: ${message}`)).to.deep.equal(['permissionSets[0].userPermissions[1]: The org has no user permission named "TeleportRecords".']);
  });

  it('applies the org\'s own permission dependencies to each permission set', async () => {
    const manifest = aManifest({ permissionSets: [aPermissionSet({ userPermissions: ['ManageUsers', 'ViewSetup'] })] });

    const { problems } = await check(INVOICES, manifest);

    expect(problems.map(({ path, message }) => `${path}: ${message}`)).to.deep.equal([
      'permissionSets[0].userPermissions[0]: In this org, the user permission ManageUsers requires the user permission ManageInternalUsers (the org\'s PermissionDependency table), which this permission set does not grant.',
    ]);
  });

  it('asks for each object once, and all of them at once', async () => {
    const objects = Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`Thing${index}__c`, { access: ['read' as const] }]));
    const schema = extendSchema(DEFAULT_ORG_SCHEMA, Object.fromEntries(Object.keys(objects).map((name) => [name, ['Status__c']])));
    const manifest = aManifest({ permissionSets: [aPermissionSet({ objects }), aPermissionSet({ name: 'More', objects })] });

    const { problems } = await check({ schema }, manifest);

    expect(problems).to.deep.equal([]);
    expect(org.requestLog.count('describe')).to.equal(12);
  });

  it('asks the org for record types, flows and external credential principals', async () => {
    const options: OrgEmulatorOptions = {
      ...INVOICES,
      records: {
        RecordType: [{ SobjectType: 'Invoice__c', DeveloperName: 'Standard', Name: 'Standard', IsActive: true }],
        FlowDefinitionView: [{ ApiName: 'Invoice_Intake', Label: 'Invoice Intake', IsActive: true }],
        ExternalCredential: [{ DeveloperName: 'Ledger', MasterLabel: 'Ledger' }],
        ExternalCredentialParameter: [{ ExternalCredential: { DeveloperName: 'Ledger' }, ParameterName: 'Service', ParameterType: 'NamedPrincipal' }],
      },
    };
    const manifest = aManifest({
      permissionSets: [
        aPermissionSet({
          objects: { Invoice__c: { access: ['read', 'create'], recordTypes: ['Standard', 'Wholesale'] } },
          flows: ['Invoice_Intake', 'Dunning_Run'],
          externalCredentialPrincipals: ['Ledger-Service', 'Ledger-Auditor'],
        }),
      ],
    });

    const { problems } = await check(options, manifest);

    expect(problems.map(({ path, message }) => `${path}: ${message}`)).to.deep.equal([
      'permissionSets[0].objects.Invoice__c.recordTypes[1]: The org has no record type named "Invoice__c.Wholesale".',
      'permissionSets[0].flows[1]: The org has no flow named "Dunning_Run".',
      'permissionSets[0].externalCredentialPrincipals[1]: The org has no external credential principal named "Ledger-Auditor".',
    ]);
  });
});

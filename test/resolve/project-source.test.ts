import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { customFieldTraits, projectSourceOf } from '../../src/resolve/project-source.js';
import { readProjectSource } from '../../src/resolve/read-project-source.js';
import { aProject, type TestProject } from '../builders/project-builder.js';

describe('customFieldTraits', () => {
  it('reads what a CustomField says of its security and its writing', () => {
    expect(customFieldTraits('<CustomField><type>Text</type><required>true</required></CustomField>')).to.deep.equal({ noFieldSecurity: 'required' });
    expect(customFieldTraits('<CustomField><type>MasterDetail</type></CustomField>')).to.deep.equal({ noFieldSecurity: 'masterDetail' });
    expect(customFieldTraits('<CustomField><type>Summary</type></CustomField>')).to.deep.equal({ readOnly: 'rollUp' });
    expect(customFieldTraits('<CustomField><type>AutoNumber</type></CustomField>')).to.deep.equal({ readOnly: 'autoNumber' });
    expect(customFieldTraits('<CustomField><type>Currency</type><formula>A__c * 2</formula></CustomField>')).to.deep.equal({ readOnly: 'formula' });
    expect(customFieldTraits('<CustomField><type>Text</type><required>false</required></CustomField>')).to.deep.equal({});
  });

  it('takes a file that is not XML for a field it knows nothing of', () => {
    expect(customFieldTraits('not <xml')).to.deep.equal({});
  });
});

describe('projectSourceOf', () => {
  it('knows objects by kind, fields by object, and each other component by its file name', () => {
    const source = projectSourceOf([
      { path: 'app/objects/Invoice__c/Invoice__c.object-meta.xml', text: '<CustomObject/>' },
      { path: 'app/objects/Config__c/Config__c.object-meta.xml', text: '<CustomObject><customSettingsType>List</customSettingsType></CustomObject>' },
      { path: 'app/objects/Rate__mdt/Rate__mdt.object-meta.xml', text: '<CustomObject/>' },
      { path: 'app/objects/Account/fields/Tier__c.field-meta.xml', text: '<CustomField><type>Picklist</type></CustomField>' },
      { path: 'app/objects/Case/recordTypes/Support.recordType-meta.xml' },
      { path: 'app/classes/InvoiceApi.cls-meta.xml' },
      { path: 'app/flows/Invoice_Paid.flow-meta.xml' },
      { path: 'app/permissionsets/Shared_Read.permissionset-meta.xml' },
    ]);

    expect([...source.objects.values()].map(({ name, kind, file }) => [name, kind, file !== undefined])).to.deep.equal([
      ['Invoice__c', 'object', true],
      ['Config__c', 'customSetting', true],
      ['Rate__mdt', 'customMetadataType', true],
      ['Account', 'object', false],
      ['Case', 'object', false],
    ]);
    expect(source.objects.get('account')!.fields.get('tier__c')?.name).to.equal('Tier__c');
    expect([...source.objects.get('case')!.recordTypes.values()]).to.deep.equal(['Support']);
    expect([...source.apexClasses.keys(), ...source.flows.keys(), ...source.permissionSets.keys()]).to.deep.equal(['invoiceapi', 'invoice_paid', 'shared_read']);
  });
});

describe('readProjectSource', () => {
  let project: TestProject;

  beforeEach(async () => {
    project = await aProject();
  });

  afterEach(() => project.dispose());

  it('reads the package directories only, never what a link or node_modules holds', async () => {
    await project.write('force-app/main/default/classes/Mine.cls-meta.xml', '<ApexClass/>');
    await project.write('force-app/node_modules/pkg/classes/Theirs.cls-meta.xml', '<ApexClass/>');
    await project.write('elsewhere/classes/Outside.cls-meta.xml', '<ApexClass/>');
    await symlink(join(project.dir, 'elsewhere'), join(project.dir, 'force-app', 'linked'));

    const source = readProjectSource(project.dir, ['force-app', 'missing-dir']);

    expect([...source.apexClasses.keys()]).to.deep.equal(['mine']);
  });
});

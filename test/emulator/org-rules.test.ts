import { expect } from 'chai';
import { CONNECTED_APP_CREATION_BLOCKED } from './deploy/rules/connected-app-rule.js';
import type { DeployedComponent } from './deploy/deploy-zip.js';
import { permissionSetXml } from './metadata-source.js';
import { checkComponent, type OrgFacts } from './deploy/rules/org-rules.js';
import { DEFAULT_ORG_SCHEMA, extendSchema } from './org-schema.js';

const anOrg = (overrides: Partial<OrgFacts> = {}): OrgFacts => ({
  schema: DEFAULT_ORG_SCHEMA,
  allowNewConnectedApps: false,
  connectedAppExists: () => false,
  orgId: '00DEM0000000001AAA',
  held: () => undefined,
  heldOfType: () => [],
  user: () => undefined,
  recalculatingGroups: () => [],
  ...overrides,
});

const aComponent = (type: string, fullName: string, content: string): DeployedComponent => ({ type, fullName, fileName: `folder/${fullName}.suffix`, content });

const permissionSet = (spec: Parameters<typeof permissionSetXml>[0]): DeployedComponent => aComponent('PermissionSet', 'Test', permissionSetXml(spec));

describe('org rules: what the emulated org refuses', () => {
  describe('object and field permissions', () => {
    it('accepts permissions on the objects and fields the org has, whatever their case', () => {
      expect(checkComponent(permissionSet({ objects: ['Order', 'account'], fields: ['Order.Status', 'ACCOUNT.industry'] }), anOrg())).to.equal(undefined);
    });

    it('refuses an object the org does not have', () => {
      expect(checkComponent(permissionSet({ objects: ['Widget__c'] }), anOrg())).to.deep.equal({ problem: 'In field: object - no CustomObject named Widget__c found' });
    });

    it('refuses a field the org does not have, and a field of an object it does not have', () => {
      expect(checkComponent(permissionSet({ fields: ['Order.Foo__c'] }), anOrg())).to.deep.equal({ problem: 'In field: field - no CustomField named Order.Foo__c found' });
      expect(checkComponent(permissionSet({ fields: ['Widget__c.Size__c'] }), anOrg())).to.deep.equal({ problem: 'In field: field - no CustomField named Widget__c.Size__c found' });
    });

    it('refuses field-level security on a required field', () => {
      expect(checkComponent(permissionSet({ fields: ['Opportunity.CloseDate'] }), anOrg())).to.deep.equal({ problem: 'You cannot deploy to a required field: Opportunity.CloseDate' });
    });

    it('knows the fields a test adds to the schema, required or not', () => {
      const schema = extendSchema(DEFAULT_ORG_SCHEMA, { Order: ['External_Id__c'], Invoice__c: { Number__c: { required: true } } });

      expect(checkComponent(permissionSet({ objects: ['Invoice__c'], fields: ['Order.External_Id__c'] }), anOrg({ schema }))).to.equal(undefined);
      expect(checkComponent(permissionSet({ fields: ['Invoice__c.Number__c'] }), anOrg({ schema }))?.problem).to.equal('You cannot deploy to a required field: Invoice__c.Number__c');
    });

    it('checks a muting permission set like a permission set', () => {
      const muting = permissionSetXml({ fields: ['Order.Foo__c'] }).replace(/PermissionSet/g, 'MutingPermissionSet');

      expect(checkComponent(aComponent('MutingPermissionSet', 'Muted', muting), anOrg())?.problem).to.equal('In field: field - no CustomField named Order.Foo__c found');
    });
  });

  describe('element order (the WSDL sequence)', () => {
    it('refuses an element before one it should follow, where Salesforce’s parser finds it', () => {
      const outOfOrder = ['<?xml version="1.0" encoding="UTF-8"?>', '<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">', '    <label>Orders</label>', '    <description>Orders</description>', '</PermissionSet>', ''].join('\n');

      expect(checkComponent(aComponent('PermissionSet', 'Orders', outOfOrder), anOrg())).to.deep.equal({
        problem: 'Error parsing file: Element {http://soap.sforce.com/2006/04/metadata}description invalid at this location in type PermissionSet',
        lineNumber: 4,
        columnNumber: 18,
      });
    });

    it('refuses a second run of a repeated element', () => {
      const split = permissionSetXml({ objects: ['Order'], fields: ['Order.Status'] }).replace('</PermissionSet>', '    <fieldPermissions><field>Order.Description</field></fieldPermissions>\n</PermissionSet>');

      expect(checkComponent(aComponent('PermissionSet', 'Split', split), anOrg())?.problem).to.match(/fieldPermissions invalid at this location in type PermissionSet$/);
    });

    it('compares with case: isDPopEnabled comes before isDeviceFlowEnabled', () => {
      const group = (children: string): string => `<PermissionSetGroup xmlns="http://soap.sforce.com/2006/04/metadata">${children}</PermissionSetGroup>`;

      expect(checkComponent(aComponent('PermissionSetGroup', 'G', group('<label>G</label><permissionSets>A</permissionSets><status>Updated</status>')), anOrg())).to.equal(undefined);
      expect(checkComponent(aComponent('PermissionSetGroup', 'G', group('<permissionSets>A</permissionSets><label>G</label>')), anOrg())?.problem).to.match(/label invalid at this location in type PermissionSetGroup$/);
      expect(checkComponent(aComponent('ExtlClntAppGlobalOauthSettings', 'A_glbloauth', '<ExtlClntAppGlobalOauthSettings><isDeviceFlowEnabled>false</isDeviceFlowEnabled><isCodeCredFlowEnabled>false</isCodeCredFlowEnabled></ExtlClntAppGlobalOauthSettings>'), anOrg())?.problem).to.match(/isCodeCredFlowEnabled invalid/);
    });

    it('wants fullName, from the Metadata base type, before the type’s own elements', () => {
      const withFullName = (xml: string, before: string): string => xml.replace(before, `<fullName>Orders</fullName>\n    ${before}`);
      const xml = permissionSetXml({ fields: ['Order.Status'] });

      expect(checkComponent(aComponent('PermissionSet', 'Orders', withFullName(xml, '<fieldPermissions>')), anOrg())).to.equal(undefined);
      expect(checkComponent(aComponent('PermissionSet', 'Orders', withFullName(xml, '<label>')), anOrg())?.problem).to.match(/fullName invalid at this location/);
    });
  });

  describe('connected apps (new ones blocked since Spring ’26)', () => {
    const app = aComponent('ConnectedApp', 'ERP_Sync', '<ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata"><contactEmail>a@b.example</contactEmail><label>ERP Sync</label></ConnectedApp>');

    it('refuses a connected app the org does not have', () => {
      expect(checkComponent(app, anOrg())).to.deep.equal({ problem: CONNECTED_APP_CREATION_BLOCKED });
    });

    it('accepts one it has, or any when creation was re-enabled', () => {
      expect(checkComponent(app, anOrg({ connectedAppExists: (name) => name === 'ERP_Sync' }))).to.equal(undefined);
      expect(checkComponent(app, anOrg({ allowNewConnectedApps: true }))).to.equal(undefined);
    });
  });

  it('refuses a file that does not parse, saying where', () => {
    const problem = checkComponent(aComponent('PermissionSet', 'Broken', '<PermissionSet><label>Broken</PermissionSet>'), anOrg());

    expect(problem?.problem).to.match(/^Error parsing file: /);
    expect(problem?.lineNumber).to.equal(1);
  });

  it('accepts any type it has no rules for as it is', () => {
    expect(checkComponent(aComponent('ApexClass', 'Anything', 'not even XML'), anOrg())).to.equal(undefined);
  });
});

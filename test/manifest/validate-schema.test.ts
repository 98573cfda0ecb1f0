import { expect } from 'chai';
import { validateSchema } from '../../src/manifest/validate-schema.js';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';

const FILE = 'integrations/erp.yaml';

const diagnosticsOf = (data: unknown) => {
  const outcome = validateSchema(FILE, data);
  return outcome.ok ? [] : outcome.diagnostics;
};

describe('validateSchema', () => {
  it('accepts a complete manifest', () => {
    expect(validateSchema(FILE, aManifest()).ok).to.equal(true);
  });

  it('names an unknown key, points at the key, and suggests the close one', () => {
    const [diagnostic, ...rest] = diagnosticsOf({ ...aManifest(), contakt: 'x' });

    expect(rest).to.have.length(0);
    expect(diagnostic!.message).to.equal('Unknown key "contakt".');
    expect(diagnostic!.at).to.deep.equal({ path: ['contakt'], key: true });
    expect(diagnostic!.fix).to.equal('Did you mean "contact"?');
  });

  it('suggests keys deep inside permission sets, and does not also call the misspelt key missing', () => {
    const manifest = aManifest({ permissionSets: [{ name: 'Orders', objects: { Order: { acess: ['read'] } } } as never] });

    const messages = diagnosticsOf(manifest).map(({ message, fix }) => `${message} ${fix}`);

    expect(messages).to.deep.equal(['Unknown key "acess". Did you mean "access"?']);
  });

  it('lists the allowed keys when nothing is close', () => {
    const [diagnostic] = diagnosticsOf({ ...aManifest(), zzzzzzzz: 1 });

    expect(diagnostic!.fix).to.contain('name, label, description, contact, user, permissionSets');
  });

  it('reports a missing required key where it belongs', () => {
    const manifest: Partial<ReturnType<typeof aManifest>> = aManifest();
    delete manifest.contact;

    const [diagnostic] = diagnosticsOf(manifest);

    expect(diagnostic!.message).to.equal('The required key "contact" is missing.');
    expect(diagnostic!.at.path).to.deep.equal(['contact']);
  });

  it('reports a wrong type', () => {
    const [diagnostic] = diagnosticsOf(aManifest({ permissionSets: 'Orders' as never }));

    expect(diagnostic!.message).to.equal('The value must be of type array.');
    expect(diagnostic!.at.path).to.deep.equal(['permissionSets']);
  });

  it('reports a value outside its enumeration, with the likely one', () => {
    const manifest = aManifest({ permissionSets: [aPermissionSet({ objects: { Order: { access: ['read', 'eddit' as never] } } })] });

    const [diagnostic] = diagnosticsOf(manifest);

    expect(diagnostic!.message).to.match(/^"eddit" is not one of: read, create, edit/);
    expect(diagnostic!.fix).to.equal('Did you mean "edit"?');
    expect(diagnostic!.at.path).to.deep.equal(['permissionSets', 0, 'objects', 'Order', 'access', 1]);
  });

  for (const name of ['1ERP', 'ERP__Sync', 'ERP_', 'ERP Sync', '../../etc/passwd', 'ERP/Sync', 'a'.repeat(41)]) {
    it(`refuses the integration name ${JSON.stringify(name.length > 20 ? `${name.slice(0, 10)}…` : name)}`, () => {
      const diagnostics = diagnosticsOf(aManifest({ name }));

      expect(diagnostics).to.have.length.greaterThan(0);
      expect(diagnostics[0]!.at.path).to.deep.equal(['name']);
    });
  }

  it('explains an invalid API name in words', () => {
    const [diagnostic] = diagnosticsOf(aManifest({ name: 'ERP__Sync' }));

    expect(diagnostic!.message).to.equal('"ERP__Sync" is not valid here: expected an API name: a letter first, then letters, digits and single underscores, not ending with an underscore.');
    expect(diagnostic!.fix).to.equal('Write an API name: a letter first, then letters, digits and single underscores, not ending with an underscore.');
  });

  it('refuses an object name that could escape a folder, pointing at the name', () => {
    const manifest = aManifest({ permissionSets: [aPermissionSet({ objects: { '../Order': { access: ['read'] } } })] });

    const [diagnostic] = diagnosticsOf(manifest);

    expect(diagnostic!.at).to.deep.equal({ path: ['permissionSets', 0, 'objects', '../Order'], key: true });
  });

  it('accepts namespaced and suffixed component names', () => {
    const manifest = aManifest({
      permissionSets: [aPermissionSet({ objects: { acme__Invoice__c: { access: ['read'], fields: { acme__Total__c: 'read', Name: 'read' } } }, apexClasses: ['acme__Sync'] })],
    });

    expect(diagnosticsOf(manifest)).to.deep.equal([]);
  });

  it('accepts record types, custom metadata types, custom settings, flows, external credential principals and existing permission sets', () => {
    const manifest = aManifest({
      permissionSets: [
        aPermissionSet({
          objects: { Case: { access: ['read', 'create'], recordTypes: ['Support', 'acme__Field_Service'] } },
          customMetadataTypes: ['Sync_Setting__mdt', 'acme__Mapping__mdt'],
          customSettings: ['Sync_Config__c'],
          flows: ['Case_Intake', 'acme__Route_Case'],
          externalCredentialPrincipals: ['ERP_API-Order_Sync', 'acme__Vault-Named Principal 1'],
        }),
      ],
      existingPermissionSets: ['acme__Connector_User', 'Shared_Read_Only'],
      mute: { objects: { Case: { recordTypes: ['Support'] } }, flows: ['Case_Intake'], customSettings: ['Sync_Config__c'] },
    });

    expect(diagnosticsOf(manifest)).to.deep.equal([]);
  });

  for (const [what, grants, path, expected] of [
    ['a custom metadata type without its __mdt suffix', { customMetadataTypes: ['Sync_Setting__c'] }, ['customMetadataTypes', 0], 'ending in __mdt'],
    ['a custom setting without its __c suffix', { customSettings: ['Sync_Config'] }, ['customSettings', 0], 'ending in __c'],
    ['a principal written as Setup shows it, with spaces around the dash', { externalCredentialPrincipals: ['ERP_API - Order Sync'] }, ['externalCredentialPrincipals', 0], 'a dash, then the name of one of its principals'],
    ['a principal without its external credential', { externalCredentialPrincipals: ['Order_Sync'] }, ['externalCredentialPrincipals', 0], 'a dash, then the name of one of its principals'],
    ['a flow name that is not an API name', { flows: ['Case Intake'] }, ['flows', 0], 'an API name'],
    ['a record type written with its object', { objects: { Case: { access: ['create'], recordTypes: ['Case.Support'] } } }, ['objects', 'Case', 'recordTypes', 0], 'an API name'],
  ] as const) {
    it(`refuses ${what}, and says what is expected`, () => {
      const [diagnostic, ...rest] = diagnosticsOf(aManifest({ permissionSets: [aPermissionSet(grants as never)] }));

      expect(rest).to.deep.equal([]);
      expect(diagnostic!.at.path).to.deep.equal(['permissionSets', 0, ...path]);
      expect(diagnostic!.message).to.contain(expected);
    });
  }

  it('refuses an existing permission set listed twice', () => {
    const [diagnostic] = diagnosticsOf(aManifest({ existingPermissionSets: ['Shared_Read_Only', 'Shared_Read_Only'] }));

    expect(diagnostic!.at.path).to.deep.equal(['existingPermissionSets', 1]);
  });

  it('suggests flows for a misspelt key of a permission set', () => {
    const [diagnostic] = diagnosticsOf(aManifest({ permissionSets: [{ ...aPermissionSet(), flow: ['Case_Intake'] } as never] }));

    expect(`${diagnostic!.message} ${diagnostic!.fix}`).to.equal('Unknown key "flow". Did you mean "flows"?');
  });

  it('reports an entry listed twice', () => {
    const manifest = aManifest({ permissionSets: [aPermissionSet({ userPermissions: ['ApiEnabled', 'ViewSetup', 'ApiEnabled'] })] });

    const [diagnostic] = diagnosticsOf(manifest);

    expect(diagnostic!.message).to.equal('"ApiEnabled" is listed twice (entries 0 and 2).');
  });

  it('refuses an empty list of permission sets', () => {
    const [diagnostic] = diagnosticsOf(aManifest({ permissionSets: [] }));

    expect(diagnostic!.message).to.equal('The list must have at least 1 entries.');
  });

  it('refuses a username that is not an address', () => {
    const [diagnostic] = diagnosticsOf(aManifest({ user: { username: 'svc-erp' } }));

    expect(diagnostic!.at.path).to.deep.equal(['user', 'username']);
    expect(diagnostic!.message).to.contain('name@domain.tld');
  });

  it('refuses an alias longer than Salesforce allows', () => {
    const [diagnostic] = diagnosticsOf(aManifest({ user: { username: 'a@b.example', alias: 'toolongalias' } }));

    expect(diagnostic!.message).to.equal('The value is longer than 8 characters.');
  });

  it('suggests the app key meant', () => {
    const [diagnostic] = diagnosticsOf({ ...aManifest(), app: { flw: 'jwtBearer' } });

    expect(`${diagnostic!.message} ${diagnostic!.fix}`).to.equal('Unknown key "flw". Did you mean "flow"?');
  });

  it('suggests the OAuth scope meant', () => {
    const [diagnostic] = diagnosticsOf({ ...aManifest(), app: { scopes: ['api', 'refresh_tokn'] } });

    expect(diagnostic!.at.path).to.deep.equal(['app', 'scopes', 1]);
    expect(diagnostic!.fix).to.equal('Did you mean "refresh_token"?');
  });

  for (const [what, app, path] of [
    ['a refresh-token lifetime in weeks', { refreshToken: '2w' }, ['app', 'refreshToken']],
    ['an address that is not IPv4', { ipRanges: [{ start: '10.0.0.300', end: '10.0.0.1' }] }, ['app', 'ipRanges', 0, 'start']],
    ['a certificate outside the project', { certificate: '../../home/me/erp.crt' }, ['app', 'certificate']],
    ['a callback that is not a URL', { callbackUrl: 'login.salesforce.com' }, ['app', 'callbackUrl']],
    ['an app type that does not exist', { type: 'externalApp' }, ['app', 'type']],
  ] as const) {
    it(`refuses ${what}`, () => {
      const [diagnostic] = diagnosticsOf({ ...aManifest(), app });

      expect(diagnostic!.at.path).to.deep.equal(path);
    });
  }

  it('refuses an environment name that is not a lower-case word', () => {
    const [diagnostic] = diagnosticsOf({ ...aManifest(), environments: { UAT_1: {} } });

    expect(diagnostic!.at).to.deep.equal({ path: ['environments', 'UAT_1'], key: true });
    expect(diagnostic!.message).to.contain('lower-case name');
  });

  it('lets an environment override user and app values, and nothing else', () => {
    const diagnostics = diagnosticsOf({ ...aManifest(), app: {}, environments: { uat: { user: { username: 'svc@acme.example.uat' }, app: { callbackUrl: 'https://uat.acme.example/cb' }, permissionSets: [] } } });

    expect(diagnostics.map(({ message }) => message)).to.deep.equal(['Unknown key "permissionSets".']);
  });

  it('reports every problem of a manifest at once', () => {
    expect(diagnosticsOf({ name: 'bad name', contact: 'nope', user: {}, permissionSets: [] })).to.have.length(4);
  });
});

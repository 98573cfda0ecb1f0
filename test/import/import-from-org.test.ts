import { expect } from 'chai';
import { load } from 'js-yaml';
import type { Connection } from '@salesforce/core';
import { importFromOrg, type ImportOptions } from '../../src/import/run-import.js';
import type { ImportResult } from '../../src/import/import-result.js';
import type { Manifest } from '../../src/manifest/manifest.js';
import { openOrgSession } from '../../src/org/org-session.js';
import { arrangeLegacyIntegration, MULESOFT, orgPermissionSetXml, type LegacyIntegrationSpec } from '../builders/legacy-integration-builder.js';
import { legacyConnectedAppXml } from '../builders/org-component-builder.js';
import { aProject, type TestProject } from '../builders/project-builder.js';
import { connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator, type OrgEmulatorOptions } from '../emulator/org-emulator.js';
import { rejectionOf } from '../support/rejection.js';

const USERNAME = MULESOFT.username;

describe('importFromOrg, against an emulated org over HTTP', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let connection: Connection;
  let project: TestProject;

  const start = async (spec: LegacyIntegrationSpec, options: OrgEmulatorOptions = {}): Promise<void> => {
    org = await startOrgEmulator(options);
    ({ connection } = await connectToEmulator(org));
    arrangeLegacyIntegration(org, spec);
    project = await aProject();
    org.requestLog.clear();
  };

  const runImport = async (options: Partial<ImportOptions> = {}): Promise<ImportResult> => {
    const session = openOrgSession(connection, { waitMs: 60_000 });
    try {
      return await importFromOrg(
        { projectDir: project.dir, packageDirectories: ['force-app'], sourceApiVersion: '66.0', name: 'MuleSoft_Sync', username: USERNAME, keepNames: false, force: false, fromProfile: false, ...options },
        session
      );
    } finally {
      await session.close();
    }
  };

  const written = async (): Promise<{ text: string; manifest: Manifest }> => {
    const text = await project.read('integrations/mulesoft-sync.yaml');
    return { text, manifest: load(text) as Manifest };
  };

  afterEach(async () => {
    await org?.stop();
    await project?.dispose();
  });

  it('writes a legacy user\'s two permission sets and its connected app as a manifest under the plugin\'s names, reading only', async () => {
    await start(MULESOFT);

    const result = await runImport();

    const { manifest } = await written();
    expect(manifest).to.deep.equal({
      name: 'MuleSoft_Sync',
      contact: 'integrations@acme.example',
      user: { username: USERNAME, lastName: 'ERP Sync', alias: 'erpsync', email: 'integrations@acme.example', timeZone: 'Europe/London', locale: 'en_GB', language: 'en_US' },
      permissionSets: [
        { name: 'MuleSoft_Accounts', objects: { Account: { access: ['edit'], fields: { Rating: 'edit' } } } },
        // Account read goes without saying: Order's create requires it, and generate writes it out.
        { name: 'MuleSoft_Orders', description: 'Orders from the ERP', objects: { Order: { access: ['create', 'edit'], fields: { Description: 'read', Type: 'edit' } } }, userPermissions: ['ApiEnabled'] },
      ],
      app: { ipRanges: [{ start: '203.0.113.10', end: '203.0.113.20', description: 'MuleSoft workers' }] },
    });
    expect(result.permissionSets).to.deep.equal([
      { from: 'MuleSoft_Accounts', to: 'MuleSoft_Sync_MuleSoft_Accounts', adopted: false },
      { from: 'MuleSoft_Orders', to: 'MuleSoft_Sync_MuleSoft_Orders', adopted: false },
    ]);
    expect(result.app).to.deep.equal({ fromType: 'ConnectedApp', from: 'MuleSoft_Connector', toType: 'ExternalClientApplication', to: 'MuleSoft_Sync', adopted: false });
    expect(result.written).to.deep.equal(['integrations/mulesoft-sync.yaml']);
    expect(org.requestLog.all.every(({ method, kind }) => method === 'GET' || kind.startsWith('metadata:'))).to.equal(true);
    expect(org.requestLog.all.map(({ kind }) => kind)).to.not.include('metadata:deploy');
  });

  it('says in the file that the old permission sets and app stay in the org, and that the new app needs new credentials', async () => {
    await start(MULESOFT);

    await runImport();

    const { text } = await written();
    const comments = text.replace(/\n\s*# /g, ' ');
    expect(comments).to.contain('Imported from the permission set MuleSoft_Orders, which stays in the org, assigned, until removed by hand');
    expect(comments).to.contain('Imported from the connected app MuleSoft_Connector, which stays in the org until removed by hand: the next deploy creates the External Client App MuleSoft_Sync, whose new consumer key and secret the external system needs');
    expect(text.split('\n').every((line) => line.length <= 100)).to.equal(true);
  });

  it('adopts the permission sets and the connected app in place with keepNames, their labels and descriptions kept', async () => {
    await start(MULESOFT);

    const result = await runImport({ keepNames: true });

    const { manifest } = await written();
    expect(manifest.label).to.equal('MuleSoft Connector');
    expect(manifest.permissionSets.map(({ name, apiName, label, description }) => ({ name, apiName, label, description }))).to.deep.equal([
      { name: 'MuleSoft_Accounts', apiName: 'MuleSoft_Accounts', label: 'MuleSoft Accounts', description: '' },
      { name: 'MuleSoft_Orders', apiName: 'MuleSoft_Orders', label: 'MuleSoft Orders', description: 'Orders from the ERP' },
    ]);
    expect(manifest.app).to.deep.equal({ apiName: 'MuleSoft_Connector', type: 'connectedApp', description: '', ipRanges: [{ start: '203.0.113.10', end: '203.0.113.20', description: 'MuleSoft workers' }] });
    expect(result.permissionSets.every(({ adopted }) => adopted)).to.equal(true);
    expect(result.app).to.include({ adopted: true, to: 'MuleSoft_Connector', toType: 'ConnectedApp' });
  });

  it('comments at every place the org held what the manifest cannot say or validate objects to', async () => {
    await start({
      username: USERNAME,
      permissionSets: {
        Legacy_Everything: {
          label: 'Legacy Everything',
          objects: { Account: ['read', 'edit', 'delete', 'viewAll', 'modifyAll'], Order: ['read', 'viewAll'] },
          userPermissions: ['ApiEnabled', 'ModifyAllData', 'ViewAllData'],
          tabs: ['standard-Account'],
          hasActivationRequired: true,
        },
      },
      apps: [{ type: 'ConnectedApp', fullName: 'Legacy_App', xml: legacyConnectedAppXml({ label: 'Legacy App', adminApproved: false, runAs: 'admin@acme.example', permissionSets: ['Legacy_Everything'], ipRelaxation: 'BYPASS', refreshTokenPolicy: 'infinite', scopes: ['Api', 'Full', 'CustomApplications'] }) }],
    });

    await runImport({ keepNames: true });

    const { text, manifest } = await written();
    const comments = text.replace(/\n\s*# /g, ' ');
    expect(comments).to.contain('sf intuser validate, critical-user-permission (error): Permission set Legacy_Everything grants the user permission ModifyAllData');
    expect(comments).to.contain('critical-user-permission (error): Permission set Legacy_Everything grants the user permission ViewAllData');
    expect(comments).to.contain('object-modify-all (error)');
    expect(comments).to.contain('object-view-all (error)');
    expect(comments).to.contain('also holds tabSettings, which no manifest expresses');
    expect(comments).to.contain('session-based');
    expect(comments).to.contain('lets users authorize themselves');
    expect(comments).to.contain('relaxes IP restrictions (BYPASS)');
    expect(comments).to.contain('app-infinite-refresh-token (error)');
    expect(comments).to.contain('app-full-scope (error)');
    expect(comments).to.contain('also has the scopes CustomApplications');
    expect(comments).to.contain('runs the client credentials flow as admin@acme.example');
    expect(manifest.permissionSets[0]!.objects).to.deep.equal({ Account: { access: ['modifyAll'] }, Order: { access: ['viewAll'] } });
    expect(manifest.app).to.include({ refreshToken: 'infinite' });
    expect(manifest.app?.scopes).to.deep.equal(['api', 'full']);
  });

  it('keeps a managed package\'s permission set as an existing one, without retrieving it', async () => {
    org = await startOrgEmulator();
    ({ connection } = await connectToEmulator(org));
    org.setup.put('PermissionSet', 'acme__Connector_User', orgPermissionSetXml({ label: 'Connector User', objects: { Account: ['read'] } }), { namespacePrefix: 'acme' });
    arrangeLegacyIntegration(org, { ...MULESOFT, apps: [], alsoAssigned: ['acme__Connector_User'] });
    project = await aProject();

    const result = await runImport();

    const { manifest, text } = await written();
    expect(manifest.existingPermissionSets).to.deep.equal(['acme__Connector_User']);
    expect(manifest.permissionSets.map(({ name }) => name)).to.deep.equal(['MuleSoft_Accounts', 'MuleSoft_Orders']);
    expect(result.existingPermissionSets).to.deep.equal(['acme__Connector_User']);
    expect(org.retrieves.flatMap(({ request }) => request.manifest.types.flatMap(({ members }) => members))).to.not.include('acme__Connector_User');
    expect(text).to.contain("# acme__Connector_User is a managed package's permission set");
  });

  it('imports a group\'s permission sets and its mute, adopting the group named like the integration', async () => {
    const muting = orgPermissionSetXml({ label: 'Muted', objects: { Order: ['edit'] } }).replace(/PermissionSet/g, 'MutingPermissionSet').replace('    <hasActivationRequired>false</hasActivationRequired>\n', '');
    await start({
      username: USERNAME,
      permissionSets: { MuleSoft_Orders: MULESOFT.permissionSets!.MuleSoft_Orders! },
      groups: { MuleSoft_Sync: { label: 'MuleSoft Sync', permissionSets: ['MuleSoft_Orders'], muting: { name: 'MuleSoft_Sync_Muted', xml: muting } } },
    });

    await runImport({ keepNames: true });

    const { manifest, text } = await written();
    expect(manifest.label).to.equal('MuleSoft Sync');
    expect(manifest.permissionSets.map(({ name, apiName }) => [name, apiName])).to.deep.equal([['MuleSoft_Orders', 'MuleSoft_Orders']]);
    expect(manifest.mute).to.deep.equal({ objects: { Order: { access: ['edit'] } } });
    expect(text).to.contain('# Held through the permission set group MuleSoft_Sync.');
  });

  it('finds the External Client App that admits the user\'s permission set, and never reads its consumer secret', async () => {
    const app = 'MuleSoft_ECA';
    await start({ ...MULESOFT, apps: [] }, { consumerSecretsInMetadataApi: true });
    org.setup.put('ExternalClientApplication', app, '<?xml version="1.0" encoding="UTF-8"?>\n<ExternalClientApplication xmlns="http://soap.sforce.com/2006/04/metadata">\n    <contactEmail>mulesoft@acme.example</contactEmail>\n    <distributionState>Local</distributionState>\n    <isProtected>false</isProtected>\n    <label>MuleSoft ECA</label>\n</ExternalClientApplication>\n');
    org.setup.put('ExtlClntAppOauthSettings', `${app}_oauth`, `<?xml version="1.0" encoding="UTF-8"?>\n<ExtlClntAppOauthSettings xmlns="http://soap.sforce.com/2006/04/metadata">\n    <commaSeparatedOauthScopes>Api, RefreshToken</commaSeparatedOauthScopes>\n    <externalClientApplication>${app}</externalClientApplication>\n    <label>${app}</label>\n</ExtlClntAppOauthSettings>\n`);
    org.setup.put('ExtlClntAppGlobalOauthSettings', `${app}_glbloauth`, `<?xml version="1.0" encoding="UTF-8"?>\n<ExtlClntAppGlobalOauthSettings xmlns="http://soap.sforce.com/2006/04/metadata">\n    <callbackUrl>https://login.salesforce.com/services/oauth2/callback</callbackUrl>\n    <externalClientApplication>${app}</externalClientApplication>\n    <isClientCredentialsFlowEnabled>true</isClientCredentialsFlowEnabled>\n    <label>${app}</label>\n</ExtlClntAppGlobalOauthSettings>\n`);
    org.setup.put('ExtlClntAppOauthConfigurablePolicies', `${app}_oauth_defaultPolicy`, `<?xml version="1.0" encoding="UTF-8"?>\n<ExtlClntAppOauthConfigurablePolicies xmlns="http://soap.sforce.com/2006/04/metadata">\n    <clientCredentialsFlowUser>${USERNAME}</clientCredentialsFlowUser>\n    <commaSeparatedPermissionSet>MuleSoft_Orders</commaSeparatedPermissionSet>\n    <externalClientApplication>${app}</externalClientApplication>\n    <ipRelaxationPolicyType>Enforce</ipRelaxationPolicyType>\n    <isClientCredentialsFlowEnabled>true</isClientCredentialsFlowEnabled>\n    <label>${app}</label>\n    <permittedUsersPolicyType>AdminApprovedPreAuthorized</permittedUsersPolicyType>\n    <refreshTokenPolicyType>SpecificLifetime</refreshTokenPolicyType>\n    <refreshTokenValidityPeriod>8</refreshTokenValidityPeriod>\n    <refreshTokenValidityUnit>Hours</refreshTokenValidityUnit>\n</ExtlClntAppOauthConfigurablePolicies>\n`);
    const secret = org.setup.read('ExtlClntAppGlobalOauthSettings', `${app}_glbloauth`)!.match(/<consumerSecret>([^<]+)</)![1]!;

    const result = await runImport({ keepNames: true });

    const { manifest, text } = await written();
    expect(result.app).to.deep.equal({ fromType: 'ExternalClientApplication', from: app, toType: 'ExternalClientApplication', to: app, adopted: true });
    expect(manifest.contact).to.equal('mulesoft@acme.example');
    expect(manifest.app).to.deep.equal({ apiName: app, description: '', scopes: ['api', 'refresh_token'], refreshToken: '8h' });
    expect(text).to.not.contain(secret);
    expect(text).to.not.match(/consumer(Key|Secret):/);
    expect(org.retrieves.flatMap(({ request }) => request.manifest.types.map(({ name }) => name))).to.not.include('ExtlClntAppGlobalOauthSettings');
  });

  it('refuses to overwrite a manifest without force, before asking the org anything, and replaces it with force', async () => {
    await start(MULESOFT);
    await project.write('integrations/mulesoft-sync.yaml', '# hand-written\n');

    const refused = await rejectionOf(runImport());

    expect(refused).to.include({ name: 'ManifestExistsError' });
    expect(refused.message).to.contain('integrations/mulesoft-sync.yaml');
    expect(await project.read('integrations/mulesoft-sync.yaml')).to.equal('# hand-written\n');
    expect(org.requestLog.count()).to.equal(0);

    await runImport({ force: true });

    expect((await written()).manifest.name).to.equal('MuleSoft_Sync');
  });

  it('says which user it could not find, and writes nothing', async () => {
    await start(MULESOFT);

    const refused = await rejectionOf(runImport({ username: 'nobody@acme.example' }));

    expect(refused).to.include({ name: 'UserNotFoundError' });
    expect(refused.message).to.contain('nobody@acme.example');
    expect([...(await project.snapshot()).keys()]).to.deep.equal(['sfdx-project.json']);
  });

  it('moves a System Administrator profile\'s object, field and user permissions into a permission set with fromProfile', async () => {
    await start({ username: USERNAME, profile: 'System Administrator', permissionSets: { MuleSoft_Accounts: MULESOFT.permissionSets!.MuleSoft_Accounts! }, integrationLicence: false });
    const profile = org.record('Profile', { Name: 'System Administrator' });
    const profilePermissionSet = String(org.record('PermissionSet', { ProfileId: String(profile.Id), IsOwnedByProfile: true }).Id);
    const rights = { PermissionsRead: true, PermissionsCreate: true, PermissionsEdit: true, PermissionsDelete: true, PermissionsViewAllRecords: true, PermissionsModifyAllRecords: true, PermissionsViewAllFields: false };
    org.insert('ObjectPermissions', { ParentId: profilePermissionSet, SobjectType: 'Account', ...rights });
    org.insert('ObjectPermissions', { ParentId: profilePermissionSet, SobjectType: 'Order', ...rights, PermissionsDelete: false, PermissionsViewAllRecords: false, PermissionsModifyAllRecords: false, PermissionsCreate: false });
    org.insert('FieldPermissions', { ParentId: profilePermissionSet, SobjectType: 'Order', Field: 'Order.Type', PermissionsRead: true, PermissionsEdit: true });

    const result = await runImport({ fromProfile: true });

    const { manifest, text } = await written();
    const fromProfile = manifest.permissionSets.find(({ name }) => name === 'Profile')!;
    expect(fromProfile.description).to.equal('From the profile System Administrator');
    expect(fromProfile.objects).to.deep.equal({ Account: { access: ['create', 'modifyAll'] }, Order: { access: ['edit'], fields: { Type: 'edit' } } });
    expect(fromProfile.userPermissions).to.include.members(['ApiEnabled', 'ModifyAllData', 'ViewAllData']);
    expect(result.profileMove).to.deep.equal({ profile: 'System Administrator', licence: 'Salesforce' });
    expect(result.permissionSets.map(({ from }) => from)).to.include('Profile:System Administrator');
    const comments = text.replace(/\n\s*# /g, ' ');
    expect(comments).to.contain('The object, field and user permissions of the profile System Administrator (--from-profile). The next deploy moves the user to the API-only profile');
    expect(comments).to.contain("The user's profile is System Administrator (licence Salesforce): the next deploy moves the user to the API-only profile");
    expect(comments).to.contain('critical-user-permission (error): Permission set MuleSoft_Sync_Profile grants the user permission ModifyAllData');
    expect(comments).to.contain('object-modify-all (error)');
  });

  it('leaves the profile alone without fromProfile, and says the next deploy moves the user off it', async () => {
    await start({ ...MULESOFT, profile: 'System Administrator', integrationLicence: false });

    const result = await runImport();

    const { manifest } = await written();
    expect(manifest.permissionSets.map(({ name }) => name)).to.deep.equal(['MuleSoft_Accounts', 'MuleSoft_Orders']);
    expect(result.profileMove).to.deep.equal({ profile: 'System Administrator', licence: 'Salesforce' });
  });

  it('refuses a user who holds no permission set of its own, pointing at --from-profile', async () => {
    await start({ username: USERNAME, profile: 'System Administrator' });

    const refused = await rejectionOf(runImport());

    expect(refused).to.include({ name: 'NothingToImportError' });
    expect(refused.message).to.equal(`${USERNAME} holds no permission set of its own: a manifest needs at least one.`);
    expect(refused.actions?.[0]).to.contain('--from-profile');
  });
});


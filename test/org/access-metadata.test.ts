import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import { EVERY_APP, retrieveComponents } from '../../src/org/access-metadata.js';
import { openOrgSession } from '../../src/org/org-session.js';
import { externalClientAppFiles, legacyConnectedAppXml } from '../builders/org-component-builder.js';
import { connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from '../emulator/org-emulator.js';

describe('retrieveComponents, over HTTP', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let connection: Connection;

  beforeEach(async () => {
    org = await startOrgEmulator({ consumerSecretsInMetadataApi: true });
    ({ connection } = await connectToEmulator(org));
  });

  afterEach(() => org.stop());

  const retrieve = async (members: Parameters<typeof retrieveComponents>[1]) => {
    const session = openOrgSession(connection, { waitMs: 60_000 });
    try {
      return await retrieveComponents(session, members, '66.0');
    } finally {
      await session.close();
    }
  };

  it('gives every app of the org by type and name, with no consumer key or secret left in any file', async () => {
    org.setup.put('ConnectedApp', 'Legacy', legacyConnectedAppXml({ label: 'Legacy' }));
    for (const [path, xml] of Object.entries(externalClientAppFiles('Modern'))) {
      const [folder, file] = path.split('/');
      const type = { externalClientApps: 'ExternalClientApplication', extlClntAppOauthSettings: 'ExtlClntAppOauthSettings', extlClntAppGlobalOauthSets: 'ExtlClntAppGlobalOauthSettings' }[folder!]!;
      org.setup.put(type, file!.split('.')[0]!, xml);
    }
    expect(org.setup.read('ConnectedApp', 'Legacy')).to.contain('<consumerKey>');

    const components = await retrieve([...EVERY_APP, { type: 'ExtlClntAppGlobalOauthSettings', fullName: '*' }]);

    expect(components.map(({ type, fullName }) => `${type}:${fullName}`)).to.deep.equal(['ConnectedApp:Legacy', 'ExternalClientApplication:Modern', 'ExtlClntAppOauthSettings:Modern_oauth']);
    expect(components.every(({ xml }) => !/consumer(Key|Secret)|oauthLink/.test(xml))).to.equal(true);
    expect(org.retrieves.flatMap(({ request }) => request.manifest.types.map(({ name }) => name))).to.not.include('ExtlClntAppGlobalOauthSettings');
  });
});

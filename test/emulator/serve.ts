/**
 * The emulator as a server of its own, for trying the plugin through the real `sf` CLI without a Salesforce org:
 * `npm run emulator` starts the org the example project is written for (its fields, Apex class, custom permission,
 * and the two connected apps made in Setup before the plugin) and prints how to log in to it. EMULATOR_LANGUAGE=fr
 * runs it in French (standard profile names translated). Loopback only; the
 * org lives as long as the process (Ctrl-C ends it).
 */
import { ACME_ORG_WITHOUT_USERS } from '../builders/acme-org.js';
import { connectedAppXml } from '../builders/org-component-builder.js';
import { startOrgEmulator, type OrgLanguage } from './org-emulator.js';

const org = await startOrgEmulator({ ...ACME_ORG_WITHOUT_USERS, ...(process.env.EMULATOR_LANGUAGE ? { language: process.env.EMULATOR_LANGUAGE as OrgLanguage } : {}) });
for (const [name, label] of [['Data_Backup', 'Data Backup'], ['Boomi_Case_Sync', 'Boomi Case Sync']] as const) org.setup.put('ConnectedApp', name, connectedAppXml(label));

process.stdout.write(
  [
    `Emulated org ${org.orgId} at ${org.instanceUrl} (admin ${org.username}).`,
    'Log in to it (the token is valid as long as this process runs):',
    '',
    `  SF_ACCESS_TOKEN='${org.accessToken}' sf org login access-token --instance-url ${org.instanceUrl} --alias emulator --no-prompt`,
    '',
    'then, in examples/acme: sf intuser deploy --target-org emulator --env prod --dry-run',
    'Ctrl-C stops it.',
    '',
  ].join('\n')
);

const stop = (): void => void org.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

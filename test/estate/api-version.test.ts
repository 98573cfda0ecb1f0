import { expect } from 'chai';
import { apiVersionDiagnostic, apiVersionNeedsOf } from '../../src/estate/api-version.js';
import { generate } from '../../src/generate/generate.js';
import { aManifest } from '../builders/manifest-builder.js';
import { aProject, METADATA_DIR } from '../builders/project-builder.js';
import { rejectionOf } from '../support/rejection.js';

const file = (path: string, content: string) => ({ path, content, integration: 'ERP_Order_Sync' });
const PERMISSION_SET = file('force-app/main/default/permissionsets/A.permissionset-meta.xml', '<PermissionSet><objectPermissions><viewAllFields>false</viewAllFields></objectPermissions></PermissionSet>');
const APP = file('force-app/main/default/externalClientApps/A.eca-meta.xml', '<ExternalClientApplication/>');

describe('apiVersionDiagnostic', () => {
  it('names the version to set and every type or element that needs more than the project says', () => {
    const diagnostic = apiVersionDiagnostic([PERMISSION_SET, APP], '58.0', 4);

    expect(diagnostic).to.include({ file: 'sfdx-project.json' });
    expect(diagnostic?.position).to.deep.equal({ line: 4, column: 1 });
    expect(diagnostic?.message).to.equal(
      'sourceApiVersion 58.0 is older than what the generated metadata uses: ExternalClientApplication (59.0), PermissionSet.objectPermissions.viewAllFields (63.0). A deploy at that version refuses it.'
    );
    expect(diagnostic?.fix).to.equal('Set "sourceApiVersion": "63.0" (or later) in sfdx-project.json.');
  });

  it('says nothing where the project version is recent enough', () => {
    expect(apiVersionDiagnostic([PERMISSION_SET, APP], '66.0', 4)).to.equal(undefined);
  });

  it('notes a project without sourceApiVersion, without refusing it', () => {
    expect(apiVersionDiagnostic([PERMISSION_SET], undefined, undefined)).to.include({ severity: 'note', fix: 'Set "sourceApiVersion": "63.0" (or later) in sfdx-project.json.' });
  });
});

describe('apiVersionNeedsOf', () => {
  const namesOf = (needs: ReadonlyArray<{ name: string }>): string[] => needs.map(({ name }) => name).sort();

  it('finds every element a permission set uses, however many of another come first, and none it lacks', () => {
    const fields = '<fieldPermissions><editable>true</editable></fieldPermissions>'.repeat(1000);
    const content = `<PermissionSet>${fields}<objectPermissions><viewAllFields>false</viewAllFields></objectPermissions><flowAccesses/><userPermissions>x</userPermissions></PermissionSet>`;

    const needs = apiVersionNeedsOf(file('force-app/main/default/permissionsets/A.permissionset-meta.xml', content));

    expect(namesOf(needs)).to.deep.equal(['PermissionSet', 'PermissionSet.fieldPermissions', 'PermissionSet.objectPermissions', 'PermissionSet.objectPermissions.viewAllFields', 'PermissionSet.userPermissions']);
  });

  it('reads a muting permission set by the elements of a permission set', () => {
    const needs = apiVersionNeedsOf(file('force-app/main/default/mutingpermissionsets/M.mutingpermissionset-meta.xml', '<MutingPermissionSet><objectPermissions/><fieldPermissions></fieldPermissions></MutingPermissionSet>'));

    expect(namesOf(needs)).to.deep.equal(['MutingPermissionSet', 'PermissionSet.fieldPermissions']);
  });

  it('does not look again for what another file was found to use', () => {
    const needs = apiVersionNeedsOf(PERMISSION_SET, new Set(['PermissionSet.objectPermissions.viewAllFields']));

    expect(namesOf(needs)).to.deep.equal(['PermissionSet', 'PermissionSet.objectPermissions']);
  });
});

describe('generate, in a project whose sourceApiVersion predates what it generates', () => {
  it('refuses at the line of sfdx-project.json, and writes nothing', async () => {
    const project = await aProject({ 'erp.yaml': aManifest({ app: { ipRanges: [{ start: '203.0.113.1', end: '203.0.113.1' }] } }) });
    await project.write('sfdx-project.json', '{\n  "packageDirectories": [{ "path": "force-app", "default": true }],\n  "sourceApiVersion": "58.0"\n}\n');
    const before = await project.snapshot();

    const error = await rejectionOf(generate({ projectDir: project.dir, metadataDir: METADATA_DIR, check: false, force: false }));

    expect(error.message).to.contain('sfdx-project.json:3:1 (sourceApiVersion): sourceApiVersion 58.0 is older than what the generated metadata uses');
    expect(await project.snapshot()).to.deep.equal(before);
    await project.dispose();
  });
});

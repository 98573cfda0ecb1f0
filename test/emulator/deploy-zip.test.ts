import { expect } from 'chai';
import JSZip from 'jszip';
import { readDeployZip } from './deploy/deploy-zip.js';

const PACKAGE_XML = '<?xml version="1.0" encoding="UTF-8"?><Package xmlns="http://soap.sforce.com/2006/04/metadata"><version>66.0</version></Package>';

const aZip = async (files: Record<string, string>): Promise<Buffer> => {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(files)) zip.file(path, content);
  return zip.generateAsync({ type: 'nodebuffer' });
};

describe('deploy zip: what the org unpacks', () => {
  it('names each component by its folder and suffix, as the Metadata API does', async () => {
    const deployPackage = await readDeployZip(
      await aZip({
        'package.xml': PACKAGE_XML,
        'permissionsets/Orders.permissionset': '<PermissionSet/>',
        'permissionsetgroups/ERP.permissionsetgroup': '<PermissionSetGroup/>',
        'mutingpermissionsets/ERP_Muted.mutingpermissionset': '<MutingPermissionSet/>',
        'connectedApps/ERP.connectedApp': '<ConnectedApp/>',
        'extlClntAppOauthSettings/ERP_oauth.ecaOauth': '<ExtlClntAppOauthSettings/>',
      })
    );

    expect(deployPackage.packageXml).to.equal(PACKAGE_XML);
    expect(deployPackage.components.map(({ type, fullName, fileName }) => `${type} ${fullName} ${fileName}`)).to.deep.equal([
      'ConnectedApp ERP connectedApps/ERP.connectedApp',
      'ExtlClntAppOauthSettings ERP_oauth extlClntAppOauthSettings/ERP_oauth.ecaOauth',
      'MutingPermissionSet ERP_Muted mutingpermissionsets/ERP_Muted.mutingpermissionset',
      'PermissionSetGroup ERP permissionsetgroups/ERP.permissionsetgroup',
      'PermissionSet Orders permissionsets/Orders.permissionset',
    ]);
  });

  it('reads a package under one folder (singlePackage false), pairs content with its -meta.xml, and skips destructive changes', async () => {
    const deployPackage = await readDeployZip(
      await aZip({
        'unpackaged/package.xml': PACKAGE_XML,
        'unpackaged/destructiveChanges.xml': PACKAGE_XML,
        'unpackaged/classes/Sync.cls': 'public class Sync {}',
        'unpackaged/classes/Sync.cls-meta.xml': '<ApexClass/>',
      })
    );

    expect(deployPackage.components).to.deep.equal([{ type: 'ApexClass', fullName: 'Sync', fileName: 'classes/Sync.cls', content: 'public class Sync {}', metaXml: '<ApexClass/>' }]);
  });

  it('reads what the destructive manifests delete: Pre and plain ones before the components, Post after', async () => {
    const manifest = (type: string, member: string): string =>
      `<?xml version="1.0" encoding="UTF-8"?><Package xmlns="http://soap.sforce.com/2006/04/metadata"><types><members>${member}</members><name>${type}</name></types></Package>`;

    const deployPackage = await readDeployZip(
      await aZip({
        'package.xml': PACKAGE_XML,
        'destructiveChangesPre.xml': manifest('PermissionSet', 'Old'),
        'destructiveChanges.xml': manifest('ApexClass', 'Legacy'),
        'destructiveChangesPost.xml': manifest('PermissionSetGroup', 'ERP'),
      })
    );

    expect(deployPackage.deletionsBefore).to.deep.equal([
      { type: 'PermissionSet', fullName: 'Old', manifest: 'destructiveChangesPre.xml' },
      { type: 'ApexClass', fullName: 'Legacy', manifest: 'destructiveChanges.xml' },
    ]);
    expect(deployPackage.deletionsAfter).to.deep.equal([{ type: 'PermissionSetGroup', fullName: 'ERP', manifest: 'destructiveChangesPost.xml' }]);
    expect(deployPackage.components).to.deep.equal([]);
  });

  it('has no package.xml to give when the zip lacks one', async () => {
    expect((await readDeployZip(await aZip({ 'permissionsets/A.permissionset': '<PermissionSet/>' }))).packageXml).to.equal(undefined);
  });
});

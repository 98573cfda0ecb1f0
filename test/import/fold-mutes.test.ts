import { expect } from 'chai';
import { foldMutes } from '../../src/import/fold-mutes.js';
import type { ManifestGrants } from '../../src/manifest/manifest.js';
import { permissionSetContent } from '../../src/metadata/permission-set.js';
import { readPermissionSet } from '../../src/metadata/read-permission-set.js';
import { buildGrants, MUTE } from '../../src/model/build-grants.js';
import { toMetadataXml } from '../../src/xml/metadata-xml.js';

/** The muting permission set generate writes for a manifest's mute. */
const mutingXml = (mute: ManifestGrants): string => toMetadataXml('MutingPermissionSet', permissionSetContent('MutingPermissionSet', 'Muted', 'Muted', buildGrants(mute, MUTE)));

describe('foldMutes', () => {
  it('gives back the mute that generates the same muting permission set', () => {
    const mute: ManifestGrants = { objects: { Order: { access: ['edit'], fields: { Description: 'edit', Status: 'read' }, recordTypes: ['Retail'] } }, userPermissions: ['ViewSetup'], flows: ['Order_Intake'] };
    const written = mutingXml(mute);

    const folded = foldMutes(readPermissionSet(written).content);

    expect(folded).to.deep.equal({ mute, remarks: [] });
    expect(mutingXml(folded.mute)).to.equal(written);
  });

  it('says where the org mutes a right without the rights that depend on it, which generate mutes too', () => {
    const xml = '<MutingPermissionSet xmlns="http://soap.sforce.com/2006/04/metadata"><label>M</label><objectPermissions><allowRead>true</allowRead><object>Account</object></objectPermissions></MutingPermissionSet>';

    const folded = foldMutes(readPermissionSet(xml).content);

    expect(folded.mute).to.deep.equal({ objects: { Account: { access: ['read'] } } });
    expect(folded.remarks).to.deep.equal([{ kind: 'incompleteMute', object: 'Account', added: ['create', 'edit', 'delete', 'viewAll', 'modifyAll', 'viewAllFields'] }]);
  });
});

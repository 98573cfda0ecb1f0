import { expect } from 'chai';
import { manifestYaml } from '../../src/import/manifest-yaml.js';
import { validateManifests } from '../../src/manifest/validate-manifests.js';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';

describe('manifestYaml', () => {
  it('writes short lists and mappings on one line, long ones one entry a line, and reads back as the same manifest', () => {
    const manifest = aManifest({ permissionSets: [aPermissionSet({ userPermissions: ['ApiEnabled', 'ViewSetup'] }), aPermissionSet({ name: 'Everything', userPermissions: Array.from({ length: 12 }, (_, index) => `PermissionNumber${index}`) })] });

    const text = manifestYaml(manifest, []);

    expect(text).to.contain('    userPermissions: [ApiEnabled, ViewSetup]\n');
    expect(text).to.contain('    userPermissions:\n      - PermissionNumber0\n      - PermissionNumber1\n');
    expect(validateManifests([{ file: 'integrations/erp.yaml', text }]).manifests[0]?.manifest).to.deep.equal(manifest);
  });

  it('puts a comment about a value written on one line before that line, wrapped to 100 characters', () => {
    const manifest = aManifest({ permissionSets: [aPermissionSet({ userPermissions: ['ApiEnabled', 'ModifyAllData'] })] });
    const long = `ModifyAllData ${'makes the user an administrator '.repeat(5)}`.trim();

    const text = manifestYaml(manifest, [{ path: ['permissionSets', 0, 'userPermissions', 1], text: long }]);

    const lines = text.split('\n');
    const at = lines.indexOf('    userPermissions: [ApiEnabled, ModifyAllData]');
    expect(lines.slice(at - 2, at)).to.deep.equal([`    # ${long.slice(0, long.lastIndexOf(' ', 94))}`, `    # ${long.slice(long.lastIndexOf(' ', 94) + 1)}`]);
    expect(lines.every((line) => line.length <= 100)).to.equal(true);
  });
});

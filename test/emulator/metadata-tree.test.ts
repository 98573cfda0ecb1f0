import { expect } from 'chai';
import { applyPatch } from './metadata/metadata-patch.js';
import { parseMetadata, writeMetadata } from './metadata/metadata-tree.js';

const FILE = `<?xml version="1.0" encoding="UTF-8"?>
<ExtlClntAppGlobalOauthSettings xmlns="http://soap.sforce.com/2006/04/metadata">
    <label>ERP &amp; Co</label>
    <isDeviceFlowEnabled>false</isDeviceFlowEnabled>
    <isDPopEnabled>true</isDPopEnabled>
    <fullName>ERP_glbloauth</fullName>
</ExtlClntAppGlobalOauthSettings>
`;

describe('metadata files as the org rewrites them', () => {
  it('writes elements in the WSDL’s case-sensitive order, fullName first, text escaped as Salesforce escapes it', () => {
    expect(writeMetadata(parseMetadata(FILE))).to.equal(`<?xml version="1.0" encoding="UTF-8"?>
<ExtlClntAppGlobalOauthSettings xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>ERP_glbloauth</fullName>
    <isDPopEnabled>true</isDPopEnabled>
    <isDeviceFlowEnabled>false</isDeviceFlowEnabled>
    <label>ERP &amp; Co</label>
</ExtlClntAppGlobalOauthSettings>
`);
  });

  it('sorts repeated entries by their key and group members by name', () => {
    const { node } = parseMetadata(
      '<PermissionSetGroup><permissionSets>B</permissionSets><permissionSets>A</permissionSets><label>G</label></PermissionSetGroup>'
    );

    expect(writeMetadata({ root: 'PermissionSetGroup', node })).to.contain('    <label>G</label>\n    <permissionSets>A</permissionSets>\n    <permissionSets>B</permissionSets>\n');
  });

  describe('a Setup edit', () => {
    const { node } = parseMetadata(
      '<PermissionSet><description>Old</description><label>Orders</label><objectPermissions><allowRead>true</allowRead><object>Order</object></objectPermissions><oauthConfig><a>1</a></oauthConfig></PermissionSet>'
    );

    it('sets a value, removes one with null, and leaves the rest', () => {
      expect(applyPatch(node, { label: 'Orders v2', description: null, hasActivationRequired: false })).to.deep.include({ label: ['Orders v2'], hasActivationRequired: ['false'] }).and.not.have.property('description');
    });

    it('merges a keyed entry into the one with its key, and adds one with a new key', () => {
      const patched = applyPatch(node, { objectPermissions: [{ object: 'Order', allowEdit: true }, { object: 'Account', allowRead: true }] });

      expect(patched.objectPermissions).to.deep.equal([
        { allowRead: ['true'], object: ['Order'], allowEdit: ['true'] },
        { object: ['Account'], allowRead: ['true'] },
      ]);
    });

    it('merges into a nested element, and replaces a list of text', () => {
      const patched = applyPatch(node, { oauthConfig: { b: '2' }, scopes: ['Api', 'RefreshToken'] });

      expect(patched.oauthConfig).to.deep.equal([{ a: ['1'], b: ['2'] }]);
      expect(patched.scopes).to.deep.equal(['Api', 'RefreshToken']);
    });

    it('leaves the original untouched', () => {
      applyPatch(node, { label: 'Changed' });

      expect(node.label).to.deep.equal(['Orders']);
    });
  });
});

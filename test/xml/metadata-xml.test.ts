import { expect } from 'chai';
import { toMetadataXml } from '../../src/xml/metadata-xml.js';

describe('toMetadataXml', () => {
  it('writes the declaration, the namespaced root, 4-space indents and a final newline', () => {
    expect(toMetadataXml('PermissionSetGroup', { label: 'ERP', permissionSets: ['A', 'B'], status: 'Updated' })).to.equal(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<PermissionSetGroup xmlns="http://soap.sforce.com/2006/04/metadata">',
        '    <label>ERP</label>',
        '    <permissionSets>A</permissionSets>',
        '    <permissionSets>B</permissionSets>',
        '    <status>Updated</status>',
        '</PermissionSetGroup>',
        '',
      ].join('\n')
    );
  });

  it('nests objects in key order and writes nothing for absent values and empty lists', () => {
    const xml = toMetadataXml('PermissionSet', { classAccesses: [], description: undefined, fieldPermissions: [{ editable: false, field: 'Order.Status', readable: true }] });

    expect(xml).to.contain('    <fieldPermissions>\n        <editable>false</editable>\n        <field>Order.Status</field>\n        <readable>true</readable>\n    </fieldPermissions>\n');
    expect(xml).not.to.contain('classAccesses').and.not.to.contain('description');
  });

  it('escapes text as Salesforce does, quotes included', () => {
    expect(toMetadataXml('PermissionSet', { description: `R&D <team> "sync" 'orders'` })).to.contain(
      '<description>R&amp;D &lt;team&gt; &quot;sync&quot; &apos;orders&apos;</description>'
    );
  });
});

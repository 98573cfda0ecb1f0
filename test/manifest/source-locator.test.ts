import { expect } from 'chai';
import { parseManifest } from '../../src/manifest/parse-manifest.js';
import { createSourceLocator } from '../../src/manifest/source-locator.js';

const YAML = `name: ERP
user:
  username: svc@acme.example
permissionSets:
  - name: Orders
    objects:
      Order:
        access: [read, edit]
`;

describe('createSourceLocator', () => {
  const locate = createSourceLocator(YAML);

  it('finds a value by its path', () => {
    expect(locate({ path: ['user', 'username'] })).to.deep.equal({ line: 3, column: 13 });
  });

  it('finds a key, for errors about the key itself', () => {
    expect(locate({ path: ['user', 'username'], key: true })).to.deep.equal({ line: 3, column: 3 });
  });

  it('walks into lists by index, block and flow alike', () => {
    expect(locate({ path: ['permissionSets', 0, 'name'] })).to.deep.equal({ line: 5, column: 11 });
    expect(locate({ path: ['permissionSets', 0, 'objects', 'Order', 'access', 1] })).to.deep.equal({ line: 8, column: 24 });
  });

  it('places a missing key at the key of its nearest ancestor', () => {
    expect(locate({ path: ['user', 'lastName'] })).to.deep.equal({ line: 2, column: 1 });
  });

  it('finds values in JSON manifests too', () => {
    const json = '{\n  "name": "ERP",\n  "user": {\n    "username": "svc@acme.example"\n  }\n}\n';

    expect(createSourceLocator(json)({ path: ['user', 'username'] })).to.deep.equal({ line: 4, column: 17 });
  });

  it('gives no position, rather than a wrong one, for text that does not parse', () => {
    expect(createSourceLocator('a: [\n')({ path: ['a'] })).to.equal(undefined);
  });

  it('finds through the outline the parse made, and inside a permission set’s fields too, where the outline stops', () => {
    const text = `${YAML}        fields:\n          Status: read\n          Description: edit\n`;
    const parsed = parseManifest({ file: 'integrations/erp.yaml', text });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));

    expect(parsed.manifest.locate({ path: ['permissionSets', 0, 'objects', 'Order', 'access', 1] })).to.deep.equal({ line: 8, column: 24 });
    expect(parsed.manifest.locate({ path: ['permissionSets', 0, 'objects', 'Order', 'fields', 'Description'], key: true })).to.deep.equal({ line: 11, column: 11 });
    expect(parsed.manifest.locate({ path: ['permissionSets', 0, 'objects', 'Order', 'fields', 'Description'] })).to.deep.equal({ line: 11, column: 24 });
  });
});

import { expect } from 'chai';
import { parseManifest } from '../../src/manifest/parse-manifest.js';

describe('parseManifest', () => {
  it('reads a YAML manifest into data', () => {
    const outcome = parseManifest({ file: 'integrations/erp.yaml', text: 'name: ERP\nuser:\n  username: a@b.example\n' });

    expect(outcome.ok).to.equal(true);
    if (outcome.ok) expect(outcome.manifest.data).to.deep.equal({ name: 'ERP', user: { username: 'a@b.example' } });
  });

  it('reads a JSON manifest into data', () => {
    const outcome = parseManifest({ file: 'integrations/erp.json', text: '{"name": "ERP"}' });

    expect(outcome.ok).to.equal(true);
    if (outcome.ok) expect(outcome.manifest.data).to.deep.equal({ name: 'ERP' });
  });

  it('keeps YAML 1.1 booleans such as "yes" as strings (YAML 1.2 core schema)', () => {
    const outcome = parseManifest({ file: 'integrations/erp.yaml', text: 'name: yes\n' });

    expect(outcome.ok && outcome.manifest.data.name).to.equal('yes');
  });

  for (const [what, text] of [
    ['an empty file', ''],
    ['a file of blank lines', '\n\n  \n'],
    ['a file of comments only', '# nothing yet\n  # really\n'],
  ] as const) {
    it(`reports ${what} as empty`, () => {
      const outcome = parseManifest({ file: 'integrations/erp.yaml', text });

      expect(outcome.ok).to.equal(false);
      if (!outcome.ok) expect(outcome.diagnostics[0]!.message).to.match(/empty/);
    });
  }

  it('reports malformed YAML with the line and column where it broke', () => {
    const outcome = parseManifest({ file: 'integrations/erp.yaml', text: 'name: ERP\nuser:\n  username: a\n   bad: [\n' });

    expect(outcome.ok).to.equal(false);
    if (!outcome.ok) {
      const [diagnostic] = outcome.diagnostics;
      expect(diagnostic!.message).to.match(/not valid YAML/);
      expect(diagnostic!.position?.line).to.be.within(3, 5);
    }
  });

  it('reports a duplicated YAML key at its line', () => {
    const outcome = parseManifest({ file: 'integrations/erp.yaml', text: 'name: ERP\ncontact: a@b.example\nname: Other\n' });

    expect(outcome.ok).to.equal(false);
    if (!outcome.ok) {
      expect(outcome.diagnostics[0]!.message).to.match(/duplicated mapping key/);
      expect(outcome.diagnostics[0]!.position).to.deep.equal({ line: 3, column: 1 });
    }
  });

  it('reports malformed JSON with its position', () => {
    const outcome = parseManifest({ file: 'integrations/erp.json', text: '{\n  "name": "ERP",\n  "contact": \n}\n' });

    expect(outcome.ok).to.equal(false);
    if (!outcome.ok) {
      expect(outcome.diagnostics[0]!.message).to.match(/not valid JSON/);
      expect(outcome.diagnostics[0]!.position?.line).to.equal(4);
    }
  });

  for (const text of ['- a\n- b\n', 'just a string\n', '42\n']) {
    it(`refuses a document that is not a mapping: ${JSON.stringify(text)}`, () => {
      const outcome = parseManifest({ file: 'integrations/erp.yaml', text });

      expect(outcome.ok).to.equal(false);
      if (!outcome.ok) expect(outcome.diagnostics[0]!.message).to.match(/must be a mapping/);
    });
  }

  it('refuses YAML aliases, quickly, however far they would expand', () => {
    const levels = Array.from({ length: 12 }, (_, level) => `l${level + 1}: &l${level + 1} [${Array(10).fill(`*l${level}`).join(', ')}]`);
    const text = ['name: ERP', 'l0: &l0 [x, x, x, x, x, x, x, x, x, x]', ...levels].join('\n');

    const outcome = parseManifest({ file: 'integrations/erp.yaml', text });

    expect(outcome.ok).to.equal(false);
    if (!outcome.ok) expect(outcome.diagnostics[0]!.message).to.match(/YAML aliases/);
  });

  it('refuses a control character, which no metadata file can hold, at its line', () => {
    const outcome = parseManifest({ file: 'integrations/erp.yaml', text: 'name: ERP\ndescription: "bell\\a"\n' });

    expect(outcome.ok).to.equal(false);
    if (!outcome.ok) {
      expect(outcome.diagnostics[0]!.message).to.match(/control character/);
      expect(outcome.diagnostics[0]!.position?.line).to.equal(2);
    }
  });

  it('reads a JSON manifest saved with a byte-order mark', () => {
    expect(parseManifest({ file: 'integrations/erp.json', text: '\uFEFF{"name": "ERP"}' }).ok).to.equal(true);
  });
});

import { expect } from 'chai';
import fc from 'fast-check';
import { canonicalForm, sameMeaning } from '../../src/sync/canonical.js';

/** The XML rule as canonical.ts states it, applied to the whole text at once: what its line-by-line form must equal. */
const xmlRule = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/ ?([<>]) ?/g, '$1')
    .replace(/ ([?/]>)/g, '$1')
    .trim();

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">\n    <label>Orders &amp; Items</label>\n    <allowRead>true</allowRead>\n</PermissionSet>\n';

describe('canonicalForm', () => {
  it('reads XML line by line exactly as the rule reads the whole text', () => {
    const xmlish = fc.stringMatching(/^[<>a-z ="/?\n\t\r\u00a0\u2028]{0,60}$/);
    fc.assert(fc.property(xmlish, (text) => canonicalForm('a.xml', text) === xmlRule(text)), { numRuns: 20000 });
  });

  it('reads a file of indented tags, as generate writes them, exactly as the rule reads the whole text', () => {
    // Lines of an indent and a tag, most as generate writes them, some with the whitespace the rule changes.
    const cleanTag = fc.constantFrom('<a>', '</a>', '<b x="1">', '<c>x y</c>', '<d/>', '<?xml v="1"?>', '<e>true</e>');
    const noisyTag = fc.stringMatching(/^<[<>a-z ="/?\t\u00a0]{0,20}$/);
    const indent = fc.oneof({ weight: 9, arbitrary: fc.constantFrom('', '    ', '        ') }, { weight: 1, arbitrary: fc.constantFrom(' ', '\t', ' \r') });
    const trailing = fc.oneof({ weight: 9, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(' ', '\r') });
    // And a line that is not a tag: text a formatter wrapped, or the end of a tag broken over lines.
    const wrapped = fc.constantFrom('x', 'x y', '/>', '?>', '>', 'y="2">');
    const line = fc.tuple(indent, fc.oneof({ weight: 8, arbitrary: cleanTag }, { weight: 1, arbitrary: noisyTag }, { weight: 1, arbitrary: wrapped }), trailing);
    const file = fc.tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom('', '\n', '\n', '\n\n', ' \n'));
    fc.assert(
      fc.property(file, ([lines, end]) => {
        const text = lines.map(([before, tag, after]) => `${before}${tag}${after}`).join('\n') + end;
        return canonicalForm('a.xml', text) === xmlRule(text);
      }),
      { numRuns: 20000 }
    );
  });

  it('does not count indentation, line breaks inside and between tags, or the declaration’s spacing', () => {
    const formatted = XML.replace('?>', ' ?>').replace('<label>', '<label\n  >').replace(/\n {4}/g, '\n  ').replace(' xmlns', '\n  xmlns');

    expect(sameMeaning('a.xml', XML, formatted)).to.equal(true);
  });

  it('counts a changed value, a changed name and a word of text', () => {
    for (const edited of [XML.replace('true', 'false'), XML.replace('<label>', '<name>').replace('</label>', '</name>'), XML.replace('Items', 'Lines')]) {
      expect(sameMeaning('a.xml', XML, edited)).to.equal(false);
    }
  });

  it('reads JSON by its value, and a file that does not parse by its bytes', () => {
    expect(sameMeaning('a.json', '{"a": [1, 2]}', '{\n  "a": [\n    1,\n    2\n  ]\n}\n')).to.equal(true);
    expect(sameMeaning('a.json', '{"a": 1}', '{"a": 2}')).to.equal(false);
    expect(sameMeaning('a.json', '{"a": 1', '{"a":  1')).to.equal(false);
  });

  it('reads Markdown without a table’s padding, emphasis or bullet marks, but with its cells and ticks', () => {
    const page = '| Object | Read | Edit |\n| --- | --- | --- |\n| `Order` | ✓ |  |\n\n* *important* text\n';
    const padded = '| Object  | Read | Edit |\n| ------- | ---- | ---- |\n| `Order` | ✓    |      |\n\n- _important_ text\n';

    expect(sameMeaning('a.md', page, padded)).to.equal(true);
    expect(sameMeaning('a.md', page, page.replace('| ✓ |  |', '|  | ✓ |'))).to.equal(false);
  });

  it('reads anything else byte for byte', () => {
    expect(sameMeaning('a.apex', 'a  b', 'a b')).to.equal(false);
  });
});

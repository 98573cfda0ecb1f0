/**
 * The top of an XML document: the root element and its direct children, each with where its start tag ends.
 * Salesforce reports a misplaced element at the line and column just past its start tag (a streaming
 * parser's position), which a tree parser such as fast-xml-parser cannot tell; this small scanner can.
 * It expects well-formed XML: check that first.
 */
export type OutlineElement = { name: string; line: number; column: number };
export type XmlOutline = { root: string; children: OutlineElement[] };

// Markup that is not an element (declaration, comment, CDATA, doctype) or an element tag: open, close, empty.
const TOKEN = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g;

const localName = (qualified: string): string => qualified.slice(qualified.indexOf(':') + 1);

const positionAfter = (text: string, offset: number): { line: number; column: number } => {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
};

export const outlineXml = (text: string): XmlOutline => {
  let root = '';
  let depth = 0;
  const children: OutlineElement[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const [token, closing, name, selfClosing] = match;
    if (name === undefined) continue;
    if (closing) {
      depth--;
      continue;
    }
    if (depth === 0 && root === '') root = localName(name);
    else if (depth === 1) children.push({ name: localName(name), ...positionAfter(text, match.index + token.length) });
    if (!selfClosing) depth++;
  }
  return { root, children };
};

import { createHash } from 'node:crypto';

/**
 * What a generated file says, apart from how it is laid out: the form in which generate compares a file on
 * disk with what it would write, and hashes it for the ledger. A project whose commit hook formats XML,
 * JSON and Markdown (the SFDX template's prettier with @prettier/plugin-xml) changes the bytes of every
 * generated file and none of its meaning: `--check` and deploy accept it, while a value that changed (a
 * `false` turned `true`) is still caught.
 *
 * - XML: every run of whitespace counts as one space, and none next to `<` or `>` or before `/>` and
 *   `?>`: indentation, line breaks inside a tag or between tags, the declaration's spacing do not count;
 *   a word of text does.
 * - JSON: the parsed value, keys in their order.
 * - Markdown: whitespace and the marks a formatter rewrites (`* _ + - # \`) do not count: prettier pads
 *   tables, swaps emphasis and bullet marks, escapes; the words, a table's ticks and cells still count.
 * - Anything else (the provisioning Apex script earlier versions wrote) byte for byte.
 */
export const canonicalForm = (path: string, content: string): string => {
  if (path.endsWith('.xml')) return canonicalXml(content);
  if (path.endsWith('.json')) return canonicalJson(content);
  if (path.endsWith('.md')) return canonicalMarkdown(content);
  return content;
};

export const sha256 = (content: string): string => createHash('sha256').update(content, 'utf8').digest('hex');

/** The ledger's hash of a file: of its canonical form, so that formatting it does not count as an edit. */
export const canonicalHash = (path: string, content: string): string => sha256(canonicalForm(path, content));

/** Whether two versions of a file say the same thing. Equal bytes say so without a look inside. */
export const sameMeaning = (path: string, a: string, b: string): boolean => a === b || canonicalForm(path, a) === canonicalForm(path, b);

const LT = 60;
const GT = 62;

/** The rule itself, for a line that needs it: whitespace runs as one space, none next to a bracket. */
const normalizeXmlLine = (line: string): string =>
  line
    .replace(/\s+/g, ' ')
    .replace(/ ?([<>]) ?/g, '$1')
    .replace(/ ([?/]>)/g, '$1');

/** Anything in a trimmed line that the rule would change: whitespace other than one plain space, or a space by a bracket. */
const XML_LINE_CHANGES = /[^\S ]| {2}|[<>] | [<>]| [?/]>/;

/** A line break not followed by an indented tag (or the end): a line the quick way below cannot join. */
const BREAK_BEFORE_TEXT = /\n(?! *<| *$)/;

/** Whitespace at either end, which the rule trims and the quick way below would keep. */
const EDGE_WHITESPACE = /^\s|\s$/;

/**
 * What generate itself writes, and most files a formatter leaves: every line an indented tag. Its canonical
 * form is its lines joined without their indentation, unless the joined text still holds whitespace the rule
 * changes (a tab, a carriage return, two spaces, a space by a bracket or at either end); undefined then, and
 * the line-by-line reading decides. A few expressions over the whole text in place of one per line: a quarter
 * less time on an estate's 40 MiB of permission sets.
 */
const fastCanonicalXml = (content: string): string | undefined => {
  if (BREAK_BEFORE_TEXT.test(content)) return undefined;
  const joined = content.replace(/\n */g, '');
  return XML_LINE_CHANGES.test(joined) || EDGE_WHITESPACE.test(joined) ? undefined : joined;
};

/**
 * The XML rule applied line by line: generated and formatted files are one element a line, which each
 * only needs trimming, and a line is joined to the last with a space unless a bracket (or the `?>`
 * or `/>` that closes a tag) stands between them. The same result as applying the rule to the whole text, several times faster.
 */
const canonicalXmlByLine = (content: string): string => {
  let out = '';
  let previous = LT;
  for (const raw of content.split('\n')) {
    let line = raw.trim();
    if (line === '') continue;
    if (XML_LINE_CHANGES.test(line)) line = normalizeXmlLine(line);
    const first = line.charCodeAt(0);
    const joinsTight = first === LT || first === GT || line.startsWith('?>') || line.startsWith('/>');
    if (previous !== LT && previous !== GT && !joinsTight) out += ' ';
    // A `/` or `?` ending the last line after a space, and this line's `>`, make a `/>` or `?>` after all.
    else if (first === GT && / [?/]$/.test(out.slice(-2))) out = `${out.slice(0, -2)}${out.slice(-1)}`;
    out += line;
    previous = line.charCodeAt(line.length - 1);
  }
  return out;
};

const canonicalXml = (content: string): string => fastCanonicalXml(content) ?? canonicalXmlByLine(content);

/** A file that does not parse is its own bytes: it can only equal itself. */
const canonicalJson = (content: string): string => {
  try {
    return JSON.stringify(JSON.parse(content));
  } catch {
    return content;
  }
};

/**
 * Whitespace and the marks a Markdown formatter rewrites without changing what a reader sees: emphasis
 * (`*a*` and `_a_`), bullets (`*`, `+`, `-`), a table's padding and delimiter dashes, heading markers,
 * escapes. What is left is the words, the ticks of the tables and the pipes that make their cells.
 */
const MARKDOWN_LAYOUT = /[\s*_+\-#\\]+/g;

const canonicalMarkdown = (content: string): string => content.replace(MARKDOWN_LAYOUT, '');

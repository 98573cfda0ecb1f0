/**
 * Characters a manifest may hold (in a key, a value, its file's name) that a terminal or a Markdown page
 * would act on rather than show: control characters (C0, DEL, C1), line and paragraph separators, the
 * marks that reorder text (bidi controls), and halves of UTF-16 surrogate pairs.
 */
// eslint-disable-next-line no-control-regex -- control characters are what is escaped
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Whether a text holds anything `printable` would escape. */
export const hasUnprintable = (text: string): boolean => new RegExp(UNPRINTABLE.source).test(text);

/** A text as a message may show it: each unprintable character spelled out as \uXXXX. */
export const printable = (text: string): string =>
  text.replace(UNPRINTABLE, (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

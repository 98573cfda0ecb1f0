import { constructFromEvents, parseEvents, YAMLException } from 'js-yaml';
import { Messages } from '@salesforce/core';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { printable } from '../diagnostics/printable.js';
import { maskedPath } from './find-secrets.js';
import { MAX_DEPTH, MAX_MANIFEST_BYTES } from './limits.js';
import { inspect } from './inspect-data.js';
import { createSourceLocator, outlineOf, type Outline, type SourceLocator } from './source-locator.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'manifest');

/** A manifest file as read from disk. `file` is relative to the project root, with forward slashes. */
export type ManifestSource = { file: string; text: string };

/** A manifest whose text parsed: its data is still unchecked. */
export type ParsedManifest = ManifestSource & { data: Record<string, unknown>; locate: SourceLocator };

export type ParseOutcome = { ok: true; manifest: ParsedManifest } | { ok: false; diagnostics: Diagnostic[] };

const isJson = (file: string): boolean => file.toLowerCase().endsWith('.json');

const syntaxError = (file: string, message: string, fix: string, line?: number, column?: number): Diagnostic => ({
  file,
  at: { path: [] },
  message,
  fix,
  ...(line === undefined ? {} : { position: { line, column: column ?? 1 } }),
});

/** A UTF-8 byte-order mark, which some Windows editors write, is not part of the manifest. */
const withoutBom = (text: string): string => (text.startsWith('\uFEFF') ? text.slice(1) : text);

/**
 * How deep a JSON text nests, measured before parsing it: the offset of the first bracket past `limit`,
 * or -1. JSON.parse itself takes any depth, but every walk after it would exhaust the stack.
 */
const jsonTooDeepAt = (text: string, limit: number): number => {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const character = text.charCodeAt(i);
    if (inString) {
      if (character === 0x5c) i++;
      else if (character === 0x22) inString = false;
    } else if (character === 0x22) inString = true;
    else if (character === 0x5b || character === 0x7b) {
      if (++depth > limit) return i;
    } else if (character === 0x5d || character === 0x7d) depth--;
  }
  return -1;
};

/**
 * YAML through js-yaml's events, which give the data and, from the same pass, the outline a locator finds
 * findings by (no second parse); JSON through JSON.parse, much the faster, its locator built on demand.
 */
const parseText = (source: ManifestSource): { data: unknown; outline?: Outline } => {
  if (isJson(source.file)) return { data: JSON.parse(withoutBom(source.text)) };
  const events = parseEvents(source.text, { maxDepth: MAX_DEPTH });
  const documents = constructFromEvents(events, { source: source.text });
  if (documents.length !== 1) throw new YAMLException(documents.length === 0 ? 'expected a document, but the input is empty' : 'expected a single document in the stream, but found more');
  return { data: documents[0], outline: outlineOf(events, source.text) };
};

/** Where JSON.parse stopped, when its message says: "at position N". */
const reportedOffset = (error: unknown): number | undefined => {
  const offset = error instanceof Error ? /at position (\d+)/.exec(error.message)?.[1] : undefined;
  return offset === undefined ? undefined : Number(offset);
};

/**
 * The offset of the first character JSON.parse rejects. V8 names it in most messages; for "Unexpected
 * token" it does not, so find the shortest prefix that fails on a character inside it (a prefix that is
 * merely cut short fails only at its end): the error path alone pays for this search.
 */
const jsonErrorOffset = (text: string, error: unknown): number => {
  const reported = reportedOffset(error);
  if (reported !== undefined) return reported;
  const failsWithin = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (prefixError) {
      if (prefixError instanceof Error && prefixError.message.includes('Unexpected end of JSON input')) return false;
      const offset = reportedOffset(prefixError);
      return offset === undefined || offset < length;
    }
  };
  let [low, high] = [0, text.length];
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (failsWithin(middle)) high = middle;
    else low = middle + 1;
  }
  return Math.max(0, low - 1);
};

const positionAt = (text: string, offset: number): { line: number; column: number } => {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
};

const failure = (diagnostic: Diagnostic): ParseOutcome => ({ ok: false, diagnostics: [diagnostic] });

/** A parser that ran out of stack, should a limit have let too much through: the file is refused, not the run. */
const isStackOverflow = (error: unknown): boolean => error instanceof RangeError && /call stack/i.test(error.message);

const parseFailure = (source: ManifestSource, error: unknown): ParseOutcome => {
  const { file, text } = source;
  if (error instanceof YAMLException) {
    const { mark } = error;
    const tooDeep = error.reason.includes('maxDepth');
    return failure(
      syntaxError(
        file,
        tooDeep ? messages.getMessage('error.tooDeep', [MAX_DEPTH]) : messages.getMessage('error.yamlSyntax', [printable(error.reason)]),
        tooDeep ? messages.getMessage('fix.tooDeep') : messages.getMessage('fix.yamlSyntax'),
        mark ? mark.line + 1 : undefined,
        mark ? mark.column + 1 : undefined
      )
    );
  }
  if (isStackOverflow(error)) return failure(syntaxError(file, messages.getMessage('error.tooDeep', [MAX_DEPTH]), messages.getMessage('fix.tooDeep')));
  const reason = printable(error instanceof Error ? error.message.split('\n')[0]!.replace(/, "[\s\S]*$|, \.\.\.[\s\S]*$/, '') : String(error));
  const position = positionAt(text, jsonErrorOffset(text, error));
  return failure(syntaxError(file, messages.getMessage('error.jsonSyntax', [reason]), messages.getMessage('fix.jsonSyntax'), position.line, position.column));
};

/**
 * Text to data, and nothing more: a manifest that parses here is still to be checked against the schema.
 * YAML through js-yaml (YAML 1.2 core schema: `yes` stays a string); JSON through JSON.parse. Limits
 * first (src/manifest/limits): a file too large or nested too deep is refused at its file, and its line
 * where there is one, before anything walks it.
 */
export const parseManifest = (source: ManifestSource): ParseOutcome => {
  const { file, text } = source;
  if (text.length > MAX_MANIFEST_BYTES) {
    return failure(syntaxError(file, messages.getMessage('error.tooLarge', [MAX_MANIFEST_BYTES / (1024 * 1024)]), messages.getMessage('fix.tooLarge')));
  }
  if (text.trim() === '' || (!isJson(file) && text.split('\n').every((line) => /^\s*(#.*)?$/.test(line)))) {
    return failure(syntaxError(file, messages.getMessage('error.empty'), messages.getMessage('fix.empty')));
  }
  const tooDeepAt = isJson(file) ? jsonTooDeepAt(text, MAX_DEPTH) : -1;
  if (tooDeepAt >= 0) {
    const position = positionAt(text, tooDeepAt);
    return failure(syntaxError(file, messages.getMessage('error.tooDeep', [MAX_DEPTH]), messages.getMessage('fix.tooDeep'), position.line, position.column));
  }
  let data: unknown;
  let outline: Outline | undefined;
  try {
    ({ data, outline } = parseText(source));
  } catch (error) {
    return parseFailure(source, error);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return failure(syntaxError(file, messages.getMessage('error.notAMapping'), messages.getMessage('fix.notAMapping'), 1, 1));
  }
  const { shared, problems } = inspect(data);
  if (shared) return failure(syntaxError(file, messages.getMessage('error.aliases'), messages.getMessage('fix.aliases')));
  const locate = createSourceLocator(text, outline);
  if (problems.length > 0) {
    return {
      ok: false,
      diagnostics: problems.map(({ path, key, kind }) => {
        const at = { path, ...(key ? { key } : {}) };
        const position = locate(at);
        // Placed by the path as written, shown with any secret in it masked: the secret check has not run yet.
        return { file, at: { ...at, path: maskedPath(path) }, ...(position ? { position } : {}), message: messages.getMessage(`error.${kind}`), fix: messages.getMessage(`fix.${kind}`) };
      }),
    };
  }
  return { ok: true, manifest: { ...source, data: data as Record<string, unknown>, locate } };
};

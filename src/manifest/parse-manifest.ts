import { load, YAMLException } from 'js-yaml';
import { Messages } from '@salesforce/core';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { createSourceLocator, type SourceLocator } from './source-locator.js';

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

const parseText = (source: ManifestSource): unknown => (isJson(source.file) ? JSON.parse(withoutBom(source.text)) : load(withoutBom(source.text)));

/**
 * Whether a YAML alias makes one node appear twice. Manifests have no use for aliases, and nested ones
 * let a file of a few lines expand into billions of values: they are refused before anything walks them.
 */
const hasSharedNodes = (data: unknown): boolean => {
  const seen = new WeakSet<object>();
  const visit = (value: unknown): boolean => {
    if (value === null || typeof value !== 'object') return false;
    if (seen.has(value)) return true;
    seen.add(value);
    return Object.values(value).some(visit);
  };
  return visit(data);
};

/** Characters XML 1.0 cannot hold, even escaped: the generated files would not parse. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

const illegalCharacterPaths = (data: unknown, path: Array<string | number> = []): Array<Array<string | number>> => {
  if (typeof data === 'string') return XML_ILLEGAL.test(data) ? [path] : [];
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => [
    ...(XML_ILLEGAL.test(key) ? [[...path, key]] : []),
    ...illegalCharacterPaths(value, [...path, Array.isArray(data) ? Number(key) : key]),
  ]);
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

/**
 * Text to data, and nothing more: a manifest that parses here is still to be checked against the schema.
 * YAML through js-yaml (YAML 1.2 core schema: `yes` stays a string); JSON through JSON.parse.
 */
export const parseManifest = (source: ManifestSource): ParseOutcome => {
  const { file, text } = source;
  if (text.trim() === '' || (!isJson(file) && text.split('\n').every((line) => /^\s*(#.*)?$/.test(line)))) {
    return { ok: false, diagnostics: [syntaxError(file, messages.getMessage('error.empty'), messages.getMessage('fix.empty'))] };
  }
  let data: unknown;
  try {
    data = parseText(source);
  } catch (error) {
    if (error instanceof YAMLException) {
      const { mark } = error;
      return {
        ok: false,
        diagnostics: [
          syntaxError(
            file,
            messages.getMessage('error.yamlSyntax', [error.reason]),
            messages.getMessage('fix.yamlSyntax'),
            mark ? mark.line + 1 : undefined,
            mark ? mark.column + 1 : undefined
          ),
        ],
      };
    }
    const reason = error instanceof Error ? error.message.split('\n')[0]!.replace(/, "[\s\S]*$|, \.\.\.[\s\S]*$/, '') : String(error);
    const position = positionAt(text, jsonErrorOffset(text, error));
    return {
      ok: false,
      diagnostics: [
        syntaxError(file, messages.getMessage('error.jsonSyntax', [reason]), messages.getMessage('fix.jsonSyntax'), position.line, position.column),
      ],
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, diagnostics: [syntaxError(file, messages.getMessage('error.notAMapping'), messages.getMessage('fix.notAMapping'), 1, 1)] };
  }
  if (hasSharedNodes(data)) {
    return { ok: false, diagnostics: [syntaxError(file, messages.getMessage('error.aliases'), messages.getMessage('fix.aliases'))] };
  }
  const illegal = illegalCharacterPaths(data);
  if (illegal.length > 0) {
    const locate = createSourceLocator(text);
    return {
      ok: false,
      diagnostics: illegal.map((path) => {
        const position = locate({ path });
        return { file, at: { path }, ...(position ? { position } : {}), message: messages.getMessage('error.controlCharacter'), fix: messages.getMessage('fix.controlCharacter') };
      }),
    };
  }
  return { ok: true, manifest: { ...source, data: data as Record<string, unknown>, locate: createSourceLocator(text) } };
};

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

const parseText = (source: ManifestSource): unknown => (isJson(source.file) ? JSON.parse(source.text) : load(source.text));

/** JSON.parse says where it stopped only as an offset, in some Node versions, inside its message. */
const jsonErrorPosition = (text: string, error: Error): { line: number; column: number } | undefined => {
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const offset = /position (\d+)/.exec(error.message);
  if (!offset) return undefined;
  const before = text.slice(0, Number(offset[1])).split('\n');
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
    const reason = error instanceof Error ? error.message : String(error);
    const position = error instanceof Error ? jsonErrorPosition(text, error) : undefined;
    return {
      ok: false,
      diagnostics: [
        syntaxError(file, messages.getMessage('error.jsonSyntax', [reason]), messages.getMessage('fix.jsonSyntax'), position?.line, position?.column),
      ],
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, diagnostics: [syntaxError(file, messages.getMessage('error.notAMapping'), messages.getMessage('fix.notAMapping'), 1, 1)] };
  }
  return { ok: true, manifest: { ...source, data: data as Record<string, unknown>, locate: createSourceLocator(text) } };
};

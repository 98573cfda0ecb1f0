import type { ErrorObject, ValidateFunction } from 'ajv';
import { Messages } from '@salesforce/core';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Manifest } from './manifest.js';
import { printable } from '../diagnostics/printable.js';
import { maskSecrets } from './find-secrets.js';
import { closest } from './suggest.js';
import { validate as precompiled } from './manifest-validator.generated.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'manifest');

/**
 * schemas/manifest.schema.json, compiled by ajv at build time (scripts/schema-validators.js): loading it costs
 * a run nothing like the ~100 ms compiling it took at the first manifest. `npm test` fails when it is stale.
 */
const validate = precompiled as ValidateFunction<Manifest>;

type SchemaError = ErrorObject & { propertyName?: string };

/** JSON pointer to path, with list indexes as numbers (they print as `[0]`). */
const toPath = (pointer: string, data: unknown): Array<string | number> => {
  const path: Array<string | number> = [];
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key = Array.isArray(node) ? Number(segment) : segment;
    path.push(key);
    node = (node as Record<string | number, unknown> | undefined)?.[key];
  }
  return path;
};

/** A value or key as a message quotes it: never a credential, never a character a terminal would act on. */
const show = (value: unknown): string => printable(maskSecrets(typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value)));

/**
 * What a failing pattern describes, to explain it in words: the property it sits on
 * (`#/definitions/user/properties/alias/pattern` -> alias) or else its definition (`#/definitions/apiName/pattern`).
 */
const patternName = (error: ErrorObject): string | undefined =>
  /\/properties\/([^/]+)\/pattern$/.exec(error.schemaPath)?.[1] ?? /#\/definitions\/([^/]+)\//.exec(error.schemaPath)?.[1];

/** The patterns messages/manifest.md explains in words (`pattern.<name>`); others get the default. */
const EXPLAINED_PATTERNS = new Set([
  'integrationName',
  'apiName',
  'componentName',
  'customMetadataTypeName',
  'customSettingName',
  'externalCredentialPrincipal',
  'email',
  'grantReference',
  'userPermissions',
  'alias',
  'timeZone',
  'locale',
  'language',
  'environmentName',
  'url',
  'projectPath',
  'ipv4',
  'refreshToken',
]);

const message = (key: string, tokens: unknown[] = []): string => messages.getMessage(key, tokens.map(String));

// eslint-disable-next-line complexity -- one case per schema keyword reads best as one switch
const describe = (error: SchemaError, data: unknown): Omit<Diagnostic, 'file'> | undefined => {
  const path = toPath(error.instancePath, data);
  const at = { path };
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys((error.parentSchema?.properties as Record<string, unknown> | undefined) ?? {});
      const suggestion = closest(key, known);
      return {
        at: { path: [...path, key], key: true },
        message: message('error.unknownKey', [printable(maskSecrets(key))]),
        fix: suggestion ? message('fix.didYouMean', [suggestion]) : message('fix.knownKeys', [known.join(', ')]),
      };
    }
    case 'required': {
      const key = (error.params as { missingProperty: string }).missingProperty;
      return { at: { path: [...path, key] }, message: message('error.missingKey', [key]), fix: message('fix.missingKey', [key]) };
    }
    case 'propertyNames':
      return undefined; // ajv reports the offending name itself, with its own keyword, just before this one.
    case 'type':
      return { at, message: message('error.type', [error.params.type]), fix: message('fix.type', [error.params.type]) };
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const suggestion = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      return {
        at,
        message: message('error.enum', [show(error.data), allowed.join(', ')]),
        fix: suggestion ? message('fix.didYouMean', [suggestion]) : message('fix.enum', [allowed.join(', ')]),
      };
    }
    case 'uniqueItems': {
      const { i, j } = error.params as { i: number; j: number };
      const [first, second] = [Math.min(i, j), Math.max(i, j)];
      const list = error.data as unknown[];
      return { at: { path: [...path, second] }, message: message('error.duplicateItem', [show(list[second]), first, second]), fix: message('fix.duplicateItem') };
    }
    case 'pattern': {
      const definition = patternName(error) ?? 'default';
      const pointsAtKey = error.propertyName !== undefined;
      const value = pointsAtKey ? error.propertyName : error.data;
      const where = pointsAtKey ? { path: [...path, String(error.propertyName)], key: true } : at;
      const known = EXPLAINED_PATTERNS.has(definition) ? definition : 'default';
      return { at: where, message: message('error.pattern', [show(value), message(`pattern.${known}`)]), fix: message('fix.pattern', [message(`pattern.${known}`)]) };
    }
    case 'maxLength':
    case 'minLength':
    case 'minItems': {
      const limit = (error.params as { limit: number }).limit;
      const where = error.propertyName !== undefined ? { path: [...path, error.propertyName], key: true } : at;
      return { at: where, message: message(`error.${error.keyword}`, [limit]), fix: message(`fix.${error.keyword}`, [limit]) };
    }
    default:
      return { at, message: message('error.schema', [error.message ?? error.keyword]), fix: message('fix.schema') };
  }
};

export type SchemaOutcome = { ok: true; manifest: Manifest } | { ok: false; diagnostics: Diagnostic[] };

/**
 * A key that is missing because it is misspelt is one problem, not two: the unknown key's suggestion
 * already names the missing one.
 */
const withoutMisspeltRequired = (errors: readonly SchemaError[]): SchemaError[] => {
  const misspelt = new Set(
    errors
      .filter(({ keyword }) => keyword === 'additionalProperties')
      .flatMap((error) => {
        const known = Object.keys((error.parentSchema?.properties as Record<string, unknown> | undefined) ?? {});
        const suggestion = closest((error.params as { additionalProperty: string }).additionalProperty, known);
        return suggestion ? [`${error.instancePath}/${suggestion}`] : [];
      })
  );
  return errors.filter((error) => error.keyword !== 'required' || !misspelt.has(`${error.instancePath}/${(error.params as { missingProperty: string }).missingProperty}`));
};

/** Checks parsed data against schemas/manifest.schema.json, turning each failure into a diagnostic with a fix. */
export const validateSchema = (file: string, data: unknown): SchemaOutcome => {
  if (validate(data)) return { ok: true, manifest: data };
  const diagnostics = withoutMisspeltRequired(validate.errors ?? [])
    .map((error) => describe(error, data))
    .filter((described): described is Omit<Diagnostic, 'file'> => described !== undefined)
    .map((described) => ({ file, ...described }));
  return { ok: false, diagnostics };
};

import { Messages } from '@salesforce/core';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Manifest, ManifestPermissionSet, ManifestUser } from '../manifest/manifest.js';
import { buildApp, type Assets } from './build-app.js';
import { buildGrants, GRANT, MUTE } from './build-grants.js';
import { caseDuplicates, idleRecordTypes, unmatchedMutes } from './check-grants.js';
import type { AppModel, EnvironmentVariant, Integration, IntegrationUser, MutingModel, PermissionSetModel } from './integration.js';
import { byCodePoint, sortedUnique } from './sort.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'model');

export const MAX_API_NAME = 80;
export const MAX_LABEL = 80;
const MAX_ALIAS = 8;

/** Salesforce's defaults for a user created in Setup, in GMT: an integration has no office. */
const USER_DEFAULTS = { timeZone: 'GMT', locale: 'en_US', language: 'en_US' } as const;

export const mutingApiName = (integration: string): string => `${integration}_Muted`;

/**
 * A permission set's API name: `<integration>_<name>`, or the name of a permission set adopted in place
 * (`apiName`, written by `sf intuser import --keep-names`). Every reader of a permission set's name asks here.
 */
export const permissionSetApiName = (integration: string, permissionSet: Pick<ManifestPermissionSet, 'name' | 'apiName'>): string =>
  permissionSet.apiName ?? `${integration}_${permissionSet.name}`;

/** The app's API name: the integration's, or that of an app adopted in place (`app.apiName`). */
export const appApiName = (manifest: Pick<Manifest, 'name' | 'app'>): string => manifest.app?.apiName ?? manifest.name;

/** The API names an integration adopts in place: its files bear these names, not names of the integration's shape. */
export type AdoptedNames = { permissionSets: readonly string[]; app?: string };

/** What a manifest's `apiName`s adopt: the names permissionSetApiName and appApiName give those components. */
export const adoptedNamesOf = (manifest: Pick<Manifest, 'permissionSets' | 'app'>): AdoptedNames => ({
  permissionSets: manifest.permissionSets.flatMap(({ apiName }) => (apiName === undefined ? [] : [apiName])),
  ...(manifest.app?.apiName === undefined ? {} : { app: manifest.app.apiName }),
});

const humanize = (apiName: string): string => apiName.replace(/_/g, ' ');

const managedNote = (integration: string): string => messages.getMessage('description.managed', [integration]);

const buildUser = (manifest: Manifest, label: string, overrides: Partial<ManifestUser> = {}): IntegrationUser => {
  const user = { ...manifest.user, ...overrides };
  return {
    username: user.username,
    ...(user.firstName === undefined ? {} : { firstName: user.firstName }),
    lastName: user.lastName ?? label,
    alias: user.alias ?? manifest.name.replace(/_/g, '').toLowerCase().slice(0, MAX_ALIAS),
    email: user.email ?? manifest.contact,
    timeZone: user.timeZone ?? USER_DEFAULTS.timeZone,
    locale: user.locale ?? USER_DEFAULTS.locale,
    language: user.language ?? USER_DEFAULTS.language,
  };
};

type Built<T> = { value: T; diagnostics: Diagnostic[] };

const buildPermissionSet = (
  file: string,
  manifest: Manifest,
  label: string,
  permissionSet: ManifestPermissionSet,
  index: number
): Built<PermissionSetModel> => {
  const origin = ['permissionSets', index];
  const apiName = permissionSetApiName(manifest.name, permissionSet);
  const psLabel = permissionSet.label ?? `${label} - ${humanize(permissionSet.name)}`;
  const diagnostics: Diagnostic[] = [];
  // An adopted name is the schema's to check; a derived one can outgrow what either part allows.
  if (permissionSet.apiName === undefined && apiName.length > MAX_API_NAME) {
    diagnostics.push({
      file,
      at: { path: [...origin, 'name'] },
      message: messages.getMessage('error.apiNameTooLong', [apiName, apiName.length, MAX_API_NAME]),
      fix: messages.getMessage('fix.apiNameTooLong', [MAX_API_NAME - manifest.name.length - 1]),
    });
  }
  if (psLabel.length > MAX_LABEL) {
    diagnostics.push({
      file,
      at: { path: [...origin, 'name'] },
      message: messages.getMessage('error.derivedLabelTooLong', [psLabel, MAX_LABEL]),
      fix: messages.getMessage('fix.derivedLabelTooLong', [MAX_LABEL]),
    });
  }
  diagnostics.push(...caseDuplicates(file, permissionSet, origin), ...idleRecordTypes(file, permissionSet, origin));
  return {
    value: {
      apiName,
      ...(permissionSet.apiName === undefined ? {} : { adopted: true as const }),
      label: psLabel,
      description: permissionSet.description ?? managedNote(manifest.name),
      grants: buildGrants(permissionSet, GRANT),
      origin,
    },
    diagnostics,
  };
};

const duplicateNames = (file: string, permissionSets: readonly ManifestPermissionSet[]): Diagnostic[] => {
  const seen = new Map<string, number>();
  return permissionSets.flatMap((permissionSet, index) => {
    const key = permissionSet.name.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return [];
    }
    return [
      {
        file,
        at: { path: ['permissionSets', index, 'name'] },
        message: messages.getMessage('error.duplicatePermissionSet', [permissionSet.name, first]),
        fix: messages.getMessage('fix.duplicatePermissionSet'),
      },
    ];
  });
};

/**
 * An existing permission set is one the integration does not generate: listing one of its own generated sets
 * (or one set twice, in two cases) would make the group name it twice.
 */
const existingPermissionSetProblems = (file: string, manifest: Manifest): Diagnostic[] => {
  const generated = new Map(manifest.permissionSets.map((permissionSet, index) => [permissionSetApiName(manifest.name, permissionSet).toLowerCase(), index]));
  const seen = new Map<string, string>();
  return (manifest.existingPermissionSets ?? []).flatMap((name, index): Diagnostic[] => {
    const at = { path: ['existingPermissionSets', index] };
    const ownIndex = generated.get(name.toLowerCase());
    if (ownIndex !== undefined) {
      return [{ file, at, message: messages.getMessage('error.existingIsGenerated', [name, ownIndex]), fix: messages.getMessage('fix.existingIsGenerated') }];
    }
    const first = seen.get(name.toLowerCase());
    if (first === undefined) {
      seen.set(name.toLowerCase(), name);
      return [];
    }
    return [{ file, at, message: messages.getMessage('error.caseDuplicate', [name, first]), fix: messages.getMessage('fix.caseDuplicate') }];
  });
};

/** An environment that inherits a broken value reports it again: say it once. */
const uniqueDiagnostics = (diagnostics: Diagnostic[]): Diagnostic[] => {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const key = JSON.stringify([diagnostic.at.path, diagnostic.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

type Variant = { user: IntegrationUser; app?: AppModel; diagnostics: Diagnostic[] };

/** The user and app one environment gets: the manifest's values with the environment's laid over them. */
const buildVariant = (file: string, manifest: Manifest, label: string, permissionSets: readonly string[], assets: Assets, environment?: string): Variant => {
  const overrides = environment === undefined ? undefined : manifest.environments?.[environment];
  const user = buildUser(manifest, label, overrides?.user);
  const appInputs = (app: NonNullable<Manifest['app']>) => ({
    file,
    apiName: appApiName(manifest),
    label,
    contact: manifest.contact,
    description: manifest.description ?? managedNote(manifest.name),
    permissionSets,
    runAsUsername: user.username,
    app,
    ...(overrides?.app ? { overrides: { path: ['environments', environment!, 'app'], values: overrides.app } } : {}),
  });
  if (!manifest.app) {
    const diagnostics: Diagnostic[] = overrides?.app
      ? [{ file, at: { path: ['environments', environment!, 'app'], key: true }, message: messages.getMessage('error.environmentWithoutApp'), fix: messages.getMessage('fix.environmentWithoutApp') }]
      : [];
    return { user, diagnostics };
  }
  const app = buildApp(appInputs(manifest.app), assets);
  return { user, app: app.value, diagnostics: app.diagnostics };
};

/**
 * A schema-valid manifest to its model: defaults applied, names derived, implied rights written out, and
 * each environment's variant resolved. `assets` holds the files the manifest points at (certificates).
 * What the schema cannot say (lengths of derived names, duplicates, mutes of nothing, certificates) comes
 * back as diagnostics.
 */
export const buildIntegration = (file: string, manifest: Manifest, assets: Assets = new Map()): Built<Integration> => {
  const label = manifest.label ?? humanize(manifest.name);
  const permissionSets = manifest.permissionSets.map((permissionSet, index) => buildPermissionSet(file, manifest, label, permissionSet, index));
  const granted = permissionSets.map(({ value }) => value.grants);
  const permissionSetNames = permissionSets.map(({ value }) => value.apiName).sort(byCodePoint);
  const base = buildVariant(file, manifest, label, permissionSetNames, assets);
  const environments = Object.keys(manifest.environments ?? {})
    .sort(byCodePoint)
    .map((name) => ({ name, ...buildVariant(file, manifest, label, permissionSetNames, assets, name) }));
  const muting: MutingModel | undefined = manifest.mute
    ? { apiName: mutingApiName(manifest.name), label: `${label} - Muted`, grants: buildGrants(manifest.mute, MUTE) }
    : undefined;
  const mutingLabelTooLong: Diagnostic[] =
    muting && muting.label.length > MAX_LABEL
      ? [{ file, at: { path: ['mute'], key: true }, message: messages.getMessage('error.derivedLabelTooLong', [muting.label, MAX_LABEL]), fix: messages.getMessage('fix.mutingLabelTooLong', [MAX_LABEL - ' - Muted'.length]) }]
      : [];
  return {
    value: {
      name: manifest.name,
      label,
      description: manifest.description ?? managedNote(manifest.name),
      contact: manifest.contact,
      file,
      user: base.user,
      // In API-name order, like everything generated: the order of the manifest's list means nothing.
      permissionSets: permissionSets.map(({ value }) => value).sort((a, b) => byCodePoint(a.apiName, b.apiName)),
      existingPermissionSets: sortedUnique(manifest.existingPermissionSets ?? []),
      ...(muting ? { muting } : {}),
      ...(base.app ? { app: base.app } : {}),
      environments: environments.map(({ name, user, app }): EnvironmentVariant => ({ name, user, ...(app ? { app } : {}) })),
      justifications: manifest.justifications ?? {},
    },
    diagnostics: uniqueDiagnostics([
      ...permissionSets.flatMap(({ diagnostics }) => diagnostics),
      ...duplicateNames(file, manifest.permissionSets),
      ...existingPermissionSetProblems(file, manifest),
      ...(manifest.mute
        ? [
            // What existing permission sets grant is unknown offline: a mute may be aimed at it.
            ...((manifest.existingPermissionSets ?? []).length === 0 ? unmatchedMutes(file, manifest.mute, granted) : []),
            ...caseDuplicates(file, manifest.mute, ['mute']),
          ]
        : []),
      ...mutingLabelTooLong,
      ...base.diagnostics,
      ...environments.flatMap(({ diagnostics }) => diagnostics),
    ]),
  };
};

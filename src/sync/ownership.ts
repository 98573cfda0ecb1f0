import { posix } from 'node:path';
import type { AdoptedNames } from '../model/build-integration.js';
import { outputPaths, type OutputLayout } from '../project/output-layout.js';

/** An integration's name, as the manifest schema allows it (integrationName). */
export const INTEGRATION_NAME = /^[A-Za-z](?:_?[A-Za-z0-9])*$/;

/** A path the project's records may name: relative, normalized, never climbing out, nothing a terminal would act on. */
export const isSafePath = (path: string): boolean =>
  path !== '' &&
  !posix.isAbsolute(path) &&
  !/^[A-Za-z]:/.test(path) &&
  posix.normalize(path) === path &&
  !path.split('/').includes('..') &&
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  !/[\u0000-\u001F\u007F-\u009F\u2028\u2029\\]/.test(path);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Stand-ins that no real name holds, replaced by patterns once the layout has placed them. */
const NAME = '\u0001';
const SUFFIX = '\u0002';
const FOLDER = '\u0003';

const API_SUFFIX = '_[A-Za-z0-9](?:_?[A-Za-z0-9])*';
/** Any folders (not hidden): the metadata folder of an earlier run may differ from today's. */
const ANY_FOLDERS = '(?:[^./][^/]*/)+';
const ENVIRONMENT = '[a-z][a-z0-9]*(?:-[a-z0-9]+)*';

type Paths = ReturnType<typeof outputPaths>;

/**
 * A pattern of these paths (from the layout's own names) under any metadata folder, or an environment's copy of
 * them. Unanchored: each caller anchors it, one of them behind a prefix of its own.
 */
const patternOf = (layout: Omit<OutputLayout, 'metadataDir'>, shapes: (paths: Paths) => string[]): string => {
  const parts = shapes(outputPaths({ ...layout, metadataDir: FOLDER })).map((shape) => escapeRegExp(shape).replace(`${FOLDER}/`, ANY_FOLDERS).replace(SUFFIX, API_SUFFIX));
  return `(?:${escapeRegExp(layout.environmentsDir)}/${ENVIRONMENT}/)?(?:${parts.join('|')})`;
};

/**
 * The shape of every file generate gives an integration, as a pattern of the integration's name: each
 * metadata file by its folder and suffix under any metadata folder (`<name>` or `<name>_<suffix>`, so
 * that a renamed part is still recognised), the user's files and the page by their exact names, and an
 * environment's variant of any of them under environments/<env>/. The names are the layout's own, so they
 * cannot drift from what render-integration writes.
 */
const shapesOf = (layout: Omit<OutputLayout, 'metadataDir'>): string => {
  const suffixed = `${NAME}${SUFFIX}`;
  return patternOf(layout, (paths) => [
    paths.permissionSet(suffixed),
    paths.permissionSetGroup(NAME),
    paths.mutingPermissionSet(suffixed),
    paths.externalClientApp(NAME),
    paths.extlClntAppOauthSettings(suffixed),
    paths.extlClntAppGlobalOauthSettings(suffixed),
    paths.extlClntAppOauthPolicies(suffixed),
    paths.extlClntAppPolicies(suffixed),
    paths.connectedApp(NAME),
    paths.userDefinition(NAME),
    paths.provisioningScript(NAME),
    paths.documentation(NAME),
  ]);
};

/**
 * The files of the components an integration adopts in place (`apiName`, model/build-integration.ts): each
 * adopted permission set by its exact name, an adopted app by its name, its parts by the app's name and a suffix.
 */
const adoptedShapesOf = (layout: Omit<OutputLayout, 'metadataDir'>, { permissionSets, app }: AdoptedNames): string | undefined =>
  permissionSets.length === 0 && app === undefined
    ? undefined
    : patternOf(layout, (paths) => [
        ...permissionSets.map((name) => paths.permissionSet(name)),
        ...(app === undefined
          ? []
          : [
              paths.externalClientApp(app),
              paths.extlClntAppOauthSettings(`${app}${SUFFIX}`),
              paths.extlClntAppGlobalOauthSettings(`${app}${SUFFIX}`),
              paths.extlClntAppOauthPolicies(`${app}${SUFFIX}`),
              paths.extlClntAppPolicies(`${app}${SUFFIX}`),
              paths.connectedApp(app),
            ]),
      ]);

/**
 * Whether `path` is a file generate would write for `integration`: all a record committed with the
 * project (the ledger, the journal) can make it replace or delete. A hand-edited ledger that names any
 * other file of the project is refused. Files of components adopted under their own names belong to the
 * integration whose current manifest adopts them (`adopted`, by integration): nothing else of that name does.
 *
 * One expression for every integration, tested against `<integration>NUL<path>`, the name found again in the
 * path by a back-reference: an expression per integration cost a compilation each, most of reading an estate's
 * ledger. NUL can stand in neither a safe path nor an integration's name.
 */
export const ownershipOf = (
  layout: Omit<OutputLayout, 'metadataDir'>,
  adopted: ReadonlyMap<string, AdoptedNames> = new Map()
): ((path: string, integration: string) => boolean) => {
  const generated = new RegExp(`^(?<integration>[^\u0000]+)\u0000${shapesOf(layout).replaceAll(NAME, '\\k<integration>')}$`);
  const adoptedPatterns = new Map<string, RegExp | undefined>();
  const adoptedPattern = (integration: string): RegExp | undefined => {
    if (!adoptedPatterns.has(integration)) {
      const own = adopted.get(integration);
      const shapes = own === undefined ? undefined : adoptedShapesOf(layout, own);
      adoptedPatterns.set(integration, shapes === undefined ? undefined : new RegExp(`^${shapes}$`));
    }
    return adoptedPatterns.get(integration);
  };
  return (path, integration) => {
    if (!INTEGRATION_NAME.test(integration) || !isSafePath(path)) return false;
    return generated.test(`${integration}\u0000${path}`) || (adoptedPattern(integration)?.test(path) ?? false);
  };
};

/**
 * Whether `path` is a file of a kind a manifest may adopt under its own name (`apiName`): a permission set's, or
 * an app's and its parts'. Such a file that no manifest adopts any more is let go: left in place, unrecorded.
 */
export const adoptableOf = (layout: Omit<OutputLayout, 'metadataDir'>): ((path: string) => boolean) => {
  const any = `${NAME}`;
  const pattern = new RegExp(
    `^${patternOf(layout, (paths) => [
      paths.permissionSet(any),
      paths.externalClientApp(any),
      paths.extlClntAppOauthSettings(any),
      paths.extlClntAppGlobalOauthSettings(any),
      paths.extlClntAppOauthPolicies(any),
      paths.extlClntAppPolicies(any),
      paths.connectedApp(any),
    ]).replaceAll(NAME, '[A-Za-z](?:_?[A-Za-z0-9])*')}$`
  );
  return (path) => isSafePath(path) && pattern.test(path);
};

import { posix } from 'node:path';
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

/**
 * The shape of every file generate gives an integration, as a pattern of the integration's name: each
 * metadata file by its folder and suffix under any metadata folder (`<name>` or `<name>_<suffix>`, so
 * that a renamed part is still recognised), the user's files and the page by their exact names, and an
 * environment's variant of any of them under environments/<env>/. The names are the layout's own, so they
 * cannot drift from what render-integration writes.
 */
const shapesOf = (layout: Omit<OutputLayout, 'metadataDir'>): string => {
  const paths = outputPaths({ ...layout, metadataDir: FOLDER });
  const suffixed = `${NAME}${SUFFIX}`;
  const shapes = [
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
  ].map((shape) => escapeRegExp(shape).replace(`${FOLDER}/`, ANY_FOLDERS).replace(SUFFIX, API_SUFFIX));
  return `^(?:${escapeRegExp(layout.environmentsDir)}/${ENVIRONMENT}/)?(?:${shapes.join('|')})$`;
};

/**
 * Whether `path` is a file generate would write for `integration`: all a record committed with the
 * project (the ledger, the journal) can make it replace or delete. A hand-edited ledger that names any
 * other file of the project is refused.
 */
export const ownershipOf = (layout: Omit<OutputLayout, 'metadataDir'>): ((path: string, integration: string) => boolean) => {
  const shapes = shapesOf(layout);
  const byIntegration = new Map<string, RegExp>();
  return (path, integration) => {
    if (!INTEGRATION_NAME.test(integration) || !isSafePath(path)) return false;
    let pattern = byIntegration.get(integration);
    if (pattern === undefined) {
      pattern = new RegExp(shapes.replaceAll(NAME, integration));
      byIntegration.set(integration, pattern);
    }
    return pattern.test(path);
  };
};

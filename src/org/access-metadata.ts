import { RegistryAccess } from '@salesforce/source-deploy-retrieve';
import { retrieveMembers, type MemberName } from './metadata-retrieve.js';
import type { OrgSession } from './org-session.js';

/** One component as the org wrote it for a retrieve: its type, full name and file, every secret taken out. */
export type RetrievedComponent = { type: string; fullName: string; xml: string };

/** The OAuth apps the org holds, every one of them (`*`): which pre-authorizes the user is known only by reading them. */
export const EVERY_APP: readonly MemberName[] = [
  'ConnectedApp',
  'ExternalClientApplication',
  'ExtlClntAppOauthSettings',
  'ExtlClntAppOauthConfigurablePolicies',
  'ExtlClntAppConfigurablePolicies',
].map((type) => ({ type, fullName: '*' }));

/**
 * Never asked for, and never passed on: an External Client App's global OAuth settings hold its consumer key and
 * secret ("sensitive ... must not go to source control",
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_extlclntappglobaloauthsettings.htm).
 */
const SECRET_TYPES = new Set(['ExtlClntAppGlobalOauthSettings']);

/** Elements that hold a credential, in any file: taken out before the text leaves the org layer. */
const SECRET_ELEMENTS = /<(consumerSecret|consumerKey|privateKey|password|oauthLink)>[\s\S]*?<\/\1>\s*/g;

const registry = new RegistryAccess();

/** The type and full name of a file of a single-package retrieve (`permissionsets/X.permissionset`). */
const componentOf = (path: string): { type: string; fullName: string } | undefined => {
  const [folder, file = ''] = path.split('/').slice(-2);
  const dot = file.lastIndexOf('.');
  if (dot <= 0) return undefined;
  // The folder as well as the suffix: package.xml is no component, whatever type has the suffix xml.
  const type = registry.getTypeBySuffix(file.slice(dot + 1));
  return type && type.directoryName === folder ? { type: type.name, fullName: file.slice(0, dot) } : undefined;
};

/**
 * Retrieves components (by name, or `*` for every one of a type) and gives each file's text without the values
 * that are credentials: consumer keys and secrets, private keys, passwords, the OAuth link to a consumer. The
 * global OAuth settings of External Client Apps are refused before anything is asked. Members the org lacks are
 * simply absent from the answer.
 */
export const retrieveComponents = async (session: OrgSession, members: readonly MemberName[], apiVersion: string): Promise<RetrievedComponent[]> => {
  const asked = members.filter(({ type }) => !SECRET_TYPES.has(type));
  const { files } = await retrieveMembers(session, asked, apiVersion);
  const components: RetrievedComponent[] = [];
  for (const [path, content] of files) {
    const component = componentOf(path);
    if (component === undefined || SECRET_TYPES.has(component.type)) continue;
    components.push({ ...component, xml: content.toString('utf8').replace(SECRET_ELEMENTS, '') });
  }
  return components.sort((a, b) => (a.type === b.type ? (a.fullName < b.fullName ? -1 : 1) : a.type < b.type ? -1 : 1));
};

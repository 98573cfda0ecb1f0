import { childOf, textOf, type MetadataNode } from '../../metadata/metadata-tree.js';
import type { ComponentProblem } from './component-problem.js';

/**
 * Salesforce's words when an External Client App's OAuth policies name a client-credentials execution user
 * that is not a valid user (public deploy logs quoted in /work/helpers/research-platform.md, section 3; the field:
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_extlclntappoauthconfigurablepolicies.htm;
 * the Setup page says "We couldn't save the external client
 * app... Enter a valid execution user for the OAuth client credentials flow."). For a connected app's
 * oauthClientCredentialUser no public text was found: the same sentence is used (unverified). That an
 * inactive user is refused like a missing one is unverified; the user "must have the API Only permission"
 * (metadata reference, clientCredentialsFlowUser) is not checked.
 */
export const CLIENT_CREDENTIALS_USER_INVALID = 'Enter a valid execution user for the OAuth client credentials flow.';

/** What the rule needs of the org: a user by username (Salesforce matches usernames without case). */
export type UserDirectory = { user: (username: string) => { IsActive: boolean } | undefined };

const runAsUsername = (type: string, root: MetadataNode): string => {
  if (type === 'ExtlClntAppOauthConfigurablePolicies') return textOf(root, 'clientCredentialsFlowUser');
  if (type === 'ConnectedApp') return textOf(childOf(root, 'oauthConfig') ?? {}, 'oauthClientCredentialUser');
  return '';
};

/** The run-as user of the client credentials flow must exist and be active when the app's policies deploy (salesforce-facts.md, Users). */
export const runAsUserProblem = (type: string, root: MetadataNode, org: UserDirectory): ComponentProblem | undefined => {
  const username = runAsUsername(type, root);
  if (username === '') return undefined;
  return org.user(username)?.IsActive === true ? undefined : { problem: CLIENT_CREDENTIALS_USER_INVALID };
};

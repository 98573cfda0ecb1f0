import type { ComponentProblem } from './component-problem.js';

/**
 * Since Spring '26 (API 66.0) an org refuses to create a connected app, through any API, unless Salesforce
 * Support has re-enabled creation; editing an existing one still works. The wording of the deploy error is
 * unverified (no org to check against): tests should match on this constant, not on a copy of the text.
 */
export const CONNECTED_APP_CREATION_BLOCKED =
  'You can no longer create connected apps. Create an external client app instead, or contact Salesforce Customer Support to enable connected app creation.';

export type ConnectedAppPolicy = { allowNewConnectedApps: boolean; connectedAppExists: (fullName: string) => boolean };

export const connectedAppProblem = (fullName: string, policy: ConnectedAppPolicy): ComponentProblem | undefined =>
  policy.allowNewConnectedApps || policy.connectedAppExists(fullName) ? undefined : { problem: CONNECTED_APP_CREATION_BLOCKED };

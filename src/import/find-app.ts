import type { OrgOauthApp } from '../metadata/read-oauth-app.js';

/** Who the app must be about: the user, and the permission sets it holds (by name, and by Id where known). */
export type AppSubject = { username: string; permissionSets: ReadonlyArray<{ name: string; id?: string }> };

export type FoundApp = { app: OrgOauthApp; others: string[] } | undefined;

const idKey = (value: string): string => value.slice(0, 15);

/** Whether the app admits holders of one of the subject's permission sets: the policies may list names or Ids (which is unverified). */
const admitsHolder = (app: OrgOauthApp, subject: AppSubject): boolean =>
  app.permissionSets.some((entry) => subject.permissionSets.some(({ name, id }) => name.toLowerCase() === entry.toLowerCase() || (id !== undefined && idKey(id) === idKey(entry))));

const runsAs = (app: OrgOauthApp, subject: AppSubject): boolean => app.clientCredentials && app.runAsUsername?.toLowerCase() === subject.username.toLowerCase();

/**
 * The app that pre-authorizes the user: the one whose client-credentials flow runs as the user, else one whose
 * admin-approved permission sets include one the user holds (a connected app's `permissionSetName`, an External
 * Client App's `commaSeparatedPermissionSet`), else one that lists them but lets users authorize themselves (the
 * list is there, the policy ignores it: import says so). An External Client App before a connected app, then by
 * name; the others that match are named, for the reviewer.
 */
export const findApp = (apps: readonly OrgOauthApp[], subject: AppSubject): FoundApp => {
  const rank = (app: OrgOauthApp): number => (runsAs(app, subject) ? 0 : app.adminApproved ? 2 : 4) + (app.kind === 'externalClientApp' ? 0 : 1);
  const matching = apps
    .filter((app) => runsAs(app, subject) || admitsHolder(app, subject))
    .sort((a, b) => rank(a) - rank(b) || (a.apiName < b.apiName ? -1 : a.apiName > b.apiName ? 1 : 0));
  const [first, ...others] = matching;
  return first && { app: first, others: others.map(({ apiName }) => apiName) };
};

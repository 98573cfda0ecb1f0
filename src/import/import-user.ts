import { INTEGRATION_USER_LICENSE } from '../integration-user/platform-names.js';
import type { ManifestUser } from '../manifest/manifest.js';
import type { OrgUser } from '../org/org-users.js';
import { remark, type Remark } from './import-remarks.js';

/** The manifest's user keys and the User fields they stand for (the user definition's). */
const USER_KEYS: ReadonlyArray<readonly [Exclude<keyof ManifestUser, 'username'>, keyof OrgUser]> = [
  ['firstName', 'FirstName'],
  ['lastName', 'LastName'],
  ['alias', 'Alias'],
  ['email', 'Email'],
  ['timeZone', 'TimeZoneSidKey'],
  ['locale', 'LocaleSidKey'],
  ['language', 'LanguageLocaleKey'],
];

/**
 * The manifest's user: the username as given, and, from the org, the fields the user definition manages, as the
 * org has them (so the next deploy changes none of them). What the next deploy will change is a remark: a profile
 * off the Salesforce Integration licence (deploy moves the user to the API-only profile), an inactive user
 * (reactivated), a frozen one (unfrozen), an e-mail encoding other than UTF-8 (the definition's).
 */
export const importedUser = (username: string, user: OrgUser | undefined): { user: ManifestUser; remarks: Remark[] } => {
  if (user === undefined) return { user: { username }, remarks: [] };
  const fields = Object.fromEntries(USER_KEYS.flatMap(([key, field]) => (typeof user[field] === 'string' && user[field] !== '' ? [[key, user[field]]] : [])));
  const remarks: Remark[] = [];
  if (user.licence !== INTEGRATION_USER_LICENSE) remarks.push(remark(['user'], 'profileMove', user.profileName, user.licence));
  if (!user.isActive) remarks.push(remark(['user'], 'inactive'));
  if (user.login?.isFrozen) remarks.push(remark(['user'], 'frozen'));
  if (user.EmailEncodingKey !== null && user.EmailEncodingKey !== 'UTF-8') remarks.push(remark(['user'], 'emailEncoding', user.EmailEncodingKey));
  return { user: { username: user.username, ...fields }, remarks };
};

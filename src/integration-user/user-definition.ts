import type { IntegrationUser } from '../model/integration.js';
import { INTEGRATION_PROFILE } from './platform-names.js';

/**
 * The definition file of `sf org create user --definition-file` (scratch orgs): User fields by their API
 * names, the profile by name, and no password: an API-only user never logs in interactively.
 * The permission set license and the group are assigned afterwards, by the provisioning script.
 */
export type UserDefinition = {
  Username: string;
  FirstName?: string;
  LastName: string;
  Email: string;
  Alias: string;
  TimeZoneSidKey: string;
  LocaleSidKey: string;
  LanguageLocaleKey: string;
  EmailEncodingKey: 'UTF-8';
  profileName: string;
  generatePassword: false;
};

export const userDefinition = (user: IntegrationUser): UserDefinition => ({
  Username: user.username,
  ...(user.firstName === undefined ? {} : { FirstName: user.firstName }),
  LastName: user.lastName,
  Email: user.email,
  Alias: user.alias,
  TimeZoneSidKey: user.timeZone,
  LocaleSidKey: user.locale,
  LanguageLocaleKey: user.language,
  EmailEncodingKey: 'UTF-8',
  profileName: INTEGRATION_PROFILE,
  generatePassword: false,
});

export const userDefinitionJson = (user: IntegrationUser): string => `${JSON.stringify(userDefinition(user), null, 2)}\n`;

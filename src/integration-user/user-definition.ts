import type { IntegrationUser } from '../model/integration.js';
import { INTEGRATION_PROFILE } from './platform-names.js';

/**
 * The reviewable record of an environment's integration user: the User fields `sf intuser deploy` applies, by
 * their API names. It is also the definition file of `sf org create user --definition-file` (scratch orgs),
 * hence the profile by name and no password (an API-only user never logs in interactively); deploy finds the
 * profile through its licence instead, as profile names are translated.
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

const USER_DEFINITION_TEXT_FIELDS = ['Username', 'LastName', 'Email', 'Alias', 'TimeZoneSidKey', 'LocaleSidKey', 'LanguageLocaleKey'] as const;

/** A committed user definition read back; undefined for text that is not one (deploy refuses stale files before). */
export const parseUserDefinition = (text: string): UserDefinition | undefined => {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const record = data as Partial<Record<string, unknown>> | null;
  if (record === null || typeof record !== 'object' || USER_DEFINITION_TEXT_FIELDS.some((field) => typeof record[field] !== 'string')) return undefined;
  if (record.FirstName !== undefined && typeof record.FirstName !== 'string') return undefined;
  return { ...(record as UserDefinition), EmailEncodingKey: 'UTF-8', profileName: typeof record.profileName === 'string' ? record.profileName : INTEGRATION_PROFILE, generatePassword: false };
};

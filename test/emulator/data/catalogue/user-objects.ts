import { defineObject, flag, count, picklist, reference, text, timestamp, READ_ONLY, CREATE_ONLY, type ObjectDefinition } from '../object-definition.js';
import { permissionFields } from './user-permissions.js';

const required = { required: true };

/**
 * Who can log in and on what licence: Organization, UserLicense, Profile, User, UserLogin, LoginHistory and
 * UserPermissionAccess, with the fields the Object Reference lists that a plugin reads or writes. Key prefixes
 * from Salesforce's Ids (00D, 100, 00e, 005, 060, 0Ya: http://www.fishofprey.com/2011/09/obscure-salesforce-object-key-prefixes.html).
 */
export const USER_OBJECTS: readonly ObjectDefinition[] = [
  defineObject('Organization', '00D', {
    Name: text(READ_ONLY),
    InstanceName: text(READ_ONLY),
    IsSandbox: flag(READ_ONLY),
    TrialExpirationDate: timestamp(READ_ONLY),
    NamespacePrefix: text(READ_ONLY),
    OrganizationType: picklist(READ_ONLY),
    LanguageLocaleKey: picklist(READ_ONLY),
    DefaultLocaleSidKey: picklist(READ_ONLY),
    TimeZoneSidKey: picklist(READ_ONLY),
  }),
  // UsedLicenses is counted from the active users whenever it is read (data/derived-fields.ts).
  defineObject(
    'UserLicense',
    '100',
    {
      Name: text(READ_ONLY),
      MasterLabel: text(READ_ONLY),
      LicenseDefinitionKey: text(READ_ONLY),
      Status: picklist(READ_ONLY),
      TotalLicenses: count(READ_ONLY),
      UsedLicenses: count(READ_ONLY),
    },
    { label: 'User License', apis: ['data'] }
  ),
  defineObject(
    'Profile',
    '00e',
    {
      Name: text(required),
      Description: text(),
      UserLicenseId: reference('UserLicense', 'UserLicense', CREATE_ONLY),
      UserType: picklist(READ_ONLY),
      ...permissionFields(),
    },
    { updateable: true }
  ),
  defineObject(
    'User',
    '005',
    {
      Username: text({ required: true }),
      LastName: text(required),
      FirstName: text(),
      Name: text({ calculated: true }),
      Email: { type: 'email', required: true },
      Alias: text(required),
      CommunityNickname: text({ defaultedOnCreate: true }),
      TimeZoneSidKey: picklist(required),
      LocaleSidKey: picklist(required),
      EmailEncodingKey: picklist(required),
      LanguageLocaleKey: picklist(required),
      ProfileId: reference('Profile', 'Profile', { required: true, childRelationshipName: 'Users' }),
      IsActive: flag({ defaultValue: true }),
      UserType: picklist({ ...READ_ONLY, defaultedOnCreate: true }),
      ManagerId: reference('User', 'Manager'),
      Title: text(),
      Department: text(),
      CompanyName: text(),
      FederationIdentifier: text(),
      LastLoginDate: timestamp(READ_ONLY),
    },
    { createable: true, updateable: true }
  ),
  // Freezing is an update of UserLogin.IsFrozen; Salesforce makes one row per user.
  defineObject(
    'UserLogin',
    '060',
    {
      UserId: reference('User', 'User', READ_ONLY),
      IsFrozen: flag(),
      IsPasswordLocked: flag(),
    },
    { label: 'User Login', updateable: true, apis: ['data'] }
  ),
  // Status cannot be filtered (salesforce-facts.md): filter failures client-side.
  defineObject(
    'LoginHistory',
    '0Ya',
    {
      UserId: reference('User', 'User', READ_ONLY),
      LoginTime: timestamp(READ_ONLY),
      LoginType: picklist(READ_ONLY),
      LoginSubType: picklist(READ_ONLY),
      Status: text({ ...READ_ONLY, filterable: false }),
      SourceIp: text(READ_ONLY),
      ForwardedForIp: text(READ_ONLY),
      CountryIso: text(READ_ONLY),
      Application: text(READ_ONLY),
      ApiType: text(READ_ONLY),
      ApiVersion: text(READ_ONLY),
      Platform: text(READ_ONLY),
      Browser: text(READ_ONLY),
      TlsProtocol: picklist(READ_ONLY),
      LoginUrl: text(READ_ONLY),
    },
    { label: 'Login History', labelPlural: 'Login History', apis: ['data'] }
  ),
  // One row, computed: the running user's effective user permissions (data/effective-permissions.ts).
  defineObject('UserPermissionAccess', null, permissionFields(READ_ONLY), { label: 'User Permission Access', apis: ['data'] }),
];

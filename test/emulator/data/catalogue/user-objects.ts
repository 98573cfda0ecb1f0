import { defineObject, flag, count, picklist, reference, text, timestamp, READ_ONLY, CREATE_ONLY, type ObjectDefinition } from '../object-definition.js';
import { permissionFields } from './user-permissions.js';

const required = { required: true };
const NOT_FILTERABLE = { ...READ_ONLY, filterable: false };

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
  // Only some fields can be filtered (Status and LoginSubType cannot: clients filter failures themselves). Fields
  // and filterability from the Object Reference's LoginHistory page (research-platform.md, section 6;
  // https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_loginhistory.htm).
  defineObject(
    'LoginHistory',
    '0Ya',
    {
      UserId: reference('User', 'User', READ_ONLY),
      LoginTime: timestamp(READ_ONLY),
      LoginType: picklist(READ_ONLY),
      LoginSubType: picklist(NOT_FILTERABLE),
      Status: text(NOT_FILTERABLE),
      SourceIp: text(NOT_FILTERABLE),
      ForwardedForIp: text(NOT_FILTERABLE),
      CountryIso: picklist(READ_ONLY),
      LoginGeoId: reference('LoginGeo', 'LoginGeo', NOT_FILTERABLE),
      Application: text(NOT_FILTERABLE),
      ApiType: text(NOT_FILTERABLE),
      ApiVersion: text(NOT_FILTERABLE),
      Platform: text(NOT_FILTERABLE),
      Browser: text(NOT_FILTERABLE),
      TlsProtocol: picklist(READ_ONLY),
      CipherSuite: picklist(READ_ONLY),
      LoginUrl: text(READ_ONLY),
      AuthenticationServiceId: reference('AuthConfig', 'AuthenticationService', READ_ONLY),
      AuthMethodReference: text(NOT_FILTERABLE),
      NetworkId: reference('Network', 'Network', READ_ONLY),
      OptionsIsGet: flag(READ_ONLY),
      OptionsIsPost: flag(READ_ONLY),
    },
    { label: 'Login History', labelPlural: 'Login History', apis: ['data'] }
  ),
  // One row, computed: the running user's effective user permissions (data/effective-permissions.ts).
  defineObject('UserPermissionAccess', null, permissionFields(READ_ONLY), { label: 'User Permission Access', apis: ['data'] }),
];

/**
 * OAuth scope names, as Salesforce documents them and manifests write them, to the names the metadata uses.
 * Several OAuth names come back from the org as one metadata name (offline_access as RefreshToken; id,
 * profile, email, address and phone as Basic), so they are written that way: a retrieve then changes nothing.
 */
const METADATA_NAME: Readonly<Record<string, string>> = {
  api: 'Api',
  refresh_token: 'RefreshToken',
  offline_access: 'RefreshToken',
  full: 'Full',
  web: 'Web',
  chatter_api: 'Chatter',
  custom_permissions: 'CustomPermissions',
  openid: 'OpenID',
  id: 'Basic',
  profile: 'Basic',
  email: 'Basic',
  address: 'Basic',
  phone: 'Basic',
  wave_api: 'Wave',
  lightning: 'Lightning',
  content: 'Content',
  pardot_api: 'Pardot',
  eclair_api: 'Eclair',
  chatbot_api: 'Chatbot',
  cdp_query_api: 'CDPQuery',
  cdp_profile_api: 'CDPProfile',
  cdp_ingest_api: 'CDPIngest',
  sfap_api: 'SFAP',
  einstein_gpt_api: 'EinsteinGPT',
};

/** The order of ConnectedAppOauthAccessScope in the Metadata API WSDL: the order retrieves list scopes in. */
const WSDL_ORDER = [
  'Basic', 'Api', 'Web', 'Full', 'Chatter', 'CustomApplications', 'RefreshToken', 'OpenID', 'Profile', 'Email', 'Address',
  'Phone', 'OfflineAccess', 'CustomPermissions', 'Wave', 'Eclair', 'Pardot', 'Lightning', 'Content', 'CDPIngest', 'CDPProfile',
  'CDPQuery', 'Chatbot', 'CDPSegment', 'CDPIdentityResolution', 'CDPCalculatedInsight', 'ForgotPassword', 'UserRegistration',
  'SFAP', 'Interaction', 'CDP', 'EinsteinGPT', 'PwdlessLogin', 'MCP', 'SCRT',
];

/** The metadata names of the given OAuth scopes, once each, in WSDL order. */
export const metadataScopes = (oauthNames: readonly string[]): string[] => {
  const names = new Set(oauthNames.map((name) => METADATA_NAME[name]).filter((name): name is string => name !== undefined));
  return WSDL_ORDER.filter((name) => names.has(name));
};

/**
 * The OAuth name a manifest writes for each metadata scope name, the inverse of METADATA_NAME: the first name that
 * generates it, and for the names a retrieve folds into others (OfflineAccess, Profile, Email, Address, Phone)
 * their own OAuth name, which generate writes as the metadata name the org keeps.
 */
const OAUTH_NAME: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(METADATA_NAME).reverse().map(([oauth, metadata]) => [metadata, oauth])),
  OfflineAccess: 'offline_access',
  Profile: 'profile',
  Email: 'email',
  Address: 'address',
  Phone: 'phone',
};

/** Metadata scope names (as an org's app holds them) to the names a manifest writes; those a manifest cannot write, apart. */
export const oauthScopeNames = (metadataNames: readonly string[]): { names: string[]; unknown: string[] } => {
  const names = [...new Set(metadataNames.map((name) => OAUTH_NAME[name]).filter((name): name is string => name !== undefined))];
  return { names, unknown: metadataNames.filter((name) => OAUTH_NAME[name] === undefined) };
};

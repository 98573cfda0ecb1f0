/** The names Salesforce gives the pieces of an integration user (see salesforce-facts.md, "Names"). */
export const INTEGRATION_USER_LICENSE = 'Salesforce Integration';
export const INTEGRATION_PROFILE = 'Minimum Access - API Only Integrations';
export const INTEGRATION_PSL_LABEL = 'Salesforce API Integration';
export const INTEGRATION_PSL = 'SalesforceAPIIntegrationPsl';
/** The API-only profiles' names, current and deprecated (absent from new orgs), in English: orgs translate them. */
export const API_ONLY_PROFILES: readonly string[] = [INTEGRATION_PROFILE, 'Salesforce API Only System Integrations'];

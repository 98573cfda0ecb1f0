/** The names Salesforce gives the pieces of an integration user (see salesforce-facts.md, "Names"). */
export const INTEGRATION_USER_LICENSE = 'Salesforce Integration';
export const INTEGRATION_PROFILE = 'Minimum Access - API Only Integrations';
export const INTEGRATION_PSL_LABEL = 'Salesforce API Integration';
export const INTEGRATION_PSL = 'SalesforceAPIIntegrationPsl';

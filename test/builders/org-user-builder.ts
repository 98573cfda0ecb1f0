/**
 * The fields a User needs to be created through the API (the required ones of the User object), for a
 * dedicated integration user; a test adds ProfileId, which it looks up in the org, and what it is about.
 */
export const anIntegrationUser = (overrides: Readonly<Record<string, unknown>> = {}): Record<string, unknown> => ({
  Username: 'svc.erp-sync@acme.example',
  LastName: 'ERP Sync',
  Email: 'integrations@acme.example',
  Alias: 'erpsync',
  TimeZoneSidKey: 'Europe/London',
  LocaleSidKey: 'en_GB',
  EmailEncodingKey: 'UTF-8',
  LanguageLocaleKey: 'en_US',
  ...overrides,
});

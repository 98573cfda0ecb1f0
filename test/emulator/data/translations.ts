/**
 * The languages the emulated org can run in. Salesforce translates the names of standard profiles into the
 * running user's language (NPSP#4994, NebulaLogger#271 in salesforce-facts.md), which is why a client must
 * find the API-only profile through its licence. Licence labels (MasterLabel) are translated too; licence
 * Names and DeveloperNames are API names and stay English. The exact translations below are unverified.
 */
export type OrgLanguage = 'en_US' | 'fr' | 'de';

const TRANSLATIONS: Readonly<Record<Exclude<OrgLanguage, 'en_US'>, Readonly<Record<string, string>>>> = {
  fr: {
    'System Administrator': 'Administrateur système',
    'Standard User': 'Utilisateur standard',
    'Minimum Access - Salesforce': 'Accès minimal - Salesforce',
    'Minimum Access - API Only Integrations': 'Accès minimal - Intégrations API uniquement',
    'Chatter Free User': 'Utilisateur Chatter Free',
    'Salesforce Integration': 'Intégration Salesforce',
    'Salesforce API Integration': "Intégration de l'API Salesforce",
  },
  de: {
    'System Administrator': 'Systemadministrator',
    'Standard User': 'Standardbenutzer',
    'Minimum Access - Salesforce': 'Minimaler Zugriff - Salesforce',
    'Minimum Access - API Only Integrations': 'Minimaler Zugriff - Nur API-Integrationen',
    'Chatter Free User': 'Chatter Free-Benutzer',
    'Salesforce Integration': 'Salesforce-Integration',
    'Salesforce API Integration': 'Salesforce-API-Integration',
  },
};

/** A standard name or label as an org in this language shows it. */
export const translate = (language: OrgLanguage, english: string): string => (language === 'en_US' ? english : TRANSLATIONS[language][english] ?? english);

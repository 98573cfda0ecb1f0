import type { OrgDatabase } from './data/org-database.js';
import { resolveTestFields, type SeedRecords } from './data/test-rows.js';
import { insertAsPlatform } from './platform/platform-writes.js';

/**
 * The rows a test says the org starts with. In a sandbox they are copies from production, and Salesforce
 * renames copied users <username>.<sandbox> and appends .invalid to their e-mail (salesforce-facts.md, Users);
 * the production usernames stay taken. Returns those production usernames.
 */
export const copyProductionRows = (db: OrgDatabase, records: SeedRecords, sandbox: string | undefined): string[] => {
  const productionUsernames: string[] = [];
  for (const [type, rows] of Object.entries(records)) {
    for (const fields of rows) {
      const resolved = resolveTestFields(db, type, fields);
      if (sandbox && db.object(type).name === 'User') {
        productionUsernames.push(String(resolved.Username));
        resolved.Username = `${String(resolved.Username)}.${sandbox}`;
        if (typeof resolved.Email === 'string') resolved.Email = `${resolved.Email}.invalid`;
      }
      insertAsPlatform(db, type, resolved);
    }
  }
  return productionUsernames;
};

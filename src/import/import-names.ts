import { MAX_API_NAME } from '../model/build-integration.js';

/** The longest integration name the manifest schema allows (definitions.integrationName). */
export const MAX_INTEGRATION_NAME = 40;

/** The manifest's file name, as the README's examples name them: ERP_Order_Sync -> erp-order-sync.yaml. */
export const manifestFileName = (integration: string): string => `${integration.toLowerCase().replace(/_/g, '-')}.yaml`;

/** Where a JWT app's certificate goes: certs/erp-order-sync.crt, as the README's example places it. */
export const certificatePath = (integration: string): string => `certs/${integration.toLowerCase().replace(/_/g, '-')}.crt`;

/** How a permission set is named in the manifest: its entry's `name`, and `apiName` where it keeps a name of its own. */
export type ImportedName = { name: string; apiName?: string };

/** A name cut to `length` characters without a trailing underscore, which an API name may not end with. */
const cut = (name: string, length: number): string => name.slice(0, length).replace(/_+$/, '');

/**
 * The manifest names of the permission sets imported into one integration. Each entry's `name` is the set's API
 * name without the integration's prefix (ERP_Order_Sync_Orders -> Orders). Adopted in place (`keepNames`), a set
 * whose API name is not `<integration>_<name>` keeps it as `apiName`; otherwise generate names it
 * `<integration>_<name>`, cut to the 80 characters Salesforce allows. Names stay unique without case (a suffix
 * `_2`, `_3` where two would meet).
 */
export const importedNames = (integration: string, apiNames: readonly string[], keepNames: boolean): Map<string, ImportedName> => {
  const taken = new Set<string>();
  const prefix = `${integration.toLowerCase()}_`;
  const room = MAX_API_NAME - integration.length - 1;
  const names = new Map<string, ImportedName>();
  for (const apiName of apiNames) {
    const stem = apiName.toLowerCase().startsWith(prefix) && apiName.length > prefix.length ? apiName.slice(prefix.length) : apiName;
    let name = keepNames ? stem : cut(stem, room);
    for (let suffix = 2; taken.has(name.toLowerCase()); suffix++) name = keepNames ? `${stem}_${suffix}` : `${cut(stem, room - String(suffix).length - 1)}_${suffix}`;
    taken.add(name.toLowerCase());
    names.set(apiName, { name, ...(keepNames && `${integration}_${name}` !== apiName ? { apiName } : {}) });
  }
  return names;
};

import type { ManifestPath } from '../diagnostics/diagnostic.js';
import type { Manifest } from '../manifest/manifest.js';
import type { Integration } from '../model/integration.js';
import { validateEstate } from '../rules/validate-estate.js';
import { remark, type Remark } from './import-remarks.js';

/** `permissionSets[0].objects.Order.access[3]` back to its path. */
const parsePath = (formatted: string): ManifestPath =>
  [...formatted.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) => (index === undefined ? key! : Number(index)));

/**
 * What `sf intuser validate` will say of the imported manifest, rule by rule, at the value it points at: the
 * reviewer sees the objection where the grant is, before any pipeline runs. Findings on generated files have no
 * place in a manifest and cannot arise here (nothing is generated yet).
 */
export const validationRemarks = (file: string, manifest: Manifest, integration: Integration): Remark[] =>
  validateEstate({ integrations: [integration], validated: { manifests: [{ file, manifest }], diagnostics: [], locators: new Map() }, files: [], committed: new Map() }).map((finding) =>
    remark(parsePath(finding.path), 'validate', finding.rule, finding.severity, finding.message)
  );

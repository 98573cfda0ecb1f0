import { dump } from 'js-yaml';
import type { Manifest, ManifestPermissionSet } from '../../src/manifest/manifest.js';

/** A permission set entry with one object, the smallest that grants something. */
export const aPermissionSet = (overrides: Partial<ManifestPermissionSet> = {}): ManifestPermissionSet => ({
  name: 'Orders',
  objects: { Order: { access: ['read'], fields: { Description: 'read' } } },
  ...overrides,
});

/** A complete, valid manifest; override what a test is about. */
export const aManifest = (overrides: Partial<Manifest> = {}): Manifest => ({
  name: 'ERP_Order_Sync',
  contact: 'integrations@acme.example',
  user: { username: 'svc.erp-sync@acme.example' },
  permissionSets: [aPermissionSet()],
  ...overrides,
});

export const toYaml = (manifest: unknown): string => dump(manifest, { lineWidth: -1, noRefs: true });

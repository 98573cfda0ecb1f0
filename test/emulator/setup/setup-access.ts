import type { OrgDatabase } from '../data/org-database.js';
import { ALPHABETICAL_SEQUENCE_TYPES } from '../deploy/rules/element-order-rule.js';
import type { ComponentOrigin, HeldComponent } from '../metadata/held-component.js';
import { applyPatch, type MetadataPatch } from '../metadata/metadata-patch.js';
import { parseMetadata, writeMetadata } from '../metadata/metadata-tree.js';
import { metadataFileName } from '../metadata/metadata-types.js';
import type { OrgMetadata } from '../metadata/org-metadata.js';
import { deleteComponentRows, syncComponentRows } from '../platform/metadata-tables.js';
import { retrievedContent, type RetrieveContext } from '../retrieve/retrieved-file.js';

/**
 * Components as an admin makes them in Setup or a managed package installs them, without a deploy: no rule is
 * checked (a test arranges any state), but the tables follow as they follow a deploy, so that a permission set
 * component and its PermissionSet row agree.
 */
export type SetupAccess = {
  /** Makes (or replaces) a component from its file; namespacePrefix marks it installed from that managed package. */
  put: (type: string, fullName: string, xml: string, origin?: ComponentOrigin) => void;
  /** Changes elements of a component the org holds: `{ ipRelaxationPolicyType: 'Bypass' }`, `{ objectPermissions: [{ object: 'Account', modifyAllRecords: true }] }`. */
  edit: (type: string, fullName: string, changes: MetadataPatch) => void;
  /** Deletes a component and its rows, as Setup's Delete does. */
  remove: (type: string, fullName: string) => void;
  /** The component's file as a retrieve returns it, or undefined when the org does not hold it. */
  read: (type: string, fullName: string) => string | undefined;
};

export type SetupTarget = { db: OrgDatabase; metadata: OrgMetadata; now: () => string; retrieveContext: () => RetrieveContext };

const held = (metadata: OrgMetadata, type: string, fullName: string): HeldComponent => {
  const component = metadata.get(type, fullName);
  if (!component) throw new Error(`Org emulator: the org holds no ${type} named ${fullName}`);
  return component;
};

export const setupAccess = (org: SetupTarget): SetupAccess => {
  const save = (type: string, fullName: string, content: string, origin?: ComponentOrigin): void => {
    const saved = org.metadata.save({ type, fullName, fileName: metadataFileName(type, fullName), content }, org.now(), origin);
    syncComponentRows(org.db, saved.held);
  };
  return {
    put: (type, fullName, xml, origin = {}) => {
      const { root } = parseMetadata(xml);
      if (root !== type) throw new Error(`Org emulator: a ${type} file has the root element ${type}, not ${root}`);
      if (origin.namespacePrefix !== undefined && !fullName.startsWith(`${origin.namespacePrefix}__`)) throw new Error(`Org emulator: a component of namespace ${origin.namespacePrefix} is named ${origin.namespacePrefix}__…`);
      save(type, fullName, xml, origin);
    },
    edit: (type, fullName, changes) => {
      if (!ALPHABETICAL_SEQUENCE_TYPES.has(type)) throw new Error(`Org emulator: edit works on ${[...ALPHABETICAL_SEQUENCE_TYPES].join(', ')}`);
      const component = held(org.metadata, type, fullName);
      const { root, node } = parseMetadata(component.content);
      save(type, component.fullName, writeMetadata({ root, node: applyPatch(node, changes) }));
    },
    remove: (type, fullName) => {
      const component = held(org.metadata, type, fullName);
      org.metadata.remove(type, component.fullName);
      deleteComponentRows(org.db, type, component.fullName);
    },
    read: (type, fullName) => {
      const component = org.metadata.get(type, fullName);
      return component && retrievedContent(component, org.retrieveContext());
    },
  };
};

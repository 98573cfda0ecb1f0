import type { ComponentProblem } from './rules/component-problem.js';
import type { DeployMessage } from './deploy-result.js';

type Named = { type: string; fullName: string; fileName: string };

const base = (component: Named, createdDate: string): Omit<DeployMessage, 'changed' | 'created' | 'deleted' | 'success'> => ({
  componentType: component.type,
  createdDate,
  fileName: component.fileName,
  fullName: component.fullName,
});

/** A component the org saved (or, in a deploy that fails, would have saved): created when new, changed when its file differs. */
export const savedMessage = (component: Named, flags: { created: boolean; changed: boolean }, now: string): DeployMessage => ({
  ...base(component, now),
  ...flags,
  deleted: false,
  success: true,
});

export const failedMessage = (component: Named, problem: ComponentProblem, now: string): DeployMessage => ({
  ...base(component, now),
  changed: false,
  created: false,
  deleted: false,
  ...problem,
  problemType: 'Error',
  success: false,
});

/** A component a destructive manifest removed; its fileName is its file in the package format (unverified). */
export const deletedMessage = (component: Named, now: string): DeployMessage => ({ ...base(component, now), changed: false, created: false, deleted: true, success: true });

/**
 * A warning: "If a warning occurs and ignoreWarnings is set to true, the success field in DeployMessage is true.
 * When ignoreWarnings is set to false, success is set to false, and the warning is treated like an error"
 * (Metadata API DeployOptions, https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy.htm).
 * A missing deletion is reported against its manifest: fullName and fileName destructiveChanges.xml
 * (source-deploy-retrieve's comment on the message, src/client/metadataApiDeploy.ts).
 */
export const warningMessage = (component: Named, problem: string, ignoreWarnings: boolean, now: string): DeployMessage => ({
  ...base(component, now),
  changed: false,
  created: false,
  deleted: false,
  problem,
  problemType: 'Warning',
  success: ignoreWarnings,
});

/** The manifest's own entry: componentType present but empty, as SDR requires. */
export const packageXmlMessage = (now: string): DeployMessage => savedMessage({ type: '', fullName: 'package.xml', fileName: 'package.xml' }, { created: false, changed: true }, now);

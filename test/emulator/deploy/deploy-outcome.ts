import type { DeployOptions } from './deploy-options.js';
import type { DeployMessage, DeployStatus } from './deploy-result.js';
import type { DeployedComponent, DeployPackage } from './deploy-zip.js';
import { checkComponent, type OrgFacts } from './rules/org-rules.js';

/** What the org holds before the deploy: whether a component is new, changed or the same decides its flags. */
export type OrgContents = { contentOf: (type: string, fullName: string) => string | undefined };

export type DeployOutcome = {
  status: Extract<DeployStatus, 'Succeeded' | 'SucceededPartial' | 'Failed'>;
  successes: DeployMessage[];
  failures: DeployMessage[];
  /** What the org keeps: nothing for a check-only deploy or a failed one. */
  saved: DeployedComponent[];
};

const message = (component: Pick<DeployedComponent, 'type' | 'fullName' | 'fileName'>, createdDate: string): Omit<DeployMessage, 'changed' | 'created' | 'success'> => ({
  componentType: component.type,
  createdDate,
  deleted: false,
  fileName: component.fileName,
  fullName: component.fullName,
});

/**
 * Decides a deploy the way the Metadata API reports it. Every component is checked; those that pass are
 * listed as successes even when the deploy fails and rolls back (real results do the same, and count them
 * in numberComponentsDeployed), but the org keeps them only when the deploy succeeds, or succeeds in part
 * with rollbackOnError false, and is not check-only.
 */
export const decideDeploy = (deployPackage: DeployPackage, options: DeployOptions, facts: OrgFacts, contents: OrgContents, now: string): DeployOutcome => {
  const successes: DeployMessage[] = [];
  const failures: DeployMessage[] = [];
  const passed: DeployedComponent[] = [];
  if (deployPackage.packageXml === undefined) {
    failures.push({ ...message({ type: '', fullName: 'package.xml', fileName: 'package.xml' }, now), changed: false, created: false, problem: 'No package.xml found', problemType: 'Error', success: false });
  }
  for (const component of deployPackage.components) {
    const problem = checkComponent(component, facts);
    if (problem) {
      failures.push({ ...message(component, now), changed: false, created: false, ...problem, problemType: 'Error', success: false });
      continue;
    }
    const before = contents.contentOf(component.type, component.fullName);
    successes.push({ ...message(component, now), changed: before !== component.content, created: before === undefined, success: true });
    passed.push(component);
  }
  const status = failures.length === 0 ? 'Succeeded' : options.rollbackOnError || passed.length === 0 ? 'Failed' : 'SucceededPartial';
  if (deployPackage.packageXml !== undefined) {
    // The manifest is a success entry of its own, with an empty componentType.
    successes.push({ ...message({ type: '', fullName: 'package.xml', fileName: 'package.xml' }, now), changed: true, created: false, success: true });
  }
  return {
    status,
    successes,
    failures,
    saved: options.checkOnly || status === 'Failed' ? [] : passed,
  };
};

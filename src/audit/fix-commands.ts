import { environmentPath, outputPaths, type OutputLayout } from '../project/output-layout.js';

/** The commands that fix what the audit finds, for the org and environment it audited. */
export type FixCommands = {
  /** Brings the integration's components back to what the manifests generate. */
  deploy: (integration: string) => string;
  /** The same, removing what the manifests do not declare. */
  prune: (integration: string) => string;
  /** Creates the user where missing, assigns its permission set licence and group. */
  provision: (integration: string) => string;
};

const quoted = (value: string): string => (/^[\w.@+/:-]+$/.test(value) ? value : `"${value.replace(/(["\\$`])/g, '\\$1')}"`);

/**
 * `sf intuser deploy` for the drift (`--prune` for what nobody declared), the provisioning script for the user:
 * the environment's variant of it where it has one (`exists` says which generated files there are).
 */
export const fixCommands = (targetOrg: string, environment: string | undefined, layout: OutputLayout, exists: (path: string) => boolean): FixCommands => {
  const deploy = (integration: string): string =>
    ['sf intuser deploy', '--target-org', quoted(targetOrg), ...(environment ? ['--env', quoted(environment)] : []), '--integration', quoted(integration)].join(' ');
  return {
    deploy,
    prune: (integration) => `${deploy(integration)} --prune`,
    provision: (integration) => {
      const script = outputPaths(layout).provisioningScript(integration);
      const variant = environment === undefined ? undefined : environmentPath(layout, environment, script);
      return `sf apex run --file ${quoted(variant !== undefined && exists(variant) ? variant : script)} --target-org ${quoted(targetOrg)}`;
    },
  };
};

/** The commands that fix what the audit finds, for the org and environment it audited. */
export type FixCommands = {
  /**
   * Brings the integration to what the manifests say: its components, and its user (created where missing,
   * reactivated, unfrozen, moved to the API-only profile, given its permission set licence and group).
   */
  deploy: (integration: string) => string;
  /** The same, removing what the manifests do not declare. */
  prune: (integration: string) => string;
};

const quoted = (value: string): string => (/^[\w.@+/:-]+$/.test(value) ? value : `"${value.replace(/(["\\$`])/g, '\\$1')}"`);

/** `sf intuser deploy` for the integration in the audited environment, `--prune` for what nobody declared. */
export const fixCommands = (targetOrg: string, environment: string | undefined): FixCommands => {
  const deploy = (integration: string): string =>
    ['sf intuser deploy', '--target-org', quoted(targetOrg), ...(environment ? ['--env', quoted(environment)] : []), '--integration', quoted(integration)].join(' ');
  return { deploy, prune: (integration) => `${deploy(integration)} --prune` };
};

import type { DeployedComponent, DeployResult, IntegrationOutcome, MetadataDeploy, PlannedChange } from './deploy-result.js';

/** `+` created, `~` changed, `-` deleted: the signs of a plan, for metadata components as for users. */
const SIGN_OF_STATE: Readonly<Record<DeployedComponent['state'], string>> = { Created: '+', Changed: '~', Deleted: '-', Unchanged: '=', Failed: '!', RolledBack: '·' };

const PHASE_TITLES: Readonly<Record<MetadataDeploy['phase'], string>> = {
  access: 'Metadata that names no user',
  runAsUser: 'App parts that name the integration user',
  removal: 'Removals',
};

const location = ({ file, line, column }: DeployedComponent): string => (file === '' ? '' : ` (${file}${line === undefined ? '' : `:${line}:${column ?? 1}`})`);

/** A metadata deploy: its id and counts, then each component it changes or that failed (unchanged ones are only counted). */
const metadataLines = (deploy: MetadataDeploy): string[] => {
  const count = (state: DeployedComponent['state']): number => deploy.components.filter((component) => component.state === state).length;
  const counts = (['Created', 'Changed', 'Deleted', 'Unchanged', 'Failed', 'RolledBack'] as const)
    .map((state) => [state, count(state)] as const)
    .filter(([, n]) => n > 0)
    .map(([state, n]) => `${n} ${state.toLowerCase()}`)
    .join(', ');
  const verb = deploy.checkOnly ? 'validated (check-only)' : deploy.done ? deploy.status : `${deploy.status}, not finished`;
  const header = `${PHASE_TITLES[deploy.phase]}: deploy ${deploy.id}, ${verb}${counts === '' ? '' : `: ${counts}`}`;
  const shown = deploy.components.filter(({ state }) => state !== 'Unchanged' && state !== 'RolledBack');
  return [header, ...shown.map((component) => `  ${SIGN_OF_STATE[component.state]} ${component.type} ${component.fullName}${location(component)}${component.problem ? `: ${component.problem}` : ''}`)];
};

const OUTCOME_NOTES: Readonly<Record<PlannedChange['outcome'], string>> = { planned: '', done: 'done', failed: 'failed', kept: 'kept: removed only with --prune', waiting: 'waiting' };

/** `~ user.Email: old -> new [done]`, `+ group ERP_Order_Sync [waiting: ...]`. */
export const changeLine = (change: PlannedChange): string => {
  const values = change.from !== undefined || change.to !== undefined ? `: ${change.from ?? '(none)'} -> ${change.to ?? '(none)'}` : '';
  const target = `${change.target} ${change.name}`;
  const note = [OUTCOME_NOTES[change.outcome], change.problem].filter(Boolean).join(': ');
  return `  ${change.sign} ${target}${change.target === 'user' && change.to ? ` (profile ${change.to})` : values}${note === '' ? '' : ` [${note}]`}`;
};

const integrationLines = ({ name, username, changes }: IntegrationOutcome): string[] =>
  changes.length === 0 ? [] : [`${name} (${username})`, ...changes.map(changeLine)];

/**
 * The run as a reader follows it, phase by phase: each metadata deploy with what it creates, changes or deletes,
 * then each integration's user with its changes and their outcome. Pure: the command prints the lines.
 */
export const renderDeploy = (result: DeployResult): string[] => {
  const integrations = result.integrations.flatMap(integrationLines);
  const removed = result.removed.flatMap(integrationLines);
  const deferred =
    result.deferred.length === 0
      ? []
      : [`${PHASE_TITLES.runAsUser}: deployed once the users exist`, ...result.deferred.map(({ type, fullName, file }) => `  + ${type} ${fullName} (${file})`)];
  return [...result.metadata.flatMap(metadataLines), ...deferred, ...(integrations.length > 0 ? ['Users and assignments:', ...integrations.map((line) => `  ${line}`)] : []),
    ...(removed.length > 0 ? ['Integrations that left the manifests:', ...removed.map((line) => `  ${line}`)] : []),
  ];
};

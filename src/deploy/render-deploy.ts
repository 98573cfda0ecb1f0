import { Messages } from '@salesforce/core';
import type { DeployedComponent, DeployResult, IntegrationOutcome, MetadataDeploy, PlannedChange } from './deploy-result.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'deploy');

/** `+` created, `~` changed, `-` deleted: the signs of a plan, for metadata components as for users. */
const SIGN_OF_STATE: Readonly<Record<DeployedComponent['state'], string>> = { Created: '+', Changed: '~', Deleted: '-', Unchanged: '=', Failed: '!', RolledBack: '·' };

const phaseTitle = (phase: MetadataDeploy['phase']): string => messages.getMessage(`render.phase.${phase}`);

const location = ({ file, line, column }: DeployedComponent): string => (file === '' ? '' : ` (${file}${line === undefined ? '' : `:${line}:${column ?? 1}`})`);

/** A metadata deploy: its id and counts, then each component it changes or that failed (unchanged ones are only counted). */
const metadataLines = (deploy: MetadataDeploy): string[] => {
  const count = (state: DeployedComponent['state']): number => deploy.components.filter((component) => component.state === state).length;
  const counts = (['Created', 'Changed', 'Deleted', 'Unchanged', 'Failed', 'RolledBack'] as const)
    .map((state) => [state, count(state)] as const)
    .filter(([, n]) => n > 0)
    .map(([state, n]) => `${n} ${state.toLowerCase()}`)
    .join(', ');
  const verb = deploy.checkOnly ? messages.getMessage('render.checkOnly') : deploy.done ? deploy.status : messages.getMessage('render.notFinished', [deploy.status]);
  const header = `${messages.getMessage('render.deploy', [phaseTitle(deploy.phase), deploy.id, verb])}${counts === '' ? '' : `: ${counts}`}`;
  const shown = deploy.components.filter(({ state }) => state !== 'Unchanged' && state !== 'RolledBack');
  return [header, ...shown.map((component) => `  ${SIGN_OF_STATE[component.state]} ${component.type} ${component.fullName}${location(component)}${component.problem ? `: ${component.problem}` : ''}`)];
};

/** A change kept for a reason of its own (a human's user, an adopted component) says that reason, not that --prune would remove it. */
const outcomeNote = ({ outcome, problem }: PlannedChange): string =>
  outcome === 'planned' ? '' : outcome === 'kept' ? (problem === undefined ? messages.getMessage('render.kept') : 'kept') : outcome;

/** `~ user.Email: old -> new [done]`, `+ group ERP_Order_Sync [waiting: ...]`. */
export const changeLine = (change: PlannedChange): string => {
  const values = change.from !== undefined || change.to !== undefined ? `: ${change.from ?? '(none)'} -> ${change.to ?? '(none)'}` : '';
  const target = `${change.target} ${change.name}`;
  const note = [outcomeNote(change), change.problem].filter(Boolean).join(': ');
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
      : [messages.getMessage('render.deferred', [phaseTitle('runAsUser')]), ...result.deferred.map(({ type, fullName, file }) => `  + ${type} ${fullName} (${file})`)];
  return [...result.metadata.flatMap(metadataLines), ...deferred, ...(integrations.length > 0 ? [messages.getMessage('render.users'), ...integrations.map((line) => `  ${line}`)] : []),
    ...(removed.length > 0 ? [messages.getMessage('render.removed'), ...removed.map((line) => `  ${line}`)] : []),
  ];
};

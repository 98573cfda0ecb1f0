import { Messages } from '@salesforce/core';
import { Flags, StandardColors } from '@salesforce/sf-plugins-core';
import { IntuserCommand } from '../../cli/intuser-command.js';
import type { DeployResult } from '../../deploy/deploy-result.js';
import { deployExitCode } from '../../deploy/deploy-status.js';
import { renderDeploy } from '../../deploy/render-deploy.js';
import { deployIntegrations } from '../../deploy/run-deploy.js';
import { OrgError } from '../../org/org-error.js';
import { orgFailureError } from '../../org/org-failure-error.js';
import { openOrgSession } from '../../org/org-session.js';
import { projectContextOf } from '../../project/project-context.js';
import { useRestDeploy } from '../../project/rest-deploy.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'intuser.deploy');

export type IntuserDeployResult = DeployResult;

export default class IntuserDeploy extends IntuserCommand<IntuserDeployResult> {
  public static override readonly summary = messages.getMessage('summary');
  public static override readonly description = messages.getMessage('description');
  public static override readonly examples = messages.getMessages('examples');
  public static override readonly requiresProject = true;

  public static override readonly flags = {
    'target-org': Flags.requiredOrg(),
    env: Flags.string({ summary: messages.getMessage('flags.env.summary'), description: messages.getMessage('flags.env.description') }),
    integration: Flags.string({ multiple: true, summary: messages.getMessage('flags.integration.summary') }),
    'dry-run': Flags.boolean({ summary: messages.getMessage('flags.dry-run.summary'), description: messages.getMessage('flags.dry-run.description'), default: false }),
    prune: Flags.boolean({ summary: messages.getMessage('flags.prune.summary'), description: messages.getMessage('flags.prune.description'), default: false }),
    'max-removals': Flags.integer({ summary: messages.getMessage('flags.max-removals.summary'), description: messages.getMessage('flags.max-removals.description'), min: 0, dependsOn: ['prune'] }),
    wait: Flags.duration({
      char: 'w',
      unit: 'minutes',
      defaultValue: 33,
      min: 1,
      summary: messages.getMessage('flags.wait.summary'),
      description: messages.getMessage('flags.wait.description'),
      exclusive: ['async'],
    }),
    async: Flags.boolean({ summary: messages.getMessage('flags.async.summary'), default: false, exclusive: ['wait'] }),
  };

  public async run(): Promise<IntuserDeployResult> {
    const { flags } = await this.parse(IntuserDeploy);
    const project = this.project!;
    const rest = await useRestDeploy();
    const session = openOrgSession(flags['target-org'].getConnection(), { waitMs: flags.wait.milliseconds });
    const target = session.username;

    this.spinner.start(messages.getMessage(flags['dry-run'] ? 'progress.validating' : 'progress.deploying', [target]));
    let result: DeployResult;
    try {
      result = await deployIntegrations(
        {
          ...projectContextOf(project),
          ...(flags.integration ? { integrations: flags.integration } : {}),
          ...(flags.env ? { environment: flags.env } : {}),
          dryRun: flags['dry-run'],
          prune: flags.prune,
          ...(flags['max-removals'] === undefined ? {} : { maxRemovals: flags['max-removals'] }),
          async: flags.async,
          rest,
          onStart: (phase, id) => this.spinner.pause(() => this.log(messages.getMessage('info.deployId', [id, messages.getMessage(`phase.${phase}`)]))),
          onProgress: ({ status, deployed, total, errors }) => {
            this.spinner.status = messages.getMessage('progress.status', [status, deployed, total, errors]);
          },
        },
        session
      );
    } catch (error) {
      this.spinner.stop(messages.getMessage('progress.failed'));
      if (error instanceof OrgError) throw orgFailureError(error, target, 1, messages.getMessage('info.nothingChanged'));
      throw error;
    } finally {
      await session.close();
    }
    this.spinner.stop(result.status);
    this.render(result, flags.async);
    process.exitCode = deployExitCode(result, flags.async);
    return result;
  }


  private render(result: DeployResult, async: boolean): void {
    renderDeploy(result).forEach((line) => this.log(line));
    const where = result.environment ? messages.getMessage('info.environment', [result.environment]) : messages.getMessage('info.manifestValues');
    switch (result.status) {
      case 'Succeeded':
        this.logSuccess(messages.getMessage(result.changed ? 'info.deployed' : 'info.upToDate', [result.integrations.length, where, result.targetOrg]));
        return;
      case 'Planned':
        this.logSuccess(messages.getMessage('info.planned', [result.integrations.length, where, result.targetOrg]));
        return;
      case 'InProgress':
        this.log(messages.getMessage(async ? 'info.started' : 'info.stillRunning', [result.targetOrg]));
        break;
      default:
        this.log(StandardColors.error(messages.getMessage(result.status === 'Failed' ? 'info.failed' : 'info.partly', [result.targetOrg])));
    }
    if (result.nextCommand) this.info(messages.getMessage('info.next', [result.nextCommand]));
    else if (async && result.id) this.info(messages.getMessage('info.howToFollow', [result.id, result.targetOrg]));
  }
}

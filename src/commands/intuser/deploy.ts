import { Messages, SfError } from '@salesforce/core';
import { Flags, SfCommand, StandardColors } from '@salesforce/sf-plugins-core';
import { flushedOutput } from '../../cli/flushed-output.js';
import { deployExitCode } from '../../deploy/deploy-exit-code.js';
import type { DeployResult } from '../../deploy/deploy-result.js';
import { deployIntegrations } from '../../deploy/run-deploy.js';
import { metadataDirOf } from '../../project/metadata-dir.js';
import { readProjectSettings } from '../../project/read-project-settings.js';
import { useRestDeploy } from '../../project/rest-deploy.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'intuser.deploy');

export type IntuserDeployResult = DeployResult;

const isExpiredSession = (error: unknown): boolean => error instanceof Error && /INVALID_SESSION_ID|Session expired or invalid/i.test(error.message);

export default class IntuserDeploy extends SfCommand<IntuserDeployResult> {
  public static override readonly summary = messages.getMessage('summary');
  public static override readonly description = messages.getMessage('description');
  public static override readonly examples = messages.getMessages('examples');
  public static override readonly requiresProject = true;

  public static override readonly flags = {
    'target-org': Flags.requiredOrg(),
    env: Flags.string({ summary: messages.getMessage('flags.env.summary'), description: messages.getMessage('flags.env.description') }),
    integration: Flags.string({ multiple: true, summary: messages.getMessage('flags.integration.summary') }),
    'dry-run': Flags.boolean({ summary: messages.getMessage('flags.dry-run.summary'), default: false }),
    wait: Flags.duration({
      char: 'w',
      unit: 'minutes',
      defaultValue: 33,
      min: 1,
      summary: messages.getMessage('flags.wait.summary'),
      exclusive: ['async'],
    }),
    async: Flags.boolean({ summary: messages.getMessage('flags.async.summary'), default: false, exclusive: ['wait'] }),
  };

  public async run(): Promise<IntuserDeployResult> {
    const { flags } = await this.parse(IntuserDeploy);
    const project = this.project!;
    const connection = flags['target-org'].getConnection();
    const rest = await useRestDeploy();
    const sourceApiVersion = project.getSfProjectJson().getContents().sourceApiVersion;
    const settings = readProjectSettings(project);

    this.spinner.start(messages.getMessage(flags['dry-run'] ? 'progress.validating' : 'progress.deploying', [connection.getUsername() ?? '']));
    let result: DeployResult;
    try {
      result = await deployIntegrations(
        {
          projectDir: project.getPath(),
          metadataDir: metadataDirOf(project, settings),
          settings,
          ...(sourceApiVersion ? { sourceApiVersion } : {}),
          ...(flags.integration ? { integrations: flags.integration } : {}),
          ...(flags.env ? { environment: flags.env } : {}),
          dryRun: flags['dry-run'],
          wait: flags.wait,
          async: flags.async,
          rest,
          onStart: (id) => this.log(messages.getMessage('info.deployId', [id])),
          onProgress: ({ status, deployed, total, errors }) => {
            this.spinner.status = messages.getMessage('progress.status', [status, deployed, total, errors]);
          },
        },
        connection
      );
    } catch (error) {
      this.spinner.stop(messages.getMessage('progress.failed'));
      if (isExpiredSession(error)) {
        throw new SfError(messages.getMessage('error.expiredSession', [connection.getUsername() ?? '']), 'ExpiredSessionError', messages.getMessages('action.expiredSession', [connection.getUsername() ?? '']), 1);
      }
      throw error;
    }
    this.spinner.stop(result.status);
    this.render(result, flags.async);
    process.exitCode = deployExitCode(result.status, result.done, flags.async);
    return result;
  }

  /** The error as sf-plugins-core writes it, all of it: a long --json answer is not cut by the exit that follows. */
  protected override async catch(error: Parameters<SfCommand<unknown>['catch']>[0]): Promise<never> {
    try {
      return await super.catch(error);
    } finally {
      await flushedOutput();
    }
  }

  private render(result: DeployResult, async: boolean): void {
    if (result.components.length > 0) {
      this.table({
        data: result.components.map((component) => ({
          state: component.state,
          type: component.type,
          name: component.fullName,
          file: component.file,
          problem: component.problem ? `${component.problem}${component.line === undefined ? '' : ` (${component.line}:${component.column ?? 1})`}` : '',
        })),
        columns: [
          { key: 'state', name: messages.getMessage('column.state') },
          { key: 'type', name: messages.getMessage('column.type') },
          { key: 'name', name: messages.getMessage('column.name') },
          { key: 'file', name: messages.getMessage('column.file') },
          ...(result.components.some(({ problem }) => problem) ? [{ key: 'problem' as const, name: messages.getMessage('column.problem') }] : []),
        ],
      });
    }
    const target = result.environment ? messages.getMessage('info.environment', [result.environment]) : messages.getMessage('info.manifestValues');
    if (!result.done) {
      this.log(messages.getMessage(async ? 'info.started' : 'info.stillRunning', [result.id, result.targetOrg]));
      this.info(messages.getMessage('info.howToFollow', [result.id, result.targetOrg]));
      return;
    }
    if (result.status !== 'Succeeded') {
      this.log(StandardColors.error(messages.getMessage('info.failed', [result.status, result.numberComponentErrors, result.numberComponentsTotal, result.targetOrg])));
      return;
    }
    const summary = messages.getMessage(result.checkOnly ? 'info.validated' : 'info.deployed', [
      result.numberComponentsDeployed,
      result.integrations.join(', '),
      target,
      result.targetOrg,
      result.api,
    ]);
    this.logSuccess(summary);
  }
}

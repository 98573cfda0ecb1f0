import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Messages } from '@salesforce/core';
import { Flags, StandardColors } from '@salesforce/sf-plugins-core';
import { IntuserCommand } from '../../cli/intuser-command.js';
import { OrgError } from '../../org/org-error.js';
import { orgFailureError } from '../../org/org-failure-error.js';
import { openOrgSession } from '../../org/org-session.js';
import { projectContextOf } from '../../project/project-context.js';
import { humanReport } from '../../validate/human-report.js';
import { toSarif } from '../../validate/sarif.js';
import { validate } from '../../validate/validate.js';
import type { ValidateResult } from '../../validate/validate-result.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'intuser.validate');

export type IntuserValidateResult = ValidateResult;

/** The org check is a few describes and queries: a bound for when the org stops answering, not a wait for work. */
const ORG_CHECK_WAIT_MS = 5 * 60 * 1000;

export default class IntuserValidate extends IntuserCommand<IntuserValidateResult> {
  public static override readonly summary = messages.getMessage('summary');
  public static override readonly description = messages.getMessage('description');
  public static override readonly examples = messages.getMessages('examples');
  public static override readonly requiresProject = true;

  public static override readonly flags = {
    'target-org': Flags.optionalOrg({
      summary: messages.getMessage('flags.target-org.summary'),
      description: messages.getMessage('flags.target-org.description'),
    }),
    format: Flags.option({
      summary: messages.getMessage('flags.format.summary'),
      description: messages.getMessage('flags.format.description'),
      options: ['human', 'sarif'] as const,
      default: 'human',
    })(),
    'output-file': Flags.file({
      summary: messages.getMessage('flags.output-file.summary'),
      description: messages.getMessage('flags.output-file.description'),
    }),
  };

  public async run(): Promise<IntuserValidateResult> {
    const { flags } = await this.parse(IntuserValidate);
    const project = this.project!;
    const org = flags['target-org'];
    const session = org ? openOrgSession(org.getConnection(), { waitMs: ORG_CHECK_WAIT_MS }) : undefined;
    let result: ValidateResult;
    try {
      result = await validate(projectContextOf(project), session);
    } catch (error) {
      if (error instanceof OrgError) throw orgFailureError(error, session?.username ?? '');
      throw error;
    } finally {
      await session?.close();
    }

    const sarif = (): string => `${JSON.stringify(toSarif(result, this.config.plugins.get('plugin-intuser')?.version), null, 2)}\n`;
    if (flags['output-file'] !== undefined) await writeFile(resolve(flags['output-file']), sarif());
    if (flags.format === 'sarif') this.log(sarif().trimEnd());
    else this.renderHuman(result);
    // Like generate --check: the result is still returned (and printed with --json), the exit code says it failed.
    if (!result.passed) process.exitCode = 1;
    return result;
  }


  private renderHuman(result: ValidateResult): void {
    humanReport(result).forEach((line) => this.log(line));
    const { errors, warnings, accepted } = result.summary;
    const summary = messages.getMessage('info.summary', [result.integrations.length, errors, warnings, accepted]);
    if (result.passed) {
      this.logSuccess(summary);
      return;
    }
    this.log(StandardColors.error(messages.getMessage('info.failed', [summary])));
    this.info(messages.getMessage('info.howToFix'));
  }
}

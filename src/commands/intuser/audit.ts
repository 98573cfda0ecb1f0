import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { Messages } from '@salesforce/core';
import { Flags, StandardColors } from '@salesforce/sf-plugins-core';
import { IntuserCommand } from '../../cli/intuser-command.js';
import type { AuditResult } from '../../audit/audit-result.js';
import { humanReport } from '../../audit/human-report.js';
import { reviewPack } from '../../audit/review-pack.js';
import { runAudit } from '../../audit/run-audit.js';
import { toAuditSarif } from '../../audit/sarif.js';
import { OrgError } from '../../org/org-error.js';
import { orgFailureError } from '../../org/org-failure-error.js';
import { openOrgSession } from '../../org/org-session.js';
import { projectContextOf } from '../../project/project-context.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'intuser.audit');

export type IntuserAuditResult = AuditResult;

type Format = 'human' | 'sarif' | 'markdown';

/** With --format human, a file's extension says what it wants: SARIF for .sarif or .json, the review for .md. */
const fileFormat = (format: Format, file: string): Format => {
  if (format !== 'human') return format;
  const extension = extname(file).toLowerCase();
  return extension === '.sarif' || extension === '.json' ? 'sarif' : extension === '.md' || extension === '.markdown' ? 'markdown' : 'human';
};

export default class IntuserAudit extends IntuserCommand<IntuserAuditResult> {
  public static override readonly summary = messages.getMessage('summary');
  public static override readonly description = messages.getMessage('description');
  public static override readonly examples = messages.getMessages('examples');
  public static override readonly requiresProject = true;

  public static override readonly flags = {
    'target-org': Flags.requiredOrg(),
    env: Flags.string({ summary: messages.getMessage('flags.env.summary'), description: messages.getMessage('flags.env.description') }),
    integration: Flags.string({ multiple: true, summary: messages.getMessage('flags.integration.summary'), description: messages.getMessage('flags.integration.description') }),
    days: Flags.integer({ summary: messages.getMessage('flags.days.summary'), description: messages.getMessage('flags.days.description'), default: 30, min: 1 }),
    'stale-days': Flags.integer({ summary: messages.getMessage('flags.stale-days.summary'), default: 90, min: 1 }),
    'fail-on': Flags.option({ summary: messages.getMessage('flags.fail-on.summary'), options: ['error', 'warning'] as const, default: 'error' })(),
    format: Flags.option({
      summary: messages.getMessage('flags.format.summary'),
      description: messages.getMessage('flags.format.description'),
      options: ['human', 'sarif', 'markdown'] as const,
      default: 'human',
    })(),
    'output-file': Flags.file({ summary: messages.getMessage('flags.output-file.summary'), description: messages.getMessage('flags.output-file.description') }),
    wait: Flags.duration({ char: 'w', unit: 'minutes', defaultValue: 10, min: 1, summary: messages.getMessage('flags.wait.summary'), description: messages.getMessage('flags.wait.description') }),
  };

  public async run(): Promise<IntuserAuditResult> {
    const { flags } = await this.parse(IntuserAudit);
    const session = openOrgSession(flags['target-org'].getConnection(), { waitMs: flags.wait.milliseconds });
    const username = session.username;
    const version = this.config.plugins.get('plugin-intuser')?.version;

    this.spinner.start(messages.getMessage('progress.auditing', [username]));
    let result: AuditResult;
    try {
      result = await runAudit(
        {
          ...projectContextOf(this.project!),
          ...(flags.integration ? { integrations: flags.integration } : {}),
          ...(flags.env ? { environment: flags.env } : {}),
          days: flags.days,
          staleDays: flags['stale-days'],
          failOn: flags['fail-on'],
          ...(version ? { pluginVersion: version } : {}),
        },
        session
      );
    } catch (error) {
      this.spinner.stop();
      if (error instanceof OrgError) throw orgFailureError(error, username);
      throw error;
    } finally {
      await session.close();
    }
    this.spinner.stop();

    const report = (format: Format): string =>
      format === 'sarif' ? `${JSON.stringify(toAuditSarif(result, version), null, 2)}\n` : format === 'markdown' ? `${reviewPack(result)}\n` : `${humanReport(result).join('\n')}\n`;
    const file = flags['output-file'];
    if (file !== undefined) {
      const format = fileFormat(flags.format, file);
      await writeFile(resolve(file), report(format));
      this.info(messages.getMessage('info.written', [format, file]));
    }
    if (file === undefined && flags.format !== 'human') this.log(report(flags.format).trimEnd());
    else this.renderHuman(result);
    // The result is returned (and printed with --json) either way: the exit code says whether the audit passed.
    if (!result.passed) process.exitCode = 1;
    return result;
  }

  private renderHuman(result: AuditResult): void {
    humanReport(result).forEach((line) => this.log(line));
    const summary = messages.getMessage('info.summary', [result.integrations.length, result.targetOrg, result.summary.errors, result.summary.warnings]);
    if (result.passed) {
      this.logSuccess(summary);
      return;
    }
    this.log(StandardColors.error(messages.getMessage('info.failed', [summary])));
    this.info(messages.getMessage('info.howToFix'));
  }
}

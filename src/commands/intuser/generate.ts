import { Messages } from '@salesforce/core';
import { Flags, StandardColors } from '@salesforce/sf-plugins-core';
import { IntuserCommand } from '../../cli/intuser-command.js';
import { generate } from '../../generate/generate.js';
import type { OutOfDateFile } from '../../estate/out-of-date.js';
import type { GenerateResult } from '../../generate/generate-result.js';
import { projectContextOf } from '../../project/project-context.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'intuser.generate');

export type IntuserGenerateResult = GenerateResult;

/** How many of validate's findings generate prints: it is not the gate, validate is. */
const MAX_PRINTED_FINDINGS = 20;

export default class IntuserGenerate extends IntuserCommand<IntuserGenerateResult> {
  public static override readonly summary = messages.getMessage('summary');
  public static override readonly description = messages.getMessage('description');
  public static override readonly examples = messages.getMessages('examples');
  public static override readonly requiresProject = true;

  public static override readonly flags = {
    check: Flags.boolean({
      summary: messages.getMessage('flags.check.summary'),
      description: messages.getMessage('flags.check.description'),
      exclusive: ['force'],
      default: false,
    }),
    force: Flags.boolean({
      summary: messages.getMessage('flags.force.summary'),
      default: false,
    }),
    verbose: Flags.boolean({
      summary: messages.getMessage('flags.verbose.summary'),
      default: false,
    }),
  };

  public async run(): Promise<IntuserGenerateResult> {
    const { flags } = await this.parse(IntuserGenerate);
    const project = this.project!;
    const result = await generate({ ...projectContextOf(project), check: flags.check, force: flags.force });

    this.renderRecovery(result);
    if (result.check) this.renderCheck(result);
    else this.renderWrite(result, flags.verbose);
    this.renderFindings(result);
    return result;
  }


  private renderRecovery({ recovered }: GenerateResult): void {
    const { rolledBack, completed, temporaryFiles } = recovered;
    if (rolledBack.length + completed.length + temporaryFiles.length === 0) return;
    this.info(messages.getMessage('info.recovered', [rolledBack.length, completed.length, temporaryFiles.length]));
  }

  /**
   * Validate's findings, as warnings: generate writes what the manifests say; validate is the gate. The
   * first few only: an estate can have thousands, which validate (and --json) list.
   */
  private renderFindings(result: GenerateResult): void {
    const open = result.findings.filter(({ severity }) => severity !== 'note');
    for (const finding of open.slice(0, MAX_PRINTED_FINDINGS)) {
      this.warn(messages.getMessage('warning.finding', [finding.file, finding.line, finding.column, finding.rule, finding.message]));
    }
    if (open.length > MAX_PRINTED_FINDINGS) this.info(messages.getMessage('info.moreFindings', [open.length - MAX_PRINTED_FINDINGS]));
    if (open.length > 0) this.info(messages.getMessage('info.runValidate'));
    if (result.notes.length > 0) this.info(messages.getMessage('info.notes', [result.notes.length]));
  }

  /** A summary by default: an estate's thousands of files are in --json, and listed with --verbose. */
  private renderWrite(result: GenerateResult, verbose: boolean): void {
    const count = (pick: (files: GenerateResult['integrations'][number]) => string[]): number =>
      result.integrations.reduce((sum, integration) => sum + pick(integration).length, 0);
    const changed = result.integrations.flatMap((integration) => [
      ...integration.written.map((path) => ({ state: messages.getMessage('state.written'), path })),
      ...integration.removed.map((path) => ({ state: messages.getMessage('state.removed'), path })),
    ]);
    if (verbose) this.listFiles(changed);
    this.logSuccess(
      messages.getMessage('info.written', [
        result.integrations.filter(({ manifest }) => manifest !== null).length,
        count(({ written }) => written),
        count(({ unchanged }) => unchanged),
        count(({ removed }) => removed),
      ])
    );
    if (!verbose && changed.length > 0) this.info(messages.getMessage('info.listWithVerbose'));
  }

  private renderCheck(result: GenerateResult): void {
    if (result.upToDate) {
      this.logSuccess(messages.getMessage('info.upToDate', [result.integrations.length]));
      return;
    }
    this.listFiles(result.outOfDate.map((file: OutOfDateFile) => ({ state: messages.getMessage(`reason.${file.reason}`), path: file.path })));
    this.log(StandardColors.error(messages.getMessage('error.outOfDate', [result.outOfDate.length])));
    this.info(messages.getMessage('info.howToFix'));
    process.exitCode = 1;
  }

  /** One line a file, its state first: plain lines, which print thousands of files at once where a table takes seconds. */
  private listFiles(files: ReadonlyArray<{ state: string; path: string }>): void {
    const width = Math.max(0, ...files.map(({ state }) => state.length));
    if (files.length > 0) this.log(files.map(({ state, path }) => `${state.padEnd(width)}  ${path}`).join('\n'));
  }
}

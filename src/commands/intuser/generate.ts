import { Messages } from '@salesforce/core';
import { Flags, SfCommand } from '@salesforce/sf-plugins-core';
import { readProjectSettings } from '../../project/read-project-settings.js';
import { generate } from '../../generate/generate.js';
import type { OutOfDateFile } from '../../estate/out-of-date.js';
import type { GenerateResult } from '../../generate/generate-result.js';
import { metadataDirOf } from '../../project/metadata-dir.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'intuser.generate');

export type IntuserGenerateResult = GenerateResult;

export default class IntuserGenerate extends SfCommand<IntuserGenerateResult> {
  public static override readonly summary = messages.getMessage('summary');
  public static override readonly description = messages.getMessage('description');
  public static override readonly examples = messages.getMessages('examples');
  public static override readonly requiresProject = true;

  public static override readonly flags = {
    'output-dir': Flags.directory({
      char: 'd',
      summary: messages.getMessage('flags.output-dir.summary'),
      description: messages.getMessage('flags.output-dir.description'),
    }),
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
  };

  public async run(): Promise<IntuserGenerateResult> {
    const { flags } = await this.parse(IntuserGenerate);
    const project = this.project!;
    const projectDir = project.getPath();
    const settings = readProjectSettings(project);
    const metadataDir = metadataDirOf(project, settings, flags['output-dir']);
    const result = await generate({ projectDir, metadataDir, check: flags.check, force: flags.force, settings });

    if (result.check) this.renderCheck(result);
    else this.renderWrite(result);
    this.renderFindings(result);
    return result;
  }

  /** Validate's findings, as warnings: generate writes what the manifests say; validate is the gate. */
  private renderFindings(result: GenerateResult): void {
    const open = result.findings.filter(({ severity }) => severity !== 'note');
    for (const finding of open) {
      this.warn(messages.getMessage('warning.finding', [finding.file, finding.line, finding.column, finding.rule, finding.message]));
    }
    if (open.length > 0) this.info(messages.getMessage('info.runValidate'));
  }

  private renderWrite(result: GenerateResult): void {
    const count = (pick: (files: GenerateResult['integrations'][number]) => string[]): number =>
      result.integrations.reduce((sum, integration) => sum + pick(integration).length, 0);
    const rows = result.integrations.flatMap((integration) => [
      ...integration.written.map((path) => ({ state: 'Written', integration: integration.name, path })),
      ...integration.removed.map((path) => ({ state: 'Removed', integration: integration.name, path })),
    ]);
    if (rows.length > 0) {
      this.table({
        data: rows,
        columns: [
          { key: 'state', name: messages.getMessage('column.state') },
          { key: 'integration', name: messages.getMessage('column.integration') },
          { key: 'path', name: messages.getMessage('column.path') },
        ],
      });
    }
    this.logSuccess(
      messages.getMessage('info.written', [
        result.integrations.filter(({ manifest }) => manifest !== null).length,
        count(({ written }) => written),
        count(({ unchanged }) => unchanged),
        count(({ removed }) => removed),
      ])
    );
  }

  private renderCheck(result: GenerateResult): void {
    if (result.upToDate) {
      this.logSuccess(messages.getMessage('info.upToDate', [result.integrations.length]));
      return;
    }
    this.table({
      data: result.outOfDate.map((file: OutOfDateFile) => ({
        reason: messages.getMessage(`reason.${file.reason}`),
        integration: file.integration ?? '',
        path: file.path,
      })),
      columns: [
        { key: 'reason', name: messages.getMessage('column.reason') },
        { key: 'integration', name: messages.getMessage('column.integration') },
        { key: 'path', name: messages.getMessage('column.path') },
      ],
    });
    this.warn(messages.getMessage('warning.outOfDate', [result.outOfDate.length]));
    this.info(messages.getMessage('info.howToFix'));
    process.exitCode = 1;
  }
}

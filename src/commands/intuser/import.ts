import { Messages } from '@salesforce/core';
import { Flags } from '@salesforce/sf-plugins-core';
import { IntuserCommand } from '../../cli/intuser-command.js';
import { noOrgError } from '../../import/errors.js';
import type { ImportResult } from '../../import/import-result.js';
import { renderImport } from '../../import/render-import.js';
import { importFromOrg, importFromProject, type ImportOptions } from '../../import/run-import.js';
import { OrgError } from '../../org/org-error.js';
import { orgFailureError } from '../../org/org-failure-error.js';
import { openOrgSession } from '../../org/org-session.js';
import { projectContextOf } from '../../project/project-context.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'intuser.import');

export type IntuserImportResult = ImportResult;

/** Import only reads: a bound for when the org stops answering, not a wait for work. */
const IMPORT_WAIT_MS = 10 * 60 * 1000;

export default class IntuserImport extends IntuserCommand<IntuserImportResult> {
  public static override readonly summary = messages.getMessage('summary');
  public static override readonly description = messages.getMessage('description');
  public static override readonly examples = messages.getMessages('examples');
  public static override readonly requiresProject = true;

  public static override readonly flags = {
    'target-org': Flags.optionalOrg({ summary: messages.getMessage('flags.target-org.summary') }),
    username: Flags.string({ summary: messages.getMessage('flags.username.summary'), description: messages.getMessage('flags.username.description'), required: true }),
    name: Flags.string({ summary: messages.getMessage('flags.name.summary'), description: messages.getMessage('flags.name.description'), required: true }),
    'from-profile': Flags.boolean({ summary: messages.getMessage('flags.from-profile.summary'), description: messages.getMessage('flags.from-profile.description'), default: false, exclusive: ['permission-set'] }),
    'keep-names': Flags.boolean({ summary: messages.getMessage('flags.keep-names.summary'), description: messages.getMessage('flags.keep-names.description'), default: false }),
    'permission-set': Flags.string({ multiple: true, summary: messages.getMessage('flags.permission-set.summary'), description: messages.getMessage('flags.permission-set.description') }),
    force: Flags.boolean({ summary: messages.getMessage('flags.force.summary'), default: false }),
  };

  public async run(): Promise<IntuserImportResult> {
    const { flags } = await this.parse(IntuserImport);
    const context = projectContextOf(this.project!);
    const options: ImportOptions = {
      projectDir: context.projectDir,
      packageDirectories: context.packageDirectories,
      ...(context.sourceApiVersion ? { sourceApiVersion: context.sourceApiVersion } : {}),
      name: flags.name,
      username: flags.username,
      keepNames: flags['keep-names'],
      force: flags.force,
      fromProfile: flags['from-profile'],
    };
    const result = flags['permission-set'] ? await importFromProject(options, flags['permission-set']) : await this.fromOrg(options, flags['target-org']?.getConnection());
    renderImport(result).forEach((line) => this.log(line));
    this.info(messages.getMessage('info.next', [result.file]));
    return result;
  }


  private async fromOrg(options: ImportOptions, connection: Parameters<typeof openOrgSession>[0] | undefined): Promise<ImportResult> {
    if (connection === undefined) throw noOrgError();
    const session = openOrgSession(connection, { waitMs: IMPORT_WAIT_MS });
    this.spinner.start(messages.getMessage('progress.reading', [options.username, session.username]));
    try {
      const result = await importFromOrg(options, session);
      this.spinner.stop();
      return result;
    } catch (error) {
      this.spinner.stop(messages.getMessage('progress.failed'));
      if (error instanceof OrgError) throw orgFailureError(error, session.username, 1, messages.getMessage('info.nothingWritten'));
      throw error;
    } finally {
      await session.close();
    }
  }
}

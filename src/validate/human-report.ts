import { Messages } from '@salesforce/core';
import { formatLocation } from '../diagnostics/diagnostic.js';
import type { Finding } from '../rules/finding.js';
import type { ValidateResult } from './validate-result.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'validate');

const INDENT = '    ';

/** An accepted finding says what is granted and why; the others, what is risky and how to fix or justify it. */
const findingLines = (finding: Finding): string[] => [
  `  ${messages.getMessage(`report.severity.${finding.severity}`)} ${finding.rule}  ${finding.file}:${finding.line}:${finding.column} (${finding.path})`,
  `${INDENT}${finding.message}`,
  ...(finding.reason === undefined
    ? [`${INDENT}${messages.getMessage('report.risk', [finding.risk])}`, `${INDENT}${messages.getMessage('report.fix', [finding.fix])}`]
    : [`${INDENT}${messages.getMessage('report.reason', [finding.reason])}`]),
];

/**
 * The findings as a reviewer reads them: grouped by integration, each with its place, what it grants, why
 * it is risky and how to fix or justify it. An integration with nothing to report says so, so that a
 * reader knows it was checked.
 */
export const humanReport = (result: ValidateResult): string[] => [
  ...result.integrations.flatMap(({ name, manifest }) => {
    const findings = result.findings.filter((finding) => finding.integration === name);
    if (findings.length === 0) return [messages.getMessage('report.clean', [name, manifest]), ''];
    return [messages.getMessage('report.integration', [name, manifest]), ...findings.flatMap(findingLines), ''];
  }),
  ...(result.notes.length === 0
    ? []
    : [
        messages.getMessage('report.notes', [result.notes.length]),
        ...result.notes.map((note) => `  ${formatLocation(note)} ${note.message}`),
        `${INDENT}${messages.getMessage('report.notesFix')}`,
        '',
      ]),
];

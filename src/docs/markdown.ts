/** A Markdown table cell: pipes and line breaks would break the row. Most cells (an estate's field names) have neither. */
const cell = (text: string): string => (text.includes('|') || text.includes('\n') ? text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ') : text);

/** A Markdown table and the blank line after it; nothing at all when there are no rows. */
export const table = (header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] =>
  rows.length === 0
    ? []
    : [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`), ''];

export const code = (text: string): string => `\`${text}\``;

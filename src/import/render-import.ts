import { Messages } from '@salesforce/core';
import type { ImportResult } from './import-result.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'import');

/**
 * What import did and what the next deploy will do with the org's components, as lines for the terminal: each
 * permission set and the app (adopted in place, or new beside the old one), then what the reviewer must know
 * before deploying (old components left in place, a new app's credentials, the profile move, hand-written files).
 */
export const renderImport = (result: ImportResult): string[] => {
  const lines = [messages.getMessage('render.written', [result.written.join(', '), result.comments.length])];
  const item = (line: string): string => `  ${line}`;
  for (const { from, to, adopted } of result.permissionSets) lines.push(item(adopted ? messages.getMessage('render.adopted', ['PermissionSet', to]) : messages.getMessage('render.created', ['PermissionSet', to, from])));
  for (const name of result.existingPermissionSets) lines.push(item(messages.getMessage('render.existing', [name])));
  if (result.app) {
    const { fromType, from, toType, to, adopted } = result.app;
    lines.push(item(adopted ? messages.getMessage('render.adopted', [toType, to]) : messages.getMessage('render.created', [toType, to, `${fromType} ${from}`])));
  }
  // The permission set made of a profile replaces nothing: the profile stays, the user leaves it.
  const replaced = [...result.permissionSets.filter(({ adopted, from }) => !adopted && !from.startsWith('Profile:')).map(({ from }) => from), ...(result.app && !result.app.adopted ? [result.app.from] : [])];
  const adopted = [...result.permissionSets.filter(({ adopted: kept }) => kept).map(({ to }) => to), ...(result.app?.adopted ? [result.app.to] : [])];
  if (adopted.length > 0) lines.push(messages.getMessage('note.adopted', [adopted.join(', ')]));
  if (replaced.length > 0) lines.push(messages.getMessage('note.replaced', [replaced.join(', ')]));
  if (result.app && !result.app.adopted) lines.push(messages.getMessage('note.newApp', [result.app.to]));
  if (result.profileMove) lines.push(messages.getMessage('note.profileMove', [result.username, result.profileMove.profile, result.profileMove.licence]));
  if (result.source.kind === 'project' && result.source.files.length > 0) {
    lines.push(messages.getMessage(result.keepNames ? 'note.handWrittenAdopted' : 'note.handWrittenReplaced', [result.source.files.join(', ')]));
  }
  return lines;
};

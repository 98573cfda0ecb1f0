import type { ComponentFile } from '../estate/select-components.js';

const POLICY_LIST = /<commaSeparatedPermissionSet>([^<]*)<\/commaSeparatedPermissionSet>/;

const isPolicies = ({ path }: ComponentFile): boolean => path.endsWith('.ecaOauthPlcy-meta.xml');

const splitList = (list: string): string[] =>
  list
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);

const namesIn = (content: string): string[] => splitList(POLICY_LIST.exec(content)?.[1] ?? '');

/** The permission sets the External Client App policies of a selection name. */
export const referencedPermissionSets = (files: readonly ComponentFile[]): string[] => [...new Set(files.filter(isPolicies).flatMap(({ content }) => namesIn(content)))].sort();

/**
 * The selection with each permission set name in the policies replaced by the target org's Id, for
 * projects that chose `permissionSetReference: id`. Only what is sent changes: the committed files keep
 * names, which mean the same in every org.
 */
export const withPermissionSetIds = (files: readonly ComponentFile[], ids: ReadonlyMap<string, string>): ComponentFile[] =>
  files.map((file) =>
    isPolicies(file)
      ? { ...file, content: file.content.replace(POLICY_LIST, (_, list: string) => `<commaSeparatedPermissionSet>${splitList(list).map((name) => ids.get(name) ?? name).join(', ')}</commaSeparatedPermissionSet>`) }
      : file
  );

import { XMLParser } from 'fast-xml-parser';

/** A metadata element's content: each child element by name, every one a list (text, or elements of its own). */
export type MetadataTree = { readonly [element: string]: ReadonlyArray<MetadataTree | string> };

export class UnreadableComponentError extends Error {}

// Text as text ("true", "8"), every element a list: one shape whatever a file repeats or leaves out.
const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, isArray: () => true });

/** The content of a component's root element (`PermissionSet`, `ConnectedApp`, ...), as a file or a retrieve holds it. */
export const parseComponent = (xml: string, root: string): MetadataTree => {
  let document: Record<string, unknown>;
  try {
    document = parser.parse(xml) as Record<string, unknown>;
  } catch (error) {
    throw new UnreadableComponentError(error instanceof Error ? error.message : String(error));
  }
  const [content] = (document[root] ?? []) as unknown[];
  if (content === '' ) return {};
  if (content === undefined || content === null || typeof content !== 'object') throw new UnreadableComponentError(`no ${root} element`);
  return content as MetadataTree;
};

/** The texts of a repeated element (`<scopes>Api</scopes><scopes>Web</scopes>`). */
export const textsOf = (tree: MetadataTree, element: string): string[] => (tree[element] ?? []).filter((value): value is string => typeof value === 'string');

/** The text of an element, undefined where the file leaves it out. */
export const textOf = (tree: MetadataTree, element: string): string | undefined => textsOf(tree, element)[0];

/** The entries of a repeated element that has elements of its own (`<objectPermissions>`). */
export const entriesOf = (tree: MetadataTree, element: string): MetadataTree[] => (tree[element] ?? []).filter((value): value is MetadataTree => typeof value === 'object');

/** Every text in the tree by its dotted path (`oauthConfig.callbackUrl`), entries of a list at the same path. */
export const leavesOf = (tree: MetadataTree, prefix = ''): Array<[string, string]> =>
  Object.entries(tree).flatMap(([element, values]) =>
    values.flatMap((value): Array<[string, string]> => {
      const path = prefix === '' ? element : `${prefix}.${element}`;
      return typeof value === 'string' ? [[path, value]] : leavesOf(value, path);
    })
  );

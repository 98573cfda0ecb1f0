import type { ManifestPath } from '../diagnostics/diagnostic.js';

/** Characters XML 1.0 cannot hold, even escaped: the generated files would not parse. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Half of a UTF-16 surrogate pair, which a YAML or JSON escape can spell (`"\ud800"`) but no UTF-8 file can
 * hold: written, it would come back as U+FFFD, and every run would rewrite the file.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type Problem = { path: ManifestPath; key: boolean; kind: 'controlCharacter' | 'loneSurrogate' };

/** Either kind at a glance: most strings hold neither, and are looked at once. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

const problemIn = (text: string): Problem['kind'] | undefined => {
  if (!SUSPECT.test(text)) return undefined;
  return XML_ILLEGAL.test(text) ? 'controlCharacter' : LONE_SURROGATE.test(text) ? 'loneSurrogate' : undefined;
};

/**
 * One walk over what the text parsed to: whether a YAML alias made one node appear twice (manifests have
 * no use for aliases, and nested ones let a few lines expand into billions of values), and every key or
 * value that holds a character no generated file can. Recursive: the parser bounded the depth.
 */
export const inspect = (data: unknown): { shared: boolean; problems: Problem[] } => {
  const seen = new WeakSet<object>();
  const problems: Problem[] = [];
  // One path, grown and shrunk as the walk goes: copied only for what is reported.
  const path: Array<string | number> = [];
  let shared = false;
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const kind = problemIn(value);
      if (kind) problems.push({ path: [...path], key: false, kind });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (seen.has(value)) {
      shared = true;
      return;
    }
    seen.add(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        visit(value[index]);
        path.pop();
      }
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      path.push(key);
      const kind = problemIn(key);
      if (kind) problems.push({ path: [...path], key: true, kind });
      visit(child);
      path.pop();
    }
  };
  visit(data);
  return { shared, problems };
};

import { malformedAnswer, OrgError } from './org-error.js';

/** Which API serves a query or describe: the data API, or the Tooling API (PermissionDependency lives only there). */
export type Api = 'data' | 'tooling';

/**
 * What the plugin reads of a field's describe: whether it exists (it is listed), whether field-level security
 * can be set on it (`permissionable`), whether it can be edited (`updateable`, false for formula and roll-up
 * fields: `calculated`). Salesforce lists the fields the running user can see: an administrator sees them all.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_describe.htm
 */
export type FieldDescribe = { name: string; type: string; permissionable: boolean; updateable: boolean; calculated: boolean; custom: boolean };

/** An object's describe: its fields, and whether it is a custom setting (`customSetting`). */
export type ObjectDescribe = { name: string; custom: boolean; customSetting: boolean; fields: readonly FieldDescribe[] };

const isFlag = (value: unknown): boolean => value === true;

const toDescribe = (answer: unknown, what: string): ObjectDescribe => {
  const described = answer as { name?: unknown; custom?: unknown; customSetting?: unknown; fields?: unknown } | null;
  if (described === null || typeof described !== 'object' || typeof described.name !== 'string' || !Array.isArray(described.fields)) {
    throw malformedAnswer(what, 'an object describe with its fields');
  }
  const fields = (described.fields as unknown[]).map((field) => {
    const f = (field ?? {}) as Record<string, unknown>;
    if (typeof f.name !== 'string') throw malformedAnswer(what, 'a name for every field');
    return {
      name: f.name,
      type: typeof f.type === 'string' ? f.type : '',
      permissionable: isFlag(f.permissionable),
      updateable: isFlag(f.updateable),
      calculated: isFlag(f.calculated),
      custom: isFlag(f.custom),
    };
  });
  return { name: described.name, custom: isFlag(described.custom), customSetting: isFlag(described.customSetting), fields };
};

/** How many describes are in flight at once: enough to overlap the round trips, few enough not to crowd the org. */
const IN_FLIGHT = 8;

/**
 * Describes asked once per run, whoever asks and however often: the promise is kept, so that two callers asking
 * for Account at once share one request. An object the org does not have answers 404 NOT_FOUND: undefined.
 */
export const describeCache = (fetchDescribe: (object: string, api: Api) => Promise<unknown>) => {
  const cache = new Map<string, Promise<ObjectDescribe | undefined>>();
  const describe = (object: string, api: Api = 'data'): Promise<ObjectDescribe | undefined> => {
    const key = `${api}:${object.toLowerCase()}`;
    let pending = cache.get(key);
    if (pending === undefined) {
      const what = `the describe of ${object}`;
      pending = fetchDescribe(object, api).then(
        (answer) => toDescribe(answer, what),
        (error: unknown) => {
          if (error instanceof OrgError && error.kind === 'refused' && (error.errorCode === 'NOT_FOUND' || error.errorCode === 'INVALID_TYPE')) return undefined;
          throw error;
        }
      );
      cache.set(key, pending);
    }
    return pending;
  };
  const describeAll = async (objects: readonly string[], api: Api = 'data'): Promise<Map<string, ObjectDescribe | undefined>> => {
    const names = [...new Set(objects)];
    const results = new Map<string, ObjectDescribe | undefined>();
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < names.length) {
        const name = names[next++]!;
        // A worker takes the next name once its previous one is answered: IN_FLIGHT at a time.
        // eslint-disable-next-line no-await-in-loop
        results.set(name, await describe(name, api));
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, names.length) }, worker));
    return results;
  };
  return { describe, describeAll };
};

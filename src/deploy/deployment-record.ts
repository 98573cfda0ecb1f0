import { byCodePoint } from '../model/sort.js';
import { componentOf } from './metadata-phases.js';
import type { ComponentFile } from '../estate/select-components.js';

/**
 * How prune knows what the plugin put in an org, from any clone, shallow or not: the org itself keeps the record.
 * Each deploy sends, with its first metadata deploy (so in the same transaction), a static resource listing, per
 * integration, every component the plugin deployed for it and the username of its user. An integration the
 * record lists that the manifests no longer have, a component listed for an integration that no longer generates
 * it: those are what --prune removes. Nothing the record does not list is ever removed: a hand-made permission set,
 * a managed package's component, another team's user. Editing the record takes metadata rights in the org, which
 * a pull request does not have. A static resource because any org can hold one without a schema of its own, and
 * the Metadata API deploys and retrieves it as it does the rest.
 */
export const RECORD_NAME = 'plugin_intuser_deployed';
export const RECORD_MEMBER = { type: 'StaticResource', fullName: RECORD_NAME } as const;

/** Where the record's files stand in the deploy's in-memory tree: never on disk, outside every package directory. */
const RECORD_FOLDER = '.intuser/org-record/staticresources';

/**
 * `adopted`: components the org held before the plugin first deployed them (a connected app that exists, a
 * permission set kept under its own name by import): the plugin updates them, but --prune never deletes them.
 * `project`: the name of the SFDX project that deployed the integration; another project's --prune leaves it alone.
 */
export type RecordEntry = { username: string; components: readonly string[]; adopted?: readonly string[]; project?: string };
export type DeploymentRecord = { integrations: Readonly<Record<string, RecordEntry>> };

export const EMPTY_RECORD: DeploymentRecord = { integrations: {} };

const FORMAT = 1;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** The record as the org holds it; anything unreadable counts as empty, so that prune then removes nothing. */
export const parseRecord = (text: string | undefined): DeploymentRecord => {
  if (text === undefined) return EMPTY_RECORD;
  try {
    const data = JSON.parse(text) as { generator?: unknown; format?: unknown; integrations?: unknown };
    if (data?.generator !== 'plugin-intuser' || data.format !== FORMAT || typeof data.integrations !== 'object' || data.integrations === null) return EMPTY_RECORD;
    const integrations: Record<string, RecordEntry> = {};
    for (const [name, entry] of Object.entries(data.integrations as Record<string, { username?: unknown; components?: unknown; adopted?: unknown; project?: unknown }>)) {
      if (typeof entry?.username !== 'string' || !Array.isArray(entry.components)) continue;
      const adopted = strings(entry.adopted);
      integrations[name] = { username: entry.username, components: strings(entry.components), ...(adopted.length > 0 ? { adopted } : {}), ...(typeof entry.project === 'string' ? { project: entry.project } : {}) };
    }
    return { integrations };
  } catch {
    return EMPTY_RECORD;
  }
};

/** Byte-stable: integrations and components sorted, so an unchanged record deploys as Unchanged. */
export const serializeRecord = (record: DeploymentRecord): string => {
  const integrations = Object.fromEntries(
    Object.keys(record.integrations)
      .sort(byCodePoint)
      .map((name) => {
        const { username, components, adopted = [], project } = record.integrations[name]!;
        const sorted = (list: readonly string[]): string[] => [...new Set(list)].sort(byCodePoint);
        return [name, { username, components: sorted(components), ...(adopted.length > 0 ? { adopted: sorted(adopted) } : {}), ...(project === undefined ? {} : { project }) }];
      })
  );
  return `${JSON.stringify({ generator: 'plugin-intuser', format: FORMAT, integrations }, null, 2)}\n`;
};

/** The record as files of the deploy: the static resource and its metadata. */
export const recordFiles = (record: DeploymentRecord): ComponentFile[] => [
  { path: `${RECORD_FOLDER}/${RECORD_NAME}.json`, source: `StaticResource ${RECORD_NAME}`, content: serializeRecord(record), integration: '' },
  {
    path: `${RECORD_FOLDER}/${RECORD_NAME}.resource-meta.xml`,
    source: `StaticResource ${RECORD_NAME}`,
    content:
      '<?xml version="1.0" encoding="UTF-8"?>\n<StaticResource xmlns="http://soap.sforce.com/2006/04/metadata">\n    <cacheControl>Private</cacheControl>\n    <contentType>application/json</contentType>\n    <description>What plugin-intuser deployed to this org, per integration: what sf intuser deploy --prune may remove. Written by each deploy.</description>\n</StaticResource>\n',
    integration: '',
  },
];

/** Whether a deploy file is the record's (the project path of the content file is left out of the metadata deploy's results). */
export const isRecordFile = ({ path }: ComponentFile): boolean => path.startsWith(`${RECORD_FOLDER}/`);

/** `Type:FullName` of each component the files deploy, by integration. */
export const componentsByIntegration = (files: readonly ComponentFile[]): Map<string, string[]> => {
  const byIntegration = new Map<string, string[]>();
  for (const file of files) {
    if (isRecordFile(file)) continue;
    const { type, fullName } = componentOf(file.path);
    byIntegration.set(file.integration, [...(byIntegration.get(file.integration) ?? []), `${type}:${fullName}`]);
  }
  return byIntegration;
};

/**
 * The record with the deployed integrations' entries: their components added to what was listed (what is no
 * longer generated stays listed until --prune removes it), their username as the org has it.
 */
export const recordAfterDeploy = (record: DeploymentRecord, deployed: ReadonlyMap<string, RecordEntry>): DeploymentRecord => {
  const integrations: Record<string, RecordEntry> = { ...record.integrations };
  for (const [name, entry] of deployed) {
    const before = record.integrations[name];
    const adopted = [...new Set([...(before?.adopted ?? []), ...(entry.adopted ?? [])])];
    integrations[name] = {
      username: entry.username,
      components: [...new Set([...(before?.components ?? []), ...entry.components])],
      ...(adopted.length > 0 ? { adopted } : {}),
      ...(entry.project === undefined ? {} : { project: entry.project }),
    };
  }
  return { integrations };
};

/** The record once --prune has removed what it lists beyond the manifests: exactly what is deployed, for the integrations kept. */
export const recordAfterPrune = (record: DeploymentRecord, removedIntegrations: readonly string[], deployed: ReadonlyMap<string, RecordEntry>): DeploymentRecord => {
  const integrations: Record<string, RecordEntry> = Object.fromEntries(Object.entries(record.integrations).filter(([name]) => !removedIntegrations.includes(name)));
  for (const [name, entry] of deployed) integrations[name] = entry;
  return { integrations };
};

/** The record in a retrieve's files (`staticresources/<name>.resource`, under any folder). */
export const recordIn = (files: ReadonlyMap<string, Buffer>): DeploymentRecord => {
  const entry = [...files].find(([path]) => path.endsWith(`staticresources/${RECORD_NAME}.resource`));
  return parseRecord(entry?.[1].toString('utf8'));
};

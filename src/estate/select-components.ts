import type { Integration } from '../model/integration.js';
import { byCodePoint } from '../model/sort.js';
import { environmentPath, outputPaths, type OutputLayout } from '../project/output-layout.js';
import type { GeneratedFile } from '../output/render-integration.js';

/** A metadata file of the selection (what deploy sends, what audit compares): its content, the path the component has in the project (base path), its integration. */
export type ComponentFile = { path: string; source: string; content: string; integration: string };

/** A committed file read as-is: the user definition of an integration, in the environment's variant where it has one. */
export type SelectedFile = { path: string; content: string };

export type ComponentSelection =
  | { ok: true; integrations: string[]; environment: string | undefined; files: ComponentFile[]; userDefinitions: ReadonlyMap<string, SelectedFile> }
  | { ok: false; problem: 'unknownIntegration'; unknown: string[]; known: string[] }
  | { ok: false; problem: 'unknownEnvironment'; environment: string; known: string[] }
  | { ok: false; problem: 'undeclaredEnvironment'; environment: string; integrations: string[] };

type Request = { integrations?: readonly string[]; environment?: string };

const isUnder = (folder: string, path: string): boolean => path.startsWith(`${folder}/`);

/**
 * The metadata of the chosen integrations, in the chosen environment's variant: each component's base
 * file, or the environment's file in its place where the environment has one, and nothing else of the
 * project. Pure: the files come from the estate generate compared with the disk. Deploy sends them; audit
 * compares the org with them.
 */
export const selectComponents = (
  estate: { integrations: readonly Integration[]; files: readonly GeneratedFile[]; layout: OutputLayout },
  request: Request
): ComponentSelection => {
  const known = estate.integrations.map(({ name }) => name).sort(byCodePoint);
  const chosen = request.integrations?.length ? [...new Set(request.integrations)] : known;
  const unknown = chosen.filter((name) => !known.includes(name));
  if (unknown.length > 0) return { ok: false, problem: 'unknownIntegration', unknown, known };

  const { environment } = request;
  if (environment !== undefined) {
    const integrations = estate.integrations.filter(({ name }) => chosen.includes(name));
    const declared = [...new Set(integrations.flatMap(({ environments }) => environments.map(({ name }) => name)))];
    if (!declared.includes(environment)) return { ok: false, problem: 'unknownEnvironment', environment, known: declared.sort(byCodePoint) };
    // An integration without environments is the same everywhere; one that declares some but not this
    // one would silently get the manifest's own values, which may be production's.
    const undeclared = integrations.filter(({ environments }) => environments.length > 0 && !environments.some(({ name }) => name === environment));
    if (undeclared.length > 0) return { ok: false, problem: 'undeclaredEnvironment', environment, integrations: undeclared.map(({ name }) => name).sort(byCodePoint) };
  }

  const byPath = new Map(estate.files.map((file) => [file.path, file]));
  const inEnvironment = (path: string) => (environment === undefined ? undefined : byPath.get(environmentPath(estate.layout, environment, path)));
  const files = estate.files
    .filter(({ integration, path }) => chosen.includes(integration) && isUnder(estate.layout.metadataDir, path))
    .map(({ path, content, integration }): ComponentFile => {
      const variant = inEnvironment(path);
      return { path, source: variant?.path ?? path, content: variant?.content ?? content, integration };
    });
  const userDefinitions = new Map(
    chosen.flatMap((name) => {
      const base = byPath.get(outputPaths(estate.layout).userDefinition(name));
      const file = (base && inEnvironment(base.path)) ?? base;
      return file ? [[name, { path: file.path, content: file.content }] as const] : [];
    })
  );
  return { ok: true, integrations: chosen.sort(byCodePoint), environment, files, userDefinitions };
};


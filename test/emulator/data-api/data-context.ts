import type { ApiSurface } from '../data/object-definition.js';
import type { OrgDatabase } from '../data/org-database.js';
import type { QueryPages } from '../soql/query-pages.js';

/** What a data call is answered from: the org's data, its open query cursors, and the API and version called. */
export type DataContext = {
  db: OrgDatabase;
  pages: QueryPages;
  /** The version in the URL (66.0). */
  version: string;
  api: ApiSurface;
};

/** The base of this API's URLs: /services/data/v66.0, or /services/data/v66.0/tooling. */
export const urlBase = (context: DataContext): string => `/services/data/v${context.version}${context.api === 'tooling' ? '/tooling' : ''}`;

/** A data request, read: method, the resource under the API's base, the query string and the JSON body. */
export type DataRequest = { method: string; resource: string; query: URLSearchParams; body: unknown; headers: Readonly<Record<string, string | string[] | undefined>> };

import type { RequestKind } from './request-kind.js';

/** A request as the org saw it: method, normalised path, and what kind of call it was. */
export type LoggedRequest = RequestKind & { method: string; path: string };

/**
 * Every request the org answered, for tests that check which calls a command made and benchmarks that count
 * them: clear() before the command, then count() or countByKind() after it.
 */
export class RequestLog {
  private readonly entries: LoggedRequest[] = [];

  /** The requests in the order they arrived. */
  public get all(): readonly LoggedRequest[] {
    return [...this.entries];
  }

  public record(request: LoggedRequest): void {
    this.entries.push(request);
  }

  /** How many requests there were, of one kind (query, metadata:deploy, tooling:query...) or of every kind. */
  public count(kind?: string): number {
    return kind === undefined ? this.entries.length : this.entries.filter((entry) => entry.kind === kind).length;
  }

  /** Requests per kind: { query: 3, create: 1, 'metadata:deploy': 1, 'metadata:checkDeployStatus': 2 }. */
  public countByKind(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const { kind } of this.entries) counts[kind] = (counts[kind] ?? 0) + 1;
    return counts;
  }

  /** Forgets what came before: a test's own login and arranging calls, say. */
  public clear(): void {
    this.entries.length = 0;
  }
}

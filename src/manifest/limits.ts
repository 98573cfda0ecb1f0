/**
 * How large a manifest may be. A manifest describes one external system's access: the largest real ones
 * are tens of kilobytes, a few levels deep. The limits sit far above that, and far below what would
 * exhaust the parser's stack or the machine's memory, so that hostile input is refused at its file with a
 * clear error rather than crashing the run.
 */

/** The size of a manifest file, in bytes: 8 MiB holds some 200,000 field grants. */
export const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

/** How deep mappings and lists may nest: a manifest's deepest value (a field's access) is 6 levels down. */
export const MAX_DEPTH = 32;

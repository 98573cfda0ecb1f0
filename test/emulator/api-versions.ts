/**
 * The API versions an org serves (GET /services/data). Clients take the highest as the version of every
 * later call, so a test can pin it with the emulator's apiVersion option.
 */
export type ApiVersion = { label: string; url: string; version: string };

const SEASONS = ['Spring', 'Summer', 'Winter'] as const;

/** 60.0 was Spring '24; three releases a year, Winter named after the year it ends in. */
const releaseLabel = (major: number): string => {
  const index = major - 60;
  const season = SEASONS[((index % 3) + 3) % 3] ?? 'Spring';
  return `${season} '${24 + Math.floor((index + 1) / 3)}`;
};

export const apiVersions = (highest: string): ApiVersion[] => {
  const top = Number.parseInt(highest, 10);
  const versions: ApiVersion[] = [];
  for (let major = Math.min(60, top); major <= top; major++) {
    versions.push({ label: releaseLabel(major), url: `/services/data/v${major}.0`, version: `${major}.0` });
  }
  return versions;
};

export const isServedVersion = (version: string, highest: string): boolean => Number.parseFloat(version) <= Number.parseFloat(highest);

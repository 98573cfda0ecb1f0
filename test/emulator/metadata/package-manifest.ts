import { XMLParser } from 'fast-xml-parser';
import { METADATA_NAMESPACE } from './metadata-tree.js';

/** One <types> entry of a package.xml (or a destructive changes manifest, which has the same format). */
export type ManifestType = { name: string; members: string[] };
export type PackageManifest = { types: ManifestType[]; version: string | undefined };

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (name) => name === 'types' || name === 'members' });

type ParsedTypes = Array<{ name?: unknown; members?: unknown[] }>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Reads the types and members a manifest lists; text that is not one lists nothing. */
export const readPackageManifest = (xml: string): PackageManifest => {
  const root = (parser.parse(xml) as { Package?: { types?: ParsedTypes; version?: unknown } }).Package ?? {};
  const types = (root.types ?? []).map((entry) => ({ name: text(entry.name), members: (entry.members ?? []).map(text) }));
  return { types, version: typeof root.version === 'string' ? root.version : undefined };
};

/** The pairs a manifest names, type by type. */
export const manifestMembers = (manifest: PackageManifest): Array<{ type: string; fullName: string }> =>
  manifest.types.flatMap(({ name, members }) => members.map((fullName) => ({ type: name, fullName })));

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A package.xml as the Metadata API writes one: types sorted by name, members sorted, then the version. */
export const writePackageManifest = ({ types, version }: PackageManifest): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Package xmlns="${METADATA_NAMESPACE}">`,
    ...[...types]
      .sort((a, b) => byCodePoint(a.name, b.name))
      .flatMap(({ name, members }) => ['    <types>', ...[...members].sort(byCodePoint).map((member) => `        <members>${member}</members>`), `        <name>${name}</name>`, '    </types>']),
    ...(version ? [`    <version>${version}</version>`] : []),
    '</Package>',
    '',
  ].join('\n');

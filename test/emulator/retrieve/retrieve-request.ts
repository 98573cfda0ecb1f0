import type { ManifestType, PackageManifest } from '../metadata/package-manifest.js';

/** A retrieve call as the org reads it: which components (an unpackaged package.xml), and where the zip puts them. */
export type RetrieveRequest = { apiVersion: string; singlePackage: boolean; manifest: PackageManifest };

type Payload = Readonly<Record<string, unknown>>;

const list = (value: unknown): unknown[] => (value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value : [value]);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const nested = (value: unknown): Payload => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Payload) : {});

/**
 * The RetrieveRequest of a retrieve call. The WSDL names it retrieveRequest; jsforce (under SDR) sends it as
 * request, which the org accepts as well. SOAP gives every value as text and a single <members> as one value.
 */
export const readRetrieveRequest = (payload: Payload): RetrieveRequest => {
  const request = nested(payload.retrieveRequest ?? payload.request);
  const unpackaged = nested(request.unpackaged);
  const types: ManifestType[] = list(unpackaged.types).map((entry) => ({ name: text(nested(entry).name), members: list(nested(entry).members).map(text) }));
  const apiVersion = text(request.apiVersion);
  return { apiVersion, singlePackage: text(request.singlePackage) === 'true', manifest: { types, version: text(unpackaged.version) || apiVersion || undefined } };
};

import { RegistryAccess, type MetadataType } from '@salesforce/source-deploy-retrieve';

const registry = new RegistryAccess();

/**
 * The org learns each file's type from its folder and suffix (permissionsets/X.permissionset). The emulator
 * asks SDR's registry, the only complete table of the two there is, rather than keep a copy.
 */
export const typeOfFile = (folder: string, suffix: string): MetadataType | undefined =>
  registry.getTypeBySuffix(suffix) ?? registry.findType((type) => type.directoryName === folder);

/** A type by its Metadata API name, as a package.xml names it; undefined for a name the API does not know. */
export const typeNamed = (name: string): MetadataType | undefined => {
  try {
    return registry.getTypeByName(name);
  } catch {
    return undefined;
  }
};

/** Where a component of this type lives in a metadata-format package: permissionsets/X.permissionset. */
export const metadataFileName = (type: string, fullName: string): string => {
  const known = typeNamed(type);
  if (!known?.suffix) throw new Error(`Org emulator: no file name for a ${type}`);
  return `${known.directoryName}/${fullName}.${known.suffix}`;
};

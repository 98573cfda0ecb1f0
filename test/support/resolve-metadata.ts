import { MetadataResolver } from '@salesforce/source-deploy-retrieve';

/** What source-deploy-retrieve makes of a folder: each component's type and full name, sorted. */
export const resolveComponents = (dir: string): string[] =>
  new MetadataResolver()
    .getComponentsFromPath(dir)
    .map((component) => `${component.type.name}:${component.fullName}`)
    .sort();

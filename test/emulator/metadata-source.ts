import { aProject, METADATA_DIR, type TestProject } from '../builders/project-builder.js';

/** A permission set's grants, the few a test of the emulator needs. */
export type PermissionSetSpec = {
  label?: string;
  objects?: readonly string[];
  fields?: readonly string[];
  /** User permissions it enables. */
  userPermissions?: readonly string[];
};

/** Permission set XML as Salesforce writes it: elements in WSDL order, 4-space indent. */
export const permissionSetXml = ({ label = 'Test Permission Set', objects = [], fields = [], userPermissions = [] }: PermissionSetSpec = {}): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">',
    ...[...fields].sort().map((field) => `    <fieldPermissions>\n        <editable>false</editable>\n        <field>${field}</field>\n        <readable>true</readable>\n    </fieldPermissions>`),
    '    <hasActivationRequired>false</hasActivationRequired>',
    `    <label>${label}</label>`,
    ...[...objects]
      .sort()
      .map(
        (object) =>
          `    <objectPermissions>\n        <allowCreate>false</allowCreate>\n        <allowDelete>false</allowDelete>\n        <allowEdit>false</allowEdit>\n        <allowRead>true</allowRead>\n        <modifyAllRecords>false</modifyAllRecords>\n        <object>${object}</object>\n        <viewAllFields>false</viewAllFields>\n        <viewAllRecords>false</viewAllRecords>\n    </objectPermissions>`
      ),
    ...[...userPermissions].sort().map((name) => `    <userPermissions>\n        <enabled>true</enabled>\n        <name>${name}</name>\n    </userPermissions>`),
    '</PermissionSet>',
    '',
  ].join('\n');

/** A permission set group bundling permission sets (and at most one muting permission set). */
export const permissionSetGroupXml = (label: string, permissionSets: readonly string[], mutingPermissionSets: readonly string[] = []): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<PermissionSetGroup xmlns="http://soap.sforce.com/2006/04/metadata">',
    '    <hasActivationRequired>false</hasActivationRequired>',
    `    <label>${label}</label>`,
    ...mutingPermissionSets.map((name) => `    <mutingPermissionSets>${name}</mutingPermissionSets>`),
    ...permissionSets.map((name) => `    <permissionSets>${name}</permissionSets>`),
    '    <status>Updated</status>',
    '</PermissionSetGroup>',
    '',
  ].join('\n');

/** A muting permission set that mutes these user permissions. */
export const mutingPermissionSetXml = (label: string, userPermissions: readonly string[]): string =>
  permissionSetXml({ label, userPermissions }).replace(/PermissionSet/g, 'MutingPermissionSet').replace('    <hasActivationRequired>false</hasActivationRequired>\n', '');

export const permissionSetGroupFile = (name: string): string => `permissionsetgroups/${name}.permissionsetgroup-meta.xml`;
export const mutingPermissionSetFile = (name: string): string => `mutingpermissionsets/${name}.mutingpermissionset-meta.xml`;

/** An SFDX project (sourceApiVersion 66.0) holding these metadata files under force-app/main/default. */
export const aMetadataProject = async (files: Readonly<Record<string, string>>): Promise<TestProject> => {
  const project = await aProject();
  for (const [path, content] of Object.entries(files)) {
    // eslint-disable-next-line no-await-in-loop
    await project.write(`${METADATA_DIR}/${path}`, content);
  }
  return project;
};

export const permissionSetFile = (name: string): string => `permissionsets/${name}.permissionset-meta.xml`;

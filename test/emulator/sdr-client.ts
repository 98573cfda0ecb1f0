import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Connection } from '@salesforce/core';
import { Duration } from '@salesforce/kit';
import { ComponentSet, DestructiveChangesType, RegistryAccess, SourceComponent, type DeployResult, type RetrieveResult } from '@salesforce/source-deploy-retrieve';
import { METADATA_DIR, type TestProject } from '../builders/project-builder.js';

/** A component by type and name, as a manifest lists it. */
export type Member = { type: string; fullName: string };

export type DeployRequest = {
  apiOptions?: { rest?: boolean; checkOnly?: boolean; rollbackOnError?: boolean; ignoreWarnings?: boolean };
  /** Components to delete before the others deploy (destructiveChangesPre.xml). */
  deleteBefore?: readonly Member[];
  /** Components to delete after (destructiveChangesPost.xml). */
  deleteAfter?: readonly Member[];
};

const registry = new RegistryAccess();
const POLL = { frequency: Duration.milliseconds(10), timeout: Duration.seconds(10) };

const marked = (member: Member): SourceComponent => new SourceComponent({ name: member.fullName, type: registry.getTypeByName(member.type) });

/**
 * What `sf project deploy start` does with --pre/--post-destructive-changes: the project's source, plus the
 * components to delete, deployed through SDR and polled to the end.
 */
export const deployProject = async (connection: Connection, project: TestProject, { apiOptions = {}, deleteBefore = [], deleteAfter = [] }: DeployRequest = {}): Promise<DeployResult> => {
  const sourceDir = join(project.dir, METADATA_DIR);
  // A deploy that only deletes has no source: its package.xml lists nothing.
  await mkdir(sourceDir, { recursive: true });
  const components = ComponentSet.fromSource(sourceDir);
  for (const member of deleteBefore) components.add(marked(member), DestructiveChangesType.PRE);
  for (const member of deleteAfter) components.add(marked(member), DestructiveChangesType.POST);
  const deploy = await components.deploy({ usernameOrConnection: connection, apiOptions });
  return deploy.pollStatus(POLL);
};

/** What `sf project retrieve start --metadata` does: a manifest of these members, retrieved into the project's source. */
export const retrieveIntoProject = async (connection: Connection, project: TestProject, members: readonly Member[]): Promise<RetrieveResult> => {
  const retrieve = await new ComponentSet(members).retrieve({ usernameOrConnection: connection, output: join(project.dir, 'force-app'), merge: true });
  return retrieve.pollStatus(POLL);
};

import type { Connection } from '@salesforce/core';
import type { DeployResult } from '../../src/deploy/deploy-result.js';
import { deployIntegrations, type DeployOptions } from '../../src/deploy/run-deploy.js';
import { openOrgSession } from '../../src/org/org-session.js';
import { DEFAULT_SETTINGS } from '../../src/project/project-settings.js';
import { METADATA_DIR } from './project-builder.js';

/**
 * `sf intuser deploy` of a project, as the command runs it: one session for the run, bounded by `waitMs`, closed
 * after; the project's settings as the example's sfdx-project.json gives them, and status checks every 20 ms so
 * that tests do not wait a second per poll. `options` replace any of these.
 */
export const deployProject = async (connection: Connection, projectDir: string, options: Partial<DeployOptions> = {}, waitMs = 60_000): Promise<DeployResult> => {
  const session = openOrgSession(connection, { waitMs });
  try {
    return await deployIntegrations(
      {
        projectDir,
        metadataDir: METADATA_DIR,
        settings: DEFAULT_SETTINGS,
        packageDirectories: ['force-app'],
        sourceApiVersion: '66.0',
        dryRun: false,
        prune: false,
        async: false,
        rest: false,
        pollMs: 20,
        groupPollMs: 20,
        ...options,
      },
      session
    );
  } finally {
    await session.close();
  }
};

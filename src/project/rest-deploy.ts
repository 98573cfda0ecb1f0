import { ConfigAggregator } from '@salesforce/core';

const isTrue = (value: unknown): boolean => String(value).toLowerCase() === 'true';

/**
 * Whether deploys go through the REST Metadata API: the CLI's `org-metadata-rest-deploy` setting, which
 * SF_ORG_METADATA_REST_DEPLOY overrides. The setting is registered by the CLI's deploy plugin, so the
 * environment variable is read here too: it must work where that plugin is not installed.
 */
export const useRestDeploy = async (): Promise<boolean> => {
  const fromEnvironment = process.env.SF_ORG_METADATA_REST_DEPLOY;
  if (fromEnvironment !== undefined && fromEnvironment !== '') return isTrue(fromEnvironment);
  const config = await ConfigAggregator.create();
  return isTrue(config.getPropertyValue('org-metadata-rest-deploy'));
};

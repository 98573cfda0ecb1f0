/**
 * The DeployOptions of a deploy call, as the org read them. SOAP sends every value as text and REST as
 * JSON; both arrive here as plain values. An option left out takes the Metadata API's default, which is
 * not always SDR's: the API's rollbackOnError defaults to false, SDR always sends true unless told.
 */
export type DeployOptions = {
  allowMissingFiles: boolean;
  autoUpdatePackage: boolean;
  checkOnly: boolean;
  ignoreWarnings: boolean;
  performRetrieve: boolean;
  purgeOnDelete: boolean;
  rollbackOnError: boolean;
  runTests: string[];
  singlePackage: boolean;
  testLevel: string | undefined;
  /** Everything the client sent, unparsed, for tests that check an option the emulator does not use. */
  raw: Readonly<Record<string, unknown>>;
};

const flag = (value: unknown): boolean => value === true || value === 'true';

const list = (value: unknown): string[] => (value === undefined || value === null || value === '' ? [] : (Array.isArray(value) ? value : [value]).map(String));

export const readDeployOptions = (raw: Readonly<Record<string, unknown>> = {}): DeployOptions => ({
  allowMissingFiles: flag(raw.allowMissingFiles),
  autoUpdatePackage: flag(raw.autoUpdatePackage),
  checkOnly: flag(raw.checkOnly),
  ignoreWarnings: flag(raw.ignoreWarnings),
  performRetrieve: flag(raw.performRetrieve),
  purgeOnDelete: flag(raw.purgeOnDelete),
  rollbackOnError: flag(raw.rollbackOnError),
  runTests: list(raw.runTests),
  singlePackage: flag(raw.singlePackage),
  testLevel: typeof raw.testLevel === 'string' && raw.testLevel !== '' ? raw.testLevel : undefined,
  raw,
});

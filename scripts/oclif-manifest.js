// Writes oclif.manifest.json, as `oclif manifest` does: the commands' ids, flags and help, read once at
// build time. With it, the CLI learns what this plugin offers without importing a single command module,
// so `sf --version` and every other command start as if the plugin were not installed.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Plugin } from '@oclif/core';

const root = fileURLToPath(new URL('..', import.meta.url));
const plugin = new Plugin({ root, type: 'core', ignoreManifest: true, errorOnManifestCreate: true, respectNoCacheDefault: true });
await plugin.load();
writeFileSync(new URL('../oclif.manifest.json', import.meta.url), `${JSON.stringify(plugin.manifest, null, 2)}\n`);

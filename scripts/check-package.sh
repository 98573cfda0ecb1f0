#!/usr/bin/env bash
# The package as users get it: what `npm pack` puts in the tarball, installed into a fresh SFDX project (a copy
# of the example), running a command. Run by CI; needs the npm registry for the package's dependencies.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
tarball=$(npm pack --silent --pack-destination "$work")
tar tzf "$work/$tarball" | sed 's#^package/##' | sort > "$work/files.txt"

# Exactly what a user needs: the built plugin, its messages, schemas and oclif manifest, and its documents.
unexpected=$(grep -Ev '^(lib/.*\.(js|d\.ts)|messages/[^/]+\.md|schemas/.*\.json|bin/run\.js|oclif\.manifest\.json|README\.md|LICENSE|CHANGELOG\.md|package\.json)$' "$work/files.txt" || true)
if [ -n "$unexpected" ]; then echo "Files a user does not need are in the package:"; echo "$unexpected"; exit 1; fi
for required in oclif.manifest.json README.md LICENSE CHANGELOG.md bin/run.js lib/index.js lib/index.d.ts lib/commands/intuser/generate.js schemas/manifest.schema.json; do
  grep -qx "$required" "$work/files.txt" || { echo "Missing from the package: $required"; exit 1; }
done

cp -R examples/acme "$work/project"
cd "$work/project"
npm init -y >/dev/null
# As a user gets it: nothing is built on install, the package carries what runs.
npm install --no-audit --no-fund --ignore-scripts "$work/$tarball" >/dev/null
npx --no-install intuser intuser generate --check
echo "The packed plugin ($tarball, $(wc -l < "$work/files.txt") files) installs and runs."

#!/usr/bin/env bash
# Fetches the world outline for the web page's map from the npm package world-atlas (Natural Earth 1:110m,
# public domain; package ISC) and writes it to dateline-app/src/main/resources/web/countries-110m.json.
# Run once by a maintainer; the output is committed so nothing is downloaded at run time (see NOTICE.md).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="${WORLD_ATLAS_VERSION:-2.0.2}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "world-atlas@$version" >/dev/null && tar xzf "world-atlas-$version.tgz")
cp "$tmp/package/countries-110m.json" "$here/dateline-app/src/main/resources/web/countries-110m.json"
echo "wrote web/countries-110m.json from world-atlas@$version"

#!/usr/bin/env bash
# Regenerates dateline-core/src/main/resources/org/dateline/geo/common-words.txt.gz: the lowercase English words of
# SCOWL (Debian package wamerican, version pinned below), used by the geocoder to refuse a capitalised common word
# ("Chair", "Federal", "Western") as a place unless NER tags it LOCATION. Runtime and tests use the committed file.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/dateline-core/src/main/resources/org/dateline/geo/common-words.txt.gz"
want_version="2020.12.07-2"
if ! dpkg-query -W -f='${Version}' wamerican 2>/dev/null | grep -qx "$want_version"; then
  apt-get install -y -qq "wamerican=$want_version" >/dev/null
fi
{
  echo "# Lowercase words of SCOWL (wamerican $want_version), Copyright 2000-2011 Kevin Atkinson; see NOTICE.md."
  LC_ALL=C grep -E '^[a-z]{3,}$' /usr/share/dict/american-english | LC_ALL=C sort -u
} | gzip -9n > "$out"
echo "wrote $out ($(stat -c %s "$out") bytes, $(zcat "$out" | wc -l) lines)" >&2

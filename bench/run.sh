#!/usr/bin/env bash
# newsgraph benchmark (issue 4): builds a corpus of BENCH_ARTICLES articles (the bundled ones and the
# development corpus, copied under distinct names and URLs into a temporary folder), then reports
#   - build into a fresh store under /usr/bin/time -v: words/s, articles/s, peak RSS, model load, NLP vs after-NLP;
#   - the same texts through CoreNLP's default pipeline on the same threads, and the speed ratio;
#   - query, export, stats and validate on the built store, and a second build over the unchanged folder;
#   - the store at scale (bench/scale.sh): >= BENCH_SCALE_QUADS quads of copied article graphs and each bundled query's latency.
# Usage: bench/run.sh   (env: BENCH_ARTICLES=100, BENCH_BASELINE_ARTICLES=all, BENCH_SCALE_QUADS=1000000, BENCH_QUERY_LIMIT=60 (s),
#                        BENCH_KEEP=1 to keep the temporary folder)
# Nothing is written to the repository: corpus copies and stores live in a temporary folder.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles="${BENCH_ARTICLES:-100}"
baseline_articles="${BENCH_BASELINE_ARTICLES:-$articles}"
scale_quads="${BENCH_SCALE_QUADS:-1000000}"
query_limit="${BENCH_QUERY_LIMIT:-60}"
threads="$(nproc)"
work="$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-bench.XXXXXX")"
[ -n "${BENCH_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT

# --- corpus ---------------------------------------------------------------------------------------
corpus="$work/corpus"
mkdir -p "$corpus"
sources=("$home"/data/articles/*.txt)
if compgen -G "$home/../shared/corpus/dev/articles/*.txt" >/dev/null; then
  sources+=("$home"/../shared/corpus/dev/articles/*.txt)
fi
for ((i = 0; i < articles; i++)); do
  src="${sources[$((i % ${#sources[@]}))]}"
  base="$(basename "$src" .txt)"
  name="$(printf 'bench-%05d-%s' "$i" "$base")"
  cp "$src" "$corpus/$name.txt"
  if [ -f "${src%.txt}.meta.json" ]; then
    # A distinct URL per copy: the article id is derived from the URL, and copies must not replace each other.
    jq --arg n "$i" 'if .url then .url += "?bench-copy=" + $n else . end' "${src%.txt}.meta.json" > "$corpus/$name.meta.json"
  fi
done
words="$(cat "$corpus"/*.txt | wc -w)"

# Build the project first so that no Maven run is timed.
"$home/newsgraph" --version >/dev/null
cp_="$home/target/newsgraph.jar:$home/target/lib/*"

seconds() { # wall seconds of a command, its output discarded
  local t0 t1
  t0="$(date +%s.%N)"; "$@" >/dev/null 2>&1; t1="$(date +%s.%N)"
  echo "$t1 - $t0" | bc -l | xargs printf '%.2f'
}

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $articles articles, $words words (copies of ${#sources[@]} distinct texts)"
echo

# --- build into a fresh store -------------------------------------------------------------------------
db="$work/db"
/usr/bin/time -v "$home/newsgraph" build --timings --store "$db" "$corpus" >"$work/build.out" 2>"$work/build.err" || {
  cat "$work/build.err" >&2; exit 1; }
wall="$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$work/build.err" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')"
rss_kb="$(awk -F': ' '/Maximum resident set size/{print $2}' "$work/build.err")"
timings="$(grep '^timings: reading' "$work/build.err")"
models="$(sed -E 's/.*models ([0-9.]+) s.*/\1/' <<<"$timings")"
processing="$(sed -E 's/.*processing ([0-9.]+) s wall.*/\1/' <<<"$timings")"
after_nlp="$(sed -E 's/.*after-NLP ([0-9.]+) %.*/\1/' <<<"$timings")"
ours_wps="$(echo "$words / $processing" | bc -l)"
echo "build ($articles articles, fresh store, $threads threads)"
printf '  wall %.1f s end to end: %.0f words/s, %.2f articles/s\n' "$wall" "$(echo "$words / $wall" | bc -l)" "$(echo "$articles / $wall" | bc -l)"
printf '  once models are loaded: %.1f s, %.0f words/s, %.2f articles/s\n' "$processing" "$ours_wps" "$(echo "$articles / $processing" | bc -l)"
printf '  peak RSS %.2f GiB (heap cap -Xmx3g)\n' "$(echo "$rss_kb / 1048576" | bc -l)"
echo "  model load ${models} s; after-NLP share ${after_nlp} %"
echo "  ${timings}"
grep '^timings: NLP by annotator' "$work/build.err" | sed 's/^/  /'
grep '^articles' "$work/build.out" | sed 's/^/  /'
echo

# --- the CoreNLP default pipeline on the same texts -----------------------------------------------
baseline="$(java -Xmx8g -cp "$cp_" org.newsgraph.bench.CoreNlpDefaultBaseline "$corpus" "$threads" "$baseline_articles" 2>/dev/null)"
echo "$baseline"
base_wps="$(sed -E 's/.* ([0-9.]+) words\/s.*/\1/' <<<"$baseline")"
printf '  newsgraph build is %.1fx the default pipeline (words/s once loaded)\n' "$(echo "$ours_wps / $base_wps" | bc -l)"
echo

# --- commands on the built store, and an unchanged rebuild ---------------------------------------
echo "commands on the built store (wall seconds, JVM start included)"
printf '  query people-and-roles  %s\n' "$(seconds "$home/newsgraph" query people-and-roles --store "$db")"
printf '  export --format trig    %s\n' "$(seconds "$home/newsgraph" export --format trig --store "$db" -o "$work/all.trig")"
printf '  stats                   %s\n' "$(seconds "$home/newsgraph" stats --store "$db")"
printf '  validate                %s\n' "$(seconds "$home/newsgraph" validate --store "$db")"
printf '  build (unchanged)       %s\n' "$(seconds "$home/newsgraph" build --quiet --store "$db" "$corpus")"
echo

# --- store at scale -------------------------------------------------------------------------------
# bench/scale.sh builds its own template of distinct articles (each text once), so that entity overlap
# between the copies is realistic; its stores live in the temporary folder.
SCALE_QUADS="$scale_quads" SCALE_QUERY_LIMIT="$query_limit" SCALE_KEEP=1 "$home/bench/scale.sh" "$work/scale"

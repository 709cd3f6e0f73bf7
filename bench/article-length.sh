#!/usr/bin/env bash
# Extraction time against article length (issue 12): one generated article per size, processed alone on
# one thread (NLP, extraction, RDF; no store write) by org.newsgraph.bench.ArticleLengthBenchmark.
# Linear time shows as a flat us/char column.
# Usage: bench/article-length.sh   (env: BENCH_SIZES="10000 100000 500000 1000000 2000000", BENCH_HEAP=8g)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$home/newsgraph" --version >/dev/null   # builds the project first, so no Maven run is timed
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx"${BENCH_HEAP:-8g}" -cp "$home/target/classes:$home/target/lib/*" org.newsgraph.bench.ArticleLengthBenchmark \
  ${BENCH_SIZES:-10000 100000 500000 1000000 2000000}
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

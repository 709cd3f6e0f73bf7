#!/usr/bin/env bash
# PolNeAR speaker-attribution measurement: extracts one split of ../shared/corpus/polnear with
# newsgraph and scores it with the corpus's own scorer (see ../shared/corpus/polnear/README.md).
# Usage: bench/polnear.sh [dev|train] [extra scorer args, e.g. --details]
# Writes target/pn-SPLIT/ (one Turtle file per article) and prints the scorer's summary.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
split="${1:-dev}"; shift || true
corpus="${NEWSGRAPH_POLNEAR:-$home/../shared/corpus/polnear}"
out="$home/target/pn-$split"
rm -rf "$out"
"$home/newsgraph" extract "$corpus/$split/articles" --out-dir "$out" --format ttl >/dev/null 2>"$out.log" || { cat "$out.log" >&2; exit 1; }
/usr/bin/python3 "$corpus/score_polnear.py" "$out" "$corpus/$split" "$@"

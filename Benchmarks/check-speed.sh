#!/usr/bin/env bash
# Wall-clock time of `check` on the shared 50,000-request workload: under the Hero policy; under
# the Hero policy with its vocabulary grown to 500 categories, 200 facts and 100 obligations (bit
# sets of 512 bits instead of 64); and under the Hero policy with every request decided under a
# jurisdiction's rule pack too (KR and EU, the two largest packs). Each figure is the median of 11
# runs of 1,000,000 checks, pinned to one core, RUNS times alternately (release build of
# custodian-measure).
#
#   Benchmarks/check-speed.sh            # RUNS=5 by default
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
WORK=$(mktemp -d /tmp/custodian-speed.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
swift build -c release --product custodian-measure >/dev/null
BIN="$(swift build -c release --show-bin-path)/custodian-measure"
python3 ../shared/peers/make_workload.py --n 50000 --seed 1 --out "$WORK/w.jsonl" >/dev/null
PIN=()
command -v taskset >/dev/null && PIN=(taskset -c 1)
for _ in $(seq "$RUNS"); do
    "${PIN[@]}" "$BIN" "$WORK/w.jsonl" --decisions 1000000 --mode check --time
    "${PIN[@]}" "$BIN" "$WORK/w.jsonl" --decisions 1000000 --mode check --time --vocabulary 500,200,100
    "${PIN[@]}" "$BIN" "$WORK/w.jsonl" --decisions 1000000 --mode check --time --jurisdiction KR
    "${PIN[@]}" "$BIN" "$WORK/w.jsonl" --decisions 1000000 --mode check --time --jurisdiction EU
done

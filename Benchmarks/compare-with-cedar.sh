#!/usr/bin/env bash
# Custodian and AWS Cedar side by side, in one run, on the same workload and machine:
# generates the shared workload, times `custodian decide` (release build, JSON Lines in and out,
# the whole process) and the Cedar peer (cedarpy, single-threaded) on it, compares their decisions
# request by request, and prints both throughputs, their ratio and the agreement count.
#
#   Benchmarks/compare-with-cedar.sh            # 50,000 requests
#   N=100000 Benchmarks/compare-with-cedar.sh
#
# Needs python3 with venv (the Cedar peer is installed into .build-peers/ from PyPI).
set -euo pipefail
cd "$(dirname "$0")/.."
PEERS=../shared/peers
N=${N:-50000}
WORK=$(mktemp -d /tmp/custodian-compare.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

echo "== building custodian (release)"
swift build -c release --product custodian >/dev/null
BIN="$(swift build -c release --show-bin-path)/custodian"

if [ ! -x .build-peers/bin/python ] || ! .build-peers/bin/python -c "import cedarpy" 2>/dev/null; then
    echo "== installing the Cedar peer (cedarpy 4.12.2) into .build-peers/"
    python3 -m venv .build-peers
    .build-peers/bin/pip install -q cedarpy==4.12.2
fi

echo "== workload"
python3 "$PEERS/make_workload.py" --n "$N" --seed 1 --out "$WORK/w.jsonl" | grep -i sha256 || true

echo "== custodian decide (whole process, 7 runs)"
python3 - "$BIN" "$WORK/w.jsonl" "$WORK/custodian.jsonl" "$N" > "$WORK/custodian-timing.txt" <<'PY'
import subprocess, sys, time, statistics
binary, workload, out, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
times = []
for _ in range(7):
    with open(workload, "rb") as fin, open(out, "wb") as fout:
        t = time.perf_counter()
        subprocess.run([binary, "decide"], stdin=fin, stdout=fout, check=True)
        times.append(time.perf_counter() - t)
best, median = min(times), statistics.median(times)
print(f"{n / median:.0f} {n / best:.0f} {median:.4f} {best:.4f}")
PY
read -r C_MEDIAN C_BEST C_WALL C_BEST_WALL < "$WORK/custodian-timing.txt"
echo "custodian: median of 7 runs ${C_WALL}s (${C_MEDIAN} decisions/s), best ${C_BEST_WALL}s (${C_BEST} decisions/s)"

echo "== Cedar (cedarpy, single-threaded, per request)"
.build-peers/bin/python "$PEERS/bench_cedar.py" --workload "$WORK/w.jsonl" --json "$WORK/cedar.json" >/dev/null
CEDAR=$(python3 -c "
import json; d = json.load(open('$WORK/cedar.json'))
r = {x['mode']: x for x in d['results']}
c = r['cedar_single']
print(f\"{c['decisions_per_s']:.0f} {c['latency_us']['median']} {c['latency_us']['p99']}\")")
read -r CEDAR_RATE CEDAR_MEDIAN CEDAR_P99 <<<"$CEDAR"
echo "cedar: ${CEDAR_RATE} decisions/s (median ${CEDAR_MEDIAN} µs, p99 ${CEDAR_P99} µs per request)"

echo "== agreement"
python3 "$PEERS/compare.py" --workload "$WORK/w.jsonl" --cedar-decisions "$WORK/cedar.json.decisions" \
    --custodian-decisions "$WORK/custodian.jsonl" | tee "$WORK/compare.txt" | head -n 4 || true

echo "== summary"
python3 -c "
c, k = float('$C_MEDIAN'), float('$CEDAR_RATE')
print(f'custodian decide: {c:,.0f} decisions/s (whole process, median of 7)')
print(f'cedar (cedarpy):  {k:,.0f} decisions/s')
print(f'ratio:            {c / k:,.1f}x')"
grep -E "^agree:" "$WORK/compare.txt"

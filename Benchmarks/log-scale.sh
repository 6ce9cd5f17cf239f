#!/usr/bin/env bash
# The decision log as it grows: SQLite logs of 10^5, 10^6 and 10^7 small records built in bulk
# (custodian-log-bench build: through the store in groups of 100,000, not through decide), and on
# each, whole-process times of `log prove` and `log checkpoint` (median of 21 and 11 runs), full
# `log verify` (records a second) and `log verify --since` a checkpoint 1,000 records before
# the end, and bytes on disk per record. Then bulk versus one-by-one roots up to 10^6.
# Static release build (--static-swift-stdlib: a dynamic Swift binary spends ~10 ms loading
# its libraries before main).
#
#   Benchmarks/log-scale.sh                 # SIZES="100000 1000000 10000000" by default
#   SIZES=100000 Benchmarks/log-scale.sh    # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"100000 1000000 10000000"}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/custodian-scale.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
BUILD=(swift build -c release --static-swift-stdlib --scratch-path .build-static)
"${BUILD[@]}" --product custodian >/dev/null
"${BUILD[@]}" --product custodian-log-bench >/dev/null
BIN="$("${BUILD[@]}" --show-bin-path)"
for n in $SIZES; do
    need=$((n * 700 / 1024 / 1024 + 100))   # MiB: about 600 bytes a record, with room
    free=$(df -Pm "$WORK" | awk 'NR==2 {print $4}')
    if [ "$free" -lt "$need" ]; then
        echo "skipping $n records: $free MiB free, about $need MiB needed"
        continue
    fi
    LOG="$WORK/log-$n.sqlite"
    "$BIN/custodian" log init "$LOG" >/dev/null
    echo "== $n records"
    "$BIN/custodian-log-bench" build "$LOG" --records $((n - 1000))
    "$BIN/custodian" log checkpoint "$LOG" >"$WORK/since-$n.note"
    "$BIN/custodian-log-bench" build "$LOG" --records 1000 --add >/dev/null
    python3 - "$BIN/custodian" "$LOG" "$n" <<'PY'
import os, sqlite3, subprocess, sys, time
custodian, log, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
def run(args):
    start = time.perf_counter()
    result = subprocess.run(args, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed: {result.stderr.strip()}")
    return elapsed, result.stdout
def median(args, runs):
    times = sorted(run(args)[0] for _ in range(runs))
    return times[len(times) // 2] * 1000, times[-1] * 1000
# Checkpoint once to make the writer's WAL part of the file before anything is read.
run([custodian, "log", "checkpoint", log])
db = sqlite3.connect(f"file:{log}?mode=ro", uri=True)
ids = [db.execute("SELECT decision_id FROM entries WHERE idx = ?", (i,)).fetchone()[0] for i in (0, n // 2, n - 1)]
db.close()
for i, decision in zip((0, n // 2, n - 1), ids):
    med, worst = median([custodian, "log", "prove", log, decision], 21)
    print(f"log prove (record {i}): median {med:.1f} ms, max {worst:.1f} ms")
med, worst = median([custodian, "log", "checkpoint", log], 11)
print(f"log checkpoint: median {med:.1f} ms, max {worst:.1f} ms")
db = sqlite3.connect(log)
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the write-ahead log's frames into the file
leaf = db.execute("SELECT avg(length(leaf)) FROM entries").fetchone()[0]
db.close()
size = os.path.getsize(log) + (os.path.getsize(log + "-wal") if os.path.exists(log + "-wal") else 0)
print(f"bytes on disk per record: {size / n:.0f} ({size / 1e6:.0f} MB; records average {leaf:.0f} canonical bytes)")
elapsed, out = run([custodian, "log", "verify", log])
print(f"log verify (all {n}): {elapsed:.2f} s, {n / elapsed:,.0f} records a second")
since = os.path.join(os.path.dirname(log), f"since-{n}.note")
med, worst = median([custodian, "log", "verify", log, "--since", since], 5)
print(f"log verify --since (last 1,000 records): median {med:.0f} ms, max {worst:.0f} ms")
PY
done
echo "== bulk versus one by one"
"$BIN/custodian-log-bench" compare --records 1000000

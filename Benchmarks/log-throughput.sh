#!/usr/bin/env bash
# Durable logging throughput and its physical floors, on the shared 50,000-request workload
# (static release build): `custodian decide` with and without `--log` (whole process, RUNS runs),
# AuditedEngine + SQLite from 256 and 16 tasks (custodian-log-bench appenders, 100,000 decisions),
# `decide --stream` latency at 1,000 lines a second with and without the log, and beside them the
# floors measured on the same disk and cores: a synced 4 KiB write (dd oflag=dsync) and SHA-256
# of 1 KiB blocks (openssl speed).
#
#   Benchmarks/log-throughput.sh              # RUNS=3 by default
#   POSTGRES=1 Benchmarks/log-throughput.sh   # also 4 processes appending to one PostgreSQL log
#                                             # (builds with --traits Postgres; needs Debian's postgresql)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/custodian-throughput.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
BUILD=(swift build -c release --static-swift-stdlib --scratch-path .build-static)
"${BUILD[@]}" --product custodian >/dev/null
"${BUILD[@]}" --product custodian-log-bench >/dev/null
BIN="$("${BUILD[@]}" --show-bin-path)"
python3 ../shared/peers/make_workload.py --n 50000 --seed 1 --out "$WORK/w.jsonl" >/dev/null

echo "== floors"
dd if=/dev/zero of="$WORK/dd" bs=4k count=2000 oflag=dsync 2>&1 | tail -n 1 | sed 's/^/synced 4 KiB writes (2,000): /'
dd if=/dev/zero of="$WORK/dd" bs=8M count=20 oflag=dsync 2>&1 | tail -n 1 | sed 's/^/synced 8 MiB writes (20): /'
rm -f "$WORK/dd"
openssl speed -seconds 2 -bytes 1024 sha256 2>/dev/null | tail -n 1 | sed 's/^/openssl speed, 1 KiB blocks, one core: /'

echo "== custodian decide, 50,000 requests, whole process"
for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "without the log: %e s" "$BIN/custodian" decide <"$WORK/w.jsonl" >/dev/null
    rm -f "$WORK"/d.sqlite*
    "$BIN/custodian" log init "$WORK/d.sqlite" >/dev/null
    /usr/bin/time -f "with --log (SQLite, durable): %e s" "$BIN/custodian" decide --log "$WORK/d.sqlite" <"$WORK/w.jsonl" >/dev/null
done

echo "== AuditedEngine + SQLite, 100,000 decisions"
for tasks in 256 16; do
    rm -f "$WORK"/a.sqlite*
    "$BIN/custodian-log-bench" appenders "$WORK/w.jsonl" --log "$WORK/a.sqlite" --tasks "$tasks" --decisions 100000
done

echo "== decide --stream, 1,000 lines a second"
python3 Benchmarks/stream-latency.py "$BIN/custodian" "$WORK/w.jsonl" --lines 5000
rm -f "$WORK"/s.sqlite*
"$BIN/custodian" log init "$WORK/s.sqlite" >/dev/null
python3 Benchmarks/stream-latency.py "$BIN/custodian" "$WORK/w.jsonl" --lines 5000 --log "$WORK/s.sqlite"

if [ "${POSTGRES:-0}" = 1 ]; then
    echo "== PostgreSQL: 4 processes × 64 tasks, 25,000 decisions each, one log"
    PGBUILD=(swift build -c release --static-swift-stdlib --traits Postgres --scratch-path .build-static-postgres)
    "${PGBUILD[@]}" --product custodian-log-bench >/dev/null
    PGBIN="$("${PGBUILD[@]}" --show-bin-path)/custodian-log-bench"
    Scripts/with-postgres.sh bash -c '
        url="$POSTGRES_URL?schema=throughput"
        start=$(date +%s.%N)
        for p in 1 2 3 4; do "$0" appenders "$1" --log "$url" --tasks 64 --decisions 25000 & done
        wait
        end=$(date +%s.%N)
        python3 -c "import sys; s = float(sys.argv[2]) - float(sys.argv[1]); print(f\"4 processes together: 100,000 decisions in {s:.2f} s, {100000 / s:,.0f} a second\")" "$start" "$end"
    ' "$PGBIN" "$WORK/w.jsonl"
fi

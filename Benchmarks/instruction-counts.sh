#!/usr/bin/env bash
# Instruction counts of the decision path under valgrind's callgrind: repeatable for the same
# binary and input whatever else the machine is doing, so a regression can be told from noise.
# Each mode runs twice (N1 and N2 decisions); the difference divided by N2 - N1 is the cost of
# one decision, start-up and workload reading excluded.
#
#   Benchmarks/instruction-counts.sh
#   EXTRA="--vocabulary 500,200,100" Benchmarks/instruction-counts.sh   # the Hero policy, vocabulary grown
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)" >&2; exit 1; }
WORK=$(mktemp -d /tmp/custodian-callgrind.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
swift build -c release --product custodian-measure >/dev/null
# valgrind 3.19 cannot read the toolchain's DWARF 5 debug information: measure a copy without it.
cp "$(swift build -c release --show-bin-path)/custodian-measure" "$WORK/custodian-measure"
strip --strip-debug "$WORK/custodian-measure"
BIN="$WORK/custodian-measure"
python3 ../shared/peers/make_workload.py --n 50000 --seed 1 --out "$WORK/w.jsonl" >/dev/null
N1=${N1:-20000}
N2=${N2:-120000}
count() {  # mode decisions -> instructions
    valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.out" "$BIN" "$WORK/w.jsonl" \
        --mode "$1" --decisions "$2" ${EXTRA:-} >/dev/null 2>"$WORK/cg.err"
    grep -E "^summary:|^totals:" "$WORK/cg.out" | head -n 1 | awk '{print $2}'
}
printf "%-8s %16s %16s %14s\n" mode "Ir(N1=$N1)" "Ir(N2=$N2)" "Ir/decision"
for mode in check decide json; do
    a=$(count "$mode" "$N1")
    b=$(count "$mode" "$N2")
    printf "%-8s %16s %16s %14.0f\n" "$mode" "$a" "$b" "$(echo "($b - $a) / ($N2 - $N1)" | bc -l)"
done

#!/usr/bin/env bash
# Heap allocations per `check`, counted by valgrind's memcheck: the process runs N1 and then N2
# checks of the shared workload, and (allocations(N2) - allocations(N1)) / (N2 - N1) is what one
# check allocates, start-up and workload reading excluded. Under the Hero policy alone and under
# each jurisdiction's rule pack.
#
#   Benchmarks/check-allocations.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)" >&2; exit 1; }
WORK=$(mktemp -d /tmp/custodian-allocations.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
swift build -c release --product custodian-measure >/dev/null
cp "$(swift build -c release --show-bin-path)/custodian-measure" "$WORK/custodian-measure"
strip --strip-debug "$WORK/custodian-measure"
BIN="$WORK/custodian-measure"
python3 ../shared/peers/make_workload.py --n 50000 --seed 1 --out "$WORK/w.jsonl" >/dev/null
N1=${N1:-10000}
N2=${N2:-60000}
allocations() {  # decisions [extra...] -> heap allocations of the whole run
    local n=$1
    shift
    valgrind --tool=memcheck --leak-check=no "$BIN" "$WORK/w.jsonl" --mode check --decisions "$n" "$@" \
        >/dev/null 2>"$WORK/mc.err"
    grep -E "total heap usage" "$WORK/mc.err" | sed -E 's/.*usage: ([0-9,]+) allocs.*/\1/' | tr -d ,
}
printf "%-12s %14s %14s %18s\n" under "allocs(N1=$N1)" "allocs(N2=$N2)" "allocs/check"
for under in none EU KR JP ID US; do
    extra=()
    [ "$under" != none ] && extra=(--jurisdiction "$under")
    a=$(allocations "$N1" "${extra[@]}")
    b=$(allocations "$N2" "${extra[@]}")
    printf "%-12s %14s %14s %18.4f\n" "$under" "$a" "$b" "$(echo "($b - $a) / ($N2 - $N1)" | bc -l)"
done

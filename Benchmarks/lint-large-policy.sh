#!/usr/bin/env bash
# Hostile and large policy documents through `custodian lint` (release build, whole process,
# median of 5 runs each): the Hero policy with 5,000 and 20,000 synthetic rules
# (Benchmarks/make-large-policy.py), 10,000 unconditional forbids beside 10,000 permits of the
# same action, and a 400-byte alias bomb (nine levels of nine aliases).
#
#   Benchmarks/lint-large-policy.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d /tmp/custodian-lint.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
swift build -c release --product custodian >/dev/null
BIN="$(swift build -c release --show-bin-path)/custodian"
python3 Benchmarks/make-large-policy.py --rules 5000 --out "$WORK/p5000.yaml"
python3 Benchmarks/make-large-policy.py --rules 20000 --out "$WORK/p20000.yaml"
python3 - "$WORK/forbids.yaml" <<'PY'
# 10,000 unconditional forbids and 10,000 permits for the same action: quadratic for a linter
# that compares every permit with every forbid.
import pathlib, sys
root = pathlib.Path("Sources/CustodianPolicyFiles/BuiltIn/BuiltInPolicy+HeroPlatform.swift").read_text()
document = root.split('#"""\n', 1)[1].rsplit('\n"""#', 1)[0]
rules = "".join(
    f"  - id: f.{i}\n    effect: forbid\n    clause: \"F\"\n    actions: [share]\n    recipients: [otherUser]\n"
    f"    purposes: [relationship]\n    categories: [contact.email]\n" for i in range(10000))
rules += "".join(
    f"  - id: p.{i}\n    effect: permit\n    clause: \"P\"\n    actions: [share]\n    recipients: [otherUser]\n"
    f"    purposes: [relationship]\n    categories: [contact.phone]\n    when: {{all: [userDirected]}}\n" for i in range(10000))
open(sys.argv[1], "w").write(document.replace("\nrules:\n", "\nrules:\n" + rules, 1))
PY
python3 - "$WORK/bomb.yaml" <<'PY'
import sys
lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
for level in range(1, 10):
    lines.append(f"x{level}: &x{level} [" + ",".join([f"*{'a' if level == 1 else 'x' + str(level - 1)}"] * 9) + "]")
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY
python3 - "$BIN" "$WORK" <<'PY'
import os, resource, statistics, subprocess, sys, time
binary, work = sys.argv[1], sys.argv[2]
for name in ["bomb.yaml", "p5000.yaml", "p20000.yaml", "forbids.yaml"]:
    path = os.path.join(work, name)
    times = []
    for _ in range(5):
        start = time.perf_counter()
        run = subprocess.run([binary, "lint", path], capture_output=True, text=True)
        times.append(time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    last = (run.stdout.strip().splitlines() or [""])[-1]
    print(f"{name:12} {os.path.getsize(path):>10,} bytes  median {statistics.median(times):7.3f} s  "
          f"best {min(times):7.3f} s  exit {run.returncode}  peak RSS so far {peak / 1024:,.0f} MB  | {last[:90]}")
PY

#!/usr/bin/env python3
"""Latency of `custodian decide --stream`: a service writes one request at a time and waits for
nothing; each answer's latency is the time from writing its line to reading its answer line.

    python3 Benchmarks/stream-latency.py BIN WORKLOAD [--rate 1000] [--lines 10000] [--log PATH]

BIN is the custodian executable (release build); WORKLOAD a JSON Lines file of requests
(../shared/peers/make_workload.py). With --log PATH (an initialised SQLite log), every decision is
durably recorded before it is answered. Prints p50, p90, p99, p99.9 and the maximum in ms.
Standard library only."""
import argparse, subprocess, sys, threading, time

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("workload")
    parser.add_argument("--rate", type=float, default=1000.0, help="lines a second")
    parser.add_argument("--lines", type=int, default=10000)
    parser.add_argument("--log")
    args = parser.parse_args()
    with open(args.workload, "rb") as f:
        requests = [line for line in f.read().split(b"\n") if line.strip()]
    command = [args.binary, "decide", "--stream"] + (["--log", args.log] if args.log else [])
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
    # Warm-up: the process compiles its policy and opens its log before it reads; 100 lines
    # answered before the clock starts keep that out of the figures.
    for i in range(100):
        process.stdin.write(requests[i % len(requests)] + b"\n")
    answered = b""
    while answered.count(b"\n") < 100:
        answered += process.stdout.read(65536)
    sent = [0] * args.lines
    latencies = []

    def reader():
        stream = process.stdout
        buffer = b""
        count = 0
        while count < args.lines:
            chunk = stream.read1(65536) if hasattr(stream, "read1") else stream.read(65536)
            if not chunk:
                break
            now = time.perf_counter_ns()
            buffer += chunk
            while b"\n" in buffer:
                _, buffer = buffer.split(b"\n", 1)
                latencies.append((now - sent[count]) / 1e6)
                count += 1

    thread = threading.Thread(target=reader)
    thread.start()
    interval = 1e9 / args.rate
    start = time.perf_counter_ns()
    for i in range(args.lines):
        due = start + int(i * interval)
        wait = (due - time.perf_counter_ns()) / 1e9
        if wait > 0.0003:
            time.sleep(wait - 0.0002)
        while time.perf_counter_ns() < due:
            pass
        sent[i] = time.perf_counter_ns()
        process.stdin.write(requests[i % len(requests)] + b"\n")
    thread.join()
    process.stdin.close()
    process.wait()
    if len(latencies) != args.lines:
        print(f"only {len(latencies)} of {args.lines} answers", file=sys.stderr)
        sys.exit(1)
    ordered = sorted(latencies)
    def pct(p):
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]
    elapsed = (time.perf_counter_ns() - start) / 1e9
    print(f"{args.lines} lines at {args.rate:g}/s{' with --log' if args.log else ''}: "
          f"p50 {pct(50):.3f} ms, p90 {pct(90):.3f} ms, p99 {pct(99):.3f} ms, p99.9 {pct(99.9):.3f} ms, "
          f"max {ordered[-1]:.3f} ms ({elapsed:.1f} s)")

if __name__ == "__main__":
    main()

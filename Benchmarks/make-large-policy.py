#!/usr/bin/env python3
"""Writes a large policy document: the built-in Hero policy plus N synthetic rules, each over a
purpose of its own (declared), in the block style people write. Used to time `custodian lint`
and compiling on large policies (Benchmarks/README.md).

    python3 Benchmarks/make-large-policy.py --rules 20000 --out /tmp/p20k.yaml
"""
import argparse, pathlib, re

CATEGORIES = ["identity.name", "identity.birthdate", "contact.email", "contact.phone", "usage.activity",
              "device.hardware", "online.ipAddress", "communications.support"]

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rules", type=int, required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    root = pathlib.Path(__file__).resolve().parent.parent
    source = (root / "Sources/CustodianPolicyFiles/BuiltIn/BuiltInPolicy+HeroPlatform.swift").read_text()
    document = source.split('#"""\n', 1)[1].rsplit('\n"""#', 1)[0]
    purposes, rules = [], []
    for i in range(args.rules):
        purposes.append(f"  - id: synthetic{i}\n    description: synthetic purpose {i}\n    clause: \"Synthetic › {i}\"\n")
        rules.append(
            f"  - id: synthetic.{i}\n    effect: permit\n    clause: \"Synthetic › {i}\"\n"
            f"    actions: [collect, use, retain]\n    recipients: [controller]\n    purposes: [synthetic{i}]\n"
            f"    categories: [{CATEGORIES[i % len(CATEGORIES)]}]\n    legalBases: [consent, contract]\n"
            + ("    when: {none: [objection]}\n" if i % 3 == 0 else ""))
    document = document.replace("\nrules:\n", "\n" + "".join(purposes) + "\nrules:\n" + "".join(rules), 1)
    pathlib.Path(args.out).write_text(document)
    print(f"{args.out}: {len(document.encode())} bytes, {args.rules} synthetic rules")

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Prints the medians of the last criterion run (target/criterion/**/new/) as Markdown tables,
with the ratios of hijri_calendar to its peers in the same group.

    cargo bench --bench convert --bench format --bench parse --bench national && python3 benches/report.py
"""
import json
import os
import sys

root = os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "criterion")
rows = {}
for dirpath, _, files in os.walk(root):
    if "benchmark.json" in files and os.path.basename(dirpath) == "new":
        with open(os.path.join(dirpath, "benchmark.json")) as f:
            bench = json.load(f)
        with open(os.path.join(dirpath, "estimates.json")) as f:
            median = json.load(f)["median"]["point_estimate"]
        throughput = bench.get("throughput") or {}
        rows[bench["full_id"]] = (bench["group_id"], bench.get("function_id") or "", median, throughput)

if not rows:
    sys.exit("no criterion results under " + root)


def show(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.1f} ns"


groups = {}
for full_id, (group, function, median, throughput) in sorted(rows.items()):
    groups.setdefault(group, []).append((function, median, throughput))

print("| benchmark | median | per element / throughput | ratio to hijri_calendar |")
print("| --- | --- | --- | --- |")
for group, items in groups.items():
    ours = next((m for f, m, _ in items if f == "hijri_calendar"), None)
    for function, median, throughput in items:
        name = f"{group}/{function}" if function else group
        extra = ""
        if "Elements" in throughput:
            per = median / throughput["Elements"]
            extra = f"{per:.2f} ns a date ({throughput['Elements'] / median * 1e3:.0f} M/s)"
        elif "Bytes" in throughput:
            extra = f"{throughput['Bytes'] / median * 1e3 / 1.048576:.0f} MiB/s"
        ratio = f"{median / ours:.2f}×" if ours and function != "hijri_calendar" else ""
        print(f"| `{name}` | {show(median)} | {extra} | {ratio} |")

#!/usr/bin/env python3
"""Summarizes bench.sh's timing log as a Markdown table: medians per measurement, ratios to Hugo.

Log lines: label N wall_s user_s sys_s peak_kb files
"""
import collections
import statistics
import sys

rows = collections.defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    parts = line.split()
    if len(parts) != 7:
        continue
    label, n, wall, user, sys_, peak, files = parts
    rows[(int(n), label)].append((float(wall), float(user) + float(sys_), int(peak) / 1024, int(files)))

LABELS = {
    "hugo": "Hugo, clean build (tmpfs)",
    "digest-cold": "Digest, cold build, empty cache (tmpfs)",
    "digest-cold-nocache": "Digest, cold build, --no-cache (tmpfs)",
    "digest-rebuild": "Digest, rebuild after changing one article (tmpfs)",
    "digest-nochange": "Digest, rebuild with nothing changed (tmpfs)",
    "disk-hugo": "Hugo, clean build (disk)",
    "disk-digest-cold": "Digest, cold build, empty cache (disk)",
    "disk-digest-rebuild": "Digest, rebuild after changing one article (disk)",
}

print("| articles | measurement | wall s | CPU s | peak MB | files | wall vs Hugo | CPU vs Hugo | wall vs Digest cold | CPU vs Digest cold |")
print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for n in sorted({k[0] for k in rows}):
    def med(label, i):
        values = rows.get((n, label))
        return statistics.median(v[i] for v in values) if values else None
    for label, title in LABELS.items():
        if (n, label) not in rows:
            continue
        wall, cpu, peak, files = (med(label, i) for i in range(4))
        hugo_label = "disk-hugo" if label.startswith("disk-") else "hugo"
        cold_label = "disk-digest-cold" if label.startswith("disk-") else "digest-cold"
        is_digest = "hugo" not in label
        is_rebuild = "rebuild" in label or "nochange" in label
        def ratio(base_label, i, value, percent):
            base = med(base_label, i)
            if not base:
                return ""
            return f"{value / base * 100:.0f} %" if percent else f"{value / base:.2f}"
        vs_hugo = ratio(hugo_label, 0, wall, False) if is_digest else ""
        cpu_vs_hugo = ratio(hugo_label, 1, cpu, False) if is_digest else ""
        vs_cold = ratio(cold_label, 0, wall, True) if is_rebuild else ""
        cpu_vs_cold = ratio(cold_label, 1, cpu, True) if is_rebuild else ""
        print(f"| {n:,} | {title} | {wall:.2f} | {cpu:.2f} | {peak:.0f} | {int(files):,} | {vs_hugo} | {cpu_vs_hugo} | {vs_cold} | {cpu_vs_cold} |")

#!/usr/bin/env python3
"""Reads what the benchmarks printed (scripts/bench.sh keeps it in build-bench/bench-results)
and prints issue 15's table: each figure beside its anchor or its target, and whether it is
met. A figure whose benchmark did not run is shown as "not run".

    bench/summary.py RESULTS_DIR
"""
import re
import sys
from pathlib import Path


def read(directory, name):
    path = Path(directory) / name
    return path.read_text(errors="replace") if path.exists() else ""


def number(pattern, text, group=1):
    m = re.search(pattern, text, re.MULTILINE)
    return float(m.group(group)) if m else None


def section(text, start, end=None):
    """The part of `text` from the line holding `start` up to the line holding `end`."""
    i = text.find(start)
    if i < 0:
        return ""
    j = text.find(end, i + len(start)) if end else -1
    return text[i:j] if j >= 0 else text[i:]


def ms(value):
    if value is None:
        return "not run"
    return f"{value / 1000:.2f} s" if value >= 1000 else f"{value:.0f} ms" if value >= 20 else f"{value:.1f} ms"


rows = []


def row(figure, now, anchor, target, met):
    rows.append((figure, now, anchor, target, "—" if met is None else ("yes" if met else "NO")))


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    d = sys.argv[1]

    for count in (10000, 100000):
        w = read(d, f"window-{count}.txt")
        label = f"{count:,}"
        inproc = number(r"in-process, 5 runs\s+median\s+([\d.]+) ms", w)
        newproc = number(r"new process, start to quit, 3 runs\s+median\s+([\d.]+) ms", w)
        target = 300
        row(f"usable window, {label} dossiers (in-process / new process)",
            f"{ms(inproc)} / {ms(newproc)}", "", "≤ 300 ms new process",
            None if newproc is None else newproc <= target)
        whole = number(r"new process, the whole list, 3 runs\s+median\s+([\d.]+) ms", w)
        row(f"whole list read, {label} dossiers (new process)", ms(whole), "", "(shown as it comes)", None)
        key_median = number(r"per keystroke\s+median\s+([\d.]+) ms", w)
        key_p95 = number(r"per keystroke\s+median\s+[\d.]+ ms\s+p95\s+([\d.]+) ms", w)
        key_target = 8 if count == 10000 else 16
        row(f"search keystroke, {label} (median / p95)", f"{ms(key_median)} / {ms(key_p95)}", "one frame: 16 ms",
            f"≤ {key_target} ms p95", None if key_p95 is None else key_p95 <= key_target)
        peak = number(r"peak memory of the window, the whole list read: ([\d.]+) MB", w)
        empty = number(r"peak memory of an empty Qt window \(anchor\): ([\d.]+) MB", w)
        peak_target = 60 if count == 10000 else 150
        row(f"peak memory, window on {label}", "not run" if peak is None else f"{peak:.0f} MB",
            "not run" if empty is None else f"empty Qt window {empty:.0f} MB", f"≤ {peak_target} MB",
            None if peak is None else peak <= peak_target)

    docs = read(d, "documents.txt")

    def pair(part, ours, theirs):
        return (number(ours + r"\s*:\s*([\d.]+) ms", part), number(theirs + r"\s*:\s*([\d.]+) ms", part))

    def ratio_row(figure, ours, theirs, anchor_name, limit):
        r = None if ours is None or not theirs else ours / theirs
        row(figure, ms(ours), f"{anchor_name} {ms(theirs)}",
            f"≤ {limit:.1f}× (now {'—' if r is None else f'{r:.2f}×'})", None if r is None else r <= limit)

    one = section(docs, "one process per file", "process start alone")
    ratio_row("`check` of one small text PDF, one process each (per round of 8 files)",
              *pair(one, "mandatdesk-cli check", "pdftotext"), "pdftotext", 1.5)
    start = section(docs, "process start alone", "batch")
    ratio_row("process start alone (`--version` / `-v`)", *pair(start, "mandatdesk-cli", "pdftotext"),
              "pdftotext -v", 2.0)
    batch = section(docs, "batch", "Scans")
    ratio_row("`check` of many files in one run", *pair(batch, "mandatdesk-cli check", "pdftotext"),
              "pdftotext", 1.1)
    scans = section(docs, "Scans")
    ratio_row("OCR of a 300 dpi scan", *pair(scans, "mandatdesk-cli check", "tesseract -l fra"),
              "tesseract -l fra", 1.0)

    imp = read(d, "import.txt")
    csv = number(r"read \+ check \+ write, one transaction\s+([\d.]+) ms", imp)
    row("CSV import, 10,000 rows", ms(csv), "", "keep (0.43 s; < 2 s)", None if csv is None else csv < 2000)
    export = number(r"archive of \d+ dossiers .*: export ([\d.]+) ms", imp)
    row("archive export of 10,000 dossiers", ms(export), "", "≤ 1 s", None if export is None else export <= 1000)

    sync = read(d, "sync.txt")
    blocks = re.split(r"^(?=sync of \d+ dossiers)", sync, flags=re.MULTILINE)
    ran = False
    for block in blocks:
        n = number(r"^sync of (\d+) dossiers", block)
        line = r"\s+(\d+) requests\s+[\d.]+ s\s+([\d.]+) req/s\s+([\d.]+) MB/s"
        client = re.search(r"client \(mandatdesk-cli sync\)" + line, block)
        curl = re.search(r"curl \(same requests\)" + line, block)
        ratio = number(r"ratio client/curl \(requests per second, best runs\): ([\d.]+)", block)
        if n is None or not client or not curl or ratio is None:
            continue
        ran = True
        row(f"first sync of {int(n):,} dossiers × 3 documents ({client.group(1)} requests)",
            f"{float(client.group(2)):.0f} req/s, {float(client.group(3)):.2f} MB/s",
            f"curl {float(curl.group(2)):.0f} req/s, {float(curl.group(3)):.2f} MB/s",
            f"≥ 0.8× curl (now {ratio:.2f}×)", ratio >= 0.8)
    if not ran:
        row("first sync of 1,000 dossiers × 3 documents", "not run", "curl", "≥ 0.8× curl", None)

    widths = [max(len(r[i]) for r in rows + [("figure", "now", "anchor", "target", "met")]) for i in range(5)]
    print("\nIssue 15's table, from this run:\n")
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(("figure", "now", "anchor", "target", "met"), widths)) + " |"
    print(line)
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The weight of the built site: each file's size as built and compressed with gzip -9 (what a
server that compresses sends), and the total, against Roster's budget of 700 KB compressed.

    python3 tools/page_weight.py [SITE]      # SITE defaults to build/wasm/site
    python3 tools/page_weight.py --check     # also fails (exit 1) over the budget

Every file of the page counts: a first visit loads the page, and the service worker keeps all
of them (the icons too) for the visits after. The files the page loads only on demand (the
workbook module, roster_workbook.js and .wasm, fetched the first time a workbook is opened or
written) are listed apart, with their own total, and are not in the page's: the service worker
precaches them after the first frame, so they never delay the page. KB here is 1,000 bytes."""
import gzip
import sys
from pathlib import Path

BUDGET = 700_000
# Loaded by the page only when needed (docs/SPREADSHEETS.md, "Workbooks in the browser").
ON_DEMAND = ("roster_workbook.js", "roster_workbook.wasm")


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    root = Path(__file__).resolve().parent.parent
    site = Path(args[0]) if args else root / "build" / "wasm" / "site"
    files = sorted(p for p in site.iterdir() if p.is_file()) if site.is_dir() else []
    if not files:
        print(f"{site}: no built site here (build it first: bash tools/serve.sh)", file=sys.stderr)
        return 2
    total_raw = total_gz = 0
    print(f"{'file':<24}{'raw bytes':>12}{'gzip -9':>12}")
    for f in files:
        if f.name in ON_DEMAND:
            continue
        data = f.read_bytes()
        gz = len(gzip.compress(data, compresslevel=9, mtime=0))
        total_raw += len(data)
        total_gz += gz
        print(f"{f.name:<24}{len(data):>12,}{gz:>12,}")
    print(f"{'total':<24}{total_raw:>12,}{total_gz:>12,}")
    later = [f for f in files if f.name in ON_DEMAND]
    if later:
        later_raw = later_gz = 0
        print("loaded on demand (a workbook opened or written), precached by the service worker:")
        for f in later:
            data = f.read_bytes()
            gz = len(gzip.compress(data, compresslevel=9, mtime=0))
            later_raw += len(data)
            later_gz += gz
            print(f"{f.name:<24}{len(data):>12,}{gz:>12,}")
        print(f"{'on demand':<24}{later_raw:>12,}{later_gz:>12,}")
    verdict = "within" if total_gz <= BUDGET else "OVER"
    print(f"{total_gz / 1000:.1f} KB compressed: {verdict} the budget of {BUDGET // 1000} KB")
    return 1 if check and total_gz > BUDGET else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

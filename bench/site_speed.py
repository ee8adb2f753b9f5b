"""How fast `accord site` builds, beside a warm `accord list` of the same tracker.

    python bench/site_speed.py [--size seeds|small|1k|10k] [--runs N]

Generates the tracker (bench/synth.py), then times as separate processes: a warm `accord
list`; a full build of the site into an empty folder (with --base-url, so feeds and sitemap
too); a rebuild with nothing changed; and a rebuild after one new update. Each the median of
N runs (and their spread), with its peak RSS. The issue's targets, for the 10k size (10,000
commitments, 100,000 updates): a full build in at most 20 s under 1 GiB, an incremental one in
at most 1.5x the warm `accord list`. Figures are printed; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402
from measure import rss_method, run_once  # noqa: E402
from tools import Accord  # noqa: E402

BASE_URL = "https://example.org/tracker/"


def timed(accord: Accord, runs: int, args, before=None) -> tuple[float, str, float]:
    """The median wall time (s), the spread of the wall times ("min–max") and the peak RSS (MiB) of
    ``runs`` runs, after one warm-up; ``args``: the command's arguments, or a function of the run's
    number giving them."""
    samples = []
    for i in range(runs + 1):
        if before:
            before(i)
        os.sync()  # the writes of the run before (and the setup's) are on disk, not still being flushed
        sample = run_once(accord.argv(*(args(i) if callable(args) else args)), accord.env)
        if sample.returncode != 0:
            raise RuntimeError(f"accord {' '.join(args)} failed:\n{sample.stderr}")
        if i:
            samples.append(sample)
    walls = [s.seconds for s in samples]
    return statistics.median(walls), f"{min(walls):.2f}–{max(walls):.2f}", max(s.maxrss_kib for s in samples) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=list(synth.SIZES), default="10k")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    size = synth.SIZES[args.size]
    with tempfile.TemporaryDirectory(prefix="accord-site-bench-") as work:
        work = Path(work)
        accord = Accord(work / "home", work / "seeds", work / "pycache")
        accord.home.mkdir()
        dataset = synth.build(size, synth.shipped_specs() if size.commitments == 0 else [])
        synth.write_seeds(dataset, accord.seed_dir)
        accord.import_csv(synth.write_updates_csv(dataset, work / "updates.csv"))
        site = work / "site-0"  # the first full build's, rebuilt
        target = dataset.show_id

        def fresh(i):  # a new folder each run: deleting 20,000 files would load the disk while it is timed
            return ["site", "-o", str(work / f"site-{i}"), "--base-url", BASE_URL]

        def one_update(i):
            accord.run("update", target, "--note", f"bench update {i}", "--date", "2025-12-31")

        rows = [("warm `accord list`", *timed(accord, args.runs, ["list", "--format", "csv"])),
                ("full build (empty folder)", *timed(accord, args.runs, fresh)),
                ("rebuild, nothing changed", *timed(accord, args.runs, ["site", "-o", str(site), "--base-url",
                                                                        BASE_URL])),
                ("rebuild after one update", *timed(accord, args.runs, ["site", "-o", str(site), "--base-url",
                                                                        BASE_URL], before=one_update))]
        pages = sum(1 for p in site.rglob("*") if p.is_file())
        size_mib = sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 2**20
    print(f"accord site, size {size.name} ({size.commitments or 'shipped'} commitments, {size.updates} updates); "
          f"median of {args.runs} runs; {rss_method()}\n")
    print("| Operation | Wall (s), median | Spread (s) | Peak RSS (MiB) |\n|---|---:|---:|---:|")
    for label, wall, spread, rss in rows:
        print(f"| {label} | {wall:.2f} | {spread} | {rss:.0f} |")
    full, incremental, listing = rows[1][1], rows[3][1], rows[0][1]
    print(f"\n{pages} files, {size_mib:.0f} MiB; {pages / full:.0f} files a second in a full build; "
          f"incremental rebuild {incremental / listing:.1f}x a warm `accord list`")
    return 0


if __name__ == "__main__":
    sys.exit(main())

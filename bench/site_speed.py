"""How fast `accord site` builds, beside a warm `accord list` of the same tracker.

    python bench/site_speed.py [--size seeds|small|1k|10k] [--runs N]

Generates the tracker (bench/synth.py), then times as separate processes: a full build of the
site into an empty folder (with --base-url, so feeds and sitemap too); then, in turn round after
round (so that other work on the machine weighs on each alike), a warm `accord list` (piped, so
every row in plain text: the issue's yardstick), a warm `accord list --format csv` (every field
of every row, closer to what a site writes), a rebuild with nothing changed and a rebuild after
one new update. Each the median of N runs (and their
spread), with its CPU time and peak RSS. The issue's targets, for the 10k size (10,000
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


def sample(accord: Accord, args: list[str]):
    os.sync()  # the writes of the run before (and the setup's) are on disk, not still being flushed
    found = run_once(accord.argv(*args), accord.env)
    if found.returncode != 0:
        raise RuntimeError(f"accord {' '.join(args)} failed:\n{found.stderr}")
    return found


def summary(samples: list) -> tuple[float, str, float, float]:
    """The median wall time (s), the spread of the wall times ("min–max"), the median CPU time
    (user + system, s) and the peak RSS (MiB) of the samples."""
    walls = [s.seconds for s in samples]
    return (statistics.median(walls), f"{min(walls):.2f}–{max(walls):.2f}",
            statistics.median(s.cpu_seconds for s in samples), max(s.maxrss_kib for s in samples) / 1024)


def rounds(accord: Accord, runs: int, commands: list[tuple[list[str], object]]) -> list[list]:
    """Each command's samples, the commands run in turn round after round (``runs`` rounds after
    a warm-up one), so that other work on the machine weighs on them alike; each command
    with what to do untimed before it (or None)."""
    found: list[list] = [[] for _ in commands]
    for i in range(runs + 1):
        for taken, (args, before) in zip(found, commands):
            if before:
                before(i)
            measured = sample(accord, args)
            if i:
                taken.append(measured)
    return found


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
        rebuild = ["site", "-o", str(site), "--base-url", BASE_URL]

        def one_update(i):
            accord.run("update", dataset.show_id, "--note", f"bench update {i}", "--date", "2025-12-31")

        # a new folder each run: deleting 20,000 files would load the disk while it is timed
        full = [sample(accord, ["site", "-o", str(work / f"site-{i}"), "--base-url", BASE_URL])
                for i in range(args.runs + 1)][1:]
        listing, csv, same, updated = rounds(accord, args.runs, [(["list"], None), (["list", "--format", "csv"], None),
                                                                 (rebuild, None), (rebuild, one_update)])
        pages = sum(1 for p in site.rglob("*") if p.is_file())
        size_mib = sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 2**20
    print(f"accord site, size {size.name} ({size.commitments or 'shipped'} commitments, {size.updates} updates); "
          f"median of {args.runs} runs; {rss_method()}\n")
    print("| Operation | Wall (s), median | Spread (s) | CPU (s) | Peak RSS (MiB) |\n|---|---:|---:|---:|---:|")
    for label, samples in (("warm `accord list` (piped: every row)", listing), ("warm `accord list --format csv`", csv),
                           ("full build (empty folder)", full), ("rebuild, nothing changed", same),
                           ("rebuild after one update", updated)):
        wall, spread, cpu, rss = summary(samples)
        print(f"| {label} | {wall:.2f} | {spread} | {cpu:.2f} | {rss:.0f} |")
    print(f"\n{pages} files, {size_mib:.0f} MiB; {pages / summary(full)[0]:.0f} files a second in a full build")
    for label, reference in (("a warm `accord list` (the issue's yardstick)", listing),
                             ("a warm `accord list --format csv`", csv)):
        print(f"incremental rebuild {ratio(updated, reference)} {label}")
    return 0


def ratio(samples: list, reference: list) -> str:
    """The median of each round's ratio, its spread, and the ratio of the median CPU times."""
    ratios = [s.seconds / r.seconds for s, r in zip(samples, reference)]
    cpu = statistics.median(s.cpu_seconds for s in samples) / statistics.median(r.cpu_seconds for r in reference)
    return f"{statistics.median(ratios):.2f}x (rounds {min(ratios):.2f}–{max(ratios):.2f}; CPU time {cpu:.2f}x)"


if __name__ == "__main__":
    sys.exit(main())

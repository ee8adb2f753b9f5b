"""How long `accord extract` takes as its source text grows: seconds, and seconds per MB.

The first line says whether extract runs compiled (`accord --version`: a wheel is, an editable
install is not). The input is the shipped source texts, concatenated and repeated to each size (a dense
text: about 4,000 candidates a MB), and the same text as one line (every sentence on a
single line, where a step that rereads the line before each sentence would show). Each
size runs as its own process, `accord extract FILE -o -` (the draft to standard output:
read, segment, guess, render), once; a time per MB that grows with the size is a step
that is not linear.

With --varied the input repeats no sentence: the annotated corpus's texts, each copy with every
sentence numbered ("… the railway (item 3-17).") and repeated to each size, so that no step
can be quick by meeting a sentence again.

    python bench/extract_speed.py [--sources DIR] [--size MB ...] [--one-line] [--varied]

Targets (issue 18): 10 MB in under 5 s. No test asserts a time: this is the figure.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from measure import run_once  # noqa: E402

SIZES = (0.1, 1.0, 10.0)
MB = 1_000_000


def source_text(sources: Path, size: float, one_line: bool) -> str:
    """The shipped source texts repeated to ``size`` MB (the last copy cut at a line end)."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(sources.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no source texts (*.txt) in {sources}")
    unit = "\n".join(texts)
    return _cut(unit * (int(size * MB) // len(unit.encode("utf-8")) + 1), size, one_line)


def _cut(text: str, size: float, one_line: bool) -> str:
    """``text`` cut to ``size`` MB at a line end (on one line if ``one_line``, cut at a space)."""
    if one_line:
        text = " ".join(text.split("\n"))
    cut = text.encode("utf-8")[: int(size * MB)].decode("utf-8", "ignore")
    return cut[: cut.rfind(" " if one_line else "\n") + 1] + ("\n" if one_line else "")


CORPUS = REPO / "bench" / "corpus"
_SENTENCE_END = re.compile(r"([a-z])\.(\s)")


def varied_text(corpus: Path, size: float, one_line: bool) -> str:
    """The corpus's texts repeated to ``size`` MB, each copy's sentences numbered apart from every other's."""
    unit = "\n".join(path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*/*.txt")))
    copies, total, copy = [], 0, 0
    while total < size * MB:
        copy += 1
        numbers = itertools.count(1)
        text = _SENTENCE_END.sub(lambda m: f"{m.group(1)} (item {copy}-{next(numbers)}).{m.group(2)}", unit)
        copies.append(text)
        total += len(text.encode("utf-8")) + 1
    return _cut("\n".join(copies), size, one_line)


def measure(sources: Path, sizes: list[float], one_line: bool, varied: bool = False) -> None:
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "ACCORD_HOME": str(Path(folder) / "home"), "ACCORD_TEAM": "", "NO_COLOR": "1"}
        env.pop("ACCORD_STATE", None)
        version = subprocess.run([sys.executable, "-m", "accord", "--version"], capture_output=True, text=True, env=env)
        print(" ".join(version.stdout.split("\n")[:2]))  # the version, and whether extract runs compiled
        print(f"{'input':>16} {'MB':>6} {'wall s':>8} {'CPU s':>8} {'CPU s/MB':>9}  exit")
        for size in sizes:
            path = Path(folder) / f"source-{size}.txt"
            text = varied_text(CORPUS, size, one_line) if varied else source_text(sources, size, one_line)
            path.write_text(text, encoding="utf-8")
            megabytes = path.stat().st_size / MB
            argv = [sys.executable, "-m", "accord", "extract", str(path), "--date", "2024-01-01",
                    "--party", "CN", "--party", "KG", "-o", "-"]
            sample = run_once(argv, env, cwd=folder)
            label = ("varied " if varied else "") + ("one line" if one_line else "lines")
            print(f"{label:>16} {megabytes:6.2f} {sample.seconds:8.2f} {sample.cpu_seconds:8.2f} "
                  f"{sample.cpu_seconds / megabytes:9.2f}  {sample.returncode}", flush=True)
            if sample.returncode:
                print(sample.stderr.strip().splitlines()[-1], file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=REPO.parent / "shared" / "sources",
                        help="folder of source texts (*.txt)")
    parser.add_argument("--size", type=float, action="append", help="MB of text (repeatable; default 0.1 1 10)")
    parser.add_argument("--one-line", action="store_true", help="the text on a single line")
    parser.add_argument("--varied", action="store_true", help="the corpus's texts, no sentence repeated")
    args = parser.parse_args(argv)
    measure(args.sources, args.size or list(SIZES), args.one_line, args.varied)
    return 0


if __name__ == "__main__":
    sys.exit(main())

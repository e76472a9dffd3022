"""How big a hub a class needs: N students press Run All on the same lesson at the same moment.

    python benchmarks/classroom.py 30                 # 30 at once, lesson 1
    python benchmarks/classroom.py 1 10 30 60         # one row per class size (docs/instructors.md)
    python benchmarks/classroom.py 10 --lesson 03_relu

Each student is one kernel of its own, started and run to the end by nbclient, as *Kernel → Restart
Kernel and Run All Cells* does; all of them start together. For each class size it prints the
median and the longest time a student waits, how many runs failed, each kernel's CPU time and peak
memory (its own high-water mark), and the machine's memory in use at the worst moment. Run it alone:
on a shared machine anything else running shares the cores.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import threading
import time
from pathlib import Path

import nbformat
import psutil
from nbclient import NotebookClient

from run import ROOT, machine

_USAGE = ("import re, resource; u = resource.getrusage(resource.RUSAGE_SELF); "
          "print('PEAK_KB', re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1), "
          "'CPU_S', u.ru_utime + u.ru_stime)")


async def _student(path: Path) -> tuple[float, float, float]:
    """One Run All in a fresh kernel: (seconds, kernel CPU seconds, kernel peak MiB)."""
    nb = nbformat.read(path, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(_USAGE))
    start = time.perf_counter()
    await NotebookClient(nb, timeout=1200, kernel_name="python3",
                         resources={"metadata": {"path": str(path.parent)}}).async_execute()
    seconds = time.perf_counter() - start
    words = "".join(o.get("text", "") for o in nb.cells[-1].outputs).split()
    return seconds, float(words[words.index("CPU_S") + 1]), int(words[words.index("PEAK_KB") + 1]) / 1024


class _MemoryWatch:
    """The machine's memory in use, sampled every 0.2 s; ``peak`` is the most seen above the start."""

    def __init__(self):
        self.start = psutil.virtual_memory().used
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self):
        while not self._stop.wait(0.2):
            self.peak = max(self.peak, psutil.virtual_memory().used - self.start)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


async def _class(path: Path, students: int):
    return await asyncio.gather(*(_student(path) for _ in range(students)), return_exceptions=True)


def measure(path: Path, students: int) -> dict:
    with _MemoryWatch() as memory:
        results = asyncio.run(_class(path, students))
    done = [r for r in results if not isinstance(r, BaseException)]
    errors = [r for r in results if isinstance(r, BaseException)]
    for error in errors[:3]:
        print(f"  a run failed: {type(error).__name__}: {str(error)[:300]}", file=sys.stderr)
    seconds = [s for s, _, _ in done] or [float("nan")]
    return {"students": students, "median": statistics.median(seconds), "max": max(seconds),
            "errors": len(errors), "cpu": statistics.median([c for _, c, _ in done] or [float("nan")]),
            "kernel_mib": max([m for _, _, m in done] or [float("nan")]), "machine_gib": memory.peak / 2**30}


def table(rows: list[dict]) -> str:
    lines = ["| students at once | median wait (s) | longest (s) | failed | CPU per run, median (s) | kernel peak, largest (MiB) | memory in use (GiB) |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        lines.append(f"| {r['students']} | {r['median']:.1f} | {r['max']:.1f} | {r['errors']} | {r['cpu']:.1f} "
                     f"| {r['kernel_mib']:.0f} | {r['machine_gib']:.1f} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("students", nargs="+", type=int, help="class sizes: how many Run Alls start together")
    parser.add_argument("--lesson", default="01_sigmoid", help="a notebook of notebooks/ (default: 01_sigmoid)")
    args = parser.parse_args(argv)
    if any(n < 1 for n in args.students):
        parser.error(f"each class size must be at least 1, got {args.students}")
    path = ROOT / "notebooks" / f"{args.lesson.removesuffix('.ipynb')}.ipynb"
    if not path.exists():
        parser.error(f"no notebook {path.name} in notebooks/")
    rows = []
    for students in args.students:
        rows.append(measure(path, students))
        print(f"{students} at once: median {rows[-1]['median']:.1f} s", file=sys.stderr)
    print(f"Run All of {path.stem}, every student at the same moment. Measured on: {machine()}, "
          f"{psutil.virtual_memory().total / 2**30:.0f} GiB.\n")
    print(table(rows))
    return 0 if all(r["errors"] == 0 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

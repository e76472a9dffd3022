"""Measure what users feel and print it as markdown tables, with the machine it ran on.

    python benchmarks/run.py               # all three tables
    python benchmarks/run.py --quick       # fewer repeats, for a smoke run
    python benchmarks/run.py --readme      # also write the tables into README.md

1. Each activation and each derivative on 10^6 float64 elements drawn from N(0, 1) and from
   N(0, 4), as a ratio to the fastest plain-numpy formulation of the same function measured in
   the same run (and to PyTorch on one thread, if installed), with the CPU features numpy uses.
2. The kernel-side cost of one step of each explorer: compute + draw + PNG.
3. Each notebook's execution time and its kernel's peak memory.

The machine is shared and noisy: every time is the best (or, for steps, the median) of several
runs, and candidates are timed interleaved, so a burst of load hits all of them alike. Targets
come from DESIGN.md section 6; a missed one is marked in the table.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from scipy import special

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"ratio": 1.2, "function step": 60.0, "network step": 150.0, "series": 90.0, "memory": 150.0}

A1, S1 = 1.6732632423543772, 1.0507009873554805

# Plain-numpy (and scipy.special) formulations of each function; the fastest one is the baseline.
BASELINES = {
    "sigmoid": {"1/(1+exp(-x))": lambda x: 1 / (1 + np.exp(-x)),
                "(1+tanh(x/2))/2": lambda x: 0.5 * np.tanh(0.5 * x) + 0.5},
    "tanh": {"np.tanh": np.tanh},
    "relu": {"maximum(x, 0)": lambda x: np.maximum(x, 0), "x*(x>0)": lambda x: x * (x > 0)},
    "leaky_relu": {"maximum(0.01x, x)": lambda x: np.maximum(0.01 * x, x),
                   "where(x>0, x, 0.01x)": lambda x: np.where(x > 0, x, 0.01 * x)},
    "elu": {"where(x>0, x, expm1(x))": lambda x: np.where(x > 0, x, np.expm1(x))},
    "selu": {"s*where(x>0, x, a*expm1(x))": lambda x: S1 * np.where(x > 0, x, A1 * np.expm1(x))},
    "gelu": {"x*ndtr(x)": lambda x: x * special.ndtr(x),
             "x/2*(1+erf(x/sqrt2))": lambda x: 0.5 * x * (1 + special.erf(x / math.sqrt(2)))},
    "silu": {"x/(1+exp(-x))": lambda x: x / (1 + np.exp(-x)),
             "x*(1+tanh(x/2))/2": lambda x: x * (0.5 * np.tanh(0.5 * x) + 0.5)},
    "swish": {"x/(1+exp(-x))": lambda x: x / (1 + np.exp(-x)),
              "x*(1+tanh(x/2))/2": lambda x: x * (0.5 * np.tanh(0.5 * x) + 0.5)},
    "softplus": {"logaddexp(x, 0)": lambda x: np.logaddexp(x, 0), "log1p(exp(x))": lambda x: np.log1p(np.exp(x))},
    "mish": {"x*tanh(log1p(exp(x)))": lambda x: x * np.tanh(np.log1p(np.exp(x))),
             "x*tanh(logaddexp(x, 0))": lambda x: x * np.tanh(np.logaddexp(x, 0))},
}


_SQRT_2PI = math.sqrt(2 * math.pi)


def _expit_slope(x):
    s = special.expit(x)
    return s * (1 - s)


def _exp_slope(x):
    e = np.exp(-np.abs(x))
    return e / (1 + e) ** 2


# The same for the derivatives; `s*(1-s)` loses relative accuracy for large x (1 - s rounds to 0)
# and is there because it is what most code writes.
GRAD_BASELINES = {
    "sigmoid": {"s*(1-s), s=expit(x)": _expit_slope, "e/(1+e)^2, e=exp(-|x|)": _exp_slope},
    "tanh": {"1-tanh(x)^2": lambda x: 1 - np.tanh(x) ** 2},
    # NaN must stay NaN (DESIGN §2): (x>0).astype(float), one pass faster, turns it into 0
    "relu": {"maximum(sign(x), 0)": lambda x: np.maximum(np.sign(x), 0), "heaviside(x, 0)": lambda x: np.heaviside(x, 0),
             "where(isnan(x), x, x>0)": lambda x: np.where(np.isnan(x), x, x > 0)},
    "leaky_relu": {"where(x>0, 1, 0.01)": lambda x: np.where(x > 0, 1.0, 0.01)},
    "elu": {"where(x>0, 1, exp(x))": lambda x: np.where(x > 0, 1.0, np.exp(np.minimum(x, 0)))},
    "selu": {"s*where(x>0, 1, a*exp(x))": lambda x: S1 * np.where(x > 0, 1.0, A1 * np.exp(np.minimum(x, 0)))},
    "gelu": {"ndtr(x)+x*pdf(x)": lambda x: special.ndtr(x) + x * np.exp(-0.5 * x * x) / _SQRT_2PI},
    "silu": {"s+x*s*(1-s), s=expit(x)": lambda x: (lambda s: s + x * s * (1 - s))(special.expit(x))},
    "swish": {"s+x*s*(1-s), s=expit(x)": lambda x: (lambda s: s + x * s * (1 - s))(special.expit(x))},
    "softplus": {"expit(x)": special.expit},
    "mish": {"tanh(sp)+x*sech^2(sp)*expit(x)": lambda x: (lambda t: t + x * (1 - t * t) * special.expit(x))(
        np.tanh(np.logaddexp(x, 0)))},
}


def cpu_features() -> str:
    """The SIMD extensions numpy found on this CPU and uses (as ``np.show_runtime()`` lists them)."""
    try:
        from numpy._core._multiarray_umath import __cpu_features__
    except ImportError:                                     # numpy < 2
        from numpy.core._multiarray_umath import __cpu_features__
    wanted = ("SSE42", "AVX", "AVX2", "FMA3", "AVX512F", "AVX512_SKX", "AVX512_ICL", "AVX512_SPR",
              "ASIMD", "SVE")
    found = [name for name in wanted if __cpu_features__.get(name)]
    return ", ".join(found) or "none of the usual SIMD extensions"


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{cpu} (numpy uses {cpu_features()}), {os.cpu_count()} cores, Python "
            f"{platform.python_version()}, numpy {np.__version__}, {platform.system()} "
            f"{platform.release()}, {time.strftime('%Y-%m-%d')}")


def _best_interleaved(functions: dict, x, repeats: int) -> dict:
    """Best time of each function; every round runs each one twice and keeps the second,
    so each is timed right after itself (same memory reuse) and a burst of load hits all alike."""
    best = {name: math.inf for name in functions}
    for _ in range(repeats):
        for name, f in functions.items():
            f(x)
            start = time.perf_counter()
            f(x)
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def _torch_functions():
    try:
        import torch
        import torch.nn.functional as F
    except ImportError:
        return None
    torch.set_num_threads(1)
    return {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu,
            "leaky_relu": lambda t: F.leaky_relu(t, 0.01), "elu": F.elu, "selu": F.selu,
            "gelu": F.gelu, "silu": F.silu, "swish": F.silu, "softplus": F.softplus, "mish": F.mish}, torch


def activation_table(repeats: int) -> tuple[str, bool]:
    import actlab

    rng = np.random.default_rng(0)
    inputs = {"N(0, 1)": rng.standard_normal(10 ** 6), "N(0, 4)": 2.0 * rng.standard_normal(10 ** 6)}
    torch_part = _torch_functions()
    rows, ok = [], True
    header = "| function | input | actlab (ms) | fastest plain numpy | its time (ms) | ratio (target ≤ 1.2) |"
    header += " PyTorch 1 thread (ms) | ratio to PyTorch |" if torch_part else ""
    rows.append(header)
    rows.append("|" + " --- |" * (header.count("|") - 1))
    for name in actlab.ACTIVATIONS:
        act = actlab.get_activation(name)
        for label, ours, baselines in ((name, act.f, BASELINES[name]),
                                       (f"{name}'", act.grad, GRAD_BASELINES[name])):
            for dist, x in inputs.items():
                candidates = {"actlab": ours, **baselines}
                if torch_part and label == name:
                    functions, torch = torch_part
                    candidates["torch"] = lambda _x, f=functions[name], tx=torch.from_numpy(x): f(tx)
                best = _best_interleaved(candidates, x, repeats)
                baseline = min(baselines, key=best.get)
                ratio = best["actlab"] / best[baseline]
                mark = "" if ratio <= TARGETS["ratio"] else " **missed**"
                ok &= not mark
                row = (f"| {label} | {dist} | {best['actlab'] * 1e3:.2f} | `{baseline}` | "
                       f"{best[baseline] * 1e3:.2f} | {ratio:.2f}{mark} |")
                if torch_part:
                    row += (f" {best['torch'] * 1e3:.2f} | {best['actlab'] / best['torch']:.2f} |"
                            if "torch" in best else " | |")
                rows.append(row)
    if not torch_part:
        rows.append("")
        rows.append("PyTorch is not installed here, so it has no column.")
    return "\n".join(rows), ok


def _step_cost(make, moves, steps):
    """Median ms of one control change (or one Train press) of an explorer."""
    explorer = make()
    times = []
    for i in range(steps):
        key, value = moves[i % len(moves)]
        start = time.perf_counter()
        explorer.controls[key].value = value
        if explorer.button is not None:
            explorer.button.click()
        times.append(time.perf_counter() - start)
        assert explorer.error is None, explorer.error
    return statistics.median(times) * 1e3


def _bare_redraw():
    """The cheapest explorer: two lines whose data change, for the machine's speed right now."""
    from actlab import widgets as W

    x = np.linspace(-6, 6, 601)
    slider = W.widgets.IntSlider(value=0, min=0, max=10)
    return W.Explorer(lambda axes, v: [ax.plot(x, np.tanh(x * (1 + v["k"] / 10))) for ax in axes], {"k": slider})


def explorer_table(steps: int) -> tuple[str, bool]:
    from actlab import widgets as W

    function_explorers = {
        "activation_explorer (any activation)": (lambda: W.activation_explorer("gelu"),
                                                 [("x range", (-6.0 + k * 0.5, 6.0)) for k in range(6)]),
        "neuron_explorer (lesson 1)": (W.neuron_explorer, [("weight w", 0.5 + 0.25 * k) for k in range(8)]),
        "leaky_explorer (lesson 4)": (W.leaky_explorer, [("alpha", 0.02 * k) for k in range(1, 9)]),
        "softmax_explorer (lesson 5)": (W.softmax_explorer, [("T", 0.5 + 0.25 * k) for k in range(8)]),
    }
    network_explorers = {
        "depth_explorer (lesson 1)": (W.depth_explorer, [("depth", d) for d in (8, 12, 16, 20)]),
        "gain_explorer (lesson 2)": (W.gain_explorer, [("gain", g) for g in (1.0, 1.5, 2.0, 3.0)]),
        "born_dead_explorer (lesson 3)": (W.born_dead_explorer, [("width", w) for w in (2, 4, 3, 5)]),
        "dying_relu_explorer, one Train (lesson 3)": (W.dying_relu_explorer,
                                                      [("learning rate", lr) for lr in (0.1, 0.3, 1.0)]),
        "playground, one Train of 300 epochs (lesson 7)": (W.playground,
                                                           [("lr", lr) for lr in (0.1, 0.3, 1.0)]),
        "selu_explorer (lesson 6)": (W.selu_explorer, [("depth", d) for d in (30, 50, 40, 60)]),
    }
    rows = ["| explorer | kind | median step (ms) | target (ms) |", "| --- | --- | --- | --- |"]
    ok = True
    bare = _step_cost(_bare_redraw, [("k", k) for k in range(8)], steps)
    rows.append(f"| (a bare redraw of two lines, same size and style: the floor) | - | {bare:.0f} | |")
    for kind, group, target in (("function", function_explorers, TARGETS["function step"]),
                                ("network", network_explorers, TARGETS["network step"])):
        for name, (make, moves) in group.items():
            cost = _step_cost(make, moves, steps if "Train" not in name else max(3, steps // 4))
            trains = "Train" in name            # behind a button with a progress bar, by design
            missed = cost > target and not trains
            ok &= not missed
            shown = "button + progress bar" if trains else f"{target:.0f}"
            rows.append(f"| {name} | {kind} | {cost:.0f}{' **missed**' if missed else ''} | {shown} |")
    return "\n".join(rows), ok


# VmHWM is the kernel process's own high-water mark; ru_maxrss would also count the parent's
# memory, which Linux carries across fork and exec.
_PEAK = ("import re; print('PEAK_KB', re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))")


def notebook_table() -> tuple[str, bool]:
    import nbformat
    from nbclient import NotebookClient

    rows = ["| notebook | execution (s) | kernel peak memory (MB) |", "| --- | --- | --- |"]
    total, ok = 0.0, True
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        nb.cells.append(nbformat.v4.new_code_cell(_PEAK))
        start = time.perf_counter()
        NotebookClient(nb, timeout=600, kernel_name="python3",
                       resources={"metadata": {"path": str(path.parent)}}).execute()
        seconds = time.perf_counter() - start
        total += seconds
        text = "".join(o.get("text", "") for o in nb.cells[-1].outputs)
        peak_mb = int(text.split("PEAK_KB")[1].split()[0]) / 1024
        missed = peak_mb > TARGETS["memory"]
        ok &= not missed
        rows.append(f"| {path.stem} | {seconds:.1f} | {peak_mb:.0f}{' **missed**' if missed else ''} |")
    missed = total > TARGETS["series"]
    ok &= not missed
    rows.append(f"| **all, in sequence** | {total:.1f} (target ≤ {TARGETS['series']:.0f}){' **missed**' if missed else ''} | |")
    return "\n".join(rows), ok


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--readme", action="store_true", help="write the tables into README.md")
    args = parser.parse_args(argv)
    repeats, steps = (5, 6) if args.quick else (60, 40)
    readme = ROOT / "README.md"
    start, end = "<!-- benchmark:start -->", "<!-- benchmark:end -->"
    if args.readme and not all(marker in readme.read_text() for marker in (start, end)):
        raise SystemExit(f"README.md has no benchmark markers ({start} ... {end}): nothing measured")

    parts = [f"Measured on: {machine()}.", ""]
    ok = True
    for title, (table, passed) in (
            ("Activations on 10^6 float64 elements (best of %d, interleaved)" % repeats, activation_table(repeats)),
            ("One explorer step, kernel side: compute + draw + PNG (median of %d)" % steps, explorer_table(steps)),
            ("Notebooks: execution time and kernel peak memory", notebook_table())):
        parts += [f"**{title}**", "", table, ""]
        ok &= passed
    parts.append("All targets met." if ok else "Some targets were missed (marked **missed**).")
    report = "\n".join(parts)
    print(report)
    if args.readme:
        head, rest = readme.read_text().split(start, 1)
        readme.write_text(f"{head}{start}\n{report}\n{end}{rest.split(end, 1)[1]}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

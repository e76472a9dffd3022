"""Drawing helpers: each takes an ``ax``, draws, and returns what it drew (``00_index``).

Nothing here touches global state; a notebook opts into the series' look with
``plt.style.use(actlab.plotting.STYLE)`` in its setup cell.
"""

from __future__ import annotations

import numpy as np
from cycler import cycler
from matplotlib.ticker import MaxNLocator

from .activations import get_activation

__all__ = ["COLORS", "STYLE", "plot_activation", "plot_derivative",
           "plot_function_and_derivative", "plot_layer_curves", "plot_gallery",
           "plot_layer_histograms", "plot_probability_bars", "plot_probabilities",
           "plot_decision_boundary", "plot_training", "plot_seeds", "plot_dataset",
           "plot_unit_responses", "plot_saturation_map", "free_figure_memory"]

# Okabe & Ito (2008), a palette that stays distinct under every common colour-vision deficiency.
COLORS = {
    "blue": "#0072B2", "orange": "#E69F00", "green": "#009E73", "vermillion": "#D55E00",
    "purple": "#CC79A7", "sky": "#56B4E9", "yellow": "#F0E442", "black": "#000000",
}
_CYCLE = [COLORS[c] for c in ("blue", "orange", "green", "vermillion", "purple", "sky", "black")]

STYLE = {
    "figure.figsize": (9.0, 3.6),
    "figure.dpi": 100,
    "font.size": 12,
    "axes.titlesize": 13,
    "axes.labelsize": 12,
    "legend.fontsize": 12,
    "xtick.labelsize": 12,
    "ytick.labelsize": 12,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "lines.linewidth": 2.2,
    "axes.prop_cycle": cycler(color=_CYCLE),
    "figure.constrained_layout.use": True,
}
"""The series' matplotlib style: projector-sized fonts (>= 12 pt), a light grid, Okabe-Ito colours."""


def _latex_name(act) -> str:
    left = act.latex.split("=")[0].strip()
    return f"${left}$"


def _shade_saturation(ax, act, x, y):
    """Shade the x where the output lies within 3% of a bound; returns the patches."""
    if act.saturates is None:
        return []
    mask = act.saturates(y)
    lo, hi = ax.get_ylim()
    shade = ax.fill_between(x, lo, hi, where=mask, color=COLORS["vermillion"], alpha=0.10,
                            linewidth=0, label="saturated")
    ax.set_ylim(lo, hi)
    return [shade]


def plot_activation(ax, activation, x=None, color=None, label=None, mark=True):
    """Plot an activation on ``ax`` (``01_sigmoid``).

    ``activation`` is a registry name or an object from ``get_activation``. With ``mark``, the
    horizontal asymptotes are dashed and the saturation regions shaded. Returns a dict of the
    artists: ``"line"``, ``"asymptotes"``, ``"saturation"``.
    """
    act = get_activation(activation)
    x = np.linspace(-6, 6, 601) if x is None else np.asarray(x, dtype=float)
    y = act.f(x)
    (line,) = ax.plot(x, y, color=color or COLORS["blue"], label=label or act.title)
    drawn = {"line": line, "asymptotes": [], "saturation": []}
    if mark:
        drawn["asymptotes"] = [ax.axhline(b, color="0.4", linestyle="--", linewidth=1)
                               for b in act.bounds]
        ax.relim()
        ax.autoscale_view()
        drawn["saturation"] = _shade_saturation(ax, act, x, y)
    ax.set_xlabel("$x$")
    ax.set_ylabel(_latex_name(act))
    return drawn


def _jumps(act, x):
    """The kinks of ``act`` within the range of ``x`` where its derivative really jumps, as
    ``(k, left, right)``: ``left`` is the value the library returns at ``k``, ``right`` the limit
    from the right. (ELU with alpha = 1 has a kink in its formula but no jump in its derivative.)"""
    jumps = []
    for k in act.kinks:
        if x.min() <= k <= x.max():
            left, right = (float(v) for v in act.grad(np.array([k, k + 1e-9])))
            if not np.isclose(left, right, rtol=1e-6, atol=1e-6):
                jumps.append((k, left, right))
    return jumps


def _break_at(x, g, jumps):
    """``g`` with a NaN at the first grid point at or right of each jump (``x`` ascending), so
    that a line is not joined across the jump."""
    g = np.array(g, dtype=float)
    for k, _, _ in jumps:
        i = int(np.searchsorted(x, k))
        if i < g.size:
            g[i] = np.nan
    return g


def _mark_jumps(ax, jumps, color, markersize=6):
    """The series' convention at a jump: a filled dot at the value returned, an open dot at the
    other side. Returns the markers, filled then open, for each jump."""
    marks = []
    for k, left, right in jumps:
        marks.append(ax.plot([k], [left], "o", color=color, markersize=markersize)[0])
        marks.append(ax.plot([k], [right], "o", markerfacecolor="white", color=color,
                             markersize=markersize)[0])
    return marks


def plot_derivative(ax, activation, x=None, color=None, label=None):
    """Plot the derivative of an activation on ``ax``; kinks get an open circle at the jump
    and a filled one at the left-hand value the library returns (``01_sigmoid``).

    Returns a dict with ``"line"`` and ``"kinks"``.
    """
    act = get_activation(activation)
    x = np.linspace(-6, 6, 601) if x is None else np.asarray(x, dtype=float)
    jumps = _jumps(act, x)
    g = _break_at(x, act.grad(x), jumps)    # break the line at a jump instead of joining it
    color = color or COLORS["orange"]
    (line,) = ax.plot(x, g, color=color, label=label or f"{act.title}'")
    kinks = _mark_jumps(ax, jumps, color)
    ax.set_xlabel("$x$")
    ax.set_ylabel(_latex_name(act).replace("(x)$", "'(x)$"))
    return {"line": line, "kinks": kinks}


def plot_function_and_derivative(axes, activation, x=None):
    """The function on ``axes[0]`` and its derivative beside it on ``axes[1]`` (``01_sigmoid``).

    Titles carry the LaTeX formula. Returns ``(function_artists, derivative_artists)``.
    """
    act = get_activation(activation)
    f_drawn = plot_activation(axes[0], act, x)
    g_drawn = plot_derivative(axes[1], act, x)
    axes[0].set_title(f"${act.latex}$", fontsize=12)
    axes[1].set_title(f"derivative of {act.title}", fontsize=12)
    return f_drawn, g_drawn


def plot_layer_curves(ax, values, labels=None, log=False, ylabel="", markers=True):
    """One curve per series over layer index 1..L, e.g. gradient norms (``01_sigmoid``).

    ``values`` maps a label to a sequence (or is a list with ``labels``). Returns the lines.
    """
    if not isinstance(values, dict):
        values = dict(zip(labels, values))
    lines = []
    for label, v in values.items():
        v = np.asarray(v, dtype=float)
        lines.append(ax.plot(np.arange(1, len(v) + 1), v, marker="o" if markers else None,
                             markersize=4, label=label)[0])
    if log:
        ax.set_yscale("log")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("layer")
    ax.set_ylabel(ylabel)
    return lines


def plot_seeds(ax, x, runs, label=None, color=None, log=False, band=False):
    """One experiment repeated over seeds: every seed as a faint line, their centre bold
    (``01_sigmoid``). ``runs`` has one row per seed; the centre is the mean, or on a log axis
    (``log=True``) the geometric mean. Returns ``{"seeds": [...], "centre": line}``.

    ``band=True`` (``02_tanh``, for figures with many experiments) shades the range from the
    smallest to the largest seed instead of drawing each seed; the result then has ``"seeds": []``
    and the shading under ``"band"``."""
    runs = np.atleast_2d(np.asarray(runs, dtype=float))
    x = np.asarray(x, dtype=float)
    color = color or ax._get_lines.get_next_color()
    drawn = {}
    if band:
        faint = []
        drawn["band"] = ax.fill_between(x, np.nanmin(runs, axis=0), np.nanmax(runs, axis=0),
                                        color=color, alpha=0.18, linewidth=0)
    else:
        faint = [ax.plot(x, r, color=color, alpha=0.3, linewidth=1)[0] for r in runs]
    with np.errstate(divide="ignore"):
        centre = np.exp(np.nanmean(np.log(runs), axis=0)) if log else np.nanmean(runs, axis=0)
    label = f"{label} ({len(runs)} seeds)" if label else None
    line = ax.plot(x, centre, color=color, linewidth=2.4, label=label)[0]
    if log:
        ax.set_yscale("log")
    return {"seeds": faint, "centre": line, **drawn}


def plot_dataset(ax, X, y, title=None):
    """A 2-D data set as points coloured by class, equal axes (``01_sigmoid``).
    Returns the scatter."""
    from matplotlib.colors import ListedColormap

    k = int(np.max(y)) + 1
    scatter = ax.scatter(X[:, 0], X[:, 1], c=y, cmap=ListedColormap(_CYCLE[:k]), vmin=-0.5,
                         vmax=k - 0.5, s=14, edgecolors="white", linewidths=0.4)
    ax.set_aspect("equal", adjustable="datalim")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    if title:
        ax.set_title(title)
    return scatter


def _grid_over(X, resolution, pad=0.5):
    (x0, y0), (x1, y1) = X.min(axis=0) - pad, X.max(axis=0) + pad
    return np.meshgrid(np.linspace(x0, x1, resolution), np.linspace(y0, y1, resolution))


def plot_unit_responses(axes, net, X, layer=1, units=None, resolution=80):
    """What hidden units compute over the input plane, as TensorFlow Playground shows it
    (``01_sigmoid``): unit ``units[i]`` of hidden layer ``layer`` (1-based) on ``axes[i]``, its
    activation as colour over the plane, with the data ``X`` as small dots. Returns the images."""
    axes = list(np.ravel(axes))
    units = range(len(axes)) if units is None else units
    gx, gy = _grid_over(X, resolution)
    grid = np.column_stack([gx.ravel(), gy.ravel()])
    for i, (_, a) in enumerate(net.layers(grid), start=1):
        if i == layer:
            break
    act = net.activations[layer - 1]
    images = []
    for ax, unit in zip(axes, units):
        values = a[:, unit].reshape(gx.shape)
        lo, hi = (act.bounds[0], act.bounds[-1]) if len(act.bounds) == 2 else (values.min(), values.max())
        images.append(ax.pcolormesh(gx, gy, values, cmap="RdBu_r", vmin=lo, vmax=hi if hi > lo else lo + 1,
                                    shading="auto"))
        ax.scatter(X[:, 0], X[:, 1], s=3, color="0.2")
        ax.set_title(f"layer {layer}, unit {unit + 1}", fontsize=12)
        ax.set_xticks([])
        ax.set_yticks([])
    return images


def plot_saturation_map(ax, net, X, layer):
    """Units against examples for hidden layer ``layer`` (1-based): dark where the unit is
    saturated on that example (within 3% of the range from a bound), ``02_tanh``. Returns the
    image and the saturated share."""
    for i, (_, a) in enumerate(net.layers(X), start=1):
        if i == layer:
            break
    act = net.activations[layer - 1]
    if act.saturates is None:
        raise ValueError(f"{act.title} is unbounded: it has no saturation map")
    mask = act.saturates(a).T
    image = ax.imshow(mask, aspect="auto", cmap="Greys", vmin=0, vmax=1, interpolation="nearest")
    ax.set_xlabel("example")
    ax.set_ylabel("unit")
    ax.set_title(f"layer {layer}: {mask.mean():.0%} saturated", fontsize=12)
    return image, float(mask.mean())


def plot_gallery(axes, names=None, x=None, params=None):
    """Each activation with its derivative (dashed) on one of ``axes`` (``00_index``).

    ``params`` maps a name to the parameters to draw it with, e.g.
    ``{"leaky_relu": {"alpha": 0.1}, "swish": {"beta": 4}}`` (default: the registry's).
    A jump in a derivative is not joined: a filled dot marks the value returned, an open
    dot the other side. Spare axes are switched off. Returns a list of
    ``(function_line, derivative_line)``.
    """
    from .activations import ACTIVATIONS

    names = list(ACTIVATIONS if names is None else names)
    params = {} if params is None else dict(params)
    axes = list(np.ravel(axes))
    if len(axes) < len(names):
        raise ValueError(f"{len(names)} activations need {len(names)} axes, got {len(axes)}")
    x = np.linspace(-4, 4, 401) if x is None else np.asarray(x, dtype=float)
    drawn = []
    for ax, name in zip(axes, names):
        act = get_activation(name, **params.get(name, {}))
        jumps = _jumps(act, x)
        f = ax.plot(x, act.f(x), color=COLORS["blue"], label="$f(x)$")[0]
        g = ax.plot(x, _break_at(x, act.grad(x), jumps), color=COLORS["orange"], linestyle="--",
                    label="$f'(x)$")[0]
        _mark_jumps(ax, jumps, COLORS["orange"], markersize=5)
        ax.set_title(act.title)
        ax.axhline(0, color="0.5", linewidth=0.8)
        ax.axvline(0, color="0.5", linewidth=0.8)
        drawn.append((f, g))
    for ax in axes[len(names):]:
        ax.set_axis_off()
    return drawn


def free_figure_memory(ip=None):
    """Free each figure's memory soon after the notebook cell that showed it (``06_beyond_relu``).

    A matplotlib figure is a web of reference cycles (the figure knows its axes, each axes its
    figure), which Python frees only in a full garbage collection. In a notebook kernel, whose
    imports leave hundreds of thousands of long-lived objects, full collections come rarely, and
    every figure shown keeps a few MB until then. This registers an IPython ``post_run_cell``
    hook that runs a full collection after a cell that made many new objects (at least one
    generation-1 collection since the last full one, as drawing a figure does), so that cheap
    cells stay cheap. Calling it again registers nothing new; outside IPython it does nothing.
    Returns the hook, or None without IPython.
    """
    import gc

    if ip is None:
        try:
            from IPython import get_ipython
        except ImportError:         # pragma: no cover - IPython comes with ipywidgets
            return None
        ip = get_ipython()
    if ip is None:
        return None
    for hook in ip.events.callbacks["post_run_cell"]:
        if getattr(hook, "__name__", "") == "_collect_after_cell":
            return hook

    def _collect_after_cell(result=None):
        if gc.get_count()[2] > 0:
            gc.collect()

    ip.events.register("post_run_cell", _collect_after_cell)
    return _collect_after_cell


def plot_layer_histograms(ax, diagnostics, layers=None):
    """Karpathy-style activation histograms: one outline per hidden layer (``02_tanh``).

    ``diagnostics`` is an :class:`actlab.mlp.Diagnostics`; ``layers`` (0-based) picks some.
    The legend gives each layer's saturated fraction where it is defined. Returns the lines.
    """
    layers = range(len(diagnostics.hist_counts)) if layers is None else layers
    lines = []
    for i in layers:
        counts, edges = diagnostics.hist_counts[i], diagnostics.hist_edges[i]
        density = counts / max(counts.sum(), 1) / np.diff(edges)
        centres = 0.5 * (edges[1:] + edges[:-1])
        sat = diagnostics.saturated[i]
        label = f"layer {i + 1}" + ("" if np.isnan(sat) else f": {sat:.0%} saturated")
        lines.append(ax.plot(centres, density, label=label, linewidth=1.6)[0])
    ax.set_xlabel("activation value")
    ax.set_ylabel("density")
    return lines


def plot_probability_bars(ax, p, labels=None, title=None):
    """A probability vector as labelled bars, one colour per class (``05_softmax``).

    Returns the bars."""
    p = np.asarray(p, dtype=float)
    labels = labels or [f"class {k}" for k in range(len(p))]
    bars = ax.bar(labels, p, color=[_CYCLE[k % len(_CYCLE)] for k in range(len(p))])
    ax.set_ylim(0, 1.08)
    for bar, value in zip(bars, p):
        ax.text(bar.get_x() + bar.get_width() / 2, value + 0.01, f"{value:.2f}",
                ha="center", va="bottom", fontsize=12)
    if title:
        ax.set_title(title)
    return bars


def plot_probabilities(axes, logits, temperature=1.0, labels=None):
    """Logits as bars on ``axes[0]``, their softmax at ``temperature`` on ``axes[1]``
    (``05_softmax``). Returns ``(logit_bars, probability_bars)``."""
    from .activations import softmax

    logits = np.asarray(logits, dtype=float)
    labels = labels or [f"class {k}" for k in range(len(logits))]
    left = axes[0].bar(labels, logits, color=[_CYCLE[k % len(_CYCLE)] for k in range(len(logits))])
    axes[0].axhline(0, color="0.3", linewidth=1)
    axes[0].set_ylabel("logit $z_k$")
    axes[0].set_title("scores (logits)")
    right = plot_probability_bars(axes[1], softmax(logits, temperature=temperature), labels,
                                  title=f"probabilities at T = {temperature:.3g}")
    axes[1].set_ylabel(r"$p_k = \mathrm{softmax}(z / T)_k$")
    return left, right


def plot_decision_boundary(ax, net, X, y, resolution=120):
    """The classes ``net`` predicts over the plane, shaded, with the data on top
    (``07_playground``). Returns ``(contour, scatter)``."""
    from matplotlib.colors import ListedColormap

    gx, gy = _grid_over(X, resolution)
    (x0, x1), (y0, y1) = (gx.min(), gx.max()), (gy.min(), gy.max())
    k = int(y.max()) + 1
    contour = None
    if net.diverged:                                # its predictions would be nonsense: say so
        ax.text(0.5, 0.5, "diverged:\nno predictions", transform=ax.transAxes, ha="center",
                va="center", fontsize=14, color=COLORS["vermillion"])
    else:
        # In blocks of 256 points: small products stay on one thread, where a multithreaded BLAS
        # loses more to waking and waiting for its threads than it gains (a busy or 1-CPU machine).
        grid = np.column_stack([gx.ravel(), gy.ravel()])
        labels = np.concatenate([net.predict(grid[i:i + 256]) for i in range(0, len(grid), 256)])
        labels = labels.reshape(gx.shape)
        k = max(k, int(labels.max()) + 1)
    cmap = ListedColormap(_CYCLE[:k])
    if not net.diverged:
        contour = ax.contourf(gx, gy, labels, levels=np.arange(k + 1) - 0.5, cmap=cmap, alpha=0.25)
    scatter = ax.scatter(X[:, 0], X[:, 1], c=y, cmap=cmap, vmin=-0.5, vmax=k - 0.5, s=14,
                         edgecolors="white", linewidths=0.4)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_xticks([])
    ax.set_yticks([])
    return contour, scatter


def _best_constant_loss(y) -> float:
    """The cross-entropy of the best answer that ignores the input: predict the class shares of
    ``y`` everywhere; it is their entropy (ln 2 for two balanced classes), ``07_playground``."""
    shares = np.bincount(np.asarray(y)) / len(y)
    shares = shares[shares > 0]
    return float(-(shares * np.log(shares)).sum())


def plot_training(axes, run):
    """The playground's six panels for a :class:`actlab.playground.Run` (``07_playground``):

    1. the decision boundary, with the training points (dots) and the held-out test points (rings);
    2. training and test loss, with the loss of the best constant answer dashed;
    3. activation histograms per hidden layer; 4. dead and saturated fractions per layer;
    5. the back-propagated error ||dL/dz|| per layer (the logits last);
    6. the update-to-data ratio per weight matrix against the 1e-3 rule of thumb.

    A run with no epochs yet (:func:`actlab.playground.at_birth`) shows the network at birth: its
    loss as a dot at epoch 0, and in panel 6 the ratio its first full-batch step would have.
    Returns the ``(contour, scatter)`` of the decision boundary."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    from .activations import log_softmax

    axes = list(np.ravel(axes))
    hist, net = run.history, run.net
    epochs_done = len(hist.loss)
    k = int(max(run.y.max(), run.y_test.max())) + 1
    boundary = plot_decision_boundary(axes[0], net, run.X, run.y, resolution=64)
    boundary[1].set_sizes([10])                      # the training points: small dots
    axes[0].scatter(run.X_test[:, 0], run.X_test[:, 1], s=18, marker="o", facecolors="none",
                    edgecolors=[_CYCLE[c % len(_CYCLE)] for c in run.y_test], linewidths=1.0)
    if epochs_done:
        train_acc, test_acc = hist.accuracy[-1], hist.test_accuracy[-1] if hist.test_accuracy else np.nan
        when, losses = f"epoch {epochs_done}", None
    elif net.diverged:
        train_acc = test_acc = np.nan
        when, losses = "diverged", None
    else:                                            # at birth: measure it here, it is cheap
        scores = [(net.forward(X), y) for X, y in ((run.X, run.y), (run.X_test, run.y_test))]
        losses = [-float(np.mean(log_softmax(z, axis=1)[np.arange(len(y)), y])) for z, y in scores]
        train_acc, test_acc = (float(np.mean(np.argmax(z, axis=1) == y)) for z, y in scores)
        when = "at birth"
    axes[0].set_title(f"{when}: test {test_acc:.0%}, train {train_acc:.0%}", fontsize=12)
    axes[0].legend(handles=[Line2D([], [], linestyle="none", marker="o", markersize=4, color="0.3",
                                   label="train"),
                            Line2D([], [], linestyle="none", marker="o", markersize=6, color="0.3",
                                   markerfacecolor="none", label="test")],
                   loc="lower left", fontsize=12, handletextpad=0.1, borderpad=0.3, framealpha=0.8)

    floor = _best_constant_loss(run.y)
    axes[1].axhline(floor, color="0.3", linestyle="--", linewidth=1.2, label="constant answer")
    if epochs_done:
        epochs = np.arange(1, epochs_done + 1)
        axes[1].plot(epochs, hist.loss, color=COLORS["blue"], label="train", linewidth=1.2, zorder=3)
        if hist.test_loss:        # thin lines: a spike of the training loss must not hide behind it
            axes[1].plot(epochs, hist.test_loss, color=COLORS["orange"], label="test", linewidth=1.0)
        finite = [v for v in (*hist.loss, *hist.test_loss) if np.isfinite(v) and v > 0]
        if finite and max(finite) / min(finite) > 30:     # a log axis only when it spans decades
            axes[1].set_yscale("log")
        else:
            axes[1].set_ylim(bottom=0)
    elif losses is not None:
        axes[1].plot([0], [losses[0]], "o", color=COLORS["blue"], label="train")
        axes[1].plot([0], [losses[1]], "s", color=COLORS["orange"], markerfacecolor="none", label="test")
        axes[1].set_ylim(0, max(1.5 * floor, 1.15 * max(losses)))
        axes[1].set_xlim(-1, 10)
    axes[1].legend(loc="best" if epochs_done else "lower right", fontsize=12, framealpha=0.8)
    axes[1].set_xlabel("epoch")
    axes[1].set_ylabel("cross-entropy")
    axes[1].set_title("diverged" if hist.diverged else ("loss" if epochs_done else "loss at birth"))

    epoch, last = hist.diagnostics[-1] if hist.diagnostics else (None, None)
    if last is not None:
        for i, line in enumerate(plot_layer_histograms(axes[2], last)):
            line.set_label(f"layer {i + 1}")     # its saturated share is in the next panel
        if len(last.hist_counts) <= 4:
            axes[2].legend(loc="upper center", fontsize=12)   # between the piles at -1 and +1
        layers = np.arange(1, len(last.dead) + 1)
        # "dead" (z <= 0 on every input) stops a ReLU-type unit; a sigmoid unit with z <= 0 still
        # learns, so it is drawn for ReLU and Leaky ReLU layers only; "saturated" for bounded ones.
        relu_type = np.array([a.name in ("relu", "leaky_relu") for a in net.activations])
        dead = np.where(relu_type, last.dead, 0.0)
        saturated = np.nan_to_num(last.saturated)
        bounded = ~np.isnan(last.saturated)
        # one bar call for both series: each bar is a patch, and patches are slow to add
        # dead is a share of UNITS; saturated a share of activation VALUES (units x points)
        shown = [(-0.2, dead, COLORS["vermillion"], "dead units", relu_type.any()),
                 (0.2, saturated, COLORS["orange"], "saturated values", bounded.any())]
        shown = [s for s in shown if s[4]]
        if shown:
            axes[3].bar(np.concatenate([layers + dx for dx, *_ in shown]),
                        np.concatenate([h for _, h, *_ in shown]), width=0.4,
                        color=[c for _, h, c, *_ in shown for _ in h])
            axes[3].legend(handles=[Patch(color=c, label=label) for _, _, c, label, _ in shown],
                           loc="upper right", fontsize=12)
        axes[3].set_ylim(0, 1.05)
        axes[3].set_xlim(0.4, len(layers) + 0.6)
        if not shown:
            axes[3].text(0.5, 0.5, "not defined for\nthis activation", transform=axes[3].transAxes,
                         ha="center", va="center", fontsize=12, color="0.3")
        positive = last.delta_norm[np.isfinite(last.delta_norm) & (last.delta_norm > 0)]
        spans_decade = positive.size > 0 and positive.max() / positive.min() >= 10
        plot_layer_curves(axes[4], {"dL/dz": last.delta_norm}, log=spans_decade,
                          ylabel=r"$\|\partial L / \partial z_\ell\|$")
        if not spans_decade:               # a log axis only where the values span a decade
            axes[4].set_ylim(bottom=0)
        axes[4].set_xlabel("layer (last: logits)")
        axes[3].xaxis.set_major_locator(MaxNLocator(integer=True))
        epochs = [e for e, _ in hist.diagnostics]
        ratios = np.array([d.update_ratio for _, d in hist.diagnostics])
        for i in range(ratios.shape[1]):          # a ratio of 0 (no update at all) is left out
            axes[5].plot(epochs, np.where(ratios[:, i] > 0, ratios[:, i], np.nan),
                         marker="o" if len(epochs) == 1 else None, linewidth=1.6, zorder=3 - i / 10,
                         label=f"W{i + 1}" + (" (out)" if i == ratios.shape[1] - 1 else ""),
                         color=_CYCLE[i % len(_CYCLE)])    # W_l in the colour of layer l's histogram
        if np.any(ratios > 0):
            axes[5].set_yscale("log")        # room under the lines and the 1e-3 line for the legend
            axes[5].set_ylim(bottom=min(1e-3, float(ratios[ratios > 0].min())) / 12)
        else:
            axes[5].text(0.5, 0.5, "no updates:\nevery gradient is 0", transform=axes[5].transAxes,
                         ha="center", va="center", fontsize=14, color=COLORS["vermillion"])
        if len(epochs) == 1:
            axes[5].set_xlim(-1, 10)
    stage = "at birth" if epoch == 0 else f"epoch {epoch}"
    axes[2].set_title(f"activations, {stage}")
    axes[3].set_title("dead units, saturated values")
    axes[3].set_xlabel("hidden layer")
    axes[3].set_ylabel("fraction")
    axes[4].set_title(r"error $\|\partial L/\partial z_\ell\|$ per layer")
    thumb = axes[5].axhline(1e-3, color="0.3", linestyle="--", linewidth=1, label="rule of thumb")
    matrices = [line for line in axes[5].get_lines() if line.get_label().startswith("W")]
    if matrices and axes[5].get_yscale() == "log":    # which colour is which matrix, and the dashes
        axes[5].legend(handles=[*matrices, thumb], ncol=2, loc="best", fontsize=12, handlelength=1.0,
                       columnspacing=0.6, borderpad=0.3, labelspacing=0.2, framealpha=0.8)
    axes[5].set_title("first step: update / data" if epoch == 0 else "update / data ratio")
    axes[5].set_xlabel("epoch")
    axes[5].set_ylabel(r"$\mathrm{std}(\eta\nabla W) / \mathrm{std}(W)$")
    return boundary

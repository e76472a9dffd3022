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
           "plot_unit_responses", "plot_saturation_map"]

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


def plot_seeds(ax, x, runs, label=None, color=None, log=False):
    """One experiment repeated over seeds: every seed as a faint line, their centre bold
    (``01_sigmoid``). ``runs`` has one row per seed; the centre is the mean, or on a log axis
    (``log=True``) the geometric mean. Returns ``{"seeds": [...], "centre": line}``."""
    runs = np.atleast_2d(np.asarray(runs, dtype=float))
    x = np.asarray(x, dtype=float)
    color = color or ax._get_lines.get_next_color()
    faint = [ax.plot(x, r, color=color, alpha=0.3, linewidth=1)[0] for r in runs]
    with np.errstate(divide="ignore"):
        centre = np.exp(np.nanmean(np.log(runs), axis=0)) if log else np.nanmean(runs, axis=0)
    label = f"{label} ({len(runs)} seeds)" if label else None
    line = ax.plot(x, centre, color=color, linewidth=2.4, label=label)[0]
    if log:
        ax.set_yscale("log")
    return {"seeds": faint, "centre": line}


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
        labels = net.predict(np.column_stack([gx.ravel(), gy.ravel()])).reshape(gx.shape)
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


def plot_training(axes, run):
    """The playground's six panels for a :class:`actlab.playground.Run` (``07_playground``):
    decision boundary with the held-out test points, training and test loss, activation
    histograms, saturated and dead fractions, the back-propagated error ||dL/dz|| per layer,
    and the update-to-data ratio against the 1e-3 rule of thumb."""
    axes = list(np.ravel(axes))
    hist = run.history
    epochs_done = len(hist.loss)
    boundary = plot_decision_boundary(axes[0], run.net, run.X_test, run.y_test)
    train_acc = hist.accuracy[-1] if hist.accuracy else float("nan")
    test_acc = hist.test_accuracy[-1] if hist.test_accuracy else float("nan")
    axes[0].set_title(f"epoch {epochs_done}: test {test_acc:.0%}, train {train_acc:.0%}", fontsize=12)

    if hist.loss:
        epochs = np.arange(1, epochs_done + 1)
        axes[1].plot(epochs, hist.loss, color=COLORS["blue"], label="train")
        if hist.test_loss:
            axes[1].plot(epochs, hist.test_loss, color=COLORS["orange"], label="test")
        axes[1].set_yscale("log")
        axes[1].legend(loc="upper right", fontsize=12)
    axes[1].set_xlabel("epoch")
    axes[1].set_ylabel("cross-entropy")
    axes[1].set_title("diverged" if hist.diverged else "loss")

    last = hist.diagnostics[-1][1] if hist.diagnostics else None
    if last is not None:
        plot_layer_histograms(axes[2], last)
        axes[2].legend(loc="upper right", fontsize=12)
        layers = np.arange(1, len(last.dead) + 1)
        axes[3].bar(layers - 0.2, last.dead, width=0.4, color=COLORS["vermillion"], label="dead")
        saturated = np.nan_to_num(last.saturated)
        axes[3].bar(layers + 0.2, saturated, width=0.4, color=COLORS["orange"], label="saturated")
        axes[3].set_ylim(0, 1.05)
        axes[3].legend(loc="upper right", fontsize=12)
        plot_layer_curves(axes[4], {"dL/dz": last.delta_norm}, log=True,
                          ylabel=r"$\|\partial L / \partial z_\ell\|$")
        axes[4].set_xlabel("layer (last = logits)")
        axes[3].xaxis.set_major_locator(MaxNLocator(integer=True))
        epochs = [e for e, _ in hist.diagnostics]
        ratios = np.array([d.update_ratio for _, d in hist.diagnostics])
        for i in range(ratios.shape[1]):          # a ratio of 0 (no update at all) is left out
            axes[5].plot(epochs, np.where(ratios[:, i] > 0, ratios[:, i], np.nan),
                         label=f"W{i + 1}", linewidth=1.6)
        if np.any(ratios > 0):
            axes[5].set_yscale("log")
            axes[5].legend(loc="lower left", fontsize=12, ncol=2)
        else:
            axes[5].text(0.5, 0.5, "no updates:\nevery gradient is 0", transform=axes[5].transAxes,
                         ha="center", va="center", fontsize=14, color=COLORS["vermillion"])
    axes[2].set_title("activations, last check")
    axes[3].set_title("dead and saturated units")
    axes[3].set_xlabel("layer")
    axes[4].set_title("error reaching each layer")
    axes[5].axhline(1e-3, color="0.3", linestyle="--", linewidth=1)
    axes[5].set_title("update / data ratio; ~1e-3 is healthy")
    axes[5].set_xlabel("epoch")
    return boundary

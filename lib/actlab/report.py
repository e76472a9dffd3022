"""The report card: every yardstick of lessons 1-7 for one activation, beside references
(``08_your_own``).

Each measurement is the one a lesson makes, with the lesson's settings, so the card of a library
activation repeats the numbers its lesson prints. Measurements that depend on random draws run
over the five seeds of the series and report their spread. The references' cards are computed
once per session and kept (a custom activation's never is: its function may change).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from .activations import ACTIVATIONS, activation_names, get_activation, relu
from .language import tr
from .experiments import SEEDS, best_time, born_dead_fraction, fresh_diagnostics, signal_statistics
from .experiments import watch_inactive_units
from .playground import RECOMMENDED_INIT, Config, compare

REFERENCES = ("relu", "tanh", "gelu")
CARD_COLORS = ("vermillion", "blue", "orange", "green", "purple", "sky")
"""The colours of a card's activations, in order (names of :data:`actlab.plotting.COLORS`)."""
TRAINING = {"moons": (60, 0.9), "spirals": (300, 0.8)}
"""Per data set: the epochs each run trains (moons: lesson 7's comparison) and the training
accuracy whose first epoch the card reports."""

HIGH_LR = 0.7          # lesson 4's learning rate for units that die during training
_CACHE: dict = {}       # (name, init, seeds) -> measurements of a library activation


@dataclass
class Card:
    """What :func:`report_card` measured: ``measurements[name]`` per activation, the first
    being the one the card is for; ``str(card)`` is the table, and a notebook shows it as HTML."""

    activations: list
    measurements: dict = field(default_factory=dict)

    def rows(self) -> list:
        """(what, [one formatted value per activation]) for every line of the table."""
        lines = [
            (tr("min, max on [-50, 50]"), lambda m: f"{m['min']}, {m['max']}"),
            (tr("f(0), f′(0)"), lambda m: f"{m['f0']:.3f}, {m['slope0']:.3f}"),
            (tr("monotone"), lambda m: tr("yes") if m["monotone"] else tr("no")),
            (tr("mean on N(0,1)"), lambda m: f"{round(m['mean'], 3) + 0.0:+.3f}"),
            (tr("max |f′| on [-10, 10]"), lambda m: f"{m['max_slope']:.3f}"),
            (tr("flat share (|f′| < 10% of its max)"), lambda m: f"{m['flat']:.1%}"),
            (tr("initialisation"), lambda m: str(m["init"])),
            (tr("error layer 1 / last, depth 10"), lambda m: _spread(m["ratio_10"], "{:.2g}", geometric=True)),
            (tr("error layer 1 / last, depth 20"), lambda m: _spread(m["ratio_20"], "{:.2g}", geometric=True)),
            (tr("dead at birth (width 3, depth 10)"), lambda m: f"{m['born_dead']:.0%}"),
            (tr("inactive after lr {lr} (spirals)", lr=HIGH_LR), lambda m: _inactive(m)),
            (tr("layer 50: mean"), lambda m: _spread(m["mean_50"], "{:+.2g}")),
            (tr("layer 50: variance"), lambda m: _spread(m["var_50"], "{:.2g}", geometric=True)),
        ]
        for dataset, (epochs, target) in TRAINING.items():
            lines.append((tr("{dataset}: test accuracy, {epochs} epochs", dataset=dataset, epochs=epochs),
                          lambda m, d=dataset: _spread(m[f"{d}_test"], "{:.0%}")))
            lines.append((tr("{dataset}: training accuracy", dataset=dataset),
                          lambda m, d=dataset: _spread(m[f"{d}_train"], "{:.0%}")))
            lines.append((tr("{dataset}: epochs to {target:.0%}", dataset=dataset, target=target),
                          lambda m, d=dataset: _epochs(m[f"{d}_epochs"])))
        if all("speed" in m for m in self.measurements.values()):
            lines.append((tr("time / ReLU's (this machine, now)"), lambda m: f"{m['speed']:.1f}x"))
        return [(what, [show(self.measurements[a.name]) for a in self.activations]) for what, show in lines]

    def __str__(self):
        rows = self.rows()
        titles = [a.name for a in self.activations]
        first = max(len(what) for what, _ in rows)
        widths = [max(len(t), *(len(values[i]) for _, values in rows)) for i, t in enumerate(titles)]
        lines = [" " * first + "".join(f"   {t:>{w}}" for t, w in zip(titles, widths))]
        lines += [f"{what:<{first}}" + "".join(f"   {v:>{w}}" for v, w in zip(values, widths))
                  for what, values in rows]
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self):
        head = "".join(f"<th>{a.label}</th>" for a in self.activations)
        body = "".join(f"<tr><td style='text-align:left'>{what}</td>"
                       + "".join(f"<td>{v}</td>" for v in values) + "</tr>" for what, values in self.rows())
        return f"<table><tr><th></th>{head}</tr>{body}</table>"


def report_card(activation, references=REFERENCES, seeds=SEEDS, init=None, timing=False,
                progress=None) -> Card:
    """Measure ``activation`` (a name or an object from :func:`actlab.get_activation`) with every
    yardstick of the series, beside ``references``. ``init`` is the initialisation for
    ``activation`` (its usual one by default; each reference gets its own). With ``timing`` the
    card also times it against ReLU (a number that changes from run to run). ``progress`` is
    called as ``progress(done, total)`` after each activation's measurements."""
    act = _by_name(activation)
    if isinstance(references, str):
        references = (references,)
    others = [r for r in map(_by_name, references) if r.name != act.name]
    seeds = tuple(seeds)
    if not seeds:
        raise ValueError("seeds must name at least one seed")
    card = Card([act] + others)
    for done, a in enumerate(card.activations, start=1):
        chosen = init if a is act and init is not None else RECOMMENDED_INIT.get(a.name, "he")
        card.measurements[a.name] = _measure(a, chosen, seeds)
        if timing:
            card.measurements[a.name]["speed"] = _speed(a)
        if progress is not None:
            progress(done, len(card.activations))
    return card


def _by_name(activation):
    """The registry entry, at its default parameters: the card trains by name (the playground's
    Config), so other parameter values must be registered under a name of their own."""
    act = get_activation(activation)
    if act.params != get_activation(act.name).params:
        raise ValueError(f"the card measures registered activations at their defaults; for {act.title} "
                         f"register it first, e.g. custom_activation('{act.name}(x, "
                         f"{next(iter(act.params.values()))})', name='my_{act.name}')")
    return act


def _measure(act, init, seeds) -> dict:
    key = (act.name, tuple(sorted(act.params.items())), init, seeds)
    if key in _CACHE:                               # only the library's own are ever stored
        return dict(_CACHE[key])
    m = {"init": init}
    m.update(_shape(act))
    for depth in (10, 20):
        m[f"ratio_{depth}"] = [_error_ratio(act, depth, init, s) for s in seeds]
    m["born_dead"] = born_dead_fraction(10, 3, act, init=init, trials=100)
    m["inactive"], m["diverged"] = [], 0
    for s in seeds:
        history, inactive = watch_inactive_units(act, HIGH_LR, epochs=100, init=init, seed=s)
        if history.diverged:
            m["diverged"] += 1
        else:
            m["inactive"].append(float(inactive[-1].mean()))
    stats = np.array([signal_statistics(act, 50, init=init, n_samples=200, seed=s) for s in seeds])
    m["mean_50"], m["var_50"] = list(stats[:, 0, -1]), list(stats[:, 1, -1])
    m["variance_by_layer"] = stats[:, 1, :]
    for dataset, (epochs, target) in TRAINING.items():
        found = compare(activations=(act.name,), datasets=(dataset,), seeds=seeds, target=target,
                        base=Config(init=init, epochs=epochs))[(act.name, dataset)]
        diverged = [not np.isfinite(a) for a in found["train"]]      # its test score is from before
        m[f"{dataset}_test"] = [math.nan if d else a for a, d in zip(found["test"], diverged)]
        m[f"{dataset}_train"] = found["train"]
        m[f"{dataset}_epochs"] = found["epochs"]
    if act.name in ACTIVATIONS:
        _CACHE[key] = dict(m)
    return m


_STEP = 0.001
_XI = np.arange(-12_000, 12_001) * _STEP                      # lesson 6's grid for sums against N(0, 1)
_DENSITY = np.exp(-_XI ** 2 / 2) / math.sqrt(2 * math.pi)


def _normal_mean(values) -> float:
    """E[v(ξ)] for ξ ~ N(0, 1), from ``values`` on the grid ``_XI`` (lesson 6's normal_moments)."""
    return float(np.sum(values * _DENSITY) * _STEP)


def _shape(act) -> dict:
    """Lesson 6's table (range, f'(0), monotone, mean on N(0,1)) and the slope's extent."""
    wide = np.linspace(-50, 50, 20_001)
    y = act.f(wide)
    grid = np.linspace(-10, 10, 20_001)
    largest = float(np.abs(act.grad(grid)).max())
    typical = float(np.abs(act.grad(np.linspace(-3, 3, 6001))).max())
    far = np.linspace(50, 1e6, 20_001)          # beyond the grid: does f keep going?
    with np.errstate(all="ignore"):
        beyond = np.concatenate([act.f(-far), act.f(far)])
    far_low, far_high = float(np.min(beyond)), float(np.max(beyond))
    return {
        "min": "-∞" if far_low < y.min() - 1 else f"{y.min():.3f}",
        "max": "∞" if far_high > y.max() + 1 else f"{y.max():.3g}",
        "f0": float(act.f(0.0)), "slope0": float(act.grad(0.0)),
        "monotone": bool(np.all(np.diff(y) >= 0)),
        "mean": _normal_mean(act.f(_XI)),
        "max_slope": largest,
        "flat": _normal_mean(np.abs(act.grad(_XI)) < 0.1 * typical) if typical > 0 else 1.0,
    }


def _error_ratio(act, depth, init, seed) -> float:
    d = fresh_diagnostics(act, depth, init=init, seed=seed)
    return float(d.delta_norm[0] / d.delta_norm[-2]) if d.delta_norm[-2] > 0 else 0.0


def _speed(act) -> float:
    z = np.random.default_rng(0).standard_normal(100_000)
    return best_time(act.f, z) / best_time(relu, z)


def _spread(values, fmt, geometric=False) -> str:
    """centre [smallest, largest]; a run that diverged (NaN) is left out and counted."""
    values = np.asarray(values, float)
    lost = int(np.sum(~np.isfinite(values)))
    values = values[np.isfinite(values)]
    if lost:
        return (_spread(values, fmt, geometric) if values.size else "-") + tr(" ({count} diverged)", count=lost)
    if values.size == 0:
        return "-"
    if geometric:
        centre = math.exp(np.mean(np.log(values))) if np.all(values > 0) else float(np.median(values))
    else:
        centre = float(np.mean(values))
    if values.size == 1:
        return fmt.format(centre)
    return f"{fmt.format(centre)} [{fmt.format(values.min())}, {fmt.format(values.max())}]"


def _inactive(m) -> str:
    shown = _spread(m["inactive"], "{:.0%}")
    return shown + (tr(" ({count} diverged)", count=m["diverged"]) if m["diverged"] else "")


def _epochs(epochs) -> str:
    reached = [e for e in epochs if e is not None]
    if len(reached) * 2 <= len(epochs):
        return f"- ({len(reached)}/{len(epochs)})"
    return f"{np.median([e if e is not None else math.inf for e in epochs]):.0f} ({len(reached)}/{len(epochs)})"


# --------------------------------------------------------------------------- the figure

def plot_report_card(axes, card: Card, colors=None):
    """Six small multiples of ``card`` on ``axes`` (a 2 x 3 array): the function, its slope,
    the error through depth, the variance through 50 layers, dead units, test accuracy per seed.
    The card's activation is drawn first and boldest. Returns the lines of the first panel."""
    from .plotting import COLORS, plot_activation, plot_derivative

    axes = np.asarray(axes).ravel()
    palette = colors or [COLORS[name] for name in CARD_COLORS]
    x = np.linspace(-4, 4, 801)
    drawn = []
    for i, act in enumerate(card.activations):
        m, color = card.measurements[act.name], palette[i % len(palette)]
        width, order = (2.6, 3) if i == 0 else (1.4, 2)
        line = plot_activation(axes[0], act, x, color=color, label=act.name, mark=False)["line"]
        slope = plot_derivative(axes[1], act, x, color=color, label=act.name)["line"]
        for artist in (line, slope):
            artist.set(linewidth=width, zorder=order)
        drawn.append(line)
        for j, depth in enumerate((10, 20)):
            values = np.asarray(m[f"ratio_{depth}"], float)
            axes[2].scatter(np.full(values.size, j + (i - 1) * 0.12), np.maximum(values, 1e-30), s=18,
                            color=color, zorder=order)
        variance = np.exp(np.mean(np.log(np.maximum(m["variance_by_layer"], 1e-300)), axis=0))
        axes[3].plot(np.arange(variance.size), variance, color=color, linewidth=width, zorder=order)
        inactive = np.mean(m["inactive"]) if m["inactive"] else np.nan
        axes[4].bar([i - 0.2, i + 0.2], [m["born_dead"], inactive], width=0.38, color=color,
                    alpha=1.0 if i == 0 else 0.75, hatch=["", "//"])
        for j, dataset in enumerate(TRAINING):
            values = np.asarray(m[f"{dataset}_test"], float)
            axes[5].scatter(np.full(values.size, j + (i - 1) * 0.12), values, s=18, color=color, zorder=order)
    axes[0].set(title="f(x)", ylabel="")
    axes[0].legend(loc="upper left", fontsize=9)
    axes[1].set(title="f′(x)", ylabel="")
    axes[2].set(title="error layer 1 / last, 5 seeds", yscale="log", xticks=[0, 1],
                xticklabels=["depth 10", "depth 20"], xlim=(-0.6, 1.6))
    axes[2].axhline(1, color="0.5", linestyle="--", linewidth=1)
    axes[3].set(title="variance through 50 layers", yscale="log", xlabel="layer")
    axes[3].axhline(1, color="0.5", linestyle="--", linewidth=1)
    axes[4].set(title="dead at birth | inactive after lr 0.7 (//)", ylim=(0, 1), xticks=range(len(card.activations)),
                xticklabels=[a.name for a in card.activations])
    axes[5].set(title="test accuracy, 5 seeds", ylim=(0.3, 1.02), xticks=range(len(TRAINING)),
                xticklabels=list(TRAINING), xlim=(-0.6, len(TRAINING) - 0.4))
    return drawn


# --------------------------------------------------------------------------- the checkers

def _attempt(activation, title):
    """A student's answer as ``(activation, None)``: a registered name or object, or a formula or
    function (registered as "attempt"); else ``(None, feedback)`` saying why it is not one yet."""
    from .custom import custom_activation
    from .exercises import WRONG, Feedback, _not_attempted, _setup_first, setup_missing

    if setup_missing():
        return None, _setup_first()
    if activation is None or activation is Ellipsis:
        return None, _not_attempted(title)
    try:
        if isinstance(activation, str) and activation not in activation_names():
            return custom_activation(activation, name="attempt"), None
        if callable(activation) and not hasattr(activation, "f"):
            return custom_activation(activation, name="attempt"), None
        return get_activation(activation), None
    except (TypeError, ValueError) as error:
        return None, Feedback(WRONG, tr("{title}: this is not an activation yet: {error}", title=title, error=error))


def check_beats_relu(activation, seeds=SEEDS, need=4):
    """Exercise 1 of ``08_your_own``: an activation whose test accuracy on spirals (the card's
    run: 300 epochs, five seeds) is higher than ReLU's in at least ``need`` of the seeds."""
    from .exercises import CORRECT, WRONG, Feedback

    title = tr("an activation that beats ReLU on spirals")
    act, feedback = _attempt(activation, title)
    if act is None:
        return feedback
    epochs, target = TRAINING["spirals"]
    init = RECOMMENDED_INIT.get(act.name, "he")
    found = compare(activations=(act.name,), datasets=("spirals",), seeds=seeds, target=target,
                    base=Config(init=init, epochs=epochs))[(act.name, "spirals")]["test"]
    relu_found = _measure(get_activation("relu"), "he", tuple(seeds))["spirals_test"]
    wins = sum(a > b for a, b in zip(found, relu_found))
    report = tr("{title}: test accuracy {yours} against ReLU's {relu}: higher in {wins} of {total} seeds.",
                title=title, yours=" ".join(f"{a:.1%}" for a in found),
                relu=" ".join(f"{b:.1%}" for b in relu_found), wins=wins, total=len(found))
    if wins >= need:
        return Feedback(CORRECT, report + tr(" Well done!"))
    return Feedback(WRONG, report + tr(" It needs {need}. Read ReLU's card: half its inputs get no gradient. "
                                       "Which shapes would avoid that?", need=need))


def check_centred_unsaturated(activation):
    """Exercise 2 of ``08_your_own``: zero-centred (|E f(ξ)| <= 0.05 for ξ ~ N(0, 1)), never
    saturating (|f'| >= 10% of its largest value everywhere on [-50, 50]) and not a straight line."""
    from .exercises import CORRECT, WRONG, Feedback

    title = tr("a zero-centred activation that never saturates")
    act, feedback = _attempt(activation, title)
    if act is None:
        return feedback
    mean = _normal_mean(act.f(_XI))
    x = np.linspace(-50, 50, 100_001)
    slope = np.abs(act.grad(x))
    smallest, largest = float(slope.min()), float(slope.max())
    near = np.linspace(-3, 3, 601)
    y = act.f(near)
    line = np.polyval(np.polyfit(near, y, 1), near)
    bend = float(np.max(np.abs(y - line)))
    if abs(mean) > 0.05:
        return Feedback(WRONG, tr("{title}: its mean on N(0,1) is {mean:+.3f}; zero-centred means within "
                                  "0.05 of 0.", title=title, mean=mean))
    if largest == 0 or smallest < 0.1 * largest:
        at = float(x[np.argmin(slope)])
        return Feedback(WRONG, tr("{title}: its slope drops to {small:.3g} at x = {at:.3g}, below 10% of its "
                                  "largest, {large:.3g}: there a unit barely learns. The slope must stay at 10% "
                                  "or more everywhere on [-50, 50].", title=title,
                                  small=smallest if smallest > 1e-12 * largest else 0.0, at=at, large=largest))
    if bend < 0.01 * max(float(np.ptp(y)), 1e-12):
        return Feedback(WRONG, tr("{title}: it is (almost) a straight line on [-3, 3]; a network of straight "
                                  "lines is one straight line, whatever its depth. Bend it.", title=title))
    return Feedback(CORRECT, tr("{title}: correct: mean {mean:+.3f}, slope between {small:.3g} and {large:.3g} "
                                "on [-50, 50]. Now look at its card: is never saturating enough?",
                                title=title, mean=mean, small=smallest, large=largest))

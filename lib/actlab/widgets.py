"""Explorers: ipywidgets controls around one figure (``00_index``).

An :class:`Explorer` owns a matplotlib ``Figure`` and an ``Image`` widget. Whenever a
control changes it wipes the axes, calls a ``draw(axes, values)`` function (the drawing
lives in ``actlab.plotting`` or the notebook, never in the callback), renders a PNG and puts
it in the image. That keeps an update to one redraw, works the same in JupyterLab and Voila,
and lets a plain pytest set ``control.value`` and see ``renders`` go up.
"""

from __future__ import annotations

import base64
import html
import io
import math
from dataclasses import replace

import ipywidgets as widgets
import matplotlib
import numpy as np
import PIL.Image
import traitlets
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullLocator

from .activations import ACTIVATIONS, activation_names, get_activation, leaky_relu
from .datasets import DATASETS
from .language import tr
from .experiments import born_dead_fraction, fresh_diagnostics, signal_statistics, train_and_watch
from .playground import Config, at_birth, train
from .plotting import (COLORS, STYLE, plot_activation, plot_derivative, plot_function_and_derivative,
                       plot_layer_curves, plot_layer_histograms, plot_probabilities, plot_training)
from .plotting import _break_at, _jumps, _mark_jumps

__all__ = ["Explorer", "range_slider", "activation_explorer", "neuron_explorer", "depth_explorer",
           "gain_explorer", "dying_relu_explorer", "born_dead_explorer", "leaky_explorer",
           "softmax_explorer", "selu_explorer", "playground"]


class Explorer(widgets.VBox):
    """Controls above a figure that ``draw(axes, values)`` redraws on every change.

    ``controls`` maps a name to a widget; ``values`` passed to ``draw`` maps the same names
    to the widgets' values. ``grid=(nrows, ncols)`` sets the axes ``draw`` receives (one
    ``Axes`` for a 1 x 1 grid, else a flat array). The axes are made once; an update removes
    what the last draw put on them and draws again, which keeps a step near the cost of
    rendering the PNG. After each update ``renders`` counts the redraws, ``result`` holds what
    ``draw`` returned and ``error`` the message of a failed draw (None if it drew).

    With ``button="Train"`` (for work that takes longer than a redraw) a change of a control
    only says that the figure is out of date; pressing the button redraws, and ``draw`` finds
    in ``values["progress"]`` a function to report its progress (a fraction) to a bar and in
    ``values["show"]`` one to show an intermediate frame. ``caption(result)`` gives HTML to
    show under the figure; ``caption_rows`` says how many rows it may take (a table), for the
    slides' estimate of the explorer's height.

    With a button, ``preview(axes, values)`` (optional) is a cheap picture of the settings
    before the long work, e.g. the data and the network at birth: the explorer opens with it,
    and every change of a control redraws it at once (``previews`` counts them; ``renders``
    counts previews and full draws alike). The button still does the long work.
    """

    def __init__(self, draw, controls, grid=(1, 2), figsize=None, dpi=90, margins=None,
                 header=None, extra=None, button=None, caption=None, preview=None, caption_rows=None):
        self.draw = draw
        self.preview = preview if button else None
        self.previews = 0
        self.controls = dict(controls)
        # Fixed margins instead of STYLE's constrained layout, which would cost a layout pass per step.
        with matplotlib.rc_context(_DRAW_STYLE):
            self.figure = Figure(figsize=figsize or STYLE["figure.figsize"], dpi=dpi)
            FigureCanvasAgg(self.figure)        # one canvas, so text layouts stay cached
            axes = self.figure.subplots(*grid, squeeze=False)
        self.axes = axes[0, 0] if axes.size == 1 else axes.ravel()
        self.figure.subplots_adjust(**{**_MARGINS, **(margins or {})})
        self.image = widgets.Image(format="png", layout=widgets.Layout(max_width="100%", align_self="flex-start"))
        self.message = widgets.HTML()
        self.caption = caption
        self.caption_rows = caption_rows       # a caption taller than a line or two: a table's rows
        self.caption_box = widgets.HTML()
        self.renders = 0
        self.frames = 0
        self.result = None
        self.error = None
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        rows = [header] if header is not None else []
        rows.append(widgets.HBox(list(self.controls.values()) if extra is None else extra,
                                 layout=widgets.Layout(flex_flow="row wrap")))
        self.button = self.progress = None
        if button:
            self.button = widgets.Button(description=tr(button), button_style="primary", icon="play")
            self.button.on_click(lambda _: self.update())
            self.progress = widgets.FloatProgress(value=0.0, min=0.0, max=1.0, description=tr("progress"))
            rows.append(widgets.HBox([self.button, self.progress]))
        # Hidden while the kernel is connected; after a restart (when ipywidgets marks the views
        # disconnected) the stylesheet in it shows it and dims the figure, saying why nothing responds.
        self.offline_note = widgets.HTML(_offline_note(), layout=widgets.Layout(display="none"))
        self.offline_note.add_class("actlab-offline")
        super().__init__(rows + [self.offline_note, self.message, self.image, self.caption_box])
        self.add_class("actlab-explorer")
        if self.preview is not None:
            self.update_preview()
        else:
            self.update()

    @property
    def values(self) -> dict:
        values = {name: control.value for name, control in self.controls.items()}
        if self.progress is not None:
            values["progress"] = self._report
            values["show"] = self.show
        return values

    def show(self, draw_frame):
        """Draw an intermediate frame (``draw_frame(axes)``) while long work goes on."""
        self._wipe_all()
        with matplotlib.rc_context(_DRAW_STYLE):
            draw_frame(self.axes)
        self._render()
        self.frames += 1

    def _report(self, fraction):
        self.progress.value = min(max(float(fraction), 0.0), 1.0)

    def _on_change(self, change):
        if self.button is None:
            self.update()
        elif self.preview is not None:
            self.update_preview()
        else:
            self.message.value = tr("Settings changed: press <b>{button}</b> to see them.",
                                    button=self.button.description)

    def _wipe_all(self):
        for ax in self.figure.axes:
            _wipe(ax)

    def update(self):
        """Redraw the whole figure from the current values and show it."""
        self._redraw(self.draw, "")

    def update_preview(self):
        """Draw the preview of the current values (an explorer made with ``preview``) and show it."""
        self._redraw(self.preview, tr("Before training: press <b>{button}</b> to train these settings.",
                                      button=self.button.description))
        self.previews += 1

    def _redraw(self, draw, note):
        self._wipe_all()
        if self.progress is not None:
            self.progress.value = 0.0
        try:
            with matplotlib.rc_context(_DRAW_STYLE):
                self.result = draw(self.axes, self.values)
        except Exception as exc:  # noqa: BLE001 - whatever a setting breaks, the page says it in words
            # A value the drawing cannot use: say so plainly, keep the controls usable.
            self._wipe_all()
            self.error = str(exc)
            self.message.value = tr("<b>Cannot draw this setting:</b> {error}", error=html.escape(str(exc)))
        else:
            self.error = None
            self.message.value = note
            if self.caption is not None:
                self.caption_box.value = self.caption(self.result)
        self._render()
        self.renders += 1

    def _render(self):
        self.figure.canvas.draw()
        # Fast zlib settings: a slider step should cost the drawing, not the encoding.
        self.image.value = self._png(compress_level=1)

    def _png(self, compress_level):
        """The figure as last drawn, as PNG bytes (RGB)."""
        canvas = self.figure.canvas
        rgba = PIL.Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
        buffer = io.BytesIO()
        rgba.convert("RGB").save(buffer, format="png", compress_level=compress_level)
        return buffer.getvalue()

    def _repr_mimebundle_(self, **kwargs):
        """The live explorer, and beside it a still image of its figure as it is now: what a viewer
        without a kernel shows (GitHub, nbconvert, the handouts). JupyterLab, Voila and the classic
        Notebook prefer the widget. (ipywidgets 7 displays widgets by ``_ipython_display_``, so there
        this is not called and no still is shown.) The metadata say what surrounds the figure, for
        tools/slides.py to size the explorer's slide."""
        bundle = super()._repr_mimebundle_(**kwargs)
        if bundle is None or not self.image.value:
            return bundle
        bundle["image/png"] = base64.b64encode(self._png(compress_level=9)).decode("ascii")
        layout = {"controls": len(self.controls), "button": self.button is not None, "caption": self.caption is not None}
        if self.caption_rows:
            layout["caption_rows"] = self.caption_rows
        return bundle, {"actlab/explorer": layout}


def _offline_note() -> str:
    """The note an explorer shows once its kernel has stopped or restarted (``00_index``). It is plain
    CSS: ipywidgets gives every view of a closed kernel the class ``jupyter-widgets-disconnected``
    (JupyterLab, Voila, the classic Notebook), and no code can run then to say so."""
    return ("<style>.actlab-explorer.jupyter-widgets-disconnected > .actlab-offline "
            "{display: block !important; border-left: 4px solid #D55E00; padding: 2px 10px; margin: 4px 0}"
            ".actlab-offline .widget-html-content {line-height: 1.4}"
            ".actlab-explorer.jupyter-widgets-disconnected > .widget-image {opacity: 0.45}</style>"
            + tr("<b>This explorer no longer responds:</b> the kernel that ran it has stopped or restarted. Run all "
                 "the cells again to bring it back (JupyterLab: Run → Run All Cells; Colab: Runtime → Run all)."))


_DRAW_STYLE = {**STYLE, "figure.constrained_layout.use": False}
_MARGINS = dict(left=0.1, right=0.98, bottom=0.16, top=0.85, wspace=0.32, hspace=0.45)


def _wipe(ax):
    """Remove what a draw put on ``ax`` but keep the axes (and their tick machinery)."""
    for container in list(ax.containers):      # bar containers, which legends also read
        container.remove()
    for artist in [*ax.lines, *ax.collections, *ax.patches, *ax.texts, *ax.images]:
        artist.remove()
    if ax.get_legend() is not None:
        ax.get_legend().remove()
    ax.set_title("")
    ax.set_prop_cycle(STYLE["axes.prop_cycle"])     # each draw starts from the first colour again
    if ax.get_yscale() != "linear":
        ax.set_yscale("linear")
    # At most ~6 ticks an axis: fewer, larger labels read better on a projector, and tick labels
    # are most of the cost of rendering a frame. A draw may still set its own locator.
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=5))
    ax.relim()
    ax.set_autoscale_on(True)


def _plain_power(value, _position=None):
    """A tick label on a log axis as plain text, e.g. 2e-3: no mathtext to lay out per frame."""
    if value <= 0:
        return ""
    exponent = int(np.floor(np.log10(value) + 1e-9))
    mantissa = value / 10.0 ** exponent
    if -1 <= exponent <= 2:
        return f"{value:g}"
    return f"{mantissa:.0f}e{exponent}" if abs(mantissa - round(mantissa)) < 1e-6 else f"{value:.1g}"


def _thin_ticks(axes, _drawn=None, integer_x=(3, 4)):
    """About 4 labelled ticks on each axis of ``axes``, no minor ticks, and plain-text labels on
    log axes: the playground's six panels redraw faster and their labels stay large.
    ``integer_x``: the axes whose x counts layers."""
    for i, ax in enumerate(np.ravel(axes)):
        for axis in (ax.xaxis, ax.yaxis):
            if axis.get_scale() == "log":
                lo, hi = sorted(axis.get_view_interval())
                span = hi / lo if lo > 0 else np.inf
                axis.set_minor_locator(NullLocator())
                if span < 10:                               # within a decade: a few round values
                    axis.set_major_locator(MaxNLocator(nbins=3))
                    axis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:.2g}"))
                else:                                       # 1, 2, 5 x a power over few decades
                    axis.set_major_locator(LogLocator(subs=(1.0, 2.0, 5.0) if span < 100 else (1.0,),
                                                      numticks=5))
                    axis.set_major_formatter(FuncFormatter(_plain_power))
            elif len(axis.get_ticklocs()):
                axis.set_major_locator(MaxNLocator(nbins=3, integer=axis is ax.xaxis and i in integer_x))


def range_slider(value=(-6.0, 6.0), limits=(-20.0, 20.0), step=0.5, description="x range"):
    """A range slider whose two ends never meet or cross (``00_index``).

    If a user drags one end onto the other, the other end moves one step away.
    """
    slider = widgets.FloatRangeSlider(value=value, min=limits[0], max=limits[1], step=step,
                                      description=tr(description), continuous_update=False,
                                      readout_format=".1f",
                                      layout=widgets.Layout(width="420px"))

    def keep_apart(change):
        lo, hi = change["new"]
        if hi - lo < step:
            slider.value = (lo, lo + step) if lo + step <= slider.max else (hi - step, hi)

    slider.observe(keep_apart, names="value")
    return slider


def _param_controls(names):
    """One slider per (activation, parameter), and GELU's approximation as a dropdown."""
    controls = {}
    for name in names:
        act = get_activation(name)
        for spec in act.specs:
            controls[f"{name}.{spec.name}"] = _control(widgets.FloatSlider,
                value=spec.default, min=spec.low, max=spec.high, step=spec.step,
                description=spec.name, continuous_update=True, readout_format=".2f")
        if name == "gelu":
            controls["gelu.approximate"] = _control(widgets.Dropdown,
                options=["none", "tanh"], value="none", description="approximate",
                style={"description_width": "initial"})
    return controls


def _params_of(name, values):
    prefix = f"{name}."
    return {k[len(prefix):]: v for k, v in values.items() if k.startswith(prefix)}


def activation_explorer(name="sigmoid", names=None, x_range=(-6.0, 6.0), dpi=90, overlay=False,
                        legend_loc="upper left", readout=False):
    """Pick a registry activation, move its parameters and the input range, and see the
    function beside its derivative (``00_index``).

    Only the sliders of the chosen activation are shown. With ``overlay=True`` a second
    dropdown draws another activation (at its default parameters) dashed on the same axes,
    for comparison (``explorer``); ``legend_loc`` places its legends (e.g. ``"best"``, so that
    they do not hide a dot). With ``readout=True`` a caption under the figure prints f and f'
    at both ends of the range and the two sides of every jump of the derivative, so that
    values need not be read off the axes. ``names`` defaults to every registered activation,
    your own included (:func:`actlab.activation_names`). Returns the :class:`Explorer`.
    """
    names = list(activation_names() if names is None else names)
    if name not in names:
        raise ValueError(f"{name!r} is not among the explorer's activations {names}")
    choice = _control(widgets.Dropdown, options=[(get_activation(n).label, n) for n in names], value=name,
                              description="activation")
    span = range_slider(value=x_range, limits=(min(-20.0, x_range[0]), max(20.0, x_range[1])))
    params = _param_controls(names)
    params_box = widgets.HBox()

    def show_params(_=None):
        params_box.children = [c for k, c in params.items() if k.startswith(f"{choice.value}.")]

    second = _control(widgets.Dropdown, options=[("(none)", "")] + [(get_activation(n).label, n) for n in names],
                              value="", description="compare with", style={"description_width": "initial"})

    def draw(axes, values):
        act = get_activation(values["activation"], **_params_of(values["activation"], values))
        x = np.linspace(*values["x range"], 601)
        drawn = plot_function_and_derivative(axes, act, x)
        if values.get("compare with"):
            other = get_activation(values["compare with"])
            jumps = _jumps(other, x)                    # a jump is not joined: dots, as above
            axes[0].plot(x, other.f(x), color="0.35", linestyle="--", label=other.title)
            axes[1].plot(x, _break_at(x, other.grad(x), jumps), color="0.35", linestyle="--",
                         label=f"{other.title}'")
            _mark_jumps(axes[1], jumps, "0.35")
            axes[0].legend(loc=legend_loc, fontsize=12)
            axes[1].legend(loc=legend_loc, fontsize=12)
        return drawn

    def caption(_result):
        values = {name: control.value for name, control in controls.items()}
        return activation_readout(get_activation(values["activation"], **_params_of(values["activation"], values)),
                                  values["x range"])

    choice.observe(show_params, names="value")
    show_params()
    controls = {"activation": choice, "x range": span, **params}
    top = [choice, span]
    if overlay:
        controls["compare with"] = second
        top.append(second)
    return Explorer(draw, controls, dpi=dpi, caption=caption if readout else None,
                    extra=[widgets.VBox([widgets.HBox(top, layout=widgets.Layout(flex_flow="row wrap")),
                                         params_box])])


def activation_readout(activation, x_range):
    """HTML: f and f' of ``activation`` at both ends of ``x_range``, and the value returned and
    the value just to the right at every jump of f' inside it (``explorer``)."""
    act = get_activation(activation)
    lo, hi = (float(v) for v in x_range)
    parts = []
    for x in (lo, hi):
        f, g = (float(v) for v in (act.f(np.array(x)), act.grad(np.array(x))))
        parts.append(tr("at x = {x:g}: f = {f:.4g}, f\u2032 = {g:.3g}", x=x, f=f, g=g))
    for k, left, right in _jumps(act, np.array([lo, hi])):
        parts.append(tr("at x = {k:g} f\u2032 jumps: {left:.4g} returned (filled dot), {right:.4g} just to "
                        "the right (open dot)", k=k, left=left, right=right))
    return f"<b>{html.escape(act.title)}</b> \u2014 " + "; ".join(html.escape(p) for p in parts)


# ------------------------------------------------------------------------------ lesson explorers

def _control(kind, **options):
    """A control of ``kind`` (slider or dropdown) holding exactly ``options["value"]``: a value
    outside its range or choices is a ValueError naming the control, never silently changed."""
    name = options.get("description", "value")
    if "description" in options:
        options["description"] = tr(options["description"])
    try:
        control = kind(**options)
    except traitlets.TraitError:
        choices = [o[1] if isinstance(o, tuple) else o for o in options.get("options", ())]
        raise ValueError(f"{name} must be one of {', '.join(map(repr, choices))}, "
                         f"got {options.get('value')!r}") from None
    wanted = options.get("value")
    if wanted is not None and "options" not in options and not np.isclose(control.value, wanted, rtol=1e-9):
        low, high = (control.min, control.max) if kind is not widgets.FloatLogSlider else (
            control.base ** control.min, control.base ** control.max)
        raise ValueError(f"{name} must lie between {low:g} and {high:g}, got {wanted!r}")
    return control


def _whole_arg(name, value, low, high):
    """An explorer's whole-number argument within [low, high], or a ValueError/TypeError naming it."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"{name} must be a whole number from {low} to {high}, got {value!r}")
    if not low <= value <= high:
        raise ValueError(f"{name} must be a whole number from {low} to {high}, got {value!r}")
    return int(value)


def _slider(description, value, low, high, step, continuous=True, fmt=".2f", width="360px"):
    return _control(widgets.FloatSlider, value=value, min=low, max=high, step=step, description=description,
                               continuous_update=continuous, readout_format=fmt,
                               style={"description_width": "initial"},
                               layout=widgets.Layout(width=width))


def neuron_explorer(activation="sigmoid", x_range=(-8.0, 8.0)):
    """One neuron f(w x + b): how the weight narrows the active region and the bias shifts it,
    and the local gradient w f'(w x + b) that backpropagation multiplies by (``01_sigmoid``)."""
    act = get_activation(activation)
    x = np.linspace(*x_range, 601)

    def draw(axes, v):
        w, b = v["weight w"], v["bias b"]
        z = w * x + b
        y, g = act.f(z), w * act.grad(z)
        f_line = axes[0].plot(x, y, color=COLORS["blue"])[0]
        for bound in act.bounds:
            axes[0].axhline(bound, color="0.4", linestyle="--", linewidth=1)
        if act.saturates is not None:
            axes[0].fill_between(x, 0, 1, where=act.saturates(y), color=COLORS["vermillion"],
                                 alpha=0.10, linewidth=0, transform=axes[0].get_xaxis_transform(),
                                 label="saturated")
        axes[0].set_xlabel("input $x$")
        axes[0].set_ylabel("output")
        # Plain text, no legend: parsing new mathtext or laying out a legend costs milliseconds.
        axes[0].set_title(f"{act.label}(w·x + b), w = {w:.2f}, b = {b:.2f}")
        g_line = axes[1].plot(x, g, color=COLORS["orange"])[0]
        axes[1].set_xlabel("input $x$")
        axes[1].set_ylabel(r"$\partial\, \mathrm{out} / \partial x = w\, f'(wx+b)$")
        axes[1].set_title(f"local gradient, largest |value| {np.max(np.abs(g)):.3f}")
        return f_line, g_line

    controls = {"weight w": _slider("weight w", 1.0, -6.0, 6.0, 0.1),
                "bias b": _slider("bias b", 0.0, -6.0, 6.0, 0.1)}
    return Explorer(draw, controls)


def depth_explorer(activation="sigmoid", depth=10, init="xavier"):
    """The back-propagated error ||dL/dz|| reaching every layer of a fresh deep network, and the
    fraction of units at rest (saturated for a bounded activation, dead otherwise), as depth,
    initialisation and weight scale change (``01_sigmoid``)."""

    def draw(axes, v):
        d = fresh_diagnostics(v["activation"], int(v["depth"]), init=v["init"], scale=v["weight scale"])
        lines = plot_layer_curves(axes[0], {"dL/dz": d.delta_norm[:-1]}, log=True,
                                  ylabel=r"$\|\partial L / \partial z_\ell\|$")
        axes[0].set_title(f"layer 1 / layer {len(d.delta_norm) - 1}: "
                          f"{d.delta_norm[0] / d.delta_norm[-2]:.2g}")
        bounded = not np.isnan(d.saturated).all()
        rest = d.saturated if bounded else d.dead
        plot_layer_curves(axes[1], {"saturated" if bounded else "dead": rest},
                          ylabel="fraction saturated" if bounded else "fraction of dead units")
        axes[1].set_ylim(-0.03, 1.03)
        axes[1].set_title(f"mean over layers: {np.mean(rest):.0%}")
        return lines, d

    controls = {
        "activation": _control(widgets.Dropdown, options=list(activation_names()), value=activation,
                               description="activation"),
        "depth": _control(widgets.IntSlider, value=depth, min=2, max=40, description="depth",
                                   continuous_update=False),
        "init": _control(widgets.Dropdown, options=["xavier", "he", "lecun"], value=init, description="init"),
        "weight scale": _control(widgets.FloatLogSlider, value=1.0, base=2, min=-3, max=3, step=0.25,
                                               description="weight scale", continuous_update=False,
                                               style={"description_width": "initial"}),
    }
    return Explorer(draw, controls)


def gain_explorer(activation="tanh", depth=8, gain=1.0, width=64):
    """Activation histograms of every layer of a fresh network of ``depth`` layers of ``width``
    units and their saturated fraction, against the initialisation gain
    (std = gain / sqrt(fan_in)) (``02_tanh``)."""
    depth, width = _whole_arg("depth", depth, 1, 100), _whole_arg("width", width, 1, 1024)

    def draw(axes, v):
        d = fresh_diagnostics(v["activation"], depth, init=v["gain"], width=width)
        lines = plot_layer_histograms(axes[0], d, layers=range(0, depth, max(1, depth // 4)))
        axes[0].legend(loc="upper center", fontsize=12)
        axes[0].set_title(f"gain {v['gain']:.2f}: activations per layer")
        plot_layer_curves(axes[1], {"saturated": d.saturated}, ylabel="fraction saturated")
        axes[1].set_ylim(-0.03, 1.03)
        axes[1].set_title(f"layer {depth}: {d.saturated[-1]:.0%} saturated, std {d.act_std[-1]:.2f}")
        return lines, d

    controls = {
        "activation": _control(widgets.Dropdown, options=["tanh", "sigmoid"], value=activation, description="activation"),
        "gain": _slider("gain", gain, 0.25, 5.0, 0.05, continuous=False),
    }
    return Explorer(draw, controls)


def dying_relu_explorer(activation="relu", lr=0.3, epochs=150):
    """Train a 3-layer network on spirals with mini-batch SGD and watch the fraction of dead
    units per layer, for a learning rate on a log slider; training runs when the Train button
    is pressed, with a progress bar (``03_relu``)."""
    epochs = _whole_arg("epochs", epochs, 1, 5000)

    def draw(axes, v):
        params = {"alpha": v["alpha"]} if v["activation"] == "leaky_relu" else {}
        act = get_activation(v["activation"], **params)
        net, hist = train_and_watch(act, v["learning rate"], epochs=epochs, every=5,
                                    callback=lambda e, n, h: v["progress"](e / epochs))
        epochs_seen = [e for e, _ in hist.diagnostics]
        dead = np.array([d.dead for _, d in hist.diagnostics])
        lines = [axes[0].plot(epochs_seen, dead[:, i], label=f"layer {i + 1}")[0]
                 for i in range(dead.shape[1])]
        axes[0].set_ylim(-0.03, 1.03)
        axes[0].set_xlabel("epoch")
        axes[0].set_ylabel("share inactive on every input")
        axes[0].legend(loc="upper left")
        # two lines, so that a long name such as "Leaky ReLU (alpha=0.05)" is not clipped; a leaky
        # unit is "inactive", not dead: it still passes back alpha times its error
        word = "dead" if v["activation"] == "relu" else "inactive"
        if hist.diverged:       # the last diagnostics would be those at birth: say what happened
            axes[0].set_title(f"{act.title}, lr = {v['learning rate']:.3g}:\ndiverged at epoch {hist.diverged}")
        else:
            axes[0].set_title(f"{act.title}, lr = {v['learning rate']:.3g}:\n{dead[-1].mean():.0%} {word} at the end")
        axes[1].plot(np.arange(1, len(hist.accuracy) + 1), hist.accuracy, color=COLORS["green"],
                     label="training")
        if hist.test_accuracy:
            axes[1].plot(np.arange(1, len(hist.test_accuracy) + 1), hist.test_accuracy,
                         color=COLORS["purple"], linestyle="--", label="test (held out)")
        axes[1].set_ylim(0, 1.03)
        axes[1].set_xlabel("epoch")
        axes[1].set_ylabel("accuracy")
        axes[1].legend(loc="lower right")
        final = hist.accuracy[-1] if hist.accuracy else float("nan")
        final_test = hist.test_accuracy[-1] if hist.test_accuracy else float("nan")
        axes[1].set_title("diverged" if hist.diverged
                          else f"final accuracy {final:.0%} (test {final_test:.0%})")
        return lines, hist

    controls = {
        "activation": _control(widgets.Dropdown, options=["relu", "leaky_relu", *activation_names()[len(ACTIVATIONS):]],
                               value=activation, description="activation"),
        "learning rate": _control(widgets.FloatLogSlider, value=lr, base=10, min=-2, max=0.5, step=0.05,
                                                description="learning rate", continuous_update=False,
                                                style={"description_width": "initial"}),
        "alpha": _slider("alpha (Leaky ReLU)", 0.01, 0.0, 0.5, 0.01, continuous=False),
    }

    def show_alpha(_=None):         # alpha means nothing for ReLU: show it only for Leaky ReLU
        leaky = controls["activation"].value == "leaky_relu"
        controls["alpha"].layout.display = None if leaky else "none"

    controls["activation"].observe(show_alpha, names="value")
    show_alpha()
    return Explorer(draw, controls, button="Train", figsize=(9.0, 3.9),
                    margins=dict(left=0.1, top=0.8, bottom=0.15))


def born_dead_explorer(width=3, trials=40):
    """The fraction of freshly initialised ReLU (or Leaky ReLU, alpha 0.01) networks that are
    effectively dead at birth, by the criterion of :func:`born_dead_fraction` (the error reaching
    layer 1 below 1e-6 of the error at the logits), against depth, for a width on a slider
    (``03_relu``)."""
    trials = _whole_arg("trials", trials, 1, 10_000)

    depths = [1, 2, 3, 5, 8, 12, 20, 30]

    def draw(ax, v):
        w = int(v["width"])
        act = get_activation(v["activation"])
        fractions = [born_dead_fraction(d, w, activation=v["activation"], trials=trials) for d in depths]
        line = ax.plot(depths, fractions, marker="o")[0]
        ax.set_ylim(-0.03, 1.03)
        ax.set_xlabel("depth (hidden layers)")
        ax.set_ylabel("fraction dead at birth")
        ax.set_title(f"{act.title}, width {w}, {trials} networks per depth")
        return line, fractions

    def caption(_):
        return tr("Dead at birth: the error reaching layer 1, ‖∂L/∂z<sub>1</sub>‖, is below 10<sup>−6</sup> "
                  "times the error at the logits (for ReLU it is then almost always exactly 0).")

    controls = {
        "width": _control(widgets.IntSlider, value=width, min=1, max=10, description="width", continuous_update=False),
        "activation": _control(widgets.Dropdown, options=["relu", "leaky_relu"], value="relu", description="activation"),
    }
    return Explorer(draw, controls, grid=(1, 1), figsize=(7, 3.6), margins=dict(left=0.12),
                    caption=caption)


def leaky_explorer(alpha=0.1, x_range=(-4.0, 4.0)):
    """Leaky ReLU and its derivative with alpha on a slider; the post's 0.1 and the common
    0.01 drawn faintly for reference (``04_leaky_relu``)."""
    x = np.linspace(*x_range, 401)

    def draw(axes, v):
        a = v["alpha"]
        for ref, style in ((0.01, ":"), (0.1, "--")):
            axes[0].plot(x, leaky_relu(x, ref), color="0.6", linestyle=style, linewidth=1.4,
                         label=rf"$\alpha$ = {ref:g}")
        drawn = plot_activation(axes[0], get_activation("leaky_relu", alpha=a), x, mark=False)
        # The title names the reference lines: a legend would cost more than the rest of the frame.
        axes[0].set_title(f"α = {a:.2f}  (dotted: 0.01, dashed: 0.1)")
        plot_derivative(axes[1], get_activation("leaky_relu", alpha=a), x)
        axes[1].set_ylim(-0.05, 1.1)
        axes[1].set_title(f"gradient for x < 0: {a:.2f}")
        return drawn

    controls = {"alpha": _slider("alpha", alpha, 0.0, 0.5, 0.01)}
    return Explorer(draw, controls)


def softmax_explorer(logits=(2.0, 1.0, 0.1, -1.0), temperature=1.0):
    """Sliders for a few logits and the temperature, with the logits and their softmax as
    bars (``05_softmax``)."""
    controls = {f"z{k}": _slider(f"$z_{k}$", float(z), -5.0, 5.0, 0.1, width="300px")
                for k, z in enumerate(logits)}
    controls["T"] = _control(widgets.FloatLogSlider, value=temperature, base=10, min=-1.5, max=1.5, step=0.05,
                                           description="temperature T", readout_format=".3g",
                                           style={"description_width": "initial"})

    def draw(axes, v):
        z = [v[f"z{k}"] for k in range(len(logits))]
        return plot_probabilities(axes, z, temperature=v["T"])

    return Explorer(draw, controls)


def selu_explorer(depth=50, input_std=1.0, choose_init=False):
    """Mean and variance of the signal through a deep network, SELU (LeCun init) against ReLU
    (He) and tanh (LeCun), for a depth and an input scale on sliders (``06_beyond_relu``).
    Layer 0 on the horizontal axis is the input. With ``choose_init=True`` a dropdown sets
    SELU's initialisation, to see its fixed point lost under He or kept under Xavier."""

    def draw(axes, v):
        selu_init = v.get("SELU init", "lecun")
        contenders = (("selu", selu_init), ("relu", "he"), ("tanh", "lecun"))
        stats = {f"{name} ({init})": signal_statistics(name, int(v["depth"]), init=init, n_samples=100,
                                                        input_std=v["input std"])
                 for name, init in contenders}
        layers = np.arange(int(v["depth"]) + 1)
        lines = [axes[0].plot(layers, m, label=k)[0] for k, (m, _) in stats.items()]
        for k, (_, var) in stats.items():
            axes[1].plot(layers, var, label=k)
        axes[0].set_ylabel("mean")
        axes[1].set_ylabel("variance")
        for ax, target in zip(axes, (0.0, 1.0)):
            ax.axhline(target, color="0.4", linestyle="--", linewidth=1)
            ax.set_xlabel("layer (0 = the input)")
            ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        axes[1].set_yscale("log")
        axes[0].legend(loc="upper left", fontsize=12)
        selu_mean, selu_var = stats[f"selu ({selu_init})"]
        axes[0].set_title(f"SELU's last layer: mean {selu_mean[-1]:+.3f}")
        axes[1].set_title(f"variance {selu_var[-1]:.3g} (input {v['input std'] ** 2:.2f})")
        return lines, stats

    controls = {
        "depth": _control(widgets.IntSlider, value=depth, min=5, max=100, step=5, description="depth",
                                   continuous_update=False),
        "input std": _slider("input std", input_std, 0.25, 4.0, 0.05, continuous=False),
    }
    if choose_init:
        controls["SELU init"] = _control(widgets.Dropdown, options=["lecun", "xavier", "he"], value="lecun",
                                                 description="SELU init",
                                                 style={"description_width": "initial"})
    return Explorer(draw, controls)


def playground(config=None):
    """Train a small network on toy data with every choice on a control (``07_playground``).

    Every change of a setting shows at once, before any training, the data (training points as
    dots, held-out test points as rings) and the network at birth in the same six panels
    (:func:`actlab.playground.at_birth`). Train shows a progress bar and the panels every few
    epochs, and the configuration as one line of Python that recreates the run."""
    config = config or Config()
    style = {"description_width": "initial"}
    controls = {
        "dataset": _control(widgets.Dropdown, options=list(DATASETS), value=config.dataset, description="data set"),
        "noise": _slider("noise", config.noise, 0.0, max(0.5, config.noise), 0.01, continuous=False,
                         width="260px"),
        "depth": _control(widgets.IntSlider, value=config.depth, min=1, max=max(8, config.depth), description="hidden layers",
                                   continuous_update=False, style=style),
        "width": _control(widgets.IntSlider, value=config.width, min=min(2, config.width), max=max(64, config.width),
                                   description="units per layer", continuous_update=False, style=style),
        "activation": _control(widgets.Dropdown, options=list(activation_names()),
                                       value=config.activations[0], description="activation"),
        "per layer": widgets.Text(value="" if isinstance(config.activation, str) else ", ".join(config.activation),
                                  description=tr("or one per layer"), placeholder=tr("e.g. tanh, relu"),
                                  continuous_update=False, style=style),
        # Every control's range holds the config's value, so the explorer trains what was asked.
        "init": _control(widgets.Dropdown, options=[("auto", "auto"), ("xavier", "xavier"), ("he", "he"), ("lecun", "lecun")]
                                 + ([] if config.init is None or isinstance(config.init, str)
                                    else [(f"gain {config.init:g}", config.init)]),
                                 value="auto" if config.init is None else config.init, description="init"),
        "lr": _control(widgets.FloatLogSlider, value=config.lr, base=10, min=min(-3.0, math.floor(math.log10(config.lr))),
                                     max=max(1.0, math.ceil(math.log10(config.lr))), step=0.1,
                                     description="learning rate", continuous_update=False, style=style),
        "epochs": _control(widgets.IntSlider, value=config.epochs, min=min(50, config.epochs),
                                    max=max(1000, config.epochs), step=50, description="epochs",
                                    continuous_update=False),
        "batch": _control(widgets.Dropdown, options=[(tr("full batch"), None)] + [
                                      (str(b), b) for b in sorted({32, 10} | ({config.batch_size} - {None}))],
                                  value=config.batch_size, description="batch"),
        "seed": widgets.BoundedIntText(value=config.seed, min=0, max=10**6, description=tr("seed")),
    }

    def config_from(v):
        per_layer = tuple(a.strip() for a in v["per layer"].split(",") if a.strip())
        return replace(config, dataset=v["dataset"], noise=v["noise"], depth=int(v["depth"]),
                       width=int(v["width"]), activation=per_layer or v["activation"],
                       init=None if v["init"] == "auto" else v["init"], lr=float(v["lr"]),
                       epochs=int(v["epochs"]), batch_size=v["batch"], seed=int(v["seed"]))

    def draw(axes, v):
        cfg = config_from(v)
        every = max(25, cfg.epochs // 3)      # two live frames, then the final one: about a second

        def live(run):
            v["progress"](len(run.history.loss) / cfg.epochs)
            if len(run.history.loss) < cfg.epochs:
                v["show"](lambda ax: _thin_ticks(ax, plot_training(ax, run)))

        run = train(cfg, callback=live, every=every, diagnose_every=10)
        for ax in axes:                 # the last live frame is still on the axes
            _wipe(ax)
        _thin_ticks(axes, plot_training(axes, run))
        return run

    def preview(axes, v):               # no training: one forward and backward pass, then draw
        run = at_birth(config_from(v))
        _thin_ticks(axes, plot_training(axes, run))
        return run

    def caption(run):
        if not run.history.loss and not run.history.diverged:
            sizes = " → ".join(str(n) for n in run.net.sizes)
            weights = sum(W.size + b.size for W, b in zip(run.net.weights, run.net.biases))
            return tr("At birth: sizes {sizes}, {weights:,} weights and biases, init {init!r}; {train} training "
                      "points (dots), {test} test points (rings). Recreate it: {code}", sizes=sizes,
                      weights=weights, init=run.config.initialisation, train=len(run.y), test=len(run.y_test),
                      code="<code>from actlab.playground import Config, at_birth; "
                           f"run = at_birth({html.escape(repr(run.config))})</code>")
        return tr("Recreate this run: {code}", code="<code>from actlab.playground import Config, train; "
                                                    f"run = train({html.escape(repr(run.config))})</code>")

    return Explorer(draw, controls, grid=(2, 3), figsize=(10, 6.2), dpi=100, button="Train",
                    caption=caption, preview=preview,
                    margins=dict(left=0.08, right=0.985, top=0.94, bottom=0.09, wspace=0.42, hspace=0.45))


def card_explorer(formula="x * tanh(softplus(x))", references=("relu", "tanh", "gelu"), name="yours"):
    """Type a formula and see it at once beside the references; Measure gives its report card
    (``08_your_own``, the explorer app). The text only ever reaches
    :func:`actlab.parse_formula`, which refuses anything but a formula, so the app can be served
    to people who cannot run code. The formula is registered as ``name``."""
    from .custom import custom_activation
    from .report import CARD_COLORS, plot_report_card, report_card

    box = widgets.Text(value=formula, description=tr("f(x) ="), continuous_update=False,
                       placeholder="x * sigmoid(x)", layout=widgets.Layout(width="460px"))
    controls = {"formula": box}

    def yours(v):
        return custom_activation(v["formula"], name=name)

    def preview(axes, v):               # the function and its slope at once; the rest on Measure
        act = yours(v)
        x = np.linspace(-4, 4, 801)
        for i, other in enumerate([act.name, *references]):
            color = COLORS[CARD_COLORS[i % len(CARD_COLORS)]]
            plot_activation(axes[0], other, x, color=color, label=other, mark=False)
            plot_derivative(axes[1], other, x, color=color, label=other)
        axes[0].legend(loc="upper left", fontsize=9)
        axes[0].set(title="f(x)", ylabel="")
        axes[1].set(title="f′(x)", ylabel="")
        for ax in axes[2:]:             # the message above the figure says: press Measure
            ax.set_axis_off()
        return act

    def draw(axes, v):
        for ax in axes:
            ax.set_axis_on()
        card = report_card(yours(v), references, progress=lambda done, total: v["progress"](done / total))
        plot_report_card(axes, card)
        return card

    def caption(result):
        return result._repr_html_() if hasattr(result, "_repr_html_") else ""

    return Explorer(draw, controls, grid=(2, 3), figsize=(11, 6.4), dpi=90, button="Measure",
                    caption=caption, preview=preview, caption_rows=21,          # the card's table
                    margins=dict(left=0.07, right=0.985, top=0.94, bottom=0.09, wspace=0.3, hspace=0.45))

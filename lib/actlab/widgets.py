"""Explorers: ipywidgets controls around one figure (``00_index``).

An :class:`Explorer` owns a matplotlib ``Figure`` and an ``Image`` widget. Whenever a
control changes it wipes the axes, calls a ``draw(axes, values)`` function (the drawing
lives in ``actlab.plotting`` or the notebook, never in the callback), renders a PNG and puts
it in the image. That keeps an update to one redraw, works the same in JupyterLab and Voila,
and lets a plain pytest set ``control.value`` and see ``renders`` go up.
"""

from __future__ import annotations

import io

import ipywidgets as widgets
import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from .activations import ACTIVATIONS, get_activation
from .plotting import STYLE, plot_function_and_derivative

__all__ = ["Explorer", "range_slider", "activation_explorer"]


class Explorer(widgets.VBox):
    """Controls above a figure that ``draw(axes, values)`` redraws on every change.

    ``controls`` maps a name to a widget; ``values`` passed to ``draw`` maps the same names
    to the widgets' values. ``grid=(nrows, ncols)`` sets the axes ``draw`` receives (one
    ``Axes`` for a 1 x 1 grid, else a flat array). The axes are made once; an update removes
    what the last draw put on them and draws again, which keeps a step near the cost of
    rendering the PNG. After each update ``renders`` counts the redraws, ``result`` holds what
    ``draw`` returned and ``error`` the message of a failed draw (None if it drew).
    """

    def __init__(self, draw, controls, grid=(1, 2), figsize=None, dpi=90, margins=None,
                 header=None, extra=None):
        self.draw = draw
        self.controls = dict(controls)
        self.dpi = dpi
        with matplotlib.rc_context(STYLE):
            self.figure = Figure(figsize=figsize or STYLE["figure.figsize"], dpi=dpi, layout="none")
            FigureCanvasAgg(self.figure)        # one canvas, so text layouts stay cached
            axes = self.figure.subplots(*grid, squeeze=False)
        self.axes = axes[0, 0] if axes.size == 1 else axes.ravel()
        self.figure.subplots_adjust(**{**_MARGINS, **(margins or {})})
        self.image = widgets.Image(format="png", layout=widgets.Layout(max_width="100%"))
        self.message = widgets.HTML()
        self.renders = 0
        self.result = None
        self.error = None
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        rows = [header] if header is not None else []
        rows.append(widgets.HBox(list(self.controls.values()) if extra is None else extra,
                                 layout=widgets.Layout(flex_flow="row wrap")))
        super().__init__(rows + [self.message, self.image])
        self.update()

    @property
    def values(self) -> dict:
        return {name: control.value for name, control in self.controls.items()}

    def _on_change(self, change):
        self.update()

    def update(self):
        """Redraw the whole figure from the current values and show it."""
        for ax in self.figure.axes:
            _wipe(ax)
        try:
            with matplotlib.rc_context(STYLE):
                self.result = self.draw(self.axes, self.values)
        except (ValueError, TypeError, ArithmeticError) as exc:
            # A value the drawing cannot use: say so plainly, keep the controls usable.
            for ax in self.figure.axes:
                _wipe(ax)
            self.error = str(exc)
            self.message.value = f"<b>Cannot draw this setting:</b> {exc}"
        else:
            self.error = None
            self.message.value = ""
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png")
        self.image.value = buffer.getvalue()
        self.renders += 1


_MARGINS = dict(left=0.08, right=0.98, bottom=0.16, top=0.89, wspace=0.28, hspace=0.45)


def _wipe(ax):
    """Remove what a draw put on ``ax`` but keep the axes (and their tick machinery)."""
    for artist in [*ax.lines, *ax.collections, *ax.patches, *ax.texts, *ax.images]:
        artist.remove()
    if ax.get_legend() is not None:
        ax.get_legend().remove()
    ax.set_title("")
    if ax.get_yscale() != "linear":
        ax.set_yscale("linear")
    ax.relim()
    ax.set_autoscale_on(True)


def range_slider(value=(-6.0, 6.0), limits=(-20.0, 20.0), step=0.5, description="x range"):
    """A range slider whose two ends never meet or cross (``00_index``).

    If a user drags one end onto the other, the other end moves one step away.
    """
    slider = widgets.FloatRangeSlider(value=value, min=limits[0], max=limits[1], step=step,
                                      description=description, continuous_update=False,
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
            controls[f"{name}.{spec.name}"] = widgets.FloatSlider(
                value=spec.default, min=spec.low, max=spec.high, step=spec.step,
                description=spec.name, continuous_update=True, readout_format=".2f")
        if name == "gelu":
            controls["gelu.approximate"] = widgets.Dropdown(
                options=["none", "tanh"], value="none", description="approximate")
    return controls


def _params_of(name, values):
    prefix = f"{name}."
    return {k[len(prefix):]: v for k, v in values.items() if k.startswith(prefix)}


def activation_explorer(name="sigmoid", names=ACTIVATIONS, x_range=(-6.0, 6.0), dpi=90):
    """Pick a registry activation, move its parameters and the input range, and see the
    function beside its derivative (``00_index``).

    Only the sliders of the chosen activation are shown. Returns the :class:`Explorer`.
    """
    names = list(names)
    if name not in names:
        raise ValueError(f"{name!r} is not among the explorer's activations {names}")
    choice = widgets.Dropdown(options=[(get_activation(n).label, n) for n in names], value=name,
                              description="activation")
    span = range_slider(value=x_range, limits=(min(-20.0, x_range[0]), max(20.0, x_range[1])))
    params = _param_controls(names)
    params_box = widgets.HBox()

    def show_params(_=None):
        params_box.children = [c for k, c in params.items() if k.startswith(f"{choice.value}.")]

    def draw(axes, values):
        act = get_activation(values["activation"], **_params_of(values["activation"], values))
        return plot_function_and_derivative(axes, act, np.linspace(*values["x range"], 601))

    choice.observe(show_params, names="value")
    show_params()
    controls = {"activation": choice, "x range": span, **params}
    return Explorer(draw, controls, dpi=dpi,
                    extra=[widgets.VBox([widgets.HBox([choice, span]), params_box])])

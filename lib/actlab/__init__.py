"""actlab: the helpers of the "Activation functions, hands on" notebook series.

Activations and their derivatives (``actlab.activations``), a small numpy network with
diagnostics (``actlab.mlp``), toy data (``actlab.datasets``), drawing helpers
(``actlab.plotting``), explorers (``actlab.widgets``) and exercise checkers
(``actlab.exercises``), an activation of your own (``actlab.custom``, ``actlab.formula``) and its
report card (``actlab.report``), whose checkers' feedback follows ``set_language`` ("en" or "ko", ``actlab.language``).
Importing it changes no global state.
"""

from .activations import (
    ACTIVATIONS, SELU_ALPHA, SELU_SCALE, Activation, Param, elu, elu_grad, gelu, gelu_grad,
    get_activation, leaky_relu, leaky_relu_grad, log_softmax, mish, mish_grad, relu, relu_grad,
    selu, selu_grad, sigmoid, sigmoid_grad, silu, silu_grad, softmax, softmax_jacobian,
    softplus, softplus_grad, swish, swish_grad, tanh, tanh_grad, activation_names,
)
from .custom import custom_activation
from .formula import parse_formula
from .datasets import DATASETS, make_dataset
from .language import get_language, set_language
from .mlp import INITS, MLP, Diagnostics, History, init_std

__version__ = "0.1.0"

__all__ = [
    "ACTIVATIONS", "SELU_ALPHA", "SELU_SCALE", "Activation", "Param", "get_activation",
    "activation_names", "custom_activation", "parse_formula",
    "sigmoid", "sigmoid_grad", "tanh", "tanh_grad", "relu", "relu_grad",
    "leaky_relu", "leaky_relu_grad", "elu", "elu_grad", "selu", "selu_grad",
    "gelu", "gelu_grad", "silu", "silu_grad", "swish", "swish_grad",
    "softplus", "softplus_grad", "mish", "mish_grad",
    "softmax", "log_softmax", "softmax_jacobian",
    "MLP", "Diagnostics", "History", "INITS", "init_std", "DATASETS", "make_dataset",
    "set_language", "get_language",
]

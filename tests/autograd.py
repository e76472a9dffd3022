"""A tiny reverse-mode autograd on numpy arrays, written for the tests only.

It knows a handful of primitives (add, mul, matmul, exp, log, tanh, erf, where, sum) and
builds every activation from its textbook formula, so a gradient it computes shares nothing
with actlab's hand-written backward pass or its ``*_grad`` functions.
"""

import math

import numpy as np
from scipy.special import erf as _erf


class Var:
    def __init__(self, value, parents=()):
        self.value = np.asarray(value, dtype=float)
        self.parents = parents          # (parent Var, function of the upstream grad) pairs
        self.grad = np.zeros_like(self.value)

    # arithmetic ---------------------------------------------------------------------------
    def __add__(self, other):
        other = _var(other)
        return Var(self.value + other.value,
                   ((self, lambda g: _unbroadcast(g, self.value.shape)),
                    (other, lambda g: _unbroadcast(g, other.value.shape))))

    __radd__ = __add__

    def __mul__(self, other):
        other = _var(other)
        return Var(self.value * other.value,
                   ((self, lambda g: _unbroadcast(g * other.value, self.value.shape)),
                    (other, lambda g: _unbroadcast(g * self.value, other.value.shape))))

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1.0

    def __sub__(self, other):
        return self + (-_var(other))

    def __rsub__(self, other):
        return _var(other) + (-self)

    def __truediv__(self, other):
        return self * _var(other).reciprocal()

    def __rtruediv__(self, other):
        return _var(other) * self.reciprocal()

    def __matmul__(self, other):
        return Var(self.value @ other.value,
                   ((self, lambda g: g @ other.value.T), (other, lambda g: self.value.T @ g)))

    def reciprocal(self):
        return Var(1.0 / self.value, ((self, lambda g: -g / self.value ** 2),))

    def sum(self, axis=None, keepdims=False):
        shape = self.value.shape
        return Var(self.value.sum(axis=axis, keepdims=keepdims),
                   ((self, lambda g: np.broadcast_to(g if keepdims or axis is None
                                                     else np.expand_dims(g, axis), shape)),))

    # reverse pass -------------------------------------------------------------------------
    def backward(self):
        order, seen = [], set()

        def visit(v):
            if id(v) not in seen:
                seen.add(id(v))
                for parent, _ in v.parents:
                    visit(parent)
                order.append(v)

        visit(self)
        self.grad = np.ones_like(self.value)
        for v in reversed(order):
            for parent, local in v.parents:
                parent.grad = parent.grad + local(v.grad)


def _var(x):
    return x if isinstance(x, Var) else Var(x)


def _unbroadcast(g, shape):
    while g.ndim > len(shape):
        g = g.sum(axis=0)
    for axis, n in enumerate(shape):
        if n == 1 and g.shape[axis] != 1:
            g = g.sum(axis=axis, keepdims=True)
    return g


def exp(x):
    out = np.exp(x.value)
    return Var(out, ((x, lambda g: g * out),))


def log(x):
    return Var(np.log(x.value), ((x, lambda g: g / x.value),))


def tanh(x):
    out = np.tanh(x.value)
    return Var(out, ((x, lambda g: g * (1 - out ** 2)),))


def erf(x):
    return Var(_erf(x.value), ((x, lambda g: g * 2 / math.sqrt(math.pi) * np.exp(-x.value ** 2)),))


def where(mask, a, b):
    a, b = _var(a), _var(b)
    return Var(np.where(mask, a.value, b.value),
               ((a, lambda g: _unbroadcast(np.where(mask, g, 0.0), a.value.shape)),
                (b, lambda g: _unbroadcast(np.where(mask, 0.0, g), b.value.shape))))


# the activations, each from its definition -------------------------------------------------

def sigmoid(x):
    return 1.0 / (1.0 + exp(-x))


def softplus(x):
    return log(1.0 + exp(x))


def _elu(x, alpha):
    return where(x.value > 0, x, alpha * (exp(x) - 1.0))


SELU = (1.6732632423543772848170429916717, 1.0507009873554804934193349852946)

ACTIVATIONS = {
    "sigmoid": lambda x: sigmoid(x),
    "tanh": lambda x: tanh(x),
    "relu": lambda x: where(x.value > 0, x, 0.0),
    "leaky_relu": lambda x, alpha=0.01: where(x.value > 0, x, alpha * x),
    "elu": lambda x, alpha=1.0: _elu(x, alpha),
    "selu": lambda x: SELU[1] * _elu(x, SELU[0]),
    "gelu": lambda x, approximate="none": (0.5 * x * (1.0 + erf(x * (1 / math.sqrt(2)))))
    if approximate == "none"
    else 0.5 * x * (1.0 + tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x * x * x))),
    "silu": lambda x: x * sigmoid(x),
    "swish": lambda x, beta=1.0: x * sigmoid(beta * x),
    "softplus": softplus,
    "mish": lambda x: x * tanh(softplus(x)),
}


def mlp_loss(weights, biases, activations, X, y):
    """Mean softmax cross-entropy of an MLP built from Vars; activations are (name, params)."""
    a = Var(X)
    for i, (W, b) in enumerate(zip(weights, biases)):
        z = a @ W + b
        if i < len(activations):
            name, params = activations[i]
            a = ACTIVATIONS[name](z, **params)
        else:
            a = z
    shift = a.value.max(axis=1, keepdims=True)          # a constant: does not change the gradient
    logsumexp = log(exp(a - shift).sum(axis=1, keepdims=True)) + shift
    onehot = np.eye(a.value.shape[1])[y]
    return ((logsumexp - a) * onehot).sum() * (1.0 / len(y))

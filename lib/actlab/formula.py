"""A formula typed by a student, such as ``x * tanh(softplus(x))``, as a vectorised function
(``08_your_own``).

The text is parsed with Python's ``ast`` and checked against a whitelist: numbers, the variable
``x``, the constants ``pi`` and ``e``, + - * / ** and unary minus, one comparison (which gives 1.0
or 0.0), and the functions named in :data:`FUNCTIONS`. Nothing is passed to ``eval`` or ``exec``:
the checked tree is turned into nested numpy calls, so a formula can compute and do nothing else.
The explorer app serves the formula box to people who cannot run code, and it must stay that way.
"""

from __future__ import annotations

import ast
import math

import numpy as np

from . import activations as A

MAX_LENGTH = 200
MAX_NODES = 120
MAX_DEPTH = 24
MAX_NUMBER = 1e6

# name: (numpy or actlab function, fewest arguments, most arguments)
FUNCTIONS = {
    "exp": (np.exp, 1, 1), "expm1": (np.expm1, 1, 1), "log": (np.log, 1, 1), "log1p": (np.log1p, 1, 1),
    "sqrt": (np.sqrt, 1, 1), "abs": (np.abs, 1, 1), "sign": (np.sign, 1, 1),
    "sin": (np.sin, 1, 1), "cos": (np.cos, 1, 1), "tan": (np.tan, 1, 1), "arctan": (np.arctan, 1, 1),
    "sinh": (np.sinh, 1, 1), "cosh": (np.cosh, 1, 1), "tanh": (np.tanh, 1, 1), "arcsinh": (np.arcsinh, 1, 1),
    "erf": (lambda x: _erf(x), 1, 1),
    "maximum": (np.maximum, 2, 2), "minimum": (np.minimum, 2, 2), "max": (np.maximum, 2, 2),
    "min": (np.minimum, 2, 2), "where": (np.where, 3, 3),
    "sigmoid": (A.sigmoid, 1, 1), "relu": (A.relu, 1, 1), "softplus": (A.softplus, 1, 1),
    "gelu": (A.gelu, 1, 1), "silu": (A.silu, 1, 1), "mish": (A.mish, 1, 1), "selu": (A.selu, 1, 1),
    "elu": (A.elu, 1, 2), "leaky_relu": (A.leaky_relu, 1, 2), "swish": (A.swish, 1, 2),
}
"""Every function a formula may call, with how many arguments it takes."""

CONSTANTS = {"pi": math.pi, "e": math.e}

_BINARY = {ast.Add: np.add, ast.Sub: np.subtract, ast.Mult: np.multiply, ast.Div: np.divide,
           ast.Pow: np.power}
_COMPARE = {ast.Lt: np.less, ast.LtE: np.less_equal, ast.Gt: np.greater, ast.GtE: np.greater_equal}
_NOT_ALLOWED = {
    ast.Attribute: "attribute access such as a.b", ast.Subscript: "indexing such as a[0]",
    ast.Lambda: "lambda", ast.ListComp: "comprehensions", ast.GeneratorExp: "comprehensions",
    ast.SetComp: "comprehensions", ast.DictComp: "comprehensions", ast.List: "lists",
    ast.Tuple: "tuples", ast.Dict: "dictionaries", ast.Set: "sets", ast.BoolOp: "'and' and 'or'",
    ast.IfExp: "'a if c else b' (write where(c, a, b))", ast.NamedExpr: "':='",
    ast.JoinedStr: "text", ast.Starred: "'*' before an argument", ast.Await: "await",
}


class Formula:
    """A checked formula: call it on an array of x; ``text`` is what was typed and ``latex``
    the same for a figure's title (matplotlib mathtext)."""

    def __init__(self, text: str, tree: ast.expr):
        self.text, self._tree = text, tree
        self.latex = _latex(tree)

    def __call__(self, x):
        x = np.asarray(x)
        with np.errstate(all="ignore"):                 # overflow gives inf, which the caller sees
            out = _evaluate(self._tree, x)
        return np.broadcast_to(np.asarray(out, dtype=np.result_type(out, float)), x.shape).copy()

    def __repr__(self):
        return f"Formula({self.text!r})"


def parse_formula(text) -> Formula:
    """``text`` as a :class:`Formula`, or a ``ValueError`` that says what is not allowed."""
    if not isinstance(text, str):
        raise TypeError(f"a formula is text such as 'x * tanh(x)', got {type(text).__name__}")
    text = text.strip()
    if not text:
        raise ValueError("the formula is empty; type one such as x * sigmoid(x)")
    if len(text) > MAX_LENGTH:
        raise ValueError(f"the formula is {len(text)} characters long; at most {MAX_LENGTH} are allowed")
    try:
        tree = ast.parse(text, mode="eval").body
    except SyntaxError as error:
        where = f" at character {error.offset}" if error.offset else ""
        raise ValueError(f"this is not a formula Python can read{where}: {error.msg}. "
                         "Multiply with * (2 * x, not 2x) and close every bracket") from None
    except (RecursionError, MemoryError, ValueError):
        raise ValueError("the formula is nested too deeply") from None
    _check(tree, depth=0, count=[0])
    for node in ast.walk(tree):                        # a part without x is one number: is it one?
        if isinstance(node, (ast.BinOp, ast.UnaryOp, ast.Call, ast.Compare)) and not _uses_x(node):
            with np.errstate(all="ignore"):
                value = _evaluate(node, np.zeros(1))
            if not np.all(np.isfinite(value)):
                raise ValueError(f"the part {ast.get_source_segment(text, node)} is not a finite number "
                                 f"(it gives {np.ravel(value)[0]})")
    return Formula(text, tree)


def _uses_x(node) -> bool:
    return any(isinstance(n, ast.Name) and n.id == "x" for n in ast.walk(node))


def _check(node, depth, count):
    count[0] += 1
    if count[0] > MAX_NODES:
        raise ValueError(f"the formula has more than {MAX_NODES} parts; write a shorter one")
    if depth > MAX_DEPTH:
        raise ValueError(f"the formula is nested more than {MAX_DEPTH} levels deep")
    if type(node) in _NOT_ALLOWED:
        raise ValueError(f"a formula cannot contain {_NOT_ALLOWED[type(node)]}")
    if isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"only numbers may appear in a formula, not {value!r}")
        if not abs(value) <= MAX_NUMBER:                # also catches inf and a huge int
            raise ValueError(f"the number {_short(value)} is too large; numbers up to {MAX_NUMBER:g} are allowed")
    elif isinstance(node, ast.Name):
        if node.id != "x" and node.id not in CONSTANTS:
            hint = " (a function must be called, as in tanh(x))" if node.id in FUNCTIONS else ""
            raise ValueError(f"the name {node.id!r} is unknown{hint}; the variable is x, the constants "
                             f"are pi and e")
    elif isinstance(node, ast.BinOp):
        if type(node.op) not in _BINARY:
            raise ValueError(f"the operator {_symbol(node.op)} is not allowed; use + - * / and **")
        _check(node.left, depth + 1, count)
        _check(node.right, depth + 1, count)
    elif isinstance(node, ast.UnaryOp):
        if not isinstance(node.op, (ast.USub, ast.UAdd)):
            raise ValueError(f"the operator {_symbol(node.op)} is not allowed; only a minus sign may stand before a term")
        _check(node.operand, depth + 1, count)
    elif isinstance(node, ast.Compare):
        if len(node.ops) != 1:
            raise ValueError("compare two things at a time: write (0 < x) * (x < 1), not 0 < x < 1")
        if type(node.ops[0]) not in _COMPARE:
            raise ValueError(f"the comparison {_symbol(node.ops[0])} is not allowed; use < <= > or >=")
        _check(node.left, depth + 1, count)
        _check(node.comparators[0], depth + 1, count)
    elif isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name):
            raise ValueError("only the functions of the list may be called, by name, as in tanh(x)")
        name = node.func.id
        if name not in FUNCTIONS:
            raise ValueError(f"{name!r} is not a function you can use here; the functions are: "
                             f"{', '.join(FUNCTIONS)}")
        _, fewest, most = FUNCTIONS[name]
        if node.keywords:
            raise ValueError(f"give {name}'s arguments by position, as in {name}(x{', 0.1' if most > 1 else ''})")
        if not fewest <= len(node.args) <= most:
            wanted = str(fewest) if fewest == most else f"{fewest} or {most}"
            raise ValueError(f"{name} takes {wanted} argument{'s' if most > 1 else ''}, got {len(node.args)}")
        for arg in node.args:
            _check(arg, depth + 1, count)
        if len(node.args) == 2 and name in ("elu", "leaky_relu", "swish") and _uses_x(node.args[1]):
            raise ValueError(f"{name}'s second argument is its parameter and must be a number, "
                             f"not an expression of x")
    else:
        raise ValueError(f"a formula cannot contain {type(node).__name__}")


def _evaluate(node, x):
    if isinstance(node, ast.Constant):
        return np.float64(node.value)
    if isinstance(node, ast.Name):
        return x if node.id == "x" else np.float64(CONSTANTS[node.id])
    if isinstance(node, ast.BinOp):
        return _BINARY[type(node.op)](_float(_evaluate(node.left, x)), _evaluate(node.right, x))
    if isinstance(node, ast.UnaryOp):
        value = _evaluate(node.operand, x)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.Compare):
        result = _COMPARE[type(node.ops[0])](_evaluate(node.left, x), _evaluate(node.comparators[0], x))
        return np.asarray(result, dtype=float)
    function = FUNCTIONS[node.func.id][0]
    args = [_evaluate(arg, x) for arg in node.args]
    if len(args) == 2 and function in (A.leaky_relu, A.elu, A.swish):
        args[1] = float(args[1])                    # a number (checked), as the parameter wants
    return function(*args)


def _erf(x):
    """scipy's erf, imported on first use: importing actlab does not load scipy (kernel memory)."""
    from scipy.special import erf

    return erf(x)


def _float(value):
    """Integers as floats, so that 2 ** -1 is 0.5 and 10 ** 400 is inf, not a huge int."""
    return np.asarray(value, dtype=np.result_type(value, float))


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 12 else f"{text[:6]}…({len(text)} digits)"


def _symbol(op) -> str:
    return {ast.Mod: "%", ast.FloorDiv: "//", ast.MatMult: "@", ast.BitAnd: "&", ast.BitOr: "|",
            ast.BitXor: "^", ast.LShift: "<<", ast.RShift: ">>", ast.Not: "not", ast.Invert: "~",
            ast.Eq: "==", ast.NotEq: "!=", ast.Is: "is", ast.IsNot: "is not", ast.In: "in",
            ast.NotIn: "not in"}.get(type(op), type(op).__name__)


# --------------------------------------------------------------------------- LaTeX for titles

_PRECEDENCE = {ast.Add: 1, ast.Sub: 1, ast.Mult: 2, ast.Div: 2, ast.Pow: 4}
_OPERATORS = {"tanh", "sin", "cos", "tan", "sinh", "cosh", "log", "exp", "arctan", "max", "min"}
_LATEX_COMPARE = {ast.Lt: "<", ast.LtE: r"\leq", ast.Gt: ">", ast.GtE: r"\geq"}


def _latex(node, parent=0) -> str:
    if isinstance(node, ast.Constant):
        return f"{node.value:g}"
    if isinstance(node, ast.Name):
        return {"pi": r"\pi", "e": "e"}.get(node.id, node.id)
    if isinstance(node, ast.UnaryOp):
        inner = _latex(node.operand, 3)
        text = f"-{inner}" if isinstance(node.op, ast.USub) else inner
        return rf"\left({text}\right)" if parent >= 3 else text
    if isinstance(node, ast.Compare):
        return (rf"[{_latex(node.left)} {_LATEX_COMPARE[type(node.ops[0])]} "
                rf"{_latex(node.comparators[0])}]")
    if isinstance(node, ast.BinOp):
        level = _PRECEDENCE[type(node.op)]
        if isinstance(node.op, ast.Div):
            return rf"\frac{{{_latex(node.left)}}}{{{_latex(node.right)}}}"
        if isinstance(node.op, ast.Pow):
            text = f"{{{_latex(node.left, 5)}}}^{{{_latex(node.right)}}}"
        else:
            symbol = {ast.Add: "+", ast.Sub: "-", ast.Mult: r"\,"}[type(node.op)]
            right = _latex(node.right, level + (not isinstance(node.op, (ast.Add, ast.Mult))))
            text = f"{_latex(node.left, level)} {symbol} {right}"
        return rf"\left({text}\right)" if level < parent else text
    name = {"maximum": "max", "minimum": "min", "arctan": "arctan"}.get(node.func.id, node.func.id)
    args = ", ".join(_latex(arg) for arg in node.args)
    if name == "sqrt":
        return rf"\sqrt{{{args}}}"
    if name == "abs":
        return rf"\left|{args}\right|"
    escaped = name.replace("_", r"\_")
    head = f"\\{name}" if name in _OPERATORS else rf"\mathrm{{{escaped}}}"
    return rf"{head}\left({args}\right)"

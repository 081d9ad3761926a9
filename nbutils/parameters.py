"""Notebook parameters: what each lesson's ``parameters`` cell takes, and one check of
the values given — by ``render -p NAME VALUE`` before anything runs, and inside the
notebook itself when papermill is called directly or the cell is edited in JupyterLab.

A ``parameters`` cell holds literal assignments, one per line, each with a comment. The
default's type is the parameter's type: a whole number is a count or a 1-based row, so
at least 1; a comment naming two or more words in double quotes lists the only values
allowed (``MODEL = "emobank"  # … "emobank", "news", "classifier" or "vader"``).

>>> spec = notebook_parameters("03")
>>> list(spec)
['ARTICLE', 'MODEL', 'MAX_TARGETS']
>>> spec["MODEL"].choices
('emobank', 'news', 'classifier', 'vader')
>>> check_value(spec["MAX_TARGETS"], "4")  # from the command line, a number as text
4
>>> check_value(spec["MAX_TARGETS"], "abc")
Traceback (most recent call last):
...
nbutils.parameters.ParameterError: MAX_TARGETS takes a whole number of at least 1 (default 8)

In a notebook, :func:`check_parameters` (the lessons call it in their first code cell)
compares the parameters papermill injected with the notebook's own cell: a name the
notebook does not take, or a value of the wrong kind, stops the notebook there with one
line — ``ParameterError: MAX_TARGETS = 'abc': MAX_TARGETS takes a whole number of at
least 1 (default 8)`` — instead of a traceback from deep inside pandas many cells later.
"""

from __future__ import annotations

import ast
import difflib
import io
import json
import re
import tokenize
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nbutils import config

#: The first line of the cell papermill injects after the ``parameters`` cell.
INJECTED_HEADER = "# Parameters"


class NotebookInputError(ValueError):
    """A mistake in what a notebook was given or asked for — a parameter, an exercise
    number — that a notebook shows as one line (:func:`install_one_line_errors`)."""


class ParameterError(NotebookInputError):
    """A notebook parameter that is unknown or of the wrong kind: one line saying what is
    allowed."""


@dataclass(frozen=True)
class Parameter:
    """One parameter of a notebook: its name, default, comment and allowed values."""

    name: str
    default: Any
    comment: str = ""

    @property
    def choices(self) -> tuple[str, ...]:
        """The only values allowed, when the comment names two or more in double quotes."""
        found = tuple(re.findall(r'"([^"\s]+)"', self.comment))
        return found if isinstance(self.default, str) and len(found) >= 2 else ()


def parse_parameters(source: str) -> dict[str, Parameter]:
    """The parameters a ``parameters`` cell's source assigns, in order; ``{}`` when the
    source is not a cell of literal assignments.

    >>> parse_parameters('N = 3  # how many\\nNAME = "x"')
    {'N': Parameter(name='N', default=3, comment='how many'), 'NAME': Parameter(name='NAME', default='x', comment='')}
    >>> parse_parameters("print(1)")
    {}
    """
    try:
        body = ast.parse(source).body
        comments = {
            tok.start[0]: tok.string.lstrip("#").strip()
            for tok in tokenize.generate_tokens(io.StringIO(source).readline)
            if tok.type == tokenize.COMMENT
        }
    except (SyntaxError, tokenize.TokenError, ValueError):
        return {}
    found: dict[str, Parameter] = {}
    for stmt in body:
        if not (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
        ):
            return {}
        try:
            default = ast.literal_eval(stmt.value)
        except ValueError:
            return {}
        name = stmt.targets[0].id
        found[name] = Parameter(name, default, comments.get(stmt.end_lineno or stmt.lineno, ""))
    return found


def notebook_parameters(notebook: str | Path) -> dict[str, Parameter]:
    """The parameters of a notebook: a path, or a lesson's number (``"03"``), looked up in
    :data:`nbutils.config.NOTEBOOKS_DIR`. ``{}`` when there is no such notebook."""
    path = Path(notebook)
    if not path.suffix:
        matches = sorted(config.NOTEBOOKS_DIR.glob(f"{notebook}-*.ipynb"))
        if not matches:
            return {}
        path = matches[0]
    try:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    for cell in cells:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            source = cell.get("source", "")
            return parse_parameters("".join(source) if isinstance(source, list) else source)
    return {}


def check_value(param: Parameter, value: Any) -> Any:
    """``value`` as the parameter's type, or :class:`ParameterError` saying what is allowed.

    Text that reads as the type is converted (``"4"`` → 4, ``"true"`` → True), as the
    command line gives everything as text; a number where text belongs is refused (papermill
    reads ``-p ARTICLE 5`` as the number 5).
    """
    default = param.default
    if isinstance(default, bool):
        return _as_bool(param, value)
    if isinstance(default, int):
        return _as_count(param, value)
    if isinstance(default, float):
        return _as_number(param, value)
    if isinstance(default, str):
        return _as_text(param, value)
    return value


def _as_bool(param: Parameter, value: Any) -> bool:
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    if not isinstance(value, bool):
        raise ParameterError(f"{param.name} is True or False")
    return value


def _as_count(param: Parameter, value: Any) -> int:
    number = value
    if isinstance(value, str):
        number = int(value.strip()) if re.fullmatch(r"\s*[+-]?\d+\s*", value) else None
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise ParameterError(
            f"{param.name} takes a whole number of at least 1 (default {param.default!r})"
        )
    return number


def _as_number(param: Parameter, value: Any) -> float:
    number = value
    if isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            number = None
    if isinstance(number, bool) or not isinstance(number, int | float):
        raise ParameterError(f"{param.name} takes a number (default {param.default!r})")
    return float(number)


def _as_text(param: Parameter, value: Any) -> str:
    name = param.name
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ParameterError(f"{name} takes text, not a number")
    if not isinstance(value, str):
        raise ParameterError(f"{name} takes text")
    if param.choices and value not in param.choices:
        raise ParameterError(f"{name} is one of {', '.join(param.choices)}")
    return value


def did_you_mean(name: str, names: Iterable[str]) -> str:
    """`` (did you mean X?)`` for the closest of ``names`` to a mistyped ``name``, else "".

    >>> did_you_mean("MAX_TARGET", ["ARTICLE", "MAX_TARGETS"])
    ' (did you mean MAX_TARGETS?)'
    """
    close = difflib.get_close_matches(name, list(names), n=1)
    return f" (did you mean {close[0]}?)" if close else ""


def check_parameters(notebook: str) -> None:
    """In a running notebook: check its parameters, or stop with one line.

    ``notebook`` is the lesson's number (``"03"``). When papermill injected parameters,
    each name must be one the notebook's own ``parameters`` cell assigns (as executed just
    before papermill's cell, else the lesson's stored cell); every parameter's value must
    be of its default's kind (:func:`check_value`) — a number given as text is converted in
    place. Outside IPython it does nothing.
    """
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with the notebook stack
        return
    shell = get_ipython()
    if shell is None:
        return
    install_one_line_errors(shell)
    namespace = shell.user_ns
    history = [str(s) for s in namespace.get("In", [])]
    injected = max(
        (i for i, s in enumerate(history) if s.startswith(INJECTED_HEADER)), default=None
    )
    # the notebook's own cell, as executed just before papermill's; else the stored lesson's
    params = parse_parameters(history[injected - 1]) if injected else {}
    params = params or notebook_parameters(notebook)
    given = parse_parameters(history[injected]) if injected and params else {}
    for name in given:
        if name not in params:
            raise ParameterError(
                f"{name}: notebook {notebook} takes no parameter {name}"
                f"{did_you_mean(name, params)}; it takes {', '.join(params)}"
            )
    for name in [n for n in params if n in namespace]:
        value = namespace[name]
        try:
            checked = check_value(params[name], value)
        except ParameterError as exc:
            hint = (
                f" (papermill reads -p {name} {value} as a number; -r {name} {value} passes "
                "it as text)"
                if name in given and str(exc).endswith("not a number")
                else ""
            )
            raise ParameterError(f"{name} = {value!r}: {exc}{hint}") from None
        if type(checked) is not type(value):
            namespace[name] = checked


def install_one_line_errors(shell: Any) -> None:
    """Bad input (a mistyped ``ARTICLE`` path, an empty or non-UTF-8 file, a ``MODEL`` that
    is no sentiment model, a parameter of the wrong kind, an exercise number the lesson does
    not have) shows as one line in the notebook
    — ``ArticleError: data/x.txt: no such file or folder`` — not a traceback through the
    package; the cell still fails, so papermill stops there."""
    from nbutils.articles import ArticleError
    from nbutils.sentiment import UnknownModel

    def one_line(shell: Any, etype: type, value: BaseException, _tb: Any, tb_offset: Any = None):
        stb = [f"{etype.__name__}: {value}"]
        shell._showtraceback(etype, value, stb)  # the cell's error output, one line
        return stb

    shell.set_custom_exc((ArticleError, UnknownModel, NotebookInputError), one_line)


__all__ = [
    "NotebookInputError",
    "Parameter",
    "ParameterError",
    "check_parameters",
    "check_value",
    "did_you_mean",
    "install_one_line_errors",
    "notebook_parameters",
    "parse_parameters",
]

"""Command line: ``python -m nbutils COMMAND …`` (or the ``nbutils`` script).

Commands (each ``--help`` tells more):

* ``render``    — execute the notebooks with papermill into ``reports/<article-id>/``
* ``quotes``    — find quotations and their speakers in articles → JSONL/CSV/Parquet
* ``sentiment`` — score texts from a JSONL file → JSONL ``{"id", "score"}``
* ``nltk-data`` — install the NLTK data the project needs

Each command lives in the module that owns its concern; this file only
dispatches, and turns the project's input errors into one line on stderr and
exit status 2 instead of a traceback.

>>> main(["--help"])  # doctest: +ELLIPSIS
usage: python -m nbutils COMMAND ...
...
0
"""

from __future__ import annotations

import importlib
import sys

#: command -> (module, function taking argv and returning an exit status)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "render": ("nbutils.report", "main", "render the notebooks into HTML reports"),
    "quotes": ("nbutils.corpus", "quotes_main", "quotations and speakers → JSONL/CSV/Parquet"),
    "sentiment": ("nbutils.sentiment", "main", "sentiment scores for a JSONL file of texts"),
    "nltk-data": ("nbutils.nltkdata", "main", "install the NLTK data the project needs"),
}

USAGE = "usage: python -m nbutils COMMAND ...\n\ncommands:\n" + "\n".join(
    f"  {name:<10} {desc}" for name, (_, _, desc) in COMMANDS.items()
)


def main(argv: list[str] | None = None) -> int:
    """Run one command; return its exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE)
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        print(f"nbutils: unknown command {name!r}\n{USAGE}", file=sys.stderr)
        return 2
    module, func, _ = COMMANDS[name]
    from nbutils.articles import ArticleError
    from nbutils.nltkdata import NLTKDataMissing

    try:
        return int(getattr(importlib.import_module(module), func)(rest) or 0)
    except (ArticleError, NLTKDataMissing, FileNotFoundError) as exc:
        print(f"nbutils {name}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"nbutils {name}: interrupted", file=sys.stderr)
        return 130

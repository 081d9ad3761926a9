"""Project paths, anchored at the repository root — never at the current directory.

Notebooks run from ``notebooks/``, papermill runs them from wherever it is
called, tests run from the root: every path the project uses is therefore
computed from this file's location, once, here.

>>> from nbutils import config
>>> config.DEFAULT_ARTICLE.name
'2025-03-01-rutte-zelenskyy-trump.txt'
>>> config.DEFAULT_ARTICLE.is_relative_to(config.ROOT)
True
>>> sorted(p.name for p in config.notebook_paths())[:1]
['01-tokenisation.ipynb']
"""

from __future__ import annotations

import os
from pathlib import Path

#: The repository root (the folder that holds ``nbutils/``).
ROOT: Path = Path(__file__).resolve().parent.parent
#: Shipped inputs: the default article, its metadata, gold annotations, lexicons.
DATA_DIR: Path = ROOT / "data"
#: The parameterised lesson notebooks, rendered in name order.
NOTEBOOKS_DIR: Path = ROOT / "notebooks"
#: Rendered reports: ``reports/<article-id>/``. Generated, never committed.
REPORTS_DIR: Path = ROOT / "reports"
#: The embedded default article (copied byte for byte from the project seed).
DEFAULT_ARTICLE: Path = DATA_DIR / "2025-03-01-rutte-zelenskyy-trump.txt"
#: Small demo corpus (the default article plus fictional articles).
DEMO_CORPUS: Path = DATA_DIR / "demo-corpus"
#: Where a checkout of PolNeAR's ``data/`` folder is looked for by default.
POLNEAR_DIR: Path = Path(os.environ.get("NBUTILS_POLNEAR", ROOT.parent / "shared" / "polnear"))
#: Where clones of the sentiment corpora (EmoBank, NewsMTSC) are looked for by ``train``.
SENTIMENT_DATA_DIR: Path = Path(
    os.environ.get("NBUTILS_SENTIMENT_DATA", ROOT.parent / "shared" / "sentiment-data")
)


def notebook_paths() -> list[Path]:
    """The numbered lesson notebooks (``NN-name.ipynb``), in order."""
    return sorted(p for p in NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"))

"""Findings: what each executed notebook found, for the index page's "Findings in brief".

A notebook shows its findings as a ``views.Findings`` output, of MIME type
:data:`FINDINGS_MIME`; :func:`notebook_findings` reads them from an executed notebook, and
:func:`_kept_findings` from the notebooks a render kept from an earlier one.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

#: The MIME type of the findings a notebook displays (nbutils.views.Findings).
FINDINGS_MIME = "application/vnd.nbutils.findings+json"


def notebook_findings(nb: Any) -> list[dict[str, Any]]:
    """The findings an executed notebook displayed (``views.Findings`` outputs)."""
    return [
        dict(out["data"][FINDINGS_MIME])
        for cell in nb.cells
        for out in cell.get("outputs", [])
        if FINDINGS_MIME in out.get("data", {})
    ]


def _kept_findings(folder: Path, kept: Sequence[Path]) -> dict[str, list[dict[str, Any]]]:
    """The findings of the executed notebooks kept from an earlier render, by notebook
    (``--notebook 02`` refreshes 02; the index still shows what 03 found)."""
    import nbformat

    found: dict[str, list[dict[str, Any]]] = {}
    for k in kept:
        try:
            found[k.stem] = notebook_findings(nbformat.read(folder / k.name, as_version=4))
        except (OSError, ValueError):  # unreadable: the page is still linked
            continue
    return found

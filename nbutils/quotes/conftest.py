"""The doctests of the modules below :mod:`nbutils.quotes.finder` call :func:`find_quotes`.

Their examples were written in one module, where ``find_quotes`` was a global; in the
package it is defined above them, and they cannot import it without an arrow up. pytest's
``doctest_namespace`` gives it to their doctests instead (it changes nothing outside them).
"""

import pytest

from nbutils.quotes.finder import find_quotes


@pytest.fixture(autouse=True)
def _find_quotes_in_doctests(doctest_namespace: dict) -> None:
    doctest_namespace["find_quotes"] = find_quotes

"""What every table of reactions shares: the quote table's columns and the groups of roles.

A quote table has the columns :data:`QUOTE_TABLE_COLUMNS`; every comparison puts a
speaker's role (:func:`nbutils.speakers.role_of`) into one group of :data:`ROLE_GROUPS`
(:func:`role_group`: *official* and *organisation* are both ``officials``), orders the
groups by :data:`GROUP_ORDER` (politicians, officials, citizens, the rest, unknown last)
and shows a missing value as a reader would say it (:func:`_labelled`: "no role found").
A score within ±:data:`NEUTRAL_BAND` counts as neutral. :func:`with_groups` adds the
``group`` column to a table, :func:`_check_table` says which column a table lacks.

Most modules of the package import from here; this module imports none of them.

>>> role_group("organisation"), role_group(None), _group_rank("citizens")
('officials', 'no role found', (2, 'citizens'))
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from nbutils.attribution import table as quote_tables
from nbutils.speakers import NO_ROLE, missing_label

#: The columns of a quote table, in order (defined once, in :mod:`nbutils.attribution.table`).
QUOTE_TABLE_COLUMNS: tuple[str, ...] = quote_tables.QUOTE_TABLE_COLUMNS
#: THE mapping from speaker roles (:func:`nbutils.speakers.role_of`) to the
#: groups every comparison uses — defined here once, nowhere else:
#:
#: * ``politicians``: people elected or running for office and party figures
#:   (presidents, prime ministers, MPs, senators, governors, mayors, party leaders);
#: * ``officials``: appointed government officials, diplomats, heads of
#:   international bodies, executives and spokespeople — and organisations,
#:   which speak through them;
#: * ``citizens``: residents, witnesses, voters — people quoted for themselves;
#: * ``civil society``: who speaks for a union, a campaign, a charity, an association or
#:   a faith (union leaders, activists, chairs of associations, clergy) — a voice of its
#:   own in coverage of strikes, protests and local disputes, neither an office-holder's
#:   nor a private person's;
#: * ``sport``: players, coaches, referees and the managers and chairs of clubs;
#: * ``experts``, ``journalists``, ``anonymous sources``: their own groups.
#:
#: :data:`nbutils.speakers.ROLES` says what each role means. A role not listed keeps its
#: own name; a missing role is :data:`NO_ROLE` ("no role found").
ROLE_GROUPS: dict[str, str] = {
    "politician": "politicians",
    "official": "officials",
    "organisation": "officials",
    "citizen/witness": "citizens",
    "civil society": "civil society",
    "sport": "sport",
    "expert": "experts",
    "journalist": "journalists",
    "anonymous source": "anonymous sources",
}
#: Shown for a missing role or group ("no role found"), as in every report.
UNKNOWN = NO_ROLE
#: Shown for who reacts when the writer names no one.
NOBODY = "nobody named"

_QUOTE_MARKS = "\"“”‘’'«»„ \t\n"


def _empty(columns: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


def _check_table(quotes: pd.DataFrame, needed: Iterable[str]) -> None:
    if not isinstance(quotes, pd.DataFrame):
        raise TypeError(f"expected a pandas DataFrame (a quote table), got {type(quotes).__name__}")
    missing = [c for c in needed if c not in quotes.columns]
    if missing:
        raise ValueError(
            f"quote table lacks column(s) {', '.join(missing)}; expected "
            f"{', '.join(QUOTE_TABLE_COLUMNS)}"
        )


def role_group(role: object) -> str:
    """The comparison group of a role: ``officials``, ``citizens`` or the role itself.

    >>> role_group("politician"), role_group("official"), role_group("citizen/witness")
    ('politicians', 'officials', 'citizens')
    >>> role_group(None)
    'no role found'
    """
    if not isinstance(role, str) or not role:
        return UNKNOWN
    return ROLE_GROUPS.get(role, role)


def _labelled(values: pd.Series, column: str = "role") -> pd.Series:
    """Missing values of ``column`` shown as :func:`nbutils.speakers.missing_label` says
    ("no role found", "no speaker found")."""
    label = missing_label(column)
    return values.where(values.notna() & (values.astype(str) != ""), label).astype(str)


#: How comparison groups are ordered in every table: politicians, officials,
#: citizens, the rest (alphabetically), unknown last.
GROUP_ORDER: tuple[str, ...] = ("politicians", "officials", "citizens")
#: A quote or sentence scoring within ±NEUTRAL_BAND counts as neutral (VADER's convention).
NEUTRAL_BAND = 0.05


def _group_rank(group: str) -> tuple[int, str]:
    if group in GROUP_ORDER:
        return GROUP_ORDER.index(group), group
    return (len(GROUP_ORDER) + (group == UNKNOWN), group)


def with_groups(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of a quote (or target) table with ``group`` from ``role`` when it
    lacks one, and a missing speaker or role shown as "no speaker found" / "no role
    found"."""
    _check_table(table, ("role",))
    out = table.copy()
    if "group" not in out.columns:
        out["group"] = [role_group(r) for r in out["role"]]
    for column in ("speaker", "role"):
        if column in out.columns:
            out[column] = _labelled(out[column], column) if len(out) else out[column]
    return out

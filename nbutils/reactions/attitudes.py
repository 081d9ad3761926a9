"""Whose attitude a quotation reports: the two rules that correct the stance model's reading.

The stance model (:mod:`nbutils.stance`) reads one sentence at a time. Two things it
cannot see are mended here, in place, on the rows of :func:`~nbutils.reactions.targets.quote_targets`,
each with a ``rule`` that says why:

* :func:`_balance` — *X supports Y*, when the other quotations treat Y negatively, is
  no praise of X (Heider's balance: the friend of my enemy; :data:`SUPPORT_VERBS`);
* :func:`_attitudes_of_others` — in *X respects Y*, *X attacked Y* the attitude toward Y
  is X's, not the speaker's (:data:`ATTITUDE_LEMMAS`): Y is made neutral.

It imports from :mod:`.base` only.

>>> _verb_forms("praise")
('praise', 'praises', 'praised', 'praising')
"""

from __future__ import annotations

import re

import pandas as pd

from nbutils.reactions.base import _QUOTE_MARKS, NEUTRAL_BAND

#: Verbs of support. "X supports Y" tells how the speaker sees X only together with how
#: the speaker sees Y: supporting someone the speakers oppose counts against X
#: (Heider's balance: "the friend of my enemy"), see :func:`_balance`.
SUPPORT_VERBS = frozenset(
    """support supports supported supporting back backs backed backing
help helps helped helping arm arms armed arming defend defends defended defending favour
favours favoured favor favors favored sides sided embrace embraces embraced""".split()
)
_SUPPORT = re.compile(
    r"\s+(?:\w+ly\s+)?(" + "|".join(sorted(SUPPORT_VERBS)) + r")\s+(?:with\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


#: Verbs of an attitude toward someone ("X respects Y", "X attacked Y"): said of a third
#: party, the attitude is that party's, not the speaker's (see :func:`_attitudes_of_others`).
ATTITUDE_LEMMAS = frozenset(
    """respect disrespect trust distrust admire praise thank love like dislike hate fear
value honour honor attack betray abandon ignore threaten insult humiliate blame criticise
criticize condemn undermine oppose invade bomb punish pressure mock""".split()
)


def _verb_forms(lemma: str) -> tuple[str, ...]:
    """The forms of a regular verb (*attack, attacks, attacked, attacking*)."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return (lemma, lemma + "s", stem + "ed", stem + "ing")


_AUXILIARY = (
    r"(?:(?:do|does|did|would|will|can|could|should|must|has|have|had)"
    r"(?:n['’]t|\s+not|\s+never)?\s+|\w+ly\s+|never\s+|not\s+)*"
)
#: "X (does not) respect (the people of) Y": X's span end, then this, then Y's span start.
_ATTITUDE = re.compile(
    r"\s+"
    + _AUXILIARY
    + r"("
    + "|".join(sorted({f for lemma in ATTITUDE_LEMMAS for f in _verb_forms(lemma)} | SUPPORT_VERBS))
    + r")\s+(?:the\s+(?:people|citizens|residents|government|leaders?|leadership|army|"
    r"troops|nation)\s+of\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


def _not_the_speakers(row: dict[str, object], verb: str, agent: str) -> None:
    """Make ``row``'s target neutral: the attitude the quotation reports is ``agent``'s."""
    row["stance"] = 0.0
    row["stance_label"] = "neutral"
    row["rule"] = (
        f"agent: the quotation reports {agent}'s attitude ({verb}) toward {row['target']}, "
        "not the speaker's own"
    )


def _attitudes_of_others(
    rows: list[dict[str, object]], spans: list[tuple[int, int] | None], quotes: pd.DataFrame
) -> None:
    """When a quotation says that target X supports, respects, attacks … target Y (a verb of
    :data:`ATTITUDE_LEMMAS` or :data:`SUPPORT_VERBS` right after X, Y right after it), the
    attitude toward Y is X's: the stance model's reading of Y from that verb is not the
    speaker's, and Y is made neutral, with a ``rule`` that says so ("They don't respect the
    people of Ukraine": negative toward them, no stance of the speaker's toward Ukraine).
    X keeps the model's reading. A row already decided by :func:`_balance` is left alone."""
    starts: dict[tuple[object, int], list[int]] = {}
    for j, (row, sp) in enumerate(zip(rows, spans, strict=True)):
        if sp is not None:
            starts.setdefault((row["quote"], sp[0]), []).append(j)
    for row, span in zip(rows, spans, strict=True):
        if span is None:
            continue
        said = str(quotes.loc[row["quote"], "text"]).strip(_QUOTE_MARKS)
        m = _ATTITUDE.match(said, span[1])
        if m is None:
            continue
        for j in starts.get((row["quote"], m.end()), []):
            other = rows[j]
            if other["rule"] or other["target"] == row["target"]:
                continue
            if other["stance_label"] in ("positive", "negative"):
                _not_the_speakers(other, m.group(1).lower(), str(row["target"]))


def _balance(
    rows: list[dict[str, object]], spans: list[tuple[int, int] | None], quotes: pd.DataFrame
) -> None:
    """Apply the balance rule in place. When a quotation says that target X
    *supports* target Y (:data:`SUPPORT_VERBS` right after X, Y right after the
    verb) and the quotations other than this one treat Y negatively on average
    (the same speaker's if they name Y, else their group's, else everyone's),
    the stance toward X cannot be positive: a positive reading is turned
    negative, and ``rule`` says why. The stance model reads one sentence and
    cannot know that supporting Y is bad news; the other quotes can. (The reading of Y
    itself is X's support, not the speaker's: :func:`_attitudes_of_others`.)"""
    model_stance = [
        float(r["stance"]) if r["stance"] == r["stance"] else float("nan") for r in rows
    ]
    for k, (row, span) in enumerate(zip(rows, spans, strict=True)):
        if span is None or not model_stance[k] > NEUTRAL_BAND:
            continue
        said = str(quotes.loc[row["quote"], "text"]).strip(_QUOTE_MARKS)
        m = _SUPPORT.match(said, span[1])
        if m is None:
            continue
        supported = next(
            (
                other
                for j, (other, sp) in enumerate(zip(rows, spans, strict=True))
                if j != k and other["quote"] == row["quote"] and sp is not None and sp[0] == m.end()
            ),
            None,
        )
        if supported is None:
            continue
        name = supported["target"]
        for same in ("speaker", "role", None):
            views = [
                model_stance[j]
                for j, other in enumerate(rows)
                if other["target"] == name
                and other["quote"] != row["quote"]
                and (same is None or other.get(same) == row.get(same))
                and model_stance[j] == model_stance[j]
            ]
            if views:
                break
        view = sum(views) / len(views) if views else 0.0
        if view < -NEUTRAL_BAND:
            row["stance"] = round(-model_stance[k] * min(1.0, -view / 0.5), 4) or -0.01
            row["stance_label"] = "negative"
            row["rule"] = (
                f"balance: {m.group(1)} {name}, whom the other quotations treat "
                f"negatively (mean stance {view:+z.2f}, n={len(views)})"
            )

"""Names in Title-Cased headlines (issue #14 class 3): a name stops at the headline's verb,
a cue (*Said*, *Joked*) or any other English word after the surname (*Tours*, *Run*), so the
canonical name is the person's and not "Jane Roe Tours Town". Texts written for these tests."""

from __future__ import annotations

import pytest

from nbutils.attribution import attribute
from nbutils.speakers import cluster_entities
from nbutils.speakers.names import name_mentions


def canonicals(text: str) -> list[str]:
    return [e.canonical for e in cluster_entities(text).entities]


@pytest.mark.parametrize(
    "headline",
    [
        'At The Summit, Jane Roe Said "We Will Not Back Down"',
        "Jane Roe Joked About The Budget Again",
        "Mayor Jane Roe Tours Flooded Town, Vows Help",
        "Will Jane Roe Run Again? Voters Wonder",
        "Senator Jane Roe Faces Questions Over Bridge",  # a verb before a later cue
    ],
)
def test_a_headline_name_stops_at_the_verb(headline: str) -> None:
    text = headline + '\n\n"We will rebuild," Roe said on Monday.'
    assert "Jane Roe" in canonicals(text)
    assert not any(c.startswith("Jane Roe ") for c in canonicals(text))
    (rec,) = [r for r in attribute(text) if r.text.startswith('"We will')]
    assert rec.speaker == "Jane Roe"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an initial is no surname, and an ordinary sentence is no headline
        (
            "In March, Douglas J. Fenwick, who ran the Harbor Fund, wrote to Ms. Lindell.",
            "Douglas J. Fenwick",
        ),
        # a first name later in the run: the run names that person
        (
            "Ann Lee Thanks County Features Editor Matthew Dowling For Coverage",
            "Matthew Dowling",
        ),
        ("Mary Ann Smith Visits The Town Hall On Monday", "Mary Ann Smith"),
    ],
)
def test_names_that_must_not_be_cut(text: str, name: str) -> None:
    assert name in canonicals(text + '\n\n"Thanks," he said.')


def test_a_short_headline_line_of_capitalised_words_stops_the_name_at_the_cue() -> None:
    """'Tom Hale Says He Will Run' has few words of four letters, but every word capitalised
    on a line of its own: a headline, whose 'Says' ends the name; an ordinary sentence
    keeps its words."""
    text = 'The vote is on Friday.\n\nTom Hale Says He Will Run\n\n"I am ready," he told reporters.'
    assert [a.speaker for a in attribute(text)] == ["Tom Hale"]
    assert [m.name for m in name_mentions("Tom Hale says he will run.")] == ["Tom Hale"]


def test_an_organisation_s_name_keeps_its_plural_possessive_and_its_place() -> None:
    from nbutils.speakers.names import name_mentions

    text = "In a statement, the Harlow Town Supporters' Trust said the owners must explain."
    assert [(m.name, m.kind, m.title) for m in name_mentions(text)] == [
        ("Harlow Town Supporters' Trust", "organisation", "")
    ]
    # a team's possessive before a player's name is no organisation's name
    text = "The Eagles' Jalen Hurts said it."
    assert "Jalen Hurts" in [m.name for m in name_mentions(text)]

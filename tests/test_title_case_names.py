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


@pytest.mark.parametrize(
    ("text", "kept", "not_people"),
    [
        (
            "Latinos Share Fears Over New Rules\n\nFarmworkers in Fresno said the rules worried "
            'them. "We are scared," said Maria Lopez, a shop owner.',
            {"Maria Lopez"},
            {"Latinos Share", "Share Fears", "New Rules"},
        ),
        (
            "Unlike Patriot Missiles, Drones Cost Little\n\nThe army bought drones this year. "
            '"They are cheap," said analyst Tom Reyes.',
            {"Tom Reyes"},
            {"Unlike Patriot", "Patriot Missiles", "Drones Cost Little"},
        ),
        (
            "Hollis Hid Losses From Partners\n\nThe court heard that Dana Hollis kept two sets "
            "of books. Hollis denied it.",
            {"Dana Hollis"},
            {"Hollis Hid", "Hid Losses"},
        ),
        (
            "Voters Rebuff Donald Kemper Over Bridge Tolls\n\nThe mayor, Donald Kemper, lost "
            "the vote on Tuesday. Kemper said he would try again.",
            {"Donald Kemper"},
            {"Voters Rebuff Donald Kemper", "Voters Rebuff"},
        ),
    ],
)
def test_a_title_case_headline_lends_no_words_to_names(
    text: str, kept: set[str], not_people: set[str]
) -> None:
    people = {e.canonical for e in cluster_entities(text) if e.kind == "person"}
    assert kept <= people
    assert not (not_people & people)


def test_a_headline_s_body_word_and_role_name_no_one() -> None:
    # "Interior Nominee Pledges …": the body capitalises "Interior" (the Interior Department)
    # and "Nominee" is a role; together they name the role's holder, not a person or body
    text = (
        "Interior Nominee Pledges Review of Parks\n\nLaura Finch, the former state senator "
        "chosen to run the Interior Department, faced questions on Tuesday. Ms. Finch said "
        'she had paid every bill. "I have nothing to hide," the nominee said.'
    )
    assert not any(m.name.endswith("Nominee") for m in name_mentions(text))
    assert [a.speaker for a in attribute(text)] != ["Interior Nominee"]
    # the negative: a role before the name still opens it ("Mayor Tom Hale Wins Again")
    body = "Parks Chief Ann Lee Resigns\n\nAnn Lee of the Parks Department left on Monday."
    assert "Ann Lee" in {e.canonical for e in cluster_entities(body) if e.kind == "person"}


def test_a_text_all_in_title_case_keeps_its_names() -> None:
    # the negative: with no body to compare with, a headline's names stay whole
    names = [m.name for m in name_mentions("Mayor Tom Hale Wins Again")]
    assert names and names[0].startswith("Tom Hale")


def test_an_organisation_s_name_keeps_its_plural_possessive_and_its_place() -> None:
    from nbutils.speakers.names import name_mentions

    text = "In a statement, the Harlow Town Supporters' Trust said the owners must explain."
    assert [(m.name, m.kind, m.title) for m in name_mentions(text)] == [
        ("Harlow Town Supporters' Trust", "organisation", "")
    ]
    # a team's possessive before a player's name is no organisation's name
    text = "The Eagles' Jalen Hurts said it."
    assert "Jalen Hurts" in [m.name for m in name_mentions(text)]


def test_the_and_pattern_tried_around_and_finds_what_a_full_scan_finds() -> None:
    import random

    from nbutils.speakers.names import _AND_ORG, _and_orgs

    words = "Food and Drug Administration Ann Tom Sen. U.S. the union Allied Workers x AND Bank"
    pool = words.split() + ["and", "and", "\n", "O'Neil", "Gov."]
    rng = random.Random(7)
    for _ in range(2000):
        text = " ".join(rng.choice(pool) for _ in range(rng.randint(1, 40)))
        assert [m.span() for m in _and_orgs(text)] == [m.span() for m in _AND_ORG.finditer(text)]


@pytest.mark.parametrize(
    "headline, body, speaker",
    [
        # a bare title before a capitalised verb: the person the story names with it
        (
            'Mayor Slams Budget, Says "We Were Robbed"',
            'Mayor Ann Lee attacked the budget on Monday. "We were robbed," she said.',
            "Ann Lee",
        ),
        # a clause opened by "As": its subject speaks, not the run before it
        (
            "Minister Defends School Meals Plan As Critics Say 'Too Little'",
            'The education minister, Rachel Dunmore, defended it. "It is fair," she said.',
            "Critics",
        ),
        # a surname that reads as a verb is still the name's
        (
            'Jane Rogers Says "We Will Rebuild The Pier"',
            'Jane Rogers, the mayor, spoke on Monday. "It will take years," she said.',
            "Jane Rogers",
        ),
    ],
)
def test_a_headline_clause_is_cut_to_its_subject(headline: str, body: str, speaker: str) -> None:
    first = attribute(f"{headline}\n\n{body}")[0]
    assert first.speaker == speaker


def test_the_short_line_read_near_a_word_is_the_whole_line_stripped() -> None:
    """``_short_line`` reads only the text near ``at`` (so a long line costs no more than a
    short one), and answers as reading the whole line would: its stripped text when it is
    at most ``most`` characters long, else ``None``; runs of white space at the edges
    included. Every offset of strings of words, spaces, tabs and line breaks."""
    import random

    from nbutils.speakers.headlines import _short_line

    def whole_line(text: str, at: int, most: int) -> str | None:
        a, b = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        line = text[a : len(text) if b < 0 else b].strip()
        return line if len(line) <= most else None

    rnd = random.Random(7)
    pieces = ["Tom", "Hale", "says", " ", " ", "   ", "\t", "\n", "\u00a0", "\r", "x."]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30)))
        most = rnd.randint(0, 30)
        for at in range(len(text) + 1):
            assert _short_line(text, at, most) == whole_line(text, at, most), (text, at, most)

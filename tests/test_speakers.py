"""Speakers: name runs, titles, alias clusters, gender, pronouns, descriptors, roles."""

from __future__ import annotations

import pytest

from nbutils.articles import load_default
from nbutils.quotes import find_quotes
from nbutils.speakers import (
    cluster_entities,
    name_gender,
    name_mentions,
    role_of,
    split_title,
)


def test_split_title_variants() -> None:
    assert split_title("US President Donald Trump".split()) == (["US", "President"],
                                                                ["Donald", "Trump"])
    assert split_title("Vice President JD Vance".split()) == (["Vice", "President"],
                                                              ["JD", "Vance"])
    assert split_title(["MP", "Ina", "Sovsun"]) == (["MP"], ["Ina", "Sovsun"])
    assert split_title(["President"]) == ([], ["President"])


def test_sentence_initial_common_words_are_not_names() -> None:
    text = "Similarly, comments came. Despite that, Rutte spoke. Similarly Rutte agreed."
    names = [m.name for m in name_mentions(text)]
    assert "Similarly" not in names and "Despite" not in names
    assert names.count("Rutte") == 2


def test_days_and_gerunds_are_not_people() -> None:
    names = [m.name for m in name_mentions("Reacting to that, Obama spoke on Tuesday.")]
    assert names == ["Obama"]


def test_default_article_clusters() -> None:
    article = load_default()
    ents = cluster_entities(article.text)
    rutte = ents.lookup("Rutte")
    assert rutte is not None and rutte.canonical == "Mark Rutte"
    assert "NATO Secretary General" in rutte.titles
    assert rutte.role == "official" and rutte.gender == "male"
    assert ents.lookup("Trump").canonical == "Donald Trump"
    assert ents.lookup("Trump's").canonical == "Donald Trump"
    assert ents.lookup("Zelenskyy").canonical == "Volodymyr Zelenskyy"
    assert ents.lookup("Sovsun").role == "politician"
    assert ents.lookup("Andriy").role == "citizen/witness"
    assert ents.lookup("Yulia").role == "citizen/witness"


def test_descriptor_resolves_to_title_holder() -> None:
    text = load_default().text
    ents = cluster_entities(text)
    offset = text.index("The NATO chief")
    assert ents.resolve_descriptor("The NATO chief", offset).canonical == "Mark Rutte"
    assert ents.resolve_descriptor("the grocer", offset) is None


@pytest.mark.parametrize("first, gender", [("Mark", "male"), ("Ina", "female"),
                                           ("Chris", None), ("Volodymyr", None)])
def test_name_gender(first: str, gender: str | None) -> None:
    assert name_gender(first) == gender


def test_pronoun_prefers_subject_and_gender() -> None:
    text = ("Senator Anna Berg met Tom Hale on Monday. Hale praised the plan. "
            "She said the plan was good. Later he left.")
    ents = cluster_entities(text)
    assert ents.resolve_pronoun("she", text.index("She said")).canonical == "Anna Berg"
    assert ents.resolve_pronoun("he", text.index("he left")).canonical == "Tom Hale"
    assert ents.resolve_pronoun("they", text.index("he left")) is None


def test_pronoun_ignores_names_inside_quotes() -> None:
    text = 'Mark Lane spoke. "I met Peter Fox," he said.'
    quotes = [(q.start, q.end) for q in find_quotes(text)]
    ents = cluster_entities(text, exclude=quotes)
    assert ents.resolve_pronoun("he", text.index("he said")).canonical == "Mark Lane"


def test_current_speaker_goes_on_until_someone_new() -> None:
    text = ('Mark Lane spoke first. "One," he said. "Two," he said. Paul Grey objected. '
            '"Three," he said.')
    ents = cluster_entities(text, exclude=[(q.start, q.end) for q in find_quotes(text)])
    lane = ents.lookup("Lane")
    second = text.index('he said. "Two') + len('he said. "Two," ')
    assert ents.resolve_pronoun("he", second, prefer=lane, prefer_since=second - 10) is lane
    third = text.rindex("he said")
    assert ents.resolve_pronoun("he", third, prefer=lane,
                                prefer_since=text.index("Paul") - 2).canonical == "Paul Grey"


def test_organisations_are_not_people() -> None:
    ents = cluster_entities("The Washington Post reported it. NATO agreed. Jane Doe spoke.")
    kinds = {e.canonical: e.kind for e in ents}
    assert kinds["Washington Post"] == "organisation" and kinds["NATO"] == "organisation"
    assert kinds["Jane Doe"] == "person"


@pytest.mark.parametrize("text, role", [
    ("a senior administration official", "official"),
    ("sources familiar with the talks", "anonymous source"),
    ("Professor of economics", "expert"),
    ("a local resident", "citizen/witness"),
    ("Senator", "politician"),
    ("the newspaper's reporter", "journalist"),
    ("a tall man in a hat", "citizen/witness"),
    ("something else", None),
])
def test_roles(text: str, role: str | None) -> None:
    assert role_of(text) == role

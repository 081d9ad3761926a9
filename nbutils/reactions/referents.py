"""Whom a quotation means without naming them: its pronouns, the offices it names, its speaker.

* :func:`_antecedents` — *they*, *he*, *she* inside a quotation stand for the people the
  narration of the same sentence names before it;
* :func:`office_index` / :func:`_office_holders` — *the governor* is the one person of
  the article whose title holds that office (not a former holder, not a deputy);
* :func:`is_self` — a speaker naming themself (*Ms. Brandt* said by *Clara Brandt*) is
  no target.

It imports nothing from the package.

>>> is_self("Mr. Okoro", "Dele Okoro")
True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nbutils.speakers import Entities


#: Pronouns inside a quotation that can point at people named just before it.
_PRONOUNS = re.compile(r"\b(they|them|their|he|him|his|she|her)\b", re.IGNORECASE)
_PRONOUN_GENDER = {
    "he": "male",
    "him": "male",
    "his": "male",
    "she": "female",
    "her": "female",
    "her's": "female",
}


def _antecedents(
    pronoun: str, article_text: str, quote_start: int, speaker: object, entities: Entities
) -> list[str]:
    """The people a pronoun inside a quotation stands for, from the narration of
    the quote's own sentence before the quote (*Andriy condemned the rudeness of
    Trump and Vance, commenting: "They don't respect …"*): for *they/them/their*
    every person named there when there are two or more; for *he/she* the last
    person named there of that gender (or of unknown gender). Never the
    speaker; nothing when the sentence names nobody."""
    from nbutils.tokenise import sentence_spans

    sentence = next(((s, e) for s, e in sentence_spans(article_text) if s <= quote_start < e), None)
    if sentence is None:
        return []
    named: list[tuple[int, str, str | None]] = []
    seen: set[str] = set()
    for entity in entities:
        if entity.kind != "person" or is_self(entity.canonical, speaker):
            continue
        for s, e in entity.mentions:
            if sentence[0] <= s and e <= quote_start:
                if entity.canonical not in seen:
                    named.append((s, entity.canonical, entity.gender))
                    seen.add(entity.canonical)
    named.sort()
    low = pronoun.lower()
    if low in ("they", "them", "their"):
        return [name for _, name, _ in named] if len(named) >= 2 else []
    gender = _PRONOUN_GENDER.get(low)
    fitting = [name for _, name, g in named if g in (gender, None)]
    return fitting[-1:]


#: An office named by its title inside a quotation: "the governor", "the prime minister".
_OFFICE_NOUNS = frozenset(
    "president governor mayor senator minister chancellor premier congressman congresswoman"
    " secretary chairman chairwoman commissioner sheriff speaker".split()
)
_OFFICE = re.compile(
    r"\b[Tt]he\s+((?:(?:prime|vice|state|county|city)\s+)?(?:"
    + "|".join(sorted(_OFFICE_NOUNS))
    + r"))\b"
)
#: Words that make a title another office than its last word: the *vice* president.
_LESSER_OFFICE = frozenset("vice deputy assistant lieutenant first under".split())
#: Abbreviated titles and the office they name.
_TITLE_FORMS = {"gov": "governor", "sen": "senator", "pres": "president", "rep": "congressman"}


def office_index(entities: Entities) -> dict[tuple[str, ...], list[tuple[int, str]]]:
    """Who holds each office by title, read once per article: an office's words
    (``("governor",)``, ``("prime", "minister")``) -> ``(first mention, canonical name)``
    of each person whose title holds it (*Gov. Ann Lee*), not a former holder (*former
    President Bill Clinton*) nor a lesser office (*Vice President Tom Hale* is no president).

    >>> from nbutils.speakers import cluster_entities
    >>> office_index(cluster_entities("Gov. Ann Lee met Vice President Tom Hale."))
    {('governor',): [(0, 'Ann Lee')], ('vice', 'president'): [(17, 'Tom Hale')]}
    """
    index: dict[tuple[str, ...], list[tuple[int, str]]] = {}
    for entity in entities:
        if entity.kind != "person" or not entity.mentions:
            continue
        for title in entity.titles:
            words = [w.strip(".,").lower() for w in title.split()]
            words = [_TITLE_FORMS.get(w, w) for w in words]
            if {"former", "ex", "late"} & set(words):
                continue
            for i in range(len(words)):
                if i and words[i - 1] in _LESSER_OFFICE:
                    continue  # (its own office starts with the lesser word)
                for n in (1, 2):
                    if i + n > len(words) or words[i + n - 1] not in _OFFICE_NOUNS:
                        continue
                    holders = index.setdefault(tuple(words[i : i + n]), [])
                    if (entity.mentions[0][0], entity.canonical) not in holders:
                        holders.append((entity.mentions[0][0], entity.canonical))
    return index


def _office_holders(
    said: str,
    quote_start: int,
    speaker: object,
    offices: dict[tuple[str, ...], list[tuple[int, str]]],
) -> list[tuple[str, str, tuple[int, int]]]:
    """The people a quotation names by their office (*"The governor has failed us"*):
    ``(canonical name, mention, span in the quote)`` for each office that exactly one
    person of the article (:func:`office_index`), named before the quote, holds; an
    office that nobody or several hold is left out, and so is the speaker's own.

    >>> from nbutils.speakers import cluster_entities
    >>> t = 'Gov. Ann Lee signed it. "The governor broke her word," said Tom Bell.'
    >>> q = t.index('"')
    >>> offices = office_index(cluster_entities(t))
    >>> _office_holders(t[q + 1 : t.index('," said')], q, "Tom Bell", offices)
    [('Ann Lee', 'The governor', (0, 12))]
    """
    found = []
    for m in _OFFICE.finditer(said):
        holders = {
            name
            for first, name in offices.get(tuple(m.group(1).lower().split()), ())
            if first < quote_start and not is_self(name, speaker)
        }
        if len(holders) == 1:
            found.append((holders.pop(), m.group(), (m.start(), m.end())))
    return found


def is_self(name: object, speaker: object) -> bool:
    """Is ``name`` the ``speaker`` themself? The same name, or one is part of
    the other ending in the same word, titles aside (*Brandt*, *Ms. Brandt*
    and *Clara Brandt* are one person; *Bob Brandt* is another).

    >>> is_self("Ms. Brandt", "Clara Brandt"), is_self("Clara Brandt", "Brandt")
    (True, True)
    >>> is_self("Bob Brandt", "Clara Brandt"), is_self("Brandt", None)
    (False, False)
    """
    from nbutils.speakers import split_title

    if not isinstance(name, str) or not isinstance(speaker, str) or not name or not speaker:
        return False

    def words(text: str) -> list[str]:
        plain = re.sub(r"['’]s?$", "", text.strip()).split()
        return [w.casefold() for w in (split_title(plain)[1] if len(plain) > 1 else plain)]

    a, b = words(name), words(speaker)
    if not a or not b:
        return False
    return a == b or a[-1] == b[-1] and (set(a) <= set(b) or set(b) <= set(a))

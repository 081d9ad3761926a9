"""Which country's side a target is on, so that a capital, a government and its leaders are read together.

:func:`country_of` says: a country is its own; a place belongs to the country WordNet
puts it in, found by climbing a few part-of steps (:func:`_country_of_place`: *Washington*
-> District of Columbia -> United States); a person to the country their title in the
article names (*US President …*).

It imports nothing from the package.

>>> country_of("Kenya", "country"), country_of("Ann Lee", "person")
('Kenya', None)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from nbutils.entities import place_of

if TYPE_CHECKING:
    from nbutils.speakers import Entities


def country_of(name: str, kind: str, entities: Entities | None = None) -> str | None:
    """The country a target belongs to, so that stance toward a country's
    capital, government and leaders can be read together: a country is its own;
    a place belongs to the country WordNet puts it in (*Washington* → District
    of Columbia → United States); a person to the country their title in the
    article names (*US President Donald Trump*). ``None`` when nothing says.

    >>> country_of("Ukraine", "country"), country_of("Washington", "place")
    ('Ukraine', 'United States')
    """
    if kind == "country":
        return name
    place = place_of(name)
    if place is not None:
        if place[2] == "country":
            return place[1]
        return _country_of_place(place[0])
    if entities is not None and kind == "person":
        entity = entities.lookup(name)
        if entity is not None:
            for title in (*entity.titles, *entity.descriptors):
                for word in re.findall(r"[A-Z][A-Za-z.]*", title):
                    where = place_of(word.rstrip("."))
                    if where is not None and where[2] == "country":
                        return where[1]
    return None


@lru_cache(maxsize=1024)
def _country_of_place(synset: str) -> str | None:
    from nbutils.entities import wordnet

    wn = wordnet()
    frontier = [wn.synset(synset)]
    for _ in range(4):  # city -> district/state -> country, a few steps at most
        nxt = []
        for s in frontier:
            for h in s.part_holonyms():
                place = place_of(h.lemmas()[0].name())
                if place is not None and place[0] == h.name() and place[2] == "country":
                    return place[1]
                nxt.append(h)
        frontier = nxt
    return None

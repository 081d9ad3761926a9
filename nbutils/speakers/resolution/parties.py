"""Party people: *the Democrat*, *the Ohio Republican*, *the first-term Democrat*.

A party names a person only as the head of a description (*Ann Lee, a Democrat*; *Sen.
Al Roe (R-Tex.)*; *Democrat of Ohio*), and a place with it must be that person's
(:func:`_same_place`: *Tex.* is *Texas*). When no one is so described, *the Texas
Republican* is the politician named last as from Texas and by no other party
(:meth:`~_Parties._place_politician`), else a politician described by no party at all
(:meth:`~_Parties.unmarked_politician`).

>>> from nbutils.speakers import cluster_entities
>>> t = "Ann Lee, a Democrat, met Tom Ray, a Republican. Later the Democrat said no."
>>> cluster_entities(t).party_person("", "Democrat", t.index("the Democrat")).canonical
'Ann Lee'
>>> _same_place("N.Y.", "New York")
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nbutils.speakers.resolution.registry import _EPITHET_WINDOW
from nbutils.speakers.roles import Entity

#: Roles of the people a place-and-party epithet (*the Texas Republican*) may mean.
_PARTY_EPITHET_ROLES = frozenset({"politician", "official", None})

#: A party as the head of a person's description: "a Democrat", "Democrat of Ohio",
#: "a Kansas Republican" (not "Republican National Committee chairman").
_PARTY_DESCRIPTOR = re.compile(
    r"(?:an?\s+|the\s+)?(?:(?!former\b|ex-)[a-z0-9][\w-]*\s+){0,2}"  # "a freshman Democrat"
    r"((?:[A-Z][\w.'’-]*\s+){0,2})(Democrat|Republican|Independent)"
    r"(?:\s+(?:of|from)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?))?"
    r"(?:,?\s+(?:who|whose)\s.*)?"  # "a Democrat from Ohio whose father …"
)

#: A descriptor naming only where someone is from (*of Texas*, *from New York*).
_FROM_PLACE = re.compile(r"(?:of|from)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)")

#: A title opened by a place: "Ohio Gov.", "New York Sen.", "Texas Attorney General".
_PLACE_TITLE = re.compile(
    r"((?:[A-Z][a-z.]+\s+){1,2}?)(?:Gov\.|Governor|Sen\.|Senator|Rep\.|"
    r"Attorney\s+General|Lt\.\s+Gov\.|Mayor)$"
)


def _place_title(title: str, place: str) -> bool:
    """Does ``title`` open on ``place`` (*Ohio Gov.* for *Ohio*)?

    >>> _place_title("Ohio Gov.", "Ohio"), _place_title("Gov.", "Ohio")
    (True, False)
    """
    m = _PLACE_TITLE.fullmatch(title.strip())
    return m is not None and _same_place(m.group(1).strip(), place)


def _same_place(said: str, place: str) -> bool:
    """Is ``said`` (*Texas*, *Calif.*, *N.Y.*) the place ``place`` (*Texas*, *California*,
    *New York*)? A full name, or an abbreviation of its words' first letters.

    >>> _same_place("Calif.", "California"), _same_place("N.Y.", "New York")
    (True, True)
    >>> _same_place("Fla.", "Florida"), _same_place("Wis.", "Wisconsin")
    (True, True)
    >>> _same_place("Texas", "Ohio"), _same_place("Ore.", "Ohio")
    (False, False)
    """
    said, place = said.strip(" ."), place.strip()
    if said.lower() == place.lower():
        return True
    words = place.split()
    if "." in said and len(words) > 1:
        return said.replace(".", "").upper() == "".join(w[0] for w in words).upper()
    if len(words) != 1 or len(said) < 2 or said[0].lower() != place[0].lower():
        return False
    rest = iter(place.lower()[1:])  # "Fla." in "Florida": its letters in order
    return all(c in rest for c in said.lower()[1:])


def _party_place(m: re.Match[str]) -> str:
    """The place a :data:`_PARTY_DESCRIPTOR` match names: before the party (*a Texas
    Republican*) or after it (*Democrat of Ohio*); ``""`` when none."""
    return " ".join((m.group(1) or "").split()) or (m.group(3) or "")


def _from_elsewhere(e: Entity, place: str) -> bool:
    """Is ``e`` described as from a place other than ``place`` (*of Texas*, *D-Ohio*)?"""
    for d in e.descriptors:
        m = _FROM_PLACE.fullmatch(d.strip(" ,."))
        named = m.group(1) if m else ""
        if not named and (p := _PARTY_DESCRIPTOR.fullmatch(d.strip(" ,."))):
            named = _party_place(p)
        if named and not _same_place(named, place):
            return True
    return False


#: Titles only an elected lawmaker or executive holds (*Rep.*, *Sen.*, *Gov.*).
_LAWMAKER_TITLES = frozenset(
    """rep rep. representative sen sen. senator gov gov. governor congressman congresswoman
assemblyman assemblywoman assemblymember""".split()
)


def _lawmaker_title(e: Entity) -> bool:
    """Is ``e`` titled as an elected lawmaker or governor (*Rep.*, *Sen.*, *Gov.*)?"""
    return any(w.lower() in _LAWMAKER_TITLES for t in e.titles for w in t.split())


def _party_descriptions(e: Entity, party: str) -> Iterator[tuple[str, re.Match[str]]]:
    """``e``'s descriptions by ``party`` (*a Kansas Democrat*, *Democrat of Ohio*), each
    with its reading by :data:`_PARTY_DESCRIPTOR`."""
    for d in e.descriptors:
        m = _PARTY_DESCRIPTOR.fullmatch(d.strip(" ,."))
        if m is not None and m.group(2) == party:
            yield d, m


class _Parties:
    """The person a party epithet means (a part of
    :class:`~nbutils.speakers.resolution.Entities`, reading the state of :class:`_Registry`)."""

    def party_person(
        self, place: str, party: str, offset: int, modifiers: tuple[str, ...] = ()
    ) -> Entity | None:
        """*the Democrat*, *the Ohio Democrat*: the person named last before ``offset``
        whose description is that party (``Democrat``, ``Republican``) and, when ``place``
        is given, names that place (*a Kansas Democrat*, *Democrat of Ohio*, from *(D-Ohio)*:
        :func:`_same_place`) and holds the lower-case ``modifiers`` (*the freshman
        Democrat*); ``None`` when no one is so described. A party alone describes
        someone only as a description's head: *Republican National Committee chairman*
        describes no Republican, and *Republican Donald Trump* is no *Wisconsin Republican*.

        >>> from nbutils.speakers import cluster_entities
        >>> t = "Ann Lee, a Democrat, met Tom Ray, a Republican. Later the Democrat said no."
        >>> cluster_entities(t).party_person("", "Democrat", t.index("the Democrat")).canonical
        'Ann Lee'
        >>> t = "Sen. Al Roe (R-Tex.) met Sen. Ann Lee, Democrat of Ohio. The Texas Republican left."
        >>> cluster_entities(t).party_person("Texas", "Republican", t.index("The Texas")).canonical
        'Al Roe'
        """
        best, best_last = None, -1
        for e in self.entities:
            if e.kind == "organisation" or not e.mentions or e.mentions[0][0] >= offset:
                continue
            for d, m in _party_descriptions(e, party):
                named = _party_place(m)
                if place and not (named and _same_place(named, place)):
                    continue
                if modifiers and not set(modifiers) <= set(d.split()):
                    continue  # "the freshman Democrat": a Democrat described as freshman
                last = max(s for s, _ in e.mentions if s < offset)
                if last > best_last:
                    best, best_last = e, last
        if best is None and place:
            return (
                self._place_politician(place, party, offset)
                or self._placeless_party(place, party, offset)
                or self._unmarked_politician(party, offset, contrast=True, place=place)
            )
        return best

    def _placeless_party(self, place: str, party: str, offset: int) -> Entity | None:
        """*the Nevada Republican* for the one person in the window before ``offset``
        described by that party with no place (*Al Roe, a first-term Republican who …*) and
        from nowhere else; ``None`` when there is no one such, or more than one."""
        found: set[int] = set()
        person = None
        for _, e in self.persons_before(offset, _EPITHET_WINDOW):
            if e.kind == "organisation" or id(e) in found or _from_elsewhere(e, place):
                continue
            if any(not _party_place(m) for _, m in _party_descriptions(e, party)):
                found.add(id(e))
                person = e
        return person if len(found) == 1 else None

    def _place_politician(self, place: str, party: str, offset: int) -> Entity | None:
        """*the Texas Republican* when no one is described by a party: the politician named
        last before ``offset`` who is described as from that place (*Rep. Lyle Harmon of
        Texas*) and by no other party; ``None`` when there is none.

        >>> from nbutils.speakers import cluster_entities
        >>> t = "Rep. Lyle Harmon of Texas spoke. Rep. Ann Cole (D-Ohio) spoke. Then"
        >>> cluster_entities(t).party_person("Texas", "Republican", len(t)).canonical
        'Lyle Harmon'
        >>> cluster_entities(t).party_person("Ohio", "Republican", len(t)) is None
        True
        """
        seen: set[int] = set()
        # (the people named in a window before it, most recent first: bounded, so a long
        # text of such epithets stays linear)
        for _, e in self.persons_before(offset, _EPITHET_WINDOW):
            # (an office holder too: "Reps. Al Roe of Texas and …" may leave the plural
            # title unread, and the role an official's)
            if id(e) in seen or e.kind == "organisation" or e.role not in _PARTY_EPITHET_ROLES:
                continue
            seen.add(id(e))
            parties = {m.group(2) for d in e.descriptors if (m := _PARTY_DESCRIPTOR.search(d))}
            if parties - {party}:
                continue  # described by another party
            if any(
                (m := _FROM_PLACE.fullmatch(d.strip(" ,."))) and _same_place(m.group(1), place)
                for d in e.descriptors
            ) or any(_place_title(t, place) for t in e.titles):
                return e
        return None

    def unmarked_politician(self, party: str, offset: int) -> Entity | None:
        """*the first-term Democrat* when no one in the article is described by a party or a
        place: the politician named last before ``offset`` (in a bounded window) and by no
        other party; ``None`` when there is none.

        >>> from nbutils.speakers import cluster_entities
        >>> t = "Gov. Lena Marsh spoke. Then"
        >>> cluster_entities(t).unmarked_politician("Democrat", len(t)).canonical
        'Lena Marsh'
        """
        return self._unmarked_politician(party, offset, contrast=False)

    def paragraph_politician(self, party: str, offset: int) -> Entity | None:
        """The politician the paragraph holding ``offset`` names last before it, when no
        other party describes them: *the 70-year-old Republican*, an age no one was given,
        is news about the one this paragraph is about (*Sen. Ann Roe of Maine said …
        "…," the 70-year-old Republican said*), not a Republican named paragraphs before.
        ``None`` when the paragraph names no one before ``offset``, or names a person of
        another party or no politician last.

        >>> from nbutils.speakers import cluster_entities
        >>> t = "Rep. Al Lee, a Republican, spoke.\\nSen. Ann Roe of Maine said no. The"
        >>> cluster_entities(t).paragraph_politician("Republican", len(t)).canonical
        'Ann Roe'
        >>> t = "Sen. Ann Roe, a Democrat, spoke. The"
        >>> cluster_entities(t).paragraph_politician("Republican", len(t)) is None
        True
        """
        paragraph = self._paragraph_start(offset)
        for m, e in self.persons_before(offset, _EPITHET_WINDOW):
            if m.start <= paragraph:
                return None
            if e.role != "politician" and not _lawmaker_title(e):
                return None
            parties = {p.group(2) for d in e.descriptors if (p := _PARTY_DESCRIPTOR.search(d))}
            return None if parties - {party} else e
        return None

    def _unmarked_politician(
        self, party: str, offset: int, contrast: bool, place: str = ""
    ) -> Entity | None:
        """:meth:`unmarked_politician`, passing over politicians described by another party
        (*the Lansing Democrat* is not the governor described as *a Republican*); with
        ``contrast`` (an epithet with a place), only when no one in the window is described
        by ``party`` itself (*the Wisconsin Republican* is not
        *Republican Donald Trump* when the place does not fit him: someone unmarked is
        meant, and who is not clear); someone described as from another place than
        ``place`` is not meant either.

        >>> from nbutils.speakers import cluster_entities
        >>> t = "Gov. Ann Roe, a Democrat, met Sen. Al Lee. The Ohio Republican left."
        >>> cluster_entities(t).party_person("Ohio", "Republican", t.index("The Ohio")).canonical
        'Al Lee'
        >>> t = "Speaker Al Lee met Gov. Ann Roe, a Democrat, and Republican Bo Kerr. The Ohio Republican"
        >>> cluster_entities(t).party_person("Ohio", "Republican", t.index("The Ohio")) is None
        True
        """
        found = None
        for _, e in self.persons_before(offset, _EPITHET_WINDOW):
            if e.kind == "organisation" or not (e.role == "politician" or _lawmaker_title(e)):
                continue  # (a lawmaker by title whose description says more: "Rep. Al Lee,
                # a former union organizer")
            if contrast and _from_elsewhere(e, place):
                continue  # ("Rep. Lyle Harmon of Texas" is not "the Ohio Republican")
            parties = {m.group(2) for d in e.descriptors if (m := _PARTY_DESCRIPTOR.search(d))}
            if contrast and (party in parties or party in " ".join(e.titles).split()):
                return None  # (described or titled by that party: "Republican Donald Trump")
            if found is None and not parties - {party}:
                found = e
            if found is not None and not contrast:
                return found
        return found

"""Organisations: which one an *it*/*they*, *the company*, *the museum* or *the airline* is.

* :meth:`~_Organisations.resolve_organisation`: *it*/*they* is the organisation named last
  in the last few sentences, a subject first;
* :meth:`~_Organisations.last_company`: *the company* is the business named last (not a
  news outlet that only reports, nor one governed by a preposition), else the business the
  article is about (:meth:`~_Organisations._main_company`);
* :meth:`~_Organisations.organisation_headed`: *the museum* is the organisation whose name
  has that head noun (*Ashlowe Museum of World Cultures*), however far back;
* :meth:`~_Organisations.last_fitting`: *the airline* is the one a caller's test fits.

A name the word lists do not know counts as a company's when it cannot be a person's
(:func:`_company_like`: *Halvorsen Energy*).

>>> from nbutils.speakers import cluster_entities
>>> t = "Nexa Group bought Orbit Labs. It said so. The company grew."
>>> ents = cluster_entities(t)
>>> ents.resolve_organisation(t.index("It")).canonical  # (the subject)
'Nexa Group'
>>> ents.last_company(t.index("The company")).canonical
'Orbit Labs'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from nbutils.lexicons import word_list
from nbutils.speakers.names import (
    GROUP_SINGULAR,
    PUBLICATION_WORDS,
    THOROUGHFARES,
    NameMention,
    _plural_group,
    is_demonym,
)
from nbutils.speakers.roles import Entity, _placelike
from nbutils.speakers.vocabulary import all_first_names, english_words

#: After an organisation's name: it reports what others did (a news outlet as a source).
_OUTLET_REPORTS = re.compile(r"['’]?s?\s+(?:first\s+|also\s+|previously\s+)?report(?:ed|s)\b")

#: Last words of an organisation that is no company (*the company* does not mean it).
_NOT_COMPANIES = frozenset(
    """university college school fund foundation party committee council department agency
ministry government administration commission court congress senate house church union
institute association police army navy county city township borough
pentagon kremlin capitol parliament legislature bureau authority board conference
convention diocese archdiocese synod federation caucus""".split()
)

#: Before a name: it is governed (a recipient, a place), not the one acting.
_GOVERNED = re.compile(
    r"\b(?:to|in|at|from|for|on|with|by|into|of|including|told|telling|tells|tell)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)

#: A description of a business (*the photo-editing software company*, *a Dutch chip
#: maker*): its head noun.
_COMPANY_DESCRIPTOR = re.compile(
    r"^(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:company|firm|\w*maker|manufacturer|retailer|"
    r"chain|start-?up|cooperative|co-op|corporation|conglomerate|airline|insurer|publisher|"
    r"developer|supplier|operator|distributor|wholesaler|producer|brewer|refiner|lender)"
    # (a place or an owner after it: "a distributor based in Ohio", "a lender owned by …")
    r"(?:\s+(?:based|headquartered|owned|founded|run)\s+(?:in|by)\s+[^,]*)?$",
    re.I,
)


#: A definite description's one-word head (*the creamery*).
_DEFINITE_HEAD = re.compile(r"\b[Tt]he\s+([a-z]+)\b")

#: Last words of the names of laws, treaties and programmes, no companies (*the Affordable
#: Care Act*, *the Paris Agreement*).
_LAWS = frozenset(
    "act acts law bill amendment treaty accord accords agreement program programme rule code "
    "convention protocol doctrine initiative".split()
)


def _company_like(e: Entity) -> bool:
    """An organisation, or a name of unknown kind that cannot be a person's: several words,
    the first no first name, the last a common noun (*Orbit Labs*, *Halvorsen Energy*).
    Not a school, a fund, a party or a public body (*Columbia University*, *the Senate*)."""
    words = e.canonical.split()
    if e.kind == "organisation":
        # the head: the last word, or the one before "of" ("Association of Machinists")
        heads = {words[-1].lower()} | {
            w.lower() for w, nxt in zip(words, words[1:], strict=False) if nxt == "of"
        }
        return (
            not _placelike(e)
            and not heads & _NOT_COMPANIES
            # (two words, the last a place's: "close the Hollins Ridge mine" names a place)
            and not (len(words) == 2 and words[-1].lower() in word_list("place_heads"))
            # a party or a people: "Republican", "Senate Democrats", "Americans"
            and words[-1].lower() not in GROUP_SINGULAR
            and not _plural_group(words[-1])
        )
    if any(_COMPANY_DESCRIPTOR.search(d) for d in e.descriptors):
        return True  # "Lumora, the photo-editing software company, said"
    if e.gender is not None or e.titles or len(words) < 2:
        return False  # (a name without a first name may have been taken for a person's)
    last = words[-1].lower()
    if last in _LAWS:
        return False  # "the Affordable Care Act": a law, no company
    if last in word_list("place_heads"):
        return False  # "the Hollins Ridge mine": a place's name, no company
    english = english_words()
    return (
        words[0] not in all_first_names()
        and words[-1] not in all_first_names()  # "Trayvon Martin"
        and (last in english or last.endswith("s") and last[:-1] in english)
    )


def _bare_business(e: Entity) -> bool:
    """A name of one word that no first name, title, gender or description shows to be a
    person's or a place's (*Boeing*, *Twitter*, *Zentrix*): acting as a subject, it may be
    the business a later *the company* means. News names a person in full before the
    surname alone, so a lone word that never had a first name is seldom a person."""
    word = e.canonical
    return (
        e.kind in ("person", "unknown")
        and " " not in word
        and word[:1].isupper()
        and word.isalpha()
        and e.gender is None
        and not e.titles
        and not e.descriptors
        and word not in all_first_names()
        and not _placelike(e)
        and word.lower() not in GROUP_SINGULAR
        and not _plural_group(word)
        and not is_demonym(word)  # "its British operations"
    )


#: Last words of a news outlet's name (*Harbour Ledger*, *Daily News*, *Reuters*): a
#: publication's, or a wire service's or broadcaster's known by one word.
_OUTLET_WORDS = PUBLICATION_WORDS | frozenset(
    "reuters ap afp bloomberg cnn nbc cbs abc msnbc npr bbc".split()
)


def news_outlet(e: Entity) -> bool:
    """Is ``e`` a newspaper, wire, magazine or broadcaster by its name's last word (*the
    Harbour Ledger*, *Reuters*)? Such a one reports or is talked to; it is no *company*
    a story is about.

    >>> news_outlet(Entity("Harbour Ledger", kind="organisation"))
    True
    >>> news_outlet(Entity("Kelvor Industries", kind="organisation"))
    False
    """
    return e.kind == "organisation" and e.canonical.split()[-1].lower() in _OUTLET_WORDS


#: Last words of a public body's or a school's name: no *group* (*the group* is never
#: *Westfield University* nor the *Justice Department*).
_NOT_GROUPS = frozenset(
    """university college school department agency ministry government administration
commission court congress senate house police army navy""".split()
)


def description_fits(head: str, e: Entity) -> bool:
    """May *the company*, *the firm* or *the group* (``head``) mean the organisation
    ``e``? Not a news outlet (the paper someone talked to, *told The Harbour Ledger*), a
    *company* no public body, school or party, a *group* no public body or school. Other
    heads: any organisation.

    >>> uni = Entity("Westfield University", kind="organisation")
    >>> description_fits("group", uni), description_fits("team", uni)
    (False, True)
    >>> description_fits("company", Entity("Harbour Ledger", kind="organisation"))
    False
    >>> description_fits("group", Entity("Citizens for Clean Government", kind="organisation"))
    True
    """
    words = e.canonical.lower().split()
    last = words[-1] if words else ""
    if "for" in words[1:]:
        last = words[words.index("for", 1) - 1]  # "Citizens for a Leaner Government": citizens
    if head in ("company", "firm"):
        return not news_outlet(e) and last not in _NOT_COMPANIES
    if head in ("group", "organisation", "organization"):
        return not news_outlet(e) and last not in _NOT_GROUPS
    return True


#: After a one-word name: its own verb (an auxiliary before it at most), then *its*
#: (*Brekka will close its plant*, *Vantor has moved its headquarters*; not *Okafor hopes
#: to keep its doors open*): what the name acts on is a thing's, so the name is no
#: person's.
_ITS_AFTER = re.compile(
    r"\s+(?:(?:will|would|has|had|is|was|also|then|could|may|must)\s+)?[a-z]+\s+its\s"
)


#: A personal pronoun of a man or a woman (after a name: the name is a person's).
_PERSONAL = re.compile(r"\b(?:he|she|his|her|him|hers|himself|herself)\b", re.IGNORECASE)

#: Where the head of an organisation's name ends: *Central Bank | of Lorrand*.
#: (any case: a headline's "CNN Disputes Characterization Of Network's …" is no network)
_NAME_HEAD_CUT = re.compile(r"\s+(?:of|for|on|in|at)\s+", re.IGNORECASE)

#: Last words of a business's name (*Brightwell Foods*, *Orbit Labs*, *Nexa Group*).
_BUSINESS_HEADS = frozenset(
    """foods ferries partners motors pharmaceuticals airways sciences laboratories labs brands
enterprises ventures logistics railways investments associates airlines holdings industries
systems technologies group inc corp corporation company co llc ltd plc products""".split()
)


def _country_subject(text: str, m: NameMention, e: Entity, sentence: int) -> bool:
    """Is ``m`` a country's name alone opening its sentence (which starts at ``sentence``)
    as the subject (*Britain responded*), which may speak as *it*, not a possessive
    (*Britain's economy*)?"""
    return (
        " " not in e.canonical
        and not e.titles
        and _placelike(e)
        and not text.startswith(("'s", "’s"), m.end)
        and not text[sentence : m.start].strip()
    )


class _Organisations:
    """The organisation an *it*/*they* or a description of a body means (a part of
    :class:`~nbutils.speakers.resolution.Entities`, reading the state of :class:`_Registry`)."""

    def resolve_organisation(
        self,
        offset: int,
        prefer: Entity | None = None,
        sentences: int = 3,
        last_reporting: bool = False,
    ) -> Entity | None:
        """The organisation *it*/*they* at ``offset`` refers to, or ``None``.

        The most recent organisation named outside quotations in the last few
        sentences (a subject first; with ``last_reporting``, the last of several that
        report there), else the current speaker ``prefer`` if it is an organisation.

        >>> from nbutils.speakers import cluster_entities
        >>> ents = cluster_entities("The Washington Post reported it first. It said so.")
        >>> ents.resolve_organisation(35).canonical
        'Washington Post'
        """
        starts = self._sentence_starts
        s = bisect.bisect_right(starts, offset)
        while s >= 1 and sentences > 0:
            a = starts[s - 1]
            b = min(offset, starts[s] if s < len(starts) else len(self.text))
            orgs = [
                (m, e)
                for m, e in self._mentions_in(a, b)
                if e.canonical.split()[-1].lower() not in THOROUGHFARES  # "Ashby Road"
                and (
                    e.kind == "organisation"
                    or m.reporting
                    and not _placelike(e)
                    and _company_like(e)
                    # a country speaking as its government: *Britain responded within hours*
                    or m.subject
                    and _country_subject(self.text, m, e, a)
                )
                and not self._excluded(m.start)
            ]
            reporting = [e for m, e in orgs if m.reporting] if last_reporting else []
            if len(reporting) > 1:
                # "The Alliance said …, and the Council, a trade group, said …. '…,' the
                # group said": the one that reported last
                return reporting[-1]
            if orgs:
                # a possessive is no subject: "Grayson's rival, Oakhill Homes, said it …"
                return next(
                    (
                        e
                        for m, e in orgs
                        if m.subject and not self.text.startswith(("'s", "’s"), m.end)
                    ),
                    orgs[0][1],
                )
            s -= 1
            sentences -= 1
        return prefer if prefer is not None and prefer.kind == "organisation" else None

    def last_company(self, offset: int, sentences: int = 3) -> Entity | None:
        """The organisation *the company* (*the firm*, *the group*) at ``offset`` means: the
        one named last before it in the last few sentences, outside quotations — not the
        subject of a sentence before, nor a news outlet that only reports (*…, the Daily
        Ledger reported*). A name the word lists do not know as an organisation counts when
        it cannot be a person's (*Halvorsen Energy*: no first name, a common noun last).

        >>> from nbutils.speakers import cluster_entities
        >>> t = "Nexa Group bought Orbit Labs. Orbit Labs lost money. The company said so."
        >>> cluster_entities(t).last_company(t.index("The company")).canonical
        'Orbit Labs'
        >>> t = "Job cuts\\nZentrix said Monday it would cut 900 jobs. The company said so."
        >>> cluster_entities(t).last_company(t.index("The company")).canonical
        'Zentrix'
        """
        outlet = None  # (a news outlet is more often a source than the story's company)
        for m, e in self._mentions_back(offset, sentences):
            if self._excluded(m.start):
                continue
            if not _company_like(e):
                if _bare_business(e) and self._acts(m):
                    return e  # "Zentrix said Monday it would cut jobs"
                continue
            if _GOVERNED.search(self.text, max(0, m.start - 25), m.start):
                continue  # "told The Evening Ledger", "in New York": not the one acting
            if _OUTLET_REPORTS.match(self.text, m.end):
                continue  # "…, the Daily Ledger reported": the source, not the company
            if news_outlet(e):
                outlet = outlet or e
                continue
            return e
        return (
            outlet
            or self._company_described(offset, sentences)
            or self._main_company(offset)
            or self._sole_company(offset)
        )

    def _sole_company(self, offset: int) -> Entity | None:
        """The one business named before ``offset``, when the article has named only one
        (an organisation that is no public body, school, party or news outlet, however far
        back and however often): *the company* can mean no other.

        The first mention of each is listed once per article, so each question is a
        bisection.

        >>> from nbutils.speakers import cluster_entities
        >>> t = ("The contract went to Bayou Field Services. Senators asked why. Ann Lee, a "
        ...      "senator, was troubled. Tom Hale agreed. The company said it was fair.")
        >>> cluster_entities(t)._sole_company(t.index("The company")).canonical
        'Bayou Field Services'
        """
        if self._company_firsts is None:
            self._company_firsts = sorted(
                (min(m[0] for m in e.mentions), k, e)
                for k, e in enumerate(self.entities)
                if e.kind == "organisation"
                and e.mentions
                and _company_like(e)
                and not news_outlet(e)
                and not e.canonical.isupper()  # (a label in capitals: "FULL TEXT.")
            )
        firsts = self._company_firsts
        i = bisect.bisect_left(firsts, offset, key=lambda x: x[0])
        return firsts[0][2] if i == 1 else None

    def _company_described(self, offset: int, sentences: int) -> Entity | None:
        """*The creamery blamed …* in the last few sentences before ``offset``, after
        *Harmsen Creamery* was named however far back: the business whose name's head that
        description is (:meth:`organisation_headed`), the latest such description first.

        >>> from nbutils.speakers import cluster_entities
        >>> t = ("A letter from Harmsen Creamery came in April. Mr. Voss read it. He sold a cow. "
        ...      "His son sold two. The creamery blamed Ottawa. The company said so.")
        >>> cluster_entities(t).last_company(t.index("The company")).canonical
        'Harmsen Creamery'
        """
        starts = self._sentence_starts
        k = bisect.bisect_right(starts, offset) - 1
        a = starts[max(0, k - sentences)] if k >= 0 else 0
        for m in reversed(list(_DEFINITE_HEAD.finditer(self.text, a, offset))):
            head = m.group(1)
            if self._excluded(m.start()) or head in _NOT_COMPANIES or head == "company":
                continue  # ("the school": no company; "the news coverage": no outlet)
            e = self.organisation_headed(head, m.start())
            if e is not None and _company_like(e) and not news_outlet(e):
                return e
        return None

    def _acts(self, m: NameMention) -> bool:
        """Is ``m`` a reporting verb's subject below the headline (*Boeing said*), or a
        verb's whose object is *its* own (*Brekka will close its plant*), not a
        label or a credit line (*LinkedIn/Ann Roe*), and no person the rest of its sentence
        calls *he* or *she* (*Okafor said his shop …*)?"""
        if not m.reporting and not (m.subject and _ITS_AFTER.match(self.text, m.end)):
            return False  # (nor "Brekka will shut its plant": a person has no *its*)
        if m.start < self._headline_end():
            return False  # (the headline's words are no subjects to go back to)
        starts = self._sentence_starts
        k = bisect.bisect_right(starts, m.start)
        end = starts[k] if k < len(starts) else len(self.text)
        return _PERSONAL.search(self.text, m.end, min(end, m.end + 300)) is None

    def only_of_kind(self, kind: str, fits: Callable[[Entity], bool], offset: int) -> Entity | None:
        """The one organisation of a kind (``fits`` says which are, for the key ``kind``)
        named before ``offset``, however far back; ``None`` when none or several are. The
        organisations of each kind are sorted by their first mention once per article, so
        each question is a bisection.

        >>> from nbutils.speakers import cluster_entities
        >>> t = "Nurses struck at Greyfield Medical Center. Later, the hospital said so."
        >>> fits = lambda e: "Medical" in e.canonical
        >>> cluster_entities(t).only_of_kind("hospital", fits, t.index("the hospital")).canonical
        'Greyfield Medical Center'
        """
        firsts = self._kinds.get(kind)
        if firsts is None:
            firsts = sorted(
                (e.mentions[0][0], k, e)
                for k, e in enumerate(self.entities)
                if e.kind == "organisation" and e.mentions and fits(e)
            )
            self._kinds[kind] = firsts
        n = bisect.bisect_left(firsts, offset, key=lambda x: x[0])
        return firsts[0][2] if n == 1 else None

    def organisation_headed(self, head: str, offset: int) -> Entity | None:
        """The organisation *the museum* (*the bank*, *the festival*) at ``offset`` means:
        the one whose name has that head noun (*Ashlowe Museum of World Cultures*, *Central
        Bank of Lorrand*), named last before ``offset`` outside quotations, however far
        back; ``None`` when no name has it. The head of a name is its last word before
        *of*/*for* (*the culture* is no *Ashlowe Museum of World Cultures*). The names of
        each head are indexed once per article, so each question is a bisection.

        >>> from nbutils.speakers import cluster_entities
        >>> t = ("The Central Bank of Lorrand held rates. Critics were angry. Ann Roe, an "
        ...      "economist, disagreed. Trade fell. The bank said it would wait.")
        >>> cluster_entities(t).organisation_headed("bank", t.index("The bank")).canonical
        'Central Bank of Lorrand'
        """
        if self._org_heads is None:
            index: dict[str, tuple[list[int], list[Entity]]] = {}
            heads: dict[int, str] = {}  # id(entity) -> the head of its name ("" for none)
            for e in self.entities:
                cut = _NAME_HEAD_CUT.split(e.canonical, maxsplit=1)
                words = cut[0].split()
                heads[id(e)] = (
                    words[-1].lower()
                    if e.kind != "person"
                    # ("Church" alone: a name of one word is no description's; "Department
                    # of Veterans Affairs" is "the department")
                    and (len(words) > 1 or len(cut) > 1 and e.kind == "organisation")
                    and words[-1].isalpha()
                    and not _placelike(e)
                    and (e.kind == "organisation" or _company_like(e))
                    else ""
                )
            for m, e in zip(self.mentions, self._by_mention, strict=True):
                name_head = heads.get(id(e), "")
                if name_head and not self._excluded(m.start):
                    starts, ents = index.setdefault(name_head, ([], []))
                    starts.append(m.start)
                    ents.append(e)
            self._org_heads = index
        found = self._org_heads.get(head.lower())
        if found is None:
            return None
        i = bisect.bisect_left(found[0], offset) - 1
        return found[1][i] if i >= 0 else None

    def last_fitting(
        self, offset: int, fits: Callable[[Entity], bool], sentences: int = 6
    ) -> Entity | None:
        """The organisation named last before ``offset`` (in the last few sentences, outside
        quotations) that ``fits`` says a generic description fits (*the airline*: a name
        ending *Airways*, or one described as an airline), or ``None``. Not a person
        (one with a gender or a title).

        >>> from nbutils.speakers import cluster_entities
        >>> t = "Kelby Airways and Dorn Bank cut jobs. The airline said so."
        >>> fits = lambda e: e.canonical.endswith("Airways")
        >>> cluster_entities(t).last_fitting(t.index("The airline"), fits).canonical
        'Kelby Airways'
        """
        for m, e in self._mentions_back(offset, sentences):
            if (
                (
                    e.kind != "person"
                    or e.gender is None
                    and not e.titles
                    and len(e.canonical.split()) > 1
                )
                and not self._excluded(m.start)
                and fits(e)
            ):  # ("Halden Power raised prices": a firm, though it reads like a man's name)
                return e
        return None

    def _main_company(self, offset: int) -> Entity | None:
        """The company an article is about, when *the company* has none named in the last
        few sentences: the business (a name ending *Foods*, *Labs*, *Group*, *Inc.* …) named
        most often before ``offset`` (at least twice, and more often than any other).

        The leader after each mention is worked out once per article (one pass over the
        businesses' mentions), so each question is a bisection: linear in the text."""
        if self._company_leaders is None:
            events = sorted(
                (m[0], k, e)
                for k, e in enumerate(self.entities)
                if _company_like(e)
                and (
                    (
                        e.kind == "organisation"
                        # a name of unknown kind: not a category ("Dairy Products")
                        or e.kind == "unknown"
                        and e.canonical.split()[0].lower() not in english_words()
                    )
                    and e.canonical.split()[-1].lower().rstrip(".") in _BUSINESS_HEADS
                    # "Lumora, the photo-editing software company": described as one
                    or any(_COMPANY_DESCRIPTOR.search(d) for d in e.descriptors)
                )
                for m in e.mentions
                if not self._excluded(m[0])
            )
            counts: dict[int, int] = {}
            leaders: list[tuple[int, Entity | None]] = []
            best: tuple[int, Entity | None] = (0, None)  # (count, leader or None on a tie)
            for at, k, e in events:
                counts[k] = counts.get(k, 0) + 1
                if counts[k] > best[0]:
                    best = (counts[k], e)
                elif counts[k] == best[0] and best[1] is not e:
                    best = (counts[k], None)
                leaders.append((at, best[1] if best[0] >= 2 else None))
            self._company_leaders = leaders
        leaders = self._company_leaders
        i = bisect.bisect_left(leaders, offset, key=lambda x: x[0]) - 1
        return leaders[i][1] if i >= 0 else None

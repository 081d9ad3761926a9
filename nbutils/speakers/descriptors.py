"""Descriptors: what the text says of a person or body right around a mention of its name.

:func:`descriptions_at` reads, once per mention, the descriptions next to a name: an
appositive (*Rutte, the NATO chief,*; its apposition and clause tests,
:func:`_clause_not_apposition`, :func:`_subject_after_place`), a *who* clause, an age, a
party and state (*(D-Ohio)*), a place (*of Eastbrook*), an office a predicate gives (*was
prime minister*), role words before the name (*party leader*, :func:`_words_before`), a
description set off before it (*The dean of students, Catherine Whitlow,*), *a resident
named …*. It returns them as a :class:`Described`, which also says whether the words make
the name a person's (or, *a group called …*, a body's); :func:`add_descriptors` gives them
to the mention's entity. :func:`_described_as_child` reads the descriptions that make a
name someone's child.

>>> from nbutils.speakers.names import name_mentions
>>> from nbutils.speakers.roles import Entity
>>> t = "Dev Raman, a 52-year-old accountant, said so."
>>> m = name_mentions(t)[0]
>>> d = descriptions_at(t, m)
>>> d.descriptions, d.person, d.named
((('a 52-year-old accountant', 'a 52-year-old accountant', False),), True, False)
>>> e = Entity(m.name)
>>> add_descriptors(t, m, e)
>>> e.descriptors, e.kind
(('a 52-year-old accountant',), 'person')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from nbutils.cues import lemma_of
from nbutils.speakers.names import (
    _OF_PLACE,
    PLACE_BEFORE,
    NameMention,
    _is_org,
    _place_of,
)
from nbutils.speakers.roles import MODIFIER_PREPOSITIONS, Entity, role_of, wordnet_person
from nbutils.speakers.vocabulary import (
    HONORIFICS,
    ORG_WORDS,
    PERSON_NOUNS,
    ROLE_WORDS,
    all_first_names,
    function_words,
)

#: A relative clause right after a name: ", who runs a bakery in Kyiv,".
_WHO_AFTER = re.compile(
    r"\s*,\s+(?:\d{1,3},\s+)?(who\s+[^,.;:\"“”]{3,90}?)\s*(?=,|\.|;|$)"
)  # (after an age: "Angela Ruiz, 34, who commutes …")
#: An age set off after a name: "Angela Ruiz, 34, said" (news gives ages of private people).
_AGE_AFTER = re.compile(r"\s*,\s+(\d{1,3})\s*(?=,|\.|;|$)")

#: "Sophie Turner, whose two daughters attend the school,": a parent (a *whose* clause
#: about the person's family; "Veltro, whose shares fell," says nothing of a person).
_WHOSE_KIN = re.compile(
    r"\s*,\s+(whose\s+(?:[a-z]+\s+){0,2}(?:sons?|daughters?|child|children|kids|grandchildren)"
    r"\b[^,.;:\"“”]{0,80}?)\s*(?=,|\.|;|$)"
)


#: A party and a state beside a name, as US papers give them: "Lucy Pardo, Democrat of
#: Ohio," or "Lucy Pardo (D-Ohio)" or "Lucy Pardo, D-Ohio," -> "Democrat of Ohio" (what *the Ohio Democrat* and
#: *the senator from Ohio* take up).
_PARTY_STATE = re.compile(
    r"\s*(?:,\s+(Democrat|Republican|Independent)\s+(?:of|from)\s+"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?=\s*[,.;)])"
    r"|\(\s*([RDI])\s*[-–]\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s*\)"
    # the AP's form between commas: "Sen. Tom Berg, D-Minn., said"
    r"|,\s+([RDI])[-–]([A-Z][\w.]*(?:\s?[A-Z][\w.]*)?)(?=\s*[,;)]|\s*$|\s+[a-z]))"
)
_PARTY_LETTER = {"D": "Democrat", "R": "Republican", "I": "Independent"}

_APPOSITIVE = re.compile(
    r"\s*,\s+(?:\d{1,3},\s+)?"  # an age first: "Janet Wu, 67, a teacher"
    r"((?:the|a|an|who is|another|his|her|its|their|head|chief"
    # a named possessor: "Rita Cole, Pike's campaign manager,"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s(?=\s[a-z]))\s"
    r"[^,.;:\"“”]{2,90}?)\s*(?=,|\.|;|$)"
)


#: A place or body after a name, before a comma (*Ann Lee of Grace Church,*).
_OF_CAPITALISED = re.compile(r"[ \t]+of[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,5}[A-Z][\w.'’-]*(?=\s*,)")


#: An appositive with no determiner, headed by a role word: "Gareth Moss, regional
#: secretary of the Unite union,", "Ann Lee, spokeswoman for the council,".
_BARE_APPOSITIVE = re.compile(
    r"\s*,\s+(?:\d{1,3},\s+)?"
    r"((?:[a-z][\w-]*\s){0,3}?([a-z][\w-]*)(?:\s(?:of|for|at)\s[^,.;:\"“”]{2,60}?)?)"
    r"\s*(?=,|\.(?!\d)|;|$)"
)


#: A predicate that gives a subject's office: "Alan Breck was prime minister from 1990",
#: "Ann Lee is the city's chief engineer", "Tom Hale served as mayor until 2019". The
#: phrase runs to a comma, a full stop or a quotation; its role word is checked after.
_PREDICATE = re.compile(
    r"[ \t]+(is|was|has\s+been|had\s+been|became|served\s+as|serves\s+as)[ \t]+"
    r"((?:(?:the|a|an)\s+|[A-Z][\w.]*['’]s\s+)?(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w-]*)"
    r"(?=\s+(?:of|for|at|in|from|until|between|since)\b|\s*[,.;:\"“”]|\s*$)"
)


#: Roles a predicate may give (an office or a profession, not *a supporter*, *the daughter*).
_OFFICE_ROLES = frozenset({"politician", "official", "expert"})


#: "the city's chief engineer, Teodor Brask", "His neighbour, Ines Caddow,".
#: A finite verb inside what looks like an appositive: a clause, not a description
#: ("According to Hale, the hospital lost $12 million", "…, the governor ordered a …").
#: Between two descriptions joined in one appositive (*a retired sergeant and the
#: committeeman for the precinct*).
_AND_DESCRIPTION = re.compile(r"\s+and\s+(?=(?:the|a|an)\s)")

#: A verb with its *that* clause (*noted that*, *says that*).
_VERB_THAT = re.compile(r"\b[a-z]+(?:ed|s)\s+that\b")

_CLAUSE_IN_APPOSITIVE = re.compile(
    r"\s(?:is|was|are|were|has|had|have|did|does|will|would|could|should|cannot|can|must|"
    r"lost|won|made|took|gave|"
    r"got|went|came|[a-z]+ed\s+(?:such|a|an|the|that|this|to|his|"
    r"her|their|its|it|them|him))\b"
)


#: Words that open the noun phrase of a description before a name.
_PRE_DETERMINERS = frozenset("the a an another his her their its".split())
#: Words a description before a name may have without a comma after the name as well.
_PRE_APPOSITIVE_SHORT = 6
#: Where the head of a description before a name ends: a preposition that opens its modifier.
_PRE_HEAD_ENDS = MODIFIER_PREPOSITIONS | {"on", "in"}
#: Right before a sentence's first word: its start (a line break, a full stop, an opening mark).
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?\n][\"“”'’]?)[\s\"“‘']*$")
#: Right before a clause's first word: a conjunction that opens it (*when*, *as*, *and*).
_CLAUSE_OPENS = re.compile(r"\b(?:when|as|while|after|before|and|but|until|then)\s+$")
#: The last subordinator inside a phrase read as a description before a name.
_SUBORDINATE_IN = re.compile(
    r".*\b(?:when|after|before|because|while|since|until|once|as|if)\s(?=(?:the|a|an|his|her)\s)"
)
_PRE_APPOSITIVE = re.compile(
    r"\b((?:[Tt]he|[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|whose"
    r"|(?:[A-Z][\w.]*\s)*[A-Z]\w*['’]s)\s"
    r"(?:[\w’'-]+\s){0,6}?(?:[a-z][\w-]*|[A-Z]{2,4}s?|(?:(?<=\sof\s)|(?<=\sat\s)|(?<=\sfor\s)|(?<=\sin\s))[A-Z][\w-]*"
    r"|(?<=[Tt]he\s)[A-Z][a-z]+)"  # or a capitalised title: "the President, Joe Biden"
    r"|[Tt]he\s[A-Z][a-z]+\s[A-Z][a-z]+)"  # "The Prime Minister, Graham Fairleigh"
    # then a comma, or the title of a show or a paper with its comma inside the marks (US
    # style): "The host of "Capitol Tonight," Brian Oduya"
    r"(?:,|\s+(?:of|on|at)\s+[“\"][^\"“”\n]{1,40},[”\"])\s+$"
)  # a noun, MP or CEO, or a place after a preposition ("managing director for Europe")


#: After a titled name, what closes an apposition before it ("The committee's chairman,
#: Sen. Walter Brenneman (R-Ohio), said"): a comma, after a parenthesis or not.
#: (or after the place the name comes from: "The council's president, Ambassador Kenji Ito of
#: Japan, then called …")
_TITLED_APPOSITION = re.compile(
    r"(?:\s*\([^()\n]{1,30}\))?(?:\s+of\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?,"
)


_WORD_BEFORE = re.compile(r"[A-Za-z][\w.-]*")


_LAST_WORD_BEFORE = re.compile(r"[a-z][\w-]*")
#: A word that ends a sentence: in lower case, then a full stop (not "Gov.", "U.S.").
_WORD_ENDING_SENTENCE = re.compile(r"[a-z][a-z-]*\.")


def _occupation_before(word: str) -> bool:
    """Is ``word`` (right before a name) a noun for a kind of person that no role word lists
    (*businessman*, *billionaire*, *investor*), not a verb (*told*) or a function word?

    >>> _occupation_before("businessman"), _occupation_before("told"), _occupation_before("federal")
    (True, False, False)
    """
    return (
        word.isalpha()
        and word.islower()
        and word not in function_words()
        and lemma_of(word) is None
        and wordnet_person(word)
        and not _adjective(word)  # ("the federal Securities and Exchange Commission")
    )


@lru_cache(maxsize=4096)
def _adjective(word: str) -> bool:
    """Can ``word`` be an adjective (WordNet)?"""
    from nbutils.entities import wordnet

    return bool(wordnet().synsets(word, pos="a") or wordnet().synsets(word, pos="s"))


def _words_before(text: str, start: int) -> list[str]:
    """Up to five plain words right before ``start``, the last in lower case ("the
    legendary Dutch football coach" before "Louis van Gaal"); [] if there are none.

    >>> _words_before("said party leader Ann Lee", 18)
    ['said', 'party', 'leader']
    >>> _words_before("It ended on the hour. Club manager Ann Lee", 35)
    ['Club', 'manager']
    """
    seg = text[max(0, start - 60) : start]
    if not seg[-1:].isspace():
        return []
    line = seg.rfind("\n")
    cut = line >= 0 or start <= 60
    seg = seg[line:] if line >= 0 else seg  # the words of this line only
    words = seg.split()
    if not cut and not seg[0].isspace():
        words = words[1:]  # a word cut by the window
    if not words or not _LAST_WORD_BEFORE.fullmatch(words[-1]):
        return []
    out = [words[-1]]
    for w in reversed(words[:-1]):
        if len(out) == 5 or not _WORD_BEFORE.fullmatch(w) or _WORD_ENDING_SENTENCE.fullmatch(w):
            break  # (not across a sentence's end: "on the hour. City manager Ann Lee")
        out.insert(0, w)
    return out


#: "a Kyiv resident named Yulia", "a group called …" (not "Priebus called Clinton …").
_NAMED = re.compile(
    r"(?:\b[a-z][\w-]*\s+named|\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}?"
    r"called|\b(?:first|last|full|given)\s+name,?|\bname\s+as)\s+$"
)  # "a widow named Leyla", "who gave only his first name, Yusuf", "gave her name as Ana"


#: Kin nouns of a child: "her son, Karim Haddad" is not who "Mr. Haddad" means.
_CHILD_WORDS = frozenset({"son", "daughter", "grandson", "granddaughter", "child"})


def _described_as_child(descriptions: Iterable[tuple[str, str, bool]]) -> bool:
    """Is a name described as someone's child (*her son*, *their daughter*)?"""
    for desc, _raw, _clause in descriptions:
        words = desc.lower().split()
        if words and words[0] != "who" and any(w in _CHILD_WORDS for w in words[:3]):
            return True
    return False


class Described(NamedTuple):
    """What the text says around one mention (read once, see :func:`descriptions_at`):
    descriptions to add (``(description, checked as, people only)``), whether the words say
    a person (a *who* clause, a person's role before the name) and whether a *named* or
    *called* introduces it (then it is a person whatever else was thought)."""

    descriptions: tuple[tuple[str, str, bool], ...]
    person: bool
    named: bool
    body: bool = False  #: *a group called X*: X is a body's name


def _office_before(desc: str) -> bool:
    """Is ``desc`` a definite description of an office (*The Speaker*, *the party's
    chairman*): *the* or a possessive, then words ending on a role word?"""
    words = desc.split()
    return (
        len(words) >= 2
        and (words[0].lower() == "the" or words[0].endswith(("'s", "’s")))
        and words[-1].lower() in ROLE_WORDS
    )


#: After a one-word capitalised mention: a lower-case plural noun it modifies (*Mexican
#: negotiators*, *Democratic senators*).
_MODIFIES_PLURAL = re.compile(r"\s+([a-z]{3,}(?:s|men))\b(?!\s*(?:that|,))")


#: A locative preposition right before a name: the name is a place (*in Nob Hill*).
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|across|around)\s+$")
#: A description of a person by age: *the 39-year-old challenger*.
_AGED = re.compile(r"\b\d+-year-old\b")


def _subject_after_place(text: str, m: NameMention, desc: str) -> bool:
    """Is the description after the name the subject of the sentence's main clause, after an
    opening phrase that ends on a place (*At a diner in Nob Hill, the 39-year-old challenger
    told …*): a definite description of a person right after a name governed by a
    locative preposition?"""
    if not _LOCATIVE_BEFORE.search(text, max(0, m.start - 10), m.start):
        return False
    words = desc.split()
    if not words or words[0].lower() != "the":
        return False
    head = re.split(r"\s(?:of|for|at|with|from|in|on)\s", desc)[0].split()[-1].lower()
    return bool(_AGED.search(desc)) or role_of(head) not in (None, "organisation")


#: The last word of a sentence's main clause after its subject (*…, the senator smiled.*):
#: a past-tense verb (not a noun that ends the same way: *a speed*, *a hundred*).
_CLAUSE_VERB_END = re.compile(
    r"\s(?!\w*(?:eed|hundred)$)(?:[a-z]{3,}ed|shook|stood|sat|froze|grew|fell|went|came|took|"
    r"left|spoke|wrote|began|rose|knelt|wept)$"
)


def _clause_not_apposition(text: str, app: re.Match[str]) -> bool:
    """Does what reads as an apposition after a name end its sentence on a past-tense verb
    (*Asked whether he backed Ann Lee, the 61-year-old senator smiled.*)? Then it is the
    subject and verb of the main clause (the name closed an opening phrase), not a
    description of the name."""
    return (
        text[app.end() : app.end() + 1] == "."
        and _CLAUSE_VERB_END.search(app.group(1)) is not None
        # (a description ending the sentence keeps its relative clause: "a lawyer who had
        # never served.", "the man who was injured.")
        and _DEFINITE_SUBJECT.match(app.group(1)) is not None
    )


#: A short definite noun phrase and one word after it, with no relative clause (*the
#: 61-year-old senator smiled*).
_DEFINITE_SUBJECT = re.compile(r"[Tt]he\s+(?:(?!who\b|that\b|which\b|whose\b)[\w'’-]+\s+){1,4}\S+$")


#: *the* before a body's name set off after its description (*the union, the Ohio Nurses
#: Alliance,*).
_THE_BEFORE = re.compile(r",\s+[Tt]he\s+$")


def _before_the_body(text: str, m: NameMention) -> int:
    """Where a description set off before the name ``m`` would end: right before the name,
    or before its *the* when the name is a body's of several words (*The state's largest
    union, the Ohio Nurses Alliance, …*)."""
    the = _THE_BEFORE.search(text, max(0, m.start - 8), m.start)
    if the is None or m.title or len(m.name.split()) < 2 or not _is_org(m.name.split()):
        return m.start
    return the.start() + len(the.group()) - len(the.group()[1:].lstrip())  # (after ", ")


#: Nouns of a body set off before its name (*A voter-protection group, Keystone Ballot Watch,*).
_BODY_NOUNS = frozenset(
    "group coalition organization organisation alliance association campaign network".split()
)


def descriptions_at(text: str, m: NameMention) -> Described:
    """The descriptions around a mention — an appositive (*Rutte, the NATO chief,*), a
    *who* clause, a place after the name (*of Eastbrook*), role words before it (*party
    leader*), a description before a comma, *a resident named …* — read from the text once
    (:func:`add_descriptors` gives them to an entity)."""
    found: list[tuple[str, str, bool]] = []
    app = _APPOSITIVE.match(text, m.end, min(len(text), m.end + 110))
    if app is None:
        # "Ann Lee of Grace Church, the first speaker, who …": the apposition after the place
        after_place = _OF_CAPITALISED.match(text, m.end, min(len(text), m.end + 60))
        if after_place is not None:
            app = _APPOSITIVE.match(text, after_place.end(), min(len(text), after_place.end() + 90))
    app_person = False
    if app and _subject_after_place(text, m, app.group(1)):
        app = None  # "at a diner in Nob Hill, the 39-year-old challenger told …": the subject
    if app and _clause_not_apposition(text, app):
        app = None  # "Asked about Ann Lee, the old senator smiled.": a subject and its verb
    if (
        app
        and not re.search(r"\b(?:said|says|told)\b|\band\b(?!\s(?:the|a|an)\s)", app.group(1))
        and not _CLAUSE_IN_APPOSITIVE.search(re.split(r"\b(?:who|that|which)\b", app.group(1))[0])
        # ("As for Mr. Lund, the board's memo observed that …": a clause, its verb before *that*)
        and not _VERB_THAT.search(re.split(r"\b(?:who|which)\b", app.group(1))[0])
    ):
        # "Dev Raman, a retired sergeant and the committeeman for the precinct,": each
        for desc in _AND_DESCRIPTION.split(app.group(1).strip()):
            found.append((desc, desc, False))
            # "Dev Raman, a 52-year-old accountant,": an appositive naming a person's role —
            # by its head, not a noun after it ("Save Dunmore, a coalition of residents,")
            head = re.split(r"\s(?:of|for|at|with|from|in|on)\s", desc)[0].split()[-1].lower()
            app_person = app_person or (
                role_of(desc) not in (None, "organisation") and head not in ORG_WORDS
            )
    party = _PARTY_STATE.match(text, m.end, min(len(text), m.end + 60))
    if party is not None:  # "(D-Ohio)", ", Democrat of Ohio,"
        if party.group(1):
            desc = f"{party.group(1)} of {party.group(2)}"
        elif party.group(3):
            desc = f"{_PARTY_LETTER[party.group(3)]} of {party.group(4)}"
        else:
            desc = f"{_PARTY_LETTER[party.group(5)]} of {party.group(6)}"
        found.append((desc, desc, True))
    comma = text[m.end : m.end + 3].lstrip().startswith(",")
    bare = (
        None
        if app or not comma
        else _BARE_APPOSITIVE.match(text, m.end, min(len(text), m.end + 90))
    )
    if (
        bare
        and bare.group(2) in ROLE_WORDS
        and not any(
            w in function_words() or w.endswith("ed") or lemma_of(w) is not None
            for w in bare.group(1)[: bare.start(2) - bare.start(1)].split()
        )  # ", won the race for mayor of Leeds", ", told reporters": a clause
    ):
        desc = bare.group(1).strip()
        found.append((desc, desc, False))
        app_person = role_of(desc) not in (None, "organisation")
    who = (
        _WHO_AFTER.match(text, m.end, min(len(text), m.end + 100))
        or _WHOSE_KIN.match(text, m.end, min(len(text), m.end + 100))
        if comma and not PLACE_BEFORE.search(text, max(0, m.start - 40), m.start)
        else None
    )
    if who:
        found.append((who.group(1).strip(), who.group(1), True))  # "Olena, who runs a bakery,"
    age = _AGE_AFTER.match(text, m.end, min(len(text), m.end + 8)) if comma else None
    if age and 0 < int(age.group(1)) < 120:
        found.append((f"aged {age.group(1)}", f"aged {age.group(1)}", True))
    place = _OF_PLACE.match(text, m.end, min(len(text), m.end + 60))
    where = place.group(1) if place else ""
    if where.endswith(".") and any(c.islower() for c in where.split()[-1]):
        where = where[:-1]  # the sentence's full stop, not an abbreviation
    if where:
        found.append((where, where, True))  # "Maria Lopez of Eastbrook"
    pred = (
        _PREDICATE.match(text, m.end, min(len(text), m.end + 90))
        if m.subject and not app and not comma
        else None
    )
    if (
        pred
        and role_of(pred.group(2).split()[-1]) in _OFFICE_ROLES
        and not any(
            w in function_words()
            and w not in ("the", "a", "an")
            or w.endswith(("ed", "ing"))
            or lemma_of(w) is not None
            for w in pred.group(2).split()[:-1]
        )  # "is listed as the chairman", "was also a senator": no office of its own
    ):
        # "Alan Breck was prime minister from 1990": a later "the former prime minister";
        # kept as the who-clause it amounts to (a role only when nothing else says one)
        desc = f"who {' '.join(pred.group(1).split())} {pred.group(2)}"
        found.append((desc, desc, True))
    desc_words = _words_before(text, m.start) if not m.title else []
    role = role_of(desc_words[-1]) if desc_words else None
    occupation = role is None and bool(desc_words) and _occupation_before(desc_words[-1])
    if role is not None or occupation:  # (occupation: "the businessman Ward Kimbro")
        # the description's own words: not "adds" in "adds psychologist Jane Roe"
        keep: list[str] = []
        for w in reversed(desc_words):
            if w.lower() in function_words() or lemma_of(w.lower()) is not None:
                break
            keep.insert(0, w)
        if keep:
            found.append((" ".join(keep), " ".join(keep), False))
    body = False
    pre_app = _PRE_APPOSITIVE.search(text, max(0, m.start - 70), _before_the_body(text, m))
    opener = _SUBORDINATE_IN.search(pre_app.group(1)) if pre_app is not None else None
    if pre_app is not None and opener is not None:
        # "… came when the moderator, Paula Greaves, asked": the description opens after
        # the subordinator, not at the clause's subject before it
        pre_app = _PRE_APPOSITIVE.search(
            text, pre_app.start(1) + opener.end(), _before_the_body(text, m)
        )
    plural = _MODIFIES_PLURAL.match(text, m.end)
    if (
        pre_app
        and " " not in m.name
        and plural is not None
        and lemma_of(plural.group(1)) is None  # ("Hale says": a verb, not a noun)
        and plural.group(1) not in function_words()
        and plural.group(1) not in ("has", "was", "does", "is")
    ):
        pre_app = None  # "According to the official, Mexican negotiators objected": a
        # capitalised adjective before a plural noun, no name set off after a description
    final = _final_object_apposition(text, m, pre_app) if pre_app and not comma else None
    if pre_app and len(pre_app.group(1).split()) > _PRE_APPOSITIVE_SHORT and not comma:
        # a long phrase is an apposition only when a comma closes it after the name ("The
        # valley's member of the state assembly, Rafe Lind, said"), not the end of a clause
        # ("… would be a distinct group for purposes of asylum, Lind said"); but the search
        # may have begun at the clause's subject ("The audit was run by a tax accountant,
        # Ivo Marsh."): the object's own description may still end the sentence with the name
        pre_app = final
    if (
        pre_app
        and m.title
        # (a name ending its sentence closes an apposition: "… before the new chairwoman,
        # Rep. Kim Ode.")
        and not text.startswith(".", m.end)
        and (
            not _TITLED_APPOSITION.match(text, m.end)
            or all(w.lower() in HONORIFICS for w in m.title.split())
            # ("The Speaker, Sir Roger Hale, rose": an office set off before an honorific
            # and the name, a comma after it, is the person's)
            and not _office_before(pre_app.group(1))
        )
    ):
        pre_app = None  # "…, Mr. Trump said": a clause ends before the name, no apposition
    if pre_app:
        desc = pre_app.group(1)
        words = desc.split()
        cut = next(
            (k for k in range(1, len(words)) if words[k] in MODIFIER_PREPOSITIONS), len(words)
        )
        last = words[cut - 1].lower()
        if last not in ROLE_WORDS and last.removesuffix("s") not in ROLE_WORDS:
            # no role at the end: the head may stand before "on"/"in" ("The opposition
            # leader on the council, Ana Ruiz"; but "a foul on his goalkeeper, Marek Novak"
            # ends on its role)
            cut = next((k for k in range(1, cut) if words[k] in _PRE_HEAD_ENDS), cut)
            last = words[cut - 1].lower()
        # the noun phrase is the last one opening before the head: "The UN said its envoy,
        # Ruth Abe" is described as "its envoy"
        first = max((k for k in range(cut - 1) if words[k].lower() in _PRE_DETERMINERS), default=0)
        if last in ROLE_WORDS or last.removesuffix("s") in ROLE_WORDS:
            # the head ("the author (of the book)" is no book), with what modifies it only
            # when that says the role: "the valley's member of the state assembly"
            desc = " ".join(words[first:cut])
            if cut < len(words) and role_of(" ".join(words[first:])) != role_of(desc):
                desc = " ".join(words[first:])
            found.append((desc, desc, False))
            role = role or role_of(desc)  # "A farmer, Yusuf,": a person
        elif (last in PERSON_NOUNS or final is not None) and not m.title:
            desc = " ".join(words[first:cut])  # "Lee's successor, Anil Raghavan,": a person
            found.append((desc, desc, False))
            app_person = True
        elif (
            # (or after the place the name comes from: "The moderator, Ann Lee of Channel
            # 4, asked …")
            (comma or _OF_CAPITALISED.match(text, m.end, min(len(text), m.end + 60)))
            and not m.title
            and first == 0
            and re.fullmatch(r"[a-z][a-z-]*", last)
            and last not in ORG_WORDS
            and len(m.name.split()) > 1
            and m.name.split()[0] in all_first_names()
            and (
                _SENTENCE_OPENS.search(text, max(0, pre_app.start(1) - 4), pre_app.start(1))
                # (or a clause: "…, when the moderator, Kendra Vail, asked …")
                or _CLAUSE_OPENS.search(text, max(0, pre_app.start(1) - 8), pre_app.start(1))
            )
        ):
            # "The dean of students, Catherine Whitlow, arrived …", "Calloway's co-star,
            # Ben Haase, walked …": a description that opens the sentence, set off by commas
            # on both sides of a person's full name, describes that person whatever its noun
            desc = " ".join(words[:cut])
            found.append((desc, desc, False))
        elif last in ORG_WORDS and role_of(last) is None and _is_org(m.name.split()):
            # "The state's largest union, the Ohio Nurses Alliance,": the body is that union
            found.append((last, last, False))
        if (
            last in _BODY_NOUNS
            and not m.title
            and m.name.split()[0] not in all_first_names()
            and comma
        ):
            # "A nonpartisan voter-protection group, Keystone Ballot Watch, had volunteers":
            # a body's noun set off before a name no person bears
            body = True
    named = _NAMED.search(text, max(0, m.start - 40), m.start) is not None
    if named:
        lead = text[max(0, m.start - 60) : m.start]
        parts = re.split(r"[,.;:\"“”]", lead)
        desc = re.sub(r"\s*\b(?:named|called)\s*$", "", parts[-1]).strip()
        # "the director of a Dayton group called Ohio Kids First": the group is called so
        desc = re.split(r"\s+of\s+(?=(?:a|an|one|another)\s)", desc)[-1]
        if not desc and len(parts) > 1:  # "A farmer who gave only his first name, Yusuf"
            desc = re.split(r"\s+who\b", parts[-2])[0].strip() if " who " in parts[-2] else ""
        if desc:
            found.append((desc, desc, False))
            head = desc.split()[-1].lower()
            if head in ORG_WORDS or role_of(head) == "organisation":
                # "a group called Parents for Parks" names a body, not a person
                return Described(tuple(found), False, False, True)
    person = (
        who is not None
        or age is not None
        or role not in (None, "organisation")
        or occupation
        or app_person
    )
    return Described(tuple(found), person and not body, named, body)


#: A full name that ends its sentence (a full stop, or a semicolon, after it).
_ENDS_SENTENCE = re.compile(r"\s*(?:[.;]|$)")


def _final_object_apposition(
    text: str, m: NameMention, pre_app: re.Match[str]
) -> re.Match[str] | None:
    """``The audit was run by a tax accountant, Ivo Marsh.``: a description that opens on
    its own determiner (*a*, *the*, *her* …) at most :data:`_PRE_APPOSITIVE_SHORT` words
    before the comma, headed by a person's noun, and the person's full name after it that
    ends the sentence; the match of that description alone, or ``None``."""
    if m.title or len(m.name.split()) < 2 or not _ENDS_SENTENCE.match(text, m.end):
        return None
    words = list(re.finditer(r"\S+", pre_app.group(1)))
    det = max(
        (w for w in words if w.group().lower() in _PRE_DETERMINERS),
        key=lambda w: w.start(),
        default=None,
    )
    if det is None or len(words) - words.index(det) > _PRE_APPOSITIVE_SHORT:
        return None
    short = _PRE_APPOSITIVE.match(text, pre_app.start(1) + det.start(), m.start)
    if short is None:
        return None
    head = re.split(r"\s(?:of|for|at|with|from|in|on)\s", short.group(1))[0].split()[-1].lower()
    person = role_of(head) not in (None, "organisation") or wordnet_person(head)
    return short if person and head not in ORG_WORDS else None


#: After a name: the person runs for office (*…, a former nurse, is running as a Democrat
#: for Congress*, *who is seeking the seat*): "the candidate".
_RUNNING = re.compile(
    r"\s*(?:,[^,.;\"“”]{1,120},\s*)?(?:who\s+)?(?:is|was|has\s+been)\s+(?:now\s+|also\s+)?"
    r"(?:running|campaigning)\s+(?:as\s+an?\s+[A-Z]\w+\s+)?(?:for|against)\b"
)


def add_descriptors(
    text: str, m: NameMention, e: Entity, described: Described | None = None
) -> None:
    """Step 3: the descriptions around a mention (:func:`descriptions_at`, or ``described``
    when already read) join its entity; a *who* clause, a person's role before the name
    (*consultant Wilson*) or in an appositive (*Dev Raman, a 52-year-old accountant,*)
    makes an entity of unknown kind a person, *named* any entity."""
    found = descriptions_at(text, m) if described is None else described
    for desc, checked, people_only in found.descriptions:
        if people_only and e.kind == "organisation":
            continue
        if checked not in e.descriptors:
            e.descriptors += (desc,)
    if found.body:
        e.kind = "organisation"  # "a group called Parents for Parks"
        return
    if "candidate" not in e.descriptors and _RUNNING.match(text, m.end):
        e.descriptors += ("candidate",)  # "Lena Ortiz … is running for the council"
    if found.person and e.kind == "unknown" and _place_of(e.canonical) is None:
        # "who", not "which"; "consultant Wilson" (not "a welder from Beaumont, Texas, who")
        e.kind = "person"
    if found.named:
        e.kind = "person"

"""Roles: what a title or a description says a speaker is, and the entity record.

:func:`role_of` maps a title or descriptor (*NATO Secretary General*, *a Kyiv
resident*, *who runs a bakery*) to a coarse role: politician, official, expert,
citizen/witness, journalist, anonymous source or organisation.
:class:`Entity` is one person or organisation with everything learnt about it.

>>> role_of("NATO Secretary General"), role_of("a Kyiv resident")
('official', 'citizen/witness')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from nbutils.lexicons import table
from nbutils.speakers.names import (
    ORG_WORDS,
    ROLE_WORDS,
    _place_of,
    all_first_names,
    expert_word,
    is_demonym,
)

_WHO_CLAUSE = re.compile(
    r"\bwho\s+(?:also\s+|now\s+|still\s+|once\s+)?((?:has|had)\s+)?"
    r"([a-z]+)\b([^,;]*)"
)


#: What a relative clause's verb makes its subject ("who teaches" -> teacher).
_VERB_AGENTS: dict[str, str] = dict(table("verb_agents"))


_ORG_OBJECT = re.compile(
    r"\b(?:campaign|agency|department|ministry|office|committee|"
    r"government|administration|party|council|commission)\b"
)


#: Whom a lawyer represents (a representative represents a district or a state).
_CLIENTS = re.compile(
    r"\b(?:clients?|plaintiffs?|defendants?|family|families|company|firm|association"
    r"|union|workers|growers|farmers|residents|victims|estate)\b",
    re.IGNORECASE,
)


#: A subject studied at a place of research: "<subject> at <the> … University/Institute".
_FIELD_AT = re.compile(
    r"^\s*(?!at\b)\w[^,;]*?\bat\s+(?:the\s+)?[^,;]*?\b(?:university|college|institute"
    r"|school|center|centre|laboratory|lab|hospital|clinic|foundation|think tank)\b",
    re.IGNORECASE,
)


_SERVICE = re.compile(r"\b(?:army|military|navy|marines?|air force|war|troops)\b")


def _agent_noun(verb: str, rest: str) -> str | None:
    """The role noun for the subject of ``who <verb> <rest>``.

    >>> _agent_noun("runs", " a bakery in Kyiv"), _agent_noun("runs", " the campaign office")
    ('owner', 'head')
    >>> _agent_noun("served", " in the army"), _agent_noun("is", " tired")
    ('veteran', None)
    >>> _agent_noun("represents", " the Alder Valley Growers Association")
    'lawyer'
    >>> _agent_noun("represents", " Ohio's 5th district")
    'representative'

    Someone who studies a subject *at* a university or an institute researches it;
    one who studies at a college, with no subject, is a student:

    >>> _agent_noun("studies", " extremism at Lakemoor University")
    'researcher'
    >>> _agent_noun("studies", " at Lakemoor College"), _agent_noun("studies", " law")
    ('student', 'student')
    """
    if verb in ("served", "serves", "fought"):
        return "veteran" if _SERVICE.search(rest) else None
    if verb in ("runs", "ran", "manages", "managed") and _ORG_OBJECT.search(rest):
        return "head"
    if verb in ("represents", "represented") and _CLIENTS.search(rest):
        return "lawyer"  # "who represents the growers' association", not a district
    if verb in ("studies", "studied", "researches", "researched") and _FIELD_AT.search(rest):
        return "researcher"  # "who studies public finance at Eastbrook University"
    return _VERB_AGENTS.get(verb)


_MEMBER_OF = re.compile(
    r"\b(council|assembly|board|parliament|congress|cabinet)\s+member\b", re.IGNORECASE
)
#: The same body after the noun: "a member of parliament", "member of the city council",
#: "the valley's member of the regional assembly" (the Senate, the House and a
#: legislature are elected chambers, as Congress is).
_MEMBER_OF_BODY = re.compile(
    r"\bmember\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(council|assembly|board|parliament|congress|cabinet|senate|house|legislature)\b",
    re.IGNORECASE,
)
_CHAMBERS = {"senate": "congress", "house": "congress", "legislature": "assembly"}
#: A representative who serves customers is a clerk, not a legislator nor an official.
_CLERK = re.compile(
    r"\b(?:customer|sales|service|client)\s+(?:service\s+)?rep(?:resentative)?s?\b",
    re.IGNORECASE,
)


#: Words that give a role only when no other word does: *Dr.* is a physician or a scholar
#: (an expert), but a senator who is a doctor is a senator; an *activist* or an *organizer*
#: is a member of the public, but "the campaign's Iowa director, a conservative activist"
#: is the campaign's director. (An age alone, "Angela Ruiz, 34,", gives no role: on PolNeAR
#: it marked a private person in 165 records of 226, but also Clinton, Sanders and Emanuel.)
_FALLBACK_WORDS = frozenset(
    "dr. activist activists campaigner campaigners organizer organiser".split()
)


#: Separates descriptions joined into one string for :func:`role_of`.
_PHRASE_BREAK = "|"

#: Prepositions after a description's head: what follows them modifies it.
MODIFIER_PREPOSITIONS = frozenset({"of", "for", "at", "with", "from"})
#: Nouns of people who serve someone, joined to that someone by *to*: in *an aide to the
#: mayor* the words after *to* modify the aide, as after *of* (but not in *the first woman
#: to run for mayor*).
SERVING_NOUNS = frozenset(
    "aide adviser advisor assistant counsel counselor counsellor envoy ambassador deputy"
    " spokesman spokeswoman spokesperson secretary successor heir consultant".split()
)
_SERVING_FORMS = SERVING_NOUNS | {w + "s" for w in SERVING_NOUNS}


def _public_attorney(words: list[str], k: int) -> bool:
    """Is the attorney at ``words[k]`` a public office (*district attorney*, *U.S. attorney*,
    *attorney general*) rather than a lawyer?"""
    before = words[k - 1] if k else ""
    after = words[k + 1] if k + 1 < len(words) else ""
    return before in ("district", "u.s", "us", "state", "county", "city", "state's") or (
        after in ("general", "generals")
    )


def _word(raw: str) -> str:
    """A description's word as :data:`ROLE_WORDS` lists it: lower case, without the
    punctuation around it, but with an abbreviation's full stop (*Dr.*, *Prof.*, *Lt.*).

    >>> _word("Dr."), _word("(Prof.)"), _word("Sen."), _word("economist,")
    ('dr.', 'prof.', 'sen.', 'economist')
    """
    word = raw.strip(",;:()").lower()
    return word if word in ROLE_WORDS else word.strip(".")


@lru_cache(maxsize=4096)
def wordnet_person(noun: str) -> bool:
    """Is one of the first senses of ``noun`` a kind of person in WordNet (*heckler*,
    *designer*), for nouns no word list has? (Read once per word.)

    >>> wordnet_person("designer"), wordnet_person("briefing")
    (True, False)
    """
    from nbutils.entities import wordnet

    wn = wordnet()
    person = wn.synset("person.n.01")
    return any(person in s.closure(lambda x: x.hypernyms()) for s in wn.synsets(noun, pos="n")[:3])


@lru_cache(maxsize=8192)
def role_of(description: str, default: str | None = None) -> str | None:
    """The role that a title or descriptor suggests (last matching word wins).

    >>> role_of("NATO Secretary General"), role_of("a Kyiv resident"), role_of("MP")
    ('official', 'citizen/witness', 'politician')
    >>> role_of("senior administration officials"), role_of("a source familiar with it")
    ('official', 'anonymous source')

    Plurals count like their singular, and a nationality (a demonym WordNet
    ties to a country) describes a citizen:

    >>> role_of("Many farmers"), role_of("another Kenyan"), role_of("Opposition leader")
    ('citizen/witness', 'citizen/witness', 'politician')
    >>> role_of("Council member"), role_of("a school board member"), role_of("who is a senator")
    ('politician', 'official', 'politician')
    >>> role_of("a member of parliament"), role_of("the valley's member of the state assembly")
    ('politician', 'politician')
    >>> role_of("a retired customer service representative")
    'citizen/witness'

    Abbreviated titles count with their full stop; *Dr.* and *activist* only when
    nothing else says (:data:`_FALLBACK_WORDS`):

    >>> role_of("Dr."), role_of("Former State Senator Dr."), role_of("Lt. Gen.")
    ('expert', 'politician', 'official')
    >>> role_of("a retired machinist"), role_of("the campaign's director | an activist")
    ('citizen/witness', 'official')
    """
    # "council member", "board member", "city council member": one role word
    description = _MEMBER_OF.sub(lambda m: m.group(1) + "member", description)
    description = _CLERK.sub("clerk", description)  # "a customer service representative"
    description = _MEMBER_OF_BODY.sub(
        lambda m: _CHAMBERS.get(m.group(1).lower(), m.group(1)) + "member", description
    )
    words = [_word(w) for w in description.split()]
    academic = _academic_unit(words)  # (read before a "who" clause is cut off)
    found = default
    if any(w in ("anonymity", "anonymously") for w in words):
        return "anonymous source"  # "an official who spoke on condition of anonymity"
    clause = _WHO_CLAUSE.search(description)
    if clause and clause.group(2) in ("is", "was", "are", "were", "has", "had"):
        clause = None  # "who is a senator": the words after it say the role
    chairs_body = False
    if clause:  # "who runs a bakery": the role of the one who does that
        noun = _agent_noun(clause.group(2).lower(), clause.group(3).lower())
        # "who chairs the Senate finance committee": the chair of a political body
        chairs_body = noun in _CHAIRS and bool(
            _POLITICAL_BODIES.intersection(clause.group(3).lower().split())
        )
        if clause.group(1) and noun == "student":
            noun = "researcher"  # "who has studied the trials"
        found = ROLE_WORDS.get(noun, found) if noun else found
        description = description[: clause.start()]
        words = [_word(w) for w in description.split()]
    for w in words:
        if w in ("source", "sources", "insider", "insiders", "familiar"):
            return "anonymous source"
    demonym = False
    # a role word after "of", "for" … counts only when the phrase's head has none:
    # "president of the Teachers Association" is a president, "a spokesman for the
    # prime minister" a spokesman, but "head of the union" reads on to "union"
    headed, modifier, heads = False, False, []
    fallback: str | None = None  # a role only when nothing else gives one (_FALLBACK_WORDS)
    for k, (raw, w) in enumerate(zip(description.split(), words, strict=True)):
        if raw == _PHRASE_BREAK:
            headed, modifier = False, False
            continue
        if w in MODIFIER_PREPOSITIONS or w == "to" and k and words[k - 1] in _SERVING_FORMS:
            modifier = True
            continue
        if not modifier:
            heads.append(w)
        singular = w[:-1] if w.endswith("s") and w[:-1] in ROLE_WORDS else w
        if modifier and headed and (singular in ROLE_WORDS or expert_word(singular)):
            continue
        if singular in _FALLBACK_WORDS:
            fallback, headed = fallback or ROLE_WORDS.get(singular), True
        elif singular == "attorney" and not _public_attorney(words, k):
            found, headed = "expert", True  # a lawyer; not "district attorney", "attorney general"
        elif singular in ROLE_WORDS:
            found, headed = ROLE_WORDS[singular], True
        elif expert_word(singular):
            found, headed = "expert", True  # sociologist, demographer, psychometrist
        elif raw[:1].isupper() and w.isalpha() and is_demonym(raw.strip(",.;:()")):
            demonym = True
    if found is None:
        found = fallback  # "Dr. Ann Lee" (but "State Senator Dr. Ann Lee" is a politician)
    if demonym and found in (None, default):
        found = "citizen/witness"  # "another Kenyan" (but "an economist at the American …")
    if found == "official" and any(
        w in ("president", "vice", "prime", "minister", "senator", "governor", "mayor", "mp")
        or w in ("opposition", "shadow")  # "Opposition health spokesman", "shadow chancellor"
        for w in heads
    ):
        found = "politician"
    if found == "official" and (
        chairs_body
        or _CHAIRS.intersection(heads)
        and _POLITICAL_BODIES.intersection(w.removesuffix("'s") for w in words)
    ):
        found = "politician"  # the chairman of a Senate committee, the chair of a party
    if found == "politician" and _heads_an_organisation(words):
        found = "official"  # the union's president, a company's chairman: an executive
    if found == "official" and academic:
        found = "expert"  # the chair of a college's history department: an academic
    return found


#: A unit of a college or university that an academic heads (not the institution itself,
#: whose president is an executive).
_ACADEMIC_UNITS = frozenset("department faculty programme program lab laboratory".split())
_ACADEMIC_PLACES = frozenset("college university polytechnic".split())


def _academic_unit(words: list[str]) -> bool:
    """Does the description name a department of a college or university (*chair of the
    history department at Ferris College*, *who chairs the physics faculty at Dunmore
    University*)?

    >>> _academic_unit("chair of the history department at ferris college".split())
    True
    >>> _academic_unit("president of ferris college".split())
    False
    """
    return bool(_ACADEMIC_UNITS.intersection(words)) and any(
        w.removesuffix("'s").removesuffix("’s") in _ACADEMIC_PLACES for w in words
    )


#: Organisations a president or chair may head that are not a state or a political body:
#: their head is an executive (an official), not a politician.
_NON_POLITICAL_ORGS = ORG_WORDS - frozenset(
    "administration assembly cabinet commission committee congress council court democrats"
    " department dnc embassy eu government gop house kremlin ministry nato parliament party"
    " pentagon rnc republicans senate un white office army navy force forces police"
    " campaign".split()
) | frozenset(("firm", "charity", "chamber", "cooperative", "co-op", "nonprofit"))


#: Who chairs a body, and the elected bodies whose chairs are politicians.
_CHAIRS = frozenset(
    {"president", "vice-president", "chairman", "chairwoman", "chair", "chairperson"}
)
#: Who speaks for a body: a representative of a union is its official, not a legislator.
_AGENTS = frozenset({"representative", "representatives", "rep"})
_POLITICAL_BODIES = frozenset(
    "senate house congress parliament party assembly caucus legislature".split()
)


def _heads_an_organisation(words: list[str]) -> bool:
    """Is this a president or chair of a company, union, university …?

    >>> _heads_an_organisation("the union's president".split())
    True
    >>> _heads_an_organisation("president of the senate".split())
    False
    >>> _heads_an_organisation("the local representative of the nurses' association".split())
    True
    """
    if not _CHAIRS.intersection(words) and not _AGENTS.intersection(words):
        return False
    return any(w.removesuffix("'s").removesuffix("’s") in _NON_POLITICAL_ORGS for w in words)


@dataclass(eq=False)
class Entity:
    """A person or organisation: a canonical name, its aliases and what we know."""

    canonical: str
    kind: str = "unknown"
    gender: str | None = None
    titles: tuple[str, ...] = ()
    descriptors: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    mentions: list[tuple[int, int]] = field(default_factory=list)
    #: (titles, descriptors, kind) the role was last computed from, and that role
    _role_memo: tuple[Any, str | None] = field(
        default=(None, None), init=False, repr=False, compare=False
    )

    @property
    def role(self) -> str | None:
        """A coarse role from titles and descriptors (``None`` when nothing says).

        Computed again only when a title or descriptor was added (or the kind changed):
        an entity named in every paragraph of a long text is asked for its role at every
        mention, and re-reading all its descriptors each time would grow with the text.
        """
        seen, role = self._role_memo  # (the very tuples: a new title makes a new tuple)
        if (
            seen is None
            or seen[0] is not self.titles
            or seen[1] is not self.descriptors
            or seen[2] != self.kind
        ):
            key = (self.titles, self.descriptors, self.kind)
            role = _role_from(self.titles, self.descriptors, self.kind)
            self._role_memo = (key, role)
        return role

    @property
    def surname(self) -> str:
        return self.canonical.split()[-1]


def _role_from(titles: tuple[str, ...], descriptors: tuple[str, ...], kind: str) -> str | None:
    """The role titles and descriptors give; a *who* clause only when nothing else says
    (*psychologist* before *who studies families*), read on its own so that it does not
    swallow the descriptions after it.

    >>> _role_from((), ("who studies families", "psychologist"), "person")
    'expert'
    """
    default = "organisation" if kind == "organisation" else None
    # the titles last, so that they win (*Sen.* over *the committee's chairman*), and each
    # description up to a *who* clause, which is read on its own below (it would end the
    # reading there: "an independent who caucuses with Democrats | Senator")
    plain = [
        d[: clause.start()].strip() if (clause := _OWN_CLAUSE.search(d)) else d
        for d in descriptors
        if not d.startswith("who ")
    ]
    plain = [d for d in plain + list(titles) if d]
    found = role_of(f" {_PHRASE_BREAK} ".join(plain), default) if plain else default
    if found in (None, default):
        for d in descriptors:
            if d.startswith("who ") or _OWN_CLAUSE.search(d):
                found = role_of(d[d.index("who") :], found)
    return found


#: A *who* clause whose verb is not a copula ("who caucuses with …", not "who is a senator").
_OWN_CLAUSE = re.compile(r"(?:^|\s)who\s+(?!is\b|was\b|are\b|were\b)")


def _placelike(e: Entity) -> bool:
    """Is an entity with no title a place or a people ("China", "Latino", "Puerto Rico")?

    >>> _placelike(Entity("Puerto Rico")), _placelike(Entity("Maria Acosta"))
    (True, False)
    """
    name = e.canonical
    if " " in name:
        # "Puerto Rico", not "Jordan Peele" (a first name opens a person's name)
        return (
            not e.titles
            and name.split()[0] not in all_first_names()
            and _place_of(name) is not None
        )
    if e.titles or e.gender is not None and e.kind == "person" and name in all_first_names():
        return False
    place = _place_of(name)  # a country: "China" (not "Clinton", a town too)
    return (
        name.lower() in ("latino", "latina", "hispanic")
        or is_demonym(name)
        or place is not None
        and place[2] == "country"
    )

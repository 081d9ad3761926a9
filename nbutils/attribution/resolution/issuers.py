"""Who issued a document, and offices that speak for their holders.

* offices: *his office*, *a statement from the mayor's office* speak for the office's
  holder (:func:`_owner_pronoun`, :func:`_office_owner`);
* issuers: who brought, filed, signed or wrote a document (:func:`_signed_by`,
  :func:`_it_signed_by`), the one named after *from*/*by* (:func:`_issuer_at`,
  :func:`_named_in_apposition`, :func:`_body_after_by`), an organisation described (*the
  university*: :func:`_described_organisation`), and the patterns of a document's
  introduction that :mod:`.documents` reads (*In a statement, …*, *in her name*).

Below :mod:`.pronouns` (an *it* may be a document someone signed) and
:mod:`.documents` (which reads a document's mention back to its issuer).

>>> from nbutils.attribution import attribute
>>> text = 'A memo signed by Ann Lee went out. "Staff will return Monday," the memo said.'
>>> [a.speaker for a in attribute(text)]
['Ann Lee']
"""

from __future__ import annotations

import functools
import re

from nbutils.attribution.frame import Tok
from nbutils.attribution.records import Speaker
from nbutils.attribution.resolution.descriptions import (
    resolve_descriptor,
    resolve_name,
    resolve_organisation,
)
from nbutils.attribution.resolution.discourse import (
    _COMPANY_HEADS,
    _DOCUMENTS,
    _GENERIC_ORG_HEADS,
    _GENERIC_ORG_KINDS,
    _OWNED_SPEECH_NOUNS,
)
from nbutils.attribution.syntax import SPEECH_NOUNS
from nbutils.speakers import ORG_WORDS, PERSON_NOUNS, Entities, Entity, role_of
from nbutils.speakers.resolution import offices, people_word, singular

#: What speaks for its owner: *his office*, *a statement from his office*.
_OWNED_VOICES = frozenset({"office"})


def _owner_pronoun(span: list[Tok]) -> Tok | None:
    """The *his*/*her* of a mention that speaks for that person (*his office*, *a statement
    from her office*), as a pronoun token; ``None`` otherwise (*his campaign manager*)."""
    if (
        len(span) == 2
        and span[0].low in ("its", "their")
        and span[1].low in SPEECH_NOUNS | _DOCUMENTS
    ):  # "Its lawsuit says …": the organisation's own document
        t = span[0]
        return Tok("it" if t.low == "its" else "they", t.start, t.end, "PRP")
    if (
        len(span) >= 3
        and span[0].low in ("his", "her")
        and span[-1].low in SPEECH_NOUNS | _DOCUMENTS | _OWNED_SPEECH_NOUNS
        and all(
            x.tag in ("JJ", "JJS", "VBG", "VBN") or x.low in ("last", "final", "closing", "opening")
            for x in span[1:-1]
        )
    ):  # "His closing line …:": his
        t = span[0]
        return Tok("he" if t.low == "his" else "she", t.start, t.end, "PRP")
    if len(span) < 2 or span[-2].low not in ("his", "her"):
        return None
    t = span[-2]
    if len(span) == 2 and span[-1].low in SPEECH_NOUNS | _DOCUMENTS:
        # "His answer: "…"", "According to her report, …": the person's own document
        return Tok("he" if t.low == "his" else "she", t.start, t.end, "PRP")
    if span[-1].low not in _OWNED_VOICES:
        return None
    if len(span) > 2 and not (
        span[0].low in ("a", "an", "the")
        and span[1].low in SPEECH_NOUNS | _DOCUMENTS
        and len(span) == 5
        and span[2].low in ("from", "of", "by")
    ):
        return None
    return Tok("he" if t.low == "his" else "she", t.start, t.end, "PRP")


#: Nouns for a body a person leads or speaks for (*her group*, *his union*): the generic
#: ones take any organisation the person is described with, the others one of that kind.
_OWNED_BODIES_GENERIC = frozenset("group organization organisation".split())
OWNED_BODIES = _OWNED_BODIES_GENERIC | frozenset(
    "association union coalition council alliance federation foundation institute".split()
)
#: A capitalised run in a description (*who heads the Border Trade Council*).
_CAPITALISED_RUN = re.compile(
    r"[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][\w'’&.-]*)*"
)


def body_of_owner(noun: str, person: Entity | None, ents: Entities) -> Entity | None:
    """The organisation *her group* (*his union*, *her organization*: ``noun``, one of
    :data:`OWNED_BODIES`) means: the one the person the pronoun stands for was described
    with (*Ana Ruiz, who heads the Border Trade Council*, *president of the Tenants
    Union*), of the noun's kind unless it is a generic *group*/*organization*; ``None``
    when no description names one.

    >>> from nbutils.speakers import cluster_entities
    >>> ents = cluster_entities("Ana Ruiz, who heads the Border Trade Council, spoke.")
    >>> body_of_owner("group", ents.lookup("Ruiz"), ents).canonical
    'Border Trade Council'
    >>> body_of_owner("union", ents.lookup("Ruiz"), ents) is None
    True
    """
    if person is None or person.kind != "person":
        return None
    for desc in person.descriptors:
        for m in _CAPITALISED_RUN.finditer(desc):
            body = ents.lookup(m.group())
            if (
                body is not None
                and body.kind == "organisation"
                and (noun in _OWNED_BODIES_GENERIC or body.canonical.split()[-1].lower() == noun)
            ):
                return body
    return None


def _office_owner(text: str, span: list[Tok], ents: Entities) -> Speaker | None:
    """The person whose office speaks (*Sen. Delgado's office*, *the governor's office*,
    *a statement from the mayor's office*): the possessor resolved as a name or a
    description, when it is a person; ``None`` otherwise (*the company's office*).

    >>> from nbutils.speakers import cluster_entities
    >>> t = "Sen. Mara Delgado voted no. Sen. Delgado's office said"
    >>> toks = [Tok("Sen.", 28, 32, "NNP"), Tok("Delgado", 33, 40, "NNP"),
    ...         Tok("'s", 40, 42, "POS"), Tok("office", 43, 49, "NN")]
    >>> _office_owner(t, toks, cluster_entities(t)).name
    'Mara Delgado'
    """
    if len(span) < 3 or span[-1].low not in _OWNED_VOICES or span[-2].tag != "POS":
        return None
    owner = span[:-2]
    if (
        owner[0].low in ("a", "an", "the")
        and len(owner) > 2
        and owner[1].low in SPEECH_NOUNS | _DOCUMENTS
    ):
        if owner[2].low not in ("from", "of", "by"):
            return None
        owner = owner[3:]  # "a statement from the mayor's office"
    if not owner:
        return None
    a, b = owner[0].start, owner[-1].end
    who = resolve_name(owner, text[a:b], a, b, ents) or resolve_descriptor(
        owner, text[a:b], a, b, ents
    )
    if who is None or who.entity is None or who.entity.kind != "person":
        return None
    if owner[0].low in ("the", "a", "an"):
        # "The city attorney's office said": an office speaks for its holder only when the
        # text gave someone that title; not for whoever was named last (an epithet's guess)
        head = owner[-1].low
        known = ents._known_words(who.entity) or set()
        if head not in known and not offices({head}) & offices(known):
            return None  # (the same office under another name counts: "Gov. Ann Lee")
    return who


def _described_organisation(text: str, a: int, b: int, ents: Entities) -> Entity | None:
    """The organisation *the club* (the head noun at ``text[a:b]``, after *the*) means, as
    :func:`resolve_organisation` reads a mention *the club*; ``None`` when none is found."""
    the = text.rfind("the", max(0, a - 5), a)
    if the < 0:
        the = text.lower().rfind("the", max(0, a - 5), a)
    if the < 0:
        return None
    toks = [Tok(text[the : the + 3], the, the + 3, "DT"), Tok(text[a:b], a, b, "NN")]
    found = resolve_organisation(toks, text[the:b], the, b, ents)
    return found.entity if found is not None else None


#: A document and who brought, filed or signed it: *The complaint, brought by the Open
#: Ledger Project, …*, *a letter of support signed by 41 former officials*, *The memo was
#: written by Jim Kerr*.
_SIGNED_BY = r"(?:{kinds})s?(?:\s+of\s+(?:[a-z]+|[^,;.!?\"“”\n]{{1,80}}?(?=,)))?,?\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+)?(?:(?:jointly|also)\s+)?(?:(?:brought|filed|signed|issued|released|written|drafted|submitted|lodged|sent|published|put\s+out)\s+(?:(?:in|on|last|this|earlier)\s+(?:[\w.-]+\s+){{0,2}}?|to\s+(?:[\w-]+\s+){{1,3}}?)?)?(?:by|under\s+the\s+(?:signature|name)\s+of)\s+"
#: (also with its addressee: *a memo sent to the staff by Ann Lee*)
#: A description after *by*: up to eight lower-case words (or a count) ending on its head,
#: before a preposition, a comma or the end of the clause.
_BY_DESCRIPTION = re.compile(
    r"(?:the\s+)?(?:(?:more|fewer|less)\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+)?"
    r"((?:\d[\d,]*|[a-z][\w'’-]*)(?:\s+(?:[A-Z]\.){2,}(?=\s+[a-z]))?(?:\s+(?!(?:from|of|in|at|on|with|who|which|that|"
    r"and|to|for|over|last|this|after|before|during|said|says|told|wrote|writes|argued|argues|"
    r"warned|warns|added|adds|called|calls|urged|urges|asked|asks|stated|states)\b)"
    r"[a-z][\w'’-]*){0,7})"
)


def _signed_by(text: str, a: int, b: int, kinds: str, ents: Entities) -> Speaker | None:
    """Who brought, filed or signed the document (a noun in ``kinds``) that the sentence
    ``text[a:b]`` introduces (*The complaint, brought by the Open Ledger Project, …*; *a
    letter of support signed by 41 former officials*): the entity named after *by*, else
    the description there when its head is people (*officials*, *lawyers*); ``None`` when
    the sentence has no such phrase.

    >>> from nbutils.speakers import cluster_entities
    >>> t = "The complaint, brought by the Open Ledger Project, says more. The complaint"
    >>> _signed_by(t, 0, 62, "complaint", cluster_entities(t)).name
    'Open Ledger Project'
    >>> t = "Democrats cited a letter of support signed by 41 former officials from both parties."
    >>> _signed_by(t, 0, len(t), "letter", cluster_entities(t)).name
    '41 former officials'
    """
    found = _signed_by_pattern(kinds).search(text, a, b)
    return _issuer_at(text, found.end(), b, ents) if found is not None else None


#: A sentence that opens by saying who wrote *it* (*It was written by Ann Lee, …*).
_IT_WRITTEN_BY = re.compile(
    r"\s*It\s+(?:was|had\s+been)\s+(?:(?:jointly|also)\s+)?"
    r"(?:written|drafted|authored|signed|prepared|sent)\s+by\s+"
)


def _it_signed_by(
    text: str, starts: list[int], k: int, kinds: str, ents: Entities
) -> Speaker | None:
    """*The four-page memo, dated May 2, was leaked. It was written by Ann Lee, …*: the
    sentence ``k`` opens by saying who wrote *it*, and the sentence before it names the
    document (a noun in ``kinds``): the one named after *by*."""
    if k < 1:
        return None
    a = starts[k]
    b = starts[k + 1] if k + 1 < len(starts) else len(text)
    m = _IT_WRITTEN_BY.match(text, a, b)
    if m is None or not re.search(rf"\b(?:{kinds})s?\b", text[starts[k - 1] : a], re.I):
        return None
    return _issuer_at(text, m.end(), b, ents)


@functools.cache
def _signed_by_pattern(kinds: str) -> re.Pattern[str]:
    """:data:`_SIGNED_BY` for the document nouns ``kinds``, compiled once per set of nouns
    (it is searched in every sentence a document is looked for in)."""
    return re.compile(rf"\b{_SIGNED_BY.format(kinds=kinds)}", re.I)


#: A space right before a name a description titles (*by state attorney Dave Aronberg*).
_SPACE_NAME = re.compile(r"\s(?=[A-Z][a-z])")
#: A comma right before a name set off after a description.
_COMMA_NAME = re.compile(r",\s+(?=[A-Z])")
#: ... after the description's own short *of*/*for* phrase too (*the mayor's chief of staff,
#: Ann Rudd*; *a lawyer for the union, Dev Rao*).
_COMMA_NAME_AFTER_PHRASE = re.compile(
    r"(?:\s+(?:of|for|at)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?,\s+(?=[A-Z])"
)

#: After a document's *from*/*by*: a person described and then named in apposition (*a
#: spokeswoman for the agency, Ann Lee*; *its Ohio spokesman, Dev Rao*): the description
#: (group 1: its head), an optional *for*/*of*/*at* phrase without a comma, the comma.
_DESCRIBED_THEN_NAMED = re.compile(
    # (or a body's: "the department's inspector general, Ann Lee", after the "the")
    # (or a named one's: "Ann Lee's pollster, Tom Bell")
    r"(?:an?\s+|its\s+|his\s+|her\s+|their\s+|[a-z]+['’]s\s+|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*['’]s\s+)"
    r"(?:[\w-]+\s+){0,3}?([a-z][a-z-]*)"
    r"(?:\s+(?:for|of|at|with|to)\s+[^,;.!?\"“”\n]{1,80}?)?,\s+(?=[A-Z])"
)


def _named_in_apposition(text: str, at: int, ents: Entities) -> Speaker | None:
    """*… from a spokeswoman for the agency, Ann Lee*: the person a document's issuer
    description names in apposition right after it (its head a person's noun), when that
    name is a person the article knows; ``None`` otherwise.

    >>> from nbutils.speakers import cluster_entities
    >>> t = "Rates rose, according to a memo from an aide to the mayor, Tod Fenn, who left."
    >>> _named_in_apposition(t, t.index("an aide"), cluster_entities(t)).name
    'Tod Fenn'
    """
    m = _DESCRIBED_THEN_NAMED.match(text, at)
    if m is None:
        return None
    head = m.group(1)
    if head not in PERSON_NOUNS and not (people_word(head) or role_of(head)):
        return None
    named = ents.mention_at(m.end())
    ent = ents.entity_at(named.start, named.end) if named is not None else None
    if ent is None or ent.kind not in ("person", "unknown"):
        return None  # (a name met once, of no known kind: the description makes it a person)
    return Speaker(ent.canonical, named.start, named.end, None, ent.role, ent, False)


#: A body described after a document's *from*/*by* (*the company's headquarters*, *the
#: union*): its head noun, before a possessive or the phrase's end.
_BODY_AFTER_BY = re.compile(r"([a-z]+)(?:['’]s\s+[a-z]+)?\b(?!['’])")


def _body_after_by(text: str, by: re.Match[str], b: int, ents: Entities) -> Speaker | None:
    """The organisation a description after *from*/*by* names (*a statement from the
    company's headquarters*, *a letter from the union*): the one :func:`resolve_organisation`
    finds for *the <head>*; ``None`` when the phrase names no body already named."""
    if not by.group().rstrip().lower().endswith("the"):
        return None
    m = _BODY_AFTER_BY.match(text, by.end(), b)
    if m is None or m.group(1) not in _GENERIC_ORG_HEADS | set(_GENERIC_ORG_KINDS):
        return None
    org = _described_organisation(text, m.start(1), m.end(1), ents)
    if org is None and m.group(1) in _COMPANY_HEADS:
        org = ents.last_company(m.start(1))
    if org is None:
        return None
    return Speaker(org.canonical, m.start(1), m.end(1), None, "organisation", org, False)


def _office_words(owned: str) -> str:
    """The words of ``owned`` up to its last role word (*inspector general* of *inspector
    general found*), or ``""`` when none names an office.

    >>> _office_words("inspector general found"), _office_words("own report")
    ('inspector general', '')
    """
    words = owned.split()
    while words and role_of(words[-1]) in (None, "organisation"):
        words.pop()
    return " ".join(words)


def _issuer_at(text: str, at: int, b: int, ents: Entities) -> Speaker | None:
    """Who is named or described at ``at``, after a document's *signed by*, *filed by*: an
    entity the article names, else a description whose head is people or a body."""
    if text.startswith(("the ", "The "), at):
        at += 4
    definite = text[max(0, at - 4) : at].lower() == "the "  # ("the union", "by the union")
    mention = ents.mention_at(at)
    owned = _OWNED_BY_NAME.match(text, mention.end, b) if mention is not None else None
    if owned is not None:  # "filed by the Legislature's lawyers": the lawyers
        head = owned.group(1).split()[-1].lower()
        comma = _COMMA_NAME.match(text, owned.end(), b)
        named = ents.mention_at(comma.end()) if comma is not None else None
        if named is not None and _closes_apposition(text, named.end):
            # "written by Ashcombe's campaign manager, Tara Lindqvist,": she, not Ashcombe
            ent = ents.entity_at(named.start, named.end)
            if ent is not None and ent.kind == "person":
                return Speaker(ent.canonical, named.start, named.end, None, ent.role, ent, False)
        if people_word(head):  # (a plural: "Lee's lawyer" is still read as Lee's voice)
            role = role_of(singular(head))
            return Speaker(text[at : owned.end()], at, owned.end(), None, role, None, False)
        # an office: "the department's inspector general found …" (up to its role word)
        office = _office_words(owned.group(1))
        if office:
            end = owned.start(1) + len(office)
            return Speaker(text[at:end], at, end, None, role_of(office), None, False)
    if mention is not None:
        ent = ents.entity_at(mention.start, mention.end)
        if ent is not None and ent.kind in ("person", "organisation"):
            role = ent.role or ("organisation" if ent.kind == "organisation" else None)
            return Speaker(ent.canonical, mention.start, mention.end, None, role, ent, False)
        return None
    desc = _BY_DESCRIPTION.match(text, at, b)
    if desc is None or desc.group(1).split()[0] in ("his", "her", "its", "their"):
        return None  # ("released by his office": whose office, the sentence says)
    comma = _COMMA_NAME_AFTER_PHRASE.match(text, desc.end(1), b)
    plural = people_word(desc.group(1).split()[-1].lower())
    # ("by county prosecutor Ann Lee"; not "by economists Ann Lee and Tom Bell": one of two)
    apposed = comma or (None if plural else _SPACE_NAME.match(text, desc.end(1), b))
    named = ents.mention_at(apposed.end()) if apposed is not None else None
    if named is not None and comma is not None and not _closes_apposition(text, named.end):
        named = None  # ("… by a state investigator, Lee kept …": the clause's subject)
    if named is not None:  # "a report by the agency's inspector general, Pat Donnelly,"
        ent = ents.entity_at(named.start, named.end)
        if ent is not None and ent.kind == "person":
            return Speaker(ent.canonical, named.start, named.end, None, ent.role, ent, False)
    head = desc.group(1).split()[-1].lower()
    org = (
        _described_organisation(text, desc.start(1), desc.end(1), ents)
        if definite and head in ORG_WORDS and " " not in desc.group(1)
        else None
    )
    if org is not None:  # "filed by the union": the union the article named
        return Speaker(org.canonical, desc.start(1), desc.end(1), None, "organisation", org, False)
    if head in ORG_WORDS:
        role = "organisation"
    elif people_word(head) or head in PERSON_NOUNS or role_of(head) is not None:
        role = role_of(singular(head) if people_word(head) else head)
    else:
        return None
    return Speaker(desc.group(1), desc.start(1), desc.end(1), None, role, None, False)


#: After a name: a possessive and the owned noun (*the Legislature's lawyers*): group 1.
_OWNED_BY_NAME = re.compile(
    r"(?:['’]s|(?<=s)['’])\s+((?:(?!(?:in|on|at|of|for|to|from|with|by|and|last|this)\b)[a-z][\w-]*\s+){0,2}"
    r"(?!(?:in|on|at|of|for|to|from|with|by|and|last|this)\b)[a-z][\w-]*)\b"
)


def _closes_apposition(text: str, at: int) -> bool:
    """Does a name set off after a description end there, with a comma, a stop or a
    bracket (*…, Pat Donnelly, found*), not run on into its own clause (*…, Lee kept*)?"""
    return text[at : at + 2].lstrip()[:1] in (",", ".", ";", ")", "")


def _most_named(ents: Entities, offset: int) -> Entity | None:
    """The person named most often before ``offset`` (the article's subject), if any."""
    counts = [
        (sum(1 for m in e.mentions if m[0] < offset), e)
        for e in ents.entities
        if e.kind == "person"
    ]
    best = max(counts, key=lambda c: c[0], default=(0, None))
    return best[1] if best[0] > 0 else None


#: After a document's noun: in whose name it was issued (*a statement in the candidate's
#: name*, *in her name*).
_IN_NAME = re.compile(r"\s+in\s+(his|her|the\s+[a-z]+(?:\s+[a-z]+)?)(?:['’]s)?\s+name\b")


#: What opens an aside set off by commas (*Haldane, a Republican whose district …,*).
_ASIDE_OPEN = re.compile(r",\s+(?:a|an|the|who|whose|which|where)\b[^,]*$")


def _in_aside(text: str, a: int, at: int) -> bool:
    """Is ``at`` inside an aside set off by commas that opened after ``a`` (*Tom Hale, a
    senator whose seat will decide control of the Senate, denied …*: *Senate* is)?

    >>> t = "Tom Hale, a senator whose seat will decide the Senate, denied it."
    >>> _in_aside(t, 0, t.index("Senate")), _in_aside(t, 0, 0)
    (True, False)
    """
    return _ASIDE_OPEN.search(text, a, at) is not None


#: A sentence opening on the document: "In a 30-page order, …", "In its ruling, …".
_IN_DOCUMENT = re.compile(r"\s*(?:In|Through|With)\s+")


def _described_issuer(text: str, a: int, b: int, noun_end: int, ents: Entities) -> Speaker | None:
    """Who issued a document named in the sentence ``text[a:b]`` (its noun ending at
    ``noun_end``) when only a description says so: the subject opening the sentence (*The
    state auditor's office, which …, said in a statement*) or the one reporting right after
    the noun (*In a letter …, the governors of 11 Western states, …, urged*); ``None`` when
    there is none or its head is a name (a name may qualify it: *of 11 Western states*)."""
    found = _DESCRIBED_ISSUER.match(text, a, noun_end) or _DESCRIBED_AFTER.search(text, noun_end, b)
    if found is None:
        return None
    raw = found.group(1)
    cut = raw.find(" of ")
    head_words = raw[:cut] if cut >= 0 else raw
    head_end = found.start(1) + len(head_words)
    if any(m.end >= head_end for m, _ in ents._mentions_in(found.start(1), head_end)):
        return None  # the head is a name (a name may qualify it: "the White House budget office")
    desc = " ".join(raw.split())
    head = head_words.split()[-1].lower()
    role = "organisation" if head in ORG_WORDS else role_of(head)
    return Speaker(desc, found.start(1), found.end(1), None, role, None, False)


#: What names the issuer right after a speech noun: "a statement from (the) …".
_ISSUED_BY = re.compile(
    # (a time between: "a report last month from the auditor", "a letter on Friday from",
    # "a memo on Tuesday afternoon from")
    r"(?:\s+(?:last|this|earlier\s+this)\s+(?:week|month|year|spring|summer|autumn|fall|winter)"
    r"|\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?"  # ("on Tuesday afternoon from")
    # (or set off by a comma: "The letter, from Graywater Dairy Cooperative, said")
    r"(?:\s+(?:from|by|of)|,\s+(?:from|by))\s+(?:the\s+)?"
)
#: A capitalised office holder's office right after *by*: "Ohio Auditor of State's office".
_CAPITAL_OFFICE = re.compile(
    r"([A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,5})['’]s\s+(?:office|department)\b"
)
#: After a document's noun: a he/she reporting (*In a memo to the board, she said …*).
_PRONOUN_REPORTS = re.compile(r",\s+(he|she|it|they)\b")


def _first_comma(text: str, lo: int, hi: int) -> int:
    """Where the first comma in ``text[lo:hi]`` is (-1 when there is none)."""
    return text.find(",", lo, hi)


#: A sentence opened by a description reporting in a document (*The state auditor's
#: office, which …, said in a statement*): the description.
_DESCRIBED_ISSUER = re.compile(
    r"\s*(?:[A-Z][a-z]+,\s+)?[Tt]he\s+((?:[a-z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*)"
    r"(?:\s*,[^,;.\"“”]{1,120},)?\s+(?:later\s+|also\s+)?(?:(?:said|says|added|wrote|announced)\s+in"
    # ... or a cue with its object before "in a letter" ("urged both candidates in a letter")
    r"|(?:urged|urges|warned|warns|told|tells|asked|asks|reminded|reminds|assured|assures)\s+"
    r"(?:(?!that\b)[\w'’-]+\s+){1,4}?in"
    r"|issued|released|put\s+out|sent)\s+(?:a|an|its|their)\s"
)
#: After a document's noun, the subject that reports in it, a description (*In a letter to
#: the leaders, the governors of 11 Western states, seven of them Democrats, urged …*).
_DESCRIBED_AFTER = re.compile(
    r",\s+the\s+((?:[A-Z][\w'’.&-]*\s+){0,3}(?:[a-z][\w'’-]*\s+){0,2}?[a-z]+s?(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"[\w'’-]+)?)(?:\s*,[^,;.\"“”]{1,80},)?\s+(?:said|says|wrote|writes|told|urged|asked|warned|"
    r"argued|called|demanded|added)\b"
)
#: Right before a name: a preposition or a count, so the name is no subject (*of 11 Western
#: states*).
_PREPOSITION_OR_COUNT_BEFORE = re.compile(
    r"\b(?:(?:of|to|in|at|for|on|from|by|with)\s+(?:\d+\s+|the\s+)?"
    r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)$",
    re.IGNORECASE,
)
#: A sentence whose subject is someone's office: "His office said in a statement".
_OFFICE_SUBJECT = re.compile(r"\s*(?:[A-Z][a-z]+,\s+)?(His|Her|his|her)\s+office\b")

"""Resolution: from a speaker mention to a speaker (the second stage, mention → speaker).

A sieve finds a *mention* — a noun phrase over the frame's tokens. Resolution
turns it into a :class:`~nbutils.attribution.records.Speaker`, with one
function per kind of mention, tried in this order:

* :func:`resolve_pronoun` — *he*/*she* to a person (:meth:`nbutils.speakers.Entities.resolve_pronoun`
  follows the chain of topics back), *it*/*they* to an organisation, a document
  or a group of people named as the subject of a recent sentence, *I* to the writer;
* :func:`resolve_name` — a name (or a transcript label, or *Trump's statement*) to its
  cluster's canonical form (*Mayor Maria Lopez of Eastbrook* is Maria Lopez);
* :func:`resolve_descriptor` — *the NATO chief* to the person holding that title;
* :func:`resolve_organisation` — *the company* to the organisation named before, *the
  museum* to the one whose name has that head noun (*Ashlowe Museum of World Cultures*);
* a member of a group (*one of them*, *one of the nurses*) is named by the group's noun in
  the singular (*nurse*);
* :func:`describe` — anything else is an unnamed speaker, named by its description
  (*senior official*), with the role the description suggests.

The :class:`Discourse` is the state resolution reads and the engine updates
quote by quote: the last speaker found, where it was, and who has spoken.

The package holds one concern per module, each importing only from those before it:
:mod:`.discourse` holds the :class:`Discourse` state, :func:`said_gender` and the shared
vocabulary; :mod:`.descriptions` names and descriptions (:func:`resolve_name`,
:func:`resolve_descriptor`, :func:`resolve_headline_role`, :func:`resolve_organisation`,
:func:`describe`); :mod:`.groups` the groups a *they* takes up and their members;
:mod:`.issuers` who issued a document and the offices that speak for their holders;
:mod:`.mentions` the mentions ``resolve`` checks first (transcript labels, a lead named
later, party epithets, :data:`VOCATIVE`, a headline's subject); :mod:`.strangers` the
unnamed people and relatives a *he*/*she* may be; :mod:`.pronouns` :func:`resolve_pronoun`;
:mod:`.documents` the documents and statements and whom they speak for. This module holds
:func:`resolve`, which tries them in order, and the one helper that calls it back
(:func:`_issuer_named_after`).

>>> from nbutils.attribution.frame import Tok
>>> from nbutils.attribution.syntax import NP
>>> from nbutils.speakers import cluster_entities
>>> text = "NATO Secretary General Mark Rutte spoke. The NATO chief said it."
>>> ents = cluster_entities(text)
>>> toks = [Tok("The", 41, 44, "DT"), Tok("NATO", 45, 49, "NNP"), Tok("chief", 50, 55, "NN")]
>>> resolve(text, toks, NP(0, 3), ents, Discourse()).name
'Mark Rutte'
"""

from __future__ import annotations

import re

from nbutils.attribution.frame import Tok
from nbutils.attribution.records import Speaker
from nbutils.attribution.resolution.descriptions import (
    _anonymous_before,
    _anonymous_unheld,
    _head_of,
    describe,
    introduced_unnamed_before,
    resolve_descriptor,
    resolve_elder,
    resolve_headline_role,
    resolve_name,
    resolve_organisation,
)
from nbutils.attribution.resolution.discourse import (
    _DOCUMENTS,
    Discourse,
    _owner_speaks_through,
    said_gender,
)
from nbutils.attribution.resolution.documents import (
    _ISSUED,
    _UNRESOLVED,
    _act_author,
    _ad_sponsor,
    _document_named_before,
    _document_owner,
    _issued_by_after,
    _issued_in_clause,
    _named_author,
    _reporting_organisation,
)
from nbutils.attribution.resolution.groups import _member_of_group
from nbutils.attribution.resolution.issuers import (
    _OWNED_VOICES,
    OWNED_BODIES,
    _named_in_apposition,
    _office_owner,
    _owner_pronoun,
    body_of_owner,
)
from nbutils.attribution.resolution.mentions import (
    _CAPITALS_LABEL,
    VOCATIVE,
    _addressed,
    _apposed_to_name,
    _demonstrative_described,
    _generic_described,
    _headline_subject,
    _named_after_lead,
    _named_in_description_after,
    _one_party_member,
    _party_epithet,
    _role_label_person,
    _same_described,
    _serving_one_of,
    _transcript_party,
)
from nbutils.attribution.resolution.pronouns import resolve_pronoun
from nbutils.attribution.resolution.strangers import _INVERSE_KIN, relative_named
from nbutils.attribution.syntax import NP, SPEECH_NOUNS
from nbutils.attribution.transcripts import ANSWER_LABELS, QUESTIONER_LABELS
from nbutils.speakers import PERSON_NOUNS, PRONOUNS, Entities, Entity, role_of
from nbutils.speakers.vocabulary import KIN_WORDS

__all__ = ["VOCATIVE", "Discourse", "resolve", "said_gender"]


#: One of a kind reporting (*one journalist asked*, *a reporter shouted*): who *another*
#: is another of.
_ANOTHER_OF = re.compile(
    r"\b(?:[Oo]ne|[Aa]n?)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:asked|said|shouted|called|"
    r"added|replied|wanted|pressed|wrote|told)\b"
)
#: Transcript labels that name a role the role words do not list (``PRESENTER:``), with
#: the role.
_ROLE_LABELS = {
    "presenter": "journalist",
    "interviewer": "journalist",
    "reporter": "journalist",
    "anchor": "journalist",
    "host": "journalist",
    "moderator": "journalist",
    "caller": "citizen/witness",
    "audience": "citizen/witness",
}


def resolve(text: str, toks: list[Tok], np: NP, ents: Entities, state: Discourse) -> Speaker:
    """The speaker a mention ``toks[np.i:np.j]`` stands for: each kind of mention in turn."""
    span = toks[np.i : np.j]
    s, e = span[0].start, span[-1].end
    mention = text[s:e]
    serving = _serving_one_of(text, s, e, mention)
    if serving is not None:  # "an aide to one of the senators": the aide, not a senator
        return serving
    described = _generic_described(text, s, e, mention) or _demonstrative_described(
        text, s, e, mention
    )
    if described is not None:  # "One person on the call, a longtime fundraiser …, said"
        return described._replace(start=s, end=e)
    member = _member_of_group(text, span, s, e, ents)
    if member is not None:  # '"…," one of them said', 'said one of the nurses'
        return member
    if len(span) == 1 and mention.lower() in PRONOUNS:
        return resolve_pronoun(text, mention, s, e, ents, state)
    if len(span) == 1 and span[0].low in ("his", "her"):
        # "In his words, "…"": the owner of the words, as "he" would be
        person = resolve_pronoun(text, "he" if span[0].low == "his" else "she", s, e, ents, state)
        return person._replace(mention=mention)
    if len(span) == 1 and span[0].low == "another":
        other = _ANOTHER_OF.search(text, max(0, s - 600), s)  # (the last one, bounded)
        last = None
        while other is not None:
            last, other = other, _ANOTHER_OF.search(text, other.end(), s)
        if last is not None and (
            last.group(1).split()[-1] in PERSON_NOUNS or role_of(last.group(1)) is not None
        ):
            # '"…?" one journalist asked. … "…?" another asked': another journalist
            desc = f"another {last.group(1)}"
            return Speaker(desc, s, e, mention, role_of(last.group(1)), None, False)
    if len(span) == 1 and (
        mention in QUESTIONER_LABELS or mention in ANSWER_LABELS and text[e : e + 1] == ":"
    ):  # a transcript's "Q:" (a reporter) or "A:" (the interviewee)
        return _transcript_party(text, s, e, mention, ents)
    if len(span) == 2 and span[0].low in ("his", "her") and span[1].low in _DOCUMENTS:
        # "who estimated in a report filed with the court … According to her report": the
        # one who brought that document in, when the pronoun agrees
        the = [Tok("the", span[0].start, span[0].end, "DT"), span[1]]
        earlier = _document_named_before(text, the, s, ents, state, people_only=True)
        if (
            earlier is not None
            and earlier is not _UNRESOLVED
            and earlier.entity is not None
            and earlier.entity.kind == "person"
            and earlier.entity.gender in (None, "male" if span[0].low == "his" else "female")
        ):
            return earlier._replace(start=s, end=e, mention=mention, pronoun=False)
    called = _named_in_description_after(text, e, ents)
    if called is not None:  # "The mayor's rival, a grocer named Al Tann, said"
        return called._replace(start=s, end=e, mention=mention)
    relative = _relative_of_owner(text, span, s, e, mention, ents)
    if relative is not None:  # '"…," his father said' after "Tom Reed sat with his son"
        return relative
    if len(span) == 2 and span[0].low in ("his", "her") and span[1].low in OWNED_BODIES:
        person = resolve_pronoun(
            text, "he" if span[0].low == "his" else "she", s, e, ents, state
        ).entity
        body = body_of_owner(span[1].low, person, ents)
        if body is not None:  # "Her group said" after "Ana Ruiz, who heads the X Council"
            return Speaker(body.canonical, s, e, mention, body.role, body, False)
    owner = _owner_pronoun(span)
    if owner is not None:  # "a statement from his office": the office speaks for him
        person = resolve_pronoun(text, owner.text, owner.start, owner.end, ents, state)
        if person.name is not None and person.name.split()[-1].lower() != span[-1].low:
            return person._replace(start=s, end=e, mention=mention, pronoun=False)
    office = _office_owner(text, span, ents)
    if office is not None:  # "Sen. Delgado's office", "the governor's office"
        return office._replace(start=s, end=e, mention=mention)
    if (
        len(span) >= 4
        and span[-1].text == "Office"
        and span[-2].tag == "POS"
        and all(t.capitalised for t in span[1:-2])
    ):  # "the Prime Minister's Office" with no prime minister named: the office, as written
        name = text[span[1].start if span[0].low == "the" else span[0].start : span[-1].end]
        return Speaker(name, s, e, mention, "organisation", None, False)
    owner_of = _document_owner(text, span, ents)
    if owner_of is not None:  # "the university's statement", "the council's notice"
        return owner_of._replace(start=s, end=e, mention=mention)
    own = _issued_by_after(text, span, ents) if span[0].low == "the" else None
    if own is not None:
        # "The letter, signed by Sen. Ann Lee and three colleagues, said": the issuer its
        # own phrase names, not the signers of a letter in a sentence before
        return own._replace(start=s, end=e, mention=mention, pronoun=False)
    earlier = _document_named_before(text, span, s, ents, state)
    if earlier is not None and earlier is not _UNRESOLVED:
        # "His office said in a statement … "…," the statement said"
        return earlier._replace(start=s, end=e, mention=mention, pronoun=False)
    issuer = (
        _issuer_named_after(text, span, ents, state)
        # (a definite one was asked before the documents named earlier, above)
        or (_issued_by_after(text, span, ents) if span[0].low != "the" else None)
        or _issued_in_clause(text, span, ents, state)
    )
    if issuer is not None:  # "a statement from Brix Foods said", "… from the firm said"
        return issuer._replace(start=s, end=e, mention=mention, pronoun=False)
    author = (
        _act_author(text, span, s, ents) or _named_author(span, s, ents)
        if earlier is None
        else None
    )
    if author is not None:  # "The agency cited the firm … According to the citations"
        return author._replace(start=s, end=e, mention=mention, pronoun=False)
    sponsor = _ad_sponsor(text, span, s, ents)
    if sponsor is not None:  # '"…," the ad says. The spot was paid for by Forward Ohio'
        return sponsor._replace(start=s, end=e, mention=mention, pronoun=False)
    if earlier is None and len(span) == 2 and span[0].low == "the" and span[1].low in _ISSUED:
        # "the release said", no release introduced before: a company's, the one named
        # last or the one the article is about
        org = _reporting_organisation(ents, s) or ents.last_company(s)
        if org is not None:
            return Speaker(org.canonical, s, e, mention, "organisation", org, False)
    pos = next((k for k, t in enumerate(span) if t.tag == "POS"), 0)
    if pos and pos == len(span) - 2 and _owner_speaks_through(span, pos):
        span = span[:pos]  # "The mayor's reply", "The Ohio senator's answer": its owner
    span = _head_of(span)
    cut = _headline_subject(text, span, ents)
    if cut is not span:  # "Mayor Slams Budget, Says …": the subject is "Mayor"
        span = cut
        s, e = span[0].start, span[-1].end
        mention = text[s:e]
    if len(span) == 2 and span[0].low == "the" and _anonymous_before(text, mention, s):
        # "A Republican pollster who asked not to be named … "…," the pollster said": the
        # unnamed one just introduced, not a pollster named earlier
        return describe(text, span, mention, s, e)
    if _same_described(span, s, state):
        # "The mayor's spokesman said …. '…,' the spokesman said": the unnamed speaker just
        # quoted under a fuller description, not someone of that role named before
        return state.last._replace(start=s, end=e, mention=mention, pronoun=False)
    aged = (
        _party_newcomer(span, mention, s, e, ents) or resolve_descriptor(span, mention, s, e, ents)
        if span[0].low == "the" and any(_AGED.fullmatch(t.text) for t in span[1:-1])
        else None
    )  # "the 68-year-old Iowan": the person of that age, not a name "Iowan"
    found = (
        aged
        or resolve_elder(span, mention, s, e, ents)
        or _apposed_to_name(text, mention, s, e, ents)
        or _one_party_member(text, span, mention, s, e)
        or resolve_headline_role(span, mention, s, e, ents)
        or _party_epithet(mention, s, e, ents)
        or _anonymous_unheld(text, span, mention, s, e, ents)
        # ("A poll worker brought a folding chair out. "…," the poll worker said": the one
        # the indefinite brought in, not a person named earlier as working the polls)
        or (
            describe(text, span, mention, s, e)
            if introduced_unnamed_before(text, mention, s)
            else None
        )
        or resolve_name(span, mention, s, e, ents)
        or resolve_descriptor(span, mention, s, e, ents)
        or resolve_organisation(span, mention, s, e, ents)
        or _addressed(text, span, mention, s, e, ents, state)
        or _named_after_lead(text, span, mention, s, e, ents)
        or describe(text, span, mention, s, e)
    )
    if (
        found.name is not None
        and found.name == mention
        and text[e : e + 1] == ":"
        and _CAPITALS_LABEL.fullmatch(mention)
    ):
        # a transcript's "GREAVES:" naming no one met before: the surname as a name is written
        # (a person's label, not an acronym's organisation); a role's label ("CLERK:",
        # "PRESENTER:") is that role, described
        described = _ROLE_LABELS.get(mention.lower()) or role_of(mention.lower())
        if described not in (None, "organisation"):
            # "HOST:" after "The host, Jo Lane, opened …": Jo Lane
            return _role_label_person(mention, s, e, described, ents) or found._replace(
                name=mention.lower(), role=described
            )
        role = None if found.role == "organisation" else found.role
        return found._replace(name=mention.title(), role=role)
    return found


#: How far back a relative named as someone's is looked for (*Her daughter, Kayla,* in the
#: opening paragraph, *her mother said* a dozen paragraphs on).
_RELATIVE_REACH = 4000


def _relative_of_owner(
    text: str, span: list[Tok], s: int, e: int, mention: str, ents: Entities
) -> Speaker | None:
    """*his father*, *her grandmother* (a possessive pronoun and a word of kinship): the
    person the text named as someone's relative of that kind (*Irene Sobczak … with her
    granddaughter*), the last so named in the :data:`_RELATIVE_REACH` characters before; ``None`` otherwise."""
    if len(span) != 2 or span[0].low not in ("his", "her", "their"):
        return None
    kin = span[1].low
    if kin not in _INVERSE_KIN:
        return None
    lo = max(0, s - _RELATIVE_REACH)
    ent = relative_named(text[lo:s], lo, kin, KIN_WORDS.get(kin), ents)
    if ent is None and kin in ("wife", "husband") and span[0].low != "their":
        ent = _spouse_of_last(span[0].low, kin, s, ents)
    if ent is None:
        return None
    return Speaker(ent.canonical, s, e, mention, ent.role, ent, False)


def _spouse_of_last(possessive: str, kin: str, s: int, ents: Entities) -> Entity | None:
    """*his wife* (*her husband*) no sentence named as such: the one person of the spouse's
    sex who shares the surname of the man (woman) named last before (*Harold and Beverly
    Szymanski have been married for 44 years* … *"…," his wife said*: Beverly).

    >>> from nbutils.speakers import cluster_entities
    >>> t = "Harold and Beverly Szym voted. Harold Szym chose one. Then his wife said"
    >>> _spouse_of_last("his", "wife", t.index("his wife"), cluster_entities(t)).canonical
    'Beverly Szym'
    """
    own = "male" if possessive == "his" else "female"
    last = next(
        (
            e
            for _m, e in ents.persons_before(s)
            if e.kind == "person" and e.gender == own and " " in e.canonical
        ),
        None,
    )
    if last is None:
        return None
    spouses = [
        e
        for e in ents._family.get(last.surname.lower(), [])
        if e is not last and e.kind == "person" and e.gender == KIN_WORDS[kin]
    ]
    return spouses[0] if len(spouses) == 1 else None


#: An age as a modifier (*68-year-old*).
_AGED = re.compile(r"\d{1,3}-year-old")


def _party_newcomer(
    span: list[Tok], mention: str, s: int, e: int, ents: Entities
) -> Speaker | None:
    r"""*the 70-year-old Republican* when no one was given that age: the politician of no
    other party the paragraph names before it (:meth:`Entities.paragraph_politician`); the
    age is news about that one, not a match on *Republican* against someone described so
    paragraphs before. ``None`` for any other mention, or when the paragraph names no such
    politician.

    >>> from nbutils.speakers import cluster_entities
    >>> t = "Rep. Al Lee, a Republican, spoke.\nSen. Ann Roe of Maine said no. The 70-year-old"
    >>> toks = [Tok("the", 60, 63, "DT"), Tok("70-year-old", 64, 75, "JJ"),
    ...         Tok("Republican", 76, 86, "NNP")]
    >>> _party_newcomer(toks, "the 70-year-old Republican", 60, 86, cluster_entities(t)).name
    'Ann Roe'
    """
    party = span[-1].text
    if party not in ("Democrat", "Republican", "Independent"):
        return None
    age = next((t.text.split("-")[0] for t in span if _AGED.fullmatch(t.text)), None)
    if age is None or ents._person_of_age(age, s) is not None:
        return None
    ent = ents.paragraph_politician(party, s)
    if ent is None:
        return None
    return Speaker(ent.canonical, s, e, mention, ent.role or "politician", ent, False)


def _issuer_named_after(
    text: str, span: list[Tok], ents: Entities, state: Discourse
) -> Speaker | None:
    """The one who issued *a statement from X* (*a statement from Brix Foods*, *… from the
    firm*, *… from the mayor*, *a joint statement by the two unions*): X resolved, when it
    is someone the article names (an entity, or *the company* named before); ``None``
    otherwise (*a statement from a neighbour*).

    >>> from nbutils.speakers import cluster_entities
    >>> t = "Brix Foods cut jobs. A statement from the firm said"
    >>> toks = [Tok("A", 21, 22, "DT"), Tok("statement", 23, 32, "NN"), Tok("from", 33, 37, "IN"),
    ...         Tok("the", 38, 41, "DT"), Tok("firm", 42, 46, "NN")]
    >>> _issuer_named_after(t, toks, cluster_entities(t), Discourse()).name
    'Brix Foods'
    """
    k = 1 if span and span[0].low in ("a", "an", "the") else 0
    if k < len(span) - 1 and span[k].tag == "JJ":
        k += 1  # "a written statement", "a joint statement"
    nouns = SPEECH_NOUNS | _DOCUMENTS | _ISSUED
    if k == 0 or k + 2 >= len(span) or span[k].low not in nouns:
        return None
    if span[k + 1].low not in ("from", "by", "of"):
        return None
    rest = span[k + 2 :]
    apposed = _named_in_apposition(text, rest[0].start, ents) if rest else None
    if apposed is not None:  # "an email from a spokeswoman for the agency, Ann Lee"
        return apposed
    if not rest or rest[0].low in ("a", "an") or rest[-1].low in _OWNED_VOICES:
        return None  # someone not named before; "his office" is _owner_pronoun's
    who = resolve(text, rest, NP(0, len(rest)), ents, state)
    if who.entity is None or who.pronoun:
        return None
    return who

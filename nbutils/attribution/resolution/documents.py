"""Documents and statements: who speaks through *the statement*, *the memo*, *the ad*.

A document speaks for whoever issued it: the owner named with it (*the mayor's reply*:
:func:`_document_owner`), the issuer named after it (*a notice issued by the port
authority*: :func:`_issued_by_after`, or a clause without *that*:
:func:`_issued_in_clause`), the one whose act made it (*the citations*:
:func:`_act_author`), an ad's sponsor (:func:`_ad_sponsor`), or, for a definite mention
(*the statement said*), the one who issued it a few sentences back
(:func:`_document_named_before`). The highest of the modules below ``resolve``: it reads
:mod:`.issuers` and calls :func:`~nbutils.attribution.resolution.pronouns.resolve_pronoun`.

>>> from nbutils.attribution import attribute
>>> text = 'The county issued a statement. "The road will stay closed," the statement said.'
>>> [a.speaker for a in attribute(text)]
['county']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from nbutils.attribution.frame import Tok
from nbutils.attribution.records import Speaker
from nbutils.attribution.resolution.descriptions import resolve_descriptor, resolve_organisation
from nbutils.attribution.resolution.discourse import _COMPANY_HEADS, _DOCUMENTS, Discourse
from nbutils.attribution.resolution.issuers import (
    _CAPITAL_OFFICE,
    _IN_DOCUMENT,
    _IN_NAME,
    _ISSUED_BY,
    _OFFICE_SUBJECT,
    _OWNED_BY_NAME,
    _OWNED_VOICES,
    _PREPOSITION_OR_COUNT_BEFORE,
    _PRONOUN_REPORTS,
    _body_after_by,
    _closes_apposition,
    _described_issuer,
    _described_organisation,
    _first_comma,
    _in_aside,
    _issuer_at,
    _it_signed_by,
    _most_named,
    _named_in_apposition,
    _signed_by,
)
from nbutils.attribution.resolution.pronouns import resolve_pronoun
from nbutils.attribution.syntax import ISSUING, SPEECH_NOUNS
from nbutils.speakers import PERSON_NOUNS, Entities, Entity
from nbutils.speakers.names import reporting_after

#: How many sentences back a definite *the statement* looks for the one it names.
_DOCUMENT_SENTENCES = 3
#: ... and a definite document that is no mere statement (*the order*, *the ruling*, *the
#: report*), which an article takes up long after it was introduced (*In a 30-page order,
#: Judge Ann Berg …* … *According to the order, …*): up to this many sentences back,
#: within :data:`_DOCUMENT_CHARS` characters.
_DOCUMENT_FAR = 30
_DOCUMENT_CHARS = 5000
#: What an organisation issues in its own voice: *the statement* may take up *a release*
#: introduced before (*The company said in a release …*), and *the release* said alone is
#: a company's.
_ISSUED = frozenset({"statement", "release", "announcement"})
#: What :func:`_document_named_before` returns for a document introduced as issued by
#: someone it cannot name (*In a statement, the business owner said …*): not a company's.
_UNRESOLVED = Speaker(None, None, None, None, None, None, False)
#: A description for the company an article names (*In a statement, the company said*).
_COMPANY_DESCRIPTION = re.compile(r"\b[Tt]he\s+(?:company|firm)\b")
#: A definite description right after a document's noun, as the subject of a report (*In a
#: statement, the university said*): its head noun.
#: ... or one opening the sentence before the document's noun (*The club said in a
#: statement*).
_ORG_SUBJECT = re.compile(
    r"\s*(?:[A-Z][a-z]+,\s+)?[Tt]he\s+(?:[a-z]+\s+)?([a-z]+)\s+(?:said|says|added|wrote)\b"
)


_ORG_DESCRIPTION = re.compile(r",\s+[Tt]he\s+(?:[a-z]+\s+)?([a-z]+)\s+(?:said|says|added|wrote)\b")


def _reporting_organisation(ents: Entities, offset: int) -> Entity | None:
    """The organisation that reported something (*Fox News confirmed …*, *the Ledger
    said …*) as the subject of a reporting verb in the last :data:`_DOCUMENT_SENTENCES`
    sentences before ``offset``, outside quotations: the voice a later *the statement*
    takes up.

    >>> from nbutils.speakers import cluster_entities
    >>> t = "Brix Foods confirmed the sale to Orbit Labs. According to the statement"
    >>> _reporting_organisation(cluster_entities(t), t.index("the statement")).canonical
    'Brix Foods'
    """
    starts = ents.sentence_starts
    k = bisect.bisect_right(starts, offset) - 1
    a = starts[max(0, k - _DOCUMENT_SENTENCES)] if k >= 0 else 0
    found = [
        e
        for m, e in ents._mentions_in(a, offset)
        if m.reporting and e.kind == "organisation" and not ents._excluded(m.start)
    ]
    return found[-1] if found else None


#: Prepositions that open a phrase after a document's noun (*its filing with the state*).
_AFTER_DOCUMENT = frozenset("with to on for in at before".split())


def _document_owner(text: str, span: list[Tok], ents: Entities) -> Speaker | None:
    """The one whose document speaks, named by a description in the possessive (*the
    university's statement*, *the council's written notice*): that description resolved to
    an organisation or person the article names; ``None`` otherwise (names in the
    possessive, *Trump's statement*, are :func:`resolve_name`'s).

    >>> from nbutils.speakers import cluster_entities
    >>> t = "Orbit University cut the team. The university's statement said"
    >>> toks = [Tok("The", 31, 34, "DT"), Tok("university", 35, 45, "NN"),
    ...         Tok("'s", 45, 47, "POS"), Tok("statement", 48, 57, "NN")]
    >>> _document_owner(t, toks, cluster_entities(t)).name
    'Orbit University'
    """
    pos = next((k for k, t in enumerate(span) if t.tag == "POS"), None)
    if pos is not None:  # "the system's filing with the state": the noun before the phrase
        cut = next((k for k in range(pos + 2, len(span)) if span[k].low in _AFTER_DOCUMENT), None)
        if cut is not None and span[cut - 1].low in SPEECH_NOUNS | _DOCUMENTS | _ISSUED:
            span = span[:cut]
    if len(span) < 4 or span[-1].low not in SPEECH_NOUNS | _DOCUMENTS | _ISSUED:
        return None
    if pos is None or pos < 2 or span[0].low != "the" or any(t.capitalised for t in span[1:pos]):
        return None
    owner = span[:pos]
    a, b = owner[0].start, owner[-1].end
    who = resolve_descriptor(owner, text[a:b], a, b, ents) or resolve_organisation(
        owner, text[a:b], a, b, ents
    )
    if who is None or who.entity is None:
        return None
    return who


#: After a document's noun: who issued it (*a notice issued by the port authority*).
_ISSUED_BY_AFTER = re.compile(
    r",?\s+(?:(?:issued|released|published|sent|signed|posted|put\s+out|filed|brought|submitted|"
    r"written|drafted|lodged|conducted|commissioned|compiled|prepared)\s+"
    # (its addressees between: "sent to donors on Friday by"; a time or a place between:
    # "published in August by", "filed in state court by"; or a bare day, "released Monday
    # by", "sent Tuesday evening to senior staff by": at most two, in either order; or whom
    # it was made for: "prepared for the board by")
    r"(?:(?:(?:to|for)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){1,3}?"
    r"|(?:in|on|last|this|earlier)\s+(?:[\w-]+\s+){0,3}?"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+"
    r"(?:morning\s+|afternoon\s+|evening\s+|night\s+)?)){0,2})?"
    r"(?:by|from)\s+(?:the\s+)?"
)
#: After a definite document's noun, a participle naming who sent it (*The memo, sent
#: Tuesday to staff by …*): a lookahead for :func:`_document_named_before`.
_SENT_BY_AHEAD = (
    r"|,?\s+(?:sent|issued|released|written|drafted|signed|prepared|circulated)\s"
    r"[^.;\"“”]{0,60}?\bby\s"
)
#: After a document's noun: a clause without *that* telling who issued it (*a brief the
#: union's lawyers filed*, *a summary the district posted online*): group 1 the issuer.
#: ... or with *that*/*which*, and the subject's name set off after it (*a memo that his
#: campaign manager, Tom Bell, sent*): group 2 that name.
_ISSUED_CONTACT = re.compile(
    r"\s+(?:that\s+|which\s+)?"
    r"((?:the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)"  # ("the letter Ken Lowe sent")
    r"(?:,\s+((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+),)?\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:" + "|".join(sorted(ISSUING)) + r"|put\s+out)\b"
)


def _issued_in_clause(
    text: str, span: list[Tok], ents: Entities, state: Discourse
) -> Speaker | None:
    """*a brief the union's lawyers filed*, *a memo his office circulated*: a document's noun,
    then a clause without *that* whose subject issued it (:data:`_ISSUED_CONTACT`): that
    subject as an issuer after *by* is read (*his office* as its holder); ``None`` otherwise.

    >>> from nbutils.speakers import cluster_entities
    >>> t = "Kell Port Authority met. According to a notice the authority posted, it is shut."
    >>> toks = [Tok("a", 38, 39, "DT"), Tok("notice", 40, 46, "NN")]
    >>> _issued_in_clause(t, toks, cluster_entities(t), Discourse()).name
    'Kell Port Authority'
    """
    if not span or span[-1].low not in SPEECH_NOUNS | _DOCUMENTS | _ISSUED | _STUDIES:
        return None
    m = _ISSUED_CONTACT.match(text, span[-1].end)
    if m is None:
        return None
    if m.group(2) is not None:  # "a letter the comptroller, Ann Lee, sent": hers
        named = ents.mention_at(m.start(2))
        ent = ents.entity_at(named.start, named.end) if named is not None else None
        if named is None or ent is None or named.end != m.end(2):
            return None
        role = ent.role or ("organisation" if ent.kind == "organisation" else None)
        return Speaker(ent.canonical, named.start, named.end, None, role, ent, False)
    words = m.group(1).split()
    if len(words) == 2 and words[0] in ("his", "her") and words[1] in _OWNED_VOICES:
        # "a memo his office circulated": the office speaks for its holder
        a = m.start(1)
        person = resolve_pronoun(text, "he" if words[0] == "his" else "she", a, a + 3, ents, state)
        return person._replace(pronoun=False) if person.name is not None else None
    return _issuer_at(text, m.start(1), m.end(1), ents)


#: Findings someone publishes (*A study of county records, released by …, found*).
_STUDIES = frozenset("study review analysis survey audit estimate forecast projection".split())


#: After a document's noun: the site of a body it was posted on (*posted on the city's
#: website*, *put up on the union's Facebook page*).
_POSTED_ON_SITE = re.compile(
    r",?\s+(?:posted|published|put\s+up|put\s+out)\s+(?:on|to)\s+the\s+([a-z]+)['’]s\s+"
    r"(?:official\s+)?(?:website|web\s+site|site|page|Facebook\s+page|Twitter\s+account|account)\b"
)


def _issued_by_after(text: str, span: list[Tok], ents: Entities) -> Speaker | None:
    """*according to a preliminary notice issued by Halvemouth Port Authority*: the issuer
    named right after the document's noun, when the article names it; ``None`` otherwise.

    >>> from nbutils.speakers import cluster_entities
    >>> t = "Ships wait. It is closed, according to a notice issued by Kell Port Authority."
    >>> toks = [Tok("a", 39, 40, "DT"), Tok("notice", 41, 47, "NN")]
    >>> _issued_by_after(t, toks, cluster_entities(t)).name
    'Kell Port Authority'
    """
    nouns = SPEECH_NOUNS | _DOCUMENTS | _ISSUED | _STUDIES
    if len(span) >= 3 and span[-2].low in nouns and _ISSUED_BY_AFTER.match(text, span[-2].end):
        span = span[:-1]  # "a memo sent to donors by …": the participle is not the head
    if not span:
        return None
    if span[-1].low not in nouns and not any(
        t.low in nouns and k + 1 < len(span) and span[k + 1].low in ("of", "from")
        for k, t in enumerate(span[:3])
    ):  # ("A study of county records, released by …": the head and its of-phrase; "an
        # email from the governor's office, sent by his spokeswoman, Ann Lee,": hers)
        return None
    m = _ISSUED_BY_AFTER.match(text, span[-1].end)
    apposed = _named_in_apposition(text, m.end(), ents) if m is not None else None
    if apposed is not None and _closes_apposition(text, apposed.end):
        # "a memo sent to donors by Ann Lee's pollster, Tom Bell, …": his (not "… by a state
        # investigator, Lee kept …": the clause's subject)
        return apposed
    if m is None:
        # "a notice posted on the city's website": the body whose site it is on
        site = _POSTED_ON_SITE.match(text, span[-1].end)
        org = (
            _described_organisation(text, site.start(1), site.end(1), ents)
            if site is not None
            else None
        )
        if org is None:
            return None
        return Speaker(org.canonical, site.start(1), site.end(1), None, "organisation", org, False)
    found = ents.mention_at(m.end())
    if found is None or _OWNED_BY_NAME.match(text, found.end):
        # "a brief filed by four former chairmen of the commission", "… by the
        # Legislature's lawyers"
        return _issuer_at(text, m.end(), min(len(text), m.end() + 200), ents)
    ent = ents.entity_at(found.start, found.end)
    if ent is None:
        return None
    role = ent.role or ("organisation" if ent.kind == "organisation" else None)
    return Speaker(ent.canonical, found.start, found.end, found.name, role, ent, False)


#: Documents named after the act that makes them (*the citations* an agency *cited* a
#: company for, *the indictment* a grand jury *indicted* on, *the report* of what someone
#: *found*): the noun and that verb's past (alternatives joined by ``|``).
_ACT_DOCUMENTS = {
    "citation": "cited",
    "citations": "cited",
    "indictment": "indicted",
    "charges": "charged",
    "lawsuit": "sued",
    "subpoena": "subpoenaed",
    "subpoenas": "subpoenaed",
    "audit": "audited|found",
    "inspection": "inspected",
    "letter": "wrote",  # "The guild wrote to the committee in March. The letter said"
    # findings: "after the Accountability Office found that … According to the report, …"
    "report": "found|concluded",
    "study": "found|concluded",
    "review": "found|concluded",
    "analysis": "found|concluded",
    "survey": "found",
}
#: How many sentences back the act may be told (a quoted sentence counts as one).
_ACT_SENTENCES = 5
#: Between the one who acted and its verb: an auxiliary, an adverb, a day.
_ACT_GAP = re.compile(
    r"\s+(?:(?:has|have|had|also|formally|on\s+[A-Z][a-z]+day|last\s+\w+|\w+ly)\s+)*"
)


def _act_author(text: str, span: list[Tok], s: int, ents: Entities) -> Speaker | None:
    """*the citations* (a document named after an act, :data:`_ACT_DOCUMENTS`) where one of
    the last :data:`_ACT_SENTENCES` sentences says who did the act (*The agency cited
    the firm for 14 violations … According to the citations, …*): that one, a person or a
    body the article names; ``None`` otherwise.

    >>> from nbutils.speakers import cluster_entities
    >>> t = "The Lorne Water Board cited the mill twice. The citations said"
    >>> toks = [Tok("The", 44, 47, "DT"), Tok("citations", 48, 57, "NNS")]
    >>> _act_author(t, toks, 44, cluster_entities(t)).name
    'Lorne Water Board'
    """
    if len(span) != 2 or span[0].low != "the" or span[1].low not in _ACT_DOCUMENTS:
        return None
    verb = re.compile(rf"\b(?:{_ACT_DOCUMENTS[span[1].low]})\b")
    starts = ents.sentence_starts
    k = bisect.bisect_right(starts, s) - 1
    a = starts[max(0, k - _ACT_SENTENCES)] if starts else 0
    acts = list(verb.finditer(text, max(a, s - _DOCUMENT_CHARS), s))
    for act in reversed(acts):
        before = [
            (m, e)
            for m, e in ents._mentions_in(max(0, act.start() - 400), act.start())
            if e.kind in ("person", "organisation")
        ]
        if before and _ACT_GAP.fullmatch(text, before[-1][0].end, act.start()):
            m, ent = before[-1]
            role = ent.role or ("organisation" if ent.kind == "organisation" else None)
            return Speaker(ent.canonical, m.start, m.end, None, role, ent, False)
    return None


#: Published findings whose author an article names as such (*lead author Ann Lee*).
_AUTHORED = frozenset("study paper report analysis survey".split())
#: How far back the author of *the paper* may be named.
_AUTHOR_REACH = 1500


def _named_author(span: list[Tok], s: int, ents: Entities) -> Speaker | None:
    """*According to the paper* (a study's noun, :data:`_AUTHORED`, no issuer found) after
    someone was described as its author (*said lead author Ann Lee*, *Lee, the study's
    author*) in the :data:`_AUTHOR_REACH` characters before: the last such person.

    >>> from nbutils.speakers import cluster_entities
    >>> t = "It is new, said lead author Ann Lee. According to the paper, seas"
    >>> toks = [Tok("the", 49, 52, "DT"), Tok("paper", 53, 58, "NN")]
    >>> _named_author(toks, 49, cluster_entities(t)).name
    'Ann Lee'
    """
    if len(span) != 2 or span[0].low != "the" or span[1].low not in _AUTHORED:
        return None
    for m, ent in ents.persons_before(s, _AUTHOR_REACH):
        if ent.kind == "person" and any(
            "author" in d.lower().split() for d in (*ent.titles, *ent.descriptors)
        ):
            return Speaker(ent.canonical, m.start, m.end, None, ent.role, ent, False)
    return None


#: A political advertisement's nouns: it speaks for whoever paid for it.
_ADS = frozenset("ad ads advert advertisement commercial spot mailer".split())
#: Who paid for an ad (*was paid for by Forward Ohio*, *sponsored by the party*).
_PAID_BY = re.compile(r"\b(?:paid\s+for|sponsored|funded|financed|bankrolled)\s+by\s+(?:the\s+)?")
#: The voice of an ad (*"…," a narrator says*): the ad's, when an ad was just mentioned.
_AD_VOICES = frozenset({"narrator", "announcer"})
_AD_DETERMINERS = ("the", "a", "an", "this")
#: An ad mentioned (what makes a narrator an ad's voice).
_AD_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_ADS)) + r")s?\b", re.I)
#: How far around an ad's mention its sponsor may be named (sentences before, after).
_AD_SENTENCES = (3, 2)


#: Other works and events a narrator or an announcer may belong to.
_OTHER_WORKS = re.compile(
    r"\b(?:documentar(?:y|ies)|films?|movies?|books?|shows?|programs?|programmes?|series|"
    r"videos?|rally|rallies|concerts?|tours?|broadcasts?|podcasts?|games?|ceremon(?:y|ies))\b",
    re.I,
)


def _ad_is_last_work(text: str, lo: int, s: int) -> bool:
    """Is an ad the last work or event named in ``text[lo:s]`` (no documentary, film or
    rally after it), so that a narrator or announcer at ``s`` is the ad's voice?"""
    ad = max((m.start() for m in _AD_BEFORE.finditer(text, lo, s)), default=-1)
    other = max((m.start() for m in _OTHER_WORKS.finditer(text, lo, s)), default=-1)
    return ad >= 0 and ad > other


def _ad_sponsor(text: str, span: list[Tok], s: int, ents: Entities) -> Speaker | None:
    """*the ad says*, *an ad paid for by …*: the one the article says paid for the ad, in
    the sentences around it (*"…," the ad says. The 30-second spot was paid for by Forward
    Ohio, a group …*), when exactly one is named so; ``None`` otherwise.

    >>> from nbutils.speakers import cluster_entities
    >>> t = '"Lee lied," the ad says. The spot was paid for by Forward Ohio, a group.'
    >>> toks = [Tok("the", 12, 15, "DT"), Tok("ad", 16, 18, "NN")]
    >>> _ad_sponsor(t, toks, 12, cluster_entities(t)).name
    'Forward Ohio'
    """
    if not span or span[-1].low not in _ADS | _AD_VOICES or span[0].low not in _AD_DETERMINERS:
        return None
    starts = ents.sentence_starts
    k = bisect.bisect_right(starts, s) - 1
    lo = starts[max(0, k - _AD_SENTENCES[0])] if starts else 0
    j = k + 1 + _AD_SENTENCES[1]
    hi = starts[j] if j < len(starts) else len(text)
    lo, hi = max(lo, s - 1500), min(hi, s + 1500)
    if span[-1].low in _AD_VOICES and not _ad_is_last_work(text, lo, s):
        return None  # (a narrator with no ad just before: a film's, a book's, a rally's)
    found = {}
    for m in _PAID_BY.finditer(text, lo, hi):
        if ents._excluded(m.start()):
            continue
        who = ents.mention_at(m.end())
        ent = ents.entity_at(who.start, who.end) if who is not None else None
        if ent is not None and ent.kind in ("organisation", "person", "unknown"):
            found[id(ent)] = (who, ent)
    if len(found) != 1:
        return None
    who, ent = next(iter(found.values()))
    role = ent.role or ("organisation" if ent.kind != "person" else None)
    return Speaker(ent.canonical, who.start, who.end, who.name, role, ent, False)


#: What a document's introduction may say of it and its later mention repeat (*a joint
#: statement* … *the joint statement said*).
_DOCUMENT_ADJECTIVES = frozenset("joint written brief formal short separate".split())


#: Before a name: a verb of giving or sending whose object it is (*sent Ms. Ruppert a
#: letter*, *handed the mayor a petition*): the one who got the document, not its issuer.
_SENT_TO_BEFORE = re.compile(
    r"\b(?:sent|send|sends|gave|give|gives|handed|hands|mailed|e-?mailed|delivered|wrote|"
    r"writes|presented|showed|shown|addressed)\s+(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov|Sgt)\.\s+)?$"
)


#: After a name: it issues a document (*released a statement*, *put out a statement*).
_ISSUES_AFTER = re.compile(
    r"\s+(?:(?:also|later|then)\s+)?(?:released|issued|put\s+out|sent|posted|published)\s"
)


def _sentences_back(
    starts: list[int], here: int, far: int, ents: Entities
) -> Iterator[tuple[int, int]]:
    """Sentence indexes from ``here`` back, each with how many sentences outside quotations
    lie between it and ``here`` (a multi-paragraph quotation's own sentences are not counted:
    *In a statement, Tolliver said … ¶ "… ¶ …," the statement said* reaches the statement),
    until ``far`` of them; at most ``4 * far + 4`` sentences are read."""
    d = 0
    for k in range(here, max(-1, here - 4 * far - 4), -1):
        if d > far:
            return
        yield k, d
        if k == here or k >= 0 and not ents._excluded(starts[k]):
            d += 1


def _document_named_before(
    text: str,
    span: list[Tok],
    s: int,
    ents: Entities,
    state: Discourse,
    people_only: bool = False,
) -> Speaker | None:
    """*the statement* (a definite speech noun or document alone) introduced in one of the
    last :data:`_DOCUMENT_SENTENCES` sentences as someone's (*His office said in a
    statement that …*, *In a letter, the union said …*): the one who issued it — the
    last speaker when that sentence is where the last speaker was found, else the
    name after *from*/*by* (*a statement from Fox News*), the name before the noun (*Dale
    provided a written statement*; *his office*), or the subject of a report after it
    (*In a statement, Fox News said*; not *a recorded message that opens every Hale event*).
    ``None`` when no such document was introduced; :data:`_UNRESOLVED` when one was but
    the one who issued it is not found.

    >>> from nbutils.speakers import cluster_entities
    >>> t = "Gov. Paul Emery was away. His office said in a statement that he was sad. The statement"
    >>> toks = [Tok("The", 74, 77, "DT"), Tok("statement", 78, 87, "NN")]
    >>> _document_named_before(t, toks, 74, cluster_entities(t), Discourse()).name
    'Paul Emery'
    """
    if len(span) == 3 and span[1].tag == "JJ" and span[1].low in _DOCUMENT_ADJECTIVES:
        span = [span[0], span[2]]  # "the joint statement", "the written statement"
    if (
        len(span) != 2
        or span[0].low != "the"
        or span[1].low not in SPEECH_NOUNS | _DOCUMENTS | _ISSUED
    ):
        return None
    kinds = "|".join(sorted(_ISSUED)) if span[1].low in _ISSUED else span[1].low
    noun = re.compile(
        rf"\b(?:an?|its|his|her|their)\s+(?:[\w-]+\s+)?(?:{kinds})s?\b"
        # ("The 40-page report by the state auditor found …", "The letter, from Graywater
        # Dairy Cooperative, said …": a definite one whose issuer follows it; see ``by``)
        rf"|\bthe\s+(?:[\w-]+\s+)?(?:{kinds})\b(?=,?\s+(?:by|from)\s{_SENT_BY_AHEAD})",
        re.I,
    )
    starts = ents.sentence_starts
    here = bisect.bisect_right(starts, s) - 1
    last = state.last
    owned = re.compile(rf"\b[Tt]he\s+([a-z]+)['’]s\s+(?:[\w-]+\s+)?(?:{kinds})\b")
    far = _DOCUMENT_SENTENCES
    if span[1].low in _DOCUMENTS and span[1].low not in SPEECH_NOUNS | _ISSUED:
        far = _DOCUMENT_FAR  # "According to the order" paragraphs after "In a 30-page order"
    for k, d in _sentences_back(starts, here, far, ents):
        a = starts[k] if k >= 0 else 0
        b = min(s, starts[k + 1] if k + 1 < len(starts) else len(text))
        if b < s - _DOCUMENT_CHARS:
            break  # (bounded: a few thousand characters back at most, whatever the sentences)
        a = max(a, s - _DOCUMENT_CHARS)
        possessed = owned.search(text, a, b) if d <= _DOCUMENT_SENTENCES else None
        if possessed is not None and not ents._excluded(possessed.start()):
            # "Okafor read part of the company's letter into the record": the company's
            org = _described_organisation(text, possessed.start(1), possessed.end(1), ents)
            if org is None and possessed.group(1) in _COMPANY_HEADS:
                org = ents.last_company(possessed.start())
            if org is not None:
                return Speaker(
                    org.canonical,
                    possessed.start(),
                    possessed.end(1),
                    None,
                    "organisation",
                    org,
                    False,
                )
        signed = _signed_by(text, a, b, kinds, ents) or _it_signed_by(text, starts, k, kinds, ents)
        if signed is not None:
            return signed
        found = noun.search(text, a, b)
        if found is None:
            continue
        owner = re.match(r"(?i)(his|her)\b", found.group())
        if owner is not None and not ents._excluded(found.start()):
            # "Her prepared testimony, released an hour before, …": hers
            person = resolve_pronoun(
                text, owner.group(1).lower(), found.start(), found.start() + 3, ents, state
            )
            if person.name is not None and person.entity is not None:
                return person._replace(pronoun=False)
        in_name = _IN_NAME.match(text, found.end(), b)
        if in_name is not None:  # "released a statement in the candidate's name"
            who = in_name.group(1)
            if who.lower() in ("his", "her"):
                person = resolve_pronoun(text, who, in_name.start(1), in_name.end(1), ents, state)
                ent = person.entity
            else:
                ent = ents.resolve_descriptor(who, in_name.start(1)) or _most_named(
                    ents, in_name.start(1)
                )  # ("the candidate's name": the article's candidate, named most so far)
            if ent is not None:
                return Speaker(
                    ent.canonical, in_name.start(1), in_name.end(1), None, ent.role, ent, False
                )
        if last is not None and last.entity is not None and last.start is not None:
            if a <= last.start < b:  # (a named speaker: not "the shipping magnate")
                return last  # '"…" his office said in a statement': the speaker found there
        m = _OFFICE_SUBJECT.match(text, a, b)
        if m is not None:  # "His office said in a statement …"
            pronoun = "he" if m.group(1).lower() == "his" else "she"
            person = resolve_pronoun(text, pronoun, m.start(1), m.end(1), ents, state)
            return person if person.name is not None else _UNRESOLVED
        # whoever is named last before the noun ("The Ledger said Dale provided a written
        # statement": Dale's), else the subject after it ("In a statement, Fox News said")
        mentions = ents._mentions_in(a, b)
        named = [
            (m, e)
            for m, e in mentions
            if (
                e.kind in (("person",) if people_only else ("person", "organisation"))
                # a name of unknown kind that issues it: "Forward Iowa Action released a
                # statement late Thursday."
                or not people_only
                and e.kind == "unknown"
                and m.subject
                and _ISSUES_AFTER.match(text, m.end)
            )
            and text[m.end : m.end + 2] not in ("'s", "’s")  # "Clinton's campaign" sent it
            and text[m.start - 1 : m.start] != "("  # "Gowdy (R-S.C.)": a party and a state
        ]
        by = _ISSUED_BY.match(text, found.end())  # "a statement from Brix Foods"
        apposed = _named_in_apposition(text, by.end(), ents) if by is not None else None
        if apposed is not None:  # "a statement from its spokesman, Dev Rao": his
            return apposed
        owner = [(m, e) for m, e in mentions if by is not None and m.start == by.end()]
        body = _body_after_by(text, by, b, ents) if by is not None and not owner else None
        if body is not None:  # "a statement from the company's headquarters": the company
            return body
        if not owner and found.group()[:3].lower() == "the":
            # "The 40-page report by the state auditor's office": the body described there
            # (not "the report from May": no issuer, look further back)
            sent = _ISSUED_BY_AFTER.match(text, found.end()) if by is None else None
            at = by.end() if by is not None else sent.end() if sent is not None else found.end()
            issuer = _issuer_at(text, at, b, ents)  # (or "The memo, sent … by Ann Lee,")
            if issuer is not None:
                return issuer
            office = _CAPITAL_OFFICE.match(text, by.end()) if by is not None else None
            if office is not None:  # "by the Ohio Auditor of State's office": that office
                return Speaker(
                    office.group(1),
                    office.start(1),
                    office.end(1),
                    None,
                    "organisation",
                    None,
                    False,
                )
            if (
                by is not None
                and last is not None
                and last.name is not None
                and last.start is not None
                and by.start() <= last.start <= by.end()
            ):  # ("… by the state auditor's office found that …": the speaker found there)
                return last
            continue
        sent = _ISSUED_BY_AFTER.match(text, found.end()) if by is None and not owner else None
        if sent is not None:
            # "a report released Tuesday by the agency's inspector general, Ann Lee": hers
            apposed = _named_in_apposition(text, sent.end(), ents)
            issuer = (
                apposed
                if apposed is not None and _closes_apposition(text, apposed.end)
                else _issuer_at(text, sent.end(), b, ents)
            )
            if issuer is not None:
                return issuer
        before = [
            (m, e)
            for m, e in named
            if m.end <= found.start()
            # ("the Alliance sent Ms. Ruppert a letter": the one it was sent to wrote none)
            and not _SENT_TO_BEFORE.search(text, max(0, m.start - 30), m.start)
        ]
        # after the noun only the subject of a report: "In a statement, Fox News said"
        opening = _IN_DOCUMENT.fullmatch(text, a, found.start()) is not None
        comma = _first_comma(text, found.end(), b) if opening else -1
        after = [
            (m, e)
            for m, e in named
            if m.start >= found.end()
            and (
                m.reporting
                or opening
                and (m.subject or comma >= 0 and not text[comma + 1 : m.start].strip())
            )  # ("In a long opinion, Judge Ann Berg of the …, wrote": the name after it)
            and not _PREPOSITION_OR_COUNT_BEFORE.search(text, max(0, m.start - 12), m.start)
        ]  # ("the governors of 11 Western states, …, urged": no "Western" reporting)
        # ("In a 30-page order, Judge Ann Berg blocked the rule": the subject after an
        # opening "In a …," issued it, whatever the verb)
        if d > _DOCUMENT_SENTENCES:  # far back: only an issuer the sentence names
            # plainly ("In a 30-page order, Judge Ann Berg …", "an order from Judge Berg")
            pick = owner[0] if owner else after[0] if after and opening else None
            if pick is None:
                return None
        else:
            # (the last subject before it outside an aside: "Haldane, whose district …
            # the House …, denied it in a written statement" is Haldane's, not the House's)
            subjects = [x for x in before if x[0].subject and not _in_aside(text, a, x[0].start)]
            before = subjects or before
            pick = owner[0] if owner else before[-1] if before else after[0] if after else None
        if pick is None:
            told = _PRONOUN_REPORTS.search(text, found.end(), b)
            if told is not None and (
                reporting_after(text[told.end(1) : told.end(1) + 40])
                # "In a release on Friday, it blamed the paper": the subject
                # of the sentence the document opens issued it, whatever the verb
                or opening
                and told.start() == _first_comma(text, found.end(), b)
            ):
                # "In a memo to the board, she said …": the memo is hers
                person = resolve_pronoun(
                    text, told.group(1), told.start(1), told.end(1), ents, state
                )
                if person.name is not None:
                    return person
            # "The company said in its earnings release …", "In a statement, the firm said":
            # the company the description means (else someone unnamed issued it: no one)
            company = _COMPANY_DESCRIPTION.search(text, a, b)
            org = ents.last_company(company.start()) if company is not None else None
            if org is None:
                # "In a statement, the university said …": the organisation whose name
                # has that head noun (Halverstone University)
                company = _ORG_DESCRIPTION.search(text, found.end(), b) or _ORG_SUBJECT.match(
                    text, a, found.start()
                )
                org = (
                    _described_organisation(text, company.start(1), company.end(1), ents)
                    if company is not None and company.group(1) not in PERSON_NOUNS
                    else None
                )
            if org is None:
                return _described_issuer(text, a, b, found.end(), ents) or _UNRESOLVED
            return Speaker(
                org.canonical, company.start(), company.end(), None, "organisation", org, False
            )
        m, ent = pick
        role = ent.role or ("organisation" if ent.kind == "organisation" else None)
        return Speaker(ent.canonical, m.start, m.end, None, role, ent, False)
    return None

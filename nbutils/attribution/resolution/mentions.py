"""Mentions that name someone by where they stand: transcripts, leads, parties, vocatives.

Helpers of ``resolve`` for mentions that are no plain name or description: a transcript's
label (``HOST:``, ``Q:``, a name in capitals) and the interviewee a transcript names; a
description a lead names later (*a grocer …* … *Al Tann*), or in an apposition (*a grocer
named Al Tann*); a person serving *one of* a group; a party epithet (*the Ohio
Democrat*) or an unnamed party member (*a House Republican*); the one a question is put
to (:data:`VOCATIVE`, *"Ms. Lee, you said …?"*); and the subject of a headline.

>>> VOCATIVE.match('"Ms. Lee, you said the bridge would open?"').group(1)
'Lee'
"""

from __future__ import annotations

import bisect
import re

from nbutils.attribution.frame import Tok
from nbutils.attribution.records import REPORTER, Speaker
from nbutils.attribution.resolution.descriptions import describe
from nbutils.attribution.resolution.discourse import Discourse
from nbutils.attribution.syntax import PREP_IN_NP
from nbutils.attribution.transcripts import QUESTIONER_LABELS
from nbutils.cues import lemma_of
from nbutils.speakers import PERSON_NOUNS, Entities, role_of
from nbutils.speakers.headlines import inflected_verb, title_cased_line

#: An apposition after a speaker's description that gives the name (*, a grocer from Tull
#: named Al Tann,*): up to *named*/*called*, the name after it.
_APPOSITION_NAMING = re.compile(
    r",\s+an?\s+(?:(?!(?:who|whose|which|that|was|were|is|are|had|has)\b)\w[\w'’.-]*\s+){1,8}?"
    r"(?:named|called)\s+(?=[A-Z])"
)


def _named_in_description_after(text: str, e: int, ents: Entities) -> Speaker | None:
    """The person an apposition right after a description names (*The council's newest
    member, a retired nurse named Ida Kohl, said*): that name, when a person's (or of no
    known kind) and the apposition closes after it; ``None`` otherwise."""
    m = _APPOSITION_NAMING.match(text, e)
    if m is None:
        return None
    named = ents.mention_at(m.end())
    ent = ents.entity_at(named.start, named.end) if named is not None else None
    if (
        ent is None
        or ent.kind not in ("person", "unknown")
        or text[named.end : named.end + 1] != ","
    ):
        return None
    return Speaker(ent.canonical, named.start, named.end, None, ent.role, ent, False)


#: A person's description ending on *to*/*for* before *one of* (*a lawyer for one of*, *an
#: aide to one of*): the mention after it is only the group that person serves.
_SERVING_ONE_OF = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\s+(?:to|for)\s+one\s+of\s+$"
)


def _serving_one_of(text: str, s: int, e: int, mention: str) -> Speaker | None:
    """*An adviser to one of his rivals, …, said*: the parser's mention is *his rivals*,
    but the one speaking is the adviser — the whole description, unnamed; ``None`` unless
    the noun before *to*/*for one of* is a person's."""
    lo = max(0, s - 60)
    before = text[lo:s]
    stripped = before.rstrip()  # (the pattern ends on "of" and white space: look first)
    if len(stripped) == len(before) or not stripped.endswith("of"):
        return None
    m = _SERVING_ONE_OF.search(text, lo, s)
    if m is None:
        return None
    head = m.group(1).lower()
    if head not in PERSON_NOUNS and role_of(head) is None:
        return None
    det = text[m.start() :].split(maxsplit=1)[0]
    name = text[m.start() + len(det) : e].strip()
    return Speaker(name, m.start(), e, text[m.start() : e], role_of(head), None, False)


#: A mention that only counts someone (*one person*, *a source*) ...
_GENERIC_ONE = re.compile(
    r"(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:person|source|individual|participant)"
)
#: ... and after it (past a *who* clause), the description set off that says who
#: (*One person who was on the call, a longtime Republican fundraiser who …, said*).
_DESCRIBED_AFTER = re.compile(
    r"(?:\s+(?:who|that)\s[^,\"“”.;]{1,100})?\s*,\s+(?P<desc>(?:an?|another)\s+[^,\"“”.;]{2,80}?)"
    r"(?=\s+(?:who|whose|that)\b|\s*,)"
)


def _generic_described(text: str, s: int, e: int, mention: str) -> Speaker | None:
    """*One person who was on the call, a longtime Republican fundraiser who asked not to be
    named, said*: the description in apposition, not *one person*; ``None`` when the
    mention is no such count of someone or no description follows it.

    >>> t = "One person on the call, a longtime fundraiser who asked not to be named, said"
    >>> _generic_described(t, 0, 10, "One person").name
    'longtime fundraiser'
    """
    if not _GENERIC_ONE.fullmatch(mention):
        return None
    after = text[e : e + 60].split(",", 1)[0]
    if re.search(r"\b(?:on|in|at|from|with)\b", after) and not re.match(
        r"\s+(?:who|that)\s", after
    ):
        e += len(after)  # "One person on the call, …": the phrase after the noun
    m = _DESCRIBED_AFTER.match(text, e, min(len(text), e + 300))
    if m is None:
        return None
    desc = m.group("desc").split(maxsplit=1)[1]
    head = desc.split()[-1].lower()
    if head not in PERSON_NOUNS and role_of(desc) is None:
        return None
    return Speaker(desc, m.start("desc"), m.end("desc"), mention, role_of(desc), None, False)


def _demonstrative_described(text: str, s: int, e: int, mention: str) -> Speaker | None:
    """*that person said*, *this official said*: the one brought in just before by an
    indefinite description with that noun (*…, according to a person close to him.* ¶
    *"…," that person said*), within :data:`_DEMONSTRATIVE_REACH` characters; ``None``
    when the mention is no such demonstrative or no such description is there.

    >>> t = 'He asked to meet, according to a person close to him. "Fine," that person said.'
    >>> _demonstrative_described(t, t.index("that"), t.index(" said"), "that person").name
    'person close to him'
    """
    m = _DEMONSTRATIVE.fullmatch(mention)
    if m is None:
        return None
    noun = m.group(1).lower()
    if noun not in PERSON_NOUNS and role_of(noun) is None:
        return None
    lo = max(0, s - _DEMONSTRATIVE_REACH)
    pattern = re.compile(
        rf"\b(?:an?|one|another)\s+((?:[\w'’-]+\s+){{0,3}}?{re.escape(noun)}"
        r"(?:\s+(?:close\s+to|familiar\s+with|in|at|of|from|with|for|on)\s+[^,.;:\"“”]{1,40})?)"
        r"(?=[,.;:]|\s+(?:who|said|says|told)\b)",
        re.I,
    )
    found = None
    for match in pattern.finditer(text, lo, s):
        found = match  # (the last one before the mention)
    if found is None:
        return None
    desc = found.group(1).strip()
    return Speaker(desc, s, e, mention, role_of(desc), None, False)


#: A demonstrative and a person's noun (*that person*, *this official*).
_DEMONSTRATIVE = re.compile(r"(?:[Tt]hat|[Tt]his)\s+([a-z]+)")
#: How far back :func:`_demonstrative_described` looks for the description it takes up.
_DEMONSTRATIVE_REACH = 800


def _role_label_person(
    mention: str, s: int, e: int, described: str, ents: Entities
) -> Speaker | None:
    """The person a transcript's role label (``HOST:``, ``MODERATOR:``) stands for: the one
    the text described with that role before the label (*The host, Jo Lane, opened …*), as
    *the host* would be; ``None`` when no one was (the role, described, stays).

    >>> from nbutils.speakers import cluster_entities
    >>> t = 'The host, Jo Lane, began. Here it is: HOST: "Why?"'
    >>> at = t.index("HOST:")
    >>> _role_label_person("HOST", at, at + 4, "journalist", cluster_entities(t)).name
    'Jo Lane'
    """
    role = mention.lower()
    ent = ents.resolve_descriptor(f"the {role}", s)
    if (
        ent is None
        or ent.kind != "person"
        or not any(_heads_role(d, role) for d in ent.descriptors)
    ):
        return None
    return Speaker(ent.canonical, s, e, mention, ent.role or described, ent, False)


#: Who owns a host or a moderator that holds a broadcast's role (*the show's host*).
_BROADCASTS = frozenset("show show’s program programme station network podcast".split())


def _heads_role(description: str, role: str) -> bool:
    """Is ``description`` a noun phrase headed by ``role``, with no owner but a broadcast
    (*The host*, *the radio host*, *The show's host*), as a transcript's label means it?
    Not *the host of the dinner*, *The event's host* or *who will host a fundraiser*.

    >>> _heads_role("The show's host", "host"), _heads_role("the host of the dinner", "host")
    (True, False)
    """
    words = description.lower().replace("’", "'").split()
    if not words or words[-1] != role or words[0] not in ("the", "a", "an", "our", "its"):
        return False
    owners = [w for w in words[1:-1] if w.endswith("'s")]
    return all(w.removesuffix("'s") in _BROADCASTS for w in owners)


#: A transcript's question or answer label (``Q:``, ``A:``), where a turn opens.
_QA_LABEL = re.compile(r"(?<![\w.’'])(?:Q|A|QUESTION|ANSWER):\s")
#: How far apart two turns of one transcript may open; how far before the first turn the
#: interviewee may be named.
_TURN_GAP = 1000
_INTERVIEWEE_REACH = 1500


def _transcript_party(text: str, s: int, e: int, mention: str, ents: Entities) -> Speaker:
    """A transcript's ``Q:`` is a reporter; its ``A:`` the interviewee (:func:`_interviewee`)."""
    if mention in QUESTIONER_LABELS:
        return REPORTER._replace(start=s, end=e, mention=mention)
    return _interviewee(text, s, e, mention, ents)


def _interviewee(text: str, s: int, e: int, mention: str, ents: Entities) -> Speaker:
    """The one who answers in a transcript's ``A:`` turn at ``s``: the person named last
    before the transcript's first turn (turns open at most :data:`_TURN_GAP` apart), other
    than a journalist, outside quotations (*The interview with Greta Holm, edited. "Q: …
    A: …"*); unresolved when there is none.

    >>> from nbutils.speakers import cluster_entities
    >>> t = 'Tom Reed met Ann Lee. "Q: Did Sam Pike call? A: No."'
    >>> _interviewee(t, t.index("A:"), t.index("A:") + 1, "A", cluster_entities(t)).name
    'Ann Lee'
    """
    start = s
    for m in reversed(list(_QA_LABEL.finditer(text, max(0, s - 20 * _TURN_GAP), s))):
        if start - m.start() > _TURN_GAP:
            break
        start = m.start()
    for m, ent in reversed(ents._mentions_in(max(0, start - _INTERVIEWEE_REACH), start)):
        if ent.kind == "person" and ent.role != "journalist" and not ents._excluded(m.start):
            return Speaker(ent.canonical, s, e, mention, ent.role, ent, False)
    return Speaker(None, s, e, mention, None, None, False)


#: How far back the quote of an unnamed speaker a bare *the <role>* takes up may end.
_SAME_DESCRIBED_REACH = 400


#: How far after a lead's description the name it stands for may come.
_LEAD_NAME_REACH = 600


def _named_after_lead(
    text: str, span: list[Tok], mention: str, s: int, e: int, ents: Entities
) -> Speaker | None:
    """A wire lead's description of someone named only in the next sentence (*Mexico's
    ambassador to the United States has sent a letter … ¶ The letter from Ambassador Carmen
    Ruiz …*): in the article's first paragraph after the headline, a description whose head
    is an office or a person's noun, and a person first named within
    :data:`_LEAD_NAME_REACH` characters after it with that noun among their titles or
    descriptions; ``None`` otherwise."""
    if text.count("\n", 0, s) > 1 or span[0].low in ("this", "that"):
        return None  # (not the lead)
    if span[0].low == "the" and any(
        m.start > text.find("\n") >= 0 and (p.gender is not None or p.titles)
        for m, p in ents.persons_before(s)
    ):
        return None  # (*the ambassador* takes up someone named before; a name of no sex
        # nor title may be no person's: "the Islamic State group")
    cut = next((k for k, t in enumerate(span) if t.low in PREP_IN_NP or t.low == "to"), 0)
    head = span[cut - 1 if cut else -1].low
    if not head.isalpha() or (head not in PERSON_NOUNS and role_of(head) in (None, "organisation")):
        return None
    k = bisect.bisect_right(ents.sentence_starts, e)
    after = ents.sentence_starts[k] if k < len(ents.sentence_starts) else len(text)
    own = {w.lower().removesuffix("'s").removesuffix("’s") for w in mention.split()[1:]}
    for ent in ents.entities:
        first = ent.mentions[0][0] if ent.mentions else -1
        if ent.kind != "person" or not after <= first < e + _LEAD_NAME_REACH_FAR:
            continue  # (named in a later sentence: not "A man in Leeds, Yorkshire, said")
        words = {
            _ABBREVIATED.get(w, w)
            for t in ent.titles + ent.descriptors
            for w in (
                x.strip(",.").lower().removesuffix("'s").removesuffix("’s") for x in t.split()
            )
        }  # ("Lt. Gen. Ann Lee" is the general)
        # (further on, the description must share a word besides its noun: "a lawyer for
        # the family" … "The family's lawyer, Ann Roe")
        near = first < e + _LEAD_NAME_REACH or len(own & words - _DETERMINER_WORDS) >= 2
        if head in words and near:
            return Speaker(ent.canonical, s, e, mention, ent.role or role_of(head), ent, False)
    return None


#: Abbreviated titles and the noun a description uses for them.
_ABBREVIATED = {
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "adm": "admiral",
    "sgt": "sergeant",
    "capt": "captain",
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "supt": "superintendent",
    "det": "detective",
}
#: How far a lead's description may be named when the naming shares more than its noun.
_LEAD_NAME_REACH_FAR = 2000
_DETERMINER_WORDS = frozenset("the a an his her its their of for to in at".split())


def _same_described(span: list[Tok], s: int, state: Discourse) -> bool:
    """Is ``span`` *the <noun>* whose noun heads the description of the last speaker, an
    unnamed one (no entity) whose quote ended just before?"""
    last = state.last
    return (
        len(span) == 2
        and span[0].low == "the"
        and last is not None
        and last.entity is None
        and last.name is not None
        and len(last.name.split()) > 1
        and last.name.split()[-1].lower() == span[1].low
        and state.last_end is not None
        and 0 <= s - state.last_end <= _SAME_DESCRIBED_REACH
    )


#: A name in capitals, as a transcript's label writes it (``GREAVES``, ``MS. LEE``).
_CAPITALS_LABEL = re.compile(r"[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?")


#: A party epithet (*the Ohio Democrat*, *the Texas Republican*): a place, then the party.
_PARTY_EPITHET = re.compile(
    r"[Tt]he\s+((?:(?!former\b|ex-)[a-z\d][\w-]*\s+){0,2})"  # "the freshman Democrat"
    r"((?:[A-Z][\w.'’-]*\s+){0,2})(Democrat|Republican|Independent)"
)


#: One member of a party, unnamed (*a House Republican*, *one Senate Democrat*): a person.
_ONE_PARTY_MEMBER = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[A-Z][\w.'’-]*\s+){0,2}(?:Democrat|Republican)"
    # (a phrase after it: "a Democrat on the committee", "a Republican from Ohio")
    r"(?:\s+(?:on|in|from|of|at|with)\s+[\w.'’ -]{1,40})?"
)


def _one_party_member(text: str, span: list[Tok], mention: str, s: int, e: int) -> Speaker | None:
    """*One House Republican, who …, said*, *a Senate Democrat*: one unnamed member of a
    party, a person described (not an organisation named *House Republican*); ``None`` for
    any other mention."""
    if not _ONE_PARTY_MEMBER.fullmatch(mention):
        return None
    return describe(text, span, mention, s, e)


def _apposed_to_name(text: str, mention: str, s: int, e: int, ents: Entities) -> Speaker | None:
    """*the Marcellus Producers Council, an industry trade group, said*: an indefinite
    description set off by a comma right after a name, which the name's entity was given
    as a descriptor, is that entity; ``None`` otherwise.

    >>> from nbutils.speakers import cluster_entities
    >>> t = "The Dale Growers Council, an industry group, said no."
    >>> _apposed_to_name(t, "an industry group", 26, 43, cluster_entities(t)).name
    'Dale Growers Council'
    """
    if not _INDEFINITE.match(mention):
        return None
    before = ents._mentions_in(max(0, s - 150), s)
    if not before:
        return None
    m, ent = before[-1]
    if text[m.end : s].strip() != "," or ent is None:
        return None
    if mention.lower() not in (d.lower() for d in ent.descriptors):
        return None
    role = ent.role or ("organisation" if ent.kind == "organisation" else None)
    return Speaker(ent.canonical, s, e, mention, role, ent, False)


#: An indefinite description (*an industry trade group*, *a nurse*).
_INDEFINITE = re.compile(r"(?:a|an)\s", re.I)


def _party_epithet(mention: str, s: int, e: int, ents: Entities) -> Speaker | None:
    """*the Ohio Democrat* → the person described by that party and that state (*Sen. Lucy
    Pardo (D-Ohio)*, *Lucy Pardo, Democrat of Ohio*: :meth:`Entities.party_person`);
    ``None`` when nobody is (the epithet is then read as before).

    >>> from nbutils.speakers import cluster_entities
    >>> t = ('Sen. Al Roe (R-Texas) and Sen. Ann Lee, Democrat of Ohio, met. Sen. Tim Fox '
    ...      '(D-Ore.) left. "No," the Ohio Democrat said.')
    >>> _party_epithet("the Ohio Democrat", t.index("the Ohio"), t.index(" said"),
    ...                cluster_entities(t)).name
    'Ann Lee'
    """
    m = _PARTY_EPITHET.fullmatch(mention)
    if m is None:
        return None
    modifiers = tuple(m.group(1).split())
    place = " ".join(m.group(2).split())
    ent = ents.party_person(place, m.group(3), s, modifiers)
    age = next((w.split("-")[0] for w in modifiers if re.fullmatch(r"\d+-year-old", w)), None)
    if ent is None and age is not None:
        # "the 64-year-old Democrat" after "Sheriff Hargis, 64, a Democrat in a county that
        # has voted Republican …": the one the text gave that age
        ent = ents._person_of_age(age, s)
    if ent is None and not place and "former" not in modifiers:
        # "the first-term Democrat", no one described by a party: the last politician named
        # (not "the former Democrat": someone who left the party)
        ent = ents.unmarked_politician(m.group(3), s)
    if ent is None:
        return None
    return Speaker(ent.canonical, s, e, mention, ent.role or "politician", ent, False)


#: A question opening on the one it is put to (*"Ms. Lee, you said …?"*, *"Brad, …"*): the
#: vocative, after the quotation's opening mark.
VOCATIVE = re.compile(
    r"[\"“‘']\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Sen|Gov|Senator|Governor|Mayor|Judge|Minister|"
    r"Professor)\.?\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s"
)


def _addressed(
    text: str, span: list[Tok], mention: str, s: int, e: int, ents: Entities, state: Discourse
) -> Speaker | None:
    r"""A description no one in the article was given (*the billionaire*), answering in
    the paragraph right after a question put by name (*"Ms. Lee, how would you pay for
    it?" he asked.* ¶ *"Growth," the billionaire replied.*): the one the question names.

    >>> from nbutils.speakers import cluster_entities
    >>> t = 'Ann Lee and Tom Bell met.\n\n"Ms. Lee, why?" he asked.\n\n"Growth," the banker said.'
    >>> toks = [Tok("the", 64, 67, "DT"), Tok("banker", 68, 74, "NN")]
    >>> _addressed(t, toks, "the banker", 64, 74, cluster_entities(t), Discourse(None, 0, 42)).name
    'Ann Lee'
    """
    if (
        len(span) < 2
        or span[0].low != "the"
        or any(t.capitalised for t in span[1:])
        or state.last_end is None
        or "?" not in text[max(0, state.last_end - 3) : state.last_end]
    ):
        return None
    if s - state.last_end > 400:
        return None  # (the answer comes right after the question)
    gap = text[state.last_end : s]
    if gap.count("\n") < 1 or any(c in gap[: gap.rfind("\n")] for c in '"“”'):
        return None
    lo = max(0, state.last_end - 1500)  # (a question's paragraph, not the whole text before)
    para = text.rfind("\n", lo, state.last_end) + 1
    if para == 0 and lo > 0:
        return None
    m = VOCATIVE.match(text, para, state.last_end)
    if m is None:
        return None
    ent = ents.person_named(m.group(1).split()[-1])
    if ent is None:
        return None
    return Speaker(ent.canonical, s, e, mention, ent.role, ent, False)


#: Words of a Title Case headline that open a new clause: its subject follows them
#: (*Minister Defends Plan As Critics Say …*).
_HEADLINE_OPENERS = frozenset("As While After When Because Amid".split())


def _headline_subject(text: str, span: list[Tok], ents: Entities) -> list[Tok]:
    """The subject inside a capitalised run a Title Case headline gives as the speaker: a
    headline capitalises its verbs, so the run may hold a whole clause (*Mayor Slams
    Budget, Says "…"*; *Minister Defends Plan As Critics Say "…"*). After the last word
    that opens a clause (*As*, *While*, *After* …) the subject starts; else, where the
    name finder ended the name the run opens with (*Mayor*) and a verb follows
    (*Slams*), the subject ends. Outside a Title Case line, ``span`` itself.

    >>> from nbutils.attribution import attribute
    >>> t = 'Mayor Slams Budget, Says "We Were Robbed"\\n\\nMayor Ann Lee spoke on Monday.'
    >>> a = attribute(t)[0]
    >>> a.speaker_mention, a.speaker
    ('Mayor', 'Ann Lee')
    """
    if len(span) < 2 or not title_cased_line(text, span[0].start):
        return span
    opener = max((k for k, t in enumerate(span[:-1]) if t.text in _HEADLINE_OPENERS), default=None)
    if opener is not None:
        return span[opener + 1 :]
    name = ents.mention_at(span[0].start)
    if name is None and span[0].low == "the":
        # ("The United States Conference of Catholic Bishops, which …": the name after "The")
        name = ents.mention_at(span[1].start)
    if name is None:
        return _headline_role_subject(span)
    if name.end >= span[-1].end:
        return span
    k = next(k for k, t in enumerate(span) if t.start >= name.end)
    low = span[k].low
    if k and span[k].text[:1].isupper() and (lemma_of(low) is not None or inflected_verb(low)):
        return span[:k]
    return span


def _headline_role_subject(span: list[Tok]) -> list[Tok]:
    """A capitalised run of a Title Case headline that opens on no name (*Council Leader
    Backs Plan*, *Nurses Union Backs Strike*): the subject ends before the first inflected
    verb after its first word (*Backs*); ``span`` itself when there is none."""
    k = next(
        (
            k
            for k in range(1, len(span))
            if span[k].text[:1].isupper() and inflected_verb(span[k].low)
        ),
        None,
    )
    return span[:k] if k is not None else span

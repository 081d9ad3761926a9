"""Pronouns: *he*/*she* to a person, *it*/*they* to a body, a document or a group, *I*.

:func:`resolve_pronoun` follows the chain of topics back for *he*/*she* (with an answer
to a question put to someone, a question reported just before, and the strangers and
relatives of :mod:`.strangers`), takes *it* to an organisation or document the subject
of a recent sentence (:func:`_it_antecedent`) or the issuer quoted before, and *they* to
a group (:mod:`.groups`). It sits above :mod:`.groups`, :mod:`.issuers` and
:mod:`.strangers`; :mod:`.documents` and ``resolve`` call it.

>>> from nbutils.attribution import attribute
>>> [a.speaker for a in attribute('Ann Lee spoke first. "We will win," she said.')]
['Ann Lee']
"""

from __future__ import annotations

import bisect
import re

from nbutils.attribution.records import Speaker
from nbutils.attribution.resolution.descriptions import FAMILY_NOUNS, _last_before
from nbutils.attribution.resolution.discourse import (
    _COMPANY_HEADS,
    _DOCUMENTS,
    _IT_HEADS,
    _OPENER,
    Discourse,
    said_gender,
)
from nbutils.attribution.resolution.groups import (
    _GROUP_WINDOW,
    _bodies_plural,
    _group_nearby,
    _people_plural,
    _they_antecedent,
)
from nbutils.attribution.resolution.issuers import _IN_DOCUMENT, _described_organisation, _signed_by
from nbutils.attribution.resolution.strangers import (
    _asked_about,
    _described_after_participle,
    _none_named_of,
    _quote_opening_before,
    _reacted_to,
    _relative_subject,
    _stranger_before,
    _unnamed_reported_before,
    _unnamed_speaker,
)
from nbutils.speakers import ORG_WORDS, PRONOUNS, Entities, Entity, role_of
from nbutils.speakers.resolution.ages import offices
from nbutils.speakers.vocabulary import KIN_MODIFIERS, KIN_WORDS

_IT_SUBJECT = re.compile(
    r"\s*(?:[A-Z][A-Za-z]+(?:,\s+[\d:]+\s+[ap]\.m\.)?:\s+)?"
    + _OPENER
    + r"(?:The\s+|the\s+|A\s+|a\s+|Its\s+|its\s+|His\s+|his\s+|Her\s+|her\s+)?"
    # (not a prepositional phrase: "In a statement released …, it called …")
    # (nor a subordinate clause after an opening phrase: "On the evening of May 2, after the
    # committee voted, Sayles sent an email")
    r"(?!(?:[Ii]n|[Oo]n|[Aa]t|[Aa]fter|[Bb]efore|[Dd]uring|[Ff]rom|[Ff]or|[Bb]y|[Ww]ith|[Uu]nder|"
    r"[Ss]ince|[Aa]mid|[Dd]espite|[Ww]hen|[Ww]hile|[Aa]s|[Uu]ntil|[Oo]nce|[Ii]f|[Bb]ecause|"
    r"[Aa]lthough|[Tt]hough)\s)"
    # (capitalised words on one line: a headline above is no part of the subject)
    r"((?:[A-Z][\w.&-]*[ \t]+)*?(?:[A-Z][\w.&-]*['’]s\s+)?(?:[a-z\d][\w-]*\s+){0,2}?([a-z]+))"
    r"(?:\s+(?:from|of|by|for|to)\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+)?[\w-]+)?"
    r"(?:\s*,[^,]{1,80},)?(?:\s+[a-z]+ly)?\s+(?:has|had|is|was|have|will|would|did|does|could|"
    r"can|came|found|made|"
    r"took|gave|told|wrote|put|ran|held|began|became|sought|brought|left|kept|met|paid|sent|spent|"
    r"won|lost|read|[a-z]+(?:ed|es|s))\b"
)


#: What joins a new clause on inside a sentence: ", and", ", but", "; ".
_JOINED_CLAUSE = re.compile(r"(?:,\s+(?:and|but)|;)(?=\s+[a-z])")


def _it_antecedent(
    text: str, offset: int, ents: Entities, sentences: int = 2
) -> tuple[int, str] | None:
    """The organisation or document an *it* at ``offset`` stands for, named by a noun
    phrase subject of one of the last sentences, with its offset: *Donald Trump's
    campaign is standing by … It's calling …* -> *Donald Trump's campaign*; *The
    report says … It adds …*; *Thursday's memo from the board looked … "…," it stated*.
    Failing that, a document named anywhere in the previous sentence (*raised a sign
    …*), with offset -1: an organisation named nearby comes first.

    >>> from nbutils.speakers import cluster_entities
    >>> text = 'Dawson raised a sign she had painted. "Still standing," it read.'
    >>> _it_antecedent(text, text.index("it read"), cluster_entities(text))
    (-1, 'sign')
    """
    starts = ents.sentence_starts
    k = bisect.bisect_right(starts, offset) - 1
    for n in range(k, max(-1, k - sentences - 1), -1):
        a = starts[n]
        b = min(offset, starts[n + 1] if n + 1 < len(starts) else offset)
        # the sentence's subject, else that of a clause joined on with ", and" ("The filings
        # say little, and her office did not deny them"), the last one first
        for at in [a, *(c.end() for c in _JOINED_CLAUSE.finditer(text, a, b))][::-1]:
            m = _IT_SUBJECT.match(text, at)
            if m is None or m.start(1) >= offset or at > a and not m.group(1)[:1].islower():
                continue
            if m.group(2) in _IT_HEADS:
                return m.start(1), m.group(1).strip()
    # no such subject: the last document named anywhere in the previous sentence
    # ("Dawson raised a sign she had painted. "…," it read.")
    a = starts[k - 1] if k >= 1 else 0
    last = None
    here = starts[k] if k >= 0 else 0
    opening = _IN_DOCUMENT.match(text, here)
    # ("In a release on Friday, it blamed …": the release is where it spoke)
    stop = here if opening is not None and text.find(",", here, offset) >= 0 else offset
    for m in _IT_OBJECT.finditer(text, a, stop):
        if m.group(1).lower() in _DOCUMENTS and not ents._excluded(m.start(1)):
            last = m  # (not a word quoted: 'respects "the decision of the voters"')
    return (-1, last.group(1)) if last is not None else None  # (-1: never before an org)


#: After a subject's name: a verb that sends or issues a document (*Sayles sent …*).
_SENDS_AFTER = re.compile(
    r"\s+(?:(?:also|later|then|quickly)\s+)?(?:sent|wrote|posted|released|issued|e-?mailed|"
    r"texted|circulated|forwarded|put\s+out)\b"
)


def _sender_before(text: str, s: int, noun: str, ents: Entities) -> Entity | None:
    """*Sayles sent the trade group's executives a two-line email. "…," it read.*: the
    *it* at ``s`` is a document (``noun``) named in the sentence before; the subject of the
    verb that sent it there (a person or an organisation named right before *sent*,
    *wrote*, *posted* …) wrote it. ``None`` when no such subject comes before the noun."""
    starts = ents.sentence_starts
    k = bisect.bisect_right(starts, s) - 1
    if k < 1:
        return None
    a, b = starts[k - 1], starts[k]
    doc = None
    for m in re.finditer(
        rf"\b(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}\b", text[a:b]
    ):
        doc = m
    if doc is None:
        return None
    senders = [
        e
        for m, e in ents._mentions_in(a, a + doc.start())
        if m.subject
        and e.kind in ("person", "organisation")
        and _SENDS_AFTER.match(text, m.end)
        and not ents._excluded(m.start)
    ]
    return senders[-1] if senders else None


def _issuer_quoted_before(
    text: str, s: int, thing: tuple[int, str], ents: Entities, state: Discourse
) -> Speaker | None:
    """*A spokesman said in a statement that the party "…". It added: "…"*: the *it* at
    ``s`` is the statement (``thing``, a document named in the sentence before, offset
    -1), and so whoever was quoted from it in that sentence, the last speaker."""
    last = state.last
    if thing[0] >= 0 or last is None or last.name is None or last.start is None:
        return None
    k = bisect.bisect_right(ents.sentence_starts, s) - 1
    if k < 1 or state.last_end is None or state.last_end > s:
        return None
    a, b = ents.sentence_starts[k - 1], ents.sentence_starts[k]
    said_in = re.compile(
        rf"\b(?:in|with)\s+(?:an?|his|her|its|their)\s+(?:[\w-]+\s+)?{re.escape(thing[1])}\b"
    )
    if not a <= last.start < b or said_in.search(text, a, b) is None:
        return None
    return last


_IT_OBJECT = re.compile(
    r"\b(?:a|an|the|his|her|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
    # (a document's noun, a whole word: "a two-line email", "a short letter")
    r"(" + "|".join(sorted(_DOCUMENTS, key=len, reverse=True)) + r")\b(?!-)",
    re.I,
)


def _question_paragraph(text: str, s: int, state: Discourse) -> int | None:
    """Where the paragraph opens of the last attributed quote, when that quote is a question
    cued in its own paragraph (not a bare one) and ``s`` (a *he*/*she* after it) stands in
    the very next paragraph; else ``None``."""
    end = state.last_end
    if end is None or s - end > 400 or "?" not in text[max(0, end - 3) : end]:
        return None
    gap = text[end:s]
    nl = gap.find("\n")
    if nl < 0 or gap[nl : gap.rfind("\n")].strip() or any(c in gap[:nl] for c in '"“”'):
        return None  # (a paragraph of narration between: no answer to it)
    if re.search(r"[A-Za-z]", _QUOTED.sub("", gap[gap.rfind("\n") + 1 :])):
        return None  # ('Pell said … "…," he told': narration before the pronoun's quote)
    lo = max(0, end - 1500)
    para = text.rfind("\n", lo, end) + 1
    if para == 0 and lo > 0:
        return None
    outside = _QUOTED.sub("", text[para : end + nl])
    if state.turn:
        return para  # (a bare question that is a turn of an exchange: its asker is known)
    return para if re.search(r"[A-Za-z]", outside) else None  # ('"…?" Lee asked.')


#: A quotation in a paragraph, marks included.
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]?")
#: A question put to someone: *you* or *your* in it.
_TO_YOU = re.compile(r"\byou(?:r)?\b", re.I)


def _answering_one(text: str, low: str, s: int, state: Discourse) -> Speaker | None:
    r"""*he*/*she* answering, in the paragraph right after, a question to *you* that the last
    speaker, of the pronoun's sex, put in a cued paragraph (*"Weren't you told?" Ruiz
    asked.* ¶ *"No," he said.*): the one the asker is in an exchange with
    (:attr:`Discourse.answerer`), when of that sex too — not the asker, who does not answer
    his own question.

    >>> from nbutils.speakers import cluster_entities
    >>> t = 'Tom Bell met Ed Ruiz.\n"Were you paid?" Ruiz asked.\n"No," he said.'
    >>> ents = cluster_entities(t)
    >>> bell = Speaker("Tom Bell", 0, 8, None, None, ents.person_named("Bell"), False)
    >>> ruiz = Speaker("Ed Ruiz", 0, 8, None, None, ents.person_named("Ruiz"), False)
    >>> st = Discourse(ruiz, 1, t.index(" Ruiz asked"), other=bell)
    >>> _answering_one(t, "he", t.index("he said"), st).name
    'Tom Bell'
    """
    para = _question_paragraph(text, s, state)
    if para is None:
        return None
    gender = PRONOUNS[low]
    asker = state.last.name if state.last is not None else None
    mine, other = state.last_entity, state.answerer
    if (
        mine is None
        or mine.gender != gender
        or other is None
        or other.entity is None
        or other.entity.kind != "person"
        or other.entity.gender != gender
        or other.name == asker
        or not _TO_YOU.search(text, para, state.last_end)
    ):
        return None
    return other


#: The rest of a reported question to its full stop (a title's stop does not end it: *whether
#: he had called Mr. Lucca.*).
_QUESTION_BODY = r"(?:[^.!?\"“”\n]|(?<=\b(?:Mr|Ms|Dr|Sr|Jr|St))\.|(?<=\bMrs)\.)*[.!?]"
#: A question reported in the sentence just before a pronoun's: *asked* (the one asked,
#: group 1, may follow), then what was asked.
_ASKED = re.compile(
    r"\b(?:asked|pressed)\s+(?:([A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|(him|her)"
    # (or a description: "asked the president whether …")
    r"|the\s+((?:[a-z][\w-]*\s+){0,2}[a-z]+))\s+)?"
    r"(?:(?:on|about)\s+(?=whether\b))?"  # "pressed Lee on whether …"
    r"(?:whether|if|why|how|what|when|about)\b" + _QUESTION_BODY
)
#: Between that question and the pronoun: nothing, or a quotation the pronoun's cue ends.
#: (After the question, the answer may be reported first in a short sentence of the same
#: pronoun: *… asked him whether he had the votes. He said he did. "…," he said.*; or how
#: the one asked took it: *He did not wave the question away.*)
_ASKED_TAIL = re.compile(
    r"\s*(?:(He|She)\s+[^.!?\"“”\n]{0,80}[.!?]\s+)?"
    r"(?:[\"“][^\"“”\n]+[\"”],?\s*)?"
)


def _answers_after(text: str, end: int, s: int, low: str) -> bool:
    """Does only :data:`_ASKED_TAIL` stand between a reported question ending at ``end`` and
    the pronoun ``low`` at ``s`` (its short *He said …* sentence, if any, of that pronoun)?"""
    tail = _ASKED_TAIL.fullmatch(text, end, s)
    return tail is not None and (tail.group(1) is None or tail.group(1).lower() == low)


#: How many words the one who asks may take, title and apposition included.
_ASKER_WORDS = 12
#: How far back the question's paragraph may open (it is read within this distance only).
_ASKED_CHARS = 600
#: Words that put *asked* in a clause of its own, not the paragraph's opening one.
_NOT_ASKER = re.compile(
    r"\b(?:when|as|after|because|while|before|since|until|said|says|was|were|is|are)\b", re.I
)
#: Who asks without a name: *one reporter*, *a senator*, *another lawmaker*.
_UNNAMED_ASKER = re.compile(
    r"(?:^|[.!?]\s+|\n|,\s+)(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+[a-z]+(?:\s+[\w'’-]+){0,6}?\s+$"
)


def _asked_one(text: str, low: str, s: int, ents: Entities, state: Discourse) -> Speaker | None:
    r"""*he*/*she* right after the sentence that reports a question put to someone (*Ortiz
    asked Lamb whether the fund was short. He said it was*), or a quotation opening the
    next paragraph with that pronoun's cue (*… pressed Lamb on whether it was short.* ¶
    *"Some of it," she said.*): the one asked, who answers — named after *asked*; the
    person last named before the question for *asked him*/*her*; else, when an unnamed one
    asked (*One reporter asked whether …*), the last speaker, the one questioned. ``None``
    when the gender disagrees, the pronoun asks in turn, or no such sentence is there.

    >>> from nbutils.speakers import cluster_entities
    >>> t = "Sen. Ida Moss asked Tom Hale whether it would pass. He said it would."
    >>> _asked_one(t, "he", t.index("He "), cluster_entities(t), Discourse()).name
    'Tom Hale'
    >>> t = 'Tom Hale sat down. A man in a cap asked him if he would quit.\n"No," he said.'
    >>> _asked_one(t, "he", t.index("he said"), cluster_entities(t), Discourse()).name
    'Tom Hale'
    """
    lo = text.rfind("\n", max(0, s - _ASKED_CHARS), s) + 1
    if lo == 0 and s > _ASKED_CHARS:
        return None  # (the paragraph opens too far back: read within a fixed distance)
    if lo > 0 and text[lo : lo + 1] in ('"', "“") and _ASKED_TAIL.fullmatch(text, lo, s):
        # a quotation opening its paragraph, then the pronoun: the question may close the
        # paragraph before
        end = lo - 1
        while end > 0 and text[end - 1] in "\n \t":
            end -= 1
        lo = text.rfind("\n", max(0, end - _ASKED_CHARS), end) + 1
        if lo == 0 and end > _ASKED_CHARS:
            return None
    if _ASKS_TOO.match(text, s + len(low)):
        return None  # '"…?" she pressed': the pronoun asks in turn
    passive = _asked_subject(text, low, lo, s, ents)
    if passive is not None:
        return passive
    found = next(reversed(list(_ASKED.finditer(text, lo, s))), None)
    if found is None or not _answers_after(text, found.end(), s, low):
        return None
    starts = ents.sentence_starts or [0]
    opening = max(lo, starts[max(0, bisect.bisect_right(starts, found.start()) - 1)])
    asker = text[opening : found.start()]
    if (
        any(c in asker for c in '"“”')
        or len(asker.split()) > _ASKER_WORDS
        or _NOT_ASKER.search(asker)
        or opening > lo
        and not found.group(2)
        and not found.group(1)
    ):
        return None  # (the sentence opens with the asker: not "…, when a man asked her why")
    gender = PRONOUNS[low]
    if found.group(2):  # "A man in a cap asked him whether …": the one named last before
        if PRONOUNS[found.group(2)] != gender:
            return None
        said = {id(e): g for e, g in state.said}  # ('"…," he said' of one no list knows)
        person = next(
            (
                (m, e)
                for m, e in ents.persons_before(opening, _ASKED_CHARS)
                if e.kind == "person" and (e.gender or said.get(id(e), gender)) == gender
            ),
            None,
        )
        if person is None:
            return None
        m, ent = person
        return Speaker(ent.canonical, m.start, m.end, None, ent.role, ent, True)
    if found.group(3):
        return _asked_described(found, gender, ents)
    if found.group(1):
        named = ents.mention_at(found.start(1))
        ent = ents.entity_at(named.start, named.end) if named is not None else None
        if ent is None or ent.kind != "person" or ent.gender not in (None, gender):
            return None
        return Speaker(ent.canonical, named.start, named.end, None, ent.role, ent, True)
    last = state.last
    ent = last.entity if last is not None else None
    if (
        ent is None
        or ent.kind != "person"
        or ent.gender not in (None, gender)
        or not _UNNAMED_ASKER.search(text[max(lo, found.start() - 60) : found.start()])
    ):
        return None
    return last._replace(pronoun=True)


def _asked_described(found: re.Match[str], gender: str, ents: Entities) -> Speaker | None:
    """The one a description after *asked* means (*One reporter asked the president whether
    he would visit*): the person it resolves to, when of the pronoun's sex ``gender``; else,
    when no one named of that sex holds it and its head is a role, the office-holder,
    unnamed (*president*)."""
    desc = found.group(3)
    head = desc.split()[-1]
    if role_of(head) in (None, "organisation"):
        return None
    at = found.start(3) - 4  # (the description read with its article)
    ent = ents.resolve_descriptor(f"the {desc}", at)
    if ent is not None and ent.kind == "person" and ent.gender in (None, gender):
        return Speaker(ent.canonical, found.start(3), found.end(3), None, ent.role, ent, True)
    if ent is not None and ent.gender in (None, gender):
        return None
    return Speaker(desc, found.start(3), found.end(3), None, role_of(head), None, True)


#: A question put to the subject, in the passive (*the governor was asked whether …*): group
#: 1 the subject (after any opening phrase set off by a comma).
_WAS_ASKED = re.compile(
    r"(?:^|(?<=[.!?,]\s)|(?<=\n))((?:the\s+|[A-Z])[\w.’'-]*(?:\s+[\w.’'-]+){0,3}?)\s+"
    r"(?:was|were)\s+(?:also\s+|then\s+|later\s+)?(?:asked|pressed)\s+(?:(?:on|about)\s+)?"
    r"(?:whether|if|why|how|what|when|about)\b" + _QUESTION_BODY
)


def _asked_subject(text: str, low: str, lo: int, s: int, ents: Entities) -> Speaker | None:
    """*he*/*she* right after the sentence that reports, in the passive, a question put to
    someone (*Near the end, the governor was asked whether he had called Lucero. He said they
    had talked. "…," he said.*): that subject — a name, or a description resolved to the
    person — when of that sex. ``None`` otherwise.

    >>> from nbutils.speakers import cluster_entities
    >>> t = "Gov. Ann Ruiz spoke. Later, the governor was asked whether it would pass. She said yes."
    >>> _asked_subject(t, "she", 0, t.index("She "), cluster_entities(t)).name
    'Ann Ruiz'
    """
    found = next(reversed(list(_WAS_ASKED.finditer(text, lo, s))), None)
    if found is None:
        return None
    if not _answers_after(text, found.end(), s, low):
        return None
    a, b = found.span(1)
    named = ents.mention_at(a)
    ent = ents.entity_at(named.start, named.end) if named is not None else None
    if ent is None and text.startswith(("the ", "The "), a):
        ent = ents.resolve_descriptor(text[a:b], a)
        known = ents._known_words(ent) if ent is not None else None
        head = text[a:b].split()[-1].lower()
        if not known or head not in known and not offices({head}) & offices(known):
            return None  # (a description its titles say, not any official named before)
    gender = PRONOUNS[low]
    if ent is None or ent.kind != "person" or ent.gender not in (None, gender):
        return None
    return Speaker(ent.canonical, a, b, None, ent.role, ent, True)


#: The pronoun's own cue of asking (*"…?" she pressed*): it asks, it does not answer.
_ASKS_TOO = re.compile(r"\s+(?:asked|pressed|demanded|wondered)\b")


#: A sentence opened by someone's relative, named by that person (*Ms. Dunmore's son
#: carried …*): the name and the relative.
_NAMES_KIN = re.compile(
    r"[\"“]?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+"
    rf"(?:{KIN_MODIFIERS}\s+)?([a-z]+)\b"
)


def _owner_of_subject_kin(
    text: str, low: str, s: int, ents: Entities, state: Discourse
) -> Entity | None:
    """*he*/*she* right after a sentence opened by someone's relative of the other sex
    (*Ms. Dunmore's son carried a toy. "He says it's a sign," she said*): the one whose
    relative that is, when that person is of the pronoun's sex and no quotation comes
    between; ``None`` otherwise.

    >>> from nbutils.speakers import cluster_entities
    >>> t = "Ann Roe spoke. Ann Roe's son waved. “He is shy,” she said."
    >>> _owner_of_subject_kin(t, "she", t.rindex("she"), cluster_entities(t), Discourse()).canonical
    'Ann Roe'
    """
    gender = PRONOUNS.get(low)
    starts = ents.sentence_starts
    k = bisect.bisect_right(starts, s) - 1
    for j in (k, k - 1):
        if j < 0:
            continue
        m = _NAMES_KIN.match(text, starts[j])
        if m is None or m.end() > s or KIN_WORDS.get(m.group(2)) in (None, gender):
            continue
        if state.last_end is not None and state.last_end > m.start():
            return None  # someone quoted since
        ent = ents.lookup(m.group(1))
        if ent is None or ent.kind != "person" or ent.gender != gender:
            return None
        return ent
    return None


def resolve_pronoun(
    text: str, mention: str, s: int, e: int, ents: Entities, state: Discourse
) -> Speaker:
    """*he*/*she* → a person; *it*/*they* → an organisation, a document or a group; *I* → the
    writer (its name is the byline's, filled in by the engine)."""
    low = mention.lower()
    last, last_end = state.last_entity, state.last_end
    if low in ("he", "she"):
        answering = _answering_one(text, low, s, state)
        if answering is not None:  # '"Ms. Lee, why?" Ruiz asked. ¶ "Growth," she said.'
            return answering._replace(start=s, end=e, mention=mention, pronoun=True)
        asked = _asked_one(text, low, s, ents, state)
        if asked is not None:  # "Lee asked Ruiz whether … He said it did": Ruiz answers
            return asked._replace(start=s, end=e, mention=mention)
        relative = _relative_subject(text, low, s, ents, state)
        if relative is not None:
            return relative._replace(start=s, end=e, mention=mention)
        owner = _owner_of_subject_kin(text, low, s, ents, state)
        if owner is not None:  # "Ms. Dunmore's son carried a toy. "…," she said": Dunmore
            return Speaker(owner.canonical, s, e, mention, owner.role, owner, True)
        kin = _kin_reported_before(text, low, s, ents)
        if kin is not None:  # "…, his sister said. "…," she said": the sister named before
            return Speaker(kin.canonical, s, e, mention, kin.role, kin, True)
    described = (
        _described_after_participle(text, s, ents, state.last_end) if low in ("he", "she") else ""
    )
    if described:
        # "Asked about Mary Hale, the 30-year-old paused. "…," she said": the one described
        # (the last speaker), not the name inside the opening participle phrase
        previous = state.last
        ent = previous.entity if previous is not None else None
        if (
            previous is not None
            and ent is not None
            and ent.gender in (None, PRONOUNS[low])
            # an age fits anyone; a noun must be one the last speaker was described by
            # ("Asked about the tweet, the senator laughed": not a congresswoman quoted last)
            and (
                described.endswith("-year-old")
                or any(described in d.lower().split() for d in ent.descriptors)
            )
        ):
            return previous._replace(start=s, end=e, mention=mention, pronoun=True)
        if (
            previous is not None
            and ent is None
            and previous.name is not None
            and described in previous.name.lower().split()
        ):  # ("Asked how he would vote, the pressman laughed": the pressman quoted last)
            return previous._replace(start=s, end=e, mention=mention, pronoun=True)
    if low in ("he", "she"):
        stranger = _stranger_before(text, low, s, ents, state)
        if stranger is not None:
            return stranger._replace(start=s, end=e, mention=mention)
    if low in ("he", "she", "him", "her"):
        # the last speaker unnamed ('"…," said the woman, who …'): the pronoun is that
        # person when the chain back reaches the quote without meeting anyone named
        unnamed = (
            _unnamed_speaker(
                state.last,
                PRONOUNS[low],
                text,
                lambda: _none_named_of(ents, s, PRONOUNS[low]),
            )
            if last is None
            else None
        )
        other_sex: tuple[Entity, ...] = ()
        if (
            unnamed is not None
            and last_end is not None
            and "?" in text[max(0, last_end - 3) : last_end]
            and (
                "\n" in text[last_end:s]
                # ('"…?" a reporter asked. "I won't answer that," she said.': a reporter's
                # question is answered, in the same paragraph too)
                or (state.last.name or "").split()[-1:] in (["reporter"], ["journalist"])
            )
        ):
            # '"…?" a reporter asked. ¶ "No. Never," he said.': the one asked answers,
            # not the unnamed one who asked (also after a bare question of theirs)
            unnamed = None
        if (
            last is not None
            and last.gender is None
            and said_gender(state.last)
            not in (
                None,
                PRONOUNS[low],
            )
        ):
            # '"…," she said' made the last speaker a woman: no "he" now
            other_sex, last = (last,), None
        other_sex = (*other_sex, *(ent for ent, g in state.said if g != PRONOUNS[low]))
        other_sex = (*other_sex, *state.barred)
        reacted = _reacted_to(text, s, ents) if low in ("he", "she") else None
        if reacted is not None:  # ("…," he said, when told of Lyle's count: not Lyle)
            other_sex = (*other_sex, reacted)
        if low in ("he", "she"):
            # ("Asked whether Lyle would run, the mayor smiled. "…," she said": not Lyle)
            other_sex = (*other_sex, *_asked_about(text, s, ents))
        if last is not None and last in other_sex:
            last = None  # ("…," he said … Finch added that …. She added, "…": not Finch)
        if unnamed is not None and _unnamed_reported_before(text, s, ents, state):
            return Speaker(state.last.name, s, e, mention, state.last.role, None, True)
        ent = ents.resolve_pronoun(
            low,
            s,
            prefer=last or unnamed,
            prefer_since=last_end,
            quoted=state.speakers,
            other_sex=other_sex,
        )
        if ent is not None and ent is unnamed and state.last is not None:
            return Speaker(state.last.name, s, e, mention, state.last.role, None, True)
        if ent is not None:
            return Speaker(ent.canonical, s, e, mention, ent.role, ent, True)
        relative = (
            _relative_subject(text, low, s, ents, state, last_resort=True)
            if low in ("he", "she")
            else None
        )
        if relative is not None:  # "His father worked there too. … he said": no one else
            return relative._replace(start=s, end=e, mention=mention)
        back = _unnamed_turn_before(text, low, state)
        if back is not None:  # a stranger's second turn, after a stranger of the other sex
            return back._replace(start=s, end=e, mention=mention, pronoun=True)
        return Speaker(None, s, e, mention, None, None, True)
    if low in ("it", "they", "them", "we"):
        ent = ents.resolve_organisation(s, prefer=last)
        group = _they_antecedent(text, s, ents) if low in ("they", "them") else None
        if group is None and low in ("they", "them"):
            # no group as a subject: one named in any position just before ("Obama will be
            # greeted by thousands of Germans. … they will hold banners"), when no
            # organisation named after it, nor as a subject near it, is the better "they"
            group = _group_nearby(text, s, ents)
            if (
                group is not None
                and ent is not None
                and (
                    _last_before(ent, s) > group[0]
                    or _named_as_subject(ents, ent, max(0, group[0] - _GROUP_WINDOW), s)
                )
            ):
                group = None
        if (
            ent is not None
            and group is not None
            and (
                bisect.bisect_right(ents.sentence_starts, group[0])
                >= bisect.bisect_right(ents.sentence_starts, _last_before(ent, s))
                or not _named_as_subject(ents, ent, group[0], s)
            )
        ):
            # "Nexa cut jobs. The workers gathered …": the people named last; "Critics …
            # They sent a letter to Senate leaders": an organisation after a preposition
            ent = None
        thing = _it_antecedent(text, s, ents) if low == "it" else None
        if (
            ent is not None
            and thing is not None
            and (
                _last_before(ent, s) < thing[0] or _qualifies(text, thing[0], _last_before(ent, s))
            )
        ):
            # a document named after the organisation: "The letter …"; or the organisation
            # only qualifies the subject: "The campaign of the Republican nominee …"
            ent = None
        previous = state.last
        if (
            _voice_of(previous, low)
            and previous is not None
            and last_end is not None
            and last_end <= s < last_end + _VOICE_WINDOW
            and last_end
            > max(
                _last_before(ent, s) if ent is not None else -1,
                thing[0] if thing is not None else -1,
                group[0] if group is not None else -1,
            )
        ):
            # '"…," the union said. "…," it added': the organisation quoted just before,
            # not one named before that quote ("wrote to Nexa Systems")
            return Speaker(previous.name, s, e, mention, previous.role, previous.entity, True)
        if ent is not None:
            return Speaker(ent.canonical, s, e, mention, ent.role, ent, True)
        if thing is not None and thing[0] >= 0 and thing[1].split()[-1].lower() in _COMPANY_HEADS:
            # 'The company "believes …," it said': the company named last
            org = ents.last_company(thing[0])
            if org is not None:
                return Speaker(org.canonical, s, e, mention, "organisation", org, True)
        if thing is not None and thing[0] >= 0:
            head = thing[1].split()[-1].lower()
            if head in _DOCUMENTS:
                # "The memo was written by Jim Kerr, … It says …": the one who wrote it
                k = bisect.bisect_right(ents.sentence_starts, thing[0])
                b = ents.sentence_starts[k] if k < len(ents.sentence_starts) else len(text)
                signed = _signed_by(text, thing[0], min(b, s), head, ents)
                if signed is not None:
                    return signed._replace(start=s, end=e, mention=mention, pronoun=True)
        if thing is not None and thing[0] >= 0 and " " not in thing[1]:
            # "The tribe says … In a lawsuit, it argues …": the organisation "the tribe" means
            org = _described_organisation(text, thing[0], thing[0] + len(thing[1]), ents)
            if org is not None and org.kind == "organisation":
                return Speaker(org.canonical, s, e, mention, "organisation", org, True)
        sender = _sender_before(text, s, thing[1], ents) if thing and thing[0] < 0 else None
        if sender is not None:  # 'Sayles sent the group a two-line email. "…," it read.'
            return Speaker(sender.canonical, s, e, mention, sender.role, sender, True)
        issuer = _issuer_quoted_before(text, s, thing, ents, state) if thing else None
        if issuer is not None:  # 'Lee said in a statement that …. It added: "…"': Lee's
            return issuer._replace(start=s, end=e, mention=mention, pronoun=True)
        if thing is not None:  # "Donald Trump's campaign is … It's denouncing …"
            return Speaker(thing[1], s, e, mention, "organisation", None, True)
        if group is not None:  # "The protesters … said … They carried banners"
            name = group[1]
            role = role_of(name) or (
                "organisation" if _bodies_plural(name.split()[-1]) else "citizen/witness"
            )
            return Speaker(name, s, e, mention, role, None, True)
        previous = state.last
        if (
            low == "it"
            and previous is not None
            and previous.entity is None
            and previous.name is not None
            and not previous.pronoun
            and last_end is not None
            and s - last_end < 400
        ):
            # "…," the company wrote in a release. It added, "…"
            return Speaker(previous.name, s, e, mention, previous.role, None, True)
    if low == "i":
        return Speaker(None, s, e, mention, "journalist", None, True)
    return Speaker(None, s, e, mention, None, None, True)


#: How far after the last quote an *it*/*they* may still take up its speaker.
_VOICE_WINDOW = 400


#: How many paragraphs back the speaker before the last may take a turn again.
_TURN_BACK_PARAGRAPHS = 2


def _sex_of(speaker: Speaker, text: str) -> str | None:
    """The sex of a speaker record: its entity's, or what its description or its pronoun
    says of one the text does not name (*woman in a purple hat*, *"…," he said*)."""
    if speaker.entity is not None:
        return speaker.entity.gender
    for sex in ("male", "female"):
        found = _unnamed_speaker(speaker, sex, text)
        if found is not None and found.gender == sex:
            return sex
    return said_gender(speaker)


def _unnamed_turn_before(text: str, low: str, state: Discourse) -> Speaker | None:
    """*she* that found no one, when the last speaker is of the other sex and the one before
    is an unnamed speaker of hers, a paragraph or two back (*a woman in a purple hat* …
    *said a young man in an Army jacket* … *"…," she said*): that one, taking her turn
    again; ``None`` otherwise.

    >>> woman = Speaker("woman in a hat", 0, 5, "she", None, None, True)
    >>> man = Speaker("young man", 40, 49, "a young man", None, None, False)
    >>> state = Discourse(last=man, last_para=2, other=woman, other_para=1)
    >>> _unnamed_turn_before("", "she", state).name
    'woman in a hat'
    """
    last, other = state.last, state.other
    if low not in ("he", "she") or last is None or other is None or other.entity is not None:
        return None
    if not 0 <= state.last_para - state.other_para <= _TURN_BACK_PARAGRAPHS:
        return None
    sex = PRONOUNS[low]
    if _sex_of(other, text) != sex or _sex_of(last, text) in (None, sex):
        return None
    return other


#: A relative reported speaking or thinking in the sentence before a pronoun's quote (*…,
#: his sister said.*, *His sister thinks he worries too much.*): the kin word.
_KIN_REPORTS = re.compile(
    rf"\b(?:[Hh]is|[Hh]er)\s+(?:{KIN_MODIFIERS}\s+)?"
    r"(sister|brother|son|daughter|mother|father|wife|husband)\s+"
    r"(?:said|says|thinks|thought|added|recalled|remembers|remembered)\b"
)
#: How many sentences before the pronoun's that report may be.
_KIN_SENTENCES = 2
#: How far back the naming of that relative (*his sister, Tamika Landry,*) is looked for.
_KIN_NAMED_REACH = 5000


def _kin_reported_before(text: str, low: str, s: int, ents: Entities) -> Entity | None:
    """*she* (*he*) after a sentence that reports a relative of her sex speaking (*Landry had
    worked at a tire shop, his sister said. "…," she said*): the person the text named as
    such a relative (*Landry's sister, Tamika Landry,*; *his sister, Elena,*) last before,
    within :data:`_KIN_NAMED_REACH` characters; ``None`` otherwise.

    >>> from nbutils.speakers import cluster_entities
    >>> t = ('His sister, Tia Roe, drove up. Roe ran a shop, his sister said. Sheriff Ann Lee '
    ...      'said no. Roe had two boys, his sister said. "He tried," she said.')
    >>> _kin_reported_before(t, "she", t.rindex("she"), cluster_entities(t)).canonical
    'Tia Roe'
    """
    starts = ents.sentence_starts
    # (from the quotation's opening mark, when the pronoun follows one: its own sentences
    # are not the ones before)
    opening = _quote_opening_before(text, s, single=True)
    anchor = opening if opening >= 0 else s
    k = bisect.bisect_right(starts, anchor) - 1
    if k < 1:
        return None
    # (the sentence before, or the one before that: "…, his sister said. A funeral is set
    # for Saturday. ¶ "…," she said")
    a, b = starts[max(0, k - _KIN_SENTENCES)], max(starts[k], anchor)
    reported = next(reversed(list(_KIN_REPORTS.finditer(text, a, b))), None)
    if reported is None or KIN_WORDS.get(reported.group(1)) != PRONOUNS[low]:
        return None
    kin = reported.group(1)
    naming = re.compile(
        rf"\b(?:[Hh]is|[Hh]er|[A-Z][\w'’-]*['’]s)\s+(?:{KIN_MODIFIERS}\s+)?{kin},\s+(?=[A-Z])"
    )
    found = next(reversed(list(naming.finditer(text, max(0, a - _KIN_NAMED_REACH), a))), None)
    if found is None:
        return None
    ent = ents.entity_at(found.end(), found.end() + 1)
    if ent is None or ent.kind != "person" or ent.gender not in (None, PRONOUNS[low]):
        return None
    return ent


def _voice_of(last: Speaker | None, pronoun: str) -> bool:
    """Can *it* (*they*) be ``last``, the speaker quoted last: an organisation (named, or
    described: *the union*), a document (*the report*), or for *they* a group (*the
    teachers*)?"""
    if last is None or not last.name:
        return False
    if last.entity is not None:
        return last.entity.kind == "organisation"
    head = last.name.lower().split()[-1]
    if pronoun == "it":
        return last.role == "organisation" or head in _IT_HEADS or head in ORG_WORDS
    if pronoun in ("they", "them"):
        return last.role == "organisation" or _people_plural(head) or head in FAMILY_NOUNS
    return False


def _qualifies(text: str, head: int, mention: int) -> bool:
    """Whether a name at ``mention`` sits in a phrase that qualifies the noun at ``head``
    (*The campaign of the Republican nominee*, *the office for the Democrats*): after it in
    the same short stretch, joined by *of*/*for*/*from*/*by* (bounded: 80 characters).

    >>> text = "The campaign of the Republican nominee was quick."
    >>> _qualifies(text, text.index("campaign"), text.index("Republican"))
    True
    >>> _qualifies(text, text.index("campaign"), text.index("quick"))
    False
    """
    if not 0 <= head < mention <= head + 80:
        return False
    between = text[head:mention]
    return bool(_QUALIFIER.match(between))


#: The words between a noun and a name in a phrase that qualifies it.
_QUALIFIER = re.compile(r"[a-z]+\s+(?:of|for|from|by)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,2}$")


def _named_as_subject(ents: Entities, ent: Entity, a: int, b: int) -> bool:
    """Is ``ent`` named between ``a`` and ``b`` as a clause's subject (not after a
    preposition: *a letter to Senate leaders*)?"""
    i = bisect.bisect_left(ents._starts, a)
    while i < len(ents.mentions) and ents.mentions[i].start < b:
        if ents._by_mention[i] is ent and ents.mentions[i].subject:
            return True
        i += 1
    return False

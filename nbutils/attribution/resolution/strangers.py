"""Who an unnamed *he* or *she* may be: a stranger, a relative, a person described.

:func:`_stranger_before` finds an unnamed man or woman brought in just before (*a man
near the back of the gym stood up*); :func:`_relative_subject` a relative who opens a
sentence (*His wife was less sure.*); :func:`_unnamed_speaker` the sex an unnamed
person's mention says; and the checks :func:`~nbutils.attribution.resolution.pronouns.resolve_pronoun`
makes before it takes up the last speaker: what the quote reacts to (:func:`_reacted_to`,
:func:`_asked_about`), a description after an opening participle, an unnamed one
reported before. It imports only :mod:`.discourse`.

>>> _suffix_gender("chairwoman"), _suffix_gender("treasurer")
('female', None)
>>> from nbutils.attribution import attribute
>>> [a.speaker for a in attribute('A man near the back stood up. "This is wrong," he said.')]
['man near the back']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from nbutils.attribution.records import Speaker
from nbutils.attribution.resolution.descriptions import _partitive_member
from nbutils.attribution.resolution.discourse import Discourse
from nbutils.attribution.syntax import PREP_IN_NP
from nbutils.speakers import PERSON_NOUNS, PRONOUNS, Entities, Entity, name_gender, role_of
from nbutils.speakers.names import DATELINE
from nbutils.speakers.resolution.descriptions import TITLE_SYNONYMS
from nbutils.speakers.roles import wordnet_person
from nbutils.speakers.vocabulary import KIN_WORDS, TITLE_WORDS

#: The US states, as a place's state set off after it (*from Beaumont, Texas,*).
_STATES = (
    r"(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    r"Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    r"Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    r"New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina|"
    r"North\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|"
    r"South\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\s+Virginia|"
    r"Wisconsin|Wyoming)"
)

#: A verb in the present before its object (*keeps a list*, *leads a class*): not a plural
#: noun such as *hearings* or *bus*, nor one before a preposition (*signatures on*).
_PRESENT_VERB = (
    r"(?![a-z]*ings\b)[a-z]{2,}(?<![su'’]s)s(?=\s+(?:a|an|the|his|her|their|its|two|three|"
    r"four|five|\d[\d,]*|every|each|some|no|it|him|them|more|most)\b)"
)

#: A participle phrase after a stranger's noun or where they stand (*a woman holding a
#: toddler*, *filling a pickup at pump 4*, *selling hand-carved knife handles*), not running
#: on into the verb and what it says (*a woman holding a toddler said she …*); a sign's
#: words may be quoted in it (*holding one of the "No Wall" signs*).
_PARTICIPLE_PHRASE = (
    r"(?:\s+(?:still\s+|now\s+)?[a-z]+ing(?:\s+(?!(?:said|says|told|he|she|they|was|were|is|are)\b)"
    r"(?:[a-z0-9][a-z0-9'’-]*|[\"“][A-Z][^\"“”\n]{0,40}[\"”])){0,10}?)?"
)

#: A sentence that brings in an unnamed man or woman doing something (*Before she could
#: finish, a man near the back of the gym stood up.*, *A man loading bags of sand into a van
#: on Elm Road, who …, said*): the description and its head.
_STRANGER = re.compile(
    r"(?:^\s*|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n)|(?<=[—–]\s)|(?<=\s-\s)|,\s+|\b(?:[Ww]hen|[Aa]s|[Tt]hen|[Aa]nd|[Bb]ut|[Jj]ust\s+then)\s+)"
    r"(?:(?:[Aa]t\s+one\s+point|[Ll]ater|[Mm]oments\s+later|[Ss]uddenly|[Ff]inally"
    # (a day opening the sentence: "On Sunday the mayor laughed", "Late on Friday the …")
    r"|(?:(?:[Ll]ate|[Ee]arly|[Ll]ater)\s+on|[Oo]n)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"),?\s+)?(?P<det>(?P<indefinite>[Aa]n?|[Oo]ne|[Aa]nother)|[Tt]he"
    # (someone's, who is no one named: "Their oldest son, a welder in Akron, said he …")
    r"|(?P<poss>[Hh]is|[Hh]er|[Tt]heir))\s+"
    # (after "a", a name or an acronym may open it: "a DMV clerk", "a White House aide")
    r"(?P<desc>(?:(?:(?<=\b[Aa]\s)|(?<=\b[Aa]n\s)|(?<=\b[Hh]is\s)|(?<=\b[Hh]er\s)|(?<=\b[Tt]heir\s))[A-Z][\w'’-]*\s+(?:[A-Z][\w'’-]*\s+)?)?"
    # (a name's word after a modifier: "a senior Labour official", "a former White House aide")
    # (not the writer's "I" of a contact clause: "a deputy I know" is no "a senior Labour
    # official")
    r"(?:(?:[a-z][\w'’-]*\s+){1,2}?(?:(?!I\s)[A-Z][\w'’-]*\s+){1,2}"
    # (and, in an indefinite one, a noun after the name: "a current Keystone branch manager")
    r"(?(indefinite)(?:(?!(?:also|then|later|again|once|still|soon|too)\b)[a-z][\w'’-]*\s+(?=[a-z]))?)"
    r"(?=(?!(?:also|then|later|again|once|still|soon|too)\b)[a-z])"
    # (an age may be a modifier of an indefinite one: "A 16-year-old girl who came from
    # Peru", not "The 23-year veteran", someone known)
    r"|(?:(?:[a-z]|(?(indefinite)\d{1,3}-|(?!)))[\w'’-]*\s+){0,2}?)"
    # (no pronoun: "A Baptist minister in Rock Valley said he …" is no "Valley said he")
    r"(?P<head>(?!(?:he|she|they|it|we|you)\b)[a-z]+(?:-grader)?|(?<=[Tt]he\s)[A-Z][a-z]+)"
    # (a participle phrase after it: "a woman holding a toddler")
    + _PARTICIPLE_PHRASE
    # (a contact clause of the writer's: "a deputy I know from church", "a nurse we met")
    + r"(?:\s+(?:I|we)\s+(?:had\s+|have\s+)?(?:know|knew|known|met|trust|trusted)\b)?"
    # (up to three phrases after it: "loading bags of sand into a van on Elm Road")
    r"(?:\s+(?:in|into|onto|near|at|from|with|for|of|on|behind|by|outside|along|under|beside|"
    r"next\s+to|across\s+from)\s+"
    # (a place's state set off after it: "a welder from Beaumont, Texas, who …")
    r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+(?:,\s+"
    + _STATES
    + r"(?=,))?){0,3}"
    # (a participle phrase after those: "A man in a reflective vest filling a pickup at pump
    # 4 looked up")
    + _PARTICIPLE_PHRASE
    + r")"
    # (an intensifying reflexive, which says the sex: "The governor himself posted …")
    r"(?:\s+(?P<self>himself|herself))?"
    # (an age or a who-clause set off by commas, or a restrictive who-clause with no
    # comma: "A woman in a green coat who would not give her name said")
    # (or a reason set off: "a boy keeping score, because the lane's machine was broken,")
    r"(?:\s*,\s*(?:\d+|(?:who|whose|asked|pressed|questioned|speaking|because|although|though)"
    r"\s[^,]{1,160}|"
    # (a participle phrase set off: "The president, standing beside him, said", "The
    # president, seated by the fireplace, began")
    r"[a-z]+(?:ing|ed)\s[^,\"“”]{1,80}|(?P<app>an?\s[^,\"“”]{1,160})),|\s+who\s[^,.;:!?\"“”]{1,120}?(?=\s+(?:[a-z]+ly\s+)?(?:said|says|told|added|shouted|yelled|asked|stopped|approached|interrupted|stood|rose|came|walked|has|had|was|is|"
    + _PRESENT_VERB
    + r")\b)"
    # (a restrictive who-clause running on past commas to the verb: "A woman who said she
    # had come from Reno, and who would not give her name, stood up")
    r"|\s+who\s(?P<long>[^.;:!?\"“”]{1,240}?),)?\s+"
    # (an adverb before the verb: "The chairman then rose", "A clerk quickly stood")
    r"(?:(?:[a-z]+ly|then|later|also|again|soon|once|still|too)\s+)?"
    # (not a word in -ed that is no verb: "a woman with a red scarf", "a hundred")
    r"(?!(?:red|bed|shed|bred|need|seed|feed|speed|deed|weed|breed|hundred|naked|wicked|"
    r"sacred|kindred|beloved)\b)"
    r"(?:[a-z]+ed|stood|rose|got|came|took|began|spoke|held|ran|went|threw|sat|broke|cut|"
    r"leaned|had|has|was|is|did|would|said|says|told|heard|overheard|saw|shook|swore|read|made|gave|wrote"
    r"|sold|bought|found|kept|left|lost|paid|put|set|sent|spent|thought|brought|caught|taught|"
    r"felt|met|led|fed|won|wore|drove|rode|knew|grew|drew|flew|sang|hung|let|ate|drank|fell"
    # (a verb in the present, before what it does: "keeps a list", "leads a class", not a
    # plural noun such as "hearings" or "bus")
    r"|(?P<present>" + _PRESENT_VERB + r"))\b"
)


#: A subordinate clause's opening set into a sentence after its subject (*Voss, when the
#: moderator turned to her, …*): where a stranger matched there starts.
_INSET_WHEN = re.compile(r",?\s*(?:when|as|while|after|before|until)\s+", re.I)


#: A relative clause a phrase ran into at a description's end (*a woman selling jam who*,
#: *a rancher from Nebraska whose land sits along*; not *that morning*): cut off.
_TRAILING_RELATIVE = re.compile(r"\s+(?:(?:who|whose|which)(?:\s.*)?|that)$")


#: The writer's contact clause after a stranger's noun (*a deputy I know from church*).
_CONTACT_CLAUSE = re.compile(r"\s+(?:I|we)\s+")


#: A who-clause that gives the stranger's name (*who gave his name as Earl Hale*, *who
#: later told me her name was Ann Pike*, *who identified herself as Ann Pike*).
_NAME_GIVEN = re.compile(
    r"\b(?:(?:his|her)\s+name\s+(?:was|is|as)|(?:identified|introduced)\s+(?:him|her)self\s+as)"
    r"\s+(?:only\s+as\s+)?[A-Z]"
)


#: After a stranger's verb: his or her own body or seat (*got to his feet*, *shook her
#: head*), which says the stranger's sex.
_OWN_BODY = re.compile(
    r"[^\"“”‘’.!?]{0,40}?\b(his|her)\s+(?:own\s+)?(?:feet|head|hands?|voice|seat|chair|fists?|"
    r"finger|eyes|gavel)\b",
    re.I,
)


#: A closing single quotation mark: after a letter or punctuation, before a comma, a
#: space or a full stop (not the apostrophe inside *I’ll*).
_SINGLE_CLOSE = re.compile(r"(?<=[\w,.!?])’(?=[\s,.])")
#: How far back a quotation's opening mark is looked for (a quotation of at most this many
#: characters: bounded).
_QUOTE_BACK = 1500


def _quote_opening_before(text: str, s: int, single: bool = False) -> int:
    """Where the quotation opens that the clause at ``s`` follows (*"Liar!" she shouted*: the
    closing mark at most 40 characters before, no sentence break between), or -1. With
    ``single``, British single marks count too (*‘Quiet!’ he said*).

    >>> t = 'He sat. "Liar! Liar!" she shouted.'
    >>> _quote_opening_before(t, t.index("she"))
    8
    >>> _quote_opening_before('He sat. She shouted.', 12)
    -1
    """
    close = max(text.rfind('"', max(0, s - 40), s), text.rfind("”", max(0, s - 40), s))
    if close < 0 and single:
        found = _SINGLE_CLOSE.search(text, max(0, s - 40), s)
        close = found.start() if found is not None else -1
    if close <= 0 or _SENTENCE_BREAK.search(text, close + 1, s):
        return -1
    back = max(0, close - _QUOTE_BACK)
    return max(
        text.rfind('"', back, close),
        text.rfind("“", back, close),
        text.rfind("‘", back, close) if text[close] == "’" else -1,
    )


_ASKS = re.compile(r"\b(?:asked|pressed|wondered|questioned|inquired)$")
#: Nouns for people who put questions (*a reporter*, *another caller*), of either sex.
_ASKING_NOUNS = frozenset("reporter journalist caller questioner listener viewer".split())
#: The pronoun's own cue of asking, its quote a question (*"…?" he asked*).
_ASKED_AFTER = re.compile(r"\s+(?:asked|wondered|pressed|demanded|added)\b")


def _asks_again(text: str, found: re.Match[str], s: int) -> bool:
    """Is the stranger's sentence a question put (*Another reporter asked how …*) and the
    pronoun's quote a question of its own, cued by asking (*"…?" he asked*)? Then the
    pronoun is the one who asked, not the one asked."""
    if not _ASKS.search(text, found.end() - 12, found.end()):
        return False
    cue = _ASKED_AFTER.match(text, s + 2 if text[s : s + 2].lower() == "he" else s + 3)
    before = text[max(0, s - 6) : s]
    return cue is not None and "?" in before


#: After an asking verb, a topic with no one asked (*asked about the pipeline*).
_ASKED_ABOUT = re.compile(r"\s+about\s")


#: A sentence opened by a participle phrase, then a description as its subject and its
#: verb (*Asked whether she had a word for Mary Hale, the 30-year-old paused.*).
_PARTICIPLE_THEN_DESCRIBED = re.compile(
    r"\s*(?:Asked|Told|Pressed|Reached|Shown|Informed)\s[^.!?\"“”]{1,160}?,\s+[Tt]he\s+"
    r"(\d+-year-old|[a-z]+)\s+(?:[a-z]+ed|paused|shrugged|hesitated|sighed|smiled|laughed|"
    r"was|had|took|thought|stopped|fell)\b[^.!?]*[.!?][\s\"“”]*$"
)


#: After a pronoun's cue, or opening its sentence: what the speaker reacts to is someone
#: else's (*"…," he said, when told of Lyle's count*; *Asked about Lyle's remark, he …*).
_REACTING_TO = re.compile(
    r"(?:,\s*|\s+)(?:(?:when|after|after\s+being|upon\s+being|on\s+being)\s+)?"
    r"(?:told|asked|informed|shown|read|reminded)\s+(?:of|about)\s+|,\s*responding\s+to\s+"
)
_REACTING_OPENER = re.compile(
    r"\s*(?:(?:When|After)\s+)?(?:[Tt]old|[Aa]sked|[Ii]nformed|[Ss]hown|[Rr]eminded)\s+"
    r"(?:of|about)\s+|\s*[Rr]esponding\s+to\s+"
)


_PRONOUN_AND_VERB = re.compile(r"[A-Za-z]+\s+[a-z]+")


#: A sentence's end before a space.
_SENTENCE_BREAK = re.compile(r"[.!?]\s")


def _reacted_to(text: str, s: int, ents: Entities) -> Entity | None:
    """The person whose words the speaker of the pronoun at ``s`` is reacting to (*"I've had
    forty," he said, when told of Lyle's count*; *Asked about Lyle's remark, he laughed.
    "…," he said*): the name in the possessive after *told of* / *asked about* /
    *responding to*, in the cue's clause or opening the sentence before the quote. That
    one is not the pronoun; ``None`` when there is none."""
    starts = ents.sentence_starts
    k = bisect.bisect_right(starts, s) - 1
    end = starts[k + 1] if k + 1 < len(starts) else len(text)
    spots = []
    # "he said, when told of": the pronoun, its verb, then the phrase
    verb = _PRONOUN_AND_VERB.match(text, s)
    if verb is not None:
        m = _REACTING_TO.match(text, verb.end(), end)
        if m is not None:
            spots.append(m.end())
    for j in (k, k - 1):  # the sentence of the pronoun, or the one before its quote
        if j < 0:
            continue
        opener = _REACTING_OPENER.match(text, starts[j])
        if opener is not None and not ents._excluded(starts[j]):
            spots.append(opener.end())
    for at in spots:
        found = ents.mention_at(at)
        if found is None or not text.startswith(("'s", "’s"), found.end):
            continue
        ent = ents.entity_at(found.start, found.end)
        if ent is not None and ent.kind == "person":
            return ent
    return None


#: An opening question put to the speaker (*Asked whether Lyle would run,*, *Pressed on why
#: the Hale plan failed,*): group 1, what was asked about, up to the clause's comma.
_ASKED_ABOUT_OPENER = re.compile(
    r"\s*(?:When\s+)?(?:Asked|Pressed|Questioned)\s+(?:(?:by|at|on)\s+[^,.!?\"“”]{1,60}?\s+)?"
    r"(?:on\s+|about\s+)?(?:whether|if|why|how|what|when|who)\b([^.!?;\"“”]{1,200}?),\s+"
    r"(?=[a-zA-Z])"
)


def _asked_about(text: str, s: int, ents: Entities) -> list[Entity]:
    """The people named in an opening question put to the speaker of the *he*/*she* at ``s``
    (*Asked whether she feared Lyle would win, the mayor smiled. "…," she said*), in the
    pronoun's sentence or the one before its quote: what was asked about, not the one who
    answers. (The asker, *Asked by Ann Lee whether …*, is barred elsewhere.)

    >>> from nbutils.speakers import cluster_entities
    >>> t = 'Ann Lee spoke. Asked whether Tom Bell would run, the mayor smiled. "No," he said.'
    >>> [e.canonical for e in _asked_about(t, t.index("he said"), cluster_entities(t))]
    ['Tom Bell']
    """
    starts = ents.sentence_starts
    k = bisect.bisect_right(starts, s) - 1
    opening = _quote_opening_before(text, s)
    at = opening if opening >= 0 else s
    j = bisect.bisect_right(starts, at - 1) - 1
    out: list[Entity] = []
    for n in {k, j}:
        if n < 0:
            continue
        m = _ASKED_ABOUT_OPENER.match(text, starts[n], min(s, starts[n] + 400))
        if m is None or ents._excluded(starts[n]):
            continue
        out += [e for _m, e in ents._mentions_in(m.start(1), m.end(1)) if e.kind == "person"]
    return out


def _described_after_participle(text: str, s: int, ents: Entities, last_end: int | None) -> str:
    """Is the sentence before the one at ``s`` opened by a participle phrase with a
    description as its main subject (:data:`_PARTICIPLE_THEN_DESCRIBED`), right after the
    sentence where the last speaker was quoted (``last_end``)? Its head noun, else ``""``."""
    starts = ents.sentence_starts
    at = s
    before = text[max(0, s - 4) : s].rstrip()
    if before.endswith(('"', "”")):  # '"…," she said': the sentence before the quote
        at = max(text.rfind('"', 0, s - 4 + len(before) - 1), text.rfind("“", 0, s))
        if at < 0:
            return ""
    k = bisect.bisect_right(starts, at) - (1 if at == s else 0)
    if k < 2 or last_end is None or not starts[k - 2] <= last_end <= starts[k - 1]:
        return ""
    a, b = starts[k - 1], (starts[k] if at == s else at + 1)
    m = _PARTICIPLE_THEN_DESCRIBED.match(text[a:b])
    return m.group(1).lower() if m is not None else ""


def _unnamed_reported_before(text: str, s: int, ents: Entities, state: Discourse) -> bool:
    """*The official, who …, said Lee "was asked to do it," and that …. "…," he said*: the
    pronoun's clause follows a quotation that opens its sentence, and the sentence before
    is the unnamed last speaker's report, that speaker its first person. A name after the
    speaker's cue there (*said Lee "…"*) is what was reported, not the next *he*: the one
    reporting goes on."""
    last = state.last
    if last is None or last.start is None or state.last_end is None:
        return False
    opening = _quote_opening_before(text, s)
    if opening < 0 or state.last_end > opening or last.start > state.last_end:
        return False
    starts = ents.sentence_starts
    k = bisect.bisect_right(starts, opening + 1) - 1  # (a sentence may start inside the mark)
    j = bisect.bisect_right(starts, last.start) - 1
    if k < 1 or j != k - 1 or text[starts[k] : opening].strip():
        return False  # the quote opens the sentence right after the speaker's
    lo = max(starts[j], opening - 3000)  # (a bounded look-back: linear on any input)
    people = [e for m, e in ents._mentions_in(lo, opening) if e.kind == "person"]
    before = [e for m, e in ents._mentions_in(lo, last.start) if e.kind == "person"]
    after = [e for m, e in ents._mentions_in(state.last_end, opening) if e.kind == "person"]
    return bool(people) and not before and not after


#: How far back an epithet's introduction (*a veteran of the council*) is looked for.
_EPITHET_INTRO_REACH = 6000


def _epithet_of_last(text: str, found: re.Match[str], gender: str, state: Discourse) -> bool:
    """Is the definite description ``found`` (*The council veteran, who …, leaned back*) an
    epithet of the last speaker: its head never brought in before by *a*/*an* (*a veteran
    of the council*), no place or phrase after it (*the man at the door* is a stranger),
    and the last speaker a named person the pronoun fits, quoted in this paragraph or the
    one before?"""
    last = state.last
    head = found.group("head")
    if (
        last is None
        or last.entity is None
        or last.entity.kind != "person"
        or last.entity.gender not in (None, gender)
        or last.end is None
        or found.start("desc") - last.end > 1200
        or text.count("\n", last.end, found.start("desc")) > 2
        or not head.islower()
        or head in _GENDERED_PERSONS  # ("The man, who …, stood up": strangers so often)
        or found.group("desc").rstrip().split()[-1] != head
        or _other_office(last.entity, head)
    ):
        return False
    intro = re.compile(rf"\b[Aa]n?\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(head)}\b")
    at = found.start("desc")
    first = text.find("\n", 0, min(at, 1000))  # (a headline's "a Council Veteran" …
    lo = max(first, at - _EPITHET_INTRO_REACH, 0)  # … brings no one in)
    return intro.search(text, lo, at) is None


def _other_office(ent: Entity, head: str) -> bool:
    """Does ``ent`` hold titles, none of them the office ``head`` names (*the president*
    after *Gov. Carl Bjorn*: someone else, not an epithet of the governor)?

    >>> _other_office(Entity("Carl Bjorn", titles=("Gov.",)), "president")
    True
    >>> _other_office(Entity("Carl Bjorn", titles=("Gov.",)), "governor")
    False
    """
    if head not in TITLE_WORDS or not ent.titles:
        return False
    known = {w.strip(",.").lower() for t in ent.titles + ent.descriptors for w in t.split()}
    return head not in known and not TITLE_SYNONYMS.get(head, frozenset()) & known


def _epithet_of_speaker(head: str, gender: str, state: Discourse) -> bool:
    """Is ``head`` a person noun only to WordNet (*incumbent*, *veteran*), said after a
    named speaker who may be of ``gender`` was quoted? Then *the incumbent* is that speaker's
    epithet, not an office-holder of its own ("Mr. Aldana … The incumbent shrugged")."""
    if role_of(head) is not None or head in PERSON_NOUNS:
        return False
    last = state.last_entity
    return last is not None and last.kind == "person" and last.gender in (None, gender)


def _suffix_gender(head: str) -> str | None:
    """The sex a person noun's ending says (*chairwoman*, *fisherman*), if it says one.

    >>> _suffix_gender("chairwoman"), _suffix_gender("fisherman"), _suffix_gender("treasurer")
    ('female', 'male', None)
    """
    if head.endswith("woman"):
        return "female"
    if head in ("human", "german", "roman", "shaman", "ottoman", "caiman"):
        return None
    return "male" if head.endswith("man") and len(head) > 3 else None


#: An opening clause or phrase before a sentence's subject (*Asked whether …, the
#: president smiled*; *When the vote was called, the chairman …*; *At his own news
#: conference, the president was asked …*).
_OPENING_CLAUSE = re.compile(
    r"\s*(?:Asked|Pressed|Questioned|When|After|As|Before|While|Later|At|In|On|During)\b"
    r"[^.;:!?\"“”]{0,200},\s*"
)


def _unnamed_office_subject(
    text: str, found: re.Match[str], a: int, ents: Entities, gender: str
) -> bool:
    """Is the definite description ``found`` (*The Speaker*, *the chief executive*) the
    subject that opens the sentence at ``a``, its head a role noun, and no one the article
    names of the pronoun's sex ``gender``
    (:meth:`~nbutils.speakers.resolution.Entities.resolve_descriptor` finds no one, or a
    woman for *he*: *President Lucia Arredo … The president did not give ground. "…," he
    said*)? Then a *he*/*she* after it, with no one named between, is that office-holder."""
    if (
        text[a : found.start("det")].strip()
        and not (
            _OPENING_CLAUSE.fullmatch(text, a, found.start("det"))
            and ents.everyone_described_before(a)
        )
        # (a dateline is no part of the sentence: "WASHINGTON (AP) - The president signed")
        and DATELINE.fullmatch(text, a, found.start("det")) is None
    ):
        return False  # not the sentence's subject ("…, the judge said")
    head = found.group("head").lower()
    if role_of(head) is None and head not in PERSON_NOUNS and not wordnet_person(head):
        return False  # ("The principal then rose": a person by WordNet too)
    if role_of(head) == "organisation":
        return False  # ("The company won the contract. '…,' she said": no "she")
    by_wordnet_only = role_of(head) is None and head not in PERSON_NOUNS
    if found.group("desc").split()[0][:1].isupper() and len(found.group("desc").split()) > 1:
        return False  # ("The White House aide": a name may open it, someone named)
    k = bisect.bisect_right(ents.sentence_starts, a - 1) - 1
    before = ents._mentions_in(ents.sentence_starts[k], a) if k >= 0 else []
    office = role_of(head) is not None
    if any(
        e.kind == "person"
        and not e.titles
        and e.role is None
        and (not office or e.gender in (None, gender))
        for _m, e in before
    ):
        return False  # ("Ed Marsh spoke first. The senator declined": may be Marsh; for
        # an office, not a woman named there for "he")
    if by_wordnet_only and any(e.kind == "person" for _m, e in before):
        return False  # ("… the forward Kip Ansel. The junior scored": an epithet of his)
    ent = ents.resolve_descriptor(found.group("desc"), found.start("desc"))
    if ent is None:
        return True
    # (one of the other sex holds it: another holder, unless the sentence speaks of someone
    # of the pronoun's sex, whom the pronoun may take up: "The judge let him finish")
    j = bisect.bisect_right(ents.sentence_starts, found.start("desc"))
    end = ents.sentence_starts[j] if j < len(ents.sentence_starts) else len(text)
    words = re.findall(r"[a-z]+", text[found.end("desc") : min(end, found.end() + 300)])
    other = any(
        w in _SEX_PRONOUNS[gender]
        or w == _POSSESSIVES[gender]
        and n + 1 < len(words)
        and words[n + 1] in KIN_WORDS  # ("ordered her son released": his mother's)
        for n, w in enumerate(words)
    )
    return ent.gender not in (None, gender) and not other


#: The pronouns of each sex that name someone (a sentence that holds one speaks of someone
#: of that sex: *The judge let him finish*), and its possessive, which names someone
#: only before a relative (*his microphone* may be the subject's own).
_SEX_PRONOUNS = {
    "male": frozenset({"he", "him", "himself"}),
    "female": frozenset({"she", "herself"}),
}
_POSSESSIVES = {"male": "his", "female": "her"}


#: Words for a career that make a description an epithet (*the career diplomat*).
_CAREER_WORDS = frozenset("veteran career longtime onetime retired former seasoned".split())


def _described_person(
    text: str, found: re.Match[str], a: int, gender: str, ents: Entities
) -> Entity | None:
    """The person a definite description that opens a sentence (*The career diplomat, …,
    laughed.*) takes up, read with its article (so an epithet counts), when that person
    is one of ``gender`` or of no known one, and not named earlier in its sentence (from
    ``a``); ``None`` otherwise."""
    whole = text[found.start("det") : found.end("desc")]
    ent = ents.resolve_descriptor(whole, found.start("det"))
    if ent is None or ent.kind != "person" or ent.gender not in (None, gender):
        return None
    if any(e is ent for _m, e in ents._mentions_in(a, found.start("det"))):
        return None  # ("Asked about Brandt, the governor paused": not Brandt)
    known = {w.strip(",.").lower() for t in ent.titles + ent.descriptors for w in t.split()}
    words = set(whole.lower().split())
    head = found.group("head").lower()
    if head not in known and not words & _CAREER_WORDS and head not in ("democrat", "republican"):
        return None  # (only the one the text described so, or an epithet of a career: a
        # bare "the Speaker rose" after "Mr. Cole said" is still the Speaker)
    return ent


def _described_other(found: re.Match[str], said: str, ents: Entities) -> bool:
    """Does the description ``found`` take up someone named before who may be of the sex
    ``said`` (not *the interpreter, a young woman*, matched to a man described as answering
    *through an interpreter*)?"""
    ent = ents.resolve_descriptor(found.group("desc"), found.start("desc"))
    return ent is not None and ent.gender in (None, said)


#: How far back a description set off after a name is looked for.
_APPOSED_REACH = 3000


def _apposed_before(text: str, found: re.Match[str], ents: Entities) -> bool:
    """Did the article set the stranger's description ``found`` off after a person's name
    before (*Ed Marsh, the envoy, a former general, … The former general then turned. "…,"
    he said*)? Then it takes up that person, not a newcomer: the pronoun is resolved as
    usual."""
    at = found.start("det")
    pattern = re.compile(r",\s+(?:a|an|the)\s+" + re.escape(found.group("desc")) + r"\b", re.I)
    # (read at most :data:`_APPOSED_REACH` characters back: the cost stays bounded)
    for m in pattern.finditer(text, max(0, at - _APPOSED_REACH), at):
        for mention, ent in ents._mentions_in(max(0, m.start() - 120), m.start()):
            between = text[mention.end : m.start()]
            if ent.kind == "person" and between[:1] == "," and not re.search(r"[.!?]", between):
                return True
    return False


def _kin_named_before(
    found: re.Match[str], head: str, gender: str, ents: Entities
) -> Entity | None:
    """The person named before as the kin a possessive description opening a sentence takes
    up (*Their father, sorting screws, did not look up* after *Their father, Stan Dombrowski,
    86,*): the one described by that very phrase, of the pronoun's sex; ``None`` otherwise."""
    poss = found.group("poss")
    if not poss or head not in KIN_WORDS:
        return None
    phrase = f"{poss.lower()} {head}"
    for ent in ents.entities:
        if (
            ent.kind == "person"
            and ent.gender in (None, gender)
            and ent.mentions
            and ent.mentions[0][0] < found.start()
            and any(d.lower() == phrase for d in ent.descriptors)
        ):
            return ent
    return None


def _stranger_before(
    text: str, low: str, s: int, ents: Entities, state: Discourse
) -> Speaker | None:
    """*he*/*she* right after a sentence that brings in an unnamed man or woman (*Before
    she could finish, a man near the back of the gym stood up. "…!" he shouted.*): that
    person, described — when no quotation and no one of that sex named comes between.

    >>> from nbutils.speakers import cluster_entities
    >>> t = ('"I will," Tom Bell said. Then a woman near the door stood up. "Liar!" she '
    ...      'shouted. Then a man near the door stood up. "No," she said.')
    >>> _stranger_before(t, "she", t.index("she shouted"), cluster_entities(t), Discourse()).name
    'woman near the door'
    >>> _stranger_before(t, "she", t.rindex("she"), cluster_entities(t), Discourse()) is None
    True
    """
    starts = ents.sentence_starts
    k = bisect.bisect_right(starts, s) - 1
    if k < 1:
        return None
    gender = PRONOUNS[low]
    b = starts[k]
    # the pronoun's clause follows a quotation ('"Liar!" she shouted', "‘Quiet!’ he said"):
    # the sentence before is the one before that quotation's opening mark
    opening = _quote_opening_before(text, s, single=True)
    if opening >= 0:
        b = opening
    j = bisect.bisect_right(starts, b - 1) - 1
    if j < 0 or b <= starts[j]:
        return None
    a = starts[j]
    found = None
    for m in _STRANGER.finditer(text, a, b):
        if not _no_stranger(text, m, ents):
            found = m
    back, over_pronoun = 0, False
    if found is None:
        agent = _agent_stranger(text, low, s, a, b, ents, state)
        if agent is not None:
            return agent
    while (
        found is None
        and back < _PRONOUN_SENTENCES
        and j > 0
        and (ents._excluded(a) or _same_pronoun(text, a, low))
        and "\n" not in text[starts[j - 1] : a].rstrip()  # (within one paragraph)
    ):
        # "A man in a bathrobe stepped out. He said he had voted for Dole. "…," he said":
        # over sentences whose subject is the pronoun already (or quoted ones), to the one
        # that brings him in
        over_pronoun = over_pronoun or text.startswith(low.capitalize() + " ", a)
        back, j = back + 1, j - 1
        a, b2 = starts[j], a
        for m in _STRANGER.finditer(text, a, b2):
            if not _no_stranger(text, m, ents):
                found = m
    if found is None:
        return None
    if _INSET_WHEN.fullmatch(text, found.start(), found.start("det")) and any(
        e.kind == "person" and e.gender in (None, gender) and m.subject
        for m, e in ents._mentions_in(a, found.start())
    ):
        # "Ana Voss, when the moderator turned to her, looked up. "…," she said": the one
        # in a clause set into the subject's sentence acts there only; Voss is the topic
        return None
    if (
        found.group("long")
        and text[a : found.start("det")].strip()
        and not _OPENING_PHRASE.fullmatch(text, a, found.start("det"))
    ):
        return None  # (the long who-clause only for a sentence's subject, not "Ann Lee, a
        # nurse who drove in with her daughters, said": an apposition to a name; after an
        # opening phrase of place or time it is: "At the counter, a trucker who …, had")
    head = found.group("head").lower()
    definite = found.group("det").lower() == "the"
    # (set off after something: "Ann Lee, a nurse …", "…, an officer had told him")
    after_comma = text[found.start() : found.start("det")].lstrip().startswith(",") and not (
        # (an opening phrase of place or time is no name: "Near the entrance, a retired
        # sergeant said he …" brings the sergeant in as the sentence's subject)
        _INTRODUCTORY.match(text, a) is not None
        and _OPENING_PHRASE.fullmatch(text, a, found.start("det")) is not None
    )
    said = None if definite else _GENDERED_PERSONS.get(head) or KIN_WORDS.get(head)
    if (
        definite
        and head in _GENDERED_PERSONS
        and _none_named_of(ents, found.start(), _GENDERED_PERSONS[head])
    ):
        # "The man on the loading dock keeps a list …": no one of his sex named before, so
        # no one the man can take up; a stranger, as "a man" is
        said = _GENDERED_PERSONS[head]
    if definite and said is None and head in _GENDERED_PERSONS and _met_before(text, found, head):
        # "The young man in the sweatshirt stood on his toes": the one brought in as "a young
        # man in a Georgetown sweatshirt" before
        said = _GENDERED_PERSONS[head]
    if said is None and found.group("app") and not found.group("desc").startswith("of "):
        # (not "One of them, a woman who …": a member of a group, read as such elsewhere)
        # "the interpreter, a young woman from the ministry, stopped": the apposition says
        said = _GENDERED_PERSONS.get(found.group("app").split()[-1].lower()) or next(
            (
                _GENDERED_PERSONS[w]
                for w in found.group("app").lower().split()
                if w in _GENDERED_PERSONS
            ),
            None,
        )
    member = None  # "One of them, an Army veteran who …": the one described in apposition
    if said is None and found.group("app") and found.group("desc").startswith("of "):
        member = _MEMBER_NOUN.match(found.group("app"))
        pronoun = _PRONOUN_AFTER.match(found.group("app")) if member is not None else None
        if (
            member is not None
            and pronoun is not None
            and (
                role_of(member.group(2).lower()) is not None
                or member.group(2).lower() in PERSON_NOUNS
            )
        ):
            said = "female" if pronoun.group(1).lower().startswith(("she", "her")) else "male"
        else:
            member = None
    if found.group("self") and (head in PERSON_NOUNS or role_of(head) is not None):
        # "The governor himself weighed in. "…," he wrote": the reflexive says who
        said = "female" if found.group("self") == "herself" else "male"
    person_head = (
        head in PERSON_NOUNS
        or role_of(head) is not None
        or head.endswith("-grader")
        # ("A lobsterman buying rope said he …": a sentence's subject, no apposition)
        or not (definite or after_comma or found.group("app"))
        and wordnet_person(head)
    )
    # (or a "who" set off after the noun: a person, "A foreman at the mine, who did not want
    # his name used, said")
    if said is None and (person_head or _WHO_SET_OFF.match(text, found.end("desc"))):
        # "A sheriff's deputy …, who declined to give his name, said …": the pronoun says
        after = _PRONOUN_AFTER.match(text, found.end("desc"), found.end())
        if after is not None and not definite:  # (in its own who-clause, before its verb)
            said = "female" if after.group(1).lower().startswith(("she", "her")) else "male"
        if said is None and not definite and not after_comma:
            # "A welder from Beaumont, who …, said he had been surprised": the verb's he (not
            # an apposition to a name: "Ann Lee, a teacher who said she …")
            own_he = _SAID_PRONOUN.match(text, found.end())
            if own_he is not None:
                said = "female" if own_he.group(1) in ("she", "her") else "male"
        own = _OWN_BODY.match(text, found.end(), b)
        if said is None and own is not None:
            # "Then the guard got to his feet.": his own feet say who
            said = "female" if own.group(1).lower() == "her" else "male"
        if (
            said is None
            and person_head
            and not definite
            and not back
            and not after_comma
            and _REPORTS.search(text, found.end() - 1, b) is not None
        ):
            # "A street vendor working the block sold hats and said business was better.
            # "…," he said": the one the sentence before reports speaking
            said = gender
    known = _described_person(text, found, a, gender, ents) if definite else None
    # ("The morning waitress, a woman in her 40s, keeps …": set off by sex as someone new)
    new_by_sex = bool(
        found.group("app")
        and found.group("app").startswith(("a ", "an "))
        and set(found.group("app").lower().split()) & set(_GENDERED_PERSONS)
    )
    # (a definite stranger brought in before, opening a sentence as this one does, and a
    # "He said …" sentence after it now: "The pressman …, a broad man, said …. … In the
    # afternoon, the pressman switched the line. He said …")
    over_pronoun_stranger = (
        definite
        and over_pronoun
        and known is None
        and role_of(head) in (None, "citizen/witness")  # (an office is someone named's)
        and ents.resolve_descriptor(found.group("desc"), found.start("desc")) is None
        and re.search(
            rf"(?:^|[.!?]\s+|\n)(?:The|A|An)\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}\b",
            text[max(0, found.start() - _SAME_STRANGER_REACH) : found.start()],
        )
        is not None
    )
    if (
        said is None
        and over_pronoun
        # (the subject of its sentence, not "…, an officer had told him. She laughed.")
        and (not after_comma or _INTRODUCTORY.match(text, a) is not None)
        and (
            person_head
            and (not definite or known is None and not _described_other(found, gender, ents))
            or over_pronoun_stranger
            and wordnet_person(head)
        )
    ):
        # ("a retired machinist … came in. He said …": the next sentence's he; "the pressman
        # switched the line. He said …" too, when no one named is the pressman)
        said = gender
    office = (
        definite
        and said is None
        and known is None
        and _suffix_gender(head) in (None, gender)  # (the fisherman is no "she")
        and _unnamed_office_subject(text, found, a, ents, gender)
        and not _apposed_before(text, found, ents)  # ("Piet Vahl, a former admiral, …")
        and not _epithet_of_speaker(head, gender, state)
    )
    if office:
        said = gender  # "The Speaker, …, declined to comment. "…," he said": the office-holder
    elif (
        known is None
        and definite
        and not found.group("self")
        and not over_pronoun_stranger
        and not new_by_sex
    ):
        if _epithet_of_last(text, found, gender, state) or _apposed_before(text, found, ents):
            return None  # "The council veteran, …, leaned back. "…," he said": the one quoted last
    asker = _asks_again(text, found, s)
    if asker and said is None and not definite and head in PERSON_NOUNS | _ASKING_NOUNS:
        said = gender  # ('A reporter asked …. "…?" he asked': the one asking asks on)
    if known is not None:
        said = gender  # "The veteran diplomat laughed. "…," he said": the one it describes
    elif definite and (said is None or _described_other(found, said, ents) and not new_by_sex):
        return None  # (a definite description of someone named before is that person)
    if said != gender or (
        not asker
        and _ASKS.search(text, found.end() - 12, found.end())
        and not _ASKED_ABOUT.match(text, found.end())
    ):
        # ("A reporter asked whether …. "…," she said": the one asked answers; not "A woman
        # asked about the pipeline. "…," she said": a topic raised, no one asked by name)
        return None
    if (
        state.last_end is not None
        and state.last_end > found.start("desc")
        # (not the one described, quoted in its own sentence: 'The president said the
        # plan was "real." "…," he said')
        and not (
            office
            and state.last is not None
            and state.last.entity is None
            and state.last.start is not None
            and found.start("det") <= state.last.start < found.end("desc")
            and "\n" not in text[found.end() : s]
            and not _CAREER_WORDS & set(found.group("desc").lower().split())
            and ents.everyone_described_before(found.start())
        )
        # (nor words quoted inside the description itself, no one's: 'A woman holding one of
        # the "No Wall" signs called out')
        and not (
            state.last_end <= found.end("desc")
            and state.last is not None
            and state.last.entity is None
        )
        # (nor the stranger's own quote: 'A foreman, who …, said most were older. "…" "…,"
        # he said')
        and not (
            back
            and not over_pronoun
            and state.last is not None
            and state.last.entity is None
            and state.last.start is not None
            and found.start("det") <= state.last.start < found.end("desc")
        )
    ):
        return None  # someone quoted since
    named = [
        e
        for m, e in ents._mentions_in(found.end("desc"), found.end())
        if e.kind == "person"
        # (not a place after a preposition: "The woman who runs the bakery on Calle Ocho")
        and not _PLACE_PREPOSITION.search(text, max(0, m.start - 8), m.start)
    ]
    if named:
        # "A woman in a cap, who told me her name was Ann Pike, stood up": named after
        # all — that person, when the who-clause gives the name (else no one)
        given = _NAME_GIVEN.search(text, found.end("desc"), found.end())
        ent = named[-1]
        if (
            given is not None
            and len(named) == 1
            and ent.gender in (None, gender)
            and said in (None, gender)
            and (state.last_end is None or state.last_end < found.start("desc"))
        ):
            return Speaker(ent.canonical, s, s + len(low), None, ent.role, ent, True)
        return None
    between = _SIGN_WORDS.sub("", text[found.end() : s])  # (not a sign's words it held)
    if any(c in between for c in '"“”') and not text[b:s].lstrip().startswith(('"', "“")):
        return None  # a quotation between, other than the one the pronoun's sentence opens
    k_found = bisect.bisect_right(starts, found.start("desc"))  # (the stranger's sentence)
    for mention, ent in ents._mentions_in(found.end(), s):
        if (
            ent.kind == "person"
            and ent.gender in (None, gender)
            and not ents._excluded(mention.start)
        ):
            given = _GAVE_NAME.search(text, max(0, mention.start - 60), mention.start)
            if given is not None and (given.group(1) == "She") == (gender == "female"):
                # "A woman in line said …. She gave only her first name, Jolene, …": the
                # stranger gave that name
                return Speaker(ent.canonical, s, s + len(low), None, ent.role, ent, True)
            if (
                not mention.subject
                and bisect.bisect_right(starts, mention.start) == k_found
                and _REPORTS.search(text, found.end("desc"), mention.start) is not None
            ):
                # (one named in what the stranger reports in the same sentence: "A minister
                # in Rock Valley said he had encouraged Voss to run. "…," he said")
                continue
            return None  # someone named since
    if known is not None:
        return Speaker(known.canonical, s, s + len(low), None, known.role, known, True)
    if member is not None:  # "One of them, an Army veteran who …, said": that veteran
        return Speaker(
            member.group(1),
            found.start("app") + member.start(1),
            found.start("app") + member.end(1),
            None,
            role_of(member.group(2).lower()) or "citizen/witness",
            None,
            True,
        )
    kin = _kin_named_before(found, head, gender, ents)
    if kin is not None:  # "Their father, sorting screws, did not look up": Stan, named so
        return Speaker(kin.canonical, s, s + len(low), None, kin.role, kin, True)
    desc = _CONTACT_CLAUSE.split(found.group("desc"))[0]  # ("deputy I know from …": deputy)
    desc = _TRAILING_RELATIVE.sub("", desc)  # ("a woman selling jam who …": no "who …")
    desc = _QUOTED_WORDS.sub("", desc)  # ("a woman holding one of the signs": not its words)
    desc = _DANGLING.sub("", desc)  # ("a machinist in a faded jacket": not "machinist in a")
    desc = _partitive_member(desc)  # ("One of Gil Pelletier's clerks": a clerk, not "of …")
    owner = _APPOSITION_OWNER.fullmatch(text, a, found.start("det"))
    if (
        owner is not None
        and found.group("indefinite")
        and (
            owner.group(1).split()[-1] in PERSON_NOUNS
            or role_of(owner.group(1).split()[-1]) not in (None, "organisation")
        )
    ):
        # "The morning waitress, a woman in her 40s, keeps …": the description it sets off
        desc = owner.group(1)
    return Speaker(
        desc,
        found.start("desc"),
        found.end("desc"),
        None,
        role_of(head) or "citizen/witness",
        None,
        True,
    )


def _met_before(text: str, found: re.Match[str], head: str) -> bool:
    """Does the text bring in, within :data:`_SAME_STRANGER_REACH` characters before the
    definite description ``found``, someone as *a*/*an* … ``head`` whose words after the
    noun share one with the description's (*an elderly woman … holding a cat carrier* for
    *the woman with the cat carrier*), or any such one when the description has none?"""
    own = set(re.findall(r"[a-z]{3,}", text[found.end("head") : found.end("desc")].lower()))
    own -= _PHRASE_STOPS
    earlier = re.finditer(
        rf"\b[Aa]n?\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(head)}\b([^.!?\n]{{0,120}})",
        text[max(0, found.start() - _SAME_STRANGER_REACH) : found.start()],
    )
    return any(not own or own & set(re.findall(r"[a-z]{3,}", m.group(1).lower())) for m in earlier)


_PHRASE_STOPS = frozenset("the with and who for from that".split())


#: A sentence opened by a phrase of place or time or a clause of when (*At the Palo Verde
#: Inn off the interstate, the night manager …*, *While she packed, a retired machinist …*):
#: a stranger after its comma is still the subject, not one tacked on after a clause (*Her
#: brother would be out soon, an officer had told him.*).
_INTRODUCTORY = re.compile(
    r"\s*(?:At|In|On|Near|While|When|As|After|Before|During|Outside|Inside|Back|Across|Along|"
    r"Behind|By|From|Later|Earlier|Then|Since|Until|Under|Around|Once|Just|Shortly|Moments|"
    r"Minutes|Hours|Down|Up|Over|Through|Toward|Towards|Beside|Among|Amid)\b"
)


#: A sign's or a shirt's words, quoted after what shows them (*a sign reading "We Were All
#: Strangers Once."*): no one's quotation.
_SIGN_WORDS = re.compile(
    r"\b(?:reading|that\s+read|which\s+read|read|reads|saying|that\s+said)\s+[\"“][^\"“”\n]{1,80}[\"”]"
)


#: A reporting verb in the sentence that brings a stranger in (*… and said business was
#: better*).
_REPORTS = re.compile(r"\b(?:said|says|added|told|explained|recalled)\b")


#: How many sentences opening with the pronoun itself :func:`_stranger_before` reads back
#: over (*He said he had voted for Dole.*) to the one that brings the stranger in.
_PRONOUN_SENTENCES = 3


def _same_pronoun(text: str, a: int, low: str) -> bool:
    """Does the sentence at ``a`` open with the pronoun ``low`` (capitalised) as its
    subject (*He said he had voted …*), or with a quotation?"""
    # (or a quotation of its own: the stranger's first words, '"You don't see many."')
    opening = text[max(0, a - 1) : a + 1]
    if '"' in opening or "“" in opening:
        return True
    m = _CLAUSE_THEN_PRONOUN.match(text, a)  # (after a clause: "Before she left, she said")
    if m is not None and m.group(1).lower() == low:
        return True
    # (or her own relative or thing as the subject: "Her boyfriend had been arrested.")
    own = _OWN_SUBJECT.match(text, a)
    return own is not None and own.group(1) == {"he": "His", "she": "Her"}.get(low)


#: A sentence whose subject is someone's relative or thing, by a possessive pronoun (*Her
#: boyfriend had been arrested.*): group 1 the possessive.
_OWN_SUBJECT = re.compile(r"\s*(His|Her)\s+[a-z]+\s+(?:had|has|was|is|were|are)\b")


#: A sentence whose subject is a pronoun (read by :func:`_same_pronoun` and
#: :func:`_relative_subject`), maybe after an opening clause (*Asked whether he
#: felt differently, he thought about it.*, *Before she left, she said …*, *A member of the
#: committee, she said …*).
_CLAUSE_THEN_PRONOUN = re.compile(
    r"\s*(?:(?:Asked|Told|Pressed|Before|After|When|As|While)\b[^.!?\"“”]{0,200}?,\s+"
    # (or a short phrase of place or time: "On his way, he stopped at her table")
    r"|(?:On|At|In|Later|Then|Outside|Inside)\b[^.!?\"“”,]{0,40},\s+"
    # (or what the pronoun is, set before it: "A member of the women's committee, she said")
    r"|An?\s[^.!?\"“”,]{0,80},\s+)?"
    r"(He|She|he|she)\b"
)


#: A description opening the sentence that an indefinite one is set off after (*The morning
#: waitress, | a woman in her 40s, …*): group 1 its words after the article.
_APPOSITION_OWNER = re.compile(r"\s*(?:The|A|An)\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z]+),\s+")


#: Function words a description read short may end on (its verb taken for an adjective
#: in *-ed*: *a machinist in a | faded jacket came in*).
_DANGLING = re.compile(
    r"(?:\s+(?:in|into|on|at|with|of|for|from|by|near|beside|behind|next|to|across|under|"
    r"around|toward|towards|against|among|between|outside|inside|a|an|the|his|her|their|its|"
    r"standing|sitting|seated|waiting|leaning))+$"
)


#: Right after a stranger's reporting verb, its own *he*/*she* (*… said he had been …*).
_SAID_PRONOUN = re.compile(
    r"(?<=\bsaid)\s+(?:that\s+)?(?:[^.;:!?\"“”\n]{0,50}?\b)?(he|she|his|her)\b"
)


#: A stranger's own sentence giving the name that follows (*She gave only her first name,
#: Jolene*, *He gave his name as Gil Ray*, *He was Walt Ruhl, 79, …*): group 1 the pronoun.
_GAVE_NAME = re.compile(
    r"(?:^|[.!?]\s+|\n)(He|She)\s+(?:gave\s+(?:only\s+)?(?:his|her)\s+(?:first\s+|full\s+)?"
    r"name(?:,|\s+as)|was|is)\s+$"
)  # (and "He was Walt Brenneman, 79, a retired pharmacist")


#: A report set into a sentence, right before what it reports (*because, she said,*).
_SET_IN_REPORT = re.compile(r",\s*(?:he|she|they)\s+(?:said|says|added)$")


def _no_stranger(text: str, m: re.Match[str], ents: Entities) -> bool:
    """Is the match no stranger: one in a quotation, someone's relative or someone's not
    opening a sentence, a thing before *has*/*is* (*…, the state has no choice*), or an
    apposition set off after a person's name (an age between at most) before *has*, *had*,
    *was*, *is* or a verb in the present (*Ann Lee, a retired teacher from Vienna, is …*,
    *Ray Lind, 66, a machinist who said he had voted …*), which is the name's? Or a group
    (*as the commissioners stood*), which no *he* or *she* takes up?"""
    verb, head = m.group(0).split()[-1], m.group("head").lower()
    if ents._excluded(m.start("det")):
        return True  # (inside a quotation: "And then a man in a suit flies in and reads …")
    if not m.group("indefinite") and (
        head in ("men", "women", "people", "children")
        or head.endswith("s")
        and (head[:-1] in PERSON_NOUNS or role_of(head[:-1]) is not None)
    ):
        # a group ("A woman called out as the commissioners stood."): no he or she (but
        # "One of his clerks" is one)
        return True
    opening = text[m.start() : m.start("det")].strip()
    if (
        not (
            head in PERSON_NOUNS
            or head in _GENDERED_PERSONS
            or head in KIN_WORDS
            or role_of(head) is not None
            or head.endswith("-grader")
            or m.group("app")  # ("One of them, an Army veteran who …, said": the apposition's)
            or wordnet_person(head)
        )
        and not (m.group("det").lower() == "the" and head[:1].isupper())
    ):
        return True  # ("She was given a pamphlet explaining how it would …": no person)
    if opening == "," and _SET_IN_REPORT.search(text, max(0, m.start() - 16), m.start()):
        return True  # ("…, because, she said, the child would not let her sit": her words)
    if opening.lower() == "as" and _AS_WHAT.search(text, max(0, m.start() - 40), m.start()):
        return True  # ("who identified herself only as a mother of three": no one new)
    if m.group("poss") and (opening or head in KIN_WORDS and m.group("poss").lower() != "their"):
        # (someone's only opening a sentence, "Her Saturday clerk, a sophomore, said", not
        # "because, she said, her husband works …"; and "His wife"/"Her son" is
        # :func:`_relative_subject`'s, who may be named)
        return True
    if verb in ("has", "is") and not (
        head in PERSON_NOUNS or role_of(head) is not None or head in _GENDERED_PERSONS
    ):
        return True  # ("has"/"is" only after a person)
    if not text[m.start() : m.start("det")].lstrip().startswith(","):
        return False
    if verb not in ("has", "had", "was", "is") and not m.group("present"):
        return False  # (nor "Ann Lee, a nurse who rarely raises her voice", the name's)
    return any(
        e.kind == "person" and _AGE_BETWEEN.fullmatch(text, mention.end, m.start()) is not None
        for mention, e in ents._mentions_in(max(0, m.start() - 60), m.start())
    )


#: Words before an *as* that says what someone is (*identified herself only as*, *known
#: as*), not when something happened (*as a man stood up*).
_AS_WHAT = re.compile(
    r"\b(?:herself|himself|themselves|only|identified|described|known|served|serves|works|"
    r"worked|introduced|listed|named|hired|elected)\s+$"
)

#: Between a name and an apposition after it: nothing, or an age set off (*Ray Lind, 66*).
_AGE_BETWEEN = re.compile(r"(?:,\s*\d{1,3})?\s*")


#: A preposition of place right before a name (*on Calle Ocho*, *in Dunmore*).
_PLACE_PREPOSITION = re.compile(r"\b(?:on|in|at|near|from|along|off)\s+$")


#: How far back a definite stranger's first appearance is looked for.
_SAME_STRANGER_REACH = 3000


#: A who-clause set off by a comma after a description.
_WHO_SET_OFF = re.compile(r"\s*,\s*who\s")


#: Words quoted inside a description (a sign's: *one of the "No Wall" signs*).
_QUOTED_WORDS = re.compile(r"\s*[\"“][^\"“”\n]*[\"”]")


#: A passive verb's agent brought in without a name (*The first door was answered by a man
#: in a Steelers jersey who …*): the description (group ``desc``) and its head.
#: Or the subject after its verb when a place opens the sentence (*Near the front stood an
#: older man in a veteran's cap, …*).
_AGENT_STRANGER = re.compile(
    r"(?:\b(?:was|were)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+by"
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?:Near|Behind|Beside|Inside|Outside|At|In|On|By|Across|"
    r"Among|Next\s+to)\s[^,.;:!?\"“”\n]{1,50}?,?\s+(?:stood|sat|waited|knelt|leaned|lingered))"
    r"\s+(?:an?|one|another)\s+"
    r"(?P<desc>(?:[\w'’-]+\s+){0,2}?(?P<head>[a-z]+)"
    r"(?:\s+(?:in|with|from|at|near|wearing|holding|carrying)\s+[^,.;:!?\"“”]{1,50}?)?)"
    r"(?=\s+who\b|\s*[,.;])"
)


#: How far back :func:`_agent_stranger` reads.
_AGENT_REACH = 1200


def _agent_stranger(
    text: str, low: str, s: int, a: int, b: int, ents: Entities, state: Discourse
) -> Speaker | None:
    """*he*/*she* after a sentence whose passive verb has an unnamed man or woman as its
    agent (*The first door was answered by a man in a Steelers jersey who held a sandwich.*
    ¶ *"…," he said*): that person, when the noun says the sex and no quotation, no
    quoted speaker and no one of that sex named comes between.

    >>> from nbutils.speakers import cluster_entities
    >>> t = 'The door was answered by a man in a cap. "No," he said.'
    >>> _agent_stranger(t, "he", t.index("he said"), 0, t.index('"No'), cluster_entities(t),
    ...                 Discourse()).name
    'man in a cap'
    """
    # (the sentence before, or, past one quoted paragraph of the other sex, the paragraph
    # before that: bounded)
    lo, edge = a, s
    for _ in range(3):  # the pronoun's paragraph, the one before, and the one before that
        edge = text.rfind("\n", max(0, s - _AGENT_REACH), edge)
        if edge < 0:
            break
        lo = min(lo, edge + 1)
    found = None
    for m in _AGENT_STRANGER.finditer(text, lo, b):
        found = m
    if found is None or _GENDERED_PERSONS.get(found.group("head")) != PRONOUNS[low]:
        return None
    gender = PRONOUNS[low]
    other = state.last.entity if state.last is not None else None
    since = state.last_end is not None and state.last_end > found.start()
    if since and (other is None or other.gender in (None, gender)):
        return None  # someone quoted since, who may be the he/she
    between = text[found.end() : s]
    if (
        not since
        and any(c in between for c in '"“”')
        and not text[b:s].lstrip().startswith(('"', "“"))
    ):
        return None  # (a quote of the other sex's speaker may stand between: she spoke)
    for mention, ent in ents._mentions_in(found.end(), s):
        if ent.kind == "person" and ent.gender in (None, gender):
            if not ents._excluded(mention.start):
                return None  # someone named since
    desc = found.group("desc")
    return Speaker(
        desc, found.start("desc"), found.end("desc"), None, "citizen/witness", None, True
    )


#: The relative a kin noun names, seen from the other side (*her mother* is the one
#: introduced as someone's *daughter*'s parent: "Joanne Pyke and her daughter, Ellie").
_INVERSE_KIN = {
    "mother": "son daughter child children kids",
    "father": "son daughter child children kids",
    "mom": "son daughter child children kids",
    "dad": "son daughter child children kids",
    "son": "mother father parents mom dad",
    "daughter": "mother father parents mom dad",
    "wife": "husband",
    "husband": "wife",
    "brother": "brother sister",
    "sister": "brother sister",
    "grandmother": "grandson granddaughter grandchildren",
    "grandfather": "grandson granddaughter grandchildren",
}
#: A sentence whose subject is a relative of someone (*His wife was less sure.*, *Her
#: mother, though, said …*), not set off with a name (*Her son, Tom, …* is Tom).
_KIN_SUBJECT = re.compile(
    rf"[\s\"“‘']*(?:But\s+|And\s+)?(His|Her)\s+({'|'.join(_INVERSE_KIN)})\b(?!['’]s)(?!\s*,\s*[A-Z])"
    r"(?=\s*,?\s*[a-z])"
)


def _relative_subject(
    text: str, low: str, s: int, ents: Entities, state: Discourse, last_resort: bool = False
) -> Speaker | None:
    """*he*/*she* after a sentence whose subject is a relative (*His wife was less sure.
    "…," she said*): that relative, never the possessor. The relative is the person the
    text introduced from the other side (*Joanne Pyke and her daughter, Ellie* → Ellie's
    mother is Joanne; *his wife, Dana*; *Jordan and Kayla Brandt*); ``None`` when it
    cannot be found, when no such sentence opens the pronoun's sentence or the one
    before, or when someone was named or quoted since.

    >>> from nbutils.speakers import cluster_entities
    >>> t = ('Joanne Pyke and her daughter, Ellie, moved in May. "I miss my friends," Ellie '
    ...      'said. Her mother was less sure. "It was right," she said.')
    >>> d = Discourse()
    >>> _relative_subject(t, "she", t.rindex("she"), cluster_entities(t), d).name
    'Joanne Pyke'
    """
    starts = ents.sentence_starts
    k = bisect.bisect_right(starts, s) - 1
    gender = PRONOUNS.get(low)
    quoted = k >= 1 and (ents._excluded(starts[k - 1]) or text[starts[k - 1]] in "\"“‘'")
    same = _CLAUSE_THEN_PRONOUN.match(text, starts[k - 1]) if k >= 1 else None
    if same is not None and same.group(1).lower() != low:
        same = None
    # (past a quote cut at "?'", or a sentence the same pronoun opens: "Her mother took her
    # hand. Asked later whether …, she shook her head. "…," she said")
    for j in (k, k - 1, k - 2) if quoted or same else (k, k - 1):
        if j < 0:
            continue
        m = _KIN_SUBJECT.match(text, starts[j])
        if m is None or m.start(2) >= s or KIN_WORDS.get(m.group(2).lower()) != gender:
            continue
        if state.last_end is not None and state.last_end > m.start(2):
            return None  # someone quoted since: the chain goes on from that quote
        i = bisect.bisect_left(ents._starts, m.end())
        while i < len(ents.mentions) and ents.mentions[i].start < s:
            if ents.mentions[i].subject and ents._by_mention[i].kind == "person":
                return None  # "His wife was unsure. Tom Reed was not. … he said": Tom
            i += 1
        kin = m.group(2).lower()
        inverse = "|".join(_INVERSE_KIN[kin].split())
        lo = max(0, m.start(2) - 1500)
        window = text[lo : m.start(2)]
        ent = relative_named(window, lo, kin, gender, ents)
        if ent is not None:
            return Speaker(ent.canonical, s, s + len(low), low, ent.role, ent, True)
        owner = _owner_of_inverse(text, window, lo, kin, inverse, gender, ents, state)
        if owner is not None:  # "Her daughter, Joanne Pyke, …. Her mother said"
            return Speaker(owner.canonical, s, s + len(low), low, owner.role, owner, True)
        family = _same_family(ents, m, gender)
        if family is not None:  # "The daughter, Kiara Harmon, …. Her mother said": Denise Harmon
            return Speaker(family.canonical, s, s + len(low), low, family.role, family, True)
        if kin in ("wife", "husband"):  # "Jordan and Kayla Brandt": the spouse of that sex
            couple = list(
                re.finditer(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][\w'’-]+)\b", window)
            )
            if couple:
                c = couple[-1]
                sexes = [name_gender(c.group(g)) for g in (1, 2)]
                one = next(
                    (
                        c.group(g + 1)
                        for g in (0, 1)
                        if sexes[g] == gender
                        or sexes[g] is None
                        and sexes[1 - g] not in (None, gender)
                    ),
                    None,
                )  # (a name of either sex is the one whose partner's is the other)
                if one is not None:
                    full = f"{one} {c.group(3)}"
                    ent = ents.lookup(full)
                    return Speaker(full, s, s + len(low), low, ent.role if ent else None, ent, True)
        # the relative is never named ("Maria Fuentes lost her job. Her husband was calm.
        # "…," he said"): that relative, described as "her husband" is ('husband'), when
        # the sentence is a short reaction, or no one else can be the pronoun
        if (
            last_resort
            or _STANCE.match(text, m.end(2))
            or _SHORT_REACTION.match(text, m.end(2))
            and not _same_sex_spoken_of(text, m, s, gender)
        ):
            return Speaker(kin, m.start(2), m.end(2), None, "citizen/witness", None, True)
        return None
    return None


#: How far back :func:`_same_family` looks for the one whose relative *His*/*Her* names, and
#: for the relative of that surname (a bounded stretch, not every name of the text).
_FAMILY_REACH = 600
_KINSFOLK_REACH = 5000


def _same_family(ents: Entities, kin: re.Match[str], gender: str | None) -> Entity | None:
    """The relative *His*/*Her* ``kin`` names when the one whose relative it is is the person
    named last before it (*The daughter, Kiara Harmon, is 23. Her mother said …*): the one
    other person of the relative's sex who shares that person's surname, named in the
    :data:`_KINSFOLK_REACH` characters before, when just one is; ``None`` otherwise."""
    owner_sex = "male" if kin.group(1) == "His" else "female"
    before = [
        e
        for m, e in ents._mentions_in(max(0, kin.start() - _FAMILY_REACH), kin.start())
        if e.kind == "person" and not ents._excluded(m.start)  # (not one a quote names)
    ]
    if not before or before[-1].gender not in (None, owner_sex):
        return None
    owner = before[-1]
    surname = owner.canonical.split()[-1]
    kinsfolk = {
        id(e): e
        for _m, e in ents._mentions_in(max(0, kin.start() - _KINSFOLK_REACH), kin.start())
        if e is not owner
        and e.kind == "person"
        and len(e.canonical.split()) > 1
        and e.canonical.split()[-1] == surname
        and e.gender in (None, gender)
    }
    return next(iter(kinsfolk.values())) if len(kinsfolk) == 1 else None


def relative_named(
    window: str, lo: int, kin: str, gender: str | None, ents: Entities
) -> Entity | None:
    """The person ``window`` (the text from ``lo``) names as someone's relative ``kin`` (a
    key of :data:`_INVERSE_KIN`), or whose relative of the inverse kind it names, the last
    so named; of ``gender`` (or unknown). ``None`` when there is none.

    >>> from nbutils.speakers import cluster_entities
    >>> t = "Tom Reed sat with his son, Danny Reed, 19."
    >>> relative_named(t, 0, "father", "male", cluster_entities(t)).canonical
    'Tom Reed'
    """
    name = r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
    inverse = "|".join(_INVERSE_KIN[kin].split())
    patterns = (
        # "Joanne Pyke and her daughter": Joanne is the daughter's mother ("Joanne Pyke,
        # 41, sat with her daughter": an age set off after the name too)
        rf"\b{name}(?:,\s+\d{{1,3}},)?\s+(?:[a-z]+\s+){{0,6}}?(?:and|with)\s+"
        rf"(?:his|her|their)\s+(?:{inverse})\b",
        # "and his wife, Dana,", "His son, Tyler, 31,", "a wife, Marcy, who …"
        rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|an?)\s+{kin}(?:\s+of\s+(?:[\w-]+\s+){{0,2}}?years)?"
        rf"\s*,?\s+{name}",
        rf"\b{name}\s*,\s*(?:his|her|their)\s+(?:[a-z]+\s+)?{kin}\b",  # "Dana, his wife"
        # "Mr. Reed's son Tom", "Reed's 12-year-old daughter": their father is Mr. Reed
        rf"\b(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?{name}['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{inverse})\b",
    )
    found = [f for p in patterns for f in re.finditer(p, window)]
    for f in sorted(found, key=lambda f: f.start(1), reverse=True):
        ent = ents.entity_at(lo + f.start(1), lo + f.end(1))
        if ent is not None and ent.kind != "organisation" and ent.gender in (None, gender):
            return ent
    return _owner_of_named_relative(window, lo, inverse, name, gender, ents)


def _owner_of_named_relative(
    window: str, lo: int, inverse: str, name: str, gender: str | None, ents: Entities
) -> Entity | None:
    """*her grandmother* after *Viola Tisdale, 84, does not drive … her granddaughter, Alicia
    Moore, has been driving her*: the person named last before the relative of the inverse
    kind is named with *his*/*her* (the owner of that *her*), of ``gender``; ``None`` when
    there is none."""
    matches = list(re.finditer(rf"\b(?:[Hh]is|[Hh]er)\s+(?:{inverse})\s*,\s+{name}", window))
    if not matches:
        return None
    apposed = matches[-1]
    relative = ents.entity_at(lo + apposed.start(1), lo + apposed.end(1))
    before = ents._mentions_in(lo + max(0, apposed.start() - 400), lo + apposed.start())
    for _m, ent in reversed(before):
        if ent is relative or ent.kind != "person":
            continue
        return ent if ent.gender in (None, gender) else None
    return None


def _same_sex_spoken_of(text: str, kin: re.Match[str], s: int, gender: str | None) -> bool:
    """Between the relative's sentence ``kin`` and the pronoun at ``s``, is someone of the
    pronoun's sex spoken of (*His father was a coach too. "I learned it from him," he
    said*: the father spoken of, the son speaking)?"""
    words = ("he", "him", "his", "himself") if gender == "male" else ("she", "her", "herself")
    between = text[kin.end() : s]
    return re.search(rf"\b(?:{'|'.join(words)})\b", between, re.I) is not None


#: After a relative that opens a sentence: a short sentence of reaction (*His wife was
#: blunter.*, *Her mother was less sure.*, *Her husband nodded.*), not a backstory.
_SHORT_REACTION = re.compile(r"(?:\s+[\w'’-]+){1,4}\s*[.!:]")
#: After a relative that opens a sentence: a stance (*Her mother was less sure it was
#: right.*), whoever the quote then speaks of.
_STANCE = re.compile(r"\s+(?:was|were|is|seemed)\s+(?:less|more|not|far|much|even)\b")


def _owner_of_inverse(
    text: str,
    window: str,
    lo: int,
    kin: str,
    inverse: str,
    gender: str | None,
    ents: Entities,
    state: Discourse,
) -> Entity | None:
    """*Her mother* when the text introduced the last speaker as someone's child with a
    possessive (*Among those waiting was Brenda Collier. Her daughter, Joanne Pyke, …
    "…," Mrs Pyke said. Her mother said …*): the one that possessive means (Brenda
    Collier), whose sex must be the relative's. ``None`` when the relative so introduced
    is not the last speaker."""
    last = state.last_entity
    if last is None or gender is None:
        return None
    found = list(
        re.finditer(
            rf"\b([Hh]is|[Hh]er|[Tt]heir)\s+(?:{inverse})\s*,\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)",
            window,
        )
    )
    for f in reversed(found):
        if ents.entity_at(lo + f.start(2), lo + f.end(2)) is not last:
            continue
        possessive = f.group(1).lower()
        if possessive != "their" and PRONOUNS["he" if possessive == "his" else "she"] != gender:
            return None  # "His daughter, Joanne" has a father, not the "mother" asked for
        owner = ents.resolve_pronoun("he" if gender == "male" else "she", lo + f.start(1))
        if owner is not None and owner is not last and owner.gender in (None, gender):
            return owner
        return None
    return None


#: A sentence's opening phrase of place or time, names aside (*At the counter,*, *Later
#: that night,*): the subject comes after it.
_OPENING_PHRASE = re.compile(r"\s*[A-Z][a-z]+(?:\s+[a-z][\w'’-]*){1,5},\s*")


#: Nouns for a person that say the sex, besides those of kinship (*the woman*, *a spokesman*).
_GENDERED_PERSONS = {
    "man": "male",
    "woman": "female",
    "boy": "male",
    "girl": "female",
    "gentleman": "male",
    "lady": "female",
    "spokesman": "male",
    "spokeswoman": "female",
    "father": "male",
    "mother": "female",
}


#: Pronouns for an unknown person: no one the text goes on to call *he* or *she*.
_INDEFINITE_PERSONS = frozenset("someone somebody anyone anybody everyone everybody nobody".split())


#: The first personal pronoun after an unnamed person's mention, in its own clause ("The
#: accountant, who testified for days, told jurors that he had …"): that person's sex.
_PRONOUN_AFTER = re.compile(r"[^\"“”‘’.!?]{0,160}?\b(he|his|him|himself|she|her|herself)\b", re.I)


#: The noun phrase of an apposition to *One of them* (*an Army veteran who served …*):
#: group 1 the phrase, group 2 its head noun.
_MEMBER_NOUN = re.compile(
    r"an?\s+((?:[\w'’-]+\s+){0,3}?([a-z]+))(?=\s+(?:who|whose|from|in|at|with)\b|$)"
)


#: A mention that brings someone new in (*a Republican senator*, *one House Democrat*).
_INDEFINITE_MENTION = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")
#: A he/she already taken for an unnamed person (*A deputy, who …, stopped me. He said
#: …*): that one was brought in without a name, not an epithet of someone named.
_STRANGER_BY_PRONOUN = re.compile(r"[Hh]e|[Ss]he")


#: How far back :func:`_none_named_of` looks for a person named.
_NAMED_REACH = 3000


def _none_named_of(ents: Entities, s: int, gender: str) -> bool:
    """Does the text name no person of ``gender`` (or of unknown sex) in the stretch before
    ``s``? Then an office quoted last (*the senator*) is no epithet of someone named."""
    return not any(
        e.kind == "person" and e.gender in (None, gender)
        for _m, e in ents._mentions_in(max(0, s - _NAMED_REACH), s)
    )


def _unnamed_speaker(
    last: Speaker | None,
    gender: str | None,
    text: str = "",
    unnamed_office: Callable[[], bool] = lambda: False,
) -> Entity | None:
    """The last speaker, when it is one person the text does not name (*the woman*, *a
    nurse*, *my father*), as an entity a *he*/*she* of ``gender`` can mean: ``None`` when it
    is named, a group (*officials*), an organisation, of the other sex (*the woman* is no
    *he*), or a holder of an office or a candidacy (*the Florida senator*, *the candidate*:
    an epithet of someone named, whom the chain finds by name) — unless ``unnamed_office()``
    says no one of that sex is named before (*the senator* is then no one's epithet; asked
    only for an office).

    >>> from nbutils.attribution.records import Speaker
    >>> _unnamed_speaker(Speaker("woman", 0, 9, "the woman", None, None, False), "female").gender
    'female'
    >>> _unnamed_speaker(Speaker("woman", 0, 9, "the woman", None, None, False), "male") is None
    True
    """
    if last is None or last.entity is not None or not last.name or last.start is None:
        return None
    words = last.name.lower().split()
    cut = next((k for k, w in enumerate(words) if k and w in PREP_IN_NP), len(words))
    head = words[cut - 1].strip(",")  # "retired nurse from the east side": the nurse
    if last.role == "organisation" or not head.replace("-", "").isalpha():
        return None  # (a hyphenated noun is a noun: "a fund-raiser")
    if last.pronoun and (last.mention or "").lower() in ("i", "we"):
        return None  # the writer
    said = _GENDERED_PERSONS.get(head) or KIN_WORDS.get(head)
    if said is None and last.pronoun and (last.mention or "").lower() in ("he", "she"):
        # ('The clerk grinned. "…," he said.' ¶ '"…," she said': the clerk was a he)
        said = PRONOUNS[last.mention.lower()]
    after = _PRONOUN_AFTER.match(text, last.end) if said is None and last.end is not None else None
    if after is not None and gender is not None:  # "the accountant … told jurors that he had …"
        if ("female" if after.group(1).lower().startswith(("she", "her")) else "male") != gender:
            return None  # a man is no "she" (but it only rules out: an epithet of someone
            # named, "the retired neurosurgeon … he", must not win over the name)
    if said is None and (
        head.endswith("s")
        and not head.endswith("ss")  # "officials", "parents": a group
        or head in _INDEFINITE_PERSONS
        # an office or a candidacy is an epithet of someone named ("the Florida senator")
        # (not one whose name the text says is withheld: "A Treasury official who asked
        # that her name not be used")
        or role_of(head) in ("politician", "official")
        and last.role != "anonymous source"
        and not _INDEFINITE_MENTION.match(last.mention or "")
        and not _STRANGER_BY_PRONOUN.fullmatch(last.mention or "")
        and not unnamed_office()
        or head not in PERSON_NOUNS
        and role_of(head) is None
    ):
        return None
    if said is not None and said != gender:
        return None
    return Entity(
        last.name,
        kind="person",
        gender=said,
        mentions=[(last.start, last.end if last.end is not None else last.start)],
    )

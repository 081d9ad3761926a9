"""Names: who the capitalised runs of an article are.

Step 1 of :mod:`nbutils.speakers`. Runs of capitalised words (``Mark Rutte``,
``JD Vance``, ``Secretary of State Hillary Clinton``) are read from the whole
text with one regular expression; a word that only ever opens sentences
(*Despite*, *Similarly*) is dropped; title words are split off
(:func:`split_title`); a run naming a place, a party or an organisation is
marked so (:func:`name_mentions`). The word lists it reads with (titles, kin, roles,
first names and their gender) are in :mod:`nbutils.speakers.vocabulary`; where a name
stops in a Title-Cased headline, in :mod:`nbutils.speakers.headlines`.

>>> [(m.name, m.title, m.kind) for m in name_mentions("NATO Secretary General Mark Rutte spoke.")]
[('Mark Rutte', 'NATO Secretary General', 'person')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from nbutils.cues import lemma_of
from nbutils.lexicons import Closed, abbreviation_pattern, word_list
from nbutils.speakers.headlines import (
    ADVERBS_BEFORE_CUE,
    IRREGULAR_CUES,
    TitleLines,
    title_case_cue,
)
from nbutils.speakers.vocabulary import (
    HONORIFICS,
    KIN_WORDS,
    ORG_WORDS,
    PERSON_NOUNS,
    ROLE_WORDS,
    TITLE_WORDS,
    all_first_names,
    english_words,
    expert_word,
    function_words,
)

_PRONOUN_WORDS = frozenset("He She It They We I His Her Its Their Our".split())


_CONNECTORS = Closed.NAME_CONNECTORS


#: Heads of an organisation's name that a plural possessive may stand before
#: ("Harlow Town Supporters' Trust", "the Teachers' Union").
_POSSESSED_ORG_HEADS = (
    "Trust Association Union Federation Council League Club Fund Guild Alliance Society"
    " Network Forum Coalition Group Committee Party Front Congress Institute Collective"
    " Cooperative Co-operative Benevolent Home Hospital College School Bank"
).split()


#: Lower-case particles that open a surname (*van Doorn*, *de la Fuente*): the name
#: connectors but *of* (*Bank of America* opens with no particle).
SURNAME_PARTICLES = Closed.NAME_CONNECTORS - {"of"}
#: Particles joined to a surname by a hyphen (*al-Hamdani*, *el-Sisi*), which later
#: mentions may drop (*Hamdani said*).
HYPHENED_PARTICLES = (
    "al",
    "el",
    "ul",
    "ad",
    "ar",
    "as",
    "ash",
    "at",
    "az",
    "an",
    "bin",
    "ibn",
    "abu",
)

_NAME_WORD = (
    rf"(?:{abbreviation_pattern('title', 'saint', 'suffix')})\.|"
    # a surname with its particle joined by a hyphen, inside a name ("Saad al-Hamdani"; a
    # run never opens on it: every run opens on a capital)
    rf"(?:{'|'.join(HYPHENED_PARTICLES)})-[A-Z]\w*(?:-[A-Z]?\w+)*|"
    r"(?:[A-Z]\.){1,3}|[A-ZÀ-ÖØ-Þ][\w]*(?:['’][A-Z]\w*)?(?:-[A-Z]?\w+)*"
    # a plural possessive inside an organisation's name: "the Supporters' Trust"
    rf"(?:(?<=s)['’](?=[ \t\xa0]+(?:{'|'.join(_POSSESSED_ORG_HEADS)})\b))?"
)


#: Every word of a name opens with a capital: a pattern that starts with this lookahead
#: fails at once on most positions of a text, before its lookbehind and its alternatives
#: are tried (the same matches, 2x faster to scan).
_CAPITAL_FIRST = r"(?=[A-ZÀ-ÖØ-Þ])"


_RUN = re.compile(
    rf"{_CAPITAL_FIRST}(?<![\w'’])(?:{_NAME_WORD})"
    rf"(?:[ \t\xa0]+(?:(?:{'|'.join(sorted(_CONNECTORS))})[ \t\xa0]+"
    # ("Citizens for a Fair Budget": an article after "for" only)
    rf"|for[ \t\xa0]+(?:(?:a|an|the)[ \t\xa0]+)?){{0,2}}(?:{_NAME_WORD}))*"
)
#: A run may go on over "for" only after an organisation's word ("Department for Transport",
#: "Ministry for Foreign Affairs") or a group of people that names an advocacy body
#: (:data:`_FOR_GROUPS`: "Citizens for Fair Hiring", "Parents for Safe Streets"); elsewhere
#: "for" ends it ("in Ohio for Clinton").
_FOR_GROUPS = frozenset(
    """citizens americans taxpayers voters families parents mothers moms fathers veterans
students doctors physicians nurses scientists women friends people patients workers
teachers neighbors neighbours christians catholics evangelicals lawyers economists
conservatives progressives liberals libertarians businesses leaders residents""".split()
)


def _cause_for_body(words: list[str], i: int) -> bool:
    """Is the *for* at ``i`` inside a body's name: a cause's common noun before it and an
    organisation's word last (*Justice for Families Alliance*, *Freedom for All Coalition*),
    not a place (*in Ohio for Families Alliance*)?"""
    before = words[i - 1]
    return (
        words[-1].lower() in ORG_WORDS
        and before.lower() in english_words()
        and before not in all_first_names()
        and _place_of(before) is None
    )


_WORD_SPLIT = re.compile(r"[^\s\xa0]+")

#: Lower-case heads after a name that make it a body's name ("the Allied Workers union").
_BODY_HEADS = "union federation association alliance coalition council league guild society"
#: Two name runs joined by "and" that make one organisation's name: the second ends in an
#: organisation word (*Food and Drug Administration*) or a body's lower-case head follows
#: (*the Food and Allied Workers union*). At most three words on each side.
_JOINED_RUN = re.compile(
    rf"(?:{_NAME_WORD})(?:[ \t]+(?:(?:and|of|for|the)[ \t]+)*(?:{_NAME_WORD}))*"
)
_AND_ORG = re.compile(
    rf"{_CAPITAL_FIRST}(?<![\w'’])((?:{_NAME_WORD})(?:[ \t]+(?:{_NAME_WORD})){{0,2}})[ \t]+and[ \t]+"
    rf"((?:{_NAME_WORD})(?:[ \t]+(?:{_NAME_WORD})){{0,2}})(?![\w'’])"
    rf"(?=([ \t]+(?:{'|'.join(_BODY_HEADS.split())})\b)?)"
)


#: Where an "X and Y" name can be: "and" between words, a capital after it.
_AND_CAPITAL = re.compile(r"[ \t]and[ \t]+[A-ZÀ-ÖØ-Þ]")
#: How far before "and" the first name of such a pair may start, and after it the second
#: may end (three name words each): the pattern is tried only in that window.
_AND_REACH = 160


def _and_orgs(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_AND_ORG` in ``text``, left to right, without overlap — as
    ``_AND_ORG.finditer(text)`` gives them, but the pattern is tried only around an "and"
    before a capital, so the text is not scanned with it everywhere (linear either way).

    >>> [m.group() for m in _and_orgs("Food and Drug Administration staff met Ann and Tom.")]
    ['Food and Drug Administration', 'Ann and Tom']
    """
    done = 0  # where the last match ended: the next starts no earlier
    for c in _AND_CAPITAL.finditer(text):
        if c.start() < done:
            continue
        j = _AND_ORG.search(
            text, max(done, c.start() - _AND_REACH), min(len(text), c.end() + _AND_REACH)
        )
        if j is not None and j.start() <= c.start():  # (a match further on is a later
            done = j.end()  # "and"'s: its own window reads it whole)
            yield j


#: Right before the first run of an "X and Y" pair: a body's head and its *of*, *for* or
#: *on* (*Department of | Health and Human Services*, *Centers for | Disease Control and
#: Prevention*, *Committee on | Oversight and Government Reform*).
_OFFICE_OF = re.compile(
    r"\b(?:Department|Ministry|Office|Bureau|Centers?|Committee|Subcommittee|Institutes?|"
    r"Commission|Agency|Administration|Secretary|Minister)\s+(?:of|for|on)\s+(?:the\s+)?$"
)


def _joined_runs(text: str, runs: list[re.Match[str]]) -> list[re.Match[str]]:
    """``runs`` with two runs joined by *and* into one organisation's name where
    :data:`_AND_ORG` says so, the first run all dictionary words (not a person and
    another: *Jordan and Kayla Brandt*, nor two firms: *Brix and Dorn Bank*)."""
    joined = []
    for j in _and_orgs(text):
        first, second = j.group(1).split(), j.group(2).split()
        if any(w.lower() not in english_words() or w in all_first_names() for w in first):
            continue  # "Brix and Dorn Bank": two names (but "Food and Drug Administration")
        if (
            j.group(3)
            or _org_run(["x", second[-1]])
            # "the Department of Health and Human Services": an office's "of" phrase goes on
            or _OFFICE_OF.search(text, max(0, j.start() - 40), j.start()) is not None
            and all(w.lower() in english_words() for w in second)
            # "Kingfisher Plumbing and Heating": two or more trade words, then one more
            or len(first) >= 2
            and len(second) == 1
            and second[0].lower() in english_words()
            and second[0] not in all_first_names()
            and second[0].lower().endswith(("ing", "ion", "ment", "ure", "ics", "ry"))
        ):
            joined.append(j)
    if not joined:
        return runs
    out: list[re.Match[str]] = []
    k = 0
    i = 0
    while i < len(runs):
        m = runs[i]
        while k < len(joined) and joined[k].end(2) <= m.start():
            k += 1
        if k < len(joined) and (
            joined[k].start() <= m.start() < joined[k].end(2)
            # ("Department of Health" and "Human Services": the office's run holds the pair's
            # first name)
            or m.start() < joined[k].start() < m.end()
            and _OFFICE_OF.search(text, m.start(), joined[k].start()) is not None
        ):
            end = m.end()
            while i + 1 < len(runs) and runs[i + 1].start() < joined[k].end(2):
                i += 1
                end = max(end, runs[i].end())  # every run inside, and the last one whole
            one = _JOINED_RUN.match(
                text, min(m.start(), joined[k].start()), max(end, joined[k].end(2))
            )
            out.append(one if one is not None else m)
            k += 1
        else:
            out.append(m)
        i += 1
    return out


#: An aside between dashes after a name: "Joyce — who is a lawyer — told".
_DASH_ASIDE = r"\s+(?:—|–|--)\s[^—–\n]{1,150}?\s(?:—|–|--)\s*"
_VERB_AFTER = re.compile(
    r"\s*(?:(?:,[^,;]{1,150})+,\s*|,\s*(?=[a-z]+(?:ed|s)\b|(?:said|told|wrote|sent|gave|spoke|took|made|brought|met)\b)|"
    + _DASH_ASIDE
    + r")?"
    r"(?:(?:himself|herself|themselves)\s+)?"  # "Then Lee himself took the stage"
    r"(?:[a-z]{3,}ly\s+)?"  # "Mr. Bush pointedly rejected …"
    r"(?:(?:has|had|have|is|was|are|were|will|would|could|can|should|may|might|must|does|did|"
    r"do|doesn['’]t|didn['’]t|won['’]t|isn['’]t|wasn['’]t|hasn['’]t|hadn['’]t|can['’]t|"
    r"couldn['’]t|wouldn['’]t|also|later|then|never|still|now|recently|first|previously|again|"
    r"once|often|quickly|repeatedly|ultimately|all\s+but|even|just|only|nearly|actually|simply|"
    r"flatly|immediately|promptly|publicly|privately|finally|eventually)\b|"
    # (not a word in -s that is no verb: "described Lee as a fraud" has no verb after Lee)
    r"(?!(?:as|us|this|thus|his|its|plus|less|unless|across|whereas|perhaps|always)\b)"
    r"(?:[a-z]+(?:ed|s)|said|told|wrote|spoke|went|made|took|gave|came|saw|thought|felt|knew|"
    r"began|left|met|got|ran|won|lost|put|sent|led|held|kept|hit|set|brought|sought|fought|"
    r"heard|stood|chose|drew|grew|became|did|had|sat|threw|swore|shot|struck|found|paid|meant|"
    r"built|spent|caught|taught|bought|sold|fled|fell|rose|broke|drove|wore|withdrew|upheld|"
    r"oversaw|understood|forgot|forgave|overcame|undertook|shook|stuck|swept|tore|wept|woke|"
    r"cut|let|quit|hung|spread|shut)\b)"
)


#: A sentence that opens on one of a group, the name set off in apposition after it (*One
#: of them, Sam Ortiz, held*; *One of the fans, a welder named Sam Ortiz, held*).
_GROUP_APPOSITION = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|\n\s*)"
    r"(?:One|Another|Some|Each|Both|Many|Several|Most|Two|Three|Four|Five)\s+of\s+"
    r"(?:them|those|these|the\s+[a-z]+)\s*,\s+"
    r"(?:(?:an?|the)\s+[^,.;\"“”]{1,60}?\s+(?:named|called)\s+)?\Z"
)


#: A word before a name's title that says the office is past (*retired Col. Ray Buck*).
_RANK_BEFORE = re.compile(r"\b(?:retired|former)\s+\Z")
#: A lower-case affiliation after a name, up to the comma closing an apposition (*Ann Lee
#: of a Wichita television station,*).
_AFFILIATION_TO_COMMA = re.compile(r"\s+(?:of|from|at|with)\s+[^,.;:\"“”\n]{1,60}?(?=,)")


def _apposed_subject(text: str, start: int, vend: int) -> bool:
    """Is the name at ``start..vend`` set off by commas after a sentence's opening *One of
    them* or a relative (*Ortiz's son*) and followed by the sentence's verb (*One of them,
    Sam Ortiz, held a sign*)? It names the subject then.

    >>> t = "Fans waited. One of them, Sam Ortiz, held a sign."
    >>> _apposed_subject(t, t.index("Sam"), t.index(", held"))
    True
    >>> t = "Fans waited. Police met one of them, Sam Ortiz, who held a sign."
    >>> _apposed_subject(t, t.index("Sam"), t.index(", who"))
    False
    >>> t = "Later, Ortiz's 12-year-old son, Sam, held a sign."
    >>> _apposed_subject(t, t.index("Sam"), t.index(", held"))
    True
    >>> t = "One of the hosts, Sam Ortiz of a local station, asked Ann Lee."
    >>> _apposed_subject(t, t.index("Sam"), t.index(" of a"))
    True
    """
    if not text.startswith(",", vend):
        # "One of the moderators, Ann Lee of a Wichita station, asked": past the affiliation
        affiliation = _AFFILIATION_TO_COMMA.match(text, vend, vend + 70)
        if affiliation is None:
            return False
        vend = affiliation.end()
    rank = _RANK_BEFORE.search(text, max(0, start - 12), start)
    if rank is not None:  # "The third candidate, retired Col. Ray Buck, stayed out"
        start = rank.start()
    if not (
        _GROUP_APPOSITION.search(text, max(0, start - 120), start)
        or _KIN_OPENING.search(text, max(0, start - 80), start)
        or _person_opening(text, start)
    ):
        return False
    return bool(_VERB_AFTER.match(text, vend + 1, vend + 200)) or text.startswith(
        (" read ", " reread "), vend + 1
    )


#: A description of a person opening a sentence (or its main clause after an opening
#: phrase), a name set off after it: *a 16-year-old high school student, Jaden Okafor, read
#: …*; group 1 its noun.
_PERSON_OPENING = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|\n\s*|,\s+)(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+)\s*,\s+\Z"
)


def _person_opening(text: str, start: int) -> bool:
    """Does a description of a person open the clause right before the name at ``start``
    (*Near the end, a 16-year-old student, Jaden Okafor, read …*)? Its noun must be a
    person's or a role's.

    >>> t = "Near the end, a 16-year-old high school student, Jaden Okafor, read a letter."
    >>> _person_opening(t, t.index("Jaden"))
    True
    >>> t = "He met the board at the school, Jaden Okafor said."
    >>> _person_opening(t, t.index("Jaden"))
    False
    """
    m = _PERSON_OPENING.search(text, max(0, start - 80), start)
    return m is not None and (m.group(1) in PERSON_NOUNS or m.group(1) in ROLE_WORDS)


#: A relative of someone opening a sentence (or its main clause), a name set off after it:
#: *Mansour's 12-year-old daughter, Rania, did …*, *His wife, Dana, said …*.
_KIN_OPENING = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|\n\s*|,\s+)"
    r"(?:[A-Z][\w'’-]*['’]s|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:" + "|".join(sorted(KIN_WORDS, key=len, reverse=True)) + r")\s*,\s+\Z"
)


#: Where someone works or studies, between a name and its verb: "Adrian Welsh of the state
#: university said", "Ann Lee of Brookings told".
_AFFILIATION = re.compile(
    r"\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+(?:(?:of|and|for)\s+)?){0,5}"
    r"[A-Z][\w.'’&-]*(?=\s)"
    r"|\s+(?:of|at|from)\s+the\s+(?:[a-z]+\s+){0,2}"
    r"(?:university|college|institute|school|foundation|center|centre)\b"
)


def _verb_after_affiliation(text: str, vend: int) -> bool:
    """Does a verb follow the name ending at ``vend`` once its affiliation is passed over?

    >>> t = "Political scientist Adrian Welsh of the state university said so."
    >>> _verb_after_affiliation(t, t.index(" of"))
    True
    >>> t = "A letter to Ann Lee from the board said so."
    >>> _verb_after_affiliation(t, t.index(" from"))
    False
    """
    aff = _AFFILIATION.match(text, vend, vend + 120)
    return aff is not None and bool(_VERB_AFTER.match(text, aff.end(), aff.end() + 200))


#: Words between a subject and its reporting verb (*Cruz has argued*, *Lee later said*).
_BEFORE_REPORTING = (
    r"(?:also |later |then |has |had |have |would |will |once |previously |repeatedly |often )?"
)
#: The reporting verb after a name: "Biden said", "Sanders, a senator, told", "Cruz has argued".
_REPORTING_AFTER = re.compile(
    r"\s*(?:(?:,[^,;]{1,80}){1,3},\s*|,\s*|"
    + _DASH_ASIDE
    + r")?"
    + _BEFORE_REPORTING
    + r"([a-z]+)\b"
)


_ACCORDING_BEFORE = re.compile(
    r"\baccording\s+to\s+(?:(?:a|an|the|his|her)\s+[\w-]+\s+"
    r"(?:from|by|with)\s+|[^,.;:\"“”\n]{2,50},\s+)?$",
    re.IGNORECASE,
)  # (or a description, then the name in apposition: "According to the trust's
# ecologist, Dr Priya Mendis, …")
#: The word that :data:`_ACCORDING_BEFORE` needs (same flags): where a text has it, found
#: once, so that the pattern is tried only before names with one close before them.
_ACCORDING = re.compile("according", re.IGNORECASE)


def _according_before(text: str, at: int, found: list[int]) -> bool:
    """Does :data:`_ACCORDING_BEFORE` match right before ``at`` (within 80 characters)?
    ``found`` holds where :data:`_ACCORDING` matches in ``text``, in order: with none
    wholly inside the window the pattern cannot match and is not tried."""
    a = max(0, at - 80)
    k = bisect.bisect_left(found, a)
    if k == len(found) or found[k] + len("according") > at:
        return False
    return _ACCORDING_BEFORE.search(text, a, at) is not None


#: An auxiliary right after a name that follows a reporting verb: the name is the subject
#: of the reported clause (*said Ms. Lake had paid*), not the verb's inverted subject.
_CLAUSE_AUXILIARY = re.compile(
    r"\s+(?:had|has|have|was|were|is|are|would|will|could|can|should|might|must|did|does)\b"
)
_INVERTED_CUES = frozenset(
    """said says added adds asked asks wrote writes explained explains noted notes continued
continues told tells argued argues warned warns insisted insists recalled recalls agreed agrees
according""".split()
)


#: Before a name: a reporting verb after a comma or a closing quotation mark, then at most
#: three words of description (*…, adds psychologist Hannah Iles*; *"…," said council
#: member Paul Greer*): the name is the inverted subject of the verb.
_INVERTED_BEFORE = re.compile(
    r"(?:[,\"”’']|^)[ \t]*([a-z]+)((?:[ \t]+[A-Za-z][\w-]*){1,3})[ \t]+$", re.MULTILINE
)


@lru_cache(maxsize=4096)
def _person_word(word: str) -> bool:
    """Does ``word`` name a person or a person's role (*psychologist*, *planner*, *mother*)?"""
    singular = word.removesuffix("s") if word.removesuffix("s") in ROLE_WORDS else word
    return (
        word in PERSON_NOUNS
        or ROLE_WORDS.get(singular, "organisation") != "organisation"
        or expert_word(singular)
    )


def _inverted_after_description(text: str, start: int, function: frozenset[str]) -> bool:
    """Is the name at ``start`` the subject of a reporting verb before its description?

    >>> t = "The light is not the problem, adds psychologist Hannah Iles."
    >>> _inverted_after_description(t, t.index("Hannah"), function_words())
    True
    >>> t = "The light is not the problem, says the study by Hannah Iles."
    >>> _inverted_after_description(t, t.index("Hannah"), function_words())
    False
    >>> t = "Ann Lee, a former envoy, said Canada should answer Trump's threats."
    >>> _inverted_after_description(t, t.index("Trump"), function_words())
    False
    """
    last_word = text[max(0, start - 40) : start].rsplit(None, 1)[-1:]
    if not last_word or not _person_word(last_word[0].lower()):
        return False  # (the cheap test first: most names follow no person word)
    m = _INVERTED_BEFORE.search(text, max(0, start - 80), start)
    if m is None or not reporting_after(" " + m.group(1)):
        return False
    words = m.group(2).split()
    last = words[-1].lower()
    return _person_word(last) and not any(
        w.lower() in function or lemma_of(w.lower()) is not None for w in words
    )


#: A common noun and a preposition of place right before a name (*a clerk in Dover, who
#: …*): the name is a place, and a verb or a *who* clause after it is the noun's.
PLACE_BEFORE = re.compile(r"\b[a-z]{3,}\s+(?:in|from|near|outside)\s+$")
_NEXT_WORD = re.compile(r"\s*(?:,[^,;]{1,80},\s*)?(?:also |later |then )?([a-z]+)\b")
#: After a name: a plural noun it modifies, then the verb whose subject they make
#: (*Treasury notes fell*, *Ford trucks were recalled*): that noun is no reporting verb.
_PLURAL_HEAD_AFTER = re.compile(
    r"\s+[a-z]+s\s+(?:[a-z]+ed|fell|rose|grew|went|came|were|are|have|had|will|would|could|"
    r"can|may|might|must|should)\b"
)
#: A sentence opening "Asked about …," right before a name: the name is someone asked.
_ASKED_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)Asked\s[^.;:!?\"“”\n]{2,140},\s+$")
#: An aside after a name that is itself a full name: the verb after it is that name's.
_NAME_ASIDE = re.compile(r"\s*,\s*(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+\s*,")


#: After a name: an -ing verb, maybe after a parenthesis set off by commas or dashes.
_ING_AFTER = re.compile(r"(?:\s*(?:,|—|--|–)[^,—–;.]{1,120}(?:,|—|--|–))?\s*[a-z]{2,}ing\b")


_PRECEDING_WORD = re.compile(r"(\w+)[ \t\xa0]+$")  # on the same line: a headline ends with "In"


_LIST_COMMA = re.compile(r",[ \t]+")
#: An age set off after a name (*, 44,*): a person's, which no place has.
_AGE_SET_OFF = re.compile(r",[ \t]+\d{1,3},")
#: Nouns a name can follow to say what it names (*the Bergen firm Nordvik Analyse*, *the
#: newspaper Dagbladet*): inside an apposition, that name is no one's subject.
_CLASSIFIER_NOUNS = frozenset(
    """firm company group paper newspaper magazine agency network outlet bank fund institute
tank station website site publisher chain studio label consultancy daily weekly tabloid
broadcaster channel""".split()
)
#: An apposition opened after a name and still open (*Kari Lunde, a pollster at the …*).
_APPOSITION_OPEN = re.compile(r"[A-Za-z.],\s+(?:a|an|the)\s+[^,.;:\"“”\n]{0,80}$")
#: A cleft's opening right before a name (*It was Sen. Ann Lee*, *It is Tom Bly*).
_CLEFT_OPEN = re.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*)It(?:[ \t]+(?:was|is)|['’]s)[ \t]+$")
#: After a cleft's name: an optional aside set off by commas, then *who* or *that*.
_CLEFT_WHO = re.compile(r"(?:,[^,\n]{1,40},)?[ \t]+(?:who|that)\b")


def _cleft_focus(text: str, start: int, vend: int) -> bool:
    """Is the name at ``start`` (its words ending at ``vend``) the focus of a cleft (*It
    was Tom Bly, R-Ohio, who opened the hearing*)? It is the clause's subject then, the
    topic a *he* after it takes up.

    >>> t = "It was Tom Bly, R-Ohio, who opened it."
    >>> _cleft_focus(t, 7, 14), _cleft_focus("It was Tom Bly.", 7, 14)
    (True, False)
    """
    return bool(
        _CLEFT_OPEN.search(text, max(0, start - 12), start) and _CLEFT_WHO.match(text, vend)
    )


#: The start of the sentence that holds a position (after a full stop or a line break).
_CLAUSE_OPEN = re.compile(r"(?:^|[.!?]\s+|\n\s*)([A-Z][a-z]+)[^.!?\n]*$")


def _fronted_be(text: str, at: int) -> bool:
    """Does the sentence before ``was``/``were`` at ``at`` open with a fronted phrase, a
    preposition or a participle (*Among the passengers was Ann Lee*, *Sitting beside her
    was Ann Lee*)? Then the name after the verb is its subject, inverted.

    >>> t = "Sitting across from her, doing her homework, was Ann Lee, 16."
    >>> _fronted_be(t, t.index("was"))
    True
    >>> _fronted_be("The winner was Ann Lee.", 11)
    False
    """
    m = _CLAUSE_OPEN.search(text, max(0, at - 160), at)
    if m is None:
        return False
    first = m.group(1).lower()
    return first in _PREPOSITIONS or first.endswith("ing") and first not in ("during", "nothing")


_PARENTHETICAL = re.compile(r"[ \t\xa0]*\([^()\n]{1,25}\)")


_PREPOSITIONS = frozenset(
    """with of to for by at from in on about against between among into onto
than like including toward towards under over after before behind beside via and or""".split()
)


_NOT_NAMES = word_list("not_names")
#: Capitalised nouns that, after *the*/*a* and its modifiers, describe someone and name no
#: one (*The Democrat, who …*, *the 71-year-old Nebraskan*): a party's member or a state's
#: resident.
_EPITHET_NOUNS = frozenset(
    """Democrat Republican Independent Libertarian Alabamian Alaskan Arizonan Arkansan
Californian Coloradan Delawarean Floridian Georgian Hawaiian Idahoan Illinoisan Hoosier Iowan
Kansan Kentuckian Louisianan Mainer Marylander Michigander Minnesotan Mississippian
Missourian Montanan Nebraskan Nevadan Oklahoman Oregonian Pennsylvanian Tennessean Texan
Utahn Vermonter Virginian Washingtonian Wisconsinite Wyomingite Ohioan Carolinian Dakotan
Jerseyan Yorker Mexican Hampshirite Islander Bostonian Chicagoan Angeleno""".split()
)
#: Right before such a noun: *the* or *a*/*an* and up to three lower-case modifiers.
_EPITHET_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z0-9][\w-]*\s+){0,3}$")

#: The last word of a newspaper's or broadcaster's name (*the Harbury Echo*, *the Dalton
#: Herald*): its first word alone is the town, not the paper.
PUBLICATION_WORDS = frozenset(
    "times post journal examiner herald tribune gazette news review register globe chronicle "
    "magazine star sun daily weekly echo courier sentinel observer mirror telegraph ledger "
    "bulletin dispatch inquirer enquirer advertiser argus press radio tv".split()
)

#: Platforms named in :data:`_NOT_NAMES` (*on Twitter* is a place to post), which speak as
#: companies when they are a reporting verb's subject (*Twitter said in a blog post*).
_PLATFORMS = frozenset("Facebook Twitter YouTube Instagram".split())


def _platform_speaking(text: str, words: list[str], offsets: list[int]) -> bool:
    """Is a run a platform's name alone as a reporting verb's subject (*Twitter said*)?

    >>> _platform_speaking("Twitter said so.", ["Twitter"], [0])
    True
    >>> _platform_speaking("He wrote on Twitter that", ["Twitter"], [11])
    False
    """
    if len(words) != 1 or words[0] not in _PLATFORMS:
        return False
    end = offsets[0] + len(words[0])
    return reporting_after(text[end : end + 40])


#: Days of the week: one opening a run of capitalised words is no part of the name after it.
def _month_named(words: Sequence[str], english: frozenset[str]) -> bool:
    """Is a run opening with a month that is also a woman's first name a person's name
    (*June Halvor*, *April Dunne*): a second word that is no English word (*June Primary*,
    *May Day* are not)?

    >>> _month_named(["June", "Halvor"], english_words()), _month_named(["May", "Day"], english_words())
    (True, False)
    """
    return (
        len(words) >= 2
        and words[0] in all_first_names()
        and words[1][:1].isupper()
        and words[1].lower() not in english
        and words[1] not in _NOT_NAMES
    )


_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
#: Words that make a weekday a time (*Late Wednesday*, *Early Monday*, *Last Friday*).
_TIME_BEFORE_DAY = frozenset("late early last next this since until by".split())
#: Right before a name: a relative in apposition (*His wife, June,*; *her daughter, May,*).
_KIN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?([a-z]+),\s+$")


def _kin_apposition(text: str, start: int, length: int) -> bool:
    """Is the word at ``text[start:start+length]`` a relative's first name set off after a
    kin noun (*His wife, June, was less certain*), though it is also a month or a word?

    >>> _kin_apposition("His wife, June, was less sure.", 10, 4)
    True
    >>> _kin_apposition("In early June, it rained.", 9, 4)
    False
    """
    kin = _KIN_BEFORE.search(text, max(0, start - 30), start)
    return (
        kin is not None
        and kin.group(1) in KIN_WORDS
        and text[start + length : start + length + 1] == ","
        and text[start : start + length] in all_first_names()
    )


_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'-]*")


_SENT_BREAK = re.compile(r"[.!?]['\"”’)]*\s+|\n+|^")


#: A full stop that ends an abbreviation or an initial, not a sentence ("Mr. Trump", "George W.
#: Bush").
_ABBREVIATION = re.compile(
    rf"(?:\b(?:{abbreviation_pattern('title', 'saint', 'plural', 'month', 'other')})"
    r"|(?<![\w.])[A-Z])\.$"
)


class NameMention(NamedTuple):
    """A capitalised name found in the text, with its title split off."""

    start: int  #: start of the whole run (title included)
    end: int
    name_start: int  #: start of the name proper
    name: str  #: the name without title, e.g. "Mark Rutte"
    title: str  #: title words before the name ("" if none)
    kind: str  #: "person", "organisation" or "unknown"
    subject: bool  #: looks like a clause subject (sentence start or before a verb)
    reporting: bool = False  #: the subject of a reporting verb ("Biden said", "said Biden")
    nickname: str = ""  #: a quoted nickname inside the name ("Peggy" in Margaret 'Peggy' Lee)


#: A nickname in quotation marks inside a person's name: *Margaret 'Peggy' Trevanion*,
#: *Robert "Bob" Hale*, *Margaret ‘Peggy’ Trevanion* (one or two capitalised words between
#: a pair of marks of one kind, a capitalised word on each side). Group 1 is the name word
#: before it; the nickname is whichever of groups 2-5 matched.
_NICKNAME = re.compile(
    r"(?=[A-Z])(?<![\w'’])([A-Z][\w'’-]*\.?)[ \t\xa0]+"
    r"(?:'([A-Z][a-z][\w-]*(?:[ \t][A-Z][\w-]*)?)'|‘([A-Z][a-z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)’"
    r"|\"([A-Z][a-z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)\"|“([A-Z][a-z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)”)"
    r"(?=[ \t\xa0]+[A-Z][a-z])"
)


def nicknames(text: str) -> list[tuple[int, int, str]]:
    """The quoted nicknames inside people's names: ``(start, end, nickname)`` of each, the
    span running from the space before the opening mark to the closing mark.

    A word in quotation marks between a first name and a surname is what the person is
    called, not something said: the name is the first name and the surname (*Margaret
    Trevanion*), the nickname one more way the text may name her (*Peggy*, *Peggy
    Trevanion*). The word before it must be a first name, or the nickname one (not
    *Operation "Desert" Storm*, *The "Iron" Lady*).

    >>> t = 'Margaret ‘Peggy’ Trevanion and Robert "Bob" Hale met Operation "Desert" Storm.'
    >>> [(t[a:b], nick) for a, b, nick in nicknames(t)]
    [(' ‘Peggy’', 'Peggy'), (' "Bob"', 'Bob')]
    """
    if not any(c in text for c in "'‘\"“"):
        return []
    out = []
    for m in _nickname_matches(text):
        nick = next(g for g in m.groups()[1:] if g)
        before = m.group(1)
        if before.lower() in function_words() or before.lower() in ("the", "a", "an"):
            continue
        if before not in all_first_names() and nick.split()[0] not in all_first_names():
            continue
        out.append((m.end(1), m.end(), nick))
    return out


#: Where a nickname can be: a space, an opening mark, a capital and a small letter.
_NICKNAME_MARK = re.compile("[ \t\xa0][\"'‘“](?=[A-Z][a-z])")


def _nickname_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_NICKNAME` in ``text``, left to right, without overlap — as
    ``_NICKNAME.finditer(text)`` gives them, but the pattern is tried only at the name word
    before an opening mark that may open a nickname (found by a pattern that opens with a
    character class, fast to scan), at the one place its match could start.

    >>> [m.group() for m in _nickname_matches('Jean-Paul "Jo" Roux said "Yes" Monday.')]
    ['Jean-Paul "Jo"']
    """
    done = 0  # where the last match ended: the next starts no earlier
    for mark in _NICKNAME_MARK.finditer(text):
        end = mark.start()  # the name word ends before the spaces before the mark
        while end > 0 and text[end - 1] in " \t\xa0":
            end -= 1
        word_end = end - 1 if end > 0 and text[end - 1] == "." else end
        start = word_end  # back over the word's characters ([\w'’-])
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
            start -= 1
        # the match opens on a capital at the word's start or after a hyphen in it
        at = next(
            (
                k
                for k in range(max(start, done), word_end)
                if "A" <= text[k] <= "Z" and (k == start or text[k - 1] == "-")
            ),
            None,
        )
        if at is not None and (m := _NICKNAME.match(text, at)) is not None:
            done = m.end()
            yield m


#: A dateline opening a paragraph: a place in capitals, then a dash.
DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Z.'’ -]{2,}[A-Z.])(?:,[ \t]+[A-Z][\w. ]*)?"
    r"(?:[ \t]*\([\w .]+\))?[ \t]*(?:—|–|--|-)[ \t]",
    re.MULTILINE,
)


#: Words that open a sentence before a name ("Even Ghazala Khan wore …").
_OPENING_ADVERBS = frozenset(
    """even only also still meanwhile now then today yesterday
instead indeed perhaps maybe later earlier finally recently first last next already""".split()
)


#: Capitalised words that describe a person's side, not name them ("Republican").
GROUP_SINGULAR = frozenset(
    """republican democrat democratic libertarian conservative liberal
progressive independent socialist""".split()
)


_GROUPS = frozenset(
    """democrats republicans muslims christians jews catholics evangelicals
conservatives liberals progressives libertarians independents""".split()
)


def _plural_group(word: str) -> bool:
    """``Americans``, ``Republicans``: a plural word for a people or a party (not ``Evans``).

    >>> [_plural_group(w) for w in ("Americans", "Republicans", "Evans", "Jones")]
    [True, True, False, False]
    """
    low = word.lower()
    return low in _GROUPS or low.endswith("s") and len(low) > 4 and is_demonym(word[:-1])


def _team_name(text: str, start: int, name: list[str]) -> bool:
    """``the Redmond Foxes``: a name of two words or more after *the*, ending
    in the plural of a common noun, names a team or a group (a person's name takes no
    article, and *Gates* or *Banks* alone is a surname).

    >>> t = "They beat the Redmond Foxes and Ann Banks."
    >>> _team_name(t, t.index("Redmond"), ["Redmond", "Foxes"])
    True
    >>> _team_name(t, t.index("Ann"), ["Ann", "Banks"])
    False
    >>> t = "They joined the Bernie Sanders campaign."
    >>> _team_name(t, t.index("Bernie"), ["Bernie", "Sanders"])
    False
    """
    if len(name) < 2 or not text.endswith(("the ", "The "), max(0, start - 4), start):
        return False
    # used as a modifier ("the Bernie Sanders campaign") it may be a person's name
    after = _WORD_AFTER_NAME.match(text, start + len(" ".join(name)))
    if (
        after is not None
        and after.group(1) not in _AFTER_A_GROUP
        # "The Harbor City Gulls guard scored" (but "the Bernie Sanders supporter")
        and not (after.group(1) in ROLE_WORDS and name[0] not in all_first_names())
    ):
        return False
    low = name[-1].lower()
    if not low.endswith("s") or low.endswith("ss") or not name[-1][1:].islower():
        return False
    singular = _noun_singular(low)
    return singular is not None and singular != low and _place_of(" ".join(name)) is None


#: The lower-case word right after a name, if one follows.
_WORD_AFTER_NAME = re.compile(r"[ \t]+([a-z]+)")
#: Words after a team's name that do not make it a modifier ("the Redmond Foxes in Game 7").
_AFTER_A_GROUP = frozenset(
    "in at on and of to with for by from who which that said say says have had has were are"
    " was is will would".split()
)


@lru_cache(maxsize=4096)
def _noun_singular(word: str) -> str | None:
    """The singular WordNet gives a plural noun (*foxes* -> *fox*), or ``None`` (the
    project's fast reader: NLTK's own spends seconds mapping WordNet versions on load)."""
    from nbutils.entities import wordnet

    return wordnet().morphy(word, "n")


def is_demonym(word: str, any_place: bool = False) -> bool:
    """``Ukrainian``, ``Kenyans``: an adjective or plural whose place is a country
    (with ``any_place``, any place WordNet knows: ``European``, ``Texan``)."""
    if not word.lower().endswith(("an", "ans", "ese", "ish", "i", "is")):
        return False
    place = _place_of(word)
    return (
        place is not None
        and (any_place or place[2] == "country")
        and place[1].lower() != word.lower()
    )


@lru_cache(maxsize=8192)
def _place_of(word: str) -> tuple[str, str, str] | None:
    from nbutils.entities import place_of

    return place_of(word)


_OF_PLACE = re.compile(r"[ \t\xa0]+(of[ \t\xa0]+[A-Z][\w.'’-]*(?:[ \t\xa0]+[A-Z][\w.'’-]*){0,2})")


#: The last text whose sentence starts were read, and those starts: the name finder and
#: the pronoun resolver both need them for the same article, one right after the other.
#: (One pair, read and replaced in one step each: safe when threads share the module.)
_LAST_STARTS: list[tuple[str | None, frozenset[int]]] = [(None, frozenset())]

#: A clock time's *a.m.*/*p.m.* and the day after it (*1 a.m. Wednesday*): no sentence ends.
_CLOCK_DAY = re.compile(
    r"(?<![\w.])[ap]\.m\.[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _sentence_starts(text: str) -> frozenset[int]:
    last = _LAST_STARTS[0]
    if last[0] is text:
        return last[1]
    starts = frozenset(_read_sentence_starts(text))
    _LAST_STARTS[0] = (text, starts)
    return starts


def _read_sentence_starts(text: str) -> set[int]:
    starts = set()
    for m in _SENT_BREAK.finditer(text):
        if (
            m.group()[:1] == "."
            and "\n" not in m.group()  # (a line break ends a paragraph: "She got an A."¶)
            and _ABBREVIATION.search(text, max(0, m.start() - 5), m.start() + 1)
        ):
            continue
        k = m.end()
        if m.group()[:1] == "." and text[k : k + 1].islower() and "\n" not in m.group():
            continue  # "Rep. Jo Doe (D-Ga.) said …": a full stop before a small letter
        if "\n" not in m.group() and _CLOCK_DAY.match(text, max(0, m.start() - 3)):
            continue  # "sent at 1 a.m. Wednesday, Lee wrote …": the time goes on with its day
        while k < len(text) and text[k] in "\"“‘'(«„- —–":
            k += 1
        starts.add(k)
    return starts


def _surname_like(word: str) -> bool:
    """Could ``word`` end a person's name (not a plural common noun like *Cowboys*)?"""
    low = word.lower().rstrip(".")
    if (
        low.endswith("s")
        and low[:-1] in english_words()
        and len(low) > 4
        and low[:-1].capitalize() not in all_first_names()
    ):
        return False
    return low not in ORG_WORDS


def gerund(word: str) -> bool:
    """A capitalised -ing form of an English verb (*Reacting*, *Speaking*, *Using*)?"""
    if not word.endswith("ing") or len(word) < 5:
        return False
    stem = word[:-3].lower()
    english = english_words()
    return (
        stem in english
        or stem + "e" in english
        or (stem[-1:] == stem[-2:-1] and stem[:-1] in english)
    )


#: Last words that make a name a place ("Merced County", "Central Valley").
_PLACE_HEADS = word_list("place_heads")


#: Places for traffic, which never speak (*Ashby Road* is no "it" or "they").
THOROUGHFARES = frozenset("street road avenue boulevard lane drive highway square".split())
#: Place heads that are not surnames: "Marlow Street" and "Marlow County" are places
#: although Marlow is a first name (but "Ellen Park", "Nathan Lane" and "Tom Ridge" are
#: people).
_NEVER_SURNAMES = (
    THOROUGHFARES - {"lane", "drive"}
    | {"airport", "county", "district", "province", "region", "valley", "heights"}
    | {"springs", "falls", "canyon", "peninsula", "islands", "mountains", "junction"}
    | {"township", "borough", "municipality", "prefecture"}
)


def _org_run(words: Sequence[str]) -> bool:
    """Is a run opening a sentence an organisation's name by its last word, so that its
    first word (a dictionary word) is part of the name? A plural people or party
    (*Angry Democrats*) is not.

    >>> _org_run(["Tidemark", "Energy"]), _org_run(["Summit", "Partners"])
    (True, True)
    >>> _org_run(["Angry", "Democrats"]), _org_run(["Former", "DNC"]), _org_run(["Energy"])
    (False, False, False)
    """
    if len(words) < 2:
        return False
    last = words[-1].lower().rstrip(".")
    return (
        last in ORG_WORDS
        and not words[-1].isupper()  # "Former DNC": an acronym names the body by itself
        and not _plural_group(words[-1])
    )


def _of_partitive(
    words: Sequence[str], mid: set[str], english: frozenset[str], lower: set[str]
) -> bool:
    """Does a sentence open with a plural common noun and *of* before a name (*Shares
    of Pinecrest*, *Residents of Dalton*)? The noun is not part of the name. A name
    ending in an organisation word (*Friends of the Earth Group*) is kept whole.

    >>> e = frozenset({"share", "shares", "resident", "residents"})
    >>> _of_partitive(["Shares", "of", "Pinecrest"], set(), e, set())
    True
    >>> _of_partitive(["Bank", "of", "Dalton"], set(), e | {"bank"}, set())
    False
    """
    if len(words) < 3 or words[1] != "of" or words[0] in mid or _org_run(words):
        return False
    low = words[0].lower()
    return (
        low.endswith("s")
        and not low.endswith("ss")
        and (low in lower or low in english or low[:-1] in english)
        and words[0] not in all_first_names()
        and words[0][:-1] not in all_first_names()
    )


def _is_org(words: Sequence[str]) -> bool:
    """Does a name run name an organisation, a group or a place (anything but a person)?

    >>> _is_org(["Merced", "County"]), _is_org(["Republican"]), _is_org(["Mark", "Rutte"])
    (True, True, False)
    >>> _is_org(["Marlow", "Street"]), _is_org(["Ellen", "Park"])
    (True, False)
    >>> _is_org("Parents for Safe Streets".split()), _is_org("Ames Parents for Safe Streets".split())
    (True, True)
    >>> _is_org("Port of Tacoma".split()), _is_org("Port Angeles".split())
    (True, False)
    """
    return _words_org(tuple(words))


@lru_cache(maxsize=8192)
def _words_org(words: tuple[str, ...]) -> bool:
    """:func:`_is_org`, answered once for each run of words (the same names recur)."""
    low = [w.lower().rstrip(".") for w in words]
    if any(w in ORG_WORDS or w + "." in ORG_WORDS for w in low):
        return True
    if any(i + 2 < len(low) and low[i] in _FOR_GROUPS and low[i + 1] == "for" for i in (0, 1)):
        # "Citizens for Fair Hiring", "Americans for Prosperity", "Rennick Citizens for …"
        return True
    if len(low) > 1 and (
        low[0] in _FOR_GROUPS
        or low[0].endswith("s")
        and low[0][:-1] in PERSON_NOUNS
        and words[0] not in all_first_names()
        or low[-1] == "local"
    ):
        # "Taxpayers First Missouri", "Parents United": people in the plural name a group;
        # "Teamsters Local 1142": a union's local
        return True
    if (
        len(low) > 1
        and low[-1] in _PLACE_HEADS
        and (words[0] not in all_first_names() or low[-1] in _NEVER_SURNAMES)
        or len(low) == 1
        and low[0] in GROUP_SINGULAR
    ):
        return True  # "Merced County", "Central Park" (but "Ellen Park" is a person)
    if len(low) > 2 and low[0] == "port" and low[1] == "of":
        return True  # "Port of Tacoma": the public body that runs a harbour, no town
    return all(w.isupper() and len(w) > 1 and "." not in w for w in words) and len(words) == 1


def reporting_after(after: str) -> bool:
    """Does ``after`` (the text following a name or pronoun) open with a reporting verb?

    >>> reporting_after(" said on Monday"), reporting_after(", a senator, told them")
    (True, True)
    >>> reporting_after(" campaign said"), reporting_after(" report")
    (False, False)
    >>> reporting_after(", said she heard it from a family, not from the state.")
    True
    """
    m = _REPORTING_AFTER.match(after)
    if m is None:
        return False
    if _cue_word(m.group(1)):
        return True
    # (", said she learned of it from another family, not from the state": the verb right
    # after the comma, where the apposition's reading ran on to a later comma)
    plain = _REPORTING_AFTER_COMMA.match(after)
    return plain is not None and plain.end() < m.end() and _cue_word(plain.group(1))


#: A reporting verb right after a name's comma (no apposition between).
_REPORTING_AFTER_COMMA = re.compile(r"\s*,\s*" + _BEFORE_REPORTING + r"([a-z]+)\b")


def _cue_word(word: str) -> bool:
    """Is ``word`` a reporting verb's past or present form (*said*, *says*, *told*)?"""
    return lemma_of(word) is not None and (word.endswith(("ed", "s")) or word in IRREGULAR_CUES)


def split_title(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split a capitalised run into (title words, name words).

    >>> split_title("NATO Secretary General Mark Rutte".split())
    (['NATO', 'Secretary', 'General'], ['Mark', 'Rutte'])
    >>> split_title("Secretary of State Hillary Clinton".split())
    (['Secretary', 'of', 'State'], ['Hillary', 'Clinton'])
    >>> split_title(["Obama"])
    ([], ['Obama'])
    >>> split_title(["Justice", "Department"]), split_title(["Judge", "Fox"])
    (([], ['Justice', 'Department']), (['Judge'], ['Fox']))
    """
    title, name = _split_words(tuple(words))
    return list(title), list(name)


#: Title words that also open the names of bodies (*Justice Department*, *General Motors*,
#: *Cardinal Health*): before one organisation word they are part of the name.
_TITLES_OPENING_BODIES = frozenset("justice general cardinal".split())
#: Organisation words that are also common surnames: after such a title word they still
#: name a person (*Justice Fox*, *General Church*), not a body.
_SURNAME_ORG_WORDS = frozenset(
    "fox church post white house press bank banks hall times trust".split()
)


@lru_cache(maxsize=8192)
def _split_words(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """:func:`split_title`, answered once for each run of words (the same names recur)."""
    last = -1
    # titles come before the name: a title word after a first name is a surname
    # ("Representative Peter T. King", "Martin Luther King")
    first_name = next(
        (
            i
            for i, w in enumerate(words)
            if w in all_first_names()
            and w.lower() not in TITLE_WORDS
            and (i + 1 == len(words) or words[i + 1].lower() not in TITLE_WORDS)
        ),
        len(words),
    )  # not "Virginia" in "Virginia Gov. Terry McAuliffe"
    for i, w in enumerate(words[: min(first_name, len(words) - 1)]):
        if w.lower() in TITLE_WORDS:
            last = i
    if (
        last >= 0
        and words[-1].lower() in ORG_WORDS
        and first_name == len(words)
        and (
            len(words) >= 3
            # (two words: "Justice Department", but "Judge Daily", "Sheriff Union" are people)
            or words[0].lower() in _TITLES_OPENING_BODIES
            and words[-1].lower() not in _SURNAME_ORG_WORDS
        )
        and not any(w.endswith(".") or w.lower() in HONORIFICS for w in words)
        and words[last + 1 :]
        and words[-1] not in ("White", "House")
    ):
        # "Gulf Coast Immigrant Justice Network", "Justice Department", "General Motors": a
        # body's name holding a title word, no person's name after it
        return (), words
    if (
        last == 0
        and len(words) >= 3
        and words[1].lower() in ORG_WORDS
        and words[1] not in all_first_names()
        and _place_of(words[-1]) is not None
    ):  # "Justice Watch Georgia": a body's word, then the place it works in
        return (), words
    if last < 0:
        # "Navy SEAL Roy Danner": words before a known first name describe the person
        first = next(
            (
                i
                for i, w in enumerate(words[1:-1], start=1)
                if w in all_first_names()
                and words[i - 1] not in all_first_names()
                and not words[i - 1].endswith(".")
                and words[i - 1] != "of"  # (a place: "Dan Pike of Chester County")
            ),
            None,
        )
        if first is not None and len(words) - first <= 3 and words[-1].lower() not in ORG_WORDS:
            # (not an organisation's name: "Harlow Town Football Club")
            return words[:first], words[first:]
        return (), words
    cut = last + 1
    if cut + 1 < len(words) and words[cut] == "of":
        cut += 2
    if cut >= len(words):
        return words, ()
    return words[:cut], words[cut:]


_SENTENCE_OPENERS = frozenset(
    """despite unlike like under when while after before as if since
although though because until unless during without within across against among amid
amongst toward towards upon via per plus outside inside beyond near behind around throughout
below above beside besides except including regarding""".split()
)


def _foreign_first_name(
    words: list[str], low: str, lower_words: set[str], english: frozenset[str]
) -> bool:
    """Is a sentence-opening word that the word list knows (*Olena*) a first name before
    a surname the list does not know (*Petrenko*)? Only when the text never uses it in
    lower case and it has no adverb, participle or preposition form."""
    return (
        len(words) == 2
        and low not in lower_words
        and words[1].lower() not in english
        and not low.endswith(("ly", "ing", "ed", "s"))
        and low not in _SENTENCE_OPENERS
        and low not in _OPENING_ADVERBS
        and len(low) >= 3
    )


class _RunFeed:
    """The name runs in text order, each followed by what :meth:`push` fed back while it was
    read (the rest of a headline's run after the verb that cut it)."""

    def __init__(self, runs: list[re.Match[str]]) -> None:
        self.runs, self.extra = runs, []

    def __iter__(self):
        for m in self.runs:
            yield m
            while self.extra:
                yield self.extra.pop()

    def push(self, m: re.Match[str] | None) -> None:
        if m is not None:
            self.extra.append(m)


#: What only a person does, right after a word opening a sentence (*Hale was asked*,
#: *Hale said*): that word, a first name too, is someone's name.
_PERSON_PREDICATE = re.compile(
    r"\s+(?:(?:was|is|had been|has been)\s+(?:\w+ly\s+)?(?:asked|questioned|pressed)"
    r"|said|says|told|tells)\b"
)


#: A party's letter and a state beside a name, the AP's way (*R-Texas*, *D-N.Y.*).
_PARTY_DESIGNATION = re.compile(r"[RDI][-–][A-Z]")


def name_mentions(text: str, lower_words: set[str] | None = None) -> list[NameMention]:
    """Every capitalised name run in ``text`` (titles split off), in order.

    >>> [(m.name, m.title) for m in name_mentions("Despite that, US President Donald Trump "
    ...                                            "met MP Ina Sovsun.")]
    [('Donald Trump', 'US President'), ('Ina Sovsun', 'MP')]
    """
    starts = _sentence_starts(text)
    nicks = nicknames(text)
    if nicks:  # the runs are read with each nickname blanked out: one name around it
        chars = list(text)
        for a, b, _nick in nicks:
            chars[a:b] = " " * (b - a)
        runs = list(_RUN.finditer("".join(chars)))
    else:
        runs = list(_RUN.finditer(text))
    runs = _joined_runs(text, runs)  # "the Food and Allied Workers union": one name
    nick_at = {a: nick for a, _b, nick in nicks}
    nick_starts = sorted(nick_at)
    nick_words = {nick.split()[0] for nick in nick_at.values()}
    if lower_words is None:
        lower_words = set(_LOWER_WORD.findall(text))
    mid_capitalised: set[str] = set()
    initial_count: dict[str, int] = {}
    for m in runs:
        words = m.group().split()
        if m.start() not in starts:
            mid_capitalised.update(words)
        else:
            mid_capitalised.update(words[1:])
            initial_count[words[0]] = initial_count.get(words[0], 0) + 1
    english, function = english_words(), function_words()
    titles = TitleLines(text, runs, english)
    out: list[NameMention] = []
    datelines = [(d.start(1), d.end()) for d in DATELINE.finditer(text)]
    according = [a.start() for a in _ACCORDING.finditer(text)]
    dl = 0  # the first dateline that does not end before the run (runs come in order)
    governed_at = -1  # start of the last name governed by a preposition ("in Dalton")
    feed = _RunFeed(runs)
    for m in feed:
        while dl < len(datelines) and datelines[dl][1] <= m.start():
            dl += 1
        if dl < len(datelines) and datelines[dl][0] <= m.start():
            continue  # "WASHINGTON —", "KYIV, Ukraine (AP) —": where, not who
        words = m.group().split()
        opener = text[max(0, m.start() - 2) : m.start()].strip()
        if opener in (",", "(") and _PARTY_DESIGNATION.match(words[0]):
            continue  # "Rep. Sam Okoye, R-Texas, said", "(D-N.Y.)": a party and a state
        if len(words) == 1:
            offsets = [m.start()]
        else:
            offsets = [w.start() + m.start() for w in _WORD_SPLIT.finditer(m.group())]
        k = 0
        initial = m.start() in starts
        while k < len(words):
            w = words[k]
            low = w.lower()
            drop = (
                low in function
                # ("Don Ledbetter", "said Will Ames": a first name that is also a stopword,
                # before the rest of the name, inside a sentence)
                and not (
                    not (initial and k == 0)
                    and k + 1 < len(words)
                    and w in all_first_names()
                    and words[k + 1][:1].isupper()
                    and words[k + 1].lower() not in function
                    and not titles.at(m.start())
                )
                or low in ("the", "a", "an")
                or initial
                and k == 0
                and low in _OPENING_ADVERBS
                and len(words) > 1
                # "Late Wednesday, the mayor …": a time, no name
                or k + 1 < len(words)
                and low in _TIME_BEFORE_DAY
                and words[k + 1] in _WEEKDAYS
                or k > 0
                and w in _WEEKDAYS
                and words[k - 1].lower() in _TIME_BEFORE_DAY
            )
            if not drop and initial and k == 0:
                drop = (
                    w not in mid_capitalised
                    and w not in nick_words  # "Peggy said": the nickname given earlier
                    and (
                        low in english
                        or low in lower_words
                        or low.endswith("s")  # "Friends offered …": a plural noun
                        and len(words) == 1
                        and low[:-1] in english
                        and w[:-1] not in all_first_names()
                    )
                    and not (len(words) > 1 and w in all_first_names())
                    and not (len(words) > 1 and low in TITLE_WORDS)
                    and not len(words) >= 3  # "Black Lives Matter" opening a sentence
                    and not _org_run(words)  # "Tidemark Energy reported": the firm's name
                    and not (initial_count.get(w, 0) >= 2 and low not in lower_words)
                    and not _foreign_first_name(words, low, lower_words, english)
                    and not (
                        len(words) == 1
                        and w in all_first_names()
                        and low not in lower_words
                        and _PERSON_PREDICATE.match(text, m.end())
                    )  # "Hale was asked …", "Hale said …": a name the text never writes small
                )
            if not drop:
                break
            k += 1
        if initial and k == 0 and _of_partitive(words, mid_capitalised, english, lower_words):
            k = 2  # "Shares of Pinecrest rose", "Residents of Dalton said": the name after "of"
        while k < len(words) and words[k].lower() in _CONNECTORS:
            k += 1
        if (
            k < len(words) - 1
            and words[k] in _WEEKDAYS
            and (
                words[k + 1] in all_first_names()
                or words[k + 1].lower() not in english
                or words[k + 1].lower() in TITLE_WORDS
            )
        ):
            k += 1  # "On Monday Ann Lee said": the day is when, the name follows it
        words, offsets = words[k:], offsets[k:]
        cut = None
        if "for" in words:
            cut = next(
                (
                    i
                    for i, w in enumerate(words)
                    if w == "for"
                    and (
                        i == 0
                        or words[i - 1].lower() not in ORG_WORDS
                        and words[i - 1].lower() not in _FOR_GROUPS
                        and not _cause_for_body(words, i)
                    )
                ),
                None,
            )
        if cut is not None:  # "in Ohio for Clinton": two runs
            after = cut + 1
            if after < len(words) and words[after] in ("a", "an", "the"):
                after += 1  # ("in Ohio for a Change")
            if after < len(words):
                feed.push(_RUN.match(text, offsets[after], offsets[-1] + len(words[-1])))
            words, offsets = words[:cut], offsets[:cut]
        if not _PRONOUN_WORDS.isdisjoint(words):
            # "Washington D.C. He recalled": the run crossed a sentence
            cut = next(i for i, w in enumerate(words) if w in _PRONOUN_WORDS)
            words, offsets = words[:cut], offsets[:cut]
        cut = title_case_cue(text, words, offsets) if len(words) > 1 else None
        if cut is not None:  # "Jane Roe Said 'We …'" in a Title-Cased line: the name ends
            rest = cut
            while rest < len(words) - 1 and (
                words[rest].lower() in ADVERBS_BEFORE_CUE or words[rest].endswith("ly")
            ):
                rest += 1  # "Ann Lee Just Said …": past the adverb, then the verb
            if len(words) - rest <= 12 and any(
                w in all_first_names() and w.lower() not in english for w in words[rest + 1 :]
            ):  # "… Praises Editor Matthew Boyle": the rest of a headline names someone,
                # read it as a run (at most 12 words: each word is read a bounded number of times)
                feed.push(_RUN.match(text, offsets[rest + 1], offsets[-1] + len(words[-1])))
            words, offsets = words[:cut], offsets[:cut]
        if words and titles.applies and titles.at(offsets[0]):
            # a Title-Case headline or subhead: a name goes on only over words the body
            # also capitalises, first names, titles and words no dictionary knows
            # ("Clinton Hid Past …" is Clinton, "Latinos Share Fears" names no one)
            keep = next(
                (
                    i
                    for i, w in enumerate(words)
                    if not titles.trusted(w, words[i - 1] if i else "")
                ),
                len(words),
            )
            cut_short = keep < len(words)
            if cut_short:
                rest = words[keep + 1 :]
                if len(rest) <= 12 and any(titles.names(w) for w in rest):
                    # "Black Lawmakers Rip Donald Trump": the rest names someone (a bounded
                    # re-read; a rest naming no one is the headline's words, not a name)
                    feed.push(_RUN.match(text, offsets[keep + 1], offsets[-1] + len(words[-1])))
                words, offsets = words[:keep], offsets[:keep]
            role = len(words)
            while role > 1 and words[role - 1].lower() in TITLE_WORDS:
                role -= 1
            if role < len(words) and words[0].lower() not in TITLE_WORDS:
                # "Interior Nominee Pledges …", "Pentagon Chief Warns …": a word and the role
                # after it name the role's holder, not someone called so
                words, offsets, cut_short = words[:role], offsets[:role], True
            if cut_short and not any(titles.names(w) or w.lower() not in english for w in words):
                words, offsets = [], []  # "Gold Star Mom Corners …": no name before the cut
        while words and (
            words[-1].lower() in _CONNECTORS
            or words[-1].lower() in ("jr.", "sr.")
            and len(words) == 1
        ):
            words, offsets = words[:-1], offsets[:-1]
        if (
            not words
            or len(words) == 1
            and words[0] in _EPITHET_NOUNS
            and _EPITHET_BEFORE.search(text, max(0, offsets[0] - 40), offsets[0]) is not None
            or words[0] in _NOT_NAMES
            and not (len(words) == 1 and _kin_apposition(text, offsets[0], len(words[0])))
            and not _platform_speaking(text, words, offsets)
            and not _month_named(words, english)
            or initial
            and k == 0
            and gerund(words[0])
            and words[0] not in mid_capitalised
        ):
            continue
        title, name = split_title(words)
        if "and" in words:  # a body's name joined by "and" has no title: "… and General …"
            title, name = [], list(words)
        if "of" in name[1:]:
            # "Mayor Maria Lopez of Eastbrook", "John McCain of Arizona": the place is a
            # descriptor (kept by cluster_entities), not part of the name
            i = name.index("of", 1)
            before, place = name[:i], name[i + 1 :]
            if (
                place
                and (title or len(before) >= 2)
                and not _is_org(before)
                and not any(w.lower() in ORG_WORDS for w in before)
            ):
                words, offsets = words[: len(title) + i], offsets[: len(title) + i]
                title, name = split_title(words)
        if all(w.lower() in TITLE_WORDS for w in words) and (not title or len(name) == 1):
            det = _PRECEDING_WORD.search(text, max(0, offsets[0] - 20), offsets[0])
            if det and (det.group(1)[0].islower() or det.group(1).lower() in Closed.DETERMINERS):
                # "the local MP, Kirsty MacLeod", "the Prime Minister said": a title used as
                # a noun (capitalised or not), no name
                continue
        if not name or len(name) > 4 and not (len(name) <= 7 and _is_org(name)):
            continue  # no name, or a Title-Cased headline rather than a name (an
            # organisation may be longer: "Business Council of Northern Ontario")
        start, end = offsets[0], offsets[-1] + len(words[-1])
        name_start = offsets[len(title)]
        kind = "organisation" if _is_org(name) or name[0] in _PLATFORMS else "unknown"
        # "the Kelsworth Echo", "the Dunmore Range": a name after "the", with no title and
        # no first name, names a thing (a paper, a place), not a person
        det = _PRECEDING_WORD.search(text, max(0, start - 20), start)
        thing = (
            det is not None
            and det.group(1).lower() == "the"
            and not title
            and name[0] not in all_first_names()
            and name[-1].lower() not in GROUP_SINGULAR  # "the Utah Republican": a person
        )
        if (
            kind == "unknown"
            and (
                title
                # (not a run of titles alone: "As Prime Minister, the 54-year-old said" names
                # no one, and "Minister" is no person)
                and not all(w.lower() in TITLE_WORDS for w in name)
                or len(name) >= 2
                and _surname_like(name[-1])
                and (
                    name[0] in all_first_names()
                    or name[0][1:2].islower()
                    and name[0].lower() not in english
                    and not thing
                    and _place_of(" ".join(name)) is None  # "Puerto Rico", "San Diego"
                )
            )
        ):
            kind = "person"
        if kind == "unknown" and len(name) == 1 and name[0].endswith(("ans", "ese", "ists")):
            kind = "organisation"  # a plural group: Americans, Chinese, Democrats
        if "and" in name:
            kind = "organisation"  # runs joined by "and" (_joined_runs): a body's name
        if kind != "organisation" and len(name) > 1 and not title and _plural_group(name[-1]):
            kind = "organisation"  # "Muslim Americans", "Senate Republicans"
        if kind != "organisation" and not title and _team_name(text, start, name):
            kind = "organisation"  # "beat the Redmond Foxes": a team, a band, not a man
        if (
            kind != "organisation"
            and not title
            and name[0] not in all_first_names()
            and det is not None
            and det.group(1).lower() in _CLASSIFIER_NOUNS
        ):
            kind = "organisation"  # "the Bergen firm Nordhav Energi", "the Oslo daily Tidend"
        of_place = _OF_PLACE.match(text, end)  # "Michael Dorsey of Washington, D.C., said"
        vend = of_place.end() if of_place else end
        paren = _PARENTHETICAL.match(text, vend)  # "Rep. Sander Levin (D-Mich.), …, said"
        vend = paren.end() if paren else vend
        after = text[vend : vend + 90]
        if kind == "unknown":
            nxt = _NEXT_WORD.match(after)
            if (
                nxt
                and not thing  # "the Kelsworth Echo reported": a paper
                and not _PLURAL_HEAD_AFTER.match(after)  # "Treasury notes fell": a noun
                and nxt.group(1).endswith(("ed", "s", "d", "ld", "te"))
                and lemma_of(nxt.group(1)) is not None
                and not _NAME_ASIDE.match(after)  # "in Tolby, Tom Pardew, wrote": his verb
                and not PLACE_BEFORE.search(text, max(0, start - 40), start)
                # ("a clerk in Dover, who …, said": the clerk's verb, Dover is a place)
            ):
                kind = "person"  # the subject of a reporting verb: "Palmieri said"
            elif text.find("Asked", max(0, start - 160), start) >= 0 and _ASKED_BEFORE.search(
                text, max(0, start - 160), start
            ):  # (the word first: found at once, where the pattern reads every position)
                kind = "person"  # "Asked about the poll, Brink shrugged": one who is asked
        before = det  # the word before the name, on its line
        if "and" in name and before is not None and before.group(1) == "the":
            # "talks between the company and the … Workers' Federation broke down": the
            # word before "the" tells whether a joined body's name is governed
            before = (
                _PRECEDING_WORD.search(text, max(0, before.start() - 20), before.start()) or before
            )
        absolute = (
            before is not None
            and before.group(1).lower() == "with"
            and bool(_ING_AFTER.match(text, vend, vend + 200))
        )  # "…, with Hillary Clinton — who … — lambasting the plan": a clause's subject
        # "The pallets were empty, and Pickrell was counting": "and" after a comma joins
        # a clause, whose subject the name is
        clause_and = (
            before is not None
            and before.group(1) == "and"
            and text[max(0, before.start() - 2) : before.start()].rstrip().endswith(",")
            and bool(_VERB_AFTER.match(text, vend, vend + 200))
        )
        subject = (
            before is None
            or before.group(1).lower() not in _PREPOSITIONS
            or before.group(1) in ("And", "But", "Or", "Yet", "So")
            or absolute
            or clause_and
        )  # "And Donald, then …, did"
        inverted = (
            before is not None
            and before.group(1).lower() in _INVERTED_CUES
            and not _CLAUSE_AUXILIARY.match(text, vend)
            or _inverted_after_description(text, start, function)
            or before is not None
            and before.group(1) in ("was", "were")
            and _fronted_be(text, before.start())
        )
        subject = (
            subject
            and (
                start in starts
                or bool(_VERB_AFTER.match(text, vend, vend + 200))
                # "Carey read it out": "read" right after the name (not after an aside:
                # "the union's president, Ann Fisk, read a statement" is hers to read)
                or text.startswith((" read ", " reread "), vend)
                or _verb_after_affiliation(text, vend)
            )
            or inverted
            or absolute
            or _cleft_focus(text, start, vend)
            or _apposed_subject(text, start, vend)
        )
        governed = (
            before is not None
            and before.group(1).lower() in _PREPOSITIONS
            and before.group(1) not in ("And", "But", "Or", "Yet", "So")
            and not absolute
            and not clause_and
        )
        if (
            before is not None
            and before.group(1).lower() in _CLASSIFIER_NOUNS
            and _APPOSITION_OPEN.search(text, max(0, before.start() - 100), before.start())
        ):
            # "Kari Lunde, a pollster at the Bergen firm Nordvik Analyse, whose …, said": a
            # name that only names the noun before it, inside an apposition, is no subject
            subject, inverted, governed = False, False, True
        if (
            out
            and _LIST_COMMA.fullmatch(text, out[-1].end, start)
            and out[-1].start == governed_at
            and text.startswith(",", end)
            and not (
                kind == "person"
                and out[-1].kind != "person"
                and (
                    title
                    or len(name) >= 2
                    and (name[0] in all_first_names() or _AGE_SET_OFF.match(text, end))
                )
            )
        ):
            # "in Boulder, Colorado, in September, said": the second place is governed too (not a
            # person after an organisation or a place: "a biologist at Tollmouth University,
            # Dr. Ravi Menon, said", "a reader in Tolby, Tom Pardew, wrote", "At a station in
            # Columbus, Darnell Hughes, 44, watched": the person is the subject in apposition)
            subject, inverted, governed = False, False, True
        if governed:
            governed_at = start
        nickname = ""
        if nick_at:
            k = bisect.bisect_right(nick_starts, start)
            if k < len(nick_starts) and nick_starts[k] < end:
                nickname = nick_at[nick_starts[k]]  # "Margaret 'Peggy' Trevanion": a person
                kind = "person" if kind == "unknown" else kind
        out.append(
            NameMention(
                start,
                end,
                name_start,
                " ".join(name),
                " ".join(title),
                kind,
                subject,
                inverted
                or not governed
                and reporting_after(after)
                and not _PLURAL_HEAD_AFTER.match(after)
                or _according_before(text, start, according),
                nickname,
            )
        )
    return _shared_surnames(text, out, english)


def _shared_surnames(text: str, out: list[NameMention], english: set[str]) -> list[NameMention]:
    """``Omar and Leila Haddad``: a first name alone, *and*, then a full name — two people
    who share the surname (a couple, siblings); the first is named ``Omar Haddad``, not
    ``Omar``, so that *Mr. Haddad* can find him. Only a word the text names nobody else
    by: not a surname of the text (*Christie and John Kasich*, Chris Christie being in the
    text), not a name the text uses again on its own (*Obama and Hillary Clinton*)."""
    pairs = [
        n
        for n in range(len(out) - 1)
        if text[out[n].end : out[n + 1].start] == " and " and " " not in out[n].name
    ]
    if not pairs:
        return out
    surnames = {m.name.rsplit(" ", 1)[-1] for m in out if " " in m.name}
    alone: dict[str, int] = {}
    for m in out:
        alone[m.name] = alone.get(m.name, 0) + 1
    for n in pairs:
        a, b = out[n], out[n + 1]
        words = b.name.split()
        if (
            not a.title
            and " " not in a.name
            and len(words) == 2
            and text[a.end : b.start] == " and "
            and b.kind == "person"
            and a.name.lower() not in english
            and a.name not in words
            and a.name not in surnames
            and alone[a.name] == 1
        ):
            out[n] = a._replace(name=f"{a.name} {words[-1]}", kind="person")
    return out

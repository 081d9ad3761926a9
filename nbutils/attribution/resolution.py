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

import bisect
import functools
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from nbutils.attribution.frame import Tok
from nbutils.attribution.records import Speaker
from nbutils.attribution.syntax import (
    _DAYS,
    _TIME_NOUNS,
    _TIME_OPENERS,
    NP,
    PREP_IN_NP,
    SPEECH_NOUNS,
)
from nbutils.attribution.transcripts import ANSWER_LABELS, QUESTIONER_LABELS
from nbutils.cues import lemma_of
from nbutils.entities import place_of
from nbutils.lexicons import word_list
from nbutils.speakers import (
    ORG_WORDS,
    PERSON_NOUNS,
    PRONOUNS,
    Entities,
    Entity,
    all_first_names,
    name_gender,
    role_of,
)
from nbutils.speakers.names import (
    HONORIFICS,
    KIN_WORDS,
    TITLE_WORDS,
    inflected_verb,
    reporting_after,
    title_cased_line,
)
from nbutils.speakers.resolution import offices, people_word, singular
from nbutils.speakers.roles import wordnet_person

#: Heads of a mention that is no speaker ("it", "this", "the thing").
_NOT_SPEAKER = frozenset(
    """it this that what which there who whom whose these those thing things
time way day year week month
""".split()
)
#: "the company", "the firm": the business named last (Entities.last_company).
_COMPANY_HEADS = frozenset({"company", "firm"})
#: Heads of a description that names an organisation already named ("the company").
_GENERIC_ORG_HEADS = frozenset("company firm group organisation organization team club".split())
#: Generic heads that name an organisation of a kind already named (*the airline*,
#: *the union*), with the words of a name that show that kind (*Kelby Airways*,
#: *Food and Allied Workers Union*); a name described so (*Kelby, a regional airline*)
#: fits too. Heads in :data:`_LOOSE_ORG_HEADS` fit any company when no name fits.
_GENERIC_ORG_KINDS: dict[str, frozenset[str]] = {
    head: frozenset(words.split())
    for heads, words in (
        ("airline", "airline airlines airways air aviation jet jets"),
        (
            "carrier",
            "airline airlines airways air aviation jet jets telecom mobile wireless"
            " shipping lines freight logistics",
        ),
        (
            "bank lender",
            "bank banks bancorp banking capital financial savings credit mortgage loans finance",
        ),
        ("insurer", "insurance assurance mutual underwriters"),
        (
            "retailer chain",
            "stores store mart market markets shops shop goods outlet outlets"
            " foods grocers pharmacy restaurants hotels coffee brands",
        ),
        ("automaker carmaker", "motors motor auto autos automotive cars"),
        ("utility", "energy power electric electricity gas water utilities utility"),
        ("broadcaster", "tv television radio broadcasting channel news network"),
        ("publisher", "press books publishing publications publishers media"),
        ("startup", "labs technologies tech systems software robotics ai therapeutics"),
        ("union", "union workers federation guild teamsters brotherhood employees"),
        (
            "agency",
            "agency administration enforcement service bureau commission authority department",
        ),
    )
    for head in heads.split()
}
#: A union's name that none of its words says (*the Dayton Education Association*).
_UNION_NAME = re.compile(
    r"\b(?:Education|Teachers|Nurses|Police|Benevolent|Faculty|Employees)\s+Association$"
)
_LOOSE_ORG_HEADS = frozenset("retailer chain startup publisher carrier lender".split())
#: Determiners and possessives dropped from an unnamed speaker's description.
_DETERMINERS = ("the", "a", "an", "its", "his", "her", "their", "our", "my", "your")


class Discourse(NamedTuple):
    """What the engine knows of the article so far, quote by quote (explicit state that
    resolution reads; the engine makes a new one after each quote)."""

    last: Speaker | None = None  #: the last speaker found (a follow-on inherits it)
    last_para: int = -10  #: the paragraph of the last direct or follow-on quote
    last_end: int | None = None  #: where the last attributed quote ends
    speakers: tuple[Entity, ...] = ()  #: the entities quoted so far, in order
    other: Speaker | None = None  #: the named speaker before ``last`` (another person)
    turn: bool = False  #: the last quote was a turn of an exchange (see ``answer-turn``)
    #: people of unknown gender a *he*/*she* attributed a quote to, with that gender
    said: tuple[tuple[Entity, str], ...] = ()
    #: who took turns with whom in an exchange (a speaker's name, the other party)
    partners: tuple[tuple[str, Speaker], ...] = ()
    #: people the quotation being attributed names in the third person: not its *he*/*she*
    barred: tuple[Entity, ...] = ()

    @property
    def answerer(self) -> Speaker | None:
        """Who answers the last speaker's question: the one who last took turns with that
        speaker in an exchange (an interviewer back to her guest after someone else's quote),
        else the named speaker before the last."""
        if self.last is not None and self.last.name is not None:
            for name, other in reversed(self.partners):
                if name == self.last.name:
                    return other
        return self.other

    @property
    def last_entity(self) -> Entity | None:
        return self.last.entity if self.last else None


#: Heads of a noun phrase that can speak as "it": an organisation or a document.
#: Things that can "read" or "say" something as *it*: a sign, a letter, a post.
_DOCUMENTS = word_list("documents")
#: Nouns for what someone says that are theirs (*his closing line*, *her last remark*).
_OWNED_SPEECH_NOUNS = word_list("owned_speech")


_IT_HEADS = _DOCUMENTS | word_list("it_heads")
#: What an owner issues and speaks through (*the mayor's reply*, *the council's resolution
#: says*, *the court's ruling says*): the speaker is the owner.
_ISSUED_PAPERS = _DOCUMENTS | {"resolution", "resolutions"}
#: Papers served on someone, not issued by them (*Hale's indictment says*: the court's).
_SERVED_PAPERS = frozenset(
    """indictment complaint subpoena summons warrant verdict sentence order ruling lawsuit
suit charge charges judgment""".split()
)


def _owner_speaks_through(span: list[Tok], pos: int) -> bool:
    """Does the owner before the possessive at ``pos`` speak through the noun after it: any
    owner through a speech noun (*the mayor's reply*), a named one or an organisation
    through a document it issued (*the council's resolution*, *Axelrod's memoir*), not
    through a paper served on it (*Hale's indictment*) nor a thing through its sign?"""
    noun = span[-1].low
    if noun in SPEECH_NOUNS:
        return True
    if noun not in _ISSUED_PAPERS or noun in _SERVED_PAPERS or pos < 1:
        return False
    owner = span[pos - 1]
    return owner.is_proper or owner.low in ORG_WORDS


#: An opening adverbial before a sentence's subject: "For instance, ", "Still, ".
_OPENER = (
    r"(?:(?:[A-Z][a-z]+(?:\s+[a-z]+)?|In\s+(?:a|its|the)\s+[a-z]+"
    # a place or a time before the subject: "Outside the town hall, ", "On the pavement by
    # the gate, ", "Outside the Labor Department on Friday afternoon, ", "On Friday, "
    r"|(?:On|Outside|Inside|At|Near|Across|Along|Behind|Beside|By|After|Before|During|Later|"
    r"Earlier|Down|Up|Back|Out|Over|Around)\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+),\s+)?"
)


_IT_SUBJECT = re.compile(
    r"\s*(?:[A-Z][A-Za-z]+(?:,\s+[\d:]+\s+[ap]\.m\.)?:\s+)?"
    + _OPENER
    + r"(?:The\s+|the\s+|A\s+|a\s+|Its\s+|its\s+|His\s+|his\s+|Her\s+|her\s+)?"
    # (not a prepositional phrase: "In a statement released …, it called …")
    r"(?!(?:In|On|At|After|Before|During|From|For|By|With|Under|Since|Amid|Despite)\s)"
    r"((?:[A-Z][\w.&-]*\s+)*?(?:[A-Z][\w.&-]*['’]s\s+)?(?:[a-z\d][\w-]*\s+){0,2}?([a-z]+))"
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


_THEY_SUBJECT = re.compile(
    r"\s*" + _OPENER + r"(?:(?:But|And|Yet|So)\s+)?(?:The|the|Many|Some|Several|Most)\s+"
    r"(?!of\b)((?:[a-z][\w'’-]*\s+){0,2}([a-z]+s))\b"
)  # (a possessive among the modifiers: "The valley's elected councils said")


#: A counted plural opening a sentence ("Two first-year engineering students, Ann Roe and
#: Tom Bell, said …", "Both nurses said", "About 60 swimmers waved signs"): the count is
#: part of the description (an approximation before it is not).
_THEY_COUNTED_SUBJECT = re.compile(
    r"\s*" + _OPENER + r"(?:(?:But|And|Yet|So)\s+)?"
    r"(?:(?:[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost|[Rr]oughly|[Ss]ome|[Oo]ver|[Mm]ore\s+than)\s+)?"
    r"((?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Both|\d{1,3}|[Aa]\s+few(?:\s+dozen|\s+hundred)?"
    r"|[Aa]\s+dozen|[Aa]\s+handful\s+of|[Ss]everal\s+dozen|[Dd]ozens\s+of|[Hh]undreds\s+of)\s+(?!of\b)"
    # (a capitalised plural of a party or people: "Two Republicans involved in the count")
    r"(?:[a-z][\w'’-]*\s+){0,3}?([a-z]+s|[A-Z][a-z]+s|men|women|people))\b"
)
#: A part of a group opening a sentence ("Several of Pascoe's former pupils came"), or a
#: possessed plural ("Vale's supporters packed the hall"): the group is the plural.
_THEY_PARTITIVE_SUBJECT = re.compile(
    r"\s*" + _OPENER + r"(?:(?:But|And|Yet|So)\s+)?(?:(?:Several|Many|Some|Most|All|Both|Two|"
    r"Three|Four|Five|Dozens|Hundreds|Thousands)\s+of\s+(?:the|his|her|their|its|"
    r"[A-Z][\w'’-]*['’]s)|[A-Z][\w'’-]*['’]s)\s+((?:[a-z][\w'’-]*\s+){0,2}?([a-z]+s))\b"
)
#: A plural noun opening a sentence without a determiner ("Residents packed the hall",
#: "On Friday, employees gathered").
_THEY_BARE_SUBJECT = re.compile(r"\s*" + _OPENER + r"([A-Z][a-z]+s|(?<=, )[a-z]+s)\b(?!['’])")
#: ... or after one or two modifiers ("Transit advocates said", "Angry local parents").
#: (an initialism's plural for people too: "Conservative MPs", "Several Labour MEPs")
_THEY_MODIFIED_SUBJECT = re.compile(
    r"\s*([A-Z][a-z]+\s+(?:[a-z][\w-]*\s+)?(?:[a-z]+s|[A-Z]{2,4}s))\b(?!['’])"
)
#: A group of people opening a sentence ("A group of employees gathered", "Outside, a
#: crowd of about 200 protesters chanted"): the people.
_THEY_GROUP_SUBJECT = re.compile(
    r"\s*" + _OPENER + r"(?:(?:But|And|Yet|So)\s+)?(?:[Aa]|[Tt]he)\s+(?:small\s+|large\s+)?"
    r"(?:group|crowd|handful|delegation|busload|line|knot)\s+of\s+(?:about\s+\d+\s+|\d+\s+)?"
    r"((?:[a-z][\w'’-]*\s+){0,2}?(?:[a-z]+s|men|women|people))\b"
)


def _they_antecedent(
    text: str, offset: int, ents: Entities, sentences: int = 2
) -> tuple[int, str] | None:
    """The group a *they* at ``offset`` stands for, with its offset: the subject of one of
    the last sentences that names people in the plural — a plural description (*The
    protesters, many of whom …, said …*, *Residents packed the hall*) or two people joined
    by *and* (*Professors Ann Lowe and Tom Bell suggest …*).

    >>> from nbutils.speakers import cluster_entities
    >>> t = 'Ann Lowe and Tom Bell studied trade. "It hurt," they wrote.'
    >>> _they_antecedent(t, t.index("they"), cluster_entities(t))
    (0, 'Ann Lowe and Tom Bell')
    """
    starts = ents.sentence_starts
    k = bisect.bisect_right(starts, offset) - 1
    n, last = k, k - sentences
    own = ents._enclosing(offset)  # (a quotation's own words name no one who said it)
    while n >= max(0, last):
        if n < k and _THEY_OPENS.match(text, starts[n]):
            last -= 1  # "They sent a letter …": the chain goes on to whom they are
        elif (
            n < k
            and last > k - 2 * sentences - 2
            and _THEY_INSIDE.search(
                text,
                starts[n],
                min(starts[n + 1] if n + 1 < len(starts) else offset, starts[n] + 400),
            )
        ):
            last -= 1  # "There are thirty of them, and they …": still about them (bounded)
        elif n < k and last > k - 2 * sentences - 2 and ents._excluded(starts[n]):
            last -= 1  # a sentence inside a quotation names no one "they" can be
        if own is None and ents._excluded(starts[n]):
            n -= 1  # ""Workers will remember," they said": the quote's first word is no group
            continue
        pair = _people_and(text, starts[n], offset, ents)
        if pair is not None:  # (before "Professors" alone, their title)
            return pair
        family = _FAMILY_SUBJECT.match(text, starts[n])
        if family is not None and family.start(1) < offset:  # "Her family said …"
            return family.start(1), family_description(family.group(1))
        m = (
            _THEY_SUBJECT.match(text, starts[n])
            or _THEY_COUNTED_SUBJECT.match(text, starts[n])
            or _THEY_PARTITIVE_SUBJECT.match(text, starts[n])
            or _THEY_BARE_SUBJECT.match(text, starts[n])
            or _THEY_GROUP_SUBJECT.match(text, starts[n])
            or _THEY_MODIFIED_SUBJECT.match(text, starts[n])
        )
        if m is not None and m.start(1) < offset:
            word = m.group(1).lower().split()[-1]
            # the plural head names people ("The local parents"), not a verb after a
            # singular subject ("The mayor flies to Lisbon")
            if _people_plural(word) or (
                _bodies_plural(word) and not _AFTER_VERB.match(text, m.end(1))
            ):  # ("The dispute centers on …": a verb, not "the councils")
                return m.start(1), " ".join(m.group(1).split())
        n -= 1
    return None


_THEY_OPENS = re.compile(r"\s*(?:They|they)\b")
#: A sentence about a group already named: "they" or "them" inside it.
_THEY_INSIDE = re.compile(r"\b(?:they|them)\b")


#: Nouns for a group of relatives, singular in form, that the text goes on to call *they*
#: (*The Pyke family said … They added*, *The couple said*).
FAMILY_NOUNS = frozenset({"family", "couple", "relatives", "parents"})
#: A sentence opening on a family (*Her family said*, *In a statement, the Pyke family
#: said*, *But his parents …*).
_FAMILY_SUBJECT = re.compile(
    r"\s*" + _OPENER + r"(?:(?:But|And|Yet|So)\s+)?((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?:[A-Z][\w'’-]*\s+)?(?:family|couple|relatives|parents))\b(?!['’])"
)


def family_description(mention: str) -> str:
    """How a family speaking unnamed is called: the possessive kept (*her family*: whose
    it is, as the text says it), a surname kept (*Pyke family*), an article dropped.

    >>> family_description("The Pyke family"), family_description("Her family")
    ('Pyke family', 'her family')
    """
    words = mention.split()
    if words[0].lower() in ("his", "her", "their", "its", "our", "my"):
        words[0] = words[0].lower()
    elif words[0].lower() in ("the", "a", "an") and len(words) > 1:
        words = words[1:]
    return " ".join(words)


#: Plural nouns for people that do not end in *-s* (*thousands of people*, *the women*).
_IRREGULAR_PEOPLE = frozenset("people women men children folks".split())
#: Words that count people before a plural (*thousands of Germans*, *the three economists*).
_COUNTING = re.compile(
    r"(?:\b(?:the|these|those|some|many|most|several|other|both|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|a\s+dozen|dozens\s+of|hundreds\s+of|thousands\s+of|millions\s+of|"
    r"a\s+few(?:\s+dozen|\s+hundred)?|a\s+handful\s+of|several\s+dozen|"
    r"[\d,]+|[A-Z][\w.-]*['’]s|his|her|their|our)\s+(?:[a-z][\w-]*\s+){0,2})$",
    re.IGNORECASE,
)
#: Between two people of a pair, the first may have an apposition ("Ann Lowe, a pastor, and").
_AND_APPOSED = re.compile(r"(?:\s*,[^,;.\"“”\n]{1,60})?,?\s+and\s+")
#: Endings of a capitalised plural for people of a place, counted (*thousands of Germans*,
#: *many New Yorkers*, *two Iowans*).
_DEMONYM_ENDINGS = ("ans", "ers", "ites")
#: Before a pair: partners of the group, not the group ("they wrote with Ann Lowe and …").
_WITH_BEFORE = re.compile(r"\bwith\s+$", re.IGNORECASE)
_PLURAL_WORD = re.compile(r"\b([A-Za-z][a-z-]+)\b(?!['’])")
#: How far back (in characters) from the pronoun a group in any position is looked for:
#: the sentence of the pronoun and the one before, and never more than this.
_GROUP_WINDOW = 600


#: After a would-be plural subject: what follows a verb, not a subject (*centers on*).
_AFTER_VERB = re.compile(r"\s+(?:on|in|at|to|from|with|of|around|about|for|the|a|an|its|their)\b")


def _bodies_plural(word: str) -> bool:
    """Is ``word`` a plural noun for organisations (*councils*, *unions*, *companies*),
    which a sentence's *they* takes up as it does a group of people?

    >>> _bodies_plural("councils"), _bodies_plural("companies"), _bodies_plural("plans")
    (True, True, False)
    """
    low = word.lower()
    if not low.endswith("s") or low.endswith("ss"):
        return False
    return low[:-1] in ORG_WORDS or low.endswith("ies") and low[:-3] + "y" in ORG_WORDS


def _people_plural(word: str) -> bool:
    """Is ``word`` a plural noun for people (*parents*, *economists*, *women*)?"""
    low = word.lower()
    if low in _IRREGULAR_PEOPLE:
        return True
    if not low.endswith("s") or low.endswith("ss"):
        return False
    return role_of(low) is not None or low[:-1] in PERSON_NOUNS


#: A sentence that already speaks of a group as *they* (or opens on a quantifier standing
#: for it: *Several told us …*), outside quotations.
_THEY_CHAIN = re.compile(
    r"\s*(?:(?:Several|Some|Many|Most|Others|Both|All|Few|A\s+few)\s+[a-z]+(?:ed|s)\b"
    r"|[^\"“”]*?\b[Tt]hey\b)"
)


def _group_nearby(
    text: str, offset: int, ents: Entities, bare: bool = False
) -> tuple[int, str] | None:
    """The last group of people named anywhere — not only as a subject — in the sentence
    of a *they* at ``offset`` or the one before, outside quotations, with its offset: a
    counted or determined plural noun (*greeted by thousands of Germans*, *met the parents*,
    *a study by three economists*) or two people joined by *and* (*critics include Ann Lowe
    and Tom Bell*). Looks back at most :data:`_GROUP_WINDOW` characters. ``bare``: any
    lower-case plural for people, counted or not (*surrounded by reporters*), and no pair —
    the group a lone *one* speaking there belongs to.

    >>> from nbutils.speakers import cluster_entities
    >>> t = 'The mayor met the parents in the hall. "It is cruel," they told her.'
    >>> _group_nearby(t, t.index("they"), cluster_entities(t))
    (14, 'parents')
    """
    starts = ents.sentence_starts
    k = bisect.bisect_right(starts, offset) - 1
    back, window = k - 1, _GROUP_WINDOW
    while (
        back >= 1
        and back > k - 4
        and (
            ents._excluded(starts[back]) or _THEY_CHAIN.match(text, starts[back], starts[back + 1])
        )
    ):
        # "Tell that to the players. I asked how they heard. "…," they said": the sentence
        # before speaks of them already (or is quoted), so the chain goes one further back
        back, window = back - 1, window + _GROUP_WINDOW // 2
    a = max(starts[back] if k >= 1 else 0, offset - window, 0)
    best: tuple[int, str] | None = None
    for m in _PLURAL_WORD.finditer(text, a, offset):
        word = m.group(1)
        if word[-1] != "s" and word.lower() not in _IRREGULAR_PEOPLE or ents._excluded(m.start()):
            continue
        before = text[max(a, m.start() - 40) : m.start()]
        counted = _COUNTING.search(before)
        demonym = word[0].isupper() and word.endswith(_DEMONYM_ENDINGS) and counted is not None
        if not (demonym or _people_plural(word)):
            continue
        if word[0].isupper() and counted is None and m.start() > starts[max(k, 0)]:
            continue  # a capitalised word needs a count ("many Americans"), not "Evans"
        if bare and word[0].isupper():
            continue
        if word[0].islower() and counted is None and not bare:
            continue  # a bare plural inside a clause is too often generic ("jobs for workers")
        begin = m.start() if counted is None else m.start() - len(counted.group())
        best = (begin, word)
    if bare:
        return best
    for i in range(bisect.bisect_left(ents._starts, a), len(ents.mentions) - 1):
        m1, m2 = ents.mentions[i], ents.mentions[i + 1]
        if m2.start >= offset:
            break
        e1, e2 = ents._by_mention[i], ents._by_mention[i + 1]
        if (
            _AND_APPOSED.fullmatch(text, m1.end, m2.start)
            and "organisation" not in (e1.kind, e2.kind)
            and "person" in (e1.kind, e2.kind)
            and not ents._excluded(m1.start)
            and not text.startswith(("'s", "’s"), m2.end)
            and not _WITH_BEFORE.search(text, max(0, m1.start - 6), m1.start)
            and (best is None or m1.start > best[0])
        ):
            best = (m1.start, f"{e1.canonical} and {e2.canonical}")
    return best


def _people_and(text: str, a: int, offset: int, ents: Entities) -> tuple[int, str] | None:
    """Two people joined by *and* opening the sentence at ``a`` (a title before them
    allowed, and a relative's noun before the second: *Dan Mercer and his son, Tom,*):
    *Professors Ann Lowe and Tom Bell* -> (offset, 'Ann Lowe and Tom Bell')."""
    first = ents.entity_at(a, min(offset, a + 40))
    if first is None or first.kind == "organisation":
        return None
    i = bisect.bisect_left(ents._starts, a)
    if i + 1 >= len(ents.mentions):
        return None
    m1, m2 = ents.mentions[i], ents.mentions[i + 1]
    e1, e2 = ents._by_mention[i], ents._by_mention[i + 1]
    if (
        m1.start > a + 25
        or m2.start >= offset
        or not _AND_BETWEEN.fullmatch(text, m1.end, m2.start)
        or "person" not in (e1.kind, e2.kind)
        or "organisation" in (e1.kind, e2.kind)
    ):
        return None
    return m1.start, f"{e1.canonical} and {e2.canonical}"


_AND_BETWEEN = re.compile(
    r",?\s+and\s+(?:(?:his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,\s+)?"
)  # ("Dan Mercer and his son, Tom, run the farm": the pair is Dan Mercer and Tom)


_IT_OBJECT = re.compile(
    r"\b(?:a|an|the|his|her|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"([a-z]+)\b"
)


#: After an unnamed speaker: why the name is withheld ("who spoke on condition of anonymity").
_ANONYMITY = re.compile(
    r"[^.;\"“”]{0,60}?\b(?:anonymity|anonymously|not (?:to )?(?:be )?(?:named|identified)"
    r"|declined to be (?:named|identified)"
    r"|not authori[sz]ed to (?:speak|discuss|comment)"
    # "who asked that her name not be used", "only if his name was withheld", "had not
    # been cleared to talk"
    r"|(?:his|her|their)\s+names?\s+(?:not\s+be\s+(?:used|published|given)|(?:be|was|were)\s+withheld)"
    r"|not\s+(?:been\s+)?cleared\s+to\s+(?:speak|talk|comment)"
    r"|(?:did|would|could) not name (?:him|her|them)"  # "… if we did not name him"
    # "who would talk only if neither she nor her agency was named", "only if his name
    # was left out"
    r"|only\s+(?:if|on\s+condition\s+that)\b[^.;\"“”]{0,50}?\b(?:named|identified|left\s+out))"
)
#: The same further on, past a phrase after the description (*One senator up for
#: re-election in a state with a large base, who would only talk if we did not name him*).
_ANONYMITY_FAR = re.compile(r"[^.;\"“”]{0,60}?" + _ANONYMITY.pattern)


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
    earlier = _document_named_before(text, span, s, ents, state)
    if earlier is not None and earlier is not _UNRESOLVED:
        # "His office said in a statement … "…," the statement said"
        return earlier._replace(start=s, end=e, mention=mention, pronoun=False)
    issuer = (
        _issuer_named_after(text, span, ents, state)
        or _issued_by_after(text, span, ents)
        or _issued_in_clause(text, span, ents, state)
    )
    if issuer is not None:  # "a statement from Brix Foods said", "… from the firm said"
        return issuer._replace(start=s, end=e, mention=mention, pronoun=False)
    author = _act_author(text, span, s, ents) if earlier is None else None
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
    found = (
        _one_party_member(text, span, mention, s, e)
        or resolve_headline_role(span, mention, s, e, ents)
        or _party_epithet(mention, s, e, ents)
        or _anonymous_unheld(text, span, mention, s, e, ents)
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
    m = _SERVING_ONE_OF.search(text, max(0, s - 60), s)
    if m is None:
        return None
    head = m.group(1).lower()
    if head not in PERSON_NOUNS and role_of(head) is None:
        return None
    det = text[m.start() :].split(maxsplit=1)[0]
    name = text[m.start() + len(det) : e].strip()
    return Speaker(name, m.start(), e, text[m.start() : e], role_of(head), None, False)


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
        return Speaker("reporter", s, e, mention, "journalist", None, False)
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
    if text.count("\n", 0, s) > 1 or span[0].low in ("the", "this", "that"):
        return None  # (not the lead; *the ambassador* takes up someone named before)
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
            w.strip(",.").lower().removesuffix("'s").removesuffix("’s")
            for t in ent.titles + ent.descriptors
            for w in t.split()
        }
        # (further on, the description must share a word besides its noun: "a lawyer for
        # the family" … "The family's lawyer, Ann Roe")
        near = first < e + _LEAD_NAME_REACH or len(own & words - _DETERMINER_WORDS) >= 2
        if head in words and near:
            return Speaker(ent.canonical, s, e, mention, ent.role or role_of(head), ent, False)
    return None


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
    r"[Tt]he\s+((?:(?!former\b|ex-)[a-z][\w-]*\s+){0,2})"  # "the freshman Democrat"
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
    if ent is None and not place:
        # "the first-term Democrat", no one described by a party: the last politician named
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


#: Words that count a group, dropped when one member is named (*Two students* -> *student*).
_APPOSED_ONE = re.compile(r",\s+(?:a|an)\s")
_COUNT_WORDS = frozenset(
    "two three four five six seven eight nine ten both a an few dozen dozens hundred hundreds "
    "handful of several".split()
)
#: After *one of them*: a description of that member set off by a comma (*, a nursing
#: student who …*).
_MEMBER_APPOSITION = re.compile(
    r",\s+(?:a|an)\s+((?:[A-Za-z][\w-]*\s+){0,2}?([a-z]+))(?=\s+(?:who|whose|from|in|at|of|with)\b|[,.;])"
)
#: Right before a mention: *one of* (the shallow parser may give *them* alone).
_ONE_OF_BEFORE = re.compile(r"\b[Oo]ne\s+of\s+$")


def _member_of_group(text: str, span: list[Tok], s: int, e: int, ents: Entities) -> Speaker | None:
    """*one of them*, *one of the nurses at Kell Hospital*: an unnamed member of a group of
    people, named by the group's description in the singular (*nurse at Kell Hospital*;
    *them* is the group a *they* there would be); ``None`` for any other mention, or
    when the group is no group of people described by a plural noun (*Ann Lowe and Tom
    Bell*).

    >>> from nbutils.speakers import cluster_entities
    >>> t = 'The striking nurses walked out. "We are tired," one of them said.'
    >>> toks = [Tok("one", 48, 51, "CD"), Tok("of", 52, 54, "IN"), Tok("them", 55, 59, "PRP")]
    >>> _member_of_group(t, toks, 48, 59, cluster_entities(t)).name
    'striking nurse'
    """
    words = [t.low for t in span]
    if words[:2] == ["one", "of"]:
        rest, at = span[2:], span[2].start if len(span) > 2 else e
    elif _ONE_OF_BEFORE.search(text, max(0, s - 8), s):
        # "One of them said:", "One of the divers, an engineer, said": the parser's mention
        # is "them", "the divers"
        rest, at = span, s
    elif len(span) == 1 and words[0] == "one" and not _APPOSED_ONE.match(text, e):
        # 'Fans wrote in. "…," one wrote.' (not "said one, a grower from Lenham": described)
        rest, at = [Tok("them", s, e, "PRP")], s
    else:
        return None
    if not rest:
        return None
    if len(rest) == 1 and rest[0].low in ("them", "those", "these"):
        group = _they_antecedent(text, at, ents) or _group_nearby(text, at, ents)
        if group is None and (words == ["one"] or words == ["them"] and rest is span):
            # ("when he met reporters. One of them asked": a bare plural for people will do)
            group = _group_nearby(text, at, ents, bare=True)
        if group is None:
            return None
        description = group[1]
        if " and " in description:
            # "Two students, Ann Roe and Tom Bell, …": the pair's description before it
            k = bisect.bisect_right(ents.sentence_starts, group[0]) - 1
            opening = _THEY_COUNTED_SUBJECT.match(text, ents.sentence_starts[k]) if k >= 0 else None
            if opening is None or opening.end(1) > group[0]:
                return None
            description = opening.group(1)
        if description.lower().startswith(("the ", "those ", "these ")):
            description = description.split(maxsplit=1)[1]
        if (
            description[:1].isupper()
            and text.startswith(description, group[0])
            and text[max(0, group[0] - 12) : group[0]].rstrip(" \n\"“”'‘’")[-1:]
            in ("", ".", "!", "?")
            and people_word(description.split()[0].lower())
        ):  # "Fans of the café flooded …": the sentence's capital, not a name's
            description = description[0].lower() + description[1:]
        if words == ["one"] and not any(
            people_word(w) or w[:-1].isupper() and _people_plural(w) for w in description.split()
        ):  # (an initialism's plural is for people too: "MPs")
            # '… was surrounded by reporters. "…?" one asked.': a bare "one" needs a group
            # of people, so a bare plural for people in the sentence before will do
            bare = _group_nearby(text, at, ents, bare=True)
            if bare is None:
                return None
            description = bare[1]
    elif rest[0].low in ("the", "those", "these", "his", "her", "its", "their") and len(rest) > 1:
        # ("one of her aides": an aide)
        description = " ".join(text[rest[1].start : rest[-1].end].split())
    else:
        return None
    words = description.split()
    k = next(
        (
            n
            for n, w in enumerate(words)
            # (or a capitalised plural for a party's members: "Two Republicans")
            if people_word(w) or n and w[:1].isupper() and _people_plural(w.lower())
        ),
        None,
    )
    own = _MEMBER_APPOSITION.match(text, e) if rest[-1].low in ("them", "those", "these") else None
    own_person = own is not None and (
        own.group(2) in PERSON_NOUNS or role_of(own.group(2)) is not None
    )
    if k is None and not own_person:
        return None
    if k is None:  # "the two Republicans … one of them, a senator from Maine,": the senator
        words, k = [own.group(2)], 0
    modifiers = [w for w in words[:k] if w.lower() not in _COUNT_WORDS and not w.isdigit()]
    name = " ".join([*modifiers, singular(words[k]), *words[k + 1 :]])
    if own_person:
        # "one of them, a nursing student": that (the group named inline, "one of the
        # divers, an engineer", keeps its noun)
        name = " ".join(own.group(1).split())
    role = (
        "anonymous source"  # "…," said one of the aides, who asked not to be named
        if _ANONYMITY.match(text, e, min(len(text), e + 140))
        else role_of(singular(words[k])) or "citizen/witness"
    )
    return Speaker(name, s, e, text[s:e], role, None, False)


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
        and span[1].low in SPEECH_NOUNS
        and len(span) == 5
        and span[2].low in ("from", "of", "by")
    ):
        return None
    return Tok("he" if t.low == "his" else "she", t.start, t.end, "PRP")


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
_ISSUED_CONTACT = re.compile(
    r"\s+((?:the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
    r"(?:released|issued|filed|posted|published|sent|submitted|prepared|circulated|drafted"
    r"|wrote|conducted|commissioned|compiled|put\s+out)\b"
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
#: company for, *the indictment* a grand jury *indicted* on): the noun and that verb's past.
_ACT_DOCUMENTS = {
    "citation": "cited",
    "citations": "cited",
    "indictment": "indicted",
    "charges": "charged",
    "lawsuit": "sued",
    "subpoena": "subpoenaed",
    "subpoenas": "subpoenaed",
    "audit": "audited",
    "inspection": "inspected",
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
    verb = re.compile(rf"\b{_ACT_DOCUMENTS[span[1].low]}\b")
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


#: What a document's introduction may say of it and its later mention repeat (*a joint
#: statement* … *the joint statement said*).
_DOCUMENT_ADJECTIVES = frozenset("joint written brief formal short separate".split())


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
        # ("The 40-page report by the state auditor found …": a definite one whose issuer
        # follows it; see ``by`` below)
        rf"|\bthe\s+(?:[\w-]+\s+)?(?:{kinds})\b(?=\s+(?:by|from)\s{_SENT_BY_AHEAD})",
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
        before = [(m, e) for m, e in named if m.end <= found.start()]
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


def _issuer_at(text: str, at: int, b: int, ents: Entities) -> Speaker | None:
    """Who is named or described at ``at``, after a document's *signed by*, *filed by*: an
    entity the article names, else a description whose head is people or a body."""
    definite = text.startswith(("the ", "The "), at)
    if definite:
        at += 4
    definite = definite or text[max(0, at - 4) : at].lower() == "the "  # ("by the union")
    mention = ents.mention_at(at)
    owned = _OWNED_BY_NAME.match(text, mention.end, b) if mention is not None else None
    if owned is not None:  # "filed by the Legislature's lawyers": the lawyers
        head = owned.group(1).split()[-1].lower()
        if people_word(head):  # (a plural: "Lee's lawyer" is still read as Lee's voice)
            role = role_of(singular(head))
            return Speaker(text[at : owned.end()], at, owned.end(), None, role, None, False)
    if mention is not None:
        ent = ents.entity_at(mention.start, mention.end)
        if ent is not None and ent.kind in ("person", "organisation"):
            role = ent.role or ("organisation" if ent.kind == "organisation" else None)
            return Speaker(ent.canonical, mention.start, mention.end, None, role, ent, False)
        return None
    desc = _BY_DESCRIPTION.match(text, at, b)
    if desc is None or desc.group(1).split()[0] in ("his", "her", "its", "their"):
        return None  # ("released by his office": whose office, the sentence says)
    comma = _COMMA_NAME.match(text, desc.end(1), b)
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
    r"['’]s\s+((?:(?!(?:in|on|at|of|for|to|from|with|by|and|last|this)\b)[a-z][\w-]*\s+){0,2}"
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
    # (a time between: "a report last month from the auditor", "a letter on Friday from")
    r"(?:\s+(?:last|this|earlier\s+this)\s+(?:week|month|year|spring|summer|autumn|fall|winter)"
    r"|\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s+(?:from|by|of)\s+(?:the\s+)?"
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


#: A question reported in the sentence just before a pronoun's: *asked* (the one asked,
#: group 1, may follow), then what was asked.
_ASKED = re.compile(
    r"\b(?:asked|pressed)\s+(?:([A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+)?"
    r"(?:whether|if|why|how|what|when|about)\b[^.!?\"“”\n]*[.!?]"
)
#: Between that question and the pronoun: nothing, or a quotation the pronoun's cue ends.
_ASKED_TAIL = re.compile(r"\s*(?:[\"“][^\"“”\n]+[\"”],?\s*)?")
#: How many words the one who asks may take, title and apposition included.
_ASKER_WORDS = 12
#: How far back the question's paragraph may open (it is read within this distance only).
_ASKED_CHARS = 600
#: Words that put *asked* in a clause of its own, not the paragraph's opening one.
_NOT_ASKER = re.compile(
    r"\b(?:when|as|after|because|while|before|since|until|said|says|was|were|is|are)\b", re.I
)
#: Who asks without a name: *one reporter*, *a senator*, *another lawmaker*.
_UNNAMED_ASKER = re.compile(r"(?:^|[.!?]\s+|\n)(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+[a-z]+\s+$")


def _asked_one(text: str, low: str, s: int, ents: Entities, state: Discourse) -> Speaker | None:
    """*he*/*she* right after the sentence that opens its paragraph and reports a question put
    to someone (*Ortiz asked Lamb whether the fund was short. He said it was*): the one
    asked, who answers — named after *asked*, else, when an unnamed one asked (*One
    reporter asked whether …*), the last speaker, the one questioned; ``None`` when the
    gender disagrees or no such sentence is there.

    >>> from nbutils.speakers import cluster_entities
    >>> t = "Sen. Ida Moss asked Tom Hale whether it would pass. He said it would."
    >>> _asked_one(t, "he", t.index("He "), cluster_entities(t), Discourse()).name
    'Tom Hale'
    """
    lo = text.rfind("\n", max(0, s - _ASKED_CHARS), s) + 1
    if lo == 0 and s > _ASKED_CHARS:
        return None  # (the paragraph opens too far back: read within a fixed distance)
    found = next(reversed(list(_ASKED.finditer(text, lo, s))), None)
    if found is None or not _ASKED_TAIL.fullmatch(text, found.end(), s):
        return None
    starts = ents.sentence_starts or [0]
    asker = text[lo : found.start()]
    if (
        starts[max(0, bisect.bisect_right(starts, found.start()) - 1)] > lo
        or any(c in asker for c in '"“”')
        or len(asker.split()) > _ASKER_WORDS
        or _NOT_ASKER.search(asker)
    ):
        return None  # (the paragraph opens with the asker: not "…, when a man asked her why")
    gender = PRONOUNS[low]
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
        or not _UNNAMED_ASKER.search(text[max(lo, found.start() - 40) : found.start()])
    ):
        return None
    return last._replace(pronoun=True)


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


#: A sentence that brings in an unnamed man or woman doing something (*Before she could
#: finish, a man near the back of the gym stood up.*, *A man loading bags of sand into a van
#: on Elm Road, who …, said*): the description and its head.
_STRANGER = re.compile(
    r"(?:^\s*|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n)|,\s+|\b(?:[Ww]hen|[Aa]s|[Tt]hen|[Aa]nd|[Jj]ust\s+then)\s+)"
    r"(?:(?:[Aa]t\s+one\s+point|[Ll]ater|[Mm]oments\s+later|[Ss]uddenly|[Ff]inally"
    # (a day opening the sentence: "On Sunday the mayor laughed", "Late on Friday the …")
    r"|(?:(?:[Ll]ate|[Ee]arly|[Ll]ater)\s+on|[Oo]n)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"),?\s+)?(?P<det>[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+"
    # (after "a", a name or an acronym may open it: "a DMV clerk", "a White House aide")
    r"(?P<desc>(?:(?:(?<=\b[Aa]\s)|(?<=\b[Aa]n\s))[A-Z][\w'’-]*\s+(?:[A-Z][\w'’-]*\s+)?)?"
    # (a name's word after a modifier: "a senior Labour official", "a former White House aide")
    # (not the writer's "I" of a contact clause: "a deputy I know" is no "a senior Labour
    # official")
    r"(?:(?:[a-z][\w'’-]*\s+){1,2}?(?:(?!I\s)[A-Z][\w'’-]*\s+){1,2}"
    r"(?=(?!(?:also|then|later|again|once|still|soon|too)\b)[a-z])|(?:[a-z][\w'’-]*\s+){0,2}?)"
    r"(?P<head>[a-z]+|(?<=[Tt]he\s)[A-Z][a-z]+)(?:\s+[a-z]+ing(?:\s+[a-z]+){0,4})?"
    # (a contact clause of the writer's: "a deputy I know from church", "a nurse we met")
    r"(?:\s+(?:I|we)\s+(?:had\s+|have\s+)?(?:know|knew|known|met|trust|trusted)\b)?"
    # (up to three phrases after it: "loading bags of sand into a van on Elm Road")
    r"(?:\s+(?:in|into|onto|near|at|from|with|for|of|on|behind|by|outside|along|under)\s+"
    r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+){0,3})"
    # (an intensifying reflexive, which says the sex: "The governor himself posted …")
    r"(?:\s+(?P<self>himself|herself))?"
    # (an age or a who-clause set off by commas, or a restrictive who-clause with no
    # comma: "A woman in a green coat who would not give her name said")
    r"(?:\s*,\s*(?:\d+|(?:who|whose|asked|pressed|questioned|speaking)\s[^,]{1,160}|(?P<app>an?\s[^,\"“”]{1,160})),|\s+who\s[^,.;:!?\"“”]{1,60}?(?=\s+(?:[a-z]+ly\s+)?(?:said|says|told|added|shouted|yelled|asked)\b)"
    # (a restrictive who-clause running on past commas to the verb: "A woman who said she
    # had come from Reno, and who would not give her name, stood up")
    r"|\s+who\s(?P<long>[^.;:!?\"“”]{1,240}?),)?\s+"
    # (an adverb before the verb: "The chairman then rose", "A clerk quickly stood")
    r"(?:(?:[a-z]+ly|then|later|also|again|soon|once|still|too)\s+)?"
    # (not a word in -ed that is no verb: "a woman with a red scarf", "a hundred")
    r"(?!(?:red|bed|shed|bred|need|seed|feed|speed|deed|weed|breed|hundred|naked|wicked|"
    r"sacred|kindred|beloved)\b)"
    r"(?:[a-z]+ed|stood|rose|got|came|took|began|spoke|held|ran|went|threw|sat|broke|cut|"
    r"leaned|had|was|did|would|said|says|told|heard|overheard|saw|shook|swore|read|made|gave|wrote)\b"
)


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
    at = s
    close = max(text.rfind('"', max(0, s - 40), s), text.rfind("”", max(0, s - 40), s))
    if close > 0 and not re.search(r"[.!?]\s", text[close + 1 : s]):
        back = max(0, close - 1500)  # (a quotation of at most 1,500 characters: bounded)
        opening = max(text.rfind('"', back, close), text.rfind("“", back, close))
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
    close = max(text.rfind('"', max(0, s - 40), s), text.rfind("”", max(0, s - 40), s))
    if close < 0 or re.search(r"[.!?]\s", text[close + 1 : s]):
        return False
    opening = max(
        text.rfind('"', max(0, close - 1500), close), text.rfind("“", max(0, close - 1500), close)
    )
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
    ):
        return False
    intro = re.compile(rf"\b[Aa]n?\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(head)}\b")
    at = found.start("desc")
    first = text.find("\n", 0, min(at, 1000))  # (a headline's "a Council Veteran" …
    lo = max(first, at - _EPITHET_INTRO_REACH, 0)  # … brings no one in)
    return intro.search(text, lo, at) is None


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


def _unnamed_office_subject(text: str, found: re.Match[str], a: int, ents: Entities) -> bool:
    """Is the definite description ``found`` (*The Speaker*, *the chief executive*) the
    subject that opens the sentence at ``a``, its head a role noun, and no one the article
    names (:meth:`~nbutils.speakers.resolution.Entities.resolve_descriptor` finds no one)?
    Then a *he*/*she* after it, with no one named between, is that office-holder."""
    if text[a : found.start("det")].strip():
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
    if any(e.kind == "person" and not e.titles and e.role is None for _m, e in before):
        return False  # ("Ed Marsh spoke first. The senator declined": may be Marsh)
    if by_wordnet_only and any(e.kind == "person" for _m, e in before):
        return False  # ("… the forward Kip Ansel. The junior scored": an epithet of his)
    return ents.resolve_descriptor(found.group("desc"), found.start("desc")) is None


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
    if found.group("head").lower() not in known and not words & _CAREER_WORDS:
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
    close = max(text.rfind('"', max(0, s - 40), s), text.rfind("”", max(0, s - 40), s))
    single = _SINGLE_CLOSE.search(text, max(0, s - 40), s)
    if close < 0 and single is not None:  # "‘Quiet!’ he said": British single marks
        close = single.start()
    if close > 0 and not re.search(r"[.!?]\s", text[close + 1 : s]):
        # the pronoun's clause follows a quotation ('"Liar!" she shouted'): the sentence
        # before is the one before that quotation's opening mark
        opening = max(
            text.rfind('"', max(0, close - 1500), close),
            text.rfind("“", max(0, close - 1500), close),
            text.rfind("‘", max(0, close - 1500), close) if text[close] == "’" else -1,
        )
        if opening >= 0:
            b = opening
    j = bisect.bisect_right(starts, b - 1) - 1
    if j < 0 or b <= starts[j]:
        return None
    a = starts[j]
    found = None
    for m in _STRANGER.finditer(text, a, b):
        found = m
    if found is None:
        return None
    if found.group("long") and text[a : found.start("det")].strip():
        return None  # (the long who-clause only for a sentence's subject, not "Ann Lee, a
        # nurse who drove in with her daughters, said": an apposition to a name)
    head = found.group("head").lower()
    definite = found.group("det").lower() == "the"
    said = None if definite else _GENDERED_PERSONS.get(head) or KIN_WORDS.get(head)
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
    if found.group("self") and (head in PERSON_NOUNS or role_of(head) is not None):
        # "The governor himself weighed in. "…," he wrote": the reflexive says who
        said = "female" if found.group("self") == "herself" else "male"
    if said is None and (head in PERSON_NOUNS or role_of(head) is not None):
        # "A sheriff's deputy …, who declined to give his name, said …": the pronoun says
        after = _PRONOUN_AFTER.match(text, found.end("desc"), found.end())
        if after is not None and not definite:  # (in its own who-clause, before its verb)
            said = "female" if after.group(1).lower().startswith(("she", "her")) else "male"
        own = _OWN_BODY.match(text, found.end(), b)
        if said is None and own is not None:
            # "Then the guard got to his feet.": his own feet say who
            said = "female" if own.group(1).lower() == "her" else "male"
    known = _described_person(text, found, a, gender, ents) if definite else None
    office = (
        definite
        and said is None
        and known is None
        and _suffix_gender(head) in (None, gender)  # (the fisherman is no "she")
        and _unnamed_office_subject(text, found, a, ents)
        and not _apposed_before(text, found, ents)  # ("Piet Vahl, a former admiral, …")
        and not _epithet_of_speaker(head, gender, state)
    )
    if office:
        said = gender  # "The Speaker, …, declined to comment. "…," he said": the office-holder
    elif known is None and definite and not found.group("self"):
        if _epithet_of_last(text, found, gender, state) or _apposed_before(text, found, ents):
            return None  # "The council veteran, …, leaned back. "…," he said": the one quoted last
    asker = _asks_again(text, found, s)
    if asker and said is None and not definite and head in PERSON_NOUNS | _ASKING_NOUNS:
        said = gender  # ('A reporter asked …. "…?" he asked': the one asking asks on)
    if known is not None:
        said = gender  # "The veteran diplomat laughed. "…," he said": the one it describes
    elif definite and (said is None or _described_other(found, said, ents)):
        return None  # (a definite description of someone named before is that person)
    if said != gender or (
        not asker
        and _ASKS.search(text, found.end() - 12, found.end())
        and not _ASKED_ABOUT.match(text, found.end())
    ):
        # ("A reporter asked whether …. "…," she said": the one asked answers; not "A woman
        # asked about the pipeline. "…," she said": a topic raised, no one asked by name)
        return None
    if state.last_end is not None and state.last_end > found.start("desc"):
        return None  # someone quoted since
    named = [e for _m, e in ents._mentions_in(found.end("desc"), found.end()) if e.kind == "person"]
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
    between = text[found.end() : s]
    if any(c in between for c in '"“”') and not text[b:s].lstrip().startswith(('"', "“")):
        return None  # a quotation between, other than the one the pronoun's sentence opens
    for mention, ent in ents._mentions_in(found.end(), s):
        if (
            ent.kind == "person"
            and ent.gender in (None, gender)
            and not ents._excluded(mention.start)
        ):
            return None  # someone named since
    if known is not None:
        return Speaker(known.canonical, s, s + len(low), None, known.role, known, True)
    desc = _CONTACT_CLAUSE.split(found.group("desc"))[0]  # ("deputy I know from …": deputy)
    return Speaker(
        desc,
        found.start("desc"),
        found.end("desc"),
        None,
        role_of(head) or "citizen/witness",
        None,
        True,
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


#: A sentence opened by a he/she, maybe after an "Asked …," or "Told …," clause.
_PRONOUN_OPENS = re.compile(
    r"\s*(?:(?:Asked|Told|Pressed)\b[^.!?\"“”]{0,200}?,\s+)?([Ss]he|[Hh]e)\b"
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
    same = _PRONOUN_OPENS.match(text, starts[k - 1]) if k >= 1 else None
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
            # "Mr. Reed's son Tom": Tom's father is Mr. Reed
            rf"\b(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?{name}['’]s\s+(?:{inverse})\b",
        )
        lo = max(0, m.start(2) - 1500)
        window = text[lo : m.start(2)]
        found = [f for p in patterns for f in re.finditer(p, window)]
        for f in sorted(found, key=lambda f: f.start(1), reverse=True):
            ent = ents.entity_at(lo + f.start(1), lo + f.end(1))
            if ent is not None and ent.kind != "organisation" and ent.gender in (None, gender):
                return Speaker(ent.canonical, s, s + len(low), low, ent.role, ent, True)
        owner = _owner_of_inverse(text, window, lo, kin, inverse, gender, ents, state)
        if owner is not None:  # "Her daughter, Joanne Pyke, …. Her mother said"
            return Speaker(owner.canonical, s, s + len(low), low, owner.role, owner, True)
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


def said_gender(last: Speaker | None) -> str | None:
    """The sex a pronoun gave the last speaker (*"…," she said*), if one did."""
    if last is None or not last.pronoun or not last.mention:
        return None
    gender = PRONOUNS.get(last.mention.lower())
    return gender if gender in ("male", "female") else None


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


#: How far after the last quote an *it*/*they* may still take up its speaker.
_VOICE_WINDOW = 400


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


def _last_before(ent: Entity, offset: int) -> int:
    """Where ``ent`` was last named before ``offset`` (-1: never): a bisection, as its
    mentions are in the order of the text."""
    k = bisect.bisect_left(ent.mentions, (offset,))
    return ent.mentions[k - 1][0] if k else -1


def _named_as_subject(ents: Entities, ent: Entity, a: int, b: int) -> bool:
    """Is ``ent`` named between ``a`` and ``b`` as a clause's subject (not after a
    preposition: *a letter to Senate leaders*)?"""
    i = bisect.bisect_left(ents._starts, a)
    while i < len(ents.mentions) and ents.mentions[i].start < b:
        if ents._by_mention[i] is ent and ents.mentions[i].subject:
            return True
        i += 1
    return False


def _head_of(span: list[Tok]) -> list[Tok]:
    """The mention without a trailing parenthesis (*Sen. Gerald Vance (R-Texas)*) or a
    prepositional phrase after a name (*Dana Shaw for the Civic Poll*)."""
    if len(span) > 2 and span[-1].text == ")":  # "Sen. Gerald Vance (R-Texas)"
        opening = max((k for k, t in enumerate(span) if t.text == "("), default=0)
        if opening > 0:
            span = span[:opening]
    cut = _preposition(span)
    if cut and any(t.is_proper for t in span[:cut]) and span[cut - 1].is_proper:
        span = span[:cut]
    return span


def _preposition(span: list[Tok]) -> int | None:
    return next((k for k, t in enumerate(span) if t.low in PREP_IN_NP), None)


def resolve_name(span: list[Tok], mention: str, s: int, e: int, ents: Entities) -> Speaker | None:
    """A named mention → the entity of its head name: *NATO Secretary General Mark Rutte*,
    *Trump's statement* (the possessor of a speech noun), a transcript label (*PENCE*).
    ``None``: the mention names nobody the article clusters."""
    if mention.isupper() and len(mention) > 1:  # a transcript label: "PENCE", "LEE" -> the person
        # "MRS LEE:" where Mr and Mrs Lee are both in the story: the title's gender decides
        title = ents.text[max(0, s - 6) : s].split()
        gender = HONORIFICS.get(title[-1].lower().lstrip("'\"‘“(")) if title else None
        ent = ents.person_named(mention.title(), gender)
        if ent is not None:
            return Speaker(ent.canonical, s, e, mention, ent.role, ent, False)
    cut = next((k for k, t in enumerate(span) if t.low in PREP_IN_NP or t.low == "to"), None)
    # "Attorneys for Clinton", "a spokesman for the campaign", "a former aide to Mr. Hale":
    # the head is the common noun before the preposition, not the name inside the phrase
    head_span = span[:cut] if cut and _noun_before_modifier(span, cut) else span
    names = [k for k, t in enumerate(head_span) if t.is_proper and t.capitalised]
    possessive = next((k for k, t in enumerate(span) if t.tag == "POS"), None)
    ent = None
    if (
        possessive
        and span[-1].low in SPEECH_NOUNS
        and span[possessive - 1].is_proper  # not "the Ohio senator's answer": no name owns it
    ):  # "Trump's statement"
        ent = ents.entity_at(span[0].start, span[possessive].start)
    elif names:
        # the last name not followed by a possessive is the head
        cands = [k for k in names if not (k + 1 < len(span) and span[k + 1].tag == "POS")]
        if cands:
            last_name = cands[-1]
            if (
                head_span[-1].is_proper  # (not "a Democratic aide in Ohio": a noun heads it)
                or last_name >= len(head_span) - 1
                or any(t.low in ("named", "called") for t in span[:last_name])
            ):
                ent = ents.entity_at(span[last_name].start, span[last_name].end)
                if (
                    ent is None
                    and ents.mention_at(span[names[0]].start) is None
                    # (an office is no name: "the Prime Minister" is not a headline's
                    # "Brexit Minister")
                    and span[last_name].low not in TITLE_WORDS
                ):
                    # no name mention there (a Title-Cased headline's words are not read
                    # as names): the person whose full name ends the run, if the article
                    # names one ("Union Boss Dan Pike Told Members: …": Dan Pike)
                    run = last_name
                    while run > 0 and span[run - 1].is_proper and span[run - 1].capitalised:
                        run -= 1
                    found = ents.lookup(" ".join(t.text for t in span[run : last_name + 1]))
                    ent = found if found is not None and found.kind == "person" else None
    elif len(span) == 1 and span[0].capitalised:
        # "Finch later added": a surname that is also a word, tagged as a common noun
        ent = _surname_of_person(span[0], ents)
    if ent is None:
        return None
    role = ent.role
    desc = " ".join(t.text for t in span if not t.capitalised or t.tag == "DT")
    if role is None or ent.kind != "organisation":
        role = ent.role or role_of(desc) or ("organisation" if ent.kind == "organisation" else None)
    return Speaker(ent.canonical, s, e, mention, role, ent, False)


def _noun_before_modifier(span: list[Tok], cut: int) -> bool:
    """Does a common noun head the mention before the preposition at ``span[cut]``, right
    before it or before an adjective that the preposition completes (*a source close to
    Ann Lee*, *a person familiar with Ann Lee*: the source, not Ann Lee)?"""
    if span[cut - 1].tag in ("NN", "NNS"):
        return True
    return (
        cut >= 2
        and span[cut - 1].tag in ("JJ", "RB")
        and span[cut - 1].low in _POSTPOSED_ADJECTIVES
        and span[cut - 2].tag in ("NN", "NNS")
    )


#: Adjectives that follow a person's noun with their own complement (*a source close to
#: the minister*, *a person familiar with the talks*).
_POSTPOSED_ADJECTIVES = frozenset("close closer closest familiar".split())


def _surname_of_person(tok: Tok, ents: Entities) -> Entity | None:
    """The person whose surname the capitalised word ``tok`` is, though tagged as a noun.

    A surname that is also a word (*Finch*, *Hale*) opening a sentence is
    tagged as a common noun (*Finch later added that …*); the speaker is still
    the person of that surname met earlier (*Aldous Finch*).
    """
    ent = ents.entity_at(tok.start, tok.end) or ents.lookup(tok.text)
    if ent is None or ent.kind != "person" or ent.canonical.split()[-1] != tok.text:
        return None
    return ent


def resolve_descriptor(
    span: list[Tok], mention: str, s: int, e: int, ents: Entities
) -> Speaker | None:
    """*the NATO chief* → the person whose title or description says so; a head that is no
    speaker (*this*, *the thing*) → no speaker (and stops resolution)."""
    head = span[-1].low
    if head in _NOT_SPEAKER:
        return Speaker(None, s, e, mention, None, None, False)
    if (
        (
            span[0].low in ("the", "this", "that")
            # "her son said", after "Her son, Tom Ruiz, …": a relative introduced by name
            or span[0].low in ("his", "her", "their")
            and head in KIN_WORDS
        )
        and len(span) >= 2
        and head not in ORG_WORDS
    ):  # "the convention committee" is no person
        ent = ents.resolve_descriptor(mention, s)
        if ent is not None:  # (the role the description says when nothing else did)
            return Speaker(ent.canonical, s, e, mention, ent.role or role_of(mention), ent, False)
    return None


def resolve_headline_role(
    span: list[Tok], mention: str, s: int, e: int, ents: Entities
) -> Speaker | None:
    """*Museum Director* in a Title Case headline or subhead → the person the paragraph
    below names with that role (:func:`_headline_descriptor`); ``None`` for anything else,
    a name included (*Jane Roe*)."""
    title_case = all(t.text[:1].isupper() for t in span)
    if (
        len(span) < 2
        and not (title_case and title_cased_line(ents.text, s))  # "Mayor Slams Budget"
        or not title_case
        and (span[0].low in _DETERMINERS or not _first_line(ents.text, s))
        or role_of(span[-1].low) in (None, "organisation")
        or any(t.text in all_first_names() for t in span)
        and not (len(span) == 1 and span[0].low in TITLE_WORDS)  # ("Mayor" is a first name)
    ):
        return None  # (a sentence-case headline: "…, Drenovian minister says", no article)
    ent = _headline_descriptor(mention, s, ents, sentence_case=not title_case)
    if ent is None:
        return None
    return Speaker(ent.canonical, s, e, mention, ent.role, ent, False)


#: The line after a line break (and the blank lines before it).
_NEXT_LINE = re.compile(r"\s*[^\n]*")


def _headline_descriptor(
    mention: str, s: int, ents: Entities, sentence_case: bool = False
) -> Entity | None:
    """The person a role in a Title Case headline or subhead means (*Museum Director Joked
    "…"*): headlines drop the article and name the person only in a paragraph below, so
    the description is matched against the people named up to the end of the first
    paragraph below, then the next, up to :data:`_HEADLINE_PARAGRAPHS` (the first that
    names one wins). In a sentence-case headline opening the text (*'…,' Drenovian
    minister says*), from the end of the second paragraph (a wire story's lead may name no
    one)."""
    text = ents.text
    if not sentence_case and not title_cased_line(text, s):
        return None
    line_end = text.find("\n", s)
    if line_end < 0:
        return None
    end = line_end
    for k in range(_HEADLINE_PARAGRAPHS):
        below = _NEXT_LINE.match(text, end)  # (matched in place: no copy of the rest)
        if below is None:
            break
        end = below.end()
        if sentence_case and k == 0:
            continue  # (a wire story's lead may name no one)
        found = ents.resolve_descriptor(mention, end)
        if found is not None:
            return found
    return None


#: How many paragraphs below a headline the one its role means may first be named in (a
#: sheriff in the headline is often named in the third paragraph).
_HEADLINE_PARAGRAPHS = 4


def _first_line(text: str, s: int) -> bool:
    """Is offset ``s`` on the text's first line, a short one (a headline)?"""
    line_end = text.find("\n", 0, 300)
    return 0 <= s < line_end and not text[:s].strip().count("\n")


def resolve_organisation(
    span: list[Tok], mention: str, s: int, e: int, ents: Entities
) -> Speaker | None:
    """*the company* → the organisation named last before it (*Nexa Systems bought Orbit
    Labs … the company said*: Orbit Labs); *the bank* → an organisation of that name."""
    head = span[-1].low
    if (
        span[0].low == "the"
        and head in _GENERIC_ORG_KINDS
        and all(t.text.islower() for t in span[1:])  # "the airline", "the regional carrier"
        and len(span) <= 3
    ):
        kind_words = _GENERIC_ORG_KINDS[head]

        def fits(ent: Entity) -> bool:  # a name, or a description, of the kind
            return (
                any(w.lower().rstrip(".") in kind_words for w in ent.canonical.split())
                or any(head in d.lower().split() for d in ent.descriptors)
                or head == "union"
                and _UNION_NAME.search(ent.canonical) is not None
            )

        org = ents.last_fitting(s, fits)
        if org is None and head == "union":
            # "the union": the one union the article has named, however far back
            named = {
                id(x): x
                for x in ents.entities
                if x.kind == "organisation" and fits(x) and any(m[0] < s for m in x.mentions)
            }
            org = next(iter(named.values())) if len(named) == 1 else None
        if org is None and head in _LOOSE_ORG_HEADS:
            org = ents.last_company(s)  # "the retailer", "the startup": the firm named last
        if org is not None:
            return Speaker(org.canonical, s, e, mention, "organisation", org, False)
    if (
        span[0].low == "the"
        and len(span) <= 3
        and all(t.text.islower() and t.text.isalpha() for t in span[1:])
        and head not in PERSON_NOUNS
    ):
        # "the museum", "the central bank": the organisation whose name has that head
        # noun (Ashlowe Museum of World Cultures), named last, however far back
        org = ents.organisation_headed(head, s)
        if org is not None:
            return Speaker(org.canonical, s, e, mention, "organisation", org, False)
    if span[0].low == "the" and len(span) == 2 and head in _COMPANY_HEADS:
        # "the company": the organisation named last, not any organisation nearby
        org = ents.last_company(s)
        if org is not None:
            return Speaker(org.canonical, s, e, mention, "organisation", org, False)
    if span[0].low == "the" and (head in ORG_WORDS or head in _GENERIC_ORG_HEADS):
        org = ents.resolve_organisation(s)
        if org is not None and (head in _GENERIC_ORG_HEADS or head in org.canonical.lower()):
            return Speaker(org.canonical, s, e, mention, "organisation", org, False)
    apposed = _apposed_organisation(span, s, ents)
    if apposed is not None:  # "The district, Peoria Public Schools, …": the district
        return Speaker(apposed.canonical, s, e, mention, "organisation", apposed, False)
    return None


#: How far back a name set in apposition to an organisation's description is looked for.
_APPOSED_ORG_REACH = 5000


def _apposed_organisation(span: list[Tok], s: int, ents: Entities) -> Entity | None:
    """The organisation a description *the district* (*the agency*) names, when the text
    set a name in apposition to that same description before ``s`` (*The district,
    Harlow County Schools, said …*): the last such name, if it is no person's."""
    if (
        span[0].low != "the"
        or not 2 <= len(span) <= 3
        or not all(t.text.islower() and t.text.isalpha() for t in span[1:])
        or span[-1].low in PERSON_NOUNS
    ):
        return None
    words = r"\s+".join(re.escape(t.text) for t in span[1:])
    found = None
    pattern = re.compile(rf"\b[Tt]he\s+{words},\s+(?=[A-Z])")
    # (read at most :data:`_APPOSED_ORG_REACH` characters back: the cost stays bounded)
    for m in pattern.finditer(ents.text, max(0, s - _APPOSED_ORG_REACH), s):
        found = m
    if found is None:
        return None
    named = [
        x
        for m, x in ents._mentions_in(found.end(), min(s, found.end() + 2))
        if x.kind != "person"
        and x.gender is None
        and not x.titles
        and ents.text.startswith(",", m.end)  # the apposition closes after the name
        # (not a place set off: "The district, Wardell County, …", "…, Fairview, …")
        and x.canonical.split()[-1].lower() not in _PLACE_HEADS
        and place_of(x.canonical) is None
        and (x.kind == "organisation" or len(x.canonical.split()) > 1)
    ]
    return named[0] if named else None


_PLACE_HEADS = word_list("place_heads")


#: After a bare *one*/*another* speaker: an apposition saying what the person is
#: (*, a cider grower from Lenham*), up to the next comma or the end of the sentence.
_ONE_DESCRIBED = re.compile(r",\s+an?\s+([a-z0-9][^,;.\"“”()]{1,60}?)\s*(?=[,.;]|\s+who\b|$)")


#: "one" and a person noun (*said one caller*, *One mother, …*): the noun an elliptical
#: *another* after it leaves out.
_ONE_PERSON = re.compile(
    r"\b[Oo]ne\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\b(?=\s*[,.;]|\s+(?:who|said|says)\b)"
)


def _one_before(text: str, s: int) -> str | None:
    """The person noun of the last "one …" in the paragraph before ``s`` (``None``)."""
    lo = text.rfind("\n", 0, s) + 1
    found = None
    for m in _ONE_PERSON.finditer(text, max(lo, s - 400), s):
        found = m
    if found is None:
        return None
    head = found.group(1).lower()
    return head if head in PERSON_NOUNS or role_of(head) is not None else None


def describe(text: str, span: list[Tok], mention: str, s: int, e: int) -> Speaker:
    """An unnamed speaker, named by its description without the determiner (*Its Republican
    critics* → *Republican critics*), with the role the description suggests (an
    *anonymous source* when the text says why the name is withheld). A time phrase
    opening the description is no part of it (*Last month a woman …* → *woman …*)."""
    if len(span) == 1 and span[0].low in ("one", "another"):
        described = _ONE_DESCRIBED.match(text, e, min(len(text), e + 90))
        if described is not None:
            # '"…," said one, a cider grower from Lenham.': the apposition says who
            desc = described.group(1)
            role = (
                "anonymous source"
                if _ANONYMITY.match(text, described.end(1), min(len(text), e + 230))
                else role_of(desc) or "citizen/witness"
            )
            return Speaker(desc, s, e, mention, role, None, False)
    if len(span) == 1 and span[0].low == "another":
        # '"…," said one caller. "…," said another.': the noun left out is the one of
        # the "one …" just before in the paragraph
        head = _one_before(text, s)
        if head is not None:
            name = f"another {head}"
            return Speaker(name, s, e, mention, role_of(head) or "citizen/witness", None, False)
    time = (
        2  # "Last month a woman in her seventies"
        if len(span) > 3 and span[0].low in _TIME_OPENERS and span[1].low in _TIME_NOUNS | _DAYS
        else 1  # "Yesterday a spokesman"
        if len(span) > 2 and span[0].low in _DAYS
        else 0
    )
    if time:
        span = span[time:]
        s = span[0].start
        mention = " ".join(text[s:e].split())
    if span and span[-1].low in FAMILY_NOUNS and len(span) <= 3:
        # "her family", "the Pyke family": whose family stays in the name
        desc = family_description(" ".join(text[span[0].start : span[-1].end].split()))
        return Speaker(desc, s, e, mention, role_of(mention) or "citizen/witness", None, False)
    if span and span[0].low in _DETERMINERS and len(span) > 1:
        span = span[1:]
    name = " ".join(text[span[0].start : span[-1].end].split()) if span else mention
    first = _anonymous_before(text, mention, s)
    if first and len(span) == 1:
        name = first  # "the person said": the one introduced as "one person familiar with …"
    role = (
        "anonymous source"
        if _ANONYMITY.match(text, e, min(len(text), e + 140))
        or _ANONYMITY_FAR.match(text, e, min(len(text), e + 200))
        or first
        else role_of(mention)
    )
    return Speaker(name or mention, s, e, mention, role, None, False)


#: An unnamed one brought in by an indefinite description (*One backbencher, who asked not
#: to be named,*): the description and its head noun.
_INDEFINITE_PERSON = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?P<desc>(?:[\w-]+\s+){0,3}?(?P<head>[a-z][\w-]*))"
    r"(?=\s*,|\s+who\b)"
)


def _anonymous_other(text: str, span: list[Tok], mention: str, s: int, e: int) -> Speaker | None:
    """*One backbencher, who asked not to be named, said the leader had erred. "…," the TD
    said*: a definite description that no one the article names fits (the caller tried
    those first), right after an unnamed source brought in under another noun for a person
    in the sentence before, is that source. ``None`` otherwise.

    >>> t = "One backbencher, who asked not to be named, said it failed. The TD said"
    >>> toks = [Tok("The", 60, 63, "DT"), Tok("TD", 64, 66, "NNP")]
    >>> _anonymous_other(t, toks, "The TD", 60, 66).name
    'backbencher'
    """
    if len(span) != 2 or span[0].low != "the":
        return None
    head = span[1].text
    if not (head.lower() in PERSON_NOUNS or role_of(head.lower())):
        return None
    lo = max(0, s - 400)
    stops = [m.end() for m in re.finditer(r"[.!?][\"”’]?\s", text[lo:s])]
    if len(stops) > 2:
        lo += stops[-3]  # (the sentence before, and the one this description opens)
    found = None
    for m in _INDEFINITE_PERSON.finditer(text, lo, s):
        found = m
    if found is None:
        return None
    low = found.group("head")
    if low not in PERSON_NOUNS and role_of(low) is None or low == head.lower():
        return None  # (the same noun is _anonymous_before's)
    roles = {role_of(low), role_of(head.lower())} - {None, "anonymous source"}
    if len(roles) > 1:
        return None  # an aide is no lawmaker
    if not _ANONYMITY.match(text, found.end(), min(s, found.end() + 140)):
        return None
    desc = " ".join(found.group("desc").split())
    return Speaker(desc, s, e, mention, "anonymous source", None, False)


def _anonymous_unheld(
    text: str, span: list[Tok], mention: str, s: int, e: int, ents: Entities
) -> Speaker | None:
    """:func:`_anonymous_other`'s source, when no person the article names is known by the
    description's noun (*the TD*, *the lawmaker* after *One backbencher, who asked not to
    be named, …*; not *the MP* when *Ann Lee, the MP for Bath* was named): news brings in
    an unnamed source and then varies the noun, and that beats the person named last."""
    found = _anonymous_other(text, span, mention, s, e)
    if found is None:
        return None
    head = span[1].low
    for ent in ents.entities:
        if ent.kind == "person" and ent.mentions and ent.mentions[0][0] < s:
            known = ents._known_words(ent)
            if known and head in known:
                return None
    return found


#: How far back a definite description (*the aide*) looks for its first mention.
_FIRST_MENTION_WINDOW = 1500


def _anonymous_before(text: str, mention: str, s: int) -> str:
    """The description that introduced, shortly before and without a name, the one a
    definite description names (*the aide said*), when the text said why the name is
    withheld (*A senior aide, speaking on condition of anonymity, …*): that description
    without its determiner, up to a comma (``""`` if there is none). Looks back a fixed
    window only, so long texts stay linear.

    >>> t = "A senior aide, speaking on condition of anonymity, said it failed. The aide said"
    >>> _anonymous_before(t, "The aide", t.index("The aide"))
    'senior aide'
    >>> t = "It grew, one person familiar with the talks, who spoke on condition of anonymity, said."
    >>> _anonymous_before(t + " The person said", "The person", len(t) + 1)
    'person familiar with the talks'
    >>> _anonymous_before("A senior aide said it failed. The aide said", "The aide", 30)
    ''
    """
    words = mention.split()
    if len(words) < 2 or words[0].lower() != "the" or s < 1:
        return ""
    head = words[-1]
    if not head.isalpha() or not head.islower():
        return ""
    lo = max(0, s - _FIRST_MENTION_WINDOW)
    pattern = rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\w-]+\s+){{0,4}}?{head}s?\b[^,.;]{{0,50}})"
    first = next(reversed(list(re.finditer(pattern, text[lo:s]))), None)  # the last one
    if first is None:
        return ""
    # (why the name is withheld, after the description or inside what it took along: "A
    # Republican pollster who asked not to be named, because …")
    head_end = lo + first.start(1) + first.group(1).find(head) + len(head)
    if not (
        _ANONYMITY.match(text, lo + first.end(), min(s, lo + first.end() + 140))
        or _ANONYMITY_FAR.match(text, head_end, min(s, head_end + 200))
    ):
        return ""
    return _partitive_member(
        " ".join(re.split(r"\s+(?:who|which|that|said|says)\b", first.group(1))[0].split())
    )


#: A partitive's group: *of the advisers*, *of his aides* (after *One*).
_PARTITIVE_GROUP = re.compile(r"of\s+(?:the|his|her|its|their|those|these)\s+(.+)")


def _partitive_member(description: str) -> str:
    """A description that introduced one member of a group (*One of the advisers, who …*)
    names that member by the group's noun in the singular (*adviser*), as
    :func:`_member_of_group` does; any other description as it is.

    >>> _partitive_member("of the senior advisers"), _partitive_member("senior aide")
    ('senior adviser', 'senior aide')
    """
    m = _PARTITIVE_GROUP.fullmatch(description)
    if m is None:
        return description
    words = m.group(1).split()
    k = next((n for n, w in enumerate(words) if people_word(w)), len(words) - 1)
    return " ".join([*words[:k], singular(words[k]), *words[k + 1 :]])

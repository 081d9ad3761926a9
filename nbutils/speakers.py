"""Who is speaking: people and organisations in an article, their names, titles and roles.

A quotation's speaker is written in many ways: a full name with a title
(*NATO Secretary General Mark Rutte*), a surname (*Rutte*), a pronoun (*he*),
a description (*the NATO chief*, *a Kyiv resident named Yulia*, *Andriy,
another Ukrainian citizen,*), or an anonymous source (*officials*). This
module turns those mentions into one canonical speaker per person, in four
steps a reader can follow:

1. **Name runs.** Runs of capitalised words (``Mark Rutte``, ``JD Vance``,
   ``Secretary of State Hillary Clinton``) are read from the whole text with
   one regular expression — cheap, unlike tagging or NE-chunking every
   sentence. A capitalised word that only ever starts sentences (*Despite*,
   *Similarly*) is dropped; one also seen capitalised mid-sentence is kept.
2. **Titles and descriptors.** Title words (*President*, *Secretary
   General*, *MP*, *Sen.*) are split off the name, a place after it is a
   descriptor (*Mayor Maria Lopez of Eastbrook*), and descriptions next to a
   name (*Republican nominee Donald Trump*, *Rutte, the NATO chief,*) are
   remembered: they give the person's role, gender (*Mrs.*, *spokeswoman*)
   and let a later *the NATO chief* be resolved to the person holding that title.
3. **Alias clustering** (:func:`cluster_entities`): a full name is the
   canonical form; a surname or first name alone (*Rutte*, *Mr. Obama*) joins
   the full name it belongs to.
4. **Resolution** (:meth:`Entities.resolve_pronoun`,
   :meth:`Entities.resolve_descriptor`, :meth:`Entities.resolve_organisation`):
   *he*/*she* go to the topic of the nearest sentence that has one — the
   subject of a reporting verb (*…, Biden said*), else the main clause's
   subject — read backwards through earlier *he*/*she* (a pronoun chain) to
   a person of compatible gender. Gender comes from titles (*Mrs.*), first
   names (NLTK's ``names`` corpus, with :data:`DOMINANT_GENDER` for names it
   lists under both), descriptions (*spokeswoman*) and, failing those, the
   pronouns that follow the name in the text. *It*/*they* go to the most
   recently named organisation.

>>> ents = cluster_entities("NATO Secretary General Mark Rutte spoke. Rutte said so. "
...                         "The NATO chief agreed.")
>>> e = ents.lookup("Rutte"); e.canonical, e.titles, e.gender, e.role
('Mark Rutte', ('NATO Secretary General',), 'male', 'official')
>>> ents.resolve_descriptor("The NATO chief", 60).canonical
'Mark Rutte'
>>> ents.resolve_pronoun("he", 60).canonical
'Mark Rutte'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from nbutils.cues import lemma_of
from nbutils.lexicons import Closed, abbreviation_pattern, abbreviations, table, word_list
from nbutils.nltkdata import require

# --- lexicons ---------------------------------------------------------------

#: Title words that precede a name (lower-cased; abbreviations with their dot).
#: (and every title abbreviation of ``resources/abbreviations.tsv``, with its full stop)
TITLE_WORDS = word_list("title_words") | {f"{a.lower()}." for a in abbreviations("title")}
#: Honorifics that say nothing but gender.
HONORIFICS: dict[str, str] = dict(table("honorifics"))
#: Words that make a capitalised run an organisation, not a person.
ORG_WORDS = word_list("org_words")
#: Role words (in titles and descriptors) -> role.
ROLE_WORDS: dict[str, str] = {}
for _role, _w in table("role_words"):
    ROLE_WORDS.setdefault(_w, _role)

PRONOUNS: dict[str, str | None] = Closed.PRONOUNS
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it"})
_PRONOUN_WORDS = frozenset("He She It They We I His Her Its Their Our".split())
_CONNECTORS = Closed.NAME_CONNECTORS

_NAME_WORD = rf"(?:{abbreviation_pattern('title', 'saint', 'suffix')})\.|" \
             r"(?:[A-Z]\.){1,3}|[A-ZÀ-ÖØ-Þ][\w]*(?:['’][A-Z]\w*)?(?:-[A-Z]?\w+)*"
_RUN = re.compile(rf"(?<![\w'’])(?:{_NAME_WORD})(?:[ \t\xa0]+(?:(?:{'|'.join(sorted(_CONNECTORS))})"
                  rf"[ \t\xa0]+){{0,2}}(?:{_NAME_WORD}))*")
_WORD_SPLIT = re.compile(r"[^\s\xa0]+")
_VERB_AFTER = re.compile(
    r"\s*(?:(?:,[^,;]{1,150})+,\s*|,\s*(?=[a-z]+(?:ed|s)\b|said|told|wrote))?"
    r"(?:(?:has|had|have|is|was|are|were|will|would|could|can|should|may|might|must|does|did|"
    r"do|doesn['’]t|didn['’]t|won['’]t|isn['’]t|wasn['’]t|hasn['’]t|hadn['’]t|can['’]t|"
    r"couldn['’]t|wouldn['’]t|also|later|then|never|still|now|recently|first|previously|again|"
    r"once|often|quickly|repeatedly|ultimately|all\s+but|even|just|only|nearly|actually|simply|"
    r"flatly|immediately|promptly|publicly|privately|finally|eventually)\b|"
    r"(?:[a-z]+(?:ed|s)|said|told|wrote|spoke|went|made|took|gave|came|saw|thought|felt|knew|"
    r"began|left|met|got|ran|won|lost|put|sent|led|held|kept|hit|set|brought|sought|fought|"
    r"heard|stood|chose|drew|grew|became|did|had|sat|threw|swore|shot)\b)")
#: The reporting verb after a name: "Biden said", "Sanders, a senator, told", "Cruz has argued".
_REPORTING_AFTER = re.compile(r"\s*(?:(?:,[^,;]{1,80}){1,3},\s*|,\s*)?(?:also |later |then |has |had |"
                              r"have |would |will |once |previously |repeatedly |often )?"
                              r"([a-z]+)\b")
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?:(?:a|an|the|his|her)\s+[\w-]+\s+"
                               r"(?:from|by|with)\s+)?$")
_INVERTED_CUES = frozenset("""said says added asked wrote explained noted continued told
according""".split())
_NEXT_WORD = re.compile(r"\s*(?:,[^,;]{1,80},\s*)?(?:also |later |then )?([a-z]+)\b")
_PRECEDING_WORD = re.compile(r"(\w+)\s+$")
_LIST_COMMA = re.compile(r",[ \t]+")
_PARENTHETICAL = re.compile(r"[ \t\xa0]*\([^()\n]{1,25}\)")
_PREPOSITIONS = frozenset("""with of to for by at from in on about against between among into onto
than like including toward towards under over after before behind beside via and or""".split())
_NOT_NAMES = word_list("not_names")
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'-]*")
_SENT_BREAK = re.compile(r"[.!?]['\"”’)]*\s+|\n+|^")
#: A full stop that ends an abbreviation or an initial, not a sentence ("Mr. Trump", "George W.
#: Bush").
_ABBREVIATION = re.compile(rf"(?:\b(?:{abbreviation_pattern('title', 'saint', 'plural', 'month', 'other')})"
                           r"|(?<![\w.])[A-Z])\.$")


@lru_cache(maxsize=1)
def _first_names() -> tuple[frozenset[str], frozenset[str]]:
    require("names")
    from nltk.corpus import names

    return frozenset(names.words("male.txt")), frozenset(names.words("female.txt"))


@lru_cache(maxsize=1)
def all_first_names() -> frozenset[str]:
    male, female = _first_names()
    return male | female


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Common English words: the lower-case entries of NLTK's ``words`` list (its
    capitalised entries are proper names such as *Moore*) and the stopwords."""
    require("words", "stopwords")
    from nltk.corpus import stopwords, words

    return frozenset(w for w in words.words() if w.islower()) | \
        frozenset(stopwords.words("english"))


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    require("stopwords")
    from nltk.corpus import stopwords

    extra = """also but and however meanwhile yet still though although while when after before
    since despite during speaking asked according earlier later then now today yesterday this that
    these those there here other another many some several most more such both each every all
    one two three four five first last next similarly instead indeed moreover overall back
    following looking regarding under over within without among across""".split()
    return frozenset(stopwords.words("english")) | frozenset(extra)


# the names other modules imported before they were public
_all_first_names, _english_words, _function_words = all_first_names, english_words, function_words


#: Names that NLTK's names corpus lists under both genders although English-language
#: usage gives them overwhelmingly to one (Chris, Pat, Lee, Terry, Dana … stay unknown).
DOMINANT_GENDER: dict[str, str] = dict(table("dominant_gender"))


def name_gender(first: str) -> str | None:
    """'male', 'female' or ``None`` (unknown or used for both) from NLTK's names corpus.

    Names NLTK lists under both genders are unknown unless :data:`DOMINANT_GENDER`
    gives their usual gender (*Hillary*, *Bernie*, *Ted*).

    >>> name_gender("Mark"), name_gender("Ina"), name_gender("Chris"), name_gender("Hillary")
    ('male', 'female', None, 'female')
    """
    if first in DOMINANT_GENDER:
        return DOMINANT_GENDER[first]
    male, female = _first_names()
    m, f = first in male, first in female
    return "male" if m and not f else "female" if f and not m else None


# --- records ----------------------------------------------------------------


class NameMention(NamedTuple):
    """A capitalised name found in the text, with its title split off."""

    start: int          #: start of the whole run (title included)
    end: int
    name_start: int     #: start of the name proper
    name: str           #: the name without title, e.g. "Mark Rutte"
    title: str          #: title words before the name ("" if none)
    kind: str           #: "person", "organisation" or "unknown"
    subject: bool       #: looks like a clause subject (sentence start or before a verb)
    reporting: bool = False  #: the subject of a reporting verb ("Biden said", "said Biden")


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

    @property
    def role(self) -> str | None:
        """A coarse role from titles and descriptors (``None`` when nothing says)."""
        return role_of(" ".join(self.titles + self.descriptors),
                       "organisation" if self.kind == "organisation" else None)

    @property
    def surname(self) -> str:
        return self.canonical.split()[-1]


_WHO_CLAUSE = re.compile(r"\bwho\s+(?:also\s+|now\s+|still\s+|once\s+)?((?:has|had)\s+)?"
                         r"([a-z]+)\b([^,;]*)")
_EXPERT_EXTRA = word_list("expert_nouns")
#: What a relative clause's verb makes its subject ("who teaches" -> teacher).
_VERB_AGENTS: dict[str, str] = dict(table("verb_agents"))
_ORG_OBJECT = re.compile(r"\b(?:campaign|agency|department|ministry|office|committee|"
                         r"government|administration|party|council|commission)\b")
_SERVICE = re.compile(r"\b(?:army|military|navy|marines?|air force|war|troops)\b")


def _agent_noun(verb: str, rest: str) -> str | None:
    """The role noun for the subject of ``who <verb> <rest>``.

    >>> _agent_noun("runs", " a bakery in Kyiv"), _agent_noun("runs", " the campaign office")
    ('owner', 'head')
    >>> _agent_noun("served", " in the army"), _agent_noun("is", " tired")
    ('veteran', None)
    """
    if verb in ("served", "serves", "fought"):
        return "veteran" if _SERVICE.search(rest) else None
    if verb in ("runs", "ran", "manages", "managed") and _ORG_OBJECT.search(rest):
        return "head"
    return _VERB_AGENTS.get(verb)


#: Nouns for a person, beyond the role words: an unnamed one can be *he* or *she*.
_PERSON_NOUNS = word_list("person_nouns")
_MEMBER_OF = re.compile(r"\b(council|assembly|board|parliament|congress|cabinet)\s+member\b",
                        re.IGNORECASE)


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
    """
    # "council member", "board member", "city council member": one role word
    description = _MEMBER_OF.sub(lambda m: m.group(1) + "member", description)
    words = [w.strip(",.;:()").lower() for w in description.split()]
    found = default
    if any(w in ("anonymity", "anonymously") for w in words):
        return "anonymous source"  # "an official who spoke on condition of anonymity"
    clause = _WHO_CLAUSE.search(description)
    if clause and clause.group(2) in ("is", "was", "are", "were", "has", "had"):
        clause = None  # "who is a senator": the words after it say the role
    if clause:  # "who runs a bakery": the role of the one who does that
        noun = _agent_noun(clause.group(2).lower(), clause.group(3).lower())
        if clause.group(1) and noun == "student":
            noun = "researcher"  # "who has studied the trials"
        found = ROLE_WORDS.get(noun, found) if noun else found
        description = description[:clause.start()]
        words = [w.strip(",.;:()").lower() for w in description.split()]
    for w in words:
        if w in ("source", "sources", "insider", "insiders", "familiar"):
            return "anonymous source"
    demonym = False
    for raw, w in zip(description.split(), words, strict=True):
        singular = w[:-1] if w.endswith("s") and w[:-1] in ROLE_WORDS else w
        if singular in ROLE_WORDS:
            found = ROLE_WORDS[singular]
        elif singular.endswith(("ologist", "ographer", "ometrist")) or singular in _EXPERT_EXTRA:
            found = "expert"  # sociologist, demographer, psychometrist
        elif raw[:1].isupper() and w.isalpha() and is_demonym(raw.strip(",.;:()")):
            demonym = True
    if demonym and found in (None, default):
        found = "citizen/witness"  # "another Kenyan" (but "an economist at the American …")
    if found == "official" and any(w in ("president", "vice", "prime", "minister", "senator",
                                         "governor", "mayor", "mp") for w in words):
        found = "politician"
    return found


#: A dateline opening a paragraph: a place in capitals, then a dash.
_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z.'’ -]{2,}[A-Z.])(?:,[ \t]+[A-Z][\w. ]*)?"
                       r"(?:[ \t]*\([\w .]+\))?[ \t]*(?:—|–|--|-)[ \t]", re.MULTILINE)

#: Words that open a sentence before a name ("Even Ghazala Khan wore …").
_OPENING_ADVERBS = frozenset("""even only also still meanwhile now then today yesterday
instead indeed perhaps maybe later earlier finally recently first last next already""".split())

#: Capitalised words that describe a person's side, not name them ("Republican").
GROUP_SINGULAR = frozenset("""republican democrat democratic libertarian conservative liberal
progressive independent socialist""".split())
_GROUPS = frozenset("""democrats republicans muslims christians jews catholics evangelicals
conservatives liberals progressives libertarians independents""".split())


def _plural_group(word: str) -> bool:
    """``Americans``, ``Republicans``: a plural word for a people or a party (not ``Evans``).

    >>> [_plural_group(w) for w in ("Americans", "Republicans", "Evans", "Jones")]
    [True, True, False, False]
    """
    low = word.lower()
    return low in _GROUPS or low.endswith("s") and len(low) > 4 and is_demonym(word[:-1])


def is_demonym(word: str, any_place: bool = False) -> bool:
    """``Ukrainian``, ``Kenyans``: an adjective or plural whose place is a country
    (with ``any_place``, any place WordNet knows: ``European``, ``Texan``)."""
    if not word.lower().endswith(("an", "ans", "ese", "ish", "i", "is")):
        return False
    place = _place_of(word)
    return place is not None and (any_place or place[2] == "country") and \
        place[1].lower() != word.lower()


# --- name runs ----------------------------------------------------------------


def _sentence_starts(text: str) -> set[int]:
    starts = set()
    for m in _SENT_BREAK.finditer(text):
        if m.group()[:1] == "." and _ABBREVIATION.search(text, max(0, m.start() - 5),
                                                          m.start() + 1):
            continue
        k = m.end()
        while k < len(text) and text[k] in "\"“‘'(«„- —–":
            k += 1
        starts.add(k)
    return starts


def _surname_like(word: str) -> bool:
    """Could ``word`` end a person's name (not a plural common noun like *Cowboys*)?"""
    low = word.lower().rstrip(".")
    if low.endswith("s") and low[:-1] in english_words() and len(low) > 4 \
            and low[:-1].capitalize() not in all_first_names():
        return False
    return low not in ORG_WORDS


def gerund(word: str) -> bool:
    """A capitalised -ing form of an English verb (*Reacting*, *Speaking*, *Using*)?"""
    if not word.endswith("ing") or len(word) < 5:
        return False
    stem = word[:-3].lower()
    english = english_words()
    return stem in english or stem + "e" in english or (stem[-1:] == stem[-2:-1]
                                                        and stem[:-1] in english)


#: Last words that make a name a place ("Merced County", "Central Valley").
_PLACE_HEADS = word_list("place_heads")


def _is_org(words: Sequence[str]) -> bool:
    """Does a name run name an organisation, a group or a place (anything but a person)?

    >>> _is_org(["Merced", "County"]), _is_org(["Republican"]), _is_org(["Mark", "Rutte"])
    (True, True, False)
    """
    low = [w.lower().rstrip(".") for w in words]
    if any(w in ORG_WORDS or w + "." in ORG_WORDS for w in low):
        return True
    if len(low) > 1 and low[-1] in _PLACE_HEADS and words[0] not in all_first_names() or \
            len(low) == 1 and low[0] in GROUP_SINGULAR:
        return True  # "Merced County", "Central Park" (but "Ellen Park" is a person)
    return all(w.isupper() and len(w) > 1 and "." not in w for w in words) and len(words) == 1


def reporting_after(after: str) -> bool:
    """Does ``after`` (the text following a name or pronoun) open with a reporting verb?

    >>> reporting_after(" said on Monday"), reporting_after(", a senator, told them")
    (True, True)
    >>> reporting_after(" campaign said"), reporting_after(" report")
    (False, False)
    """
    m = _REPORTING_AFTER.match(after)
    if m is None:
        return False
    word = m.group(1)
    return lemma_of(word) is not None and (word.endswith(("ed", "s")) or word in _IRREGULAR_CUES)


_IRREGULAR_CUES = frozenset("said told wrote spoke shot swore sang".split())


def split_title(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split a capitalised run into (title words, name words).

    >>> split_title("NATO Secretary General Mark Rutte".split())
    (['NATO', 'Secretary', 'General'], ['Mark', 'Rutte'])
    >>> split_title("Secretary of State Hillary Clinton".split())
    (['Secretary', 'of', 'State'], ['Hillary', 'Clinton'])
    >>> split_title(["Obama"])
    ([], ['Obama'])
    """
    last = -1
    # titles come before the name: a title word after a first name is a surname
    # ("Representative Peter T. King", "Martin Luther King")
    first_name = next((i for i, w in enumerate(words) if w in all_first_names()
                       and w.lower() not in TITLE_WORDS
                       and (i + 1 == len(words) or words[i + 1].lower() not in TITLE_WORDS)),
                      len(words))  # not "Virginia" in "Virginia Gov. Terry McAuliffe"
    for i, w in enumerate(words[:min(first_name, len(words) - 1)]):
        if w.lower() in TITLE_WORDS:
            last = i
    if last < 0:
        # "Navy SEAL Ty Woods": words before a known first name describe the person
        first = next((i for i, w in enumerate(words[1:-1], start=1)
                      if w in all_first_names() and words[i - 1] not in all_first_names()
                      and not words[i - 1].endswith(".")), None)
        if first is not None and len(words) - first <= 3:
            return list(words[:first]), list(words[first:])
        return [], list(words)
    cut = last + 1
    if cut + 1 < len(words) and words[cut] == "of":
        cut += 2
    if cut >= len(words):
        return list(words), []
    return list(words[:cut]), list(words[cut:])


_SENTENCE_OPENERS = frozenset("""despite unlike like under when while after before as if since
although though because until unless during without within across against among amid
amongst toward towards upon via per plus outside inside beyond near behind around throughout
below above beside besides except including regarding""".split())


def _foreign_first_name(words: list[str], low: str, lower_words: set[str],
                        english: frozenset[str]) -> bool:
    """Is a sentence-opening word that the word list knows (*Olena*) a first name before
    a surname the list does not know (*Petrenko*)? Only when the text never uses it in
    lower case and it has no adverb, participle or preposition form."""
    return len(words) == 2 and low not in lower_words and words[1].lower() not in english \
        and not low.endswith(("ly", "ing", "ed", "s")) and low not in _SENTENCE_OPENERS \
        and low not in _OPENING_ADVERBS and len(low) >= 3


#: Irregular past forms of reporting verbs (regular ones end in -ed, present ones in -s).
_IRREGULAR_CUES = frozenset("said told wrote spoke swore rang took".split())


def _title_case_cue(text: str, words: list[str], offsets: list[int]) -> int | None:
    """Where a capitalised reporting verb cuts a name run in a Title-Cased line, if it does.

    Headlines and subheads capitalise every word, so a name runs into the verb
    after it (*Jane Roe Said*, *Tom Hale Joked*): a finite form of a reporting
    verb after the first word ends the name when most words around it are
    capitalised too (in its line, within 80 characters).

    >>> t = "At The Summit, Jane Roe Said 'We Will Rebuild'"
    >>> _title_case_cue(t, ["Jane", "Roe", "Said"], [15, 20, 24])
    2
    """
    for i in range(1, len(words)):
        low = words[i].lower()
        if not (low in _IRREGULAR_CUES or low.endswith(("ed", "s"))) or lemma_of(low) is None:
            continue
        while i > 1 and (words[i - 1].lower() in _ADVERBS_BEFORE_CUE or
                         words[i - 1].endswith("ly") and words[i - 1].lower() in english_words()):
            i -= 1  # "Al Sharpton Just Says", "Tom Hale Angrily Denied"
        a, b = max(0, offsets[i] - 80), offsets[i] + 80
        a = max(a, text.rfind("\n", a, offsets[i]) + 1)
        b = text.find("\n", offsets[i], b) if "\n" in text[offsets[i]:b] else b
        around = _TITLE_WORD.findall(text, a, b)  # the words of its line, near it
        if len(around) >= 4 and sum(w[0].isupper() for w in around) >= 0.75 * len(around):
            return i
    return None


#: Adverbs a headline puts between a name and its verb ("Sharpton Just Says").
_ADVERBS_BEFORE_CUE = frozenset("""just once also now never still then again later even
finally first reportedly only""".split())


_TITLE_WORD = re.compile(r"(?<![\w'’])[A-Za-z][a-z'’]{3,}")


def name_mentions(text: str, lower_words: set[str] | None = None) -> list[NameMention]:
    """Every capitalised name run in ``text`` (titles split off), in order.

    >>> [(m.name, m.title) for m in name_mentions("Despite that, US President Donald Trump "
    ...                                            "met MP Ina Sovsun.")]
    [('Donald Trump', 'US President'), ('Ina Sovsun', 'MP')]
    """
    starts = _sentence_starts(text)
    runs = list(_RUN.finditer(text))
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
    out: list[NameMention] = []
    datelines = [(d.start(1), d.end()) for d in _DATELINE.finditer(text)]
    governed_at = -1  # start of the last name governed by a preposition ("in Aurora")
    for m in runs:
        if any(a <= m.start() < b for a, b in datelines):
            continue  # "WASHINGTON —", "KYIV, Ukraine (AP) —": where, not who
        words = m.group().split()
        offsets = [w.start() + m.start() for w in _WORD_SPLIT.finditer(m.group())]
        k = 0
        initial = m.start() in starts
        while k < len(words):
            w = words[k]
            low = w.lower()
            drop = low in function or low in ("the", "a", "an") or \
                initial and k == 0 and low in _OPENING_ADVERBS and len(words) > 1
            if not drop and initial and k == 0:
                drop = (w not in mid_capitalised and (low in english or low in lower_words)
                        and not (len(words) > 1 and w in all_first_names())
                        and not (len(words) > 1 and low in TITLE_WORDS)
                        and not len(words) >= 3  # "Black Lives Matter" opening a sentence
                        and not (initial_count.get(w, 0) >= 2 and low not in lower_words)
                        and not _foreign_first_name(words, low, lower_words, english))
            if not drop:
                break
            k += 1
        while k < len(words) and words[k].lower() in _CONNECTORS:
            k += 1
        words, offsets = words[k:], offsets[k:]
        cut = next((i for i, w in enumerate(words) if w in _PRONOUN_WORDS), None)
        if cut is not None:  # "Washington D.C. He recalled": the run crossed a sentence
            words, offsets = words[:cut], offsets[:cut]
        cut = _title_case_cue(text, words, offsets)
        if cut is not None:  # "Jane Roe Said 'We …'" in a Title-Cased line: the name ends
            words, offsets = words[:cut], offsets[:cut]
        while words and (words[-1].lower() in _CONNECTORS or words[-1].lower() in ("jr.", "sr.")
                         and len(words) == 1):
            words, offsets = words[:-1], offsets[:-1]
        if not words or words[0] in _NOT_NAMES or initial and k == 0 and gerund(words[0]) \
                and words[0] not in mid_capitalised:
            continue
        title, name = split_title(words)
        if "of" in name[1:]:
            # "Mayor Maria Lopez of Eastbrook", "John McCain of Arizona": the place is a
            # descriptor (kept by cluster_entities), not part of the name
            i = name.index("of", 1)
            before, place = name[:i], name[i + 1:]
            if place and (title or len(before) >= 2) and not _is_org(before) and \
                    not any(w.lower() in ORG_WORDS for w in before):
                words, offsets = words[:len(title) + i], offsets[:len(title) + i]
                title, name = split_title(words)
        if not name or len(name) > 4:
            continue  # no name, or a Title-Cased headline rather than a name
        start, end = offsets[0], offsets[-1] + len(words[-1])
        name_start = offsets[len(title)]
        kind = "organisation" if _is_org(name) else "unknown"
        if kind == "unknown" and (title or len(name) >= 2 and _surname_like(name[-1]) and (
                name[0] in all_first_names() or name[0][1:2].islower()
                and name[0].lower() not in english)):
            kind = "person"
        if kind == "unknown" and len(name) == 1 and name[0].endswith(("ans", "ese", "ists")):
            kind = "organisation"  # a plural group: Americans, Chinese, Democrats
        if kind != "organisation" and len(name) > 1 and not title and \
                _plural_group(name[-1]):
            kind = "organisation"  # "Muslim Americans", "Senate Republicans"
        of_place = _OF_PLACE.match(text, end)  # "Michael Brown of Washington, D.C., said"
        vend = of_place.end() if of_place else end
        paren = _PARENTHETICAL.match(text, vend)  # "Rep. Sander Levin (D-Mich.), …, said"
        vend = paren.end() if paren else vend
        after = text[vend:vend + 90]
        if kind == "unknown":
            nxt = _NEXT_WORD.match(after)
            if nxt and nxt.group(1).endswith(("ed", "s", "d", "ld", "te")) and \
                    lemma_of(nxt.group(1)) is not None:
                kind = "person"  # the subject of a reporting verb: "Palmieri said"
        before = _PRECEDING_WORD.search(text, max(0, start - 20), start)
        subject = before is None or before.group(1).lower() not in _PREPOSITIONS or \
            before.group(1) in ("And", "But", "Or", "Yet", "So")  # "And Donald, then …, did"
        inverted = before is not None and before.group(1).lower() in _INVERTED_CUES
        subject = subject and (start in starts or bool(_VERB_AFTER.match(text, vend, vend + 200))) \
            or inverted
        governed = before is not None and before.group(1).lower() in _PREPOSITIONS and \
            before.group(1) not in ("And", "But", "Or", "Yet", "So")
        if out and _LIST_COMMA.fullmatch(text, out[-1].end, start) and \
                out[-1].start == governed_at and text.startswith(",", end):
            # "in Aurora, Colorado, in July, said": the second place is governed too
            subject, inverted, governed = False, False, True
        if governed:
            governed_at = start
        out.append(NameMention(start, end, name_start, " ".join(name), " ".join(title), kind,
                               subject, inverted or not governed and reporting_after(after) or
                               bool(_ACCORDING_BEFORE.search(text, max(0, start - 45), start))))
    return out


# --- entities -----------------------------------------------------------------

#: A relative clause right after a name: ", who runs a bakery in Kyiv,".
_WHO_AFTER = re.compile(r"\s*,\s+(who\s+[^,.;:\"“”]{3,90}?)\s*(?=,|\.|;|$)")
_APPOSITIVE = re.compile(r"\s*,\s+(?:\d{1,3},\s+)?"  # an age first: "Janet Wu, 67, a teacher"
                         r"((?:the|a|an|who is|another|his|her|its|their|head|chief)\s"
                         r"[^,.;:\"“”]{2,70}?)\s*(?=,|\.|;|$)")
#: "the city's chief engineer, Teodor Brask", "His neighbour, Ines Caddow,".
#: A finite verb inside what looks like an appositive: a clause, not a description
#: ("According to Hale, the hospital lost $12 million", "…, the governor ordered a …").
_CLAUSE_IN_APPOSITIVE = re.compile(r"\s(?:is|was|are|were|has|had|have|lost|won|made|took|gave|"
                                   r"got|went|came|[a-z]+ed\s+(?:such|a|an|the|that|this|to|his|"
                                   r"her|their|its|it|them|him))\b")
_PRE_APPOSITIVE = re.compile(r"\b((?:[Tt]he|[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts"
                             r"|(?:[A-Z][\w.]*\s)*[A-Z]\w*['’]s)\s"
                             r"(?:[\w’'-]+\s){0,4}?[a-z][\w-]*),\s+$")
_WORD_BEFORE = re.compile(r"[A-Za-z][\w.-]*")
_LAST_WORD_BEFORE = re.compile(r"[a-z][\w-]*")


def _words_before(text: str, start: int) -> list[str]:
    """Up to five plain words right before ``start``, the last in lower case ("the
    legendary Dutch football coach" before "Louis van Gaal"); [] if there are none.

    >>> _words_before("said party leader Ann Lee", 18)
    ['said', 'party', 'leader']
    """
    seg = text[max(0, start - 60):start]
    if not seg[-1:].isspace():
        return []
    words = seg.split()
    if start > 60 and not seg[0].isspace():
        words = words[1:]  # a word cut by the window
    if not words or not _LAST_WORD_BEFORE.fullmatch(words[-1]):
        return []
    out = [words[-1]]
    for w in reversed(words[:-1]):
        if len(out) == 5 or not _WORD_BEFORE.fullmatch(w):
            break
        out.insert(0, w)
    return out
#: "a Kyiv resident named Yulia", "a group called …" (not "Priebus called Clinton …").
_NAMED = re.compile(r"(?:\b[a-z][\w-]*\s+named|\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}?"
                    r"called)\s+$")
_HE_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
#: Before a reporting subject, a sign that it is inside a reported clause ("…, pointing out
#: that the paper's Robert Costa had reported …").
_EMBEDDED = re.compile(r"\b(?:said|says|saying|told|telling|out|noted|noting|added|adding|argued|"
                       r"arguing|claimed|claiming|insisted|explained|suggested|wrote|writing|"
                       r"warned|warning|stated|stating)\s+(?:\w+\s+)?that\s")
_WORD = re.compile(r"[A-Za-z]+")
_HIS = frozenset({"he", "his", "himself"})
_HERS = frozenset({"she", "her", "hers", "herself"})
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An)\s+$")
_CONTRACTION = re.compile(r"['’]s\s+(?:been|got|not|never|also|already|had|made|said|told)\b")
#: A sentence opening with a subordinate or prepositional phrase: its subject follows the comma.
_INTRO = re.compile(r"[\"“‘'(]*(When|While|After|Although|Though|If|As|Because|Since|Before|"
                    r"Once|Until|Unless|Whereas|Whether|For|To|In|At|With|Like|Unlike|Despite|"
                    r"During|On|According|[A-Z][a-z]+(?:ed|ing))\b")
_EXPERIENCER = frozenset({"To", "For", "According", "Like"})
#: A clause whose subject is a description ("The radio talker has …"), not a name.
_DESCRIPTION_START = re.compile(r"\s*(?:[\"“‘'(]\s*)?(?:The|the|A|a|An|an|This|this|That|that|"
                                r"His|his|Her|her)\s+"
                                r"(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\b(?!['’])")
_OF_PLACE = re.compile(r"[ \t\xa0]+(of[ \t\xa0]+[A-Z][\w.'’-]*(?:[ \t\xa0]+[A-Z][\w.'’-]*){0,2})")


class Entities:
    """The people and organisations of one article, with alias and reference resolution.

    Build it with :func:`cluster_entities`.
    """

    def __init__(self, text: str, mentions: list[NameMention], entities: list[Entity],
                 by_mention: list[Entity], exclude: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        self.mentions = mentions
        self.entities = entities
        self._by_mention = by_mention
        self._starts = [m.start for m in mentions]
        self._index: dict[str, Entity] = {}
        self._surnames: dict[str, Entity] = {}
        self._family: dict[str, list[Entity]] = {}
        self._first: dict[str, Entity] = {}
        for e in entities:
            for a in (e.canonical, *e.aliases):
                self._index.setdefault(a.lower(), e)
            words = e.canonical.lower().split()
            if len(words) > 1:
                self._surnames.setdefault(words[-1], e)
                self._family.setdefault(words[-1], []).append(e)
                self._first.setdefault(words[0], e)
        self._exclude = sorted(exclude)
        self._sentence_starts = sorted(_sentence_starts(text))
        self._pronouns: dict[str, list[int]] = {}
        for m in _HE_SHE.finditer(text):
            self._pronouns.setdefault(m.group().lower(), []).append(m.start())
        #: entities already attributed a quote (filled in by the caller): salient people
        #: unnamed people who report ("A patient … said"), by (offset, gender)
        self._unnamed: dict[tuple[int, str], Entity] = {}

    @property
    def sentence_starts(self) -> list[int]:
        """Where each sentence of the text starts, in order."""
        return self._sentence_starts

    def __iter__(self):
        return iter(self.entities)

    def __len__(self) -> int:
        return len(self.entities)

    def lookup(self, name: str) -> Entity | None:
        """The entity a name (or alias, possessive or with a title) refers to.

        Without a full match, a name whose last word is a known surname, or
        whose first word is a known first name, joins that entity.
        """
        words = [w for w in re.sub(r"['’]s?$", "", name.strip()).split() if w]
        title, rest = split_title(words) if len(words) > 1 else ([], words)
        key = " ".join(rest).lower()
        if not key:
            return None
        if key in self._index:
            return self._index[key]
        parts = key.split()
        last = self._index.get(parts[-1]) or self._surnames.get(parts[-1])
        if last is not None and (len(parts) == 1 or parts[0] in
                                 (a.lower().split()[0] for a in (last.canonical, *last.aliases))):
            return last
        if len(parts) == 1:
            return self._first.get(parts[0])
        return None

    def person_named(self, name: str) -> Entity | None:
        """The person whose surname (or name) is ``name``, ignoring organisations."""
        ent = self._surnames.get(name.lower())
        if ent is not None and ent.kind != "organisation":
            return ent
        ent = self.lookup(name)
        return ent if ent is not None and ent.kind != "organisation" else None

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity of the name mention overlapping ``[start, end)``."""
        i = bisect.bisect_right(self._starts, end) - 1
        while i >= 0 and self.mentions[i].end > start:
            if self.mentions[i].start < end:
                return self._by_mention[i]
            i -= 1
        return None

    def _enclosing(self, offset: int) -> tuple[int, int] | None:
        """The excluded span (a quotation) that contains ``offset``, if any."""
        i = bisect.bisect_right(self._exclude, (offset, 1 << 62)) - 1
        if i >= 0 and self._exclude[i][0] <= offset < self._exclude[i][1]:
            return self._exclude[i]
        return None

    def _excluded(self, offset: int, within: tuple[int, int] | None = None) -> bool:
        """Is ``offset`` inside a quotation? Not when that is ``within``, the quoted
        passage a pronoun stands in: its own names are antecedents for its pronouns."""
        span = self._enclosing(offset)
        return span is not None and span != within

    def persons_before(self, offset: int, window: int = 2500) -> list[tuple[NameMention, Entity]]:
        """Person-like name mentions before ``offset`` (most recent first), outside quotes."""
        i = bisect.bisect_left(self._starts, offset) - 1
        out = []
        while i >= 0 and self.mentions[i].start > offset - window:
            m, e = self.mentions[i], self._by_mention[i]
            if e.kind != "organisation" and not self._excluded(m.start):
                out.append((m, e))
            i -= 1
        return out

    def resolve_pronoun(self, pronoun: str, offset: int, prefer: Entity | None = None,
                        prefer_since: int | None = None, window: int = 2500,
                        quoted: Collection[Entity] = ()) -> Entity | None:
        """The person a third-person pronoun at ``offset`` refers to, or ``None``.

        Sentences are read backwards from the pronoun, outside quotations. In
        each, the first gender-compatible element in subject position (a
        person's name, or a *he*/*she* of the same gender) is the sentence's
        topic; in a sentence opening with a subordinate or prepositional
        phrase (*When Maddow asked, Clinton said …*) the main clause comes
        first. A name ends the search; a pronoun continues the chain into the
        sentence before (*He said Mateen …* is about the earlier *he*). The
        current speaker ``prefer`` (quoted last, that quote ending at
        ``prefer_since``) is the answer when the chain reaches that quote
        without meeting a new name. Names after *the*/*a* (*the Sandy Hook
        shootings*) and possessives (*Trump's campaign*) are only a fallback. A name of
        unknown kind counts as a person only when it is one of the speakers ``quoted`` so far
        (or reports something itself).
        """
        gender = PRONOUNS.get(pronoun.lower())
        if gender not in ("male", "female"):
            return None
        within = self._enclosing(offset)  # a pronoun inside a long quoted passage
        prefer_ok = prefer is not None and prefer.gender in (None, gender) and \
            prefer.kind != "organisation" and prefer_since is not None
        starts = self._sentence_starts
        s = bisect.bisect_right(starts, offset)
        fallback: Entity | None = None
        while s >= 1:
            a = starts[s - 1]
            if a < offset - window:
                break
            b = min(offset, starts[s] if s < len(starts) else len(self.text))
            found, weak = self._topic(a, b, gender,
                                      prefer if prefer_ok and prefer_since >= a else None,
                                      within, quoted)
            if isinstance(found, Entity):
                return found
            if fallback is None:
                fallback = weak
            if prefer_ok and prefer_since >= a:
                return prefer
            s -= 1
        return fallback if fallback is not None else (prefer if prefer_ok else None)

    def resolve_organisation(self, offset: int, prefer: Entity | None = None,
                             sentences: int = 3) -> Entity | None:
        """The organisation *it*/*they* at ``offset`` refers to, or ``None``.

        The most recent organisation named outside quotations in the last few
        sentences (a subject first), else the current speaker ``prefer`` if it
        is an organisation.

        >>> ents = cluster_entities("The Washington Post reported it first. It said so.")
        >>> ents.resolve_organisation(35).canonical
        'Washington Post'
        """
        starts = self._sentence_starts
        s = bisect.bisect_right(starts, offset)
        while s >= 1 and sentences > 0:
            a = starts[s - 1]
            b = min(offset, starts[s] if s < len(starts) else len(self.text))
            orgs = [(m, e) for m, e in self._mentions_in(a, b)
                    if e.kind == "organisation" and not self._excluded(m.start)]
            if orgs:
                return next((e for m, e in orgs if m.subject), orgs[0][1])
            s -= 1
            sentences -= 1
        return prefer if prefer is not None and prefer.kind == "organisation" else None

    def _mentions_in(self, a: int, b: int) -> list[tuple[NameMention, Entity]]:
        i = bisect.bisect_left(self._starts, a)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < b:
            out.append((self.mentions[i], self._by_mention[i]))
            i += 1
        return out

    def _compatible(self, e: Entity, gender: str, m: NameMention | None = None
                    ) -> Entity | None:
        """``e`` if it can be *he*/*she* of ``gender``. A surname alone (mention ``m``)
        whose cluster has the other gender may mean a relative named just before
        (*Dorothy Woods … Woods said*, not her husband *Ty Woods*)."""
        if e.kind == "organisation" or _placelike(e):
            return None
        if e.gender not in (None, gender):
            if m is None or " " in m.name:
                return None
            return next((o for o in self._family.get(e.surname.lower(), ())
                         if o.gender == gender and o.kind == "person"
                         and any(m.start - 1500 < s < m.start for s, _ in o.mentions)), None)
        return e

    def _topic(self, a: int, b: int, gender: str, speaker: Entity | None = None,
               within: tuple[int, int] | None = None, quoted: Collection[Entity] = ()
               ) -> tuple[Entity | str | None, Entity | None]:
        """The topic of the sentence ``text[a:b]`` for a pronoun of ``gender``.

        Returns (an entity, ``"pronoun"`` when the topic is a pronoun or a
        description that continues the chain, or ``None``; a weak fallback).
        ``speaker``: the current speaker, whose last quote is in this sentence.
        Ranking: the subject of a reporting verb (*…, Biden said*), then the
        first subject, in the main clause first.
        """
        # (start, rank, entity): rank 2 reporting subject, 1 subject, 0 other
        elements: list[tuple[int, int, Entity | None]] = []
        weak: Entity | None = None
        text = self.text
        i = bisect.bisect_left(self._starts, a)
        while i < len(self.mentions) and self.mentions[i].start < b:
            m, e = self.mentions[i], self._by_mention[i]
            i += 1
            if self._excluded(m.start, within):
                continue
            e = self._compatible(e, gender, m)
            if e is None:
                continue
            if e is speaker:
                return e, weak
            if e.kind != "person" and e.gender is None and e not in quoted and \
                    not (m.subject and m.reporting and " " in m.name
                         and not m.name.endswith("s")) and \
                    not (m.subject and not text[a:m.start].strip() and
                         self._own_pronoun_after(m, b, gender, within)):
                continue  # "West Point", "Louisville": not known to be a person
            if _DETERMINER_BEFORE.search(text, max(0, m.start - 6), m.start):
                weak = weak or e  # "the Sandy Hook shootings", "the Donald"
                continue
            subject = m.subject
            if text.startswith(("'s", "’s", "'", "’"), m.end) and \
                    not _CONTRACTION.match(text, m.end):
                subject = m.start <= a + 2  # "Clinton's website is …" opens the sentence
            reporting = m.reporting and not _EMBEDDED.search(text, a, m.start)
            elements.append((m.start, 2 if reporting else 1 if subject else 0, e))
        own = "he" if gender == "male" else "she"
        offsets = self._pronouns.get(own, [])
        for p in offsets[bisect.bisect_left(offsets, a):bisect.bisect_left(offsets, b)]:
            if not self._excluded(p, within):
                reporting = reporting_after(text[p + len(own):p + 90]) and \
                    not _EMBEDDED.search(text, a, p)
                elements.append((p, 2 if reporting else 1, None))
        elements.sort(key=lambda el: el[0])
        main_start = a
        intro = _INTRO.match(text, a)
        if intro:
            comma = text.find(",", a, b)
            if comma > 0:
                main_start = comma + 1
        main = [el for el in elements if el[0] >= main_start]
        lead = [el for el in elements if el[0] < main_start]
        topic = next((el for el in main if el[1] == 2), None) or \
            next((el for el in lead if el[1] == 2), None) or \
            next((el for el in main if el[1] == 1), None)
        description = _DESCRIPTION_START.match(text, main_start)
        if description and self._excluded(description.end() - 1, within):
            description = None  # a sentence inside a quotation
        if topic is None and lead and intro and intro.group(1) in _EXPERIENCER:
            # "To Florida consultant Wilson, the party line is silly": the person in
            # the opening phrase is the topic when the main clause names nobody
            topic = lead[0]
        if topic is None and description:
            # "The radio talker has …", "the candidate said": a description
            e = self.resolve_descriptor(description.group().strip(" \"“‘'("), a)
            if e is not None and self._compatible(e, gender) is e:
                return e, weak
            named = next((el for el in lead if el[2] is not None and el[1]), None)
            if named is not None:
                # "When the moderator noted that Trump had not answered, the candidate said"
                return named[2], weak
            unnamed = self._unnamed_reporter(description, b, gender)
            if unnamed is not None:
                # "A patient, who asked not to be named, said …. "…," she said."
                return unnamed, weak
            # "The plan was criticised by Jane Roe.": the chain goes on past a thing, but
            # a person of the pronoun's gender named in the sentence is the fallback
            non_subject = next((el for el in elements if el[2] is not None), None)
            return "pronoun", weak or (non_subject[2] if non_subject else None)
        if topic is None:
            non_subject = next((el for el in elements if el[2] is not None), None)
            return None, weak or (non_subject[2] if non_subject else None)
        if topic[2] is None:
            # "Ms. Nwanguma was shocked …, she said": the pronoun is that earlier subject
            earlier = next((el for el in elements if el[0] < topic[0] and el[1]
                            and el[2] is not None and el[0] >= main_start), None)
            return (earlier[2] if earlier else "pronoun"), weak
        return topic[2], weak

    def _unnamed_reporter(self, description: re.Match[str], b: int, gender: str
                          ) -> Entity | None:
        """An unnamed person who opens a sentence and reports (*A patient, who asked not
        to be named, said …*), as an entity for a later *he*/*she*; ``None`` for a
        thing (*The plan said …*) or when the text names no person role."""
        words = description.group().split()
        head = words[-1].lower().strip(",")
        if words[0].lower() not in ("a", "an", "one", "another") or \
                not reporting_after(self.text[description.end():b]):
            return None
        role = role_of(description.group())
        if role is None and head not in _PERSON_NOUNS:
            return None
        desc = " ".join(words[1:])
        key = (description.start(), gender)
        if key not in self._unnamed:
            self._unnamed[key] = Entity(desc, kind="person", gender=gender,
                                        descriptors=(description.group().strip(),),
                                        mentions=[(description.start(), description.end())])
        return self._unnamed[key]

    def _own_pronoun_after(self, m: NameMention, b: int, gender: str,
                           within: tuple[int, int] | None = None) -> bool:
        """Is the sentence-opening subject ``m`` taken up by a *he*/*his* (*she*/*her*) of
        ``gender`` in the same clause (no comma between), before any other name (*Cruz
        openly admitted that his pick …*)? Then the unknown name is a person. Words of
        the dictionary (*Recently*, *Audiences*) are never names."""
        low = m.name.lower()
        if low in english_words() or low.endswith("s") and low[:-1] in english_words():
            return False
        i = bisect.bisect_right(self._starts, m.start)
        stop = min(b, self.mentions[i].start if i < len(self.mentions) else b)
        comma = self.text.find(",", m.end, stop)
        stop = comma if comma >= 0 else stop
        words = _HIS if gender == "male" else _HERS
        return any(w.group().lower() in words and not self._excluded(w.start(), within)
                   for w in _WORD.finditer(self.text, m.end, stop))

    def _sentence_of(self, offset: int) -> int:
        return bisect.bisect_right(self._sentence_starts, offset)

    def resolve_descriptor(self, descriptor: str, offset: int) -> Entity | None:
        """The person a description such as *the NATO chief* refers to, or ``None``.

        The description's content words are compared with each entity's titles
        and descriptors; among the entities sharing the most words, the most
        recently mentioned before ``offset`` wins. A bare role word (*the
        president*) must match a title word.
        """
        former = "former" in descriptor.lower().split()
        words = {w.strip(",.").lower() for w in descriptor.split()} - {
            "the", "a", "an", "former", "current", "this", "that", "new", "then", "another", "his",
            "her", "its", "their", "of", "for", "to", "and", "in", "'s", "’s"}
        if not words:
            return None
        synonyms = {"chief": {"secretary", "general", "director", "head", "leader", "chief"},
                    "head": {"secretary", "general", "director", "head", "chief", "leader"},
                    "leader": {"president", "leader", "chief", "head", "prime", "minister"},
                    "senator": {"sen", "senator"}, "governor": {"gov", "governor"},
                    "congressman": {"rep", "congressman", "representative"},
                    "congresswoman": {"rep", "congresswoman", "representative"}}
        # the head noun must match: "the golf industry" is no "Colony West Golf Club"
        head = re.split(r"\s+(?:of|for|at|in|from|on|with|who|that)\s+", descriptor.strip())[0]
        head = head.split()[-1].strip(",.").lower() if head.split() else ""
        best, best_key = None, (0, False, 0)
        paragraph = self.text.rfind("\n", 0, offset)
        for e in self.entities:
            if e.kind == "organisation" or not e.mentions or e.mentions[0][0] >= offset:
                continue
            known = {w.strip(",.").lower() for t in e.titles + e.descriptors for w in t.split()}
            if not known:
                continue
            hits = 0
            for w in words:
                if w in known:
                    hits += 2 if w not in synonyms else 1
                elif w in synonyms and synonyms[w] & known:
                    hits += 1
            if hits == 0 or head in words and head not in known and \
                    not (synonyms.get(head, set()) & known):
                continue
            if former and "former" in known:
                hits += 1  # "the former president": Bill Clinton, not President Obama
            last = max(s for s, _ in e.mentions if s < offset)
            # the person this paragraph is about before anyone named only earlier
            key = (hits, last > paragraph, last)
            if key > best_key:
                best, best_key = e, key
        return best


def cluster_entities(text: str, exclude: Iterable[tuple[int, int]] = ()) -> Entities:
    """Find the people and organisations in ``text`` and cluster their aliases.

    ``exclude`` lists spans (usually quotations) whose names do not count as
    pronoun antecedents; they still join the clusters.

    >>> ents = cluster_entities("Hillary Clinton spoke. Mrs. Clinton left. Mr. Obama and "
    ...                         "Barack Obama met. Clinton won.")
    >>> sorted(e.canonical for e in ents)
    ['Barack Obama', 'Hillary Clinton']
    >>> ents.lookup("Clinton's").gender
    'female'
    """
    mentions = name_mentions(text)
    lower_words: set[str] | None = None
    entities: list[Entity] = []
    full: dict[str, Entity] = {}
    by_surname: dict[str, list[Entity]] = {}
    by_first: dict[str, list[Entity]] = {}
    # Pass 1: multi-word names are canonical forms.
    for m in mentions:
        words = m.name.split()
        if len(words) >= 2 and m.name not in full:
            e = Entity(m.name, kind=m.kind)
            full[m.name] = e
            entities.append(e)
            by_surname.setdefault(words[-1], []).append(e)
            by_first.setdefault(words[0], []).append(e)
    by_mention: list[Entity] = []
    for m in mentions:
        words = m.name.split()
        e = full.get(m.name) if len(words) >= 2 else None
        if e is None and len(words) >= 2:
            e = full[m.name]
        if e is None:
            cands = by_surname.get(words[-1]) or []
            if not cands and m.kind != "organisation":
                # "Lopez" -> Maria Lopez is by surname; here "Nexa" -> Nexa Systems (an
                # organisation's first word, when that word is nobody's first name)
                cands = [c for c in by_first.get(words[0], []) if c.kind != "organisation"
                         or words[0] not in all_first_names()]
            honorific = next((HONORIFICS[w] for w in m.title.lower().split()
                              if w in HONORIFICS), None)
            if len(cands) > 1 and honorific is not None:
                # "Mrs. Clinton" is Hillary, "Mr. Clinton" Bill
                fitting = [c for c in cands if name_gender(c.canonical.split()[0])
                           in (None, honorific)]
                cands = fitting or cands
            if len(cands) > 1:
                # a person before an organisation, then the most mentioned (the article's
                # "Trump" is Donald Trump even after a paragraph on Eric Trump), then the
                # most recent
                cands = sorted(cands, key=lambda c: (c.kind != "organisation", len(c.mentions),
                                                     max((s for s, _ in c.mentions
                                                          if s < m.start), default=-1)))
            e = cands[-1] if cands else None
        if e is None:
            e = full.get(m.name)
            if e is None:
                e = Entity(m.name, kind=m.kind)
                full[m.name] = e
                entities.append(e)
        if m.name != e.canonical and m.name not in e.aliases:
            e.aliases += (m.name,)
        if m.title and m.title not in e.titles:
            e.titles += (m.title,)
        e.mentions.append((m.start, m.end))
        if e.kind == "unknown" and m.kind != "unknown":
            e.kind = m.kind
        by_mention.append(e)
    # Descriptors and gender evidence.
    for m, e in zip(mentions, by_mention, strict=True):
        app = _APPOSITIVE.match(text, m.end, min(len(text), m.end + 90))
        if app and not re.search(r"\b(?:said|says|told|and)\b", app.group(1)) and \
                not _CLAUSE_IN_APPOSITIVE.search(re.split(r"\b(?:who|that|which)\b",
                                                          app.group(1))[0]):
            desc = app.group(1).strip()
            if desc not in e.descriptors:
                e.descriptors += (desc,)
        who = _WHO_AFTER.match(text, m.end, min(len(text), m.end + 100))
        if who and e.kind != "organisation" and who.group(1) not in e.descriptors:
            e.descriptors += (who.group(1).strip(),)  # "Olena, who runs a bakery,"
        place = _OF_PLACE.match(text, m.end, min(len(text), m.end + 60))
        where = place.group(1) if place else ""
        if where.endswith(".") and any(c.islower() for c in where.split()[-1]):
            where = where[:-1]  # the sentence's full stop, not an abbreviation
        if where and e.kind != "organisation" and where not in e.descriptors:
            e.descriptors += (where,)  # "Maria Lopez of Eastbrook"
        desc_words = _words_before(text, m.start) if not m.title else []
        if desc_words and desc_words[-1].lower() in ROLE_WORDS:
            keep = [w for w in desc_words if w.lower() not in function_words()]
            if keep and " ".join(keep) not in e.descriptors:
                e.descriptors += (" ".join(keep),)
        pre_app = _PRE_APPOSITIVE.search(text, max(0, m.start - 70), m.start)
        if pre_app and not m.title:
            desc = pre_app.group(1)
            last = desc.split()[-1].lower()
            if (last in ROLE_WORDS or last.removesuffix("s") in ROLE_WORDS) and \
                    desc not in e.descriptors:
                e.descriptors += (desc,)
        if _NAMED.search(text, max(0, m.start - 40), m.start):
            lead = text[max(0, m.start - 60):m.start]
            desc = re.split(r"[,.;:\"“”]", lead)[-1]
            desc = re.sub(r"\s*\b(?:named|called)\s*$", "", desc).strip()
            if desc and desc not in e.descriptors:
                e.descriptors += (desc,)
            e.kind = "person"
    votes = _pronoun_votes(text, mentions, by_mention, sorted(exclude))
    for e in entities:
        words = e.canonical.split()
        # evidence, strongest first: a gendered title on the name itself (Mrs. Clinton),
        # the first name (Hillary), a gendered word describing the person (spokeswoman),
        # and the pronouns that follow the name (Clinton said she …)
        by_title = by_name = by_description = None
        title_genders = {HONORIFICS[w] for t in e.titles for w in t.lower().split()
                         if w in HONORIFICS}
        if len(title_genders) == 1:  # Mr. and Mrs. Clinton in one cluster say nothing
            by_title = title_genders.pop()
        if e.kind != "organisation":
            for n in (e.canonical, *e.aliases):
                nw = n.split()
                if by_name is None and len(nw) > 1:
                    by_name = name_gender(nw[0])
            if by_name is None and len(e.canonical.split()) == 1 and not e.aliases:
                # a first name alone ("his wife, Jane,") names a person when the text
                # never uses the word in lower case ("will", "hope", "grant")
                if lower_words is None:
                    lower_words = set(re.findall(r"\b[a-z]+\b", text))
                if e.canonical.lower() not in lower_words and _place_of(e.canonical) is None:
                    by_name = name_gender(e.canonical)  # (not "Florida", "Israel")
        for t in e.descriptors:
            for w in t.lower().split():
                by_description = HONORIFICS.get(w, by_description)
        male, female = votes.get(id(e), (0, 0))
        by_pronoun = "male" if male >= 2 and male >= 3 * female else \
            "female" if female >= 2 and female >= 3 * male else None
        if by_pronoun and e.kind == "unknown" and any(
                m.reporting for m, o in zip(mentions, by_mention, strict=True) if o is e):
            e.kind = "person"  # "Yin Myint May, 60, a doctor, said she was elated"
        if by_name and by_pronoun and by_name != by_pronoun and max(male, female) >= 3 and \
                max(male, female) >= 4 * min(male, female):
            by_name = None  # the text's own pronouns outweigh a name list's guess
        if by_title and by_pronoun and by_title != by_pronoun and len(e.canonical.split()) > 1 \
                and sum(o.canonical.split()[-1] == e.canonical.split()[-1]
                        for o in entities if len(o.canonical.split()) > 1) > 1:
            by_title = None  # "Mrs. Khan" joined Khizr Khan, not Ghazala: his pronouns decide
        gender = by_title or by_name or by_description or \
            (by_pronoun if e.kind == "person" else None)
        e.gender = gender
        if e.kind == "unknown" and (gender or e.titles):
            e.kind = "person"
    return Entities(text, mentions, entities, by_mention, list(exclude))


_GENDERED = re.compile(r"\b(?:(he|his|himself|He|His)|(she|herself|She))\b")


def _pronoun_votes(text: str, mentions: list[NameMention], by_mention: list[Entity],
                   exclude: list[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """id(entity) -> (male, female) pronouns that follow its mentions in the same sentence
    with no other name between (*Cruz said his …*), outside quotations."""
    votes: dict[int, list[int]] = {}
    starts = [m.start for m in mentions]
    for k, (m, e) in enumerate(zip(mentions, by_mention, strict=True)):
        if e.kind == "organisation":
            continue
        stop = starts[k + 1] if k + 1 < len(starts) else len(text)
        stop = min(stop, m.end + 80)
        end = _SENTENCE_END.search(text, m.end, stop)
        g = _GENDERED.search(text, m.end, end.start() if end else stop)
        if g is None:
            continue
        i = bisect.bisect_right(exclude, (g.start(), 1 << 62)) - 1
        if i >= 0 and exclude[i][0] <= g.start() < exclude[i][1]:
            continue
        v = votes.setdefault(id(e), [0, 0])
        v[g.group(1) is None] += 1
    return {k: (v[0], v[1]) for k, v in votes.items()}


_SENTENCE_END = re.compile(r"[.!?;\"“”]")


def _place_of(word: str) -> tuple[str, str, str] | None:
    from nbutils.entities import place_of

    return place_of(word)


def _placelike(e: Entity) -> bool:
    """Is a one-word entity with no title a place or a people ("China", "Latino")?"""
    name = e.canonical
    if " " in name or e.titles or e.gender is not None and e.kind == "person" and \
            name in all_first_names():
        return False
    place = _place_of(name)  # a country: "China" (not "Clinton", a town too)
    return name.lower() in ("latino", "latina", "hispanic") or is_demonym(name) or \
        place is not None and place[2] == "country"

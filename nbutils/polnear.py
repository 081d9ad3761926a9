"""Read PolNeAR, a human-annotated corpus of attributions in political news.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates, in 1,008 US news
articles from 2016, every *attribution*: a **Source** (who), a **Cue** (the
reporting verb or phrase) and a **Content** (what was said), in brat
standoff format. The corpus is not shipped with this project (its texts
belong to their publishers): clone it and pass its ``data/`` folder, or
point ``NBUTILS_POLNEAR`` at it; :data:`nbutils.config.POLNEAR_DIR` is the
default.

Layout read here: ``<split>/text/<article>.txt`` and
``<split>/attributions/<article>_<annotator>.ann``. Offsets are ``str``
indices into the text read without newline translation.

Which annotator. Most articles have one annotation; some have five or six.
:func:`load_polnear` picks, deterministically, the annotator whose content
spans agree most with the other annotators' (the sum over the others of the
share of their content characters that this annotator also marked as
content); ties go to the smallest annotator id.

Direct quotations follow the corpus README: an attribution is *direct* when
at least half of the letters of its content lie inside double quotation
marks (straight, curly or the two-apostrophe ``''``), found by
:func:`double_quoted_mask`, a deliberately simple scanner independent of the
system's own quote finder.

Pronoun sources. PolNeAR does not link a pronoun source ("he said") to the
person it means, and the benchmark needs that person: a prediction is right
only when it names them. :func:`resolve_gold_sources` finds them with one of
two rules, both independent of the system it scores (no tagger, no parser,
nothing of :mod:`nbutils.attribution`): only PolNeAR's own annotations, the
article text, NLTK's ``names`` corpus and small word lists.

* ``"agreeing"`` (the default). The antecedent is searched sentence by sentence
  backwards from the pronoun (:func:`sentence_starts`; quotations are no
  sentences of the narrative), among :func:`mentions`: the source spans of
  *every* annotator of the article, and the people named in the text outside
  quotation marks (a given name or a title before a capitalised word, a
  sentence subject, and later the bare surname of someone so named). In each
  sentence the annotated sources come first (nearest first), then the names,
  subjects first; names further back than the sentence before the pronoun's
  count only when no annotated source fits. *He*/*she* take the first person
  whose gender agrees or is unknown (an honorific, a given name; a bare surname
  has the gender of the last person named in full with it: *Bill Clinton …
  Clinton*); a definite description of a person (*the governor*) means someone
  named before it, and the search goes on from there; an indefinite one (*a
  voter*, *my father*) means someone never named, and the source stays
  unjudged. *It* takes an organisation or a document, *they* a group or an
  organisation; one without a name (*the memo*) leaves it unjudged. A pronoun
  source, once resolved, is itself a mention of whom it means (*"…," he said.
  "…," he added.*).
* ``"nearest"`` (the earlier rule, kept to compare): the nearest preceding
  *named* source of the chosen annotation that can be meant, or for
  *he*/*she* a sentence subject (:func:`subject_mentions`); it ignores names
  that are no source and descriptions, so it often lands on an older source.

Both leave *I*/*we* (the writer) and a source span holding only the cue
(*said*) unresolved; an unresolved gold source is not judged (``unjudged``)
by :mod:`nbutils.evaluation`. Both are heuristics. Checked by hand on 150
random pronoun-sourced direct quotations of dev and train (the check quotes
the corpus, so it is not in this repository), ``agreeing`` missed the person
meant about half as often as ``nearest`` (11 against 21 of 150, judged before
the rule was last refined on them); its known misses are a referent named
only in a way no rule here sees (*the radio talker … He*), a name in a fronted
clause (*When X …, he*) and quotations answering an unnamed questioner.

>>> text = ('Ann Lee praised the deal. Later, Tom Ode, her deputy, met reporters. '
...         '"It is a start," he said.')
>>> he = GoldAttribution("E2", None, (Span(69, 85, ""),), (Span(86, 88, "he"),))
>>> [resolve_gold_sources([he], text, rule)[0].resolved for rule in GOLD_PRONOUN_RULES]
['Tom Ode', None]

>>> doc = parse_ann('T1\\tSource 0 3\\tAnn\\nT2\\tCue 4 8\\tsaid\\nT3\\tContent 9 14\\t"Hi."'
...                 '\\nE1\\tAttribution:T2 Source:T1 Cue:T2 Content:T3\\n', text='Ann said "Hi."')
>>> [(a.source_text, a.cue.text, a.content[0].text) for a in doc]
[('Ann', 'said', '"Hi."')]
>>> is_direct(doc[0], 'Ann said "Hi."')
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from nbutils.articles import ArticleError


@dataclass(frozen=True)
class Span:
    """A gold span (one fragment of a possibly discontinuous annotation)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution: source (optional), cue, content fragments."""

    id: str
    cue: Span | None
    content: tuple[Span, ...]
    source: tuple[Span, ...] = ()
    #: name the pronoun source refers to (set by :func:`resolve_gold_sources`)
    resolved: str | None = None

    @property
    def source_text(self) -> str | None:
        return " ".join(s.text for s in self.source) if self.source else None

    @property
    def start(self) -> int:
        return min(s.start for s in self.content)

    @property
    def end(self) -> int:
        return max(s.end for s in self.content)


@dataclass(frozen=True)
class PolnearDocument:
    """One article with the chosen annotator's attributions."""

    id: str
    text: str
    annotator: str
    attributions: tuple[GoldAttribution, ...]
    publisher: str = ""
    annotators: tuple[str, ...] = field(default=())

    @property
    def direct(self) -> list[GoldAttribution]:
        """The direct quotations (README rule: ≥ half the content letters in double quotes)."""
        mask = double_quoted_mask(self.text)
        return [a for a in self.attributions if is_direct(a, self.text, mask)]


_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t?(.*)$")


def parse_ann(content: str, where: str = "<ann>", text: str | None = None) -> list[GoldAttribution]:
    """Parse brat ``.ann`` text into attributions (events ``E``); bad lines raise one line.

    With ``text`` (the article), each span's text is filled in from it.
    """
    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    events: list[tuple[str, dict[str, str]]] = []
    for n, line in enumerate(content.splitlines(), start=1):
        if not line or line.startswith("#") or not re.match(r"[A-Z]\d+\t", line):
            continue  # a note, or the rest of a span text that held a line break
        if line.startswith("T"):
            m = _T_LINE.match(line)
            if not m:
                raise ArticleError(f"{where}:{n}: malformed span line")
            frags = []
            texts = m.group(4).split(" ")
            for part in m.group(3).split(";"):
                a, b = part.split()
                frags.append((int(a), int(b)))
            del texts
            spans[m.group(1)] = (m.group(2), tuple(Span(a, b, "") for a, b in frags))
        elif line.startswith("E"):
            eid, _, rest = line.partition("\t")
            roles: dict[str, str] = {}
            for item in rest.split():
                role, _, ref = item.partition(":")
                roles[role] = ref
            events.append((eid, roles))
    out = []
    for eid, roles in events:

        def get(role: str, roles: dict[str, str] = roles) -> tuple[Span, ...]:
            ref = roles.get(role)
            return spans[ref][1] if ref in spans else ()

        content = get("Content") + get("Content2")
        if not content:
            continue
        cue = get("Cue")
        out.append(GoldAttribution(eid, cue[0] if cue else None, content, get("Source")))
    return _with_text(out, text) if text is not None else out


def _with_text(attrs: list[GoldAttribution], text: str) -> list[GoldAttribution]:
    def fill(spans: tuple[Span, ...]) -> tuple[Span, ...]:
        return tuple(Span(s.start, s.end, text[s.start : s.end]) for s in spans)

    return [
        GoldAttribution(a.id, fill((a.cue,))[0] if a.cue else None, fill(a.content), fill(a.source))
        for a in attrs
    ]


# --- the direct-quotation rule ----------------------------------------------------

_DQ = re.compile(r"''|[\"“”]")


def double_quoted_mask(text: str) -> bytearray:
    """1 for each character inside double quotation marks, paragraph by paragraph.

    ``“`` opens, ``”`` closes, ``"`` and ``''`` toggle; a paragraph that ends
    inside a quote continues into the next one only if that one opens with a
    mark (the usual multi-paragraph convention). Inside a straight (or ``''``)
    quotation, ``“…”`` is a quotation within it and does not end it; a ``“``
    inside a curly one means the earlier one was never closed, and the last
    opening mark counts. A ``”`` after a space or at a paragraph's start, before
    a word, opens (a glyph typed the wrong way round).

    >>> bytes(double_quoted_mask('a "bc" d'))
    b'\\x00\\x00\\x00\\x01\\x01\\x00\\x00\\x00'
    >>> text = 'x "He said “no” twice." ”Yes,” she said.'
    >>> "".join(c for c, m in zip(text, double_quoted_mask(text)) if m)
    'He said “no” twice.Yes,'
    """
    mask = bytearray(len(text))
    inside, start, prev_end = False, 0, 0
    outer, nested = "", 0
    for para in re.finditer(r"[^\n]+", text):
        skip = -1
        if inside:
            lead = re.match(r"\s*(''|[\"“])", para.group())
            if lead:
                skip = para.start() + lead.start(1)
            else:
                mask[start:prev_end] = b"\x01" * (prev_end - start)
                inside = False
        nested = 0
        for m in _DQ.finditer(text, para.start(), para.end()):
            mark = m.group()
            if m.start() == skip:
                continue
            if not inside:
                if mark != "”" or _reversed_opening(text, m.start(), para.start()):
                    inside, start, outer, nested = True, m.end(), mark, 0
            elif mark == "“" and outer != "“":
                nested += 1  # "He said “no” twice.": a quotation inside the quotation
            elif mark == "“":
                start = m.end()  # reopened without closing: the last opening mark counts
            elif mark == "”" and nested:
                nested -= 1
            else:
                mask[start : m.start()] = b"\x01" * (m.start() - start)
                inside = False
        prev_end = para.end()
    if inside:
        mask[start:prev_end] = b"\x01" * (prev_end - start)
    return mask


def _reversed_opening(text: str, at: int, para_start: int) -> bool:
    """Does the ``”`` at ``at`` open a quotation: at the paragraph's start or after a space
    or a bracket, and a word (or an ellipsis) after it?"""
    before = text[at - 1] if at > para_start else " "
    after = text[at + 1 : at + 3]
    return (before.isspace() or before in "([—–") and (
        after[:1].isalnum() or after.lstrip().startswith(("…", "..."))
    )


def is_direct(attribution: GoldAttribution, text: str, mask: bytearray | None = None) -> bool:
    """At least half of the content's letters inside double quotes (PolNeAR README)."""
    mask = double_quoted_mask(text) if mask is None else mask
    letters = inside = 0
    for s in attribution.content:
        for k in range(s.start, min(s.end, len(text))):
            if text[k].isalpha():
                letters += 1
                inside += mask[k]
    return letters > 0 and inside * 2 >= letters


# --- gold pronoun resolution ------------------------------------------------------

PRONOUN_SOURCES = frozenset({"he", "she", "him", "her", "they", "we", "i", "it", "them", "us"})


def is_pronoun(source: str | None) -> bool:
    """Is a gold source a bare pronoun?

    >>> is_pronoun("He"), is_pronoun("Mr. Obama")
    (True, False)
    """
    return bool(source) and source.strip().lower() in PRONOUN_SOURCES


_CAPS_RUN = re.compile(
    r"(?:[A-Z][\w.'’-]*|of|de|van|von|la|le|del|da|bin|al)"
    r"(?:\s+(?:[A-Z][\w.'’-]*|of|de|van|von|la|le|del|da|bin|al))*$"
)
#: Lower-case words that, before a capitalised run, show the run is not the head of the
#: source ("Exit polls taken in New Mexico", "the groups who called her on Friday").
_NOT_BEFORE_HEAD = frozenset(
    """in on at from of by for to with who whom which that about after
before into under over than as through during against among between via per taken made
""".split()
)
_DETERMINERS = frozenset("their his her its our my your this that these those".split())


def _named(source: str, person: bool = False, surnames: frozenset[str] = frozenset()) -> bool:
    """Does a source name someone? With ``person``: does its head end in a person's
    name (``Trump spokesman Hope Hicks``, ``Mr. Keller of Showtime`` yes; ``Sanders
    aides``, ``the Associated Press``, ``many Republicans``, ``Exit polls taken in New
    Mexico``, ``Friends`` no)? ``surnames``: words the text uses after a first name or
    an honorific (so *Fields*, *Sanders* or *Jones* alone are people there)."""
    from nbutils.evaluation import name_words
    from nbutils.speakers import GROUP_SINGULAR, ORG_WORDS, is_demonym

    words = name_words(source)
    if not words or all(w.lower() in _DETERMINERS for w in words):
        return False
    if not person:
        return True
    head = _head(source)
    m = _CAPS_RUN.search(head)
    if not m:
        return False
    words = [w for w in m.group().split() if w[:1].isupper()]
    if not words or any(w.lower().strip(".") in ORG_WORDS for w in words):
        return False
    if all(w.lower() in _function_words() for w in words):
        return False  # "More than half of respondents"
    if len(words) == 1 and words[0] in surnames:
        return True
    content = [w for w in words if w.lower() not in _function_words()]
    if len(content) == 1 and (
        content[0].lower() in GROUP_SINGULAR or is_demonym(content[0], any_place=True)
    ):
        return False  # "The Republican", "the European": a description, not a name
    if len(words) == 1 and _plural_noun(words[0]):
        return False  # "Reports", "Friends", "Opponents"
    return not (len(words) == 1 and words[0].endswith(("ans", "ats", "ists", "ers", "es")))


def _head(source: str) -> str:
    """The head of a source phrase: the name part of an apposition (``Trump's attorney,
    Neil Ashford,`` -> ``Neil Ashford``), before a relative clause or a preposition
    (``Andy McCarthy at the National Review`` -> ``Andy McCarthy``)."""
    from nbutils.evaluation import name_head

    source = source.replace("’s", "").replace("'s", "")
    if not re.search(r"\w", source):
        return ""
    text = name_head(source, prepositions=False)
    words = text.split()
    for i, w in enumerate(words):
        if i and w in _NOT_BEFORE_HEAD:
            return " ".join(words[:i])
    return text.strip()


def _function_words() -> frozenset[str]:
    from nbutils.speakers import function_words as words

    return words()


def _plural_noun(word: str) -> bool:
    from nbutils.speakers import english_words as _english_words

    low = word.lower()
    return len(low) > 3 and low.endswith("s") and low[:-1] in _english_words()


_FEMALE_WORDS = frozenset({"mrs.", "mrs", "ms.", "ms", "miss", "she", "her", "hers", "herself"})
_NAME_RUN = re.compile(r"\b([A-Z][a-z]+)((?:\s+(?:[A-Z]\.|[A-Z][a-z]+))*?)\s+([A-Z][\w'’-]+)")


class TextNames(NamedTuple):
    """What the article text says about names: genders and which words are surnames."""

    genders: dict[str, str]  #: surname (or first name) -> "male" / "female"
    surnames: frozenset[str]  #: words seen after a first name or an honorific
    families: frozenset[str]  #: surnames shared by people of different first names


def text_names(text: str) -> TextNames:
    """Gender and surname evidence from the article text itself (for gold resolution).

    Honorifics (*Mr. Cruz*, *Mrs. Clinton*) decide; otherwise an unambiguous
    first name before the surname (*Donald Trump*); otherwise the pronouns that
    follow the name in the same sentence with no other capitalised word between
    (*Cruz said his …*), when they agree at least three to one.

    >>> t = text_names("Mrs. Clinton spoke. Ted Cruz said his plan works. Cruz said he won.")
    >>> t.genders["Clinton"], t.genders["Cruz"], "Cruz" in t.surnames
    ('female', 'male', True)
    """
    from nbutils.speakers import ORG_WORDS, name_gender
    from nbutils.speakers import all_first_names as _all_first_names

    out: dict[str, str] = {}
    votes: dict[str, list[int]] = {}
    surnames: set[str] = set()
    firsts: dict[str, set[str]] = {}
    for m in re.finditer(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w'’-]+)", text):
        out.setdefault(m.group(2), "male" if m.group(1) == "Mr" else "female")
        surnames.add(m.group(2))
    known = _all_first_names()
    for m in _NAME_RUN.finditer(text):
        first, last = m.group(1), m.group(3)
        if first not in known:
            continue
        surnames.add(last)
        firsts.setdefault(last, set()).add(first)
        g = name_gender(first)
        if g is not None:
            votes.setdefault(last, [0, 0])[g == "female"] += 3
    for m in re.finditer(
        r"\b([A-Z][\w'’-]+)(?:['’]s)?\b([^.!?\"“”A-Z]{0,60}?)"
        r"\b(he|his|himself|she|herself)\b",
        text,
    ):
        votes.setdefault(m.group(1), [0, 0])[m.group(3) in _FEMALE_WORDS] += 1
    for name, (male, female) in votes.items():
        if name in out:
            continue
        if male >= 3 * female and male >= 2:
            out[name] = "male"
        elif female >= 3 * male and female >= 2:
            out[name] = "female"
    # the last word of a two- or three-word name run ("Abdullah Qasimov", "Dorothy Kerr")
    for m in re.finditer(
        r"(?<![\w.])([A-Z][a-z][\w'’-]*)(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+)?"
        r"\s+([A-Z][a-z][\w-]+)(?!\w)",
        text,
    ):
        first, last = m.group(1), m.group(2)
        if (
            first.lower() not in _function_words()
            and last.lower() not in ORG_WORDS
            and not _plural_noun(last)
        ):
            surnames.add(last)
    families = frozenset(k for k, v in firsts.items() if len(v) > 1)
    return TextNames(out, frozenset(surnames), families)


def _gender_of(source: str, names: TextNames) -> str | None:
    """The gender a source name shows, from its own words or the text's evidence."""
    from nbutils.speakers import name_gender

    head = _head(source)
    low = {w.lower() for w in head.replace(".", ". ").split()}
    if low & {"mrs.", "ms.", "miss", "mrs", "ms"}:
        return "female"
    if low & {"mr.", "mr"}:
        return "male"
    m = _CAPS_RUN.search(head)
    caps = [
        w
        for w in (m.group().split() if m else [])
        if w[:1].isupper() and w.lower().rstrip(".") not in _TITLES
    ]
    if not caps:
        return None
    for w in caps[:-1]:
        g = name_gender(w) or names.genders.get(w)
        if g is not None:
            return g
    if len(caps) > 1 and caps[-1] in names.families:
        return None  # Ivanka Trump is not Donald Trump
    return names.genders.get(caps[-1])


_TITLES = frozenset(
    """sen rep gov gen president vice secretary senator governor mayor minister
prime former democratic republican dr mr mrs ms rev state attorney general""".split()
)


def _gender_clash(
    pronoun: str, source: str, names: TextNames | None = None, others: list[str] = ()
) -> bool:
    """Does the source's gender contradict the pronoun? ``others``: fuller sources
    with the same surname (*Ted Cruz* for *Cruz*) that may show the gender."""
    p = pronoun.lower()
    names = names or TextNames({}, frozenset(), frozenset())
    g = next((x for x in (_gender_of(n, names) for n in [source, *others]) if x is not None), None)
    if p in ("he", "him"):
        return g == "female"
    if p in ("she", "her"):
        return g == "male"
    return False


def _same_surname(name: str, names: list[str]) -> list[str]:
    """The sources sharing the last word of ``name``, longest first (for its gender)."""
    last = name.split()[-1] if name.split() else ""
    return sorted((n for n in names if n.split() and n.split()[-1] == last), key=len, reverse=True)


def _compatible(pronoun: str, name: str, names: TextNames, full_names: list[str]) -> bool:
    """Can a named source be what ``pronoun`` refers to?"""
    person = _named(name, True, names.surnames)
    if pronoun in ("he", "she", "him", "her"):
        return person and not _gender_clash(pronoun, name, names, _same_surname(name, full_names))
    if pronoun == "it":
        return not person
    return " and " in name or not person  # they, them


#: A sentence (or paragraph) opening with a capitalised run and then a lower-case word
#: or a comma: its subject (*Scott shrugs off …*, *Iowa Democratic Party Chairman Daniel
#: Pruett called …*, *House Speaker Tom Hale, R-Ohio, …*).
_SENTENCE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’']\s)|(?<=\n))[ \t]*"
    r"((?:[A-Z][\w.'’-]*[ \t]+)*[A-Z][\w'’-]*)(?=,\s|[ \t]+[a-z])",
    re.MULTILINE,
)
#: A word that ends a sentence inside a capitalised run ("FULL TEXT. He"):
#: a full stop after anything but an initial or a short title ("J.", "Mr.").
_ENDS_SENTENCE = re.compile(r"^(?![A-Z]\.$)(?![A-Z][a-z]{0,3}\.$)[\w'’-]+[.]$")


def subject_mentions(text: str, names: TextNames | None = None) -> list[tuple[int, str]]:
    """(offset, name) of the people that open a sentence as its subject, outside quotes.

    The gold resolution uses them beside the annotated sources: the person a
    pronoun means is often the subject of an earlier sentence that is no
    attribution itself (*Scott shrugs off the criticism. "…," he said.*).

    >>> text = 'Ann Lee spoke. The plan failed. "Ben Ode won," she said. Lee left.'
    >>> subject_mentions(text, text_names(text))
    [(0, 'Ann Lee'), (57, 'Lee')]

    A capitalised run never crosses a line or a sentence end, and gerunds and
    all-caps datelines open no subject:

    >>> subject_mentions("FULL TEXT.\\nHe left. Recalling Ann Lee, she wept. DES MOINES, Iowa")
    []
    """
    names = names or TextNames({}, frozenset(), frozenset())
    mask = double_quoted_mask(text)
    out = []
    for m in _SENTENCE_SUBJECT.finditer(text):
        run = m.group(1)
        words = run.split()
        if (
            mask[m.start(1)]
            or words[0].lower() in _function_words() | _DETERMINERS
            or run.endswith(("'s", "’s", "'", "’"))
        ):
            continue  # (not "Mr. Tribe's client")
        if (
            any(_ENDS_SENTENCE.match(w) for w in words[:-1])
            or _gerund(words[0])
            and words[0] not in names.surnames
            or all(w.isupper() and len(w) > 1 for w in words)
        ):
            continue  # "FULL TEXT. He", a gerund ("Using …,"), a dateline ("DES MOINES,")
        single = len(words) == 1
        if (
            single
            and run not in names.surnames
            and run not in names.genders
            and run.lower() in _english_lower()
        ):
            continue  # "Recently", "Voters": a word, not a name
        if _named(run, True, names.surnames):
            out.append((m.start(1), run))
    return out


def _gerund(word: str) -> bool:
    from nbutils.speakers import gerund

    return gerund(word)


def _english_lower() -> frozenset[str]:
    from nbutils.speakers import english_words as _english_words

    return _english_words()


_RELATIVE = frozenset({"who", "whom", "which", "that"})
_NAME_BEFORE = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)(?:\s+of\s+[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*)*)?(?:\s*\([^()]{1,20}\))?[^A-Za-z]*$"
)
_NARRATOR = frozenset({"i", "me", "we", "us"})


def _cue_as_source(source: str) -> bool:
    """Is a source span just a reporting verb (*said*)? No person can be read from it.

    >>> _cue_as_source("said"), _cue_as_source("Said Smith"), _cue_as_source("she")
    (True, False, False)
    """
    from nbutils.cues import lemma_of

    word = source.strip()
    return " " not in word and word.islower() and lemma_of(word) is not None


GOLD_PRONOUN_RULES = ("agreeing", "nearest")
#: The rule :func:`load_polnear` uses by default (see the module docstring).
DEFAULT_GOLD_PRONOUNS = "agreeing"


def resolve_gold_sources(
    attrs: list[GoldAttribution],
    text: str | None = None,
    rule: str = DEFAULT_GOLD_PRONOUNS,
    others: list[GoldAttribution] = (),
) -> list[GoldAttribution]:
    """Give each source the name it means: pronouns resolved by ``rule``.

    ``rule`` is ``"agreeing"`` (:func:`_resolve_agreeing`, the default) or
    ``"nearest"`` (:func:`_resolve_nearest`, the earlier heuristic, kept for
    comparison). ``others``: the other annotators' attributions of the same
    article, whose sources are more mentions for ``"agreeing"``.
    """
    if rule == "nearest":
        return _resolve_nearest(attrs, text)
    if rule != "agreeing":
        raise ValueError(f"unknown gold pronoun rule {rule!r}: use one of {GOLD_PRONOUN_RULES}")
    return _resolve_agreeing(attrs, text, others)


def _resolve_nearest(
    attrs: list[GoldAttribution], text: str | None = None
) -> list[GoldAttribution]:
    """The earlier rule (``--gold-pronouns nearest``): each pronoun source gets the
    nearest preceding compatible named source.

    * *he*/*she*: the nearest preceding named source that names a person
      (:func:`_named` with ``person=True``) whose gender, when known, agrees
      (from honorifics, first names, and with ``text``, :func:`text_names`).
    * *it*: the nearest preceding named source that is not a person's name
      (an organisation, a document); *they*/*them*: one that is not a single
      person.
    * *I*/*we* outside a quotation is the writer (or a group never named in the
      source spans): left unresolved, like a pronoun with no antecedent.
    * A relative pronoun (*who*, *which*) gets, with ``text``, the capitalised
      name just before it in the text (*said Beck, who …* -> Beck; *Marco Rubio
      of Florida, who* -> Marco Rubio); without one (*the listing that …*) it is
      left unresolved, like a pronoun with no antecedent.
    * A source span that is only a reporting verb (*said*: the annotator marked
      the cue) names nobody and is left unresolved.
    """
    ordered = sorted(attrs, key=lambda a: min(s.start for s in a.source) if a.source else a.start)
    # a surname's gender, learnt from fuller sources of the same document ("Ted Cruz" -> Cruz)
    names = text_names(text) if text is not None else TextNames({}, frozenset(), frozenset())
    full_names = [
        a.source_text
        for a in attrs
        if a.source_text and _named(a.source_text, True, names.surnames)
    ]
    named: list[tuple[int, str]] = []
    subjects = subject_mentions(text, names) if text is not None else []
    resolved: dict[str, str | None] = {}
    for a in ordered:
        src = a.source_text
        if not src:
            continue
        pos = min(s.start for s in a.source)
        low = src.strip().lower()
        if _cue_as_source(src):
            resolved[a.id] = None  # an annotation slip: the cue ("said") marked as the source
            continue
        if low in _RELATIVE and text is not None:
            m = _NAME_BEFORE.search(text, max(0, pos - 80), pos)
            resolved[a.id] = m.group(1) if m else None  # no name before it: unjudged
        elif is_pronoun(src):
            if low in _NARRATOR:
                resolved[a.id] = None
                continue
            pool = named + [x for x in subjects if low in ("he", "she")]
            resolved[a.id] = next(
                (
                    name
                    for p, name in sorted(pool, reverse=True)
                    if p < pos and _compatible(low, name, names, full_names)
                ),
                None,
            )
        elif _named(src):
            named.append((pos, src))
            resolved[a.id] = src
        else:
            resolved[a.id] = src
    return [GoldAttribution(a.id, a.cue, a.content, a.source, resolved.get(a.id)) for a in attrs]


# --- the "agreeing" rule ----------------------------------------------------------

#: Abbreviations whose full stop ends no sentence ("Mr. Cruz", "Sen. Kaine", "U.S. forces").
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr sen rep gov gen lt col sgt adm rev prof st jr sr inc co corp no vs
ft mt calif fla ga ill mass mich minn pa tex va wash wis ariz colo conn ky la md mo nev okla
ore tenn""".split()
)
_SENTENCE_BREAK = re.compile(r"([.!?])[\"”’')\]]*[ \t]+(?=[^a-z\s])|\n+")
_HONORIFIC_RUN = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?[ \t]+((?:[A-Z]\.[ \t]*)*[A-Z][\w'’-]+)")
_CAP_WORD = re.compile(r"\b[A-Z][a-z][\w'’-]*")
#: A description opening with these introduces someone new (*a voter*, *my father*):
#: a pronoun meaning it means nobody named.
_INDEFINITE = frozenset({"a", "an", "one", "another", "my", "our", "your"})
_GENDER_OF_PRONOUN = {"he": "male", "him": "male", "she": "female", "her": "female"}
_PREPOSITION_CUT = re.compile(r"\s+(?:of|at|in|from|for|with|on|by|to|who|whom|that|which)\s+")


def sentence_starts(text: str) -> list[int]:
    """Offsets where the sentences of ``text`` start (a deliberately simple splitter:
    ``.``/``!``/``?`` then a space and no lower-case letter, or a line break; a full
    stop after an initial or a short title, or inside double quotation marks, ends
    nothing).

    >>> sentence_starts('Mr. Ode left. "Go," she said.\\nSen. Lee won.')
    [0, 14, 30]
    """
    out = [0]
    mask = double_quoted_mask(text)
    for m in _SENTENCE_BREAK.finditer(text):
        if mask[m.start()] and m.group(1):
            continue  # a full stop inside a quotation ends no sentence of the narrative
        if m.group(1) == ".":
            word = re.search(r"([\w.]+)$", text[max(0, m.start() - 12) : m.start()])
            last = word.group(1).split(".")[-1].lower() if word else ""
            if len(last) == 1 or last in _ABBREVIATIONS:
                continue  # "J. Smith", "Mr. Cruz", "U.S."
        if m.end() < len(text):
            out.append(m.end())
    return out


class Mention(NamedTuple):
    """Someone (or something) a pronoun may mean, found before it (see :func:`mentions`)."""

    start: int
    name: str | None  #: what the gold gets when a pronoun means it (``None``: unnamed)
    kind: str  #: "person", "description" (a person, unnamed), "group" or "thing"
    gender: str | None  #: "male" / "female" / ``None`` (unknown)
    annotated: bool  #: a PolNeAR source span (of any annotator), else a name in the text
    definite: bool = True  #: for a description: "the governor" (True), "a voter" (False)
    subject: bool = False  #: a name in the text followed by a lower-case word ("Ban demurred")


def _is_group(source: str, head: str) -> bool:
    return " and " in source or (
        len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is"))
    )


def _description_head(source: str) -> str:
    """The head noun of an unnamed source: the last word before an apposition, a relative
    clause or a preposition (*a longtime adviser to Trump* -> *adviser*)."""
    first = re.split(r"[,(—–;:]", source, maxsplit=1)[0]
    first = _PREPOSITION_CUT.split(" " + first.strip() + " ", maxsplit=1)[0]
    words = re.findall(r"[\w'’-]+", first)
    return words[-1].lower().removesuffix("'s").removesuffix("’s") if words else ""


_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december""".split()
)


def _person_noun(head: str) -> bool:
    """Does the head noun of a description name a person (*voter*, *governor*,
    *brother*, *spokeswoman*, *economist*)?"""
    from nbutils.speakers import HONORIFICS, PERSON_NOUNS, ROLE_WORDS, TITLE_WORDS

    if head in _not_person_words():
        return False
    return (
        head in PERSON_NOUNS
        or ROLE_WORDS.get(head, "organisation") != "organisation"
        or head in HONORIFICS
        or head in TITLE_WORDS
        or head.endswith(("ist", "man", "woman", "er", "or", "ant", "ent"))
    )


_TITLE_BEFORE = (
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Senator|Representative|Governor|President|"
    r"Secretary|Secretary-General|General|Chancellor|Minister|Mayor|Judge|Justice|Pope)\.?[ \t]+"
)


#: A title before a capitalised word names a person (*Judge Berman*, *Sen. Kaine*).
_TITLE_RUN = re.compile(_TITLE_BEFORE + r"([A-Z][\w'’-]+)")


def _personal_name(source: str, names: TextNames, text: str = "") -> bool:
    """Does a source name a person? :func:`_named` with ``person=True``, and some
    evidence: a given name of NLTK's ``names`` corpus, a title or honorific, or a last
    word the text uses as a surname (:func:`text_names`); a name of one word without
    such evidence is a person when :func:`_one_word_name` says it can be one (*the
    United States*, *CNN*, *Carrier*, *China* are no people)."""
    from nbutils.speakers import TITLE_WORDS, all_first_names

    words = _head(source).replace(",", " ").split()
    caps = [w.removesuffix("'s").removesuffix("’s").rstrip(".") for w in words if w[:1].isupper()]
    if len(words) == 1 and words == caps and caps[0] in names.genders:
        return True  # "Will" after "George Will"
    if not _named(source, True, names.surnames):
        return False
    lows = {w.lower() for w in words} | {w.lower().rstrip(".") for w in words}
    if (
        (caps and (caps[-1] in names.surnames or caps[-1] in names.genders))
        or any(w in all_first_names() for w in caps)
        or lows & (TITLE_WORDS | {"mr", "mrs", "ms", "miss"})
    ):
        return True
    if len(caps) != 1:
        return False
    if text and re.search(_TITLE_BEFORE + re.escape(caps[0]) + r"\b", text):
        return True  # "Secretary-General Ban", "Rep. Tester"
    return _one_word_name(caps[0], names)


def _one_word_name(word: str, names: TextNames) -> bool:
    """Can one capitalised word name a person: a surname the text gives a gender
    (:func:`text_names`), a given name, or else no acronym, camel-case word, day,
    dictionary word or place WordNet knows (*Maddow* yes; *CNN*, *PolitiFact*,
    *Carrier*, *Florida*, *Saturday* no)?"""
    from nbutils.entities import place_of
    from nbutils.speakers import all_first_names

    if word in names.genders:  # seen after a gendered given name or honorific
        return word.lower() not in _CALENDAR
    if word in all_first_names():  # (NLTK's names list "Florida" and "Georgia")
        return word.lower() not in _CALENDAR and place_of(word) is None
    return not (
        re.search(r"-[A-Z]", word)
        or word.isupper()
        or re.search(r"[a-z][A-Z]", word)
        or word.lower() in _english_lower() | _CALENDAR
        or place_of(word) is not None
    )


def _not_person_words() -> frozenset[str]:
    from nbutils.lexicons import word_list
    from nbutils.speakers import ORG_WORDS

    return ORG_WORDS | word_list("documents")


def _surname_genders(text: str, names: TextNames) -> dict[str, str]:
    """The gender of a bare surname: the first honorific before it (*Mr. Cruz*), else the
    first given name before it whose gender is known (the person the text introduces
    first owns the bare surname), else the pronoun evidence of :func:`text_names`."""
    from nbutils.speakers import name_gender

    out: dict[str, str] = {}
    mask = double_quoted_mask(text)
    for m in _HONORIFIC_RUN.finditer(text):
        if not mask[m.start()]:
            out.setdefault(m.group(2).split()[-1], "male" if m.group(1) == "Mr" else "female")
    for a, _, run in _full_name_runs(text):
        g = name_gender(run.split()[0])
        if g is not None and not mask[a]:
            out.setdefault(run.split()[-1], g)
    for k, v in names.genders.items():
        out.setdefault(k, v)
    return out


def _person_gender(name: str, surnames: dict[str, str]) -> str | None:
    """Gender of a named person: an honorific, else a known given name before the
    surname, else (after a title or alone) the surname's (:func:`_surname_genders`)."""
    from nbutils.speakers import TITLE_WORDS, name_gender

    head = _head(name)
    low = {w.lower().rstrip(".") for w in head.split()}
    if low & {"mrs", "ms", "miss"}:
        return "female"
    if "mr" in low:
        return "male"
    caps = [w.rstrip(".,") for w in head.split() if w[:1].isupper()]
    caps = [w for w in caps if w.lower() not in _TITLES]
    if not caps:
        return None
    if len(caps) == 1:  # "Clinton": the surname's gender first, then a given name's
        return surnames.get(caps[0]) or name_gender(caps[0])
    given = next((w for w in reversed(caps[:-1]) if len(w.rstrip(".")) > 1), caps[-2])
    g = name_gender(given)  # the word before the surname ("Florida developer Mel Sembler")
    if g is not None:
        return g
    if given.lower().rstrip(".") not in TITLE_WORDS | {"mr", "mrs", "ms", "miss"}:
        return None  # "Ivanka Trump": a given name of unknown gender, maybe not Donald's
    return surnames.get(caps[-1])


def mentions(
    text: str, sources: list[tuple[int, str]], names: TextNames | None = None
) -> list[Mention]:
    """Everyone a pronoun may mean, in text order: each annotated source
    (``sources``: offset and text, pronouns excluded) classified, and the people
    named in the text outside quotation marks: a first name of NLTK's ``names``
    corpus or *Mr./Mrs./Ms./Miss* before a capitalised word, and later the bare
    surname of someone so named or of an annotated source naming a person.

    >>> text = "Ann Ode spoke. A voter and the mayor agreed. Ode left."
    >>> [(m.start, m.name, m.kind, m.gender) for m in mentions(text, [(15, "A voter")])]
    [(0, 'Ann Ode', 'person', 'female'), (15, None, 'description', None), (45, 'Ode', 'person', 'female')]
    """
    from nbutils.speakers import GROUP_SINGULAR, is_demonym

    names = names or text_names(text)
    surnames = _surname_genders(text, names)
    mask = double_quoted_mask(text)
    out: list[Mention] = []
    known: set[str] = set()
    #: surname -> (offset, gender) of the people so named with a given name or honorific
    seen: dict[str, list[tuple[int, str]]] = {}
    for start, src in sources:
        if " and " not in _head(src) and _personal_name(src, names, text):
            caps = [w for w in _head(src).replace(",", " ").split() if w[:1].isupper()]
            if caps:
                last = caps[-1].removesuffix("'s").removesuffix("’s")
                known.add(last)
                own = _person_gender(src, {})
                if own:
                    seen.setdefault(last, []).append((start, own))
            out.append(Mention(start, src, "person", _person_gender(src, surnames), True))
            continue
        head = _description_head(src)
        named = src if name_words_of(_head(src)) else None
        first = src.split()[0].lower() if src.split() else ""
        if head in GROUP_SINGULAR or is_demonym(head.capitalize(), any_place=True):
            out.append(Mention(start, None, "description", None, True, first not in _INDEFINITE))
        elif " and " in src:
            out.append(Mention(start, named, "group", None, True))
        elif named:
            out.append(Mention(start, named, "thing", None, True))
        elif _is_group(src, head):
            out.append(Mention(start, None, "group", None, True))
        elif not _person_noun(head):
            out.append(Mention(start, None, "thing", None, True))
        else:
            out.append(Mention(start, None, "description", None, True, first not in _INDEFINITE))
    taken = bytearray(len(text) + 1)
    for m in out:
        if m.kind != "group":  # "Edwards and others": Edwards is still named in the text
            taken[min(m.start, len(text))] = 1
    runs: list[tuple[int, int, str]] = []
    for m in [*_HONORIFIC_RUN.finditer(text), *_TITLE_RUN.finditer(text)]:
        end = _extend_name(text, m.end())
        run = text[m.start() : end].removesuffix("'s").removesuffix("’s")
        runs.append((m.start(), m.start() + len(run), run))
        known.add(run.split()[-1])
    for start, run in subject_mentions(text, names):  # "Amadou Magassa, 13, … sold"
        run = run.removesuffix("'s").removesuffix("’s")
        if " " in run or _one_word_name(run, names):
            runs.append((start, start + len(run), run))
    for a, b, run in _full_name_runs(text):
        runs.append((a, b, run))
        known.add(run.split()[-1])
    covered = bytearray(len(text) + 1)
    for a, b, run in sorted(runs):
        if mask[a] or covered[a]:
            continue
        covered[a:b] = b"\x01" * (b - a)
        own = _person_gender(run, {})
        if own:
            seen.setdefault(run.split()[-1], []).append((a, own))
        if not taken[a]:
            gender = _person_gender(run, surnames)
            out.append(Mention(a, run, "person", gender, False, True, _subject(text, a, b)))
    for m in _CAP_WORD.finditer(text):
        word = m.group().removesuffix("'s").removesuffix("’s")
        if word not in known or mask[m.start()] or covered[m.start()] or taken[m.start()]:
            continue
        if word.lower() in _CALENDAR or _IN_LONGER_NAME.search(
            text[max(0, m.start() - 20) : m.start()]
        ):
            continue  # part of a longer name: "New York", "Donald Trump Jr."
        if _MODIFIER_USE.search(text[max(0, m.start() - 5) : m.start()]) or _ORG_AFTER.match(
            text, m.end()
        ):
            continue  # "the Clinton campaign": a modifier, not the person
        subject = _subject(text, m.start(), m.end())
        gender = _recent_gender(seen.get(word, []), m.start()) or surnames.get(word)
        out.append(Mention(m.start(), word, "person", gender, False, True, subject))
    for i, m in enumerate(out):  # an annotated bare surname: the last one named in full
        caps = [w for w in _head(m.name or "").split() if w[:1].isupper()]
        if m.annotated and m.kind == "person" and len(caps) == 1:
            word = caps[0].removesuffix("'s").removesuffix("’s")
            own = _person_gender(m.name, {}) if m.name != word else None
            out[i] = m._replace(
                gender=own or _recent_gender(seen.get(word, []), m.start) or m.gender
            )
    return sorted(out, key=lambda x: x.start)


_IN_LONGER_NAME = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")
_MODIFIER_USE = re.compile(r"(?:^|\W)(?:the|a|an)\s+$", re.IGNORECASE)
_ORG_AFTER = re.compile(
    r"\s+(?:campaign|administration|camp|family|foundation|organization|team|aides|staff)\b"
)


_PUBLICATIONS = frozenset(
    "times post journal examiner herald tribune gazette news review register globe "
    "chronicle magazine star sun daily weekly".split()
)
_FULL_RUN = re.compile(r"\b([A-Z][a-z]+)((?:[ \t]+(?:[A-Z]\.|[A-Z][\w'’-]+))+)")


def _full_name_runs(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each given name of NLTK's ``names`` corpus followed by
    capitalised words or initials, up to the last of them that is no organisation,
    place, day or month word (*Hillary Rodham Clinton*, not *Lee County*).

    >>> [r[2] for r in _full_name_runs("Hillary Rodham Clinton's aide met Lee County Tuesday.")]
    ['Hillary Rodham Clinton']
    """
    from nbutils.lexicons import word_list
    from nbutils.speakers import ORG_WORDS, all_first_names

    stop = ORG_WORDS | _CALENDAR | _PUBLICATIONS | word_list("place_heads")
    firsts = all_first_names()
    for m in _FULL_RUN.finditer(text):
        if m.group(1) not in firsts:
            continue
        words = [(w.start(), w.group()) for w in re.finditer(r"\S+", m.group(2))]
        while words and (
            words[-1][1].removesuffix("'s").removesuffix("’s").lower() in stop
            or words[-1][1].isupper()
        ):
            words.pop()
        if not words or re.fullmatch(r"[A-Z]\.", words[-1][1]):
            continue
        last = words[-1][1].removesuffix("'s").removesuffix("’s")
        end = m.start(2) + words[-1][0] + len(last)
        yield m.start(), end, text[m.start() : end]


_NEXT_NAME_WORD = re.compile(r"[ \t]+([A-Z][\w'’-]+)")


def _extend_name(text: str, end: int) -> int:
    """The end of a name after a title (*Rep. Chris* -> *Rep. Chris Shays*), over at
    most two more capitalised words that are no organisation, place, day or month word."""
    from nbutils.lexicons import word_list
    from nbutils.speakers import ORG_WORDS

    stop = ORG_WORDS | _CALENDAR | _PUBLICATIONS | word_list("place_heads")
    for _ in range(2):
        if text[end - 2 : end] in ("'s", "’s"):
            break
        m = _NEXT_NAME_WORD.match(text, end)
        if not m or m.group(1).removesuffix("'s").removesuffix("’s").lower() in stop:
            break
        end = m.end()
    return end


def _recent_gender(seen: list[tuple[int, str]], pos: int) -> str | None:
    """The gender of a bare surname at ``pos``: that of the last person named in full
    with it before (*Bill Clinton … Clinton*), else of the first after."""
    before = [g for p, g in sorted(seen) if p < pos]
    return before[-1] if before else min(seen)[1] if seen else None


def _subject(text: str, start: int, end: int) -> bool:
    """Does the name at ``start:end`` look like a clause subject: it opens its sentence
    or line (*Simmons, an Obama supporter, said*), or follows a comma and comes before a
    lower-case word or an apposition (*Asked whether …, Ban demurred*; *Later, Tom Ode,
    her deputy, …*)? A possessive is none (*Bloomberg's pollster*)."""
    before, after = text[max(0, start - 3) : start], text[end : end + 4]
    if re.match(r"['’]s\b", after):
        return False  # "Bloomberg's pollster": the pollster is the subject
    if start == 0 or re.search(r"(?:^|[.!?\n][\"”’']?)[ \t]*$", before):
        return True
    return bool(re.search(r",[ \t]*$", before) and re.match(r"[ \t]+[a-z]|,[ \t]", after))


def name_words_of(source: str) -> list[str]:
    from nbutils.evaluation import name_words

    return name_words(source)


def _means(pronoun: str, m: Mention) -> bool | None:
    """Can ``pronoun`` mean ``m``? ``None``: it cannot, but the search goes on
    (the same as ``False``); a definite description of a person (*the governor*)
    is skipped, as it means someone named earlier."""
    if pronoun in _GENDER_OF_PRONOUN:
        if m.kind == "person":
            return m.gender in (None, _GENDER_OF_PRONOUN[pronoun])
        return m.kind == "description" and not m.definite
    if not m.annotated:
        return False
    if pronoun == "it":
        return m.kind == "thing"
    return m.kind == "group" or (m.kind == "thing" and m.name is not None)  # they, them


def _resolve_agreeing(
    attrs: list[GoldAttribution], text: str | None, others: list[GoldAttribution] = ()
) -> list[GoldAttribution]:
    """The default rule: see *Pronoun sources* in the module docstring."""
    if text is None:
        return _resolve_nearest(attrs, text)
    names = text_names(text)
    spans: dict[int, str] = {}
    for a in [*attrs, *others]:
        src = a.source_text
        if src and not is_pronoun(src) and src.strip().lower() not in _RELATIVE:
            if not _cue_as_source(src):
                spans.setdefault(min(s.start for s in a.source), src)
    found = mentions(text, sorted(spans.items()), names)
    starts = sentence_starts(text)
    resolved: dict[str, str | None] = {}
    ordered = sorted(attrs, key=lambda a: min(s.start for s in a.source) if a.source else a.start)
    chain: list[Mention] = []
    for a in ordered:
        src = a.source_text
        if not src:
            continue
        pos = min(s.start for s in a.source)
        low = src.strip().lower()
        if _cue_as_source(src) or low in _NARRATOR:
            resolved[a.id] = None
        elif low in _RELATIVE:
            m = _NAME_BEFORE.search(text, max(0, pos - 80), pos)
            resolved[a.id] = m.group(1) if m else None
        elif not is_pronoun(src):
            resolved[a.id] = src
        else:
            hit = _antecedent(low, pos, sorted([*found, *chain], key=lambda m: m.start), starts)
            resolved[a.id] = hit.name if hit else None
            if hit is not None:  # the pronoun is one more mention of whom it means
                gender = _GENDER_OF_PRONOUN.get(low)
                kind = "person" if gender else hit.kind
                chain.append(hit._replace(start=pos, annotated=True, kind=kind, gender=gender))
    return [GoldAttribution(a.id, a.cue, a.content, a.source, resolved.get(a.id)) for a in attrs]


#: How many sentences back the search for a pronoun's antecedent goes (keeps it linear).
MAX_SENTENCES_BACK = 40


#: Names found in the text (not annotated) count in the pronoun's own sentence and the one
#: before it; further back, only when no annotated source fits.
NAMES_WINDOW = 2


def _antecedent(
    pronoun: str, pos: int, found: list[Mention], starts: list[int], depth: int = 0
) -> Mention | None:
    """The mention ``pronoun`` at ``pos`` means: sentence by sentence backwards from its
    own, in each the annotated sources nearest first, then (in the last
    :data:`NAMES_WINDOW` sentences) the names in the text, those that look like subjects
    first, from the left; failing that, the names in the text further back."""
    from bisect import bisect_right

    if depth > 5:
        return None
    k = bisect_right(starts, pos) - 1
    hi = bisect_right([m.start for m in found], pos - 1)
    later: list[Mention] = []
    for j in range(k, max(-1, k - MAX_SENTENCES_BACK), -1):
        inside = [m for m in found[max(0, hi - 200) : hi] if m.start >= starts[j]]
        hi -= len(inside)
        named = [m for m in inside if not m.annotated and m.subject]
        named += [m for m in inside if not m.annotated and not m.subject]
        ranked = [m for m in reversed(inside) if m.annotated]
        if j > k - NAMES_WINDOW:
            ranked += named
        else:
            later += named
        for m in ranked:
            if m.kind == "description" and m.definite and pronoun in _GENDER_OF_PRONOUN:
                # "the governor" means someone named before it: whom it means
                return _antecedent(pronoun, m.start, found, starts, depth + 1)
            if _means(pronoun, m):
                return m
        if hi <= 0:
            break
    return next((m for m in later if _means(pronoun, m)), None)


# --- loading ----------------------------------------------------------------------


def _content_chars(attrs: list[GoldAttribution]) -> set[int]:
    return {k for a in attrs for s in a.content for k in range(s.start, s.end)}


def choose_annotator(annotations: dict[str, list[GoldAttribution]]) -> str:
    """The annotator agreeing most with the others (ties: smallest id)."""
    if len(annotations) == 1:
        return next(iter(annotations))
    chars = {k: _content_chars(v) for k, v in annotations.items()}

    def agreement(k: str) -> float:
        return sum(len(chars[k] & chars[o]) / max(1, len(chars[o])) for o in chars if o != k)

    return sorted(chars, key=lambda k: (-agreement(k), k))[0]


def split_names(data_dir: str | Path | None = None) -> list[str]:
    """The splits present (``dev``, ``train``, …)."""
    root = Path(data_dir) if data_dir else _default_dir()
    return sorted(p.name for p in root.iterdir() if (p / "text").is_dir()) if root.is_dir() else []


def _default_dir() -> Path:
    from nbutils.config import POLNEAR_DIR

    return POLNEAR_DIR


def load_polnear(
    data_dir: str | Path | None = None,
    split: str = "dev",
    gold_pronouns: str = DEFAULT_GOLD_PRONOUNS,
) -> Iterator[PolnearDocument]:
    """Yield the documents of one split, sorted by name, with gold attributions.

    ``data_dir`` is a PolNeAR ``data/`` folder (default:
    :data:`nbutils.config.POLNEAR_DIR`). ``gold_pronouns`` is the rule that
    resolves pronoun sources (:data:`GOLD_PRONOUN_RULES`; see
    :func:`resolve_gold_sources`). Raises :class:`ArticleError` (one line) when
    the folder or split is missing, ``ValueError`` for an unknown rule.
    """
    if gold_pronouns not in GOLD_PRONOUN_RULES:
        raise ValueError(
            f"unknown gold pronoun rule {gold_pronouns!r}: use one of {GOLD_PRONOUN_RULES}"
        )
    root = Path(data_dir) if data_dir else _default_dir()
    text_dir, ann_dir = root / split / "text", root / split / "attributions"
    if not text_dir.is_dir():
        raise ArticleError(
            f"{root}: no PolNeAR split {split!r} (expected {text_dir}); "
            "pass the data/ folder of a PolNeAR clone"
        )
    anns: dict[str, dict[str, Path]] = {}
    if ann_dir.is_dir():
        for p in ann_dir.glob("*.ann"):
            stem, _, annotator = p.stem.rpartition("_")
            anns.setdefault(stem, {})[annotator] = p
    publishers = {}
    meta = root / "metadata.tsv"
    if meta.is_file():
        for line in meta.read_text(encoding="utf-8").splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) > 4:
                publishers[cols[1]] = cols[4]
    for path in sorted(text_dir.glob("*.txt")):
        with path.open(encoding="utf-8", newline="") as fh:
            text = fh.read()
        parsed = {}
        for annotator, p in sorted(anns.get(path.stem, {}).items()):
            parsed[annotator] = _with_text(parse_ann(p.read_text(encoding="utf-8"), str(p)), text)
        chosen = choose_annotator(parsed) if parsed else ""
        others = [a for k, v in parsed.items() if k != chosen for a in v]
        attrs = resolve_gold_sources(parsed.get(chosen, []), text, gold_pronouns, others)
        yield PolnearDocument(
            path.stem,
            text,
            chosen,
            tuple(attrs),
            publishers.get(path.stem, path.stem.split("_")[0]),
            tuple(sorted(parsed)),
        )

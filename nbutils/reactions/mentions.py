"""Whom a quotation names: people, countries and organisations, found in its words.

:func:`targets_in` takes the names of NLTK's NE chunker and the runs of proper nouns
(:func:`_mentions_in`), canonicalises each against the article's people and WordNet's
places (*Ukrainians* -> Ukraine), and leaves out a word that is capitalised only because
it opens a sentence (*Anyone*, *Tonight*: :func:`_not_a_name`, with the article's own
capitals as the evidence) and a name used as a common noun (*an ATM*:
:func:`_a_kind_of_thing`). :class:`Target` is one such name; :func:`_display_names`
writes a place as the article writes it; :func:`_span_of` finds a mention in the quote.

It imports nothing from the package.

>>> [(t.name, t.kind, t.mention) for t in targets_in("We thank the Kenyans.")]
[('Kenya', 'country', 'Kenyans')]
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from nbutils.entities import place_of

if TYPE_CHECKING:
    from nbutils.speakers import Entities, Entity
    from nbutils.tokenise import TaggedToken


class Target(NamedTuple):
    """Someone or something a quotation names."""

    name: str  #: canonical name ("Donald Trump", "Ukraine")
    kind: str  #: "person", "organisation", "country", "place" or "unknown"
    mention: str  #: the words in the quote ("Trump", "Ukrainian")


_NOT_TARGETS = frozenset(
    """I I'm I've I'd I'll We You They He She It This That What When Where
Without With Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
April May June July August September October November December Mr Mrs Ms Dr""".split()
)
#: Indefinite pronouns and quantifiers — a closed class of English words that
#: stand for nobody in particular ("Anyone who …", "Nobody", "Many", "All of
#: us"): never a target, wherever they are written with a capital.
INDEFINITES = frozenset(
    """anyone anybody anything everyone everybody everything someone somebody
something no-one nobody nothing none whoever whomever whatever whichever many much some few
several all most each every either neither both other others another""".split()
)
#: Marks after which a capital says nothing (an opening quotation, a colon, a dash).
_OPENERS = frozenset("\"“‘'«„(:—–-")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _titlecase(word: str) -> bool:
    return word[:1].isupper() and not word[1:].isupper()


def _initial(text: str, start: int, sentence_start: int) -> bool:
    """Is the word at ``start`` capitalised by its position only: the first
    word of its sentence, or the first after an opening quotation mark, a
    colon or a dash?"""
    before = text[sentence_start:start].rstrip()
    return not any(c.isalnum() for c in before) or before[-1] in _OPENERS


@lru_cache(maxsize=32)
def _capitalised_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """``(names, lower)``: the words ``text`` writes with a capital where a
    capital means a name (not at a sentence start, nor after an opening
    quotation mark, nor in a Title-Cased headline), and the words it writes
    in lower case."""
    from nbutils.tokenise import sentence_spans, word_tokens

    names: set[str] = set()
    lower = {w for w in _WORD.findall(text) if w.islower()}
    for s0, s1 in sentence_spans(text):
        words = [t for t in word_tokens(text, [(s0, s1)]) if _WORD.fullmatch(t.text)]
        if (
            len(words) >= 4
            and not any(t.text.islower() and len(t.text) > 3 for t in words)
            and not text[s0:s1].rstrip().endswith((".", "!", "?", '"', "”"))
        ):
            continue  # a headline: Every Word Capitalised, no full stop
        names.update(
            t.text for t in words if _titlecase(t.text) and not _initial(text, t.start, s0)
        )
    return frozenset(names), frozenset(lower)


@lru_cache(maxsize=4096)
def _common_word(word: str) -> bool:
    """Is ``word`` (lower-cased) an ordinary English word — in NLTK's word
    list, the stopwords, or WordNet with a lower-case lemma (*okay*,
    *tonight*)? Then a capital at a sentence start does not make it a name."""
    from nbutils.entities import wordnet
    from nbutils.speakers import english_words

    low = word.lower()
    return low in english_words() or any(lemma.name().islower() for lemma in wordnet().lemmas(low))


def _not_a_name(
    word: str, initial: bool, multiword: bool, names: frozenset[str], lower: frozenset[str]
) -> bool:
    """Should ``word``, the first word of a would-be target, be dropped?

    A function word or an indefinite (*This*, *Here*, *Anyone*, *Many*) is
    never a name. A word capitalised only because it opens a sentence
    (*Tonight*, *Hopefully*, *Thank*) is a name only with evidence: the text
    writes it with a capital elsewhere, it is a first name before a surname,
    a country, or no ordinary English word at all (*Putin*).
    """
    from nbutils.speakers import all_first_names, function_words

    low = word.lower()
    if not _titlecase(word):
        return False  # "US", "NATO": capitals that are not the sentence's
    if low in INDEFINITES or low in function_words():
        return True
    if not initial or word in names or multiword and word in all_first_names():
        return False
    place = place_of(word)
    if place is not None and place[2] == "country":
        return False
    return low in lower or _common_word(word)


def _name_like(word: str, entities: Entities | None = None) -> bool:
    """A word that is a name on its own: a place, a first name, no ordinary
    word, or part of the name of a person or organisation of the article."""
    from nbutils.speakers import all_first_names

    if place_of(word) is not None or word in all_first_names() or not _common_word(word):
        return True
    entity = entities.lookup(word) if entities is not None else None
    return (
        entity is not None
        and entity.kind in ("person", "organisation")
        and word in entity.canonical.split()
    )


def _mentions_in(text: str, context: str = "", entities: Entities | None = None) -> list[str]:
    """Names in a quotation: NE chunks and proper-noun runs, longest first, no
    overlaps; a first word that is no name (:func:`_not_a_name`, with the
    capitals of ``text`` and ``context`` as evidence) is left out."""
    from nbutils.entities import ne_chunks, proper_noun_runs
    from nbutils.speakers import function_words
    from nbutils.tokenise import tagged_sentences

    tagged = tagged_sentences(text)
    names, lower = _capitalised_words(text)
    if context:
        more_names, more_lower = _capitalised_words(context)
        names, lower = names | more_names, lower | more_lower

    def trimmed(s: int, e: int) -> tuple[int, int] | None:
        sentence = next((st for st in tagged if st and st[0].start <= s < st[-1].end), [])
        words = [t for t in sentence if s <= t.start and t.end <= e]
        cut = False
        while words and _not_a_name(
            words[0].text,
            _initial(text, words[0].start, sentence[0].start),
            len(words) > 1,
            names,
            lower,
        ):
            cut = cut or words[0].text.lower() not in function_words()
            words = words[1:]
        if cut and not any(_name_like(t.text, entities) for t in words):
            return None  # "Grand Bargain", "Thank God": a phrase, not a name after a word
        return (words[0].start, e) if words else None

    spans = {
        trimmed(m.start, m.end) for m in ne_chunks(tagged, text) + proper_noun_runs(tagged, text)
    } - {None}
    chosen: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda se: (-(se[1] - se[0]), se[0])):
        if all(e <= cs or s >= ce for cs, ce in chosen):
            chosen.append((s, e))
    for sentence in tagged:  # demonyms and places the chunkers missed ("Ukrainians …")
        for t in sentence:
            if (
                t.text[:1].isupper()
                and all(t.end <= cs or t.start >= ce for cs, ce in chosen)
                and t.text not in _NOT_TARGETS
                and place_of(t.text)
                and trimmed(t.start, t.end) is not None
            ):
                chosen.append((t.start, t.end))
    tokens = [t for sentence in tagged for t in sentence]
    starts = [t.start for t in tokens]
    out = []
    for s, e in sorted(chosen):
        following = bisect.bisect_left(starts, e)
        if _a_kind_of_thing(text, s, tokens[following] if following < len(tokens) else None):
            continue
        mention = re.sub(r"['’]s$", "", text[s:e]).strip(" .,;:")
        if mention and mention not in _NOT_TARGETS and any(c.isupper() for c in mention):
            out.append(mention)
    return out


_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|An?|another|Another)\s+$")


def _a_kind_of_thing(text: str, start: int, following: TaggedToken | None) -> bool:
    """Is the name starting at ``text[start]`` used as a common noun — after *a*/*an* and
    heading its noun phrase, so that ``following`` (the token after it) is no lower-case
    noun (*an ATM for the city*, *a Democrat who knows*)? Then it refers to no one in
    particular. As a modifier it still names someone: *a Trump supporter*.

    >>> from nbutils.tokenise import TaggedToken
    >>> t = "It is an ATM for them. I am a Trump supporter."
    >>> _a_kind_of_thing(t, t.index("ATM"), TaggedToken("for", 0, 0, "IN"))
    True
    >>> _a_kind_of_thing(t, t.index("Trump"), TaggedToken("supporter", 0, 0, "NN"))
    False
    """
    if not _INDEFINITE_BEFORE.search(text, max(0, start - 9), start):
        return False
    return following is None or not (
        following.tag.startswith("NN") and following.text[:1].islower()
    )


def targets_in(text: str, entities: Entities | None = None, context: str = "") -> list[Target]:
    """The people, countries and organisations a text names, canonicalised:
    a place (or demonym) to WordNet's place, a name to the article's entity
    (``entities``, from :func:`nbutils.speakers.cluster_entities`). Each
    target once, in order of first mention.

    A capital at the start of a sentence proves nothing: *Anyone*, *Many*,
    *This* or *Tonight* there is no target, and an ordinary English word
    there (*Trump*, *Hope*) counts as a name only when ``text`` or
    ``context`` (the rest of the article) writes it with a capital
    mid-sentence too.

    >>> [(t.name, t.kind) for t in targets_in("Ukrainians thank the United States.")]
    [('Ukraine', 'country'), ('United States', 'country')]
    >>> [t.name for t in targets_in("Anyone who doubts Kenya is wrong. Tonight Berlin votes.")]
    ['Kenya', 'Berlin']
    >>> targets_in("Trump lied."), [t.name for t in targets_in("Trump lied.", context="I met Trump.")]
    ([], ['Trump'])
    """
    found: dict[str, Target] = {}
    for mention in _mentions_in(text, context, entities):
        target = None
        entity = entities.lookup(mention) if entities is not None else None
        place = place_of(mention)
        person = entity is not None and entity.kind == "person" and " " in entity.canonical
        if person and place is not None and not _introduced_person(entity):
            person = False  # "Mexico" in "Say Mexico" (a headline's run) is the country
        if place is not None and not person:
            target = Target(place[1], place[2], mention)
        elif entity is not None:
            kind = entity.kind if entity.kind in ("person", "organisation") else "unknown"
            target = Target(entity.canonical, kind, mention)
        else:
            target = Target(mention, "unknown", mention)
        found.setdefault(target.name, target)
    return list(found.values())


def _introduced_person(entity: Entity) -> bool:
    """Is ``entity`` plainly a person: introduced with a title or a description, or
    named with a first name that is not also an ordinary word (*Donald*, not *Say*)?
    A place name inside any other capitalised run stays the place."""
    from nbutils.speakers.vocabulary import all_first_names, english_words

    if entity.titles or entity.descriptors:
        return True
    first = entity.canonical.split()[0]
    return first in all_first_names() and first.lower() not in english_words()


def _display_names(article_text: str, targets: Iterable[Target]) -> dict[str, str]:
    """For places, prefer a form the article itself uses (WordNet's first
    lemma for *Russia* is *Soviet Union*; the article says *Russia*)."""
    out: dict[str, str] = {}
    by_name: dict[str, Counter[str]] = {}
    for t in targets:
        if t.kind in ("country", "place"):
            by_name.setdefault(t.name, Counter())[t.mention] += 1
    for name, mentions in by_name.items():
        if name in article_text:
            out[name] = name
            continue
        plain = [
            m
            for m, _ in mentions.most_common()
            if m[:1].isupper()
            and not m.isupper()
            and "." not in m
            and place_of(m)
            and place_of(m)[1] == name
            and not m.endswith(("an", "ans", "ian", "ians", "ese", "ish"))
        ]
        out[name] = plain[0] if plain else name
    return out


def _span_of(mention: str, text: str) -> tuple[int, int] | None:
    """Where ``mention`` first stands in ``text`` as whole words."""
    m = re.search(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", text)
    if m is None:
        m = re.search(re.escape(mention), text)
    return (m.start(), m.end()) if m else None

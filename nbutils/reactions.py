"""How did people react? Quote sentiment by speaker, role and target, and the narrator's words.

Everything here works on a **quote table**: a pandas DataFrame with one row
per attributed quotation and the columns :data:`QUOTE_TABLE_COLUMNS`
(``article_id, start, end, text, kind, speaker, role, cue, cue_lemma, rule,
confidence``), which :func:`quote_table` builds from
:func:`nbutils.attribution.attribute`. The steps a media researcher takes:

1. :func:`add_sentiment` scores every quote (:mod:`nbutils.sentiment`) and
   counts its words.
2. :func:`speaker_summary`, :func:`role_summary`, :func:`compare_groups`
   (every group of :data:`ROLE_GROUPS` present: politicians, officials,
   citizens …) and :func:`officials_vs_citizens` summarise them — always with the number of
   quotes and words beside the mean and the standard deviation, because a mean
   of one quote is an anecdote, not a finding.
3. :func:`share_of_voice`: who gets heard (quotes and quoted words).
4. :func:`quote_targets` finds whom each quote talks about — people,
   countries and organisations named in the quote (NLTK's NE chunker and runs
   of proper nouns; demonyms such as *Ukrainian* mapped to their country
   through WordNet's pertainyms; names canonicalised against the article's
   own people with :func:`nbutils.speakers.cluster_entities`, so *Trump* and
   *Donald Trump* are one target — never a list of names written in the code);
   a pronoun in a quote (*They don't respect …*) is resolved to the people
   named just before the quote. Each target gets a **stance** — how the quote
   treats *that* target (:mod:`nbutils.stance`), which is not the quote's
   sentiment: "Washington supports Russia" has pleasant words and is an
   accusation. :func:`stance_table`, :func:`stance_grid` and
   :func:`country_stance` average the stance per speaker, group or country
   side, with ``n``; the whole-quote sentiment stays a separate, labelled
   column (:data:`ALL_QUOTES`), and :func:`sentiment_and_stance` puts the two
   side by side.
5. :func:`narrator_reactions` finds the writer's own descriptions of
   reactions *outside* quotations (*Many expressed dismay*, *Other Ukrainians
   reacted with disappointment*, *Rutte remained optimistic*) with the
   documented lexicon :data:`REACTION_LEXICON`, and the group each describes.

>>> import pandas as pd
>>> q = pd.DataFrame({"article_id": ["a", "a", "a"], "start": [0, 40, 80], "end": [30, 70, 99],
...     "text": ['"A wonderful, great success."', '"A terrible, shameful failure."',
...              '"We are so grateful."'], "kind": ["direct"] * 3,
...     "speaker": ["Ann Lee", "Bo Chan", "Ann Lee"], "role": ["official", "citizen/witness",
...     "official"], "cue": ["said"] * 3, "cue_lemma": ["say"] * 3, "rule": ["r"] * 3,
...     "confidence": [0.9] * 3})
>>> scored = add_sentiment(q, model="vader")
>>> summary = speaker_summary(scored)
>>> summary[["speaker", "quotes", "words"]].to_dict("list")
{'speaker': ['Ann Lee', 'Bo Chan'], 'quotes': [2, 1], 'words': [8, 4]}
>>> bool(summary.loc[1, "sd"] != summary.loc[1, "sd"])  # one quote: no spread (NaN)
True
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

import pandas as pd

from nbutils.attribution import table as quote_tables
from nbutils.entities import place_of
from nbutils.sentiment import DEFAULT_MODEL, score_text
from nbutils.speakers import NO_ROLE, SPEAKER_NOT_FOUND, missing_label

if TYPE_CHECKING:
    from nbutils.articles import Article
    from nbutils.speakers import Entities, Entity
    from nbutils.tokenise import TaggedToken

#: The columns of a quote table, in order (defined once, in :mod:`nbutils.attribution.table`).
QUOTE_TABLE_COLUMNS: tuple[str, ...] = quote_tables.QUOTE_TABLE_COLUMNS
#: THE mapping from speaker roles (:func:`nbutils.speakers.role_of`) to the
#: groups every comparison uses — defined here once, nowhere else:
#:
#: * ``politicians``: people elected or running for office and party figures
#:   (presidents, prime ministers, MPs, senators, governors, mayors, party leaders);
#: * ``officials``: appointed government officials, diplomats, heads of
#:   international bodies, executives and spokespeople — and organisations,
#:   which speak through them;
#: * ``citizens``: residents, witnesses, voters — people quoted for themselves;
#: * ``civil society``: who speaks for a union, a campaign, a charity, an association or
#:   a faith (union leaders, activists, chairs of associations, clergy) — a voice of its
#:   own in coverage of strikes, protests and local disputes, neither an office-holder's
#:   nor a private person's;
#: * ``sport``: players, coaches, referees and the managers and chairs of clubs;
#: * ``experts``, ``journalists``, ``anonymous sources``: their own groups.
#:
#: :data:`nbutils.speakers.ROLES` says what each role means. A role not listed keeps its
#: own name; a missing role is :data:`NO_ROLE` ("no role found").
ROLE_GROUPS: dict[str, str] = {
    "politician": "politicians",
    "official": "officials",
    "organisation": "officials",
    "citizen/witness": "citizens",
    "civil society": "civil society",
    "sport": "sport",
    "expert": "experts",
    "journalist": "journalists",
    "anonymous source": "anonymous sources",
}
#: Shown for a missing role or group ("no role found"), as in every report.
UNKNOWN = NO_ROLE
#: Shown for who reacts when the writer names no one.
NOBODY = "nobody named"

_QUOTE_MARKS = "\"“”‘’'«»„ \t\n"


def _empty(columns: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


def _check_table(quotes: pd.DataFrame, needed: Iterable[str]) -> None:
    if not isinstance(quotes, pd.DataFrame):
        raise TypeError(f"expected a pandas DataFrame (a quote table), got {type(quotes).__name__}")
    missing = [c for c in needed if c not in quotes.columns]
    if missing:
        raise ValueError(
            f"quote table lacks column(s) {', '.join(missing)}; expected "
            f"{', '.join(QUOTE_TABLE_COLUMNS)}"
        )


def quote_table(article: Article) -> pd.DataFrame:
    """The attributed quotations of ``article`` as a quote table (empty — with
    the same columns — when the article quotes nobody); see :func:`nbutils.attribution.quote_table`."""
    from nbutils.attribution import attribute

    return one_role_per_speaker(quote_tables.quote_table(attribute(article), article.id))


def one_role_per_speaker(quotes: pd.DataFrame) -> pd.DataFrame:
    """A copy in which every quotation of a speaker (in one article) has the same role: the
    role most of them were given, a role found before none (the first found on a tie).

    A role is what is known about a person, not about a quotation; the engine reads it
    from all the person's titles and descriptions, but a quotation it reached through a
    mention alone may lack it (*the former prime minister* once, nothing the next time),
    and a table or a figure would then show one person in two rows or two groups.

    >>> q = pd.DataFrame({"article_id": ["a"] * 3, "speaker": ["Al Roe", "Al Roe", None],
    ...                   "role": [None, "politician", None]})
    >>> one_role_per_speaker(q)["role"].fillna("-").tolist()
    ['politician', 'politician', '-']
    """
    if quotes.empty or "speaker" not in quotes.columns or "role" not in quotes.columns:
        return quotes
    keys = [c for c in ("article_id", "speaker") if c in quotes.columns]
    chosen: dict[tuple, object] = {}
    for key, part in quotes[quotes["speaker"].notna()].groupby(keys, sort=False, dropna=False):
        found = part["role"].dropna()
        found = found[found.astype(str) != ""]
        if len(found):
            counts = found.value_counts(sort=False)  # (in order of first appearance)
            chosen[key if isinstance(key, tuple) else (key,)] = counts.idxmax()
    if not chosen:
        return quotes
    out = quotes.copy()
    roles = [
        chosen.get(tuple(row), role) if pd.notna(row[-1]) else role
        for row, role in zip(out[keys].itertuples(index=False), out["role"], strict=True)
    ]
    out["role"] = pd.Series(roles, index=out.index, dtype=object)
    return out


def word_count(text: str) -> int:
    """Words in a quotation (tokens with a letter or digit).

    >>> word_count('"It\\'s about life; we want to live."')
    7
    """
    return sum(1 for w in re.split(r"[\s—–]+", text) if any(ch.isalnum() for ch in w))


def add_sentiment(quotes: pd.DataFrame, model: str = DEFAULT_MODEL) -> pd.DataFrame:
    """A copy of the quote table with ``sentiment`` (in ``[-1, 1]``, quotation
    marks stripped), ``words`` and ``group`` (:data:`ROLE_GROUPS`) added."""
    _check_table(quotes, ("text", "role"))
    out = one_role_per_speaker(quotes).copy()
    texts = [str(t).strip(_QUOTE_MARKS) for t in out["text"]]
    out["sentiment"] = pd.Series(
        [score_text(t, model) for t in texts], index=out.index, dtype="float64"
    )
    out["words"] = pd.Series([word_count(t) for t in texts], index=out.index, dtype="int64")
    out["group"] = [role_group(r) for r in out["role"]]
    return out


def role_mapping(scored: pd.DataFrame | None = None) -> pd.DataFrame:
    """:data:`ROLE_GROUPS` as a table a reader checks before reading the groups: each role,
    its group, what it means (:data:`nbutils.speakers.ROLES`) and — given a quote table —
    how many quotations and speakers of this text have it, with a last row for the
    quotations whose speaker has no role found (when there are any).

    >>> q = pd.DataFrame({"speaker": ["Al", "Al", "Bo", None],
    ...                   "role": ["sport", "sport", "civil society", None]})
    >>> m = role_mapping(q).set_index("role")
    >>> m.loc["sport", "group"], int(m.loc["sport", "quotes"]), int(m.loc["sport", "speakers"])
    ('sport', 2, 1)
    >>> int(m.loc["no role found", "quotes"]), int(m.loc["no role found", "speakers"])
    (1, 0)
    """
    from nbutils.speakers import ROLES

    rows = [
        {"role": role, "group": group, "means": ROLES.get(role, "")}
        for role, group in ROLE_GROUPS.items()
    ]
    out = pd.DataFrame(rows, columns=["role", "group", "means"])
    if scored is None:
        return out
    _check_table(scored, ("speaker", "role"))
    roles = _labelled(scored["role"]) if len(scored) else pd.Series(dtype=str)
    named = scored["speaker"].notna() & (scored["speaker"].astype(str) != "")
    out["quotes"] = [int((roles == r).sum()) for r in out["role"]]
    out["speakers"] = [
        int(scored.loc[named & (roles == r), "speaker"].nunique()) for r in out["role"]
    ]
    missing = int((roles == NO_ROLE).sum())
    if missing:
        speakers = int(scored.loc[named & (roles == NO_ROLE), "speaker"].nunique())
        extra = {"role": NO_ROLE, "group": NO_ROLE, "means": "", "quotes": missing}
        out = pd.concat([out, pd.DataFrame([{**extra, "speakers": speakers}])], ignore_index=True)
    return out


def role_group(role: object) -> str:
    """The comparison group of a role: ``officials``, ``citizens`` or the role itself.

    >>> role_group("politician"), role_group("official"), role_group("citizen/witness")
    ('politicians', 'officials', 'citizens')
    >>> role_group(None)
    'no role found'
    """
    if not isinstance(role, str) or not role:
        return UNKNOWN
    return ROLE_GROUPS.get(role, role)


def _labelled(values: pd.Series, column: str = "role") -> pd.Series:
    """Missing values of ``column`` shown as :func:`nbutils.speakers.missing_label` says
    ("no role found", "no speaker found")."""
    label = missing_label(column)
    return values.where(values.notna() & (values.astype(str) != ""), label).astype(str)


SUMMARY_COLUMNS = ("quotes", "words", "mean", "sd", "min", "max")


def summarise(scored: pd.DataFrame, by: str | Sequence[str]) -> pd.DataFrame:
    """Sentiment of the quotes of each ``by`` group: ``quotes`` (n), ``words``,
    ``mean``, ``sd`` (NaN for a single quote: there is no spread to report),
    ``min``, ``max``; most quotes first. A missing role or group shows as "no role
    found", a missing speaker as "no speaker found".
    """
    keys = [by] if isinstance(by, str) else list(by)
    _check_table(scored, [*keys, "sentiment", "words"])
    columns = [*keys, *SUMMARY_COLUMNS]
    if scored.empty:
        return _empty(columns)
    frame = scored.assign(**{k: _labelled(scored[k], k) for k in keys})
    table = (
        frame.groupby(keys, sort=False)
        .agg(
            quotes=("sentiment", "size"),
            words=("words", "sum"),
            mean=("sentiment", "mean"),
            sd=("sentiment", "std"),
            min=("sentiment", "min"),
            max=("sentiment", "max"),
        )
        .reset_index()
    )
    table = table.round({"mean": 3, "sd": 3, "min": 3, "max": 3})
    table = table.sort_values(
        ["quotes", "words", *keys], ascending=[False, False, *[True] * len(keys)]
    )
    return table[columns].reset_index(drop=True)


def speaker_summary(scored: pd.DataFrame) -> pd.DataFrame:
    """:func:`summarise` by speaker (with the speaker's role); quotes whose
    speaker was not found are left out."""
    _check_table(scored, ("speaker", "role"))
    known = scored[scored["speaker"].notna() & (scored["speaker"].astype(str) != "")]
    table = summarise(known, ["speaker", "role"])
    return table


def role_summary(scored: pd.DataFrame, by: str = "role") -> pd.DataFrame:
    """:func:`summarise` by ``role`` (or ``group``: officials, citizens …)."""
    if by == "group" and "group" not in scored.columns and "role" in scored.columns:
        scored = scored.assign(group=[role_group(r) for r in scored["role"]])
    return summarise(scored, by)


def officials_vs_citizens(scored: pd.DataFrame) -> pd.DataFrame:
    """Officials (appointed officials, executives, organisations — not
    politicians, see :data:`ROLE_GROUPS`) against citizens:
    n quotes, words, mean, sd, min, max for each, plus the difference of means
    and a Mann–Whitney U test's p-value when both groups have at least two
    quotes (``NaN`` otherwise: too few to test). A group with no quote is
    still listed, with ``quotes`` = 0, so its absence is visible.
    """
    _check_table(scored, ("role", "sentiment", "words"))
    frame = scored.assign(group=[role_group(r) for r in scored["role"]])
    frame = frame[frame["group"].isin(["officials", "citizens"])]
    table = summarise(frame, "group").set_index("group")
    rows = []
    for g in ("officials", "citizens"):
        if g in table.index:
            rows.append({"group": g, **table.loc[g].to_dict()})
        else:
            rows.append(
                {
                    "group": g,
                    "quotes": 0,
                    "words": 0,
                    "mean": float("nan"),
                    "sd": float("nan"),
                    "min": float("nan"),
                    "max": float("nan"),
                }
            )
    out = pd.DataFrame(rows, columns=["group", *SUMMARY_COLUMNS])
    out["quotes"] = out["quotes"].astype(int)
    out["words"] = out["words"].astype(int)
    a = frame.loc[frame["group"] == "officials", "sentiment"].dropna()
    b = frame.loc[frame["group"] == "citizens", "sentiment"].dropna()
    p = float("nan")
    if len(a) >= 2 and len(b) >= 2:
        from scipy.stats import mannwhitneyu

        p = float(mannwhitneyu(a, b, alternative="two-sided").pvalue)
    out.attrs["difference"] = (
        round(float(a.mean() - b.mean()), 3) if len(a) and len(b) else float("nan")
    )
    out.attrs["p_value"] = p
    out["difference_of_means"] = [out.attrs["difference"], float("nan")]
    out["p_value"] = [p, float("nan")]
    return out


def share_of_voice(quotes: pd.DataFrame, by: str = "speaker") -> pd.DataFrame:
    """Who gets heard: quotes and quoted words per ``by`` value (``speaker``,
    ``role`` or ``group``), with shares in percent; largest first.

    >>> q = pd.DataFrame({"speaker": ["A", "A", "B"], "role": ["x", "x", "y"],
    ...                   "text": ["one two", "three", "four five six"]})
    >>> share_of_voice(q)[["speaker", "quotes", "words", "share_of_words"]].to_dict("list")
    {'speaker': ['A', 'B'], 'quotes': [2, 1], 'words': [3, 3], 'share_of_words': [50.0, 50.0]}
    """
    columns = [by, "quotes", "words", "share_of_quotes", "share_of_words"]
    if by == "group" and "group" not in quotes.columns and "role" in quotes.columns:
        quotes = quotes.assign(group=[role_group(r) for r in quotes["role"]])
    _check_table(quotes, (by, "text"))
    if quotes.empty:
        return _empty(columns)
    words = (
        quotes["words"]
        if "words" in quotes.columns
        else quotes["text"].map(lambda t: word_count(str(t)))
    )
    frame = pd.DataFrame({by: _labelled(quotes[by], by), "words": words})
    table = frame.groupby(by).agg(quotes=(by, "size"), words=("words", "sum")).reset_index()
    table["share_of_quotes"] = (100 * table["quotes"] / table["quotes"].sum()).round(1)
    table["share_of_words"] = (100 * table["words"] / max(1, table["words"].sum())).round(1)
    table = table.sort_values(["words", "quotes", by], ascending=[False, False, True])
    return table[columns].reset_index(drop=True)


# --- targets ---------------------------------------------------------------------------


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
    from nbutils.speakers.names import all_first_names, english_words

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


#: Pronouns inside a quotation that can point at people named just before it.
_PRONOUNS = re.compile(r"\b(they|them|their|he|him|his|she|her)\b", re.IGNORECASE)
_PRONOUN_GENDER = {
    "he": "male",
    "him": "male",
    "his": "male",
    "she": "female",
    "her": "female",
    "her's": "female",
}


def _span_of(mention: str, text: str) -> tuple[int, int] | None:
    """Where ``mention`` first stands in ``text`` as whole words."""
    m = re.search(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", text)
    if m is None:
        m = re.search(re.escape(mention), text)
    return (m.start(), m.end()) if m else None


def _antecedents(
    pronoun: str, article_text: str, quote_start: int, speaker: object, entities: Entities
) -> list[str]:
    """The people a pronoun inside a quotation stands for, from the narration of
    the quote's own sentence before the quote (*Andriy condemned the rudeness of
    Trump and Vance, commenting: "They don't respect …"*): for *they/them/their*
    every person named there when there are two or more; for *he/she* the last
    person named there of that gender (or of unknown gender). Never the
    speaker; nothing when the sentence names nobody."""
    from nbutils.tokenise import sentence_spans

    sentence = next(((s, e) for s, e in sentence_spans(article_text) if s <= quote_start < e), None)
    if sentence is None:
        return []
    named: list[tuple[int, str, str | None]] = []
    seen: set[str] = set()
    for entity in entities:
        if entity.kind != "person" or is_self(entity.canonical, speaker):
            continue
        for s, e in entity.mentions:
            if sentence[0] <= s and e <= quote_start:
                if entity.canonical not in seen:
                    named.append((s, entity.canonical, entity.gender))
                    seen.add(entity.canonical)
    named.sort()
    low = pronoun.lower()
    if low in ("they", "them", "their"):
        return [name for _, name, _ in named] if len(named) >= 2 else []
    gender = _PRONOUN_GENDER.get(low)
    fitting = [name for _, name, g in named if g in (gender, None)]
    return fitting[-1:]


#: An office named by its title inside a quotation: "the governor", "the prime minister".
_OFFICE_NOUNS = frozenset(
    "president governor mayor senator minister chancellor premier congressman congresswoman"
    " secretary chairman chairwoman commissioner sheriff speaker".split()
)
_OFFICE = re.compile(
    r"\b[Tt]he\s+((?:(?:prime|vice|state|county|city)\s+)?(?:"
    + "|".join(sorted(_OFFICE_NOUNS))
    + r"))\b"
)
#: Words that make a title another office than its last word: the *vice* president.
_LESSER_OFFICE = frozenset("vice deputy assistant lieutenant first under".split())
#: Abbreviated titles and the office they name.
_TITLE_FORMS = {"gov": "governor", "sen": "senator", "pres": "president", "rep": "congressman"}


def office_index(entities: Entities) -> dict[tuple[str, ...], list[tuple[int, str]]]:
    """Who holds each office by title, read once per article: an office's words
    (``("governor",)``, ``("prime", "minister")``) -> ``(first mention, canonical name)``
    of each person whose title holds it (*Gov. Ann Lee*), not a former holder (*former
    President Bill Clinton*) nor a lesser office (*Vice President Tom Hale* is no president).

    >>> from nbutils.speakers import cluster_entities
    >>> office_index(cluster_entities("Gov. Ann Lee met Vice President Tom Hale."))
    {('governor',): [(0, 'Ann Lee')], ('vice', 'president'): [(17, 'Tom Hale')]}
    """
    index: dict[tuple[str, ...], list[tuple[int, str]]] = {}
    for entity in entities:
        if entity.kind != "person" or not entity.mentions:
            continue
        for title in entity.titles:
            words = [w.strip(".,").lower() for w in title.split()]
            words = [_TITLE_FORMS.get(w, w) for w in words]
            if {"former", "ex", "late"} & set(words):
                continue
            for i in range(len(words)):
                if i and words[i - 1] in _LESSER_OFFICE:
                    continue  # (its own office starts with the lesser word)
                for n in (1, 2):
                    if i + n > len(words) or words[i + n - 1] not in _OFFICE_NOUNS:
                        continue
                    holders = index.setdefault(tuple(words[i : i + n]), [])
                    if (entity.mentions[0][0], entity.canonical) not in holders:
                        holders.append((entity.mentions[0][0], entity.canonical))
    return index


def _office_holders(
    said: str,
    quote_start: int,
    speaker: object,
    offices: dict[tuple[str, ...], list[tuple[int, str]]],
) -> list[tuple[str, str, tuple[int, int]]]:
    """The people a quotation names by their office (*"The governor has failed us"*):
    ``(canonical name, mention, span in the quote)`` for each office that exactly one
    person of the article (:func:`office_index`), named before the quote, holds; an
    office that nobody or several hold is left out, and so is the speaker's own.

    >>> from nbutils.speakers import cluster_entities
    >>> t = 'Gov. Ann Lee signed it. "The governor broke her word," said Tom Bell.'
    >>> q = t.index('"')
    >>> offices = office_index(cluster_entities(t))
    >>> _office_holders(t[q + 1 : t.index('," said')], q, "Tom Bell", offices)
    [('Ann Lee', 'The governor', (0, 12))]
    """
    found = []
    for m in _OFFICE.finditer(said):
        holders = {
            name
            for first, name in offices.get(tuple(m.group(1).lower().split()), ())
            if first < quote_start and not is_self(name, speaker)
        }
        if len(holders) == 1:
            found.append((holders.pop(), m.group(), (m.start(), m.end())))
    return found


#: The columns of :func:`quote_targets`'s table.
TARGET_COLUMNS: tuple[str, ...] = (
    "quote",
    "article_id",
    "speaker",
    "role",
    "target",
    "target_kind",
    "mention",
    "via",
    "country",
    "stance",
    "stance_label",
    "p_negative",
    "p_neutral",
    "p_positive",
    "stance_words",
    "rule",
    "sentiment",
)


def quote_targets(quotes: pd.DataFrame, article: Article | str | None = None) -> pd.DataFrame:
    """One row per (quote, target): the quote's index in ``quotes``,
    ``article_id``, ``speaker``, ``role``, ``target``, ``target_kind``,
    ``mention`` (the words in the quote), ``via`` (``name``; ``pronoun``
    for a pronoun resolved to people named just before the quote; ``office`` for
    an office only one person of the article holds, *the governor*), the
    target's ``country`` (:func:`country_of`), its **stance** — how the quote
    treats that target (:func:`nbutils.stance.stance` on the mention's span:
    ``stance`` in [-1, 1] and ``stance_label``) — and the whole quote's
    ``sentiment`` (if scored), a different measure kept beside it.

    Names are canonicalised against ``article``'s entities when it is given
    (and pronouns are resolved only then, with the quotes' ``start`` offsets).
    A speaker naming themself (:func:`is_self`) is not a target, nor is a word
    that is capitalised only because it opens a sentence (:func:`targets_in`)."""
    from nbutils.stance import stance as stance_of

    _check_table(quotes, ("text",))
    columns = list(TARGET_COLUMNS)
    if quotes.empty:
        return _empty(columns)
    entities = None
    offices: dict[tuple[str, ...], list[tuple[int, str]]] = {}
    text = ""
    if article is not None:
        from nbutils.speakers import cluster_entities

        text = article if isinstance(article, str) else article.text
        entities = cluster_entities(text)
        offices = office_index(entities)
    # the capitals that show a word is a name: the article's, else the quotes' and speakers'
    context = text or "\n".join(
        [
            *(str(t).strip(_QUOTE_MARKS) for t in quotes["text"]),
            *(s for s in quotes.get("speaker", []) if isinstance(s, str)),
        ]
    )
    rows: list[dict[str, object]] = []
    spans: list[tuple[int, int] | None] = []
    for idx, row in quotes.iterrows():
        said = str(row["text"]).strip(_QUOTE_MARKS)
        found = [
            (t, "name", _span_of(t.mention, said)) for t in targets_in(said, entities, context)
        ]
        start = row.get("start")
        if entities is not None and isinstance(start, (int, float)) and start == start:
            named = {t.name for t, _, _ in found}
            for m in _PRONOUNS.finditer(said):
                for name in _antecedents(m.group(), text, int(start), row.get("speaker"), entities):
                    if name not in named:
                        named.add(name)
                        found.append(
                            (Target(name, "person", m.group()), "pronoun", (m.start(), m.end()))
                        )
            for name, mention, span in _office_holders(
                said, int(start), row.get("speaker"), offices
            ):
                if name not in named:
                    named.add(name)
                    found.append((Target(name, "person", mention), "office", span))
        for t, via, span in found:
            if is_self(t.name, row.get("speaker")) or is_self(t.mention, row.get("speaker")):
                continue  # a speaker naming themselves is not a target
            judged = stance_of(said, *span) if span is not None else None
            spans.append(span)
            rows.append(
                {
                    "quote": idx,
                    "article_id": row.get("article_id"),
                    "speaker": row.get("speaker"),
                    "role": row.get("role"),
                    "target": t.name,
                    "target_kind": t.kind,
                    "mention": t.mention,
                    "via": via,
                    "country": country_of(t.name, t.kind, entities),
                    "stance": judged.score if judged else float("nan"),
                    "stance_label": judged.label if judged else None,
                    **dict(
                        zip(
                            ("p_negative", "p_neutral", "p_positive"),
                            judged.probabilities if judged else (float("nan"),) * 3,
                            strict=True,
                        )
                    ),
                    "rule": "",
                    "stance_words": ", ".join(
                        f"{w} {c:+z.2f}" for w, c in judged.words[:3] if abs(c) >= 0.02
                    )
                    if judged
                    else "",
                    "sentiment": row.get("sentiment", float("nan")),
                }
            )
    if not rows:
        return _empty(columns)
    _balance(rows, spans, quotes)
    _attitudes_of_others(rows, spans, quotes)
    table = pd.DataFrame(rows, columns=columns)
    names = _display_names(
        text, (Target(r["target"], r["target_kind"], r["mention"]) for r in rows)
    )
    table["target"] = [names.get(t, t) for t in table["target"]]
    table["country"] = [names.get(c, c) if isinstance(c, str) else c for c in table["country"]]
    for old, new in names.items():
        if old != new:
            for before, after in (
                (f" {old}, whom", f" {new}, whom"),
                (f" reports {old}'s", f" reports {new}'s"),
                (f" toward {old},", f" toward {new},"),
            ):
                table["rule"] = table["rule"].str.replace(before, after, regex=False)
    return table.reset_index(drop=True)


#: Verbs of support. "X supports Y" tells how the speaker sees X only together with how
#: the speaker sees Y: supporting someone the speakers oppose counts against X
#: (Heider's balance: "the friend of my enemy"), see :func:`_balance`.
SUPPORT_VERBS = frozenset(
    """support supports supported supporting back backs backed backing
help helps helped helping arm arms armed arming defend defends defended defending favour
favours favoured favor favors favored sides sided embrace embraces embraced""".split()
)
_SUPPORT = re.compile(
    r"\s+(?:\w+ly\s+)?(" + "|".join(sorted(SUPPORT_VERBS)) + r")\s+(?:with\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


#: Verbs of an attitude toward someone ("X respects Y", "X attacked Y"): said of a third
#: party, the attitude is that party's, not the speaker's (see :func:`_attitudes_of_others`).
ATTITUDE_LEMMAS = frozenset(
    """respect disrespect trust distrust admire praise thank love like dislike hate fear
value honour honor attack betray abandon ignore threaten insult humiliate blame criticise
criticize condemn undermine oppose invade bomb punish pressure mock""".split()
)


def _verb_forms(lemma: str) -> tuple[str, ...]:
    """The forms of a regular verb (*attack, attacks, attacked, attacking*)."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return (lemma, lemma + "s", stem + "ed", stem + "ing")


_AUXILIARY = (
    r"(?:(?:do|does|did|would|will|can|could|should|must|has|have|had)"
    r"(?:n['’]t|\s+not|\s+never)?\s+|\w+ly\s+|never\s+|not\s+)*"
)
#: "X (does not) respect (the people of) Y": X's span end, then this, then Y's span start.
_ATTITUDE = re.compile(
    r"\s+"
    + _AUXILIARY
    + r"("
    + "|".join(sorted({f for lemma in ATTITUDE_LEMMAS for f in _verb_forms(lemma)} | SUPPORT_VERBS))
    + r")\s+(?:the\s+(?:people|citizens|residents|government|leaders?|leadership|army|"
    r"troops|nation)\s+of\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


def _not_the_speakers(row: dict[str, object], verb: str, agent: str) -> None:
    """Make ``row``'s target neutral: the attitude the quotation reports is ``agent``'s."""
    row["stance"] = 0.0
    row["stance_label"] = "neutral"
    row["rule"] = (
        f"agent: the quotation reports {agent}'s attitude ({verb}) toward {row['target']}, "
        "not the speaker's own"
    )


def _attitudes_of_others(
    rows: list[dict[str, object]], spans: list[tuple[int, int] | None], quotes: pd.DataFrame
) -> None:
    """When a quotation says that target X supports, respects, attacks … target Y (a verb of
    :data:`ATTITUDE_LEMMAS` or :data:`SUPPORT_VERBS` right after X, Y right after it), the
    attitude toward Y is X's: the stance model's reading of Y from that verb is not the
    speaker's, and Y is made neutral, with a ``rule`` that says so ("They don't respect the
    people of Ukraine": negative toward them, no stance of the speaker's toward Ukraine).
    X keeps the model's reading. A row already decided by :func:`_balance` is left alone."""
    starts: dict[tuple[object, int], list[int]] = {}
    for j, (row, sp) in enumerate(zip(rows, spans, strict=True)):
        if sp is not None:
            starts.setdefault((row["quote"], sp[0]), []).append(j)
    for row, span in zip(rows, spans, strict=True):
        if span is None:
            continue
        said = str(quotes.loc[row["quote"], "text"]).strip(_QUOTE_MARKS)
        m = _ATTITUDE.match(said, span[1])
        if m is None:
            continue
        for j in starts.get((row["quote"], m.end()), []):
            other = rows[j]
            if other["rule"] or other["target"] == row["target"]:
                continue
            if other["stance_label"] in ("positive", "negative"):
                _not_the_speakers(other, m.group(1).lower(), str(row["target"]))


def _balance(
    rows: list[dict[str, object]], spans: list[tuple[int, int] | None], quotes: pd.DataFrame
) -> None:
    """Apply the balance rule in place. When a quotation says that target X
    *supports* target Y (:data:`SUPPORT_VERBS` right after X, Y right after the
    verb) and the quotations other than this one treat Y negatively on average
    (the same speaker's if they name Y, else their group's, else everyone's),
    the stance toward X cannot be positive: a positive reading is turned
    negative, and ``rule`` says why. The stance model reads one sentence and
    cannot know that supporting Y is bad news; the other quotes can. (The reading of Y
    itself is X's support, not the speaker's: :func:`_attitudes_of_others`.)"""
    model_stance = [
        float(r["stance"]) if r["stance"] == r["stance"] else float("nan") for r in rows
    ]
    for k, (row, span) in enumerate(zip(rows, spans, strict=True)):
        if span is None or not model_stance[k] > NEUTRAL_BAND:
            continue
        said = str(quotes.loc[row["quote"], "text"]).strip(_QUOTE_MARKS)
        m = _SUPPORT.match(said, span[1])
        if m is None:
            continue
        supported = next(
            (
                other
                for j, (other, sp) in enumerate(zip(rows, spans, strict=True))
                if j != k and other["quote"] == row["quote"] and sp is not None and sp[0] == m.end()
            ),
            None,
        )
        if supported is None:
            continue
        name = supported["target"]
        for same in ("speaker", "role", None):
            views = [
                model_stance[j]
                for j, other in enumerate(rows)
                if other["target"] == name
                and other["quote"] != row["quote"]
                and (same is None or other.get(same) == row.get(same))
                and model_stance[j] == model_stance[j]
            ]
            if views:
                break
        view = sum(views) / len(views) if views else 0.0
        if view < -NEUTRAL_BAND:
            row["stance"] = round(-model_stance[k] * min(1.0, -view / 0.5), 4) or -0.01
            row["stance_label"] = "negative"
            row["rule"] = (
                f"balance: {m.group(1)} {name}, whom the other quotations treat "
                f"negatively (mean stance {view:+z.2f}, n={len(views)})"
            )


def country_of(name: str, kind: str, entities: Entities | None = None) -> str | None:
    """The country a target belongs to, so that stance toward a country's
    capital, government and leaders can be read together: a country is its own;
    a place belongs to the country WordNet puts it in (*Washington* → District
    of Columbia → United States); a person to the country their title in the
    article names (*US President Donald Trump*). ``None`` when nothing says.

    >>> country_of("Ukraine", "country"), country_of("Washington", "place")
    ('Ukraine', 'United States')
    """
    if kind == "country":
        return name
    place = place_of(name)
    if place is not None:
        if place[2] == "country":
            return place[1]
        return _country_of_place(place[0])
    if entities is not None and kind == "person":
        entity = entities.lookup(name)
        if entity is not None:
            for title in (*entity.titles, *entity.descriptors):
                for word in re.findall(r"[A-Z][A-Za-z.]*", title):
                    where = place_of(word.rstrip("."))
                    if where is not None and where[2] == "country":
                        return where[1]
    return None


@lru_cache(maxsize=1024)
def _country_of_place(synset: str) -> str | None:
    from nbutils.entities import wordnet

    wn = wordnet()
    frontier = [wn.synset(synset)]
    for _ in range(4):  # city -> district/state -> country, a few steps at most
        nxt = []
        for s in frontier:
            for h in s.part_holonyms():
                place = place_of(h.lemmas()[0].name())
                if place is not None and place[0] == h.name() and place[2] == "country":
                    return place[1]
                nxt.append(h)
        frontier = nxt
    return None


def is_self(name: object, speaker: object) -> bool:
    """Is ``name`` the ``speaker`` themself? The same name, or one is part of
    the other ending in the same word, titles aside (*Brandt*, *Ms. Brandt*
    and *Clara Brandt* are one person; *Bob Brandt* is another).

    >>> is_self("Ms. Brandt", "Clara Brandt"), is_self("Clara Brandt", "Brandt")
    (True, True)
    >>> is_self("Bob Brandt", "Clara Brandt"), is_self("Brandt", None)
    (False, False)
    """
    from nbutils.speakers import split_title

    if not isinstance(name, str) or not isinstance(speaker, str) or not name or not speaker:
        return False

    def words(text: str) -> list[str]:
        plain = re.sub(r"['’]s?$", "", text.strip()).split()
        return [w.casefold() for w in (split_title(plain)[1] if len(plain) > 1 else plain)]

    a, b = words(name), words(speaker)
    if not a or not b:
        return False
    return a == b or a[-1] == b[-1] and (set(a) <= set(b) or set(b) <= set(a))


#: What the stance tables average by default: the stance toward each target
#: (:mod:`nbutils.stance`). ``measure="sentiment"`` averages the whole quote's
#: sentiment instead — a different question ("how pleasant was what they said?").
STANCE = "stance"


def _measure(targets: pd.DataFrame, measure: str) -> str:
    if measure not in ("stance", "sentiment"):
        raise ValueError(f"measure must be 'stance' or 'sentiment', got {measure!r}")
    return measure


def stance_table(targets: pd.DataFrame, by: str = "speaker", measure: str = STANCE) -> pd.DataFrame:
    """Long form: for each ``by`` value (``speaker`` or ``role``/``group``) and
    target, ``n`` quotes mentioning the target and the ``mean`` and ``sd`` of
    ``measure`` (the stance toward the target, or the whole quote's
    sentiment). Use :func:`stance_matrix` for the speaker × target grid."""
    columns = [by, "target", "target_kind", "n", "mean", "sd"]
    measure = _measure(targets, measure)
    if by == "group" and "group" not in targets.columns and "role" in targets.columns:
        targets = targets.assign(group=[role_group(r) for r in targets["role"]])
    _check_table(targets, (by, "target", measure))
    if targets.empty:
        return _empty(columns)
    frame = targets.assign(**{by: _labelled(targets[by])})
    table = (
        frame.groupby([by, "target"], sort=False)
        .agg(
            target_kind=("target_kind", "first"),
            n=(measure, "size"),
            mean=(measure, "mean"),
            sd=(measure, "std"),
        )
        .reset_index()
    )
    table = table.round({"mean": 3, "sd": 3})
    return table.sort_values(["n", by, "target"], ascending=[False, True, True])[
        columns
    ].reset_index(drop=True)


def stance_matrix(
    targets: pd.DataFrame, by: str = "speaker", min_n: int = 1, measure: str = STANCE
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(means, counts)``: two ``by`` × target grids of ``measure`` (rows sorted
    by the number of quotes, columns by how often the target is mentioned).
    Cells with fewer than ``min_n`` quotes are NaN in ``means``; ``counts``
    always says n."""
    long = stance_table(targets, by, measure)
    if long.empty:
        return pd.DataFrame(), pd.DataFrame()
    means = long.pivot(index=by, columns="target", values="mean")
    counts = long.pivot(index=by, columns="target", values="n").fillna(0).astype(int)
    rows = counts.sum(axis=1).sort_values(ascending=False).index
    cols = counts.sum(axis=0).sort_values(ascending=False).index
    means, counts = means.loc[rows, cols], counts.loc[rows, cols]
    return means.where(counts >= min_n), counts


# --- the narrator's reactions -----------------------------------------------------------

#: The reaction lexicon: word forms -> (emotion family, valence -1/0/+1).
#: Families follow the emotion words journalists use to describe public
#: reaction (after Plutchik's basic emotions, with *concern* and *hope*,
#: which dominate news): anger, disappointment, concern, shock, sadness,
#: disrespect (negative); hope, relief, gratitude, joy, support (positive).
#: Only the narrator's words count: quotations are excluded.
REACTION_FAMILIES: dict[str, tuple[int, str]] = {
    "anger": (
        -1,
        "anger angry outrage outraged fury furious indignation indignant rage "
        "enraged incensed resentment irritation irritated",
    ),
    "disappointment": (
        -1,
        "disappointment disappointed dismay dismayed frustration frustrated "
        "disillusionment disillusioned dissatisfaction dissatisfied regret",
    ),
    "concern": (
        -1,
        "concern concerns concerned worry worries worried anxiety anxious fear fears "
        "feared fearful alarm alarmed unease uneasy apprehension nervous "
        "scepticism skepticism sceptical skeptical pessimism pessimistic doubts",
    ),
    "shock": (-1, "shock shocked disbelief stunned horror horrified dismayed appalled"),
    "sadness": (
        -1,
        "sadness sad grief grieving sorrow heartbroken upset distress distressed "
        "wept weeping tearful sobbed sobbing",
    ),
    "disrespect": (-1, "disrespected humiliated humiliation insulted offended betrayed betrayal"),
    "emotion": (0, "emotional emotion emotions reactions reaction"),
    "hope": (1, "hope hopes hopeful optimism optimistic confident confidence encouraged"),
    "relief": (1, "relief relieved reassured calm"),
    "gratitude": (1, "gratitude grateful thankful appreciation"),
    "joy": (
        1,
        "joy joyful delight delighted happy happiness pleased pride proud "
        "enthusiasm enthusiastic excitement excited jubilation elated",
    ),
    "support": (1, "solidarity sympathy admiration approval"),
}
REACTION_LEXICON: dict[str, tuple[str, int]] = {}
for _family, (_valence, _forms) in REACTION_FAMILIES.items():
    for _form in _forms.split():
        REACTION_LEXICON.setdefault(_form, (_family, _valence))
#: Words that mark a reaction frame ("expressed dismay", "reacted with").
REACTION_VERBS = frozenset(
    """express expressed expressing expresses voice voiced voicing voices
react reacted reacting reacts feel felt feeling feels remain remained remaining remains show
showed showing shows state stated stating sparked spark sparking ignite ignited left leave
leaves met greeted""".split()
)
#: A subject made only of these words points back to a group named earlier.
_BARE_GROUPS = frozenset(
    """many some others most few several they them all both those these
many others""".split()
)
_COLLECTIVE = frozenset(
    """population public people community crowd crowds nation country
residents citizens voters people's observers critics supporters""".split()
)


#: Collective nouns for the general public: a group named by one of them is
#: counted with the citizens.
_POPULACE = frozenset(
    """public population populace people community communities crowd crowds
residents citizens voters locals""".split()
)
_ANIMATE = frozenset(
    {
        "person.n.01",
        "people.n.01",
        "social_group.n.01",
        "organization.n.01",
        "group.n.01",
        "causal_agent.n.01",
    }
)


@lru_cache(maxsize=2048)
def _animate(noun: str) -> bool | None:
    """Whether WordNet knows ``noun`` as a person, people or an organisation
    in any sense (None when WordNet does not know the noun at all)."""
    from nbutils.entities import wordnet  # (the fast reader: NLTK's takes seconds to load)

    synsets = wordnet().synsets(noun, pos="n")
    if not synsets:
        return None
    return any(
        h.name() in _ANIMATE for s in synsets for h in [s, *s.closure(lambda x: x.hypernyms())]
    )


def _can_react(head: tuple[str, str]) -> bool:
    """Can the head noun of a would-be experiencer feel anything? A common
    noun that WordNet knows only as a thing or a state (*situation*,
    *event*, *comments*) cannot; names, pronouns and unknown words can."""
    word, tag = head
    if tag not in ("NN", "NNS") or not word.islower():
        return True
    return _animate(word) is not False


class Reaction(NamedTuple):
    """A reaction the narrator describes: the word, its family and whose it is."""

    sentence: int  #: index of the sentence in the article
    start: int  #: offsets of the reaction word in the article
    end: int
    word: str
    family: str
    valence: int
    group: str  #: who reacts ("Other Ukrainians", "Many (the Ukrainian population)")
    role: str | None  #: the group's role, from its words or the article's entities
    frame: str  #: the reaction verb before it ("expressed", "reacted") or ""
    text: str  #: the sentence


_NP_TAGS = frozenset(
    {"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "CD", "POS"}
)
_NOUNISH = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
_WALK_TAGS = frozenset(
    {
        "VB",
        "VBD",
        "VBG",
        "VBN",
        "VBP",
        "VBZ",
        "RB",
        "RBR",
        "RBS",
        "MD",
        "IN",
        "TO",
        "DT",
        "JJ",
        "JJR",
        "JJS",
        "CC",
        "PRP$",
    }
)


def _np_ending_at(tags: Sequence[tuple[str, str]], k: int) -> tuple[int, int] | None:
    """The noun phrase whose last token is ``k`` (a run of NP tags)."""
    if k < 0 or tags[k][1] not in _NOUNISH:
        return None
    i = k
    while i - 1 >= 0 and tags[i - 1][1] in _NP_TAGS:
        i -= 1
    return i, k + 1


def _subject(tags: Sequence[tuple[str, str]]) -> tuple[int, int] | None:
    """The sentence subject: the noun phrase before the first verb, after an
    opening adverbial ("Despite the tensions, …", "Back home, …")."""
    start = 0
    first_verb = next((i for i, (_, t) in enumerate(tags) if t.startswith(("VB", "MD"))), len(tags))
    commas = [i for i, (w, _) in enumerate(tags[:first_verb]) if w == ","]
    if commas and tags[0][1] in ("IN", "RB", "RBR", "VBG", "CC", "JJ", "NNP"):
        start = commas[0] + 1
        first_verb = next(
            (i for i, (_, t) in enumerate(tags) if i >= start and t.startswith(("VB", "MD"))),
            len(tags),
        )
    for k in range(first_verb - 1, start - 1, -1):
        np = _np_ending_at(tags, k)
        if np is not None:
            return max(np[0], start), np[1]
    return None


def _np_starting_at(tags: Sequence[tuple[str, str]], i: int) -> tuple[int, int] | None:
    """The noun phrase that starts at token ``i`` (up to its last noun)."""
    j, last = i, None
    while j < len(tags) and tags[j][1] in _NP_TAGS:
        if tags[j][1] in _NOUNISH:
            last = j
        j += 1
    return (i, last + 1) if last is not None else None


def _experiencer(tags: Sequence[tuple[str, str]], k: int) -> tuple[tuple[int, int] | None, str]:
    """Who has the reaction at token ``k``: a noun phrase right after it with
    *from*/*among* ("anger among farmers"); else the nearest noun phrase to its
    left across the reaction's own frame ("Many *expressed* dismay", "left many
    observers *stating* concerns"); across a comma, the sentence subject."""
    if k + 2 < len(tags) and tags[k + 1][0].lower() in ("from", "among", "amongst"):
        np = _np_starting_at(tags, k + 2)
        if np is not None:
            return np, tags[k - 1][0].lower() if k and tags[k - 1][
                0
            ].lower() in REACTION_VERBS else ""
    frame = ""
    i = k - 1
    while i >= 0:
        w, t = tags[i]
        if w == ",":
            return _subject(tags), frame
        if w.lower() in REACTION_VERBS and not frame:
            frame = w.lower()
        if w.lower() in _BARE_GROUPS and t in ("JJ", "DT", "NNS", "PRP", "NN"):
            return (i, i + 1), frame
        if t in _NOUNISH and w.lower() in REACTION_LEXICON:
            i -= 1  # "hope and gratitude": still the reaction's own phrase
            continue
        if t in _NOUNISH:
            np = _np_ending_at(tags, i)
            # a noun inside the reaction's own phrase ("the emotional weight") is skipped
            if np is not None and i < k:
                return np, frame
        if t not in _WALK_TAGS and t not in _NOUNISH:
            break
        i -= 1
    return _subject(tags), frame


def _group_words(tags: Sequence[tuple[str, str]], span: tuple[int, int] | None) -> str:
    if span is None:
        return ""
    words = [w for w, _ in tags[span[0] : span[1]]]
    return " ".join(words).replace(" 's", "'s").replace(" ’s", "’s")


def _collective_in(tags: Sequence[tuple[str, str]]) -> str:
    """The last plural or collective noun phrase of a sentence ("the Ukrainian population")."""
    best = ""
    for k, (w, t) in enumerate(tags):
        if t in ("NNS", "NNPS") or w.lower() in _COLLECTIVE:
            np = _np_ending_at(tags, k)
            if np is not None:
                best = _group_words(tags, np)
    return best


def narrator_reactions(
    article: Article | str,
    quotes: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The writer's own descriptions of reactions, outside quotations: one row
    per reaction word with its family, valence, the group it describes, the
    group's role, the framing verb and the sentence (see :class:`Reaction`).

    Quotation spans come from ``quotes`` (a quote table) when given, else from
    :func:`nbutils.quotes.find_quotes`. A bare quantifier subject (*Many*,
    *Others*) is completed with the last plural or collective noun phrase of
    the same or the previous sentence: *Many (the Ukrainian population)*.

    >>> r = narrator_reactions("The vote ended. Other voters reacted with anger. "
    ...                        'Ann Lee said: "We are happy."')
    >>> r[["word", "family", "valence", "group", "role"]].values.tolist()
    [['anger', 'anger', -1, 'Other voters', 'citizen/witness']]
    """
    from nbutils.speakers import cluster_entities, role_of
    from nbutils.tokenise import pos_tag, sentence_spans, word_tokens

    text = article if isinstance(article, str) else article.text
    if quotes is not None and not quotes.empty:
        _check_table(quotes, ("start", "end"))
        spans = [(int(s), int(e)) for s, e in zip(quotes["start"], quotes["end"], strict=True)]
    else:
        from nbutils.quotes import find_quotes

        spans = [q.span for q in find_quotes(text)]
    entities = None
    rows: list[Reaction] = []
    previous: list[tuple[str, str]] = []
    for n, (s0, s1) in enumerate(sentence_spans(text)):
        toks = word_tokens(text, [(s0, s1)])
        outside = [t for t in toks if not any(a <= t.start < b for a, b in spans)]
        if not any(t.text.lower() in REACTION_LEXICON for t in outside):
            previous = [(t.text, t.tag) for t in pos_tag(toks)]
            continue
        tagged = pos_tag(toks)
        tags = [(t.text, t.tag) for t in tagged]
        for k, tok in enumerate(tagged):
            word = tok.text.lower()
            if word not in REACTION_LEXICON or any(a <= tok.start < b for a, b in spans):
                continue
            if word in (
                "concern",
                "hope",
                "fear",
                "fears",
                "worry",
                "worries",
                "hopes",
                "doubts",
            ) and tok.tag.startswith("VB"):
                continue  # "support" the verb is not a described reaction
            if (
                k + 1 < len(tagged)
                and tagged[k + 1].tag in ("NN", "NNS")
                and tok.tag in ("NN", "JJ")
                and tagged[k + 1].text.lower() not in REACTION_LEXICON
            ):
                continue  # a modifier: "flood relief bill", "anger management"
            if word in ("reaction", "reactions", "emotion", "emotions") and not any(
                w.lower() in REACTION_VERBS for w, _ in tags[max(0, k - 3) : k]
            ):
                continue
            family, valence = REACTION_LEXICON[word]
            span, frame = _experiencer(tags, k)
            if span is not None and not _can_react(tags[span[1] - 1]):
                span = None  # "The situation … reflecting hope": not who hopes
            group = _group_words(tags, span)
            if group and all(w.lower() in _BARE_GROUPS for w in group.split()):
                earlier = _collective_in(tags[: span[0]]) if span else ""
                antecedent = earlier or _collective_in(previous)
                if antecedent:
                    group = f"{group} ({antecedent})"
            role = role_of(group) if group else None
            if role is None and group and group.split()[-1].lower().strip("()") in _POPULACE:
                role = "citizen/witness"  # "the public", "the population"
            if role is None and group:
                if entities is None:
                    entities = cluster_entities(text)
                entity = entities.lookup(group)
                role = entity.role if entity is not None else None
            rows.append(
                Reaction(
                    n,
                    tok.start,
                    tok.end,
                    tok.text,
                    family,
                    valence,
                    group or NOBODY,
                    role,
                    frame,
                    text[s0:s1],
                )
            )
        previous = tags
    columns = list(Reaction._fields)
    if not rows:
        return _empty(columns)
    return pd.DataFrame(rows, columns=columns)


def reaction_summary(reactions: pd.DataFrame) -> pd.DataFrame:
    """Per group: the number of reaction words, how many are negative and
    positive, and the families named (most frequent first)."""
    columns = ["group", "role", "reactions", "negative", "positive", "families"]
    if reactions.empty:
        return _empty(columns)
    frame = reactions.assign(role=_labelled(reactions["role"]))
    table = (
        frame.groupby(["group", "role"], sort=False)
        .agg(
            reactions=("word", "size"),
            negative=("valence", lambda v: int((v < 0).sum())),
            positive=("valence", lambda v: int((v > 0).sum())),
            families=("family", lambda f: ", ".join(x for x, _ in Counter(f).most_common())),
        )
        .reset_index()
    )
    return table.sort_values(["reactions", "group"], ascending=[False, True])[columns].reset_index(
        drop=True
    )


# --- side by side: the tables the lesson (notebook 03) shows ----------------------------

#: How comparison groups are ordered in every table: politicians, officials,
#: citizens, the rest (alphabetically), unknown last.
GROUP_ORDER: tuple[str, ...] = ("politicians", "officials", "citizens")
#: A quote or sentence scoring within ±NEUTRAL_BAND counts as neutral (VADER's convention).
NEUTRAL_BAND = 0.05


def _group_rank(group: str) -> tuple[int, str]:
    if group in GROUP_ORDER:
        return GROUP_ORDER.index(group), group
    return (len(GROUP_ORDER) + (group == UNKNOWN), group)


def with_groups(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of a quote (or target) table with ``group`` from ``role`` when it
    lacks one, and a missing speaker or role shown as "no speaker found" / "no role
    found"."""
    _check_table(table, ("role",))
    out = table.copy()
    if "group" not in out.columns:
        out["group"] = [role_group(r) for r in out["role"]]
    for column in ("speaker", "role"):
        if column in out.columns:
            out[column] = _labelled(out[column], column) if len(out) else out[column]
    return out


def speaker_labels(scored: pd.DataFrame) -> pd.DataFrame:
    """A copy of a scored quote table with ``who``: "Name (role)", for figures
    that show one row per speaker and should say what each speaker is.

    >>> speaker_labels(pd.DataFrame({"speaker": ["Ann Lee", None], "role": ["mayor", None]})
    ...                )["who"].tolist()
    ['Ann Lee (mayor)', 'no speaker found']
    """
    _check_table(scored, ("speaker", "role"))
    out = scored.copy()
    out["who"] = [
        f"{s} ({r})"
        if isinstance(s, str) and s and isinstance(r, str) and r
        else s
        if isinstance(s, str) and s
        else SPEAKER_NOT_FOUND
        for s, r in zip(out["speaker"], out["role"], strict=True)
    ]
    return out


def explained_quotes(
    scored: pd.DataFrame, model: str = DEFAULT_MODEL, top: int = 3
) -> pd.DataFrame:
    """Each scored quote with the ``top`` words that pushed its score
    (:func:`nbutils.sentiment.explain`), in article order: ``speaker``,
    ``group``, ``cue``, ``text``, ``words``, ``sentiment``, ``why``."""
    from nbutils.sentiment import explain

    _check_table(scored, ("text", "speaker", "role", "cue", "sentiment", "words"))
    columns = ["speaker", "group", "cue", "text", "words", "sentiment", "why"]
    if scored.empty:
        return _empty(columns)
    frame = with_groups(scored)
    frame["why"] = [
        ", ".join(
            f"{w} {c:+z.2f}"
            for w, c in explain(str(t).strip(_QUOTE_MARKS), model)[:top]
            if abs(c) >= 0.03
        )
        or "(no sentiment words)"
        for t in frame["text"]
    ]
    if "start" in frame.columns:
        frame = frame.sort_values("start")
    return frame[columns].reset_index(drop=True)


def aggregations(scored: pd.DataFrame, by: str = "group") -> pd.DataFrame:
    """The same quotes summarised several ways, to show that the choice
    matters: ``quotes``, ``words``, ``mean`` (every quote counts once),
    ``word_weighted`` (every quoted word counts once: long quotes weigh
    more), ``median``, and the percentage of quotes that are ``negative``,
    ``neutral`` (within ±:data:`NEUTRAL_BAND`) and ``positive``.

    >>> q = pd.DataFrame({"group": ["a", "a"], "role": ["x", "x"], "sentiment": [0.5, -0.1],
    ...                   "words": [1, 9]})
    >>> aggregations(q).loc[0, ["mean", "word_weighted", "negative", "positive"]].tolist()
    [0.2, -0.04, 50.0, 50.0]
    """
    _check_table(scored, ("sentiment", "words"))
    columns = [
        by,
        "quotes",
        "words",
        "mean",
        "word_weighted",
        "median",
        "negative",
        "neutral",
        "positive",
    ]
    if scored.empty:
        return _empty(columns)
    frame = with_groups(scored) if by == "group" and "role" in scored.columns else scored
    frame = frame.assign(**{by: _labelled(frame[by])})
    rows = []
    for name, part in frame.groupby(by, sort=False):
        s, w = part["sentiment"].astype(float), part["words"].astype(float)
        rows.append(
            {
                by: name,
                "quotes": len(part),
                "words": int(w.sum()),
                "mean": round(float(s.mean()), 3),
                "word_weighted": round(float((s * w).sum() / w.sum()), 3)
                if w.sum()
                else float("nan"),
                "median": round(float(s.median()), 3),
                "negative": round(100 * float((s < -NEUTRAL_BAND).mean()), 1),
                "neutral": round(100 * float((s.abs() <= NEUTRAL_BAND).mean()), 1),
                "positive": round(100 * float((s > NEUTRAL_BAND).mean()), 1),
            }
        )
    table = pd.DataFrame(rows, columns=columns)
    if by == "group":
        table = table.iloc[sorted(range(len(table)), key=lambda i: _group_rank(table.loc[i, by]))]
    return table.reset_index(drop=True)


def _cell(mean: float, n: int) -> str:
    return "" if n == 0 or pd.isna(mean) else f"{mean:+z.2f} (n={n})"


#: The first column of :func:`stance_grid`: the whole-quote sentiment of every
#: quote of the row — labelled as such, since the other columns are stances.
ALL_QUOTES = "all their quotes (sentiment)"


def stance_grid(
    targets: pd.DataFrame, scored: pd.DataFrame, max_targets: int = 8, measure: str = STANCE
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(means, counts)`` of the stance table: one row per group (politicians,
    officials, citizens, other roles) followed by one row per speaker of the
    group; one column :data:`ALL_QUOTES` (the whole-quote sentiment of every
    quote of the row, whether it names a target or not), then the
    ``max_targets`` most-mentioned targets. A target cell is the mean
    ``measure`` — by default the stance toward that target — of the row's
    quotes that name it, with ``n`` in ``counts``. Rows are a (group, speaker) MultiIndex; the group's
    own row has speaker ``all <group>``. Quotes with no known speaker count
    in their group's row only (:func:`nbutils.figures.plot_stance_table`
    draws the grid).
    """
    _check_table(scored, ("role", "sentiment"))
    if scored.empty:
        return pd.DataFrame(), pd.DataFrame()
    quotes = with_groups(scored)
    marked = with_groups(targets) if len(targets) else targets
    top = list(marked["target"].value_counts().index[:max_targets]) if len(marked) else []
    keys: list[tuple[str, str]] = []
    for group in sorted(quotes["group"].unique(), key=_group_rank):
        keys.append((group, f"all {group}"))
        speakers = quotes.loc[quotes["group"] == group, "speaker"].value_counts()
        keys += [(group, s) for s in speakers.index if s != SPEAKER_NOT_FOUND]
    means = pd.DataFrame(
        float("nan"),
        index=pd.MultiIndex.from_tuples(keys, names=["group", "speaker"]),
        columns=[ALL_QUOTES, *top],
    )
    counts = pd.DataFrame(0, index=means.index, columns=means.columns)
    for group, speaker in keys:
        rows = quotes["group"] == group
        trows = marked["group"] == group if len(marked) else None
        if not speaker.startswith("all "):
            rows &= quotes["speaker"] == speaker
            trows = trows & (marked["speaker"] == speaker) if trows is not None else None
        values = quotes.loc[rows, "sentiment"].dropna()
        means.loc[(group, speaker), ALL_QUOTES] = values.mean() if len(values) else float("nan")
        counts.loc[(group, speaker), ALL_QUOTES] = len(values)
        for target in top:
            hit = marked.loc[trows & (marked["target"] == target), measure].dropna()
            counts.loc[(group, speaker), target] = len(hit)
            means.loc[(group, speaker), target] = hit.mean() if len(hit) else float("nan")
    return means.round(3), counts


def stance_overview(
    targets: pd.DataFrame, scored: pd.DataFrame, max_targets: int = 8, measure: str = STANCE
) -> pd.DataFrame:
    """The stance table to read: :func:`stance_grid` with every cell written
    as "mean (n=…)" and empty where the row never names the target.

    >>> q = pd.DataFrame({"speaker": ["Ann", "Bo"], "role": ["official", "citizen/witness"],
    ...                   "sentiment": [0.5, -0.25]})
    >>> t = pd.DataFrame({"speaker": ["Bo"], "role": ["citizen/witness"], "target": ["Ukraine"],
    ...                   "stance": [-0.5]})
    >>> stance_overview(t, q).loc["citizens"].to_dict("index")["Bo"]
    {'all their quotes (sentiment)': '-0.25 (n=1)', 'Ukraine': '-0.50 (n=1)'}
    """
    means, counts = stance_grid(targets, scored, max_targets, measure)
    if means.empty:
        return means
    out = means.astype(object)
    for key in means.index:
        for column in means.columns:
            out.loc[key, column] = _cell(means.loc[key, column], int(counts.loc[key, column]))
    out.columns.name = f"mean {measure} (n quotes) →"
    return out


def compare_groups(table: pd.DataFrame, measure: str = "sentiment") -> pd.DataFrame:
    """Every group present (:data:`ROLE_GROUPS`; politicians, officials,
    citizens first, unknown last) with its counts beside the figures: ``rows``
    (quotes, or quote–target pairs for a target table), ``speakers``, and the
    ``mean``, ``sd``, ``min`` and ``max`` of ``measure`` (``sentiment`` for a
    scored quote table, ``stance`` for :func:`quote_targets`).

    >>> q = pd.DataFrame({"speaker": ["A", "B", "C"], "role": ["politician", "official",
    ...                   "citizen/witness"], "sentiment": [0.5, 0.1, -0.4]})
    >>> compare_groups(q)[["group", "rows", "mean"]].values.tolist()
    [['politicians', 1, 0.5], ['officials', 1, 0.1], ['citizens', 1, -0.4]]
    """
    columns = ["group", "rows", "speakers", "mean", "sd", "min", "max"]
    _check_table(table, ("role", measure))
    if table.empty:
        return _empty(columns)
    frame = with_groups(table)
    rows = []
    for name, part in frame.groupby("group", sort=False):
        values = part[measure].astype(float).dropna()
        speakers = part["speaker"] if "speaker" in part.columns else pd.Series(dtype=object)
        rows.append(
            {
                "group": name,
                "rows": len(values),
                "speakers": int(speakers[speakers != SPEAKER_NOT_FOUND].nunique()),
                "mean": round(float(values.mean()), 3) if len(values) else float("nan"),
                "sd": round(float(values.std()), 3) if len(values) > 1 else float("nan"),
                "min": round(float(values.min()), 3) if len(values) else float("nan"),
                "max": round(float(values.max()), 3) if len(values) else float("nan"),
            }
        )
    out = pd.DataFrame(rows, columns=columns)
    order = sorted(range(len(out)), key=lambda i: _group_rank(out.loc[i, "group"]))
    return out.iloc[order].reset_index(drop=True)


def country_stance(targets: pd.DataFrame, by: str = "group", measure: str = STANCE) -> pd.DataFrame:
    """Stance toward each *country's side* — the country, its places and the
    people whose title names it (:func:`country_of`: *Washington*, *America*
    and *US President Donald Trump* are all the United States' side) — for
    each ``by`` value: ``n`` quote–target pairs, ``mean``, ``sd`` and the
    ``targets`` that make it up. Targets with no known country are left out.

    >>> t = pd.DataFrame({"speaker": ["A", "B"], "role": ["official", "citizen/witness"],
    ...                   "target": ["Washington", "Donald Trump"],
    ...                   "country": ["United States", "United States"],
    ...                   "stance": [0.4, -0.6]})
    >>> country_stance(t)[["group", "country", "n", "mean"]].values.tolist()
    [['officials', 'United States', 1, 0.4], ['citizens', 'United States', 1, -0.6]]
    """
    columns = [by, "country", "n", "mean", "sd", "targets"]
    if targets.empty or "country" not in targets.columns:
        return _empty(columns)
    frame = with_groups(targets) if "role" in targets.columns else targets
    frame = frame[frame["country"].notna()]
    if frame.empty:
        return _empty(columns)
    frame = frame.assign(**{by: _labelled(frame[by])})
    rows = []
    for (key, country), part in frame.groupby([by, "country"], sort=False):
        values = part[measure].astype(float).dropna()
        rows.append(
            {
                by: key,
                "country": country,
                "n": len(values),
                "mean": round(float(values.mean()), 3) if len(values) else float("nan"),
                "sd": round(float(values.std()), 3) if len(values) > 1 else float("nan"),
                "targets": ", ".join(dict.fromkeys(part["target"])),
            }
        )
    out = pd.DataFrame(rows, columns=columns)
    rank = (
        (lambda i: (_group_rank(out.loc[i, by]), -out.loc[i, "n"]))
        if by == "group"
        else (lambda i: (str(out.loc[i, by]), -out.loc[i, "n"]))
    )
    return out.iloc[sorted(range(len(out)), key=rank)].reset_index(drop=True)


def sentiment_and_stance(targets: pd.DataFrame, scored: pd.DataFrame) -> pd.DataFrame:
    """Each (quote, target) pair with the two measures side by side: the whole
    quote's ``sentiment`` (the scored table's model), VADER's score of it, the
    ``stance`` toward the target with its label and the ``rule`` that changed the
    model's reading (if any, beside the label it changed), the model's probabilities and
    words, and
    ``gap`` = stance − sentiment; largest gap first — where reading sentiment
    as stance would mislead most."""
    from nbutils.sentiment import score_text

    columns = [
        "quote",
        "speaker",
        "group",
        "text",
        "target",
        "sentiment",
        "vader",
        "stance",
        "stance_label",
        "rule",
        "p_negative",
        "p_neutral",
        "p_positive",
        "stance_words",
        "gap",
    ]
    if targets.empty or scored.empty:
        return _empty(columns)
    frame = with_groups(targets)
    frame["text"] = [str(scored.loc[q, "text"]) for q in frame["quote"]]
    frame["vader"] = [score_text(str(t).strip(_QUOTE_MARKS), "vader") for t in frame["text"]]
    frame["gap"] = (frame["stance"] - frame["sentiment"]).round(3)
    order = frame["gap"].abs().sort_values(ascending=False, kind="stable").index
    return frame.loc[order, columns].reset_index(drop=True)


def disagreement_view(pairs: pd.DataFrame) -> pd.DataFrame:
    """The pairs of :func:`sentiment_and_stance` narrowed to what a reader compares,
    so the table fits a page: who, the quotation, the target, the three scores, the
    stance label, the model's ``confidence`` (its largest probability: near 1/3 it
    is guessing) and the ``rule`` that changed its reading. Rounded to two places.

    >>> pairs = pd.DataFrame({"quote": [0], "speaker": ["A"], "group": ["citizens"],
    ...     "text": ['"X backs Y"'], "target": ["X"], "sentiment": [0.4], "vader": [0.3],
    ...     "stance": [-0.5], "stance_label": ["negative"], "rule": [""],
    ...     "p_negative": [0.6], "p_neutral": [0.2], "p_positive": [0.2],
    ...     "stance_words": ["backs -0.5"], "gap": [-0.9]})
    >>> disagreement_view(pairs).iloc[0].to_dict()  # doctest: +NORMALIZE_WHITESPACE
    {'speaker': 'A', 'text': '"X backs Y"', 'target': 'X', 'sentiment': 0.4, 'vader': 0.3,
     'stance': -0.5, 'stance_label': 'negative', 'confidence': 0.6, 'rule': ''}
    """
    columns = [
        "speaker",
        "text",
        "target",
        "sentiment",
        "vader",
        "stance",
        "stance_label",
        "confidence",
        "rule",
    ]
    if pairs.empty:
        return _empty(columns)
    view = pairs.assign(confidence=_confidence(pairs))
    return view[columns].round(2)


def _confidence(pairs: pd.DataFrame) -> pd.Series:
    """The stance model's largest probability for each pair: how sure it is of its answer."""
    return pairs[["p_negative", "p_neutral", "p_positive"]].max(axis=1)


def unsure_pairs(pairs: pd.DataFrame, below: float = 0.6) -> int:
    """How many pairs the stance model gives less than ``below`` probability to
    its own answer.

    >>> unsure_pairs(pd.DataFrame({"p_negative": [0.5, 0.9], "p_neutral": [0.3, 0.05],
    ...                            "p_positive": [0.2, 0.05]}))
    1
    """
    if pairs.empty:
        return 0
    return int((_confidence(pairs) < below).sum())


def _sign(x: float, band: float = 0.05) -> int:
    return (x > band) - (x < -band)


def stance_example(pairs: pd.DataFrame, model: str = DEFAULT_MODEL) -> list[str]:
    """The first pair of :func:`sentiment_and_stance` (where reading sentiment as
    stance misleads most) told in lines — the quote, both measures, the words that
    pushed the stance model and any rule that changed its reading — and how often
    the two measures point the same way.

    >>> pairs = pd.DataFrame({"speaker": ["A"], "group": ["citizens"], "text": ['"X backs Y"'],
    ...     "target": ["X"], "sentiment": [0.4], "vader": [0.3], "stance": [-0.5],
    ...     "stance_label": ["negative"], "p_negative": [0.6], "p_neutral": [0.2],
    ...     "p_positive": [0.2], "stance_words": ["backs -0.5"], "rule": [""]})
    >>> print("\\n".join(stance_example(pairs, "emobank")))
    A (citizens): "X backs Y"
      sentiment of the whole quote: +0.40 (emobank), +0.30 (vader)
      stance toward X: -0.50 → negative (P negative 0.60, neutral 0.20, positive 0.20)
      words that pushed the stance model: backs -0.5
    <BLANKLINE>
    Sentiment and stance point the same way for 0 of 1 quote–target pairs.
    """
    if pairs.empty:
        return []
    top = pairs.iloc[0]
    lines = [
        f"{top['speaker']} ({top['group']}): {top['text']}",
        f"  sentiment of the whole quote: {top['sentiment']:+z.2f} ({model}), "
        f"{top['vader']:+z.2f} (vader)",
        f"  stance toward {top['target']}: {top['stance']:+z.2f} → {top['stance_label']} "
        f"(P negative {top['p_negative']:.2f}, neutral {top['p_neutral']:.2f}, "
        f"positive {top['p_positive']:.2f})",
        f"  words that pushed the stance model: {top['stance_words'] or '(none)'}",
    ]
    if top["rule"]:
        said = "positive" if top["p_positive"] > top["p_negative"] else "negative"
        lines.append(
            f"  the model's probabilities say {said}; then a rule changed the reading — "
            f"{top['rule']}"
        )
    same = int((pairs["sentiment"].map(_sign) == pairs["stance"].map(_sign)).sum())
    lines += [
        "",
        f"Sentiment and stance point the same way for {same} of {len(pairs)} quote–target pairs.",
    ]
    return lines


def verb_list(cues: Iterable[object]) -> str:
    """Reporting verbs as written, most frequent first: "stated ×3, remarked".

    >>> verb_list(["said", "stated", "said", None])
    'said ×2, stated, (none) ×1'
    """
    counts = Counter(c.lower() if isinstance(c, str) and c else "(none)" for c in cues)
    return ", ".join(f"{c} ×{n}" if n > 1 or c == "(none)" else c for c, n in counts.most_common())


def framing_overview(scored: pd.DataFrame, by: str = "group") -> pd.DataFrame:
    """How the writer introduces each ``by`` value's quotes: the verbs
    (:func:`verb_list`), the framing categories counted
    (:func:`nbutils.framing.frame`), and the share of quotes with a cue that
    are introduced by a non-neutral verb (``marked_share``, %)."""
    from nbutils.framing import STANCE, add_framing

    _check_table(scored, ("cue", "role"))
    columns = [by, "quotes", "verbs", "framing", "marked_share"]
    if scored.empty:
        return _empty(columns)
    frame = add_framing(with_groups(scored))
    rows = []
    for name, part in frame.groupby(by, sort=False):
        cats = Counter(part["framing"])
        with_cue = [c for c in part["framing"] if c not in ("none", "unknown")]
        marked = sum(STANCE.get(c) != "neutral" for c in with_cue)
        rows.append(
            {
                by: name,
                "quotes": len(part),
                "verbs": verb_list(part["cue"]),
                "framing": ", ".join(f"{c} {n}" for c, n in cats.most_common()),
                "marked_share": round(100 * marked / len(with_cue), 1)
                if with_cue
                else float("nan"),
            }
        )
    table = pd.DataFrame(rows, columns=columns)
    key = (
        (lambda i: _group_rank(table.loc[i, by]))
        if by == "group"
        else (lambda i: (-table.loc[i, "quotes"], str(table.loc[i, by])))
    )
    return table.iloc[sorted(range(len(table)), key=key)].reset_index(drop=True)


def narrator_table(reactions: pd.DataFrame) -> pd.DataFrame:
    """:func:`narrator_reactions` as a reader wants it: the reaction ``word``,
    its ``family`` and ``valence``, ``who`` (the writer's words for the
    group), their ``role`` and comparison ``group`` (officials, citizens …),
    the framing verb and the sentence."""
    columns = ["word", "family", "valence", "who", "role", "group", "frame", "sentence"]
    if reactions.empty:
        return _empty(columns)
    out = reactions.drop(columns=["sentence"]).rename(columns={"group": "who", "text": "sentence"})
    out["group"] = [role_group(r) for r in out["role"]]
    out["role"] = _labelled(out["role"])
    return out[columns].reset_index(drop=True)


def described_reactions(reactions: pd.DataFrame) -> pd.DataFrame:
    """:func:`reaction_summary` with each described group labelled by its
    comparison group ("citizens · Other voters") and ordered officials,
    citizens, other roles, unknown — for :func:`nbutils.figures.plot_narrator_reactions`.

    >>> r = narrator_reactions("Other voters reacted with anger. The mayor remained hopeful.")
    >>> described_reactions(r)["group"].tolist()
    ['politicians · The mayor', 'citizens · Other voters']

    A reaction no one is named as having says so (the table lists it as "nobody named"):

    >>> described_reactions(narrator_reactions("There was hope."))["group"].tolist()
    ['(nobody named as reacting)']
    """
    summary = reaction_summary(reactions)
    if summary.empty:
        return summary
    sides = [role_group(r if r != UNKNOWN else None) for r in summary["role"]]
    order = sorted(
        range(len(summary)), key=lambda i: (_group_rank(sides[i]), -summary.loc[i, "reactions"])
    )
    summary["group"] = [
        "(nobody named as reacting)" if side == UNKNOWN and g == NOBODY else f"{side} · {g}"
        for side, g in zip(sides, summary["group"], strict=True)
    ]
    return summary.iloc[order].reset_index(drop=True)


def group_overview(scored: pd.DataFrame, reactions: pd.DataFrame | None = None) -> pd.DataFrame:
    """How each side reacted, in one row per group (officials, citizens, other
    roles): who was quoted, the number of quotes, their sentiment written as
    "mean (n, min … max)", the reporting verbs and their framing, and the
    reactions the writer describes for the group outside quotations
    (``narrator``: "dismay — Many (the Ukrainian population)")."""
    columns = ["group", "speakers", "quotes", "sentiment", "verbs", "framing", "narrator"]
    groups: dict[str, dict[str, object]] = {}
    if not scored.empty:
        _check_table(scored, ("speaker", "role", "cue", "sentiment"))
        quotes = with_groups(scored)
        framing = framing_overview(quotes).set_index("group")
        for name, part in quotes.groupby("group", sort=False):
            s = part["sentiment"].dropna()
            sentiment = (
                f"{s.iloc[0]:+z.2f} (one quote)"
                if len(s) == 1
                else f"{s.mean():+z.2f} (n={len(s)}, {s.min():+z.2f} … {s.max():+z.2f})"
                if len(s)
                else ""
            )
            speakers = [x for x in part["speaker"].value_counts().index if x != SPEAKER_NOT_FOUND]
            groups[name] = {
                "group": name,
                "speakers": ", ".join(speakers),
                "quotes": len(part),
                "sentiment": sentiment,
                "verbs": framing.loc[name, "verbs"],
                "framing": framing.loc[name, "framing"],
                "narrator": "",
            }
    if reactions is not None and not reactions.empty:
        told = narrator_table(reactions)
        for name, part in told.groupby("group", sort=False):
            described = []
            for who, words in part.groupby("who", sort=False)["word"]:
                described.append(f"{', '.join(dict.fromkeys(w.lower() for w in words))} — {who}")
            row = groups.setdefault(
                name,
                {
                    "group": name,
                    "speakers": "",
                    "quotes": 0,
                    "sentiment": "",
                    "verbs": "",
                    "framing": "",
                },
            )
            row["narrator"] = "; ".join(described)
    if not groups:
        return _empty(columns)
    ordered = sorted(groups, key=_group_rank)
    return pd.DataFrame([groups[g] for g in ordered], columns=columns)

"""The words names are read with: titles, honorifics, kin, organisations, roles, first names.

Part of step 1 of :mod:`nbutils.speakers` (:mod:`nbutils.speakers.names` reads the runs of
capitalised words with these lists). Each list lives in ``nbutils/resources`` and is read
once; first names and their gender come from NLTK's ``names`` corpus, common English words
from its ``words`` and ``stopwords`` lists.

>>> name_gender("Mark"), "senator" in TITLE_WORDS, KIN_WORDS["wife"]
('male', True, 'female')
>>> expert_word("sociologist"), expert_word("plumber")
(True, False)
"""

from __future__ import annotations

from functools import lru_cache

from nbutils.lexicons import Closed, abbreviations, table, word_list
from nbutils.nltkdata import require

#: Title words that precede a name (lower-cased; abbreviations with their dot).
#: (and every title abbreviation of ``resources/abbreviations.tsv``, with its full stop)
TITLE_WORDS = word_list("title_words") | {f"{a.lower()}." for a in abbreviations("title")}


#: Honorifics that say nothing but gender.
HONORIFICS: dict[str, str] = dict(table("honorifics"))
#: Nouns of kinship and person that say a gender ("His wife, Ghazala Khan").
KIN_WORDS: dict[str, str] = dict(table("kin_words"))
#: Words of age or order before a word of kinship (*his younger sister*, *her teenage son*),
#: as a regular-expression alternation.
KIN_MODIFIERS = (
    r"(?:young|younger|youngest|older|oldest|elder|eldest|twin|big|little|baby|kid|teenage|"
    r"grown)"
)


#: Words that make a capitalised run an organisation, not a person.
ORG_WORDS = word_list("org_words")


#: Role words (in titles and descriptors) -> role.
ROLE_WORDS: dict[str, str] = {}


for _role, _w in table("role_words"):
    ROLE_WORDS.setdefault(_w, _role)


PRONOUNS: dict[str, str | None] = Closed.PRONOUNS


#: Nouns for a person beyond the role words (an unnamed one can be *he* or *she*), and
#: nouns for an expert beyond the *-ologist* words.
PERSON_NOUNS = word_list("person_nouns")
EXPERT_NOUNS = word_list("expert_nouns")


def expert_word(word: str) -> bool:
    """Does ``word`` name an expert (*sociologist*, *demographer*, *economist*)?"""
    return word.endswith(("ologist", "ographer", "ometrist")) or word in EXPERT_NOUNS


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

    return frozenset(w for w in words.words() if w.islower()) | frozenset(
        stopwords.words("english")
    )


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


#: Names that NLTK's names corpus lists under both genders although English-language
#: usage gives them overwhelmingly to one (Chris, Pat, Lee, Terry, Dana … stay unknown).
DOMINANT_GENDER: dict[str, str] = dict(table("dominant_gender"))


def name_gender(first: str) -> str | None:
    """'male', 'female' or ``None`` (unknown or used for both) from NLTK's names corpus.

    Names NLTK lists under both genders are unknown unless :data:`DOMINANT_GENDER`
    gives their usual gender (*Hillary*, *Bernie*, *Ted*); that table also corrects the
    few names NLTK gives one sex that are now mostly the other's or both (*Madison*).

    >>> name_gender("Mark"), name_gender("Ina"), name_gender("Chris"), name_gender("Hillary")
    ('male', 'female', None, 'female')
    """
    if first in DOMINANT_GENDER:  # ("unknown": a name NLTK gives one sex, now given to both)
        return None if DOMINANT_GENDER[first] == "unknown" else DOMINANT_GENDER[first]
    male, female = _first_names()
    m, f = first in male, first in female
    return "male" if m and not f else "female" if f and not m else None

"""Unnamed people: *the spokesman*, *a patient who asked not to be named*, *one of them*.

A *he*/*she* may take up someone the text never names. Each such person becomes an
:class:`~nbutils.speakers.roles.Entity` of their own, made once per place and sex
(:meth:`~_Unnamed._unnamed_person`), so every pronoun that means them gets the same one:

* :meth:`~_Unnamed._gendered_unnamed`: a definite description whose noun says the sex
  (*the spokesman was asked*), or the unnamed one who questioned the subject (*was asked
  … by a woman at the back*);
* :meth:`~_Unnamed._unnamed_reporter`: an indefinite description that opens a sentence
  and reports (*A patient, who asked not to be named, said*), read past its asides and
  prepositional phrase to its head noun;
* :meth:`~_Unnamed._member_reporting`: one member of a group (*One of the drivers at
  Ashby Road said*), named by the group's noun in the singular (:func:`singular`,
  :func:`people_word`, which the attribution package uses too).

>>> from nbutils.speakers import cluster_entities
>>> t = "Ann Lee is away. The spokesman was asked about it. He said no."
>>> cluster_entities(t).resolve_pronoun("he", t.index("He said")).canonical
'spokesman'
>>> singular("chairmen"), singular("deputies"), people_word("nurses"), people_word("tables")
('chairman', 'deputy', True, False)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from nbutils.speakers.headlines import inflected_verb
from nbutils.speakers.names import reporting_after
from nbutils.speakers.resolution.registry import _AGE, _PARTIES
from nbutils.speakers.roles import Entity, role_of, wordnet_person
from nbutils.speakers.vocabulary import HONORIFICS, KIN_WORDS, PERSON_NOUNS

#: A definite description whose noun says the sex and names an office that speaks unnamed
#: (*the spokesman*, *the Prime Minister's official spokesman*), at a sentence's start
#: (after an opening phrase) or reporting after a quote.
_GENDERED_SUBJECT = re.compile(
    r"(?:[\s\"“‘']*|[^.;!?\"“”]{0,80},\s+|[,?!]?[\"”’']\s+)?"
    r"(?P<desc>(?:[Tt]he)\s+(?:[A-Z][\w'’.-]*\s+|[a-z][\w'’-]*\s+){0,4}?"
    # (offices that speak unnamed; "the businessman", "the congressman" are epithets)
    r"(?P<noun>spokesman|spokeswoman))\b"
)
#: The one who put a question to the sentence's subject, unnamed and of a known sex: *Hale
#: was asked about the donors by a woman in the front row* (then *"…?" she asked*).
_GENDERED_ASKER = re.compile(
    r"\b(?:was|were|being|been|got|get)\s+(?:asked|questioned|pressed|challenged|confronted|"
    r"heckled|interrupted|approached)\b[^.;!?\"“”]{0,80}?\bby\s+"
    r"(?P<desc>(?:an?|one|another)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?P<noun>[a-z]+))\b"
)

#: After *One of them*: an apposition set off by commas (*, a woman who has worked there
#: for a decade,*), before the verb.
_MEMBER_ASIDE = re.compile(r",\s+(?:a|an)\s+[^,;.\"“”]{1,140}(?=,)")

#: A group of people: a determiner, up to two modifiers, a plural noun and where they are
#: (*the striking drivers at Ashby Road*).
_GROUP = (
    r"(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<head>[a-z]+s|men|women|people|children)\b"
    r"(?P<where>\s+(?:at|from|in|of)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
)
_GROUP_NP = re.compile(
    r"\b(?:[Tt]he|[Tt]hose|[Tt]hese|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Aa]\s+few|\d{1,3})\s+"
    + _GROUP
)
#: A sentence opening on one member of a group (*One of them*, *One of the drivers …*: the
#: group's description read by :data:`_GROUP_BODY` at the end of the match).
_ONE_OF = re.compile(
    r"[\s\"“‘']*(?:But\s+|And\s+|Then\s+)?One\s+of\s+(?:(?P<pronoun>them|those|these)\b|the\s+)"
)
_GROUP_BODY = re.compile(_GROUP)
#: Plurals of nouns for people that do not end in *s*, and their singulars.
_IRREGULAR_SINGULAR = {"men": "man", "women": "woman", "people": "person", "children": "child"}


def singular(word: str) -> str:
    """*drivers* -> *driver*, *witnesses* -> *witness*, *deputies* -> *deputy*, *men* -> *man*,
    *chairmen* -> *chairman*."""
    if word in _IRREGULAR_SINGULAR:
        return _IRREGULAR_SINGULAR[word]
    if word.endswith(("women", "men")) and len(word) > 5:
        return word[:-3] + "man"  # "chairmen", "spokeswomen", "congressmen"
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    return word[:-1]


def people_word(word: str) -> bool:
    """Is the plural ``word`` a noun for people (*drivers*, *nurses*, *women*)?"""
    if not word.islower() or not (word.endswith(("s", "men")) or word in _IRREGULAR_SINGULAR):
        return False
    one = singular(word)
    return word in _IRREGULAR_SINGULAR or one in PERSON_NOUNS or role_of(one) is not None


#: The rest of an indefinite description after a body's name in it (*A former | State
#: Department official*): the capitalised words and the lower-case head.
_NAME_IN_DESCRIPTION = re.compile(r"((?:\s+[A-Z][\w'’.&-]*){1,3}\s+[a-z][\w-]*)\b(?!['’])")

#: An apposition after an unnamed subject, up to its closing comma: ", a retired nurse,".
_UNNAMED_APPOSITION = re.compile(r",\s+((?:an?|the)\s+[^,;.\"“”]{1,60}),")
#: After an unnamed subject (and its asides): a verb in the active voice, not a form of
#: *be* or *have* (*A juror sat*, not *A juror was hurt*).
_ACTIVE_VERB_AFTER = re.compile(r"(?:,[^,;.\"“”]{1,120},)?[ \t]*([a-z]{3,})\b(?![ \t]+by\b)")
#: Forms of *be* and *have* (and what is no verb) that :func:`_acted` refuses.
_NOT_ACTING = frozenset(
    "was were is are be been being had has have who which that and or of in at for from "
    "with on to by".split()
)


def _acted(after: str, words: Sequence[str]) -> bool:
    """Does an unnamed subject, described by ``words``, do something in the past tense
    right after its asides (*A juror, a …, sat in the back*), not suffer it (*A guard was
    hurt*)?

    >>> _acted(", a nurse, sat down.", ["A", "juror"]), _acted(" was hurt.", ["A", "guard"])
    (True, False)
    """
    if any(w.lower() in _NOT_ACTING for w in words[1:]):
        return False  # ("A guard was hurt in": a verb inside the description)
    m = _ACTIVE_VERB_AFTER.match(after)
    if m is None or m.group(1) in _NOT_ACTING:
        return False
    verb = m.group(1)
    return verb.endswith("ed") or inflected_verb(verb) and not verb.endswith(("s", "ing"))


#: Prepositions after a description's head noun (*an agent in the city*, *a nurse at the ward*).
_OF_PLACE = frozenset("in at for from of with on".split())
#: A who clause set off only by its closing comma: " who asked that her name not be used,".
_WHO_ASIDE = re.compile(
    r"\s+who\s+[^,;.\"“”]{1,80},"
    # ... and a second one joined on ("who worked there, and who asked not to be named,",
    # "who works on House races, who asked not to be named,")
    r"(?:(?:\s+and)?\s+who\s+[^,;.\"“”]{1,100},)?"
)
#: ... or without commas, up to the reporting verb (*A nurse who asked not to be named said*).
_WHO_TO_VERB = re.compile(
    r"\s+who\s+[^,;.\"“”]{1,80}?(?=\s+(?:said|says|told|tells|added|adds|wrote|writes)\b)"
)
#: The rest of a prepositional phrase cut short by the description pattern: up to three
#: words, then the comma of an aside (*… in the* | * city, who declined to be named, said*).
_PHRASE_TO_COMMA = re.compile(r"((?:\s+[\w'’-]+){0,3}?)(?=,|\s+who\s+[^,;.\"“”]{1,80},)")
#: ... or the rest of it up to a reporting verb, with no aside (*… for the regional*
#: | * government said*).
_PHRASE_TO_VERB = re.compile(
    r"((?:\s+[\w'’-]+){0,3}?)(?=\s+(?:said|says|told|tells|added|adds|wrote|writes)\b)"
)


class _Unnamed:
    """The unnamed people a *he*/*she* may take up (a part of
    :class:`~nbutils.speakers.resolution.Entities`, reading the state of :class:`_Registry`)."""

    def _gendered_unnamed(
        self, a: int, b: int, gender: str, within: tuple[int, int] | None
    ) -> Entity | None:
        """An unnamed person the sentence ``text[a:b]`` calls by a noun of the pronoun's
        sex, as its subject or reporting (*the spokesman was asked*, *"…," the spokesman
        replied*), as an entity for a later *he*/*she*: the person the description means
        when it names someone known (*the chairman* Tom Hale), else the unnamed one.
        ``None`` when there is none.

        >>> from nbutils.speakers import cluster_entities
        >>> t = "Ann Lee is away. The spokesman was asked about it. He said no."
        >>> cluster_entities(t).resolve_pronoun("he", t.index("He said")).canonical
        'spokesman'

        The one who asked the subject a question, unnamed, is such a person too:

        >>> t = "Ann Lee spoke. Tom Hale was asked about it by a woman at the back. She said no."
        >>> cluster_entities(t).resolve_pronoun("she", t.index("She said")).canonical
        'woman'

        Remembered per sentence, sex and quotation: each pronoun reads the same sentences.
        """
        key = (a, b, gender, within)
        if key not in self._gendered:
            self._gendered[key] = self._gendered_unnamed_uncached(a, b, gender, within)
        return self._gendered[key]

    def _gendered_unnamed_uncached(
        self, a: int, b: int, gender: str, within: tuple[int, int] | None
    ) -> Entity | None:
        """:meth:`_gendered_unnamed`, worked out."""
        for m in _GENDERED_SUBJECT.finditer(self.text, a, min(b, a + 400)):
            noun, desc, at = m.group("noun").lower(), m.group("desc"), m.start("desc")
            if HONORIFICS.get(noun) != gender or self._excluded(at, within):
                continue
            if not (m.start() == a or reporting_after(self.text[m.end() : m.end() + 40])):
                continue  # (a subject opening the sentence, or one that reports)
            known = self.resolve_descriptor(desc, at)
            if known is not None and known.gender in (None, gender):
                return known
            return self._unnamed_person(" ".join(desc.split()[1:]), desc, at, m.end("desc"), gender)
        for m in _GENDERED_ASKER.finditer(self.text, a, min(b, a + 400)):
            noun, desc, at = m.group("noun"), m.group("desc"), m.start("desc")
            if KIN_WORDS.get(noun) != gender or self._excluded(at, within):
                continue
            return self._unnamed_person(" ".join(desc.split()[1:]), desc, at, m.end("desc"), gender)
        return None

    def _unnamed_person(
        self, name: str, description: str, start: int, end: int, gender: str
    ) -> Entity:
        """The entity of an unnamed person the text describes at ``start:end`` (*the
        spokesman*, *a woman in the front row*), made once per place and sex, so that every
        pronoun resolved to that description gets the same entity."""
        key = (start, gender)
        if key not in self._unnamed:
            self._unnamed[key] = Entity(
                name,
                kind="person",
                gender=gender,
                descriptors=(description,),
                mentions=[(start, end)],
            )
        return self._unnamed[key]

    def _unnamed_reporter(
        self, description: re.Match[str], b: int, gender: str, chained: bool = False
    ) -> Entity | None:
        """An unnamed person who opens a sentence and reports (*A patient, who asked not
        to be named, said …*), as an entity for a later *he*/*she*; ``None`` for a
        thing (*The plan said …*) or when the text names no person role. ``chained``: the
        sentences between this one and the pronoun are quoted or about a *he*/*she*; then
        the person may do anything but be acted on (*A juror, who …, sat in the back. She
        said …. "…," she said*), not only report."""
        words = description.group().split()
        after = self.text[description.end() : b]
        named_in = _NAME_IN_DESCRIPTION.match(after)
        if named_in is not None and words[0].lower() in ("a", "an"):
            # "A former State Department official who …": the description goes on past the
            # name of a body to its lower-case head
            words = words + named_in.group(1).split()
            after = after[named_in.end(1) :]
            aside = _WHO_ASIDE.match(after) or _WHO_TO_VERB.match(after)
            after = after[aside.end() :] if aside else after
        who = next((n for n in range(2, len(words)) if words[n] == "who"), None)
        if who is not None:
            # "One, a 29-year-old nurse who asked not to be named, said": the description
            # ends before its relative clause, an aside before the verb
            at = self.text.rfind(" who ", description.start(), description.end() + 1)
            aside = (
                _WHO_ASIDE.match(self.text, at, b) or _WHO_TO_VERB.match(self.text, at, b)
                if at >= 0
                else None
            )
            if aside is None:
                return None
            words, after = words[:who], self.text[aside.end() : b]
        # "Another respondent, a retired electrician in Harlan, said": the apposition says
        # what the person is
        appos = _UNNAMED_APPOSITION.match(after)
        if appos is not None:
            words = words + appos.group(1).split()
            after = after[appos.end() :]
        # "A shipping agent in the city, who …, said": the head noun comes before the
        # preposition, and the phrase it opens (a few words up to the comma) is the subject's
        cut = next((n for n in range(2, len(words)) if words[n].lower() in _OF_PLACE), None)
        if cut is not None:
            tail = _PHRASE_TO_COMMA.match(after) or _PHRASE_TO_VERB.match(after)
            if tail is not None:
                # "…, who …, said" or, without an aside, "A spokeswoman for the regional
                # government said": the phrase's last words up to the verb
                words = words + tail.group(1).split()
                after = after[tail.end(1) :]
                aside = _WHO_ASIDE.match(after)  # "… in Cresswick who asked …, said"
                after = after[aside.end() :] if aside else after
            words_head = words[:cut]
        else:
            words_head = words
        head = words_head[-1].lower().strip(",")
        if HONORIFICS.get(head) not in (None, gender):
            return None  # "A spokesman for the ministry said …": no "she"
        if words[0].lower().strip(",") not in ("a", "an", "one", "another") or not (
            reporting_after(after) or chained and _acted(after, description.group().split())
        ):
            return None
        role = role_of(" ".join(words_head))
        if (
            role is None
            and head not in PERSON_NOUNS
            and not _AGE.match(head)
            and not ((appos is not None or words[0].endswith(",")) and wordnet_person(head))
            # (a party's member: "One Democratic operative, who …, said")
            and not ({w.lower() for w in words_head} & _PARTIES and wordnet_person(head))
        ):
            # (an age is a person: "One, a 29-year-old from Leeds, said"; so is a noun
            # WordNet calls one, set off as what the person is: "Another, a designer, said")
            return None
        desc = (
            appos.group(1).split(maxsplit=1)[-1]  # "retired electrician in Harlan"
            if appos is not None
            else " ".join(
                words[2:]
                if words[1].lower() in ("a", "an")
                else words[1:]
                if words[0].lower() in ("a", "an")
                else words  # ("One nurse", as the record of its own words names her)
            )
        )  # ("One, a nurse in Cresswick": "nurse in Cresswick")
        return self._unnamed_person(
            desc, " ".join(words), description.start(), description.end(), gender
        )

    def _member_reporting(self, start: int, a: int, b: int, gender: str) -> Entity | None:
        """The unnamed member of a group who opens the clause at ``start`` and reports (*One
        of them, putting out the fire, said …*; sentence ``text[a:b]``), or ``None``."""
        one = _ONE_OF.match(self.text, start, b)
        if one is None or self._excluded(one.start()):
            return None  # (not inside a quotation: '"One of them asked me …," she said')
        body = None if one["pronoun"] else _GROUP_BODY.match(self.text, one.end(), b)
        after = body.end() if body else one.end()
        aside = _MEMBER_ASIDE.match(self.text, after, b)
        if aside is not None:  # "One of them, a woman who has worked there for years, said"
            after = aside.end()
        if not reporting_after(self.text[after:b]):
            return None
        return self._one_of(one, a, gender)

    def _one_of(self, one: re.Match[str], a: int, gender: str) -> Entity | None:
        """The unnamed member of a group who opens a sentence (*One of the drivers at Ashby
        Road*, *One of them* after *the drivers at Ashby Road* in the sentence before), as
        an entity for a later *he*/*she*: named by the group's description in the singular
        (*driver at Ashby Road*); ``None`` when the group is no group of people."""
        group = None if one.group("pronoun") else _GROUP_BODY.match(self.text, one.end())
        if one.group("pronoun"):  # "them", "those": the group named in the sentence before
            k = bisect.bisect_right(self._sentence_starts, a) - 1
            lo = self._sentence_starts[k - 1] if k >= 1 else 0
            group = None
            for m in _GROUP_NP.finditer(self.text, lo, a):
                if not self._excluded(m.start()) and people_word(m.group("head")):
                    group = m
            if group is None:
                return None
        elif group is None or not people_word(group.group("head")):
            return None
        head = group.group("head")
        words = group.group("mods").split() + [singular(head)]
        where = " ".join((group.group("where") or "").split())
        desc = " ".join([*words, where] if where else words)
        described = " ".join(self.text[one.start() : group.end()].split())
        return self._unnamed_person(desc, described, one.start(), one.end(), gender)

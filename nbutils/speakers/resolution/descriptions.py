"""Descriptions: who *the NATO chief*, *the senator*, *the press secretary* is.

:meth:`~_Descriptions.resolve_descriptor` compares a description's content words with each
person's titles and descriptors (:meth:`~_Descriptions._known_words`, which adds what they
imply: *District Attorney* is *the prosecutor*, *who chairs the committee* *the chair*,
*seeking a second term* *the incumbent*); among those sharing the most, the one named
last before it wins, in this paragraph first. The head noun must match, and a compound
title is whole (*the press secretary* is no transport secretary: :func:`_other_compound`).
A bare *the senator* first takes up a fuller description just before it (*the senator from
Michigan*). When no title matches, it tries in turn an age (:mod:`.ages`), an epithet's
first use, a campaign (*the Lee campaign … the candidate*), a party (:mod:`.parties`) and
an epithet (:mod:`.epithets`); when only a weak one does, the person just named as a
subject (:meth:`~_Descriptions._bare_subject_before`).
:meth:`~_Descriptions._descriptor_topic` reads a sentence-opening description up to its
verb for the topic reader (:mod:`.topics`).

>>> from nbutils.speakers import cluster_entities
>>> t = "NATO Secretary General Mark Rutte spoke. The NATO chief agreed."
>>> cluster_entities(t).resolve_descriptor("The NATO chief", t.index("The NATO")).canonical
'Mark Rutte'
>>> _head_modifier("the White House press secretary", "secretary")
'press'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from nbutils.lexicons import word_list
from nbutils.speakers.names import _person_word, reporting_after
from nbutils.speakers.resolution.registry import _AGE, _GENERIC_PERSONS, _PARTIES
from nbutils.speakers.roles import Entity, role_of, wordnet_person
from nbutils.speakers.vocabulary import PERSON_NOUNS

#: The other party, to a party adjective or noun.
_OTHER_PARTY = {"democratic": "republican", "republican": "democratic"}

#: Nouns for the one a campaign is run for: *the candidate* after *the Lee campaign*.
_CAMPAIGNERS = frozenset({"candidate", "nominee"})
#: A person's campaign named by surname: *the Lee campaign*, *Lee's campaign*, *the Ann Lee camp*.
_CAMPAIGN_OF = re.compile(
    r"\b(?!The\b|A\b|An\b)((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+?)(?:'s|’s)?\s+(?:presidential\s+)?(?:campaign|camp)\b"
)

#: A double quotation mark, straight or curly.
_QUOTE_MARK = re.compile(r"[\"“”]")

#: A description of one who chairs a body now (*who has led the Finance Committee since
#: 2011*, *who chairs the board*; not *who led it until 2020*: see :data:`_PAST_BOUND`).
_CHAIRING = re.compile(
    r"\b(?:chairs|leads|heads|presides\s+over|has\s+(?:led|chaired|headed|presided\s+over))\s+"
    r"(?:the\s+|its\s+|a\s+)?(?:[\w,'’-]+\s+){0,6}?"
    r"(?:[Cc]ommittee|[Ss]ubcommittee|[Bb]oard|[Cc]ommission|[Pp]anel|[Cc]ouncil)\b"
    # (a body's name cut at its first comma: "who has led the Education, Health and …")
    r"|\b(?:chairs|leads|heads|has\s+(?:led|chaired|headed))\s+the\s+[A-Z][\w'’-]*$"
)
#: Words that put a description in the past (*until 2020*, *former*).
_PAST_BOUND = re.compile(r"\b(?:until|former|formerly|once|previously)\b", re.I)
#: A description of an office holder running again (*seeking a third term*, *who is
#: running for re-election*): the race's incumbent.
_SEEKING_TERM = re.compile(
    r"\b(?:seeking|seeks|sought|running\s+for|runs\s+for|bidding\s+for|in\s+search\s+of)\s+"
    r"(?:a\s+(?:second|third|fourth|fifth|sixth|seventh|new|full)\s+term|re-?election)\b"
)


#: Other words for one office, and abbreviations of it, that a description may use for a
#: title (*the senator* for *Sen. Ann Lee*, *the general* for *Lt. Gen. Ann Lee*, *the
#: pontiff* for *Pope Gregory*): each key's words count as that word.
TITLE_SYNONYMS: dict[str, frozenset[str]] = {
    "chief": frozenset({"secretary", "general", "director", "head", "leader", "chief"}),
    "head": frozenset({"secretary", "general", "director", "head", "chief", "leader"}),
    "leader": frozenset({"president", "leader", "chief", "head", "prime", "minister"}),
    "senator": frozenset({"sen", "senator"}),
    "governor": frozenset({"gov", "governor"}),
    "congressman": frozenset({"rep", "congressman", "representative"}),
    "congresswoman": frozenset({"rep", "congresswoman", "representative"}),
    # abbreviated military ranks ("Lt. Gen. Ann Lee" is "the general")
    "general": frozenset({"gen", "general"}),
    "colonel": frozenset({"col", "colonel"}),
    "admiral": frozenset({"adm", "admiral"}),
    "sergeant": frozenset({"sgt", "sergeant"}),
    "captain": frozenset({"capt", "captain"}),
    "lieutenant": frozenset({"lt", "lieutenant"}),
    # other words for one office ("Pope Gregory" is "the pontiff", "King Harald" and
    # "Queen Ingrid" are "the monarch")
    "pontiff": frozenset({"pope", "pontiff"}),
    "monarch": frozenset({"king", "queen", "monarch", "emperor", "empress", "sultan"}),
    "sovereign": frozenset({"king", "queen", "monarch", "sovereign"}),
    "prelate": frozenset({"cardinal", "archbishop", "bishop"}),
}


def _title_bonus(e, words: set[str], synonyms: dict[str, frozenset[str]]) -> int:
    """1 when a word of the description (or its abbreviation) is one of ``e``'s titles: *the
    governor* is Gov. Ann Lee before one only described in a clause as someone who *would be
    the state's first woman governor*."""
    titled = {w.strip(",.").lower() for t in e.titles for w in t.split()}
    return int(any(w in titled or synonyms.get(w, set()) & titled for w in words))


def _possessors(words) -> set[str]:
    """The possessors among ``words`` (*the mayor's aide*: ``{"mayor"}``)."""
    return {
        w.replace("’", "'").removesuffix("'s")
        for w in words
        if w.replace("’", "'").endswith("'s") and len(w) > 3
    }


#: A word that is a finite verb after a subject (*showed*, *has*, *says*): where a
#: description read too far is cut.
_FINITE_VERB = re.compile(
    r"[a-z]+ed|has|had|is|was|are|were|will|would|can|could|did|does|says|said|told|"
    r"made|took|gave|got|went|spoke|wrote|kept|left|felt|thought|knew|became|began|"
    # irregular verbs of gesture and movement that narrate what someone did before speaking
    # ("the governor shook her head", "the manager stood up", "the coach sat down")
    r"shook|stood|sat|rose|drew|threw|held|ran|led|bit|swore|wore|broke|froze|woke|"
    r"grew|blew|hung|swung|struck|fought|caught|sought|brought|shrugs|smiles|nods"
)

#: First words of a title that make another title of the one after them (*prime minister*,
#: *vice president*, *deputy mayor*): a description with one matches only a holder of it.
_COMPOUND_TITLE_FIRST = frozenset("prime vice deputy assistant lieutenant attorney".split())

#: Heads of titles whose noun before them names a different office (*press secretary*,
#: *transport secretary*; *finance minister*, *foreign minister*), or a different medium or
#: beat (*radio host*, *television host*; *sports editor*, *politics editor*).
_OFFICE_HEADS = frozenset(
    "secretary minister commissioner host anchor presenter correspondent editor".split()
)
#: Of those, the heads of a job in the news trade, whose noun before them clashes with
#: another only when both name a medium, or both a beat (*radio host* is no *television
#: host*, but the *morning host* may be the *radio host*, the *city editor* the
#: *newspaper editor*).
_MEDIA_HEADS = frozenset("host anchor presenter correspondent editor".split())
_MEDIA = frozenset(
    "radio television tv cable network newspaper paper magazine podcast online".split()
)
_BEATS = frozenset(
    """sports politics political business foreign science health arts fashion food opinion
editorial features metro""".split()
)
#: Words before a title's head that rank, not name, the office (*deputy secretary*).
_RANKS = frozenset(
    "the a an his her its their deputy assistant acting interim former then current new top "
    "chief senior junior principal first under".split()
)


def _head_modifier(phrase: str, head: str) -> str:
    """The lower-case noun right before ``head`` in ``phrase`` that names the kind of office
    (*press* in *the White House press secretary*), ``""`` when there is none.

    >>> _head_modifier("the White House press secretary", "secretary")
    'press'
    >>> _head_modifier("the deputy secretary", "secretary"), _head_modifier("Secretary", "secretary")
    ('', '')
    """
    words = [w.strip(",.") for w in phrase.split()]
    k = next((n for n in range(len(words) - 1, 0, -1) if words[n].lower() == head), 0)
    if k == 0:
        return ""
    before = words[k - 1]
    # (lower case: "the Democratic secretary" names a party, not an office)
    return before if before.isalpha() and before.islower() and before not in _RANKS else ""


def _other_compound(known: Sequence[str], head: str, modifier: str) -> bool:
    """Do the titles and descriptions ``known`` hold ``head`` only after another noun than
    ``modifier`` (*deputy transport secretary* for *the press secretary*)?

    >>> _other_compound(["the deputy transport secretary"], "secretary", "press")
    True
    >>> _other_compound(["Press Secretary", "the transport secretary"], "secretary", "press")
    False
    """
    others = False
    for t in known:
        words = [w.strip(",.").lower() for w in t.split()]
        for n, w in enumerate(words):
            if w != head:
                continue
            before = words[n - 1] if n else ""
            if before == modifier:
                return False
            if before.isalpha() and before not in _RANKS and _clashing(head, before, modifier):
                others = True
    return others


def _clashing(head: str, before: str, modifier: str) -> bool:
    """Do the nouns ``before`` and ``modifier`` before ``head`` name different offices? For
    a job in the news trade (:data:`_MEDIA_HEADS`), only two media or two beats do.

    >>> _clashing("host", "radio", "television"), _clashing("host", "morning", "radio")
    (True, False)
    >>> _clashing("host", "tv", "television")
    False
    """
    if head not in _MEDIA_HEADS:
        return True
    before, modifier = _SAME_MEDIUM.get(before, before), _SAME_MEDIUM.get(modifier, modifier)
    return before != modifier and any(
        before in kind and modifier in kind for kind in (_MEDIA, _BEATS)
    )


#: Words for one medium, and the word they are compared as (*TV* is *television*).
_SAME_MEDIUM = {"tv": "television", "cable": "television", "paper": "newspaper"}

#: An age set off by commas after a description: "the striker, 24, said".
_AGE_APPOSITIVE = re.compile(r"\s*,\s*(\d{1,3}),")

#: A clergy title (*the Rev. Tom Bly*) and the nouns a description may call its holder by.
_CLERGY_TITLES = frozenset("rev rev. reverend pastor".split())
_CLERGY_NOUNS = frozenset("pastor minister reverend preacher clergyman priest".split())
#: Titles of a public prosecutor ("District Attorney", "Crown counsel", "U.S. Attorney").
_PROSECUTOR = re.compile(
    r"\b(?:district|state's|state’s|county|u\.s\.|us|crown)\s+(?:attorney|counsel)\b"
    r"|\battorney\s+general\b|\bprosecut",
    re.IGNORECASE,
)

#: Things someone issues that speak for them (*the editorial*, *the letter*, *the post*).
_SPOKEN_THINGS = (
    word_list("documents") | word_list("it_heads") | word_list("speech_nouns") | {"editorial"}
)


def _thing_in_clause(e: Entity, head: str, synonyms: dict[str, frozenset[str]]) -> bool:
    """Is ``head`` a noun for no person (no role, no person noun) that ``e``'s titles and
    descriptors hold only inside a relative clause (*who set up the protest camp*)? Such a
    noun names what the person did, not the person: *the camp* is not her."""
    if head in PERSON_NOUNS or head in synonyms or head in _SPOKEN_THINGS:
        return False  # ("who wrote the editorial": *the editorial said* is theirs)
    inside = False
    for t in e.titles + e.descriptors:
        if head not in {w.strip(",.").lower() for w in t.split()}:
            continue
        if not t.lower().startswith(("who ", "whose ")):
            return False
        inside = True
    return inside and role_of(head) is None


class _Descriptions:
    """The person a description means (a part of
    :class:`~nbutils.speakers.resolution.Entities`, reading the state of :class:`_Registry`)."""

    def _descriptor_topic(self, description: str, offset: int) -> Entity | None:
        """The person a sentence-opening description is, read up to its first finite verb and
        then whole (*the former president showed restraint*: the pattern takes the verb and
        its object along; *the former president* is the description; *the golf industry*
        is never cut to *the golf*). Remembered per description and place: each pronoun
        reads the same sentences."""
        key = (description, offset)
        if key not in self._described:
            self._described[key] = self._descriptor_topic_uncached(description, offset)
        return self._described[key]

    def _descriptor_topic_uncached(self, description: str, offset: int) -> Entity | None:
        """:meth:`_descriptor_topic`, worked out."""
        words = description.split()
        if (
            len(words) == 2
            and words[1].isalpha()
            and words[1].islower()
            and not _person_word(words[1])
            and not wordnet_person(words[1])
        ):
            return None  # ("The election, she wrote, …": a thing, whatever a descriptor says)
        if words[-1] in ("Democrat", "Republican"):
            # (the place is the capitalised words: "the 61-year-old Republican" names none)
            place = " ".join(w for w in words[1:-1] if w[:1].isupper())
            return self.party_person(place, words[-1], offset) or (
                # ("The Democrat, who cannot run again, said he …": no one described by a
                # party, the last politician named)
                self.unmarked_politician(words[-1], offset)
                if not place and "former" not in words
                else None
            )
        cut = next(
            (
                n
                for n in range(2, len(words))
                # (or an intensifying reflexive: "the mayor himself went on Twitter")
                if _FINITE_VERB.fullmatch(words[n]) or words[n] in ("himself", "herself")
            ),
            None,
        )
        e = self.resolve_descriptor(" ".join(words[:cut]), offset) if cut is not None else None
        # ("The 61-year-old governor did not …": the description before its verb first)
        return e or self.resolve_descriptor(description, offset)

    def _known_words(self, e: Entity) -> set[str] | None:
        """The words of ``e``'s titles and descriptors that a description may share (``None``
        when it has none), worked out again only when a title or descriptor was added: a
        person described in every paragraph of a long text has many, and reading them all
        at every description made the cost grow with the square of the text."""
        seen = self._known.get(id(e))
        if seen is not None and seen[0] is e.titles and seen[1] is e.descriptors:
            return seen[2]
        known: set[str] | None = {
            w.strip(",.").lower() for t in e.titles + e.descriptors for w in t.split()
        }
        if known:
            # "who chairs the committee" is the committee chair
            known |= {w[:-1] for w in known if w.endswith("s") and len(w) > 3}
            # "who has coached football for 19 years" is the coach, "who managed the
            # store" its manager: a who-clause's verb and its doer
            for d in e.descriptors:
                if d.startswith("who "):
                    for w in d.lower().split()[1:4]:
                        if w.endswith("ed") and len(w) > 5:  # (coach, manage, manager)
                            known |= {w[:-2], w[:-1], w[:-2] + "er", w[:-1] + "r"}
            if _PROSECUTOR.search(" | ".join(e.titles + e.descriptors)):
                known.add("prosecutor")  # "Assistant District Attorney Leon Cole": the prosecutor
            if known & _CLERGY_TITLES:
                known |= _CLERGY_NOUNS  # "the Rev. Tom Bly": the pastor, the minister
            if any(_CHAIRING.search(d) and not _PAST_BOUND.search(d) for d in e.descriptors):
                known |= {"chair", "chairman", "chairwoman", "chairperson"}  # the chair
            if _SEEKING_TERM.search(" | ".join(e.descriptors)):
                known.add("incumbent")  # "a Republican seeking a second term": the incumbent
        else:
            known = None
        self._known[id(e)] = (e.titles, e.descriptors, known)
        return known

    def resolve_descriptor(self, descriptor: str, offset: int) -> Entity | None:
        """The person a description such as *the NATO chief* refers to, or ``None``.

        The description's content words are compared with each entity's titles
        and descriptors; among the entities sharing the most words, the most
        recently mentioned before ``offset`` wins. A bare role word (*the
        president*) must match a title word.
        """
        former = "former" in descriptor.lower().split()
        words = {w.strip(",.").lower() for w in descriptor.split()} - {
            "the",
            "a",
            "an",
            "former",
            "current",
            "this",
            "that",
            "new",
            "then",
            "another",
            "his",
            "her",
            "its",
            "their",
            "of",
            "for",
            "to",
            "and",
            "in",
            "'s",
            "’s",
        }
        if not words:
            return None
        fuller = self._fuller_description(descriptor, offset)
        if fuller is not None:  # "the senator from Michigan laughed. '…,' the senator said"
            ent = self.resolve_descriptor(fuller[1], fuller[0])
            if ent is not None:
                return ent
        synonyms = TITLE_SYNONYMS
        # the head noun must match: "the golf industry" is no "Colony West Golf Club"; a
        # function word read along at the end is no head ("the campaign worries that")
        trimmed = descriptor.split()
        while len(trimmed) > 1 and trimmed[-1].lower() in ("that", "who", "which", "whether"):
            trimmed.pop()
        head = re.split(r"\s+(?:of|for|at|in|from|on|with|who|that)\s+", " ".join(trimmed))[0]
        head = head.split()[-1].strip(",.").lower() if head.split() else ""
        best, best_key = None, (0, 0, False, 0)
        paragraph = self._paragraph_start(offset)  # the last line break before offset
        owners = _possessors(descriptor.lower().split()[:-1])
        modifier = _head_modifier(" ".join(trimmed), head) if head in _OFFICE_HEADS else ""
        for e in self.entities:
            if e.kind == "organisation" or not e.mentions or e.mentions[0][0] >= offset:
                continue
            known = self._known_words(e)
            if known is None:
                continue
            theirs = _possessors(known)
            if owners and theirs and not owners & theirs:
                continue  # "the Prime Minister's spokesman" is not "the party's spokesman"
            hits = matched = 0
            for w in words:
                if w in known:
                    hits += 2 if w not in synonyms else 1
                elif w in synonyms and synonyms[w] & known:
                    hits += 1
                else:
                    continue
                matched += 1
            hits += _title_bonus(e, words, synonyms) if hits else 0
            if (
                hits == 0
                or head in words
                and head not in known
                and not (synonyms.get(head, set()) & known)
            ):
                continue
            if words & _COMPOUND_TITLE_FIRST - known:
                continue  # "the Prime Minister" is no Health Minister: the title is whole
            if len(words) == 1 and _thing_in_clause(e, head, synonyms):
                continue  # "who set up the protest camp": "the camp" is no name for her
            if modifier and _other_compound(e.titles + e.descriptors, head, modifier):
                continue  # "the press secretary" is no transport secretary
            if former and "former" in known:
                hits += 1  # "the former president": Bill Clinton, not President Obama
            elif former and head in ("democrat", "republican"):
                continue  # ("the former Democrat" is not one described as a Democrat)
            # (mentions are in the order of the text)
            last = e.mentions[bisect.bisect_left(e.mentions, (offset,)) - 1][0]
            # the person this paragraph is about before anyone named only earlier
            # (a title does not make up for a word it lacks: "the chief justice" is the
            # one described as the state's chief justice, not Justice Engle, named since)
            key = (hits, matched, last > paragraph, last)
            if key > best_key:
                best, best_key = e, key
        if best is None and any(_AGE.match(w) for w in words):
            return self._aged_person(words, offset)
        age = _AGE_APPOSITIVE.match(self.text, offset + len(descriptor))
        if best is None and age is not None:  # "the striker, 24, said"
            same = self._person_of_age(age.group(1), offset)
            if same is not None:
                return same
        definite = descriptor.split()[0].lower() == "the"  # (*a patient* introduces one)
        if best is None and definite and len(words) == 1:
            # "The Harbor City Gulls guard scored 19 …. "…," the guard said": the noun's
            # first use was itself an epithet opening a sentence, of the person then
            earlier = self._first_epithet(head, offset) or self._lead_epithet(head, offset)
            if earlier is not None:  # (or a lead's: "Canada's foreign minister accused …")
                return earlier
        possessed = any(w.endswith(("'", "’", "'s", "’s")) for w in descriptor.split()[1:-1])
        if best is None and definite and not possessed and head in _CAMPAIGNERS:
            owner = self._campaign_owner(offset)
            if owner is not None:  # "the Lee campaign was reeling. The candidate said …"
                return owner
        if (
            best is None
            and definite
            and not possessed
            and not former  # ("the former Democrat" is not the Democrat described)
            and head in ("democrat", "republican")
        ):
            # "The Democrat, who cannot run again, said": the one described by that party,
            # else the last politician named whom no other party describes
            noun = head.capitalize()
            member = self.party_person("", noun, offset) or self.unmarked_politician(noun, offset)
            if member is not None:
                return member
        party = next(iter(words & _PARTIES), None)
        if best is None and definite and not possessed and party and len(words) <= 3:
            # "the Republican incumbent", no one called an incumbent: the one described
            # as a Republican (*Kay Dorn, a Republican who …*), before whoever was named last
            member = self.party_person(
                "", "Democrat" if party == "democratic" else "Republican", offset
            )
            if member is not None:
                return member
        if best is None and definite and not possessed and self._epithet(head, words, offset):
            # (not "the Friends' solicitor": someone's solicitor is not the person just named)
            person = self._epithet_person(
                offset,
                avoid=_OTHER_PARTY.get(next(iter(words & _PARTIES), "")),
            )
            # a member of the public is not someone known to hold office: *the grocer*
            # is not the NATO chief named last
            if (
                person is not None
                and role_of(head) == "citizen/witness"
                and person.role in ("official", "politician")
            ):
                return None
            return person
        if (
            best is not None
            and definite
            and not possessed
            and len(words) <= 3
            and head in words
            and head.isalpha()
            and not (head.endswith("s") and not head.endswith("ss"))
            and head not in _GENERIC_PERSONS
            and (head in PERSON_NOUNS or head in synonyms or role_of(head) is not None)
            # (a capitalised office is the office holder's: "the Governor said")
            and not any(w.strip(",.") == head.capitalize() for w in descriptor.split())
            # only a weak match: the noun only through an abbreviation ("Sen." for "the
            # senator"), or "the former president" for one not described as former
            and (
                head not in (known := self._known_words(best) or set())
                or former
                and "former" not in known
            )
        ):
            # "Ray Dolan toured the office. Greeted by cheers, the senator said …": the
            # description takes up the person just named as a subject, whom nothing
            # describes otherwise, not someone with that title named before him
            subject = self._bare_subject_before(offset, paragraph, best)
            if subject is not None and subject is not best:
                return subject
        return best

    def _campaign_owner(self, offset: int) -> Entity | None:
        """The person whose campaign the sentence of ``offset`` or the one before names (*the
        Lee campaign*, *Lee's campaign*, outside quotations): *the candidate* or *the
        nominee* then is that person. ``None`` when none, or two campaigns, are named."""
        k = bisect.bisect_right(self._sentence_starts, offset) - 1
        lo = max(self._sentence_starts[k - 1] if k >= 1 else 0, offset - 600)
        owners, owner = set(), None
        for m in _CAMPAIGN_OF.finditer(self.text, lo, offset):
            if self._excluded(m.start()):
                continue
            e = self.lookup(m.group(1))
            if e is not None and e.kind == "person":
                owners.add(id(e))
                owner = e
        return owner if len(owners) == 1 else None

    def _reported_between(self, a: int, b: int) -> bool:
        """Is someone reported saying something in ``text[a:b]`` outside quotations (a *he
        said*, *she added*, or a name as the subject of a reporting verb)?"""
        for own in ("he", "she"):
            offsets = self._pronouns.get(own, [])
            for p in offsets[bisect.bisect_left(offsets, a) : bisect.bisect_left(offsets, b)]:
                if not self._excluded(p) and reporting_after(self.text[p + len(own) : p + 90]):
                    return True
        return any(m.reporting and not self._excluded(m.start) for m, _ in self._mentions_in(a, b))

    def _bare_subject_before(self, offset: int, paragraph: int, best: Entity) -> Entity | None:
        """The person who is the subject of the sentence before ``offset`` in its paragraph
        (or of its own sentence, before a quotation that ends before ``offset``: *Ray Dolan
        said: "…," the senator added*), outside quotations, named after ``best`` was last
        named outside them, and with no title or description of their own; ``None`` when
        the nearest sentence with a subject has another one."""
        since = max(
            (a for a, _ in best.mentions if a < offset and not self._excluded(a)), default=-1
        )
        starts = self._sentence_starts
        k = bisect.bisect_right(starts, offset) - 1
        told = 0
        for j in range(k, max(-1, k - 4), -1):
            a = starts[j] if j >= 0 else 0
            b = offset if j == k else starts[j + 1]
            if b <= paragraph:
                break
            a = max(a, paragraph + 1)
            for m, e in self._mentions_in(a, b):
                if self._excluded(m.start) or not m.subject or e.kind != "person":
                    continue  # ("Greeted by cheers, …": no one)
                if j == k and not _QUOTE_MARK.search(self.text, m.end, offset):
                    # ("Dolan is wrong, the columnist said": a subject inside what the
                    # description reports)
                    return None
                if self.text.startswith(("'s", "’s"), m.end):
                    continue
                if m.start > since and self._known_words(e) is None:
                    if m.reporting or self._reported_between(m.end, offset):
                        return None  # ('Hale disagreed. "…," he said. "…," the senator said')
                    return e
                return None
            if j != k and self._words_outside(a, b):
                told += 1
                if told >= 2:
                    break
        return None

    def _fuller_description(self, descriptor: str, offset: int) -> tuple[int, str] | None:
        """A fuller description with the same noun in this sentence or the one before
        (outside quotations), which a bare *the senator* takes up: *Asked whether she would
        …, the senator from Michigan laughed. "…," the senator said* is the senator from
        Michigan, not whichever senator was named last. Its offset and words, or ``None``.

        >>> from nbutils.speakers import cluster_entities
        >>> t = 'Ann Bell is a senator. The senator from Ohio smiled. "No," the senator said.'
        >>> cluster_entities(t)._fuller_description("the senator", t.rindex("the senator"))
        (23, 'The senator from Ohio')
        """
        words = descriptor.split()
        if len(words) != 2 or words[0].lower() != "the" or not words[1].isalpha():
            return None
        k = bisect.bisect_right(self._sentence_starts, offset) - 1
        # (at most a few hundred characters back: one endless sentence stays linear)
        lo = max(self._sentence_starts[k - 1] if k >= 1 else 0, offset - 600)
        found = None
        pattern = rf"\b[Tt]he\s+{re.escape(words[1].lower())}\s+(?:from|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
        for m in re.finditer(pattern, self.text[lo:offset]):
            if not self._excluded(lo + m.start()):
                found = (lo + m.start(), m.group())
        return found

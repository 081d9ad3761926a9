"""Names and descriptions: a name to its cluster, a description to whom it describes.

* :func:`resolve_name` — a name (or *Trump's statement*) to its cluster's canonical form;
* :func:`resolve_descriptor` — *the NATO chief* to the person holding that title, and
  :func:`resolve_headline_role` for a headline's role (*Sheriff Defends Raid*);
* :func:`resolve_organisation` — *the company*, *the museum* to the organisation named
  before;
* :func:`describe` — anything else is an unnamed speaker named by its description
  (*senior official*), with the unnamed ones brought in before (*One backbencher, who
  asked not to be named,*) and a family speaking unnamed (:func:`family_description`).

It imports only :mod:`.discourse`; groups, issuers, documents and ``resolve`` build on it.

>>> family_description("The Pyke family"), _partitive_member("of the senior advisers")
('Pyke family', 'senior adviser')
"""

from __future__ import annotations

import bisect
import re

from nbutils.attribution.frame import Tok
from nbutils.attribution.records import Speaker
from nbutils.attribution.resolution.discourse import (
    _COMPANY_HEADS,
    _DETERMINERS,
    _GENERIC_ORG_HEADS,
    _GENERIC_ORG_KINDS,
    _LOOSE_ORG_HEADS,
    _NOT_SPEAKER,
    _UNION_NAME,
)
from nbutils.attribution.syntax import _DAYS, _TIME_NOUNS, _TIME_OPENERS, PREP_IN_NP, SPEECH_NOUNS
from nbutils.entities import place_of
from nbutils.lexicons import word_list
from nbutils.speakers import ORG_WORDS, PERSON_NOUNS, Entities, Entity, all_first_names, role_of
from nbutils.speakers.headlines import title_cased_line
from nbutils.speakers.resolution import ages_of, description_fits, people_word, singular
from nbutils.speakers.vocabulary import HONORIFICS, KIN_WORDS, TITLE_WORDS

#: Nouns for a group of relatives, singular in form, that the text goes on to call *they*
#: (*The Pyke family said … They added*, *The couple said*).
FAMILY_NOUNS = frozenset({"family", "couple", "relatives", "parents"})


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


#: *the elder*/*the younger* before a name that several of a family share.
_AGE_RANKS = {"elder": max, "older": max, "younger": min}


def resolve_elder(span: list[Tok], mention: str, s: int, e: int, ents: Entities) -> Speaker | None:
    """*the elder Mr. Dombrowski*, *the younger Ms. Lee*: of the people of that surname (and
    of the honorific's sex), the oldest or the youngest by the ages the article gave them
    (*Their father, Stan Dombrowski, 86,* over *Dan Dombrowski, 58*); ``None`` when fewer
    than two have an age."""
    if len(span) < 3 or span[0].low != "the" or span[1].low not in _AGE_RANKS:
        return None
    rest = [t for t in span[2:] if t.low.rstrip(".") not in ("mr", "mrs", "ms", "miss")]
    if len(rest) != 1 or not rest[0].capitalised:
        return None
    honorific = next((HONORIFICS.get(t.low) for t in span[2:] if t.low in HONORIFICS), None)
    aged: list[tuple[int, Entity]] = []
    for ent in ents._family.get(rest[0].low, []):
        if ent.kind != "person" or honorific is not None and ent.gender not in (None, honorific):
            continue
        ages = ages_of(ent)
        if ages:
            aged.append((ages[0], ent))
    if len(aged) < 2:
        pick = _elder_by_kin(rest[0].low, honorific, span[1].low, ents)
        if pick is None:
            return None
        return Speaker(pick.canonical, s, e, mention, pick.role, pick, False)
    pick = _AGE_RANKS[span[1].low](aged, key=lambda x: x[0])[1]
    return Speaker(pick.canonical, s, e, mention, pick.role, pick, False)


#: Kin words that make one of two namesakes the younger (*Fabrizio's son, Mark Fabrizio*)
#: or the elder (*Her grandmother, Edna Bramlett*).
_YOUNGER_KIN = frozenset(
    "son sons daughter daughters child children grandson granddaughter nephew niece".split()
)
_ELDER_KIN = frozenset("father mother parent grandfather grandmother uncle aunt".split())


def _elder_by_kin(surname: str, honorific: str | None, rank: str, ents: Entities) -> Entity | None:
    """*the elder Fabrizio* when the article gave no two ages: of exactly two people of that
    surname, the one a kin word before the name makes a parent or grandparent (*Her
    grandmother, Edna Bramlett*) is the elder and the other the younger; one made a child
    (*Fabrizio's son, Mark Fabrizio*; *One of his sons, Cody Dettweiler*) is the younger.
    ``None`` when that does not settle it.

    >>> from nbutils.speakers import cluster_entities
    >>> t = "Leo Fabri spoke. Later, Fabri's son, Mark Fabri, brought coffee."
    >>> _elder_by_kin("fabri", None, "elder", cluster_entities(t)).canonical
    'Leo Fabri'
    """
    people = [
        ent
        for ent in ents._family.get(surname, [])
        if ent.kind == "person" and (honorific is None or ent.gender in (None, honorific))
    ]
    if len(people) != 2:
        return None

    def kin(ent: Entity) -> str:
        words = {w.strip(",.").lower() for d in ent.descriptors for w in d.split()[:4]}
        return "younger" if words & _YOUNGER_KIN else "elder" if words & _ELDER_KIN else ""

    first, second = (kin(ent) for ent in people)
    if {first, second} not in ({"younger", ""}, {"elder", ""}, {"younger", "elder"}):
        return None
    older = people[0] if first == "elder" or second == "younger" else people[1]
    younger = people[1] if older is people[0] else people[0]
    return older if _AGE_RANKS[rank] is max else younger


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


#: Last words of a body of members that *the group* may mean when it was named after a
#: name ending in *Group* (*the American Hospitality Council*), not a company's.
_MEMBER_BODIES = frozenset(
    """council coalition association alliance league union federation caucus committee
society guild network foundation institute forum pac project campaign""".split()
)


def _head_before_of(span: list[Tok]) -> str:
    """A description's head: its last word, or the word before an *of* phrase after it
    (*the chairman of the Freedom Caucus* is a chairman, a person, not a caucus)."""
    cut = next((k for k, t in enumerate(span) if k > 1 and t.low == "of"), len(span))
    return span[cut - 1].low


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
        and _head_before_of(span) not in ORG_WORDS
    ):  # "the convention committee" is no person
        if (
            len(span) == 2
            and span[0].low == "the"
            and role_of(head) in (None, "organisation")
            and head not in PERSON_NOUNS
            and ents.organisation_headed(head, s) is not None
        ):
            return None  # "the district" after "Camas Ground Water District": the body, not
            # its chairman (described as "of the … District")
        ent = ents.resolve_descriptor(mention, s)
        if ent is not None and len(span) == 2 and _foreign_holder(ent, head, ents):
            return None  # (another holder of the office, unnamed: the article's own)
        if ent is not None:  # (the role the description says when nothing else did)
            return Speaker(ent.canonical, s, e, mention, ent.role or role_of(mention), ent, False)
    return None


#: Before a name, a nationality or a country's possessive (*Kenyan President Joseph
#: Mwangale*, *Mexico's President Ana Ruiz*); after it, *of* and a place (*President Ana
#: Ruiz of Mexico*).
_NATION_BEFORE = re.compile(r"\b(?:[A-Z][a-z]+(?:an|ese|ish|ic|i)|[A-Z][a-z]+['’]s)\s+$")
_OF_PLACE_AFTER = re.compile(r",?\s+of\s+[A-Z][a-z]+(?=[,.;]|\s+[a-z])")
#: The offices a country's leader holds, which another country's leader holds too.
_NATIONAL_OFFICES = frozenset({"president", "chancellor", "premier"})
#: How far before a named holder's first mention a bare *the president* is looked for.
_BARE_OFFICE_REACH = 3000


def _foreign_holder(ent: Entity, head: str, ents: Entities) -> bool:
    """Is ``ent`` a holder of the office ``head`` named with a country (*Kenyan President
    Joseph Mwangale*, *President Ana Ruiz of Mexico*) in an article that said *the
    president* before naming him so, of someone else then (*The president promised talks
    … as Kenyan President Joseph Mwangale pressed him*)? A bare *the president* is that
    other, unnamed holder.

    >>> from nbutils.speakers import cluster_entities
    >>> t = "The president met Kenyan President Joe Mwanga. The president said so."
    >>> ents = cluster_entities(t)
    >>> _foreign_holder(ents.lookup("Joe Mwanga"), "president", ents)
    True
    """
    office = head.capitalize()
    if head not in _NATIONAL_OFFICES or ent.kind != "person" or office not in " ".join(ent.titles):
        return False
    text = ents.text
    for start, end in ent.mentions[:_NAMED_MENTIONS]:
        if office not in text[start:end]:
            continue  # (the mention that names the office: not a headline's "Kenya's Mwangale")
        at = text.index(office, start, end)
        if not (
            _NATION_BEFORE.search(text, max(0, at - 30), at) or _OF_PLACE_AFTER.match(text, end)
        ):
            return False
        bare = re.compile(rf"\b[Tt]he\s+{re.escape(head)}\b")
        return any(  # (in the narration, not inside a quotation)
            not ents._excluded(m.start())
            for m in bare.finditer(text, max(0, start - _BARE_OFFICE_REACH), start)
        )
    return False


#: How many of a person's first mentions are read for the one that names the office.
_NAMED_MENTIONS = 5


def resolve_headline_role(
    span: list[Tok], mention: str, s: int, e: int, ents: Entities
) -> Speaker | None:
    """*Museum Director* in a Title Case headline or subhead → the person the paragraph
    below names with that role (:func:`_headline_descriptor`); ``None`` for anything else,
    a name included (*Jane Roe*)."""
    if span and role_of(span[-1].low) in (None, "organisation"):
        return None  # (asked first: a remembered look-up, where the line's test reads text)
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


def _last_before(ent: Entity, offset: int) -> int:
    """Where ``ent`` was last named before ``offset`` (-1: never): a bisection, as its
    mentions are in the order of the text."""
    k = bisect.bisect_left(ent.mentions, (offset,))
    return ent.mentions[k - 1][0] if k else -1


#: Heads of a public body's description by what it runs (*the ferry system*, *the water
#: district*, *the transit service*).
_SYSTEM_HEADS = frozenset("system service network utility district".split())

#: The members of a court, who write as the court (*the justices wrote*).
_COURT_MEMBERS = frozenset({"justices", "judges"})


def _described_as(ent: Entity, head: str) -> bool:
    """Does a description of ``ent`` use the noun ``head`` (*a New York-based advocacy
    group*), not counting what a *who* clause says it did (*Sister Ann, who has led the
    hospital*)?"""
    return any(
        head in d.lower().split() for d in ent.descriptors if not d.startswith(("who ", "whose "))
    )


def resolve_organisation(
    span: list[Tok], mention: str, s: int, e: int, ents: Entities
) -> Speaker | None:
    """*the company* → the organisation named last before it (*Nexa Systems bought Orbit
    Labs … the company said*: Orbit Labs); *the bank* → an organisation of that name."""
    head = span[-1].low
    if span[0].low == "the" and len(span) == 2 and head in _COURT_MEMBERS:
        # "the justices wrote", after "The Kansas Supreme Court ruled": the court
        court = ents.organisation_headed("court", s)
        if court is not None:
            return Speaker(court.canonical, s, e, mention, "organisation", court, False)
    if (
        span[0].low == "the"
        and head in _GENERIC_ORG_KINDS
        and all(t.text.islower() for t in span[1:])  # "the airline", "the regional carrier"
        and len(span) <= 3
    ):
        kind_words = _GENERIC_ORG_KINDS[head]

        def fits(ent: Entity) -> bool:  # a name, or a description, of the kind
            words = ent.canonical.split()
            return (
                # (a name, not the kind's own word alone: "TV" names no network)
                len(words) > 1
                and any(w.lower().rstrip(".") in kind_words for w in words)
                # (what it is called, not what a who-clause says it did: "Sister Ann, who
                # has led the hospital since 2009" is no hospital)
                or _described_as(ent, head)
                or head == "union"
                and _UNION_NAME.search(ent.canonical) is not None
            )

        org = ents.last_fitting(s, fits)
        if org is None and head not in _LOOSE_ORG_HEADS:
            # "the union", "the hospital": the one of its kind the article has named,
            # however far back
            org = ents.only_of_kind(head, fits, s)
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
        if org is None and head in ("group", "organisation", "organization"):
            # "The Committee for a Free Press, a New York-based advocacy group, said …. '…,'
            # the group said": the organisation named last, when it was described by that
            # noun (not one named before another: "the Fair Courts Project, a liberal
            # group, … the Integrity Fund has spent … the group said")
            last = ents.last_fitting(s, lambda ent: ent.kind == "organisation")
            if last is not None and _described_as(last, head):
                org = last
        if org is not None and head in _GENERIC_ORG_HEADS:
            # "The American Hospitality Council … took the other side. "…," the group
            # said": an organisation named since the one whose name ends in *Group*
            recent = ents.resolve_organisation(s, sentences=2)
            if (
                recent is not None
                and recent is not org
                and description_fits(head, recent)
                # (a body of members, not a bank or a firm: "Its lender, Ferris Bank, …")
                and recent.canonical.split()[-1].lower() in _MEMBER_BODIES
                and _last_before(recent, s) > _last_before(org, s)
            ):
                org = recent
        if org is not None:
            return Speaker(org.canonical, s, e, mention, "organisation", org, False)
    if (
        span[0].low == "the"
        and len(span) == 3
        and all(t.text.islower() and t.text.isalpha() for t in span[1:])
        and head in _SYSTEM_HEADS
    ):
        # "the ferry system" after "Washington State Ferries": the body named last whose
        # name holds the modifier
        modifier = span[1].low

        def holds(ent: Entity) -> bool:
            return any(
                w.lower() == modifier or singular(w.lower()) == modifier
                for w in ent.canonical.split()
            )

        org = ents.last_fitting(s, holds)
        if org is not None and org.kind == "organisation":
            return Speaker(org.canonical, s, e, mention, "organisation", org, False)
    if span[0].low == "the" and len(span) == 2 and head in _COMPANY_HEADS:
        # "the company": the organisation named last, not any organisation nearby
        org = ents.last_company(s)
        if org is not None:
            return Speaker(org.canonical, s, e, mention, "organisation", org, False)
    if span[0].low == "the" and (head in ORG_WORDS or head in _GENERIC_ORG_HEADS):
        org = ents.resolve_organisation(
            s, last_reporting=head in ("group", "organisation", "organization")
        )
        if org is not None and not description_fits(head, org):
            org = None  # the paper someone talked to ("told The Daily Ledger") is no company
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


#: How far back an unnamed one brought in as a sentence's subject is looked for.
_INTRODUCED_WINDOW = 600


def introduced_unnamed_before(text: str, mention: str, s: int) -> bool:
    """Was the one a definite description names (*the poll worker said*) just brought in,
    unnamed, as the subject of a clause by an indefinite description with the same words
    (*A poll worker brought a folding chair out*), in this paragraph or the one before?
    An indefinite brings in someone new, so *the poll worker* is that one, not a person
    named earlier who worked the polls. Not an apposition (*Ann Lee, a poll worker,*), a
    predicate (*is a poll worker*) or one named there (*a poll worker named Ann Lee*).

    >>> t = "Ann Lee, a poll worker, spoke. A poll worker brought a chair. The poll worker said"
    >>> introduced_unnamed_before(t, "The poll worker", t.index("The poll worker"))
    True
    >>> t = "A poll worker named Ann Lee brought a chair. The poll worker said"
    >>> introduced_unnamed_before(t, "The poll worker", t.index("The poll worker"))
    False
    >>> t = "Its spokesman, Al Bunn, spoke. A spokesman for the mayor said so. The spokesman said"
    >>> introduced_unnamed_before(t, "The spokesman", t.index("The spokesman"))
    True
    """
    words = mention.split()
    if len(words) < 2 or words[0].lower() != "the" or not all(w.isalpha() for w in words[1:]):
        return False
    if not all(w.islower() for w in words[1:]):
        return False
    head = words[-1].lower()
    if head in ORG_WORDS or not (
        head in PERSON_NOUNS or role_of(head) not in (None, "organisation")
    ):
        return False  # ("A coalition of groups sued. The group said": a body, named or not)
    lo = max(0, s - _INTRODUCED_WINDOW)
    breaks = [m.start() for m in re.finditer("\n", text[lo:s])]
    if len(breaks) >= 2:
        lo += breaks[-2] + 1  # (this paragraph and the one before)
    noun = r"\s+".join(words[1:])
    pattern = re.compile(
        r"(?:^|[.!?][\"”’)]*\s+|\n|,\s+(?:and\s+|but\s+|then\s+)?)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{noun}\s+"
        # (a phrase after the noun: "A spokesman for the White House said")
        r"(?:(?:for|of|at|from|in|with)\s+(?:[\w.'’-]+\s+){1,5}?)?"
        r"(?:(?:also|then|quietly|finally)\s+)?"
        r"(?!named\b|called\b)(?:[a-z]+ed|brought|came|went|took|stood|sat|held|made|gave|got|"
        r"ran|began|kept|left|put|wore|walked|said|told|shook|spoke)\b"
    )
    return pattern.search(text, lo, s) is not None


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
_PARTITIVE_GROUP = re.compile(
    r"of\s+(?:the|his|her|its|their|those|these|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*['’]s)\s+(.+)"
)


def _partitive_member(description: str) -> str:
    """A description that introduced one member of a group (*One of the advisers, who …*)
    names that member by the group's noun in the singular (*adviser*), as
    :func:`_member_of_group` does; any other description as it is.

    >>> _partitive_member("of the senior advisers"), _partitive_member("senior aide")
    ('senior adviser', 'senior aide')
    >>> _partitive_member("of Gil Pelletier's part-time clerks")
    'part-time clerk'
    """
    m = _PARTITIVE_GROUP.fullmatch(description)
    if m is None:
        return description
    words = m.group(1).split()
    k = next((n for n, w in enumerate(words) if people_word(w)), len(words) - 1)
    return " ".join([*words[:k], singular(words[k]), *words[k + 1 :]])

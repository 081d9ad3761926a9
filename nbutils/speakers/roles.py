"""Roles: what a title or a description says a speaker is, and the entity record.

:func:`role_of` maps a title or descriptor (*NATO Secretary General*, *a Kyiv
resident*, *who runs a bakery*) to a coarse role, one of :data:`ROLES`: politician,
official, expert, citizen/witness, civil society, sport, journalist, anonymous source or
organisation. :class:`Entity` is one person or organisation with everything learnt about it,
and its role is read from all of it (every title and description the article gives).

>>> role_of("NATO Secretary General"), role_of("a Kyiv resident")
('official', 'citizen/witness')
>>> role_of("union leader"), role_of("The club's chair"), role_of("Her coach")
('civil society', 'sport', 'sport')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from nbutils.lexicons import table, word_list
from nbutils.speakers.names import _place_of, is_demonym
from nbutils.speakers.vocabulary import ORG_WORDS, ROLE_WORDS, all_first_names, expert_word

#: The roles, and what each means. A media researcher compares these kinds of voices, so
#: each is a kind of standing to speak, not a job:
ROLES: dict[str, str] = {
    "politician": "elected or running for office, or a party figure (MPs, senators, mayors,"
    " ministers, candidates, party leaders)",
    "official": "appointed to a public office or heading a public body or a company (civil"
    " servants, diplomats, judges, police, executives, spokespeople)",
    "expert": "speaks from knowledge (academics, analysts, doctors, lawyers, consultants)",
    "citizen/witness": "speaks for themselves (residents, witnesses, workers, patients, family)",
    "civil society": "speaks for a union, a campaign, a charity, an association or a faith"
    " (union leaders, activists, campaigners, chairs of associations, clergy)",
    "sport": "players, athletes, coaches, referees, and the managers, captains and chairs of clubs",
    "journalist": "reporters, editors, hosts, columnists",
    "anonymous source": "unnamed on purpose (a source, an insider, an official who asked not"
    " to be named)",
    "organisation": "a body speaking as itself (a company, a ministry, a party)",
}
#: How a table or a figure names a speaker whose role was not found, in the role and the
#: group columns (one label for every report: nbutils.reactions, nbutils.corpus,
#: nbutils.framing and nbutils.figures show it; prose says "speakers with no role found").
NO_ROLE = "no role found"
#: How a table or a figure names the speaker of a quotation whose speaker was not found.
SPEAKER_NOT_FOUND = "no speaker found"


def missing_label(column: str) -> str:
    """What a table shows for a missing value of ``column``: :data:`SPEAKER_NOT_FOUND` for a
    speaker, :data:`NO_ROLE` for a role or a group.

    >>> missing_label("speaker"), missing_label("role"), missing_label("group")
    ('no speaker found', 'no role found', 'no role found')
    """
    return SPEAKER_NOT_FOUND if column == "speaker" else NO_ROLE


_WHO_CLAUSE = re.compile(
    r"\bwho\s+(?:also\s+|now\s+|still\s+|once\s+)?((?:has|had)\s+)?"
    r"([a-z]+)\b([^,;]*)"
)


#: What a relative clause's verb makes its subject ("who teaches" -> teacher).
_VERB_AGENTS: dict[str, str] = dict(table("verb_agents"))


_ORG_OBJECT = re.compile(
    r"\b(?:campaign|agency|department|ministry|office|committee|"
    r"government|administration|party|council|commission)\b"
)


#: Whom a lawyer represents (a representative represents a district or a state).
_CLIENTS = re.compile(
    r"\b(?:clients?|plaintiffs?|defendants?|family|families|company|firm|association"
    r"|union|workers|growers|farmers|residents|victims|estate)\b",
    re.IGNORECASE,
)


#: A subject studied at a place of research: "<subject> at <the> … University/Institute".
_FIELD_AT = re.compile(
    r"^\s*(?!at\b)\w[^,;]*?\bat\s+(?:the\s+)?[^,;]*?\b(?:university|college|institute"
    r"|school|center|centre|laboratory|lab|hospital|clinic|foundation|think tank)\b",
    re.IGNORECASE,
)


#: A poll or a polling firm: who directs one is a pollster (an expert), not an executive.
_POLLING = re.compile(r"\b(?:polls?|polling|pollsters?)\b", re.IGNORECASE)
_VOTING_PLACES = frozenset("station stations place places booth booths day".split())


def _names_a_poll(words: list[str]) -> bool:
    """Do the words name a poll or a polling firm (not a polling station)?

    >>> _names_a_poll("the poll's director".split()), _names_a_poll("polling station".split())
    (True, False)
    """
    bare = [_bare(w) for w in words]
    return any(
        _POLLING.fullmatch(b) and (k + 1 == len(bare) or bare[k + 1] not in _VOTING_PLACES)
        for k, b in enumerate(bare)
    )


#: A place of higher education (who teaches there is an academic; at a school, a teacher).
_HIGHER = re.compile(r"\b(?:university|college|institute|polytechnic)\b", re.IGNORECASE)


_SERVICE = re.compile(r"\b(?:army|military|navy|marines?|air force|war|troops)\b")
#: Verbs of heading something ("who runs / chairs / leads the residents' association").
_LEADS = frozenset(
    "runs ran manages managed chairs chaired leads led heads headed directs directed"
    " founded".split()
)


def _agent_noun(verb: str, rest: str) -> str | None:
    """The role noun for the subject of ``who <verb> <rest>``.

    >>> _agent_noun("runs", " a bakery in Kyiv"), _agent_noun("runs", " the campaign office")
    ('owner', 'head')
    >>> _agent_noun("served", " in the army"), _agent_noun("is", " tired")
    ('veteran', None)
    >>> _agent_noun("represents", " the Alder Valley Growers Association")
    'lawyer'
    >>> _agent_noun("represents", " Ohio's 5th district")
    'representative'

    Someone who studies a subject *at* a university or an institute researches it;
    one who studies at a college, with no subject, is a student:

    >>> _agent_noun("studies", " extremism at Lakemoor University")
    'researcher'
    >>> _agent_noun("studies", " at Lakemoor College"), _agent_noun("studies", " law")
    ('student', 'student')

    Who runs a union, a charity or a supporters' forum speaks for civil society; who plays
    *for* a side is a player:

    >>> _agent_noun("runs", " the fans' forum"), _agent_noun("played", " for four teams")
    ('organiser', 'player')
    """
    if verb in ("served", "serves", "fought"):
        return "veteran" if _SERVICE.search(rest) else None
    if verb in _LEADS and _civil_body(rest.split()):
        return "organiser"  # "who runs the fans' forum", "who chairs the residents' association"
    if verb in ("teaches", "taught") and _FIELD_AT.search(rest) and _HIGHER.search(rest):
        return "professor"  # "who teaches political science at Wichita State University"
    if verb in _LEADS and _names_a_poll(rest.split()):
        return "pollster"  # "who runs the rival firm Keystone Polling"
    if verb in _LEADS and re.search(r"\bresearch\b", rest):
        return "researcher"  # "who leads research at the Institute for Economic Policy"
    if verb in ("plays", "played") and rest.startswith(" for "):
        return "player"  # "who has played for four teams" (not "who plays the brother")
    if verb in ("argues", "argued") and re.search(r"\b(?:case|appeal|lawsuit)\b", rest):
        return "lawyer"  # "who argued the case before the judge"
    if verb in ("sits", "sat") and re.search(r"^\s*on\b.*\b(?:board|committee|panel)\b", rest):
        return "boardmember"  # "who sits on the board's finance committee"
    if verb == "used" and rest.startswith(" to "):
        return None  # "who used to work there": not a user
    if verb in ("runs", "ran", "manages", "managed") and _ORG_OBJECT.search(rest):
        return "head"
    if verb in ("represents", "represented") and _CLIENTS.search(rest):
        return "lawyer"  # "who represents the growers' association", not a district
    if verb in ("studies", "studied", "researches", "researched") and _FIELD_AT.search(rest):
        return "researcher"  # "who studies public finance at Eastbrook University"
    return _VERB_AGENTS.get(verb)


_MEMBER_OF = re.compile(
    r"\b(council|assembly|board|parliament|congress|cabinet)\s+member\b", re.IGNORECASE
)
#: The same body after the noun: "a member of parliament", "member of the city council",
#: "the valley's member of the regional assembly" (the Senate, the House and a
#: legislature are elected chambers, as Congress is).
_MEMBER_OF_BODY = re.compile(
    r"\bmember\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(council|assembly|board|parliament|congress|cabinet|senate|house|legislature)\b",
    re.IGNORECASE,
)
_CHAMBERS = {"senate": "congress", "house": "congress", "legislature": "assembly"}
#: A representative who serves customers is a clerk, not a legislator nor an official.
_CLERK = re.compile(
    r"\b(?:customer|sales|service|client)\s+(?:service\s+)?rep(?:resentative)?s?\b",
    re.IGNORECASE,
)


#: Words that give a role only when no other word does: *Dr.* is a physician or a scholar
#: (an expert), but a senator who is a doctor is a senator; an *activist* or an *organizer*
#: is a member of the public, but "the campaign's Iowa director, a conservative activist"
#: is the campaign's director. (An age alone, "Angela Ruiz, 34,", gives no role: on PolNeAR
#: it marked a private person in 165 records of 226, but also Clinton, Sanders and Emanuel.)
_FALLBACK_WORDS = frozenset(
    "dr. dr activist activists campaigner campaigners organizer organiser".split()
)


#: Separates descriptions joined into one string for :func:`role_of`.
_PHRASE_BREAK = "|"

#: Prepositions after a description's head: what follows them modifies it.
MODIFIER_PREPOSITIONS = frozenset({"of", "for", "at", "with", "from"})
#: Nouns of people who serve someone, joined to that someone by *to*: in *an aide to the
#: mayor* the words after *to* modify the aide, as after *of* (but not in *the first woman
#: to run for mayor*).
SERVING_NOUNS = frozenset(
    "aide adviser advisor assistant counsel counselor counsellor envoy ambassador deputy"
    " spokesman spokeswoman spokesperson secretary successor heir consultant".split()
)
_SERVING_FORMS = SERVING_NOUNS | {w + "s" for w in SERVING_NOUNS}


def _public_attorney(words: list[str], k: int) -> bool:
    """Is the attorney at ``words[k]`` a public office (*district attorney*, *U.S. attorney*,
    *attorney general*) rather than a lawyer?"""
    before = words[k - 1] if k else ""
    after = words[k + 1] if k + 1 < len(words) else ""
    return before in ("district", "u.s", "us", "state", "county", "city", "state's") or (
        after in ("general", "generals")
    )


def _word(raw: str) -> str:
    """A description's word as :data:`ROLE_WORDS` lists it: lower case, without the
    punctuation around it, but with an abbreviation's full stop (*Dr.*, *Prof.*, *Lt.*).

    >>> _word("Dr."), _word("(Prof.)"), _word("Sen."), _word("economist,")
    ('dr.', 'prof.', 'sen.', 'economist')
    """
    word = raw.strip(",;:()").lower()
    return word if word in ROLE_WORDS else word.strip(".")


@lru_cache(maxsize=4096)
def wordnet_person(noun: str) -> bool:
    """Is one of the first senses of ``noun`` a kind of person in WordNet (*heckler*,
    *designer*), for nouns no word list has? (Read once per word.)

    >>> wordnet_person("designer"), wordnet_person("briefing")
    (True, False)
    """
    from nbutils.entities import wordnet

    wn = wordnet()
    person = wn.synset("person.n.01")
    return any(person in s.closure(lambda x: x.hypernyms()) for s in wn.synsets(noun, pos="n")[:3])


@lru_cache(maxsize=8192)
def role_of(description: str, default: str | None = None, context: str = "") -> str | None:
    """The role that a title or descriptor suggests (last matching word wins).

    ``context`` is more that is known about the speaker (another description, a *who*
    clause): it is read only to place an ambiguous head in sport (a *manager* in a
    description that also mentions a *penalty*).

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
    >>> role_of("a member of parliament"), role_of("the valley's member of the state assembly")
    ('politician', 'politician')
    >>> role_of("a retired customer service representative")
    'citizen/witness'

    Abbreviated titles count with their full stop; *Dr.* and *activist* only when
    nothing else says (:data:`_FALLBACK_WORDS`):

    >>> role_of("Dr."), role_of("Former State Senator Dr."), role_of("Lt. Gen.")
    ('expert', 'politician', 'official')
    >>> role_of("a retired machinist"), role_of("the campaign's director | an activist")
    ('citizen/witness', 'official')

    Who leads or speaks for a union, a charity, an association or a faith is civil society
    (:data:`CIVIL_SOCIETY_WORDS`), not an executive nor a politician; the European Union is
    a state:

    >>> role_of("union leader"), role_of("chair of the Northern Commuters' Association")
    ('civil society', 'civil society')
    >>> role_of("a European Union spokesman"), role_of("Bishop"), role_of("Its president")
    ('official', 'civil society', 'official')

    Players and coaches are sport; a manager, captain or chair is when a sport word
    (:data:`SPORT_WORDS`) or a club's name goes with it:

    >>> role_of("Midfielder"), role_of("The club's chair"), role_of("Wexmoor manager")
    ('sport', 'sport', 'sport')
    >>> role_of("City manager", context="who was booked for protesting the penalty")
    'sport'
    >>> role_of("the agency's area manager"), role_of("one portfolio manager")
    ('official', 'expert')

    An age before an expert's noun marks someone quoted for themselves (*a 52-year-old
    accountant* in a story about sleep), and a party noun makes an office-holder a party
    figure:

    >>> role_of("a 52-year-old accountant"), role_of("Attorney General | the Democrat")
    ('citizen/witness', 'politician')
    """
    # "council member", "board member", "city council member": one role word
    description = _MEMBER_OF.sub(lambda m: m.group(1) + "member", description)
    description = _CLERK.sub("clerk", description)  # "a customer service representative"
    description = _INVESTOR.sub("analyst", description)  # "a portfolio manager": markets
    description = _HARBOUR_MASTER.sub("harbourmaster", description)
    description = _PUBLIC_ADVOCATE.sub("ombudsman", description)  # an office, not a campaigner
    description = _MEMBER_OF_BODY.sub(
        lambda m: _CHAMBERS.get(m.group(1).lower(), m.group(1)) + "member", description
    )
    words = [_word(w) for w in description.split()]
    academic = _academic_unit(words)  # (read before a "who" clause is cut off)
    found = default
    if any(w in ("anonymity", "anonymously") for w in words):
        return "anonymous source"  # "an official who spoke on condition of anonymity"
    clause = _WHO_CLAUSE.search(description)
    if clause and clause.group(2) in ("is", "was", "are", "were", "has", "had", "been"):
        clause = None  # "who is a senator", "who has been a nurse": the words after say it
    chairs_body = False
    if clause:  # "who runs a bakery": the role of the one who does that
        noun = _agent_noun(clause.group(2).lower(), clause.group(3).lower())
        served_as = _AS_ROLE.search(clause.group(3))
        if noun is None and served_as:  # "who shadowed her as opposition health spokesman"
            found = role_of(served_as.group(1), found)
        # "who chairs the Senate finance committee": the chair of a political body
        chairs_body = noun in _CHAIRS and bool(
            _POLITICAL_BODIES.intersection(clause.group(3).lower().split())
        )
        if clause.group(1) and noun == "student":
            noun = "researcher"  # "who has studied the trials"
        found = ROLE_WORDS.get(noun, found) if noun else found
        description = description[: clause.start()]
        words = [_word(w) for w in description.split()]
    for w in words:
        if w in ("source", "sources", "insider", "insiders", "familiar"):
            return "anonymous source"
    demonym = False
    # a role word after "of", "for" … counts only when the phrase's head has none:
    # "president of the Teachers Association" is a president, "a spokesman for the
    # prime minister" a spokesman, but "head of the union" reads on to "union"
    headed, modifier, heads = False, False, []
    aged = former = False  # "a 52-year-old accountant": someone quoted for themselves
    fallback: str | None = None  # a role only when nothing else gives one (_FALLBACK_WORDS)
    for k, (raw, w) in enumerate(zip(description.split(), words, strict=True)):
        if raw == _PHRASE_BREAK:
            headed, modifier, aged, former = False, False, False, False
            continue
        if _AGE.match(w):
            aged = True
        if w in ("former", "ex-"):
            former = True  # "a 47-year-old former schoolteacher": not what she is now
        if w in MODIFIER_PREPOSITIONS or w == "to" and k and words[k - 1] in _SERVING_FORMS:
            modifier = True
            continue
        if not modifier:
            heads.append(w)
        singular = w[:-1] if w.endswith("s") and w[:-1] in ROLE_WORDS else w
        if modifier and headed and (singular in ROLE_WORDS or expert_word(singular)):
            continue
        if singular in _FALLBACK_WORDS:
            fallback, headed = fallback or ROLE_WORDS.get(singular), True
        elif singular == "attorney" and not _public_attorney(words, k):
            found, headed = "expert", True  # a lawyer; not "district attorney", "attorney general"
        elif singular in ROLE_WORDS:
            if former and ROLE_WORDS[singular] == "citizen/witness":
                continue  # a former job is no standing to speak (a former office is)
            found, headed = ROLE_WORDS[singular], True
            if aged and found == "expert":
                found = "citizen/witness"  # "a 26-year-old analyst" (a volunteer)
        elif expert_word(singular):
            found, headed = ("citizen/witness" if aged else "expert"), True
        elif raw[:1].isupper() and w.isalpha() and is_demonym(raw.strip(",.;:()")):
            demonym = True
    if found is None:
        found = fallback  # "Dr. Ann Lee" (but "State Senator Dr. Ann Lee" is a politician)
    if demonym and found in (None, default):
        found = "citizen/witness"  # "another Kenyan" (but "an economist at the American …")
    if found == "official" and any(
        w in ("president", "vice", "prime", "minister", "senator", "governor", "mayor", "mp")
        or _bare(w) in ("opposition", "shadow")  # "The opposition's health spokesman""
        or w in ("democrat", "republican", "nominee", "candidate")  # a party figure, running
        for w in heads
    ):
        found = "politician"
    if found == "official" and (
        chairs_body
        or _CHAIRS.intersection(heads)
        and _POLITICAL_BODIES.intersection(w.removesuffix("'s") for w in words)
    ):
        found = "politician"  # the chairman of a Senate committee, the chair of a party
    if found == "politician" and (
        _heads_an_organisation(words)
        or _its_chair(words)
        or "governor" in heads
        and any(_bare(w) == "bank" for w in words)  # "the bank's governor": a central banker
    ):
        found = "official"  # a company's chairman, "Its president": an executive
    if found == "official" and (academic or _names_a_poll(words)):
        found = "expert"  # the chair of a college's history department, the poll's director
    if (
        found in _MAY_SPEAK_FOR_A_BODY
        and _BODY_LEADERS.intersection(words)
        and _civil_body(words)
        and not _RUNS_FOR_OFFICE.intersection(heads)  # "a candidate | a former union organiser"
    ):
        found = "civil society"  # "union leader", "the charity's chair", "the union's organiser"
    if found in _MAY_BE_SPORT and (
        _SPORT_HEADS.intersection(heads)
        and (_sport_context(words) or _sport_context(context.lower().split()))
        or _club_manager(description.split())
    ):
        found = "sport"  # "the club's chair", "Wexmoor manager", "captain … for the club"
    return found


#: Bodies of civil society (a union, a charity, an association, a church …).
CIVIL_SOCIETY_WORDS = word_list("civil_society_words")
#: Words that place a manager, a captain or a chair in sport (a club, a league, a goal …).
SPORT_WORDS = word_list("sport_words")
#: Words before *union* or *federation* that make it a state or a bank, not a union.
_STATE_UNIONS = frozenset(
    "european african soviet russian customs monetary banking credit civil postal".split()
)
#: Who leads, organises or speaks for a body.
_BODY_LEADERS = frozenset(
    "chair chairman chairwoman chairperson president vice-president head leader leaders"
    " director secretary secretary-general spokesman spokeswoman spokesperson representative"
    " rep organiser organizer official officials officer coordinator founder co-founder"
    " cofounder chief executive treasurer trustee steward convenor convener".split()
)
#: Words that make someone a politician whatever body they spoke for before.
_RUNS_FOR_OFFICE = frozenset(
    "candidate nominee senator sen. governor gov. mayor mp mep minister congressman"
    " congresswoman lawmaker legislator councillor councilor cllr".split()
)
#: Roles that speaking for a union or a charity replaces (an expert — "a lawyer for the
#: union" — and the organisation itself keep theirs).
_MAY_SPEAK_FOR_A_BODY = frozenset({"politician", "official", "citizen/witness"})
#: Heads that sport words (or a club's name) place in sport.
_SPORT_HEADS = frozenset(
    "manager managers captain skipper boss chair chairman chairwoman chairperson owner"
    " president".split()
)
_MAY_BE_SPORT = frozenset({"official", "citizen/witness", "politician"})
#: "a 52-year-old accountant" (the ages a description gives)
_AGE = re.compile(r"^\d{1,3}-year-old$")
#: "who served as finance minister", "who shadowed her as opposition health spokesman"
_AS_ROLE = re.compile(r"\bas\s+((?:an?\s+|the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3})")
#: A manager of investments is read as a markets analyst (an expert), not an executive.
_INVESTOR = re.compile(
    r"\b(?:portfolio|fund|hedge[- ]fund|money|investment|asset)\s+managers?\b", re.IGNORECASE
)
_HARBOUR_MASTER = re.compile(r"\bharbou?r\s+master\b", re.IGNORECASE)
_PUBLIC_ADVOCATE = re.compile(r"\bpublic\s+advocate\b", re.IGNORECASE)


def _bare(word: str) -> str:
    """A description's word without its possessive: *union's* -> *union*."""
    word = word.lower().strip(",.;:()").replace("’", "'")
    return word.removesuffix("'s")


def _civil_body(words: list[str]) -> bool:
    """Do the words name a union, a charity, an association, a church …?

    >>> _civil_body("the union's".split()), _civil_body("the European Union".split())
    (True, False)
    >>> _civil_body("the fans' forum".split()), _civil_body("the company".split())
    (True, False)
    """
    bare = [_bare(w) for w in words]
    return any(
        b in CIVIL_SOCIETY_WORDS
        and not (b in ("union", "unions", "federation") and k and bare[k - 1] in _STATE_UNIONS)
        for k, b in enumerate(bare)
    )


def _sport_context(words: list[str]) -> bool:
    """Does a sport word (:data:`SPORT_WORDS`) occur in the words?"""
    return any(_bare(w) in SPORT_WORDS for w in words)


def _club_manager(raw: list[str]) -> bool:
    """Is this a club's manager: *manager* or *boss* after a capitalised name no English
    dictionary has (*Wexmoor manager*, *Castlebrook's manager*, *Hollins Vale manager* —
    but not *City manager*, *the agency's area manager* nor *Tesco store manager*)?

    >>> _club_manager("Castlebrook's manager".split()), _club_manager("City manager".split())
    (True, False)
    """
    from nbutils.speakers.vocabulary import english_words

    for k, word in enumerate(raw):
        if word.strip(",.;:") not in ("manager", "boss") or not k:
            continue
        run = []
        for before in reversed(raw[:k]):
            if not before[:1].isupper():
                break
            run.append(_bare(before))
        if run and any(w.isalpha() and w not in english_words() for w in run):
            return True
    return False


def _its_chair(words: list[str]) -> bool:
    """Is this *its* / *their* president or chair — the head of a body named before, never
    a country's president in English news?

    >>> _its_chair("its president".split()), _its_chair("the president".split())
    (True, False)
    """
    return any(w in _CHAIRS and k and words[k - 1] in ("its", "their") for k, w in enumerate(words))


#: A unit of a college or university that an academic heads (not the institution itself,
#: whose president is an executive).
_ACADEMIC_UNITS = frozenset(
    "department faculty programme program lab laboratory institute center centre".split()
)
_ACADEMIC_PLACES = frozenset("college university polytechnic".split())


def _academic_unit(words: list[str]) -> bool:
    """Does the description name a department of a college or university (*chair of the
    history department at Ferris College*, *who chairs the physics faculty at Dunmore
    University*)?

    >>> _academic_unit("chair of the history department at ferris college".split())
    True
    >>> _academic_unit("president of ferris college".split())
    False
    """
    return bool(_ACADEMIC_UNITS.intersection(words)) and any(
        w.removesuffix("'s").removesuffix("’s") in _ACADEMIC_PLACES for w in words
    )


#: Organisations a president or chair may head that are not a state or a political body:
#: their head is an executive (an official), not a politician.
_NON_POLITICAL_ORGS = ORG_WORDS - frozenset(
    "administration assembly cabinet commission committee congress council court democrats"
    " department dnc embassy eu government gop house kremlin ministry nato parliament party"
    " pentagon rnc republicans senate un white office army navy force forces police"
    " campaign".split()
) | frozenset(("firm", "charity", "chamber", "cooperative", "co-op", "nonprofit"))


#: Who chairs a body, and the elected bodies whose chairs are politicians.
_CHAIRS = frozenset(
    {"president", "vice-president", "chairman", "chairwoman", "chair", "chairperson"}
)
#: Who speaks for a body: a representative of a union is its official, not a legislator.
_AGENTS = frozenset({"representative", "representatives", "rep"})
_POLITICAL_BODIES = frozenset(
    "senate house congress parliament party assembly caucus legislature".split()
)


def _heads_an_organisation(words: list[str]) -> bool:
    """Is this a president or chair of a company, union, university …?

    >>> _heads_an_organisation("the union's president".split())
    True
    >>> _heads_an_organisation("president of the senate".split())
    False
    >>> _heads_an_organisation("the local representative of the nurses' association".split())
    True
    """
    if not _CHAIRS.intersection(words) and not _AGENTS.intersection(words):
        return False
    return any(w.removesuffix("'s").removesuffix("’s") in _NON_POLITICAL_ORGS for w in words)


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
    #: (titles, descriptors, kind) the role was last computed from, and that role
    _role_memo: tuple[Any, str | None] = field(
        default=(None, None), init=False, repr=False, compare=False
    )

    @property
    def role(self) -> str | None:
        """A coarse role from titles and descriptors (``None`` when nothing says).

        Computed again only when a title or descriptor was added (or the kind changed):
        an entity named in every paragraph of a long text is asked for its role at every
        mention, and re-reading all its descriptors each time would grow with the text.
        """
        seen, role = self._role_memo  # (the very tuples: a new title makes a new tuple)
        if (
            seen is None
            or seen[0] is not self.titles
            or seen[1] is not self.descriptors
            or seen[2] != self.kind
        ):
            key = (self.titles, self.descriptors, self.kind)
            role = _role_from(self.titles, self.descriptors, self.kind)
            self._role_memo = (key, role)
        return role

    @property
    def surname(self) -> str:
        return self.canonical.split()[-1]


def _role_from(titles: tuple[str, ...], descriptors: tuple[str, ...], kind: str) -> str | None:
    """The role titles and descriptors give; a *who* clause only when nothing else says
    (*psychologist* before *who studies families*), read on its own so that it does not
    swallow the descriptions after it.

    >>> _role_from((), ("who studies families", "psychologist"), "person")
    'expert'

    A candidate is a politician whatever office they held (*the Democratic nominee* and *a
    former state attorney general*); every description is context for sport (a *captain*
    who *has made 200 appearances for the club*); a company described as a *landlord* stays
    an organisation:

    >>> _role_from((), ("the Democratic nominee", "a former state attorney general"), "person")
    'politician'
    >>> _role_from((), ("captain", "who has made 200 appearances for the club"), "person")
    'sport'
    >>> _role_from((), ("The building's landlord",), "organisation")
    'organisation'

    A person the article names is no anonymous source, however much an insider:

    >>> _role_from((), ("a veteran party insider",), "person") is None
    True
    """
    default = "organisation" if kind == "organisation" else None
    context = " ".join(descriptors)  # (a sport word anywhere places a manager in sport)
    # the titles last, so that they win (*Sen.* over *the committee's chairman*), and each
    # description up to a *who* clause, which is read on its own below (it would end the
    # reading there: "an independent who caucuses with Democrats | Senator")
    plain = [
        d[: clause.start()].strip() if (clause := _OWN_CLAUSE.search(d)) else d
        for d in descriptors
        if not d.startswith("who ")
    ]
    plain = [d for d in plain + list(titles) if d]
    found = role_of(f" {_PHRASE_BREAK} ".join(plain), default, context) if plain else default
    if found in (None, default):
        for d in descriptors:
            if d.startswith("who ") or _OWN_CLAUSE.search(d):
                found = role_of(d[d.index("who") :], found, context)
    if kind == "organisation" and found == "citizen/witness":
        found = "organisation"  # "The building's landlord, Orwell Estates"
    if (
        kind == "person"
        and found == "anonymous source"
        and any("insider" in d for d in descriptors)
    ):
        found = None  # "Kyle Bard, a veteran GOP insider": named, no anonymous source
    return found


#: A *who* clause whose verb is not a copula ("who caucuses with …", not "who is a senator").
_OWN_CLAUSE = re.compile(r"(?:^|\s)who\s+(?!is\b|was\b|are\b|were\b)")


def _placelike(e: Entity) -> bool:
    """Is an entity with no title a place or a people ("China", "Latino", "Puerto Rico")?

    >>> _placelike(Entity("Puerto Rico")), _placelike(Entity("Maria Acosta"))
    (True, False)
    """
    name = e.canonical
    if " " in name:
        # "Puerto Rico", not "Jordan Peele" (a first name opens a person's name)
        return (
            not e.titles
            and name.split()[0] not in all_first_names()
            and _place_of(name) is not None
        )
    if e.titles or e.gender is not None and e.kind == "person" and name in all_first_names():
        return False
    place = _place_of(name)  # a country: "China" (not "Clinton", a town too)
    return (
        name.lower() in ("latino", "latina", "hispanic")
        or is_demonym(name)
        or place is not None
        and place[2] == "country"
    )

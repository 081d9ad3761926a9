"""What every resolution step reads: the discourse state and the shared vocabulary.

* :class:`Discourse`: what the engine knows of the article so far, quote by quote (the
  last speaker, where it was, who has spoken, who took turns with whom);
* :func:`said_gender`: the sex a pronoun gave a speaker record (*"…," she said*);
* the words the other modules share: heads that are no speaker, heads of an
  organisation's description (*the company*, *the union*), the nouns of documents and
  of owned speech, the papers an owner speaks through, the adverbial that may open a
  sentence before its subject.

The other resolution modules import from here; this module imports none of them.

>>> from nbutils.attribution.records import Speaker
>>> Discourse().last is None, Discourse().last_para
(True, -10)
>>> said_gender(Speaker("Ann Lee", 0, 3, "she", "person", None, True))
'female'
"""

from __future__ import annotations

import re
from typing import NamedTuple

from nbutils.attribution.frame import Tok
from nbutils.attribution.records import Speaker
from nbutils.attribution.syntax import SPEECH_NOUNS
from nbutils.lexicons import word_list
from nbutils.speakers import ORG_WORDS, PRONOUNS, Entity
from nbutils.speakers.names import PUBLICATION_WORDS

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
        (
            "broadcaster network station",
            "tv television radio broadcasting channel news network cable",
        ),
        ("label", "records recordings music"),
        ("paper newspaper outlet", " ".join(sorted(PUBLICATION_WORDS)) + " wire media"),
        ("chamber", "chamber commerce"),
        ("publisher", "press books publishing publications publishers media"),
        ("startup", "labs technologies tech systems software robotics ai therapeutics"),
        ("union", "union workers federation guild teamsters brotherhood employees"),
        ("hospital", "hospital hospitals medical infirmary healthcare"),
        (
            "agency",
            "agency administration enforcement service bureau commission authority department"
            " corps",
        ),
    )
    for head in heads.split()
}
#: A union's name that none of its words says (*the Dayton Education Association*, *the
#: Missouri Corrections Officers Association*): an association of a trade's workers.
_UNION_NAME = re.compile(
    r"\b(?:Education|Teachers|Nurses|Police|Benevolent|Faculty|Employees|Officers|Deputies"
    r"|Troopers|Firefighters|Workers|Educators|Guards|Drivers|Pilots|Attendants|Controllers"
    r"|Carriers)\s+Association$"
)
_LOOSE_ORG_HEADS = frozenset("retailer chain startup publisher carrier lender".split())
#: Determiners and possessives dropped from an unnamed speaker's description.
_DETERMINERS = ("the", "a", "an", "its", "his", "her", "their", "our", "my", "your")


#: How many paragraphs back the speaker before the last still answers the last one's
#: question (:attr:`Discourse.answerer`).
_FRESH_PARAGRAPHS = 2


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
    #: the paragraph where ``other`` last spoke
    other_para: int = -10
    #: the person the article names most (at least three times), if any: in a hearing or a
    #: trial, the one the questions are put to
    central: Speaker | None = None
    #: the paragraph of the last cued quote whose speaker was not found (*"…," it said*): a
    #: quote after it in that paragraph goes on in that voice, no one else's
    unresolved_para: int = -10

    @property
    def answerer(self) -> Speaker | None:
        """Who answers the last speaker's question: the one who last took turns with that
        speaker in an exchange (an interviewer back to her guest after someone else's quote),
        else the named speaker before the last when that one spoke a paragraph or two
        before; else (a questioner who is the first, or the first in a while, to be
        quoted: a senator after another senator's turn, a prosecutor opening on a
        witness) the person the article is about, the one questions are put to."""
        if self.last is not None and self.last.name is not None:
            for name, other in reversed(self.partners):
                if name == self.last.name:
                    return other
        fresh = self.other is not None and self.last_para - self.other_para <= _FRESH_PARAGRAPHS
        if (
            not fresh
            and self.central is not None
            and self.last is not None
            and self.central.name != self.last.name
        ):
            return self.central
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


#: Parts of a body that write or speak as the body (*the board's majority wrote*).
_BODY_VOICES = frozenset({"majority", "opinion"})


def _owner_speaks_through(span: list[Tok], pos: int) -> bool:
    """Does the owner before the possessive at ``pos`` speak through the noun after it: any
    owner through a speech noun (*the mayor's reply*), a named one or an organisation
    through a document it issued (*the council's resolution*, *Axelrod's memoir*), not
    through a paper served on it (*Hale's indictment*) nor a thing through its sign?"""
    noun = span[-1].low
    if noun in SPEECH_NOUNS:
        return True
    if noun in _BODY_VOICES and pos >= 1 and span[pos - 1].low in ORG_WORDS:
        return True  # "the board's majority wrote", "the court's majority said": the body
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


def said_gender(last: Speaker | None) -> str | None:
    """The sex a pronoun gave the last speaker (*"…," she said*), if one did."""
    if last is None or not last.pronoun or not last.mention:
        return None
    gender = PRONOUNS.get(last.mention.lower())
    return gender if gender in ("male", "female") else None

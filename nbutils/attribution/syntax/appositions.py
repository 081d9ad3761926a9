"""Appositions: a description followed by the name it sets off.

:func:`appositive_name` turns *another leading advocate, Walter J. Brisco*, *the local
MP, Tom Hartley* or *the mayor's introducer, actress Nora Vale Quinn* into the name (a
title word or a role noun may stand before it); :func:`_org_named_after` does the same for
an organisation (*a group representing growers, the Valley Farm Alliance,*).
:data:`THE_OTHER` are the words of *the other*, *the latter*, which name no one new.

It imports from :mod:`.base`.

>>> from nbutils.attribution.frame import Tok
>>> def tagged(words):
...     return [Tok(w.rsplit("/", 1)[0], n, n + 1, w.rsplit("/", 1)[1])
...             for n, w in enumerate(words.split())]
>>> toks = tagged("the/DT local/JJ MP/NNP ,/, Tom/NNP Hartley/NNP ,/, said/VBD")
>>> appositive_name(toks, NP(0, 3))
NP(i=4, j=6)
"""

from __future__ import annotations

from nbutils.attribution.frame import Tok
from nbutils.attribution.syntax.base import _OFFICE_ENDS, NP
from nbutils.speakers import PERSON_NOUNS, TITLE_WORDS, all_first_names
from nbutils.tokenise import TITLE_ABBREVIATIONS

#: Lower-case nouns that may stand before a name in apposition, whatever their tag
#: ("…, lawyer Ann Lee"); any singular noun may before a full name ("…, actress Nora Vale Quinn").
_NOUNS_BEFORE_NAME = TITLE_WORDS | PERSON_NOUNS


#: Descriptions of a firm or body that an apposition names (*his former employer, Kingfisher
#: Plumbing and Heating*), whose name may hold *and*.
_ORG_APPOSITION_HEADS = frozenset(
    "employer company firm business maker manufacturer retailer chain supplier contractor "
    "owner operator landlord developer charity group organisation organization".split()
)


#: Heads of a description of an organisation whose name, after *the*, is set off after it.
_ORG_DESCRIPTION_HEADS = _ORG_APPOSITION_HEADS | frozenset(
    "union association coalition alliance committee agency council board society institute "
    "foundation federation league network lobby".split()
)


def _org_named_after(toks: list[Tok], np: NP) -> NP | None:
    """An organisation described, then named after *the* and set off by commas (*a group
    representing growers, the Valley Farm Alliance, wrote*; *The union, the Teachers
    Federation, said*): the name (*Valley Farm Alliance* and an *of* phrase after it)."""
    if np.j <= np.i or toks[np.j - 1].low not in _ORG_DESCRIPTION_HEADS:
        return None
    k = np.j
    if k < len(toks) and toks[k].tag in ("VBG", "VBN"):  # "representing growers"
        k = next((m for m in range(k + 1, min(len(toks), k + 6)) if toks[m].text == ","), -1)
    if not (
        0 <= k
        and k + 2 < len(toks)
        and toks[k].text == ","
        and toks[k + 1].low == "the"
        and toks[k + 2].tag in ("NNP", "NNPS")
        and not any(t.is_quote for t in toks[np.j : k])
    ):
        return None
    j = k + 2
    while j < len(toks) and (
        toks[j].tag in ("NNP", "NNPS")
        or toks[j].low in ("of", "for", "and")
        and j + 1 < len(toks)
        and toks[j + 1].tag in ("NNP", "NNPS")
    ):
        j += 1
    return NP(k + 2, j) if j < len(toks) and toks[j].text == "," else None


#: A party's member named by the party's capitalised noun (*the Senate's top Republican*, *a
#: fellow Democrat*): a description of a person, whose name may be set off after it.
_PARTY_MEMBERS = frozenset(
    "republican democrat independent conservative liberal libertarian socialist tory".split()
)


#: Words that, after *the*, stand for one of two people just named (*said the other*).
THE_OTHER = frozenset(("other", "latter", "former"))


def appositive_name(toks: list[Tok], np: NP) -> NP:
    """A description followed by the person's name (*another leading advocate, Walter
    J. Brisco*; *the local MP, Tom Hartley*, *the President, Joe Biden*, whose title
    word is tagged as a name; *the mayor's introducer, actress Nora Vale Quinn*, a role
    noun before the name):
    the name. Anything else is returned as it is."""
    named = _org_named_after(toks, np)
    if named is not None:
        return named  # "A group representing growers, the Valley Farm Alliance, wrote"
    # "the mayor's introducer, actress Nora Vale Quinn": a role noun before the name
    role_first = (
        np.j + 3 < len(toks)
        and toks[np.j + 1].text.islower()
        and (
            toks[np.j + 1].low in _NOUNS_BEFORE_NAME
            # ("said the officer, retired Col. Dennis Yarrow": a rank after "retired")
            or toks[np.j + 1].low == "retired"
            and toks[np.j + 2].text.rstrip(".").lower() in TITLE_ABBREVIATIONS
            # a noun (the tagger may call "actress" an adverb), not "…, probably Ann Lee"
            or toks[np.j + 1].tag in ("NN", "JJ", "RB")
            and toks[np.j + 1].text.isalpha()
            and not toks[np.j + 1].low.endswith("ly")
        )
        and toks[np.j + 2].tag == "NNP"
        and toks[np.j + 3].tag == "NNP"  # a full name, not "…, actress Madonna"
    )
    if (
        np.j + 1 < len(toks)
        and toks[np.j].text == ","
        and (
            toks[np.j + 1].tag == "NNP"
            or role_first
            # "A conservative group, Americans for Fair Pay, said": a body's name
            or toks[np.j + 1].tag == "NNPS"
            and toks[np.j - 1].low in _ORG_DESCRIPTION_HEADS
        )
        and (
            toks[np.j - 1].tag in ("NN", "NNS")
            or toks[np.i].tag in ("DT", "PRP$")
            and any(t.tag in ("NN", "NNS") for t in toks[np.i : np.j])
            and not (toks[np.j - 1].is_proper and toks[np.j - 2].low in ("in", "of", "from"))
            # (not "a man in Dayton, Ohio,": the place goes on)
            or toks[np.i].tag in ("DT", "PRP$")
            and (
                toks[np.j - 1].low in TITLE_WORDS
                or toks[np.j - 1].low in _OFFICE_ENDS
                or toks[np.j - 1].low in _PARTY_MEMBERS
            )
            # "the local MP, …", "the President, …", "the Secretary of Housing and Urban
            # Development, …", "the Senate's top Republican, …"
            and toks[np.j - 1].text[:1].isupper()
            # "One of them, Joan Pike,": a part of a group named by a pronoun
            or toks[np.j - 1].low in ("them", "those", "us")
            and np.j >= 3
            and toks[np.j - 2].low == "of"
            and (toks[np.j - 3].low in ("one", "each", "another") or toks[np.j - 3].tag == "CD")
            # "said one, Derek Yates": a pronoun "one" for one of a group just named
            or np.j - np.i == 1
            and toks[np.i].low in ("one", "another")
            # "said the other, Sam Cho": the second of two just named
            or np.j - np.i == 2
            and toks[np.i].low == "the"
            and toks[np.i + 1].low in THE_OTHER
        )
    ):
        j = np.j + 2 if role_first else np.j + 1
        while j < len(toks) and (
            toks[j].tag in ("NNP", "NNPS")
            or toks[j].text == "."
            and len(toks[j - 1].text) == 1
            # "His former employer, Kingfisher Plumbing and Heating, said": a firm's name
            or toks[j].low in ("and", "&")
            and j > np.j + 2
            and j + 1 < len(toks)
            and toks[j + 1].tag in ("NNP", "NNPS")
            and toks[j + 1].text not in all_first_names()
            and toks[np.j - 1].low in _ORG_APPOSITION_HEADS
            # "A conservative group, Americans for a Fair Deal, said": "for (a)" inside it
            or (
                toks[j].low in ("for", "against")
                or toks[j].low in ("a", "an", "the")
                and toks[j - 1].low == "for"
            )
            and j > np.j + 1
            and j + 1 < len(toks)
            and (toks[j + 1].tag in ("NNP", "NNPS") or toks[j + 1].low in ("a", "an", "the"))
            and toks[np.j - 1].low in _ORG_DESCRIPTION_HEADS
        ):
            j += 1
        if (
            j > np.j + 1 + role_first
            and toks[j - 1].text != "."
            and (
                j >= len(toks)
                or toks[j].text in (",", ".", ";", "(", "of", "who", "at", "from", "in")
            )
        ):
            return NP(np.j + 1, j)
    return np

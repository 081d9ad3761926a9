"""Pronouns: the person a *he*/*she* refers to, following the chain of topics back.

:meth:`~_Pronouns.resolve_pronoun` reads the sentences before the pronoun backwards,
outside quotations, asking each for its topic (:mod:`.topics`, remembered per sentence
and context: :meth:`~_Pronouns._topic_remembered`). A name ends the search; a *he*/*she*
continues the chain into the sentence before. The current speaker is the answer when the
chain reaches their last quote without a new name, unless they were named only in a
subordinate clause of the pronoun's subject (:meth:`~_Pronouns._speaker_in_subordinate`),
or a new paragraph has since told of someone else (:meth:`~_Pronouns._named_in_new_paragraph`);
the one handed the floor speaks next (:meth:`~_Pronouns._given_the_floor`).

>>> from nbutils.speakers import cluster_entities
>>> t = "Ann Lee met Tom Hale. He said it went well. Later he left."
>>> cluster_entities(t).resolve_pronoun("he", t.index("Later he") + 6).canonical
'Tom Hale'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection

from nbutils.speakers.resolution.registry import _FLOOR_TO
from nbutils.speakers.roles import Entity
from nbutils.speakers.vocabulary import PRONOUNS

#: A sentence whose subject is the writer, maybe after an opening phrase (*On the way out, I
#: found …*, *We met …*).
_WRITER_OPENS = re.compile(r"[\s\"“]*(?:[A-Z][\w'’]*(?:\s+[\w'’]+){0,5},\s+)?(?:I|We)\s+[a-z]")

#: A subordinate clause opening after a subject pronoun and its verb (*she did it again when
#: a reporter asked*): a person named in it is no subject of the sentence.
_WHEN_CLAUSE = re.compile(r"^\w+\s+(?:[\w'’-]+\s+){1,8}?(?:when|as|after|before|while)\s+")

#: A sentence opened by a passive participle with its agent (*Asked by the coroner, Ann
#: Lee, whether …,*): the agent, up to the clause asked about, is not the main clause's
#: subject.
_BY_AGENT = re.compile(
    r"[\"“‘'(]*(?:Asked|Told|Pressed|Questioned|Challenged|Quizzed|Urged|Invited|Interviewed)"
    r"\s+by\s+([^.!?;\"“”]{1,120}?)(?=\s(?:whether|if|about|how|what|why|when|where|to|for|over|on)\b)"
)

#: How many sentences of narration back (the pronoun's own counted) a sentence handing the
#: floor to someone is read: that one and a sentence describing the speaker after it.
_FLOOR_REACH = 2


class _Pronouns:
    """The person a *he*/*she* refers to (a part of
    :class:`~nbutils.speakers.resolution.Entities`, reading the state of :class:`_Registry`)."""

    def resolve_pronoun(
        self,
        pronoun: str,
        offset: int,
        prefer: Entity | None = None,
        prefer_since: int | None = None,
        window: int = 2500,
        quoted: Collection[Entity] = (),
        other_sex: Collection[Entity] = (),
    ) -> Entity | None:
        """The person a third-person pronoun at ``offset`` refers to, or ``None``.

        Sentences are read backwards from the pronoun, outside quotations. In
        each, the first gender-compatible element in subject position (a
        person's name, or a *he*/*she* of the same gender) is the sentence's
        topic; in a sentence opening with a subordinate or prepositional
        phrase (*When Maddow asked, Clinton said …*) the main clause comes
        first. A name ends the search; a pronoun continues the chain into the
        sentence before (*He said Mateen …* is about the earlier *he*). The
        current speaker ``prefer`` (quoted last, that quote ending at
        ``prefer_since``) is the answer when the chain reaches that quote
        without meeting a new name. Names after *the*/*a* (*the Sandy Hook
        shootings*) and possessives (*Trump's campaign*) are only a fallback. A name of
        unknown kind counts as a person only when it is one of the speakers ``quoted`` so far
        (or reports something itself). ``other_sex``: people of unknown gender the text has
        just called by a pronoun of the other sex (*"…," she said*), never the answer; nor
        is the asker of an opening *Asked by X whether …,* clause in the pronoun's sentence.
        """
        gender = PRONOUNS.get(pronoun.lower())
        if gender not in ("male", "female"):
            return None
        within = self._enclosing(offset)  # a pronoun inside a long quoted passage
        prefer_ok = (
            prefer is not None
            and prefer.gender in (None, gender)
            and prefer.kind != "organisation"
            and prefer_since is not None
        )
        starts = self._sentence_starts
        s = bisect.bisect_right(starts, offset)
        agent = _BY_AGENT.match(self.text, starts[s - 1], offset) if s >= 1 else None
        if agent is not None:
            # "Asked by the coroner, Ann Lee, whether …, she replied": never Lee
            askers = [e for m, e in self._mentions_in(agent.start(1), agent.end())]
            other_sex = (*other_sex, *askers)
            if prefer is not None and prefer in askers:
                prefer_ok = False
        fallback: Entity | None = None
        s0, epithet_before = s, False
        context = (gender, within, tuple(quoted), tuple(other_sex))
        number = self._contexts.setdefault(context, len(self._contexts))
        near = True  # only sentences in quotes or about a he/she so far
        chained = False  # the sentence after this one had a he/she as its topic
        outside = 0  # sentences read back with narration outside quotation
        told_of = False  # a sentence about a he/she met before any weak name
        while s >= 1:
            a = starts[s - 1]
            if a < offset - window:
                break
            b = min(offset, starts[s] if s < len(starts) else len(self.text))
            found, weak, words = self._topic_remembered(
                a,
                b,
                prefer if prefer_ok and prefer_since >= a else None,
                near,
                chained,
                context,
                number,
            )
            outside += words
            given = self._given_the_floor(a, b, gender) if outside <= _FLOOR_REACH else None
            if given is not None:
                # "Ann Ruiz gave the floor to Bob Tate. The 40-year-old had no notes. '…,' he
                # said": the one handed the floor, not the one who handed it (named first)
                return given
            if prefer_ok and prefer_since >= a and told_of:
                named = self._named_in_new_paragraph(fallback, prefer, prefer_since, offset, gender)
                if named is not None and named not in other_sex:
                    return named
            if isinstance(found, Entity) and self._headline_only(found):
                found = None  # (a name only the headline has, from its Title Case)
            if isinstance(found, Entity):
                return found
            if (
                found is None
                and isinstance(weak, Entity)
                and weak.kind == "person"
                and weak.gender in (None, gender)
                and weak not in other_sex
                and _WRITER_OPENS.match(self.text, a, b)
            ):
                # "On the way out, I found Earlene Tate in the parking lot. "…?" she asked":
                # the writer's sentence has no third person as subject; the one it names is
                # the topic
                return weak
            chained = found == "pronoun"
            # (a sentence after the weak name, not the pronoun's own, that names no one else)
            told_of = told_of or (s != s0 and fallback is None and weak is None)
            if (
                found == "pronoun"
                and epithet_before
                and isinstance(weak, Entity)
                and weak.kind == "person"
                and weak.gender in (None, gender)
            ):
                # "The feud has left Carl Bunt with an open road. The developer held a
                # rally, where he said …": the epithet means the one person the sentence
                # before names, as no subject
                return weak
            epithet_before = (
                found == "pronoun" and a == starts[s0 - 1] and self._epithet_subject(a, offset)
            )
            if fallback is None:
                fallback = weak
            if prefer_ok and prefer_since >= a:
                if not self._speaker_in_subordinate(found, prefer, a, gender, within):
                    return prefer
                prefer_ok = False
            if found != "pronoun" and words:
                near = False  # a sentence not about the pronoun's person: the chain is cold
            s -= 1
        if fallback is not None and (
            fallback.kind != "person" and fallback not in quoted or self._headline_only(fallback)
        ):
            fallback = None  # ("… Beaumont, Texas": a place or a body named only, no he/she)
        return fallback if fallback is not None else (prefer if prefer_ok else None)

    def _headline_only(self, e: Entity) -> bool:
        """Is ``e`` named only in the text's headline (a first line that ends without a
        sentence's stop), where Title Case makes names of common words (*a West Virginia
        Town Counts …*)?"""
        end = self.text.find("\n")
        line = self.text[:end].rstrip() if end > 0 else ""
        if not line or line[-1] in '.!?:;,"”’' or ". " in line:
            return False  # (a sentence, or sentences, not a headline)
        return all(start < end for start, _ in e.mentions)

    def _named_in_new_paragraph(
        self, weak: Entity | None, prefer: Entity, since: int, offset: int, gender: str
    ) -> Entity | None:
        """The person ``weak`` (named, not as a subject, after the current speaker
        ``prefer``'s last quote, which ends at ``since`` in an earlier paragraph than the
        pronoun at ``offset``): a new paragraph that names someone, then tells of them in a
        sentence naming no one else, and quotes *he*/*she* is about them (*Reporters found
        Ann Lee in the lobby. Asked about it, the 58-year-old smiled. "…," she said*), not
        about the last speaker. Not a possessive (*Lee's plan*), nor one of the other sex."""
        if weak is None or weak is prefer or weak.kind != "person":
            return None
        start = self._paragraph_start(offset)
        if weak.gender != gender or start < since:
            return None
        for ms, me in weak.mentions:
            if since < ms < offset and not re.match(r"[\'\u2019]s\b", self.text[me : me + 3]):
                return weak
        return None

    def _given_the_floor(self, a: int, b: int, gender: str) -> Entity | None:
        """The person of ``gender`` a sentence ``a..b`` hands the floor to (*the chair gave
        the floor back to Bob Tate*, *she called on Ann Lee*): the one who speaks next."""
        for m, e in self._mentions_in(a, b):
            if _FLOOR_TO.search(self.text, max(a, m.start - 60), m.start) and (
                self._compatible(e, gender, m) is not None and e.kind == "person"
            ):
                if re.match(r",?\s+(?:and\s+then|and|then)\s+[a-z]", self.text[m.end : b]):
                    return None  # ("gave the floor to Kidd, then turned to his clerk": the
                    # giver acts on)
                return e
        return None

    def _topic_remembered(
        self,
        a: int,
        b: int,
        speaker: Entity | None,
        near: bool,
        chained: bool,
        context: tuple[str, tuple[int, int] | None, tuple[Entity, ...], tuple[Entity, ...]],
        number: int,
    ) -> tuple[Entity | str | None, Entity | None, bool]:
        """:meth:`_topic` of ``text[a:b]`` and whether it has words outside quotation
        (:meth:`_words_outside`), remembered per sentence and all that they read
        (``context``: the pronoun's sex, its quotation, the speakers quoted so far and the
        people of the other sex; ``number``: its key in ``_contexts``, which keeps it):
        every later pronoun reads the same sentences again, and nothing they depend on
        changes (entities compare by identity)."""
        key = (a, b, speaker, near, chained, number)
        found = self._topics.get(key)
        if found is None:
            gender, within, quoted, other_sex = context
            found = (
                *self._topic(
                    a,
                    b,
                    gender,
                    speaker,
                    within,
                    quoted,
                    near=near,
                    other_sex=other_sex,
                    chained=chained,
                ),
                self._words_outside(a, b, within),
            )
            self._topics[key] = found
        return found

    def _speaker_in_subordinate(
        self,
        found: Entity | str | None,
        speaker: Entity,
        a: int,
        gender: str,
        within: tuple[int, int] | None,
    ) -> bool:
        """Was the current ``speaker`` (of unknown sex, quoted last) only named inside a
        subordinate clause of a sentence from ``a`` whose subject is a *he*/*she* of the
        pronoun's ``gender`` (*and she did it again when a reporter asked whether "…" was
        over*)? Then that subject's chain, not the speaker, is the pronoun's."""
        if found != "pronoun" or speaker.gender is not None or not speaker.mentions:
            return False
        at = speaker.mentions[-1][0]
        return at >= a and self._own_subject_before_clause(a, at, gender, within)

    def _own_subject_before_clause(
        self, a: int, at: int, gender: str, within: tuple[int, int] | None
    ) -> bool:
        """Is there a *he*/*she* of ``gender`` in ``text[a:at]`` whose clause ``at`` (a name)
        is inside a subordinate clause of (*and she did it again when a reporter asked*)?"""
        own = "he" if gender == "male" else "she"
        offsets = self._pronouns.get(own, [])
        for p in offsets[bisect.bisect_left(offsets, a) : bisect.bisect_left(offsets, at)]:
            if self._excluded(p, within):
                continue
            between = self.text[p:at]
            if _WHEN_CLAUSE.search(between) and not re.search(r"[.!?;\"“”]", between):
                return True
        return False

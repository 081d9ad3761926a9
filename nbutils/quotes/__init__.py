"""Find quotations by their quotation marks — robustly, in one linear pass.

News text mixes every kind of quotation mark: straight ``"``, curly ``“ ”``,
the New York Times' two apostrophes ``''…''``, TeX-style ``\\`\\`…''``, low
``„``, guillemets ``« »``, and single quotes (``‘…’`` or ``'…'``) used inside
double ones or, in headlines and British papers, on their own. Writers also
mix them (a quote opened with ``"`` and closed with ``”``), forget to close
them, and split one speech across paragraphs (a paragraph that opens a quote
without closing it goes on at the next paragraph's opening mark).

How a mark is read. Each candidate mark is classified by what flanks it, the
way a human reader does: a mark *opens* when it follows a space, the start of
a paragraph or an opening bracket and precedes a non-space; it *closes* when it
follows a non-space and precedes a space, punctuation or the paragraph end.
Only when the context says neither (``a"b``) does the glyph decide (``“`` opens,
``”`` closes, ``"`` toggles). Apostrophes are never quote marks: a ``'``/``’``
between two letters (``I’m``, ``don't``), before a decade (``’90s``) or a known
elision (``'em``, ``'til``) is skipped, and a single quote only counts when its
opening and closing marks are both found in the same paragraph.

What happens to bad input. Nothing raises. An opening mark that is never
closed yields a quote that runs to the end of its paragraph (``closed=False``);
a stray closing mark is ignored; an opening mark met inside an open quote
ends the open one there and starts anew. Each paragraph is scanned once with
one precompiled regular expression, and the kind guess of each quote reads only
a bounded window before it, so the cost is linear in the text length.

Each :class:`Quote` keeps its span *including* the marks (``text[start:end]``
starts and ends with them) and, separately, the span of its content. Its
``kind`` is a first, context-only guess — ``"direct"`` (a sentence or clause
quoted whole), ``"partial"`` (a phrase woven into the writer's sentence),
``"title"`` (a Title-Cased name of a work, a show or a slogan, or a headline
followed by its byline) or ``"scare"`` (a word or two held at a distance) —
which :mod:`nbutils.attribution` refines once it knows whether a reporting
verb governs the quote.

How much of what is reported is quoted. PolNeAR calls an attribution direct
when at least half of its content's letters lie inside double quotation
marks. :func:`content_share` estimates that share from the text around a
quote — the reported content runs from the cue (or its *that*) to the end of
the clause — so that *called the plan "a total disaster."* is direct and
*said the vote was "rigged" and vowed to fight on* is partial. A few rules of
English news syntax refine the span: a cue inside another report takes the
outer one's content (*said she believes the plan is "…"*, *said she backs the
bill, which she called "…"*); a *that* after a
subject pronoun opens a clause inside the content (*says he is sure that …*);
a subordinate clause or a list of quotes after a quoted phrase's comma goes on
with the content (*said there is "a gap," when it comes to pay*); and in ``"A," he said. "B."``
the second quote is more of the same content.

>>> text = 'He urged her to "find a way". “It matters,” he said. "Go on.\\n"Yes."'
>>> [(q.text, q.kind) for q in find_quotes(text)]
[('"find a way"', 'partial'), ('“It matters,”', 'direct'), ('"Go on.\\n"Yes."', 'direct')]
>>> [q.content for q in find_quotes("Jones' cow, the ’90s, I’m sure: 'Terrifying.'")]
['Terrifying.']
"""

from __future__ import annotations

# Every name quotes.py defined, private ones included (tests and other modules import
# some), from the module that now defines it. Each module imports only from those below it:
# marks; titles; names; clause_ends; subjects; reported; share; headlines; lines; kinds;
# making; singles; finder.
from nbutils.quotes.clause_ends import (
    _ADJUNCT,
    _AND_VERB,
    _ASIDE,
    _BREAK,
    _CLAUSE_OPEN,
    _CLAUSE_STOP,
    _CLOSES_CLAUSE,
    _COORDINATED,
    _DOUBLE_MARK,
    _GAP_BEFORE,
    _GOES_ON,
    _INNER_CLAUSE,
    _LONG_GAP_STOP,
    _NEW_REPORT,
    _SOURCE_CLAUSE,
    _SUBORDINATE,
    _THAT,
    _clause_end,
    _clause_start,
    _cue_right_before,
    _letters,
    _same_verb_form,
    _start,
    quoted_share,
)
from nbutils.quotes.finder import find_quotes, is_sentence_end, quote_mask_spans
from nbutils.quotes.headlines import (
    _CLAUSE_WORDS,
    _HEADLINE_AFTER,
    _headline_clause,
    _headline_predicate,
    _headline_said,
    _headline_spoken,
    _spoken_to,
)
from nbutils.quotes.kinds import (
    _AFTER_QUOTE,
    _classify,
    _question_paragraph,
    _spoken,
    _spoken_after,
)
from nbutils.quotes.lines import (
    _HEADLINE_MAX,
    _LABEL,
    _TURN,
    _headline_line,
    _opens_paragraph,
    _opens_single,
    _para_start,
    _turn_line,
)
from nbutils.quotes.making import _NOT_SAID, _NOTHING_SAID, _add, _add_double, _make
from nbutils.quotes.marks import (
    _AFTER_CLOSE,
    _ALL_SAID,
    _BEHIND,
    _BYLINE,
    _CLOSE_CONTEXT,
    _DOUBLE_ANY,
    _ELISION,
    _MARK,
    _MENTION_AFTER,
    _NAME_WORD_AFTER,
    _NAME_WORD_BEFORE,
    _NAMED_BEFORE,
    _NEXT_WORD_AFTER_MARK,
    _OPEN_CONTEXT,
    _SENTENCE_END,
    _WORD,
    _WORK_BEFORE,
    DOUBLE_CLOSE,
    DOUBLE_EITHER,
    DOUBLE_OPEN,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    Quote,
    _double_direction,
    _flanks,
    _is_apostrophe,
    _look_behind,
    _next,
    _Open,
    _plural_possessive,
    _prev,
    _rest_of_line,
    nickname_in_name,
)
from nbutils.quotes.names import (
    _NAME_SLOT,
    _ROLE_AFTER,
    _WORK_AFTER,
    _WORK_BY,
    _WORK_WORDS,
    in_name_slot,
    work_after,
)
from nbutils.quotes.reported import (
    _APPOSITION_GAP,
    _INTRODUCED,
    _NEW_SENTENCE,
    _NOUN_BEFORE,
    _OWN_CLAUSE,
    _PREPOSITION,
    _RELATIVE_NAMING,
    _TARGET_THEN,
    _TIME_CLAUSE,
    _WAS_ALL,
    _after_source,
    _complement_start,
    _cue_form,
    _governing_cue,
    _naming_inside_report,
    _outer_cue,
    _spoken_sentence,
    _start_after_cue,
    _that_after_cue,
    reported_span,
)
from nbutils.quotes.share import _AND_THAT, _one_that_clause, _sentence_inside, content_share
from nbutils.quotes.singles import (
    _SENTENCE_CONTENT,
    _SINGLE_SENTENCE_OPEN,
    _body_singles,
    _quotes_with_single,
    _scan,
    _single_speech,
    _singles_around_doubles,
    _spoken_right_before,
)
from nbutils.quotes.subjects import (
    _ADVERBIAL_OPEN,
    _AFTER_LEXICAL_VERB,
    _APPOSED_SUBJECT,
    _CLAUSE_DETERMINERS,
    _CLAUSE_SUBJECT,
    _DETERMINER,
    _FINITE,
    _FRAGMENT_GAP,
    _INNER_STOP,
    _INSET_CLOSE,
    _KNOW_THAT,
    _LINKING_FINITE,
    _LONG_SUBJECT,
    _LONG_THAT_SUBJECT,
    _NEXT_CLAUSE,
    _NOT_BEFORE_RELATIVE,
    _NOT_BEFORE_THAT,
    _NOT_IN_LONG_SUBJECT,
    _NOT_SUBJECT,
    _PAST_ONLY,
    _PREDICATE_ADVERBS,
    _RELATIVE_BEFORE,
    _SENTENCE_BREAK,
    _SHORT_SUBJECT,
    _STOP,
    _SUBJECT_RELATIVES,
    _THAT_PP_SUBJECT,
    _TOLD_SUBJECT,
    _VERB_NOUNS,
    _apposed_subject,
    _clause_after_verb,
    _cue_between,
    _inset_report,
    _lexical_finite,
    _long_subject,
    _long_that_subject,
    _next_fragment,
    _relative_subject,
    _subject_ends_well,
    _whole_clause,
)
from nbutils.quotes.titles import (
    _DETERMINERS,
    _HEADLINE_READ,
    _MINOR_WORDS,
    _NAMING_LEMMAS,
    _SENTENCE_INSIDE,
    _title_cased,
    looks_like_title,
)

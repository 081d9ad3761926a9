"""Transcripts (issue #14 class 9): a quotation holding several turns is cut at each speaker
label, and each turn gets its own speaker. Texts written for these tests."""

from __future__ import annotations

import pytest

from nbutils.attribution import attribute
from nbutils.attribution.transcripts import is_speaker_label, split_turns
from nbutils.quotes import find_quotes

INTERVIEW = (
    "Jane Smith, the mayor, sat down with the Ledger on Monday. "
    '"QUESTION: Will the bridge reopen? MS. SMITH: Not this year. We need the money first. '
    'QUESTION: When, then? MS. SMITH: Next spring."'
)


def test_each_turn_of_a_transcript_is_its_own_quote_with_its_own_speaker() -> None:
    recs = attribute(INTERVIEW)
    assert [(r.rule, r.speaker) for r in recs] == [
        ("transcript", "reporter"),
        ("transcript", "Jane Smith"),
        ("transcript", "reporter"),
        ("transcript", "Jane Smith"),
    ]
    assert recs[1].text == "MS. SMITH: Not this year. We need the money first."
    assert recs[0].text.startswith('"QUESTION') and recs[-1].text.endswith('spring."')


def test_turns_cover_the_quotation_without_overlap() -> None:
    (q,) = find_quotes(INTERVIEW)
    turns = split_turns(INTERVIEW, [q])
    assert len(turns) == 4
    assert turns[0].start == q.start and turns[-1].end == q.end
    for a, b in zip(turns, turns[1:], strict=False):
        assert a.end <= b.start
        assert INTERVIEW[a.end : b.start].isspace()
    for t in turns:
        assert INTERVIEW[t.start : t.end] == t.text
        assert INTERVIEW[t.content_start : t.content_end] == t.content


@pytest.mark.parametrize(
    "text",
    [
        '"Plan A: build the bridge. Plan B: wait," she said.',
        '"We need money. MS. SMITH: said so," Tom Ray said.',  # no label opens the quote
        '"UPDATE: The bridge is closed. NOTE: It reopens in May," the sign read.',
    ],
)
def test_a_quotation_that_does_not_open_with_a_speaker_label_is_not_cut(text: str) -> None:
    quotes = find_quotes(text)
    assert split_turns(text, quotes) == quotes


def test_section_labels_are_not_speakers() -> None:
    assert not is_speaker_label("UPDATE:") and not is_speaker_label("EDITOR'S NOTE:")
    assert is_speaker_label("SEN. RAY:") and not is_speaker_label("A VERY LONG LABEL HERE:")
    (rec,) = attribute('"UPDATE: It reopened," the sign read.')
    assert rec.rule != "transcript"


def test_q_and_a_labels_cut_turns_but_name_nobody() -> None:
    (rec,) = attribute('"Q: Will it reopen?" asked the reporter.')
    assert (rec.rule, rec.speaker) == ("quote-cue-speaker", "reporter")


def test_a_short_upper_case_label_is_the_person_of_that_surname() -> None:
    # a three-letter label ("LEE:") names the article's Ann Lee as a longer one ("PENCE:") does
    from nbutils.attribution import attribute

    text = 'Senator Ann Lee spoke to reporters.\n\n"LEE: We will not back down. REPORTER: Why?"\n'
    speakers = [a.speaker for a in attribute(text)]
    assert speakers[0] == "Ann Lee"


def test_a_title_in_the_label_picks_the_spouse_of_that_sex() -> None:
    text = (
        "Colin Marsh and his wife, Priya Marsh, run the bakery on Mill Lane. Mr Marsh "
        "rang the council in May; she rang again in June.\n\n"
        '"CLERK: Parking, how can I help? MRS MARSH: The lorries block our door every '
        'morning. CLERK: I will pass that on."'
    )
    recs = attribute(text)
    assert [r.speaker for r in recs] == ["clerk", "Priya Marsh", "clerk"]


def test_a_questioner_label_with_no_cue_is_a_reporter() -> None:
    text = (
        "Mayor Ruth Vance held a briefing. The transcript reads:\n\n"
        '"Q: Will the pool reopen? MS. VANCE: In June. Q: And if it rains? MS. VANCE: In June."'
    )
    speakers = [a.speaker for a in attribute(text)]
    assert speakers == ["reporter", "Ruth Vance", "reporter", "Ruth Vance"]
    # a cue naming the asker still wins
    (rec,) = attribute('"Q: Will it reopen?" asked Jane Roe of the Ledger.')
    assert rec.speaker == "Jane Roe"


def test_quoted_turns_with_labels_outside_single_marks_are_direct_and_named() -> None:
    # a British text quoting with single marks: "LABEL: '…'" is the turn, quoted whole (no
    # nested quote inside a turn, and the capitalised label makes no Title Case headline)
    text = (
        "Labour held Dunmere. \u2018We held it,\u2019 Mr Pryce said. \u2018Just.\u2019\n"
        "Pressed by the presenter, the chairman conceded the point:\n"
        "PRESENTER: \u2018Does Labour understand why they left?\u2019\n"
        "PRYCE: \u2018Some of us do. Helen Orme does.\u2019\n"
    )
    recs = attribute(text)[2:]
    assert [(r.kind, r.speaker) for r in recs] == [("direct", "presenter"), ("direct", "Pryce")]
    assert recs[0].role == "journalist" and recs[1].role != "organisation"


UNQUOTED = (
    "Senator Rosa Quill spoke to Dan Merritt of the Herald on Sunday.\n"
    "MERRITT: You promised a vote by June. Will it happen?\n"
    'QUILL: It will, if the leaders keep the "June deal" they signed.\n'
    "Q: And if they do not?\n"
    "QUILL: Then we vote in July.\n"
    "The senator left for the airport an hour later."
)


def test_an_interview_printed_without_quotation_marks_is_cut_into_turns() -> None:
    recs = attribute(UNQUOTED)
    assert [(r.text.split(":")[0], r.kind, r.rule, r.speaker) for r in recs] == [
        ("MERRITT", "direct", "transcript", "Dan Merritt"),
        ("QUILL", "direct", "transcript", "Rosa Quill"),
        ("Q", "direct", "transcript", "reporter"),
        ("QUILL", "direct", "transcript", "Rosa Quill"),
    ]
    # the quoted phrase inside a turn is part of that turn, not a quote of its own
    assert recs[1].text == 'QUILL: It will, if the leaders keep the "June deal" they signed.'


@pytest.mark.parametrize(
    "text",
    [
        # a dateline is one label, not a run of turns
        "WASHINGTON: The House passed the bill on Friday.\nIt goes to the Senate next.",
        # a digest's headings: labels that name no one in the text
        "WHAT HAPPENED: The council voted 5-2.\nWHY IT MATTERS: Rents will rise.\n"
        "WHAT'S NEXT: A second vote in May.",
        # one speaker's label twice is no exchange
        "Ann Cole wrote to members.\nCOLE: We lost.\nCOLE: We will win next time.",
    ],
)
def test_labelled_paragraphs_that_are_no_transcript_are_not_turns(text: str) -> None:
    assert attribute(text) == []

"""Attribution: classes of English news syntax (issue #14), each on sentences written here."""

from __future__ import annotations

import pytest

from nbutils.attribution import attribute


def _one(text: str, needle: str):
    start = text.index(needle)
    return next(a for a in attribute(text) if a.start == start)


# --- Title-Cased headlines and subheads ---------------------------------------------------

_BODY = '\n\n{name} told reporters on Monday that the talks had been long. "{said}," {last} said.'


@pytest.mark.parametrize(
    ("line", "name", "said"),
    [
        ("At The Summit, Jane Roe Said 'We Will Not Back Down'", "Jane Roe", "We will not"),
        ("After Long Talks, Ada Lomax Joked ‘We Still Have No Money’", "Ada Lomax", "No money"),
        ("Mayor Tom Hale Says 'I Am Not Running Again'", "Tom Hale", "I am done"),
        ("Senator Raul Ortega Praised The Deal: ‘It Is A Fair Result’", "Raul Ortega", "Fair"),
    ],
)
def test_a_clause_single_quoted_after_a_headlines_verb_is_direct(line, name, said) -> None:
    text = "Budget Digest\n\n" + line + _BODY.format(name=name, said=said, last=name.split()[-1])
    rec = _one(text, "'" if "'" in line else "‘")
    assert (rec.kind, rec.speaker) == ("direct", name)


@pytest.mark.parametrize(
    "line", ["Council Slams 'Reckless Spending'", "Jo Ward Vows 'A Fair Deal For All'"]
)
def test_a_phrase_single_quoted_in_a_headline_stays_partial(line: str) -> None:
    text = "City Digest\n\n" + line + _BODY.format(name="Jo Ward", said="Yes", last="Ward")
    assert _one(text, "'").kind != "direct"


def test_a_headline_name_stops_at_a_capitalised_conjunction() -> None:
    text = (
        "Budget Digest\n\n'It Is A Fair Result,' Says Senator Raul Ortega As Talks End\n\n"
        'Raul Ortega told reporters the deal was done. "We gave ground," Ortega said.'
    )
    rec = _one(text, "'It")
    assert (rec.speaker, rec.speaker_mention) == ("Raul Ortega", "Senator Raul Ortega")


# --- a person known by a bare surname, gender unknown -------------------------------------


@pytest.mark.parametrize("pronoun", ["he", "she"])
def test_a_bare_surname_asked_is_the_next_he_or_she(pronoun: str) -> None:
    text = f'Brennan was asked about the plan on Monday. "We will see," {pronoun} said.'
    assert _one(text, '"We').speaker == "Brennan"
    text = f'Reporters waited for Kerr outside. Kerr was asked about it. "Not yet," {pronoun} said.'
    assert _one(text, '"Not').speaker == "Kerr"


def test_the_answer_after_a_bare_surname_was_asked_a_question_is_theirs() -> None:
    text = 'Okafor was asked by a reporter, "Will you run again?" "No," she said.'
    assert _one(text, '"Will').speaker == "reporter"
    assert _one(text, '"No').speaker == "Okafor"


def test_a_woman_named_in_full_never_takes_he_for_a_bare_surname() -> None:
    text = 'Brennan met Maria Okafor. Okafor was asked about the plan. "We will see," he said.'
    assert _one(text, '"We').speaker != "Maria Okafor"


# --- nested reporting: the reasons of another person, in what an outer speaker says -------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('An aide said Park voted no because she thought the deal "gave away too much."', "aide"),
        (
            "A spokesman said Senator Ruth Alder backed the bill because she believed it would"
            " “bring jobs home to the valley.”",
            "spokesman",
        ),
        (
            'Her lawyer said Mr. Quinn resigned since he felt the board had "stopped listening'
            ' to anyone."',
            "lawyer",
        ),
    ],
)
def test_a_quote_in_the_reasons_of_someone_an_outer_speaker_reports_is_theirs(text, speaker):
    assert _one(text, next(m for m in '"“' if m in text)).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        'Ruth Alder said she voted no because the deal "gave away too much."',
        'Ruth Alder said she voted no because she thought the deal "gave away too much."',
    ],
)
def test_a_quote_in_the_speakers_own_reasons_stays_theirs(text: str) -> None:
    assert _one(text, '"').speaker == "Ruth Alder"


# --- a person described in a copular sentence, then quoted --------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The trial opened on Monday. His sister, Ada, who flew in from Denver, was not. "I'
            ' never trusted him."',
            "Ada",
        ),
        ("The others were calm. Ada Voss was furious. “I never trusted him.”", "Ada Voss"),
        ("The crowd cheered. Her father, Tomas Reyes, was not. 'We were lied to.'", "Tomas Reyes"),
    ],
)
def test_a_person_described_by_a_copular_sentence_speaks_the_next_quote(text, speaker) -> None:
    assert _one(text, next(m for m in "\"“'" if m in text)).speaker == speaker


def test_a_thing_described_by_a_copular_sentence_speaks_no_quote() -> None:
    text = 'The bridge was closed. The river was high. "We have never seen this."'
    assert _one(text, '"').speaker is None


# --- a document taken up long after it was introduced -------------------------------------

_FILLER = (
    "The rule would have closed polling places in six towns. Officials had defended it for"
    " months. Voters in Marlow said they were relieved. The county clerk did not return calls."
    " Lawyers for the county said they would appeal. A hearing is set for next month. The"
    " dispute began last spring, when the board voted to close the sites. Turnout fell in the"
    " towns that year. Advocates filed suit in June. They argued older residents would suffer."
)


def test_according_to_a_document_introduced_paragraphs_before_is_its_issuer() -> None:
    text = (
        "In a 30-page order, Judge Ruth Calder blocked the county's new voting rule on Friday."
        f'\n\n{_FILLER}\n\nAccording to the order, the rule "placed a burden on voters that'
        ' the county never justified."'
    )
    assert _one(text, '"placed').speaker == "Ruth Calder"


def test_a_document_far_back_with_no_plain_issuer_names_no_one() -> None:
    text = (
        "Ruth Calder, a clerk in Marlow, Essex, has seen a new order on the rule."
        f'\n\n{_FILLER}\n\nAccording to the order, the rule "placed a burden on voters that'
        ' the county never justified."'
    )
    assert _one(text, '"placed').speaker != "Ruth Calder"


@pytest.mark.parametrize("marks", ['""', "''", "“”", "‘’"])
def test_a_title_cased_clause_quoted_before_a_headlines_name_and_verb_is_theirs(marks) -> None:
    o, c = marks
    text = f"City Digest\n\n{o}We Will Not Back Down,{c} Jane Roe Says\n\nJane Roe spoke on Friday."
    rec = _one(text, o + "We")
    assert (rec.kind, rec.speaker) == ("direct", "Jane Roe")


def test_a_headlines_description_before_a_name_keeps_the_bodys_canonical_name() -> None:
    text = (
        "City Digest\n\nAt The Rally, Union Boss Dan Pike Told Members: 'A Strike Is Coming'\n\n"
        'Dan Pike spoke on Monday to the members of his union. "It is coming," he said.'
    )
    assert _one(text, "'A").speaker == "Dan Pike"


def test_a_title_quoted_before_a_verb_stays_a_title() -> None:
    text = 'Her memoir "The Long Road Home," Ann Lee says, took ten years.'
    assert all(a.start != text.index('"') or a.kind != "direct" for a in attribute(text))


# --- a participle cue after a clause whose subject is a description, then a name ----------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The fire chief, Nora Quill, spoke on Monday, advising residents to "stay indoors'
            ' and keep all the windows shut."',
            "Nora Quill",
        ),
        (
            "Her lawyer, Tom Reyes, left the court, saying “we will appeal this ruling.”",
            "Tom Reyes",
        ),
    ],
)
def test_a_participles_speaker_is_the_name_in_apposition_to_the_subject(text, speaker) -> None:
    rec = _one(text, next(m for m in '"“' if m in text))
    assert (rec.kind, rec.speaker) == ("direct", speaker)


def test_a_surname_that_is_also_a_word_opening_the_text_is_a_name_when_asked() -> None:
    text = 'Hale was asked by a reporter, "Will you run?" "No," he said.'
    assert _one(text, '"No').speaker == "Hale"
    text = 'Hale was asked about the plan. "We\'ll see," he said.'
    assert _one(text, '"We').speaker == "Hale"

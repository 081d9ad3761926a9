"""The quotation-mark finder: marks, apostrophes, split and unbalanced quotes, speed."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from nbutils.articles import load_default
from nbutils.quotes import find_quotes


def texts(text: str) -> list[str]:
    return [q.text for q in find_quotes(text)]


def test_straight_curly_and_mixed_marks() -> None:
    text = 'He said "one." She said “two.” They said "three.”'
    assert texts(text) == ['"one."', "“two.”", '"three.”']


def test_default_article_mixed_quote_is_one_quote() -> None:
    article = load_default()
    quotes = find_quotes(article.text)
    mixed = [q for q in quotes if q.open_mark == '"' and q.close_mark == "”"]
    assert len(mixed) == 1 and mixed[0].content.startswith("It was emotional")
    assert len(quotes) == 13 and all(q.closed for q in quotes)


def test_two_apostrophe_quotes_and_guillemets() -> None:
    text = "''It's nonsense,'' Mr. Trump said. Le «mot» et ``this'' too."
    assert texts(text) == ["''It's nonsense,''", "«mot»", "``this''"]


def test_single_quotes_nested_in_double_stay_inside() -> None:
    quotes = find_quotes('He said, "I told them \'No boots on the ground,\' and meant it."')
    assert len(quotes) == 1 and quotes[0].content.endswith("meant it.")


def test_apostrophes_are_never_quote_marks() -> None:
    text = "Jones' cow, the ’90s, I’m sure they don't care about 'em or rock'n'roll."
    assert find_quotes(text) == []


def test_single_quoted_headline() -> None:
    quotes = find_quotes("Obama on Climate Change: The Trends Are 'Terrifying.'")
    assert [q.content for q in quotes] == ["Terrifying."]
    assert quotes[0].style == "single"


def test_split_quote_gives_two_quotes() -> None:
    text = '"A is true," he said. "B is true too."'
    quotes = find_quotes(text)
    assert [q.content for q in quotes] == ["A is true,", "B is true too."]


def test_multi_paragraph_quote_continues() -> None:
    text = 'She said: "First paragraph goes on.\n\n"Second paragraph ends." Then more.'
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].paragraphs == 2 and quotes[0].text.endswith('ends."')


def test_unclosed_quote_stops_at_paragraph_end_and_rest_is_processed() -> None:
    text = 'He said "this never closes\nNext paragraph: "a real quote," she said.'
    quotes = find_quotes(text)
    assert quotes[0].closed is False and quotes[0].text == '"this never closes'
    assert quotes[1].content == "a real quote,"


def test_stray_closing_mark_is_ignored() -> None:
    assert texts("Oops” and then “fine.”") == ["“fine.”"]


def test_kinds_partial_direct_title_scare() -> None:
    text = ('Rutte urged him to "find a way" to do it. "We need unity," he said. '
            'She wrote "The Art of the Deal" and called it a "victory" for all.')
    kinds = {q.content: q.kind for q in find_quotes(text)}
    assert kinds["find a way"] == "partial"
    assert kinds["We need unity,"] == "direct"
    assert kinds["The Art of the Deal"] == "title"
    assert kinds["victory"] == "scare"


def test_empty_and_markless_text() -> None:
    assert find_quotes("") == []
    assert find_quotes("No quotation at all here.") == []


def test_large_article_in_linear_time() -> None:
    unit = ('Paragraph with "a quote," she said, and an unbalanced " mark and I’m '
            "someone's friend. ''Two,'' he said.\n")
    text = unit * (5_000_000 // len(unit) + 1)
    t0 = time.perf_counter()
    quotes = find_quotes(text)
    elapsed = time.perf_counter() - t0
    assert len(text) >= 5_000_000
    assert len(quotes) >= 2 * (len(text) // len(unit))
    assert elapsed < 20, f"5 MB took {elapsed:.1f} s"


MARKS = st.sampled_from(list("\"“”'‘’«»„ \n.,:;aZ-") + ["''", "``", " said ", "I’m", "’90s"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(MARKS, st.text(max_size=5)), max_size=60).map("".join))
def test_properties_on_arbitrary_text(text: str) -> None:
    quotes = find_quotes(text)  # never raises
    previous_end = 0
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert text[q.content_start:q.content_end] == q.content
        assert q.start <= q.content_start <= q.content_end <= q.end
        assert q.start >= previous_end, "quotes overlap"
        previous_end = q.end


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_properties_on_unicode_text(text: str) -> None:
    for q in find_quotes(text):
        assert text[q.start:q.end] == q.text and q.start < q.end


# --- titles, headlines and the quoted share of the reported content ------------------

def test_title_cased_names_of_works_are_titles() -> None:
    from nbutils.quotes import in_name_slot, looks_like_title

    text = ('Pence said on CNN’s "State of the Union." Her memo, "The Facts on the Race," '
            'came out. They chanted, "Lock Her Up!" He said, "We lost."')
    quotes = {q.content: q for q in find_quotes(text)}
    assert quotes["State of the Union."].kind == "title"
    assert quotes["The Facts on the Race,"].kind == "title"
    assert quotes["Lock Her Up!"].kind == "direct"  # a reporting verb introduces it
    assert quotes["We lost."].kind == "direct"
    assert in_name_slot(text, quotes["State of the Union."])
    assert not in_name_slot(text, quotes["We lost."])
    assert looks_like_title("Gone With the Wind,") and not looks_like_title("Gone with them.")
    assert not looks_like_title("STOP THE STEAL")  # shouted, not cased like a title


def test_headline_with_byline_is_a_title() -> None:
    text = 'Reads: —"Met accused of whitewashing baby Jesus," by Post reporter Kathy Bo.'
    assert [q.kind for q in find_quotes(text)] == ["title"]
    passive = find_quotes('It was called "reckless and dangerous" by Sen. Jane Roe.')
    assert passive[0].kind != "title"


def share(text: str, cue_word: str) -> float:
    from nbutils.quotes import content_share

    quotes = find_quotes(text)
    a = text.index(cue_word)
    return content_share(text, quotes[0], quotes, (0, len(text)), (a, a + len(cue_word)))


def test_content_share_whole_content_versus_woven_phrase() -> None:
    assert share('She called the plan "a total and complete disaster."', "called") >= 0.5
    assert share('She said the vote was "rigged" and vowed to fight the result in every '
                 "court in the land.", "said") < 0.5
    # every quote inside the reported content counts, not only the first
    assert share('She said the plan was "a disaster" and "a waste of everyone\'s money and '
                 'time."', "said") >= 0.5
    # a reporting verb right before the quote makes the quote the whole content
    assert share('Jane Roe, who spoke for an hour about taxes, roads and the budget, '
                 'replied, "No."', "spoke") == 1.0


def test_reported_span_starts_at_that_and_stops_at_a_new_cue() -> None:
    from nbutils.quotes import reported_span

    text = 'Roe said on Monday that "we will win" and warned that the count may be slow.'
    q = find_quotes(text)[0]
    cue = (text.index("said"), text.index("said") + 4)
    a, b = reported_span(text, q, (0, len(text)), cue)
    assert text[a:b].startswith('that "we will win"') and "warned" not in text[a:b]
    # with the cue after the quote, the content runs from the clause start to the speaker
    text = 'The bill, aides say, is "dead on arrival," Roe said.'
    q = find_quotes(text)[0]
    a, b = reported_span(text, q, (0, len(text)), (text.index("said"), len(text) - 1),
                         (text.index("Roe"), text.index("Roe") + 3))
    assert text[a:b].startswith("The bill") and text[a:b].rstrip().endswith('arrival,"')


def test_quoted_share_counts_double_quotes_only() -> None:
    from nbutils.quotes import quoted_share

    text = "He said 'maybe' and \"yes\" twice."
    quotes = find_quotes(text)
    assert quoted_share(text, 0, len(text), quotes) == 3 / 22
    assert quoted_share(text, 0, 0, quotes) == 1.0  # no letters: nothing to dilute


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(MARKS, st.sampled_from([" that ", " said, ", ": ", " — ", " (", "; "]),
                          st.text(max_size=5)), max_size=50).map("".join),
       st.integers(0, 60), st.integers(0, 8))
def test_content_share_is_a_share_on_arbitrary_text(text: str, at: int, width: int) -> None:
    from nbutils.quotes import content_share, reported_span

    quotes = find_quotes(text)
    for q in quotes:
        cue = (min(at, q.start), min(at, q.start) + min(width, q.start - min(at, q.start)))
        for c in (None, cue, (q.end, min(len(text), q.end + width))):
            a, b = reported_span(text, q, (0, len(text)), c)
            assert 0 <= a <= b <= len(text)
            assert 0.0 <= content_share(text, q, quotes, (0, len(text)), c) <= 1.0


def test_two_apostrophe_quote_ending_in_a_nested_single_quote_keeps_all_three_marks() -> None:
    # ,''' = the inner 'single' quote closes, then the '' quote: no stray apostrophe is left
    text = "''They keep saying, 'The plan is fine,''' Ms. Lane said. ''It was not.''"
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == ["''They keep saying, 'The plan is fine,'''",
                                        "''It was not.''"]
    assert quotes[0].content.endswith("fine,'")
    assert text[quotes[0].end:].startswith(" Ms. Lane")
    # a possessive or contraction right after the closing marks is not swallowed
    assert texts("The ''Plan'''s cost rose.")[0] == "''Plan''"


def test_absorbed_closing_apostrophe_is_not_reused_as_a_mark() -> None:
    # found by the property test: after ,''' closes a quote, its last ' must
    # not open the next one (quotes would overlap)
    text = "\"''''\""
    spans = [(q.start, q.end) for q in find_quotes(text)]
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))

"""Tokenisation with offsets: spans always slice back to their text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nbutils.articles import Article, open_article
from nbutils.exercises import check, is_correct, solution
from nbutils.tokenise import (
    paragraph_spans,
    pos_tag,
    sentence_spans,
    sentence_table,
    sentences,
    tag_counts,
    tag_table,
    tagged_sentences,
    token_table,
    universal_tags,
    word_spans,
    word_tokens,
)

UNIVERSAL = {"NOUN", "VERB", "ADJ", "ADV", "PRON", "DET", "ADP", "NUM", "CONJ", "PRT", ".", "X"}

#: Text made of the characters news articles trip tokenisers with.
news_text = st.text(
    alphabet=st.sampled_from(list("abcXYZ Mr.U.S-'’\"“”,;!?\n\r0123456789 ")), max_size=120
)


@pytest.fixture(scope="module")
def article() -> Article:
    return open_article("")


def _non_space(s: str) -> str:
    return re.sub(r"\s+", "", s)


# --- paragraphs and sentences ------------------------------------------------


def test_paragraphs_are_the_non_blank_lines():
    text = "First line.\r\n\r\n  \nSecond line."
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["First line.", "Second line."]


def test_sentences_never_cross_a_line_break():
    text = "A headline without a full stop\nThe body starts here. It goes on."
    got = sentences(text)
    assert got[0] == "A headline without a full stop"
    assert all("\n" not in s for s in got)
    assert len(got) == 3


def test_abbreviations_do_not_end_sentences():
    text = "Mr. Smith went to the U.S. embassy. He left."
    assert len(sentence_spans(text)) == 2


@settings(max_examples=60, deadline=None)
@given(news_text)
def test_sentences_cover_every_visible_character_once(text: str):
    spans = sentence_spans(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False))
    assert _non_space("".join(text[s:e] for s, e in spans)) == _non_space(text)


# --- words -------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(news_text)
def test_word_tokens_slice_back_and_cover_the_text(text: str):
    tokens = word_tokens(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert all(a.end <= b.start for a, b in zip(tokens, tokens[1:], strict=False))
    assert "".join(t.text for t in tokens) == _non_space(text)
    assert word_spans(text) == [(t.start, t.end) for t in tokens]


def test_the_hard_cases_follow_treebank_conventions():
    words = [t.text for t in word_tokens("Zelenskyy's full-scale U.S. visit, I'm told.")]
    assert words == ["Zelenskyy", "'s", "full-scale", "U.S.", "visit", ",", "I", "'m", "told", "."]
    curly = [t.text for t in word_tokens("I’m told.")]
    assert curly[:3] == ["I", "’", "m"]  # the curly apostrophe is taken for a quote


def test_word_tokens_with_given_spans_stay_inside_them():
    text = "One two. Three four."
    second = sentence_spans(text)[1]
    tokens = word_tokens(text, [second])
    assert [t.text for t in tokens] == ["Three", "four", "."]
    assert all(second[0] <= t.start and t.end <= second[1] for t in tokens)


def test_every_token_of_the_default_article_slices_back(article: Article):
    table = token_table(article.text, word_tokens(article.text))
    assert len(table) > 100
    assert table["matches"].all()


# --- tags --------------------------------------------------------------------


def test_pos_tag_keeps_offsets_and_handles_nothing():
    assert pos_tag([]) == []
    tagged = pos_tag(word_tokens("Rutte said it."))
    assert [(t.start, t.end) for t in tagged] == word_spans("Rutte said it.")
    assert tagged[1].tag.startswith("VB")


def test_tagged_sentences_follow_the_sentences(article: Article):
    tagged = tagged_sentences(article.text)
    assert len(tagged) == len(sentence_spans(article.text))
    assert sum(map(len, tagged)) == len(word_tokens(article.text))


def test_universal_tags_use_the_twelve_tags(article: Article):
    tagged = [t for s in tagged_sentences(article.text) for t in s]
    assert {t.tag for t in universal_tags(tagged)} <= UNIVERSAL


# --- tables ------------------------------------------------------------------


def test_sentence_table_rows_slice_back(article: Article):
    table = sentence_table(article.text)
    assert len(table) == len(sentence_spans(article.text))
    assert all(article.text[s:e] == sent for s, e, sent in table.itertuples(index=False))


def test_token_table_notices_a_wrong_span():
    from nbutils.tokenise import Token

    table = token_table("abc def", [Token("abc", 0, 3), Token("def", 3, 6)])
    assert table["matches"].tolist() == [True, False]


def test_token_table_shows_tags_of_tagged_tokens():
    table = token_table("Rutte said it.", pos_tag(word_tokens("Rutte said it.")))
    assert "tag" in table.columns and table["matches"].all()
    assert list(token_table("x", []).columns) == [
        "token",
        "start",
        "end",
        "text[start:end]",
        "matches",
    ]


def test_tag_table_and_counts_agree(article: Article):
    tagged = tagged_sentences(article.text)
    first = tag_table(tagged[0])
    assert set(first["universal"]) <= UNIVERSAL
    assert (first["penn"].str.startswith("NN") <= first["universal"].eq("NOUN")).all()
    counts = tag_counts(tagged)
    assert sum(counts.values()) == sum(map(len, tagged))
    assert set(counts) <= UNIVERSAL
    assert sum(tag_counts(tagged, universal=False).values()) == sum(counts.values())


def test_sentence_count_exercise_is_computed_from_the_article(capsys):
    art = Article("t", "One. Two. Three.\nFour")
    assert solution("01-sentence-count", art) == 4
    assert is_correct("01-sentence-count", 4, art)
    check("01-sentence-count", None, art)
    assert not is_correct("01-sentence-count", None, art)
    assert "Replace the placeholder" in capsys.readouterr().out


def test_title_abbreviations_do_not_end_a_sentence() -> None:
    text = "The bill went to Gov. Gavin Newsom after a week. Lt. Col. Ann Poe spoke."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The bill went to Gov. Gavin Newsom after a week.",
        "Lt. Col. Ann Poe spoke.",
    ]


def test_the_taggers_fast_predict_chooses_as_nltks_predict() -> None:
    """perceptron_predict is NLTK's AveragedPerceptron.predict without its overhead: the same
    label for every word of a text (the default article), ties included."""
    import re

    from nbutils.articles import load_default
    from nbutils.tokenise import perceptron_predict, perceptron_tagger

    tagger = perceptron_tagger()
    words = re.findall(r"\w+|[^\w\s]", load_default().text)
    context = tagger.START + [tagger.normalize(w) for w in words] + tagger.END
    prev, prev2 = tagger.START
    for i, word in enumerate(words):
        features = tagger._get_features(i, word, context, prev, prev2)
        label = tagger.model.predict(features)[0]
        assert perceptron_predict(tagger.model, features) == label, (i, word)
        prev2, prev = prev, label
    assert perceptron_predict(tagger.model, {}) == tagger.model.predict({})[0]  # no feature known


def test_perceptron_tags_are_nltks_tags() -> None:
    from nbutils.articles import load_default
    from nbutils.tokenise import perceptron_tagger, perceptron_tags

    words = load_default().text.split()
    assert perceptron_tags(words) == [tag for _, tag in perceptron_tagger().tag(words)]


def test_a_single_quotation_mark_that_opens_is_shown_to_the_tagger_as_opening() -> None:
    tagged = pos_tag(word_tokens("Ann said 'we lost' about the farmers' plan."))
    marks = [(t.text, t.tag) for t in tagged if t.text == "'"]
    assert marks == [("'", "``"), ("'", "''"), ("'", "POS")]


def test_a_sentence_runs_on_after_a_dotted_abbreviation_before_a_title_or_a_surname() -> None:
    from nbutils.tokenise import sentence_spans

    def split(t: str) -> list[str]:
        return [t[a:b] for a, b in sentence_spans(t)]

    assert split("U.S. Ambassador Nell Varga spoke. Then she left.") == [
        "U.S. Ambassador Nell Varga spoke.",
        "Then she left.",
    ]
    assert split("It was written by Rhoda K.T. Fenwick on Tuesday.") == [
        "It was written by Rhoda K.T. Fenwick on Tuesday."
    ]
    assert split("They moved to the U.S. They stayed.") == [
        "They moved to the U.S.",
        "They stayed.",
    ]

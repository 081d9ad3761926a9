"""Frequencies, stopwords, dispersion, collocations — and their plots."""

from __future__ import annotations

from collections import Counter

import matplotlib
import pytest

from nbutils.articles import Article, open_article
from nbutils.exercises import check, is_correct, solution
from nbutils.frequencies import (
    collocation_table,
    collocations,
    dispersion,
    frequency_table,
    is_word,
    stopword_share,
    stopwords,
    top_words,
    word_list,
)
from nbutils.tokenise import tag_counts, tagged_sentences, word_tokens

matplotlib.use("Agg")  # tests only; notebooks keep the inline backend

TEXT = (
    "The harbour board met on Monday. The harbour board voted. "
    "Durable peace matters, said the board. Peace. Durable peace remains."
)


@pytest.fixture(scope="module")
def article() -> Article:
    return open_article("")


def test_words_are_lowercase_and_alphabetic(article: Article):
    words = word_list(article.text)
    assert words and all(w.isalpha() and w == w.lower() for w in words)
    alpha = [t for t in word_tokens(article.text) if is_word(t.text)]
    assert len(words) == len(alpha)


def test_dropping_stopwords_drops_exactly_them(article: Article):
    everything = word_list(article.text)
    content = word_list(article.text, drop_stopwords=True)
    assert content == [w for w in everything if w not in stopwords()]
    assert 0 < stopword_share(article.text) < 1
    assert stopword_share(article.text) == pytest.approx(1 - len(content) / len(everything))


def test_top_words_are_the_counter_maxima(article: Article):
    counts = Counter(word_list(article.text, drop_stopwords=True))
    top = top_words(article.text, 5, drop_stopwords=True)
    assert [c for _, c in top] == sorted((c for c in counts.values()), reverse=True)[:5]
    assert all(counts[w] == c for w, c in top)
    assert "the" not in dict(top)


def test_frequency_table_puts_both_views_side_by_side():
    table = frequency_table(TEXT, 3)
    assert list(table.columns) == [
        ("all words", "word"),
        ("all words", "count"),
        ("without stopwords", "word"),
        ("without stopwords", "count"),
    ]
    assert table["all words"]["word"].iloc[0] == "the"
    assert table["without stopwords"]["word"].iloc[0] == "board"
    assert table["all words"]["count"].tolist() == [c for _, c in top_words(TEXT, 3)]
    assert len(frequency_table("Hi there.", 10)) == 2  # fewer words than rows: no empty rows
    padded = frequency_table("It is what it is, Ann.", 5)["without stopwords"]
    assert padded["word"].tolist() == ["ann", "", "", ""] and padded["count"].isna().sum() == 3


def test_dispersion_offsets_point_at_the_word(article: Article):
    positions = dispersion(article.text, ["Ukraine", "NATO", "zzzz"])
    assert positions["zzzz"] == []
    for word in ("Ukraine", "NATO"):
        assert positions[word]
        assert all(article.text[o : o + len(word)].lower() == word.lower() for o in positions[word])
    assert len(positions["Ukraine"]) == Counter(word_list(article.text))["ukraine"]
    exact = dispersion(article.text, ["Ukraine", "ukraine"], case_sensitive=True)
    assert sorted(exact["Ukraine"] + exact["ukraine"]) == positions["Ukraine"]
    assert all(article.text.startswith("Ukraine", o) for o in exact["Ukraine"])


def test_collocations_respect_the_filters():
    table = collocations(TEXT, min_count=2)
    assert {"harbour board", "durable peace"} <= set(table["bigram"])
    assert (table["count"] >= 2).all()
    assert not any(w in stopwords() for b in table["bigram"] for w in b.split())
    # "Peace. Durable" crosses a sentence boundary: never a pair
    assert "peace durable" not in set(collocations(TEXT, min_count=1)["bigram"])
    assert list(table.columns) == ["bigram", "count", "score"]
    assert table["score"].is_monotonic_decreasing


def test_collocations_measures_and_bad_input():
    pmi = collocations(TEXT, measure="pmi", min_count=1)
    assert len(pmi) > 0
    with pytest.raises(ValueError, match="unknown measure"):
        collocations(TEXT, measure="magic")
    with pytest.raises(ValueError, match="min_count"):
        collocations(TEXT, min_count=0)


def test_a_one_sentence_article_has_no_repeated_pair():
    assert collocations("Rain fell on the quiet town today.").empty


def test_collocation_table_puts_measures_side_by_side():
    table = collocation_table(TEXT, n=3, min_count=2)
    assert list(table.columns.get_level_values(0).unique()) == ["likelihood_ratio", "pmi"]
    lr = collocations(TEXT, 3, "likelihood_ratio", 2)
    assert table["likelihood_ratio"]["bigram"].tolist() == lr["bigram"].tolist()
    assert table.index.tolist() == list(range(1, len(lr) + 1))
    assert collocation_table("One short sentence here.").empty


def test_content_vocabulary_exercise(capsys):
    art = Article("t", TEXT)
    expected = len(set(word_list(TEXT, drop_stopwords=True)))
    assert solution("01-content-vocabulary", art) == expected
    assert "the" not in set(word_list(TEXT, drop_stopwords=True))
    assert is_correct("01-content-vocabulary", expected, art)
    check("01-content-vocabulary", len(set(word_list(TEXT))), art)
    assert not is_correct("01-content-vocabulary", len(set(word_list(TEXT))), art)
    assert "Hint" in capsys.readouterr().out


# --- plots -------------------------------------------------------------------


def test_dispersion_plot_draws_one_tick_per_occurrence(article: Article):
    import matplotlib.pyplot as plt

    from nbutils.figures import plot_dispersion

    positions = dispersion(article.text, [w for w, _ in top_words(article.text, 5, True)])
    ax = plot_dispersion(positions, len(article.text), boundaries=[0, 100])
    drawn = sum(len(line.get_xdata()) for line in ax.get_lines() if line.get_linestyle() == "None")
    assert drawn == sum(map(len, positions.values()))
    assert all(0 <= x <= 100 for line in ax.get_lines() for x in line.get_xdata())
    plt.close("all")


def test_tag_distribution_plot_has_a_bar_per_tag(article: Article):
    import matplotlib.pyplot as plt

    from nbutils.figures import plot_tag_distribution

    counts = tag_counts(tagged_sentences(article.text))
    ax = plot_tag_distribution(counts)
    heights = sorted(p.get_width() for p in ax.patches)
    assert heights == sorted(counts.values())
    plt.close("all")

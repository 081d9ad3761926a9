"""Named entities: NE chunks and proper-noun runs carry true offsets and are compared fairly."""

from __future__ import annotations

import pytest

from nbutils.articles import Article, open_article
from nbutils.entities import (
    PROPER_NOUN_TAGS,
    compare_mentions,
    frequent_names,
    ne_chunks,
    proper_noun_runs,
)
from nbutils.tokenise import tagged_sentences

TEXT = (
    "President Ana Ruiz of Port Elden met Kenyan officials on Monday. "
    '"We agree," said Tom Baker.\nThe European Union was silent.'
)
VERDICTS = {"same", "boundaries differ", "NE chunker only", "proper-noun run only"}


@pytest.fixture(scope="module")
def article() -> Article:
    return open_article("")


@pytest.fixture(scope="module")
def tagged():
    return tagged_sentences(TEXT)


def test_runs_are_maximal_proper_noun_sequences(tagged):
    runs = proper_noun_runs(tagged, TEXT)
    tokens = [t for s in tagged for t in s]
    for run in runs:
        inside = [t for t in tokens if run.start <= t.start and t.end <= run.end]
        assert inside and all(t.tag in PROPER_NOUN_TAGS for t in inside)
        before = [t for t in tokens if t.end <= run.start]
        after = [t for t in tokens if t.start >= run.end]
        # maximal: the neighbours (in the same sentence) are not proper nouns
        for neighbour in before[-1:] + after[:1]:
            same_sentence = any(neighbour in s and inside[0] in s for s in tagged)
            assert not (
                same_sentence
                and neighbour.tag in PROPER_NOUN_TAGS
                and any(c.isalnum() for c in neighbour.text)
            )
    assert "Tom Baker" in {r.text for r in runs}


def test_mentions_slice_back_to_their_text(tagged):
    for m in ne_chunks(tagged, TEXT) + proper_noun_runs(tagged, TEXT):
        assert TEXT[m.start : m.end] == m.text
    assert {m.source for m in ne_chunks(tagged, TEXT)} == {"NE chunker"}


def test_without_the_text_mentions_join_their_tokens(tagged):
    assert [m.text for m in proper_noun_runs(tagged)] == [
        m.text for m in proper_noun_runs(tagged, TEXT)
    ]


def test_runs_never_hold_bare_punctuation(article: Article):
    runs = proper_noun_runs(tagged_sentences(article.text), article.text)
    quotes = "\"'“”‘’`"
    assert runs and not any(r.text[0] in quotes or r.text[-1] in quotes for r in runs)


def test_the_binary_chunker_finds_names(tagged):
    found = {m.text for m in ne_chunks(tagged, TEXT)}
    assert {"Tom Baker", "Port Elden"} & found


def test_compare_groups_overlaps_and_says_why(tagged):
    table = compare_mentions(tagged, TEXT)
    assert set(table["verdict"]) <= VERDICTS
    assert (table["start"].diff().dropna() > 0).all()
    for row in table.itertuples(index=False):
        ne, run, verdict = row[2], row[3], row[4]
        assert (verdict == "NE chunker only") == (run == "")
        assert (verdict == "proper-noun run only") == (ne == "")
        if verdict == "same":
            assert ne == run
    ends = table["end"].tolist()
    assert all(e <= s for e, s in zip(ends, table["start"].tolist()[1:], strict=False))


def test_compare_counts_every_mention_once(article: Article):
    tagged = tagged_sentences(article.text)
    table = compare_mentions(tagged, article.text)
    n_ne = sum(len(x.split(" + ")) for x in table["NE chunker"] if x)
    n_runs = sum(len(x.split(" + ")) for x in table["proper-noun run"] if x)
    assert n_ne == len(ne_chunks(tagged, article.text))
    assert n_runs == len(proper_noun_runs(tagged, article.text))


def test_no_names_gives_an_empty_table():
    tagged = tagged_sentences("it was raining and nobody came.")
    assert proper_noun_runs(tagged) == [] and ne_chunks(tagged) == []
    table = compare_mentions(tagged)
    assert table.empty and "verdict" in table.columns
    assert ne_chunks([[]]) == []


def test_frequent_names_counts_proper_noun_tokens(article: Article):
    tagged = tagged_sentences(article.text)
    names = frequent_names(tagged, 5)
    assert len(names) == 5 and [c for _, c in names] == sorted((c for _, c in names), reverse=True)
    tokens = [t for s in tagged for t in s]
    for name, count in names:
        assert count == sum(t.text == name and t.tag in PROPER_NOUN_TAGS for t in tokens)
    assert frequent_names(tagged_sentences("it rained."), 3) == []


def test_the_fast_wordnet_reads_exactly_what_nltk_reads():
    """Issue #11: the first place lookup stalled 4–7 s while NLTK's WordNet
    reader built a multilingual version map nobody here uses. The fast reader
    defers that map; its tables must be NLTK's, so every answer is the same."""
    from nltk.corpus import wordnet as nltk_wordnet

    from nbutils.entities import wordnet

    fast = wordnet()
    nltk_wordnet.ensure_loaded()
    assert fast._lemma_pos_offset_map == nltk_wordnet._lemma_pos_offset_map
    assert fast._exception_map == nltk_wordnet._exception_map
    assert fast.satellite_offsets == nltk_wordnet.satellite_offsets
    assert fast._lexnames == nltk_wordnet._lexnames
    for word in ("Ukraine", "Ukrainians", "Kenyan", "Texan", "Brussels", "table", "said"):
        assert fast.synsets(word) == nltk_wordnet.synsets(word)
        assert fast.morphy(word.lower(), "v") == nltk_wordnet.morphy(word.lower(), "v")
    assert "_map30" not in vars(fast) or fast._map30_ready, "the version map is built lazily"
    assert fast.map30 == nltk_wordnet.map30, "and is NLTK's when asked for"


def test_a_forked_process_reads_wordnet_without_moving_the_parents_files():
    # the warm kernels of a render are forks of one process that loaded WordNet: a child
    # sharing the parent's open data files (and their read positions) garbled other
    # kernels' reads (WordNetError)
    import os

    from nbutils.entities import wordnet

    wn = wordnet()
    wn.synsets("city", pos="n")
    before = {pos: f.tell() for pos, f in wn._data_file_map.items()}
    assert before
    pid = os.fork()
    if pid == 0:
        ok = not wn._data_file_map and all(wn.synsets(w) for w in ("table", "river", "Kenya"))
        os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert {pos: f.tell() for pos, f in wn._data_file_map.items()} == before

"""PolNeAR brat loading: synthetic files always; the real corpus when it is present."""

from __future__ import annotations

from pathlib import Path

import pytest

from nbutils.articles import ArticleError
from nbutils.attribution import attribute
from nbutils.config import POLNEAR_DIR
from nbutils.evaluation import gold_from_polnear, score
from nbutils.polnear import (
    GoldAttribution,
    Span,
    choose_annotator,
    double_quoted_mask,
    is_direct,
    is_pronoun,
    load_polnear,
    parse_ann,
    resolve_gold_sources,
)

TEXT = (
    'Jane Roe spoke. "We will win," she said. Critics said the plan was weak.\n'
    '"It is not," she added, "and we are ready."'
)


def _ann(spans: list[tuple[str, str, int, int]], events: list[str]) -> str:
    lines = [
        f"T{i}\t{label} {a} {b}\t{TEXT[a:b]}" for i, (label, _, a, b) in enumerate(spans, start=1)
    ]
    return "\n".join(lines + events + ["#1\tAnnotatorNotes T1\ta note"]) + "\n"


def _fake_corpus(root: Path) -> Path:
    def at(s: str, nth: int = 0) -> tuple[int, int]:
        i = -1
        for _ in range(nth + 1):
            i = TEXT.index(s, i + 1)
        return i, i + len(s)

    spans = [
        ("Source", "", *at("she")),
        ("Cue", "", *at("said")),
        ("Content", "", *at('"We will win,"')),
        ("Source", "", *at("Critics")),
        ("Cue", "", *at("said", 1)),
        ("Content", "", *at("the plan was weak")),
    ]
    a, b = at('"It is not,"')
    c, d = at('"and we are ready."')
    body = _ann(
        spans,
        [
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
            "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
        ],
    )
    body += (
        f"T7\tSource {at('she', 1)[0]} {at('she', 1)[1]}\tshe\n"
        f"T8\tCue {at('added')[0]} {at('added')[1]}\tadded\n"
        f"T9\tContent {a} {b};{c} {d}\t{TEXT[a:b]} {TEXT[c:d]}\n"
        "E3\tAttribution:T8 Source:T7 Cue:T8 Content:T9\n"
    )
    (root / "dev" / "text").mkdir(parents=True)
    (root / "dev" / "attributions").mkdir(parents=True)
    (root / "dev" / "text" / "pub_2016-01-01_x.txt").write_text(TEXT, encoding="utf-8")
    (root / "dev" / "attributions" / "pub_2016-01-01_x_ab12.ann").write_text(body, encoding="utf-8")
    return root


def test_load_synthetic_corpus(tmp_path: Path) -> None:
    docs = list(load_polnear(_fake_corpus(tmp_path), "dev"))
    assert len(docs) == 1 and docs[0].annotator == "ab12"
    doc = docs[0]
    assert len(doc.attributions) == 3
    direct = doc.direct
    assert len(direct) == 2  # "the plan was weak" is not quoted
    split = next(a for a in direct if len(a.content) == 2)
    assert [s.text for s in split.content] == ['"It is not,"', '"and we are ready."']
    # no named source before "she", but Jane Roe opens the text as a sentence subject
    assert [a.resolved for a in direct] == ["Jane Roe", "Jane Roe"]
    gold = gold_from_polnear(doc)
    s = score(attribute(doc.text), gold, doc.text)
    assert s.gold_found == 2


def test_missing_split_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no PolNeAR split 'test'"):
        list(load_polnear(tmp_path, "test"))


def test_parse_ann_tolerates_multiline_span_text() -> None:
    ann = (
        "T1\tSource 0 3\tAnn\nT2\tCue 4 8\tsaid\nT3\tContent 9 20;21 25\tfirst line\n"
        "second line\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
    )
    [a] = parse_ann(ann)
    assert [(s.start, s.end) for s in a.content] == [(9, 20), (21, 25)]


def test_double_quoted_mask_rules() -> None:
    text = "a “b” c ''d'' e \"f\n\"g\" h"
    inside = "".join(ch for ch, m in zip(text, double_quoted_mask(text), strict=False) if m)
    assert inside == "bd" + 'f\n"g'


def test_double_quoted_mask_nested_and_reversed_marks() -> None:
    # a curly quotation inside a straight one does not end it; a closing glyph typed at a
    # paragraph's start opens; a curly quotation opened again without closing restarts
    text = 'a "b “c” d" e\n”Fgh,” i\n“j “k” l'
    inside = "".join(ch for ch, m in zip(text, double_quoted_mask(text), strict=False) if m)
    assert inside == "b “c” dFgh,k"


def test_is_direct_half_of_letters() -> None:
    text = 'He said that "most of this is quoted" today.'
    content = GoldAttribution("E1", None, (Span(8, 37, text[8:37]),))
    assert is_direct(content, text)
    text2 = 'He said that the long paraphrase here has a "word".'
    assert not is_direct(GoldAttribution("E2", None, (Span(8, 51, text2[8:51]),)), text2)


def test_gold_pronoun_resolution_by_gender() -> None:
    def ga(i: str, src: str, pos: int) -> GoldAttribution:
        return GoldAttribution(i, None, (Span(pos + 10, pos + 20, ""),), (Span(pos, pos + 3, src),))

    attrs = resolve_gold_sources(
        [
            ga("E1", "Mary Smith", 0),
            ga("E2", "Mark Jones", 50),
            ga("E3", "she", 100),
            ga("E4", "he", 150),
            ga("E5", "Sanders aides", 170),
            ga("E6", "he", 200),
        ]
    )
    by_id = {a.id: a.resolved for a in attrs}
    assert by_id["E3"] == "Mary Smith" and by_id["E4"] == "Mark Jones"
    assert by_id["E6"] == "Mark Jones"  # "Sanders aides" is no person
    assert is_pronoun("He") and not is_pronoun("Mr. Obama")


def test_choose_annotator_most_agreeing() -> None:
    def attrs(a: int, b: int) -> list[GoldAttribution]:
        return [GoldAttribution("E1", None, (Span(a, b, ""),))]

    chosen = choose_annotator({"ffff": attrs(0, 10), "aaaa": attrs(0, 10), "bbbb": attrs(50, 60)})
    assert chosen == "aaaa"


needs_corpus = pytest.mark.skipif(
    not (POLNEAR_DIR / "dev" / "text").is_dir(), reason=f"PolNeAR corpus not found at {POLNEAR_DIR}"
)


@pytest.mark.polnear
@needs_corpus
def test_real_dev_split_loads_with_valid_offsets() -> None:
    docs = list(load_polnear(POLNEAR_DIR, "dev"))
    assert len(docs) == 84
    n_direct = 0
    for doc in docs:
        for a in doc.attributions:
            for s in a.content + a.source:
                assert 0 <= s.start < s.end <= len(doc.text)
        n_direct += len(doc.direct)
    assert 450 <= n_direct <= 650


@pytest.mark.polnear
@needs_corpus
def test_no_crash_and_sane_scores_on_dev() -> None:
    total = None
    for doc in load_polnear(POLNEAR_DIR, "dev"):
        found = attribute(doc.text)
        for a in found:
            assert doc.text[a.start : a.end] == a.text
        preds = [a for a in found if a.kind in ("direct", "follow-on")]
        s = score(preds, gold_from_polnear(doc), doc.text)
        total = s if total is None else total + s
    assert total.overlap_f1 > 0.85 and total.speaker_accuracy > 0.7


def _source(i: str, src: str, pos: int) -> GoldAttribution:
    return GoldAttribution(i, None, (Span(pos + 10, pos + 20, ""),), (Span(pos, pos + 3, src),))


def test_gold_pronouns_skip_non_people_and_wrong_genders() -> None:
    text = (
        "Ted Cruz spoke and his aides agreed. Hillary Clinton answered; she was calm. "
        "Exit polls taken in New Mexico said it."
    )
    attrs = resolve_gold_sources(
        [
            _source("E1", "Hillary Clinton", 0),
            _source("E2", "Cruz", 40),
            _source("E3", "she", 80),
            _source("E4", "Exit polls taken in New Mexico", 120),
            _source("E5", "she", 160),
            _source("E6", "Trump's attorney, Neil Ashford,", 200),
            _source("E7", "he", 240),
            _source("E8", "The New York Times", 280),
            _source("E9", "it", 320),
            _source("E10", "I", 360),
            _source("E11", "said", 400),
        ],
        text,
    )
    by_id = {a.id: a.resolved for a in attrs}
    assert by_id["E3"] == "Hillary Clinton"  # Cruz is male ("his" follows him)
    assert by_id["E5"] == "Hillary Clinton"  # exit polls are no person
    assert by_id["E7"] == "Trump's attorney, Neil Ashford,"  # the apposition names him
    assert by_id["E9"] == "The New York Times"  # "it" is no person
    assert by_id["E10"] is None and by_id["E11"] is None  # the writer; the cue as source


def test_text_names_gives_gender_and_surnames() -> None:
    from nbutils.polnear import text_names

    names = text_names(
        "Mrs. Clinton spoke. Ted Cruz said his plan works. Cruz said he won. Abdullah Qasimov came."
    )
    assert names.genders["Clinton"] == "female" and names.genders["Cruz"] == "male"
    assert {"Cruz", "Qasimov", "Clinton"} <= names.surnames


def test_party_and_nationality_words_are_not_pronoun_antecedents() -> None:
    text = "Donald Trump spoke. The Republican said so. European leaders agreed. Then he spoke."
    for rule in ("nearest", "agreeing"):
        attrs = resolve_gold_sources(
            [
                _source("E1", "Donald Trump", 0),
                _source("E2", "The Republican", 20),
                _source("E3", "European leaders", 44),
                _source("E4", "he", 74),
            ],
            text,
            rule,
        )
        assert {a.id: a.resolved for a in attrs}["E4"] == "Donald Trump", rule


def test_a_relative_source_without_a_name_before_it_is_unjudged() -> None:
    text = "The listing that was posted says it all. Beck, who spoke, agreed."

    def ga(i: str, src: str, pos: int) -> GoldAttribution:
        return GoldAttribution(
            i, None, (Span(pos + 20, pos + 25, ""),), (Span(pos, pos + len(src), src),)
        )

    attrs = resolve_gold_sources(
        [ga("E1", "that", text.index("that")), ga("E2", "who", text.index("who"))], text
    )
    assert {a.id: a.resolved for a in attrs} == {"E1": None, "E2": "Beck"}


# --- the "agreeing" gold pronoun rule (texts written for these tests) -------------------


def _at(text: str, word: str, nth: int = 0) -> int:
    """Offset of the ``nth`` occurrence of ``word`` as a whole word."""
    import re

    return [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)][nth]


def _said(i: str, text: str, who: str, nth: int = 0) -> GoldAttribution:
    pos = _at(text, who, nth)
    return GoldAttribution(
        i,
        None,
        (Span(pos + len(who) + 1, pos + len(who) + 5, ""),),
        (Span(pos, pos + len(who), who),),
    )


def _resolved(attrs: list[GoldAttribution], text: str, rule: str = "agreeing") -> dict:
    return {a.id: a.resolved for a in resolve_gold_sources(attrs, text, rule)}


def test_agreeing_finds_a_person_named_in_the_text_not_only_in_sources() -> None:
    text = (
        'Maria Quint chairs the board. "We will vote," Quint said. '
        "Her rival, Peter Ashdown, wrote to members on Monday. "
        '"The vote is rigged," he said. "We will appeal," she said.'
    )
    attrs = [_said("E1", text, "Quint", 1), _said("E2", text, "he"), _said("E3", text, "she")]
    got = _resolved(attrs, text)
    assert got["E2"] == "Peter Ashdown"  # never a source, but named in the sentence before
    assert got["E3"] == "Quint"  # Maria: the nearest female person
    assert _resolved(attrs, text, "nearest")["E2"] is None  # the old rule sees no male source


def test_agreeing_prefers_the_speaker_over_a_name_he_mentions() -> None:
    text = (
        'Tom Birk spoke first. Carl Vane said Birk\'s plan would fail. "It is a fantasy," he said.'
    )
    attrs = [_said("E1", text, "Carl Vane"), _said("E2", text, "he")]
    assert _resolved(attrs, text)["E2"] == "Carl Vane"  # the annotated source, not Birk


def test_agreeing_descriptions_definite_and_indefinite() -> None:
    text = (
        "Senator Ruth Okafor arrived late. The senator said the bill was dead. "
        '"We tried," she said. A voter outside disagreed. "It is alive," she said.'
    )
    attrs = [
        _said("E1", text, "The senator"),
        _said("E2", text, "she"),
        _said("E3", text, "A voter"),
        _said("E4", text, "she", 1),
    ]
    got = _resolved(attrs, text)
    assert got["E2"] == "Senator Ruth Okafor"  # "the senator" means her
    assert got["E4"] is None  # "a voter" is never named: unjudged


def test_agreeing_gender_of_family_names() -> None:
    from nbutils.polnear import mentions

    text = (
        "Dennis Marlowe founded the firm. Marlowe said it would grow. "
        '"We are hiring," he said. His daughter, Ruth Marlowe, disagreed. '
        'Marlowe said the plan was rash. "Not this year," she said.'
    )
    sources = [(_at(text, "Marlowe", 1), "Marlowe"), (_at(text, "Marlowe", 3), "Marlowe")]
    genders = [m.gender for m in mentions(text, sources) if m.annotated]
    assert genders == ["male", "female"]  # a bare surname is the last one named in full
    attrs = [
        _said("E1", text, "Marlowe", 1),
        _said("E2", text, "he"),
        _said("E3", text, "Marlowe", 3),
        _said("E4", text, "she"),
    ]
    got = _resolved(attrs, text)
    assert got["E2"] == "Marlowe" and got["E4"] == "Marlowe"
    text2 = 'Ivo Marlowe left. His sister, Ruth Marlowe, stayed. "Good," she said.'
    assert _resolved([_said("E1", text2, "she")], text2)["E1"] == "Ruth Marlowe"


def test_agreeing_it_and_they_and_chains() -> None:
    text = (
        "The Harbour Trust published a report. It said the pier was unsafe. "
        'Ann Vell and Bo Tran sued. "We had no choice," they said. '
        'Ann Vell spoke later. "It was hard," she said. "But right," she added.'
    )
    attrs = [
        _said("E1", text, "The Harbour Trust"),
        _said("E2", text, "It"),
        _said("E3", text, "Ann Vell and Bo Tran"),
        _said("E4", text, "they"),
        _said("E5", text, "she"),
        _said("E6", text, "she", 1),
    ]
    got = _resolved(attrs, text)
    assert got["E2"] == "The Harbour Trust" and got["E4"] == "Ann Vell and Bo Tran"
    assert got["E5"] == got["E6"] == "Ann Vell"


def test_agreeing_uses_other_annotators_sources(tmp_path: Path) -> None:
    text = 'The mayor, Lena Sorg, wrote to the council. "Repair it," she wrote.'
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir(parents=True)
    (tmp_path / "dev" / "text" / "pub_x.txt").write_text(text, encoding="utf-8")
    q, she = text.index('"Repair'), _at(text, "she")
    mine = f"T1\tSource {she} {she + 3}\tshe\nT2\tContent {q} {q + 12}\tq\nE1\tAttribution:T2 Source:T1 Content:T2\n"
    src = text.index("The mayor")
    other = f"T1\tSource {src} {src + 21}\ts\nT2\tContent {q} {q + 12}\tq\nE1\tAttribution:T2 Source:T1 Content:T2\n"
    (tmp_path / "dev" / "attributions" / "pub_x_aaaa.ann").write_text(mine, encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "pub_x_bbbb.ann").write_text(other, encoding="utf-8")
    [doc] = load_polnear(tmp_path, "dev")
    assert doc.annotator == "aaaa"  # equal agreement: the smallest id
    assert [a.resolved for a in doc.attributions] == ["The mayor, Lena Sorg,"]
    with pytest.raises(ValueError, match="unknown gold pronoun rule"):
        list(load_polnear(tmp_path, "dev", "closest"))


def test_bench_names_the_gold_pronoun_rule(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_attribution.py"
    spec = importlib.util.spec_from_file_location("bench_attribution", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    corpus = _fake_corpus(tmp_path)
    for rule in ("nearest", "agreeing"):
        assert bench.main(["--data", str(corpus), "--gold-pronouns", rule]) == 0
        assert f"gold pronouns {rule}" in capsys.readouterr().out

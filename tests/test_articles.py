"""Article record and loaders: formats, unaltered text, and every bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nbutils import config
from nbutils.articles import (
    Article,
    ArticleError,
    iter_articles,
    load_article,
    load_csv,
    load_folder,
    load_jsonl,
    open_article,
)

SEED = config.ROOT.parent / "shared" / "seeds" / "000_22e0e3d1ba917005.txt"


def test_default_article_is_the_seed_byte_for_byte():
    if not SEED.exists():
        pytest.skip("the project seed is not beside the repository (../shared/seeds)")
    assert config.DEFAULT_ARTICLE.read_bytes() == SEED.read_bytes()


def test_default_article_metadata():
    article = open_article("")
    assert article.id == "2025-03-01-rutte-zelenskyy-trump"
    assert article.metadata["date"] == "2025-03-01"
    assert article.metadata["language"] == "en"
    assert article.metadata["title"] and article.metadata["source"]
    assert article.text == config.DEFAULT_ARTICLE.read_bytes().decode("utf-8")


def test_text_is_never_altered(tmp_path: Path):
    raw = 'Line one said “hi”.\r\nLine two\u00a0with  spaces.\rEnd\n\n'
    path = tmp_path / "raw.txt"
    path.write_bytes(raw.encode("utf-8"))
    assert load_article(path).text == raw


def test_sidecar_metadata_and_id(tmp_path: Path):
    (tmp_path / "x.txt").write_text("Some text.", encoding="utf-8")
    (tmp_path / "x.json").write_text(json.dumps({"id": "custom", "title": "T"}))
    article = load_article(tmp_path / "x.txt")
    assert (article.id, article.title) == ("custom", "T")
    with pytest.raises(TypeError):
        article.metadata["title"] = "changed"  # records are immutable


def test_folder_loader_sorted(tmp_path: Path):
    for name in ("b", "a", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Article {name}.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored")
    assert [a.id for a in load_folder(tmp_path)] == ["a", "b", "c"]


def test_jsonl_loader(tmp_path: Path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "1", "text": "One.", "outlet": "X"}\n\n{"text": "Two."}\n')
    articles = list(load_jsonl(path))
    assert [a.id for a in articles] == ["1", "c-3"]
    assert articles[0].metadata == {"outlet": "X", "source_line": f"{path}:1"}


def test_csv_loader_text_column(tmp_path: Path):
    path = tmp_path / "c.csv"
    path.write_text('id,body,date\n7,"He said, ""yes"".\nSecond line",2024-01-01\n', encoding="utf-8")
    (article,) = load_csv(path, text_column="body")
    assert article.id == "7"
    assert article.text == 'He said, "yes".\nSecond line'
    assert article.metadata["date"] == "2024-01-01"
    with pytest.raises(ArticleError, match=r"c\.csv: no column 'text' \(columns: id, body, date\)"):
        list(load_csv(path))


def test_iter_articles_dispatches(tmp_path: Path, small_corpus: Path, second_article: Path):
    assert [a.id for a in iter_articles(small_corpus)] == ["a1", "a2", "a3"]
    assert [a.id for a in iter_articles(second_article)] == ["second-article"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"  \n\t ", "the file is empty"),
        (b"caf\xe9 au lait", r"not valid UTF-8 \(byte 3"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "looks like a binary file"),
    ],
)
def test_bad_txt_files(tmp_path: Path, content: bytes, message: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message) as info:
        load_article(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_missing_path_and_folder_without_txt(tmp_path: Path):
    with pytest.raises(ArticleError, match="no such file or folder"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="folder holds no .txt files"):
        list(iter_articles(tmp_path))


def test_huge_article_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import nbutils.articles as articles

    monkeypatch.setattr(articles, "MAX_ARTICLE_BYTES", 1000)
    path = tmp_path / "huge.txt"
    path.write_text("word " * 1000)
    with pytest.raises(ArticleError, match="article too large"):
        load_article(path)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('["not", "an", "object"]', r"bad\.jsonl:2: expected a JSON object"),
        ('{"id": "x"}', r"bad\.jsonl:2: object has no 'text' key"),
        ('{"text": ""}', r"bad\.jsonl:2: empty 'text'"),
        ('{"text": 5}', r"bad\.jsonl:2: 'text' must be a string"),
        ("{oops", r"bad\.jsonl:2: not valid JSON"),
    ],
)
def test_bad_jsonl_lines_name_the_line(tmp_path: Path, line: str, message: str):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "Fine."}\n' + line + "\n")
    with pytest.raises(ArticleError, match=message):
        list(load_jsonl(path))


def test_on_error_skips_bad_records_and_keeps_the_rest(tmp_path: Path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"text": "One."}\n{"id": 2}\n{"text": "Three."}\n')
    errors: list[ArticleError] = []
    ids = [a.id for a in iter_articles(path, on_error=errors.append)]
    assert ids == ["mixed-1", "mixed-3"]
    assert len(errors) == 1 and "mixed.jsonl:2" in str(errors[0])


def test_slug_is_filesystem_safe():
    assert Article("a/b c?", "t").slug == "a-b-c"
    assert Article("///", "t").slug == "article"

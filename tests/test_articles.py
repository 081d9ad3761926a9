"""Article record and loaders: formats, unaltered text, and every bad input."""

from __future__ import annotations

import json
import re
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
    raw = "Line one said “hi”.\r\nLine two\u00a0with  spaces.\rEnd\n\n"
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
    path.write_text(
        'id,body,date\n7,"He said, ""yes"".\nSecond line",2024-01-01\n', encoding="utf-8"
    )
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
        (b"caf\xe9 au lait", r"not valid UTF-8 at line 1, column 4 \(byte b'\\xe9'\)"),
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


# --- encodings (issue #11): UTF-8 with or without BOM, UTF-16/32 with a BOM -----------

TEXT = "Ana said, “Café au lait — ça va?” and left.\nSecond line.\n"


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32"]
)
def test_txt_in_every_unicode_encoding_with_a_bom(tmp_path: Path, encoding: str):
    import codecs

    boms = {
        "utf-16-le-bom": (codecs.BOM_UTF16_LE, "utf-16-le"),
        "utf-16-be-bom": (codecs.BOM_UTF16_BE, "utf-16-be"),
    }
    bom, codec = boms.get(encoding, (b"", encoding))
    path = tmp_path / "a.txt"
    path.write_bytes(bom + TEXT.encode(codec))
    assert load_article(path).text == TEXT, "decoded, the byte-order mark dropped"


def test_excel_csv_with_a_bom_keeps_its_id_column(tmp_path: Path):
    """Reproducer: Excel's 'CSV UTF-8' starts with a BOM, which became part of
    the first column name: the id column was lost (or 'no column text')."""
    path = tmp_path / "excel.csv"
    path.write_bytes(b'\xef\xbb\xbfid,text\r\nx1,"He said, ""yes""."\r\n')
    (article,) = load_csv(path)
    assert article.id == "x1" and article.text == 'He said, "yes".'
    first_text = tmp_path / "excel2.csv"
    first_text.write_bytes(b"\xef\xbb\xbftext,id\r\nHello there.,7\r\n")
    (article,) = load_csv(first_text)
    assert (article.id, article.text) == ("7", "Hello there.")


def test_csv_and_jsonl_in_utf16(tmp_path: Path):
    csv_path = tmp_path / "c.csv"
    csv_path.write_bytes('id,text\r\nu,"“Ja,” zei ze."\r\n'.encode("utf-16"))
    assert [(a.id, a.text) for a in load_csv(csv_path)] == [("u", "“Ja,” zei ze.")]
    jsonl = tmp_path / "c.jsonl"
    jsonl.write_bytes(
        (json.dumps({"id": "j", "text": "Café."}, ensure_ascii=False) + "\n").encode("utf-32")
    )
    assert [(a.id, a.text) for a in load_jsonl(jsonl)] == [("j", "Café.")]


def test_jsonl_with_a_bom_keeps_line_1(tmp_path: Path):
    """Reproducer: line 1 of a JSONL file saved with a BOM was rejected as not JSON."""
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b'{"id": "first", "text": "One."}\n{"text": "Two."}\n')
    assert [a.id for a in load_jsonl(path)] == ["first", "bom-2"]


def test_other_bytes_are_rejected_with_line_and_column(tmp_path: Path):
    jsonl = tmp_path / "latin1.jsonl"
    jsonl.write_bytes(b'{"text": "fine"}\n{"text": "caf\xe9"}\n{"text": "also fine"}\n')
    errors: list[ArticleError] = []
    assert [a.text for a in load_jsonl(jsonl, on_error=errors.append)] == ["fine", "also fine"]
    assert [str(e) for e in errors] == [
        f"{jsonl}:2: not valid UTF-8 at column 14; re-save the file as UTF-8"
    ]

    table = tmp_path / "latin1.csv"
    table.write_bytes(b'id,text\na,"ok"\nb,"na\xefve"\nc,"ok too"\n')
    errors = []
    assert [a.id for a in load_csv(table, on_error=errors.append)] == ["a", "c"], (
        "only the row with the bad byte is lost"
    )
    assert [str(e) for e in errors] == [
        f"{table}:3: not valid UTF-8 at column 6; re-save the file as UTF-8"
    ]

    txt = tmp_path / "bad.txt"
    txt.write_bytes(b"Line one\nLine two \xe2\x80\x9cq\xe2\x80\x9d\nLine th\xe9ree")
    with pytest.raises(ArticleError, match=r"bad\.txt: not valid UTF-8 at line 3, column 8"):
        load_article(txt)


def test_a_header_with_bad_bytes_is_one_line(tmp_path: Path):
    path = tmp_path / "h.csv"
    path.write_bytes(b"id,t\xe9xt\n1,x\n")
    with pytest.raises(ArticleError, match=r"h\.csv:1: not valid UTF-8 at column 5"):
        list(load_csv(path))


def test_utf16_without_a_bom_is_not_guessed(tmp_path: Path):
    path = tmp_path / "nobom.txt"
    path.write_bytes("Hello".encode("utf-16-le"))
    with pytest.raises(ArticleError, match="binary"):
        load_article(path)


def test_csv_row_ends_at_a_lone_carriage_return(tmp_path: Path):
    path = tmp_path / "mac.csv"
    path.write_bytes(b"id,text\ra,One.\rb,Two.\r")
    assert [(a.id, a.text) for a in load_csv(path)] == [("a", "One."), ("b", "Two.")]


def test_reading_in_small_chunks_keeps_crlf_together(tmp_path: Path):
    import io

    from nbutils.articles import _decoded_lines

    raw = "id,text\r\na,“One.”\r\nb,Two.\r\n".encode("utf-16")
    for size in (1, 2, 3, 5):
        _, lines = _decoded_lines(io.BytesIO(raw), universal=True, chunk_size=size)
        assert [line for line, _ in lines] == ["id,text\r\n", "a,“One.”\r\n", "b,Two.\r\n"]


# --- ids ----------------------------------------------------------------------------


def test_ids_from_json_are_text_never_a_python_repr(tmp_path: Path):
    """Reproducer: a dict id became "{'site': 'x'}" (its repr); 0 became the default id."""
    path = tmp_path / "ids.jsonl"
    lines = [
        {"id": {"site": "bbc", "n": 2}, "text": "A."},
        {"id": 0, "text": "B."},
        {"id": ["a", 1], "text": "C."},
        {"id": True, "text": "D."},
        {"id": None, "text": "E."},
        {"id": "", "text": "F."},
        {"id": 2.5, "text": "G."},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    articles = list(load_jsonl(path))
    assert [a.id for a in articles] == [
        '{"site":"bbc","n":2}',
        "0",
        '["a",1]',
        "true",
        "ids-5",
        "ids-6",
        "2.5",
    ]
    assert articles[1].metadata["original_id"] == 0, "a number is written back as a number"


def test_an_unreadable_input_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "secret.jsonl"
    path.write_text('{"text": "x"}\n')

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ArticleError, match=r"secret\.jsonl: cannot read \(Permission denied\)"):
        list(load_jsonl(path))


def test_a_fifo_given_as_an_article_is_refused_not_read_forever(tmp_path: Path):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ArticleError, match="not a regular file"):
        load_article(fifo)


def test_a_file_that_is_never_one_article_is_refused_in_one_line(tmp_path):
    """ARTICLE set to the metadata sidecar (or a corpus file, or a notebook) analysed its
    JSON as if it were news; now it names what the file is and what to give instead."""
    from nbutils.articles import ArticleError, load_article, open_article

    (tmp_path / "story.txt").write_text("The mayor said yes.\n", encoding="utf-8")
    (tmp_path / "story.json").write_text('{"title": "Story"}', encoding="utf-8")
    (tmp_path / "many.jsonl").write_text('{"id": 1, "text": "Hi."}\n', encoding="utf-8")
    assert load_article(tmp_path / "story.txt").title == "Story", "the sidecar still works"
    for name, says in {
        "story.json": "is JSON (an article's metadata sidecar?), not an article: give the .txt",
        "many.jsonl": "is a corpus (one article per line), not one article",
    }.items():
        with pytest.raises(ArticleError, match=re.escape(says)):
            open_article(tmp_path / name)


def test_a_corpus_folder_reads_TXT_in_any_case_and_leaves_hidden_files_out(tmp_path):
    """Reproducer: a folder with a.txt and B.TXT was a corpus of one article; a macOS
    '._a.txt' beside them would be read as a (binary) article."""
    from nbutils.articles import iter_articles

    (tmp_path / "a.txt").write_text('"Yes," said Ann Lee.', encoding="utf-8")
    (tmp_path / "B.TXT").write_text('"No," said Tom Ward.', encoding="utf-8")
    (tmp_path / "._a.txt").write_bytes(b"\x00\x05\x16\x07 Mac OS X")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    assert [a.id for a in iter_articles(tmp_path)] == ["B", "a"]

"""A rendered report, checked as a reader would: links, titles, paths, network.

Renders the default article and the demo corpus once (slow), then follows
every link of every page, and looks for machine paths and network sources.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from nbutils import config

pytestmark = pytest.mark.slow


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.title = ""
        self._in_title = False
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in ("href", "src", "data", "action", "poster") or (
                tag == "link" and name == "href"
            ):
                self.links.append((tag, name, value))
            if name == "id":
                self.ids.add(value)
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from nbutils.report import plan_reports, render_all

    out = tmp_path_factory.mktemp("reports")
    render_all(plan_reports(reports_dir=out), progress=False)
    return out


def _pages(reports: Path) -> list[Path]:
    return sorted(reports.glob("*/*.html"))


def _parse(page: Path) -> _Page:
    parser = _Page()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def test_every_link_finds_its_target(reports: Path):
    pages = _pages(reports)
    assert len(pages) >= 9
    for page in pages:
        parsed = _parse(page)
        for tag, attr, value in parsed.links:
            url = urlparse(value)
            if url.scheme in ("http", "https", "mailto"):
                assert tag == "a" and attr == "href", f"{page.name}: network {tag} {attr}={value}"
                continue
            if url.scheme == "data":
                continue
            assert not url.scheme, f"{page.name}: {value}"
            if not url.path:  # a link within the page
                assert not url.fragment or url.fragment in parsed.ids, f"{page.name}: {value}"
                continue
            target = (page.parent / unquote(url.path)).resolve()
            assert target.exists(), f"{page.name}: broken link {value}"
            assert target.is_relative_to(reports), f"{page.name}: leaves the reports: {value}"


def test_pages_link_to_the_index_and_to_each_other_in_their_variant(reports: Path):
    for page in _pages(reports):
        if page.name == "index.html":
            continue
        links = {v for _, a, v in _parse(page).links if a == "href"}
        assert "index.html" in links, page.name
        variant = ".nocode.html" if page.name.endswith(".nocode.html") else ".html"
        siblings = {p.name for p in page.parent.glob("*.ipynb")}
        for nb in siblings:
            stem = nb.removesuffix(".ipynb")
            if stem != page.name.split(".")[0]:
                assert f"{stem}{variant}" in links, (page.name, stem)
        text = page.read_text(encoding="utf-8")
        for m in re.finditer(r'<a [^>]*href="[^"]+\.ipynb"[^>]*>([^<]*)', text):
            assert "download" in m.group(0) and ".ipynb" in m.group(1), "a labelled download"


def test_titles_are_distinct_and_real(reports: Path):
    titles = [_parse(p).title for p in _pages(reports)]
    assert len(set(titles)) == len(titles)
    assert all(t and t != "Notebook" for t in titles)
    article = next(reports.glob("2025-03-01-*"))
    assert _parse(article / "02-speaker-attribution.html").title.startswith(
        "02 · Speaker attribution — NATO"
    )


def test_no_machine_path_and_nothing_from_the_network(reports: Path):
    machine = {str(config.ROOT), str(reports), str(Path.home()) + "/", "/tmp/"}
    for path in sorted(reports.glob("*/*")):
        text = path.read_text(encoding="utf-8")
        for needle in machine:
            assert needle not in text, f"{path.name} holds the machine path {needle}"
        if path.suffix == ".html":
            assert not re.search(
                r"""<(script|img|link|iframe|source)[^>]+(src|href)=["']?https?:""", text
            ), path.name
            assert "@import" not in text and "url(http" not in text, path.name
            assert "require.js" not in text and "MathJax" not in text, path.name


def test_reader_pages_hold_no_code_and_no_exercises(reports: Path):
    for page in reports.glob("*/*.nocode.html"):
        text = page.read_text(encoding="utf-8")
        for code in ("exercises.", "check(", "Your turn", "jp-CodeMirrorEditor", "nbutils."):
            assert code not in text, f"{page.name}: {code}"


def test_index_is_a_front_page(reports: Path):
    article = next(reports.glob("2025-03-01-*"))
    index = (article / "index.html").read_text(encoding="utf-8")
    commit = __import__("nbutils.report", fromlist=["environment"]).environment()["commit"]
    assert commit in index and "SHA-256" in index and "Parameters" in index
    assert "Findings in brief" in index and "quotations" in index
    assert "../corpus-demo-corpus/index.html" in index
    corpus = (reports / "corpus-demo-corpus" / "index.html").read_text(encoding="utf-8")
    assert "fictional" in corpus
    assert (article / "01-tokenisation.nocode.html").stat().st_size < 300_000
    for page in article.glob("*.nocode.html"):
        assert page.stat().st_size < 300_000, page.name

"""The NLTK data this project needs, and how it gets installed.

NLTK's models and corpora are not Python packages: they are zip files served
by NLTK's data server and unpacked into an ``nltk_data`` folder. This module
lists the packages the project uses (:data:`PACKAGES`), installs the missing
ones with NLTK's own :class:`nltk.downloader.Downloader` into the active
environment (``<sys.prefix>/nltk_data``, a folder nltk searches by itself),
and turns "resource not found" at use time into one clear message that names
the command which fixes it.

Where the data comes from:

* unset ``NBUTILS_NLTK_MIRROR`` — NLTK's default data server, as for any user;
* ``NBUTILS_NLTK_MIRROR=/path/to/folder`` — a folder laid out like the data
  server (``index.xml`` plus ``packages/…``, package URLs relative to the index);
* ``NBUTILS_NLTK_MIRROR=https://…/index.xml`` (or ``file://…``) — an index URL.

>>> "punkt_tab" in PACKAGES and "vader_lexicon" in PACKAGES
True
>>> RESOURCES["punkt_tab"]
'tokenizers/punkt_tab/english/'
"""

from __future__ import annotations

import os
import sys
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

#: NLTK package id -> a resource path inside it that proves it is installed.
RESOURCES: dict[str, str] = {
    "punkt_tab": "tokenizers/punkt_tab/english/",
    "averaged_perceptron_tagger_eng": "taggers/averaged_perceptron_tagger_eng/",
    "universal_tagset": "taggers/universal_tagset/en-ptb.map",
    "maxent_ne_chunker_tab": "chunkers/maxent_ne_chunker_tab/english_ace_binary/",
    "words": "corpora/words",
    "stopwords": "corpora/stopwords",
    "wordnet": "corpora/wordnet",
    "names": "corpora/names",
    "vader_lexicon": "sentiment/vader_lexicon.zip/vader_lexicon/vader_lexicon.txt",
    "sentence_polarity": "corpora/sentence_polarity",
    "subjectivity": "corpora/subjectivity",
    "opinion_lexicon": "corpora/opinion_lexicon",
}
#: The NLTK packages the project needs, in install order.
PACKAGES: tuple[str, ...] = tuple(RESOURCES)

MIRROR_ENV = "NBUTILS_NLTK_MIRROR"
FIX_COMMAND = "make nltk-data   (or: python -m nbutils nltk-data)"


class NLTKDataMissing(LookupError):
    """Raised when a needed NLTK package is not installed (one clear line)."""


def data_dir() -> Path:
    """Where this environment's NLTK data lives: ``<sys.prefix>/nltk_data``."""
    return Path(sys.prefix) / "nltk_data"


def _find(resource: str, paths: list[str] | None = None) -> bool:
    import nltk

    try:
        nltk.data.find(resource, paths=paths)
    except LookupError:
        return False
    return True


def missing_packages(
    packages: tuple[str, ...] | list[str] = PACKAGES, folder: str | Path | None = None
) -> list[str]:
    """The packages among ``packages`` that nltk cannot find on its data path
    or, when ``folder`` is given, in that folder alone.

    >>> import tempfile
    >>> missing_packages(["punkt_tab", "names"], folder=tempfile.mkdtemp())
    ['punkt_tab', 'names']
    """
    paths = None if folder is None else [str(folder)]
    return [p for p in packages if not _find(RESOURCES.get(p, p), paths)]


def require(*packages: str) -> None:
    """Fail with one clear line if any of ``packages`` is not installed.

    >>> require("punkt_tab")   # installed by `make`: returns quietly
    >>> require("no_such_package")
    Traceback (most recent call last):
    ...
    nbutils.nltkdata.NLTKDataMissing: NLTK data missing: no_such_package. Install it with: make nltk-data   (or: python -m nbutils nltk-data)
    """
    missing = missing_packages(list(packages))
    if missing:
        raise NLTKDataMissing(
            f"NLTK data missing: {', '.join(missing)}. Install it with: {FIX_COMMAND}"
        )


def _private_dir(path: Path) -> Path:
    """Create ``path`` private (0700): nltk's downloader refuses shared folders."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.chmod(0o700)
    return path


def _mirror_index(mirror: str, workdir: Path) -> tuple[str, list[str]]:
    """Return (absolute index URL, folders nltk's sandbox must allow) for a mirror.

    The mirror's ``index.xml`` holds package URLs relative to itself; nltk
    wants absolute ones, so a rewritten copy is written into ``workdir``.
    """
    parsed = urllib.parse.urlparse(mirror)
    allowed: list[str] = []
    if parsed.scheme in ("", "file"):
        path = Path(urllib.parse.unquote(parsed.path) if parsed.scheme else mirror)
        path = path.expanduser().resolve()
        if path.is_dir():
            path = path / "index.xml"
        if not path.is_file():
            raise FileNotFoundError(f"{MIRROR_ENV}={mirror}: no NLTK index.xml at {path}")
        base = path.parent.as_uri() + "/"
        raw = path.read_bytes()
        allowed.append(str(path.parent))
    else:
        base = mirror.rsplit("/", 1)[0] + "/"
        with urllib.request.urlopen(mirror, timeout=60) as response:
            raw = response.read()
    tree = ET.ElementTree(ET.fromstring(raw))
    for pkg in tree.iter("package"):
        pkg.set("url", urllib.parse.urljoin(base, pkg.get("url", "")))
    index = workdir / "mirror-index.xml"
    tree.write(index, encoding="utf-8", xml_declaration=True)
    allowed.append(str(workdir))
    return index.as_uri(), allowed


def _downloader(mirror: str | None, workdir: Path) -> Any:
    """NLTK's Downloader, reading the index of ``mirror`` (rewritten into
    ``workdir``) or, without one, NLTK's data server."""
    import nltk
    from nltk.downloader import Downloader

    if not mirror:
        return Downloader()
    index_url, allowed = _mirror_index(mirror, workdir)
    for folder in allowed:  # nltk only opens file:// URLs under its data path
        if folder not in nltk.data.path:
            nltk.data.path.append(folder)
    return Downloader(server_index_url=index_url)


def install(
    packages: tuple[str, ...] | list[str] = PACKAGES,
    download_dir: Path | None = None,
    mirror: str | None = None,
    quiet: bool = False,
) -> list[str]:
    """Install the missing ``packages`` with NLTK's own Downloader.

    Without ``download_dir``, a package found anywhere on NLTK's data path
    counts as present; with it, only what is in that folder counts (so an
    empty folder gets every package, and is never said to hold them).
    Returns the packages that were installed (empty when all were present:
    a second run touches nothing and needs no network).
    """
    import nltk

    dest = _private_dir(Path(download_dir) if download_dir else data_dir())
    if str(dest) not in nltk.data.path:
        nltk.data.path.insert(0, str(dest))
    only = dest if download_dir else None
    todo = missing_packages(list(packages), folder=only)
    if not todo:
        if not quiet:
            where = f"in {dest}" if download_dir else "on NLTK's data path"
            print(f"NLTK data: all {len(packages)} packages present {where}")
        return []
    mirror = mirror if mirror is not None else os.environ.get(MIRROR_ENV) or None
    with tempfile.TemporaryDirectory(dir=dest, prefix=".index-") as tmp:
        downloader = _downloader(mirror, _private_dir(Path(tmp)))
        source = mirror or "NLTK's data server"
        for package in todo:
            if not quiet:
                print(f"NLTK data: installing {package} from {source} into {dest}")
            ok = downloader.download(
                package, download_dir=str(dest), quiet=True, raise_on_error=True
            )
            if not ok:
                raise RuntimeError(f"NLTK data: could not install {package} from {source}")
    still = missing_packages(todo, folder=only)
    if still:
        raise NLTKDataMissing(f"NLTK data still missing after install: {', '.join(still)}")
    return todo


def main(argv: list[str] | None = None) -> int:
    """``python -m nbutils nltk-data``: install what is missing, say what was done."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m nbutils nltk-data", description=main.__doc__)
    parser.add_argument(
        "--dir", type=Path, default=None, help=f"download folder (default: {data_dir()})"
    )
    parser.add_argument(
        "--mirror",
        default=None,
        help=f"mirror folder or index URL (default: ${MIRROR_ENV}, else NLTK's server)",
    )
    args = parser.parse_args(argv)
    installed = install(download_dir=args.dir, mirror=args.mirror)
    if installed:
        print(f"NLTK data: installed {len(installed)} package(s): {', '.join(installed)}")
    return 0

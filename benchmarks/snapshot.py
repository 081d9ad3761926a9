"""Safety net for refactoring the attribution engine: record its outputs, check they stay.

Usage (from the repository root)::

    .venv/bin/python benchmarks/snapshot.py --write    # record benchmarks/snapshot.json
    .venv/bin/python benchmarks/snapshot.py --check    # compare; exit 1 and list differences

The snapshot holds every field of every record that
``attribute(article, include_unattributed=True)`` returns (offsets, text, kind,
speaker, mention, role, cue span and lemma, rule, confidence) for the default
article and every article of the demo corpus, and — when a PolNeAR checkout is
found (``--polnear``, default :data:`nbutils.config.POLNEAR_DIR`) — one sha256
digest of the same records over PolNeAR dev and train. Only the digest is
written: never PolNeAR's text.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nbutils.articles import load_folder, open_article  # noqa: E402
from nbutils.attribution import attribute  # noqa: E402
from nbutils.config import DEMO_CORPUS, POLNEAR_DIR  # noqa: E402

SNAPSHOT = Path(__file__).resolve().parent / "snapshot.json"


def records(article) -> list[dict]:
    """Every field of every record, as plain JSON values."""
    return [dataclasses.asdict(a) for a in attribute(article, include_unattributed=True)]


def polnear_digest(root: Path) -> dict | None:
    """sha256 over the records of every PolNeAR dev and train article (None: no data)."""
    from nbutils.polnear import load_polnear

    if not (root / "dev" / "text").is_dir():
        return None
    digest, count = hashlib.sha256(), 0
    for split in ("dev", "train"):
        for doc in load_polnear(root, split):
            digest.update(f"{split}/{doc.id}\n".encode())
            digest.update(
                json.dumps(records(doc.text), sort_keys=True, ensure_ascii=False).encode()
            )
            count += 1
    return {"articles": count, "sha256": digest.hexdigest()}


def take(polnear: Path | None) -> dict:
    snap: dict = {"default": records(open_article()), "demo": {}}
    for art in load_folder(DEMO_CORPUS):
        snap["demo"][art.id] = records(art)
    if polnear is not None:
        snap["polnear"] = polnear_digest(polnear)
    return snap


def differences(old: dict, new: dict) -> list[str]:
    out = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if key == "demo" and isinstance(a, dict) and isinstance(b, dict):
            for art in sorted(set(a) | set(b)):
                out += [f"demo/{art}: {line}" for line in _record_diff(a.get(art), b.get(art))]
        elif key == "default":
            out += [f"default: {line}" for line in _record_diff(a, b)]
        elif a != b:
            out.append(f"{key}: {a} -> {b}")
    return out


def _record_diff(a: list | None, b: list | None) -> list[str]:
    a, b = a or [], b or []
    out = []
    for n in range(max(len(a), len(b))):
        x = a[n] if n < len(a) else None
        y = b[n] if n < len(b) else None
        if x != y:
            if x and y:
                fields = [f"{k}: {x.get(k)!r} -> {y.get(k)!r}" for k in x if x.get(k) != y.get(k)]
                out.append(f"record {n} ({x.get('text', '')[:40]!r}): " + "; ".join(fields))
            else:
                out.append(f"record {n}: {x!r} -> {y!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true", help="record the snapshot")
    mode.add_argument("--check", action="store_true", help="compare with the snapshot")
    parser.add_argument(
        "--polnear",
        type=Path,
        default=POLNEAR_DIR,
        help="PolNeAR data/ folder (default: %(default)s)",
    )
    parser.add_argument("--no-polnear", action="store_true", help="skip the PolNeAR digest")
    args = parser.parse_args(argv)
    snap = take(None if args.no_polnear else args.polnear)
    if args.write:
        SNAPSHOT.write_text(json.dumps(snap, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {SNAPSHOT}")
        return 0
    old = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    if args.no_polnear or snap.get("polnear") is None:
        old.pop("polnear", None)
        snap.pop("polnear", None)
    diff = differences(old, snap)
    for line in diff:
        print(line)
    n = len(snap["default"]) + sum(len(v) for v in snap["demo"].values())
    print(
        f"{'IDENTICAL' if not diff else 'DIFFERENT'}: {n} records"
        + (f", PolNeAR {snap['polnear']['articles']} articles" if snap.get("polnear") else "")
    )
    return 1 if diff else 0


if __name__ == "__main__":
    raise SystemExit(main())

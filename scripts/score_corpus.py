"""Score the importer on the shared corpus of real readouts, per file and per half.

Usage: ``python scripts/score_corpus.py [../shared/corpus] [--half tune|holdout] [--json]``

Each file in the corpus is imported and checked against ``expected-*.json`` there (see the
corpus README): title right, numbering right, headings right, chrome removed (``absent``),
text kept (``present`` and ``min_paragraphs``). A check with nothing expected is "-".
The split into a tune half and a holdout half is fixed by file name in
``scripts/corpus_split.json``; files not listed there are put in a half by the same rule
(a hash of the file name), so a new file never moves an old one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.core.errors import ReadoutImportError
from briefing_app.core.model import Node, Readout
from briefing_app.importers import import_path

logger = logging.getLogger(__name__)

SPLIT_FILE = Path(__file__).with_name("corpus_split.json")
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CHECKS = ("title", "numbers", "headings", "chrome", "text")
_PREFIXES = ("ap-", "em-")
_READOUT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".eml", ".odt", ".rtf")


def norm(text: str) -> str:
    """Text as the corpus compares it: NFKC, no ``*`` or ``_``, white space runs as one space."""
    text = unicodedata.normalize("NFKC", text).replace("*", "").replace("_", "")
    return " ".join(text.split())


def _plain_number(number: str | None) -> str | None:
    if number is None:
        return None
    value = unicodedata.normalize("NFKC", number).rstrip(".")
    return value if re.fullmatch(r"\d+", value) else None


def _hash(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def make_split(names: list[str]) -> dict[str, str]:
    """Two thirds "tune", one third "holdout", stratified by prefix, ordered by a name hash."""
    split: dict[str, str] = {}
    groups: dict[str, list[str]] = {}
    for name in names:
        prefix = next((p for p in _PREFIXES if name.startswith(p)), "other")
        groups.setdefault(prefix, []).append(name)
    for members in groups.values():
        ordered = sorted(members, key=_hash)
        holdout = round(len(ordered) / 3)
        for index, name in enumerate(ordered):
            split[name] = "holdout" if index < holdout else "tune"
    return dict(sorted(split.items()))


def half_of(name: str, split: dict[str, str]) -> str:
    """The half ``name`` belongs to: as written down, else by its hash (one in three holdout)."""
    if name in split:
        return split[name]
    return "holdout" if int(_hash(name)[:8], 16) % 3 == 0 else "tune"


def load_split() -> dict[str, str]:
    """The committed split (file name -> "tune" | "holdout")."""
    if not SPLIT_FILE.exists():
        return {}
    data: dict[str, str] = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))["files"]
    return data


def load_expected(corpus: Path) -> dict[str, dict[str, object]]:
    """Every ``expected-*.json`` in the corpus, merged."""
    expected: dict[str, dict[str, object]] = {}
    for path in sorted(corpus.glob("expected-*.json")):
        expected.update(json.loads(path.read_text(encoding="utf-8")))
    return expected


def corpus_files(corpus: Path) -> list[Path]:
    """The readout files in the corpus folder (not its README, indexes or expectations)."""
    return sorted(
        p
        for p in corpus.iterdir()
        if p.is_file() and p.suffix.lower() in _READOUT_SUFFIXES and p.name.startswith(_PREFIXES)
    )


@dataclass
class FileScore:
    """The checks of one file: None when nothing was expected, else passed or not."""

    name: str
    half: str
    format: str = "?"
    results: dict[str, bool | None] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    lost_text: list[str] = field(default_factory=list)


def _body_texts(readout: Readout) -> list[str]:
    texts = [readout.title or ""] + [p.text for p in readout.preamble]
    for node in readout.walk():
        texts += [node.marker or "", node.heading or ""]
        texts += [p.text for p in node.paragraphs]
    return [norm(t) for t in texts if t]


def _find_heading(readout: Readout, heading: str) -> Node | None:
    wanted = norm(heading).casefold()
    for node in readout.walk():
        if node.heading and norm(node.heading).casefold().rstrip(":") == wanted.rstrip(":"):
            return node
    return None


def score_readout(readout: Readout, expected: dict[str, object], score: FileScore) -> None:
    """Fill ``score`` with the checks of ``readout`` against ``expected``."""
    score.format = readout.source_format
    title = norm(readout.title or "")
    results = score.results
    results.update(dict.fromkeys(CHECKS))
    if "title_equals" in expected:
        results["title"] = title == norm(str(expected["title_equals"]))
    elif "title_startswith" in expected:
        results["title"] = title.startswith(norm(str(expected["title_startswith"])))
    if results["title"] is False:
        score.failures.append(f"title: {readout.title!r}")

    if "numbers" in expected or "children_of" in expected:
        ok = True
        if "numbers" in expected:
            got = [n for n in (_plain_number(node.number) for node in readout.walk()) if n]
            if got != list(expected["numbers"]):  # type: ignore[call-overload]
                ok = False
                score.failures.append(f"numbers: {got}")
        for number, count in dict(expected.get("children_of", {})).items():  # type: ignore[call-overload]
            section = next((s for s in readout.sections if _plain_number(s.number) == number), None)
            got_count = len(section.items) if section else None
            if got_count != count:
                ok = False
                score.failures.append(f"children of {number}: {got_count}")
        results["numbers"] = ok

    if "headings_include" in expected or "heading_children" in expected:
        ok = True
        for heading in expected.get("headings_include", []):  # type: ignore[attr-defined]
            if _find_heading(readout, heading) is None:
                ok = False
                score.failures.append(f"heading missing: {heading!r}")
        for heading, count in dict(expected.get("heading_children", {})).items():  # type: ignore[call-overload]
            node = _find_heading(readout, heading)
            got_count = len(node.items) if node else None
            if got_count != count:
                ok = False
                score.failures.append(f"children of {heading!r}: {got_count}")
        results["headings"] = ok

    body = _body_texts(readout)
    joined = "\n".join(body)
    if "absent" in expected:
        kept = [a for a in expected["absent"] if norm(a) in joined]  # type: ignore[attr-defined]
        results["chrome"] = not kept
        score.failures += [f"chrome kept: {a!r}" for a in kept]

    if "present" in expected or "min_paragraphs" in expected:
        lost = [p for p in expected.get("present", []) if norm(p) not in joined]  # type: ignore[attr-defined]
        score.lost_text = lost
        score.failures += [f"text lost: {p!r}" for p in lost]
        paragraphs = len(readout.preamble) + sum(len(n.paragraphs) for n in readout.walk())
        enough = paragraphs >= int(expected.get("min_paragraphs", 0))  # type: ignore[call-overload]
        if not enough:
            score.failures.append(f"paragraphs: {paragraphs}")
        results["text"] = not lost and enough


def score_corpus(corpus: Path) -> list[FileScore]:
    """Import and check every readout file in ``corpus``."""
    expected = load_expected(corpus)
    split = load_split()
    scores: list[FileScore] = []
    for path in corpus_files(corpus):
        score = FileScore(path.name, half_of(path.name, split))
        try:
            readout = import_path(path)
        except ReadoutImportError as exc:
            score.format = "error"
            score.results = dict.fromkeys(CHECKS, False)
            score.failures.append(str(exc))
        else:
            score_readout(readout, expected.get(path.name, {}), score)
        scores.append(score)
    return scores


def totals(scores: list[FileScore]) -> dict[str, tuple[int, int]]:
    """Per check (and "all"): (passed, checked)."""
    out: dict[str, tuple[int, int]] = {}
    for check in CHECKS:
        values = [s.results.get(check) for s in scores if s.results.get(check) is not None]
        out[check] = (sum(1 for v in values if v), len(values))
    passed = sum(p for p, _ in out.values())
    checked = sum(c for _, c in out.values())
    out["all"] = (passed, checked)
    perfect = [s for s in scores if all(v is not False for v in s.results.values())]
    out["files"] = (len(perfect), len(scores))
    return out


def _mark(value: bool | None) -> str:
    return "-" if value is None else ("ok" if value else "FAIL")


def render(scores: list[FileScore], *, details: bool = True) -> str:
    """The table: one row per file, then the totals of each half."""
    width = max((len(s.name) for s in scores), default=10)
    header = f"{'file':<{width}}  {'half':<7} {'format':<6} " + " ".join(f"{c:<8}" for c in CHECKS)
    lines = [header, "-" * len(header)]
    for score in sorted(scores, key=lambda s: (s.half, s.name)):
        row = f"{score.name:<{width}}  {score.half:<7} {score.format:<6} "
        row += " ".join(f"{_mark(score.results.get(c)):<8}" for c in CHECKS)
        lines.append(row.rstrip())
        if details:
            lines += [f"{'':<{width}}    {failure[:150]}" for failure in score.failures]
    lines.append("")
    for half in ("tune", "holdout"):
        members = [s for s in scores if s.half == half]
        summary = totals(members)
        parts = [f"{c} {p}/{n}" for c, (p, n) in summary.items() if c not in ("all", "files")]
        passed, checked = summary["all"]
        files_ok, files = summary["files"]
        lines.append(
            f"{half:<7} checks {passed}/{checked}; files all right {files_ok}/{files}; "
            + ", ".join(parts)
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the table for the corpus folder given (default ``../shared/corpus``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--half", choices=("tune", "holdout"))
    parser.add_argument("--brief", action="store_true", help="leave out the failure details")
    parser.add_argument("--json", action="store_true", help="totals per half as JSON")
    parser.add_argument(
        "--write-split", action="store_true", help="(re)write scripts/corpus_split.json"
    )
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"{args.corpus}: no such folder", file=sys.stderr)
        return 1
    if args.write_split:
        names = [p.name for p in corpus_files(args.corpus)]
        payload = {
            "rule": "per prefix (ap-/em-), files ordered by sha256 of the name; "
            "the first third (rounded) is holdout, the rest tune",
            "files": make_split(names),
        }
        SPLIT_FILE.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    scores = score_corpus(args.corpus)
    if args.half:
        scores = [s for s in scores if s.half == args.half]
    if args.json:
        halves = {h: totals([s for s in scores if s.half == h]) for h in ("tune", "holdout")}
        print(json.dumps(halves, indent=1))
    else:
        print(render(scores, details=not args.brief))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    sys.exit(main())

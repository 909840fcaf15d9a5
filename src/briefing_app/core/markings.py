"""Markings under a scheme: reading them, writing them, and computing a note's banner.

A marking is a level plus caveats ("SECRET//REL TO USA, GBR"). Officers type portion marks
at the start of a paragraph as they would in Word ("(S//NF) The minister will…"); an
annotation carries a level. :func:`plan_markings` takes the note's declared marking and
every portion and returns the banner (the highest level and the caveats of them all),
or refuses with the exact reason when the markings break the scheme's rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing_app.core.errors import ExportError
from briefing_app.core.marking_scheme import Caveat, MarkingScheme
from briefing_app.core.messages import ParamValue, english

REL_COUNTRIES = re.compile(r"\s+((?:[A-Z]{3,4})(?:\s*,\s*[A-Z]{3,4})*)", re.IGNORECASE)
_PORTION = re.compile(r"^\s*\(([^()\n]{1,80})\)(?=\s)")
_SEPARATORS = "/,- \t"


class MarkingRefusedError(ExportError):
    """The note's markings break its scheme's rules; the message says exactly how."""


class MarkingSyntaxError(ValueError):
    """A caveat or portion mark that the scheme does not know (``code``/``params`` as for
    BriefingError, so the GUI can say it in the user's language)."""

    def __init__(self, code: str, **params: ParamValue) -> None:
        super().__init__(english(code, params))
        self.code = code
        self.params = params


Message = tuple[str, dict[str, ParamValue]]
"""A message code of core.messages and its parameters."""


@dataclass(frozen=True)
class Place:
    """Where a portion stands, as a person finds it (and, by ``kind``, as the GUI words it
    in the user's language): the note's own marking, a line of a note field, a section
    note, an annotation; "text" is a place given as plain words."""

    kind: str
    field: str = ""
    """The note field's name ("summary"), for a line of it."""
    label: str = ""
    """That field's English label ("Summary / BLUF")."""
    line: int = 0
    ref: str = ""
    quote: str = ""
    text: str = ""

    def english(self) -> str:
        """The place in English: "Summary / BLUF, line 2"."""
        if self.kind == "text":
            return self.text
        values = {"field": self.label, "line": self.line, "ref": self.ref, "quote": self.quote}
        return english(f"place.{self.kind}", values)

    def params(self) -> dict[str, ParamValue]:
        """The place as message parameters: ``where`` in English, and its parts."""
        return {
            "where": self.english(),
            "where_kind": self.kind,
            "where_field": self.field,
            "where_line": self.line,
            "where_ref": self.ref,
            "where_quote": self.quote,
        }


NOTE_PLACE = Place("note")


@dataclass(frozen=True)
class Marking:
    """A level and its caveats (caveat ids in scheme order; REL TO's countries apart)."""

    level: str
    caveats: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    free: tuple[str, ...] = ()
    """Free-text caveats (schemes that allow them)."""


@dataclass(frozen=True)
class Portion:
    """A paragraph of the note or an annotation, with the marking it carries (if any)."""

    where: Place | str
    """How a person finds it (plain words are taken as they are)."""
    marking: Marking | None

    @property
    def place(self) -> Place:
        """Where it is, as a Place."""
        return self.where if isinstance(self.where, Place) else Place("text", text=self.where)


@dataclass
class MarkingPlan:
    """What export prints: the banner, and how every portion is marked."""

    scheme: MarkingScheme
    banner: Marking
    portions_marked: bool
    """Every portion gets a mark (the scheme requires it, or one was typed)."""
    default_portion: Marking | None
    """The mark an unmarked portion gets (None: unmarked portions stay unmarked)."""
    messages: list[Message] = field(default_factory=list)
    """Things the officer should know (banner raised by an annotation, portions marked)."""

    @property
    def notices(self) -> list[str]:
        """The messages in English."""
        return [english(code, params) for code, params in self.messages]

    def banner_text(self, language: str = "en") -> str:
        """The banner as printed in a note written in ``language``."""
        return format_banner(self.scheme, self.banner, language)

    def portion_text(self, marking: Marking | None, language: str = "en") -> str:
        """The mark a portion carrying ``marking`` gets, e.g. "(S//NF)", or ""."""
        if not self.portions_marked:
            return format_portion(self.scheme, marking, language) if marking else ""
        chosen = marking or self.default_portion
        return format_portion(self.scheme, chosen, language) if chosen else ""


def _names(scheme: MarkingScheme, caveat: Caveat) -> list[str]:
    return [caveat.banner, caveat.portion, caveat.id, *caveat.names.values()]


def parse_caveats(scheme: MarkingScheme, text: str, *, level: str | None = None) -> Marking:
    """The caveats written in ``text`` ("NOFORN", "REL TO USA, GBR / ORCON"), as a marking at
    ``level`` (the scheme's lowest when None); MarkingSyntaxError on a caveat it lacks."""
    level_id = level or scheme.lowest.id
    text = " ".join(text.split())
    if not text:
        return Marking(level_id)
    if scheme.free_caveats:
        return Marking(level_id, free=(text.upper(),))
    skip = {level_id.upper(), scheme.level(level_id).banner.upper()} if level else set()
    found: list[str] = []
    countries: tuple[str, ...] = ()
    candidates = sorted(
        ((name, caveat) for caveat in scheme.caveats for name in _names(scheme, caveat) if name),
        key=lambda pair: -len(pair[0]),
    )
    position = 0
    while position < len(text):
        if text[position] in _SEPARATORS:
            position += 1
            continue
        rest = text[position:]
        skipped = next((s for s in skip if s and _starts_word(rest, s)), None)
        if skipped:
            position += len(skipped)
            continue
        match = next(((n, c) for n, c in candidates if _starts_word(rest, n)), None)
        if match is None:
            word = re.split(r"[/,]", rest, maxsplit=1)[0].strip()
            known = ", ".join(c.banner for c in scheme.caveats) or "none"
            raise MarkingSyntaxError(
                "marking.caveat_word_unknown",
                word=word,
                scheme=scheme.name,
                scheme_id=scheme.id,
                known=known,
            )
        name, caveat = match
        position += len(name)
        if caveat.countries:
            listed = REL_COUNTRIES.match(text, position)
            if listed is None:
                raise MarkingSyntaxError("marking.caveat_needs_countries", caveat=caveat.banner)
            countries = tuple(c.strip().upper() for c in listed.group(1).split(","))
            position = listed.end()
        if caveat.id not in found:
            found.append(caveat.id)
    order = [c.id for c in scheme.caveats]
    return Marking(level_id, tuple(sorted(found, key=order.index)), _country_order(countries))


def _starts_word(text: str, word: str) -> bool:
    if not text.upper().startswith(word.upper()):
        return False
    return len(text) == len(word) or text[len(word)] in _SEPARATORS or not word.isascii()


def _country_order(countries: tuple[str, ...] | set[str]) -> tuple[str, ...]:
    """USA first, then three-letter codes, then longer ones (FVEY), each alphabetical."""
    unique = set(countries)
    return tuple(sorted(unique, key=lambda c: (c != "USA", len(c) > 3, c)))


def split_portion(scheme: MarkingScheme, text: str) -> tuple[Marking | None, str]:
    """A paragraph's typed portion mark and the text after it: "(S//NF) The…" gives
    (SECRET + NOFORN, "The…"); text without a mark the scheme knows gives (None, text).

    A bare level is matched case-sensitively, so "(c) third point" stays a list item;
    with caveats ("(s//nf)") any case is read.
    """
    if scheme.portion_marking == "none":
        return None, text
    match = _PORTION.match(text)
    if match is None:
        return None, text
    inner = match.group(1).strip()
    # "(s//nf)" is plainly a mark; a bare "(c)" is a list item unless written "(C)"
    folded = "/" in inner
    for level in sorted(scheme.levels, key=lambda lv: -len(lv.portion)):
        head = inner[: len(level.portion)]
        if not level.portion or not (
            head == level.portion or (folded and head.upper() == level.portion.upper())
        ):
            continue
        rest = inner[len(level.portion) :]
        if rest and rest[0] not in _SEPARATORS:
            continue
        try:
            marking = parse_caveats(scheme, rest, level=level.id)
        except MarkingSyntaxError:
            continue
        return marking, text[match.end() :].lstrip()
    return None, text


def _level_text(scheme: MarkingScheme, level_id: str, language: str, *, portion: bool) -> str:
    level = scheme.level(level_id)
    if portion:
        return level.portion
    if language != scheme.language and language in level.names:
        return level.names[language]
    return level.banner


def _caveat_text(
    scheme: MarkingScheme, marking: Marking, caveat: Caveat, language: str, *, portion: bool
) -> str:
    if portion:
        text = caveat.portion
    elif language != scheme.language and language in caveat.names:
        text = caveat.names[language]
    else:
        text = caveat.banner
    if caveat.countries:
        text = f"{text} {', '.join(marking.countries)}"
    return text


def _format(scheme: MarkingScheme, marking: Marking, language: str, *, portion: bool) -> str:
    text = _level_text(scheme, marking.level, language, portion=portion)
    for group in scheme.groups:
        members = [
            _caveat_text(scheme, marking, caveat, language, portion=portion)
            for caveat in scheme.caveats
            if caveat.group == group.id and caveat.id in marking.caveats
        ]
        if members:
            text += group.prefix + group.joiner.join(members)
    if marking.free:
        text += scheme.free_caveat_prefix + "/".join(marking.free)
    return text.strip()


def format_banner(scheme: MarkingScheme, marking: Marking, language: str = "en") -> str:
    """The page marking: "SECRET//REL TO USA, GBR", "OFFICIAL-SENSITIVE", "秘"."""
    return _format(scheme, marking, language, portion=False)


def format_portion(scheme: MarkingScheme, marking: Marking, language: str = "en") -> str:
    """The portion mark: "(S//NF)", "(U)", or "" for a level without one."""
    text = _format(scheme, marking, language, portion=True)
    return f"({text})" if text else ""


def check_marking(scheme: MarkingScheme, marking: Marking, where: Place | str) -> None:
    """Raise MarkingRefusedError when ``marking`` breaks the scheme (unknown level, a caveat
    used below or above the levels it is allowed at)."""
    place = Portion(where, None).place.params()
    if not scheme.has_level(marking.level):
        raise MarkingRefusedError.coded(
            "marking.unknown_level",
            level=marking.level,
            scheme=scheme.name,
            scheme_id=scheme.id,
            levels=", ".join(level.id for level in scheme.levels),
            **place,
        )
    rank = scheme.rank(marking.level)
    for caveat_id in marking.caveats:
        caveat = scheme.caveat(caveat_id)
        if caveat is None:
            raise MarkingRefusedError.coded(
                "marking.unknown_caveat",
                caveat=caveat_id,
                scheme=scheme.name,
                scheme_id=scheme.id,
                **place,
            )
        for code, bound, wrong in (
            ("marking.caveat_too_low", caveat.min_level, lambda b: rank < scheme.rank(b)),
            ("marking.caveat_too_high", caveat.max_level, lambda b: rank > scheme.rank(b)),
        ):
            if bound and wrong(bound):
                raise MarkingRefusedError.coded(
                    code, caveat=caveat.banner, bound=bound, level=marking.level, **place
                )


AUTHORITY_FIELDS = ("classified_by", "derived_from", "classification_reason", "declassify_on")


def plan_markings(
    scheme: MarkingScheme,
    declared: Marking,
    portions: list[Portion],
    authority: dict[str, str] | None = None,
) -> MarkingPlan:
    """The banner and portion marks of a note, or MarkingRefusedError with the exact reason.

    The banner is the highest level of the declared marking and every portion, with the
    caveats of them all (a caveat that excludes another, like NOFORN over REL TO, wins; REL
    TO keeps only the countries every releasable portion names). ``authority`` holds the
    classification authority block fields for schemes that require one.
    """
    check_marking(scheme, declared, NOTE_PLACE)
    for portion in portions:
        if portion.marking is not None:
            check_marking(scheme, portion.marking, portion.where)
    marked = [p for p in portions if p.marking is not None]
    everything = [Portion(NOTE_PLACE, declared), *marked]
    top = max(everything, key=lambda p: scheme.rank(_marking(p).level))
    level = _marking(top).level
    messages: list[Message] = []
    if scheme.rank(level) > scheme.rank(declared.level):
        first = next(p for p in marked if _marking(p).level == level)
        messages.append(
            (
                "marking.raised",
                {
                    "banner": format_banner(scheme, Marking(level)),
                    "declared": format_banner(scheme, Marking(declared.level)) or declared.level,
                    **first.place.params(),
                },
            )
        )
    caveats = _banner_caveats(scheme, level, everything, messages)
    countries = _banner_countries(scheme, caveats, everything)
    free = tuple(dict.fromkeys(f for p in everything for f in _marking(p).free))
    banner = Marking(level, caveats, countries if "REL TO" in caveats else (), free)
    _check_authority(scheme, banner, authority or {})
    portions_marked = bool(marked) and scheme.portion_marking == "required"
    if scheme.portion_marking == "required" and scheme.level(level).classified:
        portions_marked = True
    default = declared if portions_marked else None
    unmarked = sum(1 for p in portions if p.marking is None)
    if portions_marked and default is not None and unmarked:
        messages.append(
            ("marking.defaulted", {"count": unmarked, "mark": format_portion(scheme, default)})
        )
    return MarkingPlan(scheme, banner, portions_marked, default, messages)


def _marking(portion: Portion) -> Marking:
    assert portion.marking is not None
    return portion.marking


def _banner_caveats(
    scheme: MarkingScheme, level: str, everything: list[Portion], messages: list[Message]
) -> tuple[str, ...]:
    present = {c for p in everything for c in _marking(p).caveats}
    for caveat_id in list(present):
        caveat = scheme.caveat(caveat_id)
        if caveat is None:
            continue
        overridden = present & set(caveat.excludes)
        if overridden:
            carrier = next(p for p in everything if caveat_id in _marking(p).caveats)
            messages.append(
                (
                    "marking.overrides",
                    {
                        "caveat": caveat.banner,
                        "overridden": ", ".join(sorted(overridden)),
                        **carrier.place.params(),
                    },
                )
            )
        present -= overridden
    rank = scheme.rank(level)
    kept = []
    for caveat in scheme.caveats:
        if caveat.id not in present:
            continue
        if caveat.max_level and rank > scheme.rank(caveat.max_level):
            messages.append(("marking.caveat_dropped", {"caveat": caveat.banner, "level": level}))
            continue
        kept.append(caveat.id)
    return tuple(kept)


def _banner_countries(
    scheme: MarkingScheme, caveats: tuple[str, ...], everything: list[Portion]
) -> tuple[str, ...]:
    rel = next((c for c in scheme.caveats if c.countries), None)
    if rel is None or rel.id not in caveats:
        return ()
    floor = scheme.rank(rel.min_level) if rel.min_level else 0
    common: set[str] | None = None
    for portion in everything:
        marking = _marking(portion)
        if scheme.rank(marking.level) < floor:
            continue  # unclassified portions need no release marking
        if rel.id not in marking.caveats:
            raise MarkingRefusedError.coded(
                "marking.not_releasable",
                mark=format_portion(scheme, marking),
                rel=rel.banner,
                countries=", ".join(_country_order(_all_countries(everything))),
                **portion.place.params(),
            )
        common = set(marking.countries) if common is None else common & set(marking.countries)
    if not common or common == {"USA"}:
        raise MarkingRefusedError.coded("marking.no_common_country", rel=rel.banner)
    return _country_order(common)


def _all_countries(everything: list[Portion]) -> set[str]:
    return {c for p in everything for c in _marking(p).countries}


def _check_authority(scheme: MarkingScheme, banner: Marking, authority: dict[str, str]) -> None:
    if not (scheme.authority_block and scheme.level(banner.level).classified):
        return
    missing = []
    if not authority.get("classified_by", "").strip():
        missing.append("classified_by")
    if not (
        authority.get("derived_from", "").strip()
        or authority.get("classification_reason", "").strip()
    ):
        missing.append("derived_or_reason")
    if not authority.get("declassify_on", "").strip():
        missing.append("declassify_on")
    if missing:
        raise MarkingRefusedError.coded(
            "marking.authority_missing",
            scheme=scheme.name,
            scheme_id=scheme.id,
            level=format_banner(scheme, Marking(banner.level)),
            missing=", ".join(english(f"place.authority.{name}") for name in missing),
            missing_fields=missing,
        )


def authority_lines(authority: dict[str, str]) -> list[str]:
    """The classification authority block as printed on the first page."""
    labels = {
        "classified_by": "Classified By",
        "derived_from": "Derived From",
        "classification_reason": "Reason",
        "declassify_on": "Declassify On",
    }
    return [
        f"{label}: {' '.join(authority[key].split())}"
        for key, label in labels.items()
        if authority.get(key, "").strip()
    ]


def check_banner_covers(plan: MarkingPlan, portions: list[Portion]) -> None:
    """Raise MarkingRefusedError when a portion is marked above the banner: the last check
    before a note is written, whatever computed the banner."""
    scheme = plan.scheme
    for portion in portions:
        marking = portion.marking
        if marking is None:
            continue
        if scheme.rank(marking.level) > scheme.rank(plan.banner.level):
            raise MarkingRefusedError.coded(
                "marking.above_banner",
                mark=format_portion(scheme, marking),
                banner=plan.banner_text(),
                **portion.place.params(),
            )
        banner_caveats = [c for c in map(scheme.caveat, plan.banner.caveats) if c is not None]
        overridden = {x for caveat in banner_caveats for x in caveat.excludes}
        missing = {
            c
            for c in set(marking.caveats) - set(plan.banner.caveats) - overridden
            if not _dropped_above_max(scheme, c, plan.banner.level)
        }
        if missing:
            raise MarkingRefusedError.coded(
                "marking.caveat_not_on_banner",
                caveats=", ".join(sorted(missing)),
                banner=plan.banner_text(),
                **portion.place.params(),
            )


def _dropped_above_max(scheme: MarkingScheme, caveat_id: str, level: str) -> bool:
    caveat = scheme.caveat(caveat_id)
    return bool(caveat and caveat.max_level and scheme.rank(level) > scheme.rank(caveat.max_level))

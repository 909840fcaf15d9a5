"""Marking schemes as data: each country's classification levels, caveats and rules.

A scheme is one small TOML file: the built-in ones ship in ``resources/markings`` (US, UK,
Canada, Japan and the app's original generic scheme); a user adds or overrides one by
putting a file in ``<data dir>/markings``. Files are validated on load; a broken user file
is reported and skipped, never fatal.
"""

from __future__ import annotations

import functools
import logging
import tomllib
from pathlib import Path
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from briefing_app.core.errors import BriefingError
from briefing_app.core.resources import package_dir
from briefing_app.core.settings import data_dir

logger = logging.getLogger(__name__)

DEFAULT_SCHEME = "generic"
SCHEME_SUFFIX = ".toml"


class MarkingSchemeError(BriefingError):
    """A marking scheme file is missing or does not follow the format."""


class Level(BaseModel):
    """One classification level (lowest first in a scheme)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    """What a project stores ("SECRET")."""
    banner: str
    """What the page marking prints, in the scheme's own language ("SECRET", "秘")."""
    portion: str
    """The portion-mark abbreviation ("S" gives "(S)")."""
    classified: bool = False
    """Classified information (needs the authority block where the scheme has one)."""
    names: dict[str, str] = Field(default_factory=dict)
    """The banner in other languages: ``{"en": "SECRET"}`` for 秘."""
    label: str = ""
    """What a person picks in the form when it differs from the banner (e.g. no marking)."""


class CaveatGroup(BaseModel):
    """A kind of caveat and how it is written after the level."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    prefix: str
    """What stands before the group ("//" for US dissemination controls)."""
    joiner: str
    """What stands between two caveats of the group ("/")."""


class Caveat(BaseModel):
    """A dissemination control, handling caveat, descriptor or national caveat."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    banner: str
    portion: str
    group: str
    min_level: str | None = None
    max_level: str | None = None
    excludes: list[str] = Field(default_factory=list)
    """Caveats this one overrides on the banner (NOFORN drops REL TO)."""
    countries: bool = False
    """Takes a list of countries: "REL TO USA, GBR"."""
    names: dict[str, str] = Field(default_factory=dict)


class MarkingScheme(BaseModel):
    """A country's marking rules."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str
    description: str = ""
    names: dict[str, str] = Field(default_factory=dict)
    """The scheme's name in other UI languages: ``{"ja": "米国"}``."""
    descriptions: dict[str, str] = Field(default_factory=dict)
    language: str = "en"
    """The language of ``banner`` texts."""
    position: Literal["center", "right"] = "center"
    """Where the marking stands on each page."""
    portion_marking: Literal["required", "optional", "none"] = "none"
    """``required``: once any portion (or a classified note) is marked, every portion is."""
    authority_block: bool = False
    """Classified notes must carry Classified By / Derived From / Reason / Declassify On."""
    free_caveats: bool = False
    """Any handling caveat text is allowed (printed after ``free_caveat_prefix``)."""
    free_caveat_prefix: str = "//"
    levels: list[Level]
    groups: list[CaveatGroup] = Field(default_factory=list)
    caveats: list[Caveat] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if not self.levels:
            raise ValueError("a scheme needs at least one level")
        level_ids = [level.id for level in self.levels]
        if len(set(level_ids)) != len(level_ids):
            raise ValueError("level ids must be unique")
        groups = {group.id for group in self.groups}
        caveat_ids = {caveat.id for caveat in self.caveats}
        for caveat in self.caveats:
            if caveat.group not in groups:
                raise ValueError(f"caveat {caveat.id!r} names an unknown group {caveat.group!r}")
            for bound in (caveat.min_level, caveat.max_level):
                if bound is not None and bound not in level_ids:
                    raise ValueError(f"caveat {caveat.id!r} names an unknown level {bound!r}")
            unknown = set(caveat.excludes) - caveat_ids
            if unknown:
                raise ValueError(f"caveat {caveat.id!r} excludes unknown {sorted(unknown)}")
        return self

    def level(self, level_id: str) -> Level:
        """The level called ``level_id``; raise MarkingSchemeError when there is none."""
        for level in self.levels:
            if level.id == level_id:
                return level
        known = ", ".join(level.id for level in self.levels)
        raise MarkingSchemeError(
            f"{level_id!r} is not a level of the {self.name} scheme (levels: {known})"
        )

    def has_level(self, level_id: str) -> bool:
        """True when ``level_id`` is one of this scheme's levels."""
        return any(level.id == level_id for level in self.levels)

    def rank(self, level_id: str) -> int:
        """Where ``level_id`` stands, lowest 0."""
        return self.levels.index(self.level(level_id))

    def caveat(self, caveat_id: str) -> Caveat | None:
        """The caveat called ``caveat_id`` (or None)."""
        return next((c for c in self.caveats if c.id == caveat_id), None)

    def group(self, group_id: str) -> CaveatGroup:
        """The caveat group called ``group_id``."""
        return next(group for group in self.groups if group.id == group_id)

    def name_in(self, language: str) -> str:
        """The scheme's name for a UI in ``language``."""
        return self.names.get(language, self.name)

    def description_in(self, language: str) -> str:
        """The scheme's description for a UI in ``language``."""
        return self.descriptions.get(language, self.description)

    @property
    def lowest(self) -> Level:
        """The lowest level: what a new note starts at."""
        return self.levels[0]


def builtin_schemes_dir() -> Path:
    """The folder of the schemes shipped with the app."""
    return package_dir("briefing_app.resources") / "markings"


def user_schemes_dir() -> Path:
    """Where a user's own scheme files go (not created here)."""
    return data_dir() / "markings"


def read_scheme(path: Path) -> MarkingScheme:
    """One scheme file, validated; MarkingSchemeError names the file and the problem."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise MarkingSchemeError(f"{path.name}: cannot be read ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise MarkingSchemeError(f"{path.name}: not a valid TOML file ({exc})") from None
    try:
        return MarkingScheme.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "scheme"
        raise MarkingSchemeError(f"{path.name}: {where}: {first['msg']}") from None


@functools.lru_cache(maxsize=64)
def _read_cached(path: Path, _modified: int) -> MarkingScheme:
    """A user's scheme file, read again only when it changes (its modification time)."""
    return read_scheme(path)


@functools.cache
def _builtin_schemes() -> dict[str, MarkingScheme]:
    schemes = {}
    for path in sorted(builtin_schemes_dir().glob(f"*{SCHEME_SUFFIX}")):
        scheme = read_scheme(path)
        schemes[scheme.id] = scheme
    return schemes


def load_schemes() -> tuple[dict[str, MarkingScheme], list[str]]:
    """Every scheme by id (user files override built-in ones of the same id), and one
    problem line per user file that could not be used."""
    schemes = dict(_builtin_schemes())
    problems: list[str] = []
    folder = user_schemes_dir()
    if folder.is_dir():
        for path in sorted(folder.glob(f"*{SCHEME_SUFFIX}")):
            try:
                scheme = _read_cached(path, path.stat().st_mtime_ns)
            except OSError as exc:
                problems.append(f"{path.name}: cannot be read ({exc.strerror or exc})")
                continue
            except MarkingSchemeError as exc:
                logger.warning("Skipping a marking scheme: %s", exc)
                problems.append(str(exc))
                continue
            schemes[scheme.id] = scheme
    return schemes, problems


def get_scheme(scheme_id: str) -> MarkingScheme:
    """The scheme called ``scheme_id``; raise MarkingSchemeError naming the known ones."""
    schemes, _ = load_schemes()
    try:
        return schemes[scheme_id]
    except KeyError:
        known = ", ".join(sorted(schemes))
        raise MarkingSchemeError(
            f"no marking scheme called {scheme_id!r} (available: {known})"
        ) from None

"""Marking schemes: each scheme's banner and portion rules, and the refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core.marking_scheme import (
    MarkingSchemeError,
    get_scheme,
    load_schemes,
    read_scheme,
)
from briefing_app.core.markings import (
    Marking,
    MarkingRefusedError,
    MarkingSyntaxError,
    Portion,
    check_banner_covers,
    format_banner,
    format_portion,
    parse_caveats,
    plan_markings,
    split_portion,
)

US = get_scheme("us")
UK = get_scheme("uk")
CANADA = get_scheme("canada")
JAPAN = get_scheme("japan")
GENERIC = get_scheme("generic")
AUTHORITY = {
    "classified_by": "J. Smith, Director",
    "derived_from": "",
    "classification_reason": "1.4(b), 1.4(d)",
    "declassify_on": "20511201",
}


def test_every_built_in_scheme_loads() -> None:
    schemes, problems = load_schemes()
    assert {"us", "uk", "canada", "japan", "generic"} <= set(schemes)
    assert problems == []


# -- United States ---------------------------------------------------------------------
def test_us_banner_is_the_highest_level_with_every_dissemination_control() -> None:
    declared = Marking("CONFIDENTIAL")
    portions = [
        Portion("Summary, line 1", split_portion(US, "(S//NF) The talks stalled.")[0]),
        Portion("Summary, line 2", split_portion(US, "(C//OC) They asked for more.")[0]),
        Portion("Purpose, line 1", split_portion(US, "(U) To brief the minister.")[0]),
    ]
    plan = plan_markings(US, declared, portions, AUTHORITY)
    assert plan.banner_text() == "SECRET//ORCON/NOFORN"
    assert plan.portions_marked
    assert "above the note's CONFIDENTIAL, because of Summary, line 1" in plan.notices[0]


def test_us_noforn_overrides_rel_to_on_the_banner() -> None:
    declared = parse_caveats(US, "REL TO USA, GBR", level="SECRET")
    portions = [Portion("Summary, line 1", parse_caveats(US, "NOFORN", level="SECRET"))]
    plan = plan_markings(US, declared, portions, AUTHORITY)
    assert plan.banner_text() == "SECRET//NOFORN"


def test_us_rel_to_keeps_only_the_countries_every_portion_names() -> None:
    declared = parse_caveats(US, "REL TO GBR, AUS, USA", level="SECRET")
    portions = [
        Portion("Summary, line 1", split_portion(US, "(C//REL TO USA, GBR) x")[0]),
        Portion("Summary, line 2", split_portion(US, "(U) y")[0]),  # needs no release mark
    ]
    plan = plan_markings(US, declared, portions, AUTHORITY)
    assert plan.banner_text() == "SECRET//REL TO USA, GBR"


def test_us_refuses_rel_to_when_a_classified_portion_is_not_releasable() -> None:
    declared = parse_caveats(US, "REL TO USA, GBR", level="SECRET")
    portions = [Portion("Summary, line 2", Marking("CONFIDENTIAL"))]
    with pytest.raises(
        MarkingRefusedError, match=r"Summary, line 2 is marked \(C\) with no REL TO"
    ):
        plan_markings(US, declared, portions, AUTHORITY)


def test_us_refuses_rel_to_lists_with_no_common_country() -> None:
    declared = parse_caveats(US, "REL TO USA, GBR", level="SECRET")
    portions = [Portion("x", parse_caveats(US, "REL TO USA, AUS", level="SECRET"))]
    with pytest.raises(MarkingRefusedError, match="No country is common"):
        plan_markings(US, declared, portions, AUTHORITY)


def test_us_classified_note_without_authority_block_is_refused() -> None:
    with pytest.raises(MarkingRefusedError) as refused:
        plan_markings(US, Marking("SECRET"), [], {"classified_by": "J. Smith"})
    assert str(refused.value) == (
        "A United States SECRET note needs its classification authority block: "
        "fill in Derived From or Reason, Declassify On"
    )
    # unclassified and CUI notes need none
    assert plan_markings(US, Marking("CUI"), [], {}).banner_text() == "CUI"


def test_us_caveat_below_its_minimum_level_is_refused() -> None:
    with pytest.raises(MarkingRefusedError, match="ORCON can only be used at CONFIDENTIAL"):
        plan_markings(US, Marking("UNCLASSIFIED", ("ORCON",)), [], {})


def test_us_unmarked_portions_of_a_classified_note_get_the_notes_mark() -> None:
    plan = plan_markings(
        US,
        Marking("SECRET"),
        [Portion("a", None), Portion("b", Marking("CONFIDENTIAL"))],
        AUTHORITY,
    )
    assert plan.portion_text(None) == "(S)"
    assert plan.portion_text(Marking("CONFIDENTIAL")) == "(C)"
    assert (
        "1 portion(s) without a mark, and any text quoted from the readout, are marked (S)"
        in (plan.notices[-1])
    )


def test_us_unclassified_note_without_marks_stays_unmarked() -> None:
    plan = plan_markings(US, Marking("UNCLASSIFIED"), [Portion("a", None)], {})
    assert not plan.portions_marked and plan.portion_text(None) == ""
    assert plan.banner_text() == "UNCLASSIFIED"


def test_unknown_caveat_is_named_with_the_schemes_caveats() -> None:
    with pytest.raises(MarkingSyntaxError) as error:
        parse_caveats(US, "NOFRN", level="SECRET")
    assert "'NOFRN' is not a caveat of the United States scheme" in str(error.value)
    assert "NOFORN" in str(error.value)


def test_lower_case_enumerations_are_not_portion_marks() -> None:
    assert split_portion(US, "(c) the third point") == (None, "(c) the third point")
    assert split_portion(US, "(1) Both sides agreed") == (None, "(1) Both sides agreed")
    marking, rest = split_portion(US, "(TS//REL TO USA, FVEY, GBR) The plan")
    assert marking == Marking("TOP SECRET", ("REL TO",), ("USA", "GBR", "FVEY"))
    assert rest == "The plan"


def test_a_banner_below_a_portion_is_refused() -> None:
    plan = plan_markings(US, Marking("UNCLASSIFIED"), [], {})
    with pytest.raises(MarkingRefusedError, match=r"line 3 is marked \(S\), above the banner"):
        check_banner_covers(plan, [Portion("Summary, line 3", Marking("SECRET"))])


# -- United Kingdom --------------------------------------------------------------------
def test_uk_official_sensitive_with_descriptor_and_national_caveat() -> None:
    marking = parse_caveats(UK, "SENSITIVE, COMMERCIAL, UK EYES ONLY", level="OFFICIAL")
    assert format_banner(UK, marking) == "OFFICIAL-SENSITIVE COMMERCIAL UK EYES ONLY"
    assert format_portion(UK, marking) == "(O-S COMM UKEO)"
    # typing the whole marking in the caveat field reads the same
    assert parse_caveats(UK, "OFFICIAL-SENSITIVE COMMERCIAL", level="OFFICIAL").caveats == (
        "SENSITIVE",
        "COMMERCIAL",
    )


def test_uk_sensitive_is_not_carried_to_a_secret_banner() -> None:
    portion = Portion("Summary, line 1", parse_caveats(UK, "SENSITIVE", level="OFFICIAL"))
    plan = plan_markings(UK, Marking("SECRET"), [portion])
    assert plan.banner_text() == "SECRET"
    assert "SENSITIVE is not carried to a SECRET banner" in plan.notices


def test_uk_sensitive_above_official_is_refused() -> None:
    with pytest.raises(
        MarkingRefusedError, match="SENSITIVE can only be used at OFFICIAL or below"
    ):
        plan_markings(UK, Marking("SECRET", ("SENSITIVE",)), [])


def test_uk_portion_marks_are_optional() -> None:
    plan = plan_markings(UK, Marking("OFFICIAL"), [Portion("a", None)])
    assert not plan.portions_marked and plan.portion_text(None) == ""
    plan = plan_markings(
        UK, Marking("OFFICIAL"), [Portion("a", None), Portion("b", Marking("SECRET"))]
    )
    assert plan.banner_text() == "SECRET" and plan.portion_text(None) == ""


# -- Canada ----------------------------------------------------------------------------
def test_canada_protected_levels_and_position() -> None:
    assert CANADA.position == "right"
    plan = plan_markings(
        CANADA, Marking("PROTECTED A"), [Portion("a", split_portion(CANADA, "(PB) text")[0])]
    )
    assert plan.banner_text() == "PROTECTED B"
    marking = parse_caveats(CANADA, "CANADIAN EYES ONLY", level="SECRET")
    assert format_banner(CANADA, marking) == "SECRET//CANADIAN EYES ONLY"
    assert format_portion(CANADA, marking) == "(S//CEO)"


# -- Japan -----------------------------------------------------------------------------
def test_japan_prints_japanese_or_english_by_the_notes_language() -> None:
    plan = plan_markings(JAPAN, Marking("SECRET"), [])
    assert plan.banner_text("ja") == "秘"
    assert plan.banner_text("en") == "SECRET"
    marking = parse_caveats(JAPAN, "関係者限り", level="HANDLE WITH CARE")
    assert format_banner(JAPAN, marking, "ja") == "取扱注意 関係者限り"
    assert format_banner(JAPAN, marking, "en") == "HANDLE WITH CARE PERSONS CONCERNED ONLY"
    assert format_banner(JAPAN, Marking("NONE"), "ja") == ""
    assert JAPAN.position == "right"


def test_japan_has_no_portion_marks() -> None:
    assert split_portion(JAPAN, "(秘) 本文") == (None, "(秘) 本文")


# -- generic ----------------------------------------------------------------------------
def test_generic_scheme_keeps_free_caveats() -> None:
    marking = parse_caveats(GENERIC, "eyes only", level="CONFIDENTIAL")
    assert format_banner(GENERIC, marking) == "CONFIDENTIAL//EYES ONLY"


def test_unknown_level_is_refused_with_the_schemes_levels() -> None:
    with pytest.raises(
        MarkingRefusedError, match="'RESTRICTED' is not a level of the United States"
    ):
        plan_markings(US, Marking("RESTRICTED"), [])


# -- scheme files ------------------------------------------------------------------------
def test_a_user_scheme_file_is_validated(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text(
        'id = "x"\nname = "X"\n[[levels]]\nid = "A"\nbanner = "A"\nportion = "A"\n'
        '[[caveats]]\nid = "C"\nbanner = "C"\nportion = "C"\ngroup = "nowhere"\n',
        encoding="utf-8",
    )
    with pytest.raises(MarkingSchemeError, match=r"broken\.toml: .*unknown group 'nowhere'"):
        read_scheme(broken)


def test_a_user_scheme_is_offered_and_a_broken_one_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "markings"
    folder.mkdir()
    (folder / "nato.toml").write_text(
        'id = "nato"\nname = "NATO"\nportion_marking = "required"\n'
        '[[levels]]\nid = "NATO UNCLASSIFIED"\nbanner = "NATO UNCLASSIFIED"\nportion = "NU"\n'
        '[[levels]]\nid = "NATO SECRET"\nbanner = "NATO SECRET"\nportion = "NS"\n'
        "classified = true\n",
        encoding="utf-8",
    )
    (folder / "bad.toml").write_text("id = ", encoding="utf-8")
    monkeypatch.setattr("briefing_app.core.marking_scheme.user_schemes_dir", lambda: folder)
    schemes, problems = load_schemes()
    assert schemes["nato"].level("NATO SECRET").portion == "NS"
    assert len(problems) == 1 and problems[0].startswith("bad.toml: not a valid TOML file")
    plan = plan_markings(
        schemes["nato"], Marking("NATO UNCLASSIFIED"), [Portion("a", Marking("NATO SECRET"))]
    )
    assert plan.banner_text() == "NATO SECRET"


# -- properties --------------------------------------------------------------------------
@st.composite
def us_markings(draw: st.DrawFn) -> Marking:
    level = draw(st.sampled_from([level.id for level in US.levels]))
    rank = US.rank(level)
    allowed = [c.id for c in US.caveats if not c.min_level or rank >= US.rank(c.min_level)]
    chosen = draw(st.lists(st.sampled_from(allowed), unique=True, max_size=3)) if allowed else []
    ids = tuple(c.id for c in US.caveats if c.id in chosen)
    countries: tuple[str, ...] = ()
    if "REL TO" in ids:
        extra = draw(
            st.lists(st.sampled_from(["GBR", "AUS", "CAN", "NZL", "FVEY"]), unique=True, min_size=1)
        )
        countries = tuple(sorted({"USA", *extra}, key=lambda c: (c != "USA", len(c) > 3, c)))
    return Marking(level, ids, countries)


@given(us_markings(), st.text(min_size=1).filter(lambda t: not t[0].isspace()))
def test_a_written_portion_mark_reads_back_as_the_same_marking(marking: Marking, text: str) -> None:
    written = f"{format_portion(US, marking)} {text}"
    assert split_portion(US, written) == (marking, text.lstrip())


@given(st.lists(us_markings(), max_size=6), us_markings())
def test_the_banner_covers_every_portion(marks: list[Marking], declared: Marking) -> None:
    portions = [Portion(f"p{i}", m) for i, m in enumerate(marks)]
    try:
        plan = plan_markings(US, declared, portions, AUTHORITY)
    except MarkingRefusedError as refused:
        # only release markings that cannot be reconciled are refused here
        assert "REL TO" in str(refused)
        return
    check_banner_covers(plan, portions)
    assert US.rank(plan.banner.level) == max(US.rank(m.level) for m in [declared, *marks])


def test_an_overridden_caveat_is_said() -> None:
    declared = parse_caveats(US, "REL TO USA, AUS", level="SECRET")
    portions = [Portion("the annotation on §1", parse_caveats(US, "NOFORN", level="SECRET"))]
    plan = plan_markings(US, declared, portions, AUTHORITY)
    assert plan.banner_text() == "SECRET//NOFORN"
    assert "NOFORN (the annotation on §1) overrides REL TO on the banner" in plan.notices

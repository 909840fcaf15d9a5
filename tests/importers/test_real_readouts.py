"""Golden tests: the sample readout and the two public joint statements, as their README says."""

from __future__ import annotations

import pytest

from briefing_app.core.coverage import coverage_problems
from briefing_app.core.model import Readout
from briefing_app.importers import import_path
from tests.conftest import INDIA, IRELAND, SAMPLE


@pytest.fixture(scope="module")
def sample() -> Readout:
    return import_path(SAMPLE)


@pytest.fixture(scope="module")
def india() -> Readout:
    return import_path(INDIA)


@pytest.fixture(scope="module")
def ireland() -> Readout:
    return import_path(IRELAND)


def test_sample_metadata(sample: Readout) -> None:
    assert sample.title == (
        "Japan-Russia Foreign Ministers' Meeting between Foreign Minister Gemba and "
        "Foreign Minister Lavrov (Overview)"
    )
    assert sample.date == "Saturday, January 28"
    assert len(sample.preamble) == 1
    assert sample.preamble[0].text.startswith("On Saturday, January 28, Mr. Koichiro Gemba")
    assert sample.preamble[0].text.endswith("signed by both ministers.")


def test_sample_sections_and_items(sample: Readout) -> None:
    assert [s.number for s in sample.sections] == ["1", "2", "3", "4", "5", "6", "7"]
    assert [s.heading for s in sample.sections] == [
        "Japan-Russia relations (General)",
        "Cooperation in the field of security",
        "Cooperation on the sea",
        "Territorial Issues",
        "Economic Relations",
        "Practical Cooperation",
        "Cooperation in the International Arena",
    ]
    assert [len(s.items) for s in sample.sections] == [2, 3, 0, 0, 4, 2, 2]
    assert [i.number for i in sample.sections[4].items] == ["(1)", "(2)", "(3)", "(4)"]
    assert len(sample.sections[2].paragraphs) == 1
    assert len(sample.sections[3].paragraphs) == 2
    assert sample.sections[0].items[0].marker == "- (1)"


def test_sample_mid_line_item_and_heading_items(sample: Readout) -> None:
    north_korea, others = sample.sections[6].items
    assert (north_korea.number, north_korea.heading) == ("(1)", "North Korea")
    assert north_korea.paragraphs[0].text.endswith("in the dialogue with North Korea.")
    assert (others.number, others.heading) == ("(2)", "Others")
    assert others.paragraphs[0].text.startswith(
        "The Foreign Ministers exchanged views on the regional"
    )


def test_sample_back_to_index_is_removed_and_listed(sample: Readout) -> None:
    assert [r.text for r in sample.removed] == ["Back to Index"]
    assert all("Back to Index" not in p.text for n in sample.walk() for p in n.paragraphs)


def test_india_metadata(india: Readout) -> None:
    assert india.title == "Joint Statement from the United States and India"
    assert india.date == "2023-06-22"
    assert india.source is not None and india.source.startswith("https://")


def test_india_numbered_paragraphs_one_to_fifty_eight(india: Readout) -> None:
    numbered = [n for n in india.walk() if n.number is not None]
    assert [n.number for n in numbered] == [str(i) for i in range(1, 59)]
    assert all(n.heading is None and len(n.paragraphs) == 1 for n in numbered)


def test_india_headings_over_runs(india: Readout) -> None:
    runs = [(s.heading, [i.number for i in s.items]) for s in india.sections]
    assert runs[0] == (None, ["1"])
    expected = [
        ("Charting a Technology Partnership for the Future", 2, 10),
        ("Powering a Next Generation Defense Partnership", 11, 16),
        ("Catalyzing the Clean Energy Transition", 17, 23),
        ("Deepening Strategic Convergence", 24, 36),
        ("Propelling Global Growth", 37, 46),
        ("Empowering Future Generations and Protecting the Health of our People", 47, 58),
    ]
    assert runs[1:] == [(h, [str(i) for i in range(a, b + 1)]) for h, a, b in expected]


def test_india_traps(india: Readout) -> None:
    texts = {n.number: n.paragraphs[0].text for n in india.walk() if n.number}
    assert texts["27"].endswith("Partners in the Blue Pacific.")
    assert texts["28"].startswith("The leaders also welcomed")
    assert "end of 2023.The leaders hailed" in texts["3"]
    assert "Light Combat Aircraft Mk 2. This" in texts["13"]
    assert "21st century" in texts["1"]
    assert "achieving of the development" in texts["23"]
    assert texts["1"].startswith("President Joseph R. Biden, Jr. and Prime Minister Narendra Modi")
    assert "\u00a0" not in india.text
    assert india.removed[-1].text == "*****"


def test_ireland_structure(ireland: Readout) -> None:
    assert ireland.title == "Joint Statement by President Joe Biden and Taoiseach Micheál Martin"
    assert ireland.date == "2021-03-17"
    assert len(ireland.preamble) == 1
    assert ireland.preamble[0].text.startswith("On March 17, President Joe Biden hosted")
    assert [(s.heading, len(s.items)) for s in ireland.sections] == [
        ("Combating COVID-19", 4),
        ("Addressing Global Challenges", 6),
        ("Increasing Our Shared Prosperity", 4),
        ("Supporting the Good Friday Agreement", 5),
        ("Strengthening People-to-People Ties", 4),
    ]
    first = ireland.sections[0]
    assert first.paragraphs[0].text.startswith("The top priority of the President")
    assert first.items[0].paragraphs[0].text == (
        "The President and the Taoiseach agreed to cooperate in global efforts to defeat the "
        "pandemic, build resilience, and prevent future outbreaks."
    )
    assert [r.text for r in ireland.removed] == ["###"]


@pytest.mark.parametrize("path", [SAMPLE, INDIA, IRELAND], ids=lambda p: p.name[:12])
def test_no_text_lost_in_real_readouts(path: object) -> None:
    readout = import_path(path)  # type: ignore[arg-type]
    assert coverage_problems(readout) == []


@pytest.mark.parametrize("path", [SAMPLE, INDIA, IRELAND], ids=lambda p: p.name[:12])
def test_ids_are_stable_and_unique(path: object) -> None:
    first = [n.id for n in import_path(path).walk()]  # type: ignore[arg-type]
    second = [n.id for n in import_path(path).walk()]  # type: ignore[arg-type]
    assert first == second
    assert len(set(first)) == len(first)

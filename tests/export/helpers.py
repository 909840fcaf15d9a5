"""Helpers for export tests: user templates made on the fly, and reading results back."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
from lxml import etree

from briefing_app.core.project import Project
from briefing_app.core.project_io import parse_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_bytes

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def make_template(
    path: Path, paragraphs: list[str], *, required: str = "", title: str = "Test"
) -> Path:
    """A minimal user template with ``paragraphs`` of Jinja text."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.core_properties.title = title
    document.core_properties.subject = "A test template"
    document.core_properties.keywords = f"required: {required}" if required else ""
    document.save(path)
    return path


def part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(name))


def part_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


def commented_texts(path: Path) -> dict[str, str]:
    """Comment id → the document text between its range start and end."""
    body = part(path, "word/document.xml")
    open_ranges: dict[str, list[str]] = {}
    done: dict[str, str] = {}
    for element in body.iter():
        tag = element.tag
        if tag == f"{W}commentRangeStart":
            open_ranges[element.get(f"{W}id")] = []
        elif tag == f"{W}commentRangeEnd":
            comment_id = element.get(f"{W}id")
            done[comment_id] = "".join(open_ranges.pop(comment_id))
        elif tag == f"{W}t" and element.text:
            for texts in open_ranges.values():
                texts.append(element.text)
    return done


def comments(path: Path) -> dict[str, tuple[str, str, str]]:
    """Comment id → (author, date, text)."""
    root = part(path, "word/comments.xml")
    found = {}
    for comment in root.findall(f"{W}comment"):
        text = "\n".join(
            "".join(t.text or "" for t in p.iter(f"{W}t")) for p in comment.findall(f"{W}p")
        )
        found[comment.get(f"{W}id")] = (
            comment.get(f"{W}author"),
            comment.get(f"{W}date"),
            text.strip(),
        )
    return found


def pretty_document_xml(path: Path) -> str:
    """document.xml pretty-printed with run ids and other volatile attributes masked."""
    root = part(path, "word/document.xml")
    text = etree.tostring(root, pretty_print=True, encoding="unicode")
    return re.sub(r' w:rsid\w*="[0-9A-F]+"', "", text)


def long_project(risks: int = 12, key_points: int = 10) -> Project:
    """The example project with many long risk and key-point annotations: a note over two
    pages, whatever the template."""
    project = parse_project(resource_bytes(EXAMPLE_PROJECT), EXAMPLE_PROJECT)
    text = project.readout.text
    words = list(re.finditer(r"[A-Za-z]{6,}", text))
    reason = (
        "This needs careful handling with the other side, because the wording commits us "
        "further than our agreed position and the press will read it that way. "
    )
    for index in range(risks + key_points):
        match = words[(index * 7) % len(words)]
        tag = "Risk" if index < risks else "Key point"
        annotation = project.new_annotation(
            match.start(), match.end(), author="A", comment=reason * 3, tags=[tag]
        )
        project.add_annotation(annotation)
    return project

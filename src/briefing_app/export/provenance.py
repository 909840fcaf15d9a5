"""Where an exported note came from, written into it: custom document properties naming the
readout version (its text hash), the template and its version, the project file and the app.

Together with fixed zip timestamps, the same project and template export to the same document
every time, apart from the created and modified dates.
"""

from __future__ import annotations

import hashlib
import io
import logging
import struct
import zipfile
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from briefing_app import __version__
from briefing_app.core.project import Project, text_hash
from briefing_app.export.templates import TemplateInfo

logger = logging.getLogger(__name__)

CUSTOM_PART = "/docProps/custom.xml"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
_NS = (
    'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"'
)
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def provenance(
    project: Project, template: TemplateInfo, *, project_name: str | None
) -> dict[str, str]:
    """The properties recorded in every exported note."""
    template_bytes = template.path.read_bytes() if template.path.is_file() else b""
    return {
        "BriefingReadoutHash": text_hash(project.readout.text),
        "BriefingReadoutVersion": str(project.readout_version),
        "BriefingTemplate": template.key,
        "BriefingTemplateVersion": hashlib.sha256(template_bytes).hexdigest()[:16],
        "BriefingProject": project_name or project.source_name or "",
        "BriefingAppVersion": __version__,
    }


def set_custom_properties(document: DocxDocument, values: dict[str, str]) -> None:
    """Write ``values`` as the document's custom properties (replacing any the template had)."""
    entries = "".join(
        f'<property fmtid="{_FMTID}" pid="{pid}" name="{escape(name)}">'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(sorted(values.items()), start=2)
    )
    blob = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<Properties {_NS}>{entries}</Properties>"
    ).encode()
    package = document.part.package
    for rel in list(package.rels.values()):
        if rel.reltype == RELATIONSHIP_TYPE.CUSTOM_PROPERTIES:
            rel.target_part._blob = blob
            return
    part = Part(PackURI(CUSTOM_PART), CONTENT_TYPE.OFC_CUSTOM_PROPERTIES, blob, package)
    package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)


def custom_properties(data: bytes) -> dict[str, str]:
    """The custom properties of a .docx (for tests and for reading a note's provenance)."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if "docProps/custom.xml" not in archive.namelist():
            return {}
        root = etree.fromstring(archive.read("docProps/custom.xml"))
    return {
        prop.get("name", ""): "".join(prop.itertext()) for prop in root if isinstance(prop.tag, str)
    }


def with_fixed_zip_times(data: bytes) -> bytes:
    """The same .docx with every zip entry dated 1980-01-01, so the bytes depend on content only.

    The dates are rewritten in place in each entry's local header and central directory
    record: the same archive as writing every entry again with that date, without
    decompressing and compressing everything a second time (a tenth of a big export).
    """
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = archive.infolist()
        directory = archive.start_dir  # type: ignore[attr-defined]
    for info in entries:
        _set_dos_time(out, info.header_offset, _LOCAL_HEADER, 10)
    for _ in entries:
        _set_dos_time(out, directory, _CENTRAL_HEADER, 12)
        name, extra, comment = struct.unpack_from("<HHH", out, directory + 28)
        directory += 46 + name + extra + comment
    return bytes(out)


_LOCAL_HEADER = b"PK\x03\x04"
_CENTRAL_HEADER = b"PK\x01\x02"
_FIXED_DOS_TIME = struct.pack(
    "<HH",
    FIXED_ZIP_TIME[3] << 11 | FIXED_ZIP_TIME[4] << 5 | FIXED_ZIP_TIME[5] // 2,
    (FIXED_ZIP_TIME[0] - 1980) << 9 | FIXED_ZIP_TIME[1] << 5 | FIXED_ZIP_TIME[2],
)


def _set_dos_time(data: bytearray, offset: int, signature: bytes, at: int) -> None:
    """Put the fixed time and date at ``offset + at`` of the zip record at ``offset``."""
    if data[offset : offset + 4] != signature:
        raise zipfile.BadZipFile("unexpected zip record while fixing its date")
    data[offset + at : offset + at + 4] = _FIXED_DOS_TIME

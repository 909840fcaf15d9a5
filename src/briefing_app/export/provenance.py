"""Where an exported note came from, written into it: custom document properties naming the
readout version (its text hash), the template and its version, the project file and the app.

Together with fixed zip timestamps, the same project and template export to the same document
every time, apart from the created and modified dates.
"""

from __future__ import annotations

import hashlib
import io
import logging
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
    """The same .docx with every zip entry dated 1980-01-01, so the bytes depend on content only."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()

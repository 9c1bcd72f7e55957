"""An odfdo package as plain OpenDocument 1.2 (CNS 15251), for the ODF text and spreadsheet writers alike.

odfdo builds documents from LibreOffice's templates, which are ODF 1.4 with LibreOffice's
extension attributes; the package is rewritten as plain 1.2 (no loext:, calcext: or other
foreign markup, no thumbnail or UI configuration) so the strictest checker accepts it.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

ODF_VERSION = "1.2"
# The namespaces a style snippet written as text needs, for odfdo to parse it.
STYLE_NS = (
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
# Parts of odfdo's template that are LibreOffice's own (its UI state, a thumbnail, RDF metadata), not the report.
_TEMPLATE_ONLY = ("Configurations2/", "Thumbnails/", "manifest.rdf")
# The namespaces of ODF 1.2 itself; attributes and elements of any other (loext:, officeooo: …) are dropped.
_ODF_NAMESPACES = frozenset(
    {
        "http://www.w3.org/XML/1998/namespace",
        "http://www.w3.org/1999/xlink",
        "http://purl.org/dc/elements/1.1/",
        "http://www.w3.org/1999/xhtml",
        "http://www.w3.org/2003/g/data-view#",
        "http://www.w3.org/1998/Math/MathML",
        "http://www.w3.org/2001/xml-events",
        "http://www.w3.org/2002/xforms",
    }
)
# {ODF_PREFIX}table:1.0 and the like: the namespaces of ODF itself.
ODF_PREFIX = "urn:oasis:names:tc:opendocument:xmlns:"
_MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"


def strict_odf_1_2(package: bytes) -> bytes:
    """The package as plain ODF 1.2: version 1.2, foreign markup and template parts dropped, mimetype first."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr(zipfile.ZipInfo("mimetype"), source.read("mimetype"), compress_type=zipfile.ZIP_STORED)
        for name in source.namelist():
            if name == "mimetype" or name.startswith(_TEMPLATE_ONLY):
                continue
            data = source.read(name)
            if name.endswith(".xml"):
                data = _plain_xml(data, manifest=name == "META-INF/manifest.xml")
            target.writestr(name, data)
    return out.getvalue()


def _plain_xml(data: bytes, *, manifest: bool) -> bytes:
    root = etree.fromstring(data, parser=etree.XMLParser(huge_tree=True))
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        if not _is_odf(element.tag):
            element.getparent().remove(element)
            continue
        for attribute in list(element.attrib):
            if not _is_odf(attribute):
                del element.attrib[attribute]
        if manifest and element.get(f"{{{_MANIFEST}}}full-path", "").startswith(_TEMPLATE_ONLY):
            element.getparent().remove(element)
            continue
        for version in ("office", "manifest"):
            key = f"{{{ODF_PREFIX}{version}:1.0}}version"
            if key in element.attrib:
                element.set(key, ODF_VERSION)
    etree.cleanup_namespaces(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _is_odf(name: str) -> bool:
    """Whether an element's or attribute's {namespace}name belongs to ODF 1.2 (a name without a namespace does)."""
    if not name.startswith("{"):
        return True
    namespace = name[1:].split("}", 1)[0]
    return namespace.startswith(ODF_PREFIX) or namespace in _ODF_NAMESPACES

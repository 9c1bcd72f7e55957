"""An ODF text document's styles, as the .odt reader asks about them: a style's name, heading level, weight.

Styles come from two parts: the common styles the user sees (styles.xml, office:styles) and the
automatic styles a program writes for direct formatting (content.xml, office:automatic-styles:
"P1", "T2", "L1"). An automatic style is the user's style with a few changes, so its name is its
parent's. Names are unique within a family (paragraph, text …), not across families.
"""

from __future__ import annotations

import re

from lxml import etree

OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
LOEXT = "{urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0}"

MAX_OUTLINE_LEVEL = 10  # ODF's deepest heading and list level
_HEADING_NAME = re.compile(r"^(?:heading|標題)\s*([1-9]|10)$", re.IGNORECASE)
# A parent chain longer than this loops (a broken file naming a style its own ancestor).
_MAX_CHAIN = 32

Weights = tuple[str | None, str | None]  # (fo:font-weight, style:font-weight-asian), None where unset


class OdtStyles:
    """Look-ups on a document's common and automatic styles, list styles and outline style."""

    def __init__(self, content: etree._Element, styles: etree._Element | None) -> None:
        self._automatic: dict[tuple[str, str], etree._Element] = {}
        self._common: dict[tuple[str, str], etree._Element] = {}
        self._defaults: dict[str, etree._Element] = {}
        self._lists: dict[str, etree._Element] = {}
        self.outline: etree._Element | None = None
        # styles.xml first: an automatic list style in content.xml is the one the body means.
        for root in (styles, content):
            if root is None:
                continue
            for part in root.iterchildren(OFFICE + "styles", OFFICE + "automatic-styles"):
                automatic = part.tag == OFFICE + "automatic-styles"
                if automatic and root is not content:
                    continue  # styles.xml's automatic styles serve page headers and footers only
                self._read(part, self._automatic if automatic else self._common)
        self._automatic_styles = set(self._automatic.values())
        self._weights: dict[tuple[str, str], Weights] = {}

    def _read(self, part: etree._Element, into: dict[tuple[str, str], etree._Element]) -> None:
        for element in part:
            name = element.get(STYLE + "name")
            if element.tag == STYLE + "style" and name:
                into[(element.get(STYLE + "family") or "", name)] = element
            elif element.tag == STYLE + "default-style":
                self._defaults[element.get(STYLE + "family") or ""] = element
            elif element.tag == TEXT + "list-style" and name:
                self._lists[name] = element
            elif element.tag == TEXT + "outline-style":
                self.outline = element

    def list_style(self, name: str | None) -> etree._Element | None:
        return self._lists.get(name) if name else None

    def _chain(self, family: str, name: str | None) -> list[etree._Element]:
        """The style called `name` and its ancestors, nearest first."""
        chain: list[etree._Element] = []
        # The body names an automatic style, or a common one; a parent is a common style (a
        # sloppy writer's automatic parent is still followed).
        style = _first(self._automatic, self._common, (family, name or ""))
        while style is not None and len(chain) < _MAX_CHAIN and style not in chain:
            chain.append(style)
            style = _first(self._common, self._automatic, (family, style.get(STYLE + "parent-style-name") or ""))
        return chain

    def display_name(self, family: str, name: str | None) -> str:
        """The name the user sees: an automatic style reports its parent's; "" for no style."""
        for style in self._chain(family, name):
            if style not in self._automatic_styles:
                return style.get(STYLE + "display-name") or style.get(STYLE + "name") or ""
        return ""

    def heading_level(self, name: str | None) -> int | None:
        """A paragraph style's outline level (style:default-outline-level, inherited), else its name's."""
        for style in self._chain("paragraph", name):
            level = style.get(STYLE + "default-outline-level")
            if level is not None:
                # LibreOffice writes "" to say "body text" on a style whose parent is a heading.
                return _level(level)
        match = _HEADING_NAME.match(self.display_name("paragraph", name).strip())
        return int(match.group(1)) if match else None

    def weights(self, family: str, name: str | None) -> Weights:
        """The font weights a style sets or inherits, down to its family's default style."""
        key = (family, name or "")
        if key not in self._weights:
            western: str | None = None
            asian: str | None = None
            default = self._defaults.get(family)
            for style in [*self._chain(family, name), *([default] if default is not None else [])]:
                for properties in style.iterchildren(STYLE + "text-properties"):
                    western = western or properties.get(FO + "font-weight")
                    asian = asian or properties.get(STYLE + "font-weight-asian")
            self._weights[key] = (western, asian)
        return self._weights[key]


def _first(
    first: dict[tuple[str, str], etree._Element], then: dict[tuple[str, str], etree._Element], key: tuple[str, str]
) -> etree._Element | None:
    # Not `a or b`: an lxml element with no children is false.
    found = first.get(key)
    return found if found is not None else then.get(key)


def _level(value: str) -> int | None:
    try:
        level = int(value)
    except ValueError:
        return None
    return level if 1 <= level <= MAX_OUTLINE_LEVEL else None

"""The neutral form of an office document's body: what the report builder reads, whatever the format.

Readers (docx_blocks.py, odt_blocks.py) keep text exactly as written — the same characters,
full- and half-width as typed — and make explicit what the format computes but does not store
as text: the label automatic numbering prints (「1.」「(1)」), a cell merged over the rows below,
a header row repeated on every page.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph: its text (a soft line break as "\\n"), and how it is presented."""

    text: str
    # The number automatic numbering prints before the text, computed (「1.」「(一)」「(1)」); "" if none.
    label: str = ""
    style: str = ""  # the paragraph style's name as the document calls it ("Heading 1", "標題 1", …)
    heading_level: int | None = None  # 1, 2 … for a heading (style or outline level); None otherwise
    bold: bool = False  # every character of the text is bold (a heading typed as a bold paragraph)

    @property
    def full_text(self) -> str:
        """The text as a reader sees it printed: the computed label, then the text."""
        return f"{self.label}{self.text}" if self.label else self.text


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a table row, at the next grid position of its row."""

    paragraphs: tuple[Paragraph, ...] = ()
    span: int = 1  # grid columns it covers (w:gridSpan, table:number-columns-spanned)
    # The part of a vertically merged cell below its first row (w:vMerge continue, an ODF
    # covered cell): it holds no text of its own; the cell above stands for it.
    continues_above: bool = False

    @property
    def text(self) -> str:
        return "\n".join(p.full_text for p in self.paragraphs)


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[Cell, ...]
    # Marked to repeat at the top of every page (w:tblHeader, table:table-header-rows).
    repeats_as_header: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    rows: tuple[Row, ...]


Block = Paragraph | Table


@dataclass(frozen=True, slots=True)
class Document:
    """A document's body in reading order, and what the reader saw but did not take as report text."""

    blocks: tuple[Block, ...]
    # One line each, in the user's language is the builder's job: message codes with parameters.
    not_imported: tuple[tuple[str, dict[str, str]], ...] = field(default=())

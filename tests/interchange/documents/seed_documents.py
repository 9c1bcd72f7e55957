"""A Word file as an office wrote it, rebuilt from the text extracted from it (../shared/seeds).

The seeds are the real reports as text (their README.md): a table row per line, cells separated
by TAB, 「<p>…</p>」 per paragraph inside a cell, the header row again at every page break, a row
continued over a page break written again after that header with its strategy/method cells
empty, an empty strategy cell where the strategy cell was merged over several rows. This module
writes the .docx that text came from, as far as the text shows it:

- the title line(s) and the front matter as plain paragraphs, the 「構面…」 lines as bold
  paragraphs (typed, not a heading style), every other line between tables as a plain paragraph;
- one table per page: a table ends where the header row comes again, and the next table starts
  with the header typed again as an ordinary row (not marked to repeat), after a page break;
- every cell as the seed writes it: each 「<p>」 its own paragraph, text outside 「<p>」 (after the
  extraction's stray 「<ol …>」 tag, which is dropped) another paragraph, cell text without
  「<p>」 a single paragraph, characters and spaces as written (only the cell's own leading and
  trailing whitespace trimmed, as the extraction's TAB separation adds none);
- the strategy cell merged vertically (w:vMerge) over the rows below it whose strategy cell the
  seed leaves empty — also at the top of a table, where the merged cell came over the page break;
- a header row whose 「執行策略」 has an empty cell beside it (Taichung 構面五,
  ``""|執行策略|主辦單位|…`` and ``執行策略|""|主辦單位|…``; Tainan's 4-cell repeated header) as
  one 「執行策略」 cell spanning those two grid columns (w:gridSpan), over the strategy and method
  columns of the rows below;
- the list item marker 「- 」 the extraction put before front matter lines (Tainan's 一、二、三
  under 壹、計畫依據) dropped: it is the extraction's rendering of an indented line.

Nothing is interpreted beyond that: a row continued over a page break stays a row of its own,
units stay the text of their cell (spaces as written), a method cell holding 「1. … (1) …」
stays one paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.table import Table, _Cell, _Row

HEADER_NAME = "執行策略"
_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.DOTALL)
_MARKUP = re.compile(r"<ol[^>]*>|</ol>")
_LIST_ITEM = re.compile(r"^- ")


@dataclass
class SeedTable:
    """One page's table: its rows as the seed's cells (the first row is the header)."""

    rows: list[list[str]] = field(default_factory=list)


@dataclass
class SeedLine:
    """A line outside the tables: the title, front matter, a 類 line, a 構面 heading, a note."""

    text: str
    kind: str  # "title", "heading" or "text"


SeedBlock = SeedLine | SeedTable


def is_header_row(cells: list[str]) -> bool:
    return HEADER_NAME in (cell.strip() for cell in cells)


def read_seed(path: Path) -> list[SeedBlock]:
    """The seed's blocks in reading order: its lines, and its tables cut at every header row."""
    blocks: list[SeedBlock] = []
    table: SeedTable | None = None
    titled = False
    for line in path.read_text(encoding="utf-8").split("\n"):
        if "\t" in line:
            cells = line.split("\t")
            if table is None or is_header_row(cells):
                table = SeedTable()
                blocks.append(table)
            table.rows.append(cells)
            continue
        text = line.strip()
        if not text:
            continue  # blank lines separate blocks; they are no paragraphs of the original
        table = None
        if not titled:
            blocks.append(SeedLine(text, "title"))
            titled = True
        elif text.startswith("構面"):
            blocks.append(SeedLine(text, "heading"))
        else:
            blocks.append(SeedLine(_LIST_ITEM.sub("", text), "text"))
    return blocks


def cell_paragraphs(cell: str) -> list[str]:
    """A seed cell's paragraphs: one per 「<p>…</p>」 and per run of text outside them, markup dropped."""
    cell = cell.strip()
    if not cell:
        return []
    paragraphs: list[str] = []
    position = 0
    for found in _PARAGRAPH.finditer(cell):
        paragraphs += _outside(cell[position : found.start()])
        paragraphs.append(found.group(1))
        position = found.end()
    paragraphs += _outside(cell[position:])
    return paragraphs


def _outside(text: str) -> list[str]:
    text = _MARKUP.sub("", text).strip()
    return [text] if text else []


def write_seed_document(seed: Path, out: Path) -> Path:
    """Write the .docx the seed text was extracted from to `out`; returns `out`."""
    document = Document()
    normal = document.styles["Normal"]
    normal.font.size = Pt(12)
    first_table = True
    for block in read_seed(seed):
        if isinstance(block, SeedLine):
            paragraph = document.add_paragraph()
            run = paragraph.add_run(block.text)
            if block.kind == "title":
                run.bold = True
                run.font.size = Pt(16)
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif block.kind == "heading":
                run.bold = True
            first_table = True
            continue
        if not first_table:
            document.add_page_break()  # the page the extraction's repeated header row begins
        _write_table(document.add_table(rows=0, cols=_width(block)), block)
        first_table = False
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(out))
    return out


def _width(table: SeedTable) -> int:
    return max(len(cells) for cells in table.rows)


def _write_table(table: Table, seed: SeedTable) -> None:
    table.style = "Table Grid"
    width = len(table.columns)
    for number, texts in enumerate(seed.rows):
        row = table.add_row()
        texts = texts + [""] * (width - len(texts))
        if number == 0:
            texts = _header(row, texts)
        written: list[object] = []
        for position, text in enumerate(texts):
            cell = row.cells[position]
            if cell._tc in written:
                continue  # the second grid column of a spanned header cell
            written.append(cell._tc)
            _fill(cell, text)
    _merge_strategy_cells(table, seed)


def _header(row: _Row, texts: list[str]) -> list[str]:
    """The header's texts by grid column; 「執行策略」 with an empty cell beside it spans both columns."""
    names = [text.strip() for text in texts]
    where = names.index(HEADER_NAME)
    beside = where - 1 if where > 0 and not names[where - 1] else where + 1
    if beside < len(names) and not names[beside]:
        first, last = sorted((where, beside))
        row.cells[first].merge(row.cells[last])
        names[first], names[last] = HEADER_NAME, ""
    return names


def _fill(cell: _Cell, text: str) -> None:
    paragraphs = cell_paragraphs(text)
    if paragraphs:
        cell.paragraphs[0].text = paragraphs[0]
        for paragraph in paragraphs[1:]:
            cell.add_paragraph(paragraph)


def _merge_strategy_cells(table: Table, seed: SeedTable) -> None:
    """Merge each data row's strategy cell over the rows below whose strategy cell the seed leaves empty."""
    runs: list[list[int]] = []
    for number in range(1, len(seed.rows)):
        if runs and not seed.rows[number][0].strip():
            runs[-1].append(number)
        else:
            runs.append([number])
    for run in runs:
        if len(run) > 1:
            table.cell(run[0], 0).merge(table.cell(run[-1], 0))

"""A Word file equivalent to perfdesk's PDF (same tables, merged strategy cells), for LibreOffice to convert.

Only the benchmark uses it: it measures perfdesk's PDF export against the conversion offices
do today (Word → PDF).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm

from perfdesk.export.layout import DocumentLayout


def write_docx(layout: DocumentLayout, path: Path) -> None:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    document.add_heading(layout.title, level=1)
    for paragraph in layout.front_matter:
        document.add_paragraph(paragraph)
    for table in layout.tables:
        document.add_heading(table.heading, level=2)
        grid = document.add_table(rows=1 + len(table.rows), cols=len(table.headers))
        grid.style = "Table Grid"
        for column, header in enumerate(table.headers):
            grid.cell(0, column).text = header
        for row_index, row in enumerate(table.rows, start=1):
            for column, text in enumerate(row.cells):
                if text:
                    grid.cell(row_index, column).text = text
        for span in table.spans:
            grid.cell(span.first_row + 1, span.column).merge(grid.cell(span.last_row + 1, span.column))
    document.save(str(path))

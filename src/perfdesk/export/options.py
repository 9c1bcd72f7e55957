"""What the user can choose about an export: orientation, font size, column widths, font."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from perfdesk.domain.report import Field


class Orientation(StrEnum):
    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"


# Relative widths per column; the exporters scale them to the printable width.
DEFAULT_WIDTHS: dict[Field, float] = {
    Field.STRATEGY: 2.2,
    Field.METHOD: 3.4,
    Field.UNITS: 1.6,
    Field.PRACTICE: 4.4,
    Field.RESULTS: 5.2,
    Field.CRITERIA: 3.0,
}


# On a portrait page the prose columns give way, so a unit name such as 臺中港口辦事處 still fits.
PORTRAIT_WIDTHS: dict[Field, float] = {**DEFAULT_WIDTHS, Field.UNITS: 2.3, Field.PRACTICE: 3.6, Field.RESULTS: 4.2}
# Where the methods stand in a column beside the strategy under one 「執行策略」 header (layout._columns), the
# strategy column holds the strategy's name alone. On a portrait page it gives its room to the results, the
# longest text of a report, as the method and practice columns do: Taichung 112's 構面五 (five columns) printed
# its results 4.8 cm wide (ten characters a line beside a strategy cell of one short name); now 6.4 cm.
PORTRAIT_BESIDE_METHODS_WIDTHS: dict[Field, float] = {
    **PORTRAIT_WIDTHS,
    Field.STRATEGY: 1.8,
    Field.METHOD: 3.0,
    Field.PRACTICE: 3.0,
    Field.RESULTS: 5.6,
}


@dataclass(frozen=True)
class ExportOptions:
    """Options shared by the Excel and PDF exporters (A4 landscape, 12 pt by default)."""

    orientation: Orientation = Orientation.LANDSCAPE
    font_size: float = 12.0
    # Relative column widths; those not given follow the orientation's defaults.
    widths: dict[Field, float] = field(default_factory=dict)
    # A TrueType font file to use instead of the default 楷書 face (see export.fonts).
    font_file: Path | None = None
    # Headings as the office typed them; by default in the one form 「構面一：基礎服務（200 分）」.
    headings_as_written: bool = False

    def width_of(self, column: Field, *, methods_beside_strategy: bool = False) -> float:
        """The relative width of `column`; `methods_beside_strategy` for a table whose methods have a
        column beside the strategy's under one header. Widths the user gave win."""
        if self.orientation is Orientation.LANDSCAPE:
            defaults = DEFAULT_WIDTHS
        else:
            defaults = PORTRAIT_BESIDE_METHODS_WIDTHS if methods_beside_strategy else PORTRAIT_WIDTHS
        return self.widths.get(column, defaults[column])

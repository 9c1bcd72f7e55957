"""What a writer says about the file it wrote: characters it cut short, characters no font could draw, and where.

Light on purpose (no reportlab): the services read it after any writer, the window and the CLI
show its notice.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from perfdesk.i18n.language import Language
from perfdesk.i18n.messages import render

# How many characters, and places of each, a notice names; it says how many more there are.
NAMED_CHARACTERS = 5
NAMED_PLACES = 2


class PlaceKind(StrEnum):
    TITLE = "title"
    FRONT_MATTER = "front_matter"
    HEADING = "heading"  # a table's category line, heading or note
    HEADER = "header"  # a column header
    CELL = "cell"


@dataclass(frozen=True)
class GlyphPlace:
    """Where in the printed report a character stands, as a reader finds it on paper."""

    kind: PlaceKind
    dimension: str = ""  # 「構面一」: the table's heading as short as it names the dimension
    strategy: str = ""  # the strategy's label, 「(一)服務一致及正確性」
    row: int = 0  # of the table, from 1 (the front matter's paragraph for FRONT_MATTER)
    column: str = ""  # the column's header, 「具體作法」

    def describe(self, language: Language) -> str:
        """「構面一 (一)服務一致及正確性 第 3 列「具體作法」」, or in English."""
        return render(
            f"export.place.{self.kind.value}",
            language,
            dimension=self.dimension,
            strategy=self.strategy,
            row=self.row,
            column=self.column,
        ).strip()


@dataclass(frozen=True)
class MissingGlyph:
    """A character that no installed font has (printed as an empty box), and the first places it stands."""

    character: str
    places: tuple[GlyphPlace, ...]
    occurrences: int

    def describe(self, language: Language) -> str:
        """「😀」(U+1F600: 構面一 (一)… 第 3 列「具體作法」 …)."""
        separator = ", " if language == "en" else "、"
        places = separator.join(place.describe(language) for place in self.places[:NAMED_PLACES])
        more = self.occurrences - min(len(self.places), NAMED_PLACES)
        if more > 0:
            places += render("export.place.more", language, count=more)
        code = f"U+{ord(self.character):04X}"
        if language == "en":
            return f"「{self.character}」({code}: {places})"
        return f"「{self.character}」（{code}：{places}）"


@dataclass(frozen=True)
class WriteOutcome:
    """What one writer could not write as the report holds it."""

    cut_characters: int = 0  # left out of headers too long for their cell or page (they end in 「…」)
    missing_glyphs: tuple[MissingGlyph, ...] = ()


def outcome_of(result: int | WriteOutcome | None) -> WriteOutcome:
    """A writer's result as a WriteOutcome: writers that only cut text return the count they cut."""
    if isinstance(result, WriteOutcome):
        return result
    return WriteOutcome(cut_characters=result or 0)


def missing_glyphs_notice(missing: tuple[MissingGlyph, ...], language: Language) -> str | None:
    """One line naming the characters no font has and where they are; None when there are none."""
    if not missing:
        return None
    separator = "; " if language == "en" else "；"
    named = separator.join(glyph.describe(language) for glyph in missing[:NAMED_CHARACTERS])
    if len(missing) > NAMED_CHARACTERS:
        named += render("export.missing_glyphs.more", language, count=len(missing) - NAMED_CHARACTERS)
    return render("export.missing_glyphs", language, count=len(missing), characters=named)

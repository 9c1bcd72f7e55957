"""The languages the exports give their text: one rule for the Word and ODF files, and the PDF's document language.

East Asian text is Traditional Chinese as used in Taiwan (zh-TW), so the word processor applies
that language's 禁則 and the recipient's Chinese proofing. Latin-script text (digits, Latin words,
ASCII punctuation) is English (en-US), as Word on a Taiwanese Windows tags it by itself
(w:val="en-US" w:eastAsia="zh-TW"). Tagged zh-TW, it was broken inside numbers and words by
LibreOffice, which breaks zh-TW text with its CJK rule, between any two characters outside the
禁則 (「4,00 / 8 件」「達 95 / %」「C / NS」); tagged en-US it breaks only where UAX #14 allows (at spaces).
"""

from __future__ import annotations

# (language, country) of each script's text.
EAST_ASIAN = ("zh", "TW")
LATIN = ("en", "US")


def language_tag(language: tuple[str, str]) -> str:
    """The tag a Word document writes: 「zh-TW」."""
    return "-".join(language)


def odf_language_attributes() -> str:
    """The ODF text properties for the two languages, Latin-script (fo:) and East Asian (style:…-asian)."""
    (latin, latin_country), (asian, asian_country) = LATIN, EAST_ASIAN
    return (
        f'fo:language="{latin}" fo:country="{latin_country}"'
        f' style:language-asian="{asian}" style:country-asian="{asian_country}"'
    )

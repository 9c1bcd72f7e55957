"""Text pasted from Word is stored without control characters, so every export and the JSON stay valid.

One rule, two uses: a paste is cleaned, an import is refused, for exactly the same characters.
"""

from hypothesis import given
from hypothesis import strategies as st

from perfdesk.domain.field_table import spec_of
from perfdesk.domain.plain_text import FaultKind, TextFault, clean_text, text_fault
from perfdesk.domain.report import Column, Contribution, Dimension, Method, Report

# Every code point, lone surrogates included, weighted towards the ones the rule is about.
_SPECIAL = "\n\r\t\x0b\x0c\x00\x07\x1b\x1f\x7f\x80\x85\x9f\u2028\u2029\ud800\udbff\udc00\udfff\ufdd0\ufdef\ufffe\uffff"
_ANY = st.characters(blacklist_categories=()) | st.sampled_from(
    [*_SPECIAL, "\U0001fffe", "\U0010ffff", "\U00020000", "臺", " "]
)
texts = st.text(_ANY, max_size=30)


def test_line_breaks_become_newlines_and_controls_go() -> None:
    assert clean_text("一\x0b二\r\n三\r四\u2028五\x0c六") == "一\n二\n三\n四\n五\n六"
    assert clean_text("a\x00b\x07c\x1bd\x7fe\tf") == "abcde\tf"
    assert clean_text("甲\x85乙\u2029丙") == "甲\n乙\n丙"


def test_one_line_fields_get_spaces() -> None:
    assert spec_of(Method, "label").clean("1.\x0b") == "1. "
    assert spec_of(Method, "results").clean("甲\x0b乙") == "甲\n乙"
    assert spec_of(Report, "title").clean("標題\n第二行") == "標題 第二行"
    assert spec_of(Method, "units").clean(["秘書室\t第一科"]) == ["秘書室 第一科"]
    assert spec_of(Method, "points").clean(30) == 30


def test_noncharacters_c1_controls_and_lone_surrogates_are_removed() -> None:
    assert clean_text("甲\ufffe乙\uffff丙\ufdd0丁\U0001fffe戊\U0010ffff") == "甲乙丙丁戊"
    assert clean_text("甲\x80乙\x9f丙") == "甲乙丙"
    assert clean_text("甲\ud800乙\udfff丙\udc00\ud800") == "甲乙丙"
    # The two halves of one character, side by side, are that character.
    assert clean_text("\ud840\udc00\ud83d\ude00") == "\U00020000\U0001f600"
    # Characters that merely look unusual stay.
    kept = "\U00020000\ufdcf\ufdf0\ufffd\u3000\u00a0\u200d\U0001fffd"
    assert clean_text(kept) == kept and clean_text(kept, one_line=True) == kept


def test_faults_name_the_first_character_and_why() -> None:
    assert text_fault("甲乙") is None and text_fault("甲\n乙\t丙") is None
    fault = text_fault("甲\x0b乙")
    assert fault is not None and (fault.kind, fault.code_point, fault.position) == (
        FaultKind.PARAGRAPH_BREAK,
        "U+000B",
        1,
    )
    assert text_fault("甲\n", one_line=True) == TextFault(FaultKind.LINE_BREAK, "\n", 1)
    cases = {
        ("\u2028", True): FaultKind.LINE_BREAK,
        ("\u2028", False): FaultKind.PARAGRAPH_BREAK,
        ("\x85", True): FaultKind.LINE_BREAK,
        ("\t", True): FaultKind.CONTROL,
        ("\x07", False): FaultKind.CONTROL,
        ("\x9f", False): FaultKind.CONTROL,
        ("\ud800", False): FaultKind.NOT_A_CHARACTER,
        ("\ufffe", True): FaultKind.NOT_A_CHARACTER,
        ("\U0001ffff", False): FaultKind.NOT_A_CHARACTER,
    }
    for (char, one_line), kind in cases.items():
        fault = text_fault(f"甲{char}", one_line=one_line)
        assert fault is not None and fault.kind is kind and fault.char == char, (char, one_line)


def test_field_fault_decides_one_line_as_clean_field_does() -> None:
    one_line = [(Method, "label"), (Report, "agency"), (Report, "office"), (Column, "header"), (Method, "units")]
    assert all(spec_of(node_type, name).one_line for node_type, name in one_line)
    assert spec_of(Dimension, "label").one_line and spec_of(Contribution, "office").one_line
    assert spec_of(Report, "title").one_line and not spec_of(Method, "title").one_line
    assert spec_of(Method, "label").fault("1.\n") is not None and spec_of(Method, "results").fault("1.\n") is None
    assert spec_of(Report, "title").fault("a\nb") is not None


@given(texts, st.booleans())
def test_import_refuses_exactly_what_a_paste_would_change(text: str, one_line: bool) -> None:
    assert (text_fault(text, one_line=one_line) is None) == (clean_text(text, one_line=one_line) == text)


@given(texts, st.booleans())
def test_cleaned_text_is_always_acceptable_and_cleaning_is_idempotent(text: str, one_line: bool) -> None:
    cleaned = clean_text(text, one_line=one_line)
    assert text_fault(cleaned, one_line=one_line) is None
    assert clean_text(cleaned, one_line=one_line) == cleaned
    cleaned.encode("utf-8")  # storable: SQLite and every export take UTF-8

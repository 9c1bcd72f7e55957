"""Text pasted from Word is stored without control characters, so every export and the JSON stay valid."""

from perfdesk.domain.plain_text import clean_field, clean_text


def test_line_breaks_become_newlines_and_controls_go() -> None:
    assert clean_text("一\x0b二\r\n三\r四\u2028五\x0c六") == "一\n二\n三\n四\n五\n六"
    assert clean_text("a\x00b\x07c\x1bd\x7fe\tf") == "abcde\tf"


def test_one_line_fields_get_spaces() -> None:
    assert clean_field("label", "1.\x0b") == "1. "
    assert clean_field("results", "甲\x0b乙") == "甲\n乙"
    assert clean_field("title", "標題\n第二行", report_title=True) == "標題 第二行"
    assert clean_field("points", 30) == 30

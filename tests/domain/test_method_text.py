"""The colon between a method's title and description: printed as the office types, split back where printed."""

from __future__ import annotations

import pytest

from perfdesk.domain.method_text import description_colon, title_separator


@pytest.mark.parametrize(
    ("title", "description", "colon"),
    [
        # Taichung types its punctuation half-width. (Each description a sentence, as the seeds' are.)
        ("訂定申辦業務標準作業流程", "訂定申辦業務標準作業流程,維持服務措施處理一致性。", ":"),
        ("訂定申辦業務標準作業流程", "維持服務措施處理一致性，且持續檢討。", "："),
        ("提高服務人員專業度", "強化服務人員專業與熟悉程度。", "："),  # no punctuation to follow: the standard form
        ("mixed", "a,b，c。", "："),
        ("案件處理流程查詢公開", "提供案件處理查詢管道（含電話、網路、現場查詢）。", "："),
        # No sentence: a subtitle on a line of its own, no colon (keelung-102 seed, 構面三).
        ("消費安心資訊 e 化推廣", "運用資通訊社群行銷服務，讓民眾隨時可取得消費安心資訊", "\n"),
        ("專業檢驗第一線安全把關", "商品上市前源頭把關及消費市場安全把關", "\n"),
    ],
)
def test_the_printed_colon_follows_the_offices_punctuation(title: str, description: str, colon: str) -> None:
    assert title_separator(title, description) == colon
    printed = f"{title}{colon}{description}"
    assert description_colon(printed) == colon
    assert printed.partition(colon)[::2] == (title, description)


def test_a_text_splits_at_its_first_full_width_colon_else_its_first_half_width_one() -> None:
    assert description_colon("只有標題") is None
    assert description_colon("提升服務及時性:提升民眾申辦案件的處理效率，確保於處理時限內完成") == ":"
    assert description_colon("提升服務及時性:提升效率：確保") == "："


def test_a_line_break_splits_only_before_a_subtitle_and_a_colon_in_the_first_line_comes_first() -> None:
    assert description_colon("消費安心資訊 e 化推廣\n運用資通訊社群行銷服務，讓民眾隨時可取得") == "\n"
    assert description_colon("標題\n說明是一句話。") is None  # a sentence after a break: the title's own lines
    assert description_colon("標題：說明\n續行沒有句號") == "："
    assert description_colon("標題一行\n標題二行：說明。") == "："

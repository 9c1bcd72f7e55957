"""The colon between a method's title and description: printed as the office types, split back where printed."""

from __future__ import annotations

import pytest

from perfdesk.domain.method_text import description_colon, title_separator


@pytest.mark.parametrize(
    ("title", "description", "colon"),
    [
        # Taichung types its punctuation half-width.
        ("訂定申辦業務標準作業流程", "訂定申辦業務標準作業流程,維持服務措施處理一致性", ":"),
        ("訂定申辦業務標準作業流程", "維持服務措施處理一致性，且持續檢討", "："),
        ("提高服務人員專業度", "強化服務人員專業與熟悉程度。", "："),  # no punctuation to follow: the standard form
        ("mixed", "a,b，c", "："),
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

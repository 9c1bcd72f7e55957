"""Where a unit's name breaks when it is too wide for its column, and how the import reads such a break back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfdesk.export.unit_names import UNIT_KINDS, joined_unit_names, unit_name_lines


def _one(text: str) -> float:
    """Every character one wide: widths in characters."""
    return float(len(text))


@pytest.mark.parametrize(
    ("name", "width", "lines"),
    [
        # Before the kind of office it names, wherever the width would run out inside 「辦事處」 …
        ("桃園國際機場辦事處", 7, ["桃園國際機場", "辦事處"]),
        ("桃園國際機場辦事處", 8, ["桃園國際機場", "辦事處"]),  # 處 inside 辦事處 is no kind of its own
        ("桃園國際機場辦事處", 6, ["桃園國際機場", "辦事處"]),
        ("桃園國際機場辦事處", 20, ["桃園國際機場辦事處"]),  # a name that fits is whole
        # … and on a later line too: 「桃園國際 / 機場 / 辦事處」, never 「機場辦事 / 處」.
        ("桃園國際機場辦事處", 4, ["桃園國際機場", "辦事處"]),
        # Where the width runs out before the kind, the application's own break stands: 「桃園國際機 / 場辦事處」.
        ("桃園國際機場辦事處", 5, ["桃園國際機場辦事處"]),
        ("資訊小組各單位", 5, ["資訊", "小組各單位"]),  # not 「資訊小 / 組」: 小組 is one kind
        # After the kind, before the words in brackets that qualify it.
        ("報驗發證科(資訊)", 7, ["報驗發證科", "(資訊)"]),
        ("報驗發證科（資訊） （各單位）", 8, ["報驗發證科", "（資訊） （各單位）"]),
        # No kind of office inside, or the line ends at a space: left to the application.
        ("國際機場旅客服務台", 4, ["國際機場旅客服務台"]),
        ("(第一組至第七組 資料中心)", 9, ["(第一組至第七組 資料中心)"]),
        # Never against the 禁則: a line does not end on the opening bracket.
        ("(科技組)", 3, ["(科技", "組)"]),
    ],
)
def test_a_unit_name_breaks_where_its_words_meet(name: str, width: float, lines: list[str]) -> None:
    assert unit_name_lines(name, width, _one) == lines


def test_the_import_joins_a_broken_name_and_nothing_else() -> None:
    assert joined_unit_names(["桃園國際機場", "辦事處"]) == ["桃園國際機場辦事處"]
    assert joined_unit_names(["報驗發證科", "(資訊)"]) == ["報驗發證科(資訊)"]
    # Units an office typed on lines of their own stay apart: each ends with its kind, or the next starts with none.
    assert joined_unit_names(["秘書室", "處長室"]) == ["秘書室", "處長室"]
    assert joined_unit_names(["人事", "主計室"]) == ["人事", "主計室"]
    assert joined_unit_names(["秘書室", "", "(各單位)"]) == ["秘書室", "", "(各單位)"]


# Names built from the pieces that matter: kinds of office, brackets, spaces and other characters.
_PIECES = st.sampled_from([*UNIT_KINDS, "(", ")", "（", "）", " ", "辦", "事", "小", "桃", "園", "資", "訊", "a1"])
_NAMES = st.lists(_PIECES, min_size=1, max_size=14).map("".join)


@given(_NAMES, st.integers(1, 12))
def test_every_broken_name_reads_back_whole(name: str, width: int) -> None:
    lines = unit_name_lines(name, width, _one)
    assert "".join(lines) == name
    assert joined_unit_names(lines) == [name]
    # A line break the export adds starts a line with a kind of office or the bracket after one.
    assert all(after.startswith((*UNIT_KINDS, "(", "（")) for after in lines[1:])

"""Bounds every report keeps, wherever it comes from (JSON import, the window, the .perfdesk file).

The interchange schema (`report-v1.schema.json`) states the same numbers; a test keeps them in step.
"""

from __future__ import annotations

# SQLite stores integers as signed 64-bit: nothing outside this range can be written at all.
SQLITE_INTEGER_MIN = -(2**63)
SQLITE_INTEGER_MAX = 2**63 - 1

# 民國 years. 112 is 2023; three digits last until 2910.
MIN_YEAR = 1
MAX_YEAR = 999

# Points (配分) of a 構面, 執行策略 or 執行方法. Real reports give a 構面 at most a few hundred
# and a whole report about a thousand; 100,000 leaves ample room and stays far inside SQLite's range.
MIN_POINTS = 0
MAX_POINTS = 100_000

# Levels of sub-items under a 執行方法: 1. → (1) → A. → (A) → … The real reports use at most two;
# eight leave room and keep every recursive walk of the tree (reader, writer, exports) shallow.
MAX_SUBITEM_DEPTH = 8

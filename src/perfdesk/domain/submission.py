"""A submission: the sealed copy of an office's report that goes to headquarters.

The seal says whose report it is (office, year, kind), when it was submitted, a SHA-256 of
its content and what the checks found then. It travels inside the copy; the copy opens
read-only everywhere, and headquarters can tell by the digest whether its content is still
what the office sent. Submitting the same report again gives a newer version of it (the same
report id, a later time), not a different report.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from perfdesk.domain.report import ReportKind


@dataclass(frozen=True, slots=True)
class Submission:
    office: str
    year: int
    kind: ReportKind
    report_id: str
    submitted_at: str  # ISO 8601 with the office PC's UTC offset, e.g. 2026-12-01T22:10:05+08:00
    digest: str  # SHA-256 (hex) of the report's interchange JSON
    errors: int  # what the checks found when it was submitted
    warnings: int
    written_by: str

    def to_json(self) -> str:
        return json.dumps({**asdict(self), "kind": self.kind.value}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Submission | None:
        """The seal a file holds, or None if it is not one this perfdesk can read."""
        try:
            data = json.loads(text)
            seal = cls(**{**data, "kind": ReportKind(data["kind"])})
        except (ValueError, TypeError, KeyError):
            return None
        ints = (seal.year, seal.errors, seal.warnings)
        texts = (seal.office, seal.report_id, seal.submitted_at, seal.digest, seal.written_by)
        if not all(type(v) is int for v in ints) or not all(isinstance(v, str) for v in texts):
            return None
        return seal

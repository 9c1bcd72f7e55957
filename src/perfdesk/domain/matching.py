"""The one way rows of two reports are matched: last year's and this year's, a report and a template.

Used by compare (`diff`, the year review) and by re-basing onto a new template; merging offices'
files and importing Word documents build on it too. The matcher pairs each row of the *new*
report with at most one row of the *old* one, of the same kind, trying in turn:

1. what a person chose (a re-base mapping file or the mapping dialog), path for path;
2. identity — the new row *is* the old one (same id) or was carried from it (its origin);
   then the same row of headquarters' framework (the same framework_id), as two offices'
   files of one framework, or a report and the template it was made from, have;
3. the same place in the outline (the same path) with the same title;
4. the same label and title elsewhere (a row that moved);
5. similar wording (title and description), best pairs first — only where the caller asks,
   because a comparison should show a reworded row as changed only when it is sure.

Every pair says why it was made and how sure it is (`Pair.reason`, `Pair.score`), so a person
can review and correct it; old rows that match nothing come last, in their report's order.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from perfdesk.domain.report import Dimension, Method, Report
from perfdesk.domain.tree import Node, Place, walk

# How alike two rows' wording must be (difflib's ratio of title + description, whitespace and
# full-width punctuation ignored) to be taken as the same row. Measured on the built-in samples
# against the 112 framework: a row and the template's wording of it (same place, small edits
# such as 櫃臺/櫃檯 or an added comma) score 0.85–0.98; two different rows of one strategy,
# which share phrases such as 「不定期進行…測試」, score at most 0.56 (median 0.15, 76 pairs).
# 0.6 sits above every different-row pair and well below every reworded one.
SIMILAR_ENOUGH = 0.6
# A tie-breaker only: of candidates about as similar (within 0.05), the one in the same 構面 is
# taken first, as a reworded row more likely stayed in its dimension. It does not count towards
# SIMILAR_ENOUGH — with it, the 0.56 pair above would pass.
SAME_DIMENSION_BONUS = 0.05


class Reason(StrEnum):
    """Why a new row was paired with an old one (or not)."""

    CHOSEN = "chosen"
    ID = "id"
    FRAMEWORK = "framework"  # the same row of the framework (framework_id)
    LABEL_TITLE = "label+title"  # the same place and the same title
    MOVED = "moved"  # the same label and title at another place
    SIMILAR = "similar"
    NEW = "new"  # nothing matched the new row
    UNMATCHED = "unmatched"  # an old row nothing matched


@dataclass(frozen=True, slots=True)
class Pair:
    """One decision: a new row and the old row it matches, or one side alone."""

    new: Place | None  # None for an old row nothing matched
    old: Place | None  # None for a new row nothing matched
    reason: Reason
    score: float = 1.0  # 1.0 but for SIMILAR (its similarity), 0.0 where unmatched


@dataclass(frozen=True)
class Matching:
    pairs: list[Pair]

    def old_for_new(self) -> dict[str, str]:
        """new node id → the id of the old node it matches."""
        return {p.new.node.id: p.old.node.id for p in self.pairs if p.new is not None and p.old is not None}


def match(
    old: Report,
    new: Report,
    *,
    kinds: Iterable[str] = ("dimension", "strategy", "method"),
    chosen: Mapping[str, str | None] | None = None,
    similar: bool = False,
) -> Matching:
    """Pair the rows of `new` with those of `old` (see the module's docstring for the order)."""
    wanted = set(kinds)
    olds = [p for p in walk(old) if p.kind in wanted]
    news = [p for p in walk(new) if p.kind in wanted]
    found: dict[int, tuple[Place | None, Reason, float]] = {}  # by position in `news`
    used: set[str] = set()

    def take(index: int, source: Place | None, reason: Reason, score: float = 1.0) -> None:
        found[index] = (source, reason, score)
        if source is not None:
            used.add(source.node.id)

    def free(place: Place | None) -> bool:
        return place is not None and place.node.id not in used

    by_path = {p.path: p for p in olds}
    if chosen:
        for i, target in enumerate(news):
            if target.path in chosen:
                wanted_path = chosen[target.path]
                take(i, by_path.get(wanted_path) if wanted_path else None, Reason.CHOSEN)

    by_id = {p.node.id: p for p in olds}
    for i, target in enumerate(news):
        if i in found:
            continue
        origin = target.node.origin.id if isinstance(target.node, Method) and target.node.origin else None
        for candidate in (origin, target.node.id):
            source = by_id.get(candidate) if candidate else None
            if free(source) and source is not None and source.kind == target.kind:
                take(i, source, Reason.ID)
                break

    by_framework = {p.node.framework_id: p for p in olds if p.node.framework_id}
    for i, target in enumerate(news):
        source = by_framework.get(target.node.framework_id) if target.node.framework_id else None
        if i not in found and free(source) and source is not None and source.kind == target.kind:
            take(i, source, Reason.FRAMEWORK)

    for i, target in enumerate(news):
        source = by_path.get(target.path)
        if i not in found and free(source) and source is not None and _same_title(source, target):
            take(i, source, Reason.LABEL_TITLE)

    by_label_title: dict[tuple[str, str, str], list[Place]] = {}
    for source in olds:
        by_label_title.setdefault(_label_title(source), []).append(source)
    for i, target in enumerate(news):
        if i in found:
            continue
        source = next((s for s in by_label_title.get(_label_title(target), []) if free(s)), None)
        if source is not None:
            take(i, source, Reason.MOVED)

    if similar:
        candidates = []
        for i, target in enumerate(news):
            if i in found:
                continue
            for source in olds:
                if source.kind != target.kind or not free(source):
                    continue
                score = similarity(source.node, target.node)
                if score >= SIMILAR_ENOUGH:
                    rank = score + (SAME_DIMENSION_BONUS if _same_dimension(source, target) else 0.0)
                    candidates.append((rank, score, i, source))
        for _rank, score, i, source in sorted(candidates, key=lambda c: (-c[0], c[2])):
            if i not in found and free(source):
                take(i, source, Reason.SIMILAR, score)

    pairs = []
    for i, target in enumerate(news):
        source, reason, score = found.get(i, (None, Reason.NEW, 0.0))
        pairs.append(Pair(target, source, reason, score))
    pairs += [Pair(None, source, Reason.UNMATCHED, 0.0) for source in olds if source.node.id not in used]
    return Matching(pairs)


def normalized(text: str) -> str:
    """Text as matching compares it: no whitespace, full-width colon and comma as half-width."""
    return "".join(text.split()).replace("：", ":").replace("，", ",")


def similarity(a: Node, b: Node) -> float:
    """How alike two rows' wording is, from 0 to 1 (title and description)."""
    left, right = normalized(_wording(a)), normalized(_wording(b))
    if not left or not right:
        return 0.0
    return difflib.SequenceMatcher(a=left, b=right, autojunk=False).ratio()


def _wording(node: Node) -> str:
    if isinstance(node, Dimension):
        return node.name
    if isinstance(node, Method):
        return f"{node.title}{node.description}"
    return node.title


def _title(place: Place) -> str:
    node = place.node
    return node.name if isinstance(node, Dimension) else node.title


def _same_title(a: Place, b: Place) -> bool:
    return a.kind == b.kind and normalized(_title(a)) == normalized(_title(b))


def _label_title(place: Place) -> tuple[str, str, str]:
    return place.kind, place.node.label.strip(), " ".join(_title(place).split())


def _same_dimension(a: Place, b: Place) -> bool:
    return a.dimension.label.strip() == b.dimension.label.strip()

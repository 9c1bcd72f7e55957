"""Side by side: a carried-over row as it was last year and as it is now, with the changes highlighted."""

from __future__ import annotations

import difflib
import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from perfdesk.domain.report import Method

# (field, caption); captions are translated where they are shown.
_FIELDS = (
    ("title", QT_TRANSLATE_NOOP("CompareDialog", "標題")),
    ("description", QT_TRANSLATE_NOOP("CompareDialog", "說明")),
    ("units", QT_TRANSLATE_NOOP("CompareDialog", "主辦單位")),
    ("practice", QT_TRANSLATE_NOOP("CompareDialog", "具體作法")),
    ("results", QT_TRANSLATE_NOOP("CompareDialog", "執行績效與成果")),
)
_DELETED = "background:#f8d7da;text-decoration:line-through"
_INSERTED = "background:#d4edda"


def highlighted(old: str, new: str) -> tuple[str, str]:
    """Both texts as HTML, deletions marked in the old and insertions in the new (character level)."""
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    left, right = [], []
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        a, b = html.escape(old[a1:a2]), html.escape(new[b1:b2])
        if tag == "equal":
            left.append(a)
            right.append(b)
        else:
            if a:
                left.append(f'<span style="{_DELETED}">{a}</span>')
            if b:
                right.append(f'<span style="{_INSERTED}">{b}</span>')
    return "".join(left).replace("\n", "<br>"), "".join(right).replace("\n", "<br>")


def comparison_html(method: Method) -> str:
    origin = method.origin
    assert origin is not None
    rows = []
    changed = QCoreApplication.translate("CompareDialog", "{field}　（有修改）")
    for field, label in _FIELDS:
        old, new = getattr(origin, field), getattr(method, field)
        if isinstance(old, list):
            old, new = "\n".join(old), "\n".join(new)
        left, right = highlighted(old, new)
        caption = QCoreApplication.translate("CompareDialog", label)
        if old != new:
            caption = changed.format(field=caption)
        rows.append(
            f"<tr><th colspan=2 align=left style='background:#eee'>{caption}</th></tr>"
            f"<tr><td width=50% valign=top>{left or '—'}</td><td width=50% valign=top>{right or '—'}</td></tr>"
        )
    last_year = QCoreApplication.translate("CompareDialog", "{year} 年（去年）").format(year=origin.year)
    this_year = QCoreApplication.translate("CompareDialog", "今年")
    return (
        f"<table width=100% cellpadding=6 border=1 style='border-collapse:collapse'>"
        f"<tr><th>{last_year}</th><th>{this_year}</th></tr>{''.join(rows)}</table>"
    )


class CompareDialog(QDialog):
    def __init__(self, method: Method, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("與去年比較 — {label} {title}").format(label=method.label, title=method.title))
        self.resize(1000, 700)
        self.browser = QTextBrowser()
        self.browser.setHtml(comparison_html(method))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

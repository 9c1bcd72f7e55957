"""The message catalog: one entry per message code, in Traditional Chinese and English."""

from __future__ import annotations

from typing import Any

from perfdesk.i18n.language import Language

_CATALOG: dict[str, tuple[str, str]] = {
    # JSON interchange files
    "json.not_utf8": (
        "JSON 檔不是 UTF-8 編碼（第 {offset} 位元組）",
        "the JSON file is not UTF-8 (byte {offset})",
    ),
    "json.syntax": (
        "JSON 格式錯誤：第 {line} 行第 {column} 字",
        "malformed JSON at line {line}, column {column}",
    ),
    "json.too_deep": ("JSON 巢狀層數過多", "the JSON nests too deeply"),
    "json.not_object": ("JSON 檔的最外層應為物件 {{…}}", "the JSON document must be an object {{…}}"),
    "json.not_perfdesk": (
        "這不是 perfdesk 報告 JSON（format 為 {found}，應為 perfdesk-report）",
        "not a perfdesk report JSON (format is {found}, expected perfdesk-report)",
    ),
    "json.newer_version": (
        "此 JSON 為較新版 perfdesk 的格式第 {found} 版，本程式只能讀取第 {supported} 版，請更新 perfdesk",
        "this JSON is format version {found} from a newer perfdesk; this one reads version {supported}: "
        "please update perfdesk",
    ),
    "json.unknown_version": (
        "不支援的 JSON 格式版本 {found}（本程式讀取第 {supported} 版）",
        "unsupported JSON format version {found} (this perfdesk reads version {supported})",
    ),
    "json.unknown_key": ("{path}：不認得的欄位 {key}", "{path}: unknown key {key}"),
    "json.missing_key": ("{path}：缺少欄位 {key}", "{path}: missing key {key}"),
    "json.control_character": (
        "{path}：含有控制字元 {char}",
        "{path}: contains the control character {char}",
    ),
    "json.bad_id": (
        "{path}：id 只能用英數字、- 與 _（最多 64 字）",
        "{path}: an id is 1–64 letters, digits, - or _",
    ),
    "json.not_allowed": ("{path}：值必須是 {allowed}", "{path}: must be {allowed}"),
    "json.out_of_range": ("{path}：超出允許範圍（{rule} {limit}）", "{path}: out of range ({rule} {limit})"),
    "json.expected": ("{path}：應為{expected}", "{path}: expected {expected}"),
    "json.duplicate_id": ("{path}：id {id} 重複", "{path}: duplicate id {id}"),
    # Input files in general
    "input.not_found": ("找不到檔案：{path}", "file not found: {path}"),
    "input.cannot_read": ("無法讀取檔案：{path}", "cannot read file: {path}"),
    # Output files
    "output.exists": (
        "{path} 已存在；要覆寫請加 --force",
        "{path} already exists; use --force to overwrite it",
    ),
    "output.no_folder": ("資料夾不存在：{path}", "folder does not exist: {path}"),
    "output.disk_full": (
        "磁碟空間不足，無法寫入 {path}；原有檔案未變更",
        "the disk is full; could not write {path} (any existing file is unchanged)",
    ),
    "output.not_writable": ("沒有權限寫入 {path}", "no permission to write {path}"),
    "output.failed": ("無法寫入 {path}：{reason}", "could not write {path}: {reason}"),
    # Exports
    "export.unknown_format": (
        "不支援的匯出格式「{found}」（可用：{known}）",
        "unknown export format 「{found}」 (known: {known})",
    ),
    "export.bad_font": ("無法使用字型檔 {path}", "cannot use the font file {path}"),
    "mapping.malformed": (
        '對應檔 {path} 格式錯誤：應為 JSON 物件 {{"新範本位置": "去年位置" 或 null}}',
        'mapping file {path} is malformed: expected a JSON object {{"template row": "last year\'s row" or null}}',
    ),
    # Office files
    "file.not_found": ("找不到檔案：{path}", "file not found: {path}"),
    "file.is_folder": ("{path} 是資料夾，不是 perfdesk 檔案", "{path} is a folder, not a perfdesk file"),
    "file.cannot_read": ("沒有權限讀取 {path}", "no permission to read {path}"),
    "file.empty": (
        "{path} 是空檔案（0 位元組），不是 perfdesk 檔案",
        "{path} is empty (0 bytes), not a perfdesk file",
    ),
    "file.not_perfdesk": ("{path} 不是 perfdesk 檔案", "{path} is not a perfdesk file"),
    "file.damaged": (
        "{path} 已損毀或不完整，無法開啟；可從備份還原（perfdesk-cli backups）",
        "{path} is damaged or truncated and cannot be opened; restore a backup (perfdesk-cli backups)",
    ),
    "file.newer_version": (
        "{path} 由較新版 perfdesk 建立（{written_by}，檔案格式第 {file_version} 版），"
        "本程式只支援到第 {supported} 版，為避免損壞不予開啟，請更新 perfdesk",
        "{path} was written by a newer perfdesk ({written_by}, file format {file_version}); "
        "this one supports up to {supported} and will not open it: please update perfdesk",
    ),
    "file.locked": (
        "{path} 正由 {user}（電腦 {host}）自 {since} 起編輯中；可改以唯讀開啟",
        "{path} is being edited by {user} on {host} since {since}; it can be opened read-only",
    ),
    "file.read_only": ("{path} 是唯讀的，無法修改", "{path} is read-only and cannot be changed"),
    "file.opened_read_only": (
        "{path} 以唯讀開啟，無法修改",
        "{path} is open read-only and cannot be changed",
    ),
    "file.no_report": ("perfdesk 檔案中沒有報告", "the perfdesk file holds no report"),
    "file.vanished": (
        "{path} 已不存在（可能被移動或刪除）；修改仍保留在記憶體中，請另存新檔",
        "{path} is gone (moved or deleted?); your edits are kept in memory: save them elsewhere",
    ),
    "file.disk_full": ("磁碟空間不足，無法寫入 {path}", "the disk is full; could not write {path}"),
    "file.busy": ("{path} 正被其他程式使用，請稍後再試", "{path} is in use by another program; try again"),
    "file.read_failed": ("無法讀取 {path}：{reason}", "could not read {path}: {reason}"),
    "file.write_failed": ("無法寫入 {path}：{reason}", "could not write {path}: {reason}"),
    # Backups
    "backup.failed": ("無法建立備份於 {path}", "could not make a backup in {path}"),
    "backup.none": ("{path} 沒有任何備份", "{path} has no backups"),
    "backup.no_such": (
        "沒有第 {number} 個備份（共 {count} 個）",
        "there is no backup {number} (there are {count})",
    ),
    # Edits
    "edit.node_missing": ("找不到要修改的項目 {node}", "the item {node} no longer exists"),
    "job.cancelled": ("已取消，未寫入任何檔案", "cancelled; nothing was written"),
    # Command line
    "cli.usage": (
        "指令用法錯誤：{detail}（請見 perfdesk-cli --help）",
        "usage error: {detail} (see perfdesk-cli --help)",
    ),
    "cli.bad_year": ("年度應為民國年（例如 113）：{value}", "the year is an ROC year such as 113: {value}"),
    "cli.interrupted": ("已中斷，未寫入任何檔案", "interrupted; nothing was written"),
    "cli.unexpected": (
        "發生未預期的錯誤：{reason}（檔案未變更，請回報此訊息）",
        "unexpected error: {reason} (no file was changed; please report this message)",
    ),
    # Validation problems
    "problem.empty_results": ("{location}：尚未填寫執行績效與成果", "{location}: results are empty"),
    "problem.missing_units": ("{location}：未指定主辦單位", "{location}: no responsible unit"),
    "problem.unknown_unit": (
        "{location}：主辦單位「{unit}」不在單位名冊中",
        "{location}: unit 「{unit}」 is not in the roster",
    ),
    "problem.duplicate_label": (
        "{location}：編號「{label}」重複",
        "{location}: the label 「{label}」 is used twice",
    ),
    "problem.earlier_year": (
        "{location}：成果提到 {year} 年，請確認不是去年的內容",
        "{location}: the results mention {year}; make sure this is not last year's text",
    ),
    "problem.not_reviewed": (
        "{location}：由去年帶入，尚未檢視",
        "{location}: carried over from last year, not reviewed yet",
    ),
    "problem.held_over": (
        "未對應之去年內容：「{location}」在新範本中沒有對應位置，請移到合適位置或刪除",
        "held over from last year: 「{location}」 has no place in the new template; move or delete it",
    ),
    "problem.missing_label": ("{location}：「{title}」缺少編號", "{location}: 「{title}」 has no label"),
}

_TYPE_WORDS: dict[str, tuple[str, str]] = {
    "string": ("字串", "a string"),
    "integer": ("整數", "an integer"),
    "number": ("數字", "a number"),
    "boolean": ("true 或 false", "true or false"),
    "null": ("null", "null"),
    "object": ("物件", "an object"),
    "array": ("清單", "a list"),
}


def render(code: str, language: Language, **params: Any) -> str:
    """The message for `code` in `language`, one line, with its parameters filled in."""
    zh, en = _CATALOG.get(code, ("{code}", "{code}"))
    template = en if language == "en" else zh
    if "expected" in params:
        params = {**params, "expected": describe_expected(str(params["expected"]), language)}
    text = template.format(code=code, **params)
    return " ".join(text.split())


def describe_expected(expected: str, language: Language) -> str:
    """Words for a schema expectation code such as 'list:string' or 'integer|null'."""
    words = []
    for option in expected.split("|"):
        if option.startswith("list:"):
            inner = _TYPE_WORDS.get(option[5:], (option[5:], option[5:]))
            words.append(f"{inner[0]}清單" if language != "en" else f"a list of {inner[1].split()[-1]}s")
        else:
            zh, en = _TYPE_WORDS.get(option, (option, option))
            words.append(en if language == "en" else zh)
    return (" or " if language == "en" else "或").join(words)


def known_codes() -> set[str]:
    return set(_CATALOG)

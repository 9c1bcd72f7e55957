"""The message catalog: one entry per message code, in Traditional Chinese and English."""

from __future__ import annotations

from typing import Any

from perfdesk.i18n.language import Language

_CATALOG: dict[str, tuple[str, str]] = {
    # JSON interchange files
    "json.duplicate_key": ("{path}：欄位 {key} 重複出現", "{path}: the key {key} appears more than once"),
    "json.line_break": (
        "{path}：單行欄位不可換行（{char}）",
        "{path}: a one-line field cannot contain a line break ({char})",
    ),
    "json.paragraph_break": (
        "{path}：含有換行字元 {char}，段落之間請用 \\n",
        "{path}: contains the line break {char}; separate paragraphs with \\n",
    ),
    "json.not_a_character": (
        "{path}：含有無效的字元 {char}（非字元或不成對的代理字元）",
        "{path}: contains {char}, which is not a character (a noncharacter or an unpaired surrogate)",
    ),
    "json.nested_too_deep": ("{path}：子項目超過 {limit} 層", "{path}: sub-items nest more than {limit} levels deep"),
    "json.too_deep_at": ("{path}：巢狀超過 {limit} 層", "{path}: nests more than {limit} levels deep"),
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
    "output.not_regular": (
        "{path} 不是一般檔案（裝置、FIFO 或資料夾），不寫入也不取代",
        "{path} is not a regular file (a device, FIFO or folder); not writing to it or replacing it",
    ),
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
    # … what the export dialog and the file dialog call each format (export/formats.py)
    "export.format.xlsx": ("Excel 活頁簿", "Excel workbook"),
    "export.format.pdf": ("PDF 文件", "PDF document"),
    "export.format.docx": ("Word 文件", "Word document"),
    "export.format.odt": ("ODF 文字文件", "ODF text document"),
    "export.format.ods": ("ODF 試算表", "ODF spreadsheet"),
    "export.replaced_characters": (
        "有 {count} 個字元無法匯出（控制字元或無效字元），已以 � 取代",
        "{count} characters could not be exported (control or invalid characters) and were replaced with �",
    ),
    "export.cut_characters": (
        "欄位標題過長，已省略 {count} 個字元（以 … 標示）",
        "column headers too long for the page: {count} characters were left out (marked …)",
    ),
    "export.missing_glyphs": (
        "沒有任何字型有下列 {count} 個字，已印為空框：{characters}",
        "characters no installed font has ({count}) print as empty boxes: {characters}",
    ),
    "export.missing_glyphs.more": ("；另有 {count} 個字", "; and {count} more"),
    "export.place.title": ("標題", "the title"),
    "export.place.front_matter": ("前言第 {row} 段", "front matter, paragraph {row}"),
    "export.place.heading": ("{dimension} 標題", "{dimension} heading"),
    "export.place.header": ("{dimension} 表頭「{column}」", "{dimension} column header 「{column}」"),
    "export.place.cell": (
        "{dimension} {strategy} 第 {row} 列「{column}」",
        "{dimension} {strategy} row {row} 「{column}」",
    ),
    "export.place.more": ("及另外 {count} 處", " and {count} more places"),
    "export.unknown_format": (
        "不支援的匯出格式「{found}」（可用：{known}）",
        "unknown export format 「{found}」 (known: {known})",
    ),
    "export.bad_font": ("無法使用字型檔 {path}", "cannot use the font file {path}"),
    "mapping.malformed": (
        '對應檔 {path} 格式錯誤：應為 JSON 物件 {{"新範本位置": "去年位置" 或 null}}',
        'mapping file {path} is malformed: expected a JSON object {{"template row": "last year\'s row" or null}}',
    ),
    # Word and ODF documents to import (interchange/documents/)
    "document.missing": ("找不到文件 {path}", "the document {path} does not exist"),
    "document.unreadable": ("無法讀取文件 {path}：{reason}", "cannot read the document {path}: {reason}"),
    "document.empty": ("{path} 是空檔案", "{path} is an empty file"),
    "document.too_large": (
        "{path} 太大或解壓縮後異常龐大，不予匯入",
        "{path} is too large, or would unpack to far more than a report; not imported",
    ),
    "document.ole": (
        "{path} 是舊版 Word（.doc）或設有密碼的文件：請以 Word 另存為 .docx（不設密碼）後再匯入",
        "{path} is an old Word file (.doc) or a password-protected document: "
        "save it as .docx (without a password) in Word and import that",
    ),
    "document.encrypted": (
        "{path} 設有密碼：請在 LibreOffice 或 Word 取消密碼另存新檔後再匯入",
        "{path} is password-protected: save a copy without the password in LibreOffice or Word and import that",
    ),
    "document.not_a_document": (
        "{path} 不是 Word（.docx）或 ODF（.odt）文件",
        "{path} is not a Word (.docx) or ODF (.odt) document",
    ),
    "document.damaged": ("{path} 已損毀或不完整（{reason}）", "{path} is damaged or incomplete ({reason})"),
    "document.unsafe_xml": (
        "{path} 的 {part} 含有文件定義（DTD），Word 與 ODF 文件不會有，不予匯入",
        "{path}: {part} holds a document type definition, which Word and ODF documents never do; not imported",
    ),
    "document.unknown_package": (
        "{path} 是壓縮檔，但不是 Word（.docx）或 ODF（.odt）文件",
        "{path} is a zip file but not a Word (.docx) or ODF (.odt) document",
    ),
    "document.no_report_table": (
        "{path} 中找不到報告表格（含「執行策略」等欄名的表格）",
        "{path} holds no report table (a table with headers such as 執行策略)",
    ),
    "document.text_box": (
        "文字方塊中的文字未匯入：{text}",
        "text in a text box was not imported: {text}",
    ),
    "document.needs_libreoffice": (
        "匯入 .doc 需要 LibreOffice；請以 Word 將 {path} 另存為 .docx 後再匯入",
        "importing a .doc needs LibreOffice; save {path} as .docx in Word and import that",
    ),
    "document.conversion_failed": (
        "LibreOffice 無法轉換 {path}：{reason}",
        "LibreOffice could not convert {path}: {reason}",
    ),
    "document.conversion_timeout": (
        "LibreOffice 在 {seconds} 秒內未完成轉換 {path}",
        "LibreOffice did not convert {path} within {seconds} seconds",
    ),
    # What a Word/ODF import judged (interchange/documents/report_from_blocks.py), for --dry-run and the window
    "import.title": ("標題：「{title}」", "title: “{title}”"),
    "import.office_missing": (
        "{path} 的標題未載明單位：請以 --office 指定",
        "the title of {path} does not name the office: give it with --office",
    ),
    "import.year_missing": (
        "{path} 的標題未載明年度：請以 --year 指定",
        "the title of {path} does not say the year: give it with --year",
    ),
    "import.office_not_in_title": ("標題未載明單位：請以 --office 指定", "the title names no office: give --office"),
    "import.year_not_in_title": ("標題未載明年度：請以 --year 指定", "the title says no year: give --year"),
    "import.kind_not_in_title": (
        "標題未載明執行計畫或執行績效與成果：視為執行績效與成果（可以 --kind 指定）",
        "the title says neither plan nor results: taken as results (give --kind)",
    ),
    "import.dimension": ("構面：{heading}", "dimension: {heading}"),
    "import.columns": ("{dimension} 的欄位：{columns}", "columns of {dimension}: {columns}"),
    "import.header_repeated": ("跨頁重複的表頭列已略過", "a header row repeated after a page break was skipped"),
    "import.not_a_report_table": (
        "略過非報告表格的表格（第一列：{first}）",
        "skipped a table that is not a report table (first row: {first})",
    ),
    "import.table_without_heading": (
        "表格前沒有構面標題：建立未命名的構面",
        "a table with no dimension heading before it: an unnamed dimension was made",
    ),
    "import.paragraph_skipped": (
        "表格之間的段落未匯入：「{text}」",
        "a paragraph between tables was not imported: “{text}”",
    ),
    "import.project_points": (
        "專案「{name}」取用類別的配分 {points} 分",
        "project “{name}” takes its category's {points} points",
    ),
    "import.row_without_strategy": (
        "第一列沒有執行策略：建立未命名的執行策略（{row}）",
        "a first row without a strategy: an unnamed strategy was made ({row})",
    ),
    "import.contributions": ("{row}：讀入 {count} 個分局的執行情形", "{row}: read {count} offices' contributions"),
    "import.sub_item_in_cell": (
        "{row} 與其上層寫在同一格：分為兩列",
        "{row} shares a cell with the row above it: made two rows",
    ),
    "import.automatic_number": (
        "{row} 的編號 {label} 由 Word／ODF 自動編號產生",
        "{row}: the number {label} comes from automatic numbering",
    ),
    "import.joined_over_page_break": (
        "{row}：跨頁續寫的列已併回同一列",
        "{row}: a row continued over a page break was joined back into one",
    ),
    # Office files
    # … whose rows, tables or version are not what perfdesk wrote (storage/row_checks.py, tree_reader.py)
    "file.bad_value": (
        "檔案已損毀：{table} {row}（{where}）的 {column} 應為{expected}，卻是 {found}；可從備份還原",
        "the file is damaged: {column} of {table} {row} ({where}) should be {expected}, not {found}; restore a backup",
    ),
    "file.out_of_range": (
        "檔案已損毀：{table} {row}（{where}）的 {column} 為 {value}，超出 {low}–{high} 的範圍；可從備份還原",
        "the file is damaged: {column} of {table} {row} ({where}) is {value}, outside {low}–{high}; restore a backup",
    ),
    "file.bad_text": (
        "檔案已損毀：{table} {row}（{where}）的 {column} 不是有效的 UTF-8 文字；可從備份還原",
        "the file is damaged: {column} of {table} {row} ({where}) is not valid UTF-8 text; restore a backup",
    ),
    "file.dangling": (
        "檔案已損毀：{table} {row}（{where}）的 {column} 指向不存在的 {target} {value}；可從備份還原",
        "the file is damaged: {column} of {table} {row} ({where}) refers to {target} {value}, which does not exist; "
        "restore a backup",
    ),
    "file.missing_parent": (
        "檔案已損毀：method {row}（{where}）的上層 {parent} 不存在；可從備份還原",
        "the file is damaged: the parent {parent} of method {row} ({where}) does not exist; restore a backup",
    ),
    "file.parent_elsewhere": (
        "檔案已損毀：method {row}（{where}）與其上層 {parent} 不屬於同一個執行策略；可從備份還原",
        "the file is damaged: method {row} ({where}) and its parent {parent} belong to different strategies; "
        "restore a backup",
    ),
    "file.cycle": (
        "檔案已損毀：method {row}（{where}）的上層關係繞成一圈（{chain}）；可從備份還原",
        "the file is damaged: the parents of method {row} ({where}) go round in a circle ({chain}); restore a backup",
    ),
    "file.too_deep": (
        "檔案已損毀或無法處理：method {row}（{where}）是第 {depth} 層子項目，最多只能有 {limit} 層",
        "the file is damaged or cannot be handled: method {row} ({where}) is a sub-item {depth} levels deep; "
        "at most {limit} are allowed",
    ),
    "file.duplicate_row": (
        "檔案已損毀：{table} {row}（{where}）出現不只一次；可從備份還原",
        "the file is damaged: {table} {row} ({where}) appears more than once; restore a backup",
    ),
    "file.duplicate_position": (
        "檔案已損毀：{table} {row}（{where}）與另一列同在位置 {position}，無法確定順序；可從備份還原",
        "the file is damaged: {table} {row} ({where}) shares position {position} with another row, so their order "
        "is unknown; restore a backup",
    ),
    "file.report_count": (
        "檔案已損毀：應恰有一份報告，卻有 {count} 份；可從備份還原",
        "the file is damaged: it should hold exactly one report, not {count}; restore a backup",
    ),
    "file.checksum_mismatch": (
        "檔案已損毀：{table} {row}（{where}）的內容與檢查碼不符，可能已被改動；可從備份還原",
        "the file is damaged: {table} {row} ({where}) does not match its checksum and may have changed; "
        "restore a backup",
    ),
    "file.checksum_mismatch_many": (
        "檔案已損毀：{table} {row}（{where}）等 {count} 列的內容與檢查碼不符，可能已被改動；可從備份還原",
        "the file is damaged: {count} rows, the first {table} {row} ({where}), do not match their checksums and "
        "may have changed; restore a backup",
    ),
    "file.missing_table": (
        "檔案已損毀或不完整：缺少資料表 {table}；可從備份還原",
        "the file is damaged or incomplete: the table {table} is missing; restore a backup",
    ),
    "file.missing_column": (
        "檔案已損毀或不完整：資料表 {table} 缺少欄位 {column}；可從備份還原",
        "the file is damaged or incomplete: the table {table} has no column {column}; restore a backup",
    ),
    "file.column_type": (
        "檔案已損毀：資料表 {table} 的欄位 {column} 宣告為 {found}，應為 {declared}；可從備份還原",
        "the file is damaged: the column {column} of table {table} is declared {found}, not {declared}; "
        "restore a backup",
    ),
    "file.bad_trigger": (
        "檔案已損毀：維護檢查碼的觸發程序 {trigger} 遺失或被改動，無法確認內容完整；可從備份還原",
        "the file is damaged: the checksum trigger {trigger} is missing or altered, so the content cannot be "
        "trusted; restore a backup",
    ),
    "file.unknown_trigger": (
        "檔案含有 perfdesk 不認得的觸發程序 {trigger}，可能在背後改動內容，因此不予開啟",
        "the file holds a trigger perfdesk does not know ({trigger}) that could change its content unseen, "
        "so it is not opened",
    ),
    "file.unknown_version": (
        "檔案的格式版本標示為 {version}，不是任何 perfdesk 寫入的版本；檔案可能已損毀，無法開啟",
        "the file says it is format version {version}, which no perfdesk writes; it may be damaged and is not opened",
    ),
    "file.version_mismatch": (
        "檔案標示為第 {version} 版格式，但資料表 {table} 與該版不符；檔案可能已損毀，無法開啟",
        "the file says it is format version {version}, but its table {table} does not match that version; "
        "it may be damaged and is not opened",
    ),
    "file.migration_failed": (
        "無法將檔案由第 {version} 版格式升級（{reason}），檔案未被修改",
        "could not upgrade the file from format version {version} ({reason}); the file was not changed",
    ),
    "file.unreadable_content": (
        "檔案內容已損毀，無法讀取（{reason}）；可從備份還原",
        "the file's content is damaged and cannot be read ({reason}); restore a backup",
    ),
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
    "file.recovery_not_writable": (
        "{path} 上次的寫入沒有完成（程式中斷或當機），要有寫入權限才能完成復原；內容沒有遺失："
        "請在可寫入的位置開啟一次，或將它連同同資料夾的「-journal」檔一起複製出來",
        "the last write to {path} did not finish (interrupted or crashed) and completing its recovery needs "
        "write access; nothing is lost: open it once where it can be written, or copy it together with its "
        "'-journal' file beside it",
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
    "file.lock_unreadable": (
        "{path} 的編輯鎖定檔 {lock} {problem}，無法得知誰在編輯；可改以唯讀開啟，"
        "或在確定沒有人正在編輯後接管（或刪除該鎖定檔）",
        "the edit lock {lock} of {path} {problem}, so it does not say who is editing; open read-only, "
        "or take it over (or delete that lock file) once you are sure nobody is editing",
    ),
    "lock.empty": ("是空的", "is empty"),
    "lock.garbled": ("內容無法辨識", "is garbled"),
    "lock.incomplete": ("內容不完整", "is incomplete"),
    "lock.oversized": ("大得不像鎖定檔", "is far too large to be a lock"),
    "lock.cannot_read": ("無法讀取", "cannot be read"),
    "lock.busy": ("一再被建立又移除", "keeps appearing and disappearing"),
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
    "file.folder_read_only": (
        "資料夾 {folder} 不允許寫入（儲存時需要在同一資料夾建立暫存檔），無法儲存 {path}",
        "the folder {folder} does not allow writing (saving needs a temporary file beside {path})",
    ),
    "file.folder_gone": (
        "無法存取資料夾 {folder}（網路磁碟中斷或已移除？），無法儲存 {path}",
        "the folder {folder} cannot be reached (network drive disconnected or removed?); could not save {path}",
    ),
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
    # Why the matcher paired two rows (domain/matching.py Reason), in the mapping report and dialog
    "match.chosen": ("你的選擇", "your choice"),
    "match.id": ("同一項目（id）", "same item (id)"),
    "match.framework": ("框架中的同一項目", "the same row of the framework"),
    "match.label+title": ("編號與標題相同", "same label and title"),
    "match.moved": ("編號與標題相同，位置不同", "same label and title, another place"),
    "match.similar": ("文字相近", "similar wording"),
    "match.new": ("新範本新增，內容空白", "new in the template, starts empty"),
    "match.unmatched": ("找不到對應，放入「未對應之去年內容」", "no match: kept in the holding section"),
    # Submissions to headquarters (services/submission.py) and the received folder (services/folder_status.py)
    "status.no_folder": ("找不到資料夾：{path}", "no such folder: {path}"),
    "merge.headquarters_among_offices": (
        "{path} 是總局的報告，不能當作分局檔案彙整",
        "{path} is headquarters' report, not an office's file to merge",
    ),
    "merge.same_office": (
        "同一分局有兩個檔案：{office}：{first} 與 {second}（請只留一個）",
        "two files of one office: {office}: {first} and {second} (keep one)",
    ),
    "merge.other_year": (
        "{path} 是 {found}，總局報告是 {wanted}：不同年度或類型的報告不予彙整",
        "{path} is {found}, headquarters' report is {wanted}: a report of another year or kind is not merged",
    ),
    "submission.same_file": (
        "提交檔不能是原檔本身：{path}（請另指定輸出檔）",
        "the submission cannot be the file itself: {path} (give another output file)",
    ),
    "submission.already_sealed": (
        "{path} 已是提交檔（唯讀）；請由分局的工作檔提交",
        "{path} is already a submission (read-only); submit from the office's working file",
    ),
    # Validation problems
    # {field}: the column's header in that 構面's table (「具體作法」 where 臺中 prints its results so).
    "problem.empty_results": ("{location}：尚未填寫{field}", "{location}: results (「{field}」) are empty"),
    "problem.missing_units": ("{location}：未指定{field}", "{location}: no responsible unit (「{field}」)"),
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
    "problem.unmatched_contribution": (
        "{office}的「{location}」在總局報告中沒有對應的列（在「未對應之分局內容」）；請移到合適位置或刪除",
        "{office}'s row 「{location}」 matches no row of headquarters' report (kept in 「未對應之分局內容」); "
        "move it or delete it",
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
    if str(params.get("problem")) in _CATALOG:
        # A problem given as a message code of its own (e.g. why a lock file is unreadable).
        params = {**params, "problem": render(str(params["problem"]), language)}
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

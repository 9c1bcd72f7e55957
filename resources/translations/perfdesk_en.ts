<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_TW">
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../src/perfdesk/ui/background_task.py" line="+43"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../src/perfdesk/ui/checks_panel.py" line="+46"/>
        <source>提醒：{problem}</source>
        <translation>Note: {problem}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>檢查通過，沒有發現問題</source>
        <translation>Checks passed: no problems found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>待補正 {errors} 項，提醒 {warnings} 項</source>
        <translation>Problems: {errors} to fix, {warnings} to note</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>待補正 {errors} 項</source>
        <translation>
            <numerusform>Problems: {errors} to fix</numerusform>
            <numerusform>Problems: {errors} to fix</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../src/perfdesk/ui/compare_dialog.py" line="+39"/>
        <source>{field}&#x3000;（有修改）</source>
        <translation>{field} (changed)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{year} 年（去年）</source>
        <translation>Year {year} (last year)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今年</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>與去年比較 — {label} {title}</source>
        <translation>Compare with Last Year — {label} {title}</translation>
    </message>
</context>
<context>
    <name>CopyForwardDialog</name>
    <message>
        <location filename="../../src/perfdesk/ui/copy_forward_dialog.py" line="+33"/>
        <source>從去年檔案建立新年度</source>
        <translation>New Year from Last Year&apos;s File</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 年</source>
        <translation> (ROC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保留去年的執行績效與成果（通常不勾，今年重寫）</source>
        <translation>Keep last year&apos;s results (usually unticked: results are rewritten every year)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保留內部備註</source>
        <translation>Keep internal comments</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>瀏覽…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>選填：總局的新範本（JSON），改採新範本的架構與文字</source>
        <translation>Optional: headquarters&apos; new template (JSON) to adopt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>來源：{title}&lt;br&gt;將帶入 {dimensions} 個構面、{strategies} 個執行策略、{methods} 列執行方法與子項目，以及 {units} 個主辦單位。&lt;br&gt;結構、編號、說明、主辦單位與具體作法一律帶入；每一列都會標為「待檢視」，並保留去年的內容供對照。</source>
        <translation>Source: {title}&lt;br&gt;Carries over {dimensions} dimensions, {strategies} strategies, {methods} method and sub-item rows and {units} responsible units.&lt;br&gt;Structure, numbers, descriptions, responsible units and planned practice always carry over; every row is marked “to review” and keeps last year&apos;s text for comparison.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>新年度</source>
        <translation>New year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>報告類型</source>
        <translation>Report kind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新範本</source>
        <translation>New template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新檔案</source>
        <translation>New file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>建立</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>JSON 交換檔</source>
        <translation>JSON interchange file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>總局的新範本</source>
        <translation>Headquarters&apos; New Template</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>新年度報告檔</source>
        <translation>Report File for the New Year</translation>
    </message>
</context>
<context>
    <name>DimensionEditor</name>
    <message>
        <location filename="../../forms/dimension_editor.ui" line="+14"/>
        <location line="+33"/>
        <source>構面</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>編號(&amp;N)</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>名稱(&amp;A)</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>配分(&amp;S)</source>
        <translation>Point&amp;s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>未配分</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>類別(&amp;C)</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>一、整體服務類</source>
        <translation>一、整體服務類</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>二、專案規劃類</source>
        <translation>二、專案規劃類</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>標題列（留空則自動產生）(&amp;H)</source>
        <translation>&amp;Heading (generated when empty)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>說明(&amp;D)</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>表格欄位</source>
        <translation>Table columns</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>內容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>欄位標題</source>
        <translation>Column header</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>新增欄位</source>
        <translation>Add Column</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>移除欄位</source>
        <translation>Remove Column</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>上移</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>下移</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/editors/dimension_editor.py" line="+16"/>
        <source>執行策略</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>執行方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主辦單位</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>具體作法</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>執行績效與成果</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>評核重點</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>修改表格欄位</source>
        <translation>Edit table columns</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新增表格欄位</source>
        <translation>Add table column</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>移除表格欄位</source>
        <translation>Remove table column</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>移動表格欄位</source>
        <translation>Move table column</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../src/perfdesk/ui/edit_controller.py" line="+32"/>
        <source>構面 {label}</source>
        <translation>Dimension {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>執行策略 {label}</source>
        <translation>Strategy {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>執行方法 {label}</source>
        <translation>Method {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子項目 {label}</source>
        <translation>Sub-item {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>報告</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>修改 {node} 的{field}</source>
        <translation>Edit {field} of {node}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>新增單位「{unit}」</source>
        <translation>Add unit “{unit}”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>新增 {node}</source>
        <translation>Add {node}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>刪除 {node}</source>
        <translation>Delete {node}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>移動 {node}</source>
        <translation>Move {node}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>上移 {node}</source>
        <translation>Move {node} up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>下移 {node}</source>
        <translation>Move {node} down</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>降階 {node}</source>
        <translation>Indent {node}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>升階 {node}</source>
        <translation>Outdent {node}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>重新編號</source>
        <translation>Renumber</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>修改報告屬性</source>
        <translation>Edit report properties</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>全部取代「{text}」</source>
        <translation>Replace all “{text}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取代</source>
        <translation>Replace</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../forms/export_dialog.ui" line="+14"/>
        <location filename="../../src/perfdesk/ui/export_dialog.py" line="+83"/>
        <source>匯出報表</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>格式(&amp;F)</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>輸出檔(&amp;O)</source>
        <translation>&amp;Output file</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>瀏覽(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>方向(&amp;R)</source>
        <translation>O&amp;rientation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>字級(&amp;S)</source>
        <translation>Font &amp;size</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> 點</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/export_dialog.py" line="-60"/>
        <source>A4 橫式</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 直式</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>匯出</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>檢查面板有 {count} 項待補正。</source>
        <translation>
            <numerusform>The checks panel lists {count} problem to fix.</numerusform>
            <numerusform>The checks panel lists {count} problems to fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>尚有 {count} 列由去年帶入、還沒檢視。</source>
        <translation>
            <numerusform>{count} row carried over from last year has not been reviewed yet.</numerusform>
            <numerusform>{count} rows carried over from last year have not been reviewed yet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>仍可匯出。</source>
        <translation>You can still export.</translation>
    </message>
</context>
<context>
    <name>FieldCaptions</name>
    <message>
        <location filename="../../src/perfdesk/ui/field_captions.py" line="+22"/>
        <source>編號</source>
        <translation>number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>標題</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名稱</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>說明</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>主辦單位</source>
        <translation>responsible units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>具體作法</source>
        <translation>planned practice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>執行績效與成果</source>
        <translation>results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>評核重點</source>
        <translation>review criteria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>配分</source>
        <translation>points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>內部備註</source>
        <translation>internal comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待檢視</source>
        <translation>review flag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>類別</source>
        <translation>category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>標題列</source>
        <translation>heading</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>機關</source>
        <translation>agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>單位</source>
        <translation>office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度</source>
        <translation>year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>類型</source>
        <translation>kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>前言</source>
        <translation>front matter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>欄位</source>
        <translation>column field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>欄名</source>
        <translation>column header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>框架代號</source>
        <translation>framework id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>分局</source>
        <translation>branch office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>來稿列代號</source>
        <translation>source row id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>來稿檔案</source>
        <translation>source file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>來稿 SHA-256</source>
        <translation>source SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提交時間</source>
        <translation>submitted at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>彙整時間</source>
        <translation>merged at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>分局來稿（具體作法）</source>
        <translation>practice as received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>分局來稿（執行績效與成果）</source>
        <translation>results as received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>單位名冊</source>
        <translation>unit roster</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../src/perfdesk/ui/actions/context.py" line="+68"/>
        <source>JSON 交換檔</source>
        <translation>JSON interchange files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所有檔案</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/actions/new_report.py" line="+17"/>
        <source>新增報告</source>
        <translation>New Report</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>建立報告…</source>
        <translation>Creating the report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/perfdesk/ui/actions/year_rollover.py" line="+61"/>
        <location line="+11"/>
        <source>無法建立</source>
        <translation>Cannot create</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/actions/year_rollover.py" line="-54"/>
        <source>選擇去年的報告檔</source>
        <translation>Choose Last Year&apos;s Report File</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>讀取去年的報告…</source>
        <translation>Reading last year&apos;s report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>無法讀取</source>
        <translation>Cannot read</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>檔案已存在</source>
        <translation>File exists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} 已存在，要取代嗎？（原檔會先備份）</source>
        <translation>{path} already exists. Replace it? (The existing file is backed up first.)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>建立新年度…</source>
        <translation>Creating the new year…</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/actions/open_and_import.py" line="+13"/>
        <source>開啟報告</source>
        <translation>Open Report</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>從 JSON 匯入</source>
        <translation>Import from JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>匯入為報告檔</source>
        <translation>Import as Report File</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>匯入中…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>無法匯入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/actions/json_export.py" line="+12"/>
        <source>匯出為 JSON</source>
        <translation>Export as JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../src/perfdesk/ui/actions/report_export.py" line="+23"/>
        <source>匯出中…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/perfdesk/ui/actions/report_export.py" line="+2"/>
        <source>無法匯出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/perfdesk/ui/actions/report_export.py" line="+5"/>
        <source>已匯出 {path}</source>
        <translation>Exported {path}</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/actions/report_export.py" line="+4"/>
        <source>已匯出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>無法預覽</source>
        <translation>Cannot preview</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/actions/save_copy.py" line="+16"/>
        <source>{name}-副本</source>
        <translation>{name}-copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另存副本</source>
        <translation>Save a Copy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>儲存中…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/perfdesk/ui/actions/write_trouble.py" line="+15"/>
        <source>無法儲存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已另存副本 {path}</source>
        <translation>Saved a copy as {path}</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/actions/backups.py" line="+35"/>
        <source>其他</source>
        <translation>other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他（{reason}）</source>
        <translation>other ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>備份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此檔案還沒有自動備份。</source>
        <translation>This file has no automatic backups yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{time}&#x3000;{reason}</source>
        <translation>{time}  {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>備份與還原</source>
        <translation>Backups and Restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選擇要開啟的備份（將另存為新檔，原檔不變）：</source>
        <translation>Choose the backup to open (it is saved as a new file; this file stays as it is):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}-備份</source>
        <translation>{name}-backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>將備份另存為</source>
        <translation>Save Backup As</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>還原中…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>無法還原</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/actions/about.py" line="+15"/>
        <source>關於 perfdesk</source>
        <translation>About perfdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perfdesk {version}
經濟部標準檢驗局提升服務效能報告編輯工具

檔案：{path}</source>
        <translation>perfdesk {version}
Editor for the annual service performance reports of the Bureau of Standards, Metrology and Inspection (BSMI)

File: {path}</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/actions/write_trouble.py" line="+4"/>
        <source>你的修改仍保留在記憶體中，perfdesk 每隔幾秒會自動重試；問題排除後（例如釋出磁碟空間、恢復網路磁碟、取消唯讀），修改會自動寫入檔案。也可以先另存新檔，之後在新檔繼續編輯。</source>
        <translation>Your edits are kept in memory and perfdesk retries every few seconds; once the cause is gone (space freed, the network drive back, the file no longer read-only) they are written to the file. You can also save a copy now and go on editing that.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>你的修改仍保留在記憶體中。請另存新檔，之後在新檔繼續編輯。</source>
        <translation>Your changes are still kept in memory. Save them as a new file and continue editing in that file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>另存新檔…</source>
        <translation>Save As New File…</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>稍後</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>尚有未儲存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部分修改無法寫入檔案。</source>
        <translation>Some changes could not be written to the file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>放棄這些修改</source>
        <translation>Discard These Changes</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/actions/language.py" line="+17"/>
        <source>介面語言將於下次啟動時變更。
The language changes when perfdesk starts again.</source>
        <translation>The interface language changes when perfdesk starts again.
介面語言將於下次啟動時變更。</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/actions/open_and_import.py" line="-15"/>
        <source>（沒有最近開啟的檔案）</source>
        <translation>(No recent files)</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/actions/backups.py" line="-60"/>
        <source>開啟時</source>
        <translation>on opening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>升級格式前</source>
        <translation>before a format upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯入前</source>
        <translation>before an import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>還原前</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建立前</source>
        <translation>before creating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重設前</source>
        <translation>before a reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建立新年度前</source>
        <translation>before creating the new year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另存副本前</source>
        <translation>before saving a copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新的提交檔取代前</source>
        <translation>before a newer submission replaced it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新彙整前</source>
        <translation>before a new merge replaced it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建立時</source>
        <translation>when created</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/actions/submission.py" line="+17"/>
        <source>這已是提交檔；請由分局的工作檔提交</source>
        <translation>This is already a submission; submit from the office&apos;s working file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{office}-{year}-提交</source>
        <translation>{office}-{year}-submission</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>提交總局</source>
        <translation>Submit to Headquarters</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>建立提交檔…</source>
        <translation>Creating the submission…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>無法建立提交檔</source>
        <translation>Could not create the submission</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已建立提交檔 {path}（{errors} 項待補正、{warnings} 項提醒）</source>
        <translation>Created the submission {path} ({errors} problems, {warnings} notes)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/perfdesk/ui/find_bar.py" line="+23"/>
        <source>尋找…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取代為…</source>
        <translation>Replace with…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>上一個</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一個</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部取代…</source>
        <translation>Replace All…</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>將 {count} 處「{needle}」取代為「{replacement}」（共 {fields} 個欄位）？
可用「復原」還原。</source>
        <translation>
            <numerusform>Replace {count} occurrence of “{needle}” with “{replacement}”?
Undo reverses this.</numerusform>
            <numerusform>Replace {count} occurrences of “{needle}” with “{replacement}” (fields affected: {fields})?
Undo reverses this.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全部取代</source>
        <translation>Replace All</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>找不到</source>
        <translation>Not found</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{current}/{count} 處</source>
        <translation>
            <numerusform>{current} of {count} match</numerusform>
            <numerusform>{current} of {count} matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{count} 處</source>
        <translation>
            <numerusform>{count} match</numerusform>
            <numerusform>{count} matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../src/perfdesk/ui/job_runner.py" line="+70"/>
        <source>請等目前的工作完成</source>
        <translation>Please wait until the current job has finished</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/perfdesk/ui/main_window.py" line="+77"/>
        <source>（全部單位）</source>
        <translation>(All units)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>請在左側選擇構面、執行策略或執行方法</source>
        <translation>Select a dimension, strategy or method on the left</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>檢查</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <source>復原</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+25"/>
        <source>取消復原</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>唯讀：修改不會儲存</source>
        <translation>Read-only: changes are not saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>每次修改都會自動儲存</source>
        <translation>Every change is saved automatically</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>復原「{action}」</source>
        <translation>Undo “{action}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>取消復原「{action}」</source>
        <translation>Redo “{action}”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已儲存 {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>已檢視 {reviewed}/{total}</source>
        <translation>Reviewed {reviewed}/{total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>所有由去年帶入的列都已檢視</source>
        <translation>Every row carried over from last year has been reviewed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>這一列不是由去年帶入，沒有可比較的內容</source>
        <translation>This row was not carried over from last year: there is nothing to compare</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>確定刪除「{node} {title}」（連同其下 {count} 個項目）？
可用「復原」還原。</source>
        <translation>
            <numerusform>Delete “{node} {title}” and the {count} item below it?
Undo reverses this.</numerusform>
            <numerusform>Delete “{node} {title}” and the {count} items below it?
Undo reverses this.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>確定刪除「{node} {title}」？
可用「復原」還原。</source>
        <translation>Delete “{node} {title}”?
Undo reverses this.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>刪除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name}（唯讀）</source>
        <translation>{name} (read-only)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未儲存！</source>
        <translation>Not saved!</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>問題已排除：所有修改都已寫入檔案</source>
        <translation>Resolved: every edit has been written to the file</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../src/perfdesk/ui/mapping_dialog.py" line="+25"/>
        <source>（空白：新範本新增）</source>
        <translation>(Empty: new in the template)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>新範本對應</source>
        <translation>Mapping onto the New Template</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新範本的列</source>
        <translation>Row of the new template</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>由去年的哪一列帶入</source>
        <translation>Filled from last year&apos;s row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>依據</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>建立</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>新年度採用新範本的架構與文字；去年的主辦單位與具體作法依下表帶入。沒有被選用的去年內容會放在「未對應之去年內容」區，不會遺失。</source>
        <translation>The new year takes the new template&apos;s structure and wording; last year&apos;s responsible units and planned practice
carry over as the table shows. Last year&apos;s rows that are not chosen are kept in the held-over section 「未對應之去年內容」, never lost.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>全部去年內容都有對應。</source>
        <translation>Every row of last year has a place.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>、</source>
        <comment>separator between rows in a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>將放入「未對應之去年內容」（{count} 列）：{rows}</source>
        <translation>
            <numerusform>{count} row goes to the held-over section 「未對應之去年內容」: {rows}</numerusform>
            <numerusform>{count} rows go to the held-over section 「未對應之去年內容」: {rows}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../src/perfdesk/ui/menus.py" line="+60"/>
        <source>檢查面板(&amp;K)</source>
        <translation>Chec&amp;ks Panel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新增報告(&amp;N)…</source>
        <translation>&amp;New Report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開啟(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>從去年檔案建立新年度(&amp;Y)…</source>
        <translation>New &amp;Year from Last Year&apos;s File…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>與去年比較(&amp;C)…</source>
        <translation>&amp;Compare with Last Year…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一個待檢視(&amp;N)</source>
        <translation>&amp;Next Row to Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>從 JSON 匯入(&amp;I)…</source>
        <translation>&amp;Import from JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匯出為 JSON(&amp;E)…</source>
        <translation>Export as &amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另存副本(&amp;A)…</source>
        <translation>Save a &amp;Copy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提交總局(&amp;T)…</source>
        <translation>Submi&amp;t to Headquarters…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>匯出報表（{formats}）(&amp;X)…</source>
        <translation>&amp;Export Report ({formats})…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>預覽列印(&amp;V)…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>備份與還原(&amp;B)…</source>
        <translation>&amp;Backups and Restore…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>報告屬性(&amp;P)…</source>
        <translation>Repor&amp;t Properties…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>結束(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>尋找與取代(&amp;F)…</source>
        <translation>&amp;Find and Replace…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增同層項目(&amp;S)</source>
        <translation>Add &amp;Sibling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增下層項目(&amp;C)</source>
        <translation>Add &amp;Child</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刪除(&amp;D)…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上移(&amp;U)</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下移(&amp;W)</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>降階為子項目(&amp;T)</source>
        <translation>&amp;Indent to Sub-item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>升階(&amp;O)</source>
        <translation>&amp;Outdent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新編號(&amp;R)</source>
        <translation>&amp;Renumber</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>關於 perfdesk(&amp;A)</source>
        <translation>&amp;About perfdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最近開啟(&amp;R)</source>
        <translation>&amp;Recent Files</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>檔案(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>編輯(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>結構(&amp;S)</source>
        <translation>&amp;Structure</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>檢視(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>說明(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>工具列</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>MethodEditor</name>
    <message>
        <location filename="../../forms/method_editor.ui" line="+14"/>
        <location line="+33"/>
        <location filename="../../src/perfdesk/ui/editors/method_editor.py" line="+72"/>
        <source>執行方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>編號(&amp;N)</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>標題(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>說明(&amp;D)</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+94"/>
        <location line="+46"/>
        <location line="+46"/>
        <location line="+78"/>
        <source>0 字</source>
        <translation>0 characters</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>主辦單位(&amp;U)</source>
        <translation>Responsible &amp;units</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>新增單位名稱</source>
        <translation>New unit&apos;s name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>新增單位</source>
        <translation>Add Unit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>具體作法(&amp;P)</source>
        <translation>&amp;Planned practice</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>執行績效與成果(&amp;R)</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>評核重點(&amp;C)</source>
        <translation>Review &amp;criteria</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>配分(&amp;S)</source>
        <translation>Point&amp;s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>未配分</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>內部備註（不列印）(&amp;M)</source>
        <translation>Internal co&amp;mment (not printed)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>待檢視（由去年帶入，尚未確認）</source>
        <translation>To review (carried over from last year, not yet confirmed)</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/editors/method_editor.py" line="-8"/>
        <source>{header}(&amp;U)</source>
        <comment>responsible units, named by this dimension&apos;s own column header</comment>
        <translation>Responsible &amp;units ({header})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{header}(&amp;P)</source>
        <comment>planned practice, named by this dimension&apos;s own column header</comment>
        <translation>&amp;Planned practice ({header})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{header}(&amp;R)</source>
        <comment>results, named by this dimension&apos;s own column header</comment>
        <translation>&amp;Results ({header})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{header}(&amp;C)</source>
        <comment>review criteria, named by this dimension&apos;s own column header</comment>
        <translation>Review &amp;criteria ({header})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>子項目</source>
        <translation>Sub-item</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{unit}（不在名冊）</source>
        <translation>{unit} (not in the roster)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+12"/>
        <source>勾選主辦單位「{unit}」</source>
        <translation>Tick responsible unit “{unit}”</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>取消主辦單位「{unit}」</source>
        <translation>Untick responsible unit “{unit}”</translation>
    </message>
</context>
<context>
    <name>NodeEditor</name>
    <message numerus="yes">
        <location filename="../../src/perfdesk/ui/editors/node_editor.py" line="+58"/>
        <source>{count} 字</source>
        <translation>
            <numerusform>{count} character</numerusform>
            <numerusform>{count} characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OriginPanel</name>
    <message>
        <location filename="../../src/perfdesk/ui/editors/origin_panel.py" line="+30"/>
        <location line="+62"/>
        <source>已檢視</source>
        <translation>Mark as Reviewed</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>確認這一列已經看過、內容適用今年</source>
        <translation>Confirm that you have read this row and that it applies to this year</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>帶入</source>
        <translation>Copy In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>以去年的{field}取代目前的內容（可復原）</source>
        <translation>{field}: replace the current text with last year&apos;s (can be undone)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>去年內容（{year} 年）</source>
        <translation>Last year&apos;s text (year {year})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已檢視 ✓</source>
        <translation>Reviewed ✓</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>帶入去年的主辦單位</source>
        <translation>Copy in last year&apos;s responsible units</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../src/perfdesk/ui/print_preview.py" line="+28"/>
        <source>預覽列印 — {name}</source>
        <translation>Print Preview — {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A4 橫式</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 直式</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>縮小</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>放大</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>符合寬度</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整頁</source>
        <translation>Whole Page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>上一頁</source>
        <translation>Previous Page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一頁</source>
        <translation>Next Page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>列印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>產生預覽…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>  第 {page} 頁，共 {pages} 頁  </source>
        <translation>  Page {page} of {pages}  </translation>
    </message>
</context>
<context>
    <name>ReportKind</name>
    <message>
        <location filename="../../src/perfdesk/ui/report_properties_dialog.py" line="+16"/>
        <source>執行計畫</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>執行績效與成果</source>
        <translation>Results</translation>
    </message>
</context>
<context>
    <name>ReportPropertiesDialog</name>
    <message>
        <location filename="../../forms/report_properties.ui" line="+20"/>
        <source>報告屬性</source>
        <translation>Report Properties</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>機關(&amp;A)</source>
        <translation>&amp;Agency</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>單位(&amp;O)</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>年度（民國）(&amp;Y)</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> 年</source>
        <translation> (ROC)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>類型(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>標題(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>依機關、單位、年度與類型自動產生</source>
        <translation>Generate from agency, office, year and kind</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>前言段落（每行一段）(&amp;F)</source>
        <translation>&amp;Front matter (one paragraph per line)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>主辦單位名冊（每行一個）(&amp;U)</source>
        <translation>&amp;Unit roster (one unit per line)</translation>
    </message>
</context>
<context>
    <name>ReportTreeModel</name>
    <message>
        <location filename="../../src/perfdesk/ui/report_tree_model.py" line="+120"/>
        <source>尚未填寫</source>
        <translation>Nothing written yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>待檢視</source>
        <translation>To review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>備註：{comment}</source>
        <translation>Comment: {comment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>、</source>
        <comment>separator between notes</comment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>StrategyEditor</name>
    <message>
        <location filename="../../forms/strategy_editor.ui" line="+14"/>
        <location line="+11"/>
        <source>執行策略</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>編號(&amp;N)</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>標題(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>配分(&amp;S)</source>
        <translation>Point&amp;s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>未配分</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>SubmissionBanner</name>
    <message>
        <location filename="../../src/perfdesk/ui/submission_banner.py" line="+14"/>
        <source>這是送總局的提交檔（唯讀），但提交資訊無法讀取。</source>
        <translation>This is a submission to headquarters (read-only), but its seal cannot be read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{office}於 {time} 提交總局的報告（唯讀；提交時 {errors} 項待補正、{warnings} 項提醒）</source>
        <translation>Report submitted to headquarters by {office} at {time} (read-only; {errors} problems, {warnings} notes when submitted)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>內容已與提交時不同，請向分局確認。</source>
        <translation>Its content has changed since it was submitted: check with the office.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <location filename="../../src/perfdesk/ui/unexpected_errors.py" line="+50"/>
        <source>發生錯誤</source>
        <translation>Something Went Wrong</translation>
    </message>
</context>
<context>
    <name>WindowManager</name>
    <message>
        <location filename="../../src/perfdesk/ui/window_manager.py" line="+20"/>
        <source>perfdesk 報告</source>
        <translation>perfdesk reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所有檔案</source>
        <translation>All files</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>要以唯讀方式開啟嗎？</source>
        <translation>Open it read-only?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>唯讀檔案</source>
        <translation>Read-only file</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+41"/>
        <source>無法開啟</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>檔案使用中</source>
        <translation>File in use</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>可以唯讀開啟，檢視內容但不修改。若確定沒有人正在編輯（例如對方的電腦當機），可以接管編輯。</source>
        <translation>You can open it read-only to look without changing it. If you are sure nobody is editing it (their PC crashed, say), you can take over editing.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>以唯讀開啟</source>
        <translation>Open Read-Only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>接管編輯…</source>
        <translation>Take Over Editing…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>接管編輯</source>
        <translation>Take Over Editing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>確定現在沒有人正在編輯這個檔案嗎？
若有人仍在編輯，兩邊的修改會互相覆蓋。</source>
        <translation>Are you sure nobody is editing this file now?
If someone still is, your edits and theirs will overwrite each other.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>此檔案有 {count} 個自動備份，最新的是 {newest}。要把它另存成新檔並開啟嗎？原檔不會被更動。</source>
        <translation>Automatic backups of this file: {count}; the newest is from {newest}. Save it as a new file and open that? The original file is not changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>注意：檔案最後寫入於 {written}，備份之後的修改不在備份裡。</source>
        <translation>Note: the file was last written at {written}; edits made after the backup are not in it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>開啟備份…</source>
        <translation>Open Backup…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}-還原</source>
        <translation>{name}-restored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>將備份另存為</source>
        <translation>Save Backup As</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>無法還原</source>
        <translation>Cannot restore</translation>
    </message>
</context>
</TS>

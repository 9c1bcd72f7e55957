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
        <location filename="../../src/perfdesk/ui/checks_panel.py" line="+27"/>
        <source>檢查</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>檢查中…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>提醒：{problem}</source>
        <translation>Note: {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>檢查通過，沒有發現問題</source>
        <translation>Checks passed: no problems found</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../../src/perfdesk/ui/compare_dialog.py" line="+73"/>
        <source>{field}&#x3000;（有修改）</source>
        <translation>{field} (changed)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（尚未填寫）</source>
        <translation>(not yet written)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{year} 年（去年）</source>
        <translation>Year {year} (last year)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今年</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>與去年比較</source>
        <translation>Compare with Last Year</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部的列</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>有修改的列</source>
        <translation>Rows with changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待檢視的列</source>
        <translation>Rows to review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>今年新增的列</source>
        <translation>Rows added this year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>顯示(&amp;S)：</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>列</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>與去年相比</source>
        <translation>Against last year</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>列(&amp;L)：</source>
        <translation>&amp;Rows:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>上一個修改(&amp;P)</source>
        <translation>&amp;Previous Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一個修改(&amp;N)</source>
        <translation>&amp;Next Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已檢視(&amp;R)</source>
        <translation>Mar&amp;k as Reviewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>確認這一列已經看過、內容適用今年</source>
        <translation>Confirm that you have read this row and that it applies to this year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>到這一列(&amp;G)</source>
        <translation>&amp;Go to Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>關閉比較，在視窗中選取這一列以便編輯</source>
        <translation>Close the comparison and select this row in the window to edit it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>關閉(&amp;C)</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+13"/>
        <source>今年新增</source>
        <translation>added this year</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>有修改</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>尚未填寫</source>
        <translation>not yet written</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status}・待檢視</source>
        <translation>{status} · to review</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>修改：{fields}</source>
        <translation>changed: {fields}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>尚未填寫：{fields}</source>
        <translation>not yet written: {fields}</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+14"/>
        <source>未修改</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>這份報告沒有由去年帶入的列，沒有可比較的內容。</source>
        <translation>No row of this report was carried over from last year: there is nothing to compare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>由去年帶入 {carried} 列：{changed} 列有修改、{same} 列未修改；今年新增 {added} 列；待檢視 {to_review} 列。</source>
        <translation>{carried} rows carried over from last year: {changed} changed, {same} unchanged; {added} added this year; {to_review} to review.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>沒有符合的列。</source>
        <translation>No row matches.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>這一列是今年新增的，去年沒有這一列。</source>
        <translation>This row was added this year; last year had no such row.</translation>
    </message>
</context>
<context>
    <name>Consolidation</name>
    <message>
        <location filename="../../src/perfdesk/ui/consolidation/merging.py" line="+32"/>
        <location line="+77"/>
        <source>資料夾中沒有分局的檔案可合併</source>
        <translation>The folder holds no branch office files to merge</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+12"/>
        <location line="+26"/>
        <source>無法合併</source>
        <translation>Could not merge</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>彙整報告請另存新檔，不要覆蓋總局或分局的報告：{path}</source>
        <translation>Save the consolidated report as a new file, not over headquarters&apos; or an office&apos;s report: {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>試算合併…</source>
        <translation>Trying the merge…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>合併前預覽</source>
        <translation>Preview before merging</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>以下是試算結果，尚未寫入任何檔案。總局的報告：{headquarters}；確定後建立 {out}。可在對應明細中改選分局的列，再按「依修改重新試算」。</source>
        <translation>This is a trial run; nothing has been written yet. Headquarters&apos; report: {headquarters}; OK creates {out}. You can choose another office row in the mapping below, then press “Try again with changes”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建立彙整報告</source>
        <translation>Create consolidated report</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>合併分局報告…</source>
        <translation>Merging the offices&apos; reports…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已建立彙整報告 {path}（{count} 個分局）</source>
        <translation>Created the consolidated report {path} ({count} offices)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>請先在「對照彙整報告」選擇要更新的彙整報告</source>
        <translation>First choose the consolidated report to update under “Compare with consolidated report”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>試算更新…</source>
        <translation>Trying the update…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+52"/>
        <source>無法更新彙整報告</source>
        <translation>Could not update the consolidated report</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>以下是試算結果，尚未寫入任何檔案。確定後更新 {path}：只有所列分局的內容會變更；總局改過的分局內容會保留，分局的新內容另存一旁並標為待檢視。更新前會自動備份。</source>
        <translation>This is a trial run; nothing has been written yet. OK updates {path}: only the offices listed change; where headquarters edited an office&apos;s text, the edit stays, the office&apos;s new text is kept beside it and the row is flagged for review. A backup is made first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>這個檔案正在視窗中開啟：更新時會先儲存並關閉它，更新後再重新開啟；復原紀錄會清除，更新前已自動備份。</source>
        <translation>This file is open in a window: the update saves and closes it first and reopens it afterwards; its undo history is cleared, and a backup is made before the update.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>更新前預覽</source>
        <translation>Preview before updating</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>更新彙整報告</source>
        <translation>Update consolidated report</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已更新 {path}：{offices}（更新前已自動備份）</source>
        <translation>Updated {path}: {offices} (backed up before the update)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>；視窗已重新開啟，復原紀錄已清除</source>
        <translation>; the window was reopened and its undo history cleared</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>更新彙整報告…</source>
        <translation>Updating the consolidated report…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>未更新：{path} 的視窗沒有關閉</source>
        <translation>Not updated: the window of {path} did not close</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>選擇總局自己的報告</source>
        <translation>Choose headquarters&apos; own report</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}-彙整</source>
        <translation>{name}-consolidated</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>彙整報告存放位置</source>
        <translation>Where to save the consolidated report</translation>
    </message>
</context>
<context>
    <name>ConsolidationDialog</name>
    <message>
        <location filename="../../src/perfdesk/ui/consolidation/dialog.py" line="+44"/>
        <source>彙整分局報告</source>
        <translation>Consolidate the offices&apos; reports</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> 年度</source>
        <translation> (ROC year)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>選填：已彙整的總局報告，用來看哪些分局尚未彙整或已更新</source>
        <translation>Optional: headquarters&apos; consolidated report, to see which offices are not merged yet or sent a correction</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>讀取資料夾…</source>
        <translation>Reading the folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>無法讀取資料夾</source>
        <translation>Could not read the folder</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+42"/>
        <source>收件資料夾</source>
        <translation>Received files folder</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>年度與類型</source>
        <translation>Year and kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>對照彙整報告</source>
        <translation>Compare with consolidated report</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>重新整理</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>合併成彙整報告…</source>
        <translation>Merge into a consolidated report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>更新彙整報告…</source>
        <translation>Update the consolidated report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>關閉</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>合併或更新時使用表中選取的檔案；沒有選取時，使用名單上各分局的檔案。</source>
        <translation>Merging and updating use the files selected in the table; with none selected, the files of every office on the list.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>瀏覽…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{year} 年度{kind}</source>
        <translation>{year} {kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}：各分局均已到齊，沒有待處理的檔案</source>
        <translation>{what}: every office&apos;s file is here, nothing needs attention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}：{offices} 個分局中收到 {received} 個；{count} 列待處理（見「待處理」欄）</source>
        <translation>{what}: {received} of {offices} offices received; {count} rows need attention (see “To do”)</translation>
    </message>
</context>
<context>
    <name>ConsolidationStatus</name>
    <message>
        <location filename="../../src/perfdesk/ui/consolidation/status_model.py" line="+30"/>
        <source>分局</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>檔案</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>類型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已填列數</source>
        <translation>Rows written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>檢查</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>彙整</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待處理</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/consolidation/status_rows.py" line="+49"/>
        <source>已彙整</source>
        <translation>merged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚未彙整</source>
        <translation>not merged yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>彙整後已更新</source>
        <translation>changed since merged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>沒有可彙整的內容</source>
        <translation>nothing to merge</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>未收到</source>
        <translation>not received</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>對照的彙整報告</source>
        <translation>the consolidated report compared with</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>總局的報告</source>
        <translation>headquarters&apos; report</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>無法讀取：{reason}</source>
        <translation>Unreadable: {reason}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>同一分局有 {count} 個檔案</source>
        <translation>{count} files of the same office</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>不在分局名單</source>
        <translation>not an office on the list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>年度不符：{found} 年度（應為 {wanted}）</source>
        <translation>wrong year: {found} (expected {wanted})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>類型不符：{found}（應為{wanted}）</source>
        <translation>wrong kind: {found} (expected {wanted})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>內容已與提交時不同</source>
        <translation>content differs from what was submitted</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{errors} 項待補正、{warnings} 項提醒</source>
        <translation>{errors} to fix, {warnings} warnings</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>草稿（未提交）</source>
        <translation>draft (not submitted)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>提交資訊無法讀取</source>
        <translation>submission details unreadable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when} 提交</source>
        <translation>submitted {when}</translation>
    </message>
</context>
<context>
    <name>ContributionBox</name>
    <message>
        <location filename="../../src/perfdesk/ui/editors/contributions_panel.py" line="+85"/>
        <source>採用分局來稿</source>
        <translation>Take the office&apos;s text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>以分局送來的文字取代總局修改後的內容（可復原）</source>
        <translation>Replace headquarters&apos; edited text with the text the office sent (can be undone)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>分局來稿（總局已修改上方文字）：</source>
        <translation>As the office sent it (headquarters has edited the text above):</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>{count} 字</source>
        <translation>
            <numerusform>{count} character</numerusform>
            <numerusform>{count} characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContributionsPanel</name>
    <message>
        <location line="+7"/>
        <source>另所屬分局執行情形</source>
        <translation>Branch offices&apos; implementation</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>來自 {file}（{time} 提交）</source>
        <translation>from {file} (submitted {time})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>來自 {file}（草稿，未提交）</source>
        <translation>from {file} (a draft, not submitted)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} 彙整</source>
        <translation>merged {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（無來稿紀錄）</source>
        <translation>(no record of where it came from)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>分局報告中的列代號 {id}</source>
        <translation>row id in the office&apos;s report: {id}</translation>
    </message>
</context>
<context>
    <name>CopyForwardDialog</name>
    <message>
        <location filename="../../src/perfdesk/ui/copy_forward_dialog.py" line="+35"/>
        <source>從去年檔案建立新年度</source>
        <translation>New Year from Last Year&apos;s File</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 年</source>
        <translation> (ROC)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>選填：總局的新範本（JSON），改採新範本的架構與文字</source>
        <translation>Optional: headquarters&apos; new template (JSON) to adopt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>來源：{title}&lt;br&gt;將帶入 {dimensions} 個構面、{strategies} 個執行策略、{methods} 列執行方法與子項目，以及 {units} 個主辦單位。&lt;br&gt;結構、編號、說明、主辦單位與具體作法一律帶入；每一列都會標為「待檢視」，並保留去年的內容供對照。</source>
        <translation>Source: {title}&lt;br&gt;Carries over {dimensions} dimensions, {strategies} strategies, {methods} method and sub-item rows and {units} responsible units.&lt;br&gt;Structure, numbers, descriptions, responsible units and planned practice always carry over; every row is marked “to review” and keeps last year&apos;s text for comparison.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>保留去年的執行績效與成果（通常不勾，今年重寫）(&amp;R)</source>
        <translation>Keep last year&apos;s &amp;results (usually unticked: results are rewritten every year)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保留內部備註(&amp;M)</source>
        <translation>Keep internal co&amp;mments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>瀏覽(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>瀏覽範本(&amp;W)…</source>
        <translation>Bro&amp;wse templates…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>新年度(&amp;N)</source>
        <translation>New &amp;year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>報告類型(&amp;K)</source>
        <translation>Report &amp;kind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新範本(&amp;T)</source>
        <translation>New &amp;template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新檔案(&amp;F)</source>
        <translation>New &amp;file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>建立(&amp;C)</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>JSON 交換檔</source>
        <translation>JSON interchange file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>總局的新範本</source>
        <translation>Headquarters&apos; New Template</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+29"/>
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
        <location line="+64"/>
        <source>表格欄位(&amp;B)</source>
        <translation>Ta&amp;ble Columns</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>新增欄位(&amp;I)</source>
        <translation>Add Col&amp;umn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>移除欄位(&amp;J)</source>
        <translation>&amp;Remove Column</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>欄位上移(&amp;K)</source>
        <translation>Column U&amp;p</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>欄位下移(&amp;O)</source>
        <translation>Column Do&amp;wn</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>配分(&amp;G)</source>
        <translation>Po&amp;ints</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>標題列（留空則自動產生）(&amp;L)</source>
        <translation>Heading &amp;line (generated when empty)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>說明(&amp;D)</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>內容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>欄位標題</source>
        <translation>Column header</translation>
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
        <location line="+82"/>
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
    <name>DocumentImport</name>
    <message>
        <location filename="../../src/perfdesk/ui/document_import_dialog.py" line="+34"/>
        <source>找到 {dimensions} 個構面、{strategies} 個執行策略、{rows} 列、{units} 個單位；每列都會標為待檢視。</source>
        <translation>Found {dimensions} dimensions, {strategies} strategies, {rows} rows and {units} units; every row will be flagged for review.</translation>
    </message>
</context>
<context>
    <name>DocumentImportDialog</name>
    <message>
        <location line="+8"/>
        <source>從 Word／ODF 文件匯入</source>
        <translation>Import from a Word or ODF document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>以下是 {name} 的試算結果，尚未建立任何檔案。</source>
        <translation>This is a trial read of {name}; no file has been made yet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>單位(&amp;O)</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度(&amp;Y)</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>類型(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>建立報告檔…</source>
        <translation>Create report file…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>匯入時的判斷：</source>
        <translation>What the import judged:</translation>
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
        <location line="+4"/>
        <source>報告</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>修改 {node} 中{office}的{field}</source>
        <translation>Edit {office}&apos;s {field} of {node}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>修改 {node} 的{field}</source>
        <translation>Edit {field} of {node}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>新增單位「{unit}」</source>
        <translation>Add unit “{unit}”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>新增 {node}</source>
        <translation>Add {node}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>刪除 {node}</source>
        <translation>Delete {node}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>移動 {node}</source>
        <translation>Move {node}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>上移 {node}</source>
        <translation>Move {node} up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下移 {node}</source>
        <translation>Move {node} down</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>降階 {node}</source>
        <translation>Indent {node}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>升階 {node}</source>
        <translation>Outdent {node}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>重新編號（{count} 個編號）</source>
        <translation>
            <numerusform>Renumber ({count} label)</numerusform>
            <numerusform>Renumber ({count} labels)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>修改報告屬性</source>
        <translation>Edit report properties</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+5"/>
        <location line="+16"/>
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
        <location line="+22"/>
        <source>構面標題照原文(&amp;W)，不統一為「構面一：基礎服務（200 分）」</source>
        <translation>Headings as &amp;written, not in the one form 「構面一：基礎服務（200 分）」</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/export_dialog.py" line="-80"/>
        <source>A4 橫式</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 直式</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location line="+12"/>
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
    <message>
        <location line="+27"/>
        <source>請指定匯出的檔案。</source>
        <translation>Name the file to export to.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} 已經存在。
要以這次匯出的內容取代它嗎？</source>
        <translation>{name} already exists.
Replace it with this export?</translation>
    </message>
</context>
<context>
    <name>FieldBinding</name>
    <message>
        <location filename="../../src/perfdesk/ui/editors/field_bindings.py" line="+94"/>
        <source>唯讀：此檔案以唯讀開啟，不能修改</source>
        <translation>Read-only: this file was opened read-only and cannot be changed</translation>
    </message>
</context>
<context>
    <name>FieldCaptions</name>
    <message>
        <location filename="../../src/perfdesk/ui/field_captions.py" line="+23"/>
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
        <location line="+1"/>
        <source>分局順序</source>
        <translation>office order</translation>
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
        <location filename="../../src/perfdesk/ui/actions/context.py" line="+72"/>
        <source>JSON 交換檔</source>
        <translation>JSON interchange files</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/perfdesk/ui/actions/document_import.py" line="+15"/>
        <source>所有檔案</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/actions/new_report.py" line="+18"/>
        <source>新增報告</source>
        <translation>New Report</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+46"/>
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
        <location filename="../../src/perfdesk/ui/actions/document_import.py" line="-1"/>
        <source>Word 或 ODF 文件</source>
        <translation>Word or ODF documents</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>從 Word／ODF 文件匯入</source>
        <translation>Import from a Word or ODF document</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>讀取文件…</source>
        <translation>Reading the document…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../src/perfdesk/ui/actions/open_and_import.py" line="+4"/>
        <source>匯入為報告檔</source>
        <translation>Import as Report File</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/perfdesk/ui/actions/open_and_import.py" line="+5"/>
        <source>匯入中…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="-17"/>
        <location filename="../../src/perfdesk/ui/actions/open_and_import.py" line="+2"/>
        <source>無法匯入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/actions/json_export.py" line="+13"/>
        <source>匯出為 JSON</source>
        <translation>Export as JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/perfdesk/ui/actions/report_export.py" line="+24"/>
        <source>匯出中…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/perfdesk/ui/actions/report_export.py" line="+3"/>
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
        <location line="+2"/>
        <source>另存副本</source>
        <translation>Save a Copy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>儲存中…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/perfdesk/ui/actions/write_trouble.py" line="+16"/>
        <source>無法儲存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已另存副本 {path}</source>
        <translation>Saved a copy as {path}</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/actions/backups.py" line="+37"/>
        <source>其他</source>
        <translation>other</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+2"/>
        <source>將備份另存為</source>
        <translation>Save Backup As</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+3"/>
        <source>perfdesk {version}
經濟部標準檢驗局提升服務效能報告編輯工具

檔案：{path}</source>
        <translation>perfdesk {version}
Editor for the annual service performance reports of the Bureau of Standards, Metrology and Inspection (BSMI)

File: {path}</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/actions/write_trouble.py" line="+8"/>
        <source>你的修改仍保留在記憶體中，perfdesk 每隔幾秒會自動重試；問題排除後（例如釋出磁碟空間、恢復網路磁碟、取消唯讀），修改會自動寫入檔案。也可以先另存新檔，之後在新檔繼續編輯。</source>
        <translation>Your edits are kept in memory and perfdesk retries every few seconds; once the cause is gone (space freed, the network drive back, the file no longer read-only) they are written to the file. You can also save a copy now and go on editing that.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>你的修改仍保留在記憶體中。請另存新檔，之後在新檔繼續編輯。</source>
        <translation>Your changes are still kept in memory. Save them as a new file and continue editing in that file.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../../src/perfdesk/ui/actions/language.py" line="+19"/>
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
    <message>
        <location filename="../../src/perfdesk/ui/actions/__init__.py" line="+55"/>
        <source>無法完成「{action}」</source>
        <translation>Could not complete “{action}”</translation>
    </message>
    <message>
        <location filename="../../src/perfdesk/ui/actions/year_compare.py" line="+18"/>
        <source>這份報告沒有由去年帶入的列，沒有可比較的內容</source>
        <translation>No row of this report was carried over from last year: there is nothing to compare</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/perfdesk/ui/find_bar.py" line="+75"/>
        <source>尋找…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取代為…</source>
        <translation>Replace with…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>所有欄位</source>
        <translation>All fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只在分局撰寫的內容（不含標題）</source>
        <translation>Only the office&apos;s own writing (not the titles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只在執行績效與成果</source>
        <translation>Only the results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尋找與全部取代只看這些欄位</source>
        <translation>Find and Replace All look only at these fields</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>上一個（Shift+Enter）</source>
        <translation>Previous (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下一個（Enter）</source>
        <translation>Next (Enter)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>只在目前構面(&amp;Y)</source>
        <translation>&amp;Just in this dimension</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>上一個(&amp;Z)</source>
        <translation>&amp;Go to Previous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下一個(&amp;X)</source>
        <translation>Go to Ne&amp;xt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部取代(&amp;Q)…</source>
        <translation>Replace Ever&amp;ything…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>關閉（Esc）</source>
        <translation>Close (Esc)</translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
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
        <location line="+4"/>
        <source>全部取代</source>
        <translation>Replace All</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{fields}，{dimension}</source>
        <translation>{fields}, {dimension}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>範圍：{where}</source>
        <translation>Scope: {where}</translation>
    </message>
    <message>
        <location line="+59"/>
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
        <location filename="../../src/perfdesk/ui/job_runner.py" line="+72"/>
        <source>請等目前的工作完成</source>
        <translation>Please wait until the current job has finished</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/perfdesk/ui/main_window.py" line="+83"/>
        <source>（全部單位）</source>
        <translation>(All units)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>請在左側選擇構面、執行策略或執行方法</source>
        <translation>Select a dimension, strategy or method on the left</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>唯讀開啟：可以檢視、尋找、匯出，但不能修改，也不會儲存。</source>
        <translation>Opened read-only: you can view, find and export, but not change or save.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>唯讀：修改不會儲存</source>
        <translation>Read-only: changes are not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每次修改都會自動儲存</source>
        <translation>Every change is saved automatically</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>已儲存 {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>已檢視 {reviewed}/{total}</source>
        <translation>Reviewed {reviewed}/{total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>所有由去年帶入的列都已檢視</source>
        <translation>Every row carried over from last year has been reviewed</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+23"/>
        <location filename="../../src/perfdesk/ui/user_guide_dialog.py" line="+89"/>
        <source>復原(&amp;Z)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+26"/>
        <location filename="../../src/perfdesk/ui/user_guide_dialog.py" line="+2"/>
        <source>取消復原(&amp;Y)</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>復原「{action}」(&amp;Z)</source>
        <translation>&amp;Undo “{action}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>取消復原「{action}」(&amp;Y)</source>
        <translation>&amp;Redo “{action}”</translation>
    </message>
    <message numerus="yes">
        <location line="+203"/>
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
        <location line="+3"/>
        <source>確定刪除「{node} {title}」？
可用「復原」還原。</source>
        <translation>Delete “{node} {title}”?
Undo reverses this.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>刪除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>執行計畫</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>執行績效與成果</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{office} {year} 年度{kind}</source>
        <translation>{office} {year} {kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}（唯讀）</source>
        <translation>{name} (read-only)</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../../src/perfdesk/ui/mapping_dialog.py" line="+28"/>
        <source>（空白：新範本新增）</source>
        <translation>(Empty: new in the template)</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+10"/>
        <source>新年度採用新範本的架構與文字；去年的主辦單位與具體作法依下表帶入。沒有被選用的去年內容會放在「未對應之去年內容」區，不會遺失。</source>
        <translation>The new year takes the new template&apos;s structure and wording; last year&apos;s responsible units and planned practice
carry over as the table shows. Last year&apos;s rows that are not chosen are kept in the held-over section 「未對應之去年內容」, never lost.</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../../src/perfdesk/ui/menus.py" line="+66"/>
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
        <source>從 Word／ODF 文件匯入(&amp;W)…</source>
        <translation>Import from &amp;Word/ODF Document…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另存副本(&amp;A)…</source>
        <translation>Save a &amp;Copy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提交總局(&amp;T)…</source>
        <translation>Submi&amp;t to Headquarters…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>彙整分局報告(&amp;M)…</source>
        <translation>&amp;Merge Offices&apos; Reports…</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="-14"/>
        <source>匯出為 JSON(&amp;J)…</source>
        <translation>Export as &amp;JSON…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>匯出報表（{formats}）(&amp;E)…</source>
        <translation>&amp;Export Report ({formats})…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>報告屬性(&amp;D)…</source>
        <translation>Report Propertie&amp;s…</translation>
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
        <source>使用說明(&amp;G)</source>
        <translation>User &amp;Guide</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+23"/>
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
        <location line="+4"/>
        <source>工具列</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>MethodEditor</name>
    <message>
        <location filename="../../forms/method_editor.ui" line="+14"/>
        <location line="+33"/>
        <location filename="../../src/perfdesk/ui/editors/method_editor.py" line="+84"/>
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
        <source>配分(&amp;G)</source>
        <translation>Po&amp;ints</translation>
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
        <location line="+83"/>
        <source>{unit}（不在名冊）</source>
        <translation>{unit} (not in the roster)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
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
        <location filename="../../src/perfdesk/ui/editors/node_editor.py" line="+66"/>
        <source>{count} 字</source>
        <translation>
            <numerusform>{count} character</numerusform>
            <numerusform>{count} characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeMappingTable</name>
    <message>
        <location filename="../../src/perfdesk/ui/consolidation/mapping_table.py" line="+31"/>
        <source>總局報告的列</source>
        <translation>Row of headquarters&apos; report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>由分局的哪一列</source>
        <translation>From the office&apos;s row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>分局內容</source>
        <translation>Office&apos;s text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>依據</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>（無：此列不採用分局內容）</source>
        <translation>(none: this row takes no office text)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>（放入「未對應之分局內容」）</source>
        <translation>(kept in “未對應之分局內容”)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（不採用：沒有內容）</source>
        <translation>(not taken: no text)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（分局報告沒有對應的列）</source>
        <translation>(the office&apos;s report has no such row)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>有內容</source>
        <translation>has text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>空白</source>
        <translation>empty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>分局報告沒有對應的列</source>
        <translation>The office&apos;s report has no matching row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>找不到對應的列</source>
        <translation>No matching row found</translation>
    </message>
</context>
<context>
    <name>OriginPanel</name>
    <message>
        <location filename="../../src/perfdesk/ui/editors/origin_panel.py" line="+30"/>
        <location line="+67"/>
        <source>已檢視(&amp;K)</source>
        <translation>Mar&amp;k as Reviewed</translation>
    </message>
    <message>
        <location line="-65"/>
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
        <location line="+31"/>
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
    <name>PreviewDialog</name>
    <message>
        <location filename="../../src/perfdesk/ui/consolidation/preview_dialog.py" line="+54"/>
        <source>分局</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>對應（有內容）</source>
        <translation>Matched (with text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更新</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未變</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保留總局修改</source>
        <translation>HQ edit kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>無內容</source>
        <translation>Empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未對應</source>
        <translation>Unmatched</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>只顯示分局有內容的列</source>
        <translation>Only rows where the office wrote something</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>依修改重新試算</source>
        <translation>Try again with changes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>對應明細：</source>
        <translation>Mapping:</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../src/perfdesk/ui/print_preview.py" line="+29"/>
        <source>預覽列印 — {name}</source>
        <translation>Print Preview — {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> 方向(&amp;O)：</source>
        <translation> &amp;Orientation: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A4 橫式</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 直式</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+3"/>
        <source>列印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>關閉(&amp;C)</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+20"/>
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
    <name>RenumberDialog</name>
    <message>
        <location filename="../../src/perfdesk/ui/renumber_dialog.py" line="+48"/>
        <source>重新編號</source>
        <translation>Renumber</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>列</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原編號</source>
        <translation>Old label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新編號</source>
        <translation>New label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>標題</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>範圍(&amp;G)</source>
        <translation>Sc&amp;ope</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>整份報告</source>
        <translation>The whole report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dimension} {strategy}「{title}」</source>
        <translation>{dimension} {strategy} “{title}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dimension}「{title}」</source>
        <translation>{dimension} “{title}”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>（無）</source>
        <translation>(none)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>重新編號 {count} 個</source>
        <translation>
            <numerusform>Renumber {count}</numerusform>
            <numerusform>Renumber {count}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>這個範圍的編號都已依序，沒有要改的。</source>
        <translation>The labels in this scope are already in order; nothing to change.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>以下 {count} 個編號會依序重編（取消勾選的不改）；未編號的單一執行方法不編號。</source>
        <translation>
            <numerusform>This {count} label will be renumbered in order (unticked ones stay); a lone unnumbered method stays unnumbered.</numerusform>
            <numerusform>These {count} labels will be renumbered in order (unticked ones stay); a lone unnumbered method stays unnumbered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportKind</name>
    <message>
        <location filename="../../src/perfdesk/ui/report_properties_dialog.py" line="+18"/>
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
    <message numerus="yes">
        <location filename="../../src/perfdesk/ui/report_properties_dialog.py" line="+26"/>
        <source>未設名冊：以各列填寫的 {count} 個單位為準（{units}）</source>
        <translation>
            <numerusform>No roster: the {count} unit the rows name ({units})</numerusform>
            <numerusform>No roster: the {count} units the rows name ({units})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>分局順序(&amp;R)</source>
        <translation>Office o&amp;rder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>每行一個分局；留空則依本局順序：{offices}</source>
        <translation>One office per line; empty: the bureau&apos;s order: {offices}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>彙整報告中「另所屬分局執行情形」各分局段落的排列順序</source>
        <translation>The order of the offices&apos; paragraphs under “另所屬分局執行情形” in the consolidated report</translation>
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
        <source>配分(&amp;G)</source>
        <translation>Po&amp;ints</translation>
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
        <location filename="../../src/perfdesk/ui/submission_banner.py" line="+20"/>
        <source>這是送總局的提交檔（唯讀），但提交資訊無法讀取。</source>
        <translation>This is a submission to headquarters (read-only), but its seal cannot be read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{office}於 {time} 提交總局的報告（唯讀；提交時 {errors} 項待補正、{warnings} 項提醒）</source>
        <translation>Report submitted to headquarters by {office} at {time} (read-only; {errors} problems, {warnings} notes when submitted)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>內容已與提交時不同，請向分局確認。</source>
        <translation>Its content has changed since it was submitted: check with the office.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <location filename="../../src/perfdesk/ui/unexpected_errors.py" line="+66"/>
        <source>發生錯誤</source>
        <translation>Something Went Wrong</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../src/perfdesk/ui/user_guide_dialog.py" line="+17"/>
        <source>尋找列的「尋找…」</source>
        <translation>Find bar, “Find…”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尋找列的「取代為…」</source>
        <translation>Find bar, “Replace with…”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>報告樹</source>
        <translation>Report tree</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刪除選取的列（先詢問，可復原）</source>
        <translation>Delete the selected row (asks first; can be undone)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下一個符合處（不會改動文字）</source>
        <translation>Next match (the text is never changed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上一個符合處</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>尋找列</source>
        <translation>Find bar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>關閉尋找列，游標移到最後顯示的符合處</source>
        <translation>Close the find bar; the cursor goes to the match shown last</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部取代（先詢問，可復原）</source>
        <translation>Replace all (asks first; can be undone)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>主辦單位的「新增單位名稱」</source>
        <translation>Responsible units, “New unit&apos;s name”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新增這個單位</source>
        <translation>Add the unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>選單、欄位、按鈕</source>
        <translation>Menus, fields, buttons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt＋底線字母</source>
        <translation>Alt+underlined letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開啟該選單，或移到該欄位、按下該按鈕</source>
        <translation>Opens that menu, goes to that field or presses that button</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本說明</source>
        <translation>This guide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>關閉</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>選單</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指令</source>
        <translation>Command</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按鍵</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在哪裡</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>作用</source>
        <translation>What it does</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>其他按鍵</source>
        <translation>Other keys</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>perfdesk 使用說明</source>
        <translation>perfdesk User Guide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>關閉(&amp;C)</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>WindowManager</name>
    <message>
        <location filename="../../src/perfdesk/ui/window_manager.py" line="+25"/>
        <source>perfdesk 報告</source>
        <translation>perfdesk reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所有檔案</source>
        <translation>All files</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{user}（電腦 {host}）自 {since} 起正在編輯這個檔案：
{path}</source>
        <translation>{user} (computer {host}) has been editing this file since {since}:
{path}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>要以唯讀方式開啟嗎？</source>
        <translation>Open it read-only?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>唯讀檔案</source>
        <translation>Read-only file</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+53"/>
        <source>無法開啟</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>檔案使用中</source>
        <translation>File in use</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>可以唯讀開啟，檢視內容但不修改。若確定沒有人正在編輯（例如對方的電腦當機），可以接管編輯。</source>
        <translation>You can open it read-only to look without changing it. If you are sure nobody is editing it (their PC crashed, say), you can take over editing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>以唯讀開啟</source>
        <translation>Open Read-Only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>接管編輯…</source>
        <translation>Take Over Editing…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>接管編輯</source>
        <translation>Take Over Editing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>確定現在沒有人正在編輯這個檔案嗎？
若有人仍在編輯，兩邊的修改會互相覆蓋。</source>
        <translation>Are you sure nobody is editing this file now?
If someone still is, your edits and theirs will overwrite each other.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>此檔案有 {count} 個自動備份，最新的是 {newest}。要把它另存成新檔並開啟嗎？原檔不會被更動。</source>
        <translation>Automatic backups of this file: {count}; the newest is from {newest}. Save it as a new file and open that? The original file is not changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>注意：檔案最後寫入於 {written}，備份之後的修改不在備份裡。</source>
        <translation>Note: the file was last written at {written}; edits made after the backup are not in it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>開啟備份…</source>
        <translation>Open Backup…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}-還原</source>
        <translation>{name}-restored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>將備份另存為</source>
        <translation>Save Backup As</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>無法還原</source>
        <translation>Cannot restore</translation>
    </message>
</context>
</TS>

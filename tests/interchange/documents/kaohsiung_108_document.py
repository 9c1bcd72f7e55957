# ruff: noqa: E501 - the report's sentences are data, kept whole
"""A Word report as 高雄分局's secretary would have typed it, written blind to the importer.

「經濟部標準檢驗局高雄分局 108 年度提升服務效能執行績效與成果」: the structure and wording of
headquarters' 108 framework (一、整體服務類, 構面一 to 構面四, hq-108 seed), 高雄分局's own results
(shortened from the 「高雄分局：」 paragraphs of the seed, or invented), in the layout of hq-108:
header 執行策略 (spanning two grid columns: strategy, method) | 主辦單位 | 執行績效與成果; strategy
cells merged vertically over their methods.

What a real office file has, mixed as a person would:
- the title typed on two centred lines, two front-matter paragraphs, the category line 一、整體服務類;
- 構面 headings in three forms: bold plain paragraphs with split runs (「構面一：基礎服務（200 分）」,
  「構面二、服務遞送 (300 分)」, 「構面四：服務評價(200分)」) and one in the Heading 2 style;
- one table split over two by a page break, the header row typed again, the row under the break
  continued in the new table's first row (strategy, method and unit cells empty);
- sub-items numbered by Word (w:numPr, numbering.xml; labels not typed), restarted for a second
  list; methods of one strategy numbered by Word too; elsewhere 「(1)」「1.」 typed;
- a parent method typed in the same cell as its first sub-item (as hq-108 prints it), with blank
  paragraphs in the unit and result cells to line them up with the sub-item; other parents alone;
- units split by line breaks (w:br) in one paragraph, one paragraph per unit, and 「、」 once;
- methods 「標題：說明」, once with a half-width colon, once with the description on the next paragraph;
- result cells that number their own paragraphs 「(1)」「1.」 (text, not sub-items);
- a strategy cell with a line break between its label and its title;
- a footer 「第 X 頁(共 Y 頁)」 with PAGE / NUMPAGES fields; repeated header rows (w:tblHeader).

EXPECTED is what the import should give, written by hand from the report's meaning (not from the
importer): cell paragraphs of a result are joined by "\\n", labels are kept as typed (a number Word
generates is the label Word shows), a method's text splits at its first 「：」 (or ":") into title and
description, blank padding paragraphs are not content.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

# ---------------------------------------------------------------------------------------------
# The results, as the cell paragraphs the secretary typed (shared with EXPECTED: the content is
# the same; where it belongs is what EXPECTED states on its own).

R: dict[str, list[str]] = {
    "1-1-1": ["檢討申辦業務標準作業流程及表單，計增修 31 件，並於服務場所申辦現場及本分局網站公布。"],
    "1-1-2": [
        "每月定期執行逾期案件稽催 2 次，累計執行法定(輸入及國內產製)檢驗稽催件數 37 件，及主動通知業者 59 件。",
        "驗證登錄及型式認可審查由專人登記，並列出超過 10 個工作天案件，計稽催 48 次。",
    ],
    "1-1-3": [
        "辦理各類專業教育訓練計 13 場次，並參加實驗室能力比對計 4 場次，強化同仁對服務流程及相關法規之專業與熟悉程度。"
    ],
    "1-2-1-1": [
        "定期辦理環境清潔維護工作並拍照留存；因應登革熱疫情，每週派員檢查場域內環境，雨季期間不定期投藥消毒，防止蚊蟲幼蟲孳生。"
    ],
    "1-2-1-2": ["於報驗發證大廳設置各類雙語標示，製作雙語服務項目與作業流程看板及服務人員名牌，讓民眾一目瞭然。"],
    "1-2-1-3": ["報驗發證櫃臺按業務性質區分申辦窗口；計程車計費表檢定場於地面標示檢定動線，檢定時車輛井然有序。"],
    "1-2-1-4": ["服務櫃臺設置愛心服務鈴、自動體外心臟去顫器（AED）、無障礙坡道及樓層止滑帶，並每季檢視維護 1 次。"],
    "1-2-1-5": ["飲水機、電梯、發電機等設備委由專業廠商定期檢查，其餘公用設施由秘書室每月檢查維護。"],
    "1-2-1-6": ["各種申辦書表及填寫範例公告於本分局網站並放置於服務場所，另設置雙螢幕設施，引導業者完成線上申辦。"],
    "1-2-2-1": ["本分局網站導入響應式網頁，支援各種瀏覽器與行動載具，自動調整至適當版面。"],
    "1-2-2-2": ["網站已整合 Google site search，提供關鍵字及進階檢索功能。"],
    "1-2-2-3": ["依總局「網站管理作業程序」每月檢視網站資料正確性及連結有效性，108 年修正失效連結 12 筆。"],
    "1-2-2-4": ["電子表單與線上申辦服務資料均傳送至政府入口網，並填寫分類與詮釋資料。"],
    "1-2-2-5": ["網頁上稿時系統檢查是否填寫主題、施政與服務分類資訊，以利民眾快速查詢。"],
    "1-2-2-6": ["業務統計等網頁依月報、季報、年報週期更新，由系統自動通知資料維護單位檢視。"],
    "1-2-2-7": ["上稿與審稿人員依規定標註引用資料之來源與出處。"],
    "1-2-2-8": ["本分局網站已於 108 年 8 月取得無障礙認證 AA 標章。"],
    "1-2-3-1": [
        "報驗發證櫃臺服務人員主動親切招呼引導民眾，正確告知申辦作業程序。",
        "須攜帶之申辦資料表單與標準作業流程公布於服務場所及網站，供民眾查詢及下載。",
        "108 年度志工協助民眾辦理申辦事項計 1,260 人次，現場服務滿意度達 95%。",
    ],
    "1-2-3-2": ["訂有電話禮貌測試執行計畫，由各單位遴派代表組成測試小組，108 年共測試 117 人次，平均成績 92 分。"],
    "1-2-4-1": ["本分局網站設置「主動公開之政府資訊」目錄，公開機關基本資料、業務統計及申辦書表等資訊。"],
    "1-2-4-2": ["配合總局資料開放策略，提供各課室工作項目及連絡方式等開放資料，並每季檢視更新。"],
    "1-2-4-3": ["主動寄發度量衡器重新檢定通知單及電話通知，提醒業者與民眾依限辦理，共通知 1,412 家。"],
    "2-1-1": ["每月召開業務會報，就各項業務檢討現行作法，並運用多元策略提升服務便捷度。"],
    "2-1-2-1": ["報驗發證大廳設置全功能單一窗口，受理所有申辦服務案件，採隨到隨辦。"],
    "2-1-2-2": [
        "(1)紡織品成分分析以 FT-IR 先行篩檢，計執行 119 批，共縮減檢驗時間 476 小時。",
        "(2)TRACES 系統線上核發歐盟衛證，計執行 216 批，共縮減 47 小時、減章 648 個。",
        "(3)委託他分局代為查核封存、取樣檢驗，計 608 件，共減章 1,824 個。",
    ],
    "2-1-2-3": ["針對地磅、台秤、油量計等度量衡器提供到府（臨場）檢定服務。"],
    "2-1-3": [
        "運用 EFS 系統原料審核程式，計減紙 16,784 張；取得型式認可之商品於報驗申請書填具證書證號者免附證書影本，計 116 件。"
    ],
    "2-1-4-1": [
        "建置「預約報名區」，提供居家安檢、行動宣導服務、外銷水產品服務、鑫聯盟、鱻聯盟及風力發電體驗等預約服務。"
    ],
    "2-1-4-2": [
        "「報馬仔」受理案件主動通知業者相關訊息，計傳送簡訊 8,106 件、e-mail 7,299 件。",
        "「線上查詢事項簡復通知」系統計 1,068 件，共節省業者 2,136 小時。",
    ],
    "2-1-4-3": [
        "108 年 4 月 25 日辦理「商品免驗辦法修正重點業者說明會」宣導線上申辦，計 15 人參加；並至轄區 62 家廠商推廣線上申辦。"
    ],
    "2-1-4-4": ["依國家發展委員會表單管理原則，每半年檢視電子表單之必要性與合宜性。"],
    "2-1-4-5": ["依「個人資料保護法」訂定隱私權保護政策，公布於本分局網站。"],
    "2-2-1": [
        "(1)鑫聯盟：持續提供鑫聯盟成員去識別化鋼筋檢測物性及化性彙整數據，作為改進鋼筋產品品質參考。",
        "(2)檢定地點自己選：於小港及五甲二處檢定地點辦理計程車計費表檢定 3,219 具。",
    ],
    "2-2-2": [
        "維持「外銷水產品產官學鱻聯盟」，協助 3 家新廠場通過 HACCP 驗證；整合公用事業度量衡器申請糾紛鑑定便民服務，計受理 98 件。"
    ],
    "2-2-3": [
        "商品安全放送團辦理商品安全推廣活動 79 場次，服務 2,629 人；提供耳溫槍、血壓計、體重計等免費檢測服務計 977 具。"
    ],
    "2-3-1": [
        "計敦促 1,320 個網址數賣家於網頁提供商品安全標章資訊予消費者。",
        "自己計量自己量：新增登錄加油站 16 站，達成率 160%；新增登錄市場 18 家，達成率 300%。",
    ],
    "2-3-2": ["與高雄市消防局合作居家商品到府安檢，執行一般住家檢查計 84 戶；LINE 安心圈發布群播 31 則。"],
    "2-3-3": ["108 年用電量較 107 年減少 3.2%，用紙量減少 5.1%。"],
    "3-1-1": ["修改「地秤及衡器檢定案件指派檢定員」流程，計辦理 992 件，節省業者待驗時間 1,984 小時。"],
    "3-1-2": ["108 年線上簽核比率達 78%，公文平均處理時間 2.1 天。"],
    "3-2-1": ["各課室計召開 88 次課(室)務會議，檢討業務流程或宣導業務相關規定。"],
    "3-3-1": ["辦理服務禮儀及溝通技巧課程 4 場次，計 186 人次參訓。"],
    "3-3-2": ["知識分享平臺 108 年新增文件 146 篇，辦理讀書會 6 場次。"],
    "4-1-1-1": ["配合總局委由第三方專業單位辦理「108 年度標準檢驗局顧客滿意度調查」，本分局轄區顧客整體滿意度 92.4%。"],
    "4-1-1-2": ["針對滿意度較低項目提出檢討改善措施 3 項，列入 109 年度業務精進重點。"],
    "4-1-2": [
        "於辦理說明會或業務宣導時，發放問卷蒐集民眾評價及意見：",
        "1.108 年 4 月 25 日辦理「商品免驗辦法修正重點業者說明會」，問卷回收 12 份，整體正面評價達 91%以上。",
        "2.108 年 11 月 13 日辦理「商品檢驗與報驗發證業者座談會」，問卷回收 40 份，整體正面評價達 100%。",
    ],
    "4-2-1-1": ["依民眾服務及抱怨申訴處理作業程序，及時處理民眾之意見、抱怨及陳情，108 年計處理 136 件。"],
    "4-2-1-2": ["針對民眾反映意見均予回復並追蹤處理，每月定期分析統計人民陳情案件。"],
    "4-2-1-3": ["108 年 10 月辦理民眾抱怨處理演練 1 場次，並檢討修正處理流程。"],
    "4-2-2": ["108 年發布新聞稿 12 則，即時回應輿情 5 則。"],
}

TITLE_LINES = ("經濟部標準檢驗局高雄分局", "108 年度提升服務效能執行績效與成果")
FRONT_MATTER = (
    "依據本局「108 年度提升服務效能執行計畫」，本分局 108 年度各項服務措施之執行績效與成果如下。",
    "執行期間：108 年 1 月 1 日至 108 年 12 月 31 日；各項數據統計至 108 年 12 月 31 日止。",
)


def results(key: str) -> str:
    """A result as the import should hold it: its cell paragraphs, one a line."""
    return "\n".join(R[key])


# ---------------------------------------------------------------------------------------------
# What the import should give.


def M(label, title, description="", units=(), results_key=None, children=()):
    return {
        "label": label,
        "title": title,
        "description": description,
        "units": list(units),
        "practice": "",
        "results": results(results_key) if results_key else "",
        "children": list(children),
    }


def S(label, title, methods):
    return {"label": label, "title": title, "methods": list(methods)}


def D(label, name, points, strategies):
    return {
        "label": label,
        "name": name,
        "points": points,
        "category": "一、整體服務類",
        "strategies": list(strategies),
    }


# fmt: off
EXPECTED = {
    "agency": "經濟部標準檢驗局",
    "office": "高雄分局",
    "year": 108,
    "kind": "results",
    "title": "經濟部標準檢驗局高雄分局 108 年度提升服務效能執行績效與成果",
    "front_matter": list(FRONT_MATTER),
    "dimensions": [
        D("構面一", "基礎服務", 200, [
            S("(一)", "服務一致及正確性", [
                M("1.", "訂定申辦業務標準作業流程",
                  "訂定申辦業務標準作業流程，維持服務措施處理一致性，且持續檢討申辦項目表單，進行簡化及標準化等。",
                  ["第一課至第六課", "高雄港辦事處"], "1-1-1"),
                M("2.", "提升服務及時性", "提升民眾申辦案件的處理效率，確保於處理時限內完成。",
                  ["第一課至第六課", "高雄港辦事處"], "1-1-2"),
                M("3.", "提高服務人員專業度",
                  "強化服務人員（含委外 call center 人員）對涉及服務業務處理流程及相關法規之專業與熟悉程度。",
                  ["各課室"], "1-1-3"),
            ]),
            S("（二）", "服務友善性", [
                M("1.", "提升服務設施合宜度", children=[
                    M("(1)", "進行環境美（綠）化及輔以舒適、明亮、整潔，建置民眾臨櫃洽公的合宜服務環境。",
                      units=["秘書室", "第六課", "高雄港辦事處"], results_key="1-2-1-1"),
                    M("(2)", "確保服務項目、服務人員（姓名及代理人）、方向引導等標示正確、易於辨識，且提供雙語（或多語）標示服務。",
                      units=["第六課", "高雄港辦事處"], results_key="1-2-1-2"),
                    M("(3)", "妥適規劃申辦動線，以符合民眾使用習慣。",
                      units=["第四課", "第六課"], results_key="1-2-1-3"),
                    M("(4)", "檢視各項無障礙措施是否妥適安全，並定期檢測維護。",
                      units=["秘書室"], results_key="1-2-1-4"),
                    M("(5)", "定期檢查各類硬體設施（如飲水機、公用電話、座椅、盥洗室等），確保設施品質。",
                      units=["秘書室"], results_key="1-2-1-5"),
                    M("(6)", "提供各種申辦書表及填寫範例。",
                      units=["第六課", "高雄港辦事處"], results_key="1-2-1-6"),
                ]),
                M("2.", "提高網站使用便利性", children=[
                    M("(1)", "網站應以使用者為導向設計，版面配置應方便瀏覽、查詢資料及使用網站服務。",
                      units=["資訊小組"], results_key="1-2-2-1"),
                    M("(2)", "提供多元及便利的資訊檢索服務，以及關鍵字、全文、交叉、站內、分類檢索及其他方式等搜尋服務。",
                      units=["資訊小組"], results_key="1-2-2-2"),
                    M("(3)", "確保網站內容的正確性及有效連結。",
                      units=["資訊小組", "各課室"], results_key="1-2-2-3"),
                    M("(4)", "資訊標示配合電子化政府入口網 MyEGov 提供分類檢索服務。",
                      units=["資訊小組"], results_key="1-2-2-4"),
                    M("(5)", "網站至少提供主題、施政與服務等 3 種分類檢索方式。",
                      units=["資訊小組"], results_key="1-2-2-5"),
                    M("(6)", "定期更新網頁資訊。",
                      units=["資訊小組", "各課室"], results_key="1-2-2-6"),
                    M("(7)", "網頁引用他人資料將標明出處並提供連結。",
                      units=["資訊小組"], results_key="1-2-2-7"),
                    M("(8)", "網站（頁）通過無障礙檢測，並取得認證標章。",
                      units=["資訊小組"], results_key="1-2-2-8"),
                ]),
                M("3.", "提高服務行為友善性", children=[
                    M("(1)", "重視服務人員的禮貌態度，如現場主動協助引導民眾、協助民眾檢查攜帶證件是否齊備或告知標準程序等。",
                      units=["第六課", "高雄港辦事處", "秘書室"], results_key="1-2-3-1"),
                    M("(2)", "注重電話禮貌，不定期進行禮貌測試，每 4 個月至少測試 1 次。",
                      units=["秘書室"], results_key="1-2-3-2"),
                ]),
                M("4.", "提升服務資訊透明度", children=[
                    M("(1)", "資訊公開",
                      "以簡明易懂易讀易用之形式，主動公開服務相關資訊供民眾查閱或運用，如服務項目、業務承辦資訊、相關法規、申辦業務標準作業流程、應備表件、書表範例等。",
                      ["資訊小組"], "1-2-4-1"),
                    M("(2)", "資料開放",
                      "盤點業務資料，並於結構化及去個資識別化後，採開放格式或應用程式介面方式對外開放，供使用者依需求連結下載及利用，定期檢視及更新資料。",
                      ["資訊小組"], "1-2-4-2"),
                    M("(3)", "提供多元案件查詢管道", "如現場、電話、網路、行動裝置等，方便民眾查詢案件處理進度。",
                      ["第一課至第六課", "資訊小組"], "1-2-4-3"),
                ]),
            ]),
        ]),
        D("構面二", "服務遞送", 300, [
            S("（一）", "服務便捷性", [
                M("1.", "檢討既有服務措施", "瞭解民眾需求，檢討既有服務措施，並運用多元策略，提升服務便捷度。",
                  ["第一課至第六課"], "2-1-1"),
                M("2.", "建置單一窗口整合服務", children=[
                    M("(1)", "設置全功能單一窗口櫃台(含臨櫃、電話或網站單一窗口服務)，提供整合服務。",
                      units=["第六課", "高雄港辦事處"], results_key="2-1-2-1"),
                    M("(2)", "簡化申辦流程，縮短案件處理時間。",
                      units=["第一課", "第二課", "第三課", "第五課"], results_key="2-1-2-2"),
                    M("(3)", "提供走動式服務或客製化服務方式。",
                      units=["第四課"], results_key="2-1-2-3"),
                ]),
                M("3.", "減除申辦案件需檢附之書表謄本",
                  "運用跨機關（單位）電子查驗，取代要求民眾檢附各類紙本書表、證件、謄本之佐證資料。",
                  ["第五課", "第六課"], "2-1-3"),
                M("4.", "開辦線上申辦或跨平臺服務", children=[
                    M("(1)", "提供各類線上服務，如表單下載、服務申辦、網路繳費、取件通知、及預約等服務。",
                      units=["資訊小組", "第六課"], results_key="2-1-4-1"),
                    M("(2)", "開發跨平臺通用服務，透過各式行動載具閱覽及使用。",
                      units=["資訊小組"], results_key="2-1-4-2"),
                    M("(3)", "向民眾推廣使用網路申辦案件。",
                      units=["第六課"], results_key="2-1-4-3"),
                    M("(4)", "定期檢視電子表單之必要性與合宜性，並執行表單簡化工作，統一電子表單格式。",
                      units=["第六課"], results_key="2-1-4-4"),
                    M("(5)", "提供線上服務，將注意使用者隱私權保護措施。",
                      units=["資訊小組", "政風室"], results_key="2-1-4-5"),
                ]),
            ]),
            S("（二）", "服務可近性", [
                M("1.", "客製化服務", "因應所轄地區或業務之特性，整合服務客群之需求，提供在地化、客製化之服務。",
                  ["第二課", "第四課"], "2-2-1"),
                M("2.", "專人全程服務",
                  "主動檢討服務流程，突破機關或單位間的隔閡，以跨機關垂直或水平整合或由機關內部進行協調整合等方式，提供專人全程服務。",
                  ["第五課", "第四課", "第六課"], "2-2-2"),
                M("3.", "主動服務", "針對特殊或弱勢族群、偏遠或交通不便地區民眾，提供到府、到點服務。",
                  ["第四課", "秘書室"], "2-2-3"),
            ]),
            S("（三）", "服務成長及優化", [
                M("1.", "突破成長",
                  "運用創新策略，持續精進服務遞送過程及作法，考量任務、服務對象屬性、資源可運用程度後，積極排除各項不利因素克服劣勢達成服務目標。",
                  ["第一課至第六課"], "2-3-1"),
                M("2.", "優質服務",
                  "運用自身優勢，採取多元策略，提出符合任務且較現有服務措施具有挑戰性，或符合機關特色且更具吸引力、豐富性之其他服務措施。",
                  ["第一課", "第四課"], "2-3-2"),
                M("3.", "推動節能減碳", "配合政府節能政策，推動無紙化作業及辦公場所節約用電。",
                  ["秘書室"], "2-3-3"),
            ]),
        ]),
        D("構面三", "服務量能", 200, [
            S("（一）", "內部作業簡化", [
                M("1.", "提升同仁行政效率",
                  "聚焦核心業務，運用多元管道蒐集成員意見，據以檢討及改造內部流程，精實作業，減省不必要的審核及行政程序，包括人力、物力或時間，精進服務。",
                  ["各課室"], "3-1-1"),
                M("2.", "推動公文電子化", "提高線上簽核比率，縮短公文處理時間。", ["秘書室"], "3-1-2"),
            ]),
            S("（二）", "服務機制精進", [
                M("1.", "深化服務量能", "建立內部常態性服務精進運作機制，首長領導參與及成員投入服務創新精進。",
                  ["各課室"], "3-2-1"),
            ]),
            S("（三）", "強化同仁服務知能", [
                M("1.", "辦理服務品質教育訓練", "提升同仁服務禮儀及溝通技巧。", ["人事室"], "3-3-1"),
                M("2.", "落實知識管理", "建置分局知識分享平臺，鼓勵同仁分享業務經驗。", ["人事室", "資訊小組"], "3-3-2"),
            ]),
        ]),
        D("構面四", "服務評價", 200, [
            S("（一）", "提高服務滿意度", [
                M("1.", "辦理服務滿意度調查", children=[
                    M("(1)", "根據服務對象或特性差異，運用多元管道定期進行滿意度調查，調查項目應包含洽公環境、服務禮儀、服務專業性、服務措施等。",
                      units=["秘書室"], results_key="4-1-1-1"),
                    M("(2)", "提出調查設計、抽樣設計、調查結果、趨勢分析及檢討改善情形等。",
                      units=["秘書室"], results_key="4-1-1-2"),
                ]),
                M("2.", "運用其他機制瞭解民眾對服務的評價",
                  "善用各類意見調查工具與機制，瞭解民眾對服務的評價及意見，並據以改善既有措施。",
                  ["第一課至第六課", "秘書室"], "4-1-2"),
            ]),
            S("（二）", "積極回應民眾意見", [
                M("1.", "有效及時處理民眾之意見、抱怨及陳情", children=[
                    M("(1)", "建置民眾意見反映（含新聞輿情）處理機制及標準作業程序。",
                      units=["秘書室"], results_key="4-2-1-1"),
                    M("(2)", "提供民眾意見反映後續追蹤處理。",
                      units=["各課室"], results_key="4-2-1-2"),
                    M("(3)", "定期演練及檢討對民眾意見反映之處理機制及標準作業程序。",
                      units=["第六課", "秘書室"], results_key="4-2-1-3"),
                ]),
                M("2.", "強化新聞輿情回應", "即時掌握媒體報導，適時發布新聞稿說明。", ["秘書室"], "4-2-2"),
            ]),
        ]),
    ],
}

# fmt: on


# ---------------------------------------------------------------------------------------------
# The document, cell by cell.


@dataclass(frozen=True)
class Auto:
    """A paragraph numbered by Word: its label is not typed, numbering.xml makes it."""

    num_id: int
    text: str


# Word's numbering instances used below (numbering.xml gets their definitions).
SUB_ITEMS = 90  # (%1) for the sub-items of 構面一（二）1.
SUB_ITEMS_RESTARTED = 91  # the same list style, restarted at (1), for 構面二（一）4.
METHODS = 92  # %1. for the methods of 構面二（二）

BLANK = ""  # an empty padding paragraph


@dataclass
class Row:
    strategy: list | None  # None: vMerge continue (merged with the cell above)
    method: list
    units: list
    results: list


def _row(strategy, method, units, key=None, *, pad=0):
    """One body row; `units` and `method` are lists of paragraphs (a str with "\\n" is w:br)."""
    body = R[key] if key else []
    return Row(strategy, method, [BLANK] * pad + units, [BLANK] * pad + body)


# fmt: off
def _table_1_rows():
    rows = [
        _row(["(一)服務一致及正確性"],
             ["1.訂定申辦業務標準作業流程：訂定申辦業務標準作業流程，維持服務措施處理一致性，且持續檢討申辦項目表單，進行簡化及標準化等。"],
             ["第一課至第六課\n高雄港辦事處"], "1-1-1"),
        _row(None, ["2.提升服務及時性:提升民眾申辦案件的處理效率，確保於處理時限內完成。"],
             ["第一課至第六課", "高雄港辦事處"], "1-1-2"),
        _row(None, ["3.提高服務人員專業度：強化服務人員（含委外 call center 人員）對涉及服務業務處理流程及相關法規之專業與熟悉程度。"],
             ["各課室"], "1-1-3"),
        # The parent typed in the first sub-item's cell; that sub-item numbered by Word.
        _row(["（二）服務友善性"],
             ["1.提升服務設施合宜度：", Auto(SUB_ITEMS, "進行環境美（綠）化及輔以舒適、明亮、整潔，建置民眾臨櫃洽公的合宜服務環境。")],
             ["秘書室", "第六課", "高雄港辦事處"], "1-2-1-1", pad=1),
        _row(None, [Auto(SUB_ITEMS, "確保服務項目、服務人員（姓名及代理人）、方向引導等標示正確、易於辨識，且提供雙語（或多語）標示服務。")],
             ["第六課\n高雄港辦事處"], "1-2-1-2"),
        _row(None, [Auto(SUB_ITEMS, "妥適規劃申辦動線，以符合民眾使用習慣。")], ["第四課\n第六課"], "1-2-1-3"),
        _row(None, [Auto(SUB_ITEMS, "檢視各項無障礙措施是否妥適安全，並定期檢測維護。")], ["秘書室"], "1-2-1-4"),
        _row(None, [Auto(SUB_ITEMS, "定期檢查各類硬體設施（如飲水機、公用電話、座椅、盥洗室等），確保設施品質。")], ["秘書室"], "1-2-1-5"),
        _row(None, [Auto(SUB_ITEMS, "提供各種申辦書表及填寫範例。")], ["第六課\n高雄港辦事處"], "1-2-1-6"),
        # A parent alone in its row, sub-items typed.
        _row(None, ["2.提高網站使用便利性"], []),
        _row(None, ["(1)網站應以使用者為導向設計，版面配置應方便瀏覽、查詢資料及使用網站服務。"], ["資訊小組"], "1-2-2-1"),
        _row(None, ["(2)提供多元及便利的資訊檢索服務，以及關鍵字、全文、交叉、站內、分類檢索及其他方式等搜尋服務。"], ["資訊小組"], "1-2-2-2"),
        _row(None, ["(3)確保網站內容的正確性及有效連結。"], ["資訊小組、各課室"], "1-2-2-3"),
        _row(None, ["(4)資訊標示配合電子化政府入口網 MyEGov 提供分類檢索服務。"], ["資訊小組"], "1-2-2-4"),
        _row(None, ["(5)網站至少提供主題、施政與服務等 3 種分類檢索方式。"], ["資訊小組"], "1-2-2-5"),
        _row(None, ["(6)定期更新網頁資訊。"], ["資訊小組\n各課室"], "1-2-2-6"),
        _row(None, ["(7)網頁引用他人資料將標明出處並提供連結。"], ["資訊小組"], "1-2-2-7"),
        _row(None, ["(8)網站（頁）通過無障礙檢測，並取得認證標章。"], ["資訊小組"], "1-2-2-8"),
    ]
    return rows


# Where the secretary broke 構面一's table: inside the row of 3.(1), after its first result paragraph.
SPLIT_AFTER = 1


def _table_1_tail():
    paragraphs = R["1-2-3-1"]
    return [
        Row(None,
            ["3.提高服務行為友善性", "(1)重視服務人員的禮貌態度，如現場主動協助引導民眾、協助民眾檢查攜帶證件是否齊備或告知標準程序等。"],
            [BLANK, "第六課\n高雄港辦事處\n秘書室"],
            [BLANK, *paragraphs[:SPLIT_AFTER]]),
    ]


def _table_2_rows():
    paragraphs = R["1-2-3-1"]
    return [
        # The continued row: strategy, method and unit cells left empty.
        Row([BLANK], [BLANK], [BLANK], list(paragraphs[SPLIT_AFTER:])),
        _row(None, ["(2)注重電話禮貌，不定期進行禮貌測試，每 4 個月至少測試 1 次。"], ["秘書室"], "1-2-3-2"),
        _row(None, ["4.提升服務資訊透明度"], []),
        _row(None, ["(1)資訊公開：以簡明易懂易讀易用之形式，主動公開服務相關資訊供民眾查閱或運用，如服務項目、業務承辦資訊、相關法規、申辦業務標準作業流程、應備表件、書表範例等。"],
             ["資訊小組"], "1-2-4-1"),
        _row(None, ["(2)資料開放：盤點業務資料，並於結構化及去個資識別化後，採開放格式或應用程式介面方式對外開放，供使用者依需求連結下載及利用，定期檢視及更新資料。"],
             ["資訊小組"], "1-2-4-2"),
        _row(None, ["(3)提供多元案件查詢管道：如現場、電話、網路、行動裝置等，方便民眾查詢案件處理進度。"],
             ["第一課至第六課\n資訊小組"], "1-2-4-3"),
    ]


def _table_3_rows():
    return [
        _row(["（一）服務便捷性"], ["1.檢討既有服務措施：瞭解民眾需求，檢討既有服務措施，並運用多元策略，提升服務便捷度。"],
             ["第一課至第六課"], "2-1-1"),
        _row(None, ["2.建置單一窗口整合服務：", "(1)設置全功能單一窗口櫃台(含臨櫃、電話或網站單一窗口服務)，提供整合服務。"],
             ["第六課", "高雄港辦事處"], "2-1-2-1", pad=1),
        _row(None, ["(2)簡化申辦流程，縮短案件處理時間。"], ["第一課\n第二課\n第三課\n第五課"], "2-1-2-2"),
        _row(None, ["(3)提供走動式服務或客製化服務方式。"], ["第四課"], "2-1-2-3"),
        # The description typed on the paragraph after the title's colon.
        _row(None, ["3.減除申辦案件需檢附之書表謄本：", "運用跨機關（單位）電子查驗，取代要求民眾檢附各類紙本書表、證件、謄本之佐證資料。"],
             ["第五課\n第六課"], "2-1-3"),
        _row(None, ["4.開辦線上申辦或跨平臺服務："], []),
        _row(None, [Auto(SUB_ITEMS_RESTARTED, "提供各類線上服務，如表單下載、服務申辦、網路繳費、取件通知、及預約等服務。")],
             ["資訊小組\n第六課"], "2-1-4-1"),
        _row(None, [Auto(SUB_ITEMS_RESTARTED, "開發跨平臺通用服務，透過各式行動載具閱覽及使用。")], ["資訊小組"], "2-1-4-2"),
        _row(None, [Auto(SUB_ITEMS_RESTARTED, "向民眾推廣使用網路申辦案件。")], ["第六課"], "2-1-4-3"),
        _row(None, [Auto(SUB_ITEMS_RESTARTED, "定期檢視電子表單之必要性與合宜性，並執行表單簡化工作，統一電子表單格式。")], ["第六課"], "2-1-4-4"),
        _row(None, [Auto(SUB_ITEMS_RESTARTED, "提供線上服務，將注意使用者隱私權保護措施。")], ["資訊小組", "政風室"], "2-1-4-5"),
        # Methods numbered by Word.
        _row(["（二）服務可近性"], [Auto(METHODS, "客製化服務：因應所轄地區或業務之特性，整合服務客群之需求，提供在地化、客製化之服務。")],
             ["第二課\n第四課"], "2-2-1"),
        _row(None, [Auto(METHODS, "專人全程服務：主動檢討服務流程，突破機關或單位間的隔閡，以跨機關垂直或水平整合或由機關內部進行協調整合等方式，提供專人全程服務。")],
             ["第五課\n第四課\n第六課"], "2-2-2"),
        _row(None, [Auto(METHODS, "主動服務：針對特殊或弱勢族群、偏遠或交通不便地區民眾，提供到府、到點服務。")],
             ["第四課\n秘書室"], "2-2-3"),
        # The strategy's label and title on two lines of one paragraph.
        _row(["（三）\n服務成長及優化"],
             ["1.突破成長：運用創新策略，持續精進服務遞送過程及作法，考量任務、服務對象屬性、資源可運用程度後，積極排除各項不利因素克服劣勢達成服務目標。"],
             ["第一課至第六課"], "2-3-1"),
        _row(None, ["2.優質服務：運用自身優勢，採取多元策略，提出符合任務且較現有服務措施具有挑戰性，或符合機關特色且更具吸引力、豐富性之其他服務措施。"],
             ["第一課", "第四課"], "2-3-2"),
        _row(None, ["3.推動節能減碳：配合政府節能政策，推動無紙化作業及辦公場所節約用電。"], ["秘書室"], "2-3-3"),
    ]


def _table_4_rows():
    return [
        _row(["（一）內部作業簡化"],
             ["1.提升同仁行政效率：聚焦核心業務，運用多元管道蒐集成員意見，據以檢討及改造內部流程，精實作業，減省不必要的審核及行政程序，包括人力、物力或時間，精進服務。"],
             ["各課室"], "3-1-1"),
        _row(None, ["2.推動公文電子化：提高線上簽核比率，縮短公文處理時間。"], ["秘書室"], "3-1-2"),
        _row(["（二）服務機制精進"], ["1.深化服務量能：建立內部常態性服務精進運作機制，首長領導參與及成員投入服務創新精進。"],
             ["各課室"], "3-2-1"),
        # A strategy the office added to headquarters' framework.
        _row(["（三）強化同仁服務知能"], ["1.辦理服務品質教育訓練：提升同仁服務禮儀及溝通技巧。"], ["人事室"], "3-3-1"),
        _row(None, ["2.落實知識管理：建置分局知識分享平臺，鼓勵同仁分享業務經驗。"], ["人事室", "資訊小組"], "3-3-2"),
    ]


def _table_5_rows():
    return [
        _row(["（一）提高服務滿意度"],
             ["1.辦理服務滿意度調查", "(1)根據服務對象或特性差異，運用多元管道定期進行滿意度調查，調查項目應包含洽公環境、服務禮儀、服務專業性、服務措施等。"],
             ["秘書室"], "4-1-1-1", pad=1),
        _row(None, ["(2)提出調查設計、抽樣設計、調查結果、趨勢分析及檢討改善情形等。"], ["秘書室"], "4-1-1-2"),
        _row(None, ["2.運用其他機制瞭解民眾對服務的評價：善用各類意見調查工具與機制，瞭解民眾對服務的評價及意見，並據以改善既有措施。"],
             ["第一課至第六課\n秘書室"], "4-1-2"),
        _row(["（二）積極回應民眾意見"],
             ["1.有效及時處理民眾之意見、抱怨及陳情：", "(1)建置民眾意見反映（含新聞輿情）處理機制及標準作業程序。"],
             ["秘書室"], "4-2-1-1", pad=1),
        _row(None, ["(2)提供民眾意見反映後續追蹤處理。"], ["各課室"], "4-2-1-2"),
        _row(None, ["(3)定期演練及檢討對民眾意見反映之處理機制及標準作業程序。"], ["第六課\n秘書室"], "4-2-1-3"),
        _row(None, ["2.強化新聞輿情回應：即時掌握媒體報導，適時發布新聞稿說明。"], ["秘書室"], "4-2-2"),
    ]

# fmt: on


# ---------------------------------------------------------------------------------------------
# OOXML helpers.

WIDTHS = (1300, 2550, 1300, 4488)  # dxa: strategy, method, units, results (A4, 2 cm margins)
FONT_ASCII = "Times New Roman"
FONT_EAST_ASIA = "標楷體"


def _el(tag: str, **attrs: str):
    element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), str(value))
    return element


def _run(text: str, *, bold: bool = False, size: int | None = None):
    r = _el("w:r")
    if bold or size:
        rpr = _el("w:rPr")
        if bold:
            rpr.append(_el("w:b"))
        if size:
            rpr.append(_el("w:sz", val=str(size * 2)))
            rpr.append(_el("w:szCs", val=str(size * 2)))
        r.append(rpr)
    t = _el("w:t")
    t.text = text
    if text != text.strip():
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    return r


def _cell_paragraph(item, *, bold: bool = False, center: bool = False, left: bool = False):
    p = _el("w:p")
    ppr = _el("w:pPr")
    if isinstance(item, Auto):
        numpr = _el("w:numPr")
        numpr.append(_el("w:ilvl", val="0"))
        numpr.append(_el("w:numId", val=str(item.num_id)))
        ppr.append(numpr)
        text = item.text
    else:
        text = item
    ppr.append(_el("w:spacing", before="0", after="0", line="300", lineRule="auto"))
    ppr.append(_el("w:jc", val="center" if center else "left" if left else "both"))
    p.append(ppr)
    # Lines of one paragraph, separated by a manual line break (Shift+Enter).
    for i, line in enumerate(text.split("\n")):
        if i:
            br_run = _el("w:r")
            br_run.append(_el("w:br"))
            p.append(br_run)
        if line:
            p.append(_run(line, bold=bold))
    return p


def _cell(paragraphs, width: int, *, span: int = 1, vmerge: str | None = None, bold=False, center=False, left=False):
    tc = _el("w:tc")
    tcpr = _el("w:tcPr")
    tcpr.append(_el("w:tcW", w=str(width), type="dxa"))
    if span > 1:
        tcpr.append(_el("w:gridSpan", val=str(span)))
    if vmerge == "restart":
        tcpr.append(_el("w:vMerge", val="restart"))
    elif vmerge == "continue":
        tcpr.append(_el("w:vMerge"))
    if center:
        tcpr.append(_el("w:vAlign", val="center"))
    tc.append(tcpr)
    for item in paragraphs or [BLANK]:
        tc.append(_cell_paragraph(item, bold=bold, center=center, left=left))
    return tc


def _header_row(*, repeat: bool):
    tr = _el("w:tr")
    trpr = _el("w:trPr")
    if repeat:
        trpr.append(_el("w:tblHeader"))
    tr.append(trpr)
    tr.append(_cell(["執行策略"], WIDTHS[0] + WIDTHS[1], span=2, bold=True, center=True))
    tr.append(_cell(["主辦單位"], WIDTHS[2], bold=True, center=True))
    tr.append(_cell(["執行績效與成果"], WIDTHS[3], bold=True, center=True))
    return tr


def _body_row(row: Row):
    tr = _el("w:tr")
    if row.strategy is None:
        tr.append(_cell([BLANK], WIDTHS[0], vmerge="continue"))
    else:
        tr.append(_cell(row.strategy, WIDTHS[0], vmerge="restart"))
    tr.append(_cell(row.method, WIDTHS[1]))
    tr.append(_cell(row.units, WIDTHS[2], left=True))
    tr.append(_cell(row.results, WIDTHS[3]))
    return tr


def _table(rows, *, repeat_header: bool = True):
    tbl = _el("w:tbl")
    tblpr = _el("w:tblPr")
    tblpr.append(_el("w:tblStyle", val="TableGrid"))
    tblpr.append(_el("w:tblW", w=str(sum(WIDTHS)), type="dxa"))
    borders = _el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_el(f"w:{side}", val="single", sz="4", space="0", color="000000"))
    tblpr.append(borders)
    tblpr.append(_el("w:tblLayout", type="fixed"))
    margins = _el("w:tblCellMar")
    margins.append(_el("w:left", w="57", type="dxa"))
    margins.append(_el("w:right", w="57", type="dxa"))
    tblpr.append(margins)
    tblpr.append(
        _el(
            "w:tblLook",
            val="04A0",
            firstRow="1",
            lastRow="0",
            firstColumn="1",
            lastColumn="0",
            noHBand="0",
            noVBand="1",
        )
    )
    tbl.append(tblpr)
    grid = _el("w:tblGrid")
    for width in WIDTHS:
        grid.append(_el("w:gridCol", w=str(width)))
    tbl.append(grid)
    tbl.append(_header_row(repeat=repeat_header))
    for row in rows:
        tbl.append(_body_row(row))
    return tbl


def _numbering(document) -> None:
    """The list styles Word would have written for the auto-numbered cells."""
    numbering = document.part.numbering_part.element

    def abstract(abstract_id: int, nsid: str, text: str, indent: int):
        a = _el("w:abstractNum", abstractNumId=str(abstract_id))
        a.append(_el("w:nsid", val=nsid))
        a.append(_el("w:multiLevelType", val="hybridMultilevel"))
        a.append(_el("w:tmpl", val="0409000F"))
        lvl = _el("w:lvl", ilvl="0")
        lvl.append(_el("w:start", val="1"))
        lvl.append(_el("w:numFmt", val="decimal"))
        lvl.append(_el("w:lvlText", val=text))
        lvl.append(_el("w:lvlJc", val="left"))
        ppr = _el("w:pPr")
        ppr.append(_el("w:ind", left=str(indent), hanging=str(indent)))
        lvl.append(ppr)
        a.append(lvl)
        return a

    last_abstract = [c for c in numbering if c.tag == qn("w:abstractNum")][-1]
    sub_items = abstract(90, "5B2A7C11", "(%1)", 397)
    methods = abstract(91, "1D4E6A02", "%1.", 284)
    last_abstract.addnext(sub_items)
    sub_items.addnext(methods)

    def num(num_id: int, abstract_id: int, *, restart: bool = False):
        n = _el("w:num", numId=str(num_id))
        n.append(_el("w:abstractNumId", val=str(abstract_id)))
        if restart:
            override = _el("w:lvlOverride", ilvl="0")
            override.append(_el("w:startOverride", val="1"))
            n.append(override)
        numbering.append(n)

    num(SUB_ITEMS, 90)
    num(SUB_ITEMS_RESTARTED, 90, restart=True)
    num(METHODS, 91)


def _fonts(document) -> None:
    for name in ("Normal", "Heading 2"):
        style = document.styles[name]
        style.font.name = FONT_ASCII
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = _el("w:rFonts")
            rpr.insert(0, fonts)
        for attr in ("ascii", "hAnsi", "cs"):
            fonts.set(qn(f"w:{attr}"), FONT_ASCII)
        fonts.set(qn("w:eastAsia"), FONT_EAST_ASIA)
        for theme in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            fonts.attrib.pop(qn(f"w:{theme}"), None)
    document.styles["Normal"].font.size = Pt(12)
    heading = document.styles["Heading 2"]
    heading.font.size = Pt(14)
    heading.font.bold = True
    heading.font.color.rgb = None


def _footer(section) -> None:
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("第 ")
    for i, field in enumerate(("PAGE", "NUMPAGES")):
        simple = _el("w:fldSimple", instr=f" {field} ")
        simple.append(_run("1"))
        p._p.append(simple)
        p._p.append(_run(" 頁(共 " if i == 0 else " 頁)"))


def _bold_heading(document, runs) -> None:
    """A 構面 heading typed as a plain paragraph and made bold by hand (runs split as Word splits them)."""
    p = document.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(6)
    p.paragraph_format.keep_with_next = True
    for text in runs:
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt(14)


def _page_break(document) -> None:
    p = document.add_paragraph()
    run = _el("w:r")
    run.append(_el("w:br", type="page"))
    p._p.append(run)


def write_document(path) -> Path:
    """Write 高雄分局's 108 results report to `path` (a .docx) and return the path."""
    path = Path(path)
    document = Document()
    document.core_properties.author = "高雄分局秘書室"
    document.core_properties.title = "".join(TITLE_LINES)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    _fonts(document)
    _numbering(document)
    _footer(section)
    body = document.element.body

    def add_table(rows, *, repeat_header=True):
        # The body ends with its sectPr: a table goes just before it.
        body.insert(len(body) - 1, _table(rows, repeat_header=repeat_header))

    for line in TITLE_LINES:
        p = document.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(line)
        run.bold = True
        run.font.size = Pt(16)
    document.add_paragraph()
    for text in FRONT_MATTER:
        p = document.add_paragraph(text)
        p.paragraph_format.first_line_indent = Pt(24)
    p = document.add_paragraph()
    run = p.add_run("一、整體服務類")
    run.bold = True
    run.font.size = Pt(14)

    _bold_heading(document, ["構面一", "：基礎服務", "（200 分）"])
    add_table(_table_1_rows() + _table_1_tail())
    _page_break(document)
    # The split table's second part: header typed again (not a repeated header row).
    add_table(_table_2_rows(), repeat_header=False)

    document.add_paragraph()
    _bold_heading(document, ["構面二、服務遞送", " (300 分)"])
    add_table(_table_3_rows())

    document.add_paragraph()
    document.add_paragraph("構面三：服務量能（200 分）", style="Heading 2")
    add_table(_table_4_rows())

    document.add_paragraph()
    _bold_heading(document, ["構面四：服務評價", "(200分)"])
    add_table(_table_5_rows())
    document.add_paragraph()

    document.save(path)
    return path


if __name__ == "__main__":  # pragma: no cover - a hand check
    import sys

    print(write_document(sys.argv[1] if len(sys.argv) > 1 else "kaohsiung-108.docx"))

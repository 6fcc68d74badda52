<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>CaseExportDialog</name>
    <message>
        <location filename="../../moderator/export_dialog.py" line="39"/>
        <source>Export for case work</source>
        <translation>خروجی برای کار روی پرونده</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="45"/>
        <source>%1 reports selected.</source>
        <translation>گزارش‌های انتخاب‌شده: %1.</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="48"/>
        <source>Include private &amp;notes</source>
        <translation>همراه با یادداشت‌های خصوصی</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="49"/>
        <source>Include private notes</source>
        <translation>همراه با یادداشت‌های خصوصی</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="53"/>
        <source>The exported file is NOT encrypted: anyone who gets it can read these reports. Save it only on an encrypted disk, share it only with people who need it, and delete it when done.</source>
        <translation>فایل خروجی رمزگذاری نشده است: هر کس به آن دست یابد می‌تواند این گزارش‌ها را بخواند. آن را فقط روی دیسک رمزگذاری‌شده ذخیره کنید، فقط با کسانی که نیاز دارند به اشتراک بگذارید و پس از پایان کار پاکش کنید.</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="58"/>
        <source>I &amp;understand: the exported file is not encrypted</source>
        <translation>می‌فهمم: فایل خروجی رمزگذاری نشده است</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="59"/>
        <source>I understand: the exported file is not encrypted</source>
        <translation>می‌فهمم: فایل خروجی رمزگذاری نشده است</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="62"/>
        <source>Exporting</source>
        <translation>در حال خروجی گرفتن</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="63"/>
        <source>Decrypting the selected reports in memory…</source>
        <translation>در حال رمزگشایی گزارش‌های انتخاب‌شده در حافظه…</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="72"/>
        <source>&amp;Export…</source>
        <translation>خروجی…</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="72"/>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="75"/>
        <source>&amp;Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="75"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="83"/>
        <source>&amp;JSON (all fields, for tools)</source>
        <translation>‏JSON (همهٔ فیلدها، برای ابزارها)</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="84"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="85"/>
        <source>&amp;CSV (a spreadsheet)</source>
        <translation>‏CSV (صفحه‌گسترده)</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="86"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="109"/>
        <source>Save the export</source>
        <translation>ذخیرهٔ خروجی</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="141"/>
        <source>%1 reports were exported to %2. Delete the file when the case work is done.</source>
        <translation>%1 گزارش در %2 ذخیره شد. پس از پایان کار روی پرونده، فایل را پاک کنید.</translation>
    </message>
</context>
<context>
    <name>Flagged</name>
    <message>
        <location filename="../../moderator/flagged.py" line="88"/>
        <source>A different file carries the id of a report you already have. Someone may be replaying or forging a report; compare them before acting.</source>
        <translation>فایلی دیگر شناسهٔ گزارشی را دارد که از پیش در اختیار شماست. شاید کسی گزارشی را دوباره می‌فرستد یا جعل می‌کند؛ پیش از هر اقدامی آن دو را با هم مقایسه کنید.</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="94"/>
        <source>Flagged: imported</source>
        <translation>علامت‌خورده: واردشده</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="95"/>
        <source>Flagged: title</source>
        <translation>علامت‌خورده: عنوان</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="96"/>
        <source>Flagged: SHA-256</source>
        <translation>علامت‌خورده: SHA-256</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="97"/>
        <source>Inbox: same id</source>
        <translation>ورودی: همان شناسه</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="98"/>
        <source>Inbox: imported</source>
        <translation>ورودی: واردشده</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="99"/>
        <source>Inbox: SHA-256</source>
        <translation>ورودی: SHA-256</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="103"/>
        <source>(no longer in the inbox)</source>
        <translation>(دیگر در صندوق ورودی نیست)</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="184"/>
        <source>No flagged files. Import keeps a file apart here when it reuses the id of a report in the inbox.</source>
        <translation>فایل علامت‌خورده‌ای نیست. اگر فایلی شناسهٔ گزارشی از صندوق ورودی را دوباره به کار ببرد، واردکردن آن را جدا و این‌جا نگه می‌دارد.</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="187"/>
        <source>Flagged files</source>
        <translation>فایل‌های علامت‌خورده</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="203"/>
        <source>&amp;View flagged file</source>
        <translation>نمایش فایل علامت‌خورده</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="204"/>
        <source>View the flagged file, read-only</source>
        <translation>نمایش فایل علامت‌خورده، فقط خواندنی</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="250"/>
        <source>Select a flagged file first.</source>
        <translation>نخست یک فایل علامت‌خورده را برگزینید.</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="275"/>
        <source>Flagged: the id of this report is reused</source>
        <translation>علامت‌خورده: شناسهٔ این گزارش دوباره به کار رفته است</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="282"/>
        <source>Open the &amp;inbox report</source>
        <translation>باز کردن گزارش صندوق ورودی</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="284"/>
        <source>Open the inbox report with the same id</source>
        <translation>باز کردن گزارش صندوق ورودی با همان شناسه</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="290"/>
        <source>This file is shown read-only: it has no triage, notes or reply. The title, dates and text inside either file were written by whoever sealed it and prove nothing about who that was.</source>
        <translation>این فایل فقط خواندنی نمایش داده می‌شود: رسیدگی، یادداشت یا پاسخی ندارد. عنوان، تاریخ‌ها و متن درون هر دو فایل را همان کسی نوشته که آن را مهر کرده است و چیزی دربارهٔ هویت او ثابت نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="297"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="298"/>
        <source>Sealed on (as written in the file)</source>
        <translation>تاریخ مهر (آن‌گونه که در فایل نوشته شده)</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="299"/>
        <source>Imported</source>
        <translation>زمان واردکردن</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="300"/>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="301"/>
        <source>File SHA-256</source>
        <translation>هش SHA-256 فایل</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="306"/>
        <source>This flagged file</source>
        <translation>این فایل علامت‌خورده</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="307"/>
        <source>Report in your inbox</source>
        <translation>گزارش در صندوق ورودی شما</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../moderator/import_page.py" line="125"/>
        <source>Import reports</source>
        <translation>وارد کردن گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="127"/>
        <source>Bring in sealed reports from any channel: files from a USB stick or an e-mail, a whole folder, or the text of a message. Each report is checked completely before it enters the inbox; the same file twice is recognised.</source>
        <translation>گزارش‌های مهرشده را از هر مسیری وارد کنید: فایل از حافظهٔ USB یا ایمیل، یک پوشهٔ کامل، یا متن یک پیام. هر گزارش پیش از ورود به صندوق به‌طور کامل بررسی می‌شود و فایل تکراری شناخته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="132"/>
        <source>Import progress</source>
        <translation>پیشرفت وارد کردن</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="133"/>
        <source>Importing… Reports already checked stay imported if you cancel.</source>
        <translation>در حال وارد کردن… اگر لغو کنید، گزارش‌های بررسی‌شده وارد‌شده باقی می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="139"/>
        <source>Import &amp;files…</source>
        <translation>وارد کردن فایل‌ها…</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="140"/>
        <source>Import files</source>
        <translation>وارد کردن فایل‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="142"/>
        <source>Import a f&amp;older…</source>
        <translation>وارد کردن یک پوشه…</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="143"/>
        <source>Import a folder</source>
        <translation>وارد کردن یک پوشه</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="144"/>
        <source>Include &amp;sub-folders</source>
        <translation>همراه با زیرپوشه‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="145"/>
        <source>Include sub-folders</source>
        <translation>همراه با زیرپوشه‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="154"/>
        <source>Pasted text or parts</source>
        <translation>متن چسبانده‌شده یا بخش‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="156"/>
        <source>Sealed text or parts to import</source>
        <translation>متن مهرشده یا بخش‌ها برای وارد کردن</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="160"/>
        <source>Paste everything from -----BEGIN MESSAGE----- to -----END MESSAGE-----, or all the parts of a split message, in any order.</source>
        <translation>همه‌چیز را از -----BEGIN MESSAGE----- تا -----END MESSAGE----- بچسبانید، یا همهٔ بخش‌های یک پیام تقسیم‌شده را به هر ترتیبی.</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="163"/>
        <source>Import &amp;pasted text</source>
        <translation>وارد کردن متن چسبانده‌شده</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="164"/>
        <source>Import pasted text</source>
        <translation>وارد کردن متن چسبانده‌شده</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="171"/>
        <source>Results</source>
        <translation>نتیجه‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="174"/>
        <source>Import results</source>
        <translation>نتیجه‌های وارد کردن</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="206"/>
        <source>Choose sealed files</source>
        <translation>فایل‌های مهرشده را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="212"/>
        <source>Choose a folder of sealed files</source>
        <translation>پوشهٔ فایل‌های مهرشده را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="233"/>
        <source>Paste the sealed text first.</source>
        <translation>ابتدا متن مهرشده را بچسبانید.</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="235"/>
        <source>Pasted text</source>
        <translation>متن چسبانده‌شده</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="243"/>
        <source>There was nothing to import there.</source>
        <translation>چیزی برای وارد کردن نبود.</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="286"/>
        <source>Imported: %1    Already imported: %2    Flagged: %3    Failed: %4</source>
        <translation>وارد شد: %1    قبلاً وارد شده: %2    علامت‌خورده: %3    ناموفق: %4</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="297"/>
        <source>Flagged: a different file reuses the id of a report already in the inbox. It was kept apart and not added to the inbox: one of the two may be a replay or a forgery by someone holding the public team card.</source>
        <translation>علامت‌خورده: فایلی دیگر شناسهٔ گزارشی را که در صندوق هست دوباره به کار برده است. جدا نگه داشته شد و به صندوق افزوده نشد: یکی از آن دو ممکن است تکرار یا جعلِ کسی باشد که کارت عمومی تیم را دارد.</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="301"/>
        <source>Some items could not be imported; the reason is shown next to each. Nothing of them was kept.</source>
        <translation>برخی موارد وارد نشدند؛ دلیل کنار هر کدام آمده است. چیزی از آن‌ها نگه داشته نشد.</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="304"/>
        <source>Cancelled: the reports checked before stay imported.</source>
        <translation>لغو شد: گزارش‌هایی که پیش‌تر بررسی شدند وارد‌شده باقی می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="310"/>
        <source>Show the fla&amp;gged files</source>
        <translation>نمایش فایل‌های علامت‌خورده</translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <location filename="../../moderator/import_page.py" line="84"/>
        <source>Item</source>
        <translation>مورد</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="84"/>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="105"/>
        <source>DEMO report</source>
        <translation>گزارش نمایشی DEMO</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../moderator/inbox_model.py" line="120"/>
        <source>Number of attachments</source>
        <translation>تعداد پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_model.py" line="123"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_model.py" line="123"/>
        <source>Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_model.py" line="123"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_model.py" line="123"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_model.py" line="124"/>
        <source>Sealed on</source>
        <translation>تاریخ مهر</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_model.py" line="124"/>
        <source>Imported</source>
        <translation>تاریخ ورود</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_model.py" line="124"/>
        <source>Files</source>
        <translation>فایل‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_model.py" line="125"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_model.py" line="125"/>
        <source>Demo</source>
        <translation>نمایشی</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_model.py" line="161"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../moderator/inbox_page.py" line="78"/>
        <source>Inbox</source>
        <translation>صندوق ورودی</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="97"/>
        <source>any</source>
        <translation>هر تاریخی</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="105"/>
        <location filename="../../moderator/inbox_page.py" line="106"/>
        <source>Search titles, tags and notes</source>
        <translation>جست‌وجو در عنوان‌ها، برچسب‌ها و یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="109"/>
        <source>Category filter</source>
        <translation>پالایش بر اساس دسته</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="110"/>
        <source>Any category</source>
        <translation>همهٔ دسته‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="112"/>
        <source>Urgency filter</source>
        <translation>پالایش بر اساس فوریت</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="113"/>
        <source>Any urgency</source>
        <translation>هر فوریتی</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="115"/>
        <source>Status filter</source>
        <translation>پالایش بر اساس وضعیت</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="115"/>
        <source>Any status</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="117"/>
        <source>Tag filter</source>
        <translation>پالایش بر اساس برچسب</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="117"/>
        <source>Any tag</source>
        <translation>همهٔ برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="118"/>
        <source>Sealed on or after</source>
        <translation>مهرشده در این تاریخ یا پس از آن</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="119"/>
        <source>Sealed on or before</source>
        <translation>مهرشده در این تاریخ یا پیش از آن</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="120"/>
        <source>Clear filters</source>
        <translation>پاک کردن پالایه‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="120"/>
        <source>Clea&amp;r filters</source>
        <translation>پاک کردن پالایه‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="123"/>
        <source>&amp;Search:</source>
        <translation>جست‌وجو:</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="128"/>
        <source>Sealed &amp;from:</source>
        <translation>مهرشده از:</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="130"/>
        <source>&amp;to:</source>
        <translation>تا:</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="139"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="161"/>
        <source>&amp;Open report</source>
        <translation>باز کردن گزارش</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="161"/>
        <source>Open report</source>
        <translation>باز کردن گزارش</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="164"/>
        <source>E&amp;xport selected for case work…</source>
        <translation>خروجی از انتخاب‌شده‌ها برای کار پرونده…</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="165"/>
        <source>Export selected for case work</source>
        <translation>خروجی از انتخاب‌شده‌ها برای کار پرونده</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="257"/>
        <source>%1 reports</source>
        <translation>%1 گزارش</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="258"/>
        <source>Showing %1 of %2 reports</source>
        <translation>نمایش %1 از %2 گزارش</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="298"/>
        <source>Select a report first.</source>
        <translation>ابتدا یک گزارش انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="307"/>
        <source>Select one or more reports first.</source>
        <translation>ابتدا یک یا چند گزارش انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="74"/>
        <source>Reports and flagged files</source>
        <translation>گزارش‌ها و فایل‌های علامت‌خورده</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="263"/>
        <source>Re&amp;ports (%1)</source>
        <translation>گزارش‌ها (%1)</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="264"/>
        <source>Fla&amp;gged (%1)</source>
        <translation>علامت‌خورده‌ها (%1)</translation>
    </message>
</context>
<context>
    <name>ModeratorWindow</name>
    <message>
        <location filename="../../moderator/main_window.py" line="126"/>
        <source>DEMO — workshop mode: the demo team&apos;s keys are public; these are sample reports, never real ones</source>
        <translation>‏DEMO · نمایشی — حالت کارگاه: کلیدهای تیم نمایشی عمومی‌اند؛ این‌ها گزارش‌های نمونه‌اند، هرگز واقعی نیستند</translation>
    </message>
    <message>
        <location filename="../../moderator/main_window.py" line="129"/>
        <source>&amp;Reset demo</source>
        <translation>بازنشانی نمایش</translation>
    </message>
    <message>
        <location filename="../../moderator/main_window.py" line="129"/>
        <source>Reset demo</source>
        <translation>بازنشانی نمایش</translation>
    </message>
    <message>
        <location filename="../../moderator/main_window.py" line="149"/>
        <source>Inbox</source>
        <translation>صندوق ورودی</translation>
    </message>
    <message>
        <location filename="../../moderator/main_window.py" line="149"/>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <location filename="../../moderator/main_window.py" line="150"/>
        <source>Team and keys</source>
        <translation>تیم و کلیدها</translation>
    </message>
    <message>
        <location filename="../../moderator/main_window.py" line="160"/>
        <source>&amp;Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../moderator/main_window.py" line="161"/>
        <source>Lock: forget the keys until the next unlock</source>
        <translation>قفل: کلیدها تا باز کردن بعدی فراموش می‌شوند</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderator/main_window.py" line="282"/>
        <source>Sealnote Moderator locked itself after %n minutes without activity. Unlock to go on.</source>
        <translation>
            <numerusform>‏Sealnote Moderator پس از %n دقیقه بی‌فعالیتی خودش را قفل کرد. برای ادامه قفل را باز کنید.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moderator/main_window.py" line="318"/>
        <source>Preparing the sample reports…</source>
        <translation>در حال آماده کردن گزارش‌های نمونه…</translation>
    </message>
    <message>
        <location filename="../../moderator/main_window.py" line="321"/>
        <source>The sample reports could not be made.</source>
        <translation>گزارش‌های نمونه ساخته نشدند.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../moderator/labels.py" line="55"/>
        <source>Imported</source>
        <translation>تاریخ ورود</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="56"/>
        <source>Already imported</source>
        <translation>قبلاً وارد شده</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="57"/>
        <source>Flagged: report id reused</source>
        <translation>علامت‌خورده: شناسهٔ گزارش تکراری</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="58"/>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="59"/>
        <source>Cancelled</source>
        <translation>لغو شد</translation>
    </message>
</context>
<context>
    <name>PassphraseBackupDialog</name>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="184"/>
        <source>Back up the keys with a passphrase</source>
        <translation>پشتیبان‌گیری از کلیدها با گذرواژه</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="189"/>
        <source>Backup file</source>
        <translation>فایل پشتیبان</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="190"/>
        <source>Save the backup file</source>
        <translation>ذخیرهٔ فایل پشتیبان</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="194"/>
        <source>Encrypting the backup</source>
        <translation>در حال رمزگذاری پشتیبان</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="195"/>
        <source>Deriving the key from the passphrase (Argon2id)…</source>
        <translation>در حال ساختن کلید از گذرواژه (Argon2id)…</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="196"/>
        <source>&amp;Write the backup</source>
        <translation>نوشتن پشتیبان</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="197"/>
        <source>Write the backup</source>
        <translation>نوشتن پشتیبان</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="201"/>
        <source>A second key file under a different passphrase. Keep it somewhere other than the key file, and the passphrase somewhere other than the file.</source>
        <translation>یک فایل کلید دوم با گذرواژه‌ای دیگر. آن را جایی جدا از فایل کلید، و گذرواژه را جایی جدا از فایل نگه دارید.</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="204"/>
        <source>&amp;Backup file</source>
        <translation>فایل پشتیبان</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="240"/>
        <source>The backup was written. Keep it apart from the key file and its passphrase.</source>
        <translation>پشتیبان نوشته شد. آن را جدا از فایل کلید و گذرواژه‌اش نگه دارید.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../moderator/controls.py" line="79"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../moderator/controls.py" line="80"/>
        <source>Choose a file for: %1</source>
        <translation>انتخاب فایل برای: %1</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <location filename="../../moderator/controls.py" line="137"/>
        <source>&amp;Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../moderator/controls.py" line="138"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>QrViewer</name>
    <message>
        <location filename="../../moderator/qr_viewer.py" line="42"/>
        <source>&amp;Previous code</source>
        <translation>کد قبلی</translation>
    </message>
    <message>
        <location filename="../../moderator/qr_viewer.py" line="43"/>
        <source>Previous code</source>
        <translation>کد قبلی</translation>
    </message>
    <message>
        <location filename="../../moderator/qr_viewer.py" line="44"/>
        <source>&amp;Next code</source>
        <translation>کد بعدی</translation>
    </message>
    <message>
        <location filename="../../moderator/qr_viewer.py" line="44"/>
        <source>Next code</source>
        <translation>کد بعدی</translation>
    </message>
    <message>
        <location filename="../../moderator/qr_viewer.py" line="46"/>
        <source>&amp;Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../moderator/qr_viewer.py" line="46"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../moderator/qr_viewer.py" line="72"/>
        <source>Code %1 of %2</source>
        <translation>کد %1 از %2</translation>
    </message>
</context>
<context>
    <name>ReplyPanel</name>
    <message>
        <location filename="../../moderator/reply_panel.py" line="48"/>
        <source>Status told to the editor</source>
        <translation>وضعیتی که به ویرایشگر گفته می‌شود</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="51"/>
        <source>Status told to the &amp;editor</source>
        <translation>وضعیتی که به ویرایشگر گفته می‌شود</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="53"/>
        <source>Reply message</source>
        <translation>پیام پاسخ</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="56"/>
        <source>A short acknowledgement. Say nothing that would harm the editor if their device is searched and the reply is opened.</source>
        <translation>یک تأیید دریافت کوتاه. چیزی ننویسید که اگر دستگاه ویرایشگر بازرسی و پاسخ باز شد، به او آسیب بزند.</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="59"/>
        <source>&amp;Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="63"/>
        <source>&amp;Seal the reply</source>
        <translation>مهر کردن پاسخ</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="63"/>
        <source>Seal the reply</source>
        <translation>مهر کردن پاسخ</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="74"/>
        <source>Save reply &amp;file…</source>
        <translation>ذخیرهٔ فایل پاسخ…</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="74"/>
        <source>Save reply file</source>
        <translation>ذخیرهٔ فایل پاسخ</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="76"/>
        <source>Cop&amp;y as text</source>
        <translation>رونوشت به‌صورت متن</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="76"/>
        <source>Copy reply as text</source>
        <translation>رونوشت پاسخ به‌صورت متن</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="78"/>
        <source>Show as QR &amp;codes</source>
        <translation>نمایش به‌صورت کد QR</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="78"/>
        <source>Show reply as QR codes</source>
        <translation>نمایش پاسخ به‌صورت کد QR</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="101"/>
        <source>The editor asked for a reply: only their app can open it, and it says nothing about who they are.</source>
        <translation>ویرایشگر پاسخ خواسته است: فقط برنامهٔ او می‌تواند آن را باز کند و چیزی دربارهٔ هویتش نمی‌گوید.</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="103"/>
        <source>No reply is possible: the editor did not ask for one (this report carries no reply key).</source>
        <translation>پاسخ ممکن نیست: ویرایشگر پاسخی نخواسته است (این گزارش کلید پاسخ ندارد).</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="119"/>
        <source>%1 of %2 characters</source>
        <translation>%1 از %2 نویسه</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="148"/>
        <source>The reply is sealed. Save it as a file, copy it as text or show it as QR codes, and send it back the way the report came.</source>
        <translation>پاسخ مهر شد. آن را به‌صورت فایل ذخیره کنید، به‌صورت متن رونوشت بگیرید یا با کد QR نشان دهید، و از همان راهی که گزارش آمد بازگردانید.</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="157"/>
        <source>Save the sealed reply</source>
        <translation>ذخیرهٔ پاسخ مهرشده</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="170"/>
        <source>The reply was saved as %1.</source>
        <translation>پاسخ با نام %1 ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="179"/>
        <source>The sealed reply is on the clipboard; it will be cleared in %1 seconds.</source>
        <translation>پاسخ مهرشده در حافظهٔ موقت است؛ پس از %1 ثانیه پاک می‌شود.</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="198"/>
        <source>Sealed reply</source>
        <translation>پاسخ مهرشده</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="199"/>
        <source>Scan the codes in order with the phone that sends the reply.</source>
        <translation>کدها را به ترتیب با تلفنی که پاسخ را می‌فرستد اسکن کنید.</translation>
    </message>
</context>
<context>
    <name>ReportFields</name>
    <message>
        <location filename="../../moderator/report_fields.py" line="41"/>
        <source>Sender</source>
        <translation>فرستنده</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="41"/>
        <source>unknown — sealed reports are anonymous</source>
        <translation>نامعلوم — گزارش‌های مهرشده ناشناس‌اند</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="43"/>
        <source>Sealed on</source>
        <translation>تاریخ مهر</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="45"/>
        <source>Imported</source>
        <translation>تاریخ ورود</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="36"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="48"/>
        <source>Report id</source>
        <translation>شناسهٔ گزارش</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="50"/>
        <source>Reply</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="51"/>
        <source>the editor asked for a sealed reply</source>
        <translation>ویرایشگر پاسخ مهرشده خواسته است</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="52"/>
        <source>the editor did not ask for a reply</source>
        <translation>ویرایشگر پاسخی نخواسته است</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="67"/>
        <source>DEMO REPORT — sealed with the public demo team key; not a real concern</source>
        <translation>گزارش نمایشی DEMO — با کلید عمومی تیم نمایشی مهر شده؛ نگرانی واقعی نیست</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="38"/>
        <source>Flagged</source>
        <translation>علامت‌خورده</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="38"/>
        <source>kept apart: a report in the inbox carries the same id</source>
        <translation>جدا نگه داشته شده: گزارشی در صندوق ورودی همین شناسه را دارد</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../moderator/report_page.py" line="79"/>
        <source>← &amp;Back to the inbox</source>
        <translation>بازگشت به صندوق ورودی</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="80"/>
        <source>Back to the inbox</source>
        <translation>بازگشت به صندوق ورودی</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="81"/>
        <source>DEMO REPORT</source>
        <translation>گزارش نمایشی DEMO</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="92"/>
        <source>Opening the report</source>
        <translation>در حال باز کردن گزارش</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="93"/>
        <source>Decrypting the report in memory…</source>
        <translation>در حال رمزگشایی گزارش در حافظه…</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="107"/>
        <source>Report fields</source>
        <translation>فیلدهای گزارش</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="111"/>
        <source>Attachments of this report</source>
        <translation>پیوست‌های این گزارش</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="112"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="112"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="113"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="114"/>
        <source>Metadata (as the editor saw it)</source>
        <translation>فراداده (آن‌گونه که ویرایشگر دید)</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="123"/>
        <source>Save attac&amp;hment as…</source>
        <translation>ذخیرهٔ پیوست با نام…</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="124"/>
        <source>Save attachment as</source>
        <translation>ذخیرهٔ پیوست با نام</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="128"/>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="132"/>
        <source>Attachments are never opened by this app: save one only to examine it on a separate, offline machine.</source>
        <translation>این برنامه هرگز پیوست‌ها را باز نمی‌کند: پیوست را فقط برای بررسی روی دستگاهی جدا و بدون اینترنت ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="139"/>
        <source>Triage and reply</source>
        <translation>رسیدگی و پاسخ</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="140"/>
        <source>&amp;Triage</source>
        <translation>رسیدگی</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="141"/>
        <source>&amp;Reply</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="235"/>
        <source>Attachments (%1)</source>
        <translation>پیوست‌ها (%1)</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="236"/>
        <source>No attachments.</source>
        <translation>بدون پیوست.</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="272"/>
        <source>This file came inside a report that anyone holding the team card could have sealed. Do not open it on a computer that holds the team&apos;s keys: open it on a separate, offline machine or a disposable virtual machine, and never run it or enable macros in it.</source>
        <translation>این فایل درون گزارشی آمده که هر دارندهٔ کارت تیم می‌توانست مهرش کند. آن را روی رایانه‌ای که کلیدهای تیم را دارد باز نکنید: روی دستگاهی جدا و بدون اینترنت یا یک ماشین مجازی یک‌بارمصرف باز کنید، و هرگز اجرایش نکنید یا ماکروهایش را فعال نکنید.</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="283"/>
        <source>Save an untrusted file</source>
        <translation>ذخیرهٔ فایل نامطمئن</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="284"/>
        <source>&amp;I understand, save it</source>
        <translation>می‌فهمم، ذخیره شود</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="286"/>
        <source>Save the attachment</source>
        <translation>ذخیرهٔ پیوست</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="313"/>
        <source>Saved as %1 (%2). %3</source>
        <translation>با نام %1 ذخیره شد (%2). %3</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="84"/>
        <source>FLAGGED: ID REUSED — READ-ONLY</source>
        <translation>علامت‌خورده: شناسهٔ تکراری — فقط خواندنی</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="205"/>
        <source>A flagged file carries the id of this report (%1 in all). Someone may be replaying or forging a report; compare them before acting.</source>
        <translation>یک فایل علامت‌خورده شناسهٔ این گزارش را دارد (روی هم %1). شاید کسی گزارشی را دوباره می‌فرستد یا جعل می‌کند؛ پیش از هر اقدامی آن‌ها را با هم مقایسه کنید.</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="208"/>
        <source>C&amp;ompare with the flagged file</source>
        <translation>مقایسه با فایل علامت‌خورده</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="58"/>
        <source>Restore keys from a backup</source>
        <translation>بازیابی کلیدها از پشتیبان</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="64"/>
        <source>Backup file</source>
        <translation>فایل پشتیبان</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="65"/>
        <source>Choose the backup file</source>
        <translation>فایل پشتیبان را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="66"/>
        <source>&amp;Backup file</source>
        <translation>فایل پشتیبان</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="83"/>
        <source>Word shares</source>
        <translation>سهم‌های واژه‌ای</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="85"/>
        <source>One share per line, words separated by spaces</source>
        <translation>هر سهم در یک خط، واژه‌ها با فاصله</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="86"/>
        <source>&amp;Word shares</source>
        <translation>سهم‌های واژه‌ای</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="90"/>
        <source>Backup passphrase</source>
        <translation>گذرواژهٔ پشتیبان</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="91"/>
        <source>Backup &amp;passphrase</source>
        <translation>گذرواژهٔ پشتیبان</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="97"/>
        <source>The restored keys are saved in a new key file:</source>
        <translation>کلیدهای بازیابی‌شده در فایل کلید تازه‌ای ذخیره می‌شوند:</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="98"/>
        <source>New key file</source>
        <translation>فایل کلید تازه</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="99"/>
        <source>Save the new key file</source>
        <translation>ذخیرهٔ فایل کلید تازه</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="101"/>
        <source>New &amp;key file</source>
        <translation>فایل کلید تازه</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="72"/>
        <source>Restoring</source>
        <translation>در حال بازیابی</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="73"/>
        <source>Opening the backup…</source>
        <translation>در حال باز کردن پشتیبان…</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="75"/>
        <source>&amp;Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="75"/>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="107"/>
        <source>Word &amp;shares and a backup file</source>
        <translation>سهم‌های واژه‌ای و فایل پشتیبان</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="108"/>
        <source>Word shares and a backup file</source>
        <translation>سهم‌های واژه‌ای و فایل پشتیبان</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="109"/>
        <source>A passphrase &amp;backup file</source>
        <translation>فایل پشتیبان با گذرواژه</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="110"/>
        <source>A passphrase backup file</source>
        <translation>فایل پشتیبان با گذرواژه</translation>
    </message>
</context>
<context>
    <name>SecurityBox</name>
    <message>
        <location filename="../../moderator/security_box.py" line="37"/>
        <source>Locking and keyring</source>
        <translation>قفل شدن و جاکلیدی</translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="46"/>
        <source>Locking forgets the keys and the passphrase, closes the open report and any reply being written, and clears the clipboard.</source>
        <translation>قفل شدن کلیدها و گذرواژه را فراموش می‌کند، گزارش باز و هر پاسخی را که در حال نوشتن است می‌بندد و کلیپ‌بورد را پاک می‌کند.</translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="48"/>
        <source>Also unlock with the system &amp;keyring</source>
        <translation>باز کردن قفل با جاکلیدی سیستم هم ممکن باشد</translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="49"/>
        <source>Also unlock with the system keyring</source>
        <translation>باز کردن قفل با جاکلیدی سیستم هم ممکن باشد</translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="57"/>
        <source>Convenient, but then anyone who can use your account on this computer can open the team&apos;s keys without the passphrase. The keyring holds a random key, never your passphrase; team changes still ask for the passphrase.</source>
        <translation>راحت است، اما آن وقت هر کس بتواند از حساب شما روی این رایانه استفاده کند، کلیدهای تیم را بدون گذرواژه باز می‌کند. جاکلیدی یک کلید تصادفی نگه می‌دارد، هرگز گذرواژهٔ شما را؛ تغییرات تیم همچنان گذرواژه را می‌خواهند.</translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="64"/>
        <source>Lock au&amp;tomatically after</source>
        <translation>قفل خودکار پس از</translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="65"/>
        <source>Lock automatically after</source>
        <translation>قفل خودکار پس از</translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="67"/>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderator/security_box.py" line="68"/>
        <source>%n minutes without activity</source>
        <translation>
            <numerusform>%n دقیقه بی‌فعالیتی</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="101"/>
        <source>Checking the system keyring…</source>
        <translation>در حال بررسی جاکلیدی سیستم…</translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="155"/>
        <source>The start page now offers to unlock this key file with the system keyring.</source>
        <translation>صفحهٔ آغاز اکنون باز کردن این فایل کلید با جاکلیدی سیستم را پیشنهاد می‌کند.</translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="158"/>
        <source>Keyring unlock is off: only the passphrase opens the key file.</source>
        <translation>باز کردن قفل با جاکلیدی خاموش است: فقط گذرواژه فایل کلید را باز می‌کند.</translation>
    </message>
</context>
<context>
    <name>ShareBackupDialog</name>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="66"/>
        <source>Back up the keys as word shares</source>
        <translation>پشتیبان‌گیری از کلیدها به‌صورت سهم‌های واژه‌ای</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="80"/>
        <source>Shares needed to restore</source>
        <translation>سهم‌های لازم برای بازیابی</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="81"/>
        <source>Shares to make</source>
        <translation>تعداد سهم‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="82"/>
        <source>Backup file</source>
        <translation>فایل پشتیبان</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="83"/>
        <source>Save the backup file</source>
        <translation>ذخیرهٔ فایل پشتیبان</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="86"/>
        <source>&amp;Make the shares</source>
        <translation>ساختن سهم‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="86"/>
        <source>Make the shares</source>
        <translation>ساختن سهم‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="90"/>
        <source>Shares &amp;needed to restore (k):</source>
        <translation>سهم‌های لازم برای بازیابی (k):</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="92"/>
        <source>Shares to &amp;make (n):</source>
        <translation>تعداد سهم‌ها (n):</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="93"/>
        <source>&amp;Backup file:</source>
        <translation>فایل پشتیبان:</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="97"/>
        <source>The keys are encrypted into a backup file under a new random key, and that key is split into word shares. Restoring needs the backup file and any k of the n shares; neither alone reveals anything. Give each share to a different person you trust, on paper.</source>
        <translation>کلیدها با یک کلید تصادفی تازه در فایل پشتیبان رمزگذاری می‌شوند و آن کلید به سهم‌های واژه‌ای تقسیم می‌شود. بازیابی به فایل پشتیبان و هر k سهم از n سهم نیاز دارد؛ هیچ‌کدام به‌تنهایی چیزی فاش نمی‌کند. هر سهم را روی کاغذ به فرد مورد اعتماد جداگانه‌ای بدهید.</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="114"/>
        <location filename="../../moderator/backup_dialogs.py" line="155"/>
        <source>&amp;Next share</source>
        <translation>سهم بعدی</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="114"/>
        <location filename="../../moderator/backup_dialogs.py" line="156"/>
        <source>Next share</source>
        <translation>سهم بعدی</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="120"/>
        <source>Write these words on paper, in order, and check them twice. Do not photograph them or save them on a computer. Then show the next share to the next keeper.</source>
        <translation>این واژه‌ها را به ترتیب روی کاغذ بنویسید و دو بار بررسی کنید. از آن‌ها عکس نگیرید و روی رایانه ذخیره‌شان نکنید. سپس سهم بعدی را به نگهدارندهٔ بعدی نشان دهید.</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="149"/>
        <source>Share %1 of %2 — any %3 restore the keys</source>
        <translation>سهم %1 از %2 — هر %3 سهم کلیدها را بازیابی می‌کند</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="155"/>
        <source>&amp;Done</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="156"/>
        <source>Done</source>
        <translation>پایان</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../moderator/start_page.py" line="53"/>
        <source>Sealnote Moderator</source>
        <translation>Sealnote Moderator</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="55"/>
        <source>Sealed reports can only be opened with your team&apos;s private keys. They are kept in a key file protected by a passphrase: unlock it to import and read reports.</source>
        <translation>گزارش‌های مهرشده فقط با کلیدهای خصوصی تیم شما باز می‌شوند. این کلیدها در فایل کلیدی با گذرواژه نگهداری می‌شوند: برای وارد کردن و خواندن گزارش‌ها آن را باز کنید.</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="62"/>
        <source>Opening the key file</source>
        <translation>در حال باز کردن فایل کلید</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="63"/>
        <source>Deriving the key from the passphrase (Argon2id): this takes about a second.</source>
        <translation>در حال ساختن کلید از گذرواژه (Argon2id): حدود یک ثانیه طول می‌کشد.</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="72"/>
        <location filename="../../moderator/start_page.py" line="73"/>
        <source>Unlock your key file</source>
        <translation>فایل کلید خود را باز کنید</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="74"/>
        <source>Key file</source>
        <translation>فایل کلید</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="75"/>
        <source>Choose your key file</source>
        <translation>فایل کلید خود را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="76"/>
        <source>Key file passphrase</source>
        <translation>گذرواژهٔ فایل کلید</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="78"/>
        <source>&amp;Unlock</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="78"/>
        <source>Unlock</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="81"/>
        <source>Unlock with the system ke&amp;yring</source>
        <translation>باز کردن قفل با جاکلیدی سیستم</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="83"/>
        <source>Unlock with the system keyring</source>
        <translation>باز کردن قفل با جاکلیدی سیستم</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="88"/>
        <source>&amp;Key file</source>
        <translation>فایل کلید</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="90"/>
        <source>Pa&amp;ssphrase</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="108"/>
        <source>Create a team</source>
        <translation>ساختن تیم</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="109"/>
        <source>Team name</source>
        <translation>نام تیم</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="110"/>
        <source>e.g. “Wiki Safety Team” — editors see it</source>
        <translation>مثلاً «تیم ایمنی ویکی» — ویرایشگران آن را می‌بینند</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="112"/>
        <source>Where to save the key file</source>
        <translation>محل ذخیرهٔ فایل کلید</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="113"/>
        <source>Save the new key file</source>
        <translation>ذخیرهٔ فایل کلید تازه</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="115"/>
        <source>C&amp;reate the team</source>
        <translation>ساختن تیم</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="116"/>
        <source>Create the team</source>
        <translation>ساختن تیم</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="119"/>
        <source>T&amp;eam name</source>
        <translation>نام تیم</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="122"/>
        <source>Key file &amp;location</source>
        <translation>محل فایل کلید</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="129"/>
        <source>Restore keys from a &amp;backup…</source>
        <translation>بازیابی کلیدها از پشتیبان…</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="130"/>
        <source>Restore keys from a backup</source>
        <translation>بازیابی کلیدها از پشتیبان</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="131"/>
        <source>Open the &amp;demo (workshop)</source>
        <translation>باز کردن نمایش (کارگاه)</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="132"/>
        <source>Open the demo (workshop)</source>
        <translation>باز کردن نمایش (کارگاه)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../moderator/labels.py" line="29"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="30"/>
        <source>In review</source>
        <translation>در حال بررسی</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="31"/>
        <source>Waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="32"/>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../moderator/team_page.py" line="73"/>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="84"/>
        <source>Saving the key file</source>
        <translation>در حال ذخیرهٔ فایل کلید</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="85"/>
        <source>Saving the key file with the new card (Argon2id)…</source>
        <translation>در حال ذخیرهٔ فایل کلید با کارت تازه (Argon2id)…</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="93"/>
        <location filename="../../moderator/team_page.py" line="281"/>
        <source>Team card</source>
        <translation>کارت تیم</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="99"/>
        <source>Team:</source>
        <translation>تیم:</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="100"/>
        <source>Moderators:</source>
        <translation>ناظران:</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="101"/>
        <source>Valid until:</source>
        <translation>معتبر تا:</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="103"/>
        <source>Team fingerprint</source>
        <translation>اثر انگشت تیم</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="106"/>
        <source>&amp;Save card as file…</source>
        <translation>ذخیرهٔ کارت به‌صورت فایل…</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="106"/>
        <source>Save card as file</source>
        <translation>ذخیرهٔ کارت به‌صورت فایل</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="108"/>
        <source>Cop&amp;y card text</source>
        <translation>رونوشت متن کارت</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="108"/>
        <source>Copy card text</source>
        <translation>رونوشت متن کارت</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="110"/>
        <source>Show card as &amp;QR</source>
        <translation>نمایش کارت به‌صورت QR</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="110"/>
        <source>Show card as QR</source>
        <translation>نمایش کارت به‌صورت QR</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="115"/>
        <source>Fingerprint</source>
        <translation>اثر انگشت</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="118"/>
        <source>Publish this fingerprint where editors can check it (your website, in person, read aloud on a call: six groups of five digits, group by group). Editors compare it with the one their app shows before they trust the card.</source>
        <translation>این اثر انگشت را جایی منتشر کنید که ویرایشگران بتوانند بررسی‌اش کنند (وب‌سایتتان، حضوری، یا با خواندن در تماس: شش گروه پنج‌رقمی، گروه به گروه). ویرایشگران پیش از اعتماد به کارت، آن را با آنچه برنامه‌شان نشان می‌دهد مقایسه می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="124"/>
        <source>The team card as a QR code</source>
        <translation>کارت تیم به‌صورت کد QR</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="130"/>
        <source>Moderators</source>
        <translation>ناظران</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="132"/>
        <source>Moderators&apos; public keys</source>
        <translation>کلیدهای عمومی ناظران</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="138"/>
        <source>New moderator&apos;s public key</source>
        <translation>کلید عمومی ناظر تازه</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="139"/>
        <source>Paste a public key: snpk1…</source>
        <translation>یک کلید عمومی بچسبانید: snpk1…</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="142"/>
        <source>&amp;Add moderator</source>
        <translation>افزودن ناظر</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="142"/>
        <source>Add moderator</source>
        <translation>افزودن ناظر</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="144"/>
        <source>Load key from &amp;file…</source>
        <translation>بارگذاری کلید از فایل…</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="145"/>
        <source>Load a moderator&apos;s key from a file</source>
        <translation>بارگذاری کلید ناظر از فایل</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="146"/>
        <source>Re&amp;move selected…</source>
        <translation>حذف مورد انتخاب‌شده…</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="147"/>
        <source>Remove the selected moderator</source>
        <translation>حذف ناظر انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="160"/>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="161"/>
        <source>&amp;Rotate the team keys…</source>
        <translation>چرخش کلیدهای تیم…</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="162"/>
        <location filename="../../moderator/team_page.py" line="371"/>
        <source>Rotate the team keys</source>
        <translation>چرخش کلیدهای تیم</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="163"/>
        <source>Back up as &amp;word shares…</source>
        <translation>پشتیبان به‌صورت سهم‌های واژه‌ای…</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="164"/>
        <source>Back up as word shares</source>
        <translation>پشتیبان به‌صورت سهم‌های واژه‌ای</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="166"/>
        <source>Back up with a &amp;passphrase…</source>
        <translation>پشتیبان با گذرواژه…</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="167"/>
        <source>Back up with a passphrase</source>
        <translation>پشتیبان با گذرواژه</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="173"/>
        <source>If the key file or its passphrase is lost, no report can be opened again. Make a backup now, and again after every change of keys.</source>
        <translation>اگر فایل کلید یا گذرواژه‌اش گم شود، هیچ گزارشی دیگر باز نمی‌شود. اکنون پشتیبان بگیرید و پس از هر تغییر کلیدها دوباره.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="184"/>
        <source>Key file passphrase</source>
        <translation>گذرواژهٔ فایل کلید</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="187"/>
        <source>Passp&amp;hrase for team changes</source>
        <translation>گذرواژه برای تغییرات تیم</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="191"/>
        <source>Unlocked with the system keyring: changing the team saves the key file again under its passphrase.</source>
        <translation>قفل با جاکلیدی سیستم باز شده است: تغییر تیم فایل کلید را دوباره با گذرواژه‌اش ذخیره می‌کند.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="221"/>
        <source>This key file</source>
        <translation>همین فایل کلید</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="222"/>
        <source>Moderator %1</source>
        <translation>ناظر %1</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="250"/>
        <source>Save the team card</source>
        <translation>ذخیرهٔ کارت تیم</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="263"/>
        <source>The card was saved as %1.</source>
        <translation>کارت با نام %1 ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="273"/>
        <source>The card is on the clipboard. Editors paste it into Sealnote and compare the fingerprint.</source>
        <translation>کارت در حافظهٔ موقت است. ویرایشگران آن را در Sealnote می‌چسبانند و اثر انگشت را مقایسه می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="282"/>
        <source>Editors can scan this code to import the card. Then they compare the fingerprint.</source>
        <translation>ویرایشگران می‌توانند این کد را برای وارد کردن کارت اسکن کنند و سپس اثر انگشت را مقایسه کنند.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="318"/>
        <source>A new team card was made and the key file saved. Publish the new card: reports sealed to the old card do not reach the new moderators.</source>
        <translation>کارت تیم تازه‌ای ساخته و فایل کلید ذخیره شد. کارت تازه را منتشر کنید: گزارش‌هایی که با کارت قدیمی مهر شوند به ناظران تازه نمی‌رسند.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="338"/>
        <source>Choose a moderator&apos;s public key file</source>
        <translation>فایل کلید عمومی یک ناظر را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="356"/>
        <source>Select a moderator first.</source>
        <translation>ابتدا یک ناظر انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="358"/>
        <source>Remove a moderator</source>
        <translation>حذف ناظر</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="359"/>
        <source>Remove this moderator from the team card? Reports sealed to the new card will not reach them. They can still open the reports that were sealed to them before.</source>
        <translation>این ناظر از کارت تیم حذف شود؟ گزارش‌هایی که با کارت تازه مهر شوند به او نمی‌رسند. او همچنان می‌تواند گزارش‌هایی را که پیش‌تر برایش مهر شده باز کند.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="361"/>
        <source>&amp;Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="372"/>
        <source>A new team identity and a new encryption key are made for you, and the new card is signed by the old identity. The fingerprint changes.

Editors must start using the new card: their app accepts it automatically, without a new fingerprint check, because the old identity endorsed it. Publish it everywhere the old card was.

Reports sealed to the old card still open here. Other moderators keep their keys. Make a new backup afterwards.</source>
        <translation>هویت تازه‌ای برای تیم و کلید رمزگذاری تازه‌ای برای شما ساخته می‌شود و کارت تازه با هویت قدیمی امضا می‌شود. اثر انگشت عوض می‌شود.

ویرایشگران باید از کارت تازه استفاده کنند: برنامه‌شان آن را بدون بررسی دوبارهٔ اثر انگشت خودکار می‌پذیرد، چون هویت قدیمی تأییدش کرده است. آن را هر جا کارت قدیمی بود منتشر کنید.

گزارش‌هایی که با کارت قدیمی مهر شده‌اند همچنان این‌جا باز می‌شوند. ناظران دیگر کلیدهایشان را نگه می‌دارند. سپس پشتیبان تازه بگیرید.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="378"/>
        <source>&amp;Rotate the keys</source>
        <translation>چرخش کلیدها</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="381"/>
        <source>The keys were rotated and the key file saved. Publish the new card and its new fingerprint; editors&apos; apps accept it because the old identity endorsed it. Make a new backup now.</source>
        <translation>کلیدها چرخانده شدند و فایل کلید ذخیره شد. کارت تازه و اثر انگشت تازه‌اش را منتشر کنید؛ برنامهٔ ویرایشگران آن را می‌پذیرد چون هویت قدیمی تأییدش کرده است. اکنون پشتیبان تازه بگیرید.</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <location filename="../../moderator/triage_panel.py" line="39"/>
        <source>it cannot be read: it was altered or damaged</source>
        <translation>خوانده نمی‌شود: تغییر کرده یا آسیب دیده است</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="40"/>
        <source>it was rewritten</source>
        <translation>بازنویسی شده است</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="41"/>
        <source>an entry is missing or out of order</source>
        <translation>یک مدخل گم شده یا جابه‌جا است</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="42"/>
        <source>it does not follow the entry before it</source>
        <translation>با مدخل پیش از خود جور نیست</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="43"/>
        <source>entries were cut off the end</source>
        <translation>مدخل‌هایی از انتها بریده شده‌اند</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="44"/>
        <source>it does not match what the inbox recorded</source>
        <translation>با آنچه صندوق ثبت کرده جور نیست</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="60"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="64"/>
        <source>&amp;Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="68"/>
        <source>Check the triage lo&amp;g</source>
        <translation>بررسی گزارش‌نامهٔ رسیدگی</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="69"/>
        <source>Check the triage log</source>
        <translation>بررسی گزارش‌نامهٔ رسیدگی</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="75"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="76"/>
        <source>Tags of this report</source>
        <translation>برچسب‌های این گزارش</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="78"/>
        <location filename="../../moderator/triage_panel.py" line="79"/>
        <source>New tag</source>
        <translation>برچسب تازه</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="81"/>
        <source>&amp;Add tag</source>
        <translation>افزودن برچسب</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="81"/>
        <source>Add tag</source>
        <translation>افزودن برچسب</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="83"/>
        <source>Remo&amp;ve tag</source>
        <translation>حذف برچسب</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="83"/>
        <source>Remove selected tag</source>
        <translation>حذف برچسب انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="95"/>
        <source>Private notes (encrypted, only in your store)</source>
        <translation>یادداشت‌های خصوصی (رمزگذاری‌شده، فقط در انبار شما)</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="96"/>
        <source>Notes so far</source>
        <translation>یادداشت‌های تاکنون</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="99"/>
        <source>New note</source>
        <translation>یادداشت تازه</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="102"/>
        <source>Add &amp;note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="102"/>
        <source>Add note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="106"/>
        <source>Ne&amp;w note</source>
        <translation>یادداشت تازه</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="209"/>
        <source>The triage log is intact: %1 entries, none altered, removed or reordered.</source>
        <translation>گزارش‌نامهٔ رسیدگی سالم است: %1 مدخل، هیچ‌کدام تغییر نکرده، حذف نشده یا جابه‌جا نشده است.</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="212"/>
        <source>The last %1 entries were written but not yet recorded in the inbox (an interrupted save).</source>
        <translation>%1 مدخل آخر نوشته شده ولی هنوز در صندوق ثبت نشده‌اند (ذخیره‌ای نیمه‌کاره).</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="218"/>
        <source>The triage log is broken at entry %1: %2. The %3 entries before it are intact; from this one on, the log cannot be trusted.</source>
        <translation>گزارش‌نامهٔ رسیدگی در مدخل %1 شکسته است: %2. %3 مدخل پیش از آن سالم‌اند؛ از این مدخل به بعد نمی‌توان به گزارش‌نامه اعتماد کرد.</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <location filename="../../moderator/labels.py" line="64"/>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="64"/>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="65"/>
        <source>High</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="65"/>
        <source>Critical</source>
        <translation>بحرانی</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../moderator/labels.py" line="43"/>
        <source>metadata removed by the editor&apos;s app</source>
        <translation>فراداده را برنامهٔ ویرایشگر پاک کرد</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="44"/>
        <source>no metadata found</source>
        <translation>فراداده‌ای پیدا نشد</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="45"/>
        <source>⚠ original kept as evidence, with its metadata</source>
        <translation>⚠ اصل فایل به‌عنوان مدرک، با فراداده‌اش نگه داشته شد</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="47"/>
        <source>⚠ metadata could not be removed from this type</source>
        <translation>⚠ فرادادهٔ این نوع فایل پاک‌شدنی نبود</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="50"/>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
</context>
</TS>

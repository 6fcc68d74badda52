<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CaseExportDialog</name>
    <message>
        <location filename="../../moderator/export_dialog.py" line="39"/>
        <source>Export for case work</source>
        <translation>تصدير لعمل الحالات</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="45"/>
        <source>%1 reports selected.</source>
        <translation>البلاغات المحددة: %1.</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="48"/>
        <source>Include private &amp;notes</source>
        <translation>تضمين الملاحظات الخاصة</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="49"/>
        <source>Include private notes</source>
        <translation>تضمين الملاحظات الخاصة</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="53"/>
        <source>The exported file is NOT encrypted: anyone who gets it can read these reports. Save it only on an encrypted disk, share it only with people who need it, and delete it when done.</source>
        <translation>الملف المُصدَّر غير مشفّر: يستطيع أي شخص يحصل عليه قراءة هذه البلاغات. احفظه على قرص مشفّر فقط، وشاركه فقط مع من يحتاجه، واحذفه عند الانتهاء.</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="58"/>
        <source>I &amp;understand: the exported file is not encrypted</source>
        <translation>أفهم ذلك: الملف المُصدَّر غير مشفّر</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="59"/>
        <source>I understand: the exported file is not encrypted</source>
        <translation>أفهم ذلك: الملف المُصدَّر غير مشفّر</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="62"/>
        <source>Exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="63"/>
        <source>Decrypting the selected reports in memory…</source>
        <translation>جارٍ فك تشفير البلاغات المحددة في الذاكرة…</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="72"/>
        <source>&amp;Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="72"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="75"/>
        <source>&amp;Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="75"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="83"/>
        <source>&amp;JSON (all fields, for tools)</source>
        <translation>‏JSON (كل الحقول، للأدوات)</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="84"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="85"/>
        <source>&amp;CSV (a spreadsheet)</source>
        <translation>‏CSV (جدول بيانات)</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="86"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="109"/>
        <source>Save the export</source>
        <translation>حفظ الملف المُصدَّر</translation>
    </message>
    <message>
        <location filename="../../moderator/export_dialog.py" line="141"/>
        <source>%1 reports were exported to %2. Delete the file when the case work is done.</source>
        <translation>صُدِّر %1 من البلاغات إلى %2. احذف الملف عند انتهاء العمل على الحالة.</translation>
    </message>
</context>
<context>
    <name>Flagged</name>
    <message>
        <location filename="../../moderator/flagged.py" line="88"/>
        <source>A different file carries the id of a report you already have. Someone may be replaying or forging a report; compare them before acting.</source>
        <translation>ملف مختلف يحمل معرّف بلاغ موجود لديك بالفعل. ربما يعيد أحدهم إرسال بلاغ قديم أو يزوّر بلاغًا؛ قارن بينهما قبل أن تتصرف.</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="94"/>
        <source>Flagged: imported</source>
        <translation>المُعلَّم: الاستيراد</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="95"/>
        <source>Flagged: title</source>
        <translation>المُعلَّم: العنوان</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="96"/>
        <source>Flagged: SHA-256</source>
        <translation>المُعلَّم: SHA-256</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="97"/>
        <source>Inbox: same id</source>
        <translation>الوارد: المعرّف نفسه</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="98"/>
        <source>Inbox: imported</source>
        <translation>الوارد: الاستيراد</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="99"/>
        <source>Inbox: SHA-256</source>
        <translation>الوارد: SHA-256</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="103"/>
        <source>(no longer in the inbox)</source>
        <translation>(لم يعد في صندوق الوارد)</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="184"/>
        <source>No flagged files. Import keeps a file apart here when it reuses the id of a report in the inbox.</source>
        <translation>لا توجد ملفات مُعلَّمة. يضع الاستيراد الملف هنا بمعزل عن غيره إذا أعاد استخدام معرّف بلاغ موجود في صندوق الوارد.</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="187"/>
        <source>Flagged files</source>
        <translation>الملفات المُعلَّمة</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="203"/>
        <source>&amp;View flagged file</source>
        <translation>عرض الملف المُعلَّم</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="204"/>
        <source>View the flagged file, read-only</source>
        <translation>عرض الملف المُعلَّم للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="250"/>
        <source>Select a flagged file first.</source>
        <translation>حدّد ملفًا مُعلَّمًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="275"/>
        <source>Flagged: the id of this report is reused</source>
        <translation>مُعلَّم: معرّف هذا البلاغ مستخدم مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="282"/>
        <source>Open the &amp;inbox report</source>
        <translation>فتح بلاغ صندوق الوارد</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="284"/>
        <source>Open the inbox report with the same id</source>
        <translation>فتح بلاغ صندوق الوارد ذي المعرّف نفسه</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="290"/>
        <source>This file is shown read-only: it has no triage, notes or reply. The title, dates and text inside either file were written by whoever sealed it and prove nothing about who that was.</source>
        <translation>يُعرض هذا الملف للقراءة فقط: لا فرز له ولا ملاحظات ولا رد. العنوان والتواريخ والنص داخل أيٍّ من الملفين كتبها من ختمه، ولا تثبت شيئًا عن هويته.</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="297"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="298"/>
        <source>Sealed on (as written in the file)</source>
        <translation>تاريخ الختم (كما هو مكتوب في الملف)</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="299"/>
        <source>Imported</source>
        <translation>وقت الاستيراد</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="300"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="301"/>
        <source>File SHA-256</source>
        <translation>بصمة SHA-256 للملف</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="306"/>
        <source>This flagged file</source>
        <translation>هذا الملف المُعلَّم</translation>
    </message>
    <message>
        <location filename="../../moderator/flagged.py" line="307"/>
        <source>Report in your inbox</source>
        <translation>البلاغ في صندوق الوارد لديك</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../moderator/import_page.py" line="125"/>
        <source>Import reports</source>
        <translation>استيراد البلاغات</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="127"/>
        <source>Bring in sealed reports from any channel: files from a USB stick or an e-mail, a whole folder, or the text of a message. Each report is checked completely before it enters the inbox; the same file twice is recognised.</source>
        <translation>أدخِل البلاغات المختومة من أي قناة: ملفات من ذاكرة USB أو بريد إلكتروني، أو مجلدًا كاملًا، أو نص رسالة. يُفحص كل بلاغ بالكامل قبل دخوله صندوق الوارد، ويُتعرَّف على الملف نفسه إن تكرر.</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="132"/>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="133"/>
        <source>Importing… Reports already checked stay imported if you cancel.</source>
        <translation>جارٍ الاستيراد… تبقى البلاغات التي فُحصت مستوردة إن ألغيت.</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="139"/>
        <source>Import &amp;files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="140"/>
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="142"/>
        <source>Import a f&amp;older…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="143"/>
        <source>Import a folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="144"/>
        <source>Include &amp;sub-folders</source>
        <translation>تضمين المجلدات الفرعية</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="145"/>
        <source>Include sub-folders</source>
        <translation>تضمين المجلدات الفرعية</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="154"/>
        <source>Pasted text or parts</source>
        <translation>نص ملصوق أو أجزاء</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="156"/>
        <source>Sealed text or parts to import</source>
        <translation>نص مختوم أو أجزاء للاستيراد</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="160"/>
        <source>Paste everything from -----BEGIN MESSAGE----- to -----END MESSAGE-----, or all the parts of a split message, in any order.</source>
        <translation>الصق كل شيء من -----BEGIN MESSAGE----- إلى -----END MESSAGE-----، أو كل أجزاء رسالة مقسّمة، بأي ترتيب.</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="163"/>
        <source>Import &amp;pasted text</source>
        <translation>استيراد النص الملصوق</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="164"/>
        <source>Import pasted text</source>
        <translation>استيراد النص الملصوق</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="171"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="174"/>
        <source>Import results</source>
        <translation>نتائج الاستيراد</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="206"/>
        <source>Choose sealed files</source>
        <translation>اختر الملفات المختومة</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="212"/>
        <source>Choose a folder of sealed files</source>
        <translation>اختر مجلدًا للملفات المختومة</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="233"/>
        <source>Paste the sealed text first.</source>
        <translation>الصق النص المختوم أولًا.</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="235"/>
        <source>Pasted text</source>
        <translation>نص ملصوق</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="243"/>
        <source>There was nothing to import there.</source>
        <translation>لم يكن هناك ما يُستورد.</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="286"/>
        <source>Imported: %1    Already imported: %2    Flagged: %3    Failed: %4</source>
        <translation>مستورد: %1    مستورد سابقًا: %2    مُعلَّم: %3    فشل: %4</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="297"/>
        <source>Flagged: a different file reuses the id of a report already in the inbox. It was kept apart and not added to the inbox: one of the two may be a replay or a forgery by someone holding the public team card.</source>
        <translation>مُعلَّم: ملف مختلف يعيد استخدام معرّف بلاغ موجود في صندوق الوارد. أُبقي جانبًا ولم يُضف إلى صندوق الوارد: قد يكون أحدهما إعادة إرسال أو تزويرًا ممن يملك بطاقة الفريق العلنية.</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="301"/>
        <source>Some items could not be imported; the reason is shown next to each. Nothing of them was kept.</source>
        <translation>تعذّر استيراد بعض العناصر؛ السبب معروض بجانب كل منها. لم يُحتفظ بشيء منها.</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="304"/>
        <source>Cancelled: the reports checked before stay imported.</source>
        <translation>أُلغي: تبقى البلاغات التي فُحصت قبل ذلك مستوردة.</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="310"/>
        <source>Show the fla&amp;gged files</source>
        <translation>عرض الملفات المُعلَّمة</translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <location filename="../../moderator/import_page.py" line="84"/>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="84"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../moderator/import_page.py" line="105"/>
        <source>DEMO report</source>
        <translation>بلاغ تجريبي DEMO</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../moderator/inbox_model.py" line="120"/>
        <source>Number of attachments</source>
        <translation>عدد المرفقات</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_model.py" line="123"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_model.py" line="123"/>
        <source>Urgency</source>
        <translation>الإلحاح</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_model.py" line="123"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_model.py" line="123"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_model.py" line="124"/>
        <source>Sealed on</source>
        <translation>تاريخ الختم</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_model.py" line="124"/>
        <source>Imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_model.py" line="124"/>
        <source>Files</source>
        <translation>ملفات</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_model.py" line="125"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_model.py" line="125"/>
        <source>Demo</source>
        <translation>تجريبي</translation>
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
        <translation>صندوق الوارد</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="97"/>
        <source>any</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="105"/>
        <location filename="../../moderator/inbox_page.py" line="106"/>
        <source>Search titles, tags and notes</source>
        <translation>ابحث في العناوين والوسوم والملاحظات</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="109"/>
        <source>Category filter</source>
        <translation>تصفية حسب الفئة</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="110"/>
        <source>Any category</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="112"/>
        <source>Urgency filter</source>
        <translation>تصفية حسب الإلحاح</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="113"/>
        <source>Any urgency</source>
        <translation>أي درجة إلحاح</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="115"/>
        <source>Status filter</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="115"/>
        <source>Any status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="117"/>
        <source>Tag filter</source>
        <translation>تصفية حسب الوسم</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="117"/>
        <source>Any tag</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="118"/>
        <source>Sealed on or after</source>
        <translation>مختوم في هذا التاريخ أو بعده</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="119"/>
        <source>Sealed on or before</source>
        <translation>مختوم في هذا التاريخ أو قبله</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="120"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="120"/>
        <source>Clea&amp;r filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="123"/>
        <source>&amp;Search:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="128"/>
        <source>Sealed &amp;from:</source>
        <translation>مختوم من:</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="130"/>
        <source>&amp;to:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="139"/>
        <source>Reports</source>
        <translation>البلاغات</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="161"/>
        <source>&amp;Open report</source>
        <translation>فتح البلاغ</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="161"/>
        <source>Open report</source>
        <translation>فتح البلاغ</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="164"/>
        <source>E&amp;xport selected for case work…</source>
        <translation>تصدير المحدد لعمل الحالات…</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="165"/>
        <source>Export selected for case work</source>
        <translation>تصدير المحدد لعمل الحالات</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="257"/>
        <source>%1 reports</source>
        <translation>عدد البلاغات: %1</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="258"/>
        <source>Showing %1 of %2 reports</source>
        <translation>عرض %1 من %2 بلاغًا</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="298"/>
        <source>Select a report first.</source>
        <translation>حدّد بلاغًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="307"/>
        <source>Select one or more reports first.</source>
        <translation>حدّد بلاغًا واحدًا أو أكثر أولًا.</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="74"/>
        <source>Reports and flagged files</source>
        <translation>البلاغات والملفات المُعلَّمة</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="263"/>
        <source>Re&amp;ports (%1)</source>
        <translation>البلاغات (%1)</translation>
    </message>
    <message>
        <location filename="../../moderator/inbox_page.py" line="264"/>
        <source>Fla&amp;gged (%1)</source>
        <translation>المُعلَّمة (%1)</translation>
    </message>
</context>
<context>
    <name>ModeratorWindow</name>
    <message>
        <location filename="../../moderator/main_window.py" line="126"/>
        <source>DEMO — workshop mode: the demo team&apos;s keys are public; these are sample reports, never real ones</source>
        <translation>‏DEMO · عرض تجريبي — وضع الورشة: مفاتيح الفريق التجريبي علنية؛ هذه بلاغات نموذجية وليست حقيقية أبدًا</translation>
    </message>
    <message>
        <location filename="../../moderator/main_window.py" line="129"/>
        <source>&amp;Reset demo</source>
        <translation>إعادة ضبط العرض</translation>
    </message>
    <message>
        <location filename="../../moderator/main_window.py" line="129"/>
        <source>Reset demo</source>
        <translation>إعادة ضبط العرض</translation>
    </message>
    <message>
        <location filename="../../moderator/main_window.py" line="149"/>
        <source>Inbox</source>
        <translation>صندوق الوارد</translation>
    </message>
    <message>
        <location filename="../../moderator/main_window.py" line="149"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../moderator/main_window.py" line="150"/>
        <source>Team and keys</source>
        <translation>الفريق والمفاتيح</translation>
    </message>
    <message>
        <location filename="../../moderator/main_window.py" line="160"/>
        <source>&amp;Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../moderator/main_window.py" line="161"/>
        <source>Lock: forget the keys until the next unlock</source>
        <translation>قفل: نسيان المفاتيح حتى الفتح التالي</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderator/main_window.py" line="282"/>
        <source>Sealnote Moderator locked itself after %n minutes without activity. Unlock to go on.</source>
        <translation>
            <numerusform>أقفل Sealnote Moderator نفسه بعد %n دقيقة دون نشاط. افتح القفل للمتابعة.</numerusform>
            <numerusform>أقفل Sealnote Moderator نفسه بعد دقيقة واحدة دون نشاط. افتح القفل للمتابعة.</numerusform>
            <numerusform>أقفل Sealnote Moderator نفسه بعد دقيقتين دون نشاط. افتح القفل للمتابعة.</numerusform>
            <numerusform>أقفل Sealnote Moderator نفسه بعد %n دقائق دون نشاط. افتح القفل للمتابعة.</numerusform>
            <numerusform>أقفل Sealnote Moderator نفسه بعد %n دقيقة دون نشاط. افتح القفل للمتابعة.</numerusform>
            <numerusform>أقفل Sealnote Moderator نفسه بعد %n دقيقة دون نشاط. افتح القفل للمتابعة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moderator/main_window.py" line="318"/>
        <source>Preparing the sample reports…</source>
        <translation>جارٍ تحضير البلاغات النموذجية…</translation>
    </message>
    <message>
        <location filename="../../moderator/main_window.py" line="321"/>
        <source>The sample reports could not be made.</source>
        <translation>تعذّر إنشاء البلاغات النموذجية.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../moderator/labels.py" line="55"/>
        <source>Imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="56"/>
        <source>Already imported</source>
        <translation>مستورد سابقًا</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="57"/>
        <source>Flagged: report id reused</source>
        <translation>مُعلَّم: معرّف بلاغ مُعاد استخدامه</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="58"/>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="59"/>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
</context>
<context>
    <name>PassphraseBackupDialog</name>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="184"/>
        <source>Back up the keys with a passphrase</source>
        <translation>نسخ احتياطي للمفاتيح بعبارة مرور</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="189"/>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="190"/>
        <source>Save the backup file</source>
        <translation>حفظ ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="194"/>
        <source>Encrypting the backup</source>
        <translation>جارٍ تشفير النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="195"/>
        <source>Deriving the key from the passphrase (Argon2id)…</source>
        <translation>جارٍ اشتقاق المفتاح من عبارة المرور (Argon2id)…</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="196"/>
        <source>&amp;Write the backup</source>
        <translation>كتابة النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="197"/>
        <source>Write the backup</source>
        <translation>كتابة النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="201"/>
        <source>A second key file under a different passphrase. Keep it somewhere other than the key file, and the passphrase somewhere other than the file.</source>
        <translation>ملف مفاتيح ثانٍ بعبارة مرور مختلفة. احفظه في مكان غير مكان ملف المفاتيح، واحفظ عبارة المرور في مكان غير مكان الملف.</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="204"/>
        <source>&amp;Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="240"/>
        <source>The backup was written. Keep it apart from the key file and its passphrase.</source>
        <translation>كُتبت النسخة الاحتياطية. أبقِها بعيدًا عن ملف المفاتيح وعبارة مروره.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../moderator/controls.py" line="79"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../moderator/controls.py" line="80"/>
        <source>Choose a file for: %1</source>
        <translation>اختر ملفًا لـ: %1</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <location filename="../../moderator/controls.py" line="137"/>
        <source>&amp;Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../moderator/controls.py" line="138"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>QrViewer</name>
    <message>
        <location filename="../../moderator/qr_viewer.py" line="42"/>
        <source>&amp;Previous code</source>
        <translation>الرمز السابق</translation>
    </message>
    <message>
        <location filename="../../moderator/qr_viewer.py" line="43"/>
        <source>Previous code</source>
        <translation>الرمز السابق</translation>
    </message>
    <message>
        <location filename="../../moderator/qr_viewer.py" line="44"/>
        <source>&amp;Next code</source>
        <translation>الرمز التالي</translation>
    </message>
    <message>
        <location filename="../../moderator/qr_viewer.py" line="44"/>
        <source>Next code</source>
        <translation>الرمز التالي</translation>
    </message>
    <message>
        <location filename="../../moderator/qr_viewer.py" line="46"/>
        <source>&amp;Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../moderator/qr_viewer.py" line="46"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../moderator/qr_viewer.py" line="72"/>
        <source>Code %1 of %2</source>
        <translation>الرمز %1 من %2</translation>
    </message>
</context>
<context>
    <name>ReplyPanel</name>
    <message>
        <location filename="../../moderator/reply_panel.py" line="48"/>
        <source>Status told to the editor</source>
        <translation>الحالة المُبلَّغة للمحرر</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="51"/>
        <source>Status told to the &amp;editor</source>
        <translation>الحالة المُبلَّغة للمحرر</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="53"/>
        <source>Reply message</source>
        <translation>رسالة الرد</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="56"/>
        <source>A short acknowledgement. Say nothing that would harm the editor if their device is searched and the reply is opened.</source>
        <translation>إشعار استلام قصير. لا تقل شيئًا قد يضر المحرر إن فُتّش جهازه وفُتح الرد.</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="59"/>
        <source>&amp;Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="63"/>
        <source>&amp;Seal the reply</source>
        <translation>ختم الرد</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="63"/>
        <source>Seal the reply</source>
        <translation>ختم الرد</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="74"/>
        <source>Save reply &amp;file…</source>
        <translation>حفظ ملف الرد…</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="74"/>
        <source>Save reply file</source>
        <translation>حفظ ملف الرد</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="76"/>
        <source>Cop&amp;y as text</source>
        <translation>نسخ كنص</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="76"/>
        <source>Copy reply as text</source>
        <translation>نسخ الرد كنص</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="78"/>
        <source>Show as QR &amp;codes</source>
        <translation>عرض كرموز QR</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="78"/>
        <source>Show reply as QR codes</source>
        <translation>عرض الرد كرموز QR</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="101"/>
        <source>The editor asked for a reply: only their app can open it, and it says nothing about who they are.</source>
        <translation>طلب المحرر ردًا: لا يستطيع فتحه إلا تطبيقه، ولا يكشف شيئًا عن هويته.</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="103"/>
        <source>No reply is possible: the editor did not ask for one (this report carries no reply key).</source>
        <translation>لا يمكن الرد: لم يطلب المحرر ردًا (لا يحمل هذا البلاغ مفتاح رد).</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="119"/>
        <source>%1 of %2 characters</source>
        <translation>%1 من %2 حرفًا</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="148"/>
        <source>The reply is sealed. Save it as a file, copy it as text or show it as QR codes, and send it back the way the report came.</source>
        <translation>خُتم الرد. احفظه كملف أو انسخه كنص أو اعرضه كرموز QR، وأرسله بالطريقة التي وصل بها البلاغ.</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="157"/>
        <source>Save the sealed reply</source>
        <translation>حفظ الرد المختوم</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="170"/>
        <source>The reply was saved as %1.</source>
        <translation>حُفظ الرد باسم %1.</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="179"/>
        <source>The sealed reply is on the clipboard; it will be cleared in %1 seconds.</source>
        <translation>الرد المختوم في الحافظة؛ ستُمسح بعد %1 ثانية.</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="198"/>
        <source>Sealed reply</source>
        <translation>رد مختوم</translation>
    </message>
    <message>
        <location filename="../../moderator/reply_panel.py" line="199"/>
        <source>Scan the codes in order with the phone that sends the reply.</source>
        <translation>امسح الرموز بالترتيب بالهاتف الذي سيرسل الرد.</translation>
    </message>
</context>
<context>
    <name>ReportFields</name>
    <message>
        <location filename="../../moderator/report_fields.py" line="41"/>
        <source>Sender</source>
        <translation>المرسل</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="41"/>
        <source>unknown — sealed reports are anonymous</source>
        <translation>غير معروف — البلاغات المختومة مجهولة المصدر</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="43"/>
        <source>Sealed on</source>
        <translation>تاريخ الختم</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="45"/>
        <source>Imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="36"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="48"/>
        <source>Report id</source>
        <translation>معرّف البلاغ</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="50"/>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="51"/>
        <source>the editor asked for a sealed reply</source>
        <translation>طلب المحرر ردًا مختومًا</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="52"/>
        <source>the editor did not ask for a reply</source>
        <translation>لم يطلب المحرر ردًا</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="67"/>
        <source>DEMO REPORT — sealed with the public demo team key; not a real concern</source>
        <translation>بلاغ تجريبي DEMO — مختوم بمفتاح الفريق التجريبي العلني؛ ليس بلاغًا حقيقيًا</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="38"/>
        <source>Flagged</source>
        <translation>مُعلَّم</translation>
    </message>
    <message>
        <location filename="../../moderator/report_fields.py" line="38"/>
        <source>kept apart: a report in the inbox carries the same id</source>
        <translation>محفوظ بمعزل: بلاغ في صندوق الوارد يحمل المعرّف نفسه</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../moderator/report_page.py" line="79"/>
        <source>← &amp;Back to the inbox</source>
        <translation>العودة إلى صندوق الوارد</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="80"/>
        <source>Back to the inbox</source>
        <translation>العودة إلى صندوق الوارد</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="81"/>
        <source>DEMO REPORT</source>
        <translation>بلاغ تجريبي DEMO</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="92"/>
        <source>Opening the report</source>
        <translation>جارٍ فتح البلاغ</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="93"/>
        <source>Decrypting the report in memory…</source>
        <translation>جارٍ فك تشفير البلاغ في الذاكرة…</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="107"/>
        <source>Report fields</source>
        <translation>حقول البلاغ</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="111"/>
        <source>Attachments of this report</source>
        <translation>مرفقات هذا البلاغ</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="112"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="112"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="113"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="114"/>
        <source>Metadata (as the editor saw it)</source>
        <translation>البيانات الوصفية (كما رآها المحرر)</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="123"/>
        <source>Save attac&amp;hment as…</source>
        <translation>حفظ المرفق باسم…</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="124"/>
        <source>Save attachment as</source>
        <translation>حفظ المرفق باسم</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="128"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="132"/>
        <source>Attachments are never opened by this app: save one only to examine it on a separate, offline machine.</source>
        <translation>لا يفتح هذا التطبيق المرفقات أبدًا: احفظ المرفق فقط لفحصه على جهاز منفصل غير متصل بالشبكة.</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="139"/>
        <source>Triage and reply</source>
        <translation>الفرز والرد</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="140"/>
        <source>&amp;Triage</source>
        <translation>الفرز</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="141"/>
        <source>&amp;Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="235"/>
        <source>Attachments (%1)</source>
        <translation>المرفقات (%1)</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="236"/>
        <source>No attachments.</source>
        <translation>لا مرفقات.</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="272"/>
        <source>This file came inside a report that anyone holding the team card could have sealed. Do not open it on a computer that holds the team&apos;s keys: open it on a separate, offline machine or a disposable virtual machine, and never run it or enable macros in it.</source>
        <translation>وصل هذا الملف داخل بلاغ كان يمكن لأي شخص يملك بطاقة الفريق أن يختمه. لا تفتحه على حاسوب يحمل مفاتيح الفريق: افتحه على جهاز منفصل غير متصل بالشبكة أو على آلة افتراضية مؤقتة، ولا تشغّله أبدًا ولا تفعّل فيه وحدات الماكرو.</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="283"/>
        <source>Save an untrusted file</source>
        <translation>حفظ ملف غير موثوق</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="284"/>
        <source>&amp;I understand, save it</source>
        <translation>أفهم ذلك، احفظه</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="286"/>
        <source>Save the attachment</source>
        <translation>حفظ المرفق</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="313"/>
        <source>Saved as %1 (%2). %3</source>
        <translation>حُفظ باسم %1 (%2). %3</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="84"/>
        <source>FLAGGED: ID REUSED — READ-ONLY</source>
        <translation>مُعلَّم: معرّف مُعاد استخدامه — للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="205"/>
        <source>A flagged file carries the id of this report (%1 in all). Someone may be replaying or forging a report; compare them before acting.</source>
        <translation>ملف مُعلَّم يحمل معرّف هذا البلاغ (%1 في المجموع). ربما يعيد أحدهم إرسال بلاغ قديم أو يزوّر بلاغًا؛ قارن بينهما قبل أن تتصرف.</translation>
    </message>
    <message>
        <location filename="../../moderator/report_page.py" line="208"/>
        <source>C&amp;ompare with the flagged file</source>
        <translation>المقارنة مع الملف المُعلَّم</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="58"/>
        <source>Restore keys from a backup</source>
        <translation>استعادة المفاتيح من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="64"/>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="65"/>
        <source>Choose the backup file</source>
        <translation>اختر ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="66"/>
        <source>&amp;Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="83"/>
        <source>Word shares</source>
        <translation>حصص الكلمات</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="85"/>
        <source>One share per line, words separated by spaces</source>
        <translation>حصة واحدة في كل سطر، والكلمات مفصولة بمسافات</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="86"/>
        <source>&amp;Word shares</source>
        <translation>حصص الكلمات</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="90"/>
        <source>Backup passphrase</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="91"/>
        <source>Backup &amp;passphrase</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="97"/>
        <source>The restored keys are saved in a new key file:</source>
        <translation>تُحفظ المفاتيح المستعادة في ملف مفاتيح جديد:</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="98"/>
        <source>New key file</source>
        <translation>ملف مفاتيح جديد</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="99"/>
        <source>Save the new key file</source>
        <translation>حفظ ملف المفاتيح الجديد</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="101"/>
        <source>New &amp;key file</source>
        <translation>ملف مفاتيح جديد</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="72"/>
        <source>Restoring</source>
        <translation>جارٍ الاستعادة</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="73"/>
        <source>Opening the backup…</source>
        <translation>جارٍ فتح النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="75"/>
        <source>&amp;Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="75"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="107"/>
        <source>Word &amp;shares and a backup file</source>
        <translation>حصص كلمات وملف نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="108"/>
        <source>Word shares and a backup file</source>
        <translation>حصص كلمات وملف نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="109"/>
        <source>A passphrase &amp;backup file</source>
        <translation>ملف نسخة احتياطية بعبارة مرور</translation>
    </message>
    <message>
        <location filename="../../moderator/restore_dialog.py" line="110"/>
        <source>A passphrase backup file</source>
        <translation>ملف نسخة احتياطية بعبارة مرور</translation>
    </message>
</context>
<context>
    <name>SecurityBox</name>
    <message>
        <location filename="../../moderator/security_box.py" line="37"/>
        <source>Locking and keyring</source>
        <translation>القفل وحلقة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="46"/>
        <source>Locking forgets the keys and the passphrase, closes the open report and any reply being written, and clears the clipboard.</source>
        <translation>القفل ينسى المفاتيح وعبارة المرور، ويغلق البلاغ المفتوح وأي ردّ قيد الكتابة، ويمسح الحافظة.</translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="48"/>
        <source>Also unlock with the system &amp;keyring</source>
        <translation>افتح القفل أيضًا بحلقة مفاتيح النظام</translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="49"/>
        <source>Also unlock with the system keyring</source>
        <translation>افتح القفل أيضًا بحلقة مفاتيح النظام</translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="57"/>
        <source>Convenient, but then anyone who can use your account on this computer can open the team&apos;s keys without the passphrase. The keyring holds a random key, never your passphrase; team changes still ask for the passphrase.</source>
        <translation>مريح، لكن عندها يستطيع كل من يستخدم حسابك على هذا الحاسوب فتح مفاتيح الفريق دون عبارة المرور. تحتفظ حلقة المفاتيح بمفتاح عشوائي، لا بعبارة مرورك أبدًا؛ وتبقى تغييرات الفريق تطلب عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="64"/>
        <source>Lock au&amp;tomatically after</source>
        <translation>أقفل تلقائيًا بعد</translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="65"/>
        <source>Lock automatically after</source>
        <translation>أقفل تلقائيًا بعد</translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="67"/>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moderator/security_box.py" line="68"/>
        <source>%n minutes without activity</source>
        <translation>
            <numerusform>%n دقيقة دون نشاط</numerusform>
            <numerusform>دقيقة واحدة دون نشاط</numerusform>
            <numerusform>دقيقتان دون نشاط</numerusform>
            <numerusform>%n دقائق دون نشاط</numerusform>
            <numerusform>%n دقيقة دون نشاط</numerusform>
            <numerusform>%n دقيقة دون نشاط</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="101"/>
        <source>Checking the system keyring…</source>
        <translation>جارٍ فحص حلقة مفاتيح النظام…</translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="155"/>
        <source>The start page now offers to unlock this key file with the system keyring.</source>
        <translation>صفحة البدء تعرض الآن فتح ملف المفاتيح هذا بحلقة مفاتيح النظام.</translation>
    </message>
    <message>
        <location filename="../../moderator/security_box.py" line="158"/>
        <source>Keyring unlock is off: only the passphrase opens the key file.</source>
        <translation>فتح القفل بحلقة المفاتيح معطّل: عبارة المرور وحدها تفتح ملف المفاتيح.</translation>
    </message>
</context>
<context>
    <name>ShareBackupDialog</name>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="66"/>
        <source>Back up the keys as word shares</source>
        <translation>نسخ احتياطي للمفاتيح كحصص كلمات</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="80"/>
        <source>Shares needed to restore</source>
        <translation>الحصص اللازمة للاستعادة</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="81"/>
        <source>Shares to make</source>
        <translation>عدد الحصص المطلوب إنشاؤها</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="82"/>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="83"/>
        <source>Save the backup file</source>
        <translation>حفظ ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="86"/>
        <source>&amp;Make the shares</source>
        <translation>إنشاء الحصص</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="86"/>
        <source>Make the shares</source>
        <translation>إنشاء الحصص</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="90"/>
        <source>Shares &amp;needed to restore (k):</source>
        <translation>الحصص اللازمة للاستعادة (k):</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="92"/>
        <source>Shares to &amp;make (n):</source>
        <translation>عدد الحصص (n):</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="93"/>
        <source>&amp;Backup file:</source>
        <translation>ملف النسخة الاحتياطية:</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="97"/>
        <source>The keys are encrypted into a backup file under a new random key, and that key is split into word shares. Restoring needs the backup file and any k of the n shares; neither alone reveals anything. Give each share to a different person you trust, on paper.</source>
        <translation>تُشفَّر المفاتيح في ملف نسخة احتياطية بمفتاح عشوائي جديد، ويُقسَّم هذا المفتاح إلى حصص من الكلمات. تتطلب الاستعادة ملف النسخة الاحتياطية وأي k من الحصص الـn؛ ولا يكشف أيٌّ منهما وحده شيئًا. أعطِ كل حصة لشخص مختلف تثق به، على الورق.</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="114"/>
        <location filename="../../moderator/backup_dialogs.py" line="155"/>
        <source>&amp;Next share</source>
        <translation>الحصة التالية</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="114"/>
        <location filename="../../moderator/backup_dialogs.py" line="156"/>
        <source>Next share</source>
        <translation>الحصة التالية</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="120"/>
        <source>Write these words on paper, in order, and check them twice. Do not photograph them or save them on a computer. Then show the next share to the next keeper.</source>
        <translation>اكتب هذه الكلمات على الورق بالترتيب وتحقق منها مرتين. لا تصوّرها ولا تحفظها على حاسوب. ثم اعرض الحصة التالية على الحافظ التالي.</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="149"/>
        <source>Share %1 of %2 — any %3 restore the keys</source>
        <translation>الحصة %1 من %2 — أي %3 منها تستعيد المفاتيح</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="155"/>
        <source>&amp;Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../moderator/backup_dialogs.py" line="156"/>
        <source>Done</source>
        <translation>تم</translation>
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
        <translation>لا يمكن فتح البلاغات المختومة إلا بالمفاتيح الخاصة لفريقك. تُحفظ في ملف مفاتيح محمي بعبارة مرور: افتحه لاستيراد البلاغات وقراءتها.</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="62"/>
        <source>Opening the key file</source>
        <translation>جارٍ فتح ملف المفاتيح</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="63"/>
        <source>Deriving the key from the passphrase (Argon2id): this takes about a second.</source>
        <translation>جارٍ اشتقاق المفتاح من عبارة المرور (Argon2id): يستغرق ذلك نحو ثانية.</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="72"/>
        <location filename="../../moderator/start_page.py" line="73"/>
        <source>Unlock your key file</source>
        <translation>افتح ملف مفاتيحك</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="74"/>
        <source>Key file</source>
        <translation>ملف المفاتيح</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="75"/>
        <source>Choose your key file</source>
        <translation>اختر ملف مفاتيحك</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="76"/>
        <source>Key file passphrase</source>
        <translation>عبارة مرور ملف المفاتيح</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="78"/>
        <source>&amp;Unlock</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="78"/>
        <source>Unlock</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="81"/>
        <source>Unlock with the system ke&amp;yring</source>
        <translation>افتح القفل بحلقة مفاتيح النظام</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="83"/>
        <source>Unlock with the system keyring</source>
        <translation>افتح القفل بحلقة مفاتيح النظام</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="88"/>
        <source>&amp;Key file</source>
        <translation>ملف المفاتيح</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="90"/>
        <source>Pa&amp;ssphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="108"/>
        <source>Create a team</source>
        <translation>إنشاء فريق</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="109"/>
        <source>Team name</source>
        <translation>اسم الفريق</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="110"/>
        <source>e.g. “Wiki Safety Team” — editors see it</source>
        <translation>مثلًا «فريق سلامة الويكي» — يراه المحررون</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="112"/>
        <source>Where to save the key file</source>
        <translation>مكان حفظ ملف المفاتيح</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="113"/>
        <source>Save the new key file</source>
        <translation>حفظ ملف المفاتيح الجديد</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="115"/>
        <source>C&amp;reate the team</source>
        <translation>إنشاء الفريق</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="116"/>
        <source>Create the team</source>
        <translation>إنشاء الفريق</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="119"/>
        <source>T&amp;eam name</source>
        <translation>اسم الفريق</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="122"/>
        <source>Key file &amp;location</source>
        <translation>مكان ملف المفاتيح</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="129"/>
        <source>Restore keys from a &amp;backup…</source>
        <translation>استعادة المفاتيح من نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="130"/>
        <source>Restore keys from a backup</source>
        <translation>استعادة المفاتيح من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="131"/>
        <source>Open the &amp;demo (workshop)</source>
        <translation>فتح العرض التجريبي (ورشة)</translation>
    </message>
    <message>
        <location filename="../../moderator/start_page.py" line="132"/>
        <source>Open the demo (workshop)</source>
        <translation>فتح العرض التجريبي (ورشة)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../moderator/labels.py" line="29"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="30"/>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="31"/>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="32"/>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../moderator/team_page.py" line="73"/>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="84"/>
        <source>Saving the key file</source>
        <translation>جارٍ حفظ ملف المفاتيح</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="85"/>
        <source>Saving the key file with the new card (Argon2id)…</source>
        <translation>جارٍ حفظ ملف المفاتيح مع البطاقة الجديدة (Argon2id)…</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="93"/>
        <location filename="../../moderator/team_page.py" line="281"/>
        <source>Team card</source>
        <translation>بطاقة الفريق</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="99"/>
        <source>Team:</source>
        <translation>الفريق:</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="100"/>
        <source>Moderators:</source>
        <translation>المشرفون:</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="101"/>
        <source>Valid until:</source>
        <translation>صالحة حتى:</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="103"/>
        <source>Team fingerprint</source>
        <translation>بصمة الفريق</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="106"/>
        <source>&amp;Save card as file…</source>
        <translation>حفظ البطاقة كملف…</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="106"/>
        <source>Save card as file</source>
        <translation>حفظ البطاقة كملف</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="108"/>
        <source>Cop&amp;y card text</source>
        <translation>نسخ نص البطاقة</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="108"/>
        <source>Copy card text</source>
        <translation>نسخ نص البطاقة</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="110"/>
        <source>Show card as &amp;QR</source>
        <translation>عرض البطاقة كرمز QR</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="110"/>
        <source>Show card as QR</source>
        <translation>عرض البطاقة كرمز QR</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="115"/>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="118"/>
        <source>Publish this fingerprint where editors can check it (your website, in person, read aloud on a call: six groups of five digits, group by group). Editors compare it with the one their app shows before they trust the card.</source>
        <translation>انشر هذه البصمة حيث يستطيع المحررون التحقق منها (موقعكم، أو شخصيًا، أو بقراءتها بصوت عالٍ في مكالمة: ست مجموعات من خمسة أرقام، مجموعة تلو الأخرى). يقارنها المحررون بما يعرضه تطبيقهم قبل أن يثقوا بالبطاقة.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="124"/>
        <source>The team card as a QR code</source>
        <translation>بطاقة الفريق كرمز QR</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="130"/>
        <source>Moderators</source>
        <translation>المشرفون</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="132"/>
        <source>Moderators&apos; public keys</source>
        <translation>المفاتيح العامة للمشرفين</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="138"/>
        <source>New moderator&apos;s public key</source>
        <translation>المفتاح العام للمشرف الجديد</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="139"/>
        <source>Paste a public key: snpk1…</source>
        <translation>الصق مفتاحًا عامًا: snpk1…</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="142"/>
        <source>&amp;Add moderator</source>
        <translation>إضافة مشرف</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="142"/>
        <source>Add moderator</source>
        <translation>إضافة مشرف</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="144"/>
        <source>Load key from &amp;file…</source>
        <translation>تحميل مفتاح من ملف…</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="145"/>
        <source>Load a moderator&apos;s key from a file</source>
        <translation>تحميل مفتاح مشرف من ملف</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="146"/>
        <source>Re&amp;move selected…</source>
        <translation>إزالة المحدد…</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="147"/>
        <source>Remove the selected moderator</source>
        <translation>إزالة المشرف المحدد</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="160"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="161"/>
        <source>&amp;Rotate the team keys…</source>
        <translation>تدوير مفاتيح الفريق…</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="162"/>
        <location filename="../../moderator/team_page.py" line="371"/>
        <source>Rotate the team keys</source>
        <translation>تدوير مفاتيح الفريق</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="163"/>
        <source>Back up as &amp;word shares…</source>
        <translation>نسخ احتياطي كحصص كلمات…</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="164"/>
        <source>Back up as word shares</source>
        <translation>نسخ احتياطي كحصص كلمات</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="166"/>
        <source>Back up with a &amp;passphrase…</source>
        <translation>نسخ احتياطي بعبارة مرور…</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="167"/>
        <source>Back up with a passphrase</source>
        <translation>نسخ احتياطي بعبارة مرور</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="173"/>
        <source>If the key file or its passphrase is lost, no report can be opened again. Make a backup now, and again after every change of keys.</source>
        <translation>إذا ضاع ملف المفاتيح أو عبارة مروره، فلن يمكن فتح أي بلاغ مجددًا. أنشئ نسخة احتياطية الآن، ثم بعد كل تغيير للمفاتيح.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="184"/>
        <source>Key file passphrase</source>
        <translation>عبارة مرور ملف المفاتيح</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="187"/>
        <source>Passp&amp;hrase for team changes</source>
        <translation>عبارة المرور لتغييرات الفريق</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="191"/>
        <source>Unlocked with the system keyring: changing the team saves the key file again under its passphrase.</source>
        <translation>فُتح القفل بحلقة مفاتيح النظام: تغيير الفريق يحفظ ملف المفاتيح من جديد بعبارة مروره.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="221"/>
        <source>This key file</source>
        <translation>ملف المفاتيح هذا</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="222"/>
        <source>Moderator %1</source>
        <translation>المشرف %1</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="250"/>
        <source>Save the team card</source>
        <translation>حفظ بطاقة الفريق</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="263"/>
        <source>The card was saved as %1.</source>
        <translation>حُفظت البطاقة باسم %1.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="273"/>
        <source>The card is on the clipboard. Editors paste it into Sealnote and compare the fingerprint.</source>
        <translation>البطاقة في الحافظة. يلصقها المحررون في Sealnote ويقارنون البصمة.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="282"/>
        <source>Editors can scan this code to import the card. Then they compare the fingerprint.</source>
        <translation>يستطيع المحررون مسح هذا الرمز لاستيراد البطاقة، ثم يقارنون البصمة.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="318"/>
        <source>A new team card was made and the key file saved. Publish the new card: reports sealed to the old card do not reach the new moderators.</source>
        <translation>أُنشئت بطاقة فريق جديدة وحُفظ ملف المفاتيح. انشر البطاقة الجديدة: البلاغات المختومة بالبطاقة القديمة لا تصل إلى المشرفين الجدد.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="338"/>
        <source>Choose a moderator&apos;s public key file</source>
        <translation>اختر ملف المفتاح العام لمشرف</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="356"/>
        <source>Select a moderator first.</source>
        <translation>حدّد مشرفًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="358"/>
        <source>Remove a moderator</source>
        <translation>إزالة مشرف</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="359"/>
        <source>Remove this moderator from the team card? Reports sealed to the new card will not reach them. They can still open the reports that were sealed to them before.</source>
        <translation>إزالة هذا المشرف من بطاقة الفريق؟ لن تصله البلاغات المختومة بالبطاقة الجديدة، لكنه يظل قادرًا على فتح البلاغات التي خُتمت له سابقًا.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="361"/>
        <source>&amp;Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="372"/>
        <source>A new team identity and a new encryption key are made for you, and the new card is signed by the old identity. The fingerprint changes.

Editors must start using the new card: their app accepts it automatically, without a new fingerprint check, because the old identity endorsed it. Publish it everywhere the old card was.

Reports sealed to the old card still open here. Other moderators keep their keys. Make a new backup afterwards.</source>
        <translation>تُنشأ لك هوية فريق جديدة ومفتاح تشفير جديد، وتُوقَّع البطاقة الجديدة بالهوية القديمة. تتغير البصمة.

يجب أن يبدأ المحررون باستخدام البطاقة الجديدة: يقبلها تطبيقهم تلقائيًا دون تحقق جديد من البصمة لأن الهوية القديمة صادقت عليها. انشرها حيث نُشرت البطاقة القديمة.

تظل البلاغات المختومة بالبطاقة القديمة تُفتح هنا. يحتفظ المشرفون الآخرون بمفاتيحهم. أنشئ نسخة احتياطية جديدة بعد ذلك.</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="378"/>
        <source>&amp;Rotate the keys</source>
        <translation>تدوير المفاتيح</translation>
    </message>
    <message>
        <location filename="../../moderator/team_page.py" line="381"/>
        <source>The keys were rotated and the key file saved. Publish the new card and its new fingerprint; editors&apos; apps accept it because the old identity endorsed it. Make a new backup now.</source>
        <translation>دُوِّرت المفاتيح وحُفظ ملف المفاتيح. انشر البطاقة الجديدة وبصمتها الجديدة؛ تقبلها تطبيقات المحررين لأن الهوية القديمة صادقت عليها. أنشئ نسخة احتياطية جديدة الآن.</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <location filename="../../moderator/triage_panel.py" line="39"/>
        <source>it cannot be read: it was altered or damaged</source>
        <translation>لا يمكن قراءته: عُدّل أو تلف</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="40"/>
        <source>it was rewritten</source>
        <translation>أُعيدت كتابته</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="41"/>
        <source>an entry is missing or out of order</source>
        <translation>قيد مفقود أو خارج الترتيب</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="42"/>
        <source>it does not follow the entry before it</source>
        <translation>لا يتبع القيد الذي قبله</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="43"/>
        <source>entries were cut off the end</source>
        <translation>قُطعت قيود من النهاية</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="44"/>
        <source>it does not match what the inbox recorded</source>
        <translation>لا يطابق ما سجّله صندوق الوارد</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="60"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="64"/>
        <source>&amp;Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="68"/>
        <source>Check the triage lo&amp;g</source>
        <translation>فحص سجل الفرز</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="69"/>
        <source>Check the triage log</source>
        <translation>فحص سجل الفرز</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="75"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="76"/>
        <source>Tags of this report</source>
        <translation>وسوم هذا البلاغ</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="78"/>
        <location filename="../../moderator/triage_panel.py" line="79"/>
        <source>New tag</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="81"/>
        <source>&amp;Add tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="81"/>
        <source>Add tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="83"/>
        <source>Remo&amp;ve tag</source>
        <translation>إزالة الوسم</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="83"/>
        <source>Remove selected tag</source>
        <translation>إزالة الوسم المحدد</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="95"/>
        <source>Private notes (encrypted, only in your store)</source>
        <translation>ملاحظات خاصة (مشفّرة، في مخزنك فقط)</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="96"/>
        <source>Notes so far</source>
        <translation>الملاحظات حتى الآن</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="99"/>
        <source>New note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="102"/>
        <source>Add &amp;note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="102"/>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="106"/>
        <source>Ne&amp;w note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="209"/>
        <source>The triage log is intact: %1 entries, none altered, removed or reordered.</source>
        <translation>سجل الفرز سليم: %1 قيدًا، لم يُعدَّل أيٌّ منها أو يُحذف أو يُعاد ترتيبه.</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="212"/>
        <source>The last %1 entries were written but not yet recorded in the inbox (an interrupted save).</source>
        <translation>كُتبت آخر %1 قيود لكنها لم تُسجَّل بعد في صندوق الوارد (حفظ مقطوع).</translation>
    </message>
    <message>
        <location filename="../../moderator/triage_panel.py" line="218"/>
        <source>The triage log is broken at entry %1: %2. The %3 entries before it are intact; from this one on, the log cannot be trusted.</source>
        <translation>سجل الفرز معطوب عند القيد %1: %2. القيود الـ%3 التي قبله سليمة؛ ومن هذا القيد فصاعدًا لا يمكن الوثوق بالسجل.</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <location filename="../../moderator/labels.py" line="64"/>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="64"/>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="65"/>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="65"/>
        <source>Critical</source>
        <translation>حرج</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../moderator/labels.py" line="43"/>
        <source>metadata removed by the editor&apos;s app</source>
        <translation>أزال تطبيق المحرر البيانات الوصفية</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="44"/>
        <source>no metadata found</source>
        <translation>لم يُعثر على بيانات وصفية</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="45"/>
        <source>⚠ original kept as evidence, with its metadata</source>
        <translation>⚠ أُبقي الأصل كدليل، مع بياناته الوصفية</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="47"/>
        <source>⚠ metadata could not be removed from this type</source>
        <translation>⚠ تعذّرت إزالة البيانات الوصفية من هذا النوع</translation>
    </message>
    <message>
        <location filename="../../moderator/labels.py" line="50"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
</TS>

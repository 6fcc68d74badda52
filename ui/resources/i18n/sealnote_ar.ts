<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AttachmentModel</name>
    <message>
        <location filename="../../editor/attachment_model.py" line="81"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="81"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="81"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="81"/>
        <source>Metadata</source>
        <translation>البيانات الوصفية</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="102"/>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="103"/>
        <source>Encrypting into the draft… %1%</source>
        <translation>جارٍ التشفير في المسودة… %1%</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="122"/>
        <source>⚠ Metadata stays: this type cannot be cleaned (it may hold names, dates or places)</source>
        <translation>⚠ البيانات الوصفية باقية: لا يمكن تنظيف هذا النوع (قد يحوي أسماء أو تواريخ أو أماكن)</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="125"/>
        <source>No metadata found</source>
        <translation>لم يُعثر على بيانات وصفية</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="127"/>
        <source>Metadata removed: %1</source>
        <translation>أُزيلت البيانات الوصفية: %1</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="130"/>
        <source> — ⚠ original also kept, with its metadata</source>
        <translation> — ⚠ الأصل محفوظ أيضًا، مع بياناته الوصفية</translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <location filename="../../editor/attachments_page.py" line="58"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="60"/>
        <source>Add photos, videos or documents of any size, or drag them here. Pictures (JPEG, PNG, WebP, GIF) are cleaned of hidden data such as location and camera before sealing; other types cannot be cleaned.</source>
        <translation>أضف صورًا أو مقاطع فيديو أو مستندات بأي حجم، أو اسحبها إلى هنا. تُنظَّف الصور (JPEG وPNG وWebP وGIF) من البيانات المخفية مثل الموقع والكاميرا قبل الختم؛ ولا يمكن تنظيف الأنواع الأخرى.</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="72"/>
        <source>&amp;Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="73"/>
        <location filename="../../editor/attachments_page.py" line="139"/>
        <source>Add files</source>
        <translation>إضافة ملفات</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="74"/>
        <source>&amp;Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="75"/>
        <source>Remove the selected file</source>
        <translation>إزالة الملف المحدّد</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="85"/>
        <source>Attached files</source>
        <translation>الملفات المرفقة</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="99"/>
        <source>Select all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="104"/>
        <source>Selected file</source>
        <translation>الملف المحدّد</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="107"/>
        <source>&amp;Keep the original as evidence</source>
        <translation>الاحتفاظ بالأصل كدليل</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="108"/>
        <source>Keep the original as evidence</source>
        <translation>الاحتفاظ بالأصل كدليل</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="112"/>
        <source>The original keeps its hidden data, such as where and when the photo was taken and with which camera: only keep it if the team needs it as proof.</source>
        <translation>يحتفظ الأصل ببياناته المخفية، مثل مكان التقاط الصورة وزمانه والكاميرا المستخدمة: لا تحتفظ به إلا إذا احتاجه الفريق دليلًا.</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="115"/>
        <source>This file came back with the draft. To change this choice, remove it and add the file again.</source>
        <translation>عاد هذا الملف مع المسودة. لتغيير هذا الخيار، أزله ثم أضف الملف من جديد.</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="122"/>
        <source>&amp;Back to the form</source>
        <translation>العودة إلى الاستمارة</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="123"/>
        <source>Back to the form</source>
        <translation>العودة إلى الاستمارة</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="124"/>
        <source>&amp;Next: review</source>
        <translation>التالي: المراجعة</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="125"/>
        <source>Next: review</source>
        <translation>التالي: المراجعة</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="150"/>
        <source>This file is already attached.</source>
        <translation>هذا الملف مرفق مسبقًا.</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="255"/>
        <source>Selected file: %1</source>
        <translation>الملف المحدّد: %1</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="256"/>
        <source>Selected file: none</source>
        <translation>الملف المحدّد: لا شيء</translation>
    </message>
</context>
<context>
    <name>CardDetails</name>
    <message>
        <location filename="../../editor/card_details.py" line="23"/>
        <source>The card you loaded</source>
        <translation>البطاقة التي حمّلتها</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="26"/>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="28"/>
        <source>Fingerprint of the card</source>
        <translation>بصمة البطاقة</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="31"/>
        <source>Compare every digit with the fingerprint your team published (on their website, in person, or read aloud on a call). If even one digit is different, do not use this card.</source>
        <translation>قارن كل رقم بالبصمة التي نشرها فريقك (على موقعه، أو وجهًا لوجه، أو قراءةً بصوت عالٍ في مكالمة). إن اختلف رقم واحد فقط، فلا تستخدم هذه البطاقة.</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="46"/>
        <source>Team:</source>
        <translation>الفريق:</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="47"/>
        <source>Moderators:</source>
        <translation>المشرفون:</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="48"/>
        <source>Valid until:</source>
        <translation>صالحة حتى:</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="52"/>
        <source>The fingerprints &amp;match — use this card</source>
        <translation>البصمتان متطابقتان — استخدم هذه البطاقة</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="54"/>
        <source>The fingerprints match — use this card</source>
        <translation>البصمتان متطابقتان — استخدم هذه البطاقة</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="56"/>
        <source>They are &amp;different — do not use it</source>
        <translation>مختلفتان — لا تستخدمها</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="57"/>
        <source>They are different — do not use it</source>
        <translation>مختلفتان — لا تستخدمها</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../../editor/card_page.py" line="68"/>
        <source>Everything you write stays on this computer. Your report is sealed so that only your team can read it: not even this computer can open it again. You then send the sealed file yourself, any way you like.</source>
        <translation>كل ما تكتبه يبقى على هذا الحاسوب. يُختم بلاغك بحيث لا يستطيع قراءته إلا فريقك: حتى هذا الحاسوب لا يستطيع فتحه مرة أخرى. ثم ترسل الملف المختوم بنفسك، بأي طريقة تريدها.</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="82"/>
        <source>&amp;Continue to the form</source>
        <translation>المتابعة إلى الاستمارة</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="83"/>
        <source>Continue to the form</source>
        <translation>المتابعة إلى الاستمارة</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="91"/>
        <source>Load your team&apos;s card</source>
        <translation>حمّل بطاقة فريقك</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="93"/>
        <source>&amp;Open a card file…</source>
        <translation>فتح ملف بطاقة…</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="94"/>
        <source>Open a card file</source>
        <translation>فتح ملف بطاقة</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="96"/>
        <source>…or &amp;paste the card text here:</source>
        <translation>…أو الصق نص البطاقة هنا:</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="97"/>
        <source>Card text</source>
        <translation>نص البطاقة</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="98"/>
        <source>Paste the whole card, from the BEGIN line to the END line.</source>
        <translation>الصق البطاقة كاملة، من سطر BEGIN إلى سطر END.</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="105"/>
        <source>C&amp;heck the pasted card</source>
        <translation>تحقّق من البطاقة الملصقة</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="106"/>
        <source>Check the pasted card</source>
        <translation>تحقّق من البطاقة الملصقة</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="126"/>
        <source>Welcome to Sealnote</source>
        <translation>مرحبًا بك في Sealnote</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="127"/>
        <source>Your team&apos;s card</source>
        <translation>بطاقة فريقك</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="130"/>
        <source>You send reports to: %1. Fingerprint: %2</source>
        <translation>ترسل البلاغات إلى: %1. البصمة: %2</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="139"/>
        <source>Open a team card</source>
        <translation>فتح بطاقة فريق</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="140"/>
        <source>Team cards (*.txt *.card);;All files (*)</source>
        <translation>بطاقات الفرق (*.txt *.card);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="176"/>
        <source>This card is not signed by the team you trust now. Only use it if your team told you they started over, and compare the fingerprint very carefully.</source>
        <translation>هذه البطاقة غير موقّعة من الفريق الذي تثق به الآن. لا تستخدمها إلا إذا أخبرك فريقك أنه بدأ من جديد، وقارن البصمة بعناية شديدة.</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="180"/>
        <source>This card is older than the one you use. Keep your current card unless your team told you to go back to this one.</source>
        <translation>هذه البطاقة أقدم من التي تستخدمها. احتفظ ببطاقتك الحالية ما لم يطلب منك فريقك العودة إلى هذه.</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="189"/>
        <source>Your team changed its keys. The new card is signed by the team you trusted, so it is now in use. Its new fingerprint is shown below.</source>
        <translation>غيّر فريقك مفاتيحه. البطاقة الجديدة موقّعة من الفريق الذي وثقت به، لذا أصبحت مستخدمة الآن. بصمتها الجديدة معروضة أدناه.</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="192"/>
        <source>Your team&apos;s card was updated (same team). It is now in use.</source>
        <translation>حُدّثت بطاقة فريقك (الفريق نفسه). أصبحت مستخدمة الآن.</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="223"/>
        <source>The card was not used. Get the card again from your team, through another way than the one it came by.</source>
        <translation>لم تُستخدم البطاقة. احصل على البطاقة مجددًا من فريقك، عبر طريق غير الذي وصلت منه.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../editor/labels.py" line="42"/>
        <source>Arrest or detention</source>
        <translation>اعتقال أو احتجاز</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="43"/>
        <source>Threat or harassment</source>
        <translation>تهديد أو مضايقة</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="44"/>
        <source>Doxxing (personal details exposed)</source>
        <translation>كشف بيانات شخصية (doxxing)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="45"/>
        <source>Censorship or blocking</source>
        <translation>رقابة أو حجب</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="46"/>
        <source>Legal action</source>
        <translation>إجراء قانوني</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="47"/>
        <source>Violence</source>
        <translation>عنف</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="48"/>
        <source>Dangerous gap in coverage</source>
        <translation>ثغرة خطيرة في التغطية</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="49"/>
        <source>Something else</source>
        <translation>شيء آخر</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="55"/>
        <source>Yes, I am safe now</source>
        <translation>نعم، أنا في أمان الآن</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="56"/>
        <source>No, I am not safe</source>
        <translation>لا، لست في أمان</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="57"/>
        <source>I am not sure</source>
        <translation>لست متأكدًا</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="58"/>
        <source>No, do not contact me</source>
        <translation>لا، لا تتواصلوا معي</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="59"/>
        <source>Yes, with a sealed reply through this app</source>
        <translation>نعم، برد مختوم عبر هذا التطبيق</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="60"/>
        <source>Yes, through another channel (below)</source>
        <translation>نعم، عبر قناة أخرى (أدناه)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="61"/>
        <source>Only the team may read it</source>
        <translation>لا يقرؤه إلا الفريق</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="62"/>
        <source>The team may share it with partner organisations</source>
        <translation>يمكن للفريق مشاركته مع منظمات شريكة</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="63"/>
        <source>The team may publish it, anonymised</source>
        <translation>يمكن للفريق نشره بعد إخفاء الهوية</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="64"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="65"/>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="66"/>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="67"/>
        <source>Critical: someone is in danger now</source>
        <translation>حرجة: شخص ما في خطر الآن</translation>
    </message>
</context>
<context>
    <name>DraftFlow</name>
    <message>
        <location filename="../../editor/draft_flow.py" line="128"/>
        <source>The draft was deleted.</source>
        <translation>حُذفت المسودة.</translation>
    </message>
    <message>
        <location filename="../../editor/draft_flow.py" line="146"/>
        <source>Not saved (RAM-only)</source>
        <translation>غير محفوظ (الذاكرة فقط)</translation>
    </message>
    <message>
        <location filename="../../editor/draft_flow.py" line="148"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../editor/draft_flow.py" line="150"/>
        <source>Saved, encrypted</source>
        <translation>محفوظ ومشفّر</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../../editor/drafts_page.py" line="60"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="60"/>
        <source>Last saved</source>
        <translation>آخر حفظ</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="71"/>
        <source>(damaged: cannot be opened)</source>
        <translation>(تالفة: لا يمكن فتحها)</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="73"/>
        <source>(no title yet)</source>
        <translation>(بلا عنوان بعد)</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="74"/>
        <source> — open now</source>
        <translation> — مفتوحة الآن</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../../editor/drafts_page.py" line="89"/>
        <location filename="../../editor/drafts_page.py" line="99"/>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="111"/>
        <source>Select all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="115"/>
        <source>&amp;New report</source>
        <translation>بلاغ جديد</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="116"/>
        <source>New report</source>
        <translation>بلاغ جديد</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="118"/>
        <source>&amp;Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="119"/>
        <source>Open the selected draft</source>
        <translation>فتح المسودة المحدّدة</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="120"/>
        <source>&amp;Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="121"/>
        <source>Delete the selected draft</source>
        <translation>حذف المسودة المحدّدة</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="135"/>
        <source>RAM-only: these drafts are only in memory. They are gone when you lock or close Sealnote.</source>
        <translation>الذاكرة فقط: هذه المسودات موجودة في الذاكرة وحدها. تزول حين تقفل Sealnote أو تغلقه.</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="137"/>
        <source>Your drafts are encrypted on this computer. Their titles are only shown while Sealnote is unlocked.</source>
        <translation>مسوداتك مشفّرة على هذا الحاسوب. لا تظهر عناوينها إلا وSealnote مفتوح القفل.</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="150"/>
        <source>No drafts yet. What you write is saved here as you type.</source>
        <translation>لا مسودات بعد. ما تكتبه يُحفظ هنا أثناء الكتابة.</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="187"/>
        <source>Select a draft first.</source>
        <translation>حدّد مسودة أولًا.</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="190"/>
        <source>Delete this draft and its attachments for good? It cannot be recovered.</source>
        <translation>هل تريد حذف هذه المسودة ومرفقاتها نهائيًا؟ لا يمكن استعادتها.</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="191"/>
        <source>Delete for &amp;good</source>
        <translation>حذف نهائي</translation>
    </message>
</context>
<context>
    <name>EditorMenu</name>
    <message>
        <location filename="../../editor/window_parts.py" line="242"/>
        <source>&amp;Sealnote</source>
        <translation>Sealnote</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="244"/>
        <source>&amp;New report</source>
        <translation>بلاغ جديد</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="246"/>
        <source>&amp;Lock now</source>
        <translation>أقفل الآن</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="248"/>
        <source>Security and &amp;privacy…</source>
        <translation>الأمان والخصوصية…</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="250"/>
        <source>&amp;Quick wipe…</source>
        <translation>مسح سريع…</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="252"/>
        <source>Read a &amp;reply…</source>
        <translation>قراءة ردّ…</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="254"/>
        <source>&amp;Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../../editor/main_window.py" line="134"/>
        <source>Not in RAM-only mode: the reply key could not be kept.</source>
        <translation>غير متاح في وضع الذاكرة فقط: لا يمكن الاحتفاظ بمفتاح الرد.</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="136"/>
        <source>Delete the &amp;draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="162"/>
        <source>The RAM-only session ended: nothing was kept.</source>
        <translation>انتهت جلسة الذاكرة فقط: لم يُحتفظ بشيء.</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="168"/>
        <source>Sealnote locked itself after %1 minutes without activity.</source>
        <translation>أقفل Sealnote نفسه بعد %1 دقيقة دون نشاط.</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="169"/>
        <source>Sealnote locked itself.</source>
        <translation>أقفل Sealnote نفسه.</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="170"/>
        <source>Sealnote is locked. Your drafts are saved and encrypted.</source>
        <translation>‏Sealnote مقفل. مسوداتك محفوظة ومشفّرة.</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="349"/>
        <source>RAM-only: nothing is kept on this computer.</source>
        <translation>الذاكرة فقط: لا يُحتفظ بشيء على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="350"/>
        <source>You chose to keep nothing after export.</source>
        <translation>اخترت ألّا تحتفظ بشيء بعد التصدير.</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="409"/>
        <source>Close Sealnote? What you wrote has not been sealed and will be lost: nothing is saved on this computer.</source>
        <translation>هل تريد إغلاق Sealnote؟ ما كتبته لم يُختم بعد وسيُفقد: لا يُحفظ شيء على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <location filename="../../editor/export_choices.py" line="25"/>
        <source>What stays on this computer</source>
        <translation>ما يبقى على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../editor/export_choices.py" line="28"/>
        <source>Let the team send me a sealed &amp;reply</source>
        <translation>اسمح للفريق بأن يرسل إليّ ردًا مختومًا</translation>
    </message>
    <message>
        <location filename="../../editor/export_choices.py" line="29"/>
        <source>Let the team send me a sealed reply</source>
        <translation>اسمح للفريق بأن يرسل إليّ ردًا مختومًا</translation>
    </message>
    <message>
        <location filename="../../editor/export_choices.py" line="30"/>
        <location filename="../../editor/export_choices.py" line="32"/>
        <source>A reply key kept on this computer links it to this report.</source>
        <translation>مفتاح الرد المحفوظ على هذا الحاسوب يربطه بهذا البلاغ.</translation>
    </message>
    <message>
        <location filename="../../editor/export_choices.py" line="35"/>
        <source>Keep &amp;nothing after export: no outbox copy, no reply key</source>
        <translation>لا تحتفظ بشيء بعد التصدير: لا نسخة في صندوق الصادر ولا مفتاح رد</translation>
    </message>
    <message>
        <location filename="../../editor/export_choices.py" line="37"/>
        <source>Keep nothing after export</source>
        <translation>لا تحتفظ بشيء بعد التصدير</translation>
    </message>
    <message>
        <location filename="../../editor/export_choices.py" line="38"/>
        <source>No copy in the outbox and no reply key: only the file or text you export.</source>
        <translation>لا نسخة في صندوق الصادر ولا مفتاح رد: فقط الملف أو النص الذي تصدّره.</translation>
    </message>
    <message>
        <location filename="../../editor/export_choices.py" line="73"/>
        <source>You asked for a sealed reply through this app: turn this on, or the team cannot reply that way.</source>
        <translation>طلبت ردًا مختومًا عبر هذا التطبيق: فعّل هذا الخيار، وإلا فلن يستطيع الفريق الرد بهذه الطريقة.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../editor/form_inputs.py" line="68"/>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="18"/>
        <source>&amp;Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="19"/>
        <source>Cate&amp;gory</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="20"/>
        <source>&amp;Urgency</source>
        <translation>درجة الاستعجال</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="21"/>
        <source>&amp;What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="22"/>
        <source>Wh&amp;en</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="23"/>
        <source>Whe&amp;re (optional, coarse)</source>
        <translation>أين (اختياري، بشكل تقريبي)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="24"/>
        <source>Wh&amp;o is affected</source>
        <translation>من المتضرّر</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="25"/>
        <source>Are you &amp;safe now?</source>
        <translation>هل أنت في أمان الآن؟</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="26"/>
        <source>May the team &amp;contact you?</source>
        <translation>هل يمكن للفريق التواصل معك؟</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="27"/>
        <source>&amp;How to reach you (other channel)</source>
        <translation>كيف نصل إليك (قناة أخرى)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="28"/>
        <source>What may the te&amp;am do with it? (consent)</source>
        <translation>ماذا يمكن للفريق أن يفعل به؟ (الموافقة)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="29"/>
        <source>Wiki usernames in&amp;volved</source>
        <translation>أسماء مستخدمي الويكي المعنيّين</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="30"/>
        <source>Wiki &amp;pages involved</source>
        <translation>صفحات الويكي المعنيّة</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="31"/>
        <source>Revision or diff &amp;links</source>
        <translation>روابط المراجعات أو الفروقات</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="85"/>
        <source>A few words, e.g. “Editor threatened over an article”</source>
        <translation>بضع كلمات، مثل «تهديد محرّر بسبب مقالة»</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="86"/>
        <source>Describe what happened, in your own words. Take your time.</source>
        <translation>صف ما حدث بكلماتك. خذ وقتك.</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="88"/>
        <source>A date (2026-03-14) or words (“early March”)</source>
        <translation>تاريخ (2026-03-14) أو كلمات («أوائل مارس»)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="89"/>
        <source>A city or region at most. Never your address.</source>
        <translation>مدينة أو منطقة على الأكثر. لا تكتب عنوانك أبدًا.</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="90"/>
        <source>e.g. “two editors of the article”</source>
        <translation>مثل «محرّران للمقالة»</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="91"/>
        <source>e.g. a Signal number or an e-mail address</source>
        <translation>مثل رقم Signal أو عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="92"/>
        <source>One username per line</source>
        <translation>اسم مستخدم واحد في كل سطر</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="93"/>
        <source>One page title per line</source>
        <translation>عنوان صفحة واحد في كل سطر</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="94"/>
        <source>One link per line, https://…</source>
        <translation>رابط واحد في كل سطر، https://…</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../editor/gate_pages.py" line="74"/>
        <source>Welcome to Sealnote</source>
        <translation>مرحبًا بك في Sealnote</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="76"/>
        <source>Sealnote keeps your drafts encrypted on this computer. Choose a passphrase to protect them: without it, nobody can read them, and nobody can recover it for you.</source>
        <translation>يحفظ Sealnote مسوداتك مشفّرة على هذا الحاسوب. اختر عبارة مرور لحمايتها: من دونها لا يستطيع أحد قراءتها، ولا يستطيع أحد استعادتها لك.</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="86"/>
        <source>Protect your drafts with a passphrase</source>
        <translation>احمِ مسوداتك بعبارة مرور</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="90"/>
        <source>&amp;Protect my drafts and continue</source>
        <translation>احمِ مسوداتي وتابع</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="91"/>
        <source>Protect my drafts and continue</source>
        <translation>احمِ مسوداتي وتابع</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="95"/>
        <source>Setting up. This takes a moment on purpose: it makes guessing your passphrase slow.</source>
        <translation>جارٍ الإعداد. يستغرق هذا لحظة عن قصد: فهو يجعل تخمين عبارة المرور بطيئًا.</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="104"/>
        <source>Or save nothing at all</source>
        <translation>أو لا تحفظ شيئًا على الإطلاق</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="107"/>
        <source>RAM-only: nothing you write is saved on this computer. When you lock or close Sealnote, it is gone for good.</source>
        <translation>الذاكرة فقط: لا يُحفظ شيء مما تكتبه على هذا الحاسوب. حين تقفل Sealnote أو تغلقه يزول نهائيًا.</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="109"/>
        <source>Start &amp;without saving (RAM-only)</source>
        <translation>ابدأ دون حفظ (الذاكرة فقط)</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="110"/>
        <source>Start without saving (RAM-only)</source>
        <translation>ابدأ دون حفظ (الذاكرة فقط)</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../editor/form_page.py" line="67"/>
        <source>Your concern</source>
        <translation>بلاغك</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="68"/>
        <source>Fields marked * are needed. Nothing leaves this computer until you seal it and send the sealed file yourself.</source>
        <translation>الحقول المعلّمة بـ * مطلوبة. لا يخرج شيء من هذا الحاسوب حتى تختمه وترسل الملف المختوم بنفسك.</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="100"/>
        <source>&amp;Your own wiki username (optional, never sent)</source>
        <translation>اسم مستخدمك في الويكي (اختياري، لا يُرسَل أبدًا)</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="102"/>
        <source>Your own wiki username (optional, never sent)</source>
        <translation>اسم مستخدمك في الويكي (اختياري، لا يُرسَل أبدًا)</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="103"/>
        <source>Only used on this computer to warn you if it appears in the report; kept only in your encrypted draft.</source>
        <translation>يُستخدم على هذا الحاسوب فقط لتنبيهك إن ظهر في البلاغ؛ ولا يُحفظ إلا في مسودتك المشفّرة.</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="105"/>
        <source>Only used to warn you; never sealed</source>
        <translation>للتنبيه فقط؛ لا يُختم أبدًا</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="116"/>
        <source>&amp;Next: attachments</source>
        <translation>التالي: المرفقات</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="117"/>
        <source>Next: attachments</source>
        <translation>التالي: المرفقات</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="148"/>
        <source>Your username appears in: %1. If this report were ever exposed, it could point to you. Remove it unless the team needs it.</source>
        <translation>اسم مستخدمك يظهر في: %1. إذا كُشف هذا البلاغ يومًا، فقد يدلّ عليك. احذفه ما لم يحتج إليه الفريق.</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <location filename="../../editor/gate.py" line="125"/>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="131"/>
        <source>Asking the system keyring…</source>
        <translation>جارٍ سؤال حلقة مفاتيح النظام…</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="158"/>
        <source>The system keyring did not unlock Sealnote: %1 Type your passphrase instead.</source>
        <translation>لم تفتح حلقة مفاتيح النظام قفل Sealnote: %1 اكتب عبارة المرور بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="168"/>
        <source>Your drafts were deleted. Choose a new passphrase to start again.</source>
        <translation>حُذفت مسوداتك. اختر عبارة مرور جديدة لتبدأ من جديد.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../widgets/basics.py" line="58"/>
        <source>Information</source>
        <translation>معلومة</translation>
    </message>
    <message>
        <location filename="../../widgets/basics.py" line="59"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../widgets/basics.py" line="60"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../../widgets/basics.py" line="61"/>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../messages.py" line="23"/>
        <source>This report cannot be opened. It was not sealed to your team&apos;s keys, or it was damaged on the way.</source>
        <translation>لا يمكن فتح هذا البلاغ. لم يُختم بمفاتيح فريقك، أو تلف في الطريق.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="27"/>
        <source>The text is not a complete sealed message. Copy everything from the BEGIN line to the END line.</source>
        <translation>النص ليس رسالة مختومة كاملة. انسخ كل شيء من سطر BEGIN إلى سطر END.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="31"/>
        <source>Parts {missing} of {total} are missing.</source>
        <translation>الأجزاء {missing} من {total} مفقودة.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="34"/>
        <source>This is not a valid team card. It may be damaged or forged: get the card again from your team.</source>
        <translation>هذه ليست بطاقة فريق صالحة. قد تكون تالفة أو مزوّرة: احصل على البطاقة مجددًا من فريقك.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="38"/>
        <source>This team card has expired. Ask your team for their current card.</source>
        <translation>انتهت صلاحية بطاقة الفريق هذه. اطلب من فريقك بطاقته الحالية.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="41"/>
        <source>This is the public demo card: it only works in demo mode. Import your team&apos;s real card.</source>
        <translation>هذه بطاقة العرض التجريبي العلنية: تعمل في الوضع التجريبي فقط. استورد البطاقة الحقيقية لفريقك.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="45"/>
        <source>Demo mode only uses the built-in demo team. Start Sealnote without demo mode to use a real team card.</source>
        <translation>الوضع التجريبي يستخدم الفريق التجريبي المدمج فقط. شغّل Sealnote دون الوضع التجريبي لاستخدام بطاقة فريق حقيقية.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="49"/>
        <source>This is not a usable key file.</source>
        <translation>هذا ليس ملف مفاتيح صالحًا للاستخدام.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="52"/>
        <source>The key file asks for unsafe settings. It was not made by Sealnote or was altered.</source>
        <translation>ملف المفاتيح يطلب إعدادات غير آمنة. لم يُنشئه Sealnote أو جرى تعديله.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="56"/>
        <source>Wrong passphrase, or the key file was altered. Check the keyboard layout and try again.</source>
        <translation>عبارة مرور خاطئة، أو جرى تعديل ملف المفاتيح. تحقّق من تخطيط لوحة المفاتيح وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="60"/>
        <source>This key is not valid. Copy the whole key.</source>
        <translation>هذا المفتاح غير صالح. انسخ المفتاح كاملًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="63"/>
        <source>The passphrase is too short: use at least 8 characters. Several words are best.</source>
        <translation>عبارة المرور قصيرة جدًا: استخدم 8 أحرف على الأقل. الأفضل عدة كلمات.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="67"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>عبارتا المرور مختلفتان. اكتب العبارة نفسها مرتين.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="70"/>
        <source>No passphrase was given.</source>
        <translation>لم تُعطَ أي عبارة مرور.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="79"/>
        <source>Some fields need attention. They are marked in the form.</source>
        <translation>بعض الحقول تحتاج إلى انتباه. إنها معلّمة في الاستمارة.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="82"/>
        <source>A file cannot be read. Check that it still exists.</source>
        <translation>لا يمكن قراءة ملف. تأكّد أنه ما زال موجودًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="85"/>
        <source>This is not a regular file. Attach files, not folders.</source>
        <translation>هذا ليس ملفًا عاديًا. أرفق ملفات، لا مجلدات.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="88"/>
        <source>The file cannot be read.</source>
        <translation>لا يمكن قراءة الملف.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="91"/>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>يوجد ملف بهذا الاسم. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="94"/>
        <source>Refusing to write binary data to a terminal.</source>
        <translation>رُفضت كتابة بيانات ثنائية إلى الطرفية.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="97"/>
        <source>Writing failed (is the disk full or write-protected?). Nothing was left half-written.</source>
        <translation>فشلت الكتابة (هل القرص ممتلئ أو محمي من الكتابة؟). لم يُترك شيء مكتوبًا جزئيًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="101"/>
        <source>A file operation failed. Check the place you chose and the free space.</source>
        <translation>فشلت عملية على ملف. تحقّق من المكان الذي اخترته ومن المساحة الحرة.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="104"/>
        <source>A file changed while it was being sealed. Nothing was written: please try again.</source>
        <translation>تغيّر ملف أثناء ختمه. لم يُكتب شيء: حاول مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="108"/>
        <source>Sealing failed. Nothing was written.</source>
        <translation>فشل الختم. لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="111"/>
        <source>The team name is not valid.</source>
        <translation>اسم الفريق غير صالح.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="114"/>
        <source>The validity must be 1 to 1830 days.</source>
        <translation>يجب أن تكون مدة الصلاحية من 1 إلى 1830 يومًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="117"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>أُلغي. لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="120"/>
        <source>Out of memory. Close other programs and try again.</source>
        <translation>نفدت الذاكرة. أغلق البرامج الأخرى وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="123"/>
        <source>Something unexpected went wrong. Nothing was sent anywhere.</source>
        <translation>حدث خطأ غير متوقع. لم يُرسَل شيء إلى أي مكان.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="132"/>
        <source>Please fill this in.</source>
        <translation>يرجى ملء هذا الحقل.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="135"/>
        <source>This is too long. Please shorten it.</source>
        <translation>هذا طويل جدًا. يرجى اختصاره.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="138"/>
        <source>Please choose one of the options.</source>
        <translation>يرجى اختيار أحد الخيارات.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="141"/>
        <source>This date does not exist. Use YYYY-MM-DD, or describe it in words.</source>
        <translation>هذا التاريخ غير موجود. استخدم YYYY-MM-DD، أو صِفه بالكلمات.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="144"/>
        <source>This date is in the future.</source>
        <translation>هذا التاريخ في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="147"/>
        <source>One of the links is not a web address. Put one link per line, starting with https://</source>
        <translation>أحد الروابط ليس عنوان ويب. ضع رابطًا واحدًا في كل سطر، يبدأ بـ https://</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="151"/>
        <source>Say how the team can reach you, or choose another contact option.</source>
        <translation>اذكر كيف يمكن للفريق الوصول إليك، أو اختر خيار تواصل آخر.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="160"/>
        <source>This is not a file of the outbox.</source>
        <translation>هذا ليس ملفًا من صندوق الصادر.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="163"/>
        <source>This file is no longer in the outbox.</source>
        <translation>لم يعد هذا الملف في صندوق الصادر.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="166"/>
        <source>This report is too long for QR codes. Save a file instead.</source>
        <translation>هذا البلاغ أطول من أن يُرسل برموز QR. احفظ ملفًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="169"/>
        <source>This report is too large to export as text. Save a file instead.</source>
        <translation>هذا البلاغ أكبر من أن يُصدَّر كنص. احفظ ملفًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="172"/>
        <source>This file cannot be read as a team card.</source>
        <translation>لا يمكن قراءة هذا الملف كبطاقة فريق.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="175"/>
        <source>This file is already attached.</source>
        <translation>هذا الملف مرفق مسبقًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="178"/>
        <source>Still checking the attachments: sealing is possible in a moment.</source>
        <translation>ما زال فحص المرفقات جاريًا: سيكون الختم ممكنًا بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="181"/>
        <source>This reply cannot be opened. It was not sent to a reply key kept on this computer, or it was damaged on the way.</source>
        <translation>لا يمكن فتح هذا الردّ. لم يُرسَل إلى مفتاح ردّ محفوظ على هذا الحاسوب، أو تلف في الطريق.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="191"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>عبارة مرور خاطئة. تحقّق من تخطيط لوحة المفاتيح ومن مفتاح الأحرف الكبيرة، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="194"/>
        <source>Type your passphrase.</source>
        <translation>اكتب عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="197"/>
        <source>The file that protects your drafts is damaged, so they cannot be opened.</source>
        <translation>الملف الذي يحمي مسوداتك تالف، لذا لا يمكن فتحها.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="200"/>
        <source>Your drafts were saved by a newer version of Sealnote. Open them with that version.</source>
        <translation>حُفظت مسوداتك بإصدار أحدث من Sealnote. افتحها بذلك الإصدار.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="204"/>
        <source>The file that protects your drafts asks for unsafe settings: it was not made by Sealnote or was altered.</source>
        <translation>الملف الذي يحمي مسوداتك يطلب إعدادات غير آمنة: لم يُنشئه Sealnote أو جرى تعديله.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="208"/>
        <source>There are no protected drafts on this computer yet.</source>
        <translation>لا توجد مسودات محمية على هذا الحاسوب بعد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="211"/>
        <source>Protected drafts already exist on this computer. Unlock them instead.</source>
        <translation>توجد مسودات محمية على هذا الحاسوب. افتح قفلها بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="214"/>
        <source>Sealnote is locked. Unlock it to go on.</source>
        <translation>‏Sealnote مقفل. افتح قفله لتتابع.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="217"/>
        <source>Not in RAM-only mode: nothing is kept on this computer.</source>
        <translation>غير متاح في وضع الذاكرة فقط: لا يُحتفظ بشيء على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="220"/>
        <source>The key in the system keyring does not open your drafts.</source>
        <translation>المفتاح الموجود في حلقة مفاتيح النظام لا يفتح مسوداتك.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="223"/>
        <source>The system keyring could not be set up for Sealnote.</source>
        <translation>تعذّر إعداد حلقة مفاتيح النظام لـ Sealnote.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="226"/>
        <source>A file could not be read. Check the disk.</source>
        <translation>تعذّرت قراءة ملف. تحقّق من القرص.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="229"/>
        <source>Your draft could not be saved. What you see is still here: check the disk, then keep typing to try again.</source>
        <translation>تعذّر حفظ مسودتك. ما تراه ما زال هنا: تحقّق من القرص، ثم تابع الكتابة لتجرّب مجددًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="233"/>
        <source>The disk is full: your draft could not be saved. What you see is still here: free some space, then keep typing to try again.</source>
        <translation>القرص ممتلئ: تعذّر حفظ مسودتك. ما تراه ما زال هنا: أفرغ بعض المساحة، ثم تابع الكتابة لتجرّب مجددًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="237"/>
        <source>This draft is damaged and cannot be opened.</source>
        <translation>هذه المسودة تالفة ولا يمكن فتحها.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="240"/>
        <source>This draft no longer exists.</source>
        <translation>لم تعد هذه المسودة موجودة.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="243"/>
        <source>This draft cannot be read. Check the disk.</source>
        <translation>تعذّرت قراءة هذه المسودة. تحقّق من القرص.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="246"/>
        <source>The draft could not be deleted completely. Try again.</source>
        <translation>تعذّر حذف المسودة بالكامل. حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="254"/>
        <source>Something stored on this computer is damaged and cannot be opened.</source>
        <translation>شيء محفوظ على هذا الحاسوب تالف ولا يمكن فتحه.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="263"/>
        <source>No system keyring is available in this session.</source>
        <translation>لا تتوفر حلقة مفاتيح للنظام في هذه الجلسة.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="266"/>
        <source>The only keyring found keeps secrets in a plain file, which is not safe: Sealnote does not use it.</source>
        <translation>حلقة المفاتيح الوحيدة الموجودة تحفظ الأسرار في ملف عادي، وهذا غير آمن: لا يستخدمها Sealnote.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="270"/>
        <source>The keyring found is not one Sealnote trusts.</source>
        <translation>حلقة المفاتيح الموجودة ليست من النوع الذي يثق به Sealnote.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="273"/>
        <source>Not in portable mode: the system keyring belongs to this computer, not to your stick.</source>
        <translation>غير متاح في الوضع المحمول: حلقة مفاتيح النظام تخص هذا الحاسوب لا ذاكرة USB الخاصة بك.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="277"/>
        <source>The system keyring did not answer in time. It may be locked.</source>
        <translation>لم تستجب حلقة مفاتيح النظام في الوقت المناسب. قد تكون مقفلة.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="280"/>
        <source>The system keyring is locked. Unlock it, then try again.</source>
        <translation>حلقة مفاتيح النظام مقفلة. افتح قفلها ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="283"/>
        <source>The system keyring did not work.</source>
        <translation>لم تعمل حلقة مفاتيح النظام.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="286"/>
        <source>The system keyring no longer holds Sealnote&apos;s key.</source>
        <translation>لم تعد حلقة مفاتيح النظام تحتفظ بمفتاح Sealnote.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="289"/>
        <source>The key in the system keyring is damaged.</source>
        <translation>المفتاح الموجود في حلقة مفاتيح النظام تالف.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="292"/>
        <source>Unlocking with the system keyring is not turned on.</source>
        <translation>فتح القفل بحلقة مفاتيح النظام غير مفعّل.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="295"/>
        <source>The key in the system keyring could not be reached.</source>
        <translation>تعذّر الوصول إلى المفتاح في حلقة مفاتيح النظام.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="304"/>
        <source>This is not a moderator&apos;s public key. Copy the whole key: it starts with “snpk1”.</source>
        <translation>هذا ليس مفتاحًا عامًا لمشرف. انسخ المفتاح كاملًا: يبدأ بـ «snpk1».</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="308"/>
        <source>This moderator is already on the team card.</source>
        <translation>هذا المشرف موجود في بطاقة الفريق بالفعل.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="311"/>
        <source>A team has at most {maximum} moderators. Remove one first.</source>
        <translation>لا يضم الفريق أكثر من {maximum} مشرفين. أزل أحدهم أولًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="314"/>
        <source>This key file holds no team identity key: only the moderator who holds it can change the team.</source>
        <translation>لا يحوي ملف المفاتيح هذا مفتاح هوية الفريق: وحده المشرف الذي يملكه يستطيع تغيير الفريق.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="318"/>
        <source>The team card stored in the key file is damaged. Restore the keys from a backup.</source>
        <translation>بطاقة الفريق المحفوظة في ملف المفاتيح تالفة. استعد المفاتيح من نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="321"/>
        <source>The team card in the key file was not issued by its identity key. Restore the keys from a backup.</source>
        <translation>بطاقة الفريق في ملف المفاتيح لم تصدر عن مفتاح هويته. استعد المفاتيح من نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="325"/>
        <source>The demo team cannot be changed: its keys are public.</source>
        <translation>لا يمكن تغيير الفريق التجريبي: مفاتيحه علنية.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="328"/>
        <source>A new team card could not be made. Nothing was changed.</source>
        <translation>تعذّر إنشاء بطاقة فريق جديدة. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="331"/>
        <source>This key is not on the team card.</source>
        <translation>هذا المفتاح ليس في بطاقة الفريق.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="334"/>
        <source>You cannot remove your own key. Another moderator who holds the team identity can do it, or rotate the keys.</source>
        <translation>لا يمكنك إزالة مفتاحك أنت. يستطيع ذلك مشرف آخر يملك هوية الفريق، أو دوِّر المفاتيح.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="338"/>
        <source>The last moderator cannot be removed: a team needs at least one.</source>
        <translation>لا يمكن إزالة آخر مشرف: يحتاج الفريق إلى مشرف واحد على الأقل.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="341"/>
        <source>Give the team a name (editors see it on the card).</source>
        <translation>أعطِ الفريق اسمًا (يراه المحررون على البطاقة).</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="344"/>
        <source>Choose where to save the key file.</source>
        <translation>اختر مكان حفظ ملف المفاتيح.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="347"/>
        <source>Choose your key file first.</source>
        <translation>اختر ملف مفاتيحك أولًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="350"/>
        <source>This passphrase is too easy to guess. Use five or more random words.</source>
        <translation>عبارة المرور هذه سهلة التخمين. استخدم خمس كلمات عشوائية أو أكثر.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="359"/>
        <source>Choose at least 2 shares needed, and no more shares than you make (at most {maximum}).</source>
        <translation>اختر حصتين لازمتين على الأقل، ولا تتجاوز عدد الحصص التي تنشئها (بحد أقصى {maximum}).</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="363"/>
        <source>This is not a Sealnote backup file.</source>
        <translation>هذا ليس ملف نسخة احتياطية من Sealnote.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="366"/>
        <source>Share {share} is not valid: check every word for a typing mistake.</source>
        <translation>الحصة {share} غير صالحة: تحقق من كل كلمة بحثًا عن خطأ كتابي.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="369"/>
        <source>Share {share} belongs to a different backup.</source>
        <translation>الحصة {share} تنتمي إلى نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="372"/>
        <source>{needed} different shares are needed; {given} were given.</source>
        <translation>يلزم {needed} حصص مختلفة؛ أُعطيت {given}.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="375"/>
        <source>These shares do not fit together. Check that they come from the same backup.</source>
        <translation>هذه الحصص لا تتوافق معًا. تحقق من أنها من النسخة الاحتياطية نفسها.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="378"/>
        <source>The shares and the backup file do not belong together, or the file was altered.</source>
        <translation>الحصص وملف النسخة الاحتياطية لا ينتميان معًا، أو أن الملف عُدِّل.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="381"/>
        <source>The backup opened but its content is damaged.</source>
        <translation>فُتحت النسخة الاحتياطية لكن محتواها تالف.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="390"/>
        <source>This key file has no key for the report store.</source>
        <translation>لا يحوي ملف المفاتيح هذا مفتاحًا لمخزن البلاغات.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="393"/>
        <source>The list of imported reports cannot be read. It belongs to another key file or was altered.</source>
        <translation>تتعذر قراءة قائمة البلاغات المستوردة. إنها تخص ملف مفاتيح آخر أو عُدِّلت.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="397"/>
        <source>This report is no longer in the inbox.</source>
        <translation>لم يعد هذا البلاغ في صندوق الوارد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="400"/>
        <source>The sealed original of this report is missing from the store.</source>
        <translation>الأصل المختوم لهذا البلاغ مفقود من المخزن.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="403"/>
        <source>The sealed original of this report no longer opens: it was damaged or altered on this computer.</source>
        <translation>لم يعد الأصل المختوم لهذا البلاغ يُفتح: تلف أو عُدِّل على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="407"/>
        <source>This report has no such attachment.</source>
        <translation>لا يحوي هذا البلاغ مثل هذا المرفق.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="410"/>
        <source>A report with this id is already in the inbox.</source>
        <translation>يوجد بلاغ بهذا المعرّف في صندوق الوارد بالفعل.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="413"/>
        <source>This file is too large to be a sealed text message.</source>
        <translation>هذا الملف أكبر من أن يكون رسالة نصية مختومة.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="416"/>
        <source>A file changed while it was being imported. Import it again.</source>
        <translation>تغيّر ملف أثناء استيراده. استورده مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="425"/>
        <location filename="../../messages.py" line="458"/>
        <source>Choose one of the statuses.</source>
        <translation>اختر إحدى الحالات.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="428"/>
        <source>A note must not be empty and must be at most 20,000 characters.</source>
        <translation>يجب ألا تكون الملاحظة فارغة وألا تتجاوز 20,000 حرف.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="431"/>
        <source>A tag is one short line of at most 40 characters.</source>
        <translation>الوسم سطر قصير واحد لا يتجاوز 40 حرفًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="434"/>
        <source>A report can have at most 32 tags.</source>
        <translation>لا يحمل البلاغ أكثر من 32 وسمًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="437"/>
        <source>The triage log is damaged. Check it from a report&apos;s triage panel.</source>
        <translation>سجل الفرز تالف. افحصه من لوحة الفرز في أي بلاغ.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="440"/>
        <source>The triage log file is not a triage log.</source>
        <translation>ملف سجل الفرز ليس سجل فرز.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="443"/>
        <source>This triage action is not known.</source>
        <translation>إجراء الفرز هذا غير معروف.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="452"/>
        <source>The editor did not ask for a reply: this report carries no reply key.</source>
        <translation>لم يطلب المحرر ردًا: لا يحمل هذا البلاغ مفتاح رد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="455"/>
        <source>Demo reports can only be answered in demo mode, and real reports only outside it.</source>
        <translation>لا يُرد على البلاغات التجريبية إلا في الوضع التجريبي، ولا على الحقيقية إلا خارجه.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="461"/>
        <source>The reply is too long: at most {limit} characters.</source>
        <translation>الرد طويل جدًا: الحد الأقصى {limit} حرف.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="464"/>
        <source>The reply cannot be sealed. Remove unusual control characters and try again.</source>
        <translation>يتعذر ختم الرد. أزل محارف التحكم غير المعتادة وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="467"/>
        <source>This reply answers a different report.</source>
        <translation>هذا الرد يجيب على بلاغ آخر.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="470"/>
        <source>Tick the box to confirm that you understand the file is not encrypted.</source>
        <translation>ضع علامة في المربع لتأكيد أنك تفهم أن الملف غير مشفّر.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="473"/>
        <source>Choose JSON or CSV.</source>
        <translation>اختر JSON أو CSV.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="476"/>
        <source>Select one or more reports in the inbox first.</source>
        <translation>حدّد بلاغًا واحدًا أو أكثر في صندوق الوارد أولًا.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="485"/>
        <source>The key file changed since keyring unlock was turned on. Unlock once with the passphrase: the keyring copy is then brought up to date.</source>
        <translation>تغيّر ملف المفاتيح منذ تشغيل فتح القفل بحلقة المفاتيح. افتح القفل مرة واحدة بعبارة المرور، فتُحدَّث نسخة حلقة المفاتيح.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="489"/>
        <source>The keyring copy of your keys on this computer is damaged. Unlock with the passphrase, then turn keyring unlock on again.</source>
        <translation>نسخة مفاتيحك الخاصة بحلقة المفاتيح على هذا الحاسوب تالفة. افتح القفل بعبارة المرور، ثم شغّل فتح القفل بحلقة المفاتيح من جديد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="493"/>
        <source>The key in the system keyring does not open the keyring copy of your keys. Unlock with the passphrase, then turn keyring unlock on again.</source>
        <translation>المفتاح الموجود في حلقة مفاتيح النظام لا يفتح نسخة مفاتيحك الخاصة بها. افتح القفل بعبارة المرور، ثم شغّل فتح القفل بحلقة المفاتيح من جديد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="497"/>
        <source>Not in demo mode: the demo team&apos;s keys are public.</source>
        <translation>غير متاح في الوضع التجريبي: مفاتيح الفريق التجريبي علنية.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="500"/>
        <source>Type the key file&apos;s passphrase: this change saves the key file again under it.</source>
        <translation>اكتب عبارة مرور ملف المفاتيح: هذا التغيير يحفظ ملف المفاتيح من جديد بها.</translation>
    </message>
</context>
<context>
    <name>Metadata</name>
    <message>
        <location filename="../../editor/labels.py" line="101"/>
        <source>EXIF with the GPS location</source>
        <translation>بيانات EXIF مع موقع GPS</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="102"/>
        <source>EXIF (camera, date)</source>
        <translation>بيانات EXIF (الكاميرا، التاريخ)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="103"/>
        <source>XMP</source>
        <translation>بيانات XMP</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="104"/>
        <source>IPTC (captions, author)</source>
        <translation>بيانات IPTC (التعليقات التوضيحية، المؤلف)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="105"/>
        <source>colour profile</source>
        <translation>ملف تعريف الألوان</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="106"/>
        <source>multi-picture index</source>
        <translation>فهرس الصور المتعددة</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="107"/>
        <source>thumbnail</source>
        <translation>صورة مصغّرة</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="108"/>
        <source>comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="109"/>
        <source>text notes</source>
        <translation>ملاحظات نصية</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="110"/>
        <source>modification time</source>
        <translation>وقت التعديل</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="111"/>
        <source>application data</source>
        <translation>بيانات التطبيقات</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="112"/>
        <source>unknown data</source>
        <translation>بيانات غير معروفة</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="113"/>
        <source>hidden data after the image</source>
        <translation>بيانات مخفية بعد الصورة</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="120"/>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../editor/outbox_page.py" line="53"/>
        <source>Sealed file</source>
        <translation>الملف المختوم</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="53"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="53"/>
        <source>Sealed on</source>
        <translation>تاريخ الختم</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="54"/>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="68"/>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="69"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../editor/outbox_page.py" line="84"/>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="86"/>
        <source>Sealed files you kept on this computer. Only your team can open them, but a kept file shows that this computer sealed a report: delete files once they are sent.</source>
        <translation>ملفات مختومة احتفظت بها على هذا الحاسوب. لا يستطيع فتحها إلا فريقك، لكن الملف المحفوظ يُظهر أن هذا الحاسوب ختم بلاغًا: احذف الملفات بعد إرسالها.</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="96"/>
        <source>Sealed files in the outbox</source>
        <translation>الملفات المختومة في صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="104"/>
        <source>Select all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="108"/>
        <source>&amp;Mark as sent</source>
        <translation>وضع علامة «أُرسل»</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="109"/>
        <source>Mark as sent</source>
        <translation>وضع علامة «أُرسل»</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="110"/>
        <source>&amp;Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="111"/>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="112"/>
        <source>&amp;Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="113"/>
        <source>Delete the selected file</source>
        <translation>حذف الملف المحدّد</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="159"/>
        <location filename="../../editor/outbox_page.py" line="195"/>
        <source>Select a file first.</source>
        <translation>حدّد ملفًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="182"/>
        <source>Delete sealed file</source>
        <translation>حذف الملف المختوم</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="183"/>
        <source>Delete this sealed file from the outbox? If it was not sent yet, the report will need to be written again.</source>
        <translation>هل تريد حذف هذا الملف المختوم من صندوق الصادر؟ إن لم يُرسل بعد، فسيلزم كتابة البلاغ من جديد.</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="197"/>
        <source>Save a copy of the sealed file</source>
        <translation>حفظ نسخة من الملف المختوم</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="212"/>
        <source>A copy was saved as %1.</source>
        <translation>حُفظت نسخة باسم %1.</translation>
    </message>
</context>
<context>
    <name>PartsPage</name>
    <message>
        <location filename="../../editor/parts_page.py" line="46"/>
        <source>Split into parts</source>
        <translation>تقسيم إلى أجزاء</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="48"/>
        <source>Some channels limit the length of a message. The sealed report is cut into numbered parts; the team needs all of them, in any order. Most messengers accept about 4,000 characters; e-mail accepts much more.</source>
        <translation>بعض القنوات تحدّ من طول الرسالة. يُقسَم البلاغ المختوم إلى أجزاء مرقّمة؛ يحتاج الفريق إليها كلها، بأي ترتيب. معظم تطبيقات المراسلة تقبل نحو 4000 حرف؛ والبريد الإلكتروني يقبل أكثر بكثير.</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="54"/>
        <source>Parts</source>
        <translation>الأجزاء</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="61"/>
        <source>Largest &amp;part, in characters:</source>
        <translation>أكبر جزء، بالأحرف:</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="62"/>
        <source>Largest part, in characters</source>
        <translation>أكبر جزء، بالأحرف</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="76"/>
        <source>&amp;Back to review</source>
        <translation>العودة إلى المراجعة</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="77"/>
        <source>Back to review</source>
        <translation>العودة إلى المراجعة</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="78"/>
        <source>&amp;Copy the selected part</source>
        <translation>نسخ الجزء المحدّد</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="79"/>
        <source>Copy the selected part</source>
        <translation>نسخ الجزء المحدّد</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="80"/>
        <source>&amp;Save all parts to a folder…</source>
        <translation>حفظ كل الأجزاء في مجلد…</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="81"/>
        <source>Save all parts to a folder</source>
        <translation>حفظ كل الأجزاء في مجلد</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="116"/>
        <source>That would make too many parts: choose a larger size.</source>
        <translation>سينتج عن ذلك أجزاء كثيرة جدًا: اختر حجمًا أكبر.</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="120"/>
        <source>Part %1 of %2 — %3 characters</source>
        <translation>الجزء %1 من %2 — %3 حرفًا</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="122"/>
        <source>Number of parts: %1.</source>
        <translation>عدد الأجزاء: %1.</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="123"/>
        <source>That is many: saving one file may be easier.</source>
        <translation>هذا كثير: قد يكون حفظ ملف واحد أسهل.</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="137"/>
        <source>Part %1 is on the clipboard; it will be cleared in 60 seconds.</source>
        <translation>الجزء %1 في الحافظة؛ ستُمسح بعد 60 ثانية.</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="142"/>
        <source>Choose a folder for the parts</source>
        <translation>اختر مجلدًا للأجزاء</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="161"/>
        <source>%1 part files were saved in the folder you chose.</source>
        <translation>حُفظ %1 ملفًا من الأجزاء في المجلد الذي اخترته.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../widgets/passphrase.py" line="39"/>
        <source>S&amp;how passphrase</source>
        <translation>إظهار عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="40"/>
        <source>Show passphrase</source>
        <translation>إظهار عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="53"/>
        <source>Very weak</source>
        <translation>ضعيفة جدًا</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="53"/>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="54"/>
        <source>Fair</source>
        <translation>مقبولة بالكاد</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="54"/>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="55"/>
        <source>Very strong</source>
        <translation>قوية جدًا</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="61"/>
        <source>less than a second</source>
        <translation>أقل من ثانية</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="62"/>
        <source>less than an hour</source>
        <translation>أقل من ساعة</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="63"/>
        <source>less than a day</source>
        <translation>أقل من يوم</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="64"/>
        <source>less than a month</source>
        <translation>أقل من شهر</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="65"/>
        <source>less than a year</source>
        <translation>أقل من سنة</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="66"/>
        <source>less than a hundred years</source>
        <translation>أقل من مئة سنة</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="67"/>
        <source>centuries</source>
        <translation>قرونًا</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="72"/>
        <source>This is one of the most common passwords.</source>
        <translation>هذه واحدة من أكثر كلمات المرور شيوعًا.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="74"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>صفوف المفاتيح المتتالية سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="75"/>
        <source>Keyboard patterns are easy to guess.</source>
        <translation>أنماط لوحة المفاتيح سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="76"/>
        <source>Repeated characters like “aaa” are easy to guess.</source>
        <translation>الأحرف المكرّرة مثل «aaa» سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="78"/>
        <source>Repeated patterns like “abcabc” are easy to guess.</source>
        <translation>الأنماط المكرّرة مثل «abcabc» سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="80"/>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>المتتاليات مثل «abc» أو «6543» سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="81"/>
        <source>Recent years are easy to guess.</source>
        <translation>السنوات الأخيرة سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="82"/>
        <source>Dates are easy to guess.</source>
        <translation>التواريخ سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="84"/>
        <source>This is close to a commonly used password.</source>
        <translation>هذه قريبة من كلمة مرور شائعة الاستخدام.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="86"/>
        <source>A single word is easy to guess.</source>
        <translation>الكلمة الواحدة سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="87"/>
        <source>Names on their own are easy to guess.</source>
        <translation>الأسماء وحدها سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="88"/>
        <source>Common names are easy to guess.</source>
        <translation>الأسماء الشائعة سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="95"/>
        <source>Use several words, and avoid well-known phrases.</source>
        <translation>استخدم عدة كلمات، وتجنّب العبارات المعروفة.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="97"/>
        <source>Symbols, digits and capitals are not needed.</source>
        <translation>لا حاجة إلى الرموز أو الأرقام أو الأحرف الكبيرة.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="99"/>
        <source>Add another word or two: unusual words are best.</source>
        <translation>أضف كلمة أو كلمتين: الكلمات غير المألوفة هي الأفضل.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="100"/>
        <source>Avoid keyboard patterns.</source>
        <translation>تجنّب أنماط لوحة المفاتيح.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="101"/>
        <source>Avoid repeated words and characters.</source>
        <translation>تجنّب تكرار الكلمات والأحرف.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="102"/>
        <source>Avoid sequences.</source>
        <translation>تجنّب المتتاليات.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="103"/>
        <source>Avoid recent years.</source>
        <translation>تجنّب السنوات الأخيرة.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="104"/>
        <source>Avoid years that are linked to you.</source>
        <translation>تجنّب السنوات المرتبطة بك.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="105"/>
        <source>Avoid dates and years that are linked to you.</source>
        <translation>تجنّب التواريخ والسنوات المرتبطة بك.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="107"/>
        <source>Capital letters do not help much.</source>
        <translation>الأحرف الكبيرة لا تفيد كثيرًا.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="108"/>
        <source>All capitals are almost as easy to guess as none.</source>
        <translation>الأحرف الكبيرة كلها سهلة التخمين تقريبًا مثل الصغيرة كلها.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="110"/>
        <source>Words spelled backwards are hardly harder to guess.</source>
        <translation>الكلمات المكتوبة معكوسة ليست أصعب تخمينًا إلا قليلًا.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="112"/>
        <source>Swapping letters for symbols, like “@” for “a”, does not help much.</source>
        <translation>استبدال الأحرف برموز، مثل «@» بدل «a»، لا يفيد كثيرًا.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="120"/>
        <source>Strength: %1.</source>
        <translation>القوة: %1.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="121"/>
        <source>Guessing it from a copy of this computer&apos;s files would take: %1.</source>
        <translation>تخمينها من نسخة من ملفات هذا الحاسوب يستغرق: %1.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="126"/>
        <source>Not strong enough yet. Five or more ordinary words are easy to remember and hard to guess.</source>
        <translation>ليست قوية بما يكفي بعد. خمس كلمات عادية أو أكثر سهلة التذكّر وصعبة التخمين.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="129"/>
        <source>Acceptable. Another word or two would make it much stronger.</source>
        <translation>مقبولة. كلمة أو كلمتان إضافيتان تجعلانها أقوى بكثير.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="132"/>
        <source>Good: you can use this passphrase.</source>
        <translation>جيدة: يمكنك استخدام عبارة المرور هذه.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="146"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="148"/>
        <source>The same passphrase again</source>
        <translation>عبارة المرور نفسها مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="151"/>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="169"/>
        <source>&amp;New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="171"/>
        <source>&amp;Type it again</source>
        <translation>اكتبها مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="191"/>
        <source>Several ordinary words make a strong passphrase that is easy to remember. Nobody can recover it for you.</source>
        <translation>عدة كلمات عادية تصنع عبارة مرور قوية سهلة التذكّر. لا يستطيع أحد استعادتها لك.</translation>
    </message>
</context>
<context>
    <name>QrPage</name>
    <message>
        <location filename="../../editor/qr_page.py" line="28"/>
        <source>QR codes</source>
        <translation>رموز QR</translation>
    </message>
    <message>
        <location filename="../../editor/qr_page.py" line="30"/>
        <source>Scan the codes in order with the phone that will send them. QR codes are only possible for a short report without attachments, so anyone who sees them can tell the report is short. The codes exist only on this screen: nothing is saved.</source>
        <translation>امسح الرموز بالترتيب بالهاتف الذي سيرسلها. رموز QR ممكنة فقط لبلاغ قصير بلا مرفقات، لذا يستطيع من يراها أن يعرف أن البلاغ قصير. الرموز موجودة على هذه الشاشة فقط: لا يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../editor/qr_page.py" line="46"/>
        <source>&amp;Back to review</source>
        <translation>العودة إلى المراجعة</translation>
    </message>
    <message>
        <location filename="../../editor/qr_page.py" line="47"/>
        <source>Back to review</source>
        <translation>العودة إلى المراجعة</translation>
    </message>
    <message>
        <location filename="../../editor/qr_page.py" line="48"/>
        <source>&amp;Previous code</source>
        <translation>الرمز السابق</translation>
    </message>
    <message>
        <location filename="../../editor/qr_page.py" line="49"/>
        <source>Previous code</source>
        <translation>الرمز السابق</translation>
    </message>
    <message>
        <location filename="../../editor/qr_page.py" line="50"/>
        <source>&amp;Next code</source>
        <translation>الرمز التالي</translation>
    </message>
    <message>
        <location filename="../../editor/qr_page.py" line="51"/>
        <source>Next code</source>
        <translation>الرمز التالي</translation>
    </message>
    <message>
        <location filename="../../editor/qr_page.py" line="93"/>
        <source>Code %1 of %2</source>
        <translation>الرمز %1 من %2</translation>
    </message>
</context>
<context>
    <name>RepliesPage</name>
    <message>
        <location filename="../../editor/replies_page.py" line="49"/>
        <source>Read a reply</source>
        <translation>قراءة ردّ</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="51"/>
        <source>Paste the reply your team sent, from the BEGIN line to the END line, or open the reply file. Nothing is saved.</source>
        <translation>الصق الردّ الذي أرسله فريقك، من سطر BEGIN إلى سطر END، أو افتح ملف الردّ. لا يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="53"/>
        <source>Reply text</source>
        <translation>نص الردّ</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="70"/>
        <source>&amp;Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="70"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="72"/>
        <source>&amp;Open reply file…</source>
        <translation>فتح ملف الردّ…</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="73"/>
        <location filename="../../editor/replies_page.py" line="119"/>
        <source>Open reply file</source>
        <translation>فتح ملف الردّ</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="75"/>
        <source>&amp;Read</source>
        <translation>اقرأ</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="76"/>
        <source>Read the reply</source>
        <translation>اقرأ الردّ</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="90"/>
        <source>DEMO reply: not from a real team</source>
        <translation>‏DEMO · ردّ تجريبي: ليس من فريق حقيقي</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="97"/>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="98"/>
        <source>Sent on:</source>
        <translation>أُرسل في:</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="99"/>
        <source>In reply to:</source>
        <translation>ردًّا على:</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="102"/>
        <source>Message from the team</source>
        <translation>رسالة من الفريق</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="149"/>
        <source>Paste the reply text first, or open the reply file.</source>
        <translation>الصق نص الردّ أولًا، أو افتح ملف الردّ.</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="176"/>
        <source>The reply was opened.</source>
        <translation>فُتح الردّ.</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="187"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="187"/>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="188"/>
        <source>Waiting for you</source>
        <translation>بانتظارك</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="189"/>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../editor/review_page.py" line="48"/>
        <source>Review and seal</source>
        <translation>المراجعة والختم</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="54"/>
        <source>What will be sent</source>
        <translation>ما سيُرسَل</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="72"/>
        <source>&amp;Back to attachments</source>
        <translation>العودة إلى المرفقات</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="73"/>
        <source>Back to attachments</source>
        <translation>العودة إلى المرفقات</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="82"/>
        <source>Sealed for</source>
        <translation>مختوم لأجل</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="86"/>
        <source>Team fingerprint</source>
        <translation>بصمة الفريق</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="93"/>
        <source>Seal and export</source>
        <translation>الختم والتصدير</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="124"/>
        <source>The sealed file will be exactly %1 (%2 bytes). Padding hides the real length: every short report has this same size.</source>
        <translation>سيكون حجم الملف المختوم %1 بالضبط (%2 بايت). الحشو يخفي الطول الحقيقي: كل بلاغ قصير له الحجم نفسه.</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="127"/>
        <source>The sealed file will be exactly %1 (%2 bytes). Padding rounds the size up, so it does not show the exact length.</source>
        <translation>سيكون حجم الملف المختوم %1 بالضبط (%2 بايت). الحشو يقرّب الحجم إلى الأعلى فلا يكشف الطول الدقيق.</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="132"/>
        <source>Team: %1</source>
        <translation>الفريق: %1</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="134"/>
        <source>DEMO team: its keys are public. Never for a real concern.</source>
        <translation>فريق تجريبي: مفاتيحه علنية. ليس لبلاغ حقيقي أبدًا.</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="145"/>
        <source>&amp;Go to the form</source>
        <translation>الذهاب إلى الاستمارة</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="154"/>
        <source>Your own wiki username appears in: %1. If this report were ever exposed, it could point to you. Remove it unless the team needs it.</source>
        <translation>اسم مستخدمك في الويكي يظهر في: %1. إذا كُشف هذا البلاغ يومًا، فقد يدلّ عليك. احذفه ما لم يحتج إليه الفريق.</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="156"/>
        <source>&amp;Edit the form</source>
        <translation>تعديل الاستمارة</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../../editor/review_summary.py" line="25"/>
        <source> … (%1 more characters)</source>
        <translation> … (%1 حرفًا إضافيًا)</translation>
    </message>
    <message>
        <location filename="../../editor/review_summary.py" line="33"/>
        <source>metadata removed: %1</source>
        <translation>أُزيلت البيانات الوصفية: %1</translation>
    </message>
    <message>
        <location filename="../../editor/review_summary.py" line="35"/>
        <source>no metadata found</source>
        <translation>لم يُعثر على بيانات وصفية</translation>
    </message>
    <message>
        <location filename="../../editor/review_summary.py" line="37"/>
        <source>⚠ original kept as evidence, with its metadata</source>
        <translation>⚠ الأصل محفوظ كدليل، مع بياناته الوصفية</translation>
    </message>
    <message>
        <location filename="../../editor/review_summary.py" line="38"/>
        <source>⚠ metadata cannot be removed from this type</source>
        <translation>⚠ لا يمكن إزالة البيانات الوصفية من هذا النوع</translation>
    </message>
    <message>
        <location filename="../../editor/review_summary.py" line="58"/>
        <source>What will be sent</source>
        <translation>ما سيُرسَل</translation>
    </message>
    <message>
        <location filename="../../editor/review_summary.py" line="59"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../../editor/review_summary.py" line="61"/>
        <source>No attachments.</source>
        <translation>لا مرفقات.</translation>
    </message>
</context>
<context>
    <name>SealPanel</name>
    <message>
        <location filename="../../editor/seal_panel.py" line="73"/>
        <source>&amp;Seal and save file…</source>
        <translation>ختم وحفظ الملف…</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="74"/>
        <source>Seal and save file</source>
        <translation>ختم وحفظ الملف</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="76"/>
        <source>Seal into the &amp;outbox</source>
        <translation>ختم في صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="77"/>
        <source>Seal into the outbox</source>
        <translation>ختم في صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="78"/>
        <source>Copy as &amp;text</source>
        <translation>نسخ كنص</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="79"/>
        <source>Copy as text</source>
        <translation>نسخ كنص</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="80"/>
        <source>Show &amp;QR codes</source>
        <translation>عرض رموز QR</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="81"/>
        <source>Show QR codes</source>
        <translation>عرض رموز QR</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="82"/>
        <source>S&amp;plit into parts…</source>
        <translation>تقسيم إلى أجزاء…</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="83"/>
        <source>Split into parts</source>
        <translation>تقسيم إلى أجزاء</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="84"/>
        <source>QR codes are offered for short reports without attachments.</source>
        <translation>رموز QR متاحة للبلاغات القصيرة بلا مرفقات.</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="96"/>
        <source>Sealing progress</source>
        <translation>تقدّم الختم</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="98"/>
        <source>&amp;Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="99"/>
        <source>Cancel sealing</source>
        <translation>إلغاء الختم</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="100"/>
        <source>Sealing… Nothing is saved until it is complete, and Cancel leaves nothing behind.</source>
        <translation>جارٍ الختم… لا يُحفظ شيء حتى يكتمل، والإلغاء لا يترك أي أثر.</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="223"/>
        <source>Save the sealed file</source>
        <translation>حفظ الملف المختوم</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="247"/>
        <source>Sealed and saved as %1 (%2). Send this file to your team any way you like: only they can open it.</source>
        <translation>خُتم وحُفظ باسم %1 (%2). أرسل هذا الملف إلى فريقك بأي طريقة تريدها: لا يستطيع فتحه غيرهم.</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="255"/>
        <source>Sealed into the outbox as %1 (%2). Save a copy from the Outbox page when you are ready to send it.</source>
        <translation>خُتم في صندوق الصادر باسم %1 (%2). احفظ نسخة من صفحة صندوق الصادر حين تكون مستعدًا لإرساله.</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="273"/>
        <source>The sealed text is on the clipboard. Paste it into an e-mail or a message now: the clipboard will be cleared in %1 seconds, and when Sealnote closes or locks.</source>
        <translation>النص المختوم في الحافظة. الصقه الآن في بريد إلكتروني أو رسالة: ستُمسح الحافظة بعد %1 ثانية، وعند إغلاق Sealnote أو قفله.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../editor/security_page.py" line="48"/>
        <source>Security and privacy</source>
        <translation>الأمان والخصوصية</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="69"/>
        <source>Locking</source>
        <translation>القفل</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="71"/>
        <source>Lock &amp;automatically after</source>
        <translation>أقفل تلقائيًا بعد</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="72"/>
        <source>Lock automatically after</source>
        <translation>أقفل تلقائيًا بعد</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="74"/>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="74"/>
        <source>%1 minutes without activity</source>
        <translation>%1 دقيقة دون نشاط</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="81"/>
        <source>&amp;Lock now</source>
        <translation>أقفل الآن</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="82"/>
        <source>Lock now</source>
        <translation>أقفل الآن</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="91"/>
        <source>Locking closes your drafts and clears the form and the clipboard. Ctrl+L locks at any time.</source>
        <translation>القفل يغلق مسوداتك ويمسح الاستمارة والحافظة. يقفل Ctrl+L في أي وقت.</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="96"/>
        <source>System keyring</source>
        <translation>حلقة مفاتيح النظام</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="98"/>
        <source>Also unlock with the system &amp;keyring</source>
        <translation>افتح القفل أيضًا بحلقة مفاتيح النظام</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="99"/>
        <source>Also unlock with the system keyring</source>
        <translation>افتح القفل أيضًا بحلقة مفاتيح النظام</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="106"/>
        <source>Convenient, but then anyone who can use your account on this computer can open your drafts without the passphrase. The keyring holds a random key, never your passphrase.</source>
        <translation>مريح، لكن عندها يستطيع كل من يستخدم حسابك على هذا الحاسوب فتح مسوداتك دون عبارة المرور. تحتفظ حلقة المفاتيح بمفتاح عشوائي، لا بعبارة مرورك أبدًا.</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="112"/>
        <location filename="../../editor/security_page.py" line="119"/>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="114"/>
        <source>&amp;Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="115"/>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="118"/>
        <source>C&amp;hange the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="123"/>
        <source>Changing the passphrase…</source>
        <translation>جارٍ تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="133"/>
        <location filename="../../editor/security_page.py" line="140"/>
        <source>Quick wipe</source>
        <translation>المسح السريع</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="136"/>
        <source>Removes Sealnote&apos;s data from this computer: the key to your drafts first, then drafts, outbox, reply keys, team card and settings. Ctrl+Shift+Delete starts it from anywhere.</source>
        <translation>يزيل بيانات Sealnote من هذا الحاسوب: مفتاح مسوداتك أولًا، ثم المسودات وصندوق الصادر ومفاتيح الرد وبطاقة الفريق والإعدادات. يبدأه Ctrl+Shift+Delete من أي مكان.</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="139"/>
        <source>&amp;Quick wipe…</source>
        <translation>مسح سريع…</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="165"/>
        <source>Checking the system keyring…</source>
        <translation>جارٍ فحص حلقة مفاتيح النظام…</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="199"/>
        <source>Sealnote will unlock with the system keyring when you start it.</source>
        <translation>سيفتح Sealnote قفله بحلقة مفاتيح النظام عند تشغيله.</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="200"/>
        <source>Keyring unlock is off: only your passphrase opens the drafts.</source>
        <translation>فتح القفل بحلقة المفاتيح معطّل: عبارة مرورك وحدها تفتح المسودات.</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="212"/>
        <source>Choose a stronger new passphrase and type it twice.</source>
        <translation>اختر عبارة مرور جديدة أقوى واكتبها مرتين.</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="223"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>تغيّرت عبارة المرور. استخدم الجديدة من الآن فصاعدًا.</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="229"/>
        <source>The current passphrase is not right.</source>
        <translation>عبارة المرور الحالية غير صحيحة.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../editor/gate_pages.py" line="148"/>
        <source>Sealnote is locked</source>
        <translation>‏Sealnote مقفل</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="149"/>
        <source>Type your passphrase to open your drafts.</source>
        <translation>اكتب عبارة المرور لتفتح مسوداتك.</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="152"/>
        <source>&amp;Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="153"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="156"/>
        <source>&amp;Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="156"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="159"/>
        <source>Unlock with the system &amp;keyring</source>
        <translation>فتح القفل بحلقة مفاتيح النظام</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="161"/>
        <source>Unlock with the system keyring</source>
        <translation>فتح القفل بحلقة مفاتيح النظام</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="163"/>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="176"/>
        <source>I &amp;forgot my passphrase</source>
        <translation>نسيت عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="177"/>
        <source>I forgot my passphrase</source>
        <translation>نسيت عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="181"/>
        <source>Forgotten passphrase</source>
        <translation>عبارة مرور منسية</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="184"/>
        <source>Without the passphrase nobody can open your drafts, not even you. Starting over deletes them for good and lets you choose a new passphrase. Your team card and sealed files in the outbox are kept.</source>
        <translation>من دون عبارة المرور لا يستطيع أحد فتح مسوداتك، ولا أنت. البدء من جديد يحذفها نهائيًا ويتيح لك اختيار عبارة مرور جديدة. تبقى بطاقة فريقك والملفات المختومة في صندوق الصادر.</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="187"/>
        <source>&amp;Delete my drafts and start over</source>
        <translation>احذف مسوداتي وابدأ من جديد</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="188"/>
        <source>Delete my drafts and start over</source>
        <translation>احذف مسوداتي وابدأ من جديد</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="191"/>
        <source>&amp;Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="192"/>
        <source>Cancel: keep my drafts</source>
        <translation>إلغاء: احتفظ بمسوداتي</translation>
    </message>
</context>
<context>
    <name>Wipe</name>
    <message>
        <location filename="../../editor/gate.py" line="22"/>
        <source>the key to the drafts</source>
        <translation>مفتاح المسودات</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="23"/>
        <source>the drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="24"/>
        <source>the outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="25"/>
        <source>the kept reply keys</source>
        <translation>مفاتيح الرد المحفوظة</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="26"/>
        <source>the team card and settings</source>
        <translation>بطاقة الفريق والإعدادات</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="27"/>
        <source>the key in the system keyring</source>
        <translation>المفتاح في حلقة مفاتيح النظام</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="28"/>
        <source>temporary files</source>
        <translation>الملفات المؤقتة</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="29"/>
        <source>all other app data</source>
        <translation>كل بيانات التطبيق الأخرى</translation>
    </message>
    <message>
        <source>reply keys and all other app data</source>
        <translation type="vanished">مفاتيح الرد وكل بيانات التطبيق الأخرى</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="36"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="40"/>
        <source>Sealnote was wiped. Removed: %1. Sealnote is now as on first use.</source>
        <translation>مُسح Sealnote. أُزيل: %1. أصبح Sealnote كما في أول استخدام.</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="43"/>
        <source>The key to the drafts was destroyed, so they cannot be read. Not removed: %1. Run the quick wipe again.</source>
        <translation>أُتلف مفتاح المسودات، فلا يمكن قراءتها. لم يُزل: %1. شغّل المسح السريع مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="46"/>
        <source>The wipe did not complete. Not removed: %1. Run the quick wipe again.</source>
        <translation>لم يكتمل المسح. لم يُزل: %1. شغّل المسح السريع مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>WipePage</name>
    <message>
        <location filename="../../editor/gate_pages.py" line="241"/>
        <source>Quick wipe</source>
        <translation>المسح السريع</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="243"/>
        <source>This removes Sealnote&apos;s data from this computer. First the key that protects your drafts is destroyed, so they can no longer be read; then the drafts, sealed files kept in the outbox, reply keys, the team card and the settings are deleted.</source>
        <translation>يزيل هذا بيانات Sealnote من هذا الحاسوب. أولًا يُتلف المفتاح الذي يحمي مسوداتك، فلا يعود بالإمكان قراءتها؛ ثم تُحذف المسودات والملفات المختومة المحفوظة في صندوق الصادر ومفاتيح الرد وبطاقة الفريق والإعدادات.</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="248"/>
        <source>It cannot be undone. Files you saved elsewhere are not touched. Afterwards Sealnote starts as on first use.</source>
        <translation>لا يمكن التراجع عنه. لا تُمسّ الملفات التي حفظتها في أماكن أخرى. بعده يبدأ Sealnote كما في أول استخدام.</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="252"/>
        <source>Wiping…</source>
        <translation>جارٍ المسح…</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="254"/>
        <source>&amp;Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="255"/>
        <source>Cancel the wipe</source>
        <translation>إلغاء المسح</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="257"/>
        <source>&amp;Wipe now</source>
        <translation>امسح الآن</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="258"/>
        <source>Wipe now</source>
        <translation>امسح الآن</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../editor/window_parts.py" line="91"/>
        <source>RAM-only: nothing is saved on this computer. Locking or closing Sealnote discards what you wrote.</source>
        <translation>الذاكرة فقط: لا يُحفظ شيء على هذا الحاسوب. قفل Sealnote أو إغلاقه يتخلّص مما كتبته.</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="107"/>
        <source>Team card</source>
        <translation>بطاقة الفريق</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="107"/>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="108"/>
        <source>Your concern</source>
        <translation>بلاغك</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="108"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="109"/>
        <source>Review and seal</source>
        <translation>المراجعة والختم</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="109"/>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="118"/>
        <source>Securit&amp;y</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="119"/>
        <source>Security and privacy</source>
        <translation>الأمان والخصوصية</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="120"/>
        <source>Loc&amp;k</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="120"/>
        <source>Lock now</source>
        <translation>أقفل الآن</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="130"/>
        <source>DEMO — workshop mode: the demo team&apos;s keys are public; never use for a real concern</source>
        <translation>‏DEMO · عرض تجريبي — وضع الورشة: مفاتيح الفريق التجريبي علنية؛ لا تستخدمه أبدًا لبلاغ حقيقي</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="133"/>
        <source>&amp;Reset demo</source>
        <translation>إعادة ضبط العرض</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="134"/>
        <source>Reset demo</source>
        <translation>إعادة ضبط العرض</translation>
    </message>
</context>
</TS>

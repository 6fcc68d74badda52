<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AttachmentModel</name>
    <message>
        <location filename="../../editor/attachment_model.py" line="81"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="81"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="81"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="81"/>
        <source>Metadata</source>
        <translation>فراداده</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="102"/>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="103"/>
        <source>Encrypting into the draft… %1%</source>
        <translation>در حال رمزگذاری در پیش‌نویس… %1%</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="122"/>
        <source>⚠ Metadata stays: this type cannot be cleaned (it may hold names, dates or places)</source>
        <translation>⚠ فراداده می‌ماند: این نوع فایل پاک‌شدنی نیست (ممکن است نام، تاریخ یا مکان داشته باشد)</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="125"/>
        <source>No metadata found</source>
        <translation>فراداده‌ای پیدا نشد</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="127"/>
        <source>Metadata removed: %1</source>
        <translation>فراداده حذف شد: %1</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="130"/>
        <source> — ⚠ original also kept, with its metadata</source>
        <translation> — ⚠ نسخهٔ اصلی هم، با فراداده‌اش، نگه داشته شد</translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <location filename="../../editor/attachments_page.py" line="58"/>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="60"/>
        <source>Add photos, videos or documents of any size, or drag them here. Pictures (JPEG, PNG, WebP, GIF) are cleaned of hidden data such as location and camera before sealing; other types cannot be cleaned.</source>
        <translation>عکس، ویدیو یا سند با هر اندازه‌ای اضافه کنید یا آن‌ها را اینجا بکشید. تصویرها (JPEG، PNG، WebP، GIF) پیش از مهر و موم از داده‌های پنهان مثل مکان و دوربین پاک می‌شوند؛ انواع دیگر پاک‌شدنی نیستند.</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="72"/>
        <source>&amp;Add files…</source>
        <translation>افزودن فایل…</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="73"/>
        <location filename="../../editor/attachments_page.py" line="139"/>
        <source>Add files</source>
        <translation>افزودن فایل</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="74"/>
        <source>&amp;Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="75"/>
        <source>Remove the selected file</source>
        <translation>حذف فایل انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="85"/>
        <source>Attached files</source>
        <translation>فایل‌های پیوست</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="99"/>
        <source>Select all</source>
        <translation>انتخاب همه</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="104"/>
        <source>Selected file</source>
        <translation>فایل انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="107"/>
        <source>&amp;Keep the original as evidence</source>
        <translation>نگه داشتن نسخهٔ اصلی به عنوان مدرک</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="108"/>
        <source>Keep the original as evidence</source>
        <translation>نگه داشتن نسخهٔ اصلی به عنوان مدرک</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="112"/>
        <source>The original keeps its hidden data, such as where and when the photo was taken and with which camera: only keep it if the team needs it as proof.</source>
        <translation>نسخهٔ اصلی داده‌های پنهانش را نگه می‌دارد، مثل اینکه عکس کجا، کی و با کدام دوربین گرفته شده: فقط اگر تیم آن را به عنوان مدرک لازم دارد نگهش دارید.</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="115"/>
        <source>This file came back with the draft. To change this choice, remove it and add the file again.</source>
        <translation>این فایل همراه پیش‌نویس برگشته است. برای تغییر این انتخاب، آن را بردارید و فایل را دوباره اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="122"/>
        <source>&amp;Back to the form</source>
        <translation>بازگشت به فرم</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="123"/>
        <source>Back to the form</source>
        <translation>بازگشت به فرم</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="124"/>
        <source>&amp;Next: review</source>
        <translation>بعدی: بازبینی</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="125"/>
        <source>Next: review</source>
        <translation>بعدی: بازبینی</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="150"/>
        <source>This file is already attached.</source>
        <translation>این فایل از قبل پیوست شده است.</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="255"/>
        <source>Selected file: %1</source>
        <translation>فایل انتخاب‌شده: %1</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="256"/>
        <source>Selected file: none</source>
        <translation>فایل انتخاب‌شده: هیچ</translation>
    </message>
</context>
<context>
    <name>CardDetails</name>
    <message>
        <location filename="../../editor/card_details.py" line="23"/>
        <source>The card you loaded</source>
        <translation>کارتی که بارگذاری کردید</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="26"/>
        <source>Fingerprint</source>
        <translation>اثر انگشت</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="28"/>
        <source>Fingerprint of the card</source>
        <translation>اثر انگشت کارت</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="31"/>
        <source>Compare every digit with the fingerprint your team published (on their website, in person, or read aloud on a call). If even one digit is different, do not use this card.</source>
        <translation>تک‌تک رقم‌ها را با اثر انگشتی که تیمتان منتشر کرده مقایسه کنید (در وب‌سایتشان، حضوری، یا با خواندن بلند در یک تماس). اگر حتی یک رقم فرق دارد، از این کارت استفاده نکنید.</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="46"/>
        <source>Team:</source>
        <translation>تیم:</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="47"/>
        <source>Moderators:</source>
        <translation>ناظران:</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="48"/>
        <source>Valid until:</source>
        <translation>معتبر تا:</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="52"/>
        <source>The fingerprints &amp;match — use this card</source>
        <translation>اثر انگشت‌ها یکی است — از این کارت استفاده کن</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="54"/>
        <source>The fingerprints match — use this card</source>
        <translation>اثر انگشت‌ها یکی است — از این کارت استفاده کن</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="56"/>
        <source>They are &amp;different — do not use it</source>
        <translation>فرق دارند — استفاده نکن</translation>
    </message>
    <message>
        <location filename="../../editor/card_details.py" line="57"/>
        <source>They are different — do not use it</source>
        <translation>فرق دارند — استفاده نکن</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../../editor/card_page.py" line="68"/>
        <source>Everything you write stays on this computer. Your report is sealed so that only your team can read it: not even this computer can open it again. You then send the sealed file yourself, any way you like.</source>
        <translation>هر چه می‌نویسید روی همین رایانه می‌ماند. گزارش شما طوری مهر و موم می‌شود که فقط تیم شما بتواند آن را بخواند: حتی این رایانه هم دیگر نمی‌تواند آن را باز کند. سپس فایل مهر و موم‌شده را خودتان، به هر روشی که می‌خواهید، می‌فرستید.</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="82"/>
        <source>&amp;Continue to the form</source>
        <translation>ادامه به فرم</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="83"/>
        <source>Continue to the form</source>
        <translation>ادامه به فرم</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="91"/>
        <source>Load your team&apos;s card</source>
        <translation>کارت تیم خود را بارگذاری کنید</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="93"/>
        <source>&amp;Open a card file…</source>
        <translation>باز کردن فایل کارت…</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="94"/>
        <source>Open a card file</source>
        <translation>باز کردن فایل کارت</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="96"/>
        <source>…or &amp;paste the card text here:</source>
        <translation>…یا متن کارت را اینجا بچسبانید:</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="97"/>
        <source>Card text</source>
        <translation>متن کارت</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="98"/>
        <source>Paste the whole card, from the BEGIN line to the END line.</source>
        <translation>کل کارت را، از خط BEGIN تا خط END، بچسبانید.</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="105"/>
        <source>C&amp;heck the pasted card</source>
        <translation>بررسی کارت چسبانده‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="106"/>
        <source>Check the pasted card</source>
        <translation>بررسی کارت چسبانده‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="126"/>
        <source>Welcome to Sealnote</source>
        <translation>به Sealnote خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="127"/>
        <source>Your team&apos;s card</source>
        <translation>کارت تیم شما</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="130"/>
        <source>You send reports to: %1. Fingerprint: %2</source>
        <translation>گزارش‌ها را برای این تیم می‌فرستید: %1. اثر انگشت: %2</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="139"/>
        <source>Open a team card</source>
        <translation>باز کردن کارت تیم</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="140"/>
        <source>Team cards (*.txt *.card);;All files (*)</source>
        <translation>کارت‌های تیم (*.txt *.card);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="176"/>
        <source>This card is not signed by the team you trust now. Only use it if your team told you they started over, and compare the fingerprint very carefully.</source>
        <translation>این کارت را تیمی که اکنون به آن اعتماد دارید امضا نکرده است. فقط اگر تیمتان گفته که از نو شروع کرده از آن استفاده کنید، و اثر انگشت را با دقت بسیار مقایسه کنید.</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="180"/>
        <source>This card is older than the one you use. Keep your current card unless your team told you to go back to this one.</source>
        <translation>این کارت از کارتی که استفاده می‌کنید قدیمی‌تر است. کارت فعلی را نگه دارید، مگر اینکه تیمتان گفته باشد به این یکی برگردید.</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="189"/>
        <source>Your team changed its keys. The new card is signed by the team you trusted, so it is now in use. Its new fingerprint is shown below.</source>
        <translation>تیم شما کلیدهایش را عوض کرده است. کارت جدید را همان تیمی امضا کرده که به آن اعتماد داشتید، پس اکنون از آن استفاده می‌شود. اثر انگشت جدیدش در پایین آمده است.</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="192"/>
        <source>Your team&apos;s card was updated (same team). It is now in use.</source>
        <translation>کارت تیم شما به‌روز شد (همان تیم). اکنون از آن استفاده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../editor/card_page.py" line="223"/>
        <source>The card was not used. Get the card again from your team, through another way than the one it came by.</source>
        <translation>از این کارت استفاده نشد. کارت را دوباره از تیمتان بگیرید، از راهی غیر از راهی که آمده بود.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../editor/labels.py" line="42"/>
        <source>Arrest or detention</source>
        <translation>بازداشت</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="43"/>
        <source>Threat or harassment</source>
        <translation>تهدید یا آزار</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="44"/>
        <source>Doxxing (personal details exposed)</source>
        <translation>افشای اطلاعات شخصی (داکسینگ)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="45"/>
        <source>Censorship or blocking</source>
        <translation>سانسور یا فیلترینگ</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="46"/>
        <source>Legal action</source>
        <translation>اقدام قضایی</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="47"/>
        <source>Violence</source>
        <translation>خشونت</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="48"/>
        <source>Dangerous gap in coverage</source>
        <translation>کمبود خطرناک در پوشش</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="49"/>
        <source>Something else</source>
        <translation>مورد دیگر</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="55"/>
        <source>Yes, I am safe now</source>
        <translation>بله، اکنون در امانم</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="56"/>
        <source>No, I am not safe</source>
        <translation>نه، در امان نیستم</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="57"/>
        <source>I am not sure</source>
        <translation>مطمئن نیستم</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="58"/>
        <source>No, do not contact me</source>
        <translation>نه، با من تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="59"/>
        <source>Yes, with a sealed reply through this app</source>
        <translation>بله، با پاسخ مهر و موم‌شده از طریق همین برنامه</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="60"/>
        <source>Yes, through another channel (below)</source>
        <translation>بله، از کانالی دیگر (پایین)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="61"/>
        <source>Only the team may read it</source>
        <translation>فقط تیم می‌تواند آن را بخواند</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="62"/>
        <source>The team may share it with partner organisations</source>
        <translation>تیم می‌تواند آن را با سازمان‌های همکار در میان بگذارد</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="63"/>
        <source>The team may publish it, anonymised</source>
        <translation>تیم می‌تواند آن را بی‌نام منتشر کند</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="64"/>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="65"/>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="66"/>
        <source>High</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="67"/>
        <source>Critical: someone is in danger now</source>
        <translation>بحرانی: کسی همین حالا در خطر است</translation>
    </message>
</context>
<context>
    <name>DraftFlow</name>
    <message>
        <location filename="../../editor/draft_flow.py" line="128"/>
        <source>The draft was deleted.</source>
        <translation>پیش‌نویس حذف شد.</translation>
    </message>
    <message>
        <location filename="../../editor/draft_flow.py" line="146"/>
        <source>Not saved (RAM-only)</source>
        <translation>ذخیره نشده (فقط حافظه)</translation>
    </message>
    <message>
        <location filename="../../editor/draft_flow.py" line="148"/>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <location filename="../../editor/draft_flow.py" line="150"/>
        <source>Saved, encrypted</source>
        <translation>ذخیره و رمزگذاری شد</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../../editor/drafts_page.py" line="60"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="60"/>
        <source>Last saved</source>
        <translation>آخرین ذخیره</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="71"/>
        <source>(damaged: cannot be opened)</source>
        <translation>(آسیب‌دیده: باز نمی‌شود)</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="73"/>
        <source>(no title yet)</source>
        <translation>(هنوز بدون عنوان)</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="74"/>
        <source> — open now</source>
        <translation> — اکنون باز است</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../../editor/drafts_page.py" line="89"/>
        <location filename="../../editor/drafts_page.py" line="99"/>
        <source>Drafts</source>
        <translation>پیش‌نویس‌ها</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="111"/>
        <source>Select all</source>
        <translation>انتخاب همه</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="115"/>
        <source>&amp;New report</source>
        <translation>گزارش تازه</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="116"/>
        <source>New report</source>
        <translation>گزارش تازه</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="118"/>
        <source>&amp;Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="119"/>
        <source>Open the selected draft</source>
        <translation>باز کردن پیش‌نویس انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="120"/>
        <source>&amp;Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="121"/>
        <source>Delete the selected draft</source>
        <translation>حذف پیش‌نویس انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="135"/>
        <source>RAM-only: these drafts are only in memory. They are gone when you lock or close Sealnote.</source>
        <translation>فقط حافظه: این پیش‌نویس‌ها فقط در حافظه‌اند. با قفل یا بستن Sealnote از بین می‌روند.</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="137"/>
        <source>Your drafts are encrypted on this computer. Their titles are only shown while Sealnote is unlocked.</source>
        <translation>پیش‌نویس‌های شما روی این رایانه رمزگذاری شده‌اند. عنوان‌هایشان فقط وقتی Sealnote باز است نشان داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="150"/>
        <source>No drafts yet. What you write is saved here as you type.</source>
        <translation>هنوز پیش‌نویسی نیست. هر چه می‌نویسید، همزمان با نوشتن اینجا ذخیره می‌شود.</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="187"/>
        <source>Select a draft first.</source>
        <translation>اول یک پیش‌نویس انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="190"/>
        <source>Delete this draft and its attachments for good? It cannot be recovered.</source>
        <translation>این پیش‌نویس و پیوست‌هایش برای همیشه حذف شود؟ قابل بازیابی نیست.</translation>
    </message>
    <message>
        <location filename="../../editor/drafts_page.py" line="191"/>
        <source>Delete for &amp;good</source>
        <translation>حذف برای همیشه</translation>
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
        <translation>گزارش تازه</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="246"/>
        <source>&amp;Lock now</source>
        <translation>اکنون قفل کن</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="248"/>
        <source>Security and &amp;privacy…</source>
        <translation>امنیت و حریم خصوصی…</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="250"/>
        <source>&amp;Quick wipe…</source>
        <translation>پاک‌سازی سریع…</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="252"/>
        <source>Read a &amp;reply…</source>
        <translation>خواندن پاسخ…</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="254"/>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../../editor/main_window.py" line="134"/>
        <source>Not in RAM-only mode: the reply key could not be kept.</source>
        <translation>در حالت فقط حافظه ممکن نیست: کلید پاسخ نگه داشته نمی‌شد.</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="136"/>
        <source>Delete the &amp;draft</source>
        <translation>حذف پیش‌نویس</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="162"/>
        <source>The RAM-only session ended: nothing was kept.</source>
        <translation>جلسهٔ فقط حافظه تمام شد: چیزی نگه داشته نشد.</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="168"/>
        <source>Sealnote locked itself after %1 minutes without activity.</source>
        <translation>‏Sealnote پس از %1 دقیقه بی‌فعالیتی خودش را قفل کرد.</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="169"/>
        <source>Sealnote locked itself.</source>
        <translation>‏Sealnote خودش را قفل کرد.</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="170"/>
        <source>Sealnote is locked. Your drafts are saved and encrypted.</source>
        <translation>‏Sealnote قفل است. پیش‌نویس‌های شما ذخیره و رمزگذاری شده‌اند.</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="349"/>
        <source>RAM-only: nothing is kept on this computer.</source>
        <translation>فقط حافظه: چیزی روی این رایانه نگه داشته نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="350"/>
        <source>You chose to keep nothing after export.</source>
        <translation>انتخاب کرده‌اید پس از خروجی گرفتن چیزی نگه داشته نشود.</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="409"/>
        <source>Close Sealnote? What you wrote has not been sealed and will be lost: nothing is saved on this computer.</source>
        <translation>‏Sealnote بسته شود؟ آنچه نوشته‌اید هنوز مهر و موم نشده و از بین می‌رود: چیزی روی این رایانه ذخیره نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <location filename="../../editor/export_choices.py" line="25"/>
        <source>What stays on this computer</source>
        <translation>آنچه روی این رایانه می‌ماند</translation>
    </message>
    <message>
        <location filename="../../editor/export_choices.py" line="28"/>
        <source>Let the team send me a sealed &amp;reply</source>
        <translation>تیم بتواند برایم پاسخ مهر و موم‌شده بفرستد</translation>
    </message>
    <message>
        <location filename="../../editor/export_choices.py" line="29"/>
        <source>Let the team send me a sealed reply</source>
        <translation>تیم بتواند برایم پاسخ مهر و موم‌شده بفرستد</translation>
    </message>
    <message>
        <location filename="../../editor/export_choices.py" line="30"/>
        <location filename="../../editor/export_choices.py" line="32"/>
        <source>A reply key kept on this computer links it to this report.</source>
        <translation>کلید پاسخی که روی این رایانه نگه داشته شود، آن را به این گزارش پیوند می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../editor/export_choices.py" line="35"/>
        <source>Keep &amp;nothing after export: no outbox copy, no reply key</source>
        <translation>پس از خروجی گرفتن چیزی نگه ندار: نه نسخه در صندوق خروجی، نه کلید پاسخ</translation>
    </message>
    <message>
        <location filename="../../editor/export_choices.py" line="37"/>
        <source>Keep nothing after export</source>
        <translation>پس از خروجی گرفتن چیزی نگه ندار</translation>
    </message>
    <message>
        <location filename="../../editor/export_choices.py" line="38"/>
        <source>No copy in the outbox and no reply key: only the file or text you export.</source>
        <translation>نه نسخه‌ای در صندوق خروجی، نه کلید پاسخی: فقط فایل یا متنی که خروجی می‌گیرید.</translation>
    </message>
    <message>
        <location filename="../../editor/export_choices.py" line="73"/>
        <source>You asked for a sealed reply through this app: turn this on, or the team cannot reply that way.</source>
        <translation>شما پاسخ مهر و موم‌شده از طریق این برنامه خواسته‌اید: این گزینه را روشن کنید، وگرنه تیم نمی‌تواند از این راه پاسخ دهد.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../editor/form_inputs.py" line="68"/>
        <source>Choose…</source>
        <translation>انتخاب کنید…</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="18"/>
        <source>&amp;Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="19"/>
        <source>Cate&amp;gory</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="20"/>
        <source>&amp;Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="21"/>
        <source>&amp;What happened</source>
        <translation>چه اتفاقی افتاد</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="22"/>
        <source>Wh&amp;en</source>
        <translation>کی</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="23"/>
        <source>Whe&amp;re (optional, coarse)</source>
        <translation>کجا (اختیاری، تقریبی)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="24"/>
        <source>Wh&amp;o is affected</source>
        <translation>چه کسی آسیب دیده</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="25"/>
        <source>Are you &amp;safe now?</source>
        <translation>آیا اکنون در امان هستید؟</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="26"/>
        <source>May the team &amp;contact you?</source>
        <translation>آیا تیم می‌تواند با شما تماس بگیرد؟</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="27"/>
        <source>&amp;How to reach you (other channel)</source>
        <translation>راه تماس با شما (کانال دیگر)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="28"/>
        <source>What may the te&amp;am do with it? (consent)</source>
        <translation>تیم با آن چه کاری می‌تواند بکند؟ (رضایت)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="29"/>
        <source>Wiki usernames in&amp;volved</source>
        <translation>نام‌های کاربری ویکیِ مرتبط</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="30"/>
        <source>Wiki &amp;pages involved</source>
        <translation>صفحه‌های ویکیِ مرتبط</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="31"/>
        <source>Revision or diff &amp;links</source>
        <translation>پیوندهای نسخه یا تفاوت</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="85"/>
        <source>A few words, e.g. “Editor threatened over an article”</source>
        <translation>چند کلمه، مثلاً «تهدید یک ویرایشگر به خاطر یک مقاله»</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="86"/>
        <source>Describe what happened, in your own words. Take your time.</source>
        <translation>آنچه را رخ داد با کلمات خودتان شرح دهید. عجله نکنید.</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="88"/>
        <source>A date (2026-03-14) or words (“early March”)</source>
        <translation>یک تاریخ (2026-03-14) یا به کلمات («اوایل اسفند»)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="89"/>
        <source>A city or region at most. Never your address.</source>
        <translation>حداکثر یک شهر یا منطقه. هرگز نشانی خودتان را ننویسید.</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="90"/>
        <source>e.g. “two editors of the article”</source>
        <translation>مثلاً «دو ویرایشگر مقاله»</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="91"/>
        <source>e.g. a Signal number or an e-mail address</source>
        <translation>مثلاً یک شمارهٔ Signal یا یک نشانی ایمیل</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="92"/>
        <source>One username per line</source>
        <translation>در هر خط یک نام کاربری</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="93"/>
        <source>One page title per line</source>
        <translation>در هر خط عنوان یک صفحه</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="94"/>
        <source>One link per line, https://…</source>
        <translation>در هر خط یک پیوند، https://…</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../editor/gate_pages.py" line="74"/>
        <source>Welcome to Sealnote</source>
        <translation>به Sealnote خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="76"/>
        <source>Sealnote keeps your drafts encrypted on this computer. Choose a passphrase to protect them: without it, nobody can read them, and nobody can recover it for you.</source>
        <translation>‏Sealnote پیش‌نویس‌های شما را روی این رایانه رمزگذاری‌شده نگه می‌دارد. برای محافظت از آن‌ها یک عبارت عبور انتخاب کنید: بدون آن هیچ‌کس نمی‌تواند آن‌ها را بخواند و هیچ‌کس نمی‌تواند آن را برایتان بازیابی کند.</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="86"/>
        <source>Protect your drafts with a passphrase</source>
        <translation>از پیش‌نویس‌هایتان با یک عبارت عبور محافظت کنید</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="90"/>
        <source>&amp;Protect my drafts and continue</source>
        <translation>از پیش‌نویس‌هایم محافظت کن و ادامه بده</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="91"/>
        <source>Protect my drafts and continue</source>
        <translation>از پیش‌نویس‌هایم محافظت کن و ادامه بده</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="95"/>
        <source>Setting up. This takes a moment on purpose: it makes guessing your passphrase slow.</source>
        <translation>در حال آماده‌سازی. این کار عمداً کمی طول می‌کشد: حدس زدن عبارت عبور شما را کُند می‌کند.</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="104"/>
        <source>Or save nothing at all</source>
        <translation>یا هیچ چیز ذخیره نشود</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="107"/>
        <source>RAM-only: nothing you write is saved on this computer. When you lock or close Sealnote, it is gone for good.</source>
        <translation>فقط حافظه: هیچ‌چیز از نوشته‌های شما روی این رایانه ذخیره نمی‌شود. وقتی Sealnote را قفل کنید یا ببندید، برای همیشه از بین می‌رود.</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="109"/>
        <source>Start &amp;without saving (RAM-only)</source>
        <translation>شروع بدون ذخیره (فقط حافظه)</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="110"/>
        <source>Start without saving (RAM-only)</source>
        <translation>شروع بدون ذخیره (فقط حافظه)</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../editor/form_page.py" line="67"/>
        <source>Your concern</source>
        <translation>گزارش شما</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="68"/>
        <source>Fields marked * are needed. Nothing leaves this computer until you seal it and send the sealed file yourself.</source>
        <translation>پر کردن فیلدهای ستاره‌دار (*) لازم است. تا وقتی خودتان مهر و موم نکنید و فایل را نفرستید، چیزی از این رایانه بیرون نمی‌رود.</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="100"/>
        <source>&amp;Your own wiki username (optional, never sent)</source>
        <translation>نام کاربری ویکی خودتان (اختیاری، هرگز فرستاده نمی‌شود)</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="102"/>
        <source>Your own wiki username (optional, never sent)</source>
        <translation>نام کاربری ویکی خودتان (اختیاری، هرگز فرستاده نمی‌شود)</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="103"/>
        <source>Only used on this computer to warn you if it appears in the report; kept only in your encrypted draft.</source>
        <translation>فقط روی این رایانه برای هشدار به شما به کار می‌رود، اگر در گزارش آمده باشد؛ فقط در پیش‌نویس رمزگذاری‌شدهٔ شما نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="105"/>
        <source>Only used to warn you; never sealed</source>
        <translation>فقط برای هشدار؛ هرگز مهر و موم نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="116"/>
        <source>&amp;Next: attachments</source>
        <translation>بعدی: پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="117"/>
        <source>Next: attachments</source>
        <translation>بعدی: پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="148"/>
        <source>Your username appears in: %1. If this report were ever exposed, it could point to you. Remove it unless the team needs it.</source>
        <translation>نام کاربری شما در این بخش‌ها آمده است: %1. اگر این گزارش روزی فاش شود، ممکن است به شما اشاره کند. مگر اینکه تیم به آن نیاز دارد، حذفش کنید.</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <location filename="../../editor/gate.py" line="125"/>
        <source>Unlocking…</source>
        <translation>در حال باز کردن قفل…</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="131"/>
        <source>Asking the system keyring…</source>
        <translation>در حال پرسیدن از جاکلیدی سیستم…</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="158"/>
        <source>The system keyring did not unlock Sealnote: %1 Type your passphrase instead.</source>
        <translation>جاکلیدی سیستم قفل Sealnote را باز نکرد: %1 به جای آن عبارت عبورتان را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="168"/>
        <source>Your drafts were deleted. Choose a new passphrase to start again.</source>
        <translation>پیش‌نویس‌های شما حذف شدند. برای شروع دوباره یک عبارت عبور تازه انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../widgets/basics.py" line="58"/>
        <source>Information</source>
        <translation>اطلاع</translation>
    </message>
    <message>
        <location filename="../../widgets/basics.py" line="59"/>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location filename="../../widgets/basics.py" line="60"/>
        <source>Warning</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <location filename="../../widgets/basics.py" line="61"/>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../messages.py" line="23"/>
        <source>This report cannot be opened. It was not sealed to your team&apos;s keys, or it was damaged on the way.</source>
        <translation>این گزارش باز نمی‌شود. یا با کلیدهای تیم شما مهر و موم نشده، یا در راه آسیب دیده است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="27"/>
        <source>The text is not a complete sealed message. Copy everything from the BEGIN line to the END line.</source>
        <translation>این متن یک پیام مهر و موم‌شدهٔ کامل نیست. همه چیز را از خط BEGIN تا خط END رونوشت کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="31"/>
        <source>Parts {missing} of {total} are missing.</source>
        <translation>بخش‌های {missing} از {total} کم است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="34"/>
        <source>This is not a valid team card. It may be damaged or forged: get the card again from your team.</source>
        <translation>این کارت تیمِ معتبری نیست. ممکن است آسیب دیده یا جعلی باشد: کارت را دوباره از تیمتان بگیرید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="38"/>
        <source>This team card has expired. Ask your team for their current card.</source>
        <translation>اعتبار این کارت تیم تمام شده است. کارت فعلی را از تیمتان بخواهید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="41"/>
        <source>This is the public demo card: it only works in demo mode. Import your team&apos;s real card.</source>
        <translation>این کارت نمایشیِ عمومی است: فقط در حالت نمایشی کار می‌کند. کارت واقعی تیمتان را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="45"/>
        <source>Demo mode only uses the built-in demo team. Start Sealnote without demo mode to use a real team card.</source>
        <translation>حالت نمایشی فقط از تیم نمایشیِ داخلی استفاده می‌کند. برای استفاده از کارت واقعی، Sealnote را بدون حالت نمایشی اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="49"/>
        <source>This is not a usable key file.</source>
        <translation>این فایل کلید قابل استفاده نیست.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="52"/>
        <source>The key file asks for unsafe settings. It was not made by Sealnote or was altered.</source>
        <translation>فایل کلید تنظیمات ناامن می‌خواهد. یا Sealnote آن را نساخته یا تغییر داده شده است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="56"/>
        <source>Wrong passphrase, or the key file was altered. Check the keyboard layout and try again.</source>
        <translation>عبارت عبور نادرست است یا فایل کلید تغییر کرده است. چیدمان صفحه‌کلید را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="60"/>
        <source>This key is not valid. Copy the whole key.</source>
        <translation>این کلید معتبر نیست. کل کلید را کپی کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="63"/>
        <source>The passphrase is too short: use at least 8 characters. Several words are best.</source>
        <translation>عبارت عبور خیلی کوتاه است: دست‌کم ۸ نویسه به کار ببرید. چند واژه بهترین است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="67"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>دو عبارت عبور با هم فرق دارند. یک عبارت را دو بار بنویسید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="70"/>
        <source>No passphrase was given.</source>
        <translation>عبارت عبوری داده نشد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="79"/>
        <source>Some fields need attention. They are marked in the form.</source>
        <translation>چند فیلد نیاز به توجه دارند. در فرم علامت خورده‌اند.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="82"/>
        <source>A file cannot be read. Check that it still exists.</source>
        <translation>یک فایل خوانده نمی‌شود. بررسی کنید که هنوز وجود دارد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="85"/>
        <source>This is not a regular file. Attach files, not folders.</source>
        <translation>این یک فایل معمولی نیست. فایل پیوست کنید، نه پوشه.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="88"/>
        <source>The file cannot be read.</source>
        <translation>فایل خوانده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="91"/>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>فایلی با این نام وجود دارد. نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="94"/>
        <source>Refusing to write binary data to a terminal.</source>
        <translation>داده‌های دودویی در ترمینال نوشته نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="97"/>
        <source>Writing failed (is the disk full or write-protected?). Nothing was left half-written.</source>
        <translation>نوشتن ناموفق بود (دیسک پر است یا قفل نوشتن دارد؟). چیزی نیمه‌کاره باقی نماند.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="101"/>
        <source>A file operation failed. Check the place you chose and the free space.</source>
        <translation>یک عمل روی فایل ناموفق بود. جایی را که انتخاب کردید و فضای خالی را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="104"/>
        <source>A file changed while it was being sealed. Nothing was written: please try again.</source>
        <translation>یک فایل هنگام مهر و موم تغییر کرد. چیزی نوشته نشد: لطفاً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="108"/>
        <source>Sealing failed. Nothing was written.</source>
        <translation>مهر و موم ناموفق بود. چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="111"/>
        <source>The team name is not valid.</source>
        <translation>نام تیم معتبر نیست.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="114"/>
        <source>The validity must be 1 to 1830 days.</source>
        <translation>مدت اعتبار باید از ۱ تا ۱۸۳۰ روز باشد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="117"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>لغو شد. چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="120"/>
        <source>Out of memory. Close other programs and try again.</source>
        <translation>حافظه کافی نیست. برنامه‌های دیگر را ببندید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="123"/>
        <source>Something unexpected went wrong. Nothing was sent anywhere.</source>
        <translation>مشکلی غیرمنتظره پیش آمد. چیزی به هیچ جا فرستاده نشد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="132"/>
        <source>Please fill this in.</source>
        <translation>لطفاً این را پر کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="135"/>
        <source>This is too long. Please shorten it.</source>
        <translation>این خیلی طولانی است. لطفاً کوتاهش کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="138"/>
        <source>Please choose one of the options.</source>
        <translation>لطفاً یکی از گزینه‌ها را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="141"/>
        <source>This date does not exist. Use YYYY-MM-DD, or describe it in words.</source>
        <translation>این تاریخ وجود ندارد. از YYYY-MM-DD استفاده کنید یا آن را با کلمات بنویسید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="144"/>
        <source>This date is in the future.</source>
        <translation>این تاریخ در آینده است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="147"/>
        <source>One of the links is not a web address. Put one link per line, starting with https://</source>
        <translation>یکی از پیوندها نشانی وب نیست. در هر خط یک پیوند بگذارید که با https:// شروع شود</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="151"/>
        <source>Say how the team can reach you, or choose another contact option.</source>
        <translation>بگویید تیم چطور می‌تواند با شما تماس بگیرد، یا گزینهٔ تماس دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="160"/>
        <source>This is not a file of the outbox.</source>
        <translation>این فایلِ صندوق خروجی نیست.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="163"/>
        <source>This file is no longer in the outbox.</source>
        <translation>این فایل دیگر در صندوق خروجی نیست.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="166"/>
        <source>This report is too long for QR codes. Save a file instead.</source>
        <translation>این گزارش برای کد QR خیلی طولانی است. به جایش یک فایل ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="169"/>
        <source>This report is too large to export as text. Save a file instead.</source>
        <translation>این گزارش برای خروجی متنی خیلی بزرگ است. به جایش یک فایل ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="172"/>
        <source>This file cannot be read as a team card.</source>
        <translation>این فایل به عنوان کارت تیم خوانده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="175"/>
        <source>This file is already attached.</source>
        <translation>این فایل از قبل پیوست شده است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="178"/>
        <source>Still checking the attachments: sealing is possible in a moment.</source>
        <translation>پیوست‌ها هنوز در حال بررسی‌اند: تا لحظه‌ای دیگر مهر و موم ممکن می‌شود.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="181"/>
        <source>This reply cannot be opened. It was not sent to a reply key kept on this computer, or it was damaged on the way.</source>
        <translation>این پاسخ باز نمی‌شود. به کلید پاسخی که روی این رایانه نگه داشته شده فرستاده نشده، یا در راه آسیب دیده است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="191"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>عبارت عبور نادرست است. چیدمان صفحه‌کلید و Caps Lock را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="194"/>
        <source>Type your passphrase.</source>
        <translation>عبارت عبورتان را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="197"/>
        <source>The file that protects your drafts is damaged, so they cannot be opened.</source>
        <translation>فایلی که از پیش‌نویس‌های شما محافظت می‌کند آسیب دیده است، پس باز نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="200"/>
        <source>Your drafts were saved by a newer version of Sealnote. Open them with that version.</source>
        <translation>پیش‌نویس‌های شما با نسخهٔ تازه‌تری از Sealnote ذخیره شده‌اند. آن‌ها را با همان نسخه باز کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="204"/>
        <source>The file that protects your drafts asks for unsafe settings: it was not made by Sealnote or was altered.</source>
        <translation>فایلی که از پیش‌نویس‌های شما محافظت می‌کند تنظیمات ناامن می‌خواهد: یا Sealnote آن را نساخته یا تغییر داده شده است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="208"/>
        <source>There are no protected drafts on this computer yet.</source>
        <translation>هنوز پیش‌نویس محافظت‌شده‌ای روی این رایانه نیست.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="211"/>
        <source>Protected drafts already exist on this computer. Unlock them instead.</source>
        <translation>پیش‌نویس‌های محافظت‌شده از قبل روی این رایانه هست. به جای آن قفلشان را باز کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="214"/>
        <source>Sealnote is locked. Unlock it to go on.</source>
        <translation>‏Sealnote قفل است. برای ادامه قفلش را باز کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="217"/>
        <source>Not in RAM-only mode: nothing is kept on this computer.</source>
        <translation>در حالت فقط حافظه ممکن نیست: چیزی روی این رایانه نگه داشته نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="220"/>
        <source>The key in the system keyring does not open your drafts.</source>
        <translation>کلیدِ درون جاکلیدی سیستم پیش‌نویس‌های شما را باز نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="223"/>
        <source>The system keyring could not be set up for Sealnote.</source>
        <translation>جاکلیدی سیستم برای Sealnote راه‌اندازی نشد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="226"/>
        <source>A file could not be read. Check the disk.</source>
        <translation>فایلی خوانده نشد. دیسک را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="229"/>
        <source>Your draft could not be saved. What you see is still here: check the disk, then keep typing to try again.</source>
        <translation>پیش‌نویس شما ذخیره نشد. آنچه می‌بینید هنوز اینجاست: دیسک را بررسی کنید، سپس به نوشتن ادامه دهید تا دوباره امتحان شود.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="233"/>
        <source>The disk is full: your draft could not be saved. What you see is still here: free some space, then keep typing to try again.</source>
        <translation>دیسک پر است: پیش‌نویس شما ذخیره نشد. آنچه می‌بینید هنوز اینجاست: کمی فضا آزاد کنید، سپس به نوشتن ادامه دهید تا دوباره امتحان شود.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="237"/>
        <source>This draft is damaged and cannot be opened.</source>
        <translation>این پیش‌نویس آسیب دیده و باز نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="240"/>
        <source>This draft no longer exists.</source>
        <translation>این پیش‌نویس دیگر وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="243"/>
        <source>This draft cannot be read. Check the disk.</source>
        <translation>این پیش‌نویس خوانده نمی‌شود. دیسک را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="246"/>
        <source>The draft could not be deleted completely. Try again.</source>
        <translation>پیش‌نویس کامل حذف نشد. دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="254"/>
        <source>Something stored on this computer is damaged and cannot be opened.</source>
        <translation>چیزی که روی این رایانه ذخیره شده آسیب دیده و باز نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="263"/>
        <source>No system keyring is available in this session.</source>
        <translation>در این نشست جاکلیدی سیستمی در دسترس نیست.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="266"/>
        <source>The only keyring found keeps secrets in a plain file, which is not safe: Sealnote does not use it.</source>
        <translation>تنها جاکلیدی پیداشده رازها را در یک فایل ساده نگه می‌دارد که امن نیست: Sealnote از آن استفاده نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="270"/>
        <source>The keyring found is not one Sealnote trusts.</source>
        <translation>جاکلیدی پیداشده از نوعی نیست که Sealnote به آن اعتماد کند.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="273"/>
        <source>Not in portable mode: the system keyring belongs to this computer, not to your stick.</source>
        <translation>در حالت قابل‌حمل ممکن نیست: جاکلیدی سیستم مال این رایانه است، نه فلش شما.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="277"/>
        <source>The system keyring did not answer in time. It may be locked.</source>
        <translation>جاکلیدی سیستم به‌موقع پاسخ نداد. شاید قفل باشد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="280"/>
        <source>The system keyring is locked. Unlock it, then try again.</source>
        <translation>جاکلیدی سیستم قفل است. قفلش را باز کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="283"/>
        <source>The system keyring did not work.</source>
        <translation>جاکلیدی سیستم کار نکرد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="286"/>
        <source>The system keyring no longer holds Sealnote&apos;s key.</source>
        <translation>جاکلیدی سیستم دیگر کلید Sealnote را ندارد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="289"/>
        <source>The key in the system keyring is damaged.</source>
        <translation>کلیدِ درون جاکلیدی سیستم آسیب دیده است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="292"/>
        <source>Unlocking with the system keyring is not turned on.</source>
        <translation>باز کردن قفل با جاکلیدی سیستم روشن نیست.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="295"/>
        <source>The key in the system keyring could not be reached.</source>
        <translation>به کلیدِ درون جاکلیدی سیستم دسترسی نشد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="304"/>
        <source>This is not a moderator&apos;s public key. Copy the whole key: it starts with “snpk1”.</source>
        <translation>این کلید عمومی یک ناظر نیست. کل کلید را رونوشت کنید: با «snpk1» آغاز می‌شود.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="308"/>
        <source>This moderator is already on the team card.</source>
        <translation>این ناظر از قبل روی کارت تیم است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="311"/>
        <source>A team has at most {maximum} moderators. Remove one first.</source>
        <translation>هر تیم حداکثر {maximum} ناظر دارد. ابتدا یکی را حذف کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="314"/>
        <source>This key file holds no team identity key: only the moderator who holds it can change the team.</source>
        <translation>این فایل کلید، کلید هویت تیم را ندارد: فقط ناظری که آن را دارد می‌تواند تیم را تغییر دهد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="318"/>
        <source>The team card stored in the key file is damaged. Restore the keys from a backup.</source>
        <translation>کارت تیم ذخیره‌شده در فایل کلید آسیب دیده است. کلیدها را از پشتیبان بازیابی کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="321"/>
        <source>The team card in the key file was not issued by its identity key. Restore the keys from a backup.</source>
        <translation>کارت تیم در فایل کلید با کلید هویت آن صادر نشده است. کلیدها را از پشتیبان بازیابی کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="325"/>
        <source>The demo team cannot be changed: its keys are public.</source>
        <translation>تیم نمایشی تغییرپذیر نیست: کلیدهایش عمومی‌اند.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="328"/>
        <source>A new team card could not be made. Nothing was changed.</source>
        <translation>کارت تیم تازه ساخته نشد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="331"/>
        <source>This key is not on the team card.</source>
        <translation>این کلید روی کارت تیم نیست.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="334"/>
        <source>You cannot remove your own key. Another moderator who holds the team identity can do it, or rotate the keys.</source>
        <translation>نمی‌توانید کلید خودتان را حذف کنید. ناظر دیگری که هویت تیم را دارد می‌تواند، یا کلیدها را بچرخانید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="338"/>
        <source>The last moderator cannot be removed: a team needs at least one.</source>
        <translation>آخرین ناظر حذف‌شدنی نیست: هر تیم دست‌کم یک ناظر لازم دارد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="341"/>
        <source>Give the team a name (editors see it on the card).</source>
        <translation>برای تیم نامی بگذارید (ویرایشگران آن را روی کارت می‌بینند).</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="344"/>
        <source>Choose where to save the key file.</source>
        <translation>محل ذخیرهٔ فایل کلید را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="347"/>
        <source>Choose your key file first.</source>
        <translation>ابتدا فایل کلید خود را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="350"/>
        <source>This passphrase is too easy to guess. Use five or more random words.</source>
        <translation>حدس زدن این گذرواژه بسیار آسان است. از پنج واژهٔ تصادفی یا بیشتر استفاده کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="359"/>
        <source>Choose at least 2 shares needed, and no more shares than you make (at most {maximum}).</source>
        <translation>دست‌کم ۲ سهم لازم انتخاب کنید و نه بیشتر از سهم‌هایی که می‌سازید (حداکثر {maximum}).</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="363"/>
        <source>This is not a Sealnote backup file.</source>
        <translation>این فایل پشتیبان Sealnote نیست.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="366"/>
        <source>Share {share} is not valid: check every word for a typing mistake.</source>
        <translation>سهم {share} معتبر نیست: همهٔ واژه‌ها را برای غلط تایپی بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="369"/>
        <source>Share {share} belongs to a different backup.</source>
        <translation>سهم {share} مال پشتیبان دیگری است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="372"/>
        <source>{needed} different shares are needed; {given} were given.</source>
        <translation>‏{needed} سهم متفاوت لازم است؛ {given} سهم داده شد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="375"/>
        <source>These shares do not fit together. Check that they come from the same backup.</source>
        <translation>این سهم‌ها با هم جور نیستند. بررسی کنید که از یک پشتیبان باشند.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="378"/>
        <source>The shares and the backup file do not belong together, or the file was altered.</source>
        <translation>سهم‌ها و فایل پشتیبان به هم تعلق ندارند، یا فایل تغییر کرده است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="381"/>
        <source>The backup opened but its content is damaged.</source>
        <translation>پشتیبان باز شد ولی محتوایش آسیب دیده است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="390"/>
        <source>This key file has no key for the report store.</source>
        <translation>این فایل کلید، کلیدی برای انبار گزارش‌ها ندارد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="393"/>
        <source>The list of imported reports cannot be read. It belongs to another key file or was altered.</source>
        <translation>فهرست گزارش‌های واردشده خوانده نمی‌شود. مال فایل کلید دیگری است یا تغییر کرده است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="397"/>
        <source>This report is no longer in the inbox.</source>
        <translation>این گزارش دیگر در صندوق نیست.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="400"/>
        <source>The sealed original of this report is missing from the store.</source>
        <translation>نسخهٔ اصلی مهرشدهٔ این گزارش در انبار نیست.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="403"/>
        <source>The sealed original of this report no longer opens: it was damaged or altered on this computer.</source>
        <translation>نسخهٔ اصلی مهرشدهٔ این گزارش دیگر باز نمی‌شود: روی این رایانه آسیب دیده یا تغییر کرده است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="407"/>
        <source>This report has no such attachment.</source>
        <translation>این گزارش چنین پیوستی ندارد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="410"/>
        <source>A report with this id is already in the inbox.</source>
        <translation>گزارشی با این شناسه از قبل در صندوق است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="413"/>
        <source>This file is too large to be a sealed text message.</source>
        <translation>این فایل برای یک پیام متنی مهرشده بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="416"/>
        <source>A file changed while it was being imported. Import it again.</source>
        <translation>یک فایل هنگام وارد شدن تغییر کرد. دوباره واردش کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="425"/>
        <location filename="../../messages.py" line="458"/>
        <source>Choose one of the statuses.</source>
        <translation>یکی از وضعیت‌ها را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="428"/>
        <source>A note must not be empty and must be at most 20,000 characters.</source>
        <translation>یادداشت نباید خالی باشد و حداکثر ۲۰٬۰۰۰ نویسه است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="431"/>
        <source>A tag is one short line of at most 40 characters.</source>
        <translation>برچسب یک خط کوتاه با حداکثر ۴۰ نویسه است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="434"/>
        <source>A report can have at most 32 tags.</source>
        <translation>هر گزارش حداکثر ۳۲ برچسب دارد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="437"/>
        <source>The triage log is damaged. Check it from a report&apos;s triage panel.</source>
        <translation>گزارش‌نامهٔ رسیدگی آسیب دیده است. آن را از بخش رسیدگی یک گزارش بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="440"/>
        <source>The triage log file is not a triage log.</source>
        <translation>فایل گزارش‌نامهٔ رسیدگی، گزارش‌نامهٔ رسیدگی نیست.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="443"/>
        <source>This triage action is not known.</source>
        <translation>این کنش رسیدگی شناخته نیست.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="452"/>
        <source>The editor did not ask for a reply: this report carries no reply key.</source>
        <translation>ویرایشگر پاسخی نخواسته است: این گزارش کلید پاسخ ندارد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="455"/>
        <source>Demo reports can only be answered in demo mode, and real reports only outside it.</source>
        <translation>به گزارش‌های نمایشی فقط در حالت نمایشی و به گزارش‌های واقعی فقط بیرون از آن می‌توان پاسخ داد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="461"/>
        <source>The reply is too long: at most {limit} characters.</source>
        <translation>پاسخ بیش از حد بلند است: حداکثر {limit} نویسه.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="464"/>
        <source>The reply cannot be sealed. Remove unusual control characters and try again.</source>
        <translation>پاسخ مهرشدنی نیست. نویسه‌های کنترلی غیرعادی را حذف کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="467"/>
        <source>This reply answers a different report.</source>
        <translation>این پاسخ به گزارش دیگری است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="470"/>
        <source>Tick the box to confirm that you understand the file is not encrypted.</source>
        <translation>برای تأیید اینکه می‌دانید فایل رمزگذاری نشده است، کادر را علامت بزنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="473"/>
        <source>Choose JSON or CSV.</source>
        <translation>‏JSON یا CSV را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="476"/>
        <source>Select one or more reports in the inbox first.</source>
        <translation>ابتدا یک یا چند گزارش را در صندوق انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="485"/>
        <source>The key file changed since keyring unlock was turned on. Unlock once with the passphrase: the keyring copy is then brought up to date.</source>
        <translation>فایل کلید از زمانی که باز کردن قفل با جاکلیدی روشن شد تغییر کرده است. یک بار با گذرواژه قفل را باز کنید تا نسخهٔ جاکلیدی به‌روز شود.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="489"/>
        <source>The keyring copy of your keys on this computer is damaged. Unlock with the passphrase, then turn keyring unlock on again.</source>
        <translation>نسخهٔ جاکلیدیِ کلیدهای شما روی این رایانه آسیب دیده است. با گذرواژه قفل را باز کنید، سپس باز کردن قفل با جاکلیدی را دوباره روشن کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="493"/>
        <source>The key in the system keyring does not open the keyring copy of your keys. Unlock with the passphrase, then turn keyring unlock on again.</source>
        <translation>کلیدِ درون جاکلیدی سیستم نسخهٔ جاکلیدیِ کلیدهای شما را باز نمی‌کند. با گذرواژه قفل را باز کنید، سپس باز کردن قفل با جاکلیدی را دوباره روشن کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="497"/>
        <source>Not in demo mode: the demo team&apos;s keys are public.</source>
        <translation>در حالت نمایشی در دسترس نیست: کلیدهای تیم نمایشی عمومی‌اند.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="500"/>
        <source>Type the key file&apos;s passphrase: this change saves the key file again under it.</source>
        <translation>گذرواژهٔ فایل کلید را بنویسید: این تغییر فایل کلید را دوباره با آن ذخیره می‌کند.</translation>
    </message>
</context>
<context>
    <name>Metadata</name>
    <message>
        <location filename="../../editor/labels.py" line="101"/>
        <source>EXIF with the GPS location</source>
        <translation>داده‌های EXIF همراه با موقعیت GPS</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="102"/>
        <source>EXIF (camera, date)</source>
        <translation>داده‌های EXIF (دوربین، تاریخ)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="103"/>
        <source>XMP</source>
        <translation>داده‌های XMP</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="104"/>
        <source>IPTC (captions, author)</source>
        <translation>داده‌های IPTC (توضیحات، نویسنده)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="105"/>
        <source>colour profile</source>
        <translation>پروفایل رنگ</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="106"/>
        <source>multi-picture index</source>
        <translation>فهرست چندتصویری</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="107"/>
        <source>thumbnail</source>
        <translation>تصویر بندانگشتی</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="108"/>
        <source>comment</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="109"/>
        <source>text notes</source>
        <translation>یادداشت‌های متنی</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="110"/>
        <source>modification time</source>
        <translation>زمان تغییر</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="111"/>
        <source>application data</source>
        <translation>داده‌های برنامه‌ها</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="112"/>
        <source>unknown data</source>
        <translation>داده‌های ناشناخته</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="113"/>
        <source>hidden data after the image</source>
        <translation>داده‌های پنهان پس از تصویر</translation>
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
        <translation>فایل مهر و موم‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="53"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="53"/>
        <source>Sealed on</source>
        <translation>تاریخ مهر و موم</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="54"/>
        <source>Sent</source>
        <translation>فرستاده شد</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="68"/>
        <source>not yet</source>
        <translation>هنوز نه</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="69"/>
        <source>yes</source>
        <translation>بله</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../editor/outbox_page.py" line="84"/>
        <source>Outbox</source>
        <translation>صندوق خروجی</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="86"/>
        <source>Sealed files you kept on this computer. Only your team can open them, but a kept file shows that this computer sealed a report: delete files once they are sent.</source>
        <translation>فایل‌های مهر و موم‌شده‌ای که روی این رایانه نگه داشته‌اید. فقط تیم شما می‌تواند بازشان کند، اما فایلِ نگه‌داشته نشان می‌دهد این رایانه گزارشی را مهر و موم کرده است: پس از فرستادن، فایل‌ها را حذف کنید.</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="96"/>
        <source>Sealed files in the outbox</source>
        <translation>فایل‌های مهر و موم‌شده در صندوق خروجی</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="104"/>
        <source>Select all</source>
        <translation>انتخاب همه</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="108"/>
        <source>&amp;Mark as sent</source>
        <translation>علامت «فرستاده شد»</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="109"/>
        <source>Mark as sent</source>
        <translation>علامت «فرستاده شد»</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="110"/>
        <source>&amp;Save a copy…</source>
        <translation>ذخیرهٔ یک نسخه…</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="111"/>
        <source>Save a copy</source>
        <translation>ذخیرهٔ یک نسخه</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="112"/>
        <source>&amp;Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="113"/>
        <source>Delete the selected file</source>
        <translation>حذف فایل انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="159"/>
        <location filename="../../editor/outbox_page.py" line="195"/>
        <source>Select a file first.</source>
        <translation>اول یک فایل انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="182"/>
        <source>Delete sealed file</source>
        <translation>حذف فایل مهر و موم‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="183"/>
        <source>Delete this sealed file from the outbox? If it was not sent yet, the report will need to be written again.</source>
        <translation>این فایل مهر و موم‌شده از صندوق خروجی حذف شود؟ اگر هنوز فرستاده نشده، باید گزارش را دوباره بنویسید.</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="197"/>
        <source>Save a copy of the sealed file</source>
        <translation>ذخیرهٔ یک نسخه از فایل مهر و موم‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="212"/>
        <source>A copy was saved as %1.</source>
        <translation>یک نسخه با نام %1 ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>PartsPage</name>
    <message>
        <location filename="../../editor/parts_page.py" line="46"/>
        <source>Split into parts</source>
        <translation>تقسیم به چند بخش</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="48"/>
        <source>Some channels limit the length of a message. The sealed report is cut into numbered parts; the team needs all of them, in any order. Most messengers accept about 4,000 characters; e-mail accepts much more.</source>
        <translation>برخی کانال‌ها طول پیام را محدود می‌کنند. گزارش مهر و موم‌شده به بخش‌های شماره‌دار تقسیم می‌شود؛ تیم به همهٔ آن‌ها، به هر ترتیبی، نیاز دارد. بیشتر پیام‌رسان‌ها حدود ۴۰۰۰ نویسه می‌پذیرند؛ ایمیل خیلی بیشتر.</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="54"/>
        <source>Parts</source>
        <translation>بخش‌ها</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="61"/>
        <source>Largest &amp;part, in characters:</source>
        <translation>بزرگ‌ترین بخش، به نویسه:</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="62"/>
        <source>Largest part, in characters</source>
        <translation>بزرگ‌ترین بخش، به نویسه</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="76"/>
        <source>&amp;Back to review</source>
        <translation>بازگشت به بازبینی</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="77"/>
        <source>Back to review</source>
        <translation>بازگشت به بازبینی</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="78"/>
        <source>&amp;Copy the selected part</source>
        <translation>رونوشت از بخش انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="79"/>
        <source>Copy the selected part</source>
        <translation>رونوشت از بخش انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="80"/>
        <source>&amp;Save all parts to a folder…</source>
        <translation>ذخیرهٔ همهٔ بخش‌ها در یک پوشه…</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="81"/>
        <source>Save all parts to a folder</source>
        <translation>ذخیرهٔ همهٔ بخش‌ها در یک پوشه</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="116"/>
        <source>That would make too many parts: choose a larger size.</source>
        <translation>این کار بخش‌های خیلی زیادی می‌سازد: اندازهٔ بزرگ‌تری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="120"/>
        <source>Part %1 of %2 — %3 characters</source>
        <translation>بخش %1 از %2 — %3 نویسه</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="122"/>
        <source>Number of parts: %1.</source>
        <translation>تعداد بخش‌ها: %1.</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="123"/>
        <source>That is many: saving one file may be easier.</source>
        <translation>این زیاد است: شاید ذخیرهٔ یک فایل ساده‌تر باشد.</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="137"/>
        <source>Part %1 is on the clipboard; it will be cleared in 60 seconds.</source>
        <translation>بخش %1 در کلیپ‌بورد است؛ پس از ۶۰ ثانیه پاک می‌شود.</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="142"/>
        <source>Choose a folder for the parts</source>
        <translation>یک پوشه برای بخش‌ها انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../editor/parts_page.py" line="161"/>
        <source>%1 part files were saved in the folder you chose.</source>
        <translation>%1 فایل بخش در پوشه‌ای که انتخاب کردید ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../widgets/passphrase.py" line="39"/>
        <source>S&amp;how passphrase</source>
        <translation>نمایش عبارت عبور</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="40"/>
        <source>Show passphrase</source>
        <translation>نمایش عبارت عبور</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="53"/>
        <source>Very weak</source>
        <translation>خیلی ضعیف</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="53"/>
        <source>Weak</source>
        <translation>ضعیف</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="54"/>
        <source>Fair</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="54"/>
        <source>Strong</source>
        <translation>قوی</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="55"/>
        <source>Very strong</source>
        <translation>خیلی قوی</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="61"/>
        <source>less than a second</source>
        <translation>کمتر از یک ثانیه</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="62"/>
        <source>less than an hour</source>
        <translation>کمتر از یک ساعت</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="63"/>
        <source>less than a day</source>
        <translation>کمتر از یک روز</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="64"/>
        <source>less than a month</source>
        <translation>کمتر از یک ماه</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="65"/>
        <source>less than a year</source>
        <translation>کمتر از یک سال</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="66"/>
        <source>less than a hundred years</source>
        <translation>کمتر از صد سال</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="67"/>
        <source>centuries</source>
        <translation>چند قرن</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="72"/>
        <source>This is one of the most common passwords.</source>
        <translation>این یکی از رایج‌ترین گذرواژه‌هاست.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="74"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>ردیف‌های پشت‌سرهم کلیدها آسان حدس زده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="75"/>
        <source>Keyboard patterns are easy to guess.</source>
        <translation>الگوهای صفحه‌کلید آسان حدس زده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="76"/>
        <source>Repeated characters like “aaa” are easy to guess.</source>
        <translation>نویسه‌های تکراری مانند «aaa» آسان حدس زده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="78"/>
        <source>Repeated patterns like “abcabc” are easy to guess.</source>
        <translation>الگوهای تکراری مانند «abcabc» آسان حدس زده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="80"/>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>دنباله‌هایی مانند «abc» یا «6543» آسان حدس زده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="81"/>
        <source>Recent years are easy to guess.</source>
        <translation>سال‌های اخیر آسان حدس زده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="82"/>
        <source>Dates are easy to guess.</source>
        <translation>تاریخ‌ها آسان حدس زده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="84"/>
        <source>This is close to a commonly used password.</source>
        <translation>این به یک گذرواژهٔ رایج نزدیک است.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="86"/>
        <source>A single word is easy to guess.</source>
        <translation>یک واژهٔ تنها آسان حدس زده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="87"/>
        <source>Names on their own are easy to guess.</source>
        <translation>نام‌ها به‌تنهایی آسان حدس زده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="88"/>
        <source>Common names are easy to guess.</source>
        <translation>نام‌های رایج آسان حدس زده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="95"/>
        <source>Use several words, and avoid well-known phrases.</source>
        <translation>چند واژه به کار ببرید و از عبارت‌های شناخته‌شده دوری کنید.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="97"/>
        <source>Symbols, digits and capitals are not needed.</source>
        <translation>به نماد، رقم یا حروف بزرگ نیازی نیست.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="99"/>
        <source>Add another word or two: unusual words are best.</source>
        <translation>یکی دو واژهٔ دیگر اضافه کنید: واژه‌های نامعمول بهترین‌اند.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="100"/>
        <source>Avoid keyboard patterns.</source>
        <translation>از الگوهای صفحه‌کلید دوری کنید.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="101"/>
        <source>Avoid repeated words and characters.</source>
        <translation>از تکرار واژه‌ها و نویسه‌ها دوری کنید.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="102"/>
        <source>Avoid sequences.</source>
        <translation>از دنباله‌ها دوری کنید.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="103"/>
        <source>Avoid recent years.</source>
        <translation>از سال‌های اخیر دوری کنید.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="104"/>
        <source>Avoid years that are linked to you.</source>
        <translation>از سال‌هایی که به شما مربوط‌اند دوری کنید.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="105"/>
        <source>Avoid dates and years that are linked to you.</source>
        <translation>از تاریخ‌ها و سال‌هایی که به شما مربوط‌اند دوری کنید.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="107"/>
        <source>Capital letters do not help much.</source>
        <translation>حروف بزرگ کمک چندانی نمی‌کنند.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="108"/>
        <source>All capitals are almost as easy to guess as none.</source>
        <translation>همه‌حروف‌بزرگ تقریباً به همان آسانیِ همه‌حروف‌کوچک حدس زده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="110"/>
        <source>Words spelled backwards are hardly harder to guess.</source>
        <translation>واژه‌های وارونه‌نوشته‌شده به‌سختی دشوارتر حدس زده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="112"/>
        <source>Swapping letters for symbols, like “@” for “a”, does not help much.</source>
        <translation>جایگزین کردن حروف با نمادها، مانند «@» به جای «a»، کمک چندانی نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="120"/>
        <source>Strength: %1.</source>
        <translation>قدرت: %1.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="121"/>
        <source>Guessing it from a copy of this computer&apos;s files would take: %1.</source>
        <translation>حدس زدن آن از روی نسخه‌ای از فایل‌های این رایانه طول می‌کشد: %1.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="126"/>
        <source>Not strong enough yet. Five or more ordinary words are easy to remember and hard to guess.</source>
        <translation>هنوز به اندازهٔ کافی قوی نیست. پنج واژهٔ معمولی یا بیشتر، آسان به یاد می‌مانند و سخت حدس زده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="129"/>
        <source>Acceptable. Another word or two would make it much stronger.</source>
        <translation>پذیرفتنی است. یکی دو واژهٔ دیگر آن را بسیار قوی‌تر می‌کند.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="132"/>
        <source>Good: you can use this passphrase.</source>
        <translation>خوب است: می‌توانید از این عبارت عبور استفاده کنید.</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="146"/>
        <source>New passphrase</source>
        <translation>عبارت عبور تازه</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="148"/>
        <source>The same passphrase again</source>
        <translation>همان عبارت عبور دوباره</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="151"/>
        <source>Passphrase strength</source>
        <translation>قدرت عبارت عبور</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="169"/>
        <source>&amp;New passphrase</source>
        <translation>عبارت عبور تازه</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="171"/>
        <source>&amp;Type it again</source>
        <translation>دوباره بنویسید</translation>
    </message>
    <message>
        <location filename="../../widgets/passphrase.py" line="191"/>
        <source>Several ordinary words make a strong passphrase that is easy to remember. Nobody can recover it for you.</source>
        <translation>چند واژهٔ معمولی یک عبارت عبور قوی می‌سازند که آسان به یاد می‌ماند. هیچ‌کس نمی‌تواند آن را برایتان بازیابی کند.</translation>
    </message>
</context>
<context>
    <name>QrPage</name>
    <message>
        <location filename="../../editor/qr_page.py" line="28"/>
        <source>QR codes</source>
        <translation>کدهای QR</translation>
    </message>
    <message>
        <location filename="../../editor/qr_page.py" line="30"/>
        <source>Scan the codes in order with the phone that will send them. QR codes are only possible for a short report without attachments, so anyone who sees them can tell the report is short. The codes exist only on this screen: nothing is saved.</source>
        <translation>کدها را به ترتیب با گوشی‌ای که آن‌ها را می‌فرستد اسکن کنید. کد QR فقط برای گزارش کوتاه بدون پیوست ممکن است، پس هر کس آن‌ها را ببیند می‌فهمد گزارش کوتاه است. کدها فقط روی همین صفحه‌اند: چیزی ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../editor/qr_page.py" line="46"/>
        <source>&amp;Back to review</source>
        <translation>بازگشت به بازبینی</translation>
    </message>
    <message>
        <location filename="../../editor/qr_page.py" line="47"/>
        <source>Back to review</source>
        <translation>بازگشت به بازبینی</translation>
    </message>
    <message>
        <location filename="../../editor/qr_page.py" line="48"/>
        <source>&amp;Previous code</source>
        <translation>کد قبلی</translation>
    </message>
    <message>
        <location filename="../../editor/qr_page.py" line="49"/>
        <source>Previous code</source>
        <translation>کد قبلی</translation>
    </message>
    <message>
        <location filename="../../editor/qr_page.py" line="50"/>
        <source>&amp;Next code</source>
        <translation>کد بعدی</translation>
    </message>
    <message>
        <location filename="../../editor/qr_page.py" line="51"/>
        <source>Next code</source>
        <translation>کد بعدی</translation>
    </message>
    <message>
        <location filename="../../editor/qr_page.py" line="93"/>
        <source>Code %1 of %2</source>
        <translation>کد %1 از %2</translation>
    </message>
</context>
<context>
    <name>RepliesPage</name>
    <message>
        <location filename="../../editor/replies_page.py" line="49"/>
        <source>Read a reply</source>
        <translation>خواندن پاسخ</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="51"/>
        <source>Paste the reply your team sent, from the BEGIN line to the END line, or open the reply file. Nothing is saved.</source>
        <translation>پاسخی را که تیم شما فرستاده، از خط BEGIN تا خط END، بچسبانید یا فایل پاسخ را باز کنید. چیزی ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="53"/>
        <source>Reply text</source>
        <translation>متن پاسخ</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="70"/>
        <source>&amp;Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="70"/>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="72"/>
        <source>&amp;Open reply file…</source>
        <translation>باز کردن فایل پاسخ…</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="73"/>
        <location filename="../../editor/replies_page.py" line="119"/>
        <source>Open reply file</source>
        <translation>باز کردن فایل پاسخ</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="75"/>
        <source>&amp;Read</source>
        <translation>بخوان</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="76"/>
        <source>Read the reply</source>
        <translation>پاسخ را بخوان</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="90"/>
        <source>DEMO reply: not from a real team</source>
        <translation>‏DEMO · پاسخ آزمایشی: از یک تیم واقعی نیست</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="97"/>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="98"/>
        <source>Sent on:</source>
        <translation>ارسال‌شده در:</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="99"/>
        <source>In reply to:</source>
        <translation>در پاسخ به:</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="102"/>
        <source>Message from the team</source>
        <translation>پیام از تیم</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="149"/>
        <source>Paste the reply text first, or open the reply file.</source>
        <translation>ابتدا متن پاسخ را بچسبانید یا فایل پاسخ را باز کنید.</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="176"/>
        <source>The reply was opened.</source>
        <translation>پاسخ باز شد.</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="187"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="187"/>
        <source>In review</source>
        <translation>در حال بررسی</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="188"/>
        <source>Waiting for you</source>
        <translation>در انتظار شما</translation>
    </message>
    <message>
        <location filename="../../editor/replies_page.py" line="189"/>
        <source>Closed</source>
        <translation>بسته شده</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../editor/review_page.py" line="48"/>
        <source>Review and seal</source>
        <translation>بازبینی و مهر و موم</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="54"/>
        <source>What will be sent</source>
        <translation>آنچه فرستاده می‌شود</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="72"/>
        <source>&amp;Back to attachments</source>
        <translation>بازگشت به پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="73"/>
        <source>Back to attachments</source>
        <translation>بازگشت به پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="82"/>
        <source>Sealed for</source>
        <translation>مهر و موم برای</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="86"/>
        <source>Team fingerprint</source>
        <translation>اثر انگشت تیم</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="93"/>
        <source>Seal and export</source>
        <translation>مهر و موم و خروجی</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="124"/>
        <source>The sealed file will be exactly %1 (%2 bytes). Padding hides the real length: every short report has this same size.</source>
        <translation>اندازهٔ فایل مهر و موم‌شده دقیقاً %1 (%2 بایت) خواهد بود. لایه‌گذاری طول واقعی را پنهان می‌کند: همهٔ گزارش‌های کوتاه همین اندازه را دارند.</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="127"/>
        <source>The sealed file will be exactly %1 (%2 bytes). Padding rounds the size up, so it does not show the exact length.</source>
        <translation>اندازهٔ فایل مهر و موم‌شده دقیقاً %1 (%2 بایت) خواهد بود. لایه‌گذاری اندازه را گرد می‌کند تا طول دقیق معلوم نشود.</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="132"/>
        <source>Team: %1</source>
        <translation>تیم: %1</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="134"/>
        <source>DEMO team: its keys are public. Never for a real concern.</source>
        <translation>تیم نمایشی: کلیدهایش عمومی است. هرگز برای گزارش واقعی نیست.</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="145"/>
        <source>&amp;Go to the form</source>
        <translation>رفتن به فرم</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="154"/>
        <source>Your own wiki username appears in: %1. If this report were ever exposed, it could point to you. Remove it unless the team needs it.</source>
        <translation>نام کاربری ویکی شما در این بخش‌ها آمده است: %1. اگر این گزارش روزی فاش شود، ممکن است به شما اشاره کند. مگر اینکه تیم به آن نیاز دارد، حذفش کنید.</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="156"/>
        <source>&amp;Edit the form</source>
        <translation>ویرایش فرم</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../../editor/review_summary.py" line="25"/>
        <source> … (%1 more characters)</source>
        <translation> … (%1 نویسهٔ دیگر)</translation>
    </message>
    <message>
        <location filename="../../editor/review_summary.py" line="33"/>
        <source>metadata removed: %1</source>
        <translation>فراداده حذف شد: %1</translation>
    </message>
    <message>
        <location filename="../../editor/review_summary.py" line="35"/>
        <source>no metadata found</source>
        <translation>فراداده‌ای پیدا نشد</translation>
    </message>
    <message>
        <location filename="../../editor/review_summary.py" line="37"/>
        <source>⚠ original kept as evidence, with its metadata</source>
        <translation>⚠ نسخهٔ اصلی به عنوان مدرک، با فراداده‌اش، نگه داشته شد</translation>
    </message>
    <message>
        <location filename="../../editor/review_summary.py" line="38"/>
        <source>⚠ metadata cannot be removed from this type</source>
        <translation>⚠ فرادادهٔ این نوع فایل را نمی‌توان حذف کرد</translation>
    </message>
    <message>
        <location filename="../../editor/review_summary.py" line="58"/>
        <source>What will be sent</source>
        <translation>آنچه فرستاده می‌شود</translation>
    </message>
    <message>
        <location filename="../../editor/review_summary.py" line="59"/>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../../editor/review_summary.py" line="61"/>
        <source>No attachments.</source>
        <translation>پیوستی ندارد.</translation>
    </message>
</context>
<context>
    <name>SealPanel</name>
    <message>
        <location filename="../../editor/seal_panel.py" line="73"/>
        <source>&amp;Seal and save file…</source>
        <translation>مهر و موم و ذخیرهٔ فایل…</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="74"/>
        <source>Seal and save file</source>
        <translation>مهر و موم و ذخیرهٔ فایل</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="76"/>
        <source>Seal into the &amp;outbox</source>
        <translation>مهر و موم در صندوق خروجی</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="77"/>
        <source>Seal into the outbox</source>
        <translation>مهر و موم در صندوق خروجی</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="78"/>
        <source>Copy as &amp;text</source>
        <translation>رونوشت به صورت متن</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="79"/>
        <source>Copy as text</source>
        <translation>رونوشت به صورت متن</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="80"/>
        <source>Show &amp;QR codes</source>
        <translation>نمایش کدهای QR</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="81"/>
        <source>Show QR codes</source>
        <translation>نمایش کدهای QR</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="82"/>
        <source>S&amp;plit into parts…</source>
        <translation>تقسیم به چند بخش…</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="83"/>
        <source>Split into parts</source>
        <translation>تقسیم به چند بخش</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="84"/>
        <source>QR codes are offered for short reports without attachments.</source>
        <translation>کدهای QR فقط برای گزارش‌های کوتاه بدون پیوست ارائه می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="96"/>
        <source>Sealing progress</source>
        <translation>پیشرفت مهر و موم</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="98"/>
        <source>&amp;Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="99"/>
        <source>Cancel sealing</source>
        <translation>لغو مهر و موم</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="100"/>
        <source>Sealing… Nothing is saved until it is complete, and Cancel leaves nothing behind.</source>
        <translation>در حال مهر و موم… تا کامل نشود چیزی ذخیره نمی‌شود، و لغو هیچ ردی باقی نمی‌گذارد.</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="223"/>
        <source>Save the sealed file</source>
        <translation>ذخیرهٔ فایل مهر و موم‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="247"/>
        <source>Sealed and saved as %1 (%2). Send this file to your team any way you like: only they can open it.</source>
        <translation>مهر و موم و با نام %1 (%2) ذخیره شد. این فایل را به هر روشی که می‌خواهید برای تیمتان بفرستید: فقط آن‌ها می‌توانند بازش کنند.</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="255"/>
        <source>Sealed into the outbox as %1 (%2). Save a copy from the Outbox page when you are ready to send it.</source>
        <translation>در صندوق خروجی با نام %1 (%2) مهر و موم شد. هر وقت آمادهٔ فرستادن بودید، از صفحهٔ صندوق خروجی یک نسخه ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="273"/>
        <source>The sealed text is on the clipboard. Paste it into an e-mail or a message now: the clipboard will be cleared in %1 seconds, and when Sealnote closes or locks.</source>
        <translation>متن مهر و موم‌شده در کلیپ‌بورد است. همین حالا آن را در یک ایمیل یا پیام بچسبانید: کلیپ‌بورد پس از %1 ثانیه، و هنگام بستن یا قفل شدن Sealnote، پاک می‌شود.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../editor/security_page.py" line="48"/>
        <source>Security and privacy</source>
        <translation>امنیت و حریم خصوصی</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="69"/>
        <source>Locking</source>
        <translation>قفل شدن</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="71"/>
        <source>Lock &amp;automatically after</source>
        <translation>قفل خودکار پس از</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="72"/>
        <source>Lock automatically after</source>
        <translation>قفل خودکار پس از</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="74"/>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="74"/>
        <source>%1 minutes without activity</source>
        <translation>%1 دقیقه بی‌فعالیتی</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="81"/>
        <source>&amp;Lock now</source>
        <translation>اکنون قفل کن</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="82"/>
        <source>Lock now</source>
        <translation>اکنون قفل کن</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="91"/>
        <source>Locking closes your drafts and clears the form and the clipboard. Ctrl+L locks at any time.</source>
        <translation>قفل کردن پیش‌نویس‌ها را می‌بندد و فرم و کلیپ‌بورد را پاک می‌کند. Ctrl+L هر زمان قفل می‌کند.</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="96"/>
        <source>System keyring</source>
        <translation>جاکلیدی سیستم</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="98"/>
        <source>Also unlock with the system &amp;keyring</source>
        <translation>باز کردن قفل با جاکلیدی سیستم هم ممکن باشد</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="99"/>
        <source>Also unlock with the system keyring</source>
        <translation>باز کردن قفل با جاکلیدی سیستم هم ممکن باشد</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="106"/>
        <source>Convenient, but then anyone who can use your account on this computer can open your drafts without the passphrase. The keyring holds a random key, never your passphrase.</source>
        <translation>راحت است، اما آن وقت هر کس بتواند از حساب شما روی این رایانه استفاده کند، پیش‌نویس‌هایتان را بدون عبارت عبور باز می‌کند. جاکلیدی یک کلید تصادفی نگه می‌دارد، هرگز عبارت عبور شما را.</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="112"/>
        <location filename="../../editor/security_page.py" line="119"/>
        <source>Change the passphrase</source>
        <translation>تغییر عبارت عبور</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="114"/>
        <source>&amp;Current passphrase</source>
        <translation>عبارت عبور فعلی</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="115"/>
        <source>Current passphrase</source>
        <translation>عبارت عبور فعلی</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="118"/>
        <source>C&amp;hange the passphrase</source>
        <translation>تغییر عبارت عبور</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="123"/>
        <source>Changing the passphrase…</source>
        <translation>در حال تغییر عبارت عبور…</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="133"/>
        <location filename="../../editor/security_page.py" line="140"/>
        <source>Quick wipe</source>
        <translation>پاک‌سازی سریع</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="136"/>
        <source>Removes Sealnote&apos;s data from this computer: the key to your drafts first, then drafts, outbox, reply keys, team card and settings. Ctrl+Shift+Delete starts it from anywhere.</source>
        <translation>داده‌های Sealnote را از این رایانه پاک می‌کند: اول کلید پیش‌نویس‌ها، سپس پیش‌نویس‌ها، صندوق خروجی، کلیدهای پاسخ، کارت تیم و تنظیمات. Ctrl+Shift+Delete آن را از هر جا آغاز می‌کند.</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="139"/>
        <source>&amp;Quick wipe…</source>
        <translation>پاک‌سازی سریع…</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="165"/>
        <source>Checking the system keyring…</source>
        <translation>در حال بررسی جاکلیدی سیستم…</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="199"/>
        <source>Sealnote will unlock with the system keyring when you start it.</source>
        <translation>‏Sealnote هنگام اجرا با جاکلیدی سیستم قفلش را باز می‌کند.</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="200"/>
        <source>Keyring unlock is off: only your passphrase opens the drafts.</source>
        <translation>باز کردن قفل با جاکلیدی خاموش است: فقط عبارت عبور شما پیش‌نویس‌ها را باز می‌کند.</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="212"/>
        <source>Choose a stronger new passphrase and type it twice.</source>
        <translation>یک عبارت عبور تازهٔ قوی‌تر انتخاب کنید و دو بار بنویسید.</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="223"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>عبارت عبور تغییر کرد. از این به بعد عبارت تازه را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../editor/security_page.py" line="229"/>
        <source>The current passphrase is not right.</source>
        <translation>عبارت عبور فعلی درست نیست.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../editor/gate_pages.py" line="148"/>
        <source>Sealnote is locked</source>
        <translation>‏Sealnote قفل است</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="149"/>
        <source>Type your passphrase to open your drafts.</source>
        <translation>برای باز کردن پیش‌نویس‌هایتان عبارت عبور را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="152"/>
        <source>&amp;Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="153"/>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="156"/>
        <source>&amp;Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="156"/>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="159"/>
        <source>Unlock with the system &amp;keyring</source>
        <translation>باز کردن قفل با جاکلیدی سیستم</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="161"/>
        <source>Unlock with the system keyring</source>
        <translation>باز کردن قفل با جاکلیدی سیستم</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="163"/>
        <source>Unlocking…</source>
        <translation>در حال باز کردن قفل…</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="176"/>
        <source>I &amp;forgot my passphrase</source>
        <translation>عبارت عبورم را فراموش کرده‌ام</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="177"/>
        <source>I forgot my passphrase</source>
        <translation>عبارت عبورم را فراموش کرده‌ام</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="181"/>
        <source>Forgotten passphrase</source>
        <translation>عبارت عبور فراموش‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="184"/>
        <source>Without the passphrase nobody can open your drafts, not even you. Starting over deletes them for good and lets you choose a new passphrase. Your team card and sealed files in the outbox are kept.</source>
        <translation>بدون عبارت عبور هیچ‌کس نمی‌تواند پیش‌نویس‌های شما را باز کند، حتی خودتان. شروع دوباره آن‌ها را برای همیشه حذف می‌کند و می‌گذارد عبارت عبور تازه‌ای انتخاب کنید. کارت تیم و فایل‌های مهر و موم‌شدهٔ صندوق خروجی می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="187"/>
        <source>&amp;Delete my drafts and start over</source>
        <translation>پیش‌نویس‌هایم را حذف کن و از نو شروع کن</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="188"/>
        <source>Delete my drafts and start over</source>
        <translation>پیش‌نویس‌هایم را حذف کن و از نو شروع کن</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="191"/>
        <source>&amp;Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="192"/>
        <source>Cancel: keep my drafts</source>
        <translation>لغو: پیش‌نویس‌هایم بمانند</translation>
    </message>
</context>
<context>
    <name>Wipe</name>
    <message>
        <location filename="../../editor/gate.py" line="22"/>
        <source>the key to the drafts</source>
        <translation>کلید پیش‌نویس‌ها</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="23"/>
        <source>the drafts</source>
        <translation>پیش‌نویس‌ها</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="24"/>
        <source>the outbox</source>
        <translation>صندوق خروجی</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="25"/>
        <source>the kept reply keys</source>
        <translation>کلیدهای پاسخ نگه‌داشته‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="26"/>
        <source>the team card and settings</source>
        <translation>کارت تیم و تنظیمات</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="27"/>
        <source>the key in the system keyring</source>
        <translation>کلیدِ درون جاکلیدی سیستم</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="28"/>
        <source>temporary files</source>
        <translation>فایل‌های موقت</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="29"/>
        <source>all other app data</source>
        <translation>همهٔ دیگر داده‌های برنامه</translation>
    </message>
    <message>
        <source>reply keys and all other app data</source>
        <translation type="vanished">کلیدهای پاسخ و همهٔ دیگر داده‌های برنامه</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="36"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="40"/>
        <source>Sealnote was wiped. Removed: %1. Sealnote is now as on first use.</source>
        <translation>‏Sealnote پاک‌سازی شد. پاک شد: %1. Sealnote اکنون مانند نخستین استفاده است.</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="43"/>
        <source>The key to the drafts was destroyed, so they cannot be read. Not removed: %1. Run the quick wipe again.</source>
        <translation>کلید پیش‌نویس‌ها نابود شد، پس خوانده نمی‌شوند. پاک نشد: %1. پاک‌سازی سریع را دوباره اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../editor/gate.py" line="46"/>
        <source>The wipe did not complete. Not removed: %1. Run the quick wipe again.</source>
        <translation>پاک‌سازی کامل نشد. پاک نشد: %1. پاک‌سازی سریع را دوباره اجرا کنید.</translation>
    </message>
</context>
<context>
    <name>WipePage</name>
    <message>
        <location filename="../../editor/gate_pages.py" line="241"/>
        <source>Quick wipe</source>
        <translation>پاک‌سازی سریع</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="243"/>
        <source>This removes Sealnote&apos;s data from this computer. First the key that protects your drafts is destroyed, so they can no longer be read; then the drafts, sealed files kept in the outbox, reply keys, the team card and the settings are deleted.</source>
        <translation>این کار داده‌های Sealnote را از این رایانه پاک می‌کند. اول کلیدی که از پیش‌نویس‌های شما محافظت می‌کند نابود می‌شود، تا دیگر خوانده نشوند؛ سپس پیش‌نویس‌ها، فایل‌های مهر و موم‌شدهٔ صندوق خروجی، کلیدهای پاسخ، کارت تیم و تنظیمات حذف می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="248"/>
        <source>It cannot be undone. Files you saved elsewhere are not touched. Afterwards Sealnote starts as on first use.</source>
        <translation>برگشت‌پذیر نیست. به فایل‌هایی که جای دیگری ذخیره کرده‌اید دست زده نمی‌شود. پس از آن Sealnote مانند نخستین استفاده آغاز می‌شود.</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="252"/>
        <source>Wiping…</source>
        <translation>در حال پاک‌سازی…</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="254"/>
        <source>&amp;Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="255"/>
        <source>Cancel the wipe</source>
        <translation>لغو پاک‌سازی</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="257"/>
        <source>&amp;Wipe now</source>
        <translation>اکنون پاک کن</translation>
    </message>
    <message>
        <location filename="../../editor/gate_pages.py" line="258"/>
        <source>Wipe now</source>
        <translation>اکنون پاک کن</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../editor/window_parts.py" line="91"/>
        <source>RAM-only: nothing is saved on this computer. Locking or closing Sealnote discards what you wrote.</source>
        <translation>فقط حافظه: چیزی روی این رایانه ذخیره نمی‌شود. قفل کردن یا بستن Sealnote نوشته‌های شما را از بین می‌برد.</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="107"/>
        <source>Team card</source>
        <translation>کارت تیم</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="107"/>
        <source>Drafts</source>
        <translation>پیش‌نویس‌ها</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="108"/>
        <source>Your concern</source>
        <translation>گزارش شما</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="108"/>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="109"/>
        <source>Review and seal</source>
        <translation>بازبینی و مهر و موم</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="109"/>
        <source>Outbox</source>
        <translation>صندوق خروجی</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="118"/>
        <source>Securit&amp;y</source>
        <translation>امنیت</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="119"/>
        <source>Security and privacy</source>
        <translation>امنیت و حریم خصوصی</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="120"/>
        <source>Loc&amp;k</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="120"/>
        <source>Lock now</source>
        <translation>اکنون قفل کن</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="130"/>
        <source>DEMO — workshop mode: the demo team&apos;s keys are public; never use for a real concern</source>
        <translation>‏DEMO · نمایشی — حالت کارگاه: کلیدهای تیم نمایشی عمومی‌اند؛ هرگز برای گزارش واقعی استفاده نکنید</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="133"/>
        <source>&amp;Reset demo</source>
        <translation>بازنشانی نمایش</translation>
    </message>
    <message>
        <location filename="../../editor/window_parts.py" line="134"/>
        <source>Reset demo</source>
        <translation>بازنشانی نمایش</translation>
    </message>
</context>
</TS>

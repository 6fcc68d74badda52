<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AttachmentModel</name>
    <message>
        <location filename="../../editor/attachment_model.py" line="69"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="69"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="69"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="69"/>
        <source>Metadata</source>
        <translation>فراداده</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="87"/>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="106"/>
        <source>⚠ Metadata stays: this type cannot be cleaned (it may hold names, dates or places)</source>
        <translation>⚠ فراداده می‌ماند: این نوع فایل پاک‌شدنی نیست (ممکن است نام، تاریخ یا مکان داشته باشد)</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="109"/>
        <source>No metadata found</source>
        <translation>فراداده‌ای پیدا نشد</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="111"/>
        <source>Metadata removed: %1</source>
        <translation>فراداده حذف شد: %1</translation>
    </message>
    <message>
        <location filename="../../editor/attachment_model.py" line="113"/>
        <source> — ⚠ original also kept, with its metadata</source>
        <translation> — ⚠ نسخهٔ اصلی هم، با فراداده‌اش، نگه داشته شد</translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <location filename="../../editor/attachments_page.py" line="52"/>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="54"/>
        <source>Add photos, videos or documents of any size, or drag them here. Pictures (JPEG, PNG, WebP, GIF) are cleaned of hidden data such as location and camera before sealing; other types cannot be cleaned.</source>
        <translation>عکس، ویدیو یا سند با هر اندازه‌ای اضافه کنید یا آن‌ها را اینجا بکشید. تصویرها (JPEG، PNG، WebP، GIF) پیش از مهر و موم از داده‌های پنهان مثل مکان و دوربین پاک می‌شوند؛ انواع دیگر پاک‌شدنی نیستند.</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="66"/>
        <source>&amp;Add files…</source>
        <translation>افزودن فایل…</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="67"/>
        <location filename="../../editor/attachments_page.py" line="128"/>
        <source>Add files</source>
        <translation>افزودن فایل</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="68"/>
        <source>&amp;Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="69"/>
        <source>Remove the selected file</source>
        <translation>حذف فایل انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="79"/>
        <source>Attached files</source>
        <translation>فایل‌های پیوست</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="93"/>
        <source>Select all</source>
        <translation>انتخاب همه</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="98"/>
        <source>Selected file</source>
        <translation>فایل انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="101"/>
        <source>&amp;Keep the original as evidence</source>
        <translation>نگه داشتن نسخهٔ اصلی به عنوان مدرک</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="102"/>
        <source>Keep the original as evidence</source>
        <translation>نگه داشتن نسخهٔ اصلی به عنوان مدرک</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="106"/>
        <source>The original keeps its hidden data, such as where and when the photo was taken and with which camera: only keep it if the team needs it as proof.</source>
        <translation>نسخهٔ اصلی داده‌های پنهانش را نگه می‌دارد، مثل اینکه عکس کجا، کی و با کدام دوربین گرفته شده: فقط اگر تیم آن را به عنوان مدرک لازم دارد نگهش دارید.</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="111"/>
        <source>&amp;Back to the form</source>
        <translation>بازگشت به فرم</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="112"/>
        <source>Back to the form</source>
        <translation>بازگشت به فرم</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="113"/>
        <source>&amp;Next: review</source>
        <translation>بعدی: بازبینی</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="114"/>
        <source>Next: review</source>
        <translation>بعدی: بازبینی</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="134"/>
        <source>This file is already attached.</source>
        <translation>این فایل از قبل پیوست شده است.</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="199"/>
        <source>Selected file: %1</source>
        <translation>فایل انتخاب‌شده: %1</translation>
    </message>
    <message>
        <location filename="../../editor/attachments_page.py" line="200"/>
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
        <location filename="../../editor/labels.py" line="39"/>
        <source>Arrest or detention</source>
        <translation>بازداشت</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="40"/>
        <source>Threat or harassment</source>
        <translation>تهدید یا آزار</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="41"/>
        <source>Doxxing (personal details exposed)</source>
        <translation>افشای اطلاعات شخصی (داکسینگ)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="42"/>
        <source>Censorship or blocking</source>
        <translation>سانسور یا فیلترینگ</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="43"/>
        <source>Legal action</source>
        <translation>اقدام قضایی</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="44"/>
        <source>Violence</source>
        <translation>خشونت</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="45"/>
        <source>Dangerous gap in coverage</source>
        <translation>کمبود خطرناک در پوشش</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="46"/>
        <source>Something else</source>
        <translation>مورد دیگر</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="52"/>
        <source>Yes, I am safe now</source>
        <translation>بله، اکنون در امانم</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="53"/>
        <source>No, I am not safe</source>
        <translation>نه، در امان نیستم</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="54"/>
        <source>I am not sure</source>
        <translation>مطمئن نیستم</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="55"/>
        <source>No, do not contact me</source>
        <translation>نه، با من تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="56"/>
        <source>Yes, with a sealed reply through this app</source>
        <translation>بله، با پاسخ مهر و موم‌شده از طریق همین برنامه</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="57"/>
        <source>Yes, through another channel (below)</source>
        <translation>بله، از کانالی دیگر (پایین)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="58"/>
        <source>Only the team may read it</source>
        <translation>فقط تیم می‌تواند آن را بخواند</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="59"/>
        <source>The team may share it with partner organisations</source>
        <translation>تیم می‌تواند آن را با سازمان‌های همکار در میان بگذارد</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="60"/>
        <source>The team may publish it, anonymised</source>
        <translation>تیم می‌تواند آن را بی‌نام منتشر کند</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="61"/>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="62"/>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="63"/>
        <source>High</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="64"/>
        <source>Critical: someone is in danger now</source>
        <translation>بحرانی: کسی همین حالا در خطر است</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../../editor/main_window.py" line="106"/>
        <source>Team card</source>
        <translation>کارت تیم</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="106"/>
        <source>Your concern</source>
        <translation>گزارش شما</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="107"/>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="107"/>
        <source>Review and seal</source>
        <translation>بازبینی و مهر و موم</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="108"/>
        <source>Outbox</source>
        <translation>صندوق خروجی</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="116"/>
        <source>DEMO — workshop mode: the demo team&apos;s keys are public; never use for a real concern</source>
        <translation>DEMO · نمایشی — حالت کارگاه: کلیدهای تیم نمایشی عمومی‌اند؛ هرگز برای گزارش واقعی استفاده نکنید</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="119"/>
        <source>&amp;Reset demo</source>
        <translation>بازنشانی نمایش</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="120"/>
        <source>Reset demo</source>
        <translation>بازنشانی نمایش</translation>
    </message>
    <message>
        <location filename="../../editor/main_window.py" line="288"/>
        <source>Close Sealnote? What you wrote has not been sealed and will be lost: nothing is saved on this computer.</source>
        <translation>Sealnote بسته شود؟ آنچه نوشته‌اید هنوز مهر و موم نشده و از بین می‌رود: چیزی روی این رایانه ذخیره نمی‌شود.</translation>
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
        <location filename="../../editor/labels.py" line="15"/>
        <source>&amp;Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="16"/>
        <source>Cate&amp;gory</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="17"/>
        <source>&amp;Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="18"/>
        <source>&amp;What happened</source>
        <translation>چه اتفاقی افتاد</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="19"/>
        <source>Wh&amp;en</source>
        <translation>کی</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="20"/>
        <source>Whe&amp;re (optional, coarse)</source>
        <translation>کجا (اختیاری، تقریبی)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="21"/>
        <source>Wh&amp;o is affected</source>
        <translation>چه کسی آسیب دیده</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="22"/>
        <source>Are you &amp;safe now?</source>
        <translation>آیا اکنون در امان هستید؟</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="23"/>
        <source>May the team &amp;contact you?</source>
        <translation>آیا تیم می‌تواند با شما تماس بگیرد؟</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="24"/>
        <source>&amp;How to reach you (other channel)</source>
        <translation>راه تماس با شما (کانال دیگر)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="25"/>
        <source>What may the te&amp;am do with it? (consent)</source>
        <translation>تیم با آن چه کاری می‌تواند بکند؟ (رضایت)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="26"/>
        <source>Wiki usernames in&amp;volved</source>
        <translation>نام‌های کاربری ویکیِ مرتبط</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="27"/>
        <source>Wiki &amp;pages involved</source>
        <translation>صفحه‌های ویکیِ مرتبط</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="28"/>
        <source>Revision or diff &amp;links</source>
        <translation>پیوندهای نسخه یا تفاوت</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="82"/>
        <source>A few words, e.g. “Editor threatened over an article”</source>
        <translation>چند کلمه، مثلاً «تهدید یک ویرایشگر به خاطر یک مقاله»</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="83"/>
        <source>Describe what happened, in your own words. Take your time.</source>
        <translation>آنچه را رخ داد با کلمات خودتان شرح دهید. عجله نکنید.</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="85"/>
        <source>A date (2026-03-14) or words (“early March”)</source>
        <translation>یک تاریخ (2026-03-14) یا به کلمات («اوایل اسفند»)</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="86"/>
        <source>A city or region at most. Never your address.</source>
        <translation>حداکثر یک شهر یا منطقه. هرگز نشانی خودتان را ننویسید.</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="87"/>
        <source>e.g. “two editors of the article”</source>
        <translation>مثلاً «دو ویرایشگر مقاله»</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="88"/>
        <source>e.g. a Signal number or an e-mail address</source>
        <translation>مثلاً یک شمارهٔ Signal یا یک نشانی ایمیل</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="89"/>
        <source>One username per line</source>
        <translation>در هر خط یک نام کاربری</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="90"/>
        <source>One page title per line</source>
        <translation>در هر خط عنوان یک صفحه</translation>
    </message>
    <message>
        <location filename="../../editor/labels.py" line="91"/>
        <source>One link per line, https://…</source>
        <translation>در هر خط یک پیوند، https://…</translation>
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
        <source>Only used on this computer to warn you if it appears in the report.</source>
        <translation>فقط روی همین رایانه به کار می‌رود تا اگر در گزارش آمده باشد به شما هشدار دهد.</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="105"/>
        <source>Only used to warn you; not sealed, not saved</source>
        <translation>فقط برای هشدار؛ نه مهر و موم می‌شود، نه ذخیره</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="115"/>
        <source>&amp;Next: attachments</source>
        <translation>بعدی: پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="116"/>
        <source>Next: attachments</source>
        <translation>بعدی: پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../../editor/form_page.py" line="147"/>
        <source>Your username appears in: %1. If this report were ever exposed, it could point to you. Remove it unless the team needs it.</source>
        <translation>نام کاربری شما در این بخش‌ها آمده است: %1. اگر این گزارش روزی فاش شود، ممکن است به شما اشاره کند. مگر اینکه تیم به آن نیاز دارد، حذفش کنید.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../messages.py" line="20"/>
        <source>This report cannot be opened. It was not sealed to your team&apos;s keys, or it was damaged on the way.</source>
        <translation>این گزارش باز نمی‌شود. یا با کلیدهای تیم شما مهر و موم نشده، یا در راه آسیب دیده است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="24"/>
        <source>The text is not a complete sealed message. Copy everything from the BEGIN line to the END line.</source>
        <translation>این متن یک پیام مهر و موم‌شدهٔ کامل نیست. همه چیز را از خط BEGIN تا خط END رونوشت کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="28"/>
        <source>Parts {missing} of {total} are missing.</source>
        <translation>بخش‌های {missing} از {total} کم است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="31"/>
        <source>This is not a valid team card. It may be damaged or forged: get the card again from your team.</source>
        <translation>این کارت تیمِ معتبری نیست. ممکن است آسیب دیده یا جعلی باشد: کارت را دوباره از تیمتان بگیرید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="35"/>
        <source>This team card has expired. Ask your team for their current card.</source>
        <translation>اعتبار این کارت تیم تمام شده است. کارت فعلی را از تیمتان بخواهید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="38"/>
        <source>This is the public demo card: it only works in demo mode. Import your team&apos;s real card.</source>
        <translation>این کارت نمایشیِ عمومی است: فقط در حالت نمایشی کار می‌کند. کارت واقعی تیمتان را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="42"/>
        <source>Demo mode only uses the built-in demo team. Start Sealnote without demo mode to use a real team card.</source>
        <translation>حالت نمایشی فقط از تیم نمایشیِ داخلی استفاده می‌کند. برای استفاده از کارت واقعی، Sealnote را بدون حالت نمایشی اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="46"/>
        <source>This is not a usable key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../messages.py" line="49"/>
        <source>The key file asks for unsafe settings. It was not made by Sealnote or was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../messages.py" line="53"/>
        <source>Wrong passphrase, or the key file was altered. Check the keyboard layout and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../messages.py" line="57"/>
        <source>This key is not valid. Copy the whole key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../messages.py" line="60"/>
        <source>The passphrase is too short: use at least 8 characters. Several words are best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../messages.py" line="64"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../messages.py" line="67"/>
        <source>No passphrase was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../messages.py" line="76"/>
        <source>Some fields need attention. They are marked in the form.</source>
        <translation>چند فیلد نیاز به توجه دارند. در فرم علامت خورده‌اند.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="79"/>
        <source>A file cannot be read. Check that it still exists.</source>
        <translation>یک فایل خوانده نمی‌شود. بررسی کنید که هنوز وجود دارد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="82"/>
        <source>This is not a regular file. Attach files, not folders.</source>
        <translation>این یک فایل معمولی نیست. فایل پیوست کنید، نه پوشه.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="85"/>
        <source>The file cannot be read.</source>
        <translation>فایل خوانده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="88"/>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>فایلی با این نام وجود دارد. نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="91"/>
        <source>Refusing to write binary data to a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../messages.py" line="94"/>
        <source>Writing failed (is the disk full or write-protected?). Nothing was left half-written.</source>
        <translation>نوشتن ناموفق بود (دیسک پر است یا قفل نوشتن دارد؟). چیزی نیمه‌کاره باقی نماند.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="98"/>
        <source>A file operation failed. Check the place you chose and the free space.</source>
        <translation>یک عمل روی فایل ناموفق بود. جایی را که انتخاب کردید و فضای خالی را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="101"/>
        <source>A file changed while it was being sealed. Nothing was written: please try again.</source>
        <translation>یک فایل هنگام مهر و موم تغییر کرد. چیزی نوشته نشد: لطفاً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="105"/>
        <source>Sealing failed. Nothing was written.</source>
        <translation>مهر و موم ناموفق بود. چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="108"/>
        <source>The team name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../messages.py" line="111"/>
        <source>The validity must be 1 to 1830 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../messages.py" line="114"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>لغو شد. چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="117"/>
        <source>Out of memory. Close other programs and try again.</source>
        <translation>حافظه کافی نیست. برنامه‌های دیگر را ببندید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="120"/>
        <source>Something unexpected went wrong. Nothing was sent anywhere.</source>
        <translation>مشکلی غیرمنتظره پیش آمد. چیزی به هیچ جا فرستاده نشد.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="129"/>
        <source>Please fill this in.</source>
        <translation>لطفاً این را پر کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="132"/>
        <source>This is too long. Please shorten it.</source>
        <translation>این خیلی طولانی است. لطفاً کوتاهش کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="135"/>
        <source>Please choose one of the options.</source>
        <translation>لطفاً یکی از گزینه‌ها را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="138"/>
        <source>This date does not exist. Use YYYY-MM-DD, or describe it in words.</source>
        <translation>این تاریخ وجود ندارد. از YYYY-MM-DD استفاده کنید یا آن را با کلمات بنویسید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="141"/>
        <source>This date is in the future.</source>
        <translation>این تاریخ در آینده است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="144"/>
        <source>One of the links is not a web address. Put one link per line, starting with https://</source>
        <translation>یکی از پیوندها نشانی وب نیست. در هر خط یک پیوند بگذارید که با https:// شروع شود</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="148"/>
        <source>Say how the team can reach you, or choose another contact option.</source>
        <translation>بگویید تیم چطور می‌تواند با شما تماس بگیرد، یا گزینهٔ تماس دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="157"/>
        <source>This is not a file of the outbox.</source>
        <translation>این فایلِ صندوق خروجی نیست.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="160"/>
        <source>This file is no longer in the outbox.</source>
        <translation>این فایل دیگر در صندوق خروجی نیست.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="163"/>
        <source>This report is too long for QR codes. Save a file instead.</source>
        <translation>این گزارش برای کد QR خیلی طولانی است. به جایش یک فایل ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="166"/>
        <source>This report is too large to export as text. Save a file instead.</source>
        <translation>این گزارش برای خروجی متنی خیلی بزرگ است. به جایش یک فایل ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="169"/>
        <source>This file cannot be read as a team card.</source>
        <translation>این فایل به عنوان کارت تیم خوانده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="172"/>
        <source>This file is already attached.</source>
        <translation>این فایل از قبل پیوست شده است.</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="175"/>
        <source>Still checking the attachments: sealing is possible in a moment.</source>
        <translation>پیوست‌ها هنوز در حال بررسی‌اند: تا لحظه‌ای دیگر مهر و موم ممکن می‌شود.</translation>
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
        <location filename="../../editor/outbox_page.py" line="154"/>
        <location filename="../../editor/outbox_page.py" line="190"/>
        <source>Select a file first.</source>
        <translation>اول یک فایل انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="177"/>
        <source>Delete sealed file</source>
        <translation>حذف فایل مهر و موم‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="178"/>
        <source>Delete this sealed file from the outbox? If it was not sent yet, the report will need to be written again.</source>
        <translation>این فایل مهر و موم‌شده از صندوق خروجی حذف شود؟ اگر هنوز فرستاده نشده، باید گزارش را دوباره بنویسید.</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="192"/>
        <source>Save a copy of the sealed file</source>
        <translation>ذخیرهٔ یک نسخه از فایل مهر و موم‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/outbox_page.py" line="207"/>
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
    <name>ReviewPage</name>
    <message>
        <location filename="../../editor/review_page.py" line="45"/>
        <source>Review and seal</source>
        <translation>بازبینی و مهر و موم</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="51"/>
        <source>What will be sent</source>
        <translation>آنچه فرستاده می‌شود</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="57"/>
        <source>&amp;Back to attachments</source>
        <translation>بازگشت به پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="58"/>
        <source>Back to attachments</source>
        <translation>بازگشت به پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="67"/>
        <source>Sealed for</source>
        <translation>مهر و موم برای</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="71"/>
        <source>Team fingerprint</source>
        <translation>اثر انگشت تیم</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="77"/>
        <source>Seal and export</source>
        <translation>مهر و موم و خروجی</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="96"/>
        <source>The sealed file will be exactly %1 (%2 bytes). Padding hides the real length: every short report has this same size.</source>
        <translation>اندازهٔ فایل مهر و موم‌شده دقیقاً %1 (%2 بایت) خواهد بود. لایه‌گذاری طول واقعی را پنهان می‌کند: همهٔ گزارش‌های کوتاه همین اندازه را دارند.</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="99"/>
        <source>The sealed file will be exactly %1 (%2 bytes). Padding rounds the size up, so it does not show the exact length.</source>
        <translation>اندازهٔ فایل مهر و موم‌شده دقیقاً %1 (%2 بایت) خواهد بود. لایه‌گذاری اندازه را گرد می‌کند تا طول دقیق معلوم نشود.</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="104"/>
        <source>Team: %1</source>
        <translation>تیم: %1</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="106"/>
        <source>DEMO team: its keys are public. Never for a real concern.</source>
        <translation>تیم نمایشی: کلیدهایش عمومی است. هرگز برای گزارش واقعی نیست.</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="117"/>
        <source>&amp;Go to the form</source>
        <translation>رفتن به فرم</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="126"/>
        <source>Your own wiki username appears in: %1. If this report were ever exposed, it could point to you. Remove it unless the team needs it.</source>
        <translation>نام کاربری ویکی شما در این بخش‌ها آمده است: %1. اگر این گزارش روزی فاش شود، ممکن است به شما اشاره کند. مگر اینکه تیم به آن نیاز دارد، حذفش کنید.</translation>
    </message>
    <message>
        <location filename="../../editor/review_page.py" line="128"/>
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
        <location filename="../../editor/seal_panel.py" line="67"/>
        <source>&amp;Seal and save file…</source>
        <translation>مهر و موم و ذخیرهٔ فایل…</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="68"/>
        <source>Seal and save file</source>
        <translation>مهر و موم و ذخیرهٔ فایل</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="70"/>
        <source>Seal into the &amp;outbox</source>
        <translation>مهر و موم در صندوق خروجی</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="71"/>
        <source>Seal into the outbox</source>
        <translation>مهر و موم در صندوق خروجی</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="72"/>
        <source>Copy as &amp;text</source>
        <translation>رونوشت به صورت متن</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="73"/>
        <source>Copy as text</source>
        <translation>رونوشت به صورت متن</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="74"/>
        <source>Show &amp;QR codes</source>
        <translation>نمایش کدهای QR</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="75"/>
        <source>Show QR codes</source>
        <translation>نمایش کدهای QR</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="76"/>
        <source>S&amp;plit into parts…</source>
        <translation>تقسیم به چند بخش…</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="77"/>
        <source>Split into parts</source>
        <translation>تقسیم به چند بخش</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="78"/>
        <source>QR codes are offered for short reports without attachments.</source>
        <translation>کدهای QR فقط برای گزارش‌های کوتاه بدون پیوست ارائه می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="90"/>
        <source>Sealing progress</source>
        <translation>پیشرفت مهر و موم</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="92"/>
        <source>&amp;Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="93"/>
        <source>Cancel sealing</source>
        <translation>لغو مهر و موم</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="94"/>
        <source>Sealing… Nothing is saved until it is complete, and Cancel leaves nothing behind.</source>
        <translation>در حال مهر و موم… تا کامل نشود چیزی ذخیره نمی‌شود، و لغو هیچ ردی باقی نمی‌گذارد.</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="171"/>
        <source>Save the sealed file</source>
        <translation>ذخیرهٔ فایل مهر و موم‌شده</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="195"/>
        <source>Sealed and saved as %1 (%2). Send this file to your team any way you like: only they can open it.</source>
        <translation>مهر و موم و با نام %1 (%2) ذخیره شد. این فایل را به هر روشی که می‌خواهید برای تیمتان بفرستید: فقط آن‌ها می‌توانند بازش کنند.</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="203"/>
        <source>Sealed into the outbox as %1 (%2). Save a copy from the Outbox page when you are ready to send it.</source>
        <translation>در صندوق خروجی با نام %1 (%2) مهر و موم شد. هر وقت آمادهٔ فرستادن بودید، از صفحهٔ صندوق خروجی یک نسخه ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../editor/seal_panel.py" line="221"/>
        <source>The sealed text is on the clipboard. Paste it into an e-mail or a message now: the clipboard will be cleared in %1 seconds, and when Sealnote closes.</source>
        <translation>متن مهر و موم‌شده در کلیپ‌بورد است. همین حالا آن را در یک ایمیل یا پیام بچسبانید: کلیپ‌بورد پس از %1 ثانیه و هنگام بستن Sealnote پاک می‌شود.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Pick records from your Discogs collection and print a QR sticker for each, linking to its Discogs page: label sheets, label printers, images, or a batch CSV for QR Factory 3.</source>
        <translation>Выбирайте пластинки из своей коллекции Discogs и печатайте для каждой QR-наклейку со ссылкой на её страницу на Discogs: на листах этикеток, на принтерах этикеток, в виде изображений или как пакетный CSV-файл для QR Factory 3.</translation>
    </message>
    <message>
        <source>Data from &lt;a href=&quot;https://www.discogs.com/&quot;&gt;Discogs&lt;/a&gt;. This app is not affiliated with Discogs.</source>
        <translation>Данные с &lt;a href=&quot;https://www.discogs.com/&quot;&gt;Discogs&lt;/a&gt;. Это приложение не связано с Discogs.</translation>
    </message>
</context>
<context>
    <name>AccountController</name>
    <message>
        <source>Signed in as %1</source>
        <extracomment>source, demo, credentials (or None), keep the checks (the same account again)</extracomment>
        <translation>Вход выполнен: %1</translation>
    </message>
    <message>
        <source>Demo collection</source>
        <translation>Демо-коллекция</translation>
    </message>
    <message>
        <source>Checking the Discogs sign-in…</source>
        <translation>Проверка входа в Discogs…</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Bring the collection up to date with Discogs (F5)</source>
        <translation>Синхронизировать коллекцию с Discogs (F5)</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>Полное о&amp;бновление</translation>
    </message>
    <message>
        <source>Read the whole collection from Discogs again</source>
        <translation>Заново прочитать всю коллекцию с Discogs</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>Пре&amp;рвать загрузку</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Остановить загрузку</translation>
    </message>
    <message>
        <source>Preview checked…</source>
        <translation>Просмотр…</translation>
    </message>
    <message>
        <source>Preview and export the checked releases</source>
        <translation>Просмотреть и экспортировать отмеченные релизы</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>Check &amp;all shown</source>
        <translation>Отметить &amp;все показанные</translation>
    </message>
    <message>
        <source>Check every release shown (Ctrl+A)</source>
        <translation>Отметить все показанные релизы (Ctrl+A)</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>Сн&amp;ять все отметки</translation>
    </message>
    <message>
        <source>Uncheck every release shown (Ctrl+Shift+A)</source>
        <translation>Снять отметки со всех показанных релизов (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Invert checks</source>
        <translation>&amp;Инвертировать отметки</translation>
    </message>
    <message>
        <source>Invert the checks of the releases shown (Ctrl+I)</source>
        <translation>Инвертировать отметки показанных релизов (Ctrl+I)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <source>Go to &amp;folders</source>
        <translation>К &amp;папкам</translation>
    </message>
    <message>
        <source>Go to &amp;releases</source>
        <translation>К &amp;релизам</translation>
    </message>
    <message>
        <source>&amp;Open release page</source>
        <translation>Открыть с&amp;траницу релиза</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Войти через Discogs</translation>
    </message>
    <message>
        <source>Use a personal access &amp;token…</source>
        <translation>Личный &amp;токен доступа…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <source>Forget the saved sign-in</source>
        <translation>Забыть сохранённый вход</translation>
    </message>
    <message>
        <source>Open the &amp;demo collection</source>
        <translation>Открыть &amp;демо-коллекцию</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Папка &amp;журналов</translation>
    </message>
    <message>
        <source>&amp;About Discogs QR Export</source>
        <translation>&amp;О программе Discogs QR Export</translation>
    </message>
    <message>
        <source>Show co&amp;vers</source>
        <translation>Пока&amp;зывать обложки</translation>
    </message>
    <message>
        <source>Show each record&apos;s cover in the table</source>
        <translation>Показывать в таблице обложку каждой пластинки</translation>
    </message>
    <message>
        <source>&amp;Larger covers</source>
        <translation>&amp;Крупные обложки</translation>
    </message>
    <message>
        <source>Taller rows with larger covers</source>
        <translation>Более высокие строки с крупными обложками</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Enabled only while the collection browser is shown.</extracomment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Столбцы</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Учётная запись</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Закрыть сообщение</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ни одного</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Инверсия</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Age of the collection field values</source>
        <translation>Давность значений полей коллекции</translation>
    </message>
    <message>
        <source>When the collection field values shown were last read from Discogs</source>
        <translation>Когда показанные значения полей коллекции были в последний раз прочитаны с Discogs</translation>
    </message>
    <message>
        <source>Preview checked…</source>
        <translation>Просмотр…</translation>
    </message>
    <message>
        <source>Preview checked releases</source>
        <translation>Просмотр отмеченных релизов</translation>
    </message>
    <message>
        <source>Preview and export the checked releases (Ctrl+P)</source>
        <translation>Просмотреть и экспортировать отмеченные релизы (Ctrl+P)</translation>
    </message>
    <message>
        <source>Releases and preview</source>
        <translation>Релизы и просмотр</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Релизы</translation>
    </message>
    <message>
        <source>fields read just now</source>
        <extracomment>() -&gt; when the field values shown were last read from Discogs (None: not known)</extracomment>
        <translation>поля прочитаны только что</translation>
    </message>
    <message numerus="yes">
        <source>fields read %n min ago</source>
        <translation>
            <numerusform>поля прочитаны %n мин. назад</numerusform>
            <numerusform>поля прочитаны %n мин. назад</numerusform>
            <numerusform>поля прочитаны %n мин. назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fields read %n h ago</source>
        <translation>
            <numerusform>поля прочитаны %n ч назад</numerusform>
            <numerusform>поля прочитаны %n ч назад</numerusform>
            <numerusform>поля прочитаны %n ч назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fields read %n days ago</source>
        <translation>
            <numerusform>поля прочитаны %n день назад</numerusform>
            <numerusform>поля прочитаны %n дня назад</numerusform>
            <numerusform>поля прочитаны %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown · %2 selected</source>
        <extracomment>(history, instances, folder names) -&gt; None: works out which exported records would now print differently (in a worker) and passes their ids to :meth:`set_changed_ids` () -&gt; the collection field holding the &quot;printed&quot; marks on Discogs, or None</extracomment>
        <translation>%1 показано · %2 отмечено</translation>
    </message>
    <message>
        <source>%1 in folder</source>
        <translation>%1 в папке</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>загружено %1 из %2</translation>
    </message>
    <message>
        <source>(%1 selected not shown)</source>
        <translation>(скрыто: %1)</translation>
    </message>
    <message>
        <source>No release matches the search and filters.</source>
        <translation>Ни один релиз не подходит под поиск и фильтры.</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Эта папка пуста.</translation>
    </message>
    <message numerus="yes">
        <source>Preview %n checked…</source>
        <translation>
            <numerusform>Просмотр (%n)…</numerusform>
            <numerusform>Просмотр (%n)…</numerusform>
            <numerusform>Просмотр (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColorEditor</name>
    <message>
        <source>Choose a colour…</source>
        <translation>Выбрать цвет…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Выбор цвета</translation>
    </message>
</context>
<context>
    <name>ColumnDefaults</name>
    <message>
        <source>These values go into every row, for QR Factory 3 to draw each code with. A cell edited by hand in the preview keeps its own value. Hover over a name for what it means.</source>
        <extracomment>A value was changed by the user.</extracomment>
        <translation>Эти значения попадают в каждую строку — по ним QR Factory 3 рисует каждый код. Ячейка, изменённая вручную в просмотре, сохраняет своё значение. Наведите указатель на название, чтобы узнать, что оно означает.</translation>
    </message>
</context>
<context>
    <name>ColumnHelp</name>
    <message>
        <source>What the code holds. URL: the code opens a web page (the record on Discogs).</source>
        <extracomment>Columns edited on the editor&apos;s first tab; every other column is in this form. The width of the explanation under each field, in pixels (two columns fit the dialog). What each column means, in plain words (translated when shown, context &quot;ColumnHelp&quot;).</extracomment>
        <translation>Что содержит код. URL: код открывает веб-страницу (пластинку на Discogs).</translation>
    </message>
    <message>
        <source>Width and height of each QR image, in pixels.</source>
        <translation>Ширина и высота каждого QR-изображения в пикселях.</translation>
    </message>
    <message>
        <source>The image format QR Factory writes. SVG, PDF and EPS stay sharp at any size.</source>
        <translation>Формат изображений, которые создаёт QR Factory. SVG, PDF и EPS остаются чёткими при любом размере.</translation>
    </message>
    <message>
        <source>RGB for screens and home printers; CMYK for a print shop.</source>
        <translation>RGB — для экранов и домашних принтеров; CMYK — для типографии.</translation>
    </message>
    <message>
        <source>Turns the whole code by this many degrees.</source>
        <translation>Поворачивает весь код на столько градусов.</translation>
    </message>
    <message>
        <source>Error correction: how much of the code may be covered or scratched and still scan (Low about 7 %, Medium 15 %, Quartile 25 %, High 30 %). An icon in the middle covers part of the code, so keep it High.</source>
        <translation>Коррекция ошибок: какая часть кода может быть закрыта или поцарапана, чтобы он всё ещё сканировался (Low — около 7 %, Medium — 15 %, Quartile — 25 %, High — 30 %). Значок в центре закрывает часть кода, поэтому оставьте High.</translation>
    </message>
    <message>
        <source>Yes lets QR Factory choose the error correction itself; No always uses ReliabilityLevel.</source>
        <translation>Yes — QR Factory сам выбирает уровень коррекции ошибок; No — всегда используется ReliabilityLevel.</translation>
    </message>
    <message>
        <source>How round the code&apos;s small squares (its “pixels”) are drawn: 0.0 sharp squares, 1.0 round dots, in between squares with rounded corners.</source>
        <translation>Насколько круглыми рисуются маленькие квадраты кода (его «пиксели»): 0.0 — острые квадраты, 1.0 — круглые точки, между ними — квадраты со скруглёнными углами.</translation>
    </message>
    <message>
        <source>Solid: every pixel in PixelColorStart. Gradient: pixels blend from PixelColorStart to PixelColorEnd.</source>
        <translation>Solid: все пиксели цвета PixelColorStart. Gradient: пиксели плавно переходят от PixelColorStart к PixelColorEnd.</translation>
    </message>
    <message>
        <source>How the background is filled: one colour (Solid), a gradient, or nothing (Transparent).</source>
        <translation>Как заполняется фон: одним цветом (Solid), градиентом или ничем (Transparent).</translation>
    </message>
    <message>
        <source>The colour behind the code. Keep it much lighter than the pixels, or phones may not read the code.</source>
        <translation>Цвет за кодом. Он должен быть намного светлее пикселей, иначе телефоны могут не прочитать код.</translation>
    </message>
    <message>
        <source>The pixels&apos; colour (where a gradient starts).</source>
        <translation>Цвет пикселей (там, где начинается градиент).</translation>
    </message>
    <message>
        <source>Where a gradient ends; only used when PixelColorType is Gradient.</source>
        <translation>Где заканчивается градиент; используется, только если PixelColorType — Gradient.</translation>
    </message>
    <message>
        <source>The direction of the gradient, in degrees.</source>
        <translation>Направление градиента в градусах.</translation>
    </message>
    <message>
        <source>Yes fits the middle icon to the code&apos;s grid of pixels, so it covers whole pixels and cuts none in half; No places it at its exact size.</source>
        <translation>Yes подгоняет значок в центре под сетку пикселей кода, чтобы он закрывал пиксели целиком и не резал их пополам; No ставит его точно в заданном размере.</translation>
    </message>
    <message>
        <source>How big the middle icon is, in percent. A bigger icon hides more of the code.</source>
        <translation>Размер значка в центре в процентах. Чем больше значок, тем больше кода он закрывает.</translation>
    </message>
    <message>
        <source>The shape of the blank frame around the icon, or None for no frame.</source>
        <translation>Форма пустой рамки вокруг значка или None — без рамки.</translation>
    </message>
    <message>
        <source>How wide the frame around the icon is, in percent.</source>
        <translation>Ширина рамки вокруг значка в процентах.</translation>
    </message>
    <message>
        <source>How rounded a square frame&apos;s corners are (0 = sharp).</source>
        <translation>Насколько скруглены углы квадратной рамки (0 — острые).</translation>
    </message>
    <message>
        <source>The colour of the frame around the icon.</source>
        <translation>Цвет рамки вокруг значка.</translation>
    </message>
    <message>
        <source>The caption&apos;s size, in points.</source>
        <translation>Размер подписи в пунктах.</translation>
    </message>
    <message>
        <source>The caption&apos;s colour.</source>
        <translation>Цвет подписи.</translation>
    </message>
    <message>
        <source>The caption&apos;s font, by name. It must be installed on the Mac that runs QR Factory.</source>
        <translation>Шрифт подписи по названию. Он должен быть установлен на Mac, где работает QR Factory.</translation>
    </message>
    <message>
        <source>The caption font&apos;s style: Regular, Bold, Italic or Bold Italic.</source>
        <translation>Начертание шрифта подписи: Regular, Bold, Italic или Bold Italic.</translation>
    </message>
    <message>
        <source>The quiet zone: an empty margin around the code, in percent of its size. Scanners need it to find the code, so do not make it 0.</source>
        <translation>Тихая зона: пустое поле вокруг кода в процентах от его размера. Сканерам оно нужно, чтобы найти код, поэтому не ставьте 0.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. Your saved files are not affected and you can keep working; if something looks wrong, save your work and restart the app.

The report below helps to fix it. It contains no passwords or tokens.</source>
        <translation>Внутри приложения что-то пошло не так. Ваши сохранённые файлы не затронуты, и можно продолжать работу; если что-то выглядит неправильно, сохраните работу и перезапустите приложение.

Отчёт ниже поможет исправить ошибку. В нём нет паролей и токенов.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Отчёт об ошибке</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Копировать отчёт</translation>
    </message>
    <message>
        <source>Show log folder</source>
        <translation>Показать папку журналов</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message numerus="yes">
        <source>%n errors so far; the newest is shown.</source>
        <translation>
            <numerusform>Всего %n ошибка; показана последняя.</numerusform>
            <numerusform>Всего %n ошибки; показана последняя.</numerusform>
            <numerusform>Всего %n ошибок; показана последняя.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsController</name>
    <message>
        <source>The unsaved preview is restored once its records are read again…</source>
        <extracomment>The draft to load into the preview and the instances found for it ({} = none).</extracomment>
        <translation>Несохранённый предпросмотр будет восстановлен, когда его записи снова будут прочитаны…</translation>
    </message>
    <message>
        <source>Restoring the unsaved preview…</source>
        <translation>Восстановление несохранённого просмотра…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>“{value}” is not a colour like #1A2B3C.</source>
        <extracomment>Columns whose value is one of a fixed set (the preview offers a combo box). Numeric columns: (minimum, maximum, allows a fraction). Shown in the preview by default; the rest are one click away. How each placeholder is worked out; only the ones a template uses are computed.</extracomment>
        <translation>«{value}» — не цвет вида #1A2B3C.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>«{value}» — не число.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>«{value}» — не целое число.</translation>
    </message>
    <message>
        <source>{value} is outside {low:g}–{high:g}.</source>
        <translation>{value} вне диапазона {low:g}–{high:g}.</translation>
    </message>
    <message>
        <source>“{value}” is not one of {choices}.</source>
        <translation>«{value}» не входит в {choices}.</translation>
    </message>
    <message>
        <source>Content is empty: the QR code would encode nothing.</source>
        <translation>Content пуст: QR-код ничего не будет содержать.</translation>
    </message>
    <message>
        <source>FileName is empty.</source>
        <translation>FileName пуст.</translation>
    </message>
    <message>
        <source>FileName may only hold letters A–Z, digits, “.”, “_” and “-”.</source>
        <translation>FileName может содержать только буквы A–Z, цифры, «.», «_» и «-».</translation>
    </message>
    <message>
        <source>The template is {length:,} characters long; at most {limit:,} are allowed.</source>
        <extracomment>The longest template accepted (captions, file names, content). QR Factory prints a caption under a sticker: a few lines. A longer template is refused with :data:`TOO_LONG_MESSAGE` (a 120 kB caption would otherwise turn 300 rows into a 62 MB file).</extracomment>
        <translation>Длина шаблона — {length:,} символов; допускается не более {limit:,}.</translation>
    </message>
    <message>
        <source>“}}” without a matching “{{” (write “}}}}” for a brace).</source>
        <translation>«}}» без парной «{{» (для фигурной скобки пишите «}}}}»).</translation>
    </message>
    <message>
        <source>“{{” is never closed with “}}”.</source>
        <translation>«{{» не закрыта с помощью «}}».</translation>
    </message>
    <message>
        <source>Empty placeholder “{{}}”.</source>
        <translation>Пустая подстановка «{{}}».</translation>
    </message>
    <message>
        <source>“{{note:…}}” needs a note field name.</source>
        <translation>В «{{note:…}}» нужно указать имя поля заметок.</translation>
    </message>
    <message>
        <source>No collection note field is called “{field}”.</source>
        <translation>В коллекции нет поля заметок «{field}».</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}. Did you mean {{{close}}}?</source>
        <translation>Неизвестная подстановка {{{name}}}. Может быть, {{{close}}}?</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}.</source>
        <translation>Неизвестная подстановка {{{name}}}.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer about the account.</source>
        <extracomment>Builds something with ``get_json(path)`` that sends requests signed with the credentials. How long a sign-in waits for the browser to come back (request tokens expire after ~15 min).</extracomment>
        <translation>Discogs прислал неожиданный ответ об учётной записи.</translation>
    </message>
    <message>
        <source>Discogs did not answer in time; try again later.</source>
        <extracomment>An image larger than this is refused (Discogs&apos; covers are well under 1 MB). The image server says 403 or 429 when it is asked too often: back off as for a 5xx. Retries of one image: a cover that keeps failing is asked for again much later instead. Called with (seconds, reason) before the gateway waits. Request priorities: the user&apos;s requests go at once; background ones (a pass re-reading the collection) yield to them and keep to a share of the rate limit (see :func:`background_budget`). A background request waits this long after the user&apos;s last request (the next page of a load, the next mark, follows within this time).</extracomment>
        <translation>Discogs не ответил вовремя; повторите попытку позже.</translation>
    </message>
    <message>
        <source>Could not reach Discogs; check the internet connection and try again later.</source>
        <translation>Не удалось связаться с Discogs; проверьте подключение к интернету и повторите попытку позже.</translation>
    </message>
    <message>
        <source>Discogs kept refusing requests as too frequent; wait a minute and try again.</source>
        <translation>Discogs раз за разом отклонял запросы как слишком частые; подождите минуту и повторите попытку.</translation>
    </message>
    <message>
        <source>Discogs is not answering properly right now (HTTP {status}); try again later.</source>
        <translation>Discogs сейчас отвечает с ошибками (HTTP {status}); повторите попытку позже.</translation>
    </message>
    <message>
        <source>Discogs sent an answer that could not be read; try again later.</source>
        <translation>Не удалось прочитать ответ Discogs; повторите попытку позже.</translation>
    </message>
    <message>
        <source>Discogs did not accept the sign-in (the token may be wrong or revoked); sign in again.</source>
        <translation>Discogs не принял вход (токен, возможно, неверный или отозван); войдите заново.</translation>
    </message>
    <message>
        <source>Discogs has no such page ({message}).</source>
        <translation>На Discogs нет такой страницы ({message}).</translation>
    </message>
    <message>
        <source>Discogs has no such page.</source>
        <translation>На Discogs нет такой страницы.</translation>
    </message>
    <message>
        <source>Discogs refused the request (HTTP {status}): {message}.</source>
        <translation>Discogs отклонил запрос (HTTP {status}): {message}.</translation>
    </message>
    <message>
        <source>Discogs refused the request (HTTP {status}).</source>
        <translation>Discogs отклонил запрос (HTTP {status}).</translation>
    </message>
    <message>
        <source>Discogs did not answer in time; try again.</source>
        <extracomment>``(method, url, auth) -&gt; (status, body text)``; raises AppError(NETWORK) when unreachable.</extracomment>
        <translation>Discogs не ответил вовремя; повторите попытку.</translation>
    </message>
    <message>
        <source>Could not reach Discogs; check the internet connection and try again.</source>
        <translation>Не удалось связаться с Discogs; проверьте подключение к интернету и повторите попытку.</translation>
    </message>
    <message>
        <source>Discogs is receiving too many requests; wait a minute and try again.</source>
        <translation>Discogs получает слишком много запросов; подождите минуту и повторите попытку.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer during sign-in; try again.</source>
        <translation>Discogs прислал неожиданный ответ при входе; повторите попытку.</translation>
    </message>
    <message>
        <source>Discogs did not accept these credentials; the token may be wrong or revoked.</source>
        <translation>Discogs не принял эти учётные данные; токен, возможно, неверный или отозван.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer about the signed-in account.</source>
        <translation>Discogs прислал неожиданный ответ о вошедшей учётной записи.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <extracomment>Discogs request tokens and verifiers expire after about this long.</extracomment>
        <translation>Вход отменён.</translation>
    </message>
    <message>
        <source>No answer came from the browser within {time}; start the sign-in again.</source>
        <translation>Браузер не ответил за {time}; начните вход заново.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунду</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>the time allowed</source>
        <translation>отведённое время</translation>
    </message>
    <message>
        <source>Signing in with OAuth needs a Discogs consumer key and secret: register an application at {url} and pass --consumer-key/--consumer-secret (or set {key_env}/{secret_env}), or sign in with a personal access token instead (`discogs-qr login --token`).</source>
        <translation>Для входа через OAuth нужны consumer key и consumer secret Discogs: зарегистрируйте приложение на {url} и укажите --consumer-key/--consumer-secret (или задайте {key_env}/{secret_env}) либо войдите с личным токеном доступа (`discogs-qr login --token`).</translation>
    </message>
    <message>
        <source>Access was not granted on Discogs, so you are not signed in.</source>
        <translation>Доступ на Discogs не был разрешён, поэтому вход не выполнен.</translation>
    </message>
    <message>
        <source>Paste the code Discogs showed, or the whole address from the browser&apos;s address bar.</source>
        <translation>Вставьте код, который показал Discogs, или весь адрес из адресной строки браузера.</translation>
    </message>
    <message>
        <source>That address belongs to a different sign-in attempt; use the one from the newest.</source>
        <translation>Этот адрес относится к другой попытке входа; используйте адрес из последней.</translation>
    </message>
    <message>
        <source>That does not look like a Discogs sign-in code; paste the code Discogs showed, or the whole address the browser ended on.</source>
        <translation>Это не похоже на код входа Discogs; вставьте код, который показал Discogs, или весь адрес, на котором остановился браузер.</translation>
    </message>
    <message>
        <source>Discogs did not accept the application&apos;s consumer key and secret; check them at {url}.</source>
        <translation>Discogs не принял consumer key и consumer secret приложения; проверьте их на {url}.</translation>
    </message>
    <message>
        <source>This sign-in has no callback; paste the code Discogs shows instead.</source>
        <translation>У этого входа нет обратного вызова; вместо этого вставьте код, который показывает Discogs.</translation>
    </message>
    <message>
        <source>Start the sign-in before entering a code.</source>
        <translation>Сначала начните вход, а затем вводите код.</translation>
    </message>
    <message>
        <source>The sign-in request expired (they last about 15 minutes); start again.</source>
        <translation>Срок запроса на вход истёк (он действует около 15 минут); начните заново.</translation>
    </message>
    <message>
        <source>Discogs did not accept the code; check it, or start the sign-in again if more than 15 minutes have passed (codes expire).</source>
        <translation>Discogs не принял код; проверьте его или начните вход заново, если прошло больше 15 минут (срок действия кодов истекает).</translation>
    </message>
    <message>
        <source>Enter a Discogs personal access token.</source>
        <translation>Введите личный токен доступа Discogs.</translation>
    </message>
    <message>
        <source>Several folders are called “{name}” (ids {ids}); give the id instead.</source>
        <extracomment>Called with (instances read so far, instances expected; 0 while not known). How many unreadable entries a message names; the rest are counted.</extracomment>
        <translation>Несколько папок называются «{name}» (ID {ids}); укажите ID.</translation>
    </message>
    <message>
        <source>There is no folder “{name}”; the folders are: {choices}.</source>
        <translation>Папки «{name}» нет; есть папки: {choices}.</translation>
    </message>
    <message>
        <source>The file {path} could not be saved: {reason}.</source>
        <translation>Не удалось сохранить файл {path}: {reason}.</translation>
    </message>
    <message>
        <source>The demo collection could not be read: {reason}</source>
        <translation>Не удалось прочитать демо-коллекцию: {reason}</translation>
    </message>
    <message>
        <source>There are no rows to make stickers from.</source>
        <translation>Нет строк, из которых можно сделать наклейки.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… и ещё {count}.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) would not scan, so nothing was written. {failures}</source>
        <translation>
            <numerusform>%n код не сканируется, поэтому ничего не записано. {failures}</numerusform>
            <numerusform>%n кода не сканируются, поэтому ничего не записано. {failures}</numerusform>
            <numerusform>%n кодов не сканируются, поэтому ничего не записано. {failures}</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} could not be saved: {reason}.</source>
        <translation>Не удалось сохранить {path}: {reason}.</translation>
    </message>
    <message>
        <source>Printing failed: {reason}.</source>
        <translation>Ошибка печати: {reason}.</translation>
    </message>
    <message>
        <source>The sheet settings are not usable: {problem}.</source>
        <translation>Настройки листа непригодны: {problem}.</translation>
    </message>
    <message>
        <source>A layout name needs 1–60 letters, digits or spaces.</source>
        <translation>Имя макета должно содержать от 1 до 60 букв, цифр или пробелов.</translation>
    </message>
    <message>
        <source>“{name}” is the name of a preset; choose another.</source>
        <translation>«{name}» — имя готового макета; выберите другое.</translation>
    </message>
    <message>
        <source>The layout is not usable: {problem}.</source>
        <translation>Макет непригоден: {problem}.</translation>
    </message>
    <message>
        <source>The local library could not be opened: {reason}</source>
        <translation>Не удалось открыть локальную библиотеку: {reason}</translation>
    </message>
    <message>
        <source>The local library could not be created: {reason}</source>
        <translation>Не удалось создать локальную библиотеку: {reason}</translation>
    </message>
    <message>
        <source>The local library could not be used: {reason}</source>
        <translation>Не удалось использовать локальную библиотеку: {reason}</translation>
    </message>
    <message>
        <source>The local library was damaged and has been moved aside; fetching again.</source>
        <translation>Локальная библиотека была повреждена и отложена в сторону; данные загружаются заново.</translation>
    </message>
    <message>
        <source>The local library was written by a newer version of the app and has been moved aside; fetching again.</source>
        <translation>Локальная библиотека создана более новой версией приложения и отложена в сторону; данные загружаются заново.</translation>
    </message>
    <message>
        <source>The local library did not have the tables this version of the app needs and has been moved aside; fetching again.</source>
        <translation>В локальной библиотеке не было таблиц, нужных этой версии приложения, и она отложена в сторону; данные загружаются заново.</translation>
    </message>
    <message>
        <source>No account is signed in.</source>
        <translation>Вход в учётную запись не выполнен.</translation>
    </message>
    <message>
        <source>Could not save the credentials file: {reason}.</source>
        <translation>Не удалось сохранить файл с учётными данными: {reason}.</translation>
    </message>
    <message>
        <source>Could not save the sign-in to the system keyring; it may be locked.</source>
        <translation>Не удалось сохранить вход в системной связке ключей; возможно, она заблокирована.</translation>
    </message>
    <message>
        <source>Row {row} ({name}): {reason}</source>
        <extracomment>The degraded render: area-sampled at half of MARGIN_DPI (a 2-pixel box), then scaled up to MARGIN_DPI bilinearly (a 4-pixel tent); together a blur of sigma 1 pixel at 150 dpi.</extracomment>
        <translation>Строка {row} ({name}): {reason}</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Строка {row}: {reason}</translation>
    </message>
    <message>
        <source>the code reads “{read}” instead of its Content</source>
        <translation>код читается как «{read}», а не как его Content</translation>
    </message>
    <message>
        <source>too little contrast between the code colour {dark} and the background {light}</source>
        <translation>слишком мало контраста между цветом кода {dark} и фоном {light}</translation>
    </message>
    <message>
        <source>the icon is too large (IconSizePercent {percent:g}): it hides too much of the code</source>
        <translation>значок слишком большой (IconSizePercent {percent:g}): он закрывает слишком большую часть кода</translation>
    </message>
    <message>
        <source>the code is too small for its label (modules of {mm:.2f} mm, under {least} mm; try a larger label, no icon or the shorter link form)</source>
        <translation>код слишком мал для своей этикетки (модули {mm:.2f} мм, меньше {least} мм; попробуйте этикетку побольше, без значка или короткую форму ссылки)</translation>
    </message>
    <message>
        <source>the code does not decode (try a smaller icon, more contrast or a larger label)</source>
        <translation>код не распознаётся (попробуйте значок поменьше, больше контраста или этикетку побольше)</translation>
    </message>
    <message>
        <source>the code decodes only at full resolution, not blurred at {dpi} dpi as a phone sees it (modules of {mm:.2f} mm): a worn print or a dim room may not scan</source>
        <translation>код распознаётся только в полном разрешении, но не размытым при {dpi} dpi, как его видит телефон (модули {mm:.2f} мм): потёртая печать или тусклый свет могут помешать сканированию</translation>
    </message>
    <message>
        <source>small modules ({mm:.2f} mm, under {least} mm): little margin for a phone</source>
        <translation>мелкие модули ({mm:.2f} мм, меньше {least} мм): у телефона мало запаса</translation>
    </message>
    <message>
        <source>the icon file “{path}” cannot be read</source>
        <translation>не удаётся прочитать файл значка «{path}»</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search artist, title, label, cat#</source>
        <translation>Исполнитель, название, лейбл, кат. №</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search artists, titles, labels, catalogue numbers and collection fields (Ctrl+F)</source>
        <translation>Искать по исполнителям, названиям, лейблам, каталожным номерам и полям коллекции (Ctrl+F)</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Добавлено:</translation>
    </message>
    <message>
        <source>Date added preset</source>
        <translation>Период по дате добавления</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Since last export</source>
        <translation>С последнего экспорта</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>Filter by earliest date added</source>
        <translation>Фильтр по самой ранней дате добавления</translation>
    </message>
    <message>
        <source>Earliest date added</source>
        <translation>Самая ранняя дата добавления</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Filter by latest date added</source>
        <translation>Фильтр по самой поздней дате добавления</translation>
    </message>
    <message>
        <source>Latest date added</source>
        <translation>Самая поздняя дата добавления</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Show only one format</source>
        <translation>Показывать только один формат</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Все форматы</translation>
    </message>
    <message>
        <source>Only not yet exported</source>
        <translation>Только неэкспортированные</translation>
    </message>
    <message>
        <source>Hide releases that were in a saved CSV before</source>
        <translation>Скрыть релизы, которые уже были в сохранённом CSV</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Changed since exported</source>
        <translation>Изменённые после экспорта</translation>
    </message>
    <message>
        <source>Show only exported releases whose sticker would now read differently</source>
        <translation>Показывать только экспортированные релизы, наклейка которых теперь выглядела бы иначе</translation>
    </message>
    <message>
        <source>Nothing was exported yet</source>
        <translation>Ещё ничего не экспортировано</translation>
    </message>
    <message>
        <source>Collection field value</source>
        <translation>Значение поля коллекции</translation>
    </message>
    <message>
        <source>Show only the releases with this value in a collection field</source>
        <translation>Показывать только релизы с этим значением в поле коллекции</translation>
    </message>
    <message>
        <source>Any field value</source>
        <translation>Любое значение поля</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>FolderSidebar</name>
    <message>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <source>%1 (%2 releases)</source>
        <translation>%1 (релизов: %2)</translation>
    </message>
    <message>
        <source>%1, %2 releases</source>
        <translation>%1, релизов: %2</translation>
    </message>
</context>
<context>
    <name>FrozenChecks</name>
    <message>
        <source>Checks</source>
        <extracomment>Ticks the record at an index (with Shift: the range from the last tick).</extracomment>
        <translation>Отметки</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message>
        <source>Label sheet</source>
        <translation>Лист этикеток</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Этикетки:</translation>
    </message>
    <message>
        <source>Page width × height:</source>
        <translation>Ширина × высота страницы:</translation>
    </message>
    <message>
        <source>Label width × height:</source>
        <translation>Ширина × высота этикетки:</translation>
    </message>
    <message>
        <source>Pitch across × down:</source>
        <translation>Шаг по горизонтали × вертикали:</translation>
    </message>
    <message>
        <source>Left × top margin:</source>
        <translation>Поле слева × сверху:</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Ширина страницы</translation>
    </message>
    <message>
        <source>Page height</source>
        <translation>Высота страницы</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>Ширина этикетки</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>Высота этикетки</translation>
    </message>
    <message>
        <source>Horizontal pitch</source>
        <translation>Шаг по горизонтали</translation>
    </message>
    <message>
        <source>Vertical pitch</source>
        <translation>Шаг по вертикали</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>Левое поле</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>Верхнее поле</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <source>Rows of labels</source>
        <translation>Ряды этикеток</translation>
    </message>
    <message>
        <source>Columns of labels</source>
        <translation>Столбцы этикеток</translation>
    </message>
    <message>
        <source>Rows × columns:</source>
        <translation>Ряды × столбцы:</translation>
    </message>
    <message>
        <source>Round labels</source>
        <translation>Круглые этикетки</translation>
    </message>
    <message>
        <source>Name to save this layout as</source>
        <translation>Имя, под которым сохранить этот макет</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>Сохранить макет</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранён: %1</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Свой…</translation>
    </message>
    <message>
        <source>Custom layout</source>
        <translation>Свой макет</translation>
    </message>
    <message>
        <source>Saved the layout “%1”.</source>
        <translation>Макет «%1» сохранён.</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <source>the page width must be between 0 and 2000 mm</source>
        <translation>ширина страницы должна быть от 0 до 2000 мм</translation>
    </message>
    <message>
        <source>the page width must be at least 5 mm</source>
        <translation>ширина страницы должна быть не менее 5 мм</translation>
    </message>
    <message>
        <source>the page height must be between 0 and 2000 mm</source>
        <translation>высота страницы должна быть от 0 до 2000 мм</translation>
    </message>
    <message>
        <source>the page height must be at least 5 mm</source>
        <translation>высота страницы должна быть не менее 5 мм</translation>
    </message>
    <message>
        <source>the label width must be between 0 and 2000 mm</source>
        <translation>ширина этикетки должна быть от 0 до 2000 мм</translation>
    </message>
    <message>
        <source>the label width must be at least 5 mm</source>
        <translation>ширина этикетки должна быть не менее 5 мм</translation>
    </message>
    <message>
        <source>the label height must be between 0 and 2000 mm</source>
        <translation>высота этикетки должна быть от 0 до 2000 мм</translation>
    </message>
    <message>
        <source>the label height must be at least 5 mm</source>
        <translation>высота этикетки должна быть не менее 5 мм</translation>
    </message>
    <message>
        <source>the horizontal pitch must be between 0 and 2000 mm</source>
        <translation>шаг по горизонтали должен быть от 0 до 2000 мм</translation>
    </message>
    <message>
        <source>the vertical pitch must be between 0 and 2000 mm</source>
        <translation>шаг по вертикали должен быть от 0 до 2000 мм</translation>
    </message>
    <message>
        <source>the top margin must be between 0 and 2000 mm</source>
        <translation>верхнее поле должно быть от 0 до 2000 мм</translation>
    </message>
    <message>
        <source>the left margin must be between 0 and 2000 mm</source>
        <translation>левое поле должно быть от 0 до 2000 мм</translation>
    </message>
    <message>
        <source>rows and columns must be between 1 and 100</source>
        <translation>число рядов и столбцов должно быть от 1 до 100</translation>
    </message>
    <message>
        <source>the horizontal pitch is smaller than the label width: labels overlap</source>
        <translation>шаг по горизонтали меньше ширины этикетки: этикетки перекрываются</translation>
    </message>
    <message>
        <source>the vertical pitch is smaller than the label height: labels overlap</source>
        <translation>шаг по вертикали меньше высоты этикетки: этикетки перекрываются</translation>
    </message>
    <message>
        <source>the labels end {mm:.1f} mm past the page&apos;s right edge</source>
        <translation>этикетки выходят на {mm:.1f} мм за правый край страницы</translation>
    </message>
    <message>
        <source>the labels end {mm:.1f} mm past the page&apos;s bottom</source>
        <translation>этикетки выходят на {mm:.1f} мм за нижний край страницы</translation>
    </message>
    <message>
        <source>Avery L7120-25 — A4, 35 mm round, 35 per sheet</source>
        <translation>Avery L7120-25 — A4, круглые 35 мм, 35 на листе</translation>
    </message>
    <message>
        <source>Avery L7121-25 — A4, 45 mm round, 24 per sheet</source>
        <translation>Avery L7121-25 — A4, круглые 45 мм, 24 на листе</translation>
    </message>
    <message>
        <source>Avery 22807 — US Letter, 2&quot; round, 12 per sheet</source>
        <translation>Avery 22807 — US Letter, круглые 2&quot;, 12 на листе</translation>
    </message>
    <message>
        <source>Avery 5160/8160 — US Letter, 1&quot; × 2⅝&quot;, 30 per sheet</source>
        <translation>Avery 5160/8160 — US Letter, 1&quot; × 2⅝&quot;, 30 на листе</translation>
    </message>
    <message>
        <source>Brother DK-11202 — roll, 62 × 100 mm</source>
        <translation>Brother DK-11202 — рулон, 62 × 100 мм</translation>
    </message>
    <message>
        <source>Brother DK-11209 — roll, 62 × 29 mm</source>
        <translation>Brother DK-11209 — рулон, 62 × 29 мм</translation>
    </message>
    <message>
        <source>DYMO 11354 — roll, 57 × 32 mm</source>
        <translation>DYMO 11354 — рулон, 57 × 32 мм</translation>
    </message>
    <message>
        <source>DYMO 30332 — roll, 25 × 25 mm square</source>
        <translation>DYMO 30332 — рулон, квадратные 25 × 25 мм</translation>
    </message>
    <message>
        <source>the first label must be between 1 and {last}</source>
        <translation>первая этикетка должна быть от 1 до {last}</translation>
    </message>
    <message>
        <source>there is no label {label} on this sheet (1–{last})</source>
        <translation>на этом листе нет этикетки {label} (1–{last})</translation>
    </message>
    <message>
        <source>marks must be one of {marks}</source>
        <translation>метки должны быть одним из значений: {marks}</translation>
    </message>
    <message>
        <source>the calibration offset must be within ±20 mm</source>
        <translation>смещение принтера должно быть в пределах ±20 мм</translation>
    </message>
</context>
<context>
    <name>LoaderController</name>
    <message>
        <source>Reading folders…</source>
        <translation>Чтение папок…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>%1 releases loaded.</source>
        <translation>Загружено релизов: %1.</translation>
    </message>
    <message>
        <source>Loading stopped</source>
        <translation>Загрузка остановлена</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Загрузка отменена</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>Загружено %1 из %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 releases loaded. Refresh (F5) loads the rest.</source>
        <translation>%1: загружено %2 из %3 релизов. Обновление (F5) загрузит остальное.</translation>
    </message>
    <message>
        <source>“%1” is not completely loaded: %2 of %3 loaded.</source>
        <translation>«%1» загружена не полностью: загружено %2 из %3.</translation>
    </message>
    <message>
        <source>Refreshing: %1 of %2 read</source>
        <translation>Обновление: прочитано %1 из %2</translation>
    </message>
    <message>
        <source>Refreshing: %1 read</source>
        <translation>Обновление: прочитано %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>обновлено %1</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>обновление…</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main toolbar</source>
        <translation>Главная панель инструментов</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Войти…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Discogs QR Export</source>
        <extracomment>Ticks, the preview draft and the window state are saved this long after a change (the first change starts the wait; later ones join that save), so a session killed later keeps them.</extracomment>
        <translation>Discogs QR Export</translation>
    </message>
    <message>
        <source>Use a token</source>
        <translation>Войти с токеном</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Войти через Discogs</translation>
    </message>
    <message>
        <source>You are exploring the demo collection. Sign in to see your own.</source>
        <translation>Вы смотрите демо-коллекцию. Войдите, чтобы увидеть свою.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Войти заново</translation>
    </message>
    <message>
        <source>The unsaved preview could not be kept on disk (see the log); it is tried again at the next change. Save it to a file to be safe.</source>
        <translation>Не удалось сохранить несохранённый предпросмотр на диске (см. журнал); попытка повторится при следующем изменении. Для надёжности сохраните его в файл.</translation>
    </message>
    <message>
        <source>Check some releases first.</source>
        <translation>Сначала отметьте несколько релизов.</translation>
    </message>
    <message>
        <source>Unsaved preview</source>
        <translation>Несохранённый просмотр</translation>
    </message>
    <message>
        <source>Restore the preview you did not save?</source>
        <translation>Восстановить просмотр, который вы не сохранили?</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 строка</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>строк: %1</translation>
    </message>
    <message>
        <source>%1, edited %2</source>
        <translation>%1, изменено %2</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Ticked records not loaded</source>
        <translation>Отмеченные пластинки не загружены</translation>
    </message>
    <message>
        <source>1 ticked record is not in the library yet.</source>
        <translation>1 отмеченной пластинки ещё нет в библиотеке.</translation>
    </message>
    <message>
        <source>%1 ticked records are not in the library yet.</source>
        <translation>Отмеченных пластинок, которых ещё нет в библиотеке: %1.</translation>
    </message>
    <message>
        <source>Load the All folder first to include them, or preview the others without them.</source>
        <translation>Сначала загрузите папку «All», чтобы включить их, или просмотрите остальные без них.</translation>
    </message>
    <message>
        <source>Load All first</source>
        <translation>Сначала загрузить «All»</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Пропустить их</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выход из учётной записи</translation>
    </message>
    <message>
        <source>Forget the saved Discogs sign-in on this computer?</source>
        <translation>Забыть сохранённый вход в Discogs на этом компьютере?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart now? Your folder, filters, ticks and an unsaved preview are kept.</source>
        <translation>Новый язык будет использоваться после следующего запуска. Перезапустить сейчас? Ваша папка, фильтры, отметки и несохранённый просмотр сохранятся.</translation>
    </message>
    <message>
        <source>Discogs did not accept the saved sign-in (%1). Sign in again to continue; your checked releases are kept.</source>
        <translation>Discogs не принял сохранённый вход (%1). Войдите заново, чтобы продолжить; отмеченные релизы сохранятся.</translation>
    </message>
    <message>
        <source>%1 Try again in a minute.</source>
        <translation>%1 Повторите попытку через минуту.</translation>
    </message>
    <message>
        <source>an earlier session</source>
        <translation>момент прошлого сеанса</translation>
    </message>
    <message>
        <source>Offline — data from %1</source>
        <translation>Офлайн — данные на %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <extracomment>How many unreadable entries the banner names; the rest are counted.</extracomment>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <source>1 entry could not be read: %1</source>
        <translation>Не удалось прочитать 1 запись: %1</translation>
    </message>
    <message>
        <source>%1 entries could not be read: %2</source>
        <translation>Не удалось прочитать записей: %1 — %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 мин. назад</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 ч назад</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>MultiLineEditor</name>
    <message>
        <source>Bottom text</source>
        <extracomment>Any of these held with Enter makes a new line instead of committing.</extracomment>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Enter finishes editing; Shift+Enter starts a new line.</source>
        <translation>Enter завершает правку; Shift+Enter начинает новую строку.</translation>
    </message>
</context>
<context>
    <name>PreviewColumns</name>
    <message>
        <source>Columns</source>
        <extracomment>The columns shown first, in this order; the rest of DEFAULT_VISIBLE follows.</extracomment>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Столбцы по умолчанию</translation>
    </message>
</context>
<context>
    <name>PreviewHeader</name>
    <message>
        <source>Row %1, %2: %3</source>
        <extracomment>The problems link was clicked.</extracomment>
        <translation>Строка %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 from several folders</source>
        <translation>%1 из нескольких папок</translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation>%1 из «%2»</translation>
    </message>
    <message>
        <source>%1 exported before</source>
        <translation>уже экспортировано: %1</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 проблема</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>проблем: %1</translation>
    </message>
</context>
<context>
    <name>PreviewHost</name>
    <message>
        <source>Preview</source>
        <extracomment>The edge of the current record&apos;s cover beside its sticker, in logical pixels.</extracomment>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Stickers…</source>
        <translation>Наклейки…</translation>
    </message>
    <message>
        <source>Print sticker sheets, or save them as a PDF or images</source>
        <translation>Напечатать листы наклеек или сохранить их в PDF или как изображения</translation>
    </message>
    <message>
        <source>Cover of the current row</source>
        <translation>Обложка текущей строки</translation>
    </message>
    <message>
        <source>Sticker of the current row</source>
        <translation>Наклейка текущей строки</translation>
    </message>
    <message>
        <source>Preview (%1)</source>
        <translation>Просмотр (%1)</translation>
    </message>
    <message>
        <source>The unsaved preview could not be restored: its releases are no longer in this collection.</source>
        <translation>Не удалось восстановить несохранённый просмотр: его релизов больше нет в этой коллекции.</translation>
    </message>
    <message>
        <source>%1 of %2 rows restored; the others are no longer in your collection.</source>
        <translation>Восстановлено строк: %1 из %2; остальных больше нет в вашей коллекции.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Edit %1 in row %2</source>
        <translation>изменение %1 в строке %2</translation>
    </message>
    <message>
        <source>Delete %n row(s)</source>
        <translation>удаление строк (%n)</translation>
    </message>
    <message>
        <source>Move %n row(s)</source>
        <translation>перемещение строк (%n)</translation>
    </message>
    <message>
        <source>Reset %n row(s)</source>
        <translation>сброс строк (%n)</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>применение шаблона</translation>
    </message>
    <message>
        <source>Preview again: %1 added, %2 removed</source>
        <extracomment>Emitted after any change to the rows (for problem counts and titles).</extracomment>
        <translation>повторный просмотр: добавлено %1, удалено %2</translation>
    </message>
    <message>
        <source>Restore the unsaved preview</source>
        <translation>восстановление несохранённого просмотра</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>дублирование строк</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>копирование строк</translation>
    </message>
    <message>
        <source>QR Factory 3 column “%1”</source>
        <extracomment>A row&apos;s cells, template cells and edited columns (what a rebuild changes and undo restores). The instances the rows were asked for (a deleted row&apos;s instance stays in here).</extracomment>
        <translation>Столбец QR Factory 3 «%1»</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Проблема: %1</translation>
    </message>
    <message>
        <source>Edited by you (template gives “%1”).</source>
        <translation>Изменено вами (по шаблону — «%1»).</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Export preview</source>
        <extracomment>A CSV was written: its path and the instance ids it holds (in file order). The number of rows changed (build, merge, delete, duplicate, undo…). The row under the cursor changed or was edited: its 30 cells ([] for none).</extracomment>
        <translation>Просмотр экспорта</translation>
    </message>
    <message>
        <source>Preview</source>
        <extracomment>The table and, once :meth:`set_side_widget` is called, a widget beside it.</extracomment>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Save the rows as a QR Factory 3 CSV file</source>
        <translation>Сохранить строки в CSV-файл для QR Factory 3</translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1</source>
        <translation>Не удалось сохранить ваши настройки: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Повторить: %1</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>&amp;Удалить строки</translation>
    </message>
    <message>
        <source>Leave the selected rows out of this file</source>
        <translation>Не включать выбранные строки в этот файл</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>Add a copy of the selected rows</source>
        <translation>Добавить копию выбранных строк</translation>
    </message>
    <message>
        <source>&amp;Reset row</source>
        <translation>С&amp;бросить строку</translation>
    </message>
    <message>
        <source>Build the selected rows again from the template</source>
        <translation>Заново построить выбранные строки по шаблону</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Копировать как CSV</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>&amp;Шаблон…</translation>
    </message>
    <message>
        <source>Caption, file name and column defaults</source>
        <translation>Подпись, имя файла и значения столбцов по умолчанию</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>File options</source>
        <translation>Параметры файла</translation>
    </message>
    <message>
        <source>Start with a BOM (for Excel)</source>
        <translation>Начинать с BOM (для Excel)</translation>
    </message>
    <message>
        <source>Unix line ends (LF, not CRLF)</source>
        <translation>Окончания строк Unix (LF, а не CRLF)</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 строка</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>строк: %1</translation>
    </message>
    <message>
        <source>Added 1 row</source>
        <translation>Добавлена 1 строка</translation>
    </message>
    <message>
        <source>Added %1 rows</source>
        <translation>Добавлено строк: %1</translation>
    </message>
    <message>
        <source>removed 1 unedited row of a record no longer checked</source>
        <translation>удалена 1 неизменённая строка пластинки, которая больше не отмечена</translation>
    </message>
    <message>
        <source>removed %1 unedited rows of records no longer checked</source>
        <translation>удалено неизменённых строк пластинок, которые больше не отмечены: %1</translation>
    </message>
    <message>
        <source>kept 1 edited row of a record no longer checked</source>
        <translation>сохранена 1 изменённая строка пластинки, которая больше не отмечена</translation>
    </message>
    <message>
        <source>kept %1 edited rows of records no longer checked</source>
        <translation>сохранено изменённых строк пластинок, которые больше не отмечены: %1</translation>
    </message>
    <message>
        <source>1 row you deleted stays out</source>
        <translation>1 удалённая вами строка не возвращается</translation>
    </message>
    <message>
        <source>%1 rows you deleted stay out</source>
        <translation>удалённые вами строки не возвращаются: %1</translation>
    </message>
    <message>
        <source>The preview already holds these records; nothing changed.</source>
        <translation>В просмотре уже есть эти пластинки; ничего не изменилось.</translation>
    </message>
    <message>
        <source>your edits are kept</source>
        <translation>ваши правки сохранены</translation>
    </message>
    <message>
        <source>Undo puts the preview back as it was</source>
        <translation>«Отменить» вернёт просмотр в прежний вид</translation>
    </message>
    <message>
        <source>Apply the new template?</source>
        <translation>Применить новый шаблон?</translation>
    </message>
    <message>
        <source>Rebuild the preview rows with the new template?</source>
        <translation>Перестроить строки просмотра по новому шаблону?</translation>
    </message>
    <message>
        <source>Some cells were edited by hand. You can keep them or start again (Undo brings them back).</source>
        <translation>Некоторые ячейки изменены вручную. Их можно сохранить или начать заново («Отменить» вернёт их).</translation>
    </message>
    <message>
        <source>Keep my edited cells</source>
        <translation>Сохранить мои правки</translation>
    </message>
    <message>
        <source>Replace everything</source>
        <translation>Заменить всё</translation>
    </message>
    <message>
        <source>Don’t rebuild</source>
        <translation>Не перестраивать</translation>
    </message>
</context>
<context>
    <name>PreviewSaver</name>
    <message>
        <source>Save QR Factory CSV</source>
        <translation>Сохранить CSV для QR Factory</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>There are no rows to save.</source>
        <translation>Нет строк для сохранения.</translation>
    </message>
    <message>
        <source>Fix this cell before saving — %1</source>
        <translation>Исправьте эту ячейку перед сохранением — %1</translation>
    </message>
    <message>
        <source>Could not save: %1 Nothing was written and your rows are unchanged.</source>
        <translation>Не удалось сохранить: %1 Ничего не записано, ваши строки не изменены.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>(The export history could not be updated.)</source>
        <translation>(Не удалось обновить историю экспорта.)</translation>
    </message>
    <message>
        <source>Saved %1 to “%2”.</source>
        <translation>Сохранено в «%2» (%1).</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Rows to export</source>
        <translation>Строки для экспорта</translation>
    </message>
    <message>
        <source>Drag a selected row&apos;s number to move the rows</source>
        <translation>Перетащите номер выбранной строки, чтобы переместить строки</translation>
    </message>
</context>
<context>
    <name>PrintedController</name>
    <message>
        <source>Reading the records on Discogs before marking them…</source>
        <extracomment>(field name, records) -&gt; True to go ahead: asked once, before the first write ever. (field name, {instance id: value found on Discogs}) -&gt; REPLACE, SKIP or LATER (True and False stand for REPLACE and SKIP).</extracomment>
        <translation>Чтение пластинок на Discogs перед отметкой…</translation>
    </message>
    <message>
        <source>Marking on Discogs stopped; the rest is written later.</source>
        <translation>Отметка на Discogs остановлена; остальное будет записано позже.</translation>
    </message>
    <message>
        <source>%1 marks stay queued; you are asked again next time.</source>
        <translation>Отметок в очереди: %1; в следующий раз вас спросят снова.</translation>
    </message>
    <message>
        <source>Marking on Discogs failed; it is tried again later.</source>
        <translation>Не удалось поставить отметку на Discogs; попытка будет повторена позже.</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>несколько секунд</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>около минуты</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>около %1 мин.</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>около %1 ч</translation>
    </message>
    <message>
        <source>Marking on Discogs: %1 marks, %2</source>
        <translation>Отметка на Discogs (отметок: %1) займёт %2</translation>
    </message>
    <message>
        <source>(at once: they fit in the Discogs rate limit)…</source>
        <translation>(сразу: они укладываются в лимит запросов Discogs)…</translation>
    </message>
    <message>
        <source>(one every %1 s, the Discogs rate limit)…</source>
        <translation>(по одной каждые %1 с — лимит запросов Discogs)…</translation>
    </message>
    <message>
        <source>Marked %1 of %2 records as printed on Discogs.</source>
        <translation>Отмечено как напечатанные на Discogs: %1 из %2 пластинок.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <source>Kept %1 values you wrote: %2.</source>
        <translation>Сохранены ваши значения (%1): %2.</translation>
    </message>
    <message>
        <source>Stopped: %1 The other %2 are kept and written later.</source>
        <translation>Остановлено: %1 Остальные (%2) сохранены и будут записаны позже.</translation>
    </message>
    <message>
        <source>%1 failed; %2 of them are tried again later.</source>
        <translation>Не удалось: %1; %2 из них будут повторены позже.</translation>
    </message>
    <message>
        <source>Nothing was lost: the records stay marked as exported here.</source>
        <translation>Ничего не потеряно: пластинки остаются отмеченными здесь как экспортированные.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Войти заново</translation>
    </message>
</context>
<context>
    <name>PrintedQuestions</name>
    <message>
        <source>Mark as printed on Discogs</source>
        <translation>Отметить на Discogs как напечатанные</translation>
    </message>
    <message>
        <source>Write today&apos;s date into your Discogs field “%1” for the %2 exported records?</source>
        <translation>Записать сегодняшнюю дату в ваше поле Discogs «%1» для экспортированных пластинок (%2)?</translation>
    </message>
    <message>
        <source>This changes your collection on Discogs. Each record&apos;s field is read first, and a value you wrote yourself is kept unless you choose to replace it. Up to about 60 marks go at once; more go at the Discogs rate limit, about one a second. You can stop them at any time, and turn this off in Settings.</source>
        <translation>Это изменит вашу коллекцию на Discogs. Сначала читается поле каждой пластинки, и значение, которое вы написали сами, сохраняется, если вы не решите его заменить. До 60 отметок уходят сразу; остальные — с учётом лимита запросов Discogs, примерно по одной в секунду. Их можно остановить в любой момент, а саму функцию — отключить в настройках.</translation>
    </message>
    <message>
        <source>%1 of the records have something else in “%2” on Discogs.</source>
        <translation>У части пластинок (%1) на Discogs в поле «%2» записано что-то другое.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <source>They hold: %1. Replace writes the mark over exactly these values; Skip keeps them; Don&apos;t mark now keeps these marks queued for later.</source>
        <translation>В них записано: %1. «Заменить» запишет отметку поверх именно этих значений; «Пропустить» оставит их; «Не отмечать сейчас» оставит эти отметки в очереди на потом.</translation>
    </message>
    <message>
        <source>Don&apos;t mark now</source>
        <translation>Не отмечать сейчас</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Skip those</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Заменить</translation>
    </message>
</context>
<context>
    <name>ReleaseModel</name>
    <message>
        <source>Last exported on %1</source>
        <translation>Последний экспорт: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rated %n of 5</source>
        <translation>
            <numerusform>Оценка: %n из 5</numerusform>
            <numerusform>Оценка: %n из 5</numerusform>
            <numerusform>Оценка: %n из 5</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Отмечено</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Не отмечено</translation>
    </message>
    <message>
        <source>Your Discogs collection field “%1”</source>
        <translation>Ваше поле коллекции Discogs «%1»</translation>
    </message>
    <message>
        <source>Check or uncheck all shown releases</source>
        <translation>Отметить все показанные релизы или снять с них отметку</translation>
    </message>
    <message>
        <source>Cover (hover for a larger one)</source>
        <translation>Обложка (наведите, чтобы увеличить)</translation>
    </message>
    <message>
        <source>When the release was last saved to a QR Factory CSV</source>
        <translation>Когда релиз в последний раз сохранялся в CSV для QR Factory</translation>
    </message>
    <message>
        <source>Last exported on %1; the sticker would now read differently (reprint it)</source>
        <translation>Последний экспорт: %1; теперь наклейка выглядела бы иначе (перепечатайте её)</translation>
    </message>
    <message>
        <source>%1 · changed</source>
        <translation>%1 · изменено</translation>
    </message>
    <message>
        <source>Artist</source>
        <extracomment>Column titles (translated when shown, context &quot;ReleaseModel&quot;).</extracomment>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Лейбл</translation>
    </message>
    <message>
        <source>Cat#</source>
        <translation>Кат. №</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Дата добавления</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Cover</source>
        <extracomment>Emitted after checks change (any folder). Emitted after the collection field columns changed (added, renamed or removed). Emitted after rows were replaced in place by newer data (:meth:`update_rows`). Where the cover column&apos;s pictures come from (None: no covers), and their edge in device pixels.</extracomment>
        <translation>Обложка</translation>
    </message>
</context>
<context>
    <name>ReleaseTable</name>
    <message>
        <source>Releases</source>
        <extracomment>Row heights with covers (the cover is the row less a small margin) and without.</extracomment>
        <translation>Релизы</translation>
    </message>
    <message>
        <source>The first column ticks a release for the preview, the CSV and the stickers; Space ticks the current row.</source>
        <translation>Первый столбец отмечает релиз для просмотра, CSV и наклеек; пробел отмечает текущую строку.</translation>
    </message>
    <message>
        <source>Collection fields</source>
        <translation>Поля коллекции</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Сбросить столбцы</translation>
    </message>
</context>
<context>
    <name>SelectionController</name>
    <message>
        <source>Finding the ticked records…</source>
        <extracomment>The ticked instances (shown first, in table order) and the ticked ids not found.</extracomment>
        <translation>Поиск отмеченных пластинок…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Local library</source>
        <translation>Локальная библиотека</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>Размер кэша</translation>
    </message>
    <message>
        <source>Clear cache…</source>
        <translation>Очистить кэш…</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Очистить кэш</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Файлы CSV</translation>
    </message>
    <message>
        <source>Start with a byte order mark (BOM)</source>
        <translation>Начинать с метки порядка байтов (BOM)</translation>
    </message>
    <message>
        <source>Unix line ends (LF instead of CRLF)</source>
        <translation>Окончания строк Unix (LF вместо CRLF)</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Обложки</translation>
    </message>
    <message>
        <source>Show covers (downloaded from Discogs)</source>
        <translation>Показывать обложки (загружаются с Discogs)</translation>
    </message>
    <message>
        <source>Off: no cover is downloaded; the table shows text only</source>
        <translation>Выкл.: обложки не загружаются, в таблице только текст</translation>
    </message>
    <message>
        <source>Cover cache limit</source>
        <translation>Лимит кэша обложек</translation>
    </message>
    <message>
        <source>At most this much disk space for covers; the oldest are dropped first</source>
        <translation>Не больше этого места на диске для обложек; первыми удаляются самые старые</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Хранить не более</translation>
    </message>
    <message>
        <source>Cover cache size</source>
        <translation>Размер кэша обложек</translation>
    </message>
    <message>
        <source>Clear cover cache</source>
        <translation>Очистить кэш обложек</translation>
    </message>
    <message>
        <source>Covers kept on this computer: %1</source>
        <translation>Обложки на этом компьютере: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Язык окна</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
    <message>
        <source>The app starts again in the new language</source>
        <translation>Приложение перезапустится на новом языке</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>On Discogs</source>
        <translation>На Discogs</translation>
    </message>
    <message>
        <source>Mark printed records in</source>
        <translation>Отмечать напечатанное в поле</translation>
    </message>
    <message>
        <source>After a CSV or sticker sheet is made, write e.g. “QR 2026-12-05” into this collection field of each exported record, so every computer knows it is printed</source>
        <translation>После создания CSV или листа наклеек записывать, например, «QR 2026-12-05» в это поле коллекции у каждой экспортированной пластинки, чтобы на любом компьютере было видно, что она напечатана</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>No local library for this collection.</source>
        <translation>Для этой коллекции нет локальной библиотеки.</translation>
    </message>
    <message>
        <source>Cached collection data: %1</source>
        <translation>Данные коллекции в кэше: %1</translation>
    </message>
    <message>
        <source>Delete the locally cached collection? It is read from Discogs again the next time a folder is opened. Your export history is kept.</source>
        <translation>Удалить локальный кэш коллекции? Она будет заново прочитана с Discogs при следующем открытии папки. История экспорта сохранится.</translation>
    </message>
</context>
<context>
    <name>SheetMap</name>
    <message>
        <source>Sheet map: click the labels already used</source>
        <translation>Схема листа: щёлкните уже использованные этикетки</translation>
    </message>
    <message>
        <source>Each box is one label of the sheet; the stickers fill the free labels from the starting label on. Arrow keys move between labels, Space marks a label used or free, the menu key offers to print the shown sticker on a free label.</source>
        <translation>Каждый прямоугольник — одна этикетка листа; наклейки заполняют свободные этикетки начиная с начальной. Стрелки перемещают между этикетками, пробел помечает этикетку занятой или свободной, клавиша меню предлагает напечатать показанную наклейку на свободной этикетке.</translation>
    </message>
    <message>
        <source>Click the labels already used on this sheet to skip them. Right-click a free label to print the shown sticker on it.</source>
        <translation>Щёлкните уже использованные на этом листе этикетки, чтобы пропустить их. Щелчок правой кнопкой по свободной этикетке — напечатать на ней показанную наклейку.</translation>
    </message>
    <message>
        <source>&amp;Print this sticker here…</source>
        <translation>&amp;Напечатать эту наклейку здесь…</translation>
    </message>
    <message>
        <source>&amp;Save this sticker here as PDF…</source>
        <translation>&amp;Сохранить эту наклейку здесь в PDF…</translation>
    </message>
    <message>
        <source>&amp;Mark as used</source>
        <translation>&amp;Отметить как занятую</translation>
    </message>
    <message>
        <source>&amp;Mark as free</source>
        <translation>&amp;Отметить как свободную</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Discogs</source>
        <translation>Вход в Discogs</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Способ входа</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Войти через Discogs</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Личный токен доступа</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Состояние входа</translation>
    </message>
    <message>
        <source>Discogs opens in the browser and asks you to allow access; this window then continues by itself.</source>
        <translation>Discogs откроется в браузере и попросит разрешить доступ; затем это окно продолжит работу само.</translation>
    </message>
    <message>
        <source>Discogs asks each desktop app for its own key. Register an application at &lt;a href=&quot;%1&quot;&gt;Discogs → Settings → Developers&lt;/a&gt; (any name; the callback URL can stay empty), then copy its consumer key and secret here.</source>
        <translation>Discogs требует для каждого настольного приложения собственный ключ. Зарегистрируйте приложение в &lt;a href=&quot;%1&quot;&gt;Discogs → Настройки → Разработчики&lt;/a&gt; (любое имя; Callback URL можно оставить пустым), затем скопируйте сюда его consumer key и consumer secret.</translation>
    </message>
    <message>
        <source>Your own application key</source>
        <translation>Ваш собственный ключ приложения</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer key</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer secret</translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation>Consumer &amp;key:</translation>
    </message>
    <message>
        <source>Consumer &amp;secret:</source>
        <translation>Consumer &amp;secret:</translation>
    </message>
    <message>
        <source>&amp;Open Discogs in the browser</source>
        <translation>&amp;Открыть Discogs в браузере</translation>
    </message>
    <message>
        <source>Open Discogs in the browser</source>
        <translation>Открыть Discogs в браузере</translation>
    </message>
    <message>
        <source>Address to open in a browser</source>
        <translation>Адрес для открытия в браузере</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Скопировать адрес</translation>
    </message>
    <message>
        <source>If the browser cannot come back here, paste the code or address</source>
        <translation>Если браузер не может вернуться сюда, вставьте код или адрес</translation>
    </message>
    <message>
        <source>Code from Discogs</source>
        <translation>Код от Discogs</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Continue with the pasted code</source>
        <translation>Продолжить со вставленным кодом</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open &lt;a href=&quot;%1&quot;&gt;Discogs → Settings → Developers&lt;/a&gt; (sign in to Discogs there if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate new token&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the token, paste it below and click &lt;b&gt;Sign in&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;The token gives this app access to your collection until you revoke it there.</source>
        <translation>&lt;ol&gt;&lt;li&gt;Откройте &lt;a href=&quot;%1&quot;&gt;Discogs → Настройки → Разработчики&lt;/a&gt; (войдите там в Discogs, если попросит).&lt;/li&gt;&lt;li&gt;Нажмите &lt;b&gt;Generate new token&lt;/b&gt; («Создать новый токен»).&lt;/li&gt;&lt;li&gt;Скопируйте токен, вставьте его ниже и нажмите &lt;b&gt;Войти&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;Токен даёт этому приложению доступ к вашей коллекции, пока вы не отзовёте его там.</translation>
    </message>
    <message>
        <source>Open the &amp;developer settings</source>
        <translation>Открыть &amp;настройки разработчика</translation>
    </message>
    <message>
        <source>Open the Discogs developer settings</source>
        <translation>Открыть настройки разработчика Discogs</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Sign in with the token</source>
        <translation>Войти с токеном</translation>
    </message>
    <message>
        <source>Where to keep the sign-in</source>
        <translation>Где хранить вход</translation>
    </message>
    <message>
        <source>For this session only (sign in again next time)</source>
        <translation>Только для этого сеанса (в следующий раз войти заново)</translation>
    </message>
    <message>
        <source>In an UNENCRYPTED file on this computer, readable by your user account:</source>
        <translation>В НЕЗАШИФРОВАННОМ файле на этом компьютере, доступном вашей учётной записи:</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer.</source>
        <translation>На этом компьютере нет защищённой связки ключей.</translation>
    </message>
    <message>
        <source>Enter the consumer key and secret first.</source>
        <translation>Сначала введите consumer key и consumer secret.</translation>
    </message>
    <message>
        <source>Asking Discogs for a sign-in address…</source>
        <translation>Запрос адреса для входа у Discogs…</translation>
    </message>
    <message>
        <source>Allow access in the browser; this window continues by itself.</source>
        <translation>Разрешите доступ в браузере; это окно продолжит работу само.</translation>
    </message>
    <message>
        <source>Allow access in the browser, then paste the code here.</source>
        <translation>Разрешите доступ в браузере, затем вставьте код сюда.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Проверка кода…</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>Адрес скопирован.</translation>
    </message>
    <message>
        <source>Paste a personal access token first.</source>
        <translation>Сначала вставьте личный токен доступа.</translation>
    </message>
    <message>
        <source>Checking the token with Discogs…</source>
        <translation>Проверка токена на Discogs…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Вход выполнен: %1.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>waiting %1 s for the Discogs rate limit</source>
        <translation>ожидание %1 с из-за лимита запросов Discogs</translation>
    </message>
    <message>
        <source>Discogs did not answer properly; trying again in %1 s</source>
        <translation>Discogs ответил с ошибкой; повтор через %1 с</translation>
    </message>
    <message>
        <source>waiting %1 s: %2</source>
        <translation>ожидание %1 с: %2</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>Состояние загрузки</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Прервать загрузку</translation>
    </message>
    <message>
        <source>Stop loading; what is loaded stays, and Refresh loads the rest</source>
        <translation>Остановить загрузку; загруженное останется, а «Обновить» загрузит остальное</translation>
    </message>
</context>
<context>
    <name>StickerPreview</name>
    <message>
        <source>Sticker preview</source>
        <translation>Просмотр наклейки</translation>
    </message>
    <message>
        <source>How the sticker of the current row prints: its QR code and its caption</source>
        <translation>Как напечатается наклейка текущей строки: её QR-код и подпись</translation>
    </message>
</context>
<context>
    <name>StickersDialog</name>
    <message>
        <source>Stickers</source>
        <translation>Наклейки</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>Лист этикеток</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>Этот лист</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Printer offset:</source>
        <translation>Смещение принтера:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Label outlines</source>
        <translation>Контуры этикеток</translation>
    </message>
    <message>
        <source>Cut marks</source>
        <translation>Метки реза</translation>
    </message>
    <message>
        <source>&amp;Marks:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>The rows&apos; font (BottomTextFont)</source>
        <translation>Шрифт строк (BottomTextFont)</translation>
    </message>
    <message>
        <source>This font:</source>
        <translation>Этот шрифт:</translation>
    </message>
    <message>
        <source>Caption font:</source>
        <translation>Шрифт подписи:</translation>
    </message>
    <message>
        <source>Fit the label</source>
        <translation>По размеру этикетки</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>Caption &amp;size:</source>
        <translation>&amp;Размер подписи:</translation>
    </message>
    <message>
        <source>PNG pictures</source>
        <translation>Изображения PNG</translation>
    </message>
    <message>
        <source>SVG drawings</source>
        <translation>Рисунки SVG</translation>
    </message>
    <message>
        <source>Print at 100 % (actual size): turn off “Fit to page” or “Scale to fit” in the print dialog, or the stickers will miss the labels.</source>
        <translation>Печатайте в масштабе 100 % (реальный размер): отключите «По размеру страницы» или «Вписать» в диалоге печати, иначе наклейки не попадут на этикетки.</translation>
    </message>
    <message>
        <source>&amp;Test page…</source>
        <translation>&amp;Тестовая страница…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Сохранить &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save &amp;images…</source>
        <translation>Сохранить &amp;изображения…</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <source>Not usable: %1.</source>
        <translation>Непригодно: %1.</translation>
    </message>
    <message>
        <source>Save stickers as PDF</source>
        <translation>Сохранить наклейки в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sheet in the printer</source>
        <translation>Лист в принтере</translation>
    </message>
    <message>
        <source>A sheet printed on before: printing goes on at its first free label</source>
        <translation>Лист, на котором уже печатали: печать продолжится с его первой свободной этикетки</translation>
    </message>
    <message>
        <source>Fres&amp;h sheet</source>
        <translation>&amp;Новый лист</translation>
    </message>
    <message>
        <source>Start a fresh sheet</source>
        <translation>Начать новый лист</translation>
    </message>
    <message>
        <source>Print from the first label of a new sheet</source>
        <translation>Печатать с первой этикетки нового листа</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>Начать с этикетки</translation>
    </message>
    <message>
        <source>Start &amp;at label:</source>
        <translation>Н&amp;ачать с этикетки:</translation>
    </message>
    <message>
        <source>Printer offset to the right</source>
        <translation>Смещение принтера вправо</translation>
    </message>
    <message>
        <source>Printer offset down</source>
        <translation>Смещение принтера вниз</translation>
    </message>
    <message>
        <source>Ima&amp;ges as:</source>
        <translation>Формат изо&amp;бражений:</translation>
    </message>
    <message>
        <source>Sticker shown</source>
        <translation>Показанная наклейка</translation>
    </message>
    <message>
        <source>Stic&amp;ker:</source>
        <translation>На&amp;клейка:</translation>
    </message>
    <message>
        <source>Sh&amp;eet in the printer:</source>
        <translation>&amp;Лист в принтере:</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Забыть</translation>
    </message>
    <message>
        <source>Forget this sheet</source>
        <translation>Забыть этот лист</translation>
    </message>
    <message>
        <source>This sheet is used up or thrown away</source>
        <translation>Этот лист израсходован или выброшен</translation>
    </message>
    <message>
        <source>Click the labels already used. Right-click a free label to print the sticker shown above on it.</source>
        <translation>Щёлкните уже использованные этикетки. Щелчок правой кнопкой по свободной этикетке — напечатать на ней наклейку, показанную выше.</translation>
    </message>
    <message>
        <source>Stickers status</source>
        <translation>Состояние наклеек</translation>
    </message>
    <message>
        <source>What will be printed</source>
        <translation>Что будет напечатано</translation>
    </message>
    <message>
        <source>One size for the whole sheet</source>
        <translation>Один размер на весь лист</translation>
    </message>
    <message>
        <source>Each label its own size</source>
        <translation>Свой размер для каждой этикетки</translation>
    </message>
    <message>
        <source>Caption &amp;fit:</source>
        <translation>Подгонка по&amp;дписи:</translation>
    </message>
    <message>
        <source>Record icon in the middle (a smaller code, less margin)</source>
        <translation>Значок пластинки в центре (код меньше, запас ниже)</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>As the rows say</source>
        <translation>Как в строках</translation>
    </message>
    <message>
        <source>Shorter: discogs.com/… without www</source>
        <translation>Короче: discogs.com/… без www</translation>
    </message>
    <message>
        <source>Smallest code: in capitals, HTTPS://DISCOGS.COM/RELEASE/…</source>
        <translation>Самый маленький код: заглавными, HTTPS://DISCOGS.COM/RELEASE/…</translation>
    </message>
    <message>
        <source>&amp;Links printed:</source>
        <translation>Вид &amp;ссылок:</translation>
    </message>
    <message>
        <source>A fresh sheet</source>
        <translation>Новый лист</translation>
    </message>
    <message>
        <source>%1, %2 free, %3</source>
        <translation>%1, свободно: %2, %3</translation>
    </message>
    <message>
        <source>%1 stickers on %2 page(s), from label %3.</source>
        <translation>Наклеек: %1, страниц: %2, начиная с этикетки %3.</translation>
    </message>
    <message>
        <source>Saved %1 stickers on %2 page(s) to %3; every code decoded.</source>
        <translation>Сохранено наклеек: %1, страниц: %2, в %3; все коды распознаются.</translation>
    </message>
    <message>
        <source>Print stickers</source>
        <translation>Печать наклеек</translation>
    </message>
    <message>
        <source>Sent %1 stickers on %2 page(s) to %3; every code decoded.</source>
        <translation>Отправлено наклеек: %1, страниц: %2, на %3; все коды распознаются.</translation>
    </message>
    <message>
        <source>Sent the sticker to label %4 on %3; its code decoded.</source>
        <translation>Наклейка отправлена на %3 (этикетка %4); её код распознаётся.</translation>
    </message>
    <message>
        <source>Save the sticker as PDF</source>
        <translation>Сохранить наклейку в PDF</translation>
    </message>
    <message>
        <source>Saved the sticker on label %4 to %3; its code decoded.</source>
        <translation>Наклейка для этикетки %4 сохранена в %3; её код распознаётся.</translation>
    </message>
    <message>
        <source>Save sticker images in</source>
        <translation>Сохранить изображения наклеек в</translation>
    </message>
    <message>
        <source>Saved %1 images in %3; every code decoded.</source>
        <translation>Сохранено изображений: %1, в %3; все коды распознаются.</translation>
    </message>
    <message>
        <source>Characters no font has</source>
        <translation>Символы, которых нет ни в одном шрифте</translation>
    </message>
    <message>
        <source>%1 caption(s) have characters that no installed font can print: they would print as empty boxes.</source>
        <translation>Подписей с символами, которые не может напечатать ни один установленный шрифт: %1. Они напечатаются пустыми квадратами.</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>&amp;Всё равно сохранить</translation>
    </message>
    <message>
        <source>&amp;Remove the characters</source>
        <translation>&amp;Удалить символы</translation>
    </message>
    <message>
        <source>Save a test page</source>
        <translation>Сохранить тестовую страницу</translation>
    </message>
    <message>
        <source>Saved the test page to %1. Print it at 100 % on plain paper, hold it against a label sheet, and set the offset.</source>
        <translation>Тестовая страница сохранена в %1. Напечатайте её в масштабе 100 % на обычной бумаге, приложите к листу этикеток и настройте смещение.</translation>
    </message>
    <message>
        <source>Checking every code and drawing %1 stickers…</source>
        <translation>Проверка всех кодов и отрисовка наклеек (%1)…</translation>
    </message>
    <message>
        <source>The export history could not be updated.</source>
        <translation>Не удалось обновить историю экспорта.</translation>
    </message>
    <message>
        <source>%1 code(s) scan with little margin: %2</source>
        <translation>Кодов, которые сканируются с малым запасом: %1. %2</translation>
    </message>
    <message>
        <source>Used labels %1.</source>
        <translation>Использованы этикетки %1.</translation>
    </message>
    <message>
        <source>No label is left free: the next print starts a fresh sheet.</source>
        <translation>Свободных этикеток не осталось: следующая печать начнётся с нового листа.</translation>
    </message>
    <message>
        <source>%1 labels stay free on the sheet in the printer; the next print starts at label %2.</source>
        <translation>Свободных этикеток на листе в принтере: %1; следующая печать начнётся с этикетки %2.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Export template</source>
        <translation>Шаблон экспорта</translation>
    </message>
    <message>
        <source>Template parts</source>
        <translation>Части шаблона</translation>
    </message>
    <message>
        <source>Caption &amp;&amp; file name</source>
        <translation>Подпись &amp;&amp; имя файла</translation>
    </message>
    <message>
        <source>Column defaults</source>
        <translation>Значения столбцов</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>The values the app starts with</source>
        <translation>Значения, с которыми запускается приложение</translation>
    </message>
    <message>
        <source>Load a template file someone shared</source>
        <translation>Загрузить файл шаблона, которым с вами поделились</translation>
    </message>
    <message>
        <source>Save this template as a file to share</source>
        <translation>Сохранить этот шаблон в файл, чтобы поделиться им</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Caption template</source>
        <translation>Шаблон подписи</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>Шаблон имени файла</translation>
    </message>
    <message>
        <source>QR content template</source>
        <translation>Шаблон содержимого QR</translation>
    </message>
    <message>
        <source>Caption (BottomText):</source>
        <translation>Подпись (BottomText):</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Имя файла:</translation>
    </message>
    <message>
        <source>QR code content:</source>
        <translation>Содержимое QR-кода:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Use the artist name as credited on the release (ANV)</source>
        <translation>Имя исполнителя так, как оно указано на релизе (ANV)</translation>
    </message>
    <message>
        <source>Text for an unknown year</source>
        <translation>Текст для неизвестного года</translation>
    </message>
    <message>
        <source>Protect cells starting with = + - @ for spreadsheets</source>
        <translation>Защищать ячейки, начинающиеся с = + - @, для электронных таблиц</translation>
    </message>
    <message>
        <source>Adds an apostrophe; QR Factory then prints it too. Off by default.</source>
        <translation>Добавляет апостроф; QR Factory тоже его напечатает. По умолчанию выключено.</translation>
    </message>
    <message>
        <source>Icon file</source>
        <translation>Файл значка</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Unknown year:</source>
        <translation>Неизвестный год:</translation>
    </message>
    <message>
        <source>Icon in the code:</source>
        <translation>Значок в коде:</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Подстановки</translation>
    </message>
    <message>
        <source>Your collection note field “%1”</source>
        <translation>Ваше поле заметок коллекции «%1»</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Insert at the cursor of the template you last edited</source>
        <translation>Вставить в позицию курсора последнего изменённого шаблона</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Пластинка:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <source>QR content:</source>
        <translation>Содержимое QR:</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, строка %2, столбец %3</translation>
    </message>
    <message>
        <source>%1, column %3</source>
        <translation>%1, столбец %3</translation>
    </message>
    <message>
        <source>Fix the problems first</source>
        <translation>Сначала исправьте ошибки</translation>
    </message>
    <message>
        <source>(no record to show)</source>
        <translation>(нет пластинки для показа)</translation>
    </message>
    <message>
        <source>No icon: the code is plain.</source>
        <translation>Без значка: обычный код.</translation>
    </message>
    <message>
        <source>A relative path: QR Factory may look for it beside the CSV file. Choose the file to store its full path.</source>
        <translation>Относительный путь: QR Factory может искать файл рядом с CSV-файлом. Выберите файл, чтобы сохранить полный путь.</translation>
    </message>
    <message>
        <source>⚠ “%1” does not exist on this computer.</source>
        <translation>⚠ «%1» нет на этом компьютере.</translation>
    </message>
    <message>
        <source>✓ The icon file exists.</source>
        <translation>✓ Файл значка найден.</translation>
    </message>
    <message>
        <source>Choose the icon</source>
        <translation>Выбор значка</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>Изображения (*.svg *.png *.jpg *.jpeg *.pdf *.tif *.tiff);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Импорт шаблона</translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation>Шаблоны (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Шаблоны (*.json)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>“%1” could not be imported: %2</source>
        <translation>Не удалось импортировать «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
    <message>
        <source>Artists as Discogs shows them (joins, no “(2)”, ANV when chosen)</source>
        <extracomment>Every placeholder with a short description (shown by the template editor&apos;s picker).</extracomment>
        <translation>Исполнители так, как их показывает Discogs (со связками, без «(2)», ANV, если выбрано)</translation>
    </message>
    <message>
        <source>Release title</source>
        <translation>Название релиза</translation>
    </message>
    <message>
        <source>Release year (“unknown” when Discogs has 0)</source>
        <translation>Год релиза («unknown», если у Discogs 0)</translation>
    </message>
    <message>
        <source>Collection folder name</source>
        <translation>Название папки коллекции</translation>
    </message>
    <message>
        <source>First format name, e.g. Vinyl</source>
        <translation>Первый формат, например Vinyl</translation>
    </message>
    <message>
        <source>Record size: 12&quot;, 10&quot; or 7&quot; (LP ⇒ 12&quot;)</source>
        <translation>Размер пластинки: 12&quot;, 10&quot; или 7&quot; (LP ⇒ 12&quot;)</translation>
    </message>
    <message>
        <source>Format descriptions, e.g. LP, Album</source>
        <translation>Описания формата, например LP, Album</translation>
    </message>
    <message>
        <source>Full format, e.g. 2 × Vinyl, LP, Album</source>
        <translation>Полный формат, например 2 × Vinyl, LP, Album</translation>
    </message>
    <message>
        <source>First label</source>
        <translation>Первый лейбл</translation>
    </message>
    <message>
        <source>Catalogue number</source>
        <translation>Каталожный номер</translation>
    </message>
    <message>
        <source>Discogs release id</source>
        <translation>ID релиза на Discogs</translation>
    </message>
    <message>
        <source>Collection instance id (distinct for two copies)</source>
        <translation>ID экземпляра в коллекции (разный для двух копий)</translation>
    </message>
    <message>
        <source>Date added to the collection (YYYY-MM-DD)</source>
        <translation>Дата добавления в коллекцию (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Your rating (0–5)</source>
        <translation>Ваша оценка (0–5)</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Жанры</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation>Стили</translation>
    </message>
    <message>
        <source>All collection notes</source>
        <translation>Все заметки коллекции</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>Discogs QR Export</source>
        <translation>Discogs QR Export</translation>
    </message>
    <message>
        <source>Pick records from your Discogs collection and print a QR sticker for each: on label sheets, a label printer or as images, or as a batch file for QR Factory 3.</source>
        <translation>Выбирайте пластинки из своей коллекции Discogs и печатайте для каждой QR-наклейку: на листах этикеток, на принтере этикеток, в виде изображений или пакетным файлом для QR Factory 3.</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Войти через Discogs</translation>
    </message>
    <message>
        <source>Use a personal access token</source>
        <translation>Войти с личным токеном доступа</translation>
    </message>
    <message>
        <source>Explore the demo collection</source>
        <translation>Открыть демо-коллекцию</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open the Discogs developer settings (sign in there if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate new token&lt;/b&gt; and copy it.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Use a personal access token&lt;/b&gt; above and paste it.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Откройте настройки разработчика Discogs (войдите там, если попросит).&lt;/li&gt;&lt;li&gt;Нажмите &lt;b&gt;Generate new token&lt;/b&gt; («Создать новый токен») и скопируйте токен.&lt;/li&gt;&lt;li&gt;Нажмите выше &lt;b&gt;Войти с личным токеном доступа&lt;/b&gt; и вставьте его.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open the developer settings</source>
        <translation>Открыть настройки разработчика</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Discogs QR Export is already open; its window was brought to the front.</source>
        <translation>Discogs QR Export уже открыт; его окно выведено на передний план.</translation>
    </message>
    <message>
        <source>Discogs QR Export is already open (process %1) but does not answer. Close it, or end that process, and start again.</source>
        <translation>Discogs QR Export уже открыт (процесс %1), но не отвечает. Закройте его или завершите этот процесс и запустите приложение снова.</translation>
    </message>
</context>
</TS>

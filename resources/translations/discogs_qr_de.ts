<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Pick records from your Discogs collection and print a QR sticker for each, linking to its Discogs page: label sheets, label printers, images, or a batch CSV for QR Factory 3.</source>
        <translation>Wähle Platten aus deiner Discogs-Sammlung und drucke für jede einen QR-Aufkleber, der auf ihre Discogs-Seite führt: auf Etikettenbögen, mit Etikettendruckern, als Bilder oder als Stapel-CSV für QR Factory 3.</translation>
    </message>
    <message>
        <source>Data from &lt;a href=&quot;https://www.discogs.com/&quot;&gt;Discogs&lt;/a&gt;. This app is not affiliated with Discogs.</source>
        <translation>Daten von &lt;a href=&quot;https://www.discogs.com/&quot;&gt;Discogs&lt;/a&gt;. Diese App steht in keiner Verbindung zu Discogs.</translation>
    </message>
</context>
<context>
    <name>AccountController</name>
    <message>
        <source>Signed in as %1</source>
        <extracomment>source, demo, credentials (or None), keep the checks (the same account again)</extracomment>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Demo collection</source>
        <translation>Demo-Sammlung</translation>
    </message>
    <message>
        <source>Checking the Discogs sign-in…</source>
        <translation>Discogs-Anmeldung wird geprüft …</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Bring the collection up to date with Discogs (F5)</source>
        <translation>Die Sammlung mit Discogs abgleichen (F5)</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>&amp;Vollständig aktualisieren</translation>
    </message>
    <message>
        <source>Read the whole collection from Discogs again</source>
        <translation>Die ganze Sammlung noch einmal von Discogs lesen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>Laden abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Laden anhalten</translation>
    </message>
    <message>
        <source>Preview checked…</source>
        <translation>Vorschau …</translation>
    </message>
    <message>
        <source>Preview and export the checked releases</source>
        <translation>Die markierten Veröffentlichungen ansehen und exportieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Check &amp;all shown</source>
        <translation>&amp;Alle angezeigten markieren</translation>
    </message>
    <message>
        <source>Check every release shown (Ctrl+A)</source>
        <translation>Jede angezeigte Veröffentlichung markieren (Strg+A)</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>Markierungen en&amp;tfernen</translation>
    </message>
    <message>
        <source>Uncheck every release shown (Ctrl+Shift+A)</source>
        <translation>Die Markierung jeder angezeigten Veröffentlichung entfernen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>&amp;Invert checks</source>
        <translation>Markierungen &amp;umkehren</translation>
    </message>
    <message>
        <source>Invert the checks of the releases shown (Ctrl+I)</source>
        <translation>Die Markierungen der angezeigten Veröffentlichungen umkehren (Strg+I)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Go to &amp;folders</source>
        <translation>Zu den &amp;Ordnern</translation>
    </message>
    <message>
        <source>Go to &amp;releases</source>
        <translation>Zu den Veröffent&amp;lichungen</translation>
    </message>
    <message>
        <source>&amp;Open release page</source>
        <translation>Veröffentlichungsseite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Mit Discogs anmelden</translation>
    </message>
    <message>
        <source>Use a personal access &amp;token…</source>
        <translation>Persönlichen Zugangs&amp;token verwenden …</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Forget the saved sign-in</source>
        <translation>Die gespeicherte Anmeldung vergessen</translation>
    </message>
    <message>
        <source>Open the &amp;demo collection</source>
        <translation>&amp;Demo-Sammlung öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>&amp;Protokollordner anzeigen</translation>
    </message>
    <message>
        <source>&amp;About Discogs QR Export</source>
        <translation>Ü&amp;ber Discogs QR Export</translation>
    </message>
    <message>
        <source>Show co&amp;vers</source>
        <translation>&amp;Cover anzeigen</translation>
    </message>
    <message>
        <source>Show each record&apos;s cover in the table</source>
        <translation>Das Cover jeder Platte in der Tabelle anzeigen</translation>
    </message>
    <message>
        <source>&amp;Larger covers</source>
        <translation>&amp;Größere Cover</translation>
    </message>
    <message>
        <source>Taller rows with larger covers</source>
        <translation>Höhere Zeilen, größere Cover</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Enabled only while the collection browser is shown.</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Umkehren</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Age of the collection field values</source>
        <translation>Alter der Sammlungsfeldwerte</translation>
    </message>
    <message>
        <source>When the collection field values shown were last read from Discogs</source>
        <translation>Wann die angezeigten Werte der Sammlungsfelder zuletzt von Discogs gelesen wurden</translation>
    </message>
    <message>
        <source>Preview checked…</source>
        <translation>Vorschau …</translation>
    </message>
    <message>
        <source>Preview checked releases</source>
        <translation>Markierte Veröffentlichungen in der Vorschau</translation>
    </message>
    <message>
        <source>Preview and export the checked releases (Ctrl+P)</source>
        <translation>Die markierten Veröffentlichungen ansehen und exportieren (Strg+P)</translation>
    </message>
    <message>
        <source>Releases and preview</source>
        <translation>Veröffentlichungen und Vorschau</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Veröffentlichungen</translation>
    </message>
    <message>
        <source>fields read just now</source>
        <extracomment>() -&gt; when the field values shown were last read from Discogs (None: not known)</extracomment>
        <translation>Felder gerade eben gelesen</translation>
    </message>
    <message numerus="yes">
        <source>fields read %n min ago</source>
        <translation>
            <numerusform>Felder vor %n Min. gelesen</numerusform>
            <numerusform>Felder vor %n Min. gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fields read %n h ago</source>
        <translation>
            <numerusform>Felder vor %n Std. gelesen</numerusform>
            <numerusform>Felder vor %n Std. gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fields read %n days ago</source>
        <translation>
            <numerusform>Felder vor %n Tag gelesen</numerusform>
            <numerusform>Felder vor %n Tagen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown · %2 selected</source>
        <extracomment>(history, instances, folder names) -&gt; None: works out which exported records would now print differently (in a worker) and passes their ids to :meth:`set_changed_ids` () -&gt; the collection field holding the &quot;printed&quot; marks on Discogs, or None</extracomment>
        <translation>%1 sichtbar · %2 markiert</translation>
    </message>
    <message>
        <source>%1 in folder</source>
        <translation>%1 im Ordner</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <source>(%1 selected not shown)</source>
        <translation>(%1 davon verborgen)</translation>
    </message>
    <message>
        <source>No release matches the search and filters.</source>
        <translation>Keine Veröffentlichung passt zu Suche und Filtern.</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Dieser Ordner ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>Preview %n checked…</source>
        <translation>
            <numerusform>Vorschau (%n) …</numerusform>
            <numerusform>Vorschau (%n) …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColorEditor</name>
    <message>
        <source>Choose a colour…</source>
        <translation>Farbe wählen …</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
</context>
<context>
    <name>ColumnDefaults</name>
    <message>
        <source>These values go into every row, for QR Factory 3 to draw each code with. A cell edited by hand in the preview keeps its own value. Hover over a name for what it means.</source>
        <extracomment>A value was changed by the user.</extracomment>
        <translation>Diese Werte kommen in jede Zeile; mit ihnen zeichnet QR Factory 3 jeden Code. Eine Zelle, die du in der Vorschau von Hand geändert hast, behält ihren eigenen Wert. Zeige auf einen Namen, um zu sehen, was er bedeutet.</translation>
    </message>
</context>
<context>
    <name>ColumnHelp</name>
    <message>
        <source>What the code holds. URL: the code opens a web page (the record on Discogs).</source>
        <extracomment>Columns edited on the editor&apos;s first tab; every other column is in this form. The width of the explanation under each field, in pixels (two columns fit the dialog). What each column means, in plain words (translated when shown, context &quot;ColumnHelp&quot;).</extracomment>
        <translation>Was der Code enthält. URL: Der Code öffnet eine Webseite (die Platte auf Discogs).</translation>
    </message>
    <message>
        <source>Width and height of each QR image, in pixels.</source>
        <translation>Breite und Höhe jedes QR-Bildes, in Pixeln.</translation>
    </message>
    <message>
        <source>The image format QR Factory writes. SVG, PDF and EPS stay sharp at any size.</source>
        <translation>Das Bildformat, das QR Factory schreibt. SVG, PDF und EPS bleiben in jeder Größe scharf.</translation>
    </message>
    <message>
        <source>RGB for screens and home printers; CMYK for a print shop.</source>
        <translation>RGB für Bildschirme und Drucker zu Hause; CMYK für eine Druckerei.</translation>
    </message>
    <message>
        <source>Turns the whole code by this many degrees.</source>
        <translation>Dreht den ganzen Code um so viele Grad.</translation>
    </message>
    <message>
        <source>Error correction: how much of the code may be covered or scratched and still scan (Low about 7 %, Medium 15 %, Quartile 25 %, High 30 %). An icon in the middle covers part of the code, so keep it High.</source>
        <translation>Fehlerkorrektur: wie viel vom Code verdeckt oder zerkratzt sein darf, damit er sich noch scannen lässt (Low etwa 7 %, Medium 15 %, Quartile 25 %, High 30 %). Ein Symbol in der Mitte verdeckt einen Teil des Codes, also bleib bei High.</translation>
    </message>
    <message>
        <source>Yes lets QR Factory choose the error correction itself; No always uses ReliabilityLevel.</source>
        <translation>Yes lässt QR Factory die Fehlerkorrektur selbst wählen; No nimmt immer ReliabilityLevel.</translation>
    </message>
    <message>
        <source>How round the code&apos;s small squares (its “pixels”) are drawn: 0.0 sharp squares, 1.0 round dots, in between squares with rounded corners.</source>
        <translation>Wie rund die kleinen Quadrate des Codes (seine „Pixel“) gezeichnet werden: 0.0 scharfe Quadrate, 1.0 runde Punkte, dazwischen Quadrate mit abgerundeten Ecken.</translation>
    </message>
    <message>
        <source>Solid: every pixel in PixelColorStart. Gradient: pixels blend from PixelColorStart to PixelColorEnd.</source>
        <translation>Solid: jedes Pixel in PixelColorStart. Gradient: Die Pixel gehen von PixelColorStart in PixelColorEnd über.</translation>
    </message>
    <message>
        <source>How the background is filled: one colour (Solid), a gradient, or nothing (Transparent).</source>
        <translation>Wie der Hintergrund gefüllt wird: mit einer Farbe (Solid), einem Verlauf oder gar nicht (Transparent).</translation>
    </message>
    <message>
        <source>The colour behind the code. Keep it much lighter than the pixels, or phones may not read the code.</source>
        <translation>Die Farbe hinter dem Code. Halte sie viel heller als die Pixel, sonst können Handys den Code womöglich nicht lesen.</translation>
    </message>
    <message>
        <source>The pixels&apos; colour (where a gradient starts).</source>
        <translation>Die Farbe der Pixel (wo ein Verlauf beginnt).</translation>
    </message>
    <message>
        <source>Where a gradient ends; only used when PixelColorType is Gradient.</source>
        <translation>Wo ein Verlauf endet; nur genutzt, wenn PixelColorType Gradient ist.</translation>
    </message>
    <message>
        <source>The direction of the gradient, in degrees.</source>
        <translation>Die Richtung des Verlaufs, in Grad.</translation>
    </message>
    <message>
        <source>Yes fits the middle icon to the code&apos;s grid of pixels, so it covers whole pixels and cuts none in half; No places it at its exact size.</source>
        <translation>Yes passt das Symbol in der Mitte an das Pixelraster des Codes an, sodass es ganze Pixel verdeckt und keines halbiert; No setzt es in seiner genauen Größe.</translation>
    </message>
    <message>
        <source>How big the middle icon is, in percent. A bigger icon hides more of the code.</source>
        <translation>Wie groß das Symbol in der Mitte ist, in Prozent. Ein größeres Symbol verdeckt mehr vom Code.</translation>
    </message>
    <message>
        <source>The shape of the blank frame around the icon, or None for no frame.</source>
        <translation>Die Form des leeren Rahmens um das Symbol, oder None für keinen Rahmen.</translation>
    </message>
    <message>
        <source>How wide the frame around the icon is, in percent.</source>
        <translation>Wie breit der Rahmen um das Symbol ist, in Prozent.</translation>
    </message>
    <message>
        <source>How rounded a square frame&apos;s corners are (0 = sharp).</source>
        <translation>Wie rund die Ecken eines quadratischen Rahmens sind (0 = spitz).</translation>
    </message>
    <message>
        <source>The colour of the frame around the icon.</source>
        <translation>Die Farbe des Rahmens um das Symbol.</translation>
    </message>
    <message>
        <source>The caption&apos;s size, in points.</source>
        <translation>Die Größe der Beschriftung, in Punkt.</translation>
    </message>
    <message>
        <source>The caption&apos;s colour.</source>
        <translation>Die Farbe der Beschriftung.</translation>
    </message>
    <message>
        <source>The caption&apos;s font, by name. It must be installed on the Mac that runs QR Factory.</source>
        <translation>Die Schrift der Beschriftung, mit Namen. Sie muss auf dem Mac installiert sein, auf dem QR Factory läuft.</translation>
    </message>
    <message>
        <source>The caption font&apos;s style: Regular, Bold, Italic or Bold Italic.</source>
        <translation>Der Schriftschnitt der Beschriftung: Regular, Bold, Italic oder Bold Italic.</translation>
    </message>
    <message>
        <source>The quiet zone: an empty margin around the code, in percent of its size. Scanners need it to find the code, so do not make it 0.</source>
        <translation>Die Ruhezone: ein leerer Rand um den Code, in Prozent seiner Größe. Scanner brauchen ihn, um den Code zu finden, also setze ihn nicht auf 0.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. Your saved files are not affected and you can keep working; if something looks wrong, save your work and restart the app.

The report below helps to fix it. It contains no passwords or tokens.</source>
        <translation>In der App ist etwas schiefgelaufen. Deine gespeicherten Dateien sind nicht betroffen und du kannst weiterarbeiten; wenn dir etwas seltsam vorkommt, speichere deine Arbeit und starte die App neu.

Der Bericht unten hilft, den Fehler zu beheben. Er enthält keine Passwörter oder Tokens.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Show log folder</source>
        <translation>Protokollordner anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n errors so far; the newest is shown.</source>
        <translation>
            <numerusform>Bisher %n Fehler; der neueste wird angezeigt.</numerusform>
            <numerusform>Bisher %n Fehler; der neueste wird angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsController</name>
    <message>
        <source>The unsaved preview is restored once its records are read again…</source>
        <extracomment>The draft to load into the preview and the instances found for it ({} = none).</extracomment>
        <translation>Die ungespeicherte Vorschau wird wiederhergestellt, sobald ihre Platten wieder gelesen sind…</translation>
    </message>
    <message>
        <source>Restoring the unsaved preview…</source>
        <translation>Die ungespeicherte Vorschau wird wiederhergestellt …</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer about the account.</source>
        <extracomment>Builds something with ``get_json(path)`` that sends requests signed with the credentials. How long a sign-in waits for the browser to come back (request tokens expire after ~15 min).</extracomment>
        <translation>Discogs hat unerwartet über das Konto geantwortet.</translation>
    </message>
    <message>
        <source>Discogs did not answer in time; try again later.</source>
        <extracomment>An image larger than this is refused (Discogs&apos; covers are well under 1 MB). The image server says 403 or 429 when it is asked too often: back off as for a 5xx. Retries of one image: a cover that keeps failing is asked for again much later instead. Called with (seconds, reason) before the gateway waits. Request priorities: the user&apos;s requests go at once; background ones (a pass re-reading the collection) yield to them and keep to a share of the rate limit (see :func:`background_budget`). A background request waits this long after the user&apos;s last request (the next page of a load, the next mark, follows within this time).</extracomment>
        <translation>Discogs hat nicht rechtzeitig geantwortet; versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>Could not reach Discogs; check the internet connection and try again later.</source>
        <translation>Discogs ist nicht erreichbar; prüfe die Internetverbindung und versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>Discogs kept refusing requests as too frequent; wait a minute and try again.</source>
        <translation>Discogs hat Anfragen wiederholt als zu häufig abgelehnt; warte eine Minute und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Discogs is not answering properly right now (HTTP {status}); try again later.</source>
        <translation>Discogs antwortet gerade nicht richtig (HTTP {status}); versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>Discogs sent an answer that could not be read; try again later.</source>
        <translation>Die Antwort von Discogs war nicht lesbar; versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>Discogs did not accept the sign-in (the token may be wrong or revoked); sign in again.</source>
        <translation>Discogs hat die Anmeldung nicht angenommen (der Token ist vielleicht falsch oder widerrufen); melde dich neu an.</translation>
    </message>
    <message>
        <source>Discogs has no such page ({message}).</source>
        <translation>Diese Seite gibt es bei Discogs nicht ({message}).</translation>
    </message>
    <message>
        <source>Discogs has no such page.</source>
        <translation>Diese Seite gibt es bei Discogs nicht.</translation>
    </message>
    <message>
        <source>Discogs refused the request (HTTP {status}): {message}.</source>
        <translation>Discogs hat die Anfrage abgelehnt (HTTP {status}): {message}.</translation>
    </message>
    <message>
        <source>Discogs refused the request (HTTP {status}).</source>
        <translation>Discogs hat die Anfrage abgelehnt (HTTP {status}).</translation>
    </message>
    <message>
        <source>Discogs did not answer in time; try again.</source>
        <extracomment>``(method, url, auth) -&gt; (status, body text)``; raises AppError(NETWORK) when unreachable.</extracomment>
        <translation>Discogs hat nicht rechtzeitig geantwortet; versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Could not reach Discogs; check the internet connection and try again.</source>
        <translation>Discogs ist nicht erreichbar; prüfe die Internetverbindung und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Discogs is receiving too many requests; wait a minute and try again.</source>
        <translation>Discogs erhält zu viele Anfragen; warte eine Minute und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer during sign-in; try again.</source>
        <translation>Discogs hat bei der Anmeldung unerwartet geantwortet; versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Discogs did not accept these credentials; the token may be wrong or revoked.</source>
        <translation>Discogs hat diese Zugangsdaten nicht angenommen; der Token ist vielleicht falsch oder widerrufen.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer about the signed-in account.</source>
        <translation>Discogs hat unerwartet über das angemeldete Konto geantwortet.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <extracomment>Discogs request tokens and verifiers expire after about this long.</extracomment>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No answer came from the browser within {time}; start the sign-in again.</source>
        <translation>Vom Browser kam innerhalb von {time} keine Antwort; starte die Anmeldung noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>the time allowed</source>
        <translation>der erlaubten Zeit</translation>
    </message>
    <message>
        <source>Signing in with OAuth needs a Discogs consumer key and secret: register an application at {url} and pass --consumer-key/--consumer-secret (or set {key_env}/{secret_env}), or sign in with a personal access token instead (`discogs-qr login --token`).</source>
        <translation>Die Anmeldung mit OAuth braucht einen Consumer Key und ein Consumer Secret von Discogs: Registriere unter {url} eine Anwendung und gib --consumer-key/--consumer-secret an (oder setze {key_env}/{secret_env}), oder melde dich stattdessen mit einem persönlichen Zugangstoken an (`discogs-qr login --token`).</translation>
    </message>
    <message>
        <source>Access was not granted on Discogs, so you are not signed in.</source>
        <translation>Der Zugriff wurde auf Discogs nicht erlaubt, daher bist du nicht angemeldet.</translation>
    </message>
    <message>
        <source>Paste the code Discogs showed, or the whole address from the browser&apos;s address bar.</source>
        <translation>Füge den Code ein, den Discogs angezeigt hat, oder die ganze Adresse aus der Adresszeile des Browsers.</translation>
    </message>
    <message>
        <source>That address belongs to a different sign-in attempt; use the one from the newest.</source>
        <translation>Diese Adresse gehört zu einem anderen Anmeldeversuch; nimm die vom neuesten.</translation>
    </message>
    <message>
        <source>That does not look like a Discogs sign-in code; paste the code Discogs showed, or the whole address the browser ended on.</source>
        <translation>Das sieht nicht wie ein Anmeldecode von Discogs aus; füge den Code ein, den Discogs angezeigt hat, oder die ganze Adresse, bei der der Browser gelandet ist.</translation>
    </message>
    <message>
        <source>Discogs did not accept the application&apos;s consumer key and secret; check them at {url}.</source>
        <translation>Discogs hat den Consumer Key und das Consumer Secret der Anwendung nicht angenommen; prüfe sie unter {url}.</translation>
    </message>
    <message>
        <source>This sign-in has no callback; paste the code Discogs shows instead.</source>
        <translation>Diese Anmeldung hat keinen Rückruf; füge stattdessen den Code ein, den Discogs anzeigt.</translation>
    </message>
    <message>
        <source>Start the sign-in before entering a code.</source>
        <translation>Starte die Anmeldung, bevor du einen Code eingibst.</translation>
    </message>
    <message>
        <source>The sign-in request expired (they last about 15 minutes); start again.</source>
        <translation>Die Anmeldeanfrage ist abgelaufen (sie gilt etwa 15 Minuten); fang noch einmal an.</translation>
    </message>
    <message>
        <source>Discogs did not accept the code; check it, or start the sign-in again if more than 15 minutes have passed (codes expire).</source>
        <translation>Discogs hat den Code nicht angenommen; prüfe ihn, oder starte die Anmeldung neu, wenn mehr als 15 Minuten vergangen sind (Codes laufen ab).</translation>
    </message>
    <message>
        <source>Enter a Discogs personal access token.</source>
        <translation>Gib einen persönlichen Zugangstoken von Discogs ein.</translation>
    </message>
    <message>
        <source>Several folders are called “{name}” (ids {ids}); give the id instead.</source>
        <extracomment>Called with (instances read so far, instances expected; 0 while not known). How many unreadable entries a message names; the rest are counted.</extracomment>
        <translation>Mehrere Ordner heißen „{name}“ (IDs {ids}); gib stattdessen die ID an.</translation>
    </message>
    <message>
        <source>There is no folder “{name}”; the folders are: {choices}.</source>
        <translation>Es gibt keinen Ordner „{name}“; die Ordner sind: {choices}.</translation>
    </message>
    <message>
        <source>The file {path} could not be saved: {reason}.</source>
        <translation>Die Datei {path} konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>The demo collection could not be read: {reason}</source>
        <translation>Die Demo-Sammlung konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>There are no rows to make stickers from.</source>
        <translation>Es gibt keine Zeilen, aus denen Aufkleber werden könnten.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… und {count} weitere.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) would not scan, so nothing was written. {failures}</source>
        <translation>
            <numerusform>%n Code ließe sich nicht scannen, daher wurde nichts geschrieben. {failures}</numerusform>
            <numerusform>%n Codes ließen sich nicht scannen, daher wurde nichts geschrieben. {failures}</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} could not be saved: {reason}.</source>
        <translation>{path} konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>Printing failed: {reason}.</source>
        <translation>Drucken fehlgeschlagen: {reason}.</translation>
    </message>
    <message>
        <source>The sheet settings are not usable: {problem}.</source>
        <translation>Die Bogeneinstellungen sind nicht verwendbar: {problem}.</translation>
    </message>
    <message>
        <source>A layout name needs 1–60 letters, digits or spaces.</source>
        <translation>Ein Layoutname braucht 1–60 Buchstaben, Ziffern oder Leerzeichen.</translation>
    </message>
    <message>
        <source>“{name}” is the name of a preset; choose another.</source>
        <translation>„{name}“ ist der Name einer Vorlage; wähle einen anderen.</translation>
    </message>
    <message>
        <source>The layout is not usable: {problem}.</source>
        <translation>Das Layout ist nicht verwendbar: {problem}.</translation>
    </message>
    <message>
        <source>The local library could not be opened: {reason}</source>
        <translation>Die lokale Bibliothek konnte nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>The local library could not be created: {reason}</source>
        <translation>Die lokale Bibliothek konnte nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>The local library could not be used: {reason}</source>
        <translation>Die lokale Bibliothek konnte nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <source>The local library was damaged and has been moved aside; fetching again.</source>
        <translation>Die lokale Bibliothek war beschädigt und wurde beiseitegelegt; die Daten werden neu abgerufen.</translation>
    </message>
    <message>
        <source>The local library was written by a newer version of the app and has been moved aside; fetching again.</source>
        <translation>Die lokale Bibliothek stammt von einer neueren Version der App und wurde beiseitegelegt; die Daten werden neu abgerufen.</translation>
    </message>
    <message>
        <source>The local library did not have the tables this version of the app needs and has been moved aside; fetching again.</source>
        <translation>Der lokalen Bibliothek fehlten Tabellen, die diese Version der App braucht; sie wurde beiseitegelegt, die Daten werden neu abgerufen.</translation>
    </message>
    <message>
        <source>No account is signed in.</source>
        <translation>Es ist kein Konto angemeldet.</translation>
    </message>
    <message>
        <source>Could not save the credentials file: {reason}.</source>
        <translation>Die Datei mit den Zugangsdaten konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>Could not save the sign-in to the system keyring; it may be locked.</source>
        <translation>Die Anmeldung konnte nicht im Schlüsselbund des Systems gespeichert werden; er ist vielleicht gesperrt.</translation>
    </message>
    <message>
        <source>“{value}” is not a colour like #1A2B3C.</source>
        <extracomment>Columns whose value is one of a fixed set (the preview offers a combo box). Numeric columns: (minimum, maximum, allows a fraction). Shown in the preview by default; the rest are one click away. How each placeholder is worked out; only the ones a template uses are computed.</extracomment>
        <translation>„{value}“ ist keine Farbe wie #1A2B3C.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>„{value}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>„{value}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>{value} is outside {low:g}–{high:g}.</source>
        <translation>{value} liegt außerhalb von {low:g}–{high:g}.</translation>
    </message>
    <message>
        <source>“{value}” is not one of {choices}.</source>
        <translation>„{value}“ ist keiner von {choices}.</translation>
    </message>
    <message>
        <source>Content is empty: the QR code would encode nothing.</source>
        <translation>Content ist leer: Der QR-Code enthielte nichts.</translation>
    </message>
    <message>
        <source>FileName is empty.</source>
        <translation>FileName ist leer.</translation>
    </message>
    <message>
        <source>FileName may only hold letters A–Z, digits, “.”, “_” and “-”.</source>
        <translation>FileName darf nur die Buchstaben A–Z, Ziffern, „.“, „_“ und „-“ enthalten.</translation>
    </message>
    <message>
        <source>The template is {length:,} characters long; at most {limit:,} are allowed.</source>
        <extracomment>The longest template accepted (captions, file names, content). QR Factory prints a caption under a sticker: a few lines. A longer template is refused with :data:`TOO_LONG_MESSAGE` (a 120 kB caption would otherwise turn 300 rows into a 62 MB file).</extracomment>
        <translation>Die Vorlage ist {length:,} Zeichen lang; erlaubt sind höchstens {limit:,}.</translation>
    </message>
    <message>
        <source>“}}” without a matching “{{” (write “}}}}” for a brace).</source>
        <translation>„}}“ ohne passendes „{{“ (für eine geschweifte Klammer „}}}}“ schreiben).</translation>
    </message>
    <message>
        <source>“{{” is never closed with “}}”.</source>
        <translation>„{{“ wird nie mit „}}“ geschlossen.</translation>
    </message>
    <message>
        <source>Empty placeholder “{{}}”.</source>
        <translation>Leerer Platzhalter „{{}}“.</translation>
    </message>
    <message>
        <source>“{{note:…}}” needs a note field name.</source>
        <translation>„{{note:…}}“ braucht den Namen eines Notizfelds.</translation>
    </message>
    <message>
        <source>No collection note field is called “{field}”.</source>
        <translation>Kein Notizfeld der Sammlung heißt „{field}“.</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}. Did you mean {{{close}}}?</source>
        <translation>Unbekannter Platzhalter {{{name}}}. Meintest du {{{close}}}?</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}.</source>
        <translation>Unbekannter Platzhalter {{{name}}}.</translation>
    </message>
    <message>
        <source>Row {row} ({name}): {reason}</source>
        <extracomment>The degraded render: area-sampled at half of MARGIN_DPI (a 2-pixel box), then scaled up to MARGIN_DPI bilinearly (a 4-pixel tent); together a blur of sigma 1 pixel at 150 dpi.</extracomment>
        <translation>Zeile {row} ({name}): {reason}</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Zeile {row}: {reason}</translation>
    </message>
    <message>
        <source>the code reads “{read}” instead of its Content</source>
        <translation>der Code ergibt „{read}“ statt seines Content</translation>
    </message>
    <message>
        <source>too little contrast between the code colour {dark} and the background {light}</source>
        <translation>zu wenig Kontrast zwischen der Codefarbe {dark} und dem Hintergrund {light}</translation>
    </message>
    <message>
        <source>the icon is too large (IconSizePercent {percent:g}): it hides too much of the code</source>
        <translation>das Symbol ist zu groß (IconSizePercent {percent:g}): Es verdeckt zu viel vom Code</translation>
    </message>
    <message>
        <source>the code is too small for its label (modules of {mm:.2f} mm, under {least} mm; try a larger label, no icon or the shorter link form)</source>
        <translation>der Code ist zu klein für sein Etikett (Module von {mm:.2f} mm, unter {least} mm; versuche ein größeres Etikett, kein Symbol oder die kürzere Linkform)</translation>
    </message>
    <message>
        <source>the code does not decode (try a smaller icon, more contrast or a larger label)</source>
        <translation>der Code lässt sich nicht lesen (versuche ein kleineres Symbol, mehr Kontrast oder ein größeres Etikett)</translation>
    </message>
    <message>
        <source>the code decodes only at full resolution, not blurred at {dpi} dpi as a phone sees it (modules of {mm:.2f} mm): a worn print or a dim room may not scan</source>
        <translation>der Code lässt sich nur in voller Auflösung lesen, nicht unscharf bei {dpi} dpi, wie ein Handy ihn sieht (Module von {mm:.2f} mm): Ein abgenutzter Druck oder ein dunkler Raum kann das Scannen verhindern</translation>
    </message>
    <message>
        <source>small modules ({mm:.2f} mm, under {least} mm): little margin for a phone</source>
        <translation>kleine Module ({mm:.2f} mm, unter {least} mm): wenig Spielraum für ein Handy</translation>
    </message>
    <message>
        <source>the icon file “{path}” cannot be read</source>
        <translation>die Symboldatei „{path}“ kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search artist, title, label, cat#</source>
        <translation>Interpret, Titel, Label, Kat.-Nr.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search artists, titles, labels, catalogue numbers and collection fields (Ctrl+F)</source>
        <translation>Interpreten, Titel, Labels, Katalognummern und Sammlungsfelder durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <source>Date added preset</source>
        <translation>Zeitraum für „Hinzugefügt am“</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Since last export</source>
        <translation>Seit letztem Export</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>Filter by earliest date added</source>
        <translation>Nach frühestem Hinzufügedatum filtern</translation>
    </message>
    <message>
        <source>Earliest date added</source>
        <translation>Frühestes Hinzufügedatum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Filter by latest date added</source>
        <translation>Nach spätestem Hinzufügedatum filtern</translation>
    </message>
    <message>
        <source>Latest date added</source>
        <translation>Spätestes Hinzufügedatum</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Show only one format</source>
        <translation>Nur ein Format anzeigen</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Alle Formate</translation>
    </message>
    <message>
        <source>Only not yet exported</source>
        <translation>Nur noch nicht exportierte</translation>
    </message>
    <message>
        <source>Hide releases that were in a saved CSV before</source>
        <translation>Veröffentlichungen ausblenden, die schon in einer gespeicherten CSV waren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Changed since exported</source>
        <translation>Seit dem Export geändert</translation>
    </message>
    <message>
        <source>Show only exported releases whose sticker would now read differently</source>
        <translation>Nur exportierte Veröffentlichungen anzeigen, deren Aufkleber jetzt anders aussähe</translation>
    </message>
    <message>
        <source>Nothing was exported yet</source>
        <translation>Noch nichts exportiert</translation>
    </message>
    <message>
        <source>Collection field value</source>
        <translation>Wert eines Sammlungsfelds</translation>
    </message>
    <message>
        <source>Show only the releases with this value in a collection field</source>
        <translation>Nur die Veröffentlichungen mit diesem Wert in einem Sammlungsfeld anzeigen</translation>
    </message>
    <message>
        <source>Any field value</source>
        <translation>Jeder Feldwert</translation>
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
        <translation>Ordner</translation>
    </message>
    <message>
        <source>%1 (%2 releases)</source>
        <translation>%1 (%2 Veröffentlichungen)</translation>
    </message>
    <message>
        <source>%1, %2 releases</source>
        <translation>%1, %2 Veröffentlichungen</translation>
    </message>
</context>
<context>
    <name>FrozenChecks</name>
    <message>
        <source>Checks</source>
        <extracomment>Ticks the record at an index (with Shift: the range from the last tick).</extracomment>
        <translation>Markierungen</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Etwas ist schiefgelaufen: %1</translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message>
        <source>Label sheet</source>
        <translation>Etikettenbogen</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Etiketten:</translation>
    </message>
    <message>
        <source>Page width × height:</source>
        <translation>Seitenbreite × -höhe:</translation>
    </message>
    <message>
        <source>Label width × height:</source>
        <translation>Etikettenbreite × -höhe:</translation>
    </message>
    <message>
        <source>Pitch across × down:</source>
        <translation>Abstand waagerecht × senkrecht:</translation>
    </message>
    <message>
        <source>Left × top margin:</source>
        <translation>Rand links × oben:</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>Page height</source>
        <translation>Seitenhöhe</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>Etikettenbreite</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>Etikettenhöhe</translation>
    </message>
    <message>
        <source>Horizontal pitch</source>
        <translation>Waagerechter Abstand</translation>
    </message>
    <message>
        <source>Vertical pitch</source>
        <translation>Senkrechter Abstand</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>Linker Rand</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>Oberer Rand</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Rows of labels</source>
        <translation>Etikettenzeilen</translation>
    </message>
    <message>
        <source>Columns of labels</source>
        <translation>Etikettenspalten</translation>
    </message>
    <message>
        <source>Rows × columns:</source>
        <translation>Zeilen × Spalten:</translation>
    </message>
    <message>
        <source>Round labels</source>
        <translation>Runde Etiketten</translation>
    </message>
    <message>
        <source>Name to save this layout as</source>
        <translation>Name, unter dem dieses Layout gespeichert wird</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>Layout speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>Speichern als:</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigenes …</translation>
    </message>
    <message>
        <source>Custom layout</source>
        <translation>Eigenes Layout</translation>
    </message>
    <message>
        <source>Saved the layout “%1”.</source>
        <translation>Das Layout „%1“ wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <source>the page width must be between 0 and 2000 mm</source>
        <translation>die Seitenbreite muss zwischen 0 und 2000 mm liegen</translation>
    </message>
    <message>
        <source>the page width must be at least 5 mm</source>
        <translation>die Seitenbreite muss mindestens 5 mm betragen</translation>
    </message>
    <message>
        <source>the page height must be between 0 and 2000 mm</source>
        <translation>die Seitenhöhe muss zwischen 0 und 2000 mm liegen</translation>
    </message>
    <message>
        <source>the page height must be at least 5 mm</source>
        <translation>die Seitenhöhe muss mindestens 5 mm betragen</translation>
    </message>
    <message>
        <source>the label width must be between 0 and 2000 mm</source>
        <translation>die Etikettenbreite muss zwischen 0 und 2000 mm liegen</translation>
    </message>
    <message>
        <source>the label width must be at least 5 mm</source>
        <translation>die Etikettenbreite muss mindestens 5 mm betragen</translation>
    </message>
    <message>
        <source>the label height must be between 0 and 2000 mm</source>
        <translation>die Etikettenhöhe muss zwischen 0 und 2000 mm liegen</translation>
    </message>
    <message>
        <source>the label height must be at least 5 mm</source>
        <translation>die Etikettenhöhe muss mindestens 5 mm betragen</translation>
    </message>
    <message>
        <source>the horizontal pitch must be between 0 and 2000 mm</source>
        <translation>der waagerechte Abstand muss zwischen 0 und 2000 mm liegen</translation>
    </message>
    <message>
        <source>the vertical pitch must be between 0 and 2000 mm</source>
        <translation>der senkrechte Abstand muss zwischen 0 und 2000 mm liegen</translation>
    </message>
    <message>
        <source>the top margin must be between 0 and 2000 mm</source>
        <translation>der obere Rand muss zwischen 0 und 2000 mm liegen</translation>
    </message>
    <message>
        <source>the left margin must be between 0 and 2000 mm</source>
        <translation>der linke Rand muss zwischen 0 und 2000 mm liegen</translation>
    </message>
    <message>
        <source>rows and columns must be between 1 and 100</source>
        <translation>Zeilen und Spalten müssen zwischen 1 und 100 liegen</translation>
    </message>
    <message>
        <source>the horizontal pitch is smaller than the label width: labels overlap</source>
        <translation>der waagerechte Abstand ist kleiner als die Etikettenbreite: Etiketten überlappen sich</translation>
    </message>
    <message>
        <source>the vertical pitch is smaller than the label height: labels overlap</source>
        <translation>der senkrechte Abstand ist kleiner als die Etikettenhöhe: Etiketten überlappen sich</translation>
    </message>
    <message>
        <source>the labels end {mm:.1f} mm past the page&apos;s right edge</source>
        <translation>die Etiketten enden {mm:.1f} mm hinter dem rechten Seitenrand</translation>
    </message>
    <message>
        <source>the labels end {mm:.1f} mm past the page&apos;s bottom</source>
        <translation>die Etiketten enden {mm:.1f} mm unterhalb der Seite</translation>
    </message>
    <message>
        <source>Avery L7120-25 — A4, 35 mm round, 35 per sheet</source>
        <translation>Avery L7120-25 — A4, 35 mm rund, 35 pro Bogen</translation>
    </message>
    <message>
        <source>Avery L7121-25 — A4, 45 mm round, 24 per sheet</source>
        <translation>Avery L7121-25 — A4, 45 mm rund, 24 pro Bogen</translation>
    </message>
    <message>
        <source>Avery 22807 — US Letter, 2&quot; round, 12 per sheet</source>
        <translation>Avery 22807 — US Letter, 2&quot; rund, 12 pro Bogen</translation>
    </message>
    <message>
        <source>Avery 5160/8160 — US Letter, 1&quot; × 2⅝&quot;, 30 per sheet</source>
        <translation>Avery 5160/8160 — US Letter, 1&quot; × 2⅝&quot;, 30 pro Bogen</translation>
    </message>
    <message>
        <source>Brother DK-11202 — roll, 62 × 100 mm</source>
        <translation>Brother DK-11202 — Rolle, 62 × 100 mm</translation>
    </message>
    <message>
        <source>Brother DK-11209 — roll, 62 × 29 mm</source>
        <translation>Brother DK-11209 — Rolle, 62 × 29 mm</translation>
    </message>
    <message>
        <source>DYMO 11354 — roll, 57 × 32 mm</source>
        <translation>DYMO 11354 — Rolle, 57 × 32 mm</translation>
    </message>
    <message>
        <source>DYMO 30332 — roll, 25 × 25 mm square</source>
        <translation>DYMO 30332 — Rolle, 25 × 25 mm quadratisch</translation>
    </message>
    <message>
        <source>the first label must be between 1 and {last}</source>
        <translation>das erste Etikett muss zwischen 1 und {last} liegen</translation>
    </message>
    <message>
        <source>there is no label {label} on this sheet (1–{last})</source>
        <translation>auf diesem Bogen gibt es kein Etikett {label} (1–{last})</translation>
    </message>
    <message>
        <source>marks must be one of {marks}</source>
        <translation>die Markierungen müssen eines von {marks} sein</translation>
    </message>
    <message>
        <source>the calibration offset must be within ±20 mm</source>
        <translation>der Druckerversatz muss innerhalb von ±20 mm liegen</translation>
    </message>
</context>
<context>
    <name>LoaderController</name>
    <message>
        <source>Reading folders…</source>
        <translation>Ordner werden gelesen …</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>%1 releases loaded.</source>
        <translation>%1 Veröffentlichungen geladen.</translation>
    </message>
    <message>
        <source>Loading stopped</source>
        <translation>Laden angehalten</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 releases loaded. Refresh (F5) loads the rest.</source>
        <translation>%1: %2 von %3 Veröffentlichungen geladen. Aktualisieren (F5) lädt den Rest.</translation>
    </message>
    <message>
        <source>“%1” is not completely loaded: %2 of %3 loaded.</source>
        <translation>„%1“ ist nicht vollständig geladen: %2 von %3 geladen.</translation>
    </message>
    <message>
        <source>Refreshing: %1 of %2 read</source>
        <translation>Aktualisierung: %1 von %2 gelesen</translation>
    </message>
    <message>
        <source>Refreshing: %1 read</source>
        <translation>Aktualisierung: %1 gelesen</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>wird aktualisiert …</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden …</translation>
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
        <translation>Token verwenden</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Mit Discogs anmelden</translation>
    </message>
    <message>
        <source>You are exploring the demo collection. Sign in to see your own.</source>
        <translation>Du siehst dir die Demo-Sammlung an. Melde dich an, um deine eigene zu sehen.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Neu anmelden</translation>
    </message>
    <message>
        <source>The unsaved preview could not be kept on disk (see the log); it is tried again at the next change. Save it to a file to be safe.</source>
        <translation>Die ungespeicherte Vorschau konnte nicht auf dem Datenträger gesichert werden (siehe Protokoll); bei der nächsten Änderung wird es erneut versucht. Speichere sie sicherheitshalber in eine Datei.</translation>
    </message>
    <message>
        <source>Check some releases first.</source>
        <translation>Markiere zuerst einige Veröffentlichungen.</translation>
    </message>
    <message>
        <source>Unsaved preview</source>
        <translation>Ungespeicherte Vorschau</translation>
    </message>
    <message>
        <source>Restore the preview you did not save?</source>
        <translation>Die Vorschau wiederherstellen, die du nicht gespeichert hast?</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1, edited %2</source>
        <translation>%1, bearbeitet %2</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Ticked records not loaded</source>
        <translation>Markierte Platten nicht geladen</translation>
    </message>
    <message>
        <source>1 ticked record is not in the library yet.</source>
        <translation>1 markierte Platte ist noch nicht in der Bibliothek.</translation>
    </message>
    <message>
        <source>%1 ticked records are not in the library yet.</source>
        <translation>%1 markierte Platten sind noch nicht in der Bibliothek.</translation>
    </message>
    <message>
        <source>Load the All folder first to include them, or preview the others without them.</source>
        <translation>Lade zuerst den Ordner „Alle“, um sie einzuschließen, oder sieh dir die anderen ohne sie an.</translation>
    </message>
    <message>
        <source>Load All first</source>
        <translation>Zuerst „Alle“ laden</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Forget the saved Discogs sign-in on this computer?</source>
        <translation>Die gespeicherte Discogs-Anmeldung auf diesem Computer vergessen?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart now? Your folder, filters, ticks and an unsaved preview are kept.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start. Jetzt neu starten? Dein Ordner, deine Filter, deine Markierungen und eine ungespeicherte Vorschau bleiben erhalten.</translation>
    </message>
    <message>
        <source>Discogs did not accept the saved sign-in (%1). Sign in again to continue; your checked releases are kept.</source>
        <translation>Discogs hat die gespeicherte Anmeldung nicht angenommen (%1). Melde dich neu an, um weiterzumachen; deine markierten Veröffentlichungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1 Try again in a minute.</source>
        <translation>%1 Versuche es in einer Minute noch einmal.</translation>
    </message>
    <message>
        <source>an earlier session</source>
        <translation>einer früheren Sitzung</translation>
    </message>
    <message>
        <source>Offline — data from %1</source>
        <translation>Offline – Daten von %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <extracomment>How many unreadable entries the banner names; the rest are counted.</extracomment>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>1 entry could not be read: %1</source>
        <translation>1 Eintrag konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 entries could not be read: %2</source>
        <translation>%1 Einträge konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
</context>
<context>
    <name>MultiLineEditor</name>
    <message>
        <source>Bottom text</source>
        <extracomment>Any of these held with Enter makes a new line instead of committing.</extracomment>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Enter finishes editing; Shift+Enter starts a new line.</source>
        <translation>Eingabe beendet die Bearbeitung; Umschalt+Eingabe beginnt eine neue Zeile.</translation>
    </message>
</context>
<context>
    <name>PreviewColumns</name>
    <message>
        <source>Columns</source>
        <extracomment>The columns shown first, in this order; the rest of DEFAULT_VISIBLE follows.</extracomment>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Standardspalten</translation>
    </message>
</context>
<context>
    <name>PreviewHeader</name>
    <message>
        <source>Row %1, %2: %3</source>
        <extracomment>The problems link was clicked.</extracomment>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 from several folders</source>
        <translation>%1 aus mehreren Ordnern</translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation>%1 aus „%2“</translation>
    </message>
    <message>
        <source>%1 exported before</source>
        <translation>%1 schon einmal exportiert</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
</context>
<context>
    <name>PreviewHost</name>
    <message>
        <source>Preview</source>
        <extracomment>The edge of the current record&apos;s cover beside its sticker, in logical pixels.</extracomment>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Stickers…</source>
        <translation>Aufkleber …</translation>
    </message>
    <message>
        <source>Print sticker sheets, or save them as a PDF or images</source>
        <translation>Aufkleberbögen drucken oder als PDF oder Bilder speichern</translation>
    </message>
    <message>
        <source>Cover of the current row</source>
        <translation>Cover der aktuellen Zeile</translation>
    </message>
    <message>
        <source>Sticker of the current row</source>
        <translation>Aufkleber der aktuellen Zeile</translation>
    </message>
    <message>
        <source>Preview (%1)</source>
        <translation>Vorschau (%1)</translation>
    </message>
    <message>
        <source>The unsaved preview could not be restored: its releases are no longer in this collection.</source>
        <translation>Die ungespeicherte Vorschau konnte nicht wiederhergestellt werden: Ihre Veröffentlichungen sind nicht mehr in dieser Sammlung.</translation>
    </message>
    <message>
        <source>%1 of %2 rows restored; the others are no longer in your collection.</source>
        <translation>%1 von %2 Zeilen wiederhergestellt; die anderen sind nicht mehr in deiner Sammlung.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Edit %1 in row %2</source>
        <translation>%1 in Zeile %2 bearbeiten</translation>
    </message>
    <message>
        <source>Delete %n row(s)</source>
        <translation>%n Zeile(n) löschen</translation>
    </message>
    <message>
        <source>Move %n row(s)</source>
        <translation>%n Zeile(n) verschieben</translation>
    </message>
    <message>
        <source>Reset %n row(s)</source>
        <translation>%n Zeile(n) zurücksetzen</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Vorlage anwenden</translation>
    </message>
    <message>
        <source>QR Factory 3 column “%1”</source>
        <extracomment>A row&apos;s cells, template cells and edited columns (what a rebuild changes and undo restores). The instances the rows were asked for (a deleted row&apos;s instance stays in here).</extracomment>
        <translation>QR-Factory-3-Spalte „%1“</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Edited by you (template gives “%1”).</source>
        <translation>Von dir bearbeitet (die Vorlage ergibt „%1“).</translation>
    </message>
    <message>
        <source>Preview again: %1 added, %2 removed</source>
        <extracomment>Emitted after any change to the rows (for problem counts and titles).</extracomment>
        <translation>Neue Vorschau: %1 hinzugefügt, %2 entfernt</translation>
    </message>
    <message>
        <source>Restore the unsaved preview</source>
        <translation>Ungespeicherte Vorschau wiederherstellen</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>Zeilen duplizieren</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Export preview</source>
        <extracomment>A CSV was written: its path and the instance ids it holds (in file order). The number of rows changed (build, merge, delete, duplicate, undo…). The row under the cursor changed or was edited: its 30 cells ([] for none).</extracomment>
        <translation>Vorschau exportieren</translation>
    </message>
    <message>
        <source>Preview</source>
        <extracomment>The table and, once :meth:`set_side_widget` is called, a widget beside it.</extracomment>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Save the rows as a QR Factory 3 CSV file</source>
        <translation>Die Zeilen als CSV-Datei für QR Factory 3 speichern</translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1</source>
        <translation>Deine Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>Zeilen &amp;löschen</translation>
    </message>
    <message>
        <source>Leave the selected rows out of this file</source>
        <translation>Die ausgewählten Zeilen in dieser Datei weglassen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Add a copy of the selected rows</source>
        <translation>Eine Kopie der ausgewählten Zeilen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Reset row</source>
        <translation>Zeile &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Build the selected rows again from the template</source>
        <translation>Die ausgewählten Zeilen neu aus der Vorlage erstellen</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>Als CSV &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>&amp;Vorlage …</translation>
    </message>
    <message>
        <source>Caption, file name and column defaults</source>
        <translation>Beschriftung, Dateiname und Standardwerte der Spalten</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter …</translation>
    </message>
    <message>
        <source>File options</source>
        <translation>Dateioptionen</translation>
    </message>
    <message>
        <source>Start with a BOM (for Excel)</source>
        <translation>Mit BOM beginnen (für Excel)</translation>
    </message>
    <message>
        <source>Unix line ends (LF, not CRLF)</source>
        <translation>Unix-Zeilenenden (LF statt CRLF)</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>Added 1 row</source>
        <translation>1 Zeile hinzugefügt</translation>
    </message>
    <message>
        <source>Added %1 rows</source>
        <translation>%1 Zeilen hinzugefügt</translation>
    </message>
    <message>
        <source>removed 1 unedited row of a record no longer checked</source>
        <translation>1 unbearbeitete Zeile einer nicht mehr markierten Platte entfernt</translation>
    </message>
    <message>
        <source>removed %1 unedited rows of records no longer checked</source>
        <translation>%1 unbearbeitete Zeilen nicht mehr markierter Platten entfernt</translation>
    </message>
    <message>
        <source>kept 1 edited row of a record no longer checked</source>
        <translation>1 bearbeitete Zeile einer nicht mehr markierten Platte behalten</translation>
    </message>
    <message>
        <source>kept %1 edited rows of records no longer checked</source>
        <translation>%1 bearbeitete Zeilen nicht mehr markierter Platten behalten</translation>
    </message>
    <message>
        <source>1 row you deleted stays out</source>
        <translation>1 von dir gelöschte Zeile bleibt draußen</translation>
    </message>
    <message>
        <source>%1 rows you deleted stay out</source>
        <translation>%1 von dir gelöschte Zeilen bleiben draußen</translation>
    </message>
    <message>
        <source>The preview already holds these records; nothing changed.</source>
        <translation>Die Vorschau enthält diese Platten schon; nichts hat sich geändert.</translation>
    </message>
    <message>
        <source>your edits are kept</source>
        <translation>deine Änderungen bleiben erhalten</translation>
    </message>
    <message>
        <source>Undo puts the preview back as it was</source>
        <translation>Rückgängig stellt die Vorschau wieder her, wie sie war</translation>
    </message>
    <message>
        <source>Apply the new template?</source>
        <translation>Die neue Vorlage anwenden?</translation>
    </message>
    <message>
        <source>Rebuild the preview rows with the new template?</source>
        <translation>Die Zeilen der Vorschau mit der neuen Vorlage neu erstellen?</translation>
    </message>
    <message>
        <source>Some cells were edited by hand. You can keep them or start again (Undo brings them back).</source>
        <translation>Einige Zellen wurden von Hand bearbeitet. Du kannst sie behalten oder neu anfangen (Rückgängig holt sie zurück).</translation>
    </message>
    <message>
        <source>Keep my edited cells</source>
        <translation>Meine bearbeiteten Zellen behalten</translation>
    </message>
    <message>
        <source>Replace everything</source>
        <translation>Alles ersetzen</translation>
    </message>
    <message>
        <source>Don’t rebuild</source>
        <translation>Nicht neu erstellen</translation>
    </message>
</context>
<context>
    <name>PreviewSaver</name>
    <message>
        <source>Save QR Factory CSV</source>
        <translation>CSV für QR Factory speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There are no rows to save.</source>
        <translation>Es gibt keine Zeilen zum Speichern.</translation>
    </message>
    <message>
        <source>Fix this cell before saving — %1</source>
        <translation>Korrigiere diese Zelle vor dem Speichern – %1</translation>
    </message>
    <message>
        <source>Could not save: %1 Nothing was written and your rows are unchanged.</source>
        <translation>Speichern nicht möglich: %1 Es wurde nichts geschrieben, und deine Zeilen sind unverändert.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>(The export history could not be updated.)</source>
        <translation>(Der Exportverlauf konnte nicht aktualisiert werden.)</translation>
    </message>
    <message>
        <source>Saved %1 to “%2”.</source>
        <translation>%1 in „%2“ gespeichert.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Rows to export</source>
        <translation>Zu exportierende Zeilen</translation>
    </message>
    <message>
        <source>Drag a selected row&apos;s number to move the rows</source>
        <translation>Ziehe die Nummer einer ausgewählten Zeile, um die Zeilen zu verschieben</translation>
    </message>
</context>
<context>
    <name>PrintedController</name>
    <message>
        <source>Reading the records on Discogs before marking them…</source>
        <extracomment>(field name, records) -&gt; True to go ahead: asked once, before the first write ever. (field name, {instance id: value found on Discogs}) -&gt; REPLACE, SKIP or LATER (True and False stand for REPLACE and SKIP).</extracomment>
        <translation>Die Platten werden vor dem Markieren auf Discogs gelesen …</translation>
    </message>
    <message>
        <source>Marking on Discogs stopped; the rest is written later.</source>
        <translation>Markieren auf Discogs angehalten; der Rest wird später geschrieben.</translation>
    </message>
    <message>
        <source>%1 marks stay queued; you are asked again next time.</source>
        <translation>%1 Markierungen bleiben vorgemerkt; du wirst beim nächsten Mal erneut gefragt.</translation>
    </message>
    <message>
        <source>Marking on Discogs failed; it is tried again later.</source>
        <translation>Markieren auf Discogs fehlgeschlagen; es wird später erneut versucht.</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>wenige Sekunden</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>etwa eine Minute</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>etwa %1 Minuten</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>etwa %1 Stunden</translation>
    </message>
    <message>
        <source>Marking on Discogs: %1 marks, %2</source>
        <translation>Markieren auf Discogs: %1 Markierungen, %2</translation>
    </message>
    <message>
        <source>(at once: they fit in the Discogs rate limit)…</source>
        <translation>(auf einmal, da sie ins Discogs-Anfragelimit passen) …</translation>
    </message>
    <message>
        <source>(one every %1 s, the Discogs rate limit)…</source>
        <translation>(eine alle %1 s, wegen des Discogs-Anfragelimits) …</translation>
    </message>
    <message>
        <source>Marked %1 of %2 records as printed on Discogs.</source>
        <translation>%1 von %2 Platten auf Discogs als gedruckt markiert.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Kept %1 values you wrote: %2.</source>
        <translation>%1 von dir geschriebene Werte behalten: %2.</translation>
    </message>
    <message>
        <source>Stopped: %1 The other %2 are kept and written later.</source>
        <translation>Angehalten: %1 Die übrigen %2 bleiben vorgemerkt und werden später geschrieben.</translation>
    </message>
    <message>
        <source>%1 failed; %2 of them are tried again later.</source>
        <translation>%1 fehlgeschlagen; %2 davon werden später erneut versucht.</translation>
    </message>
    <message>
        <source>Nothing was lost: the records stay marked as exported here.</source>
        <translation>Nichts ist verloren: Die Platten bleiben hier als exportiert markiert.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Neu anmelden</translation>
    </message>
</context>
<context>
    <name>PrintedQuestions</name>
    <message>
        <source>Mark as printed on Discogs</source>
        <translation>Auf Discogs als gedruckt markieren</translation>
    </message>
    <message>
        <source>Write today&apos;s date into your Discogs field “%1” for the %2 exported records?</source>
        <translation>Das heutige Datum für die %2 exportierten Platten in dein Discogs-Feld „%1“ schreiben?</translation>
    </message>
    <message>
        <source>This changes your collection on Discogs. Each record&apos;s field is read first, and a value you wrote yourself is kept unless you choose to replace it. Up to about 60 marks go at once; more go at the Discogs rate limit, about one a second. You can stop them at any time, and turn this off in Settings.</source>
        <translation>Das ändert deine Sammlung auf Discogs. Das Feld jeder Platte wird zuerst gelesen, und ein Wert, den du selbst geschrieben hast, bleibt erhalten, außer du entscheidest dich, ihn zu ersetzen. Bis zu etwa 60 Markierungen werden auf einmal geschrieben, weitere im Takt des Discogs-Anfragelimits, etwa eine pro Sekunde. Du kannst sie jederzeit anhalten und dies in den Einstellungen ausschalten.</translation>
    </message>
    <message>
        <source>%1 of the records have something else in “%2” on Discogs.</source>
        <translation>%1 der Platten haben auf Discogs etwas anderes in „%2“.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>They hold: %1. Replace writes the mark over exactly these values; Skip keeps them; Don&apos;t mark now keeps these marks queued for later.</source>
        <translation>Sie enthalten: %1. „Diese ersetzen“ schreibt die Markierung über genau diese Werte; „Diese überspringen“ behält sie; „Jetzt nicht markieren“ merkt diese Markierungen für später vor.</translation>
    </message>
    <message>
        <source>Don&apos;t mark now</source>
        <translation>Jetzt nicht markieren</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Skip those</source>
        <translation>Diese überspringen</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Diese ersetzen</translation>
    </message>
</context>
<context>
    <name>ReleaseModel</name>
    <message>
        <source>Last exported on %1</source>
        <translation>Zuletzt exportiert am %1</translation>
    </message>
    <message numerus="yes">
        <source>Rated %n of 5</source>
        <translation>
            <numerusform>Mit %n von 5 bewertet</numerusform>
            <numerusform>Mit %n von 5 bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht markiert</translation>
    </message>
    <message>
        <source>Your Discogs collection field “%1”</source>
        <translation>Dein Discogs-Sammlungsfeld „%1“</translation>
    </message>
    <message>
        <source>Check or uncheck all shown releases</source>
        <translation>Alle angezeigten Veröffentlichungen markieren oder die Markierung entfernen</translation>
    </message>
    <message>
        <source>Cover (hover for a larger one)</source>
        <translation>Cover (zum Vergrößern mit der Maus darauf zeigen)</translation>
    </message>
    <message>
        <source>When the release was last saved to a QR Factory CSV</source>
        <translation>Wann die Veröffentlichung zuletzt in einer CSV für QR Factory gespeichert wurde</translation>
    </message>
    <message>
        <source>Last exported on %1; the sticker would now read differently (reprint it)</source>
        <translation>Zuletzt exportiert am %1; der Aufkleber sähe jetzt anders aus (neu drucken)</translation>
    </message>
    <message>
        <source>%1 · changed</source>
        <translation>%1 · geändert</translation>
    </message>
    <message>
        <source>Artist</source>
        <extracomment>Column titles (translated when shown, context &quot;ReleaseModel&quot;).</extracomment>
        <translation>Interpret</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Cat#</source>
        <translation>Kat.-Nr.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Cover</source>
        <extracomment>Emitted after checks change (any folder). Emitted after the collection field columns changed (added, renamed or removed). Emitted after rows were replaced in place by newer data (:meth:`update_rows`). Where the cover column&apos;s pictures come from (None: no covers), and their edge in device pixels.</extracomment>
        <translation>Cover</translation>
    </message>
</context>
<context>
    <name>ReleaseTable</name>
    <message>
        <source>Releases</source>
        <extracomment>Row heights with covers (the cover is the row less a small margin) and without.</extracomment>
        <translation>Veröffentlichungen</translation>
    </message>
    <message>
        <source>The first column ticks a release for the preview, the CSV and the stickers; Space ticks the current row.</source>
        <translation>Die erste Spalte markiert eine Veröffentlichung für die Vorschau, die CSV und die Aufkleber; die Leertaste markiert die aktuelle Zeile.</translation>
    </message>
    <message>
        <source>Collection fields</source>
        <translation>Sammlungsfelder</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>SelectionController</name>
    <message>
        <source>Finding the ticked records…</source>
        <extracomment>The ticked instances (shown first, in table order) and the ticked ids not found.</extracomment>
        <translation>Die markierten Platten werden gesucht …</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Local library</source>
        <translation>Lokale Bibliothek</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>Größe des Caches</translation>
    </message>
    <message>
        <source>Clear cache…</source>
        <translation>Cache leeren …</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV-Dateien</translation>
    </message>
    <message>
        <source>Start with a byte order mark (BOM)</source>
        <translation>Mit einer Byte-Reihenfolge-Markierung (BOM) beginnen</translation>
    </message>
    <message>
        <source>Unix line ends (LF instead of CRLF)</source>
        <translation>Unix-Zeilenenden (LF statt CRLF)</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Show covers (downloaded from Discogs)</source>
        <translation>Cover anzeigen (von Discogs heruntergeladen)</translation>
    </message>
    <message>
        <source>Off: no cover is downloaded; the table shows text only</source>
        <translation>Aus: Es werden keine Cover heruntergeladen; die Tabelle zeigt nur Text</translation>
    </message>
    <message>
        <source>Cover cache limit</source>
        <translation>Obergrenze des Cover-Caches</translation>
    </message>
    <message>
        <source>At most this much disk space for covers; the oldest are dropped first</source>
        <translation>Höchstens so viel Speicherplatz für Cover; die ältesten werden zuerst gelöscht</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Höchstens belegen</translation>
    </message>
    <message>
        <source>Cover cache size</source>
        <translation>Größe des Cover-Caches</translation>
    </message>
    <message>
        <source>Clear cover cache</source>
        <translation>Cover-Cache leeren</translation>
    </message>
    <message>
        <source>Covers kept on this computer: %1</source>
        <translation>Auf diesem Computer gespeicherte Cover: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>The app starts again in the new language</source>
        <translation>Die App startet in der neuen Sprache neu</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>On Discogs</source>
        <translation>Auf Discogs</translation>
    </message>
    <message>
        <source>Mark printed records in</source>
        <translation>Gedruckte Platten markieren in</translation>
    </message>
    <message>
        <source>After a CSV or sticker sheet is made, write e.g. “QR 2026-12-05” into this collection field of each exported record, so every computer knows it is printed</source>
        <translation>Nachdem eine CSV oder ein Aufkleberbogen erstellt wurde, z. B. „QR 2026-12-05“ in dieses Sammlungsfeld jeder exportierten Platte schreiben, damit jeder Computer weiß, dass sie gedruckt ist</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>No local library for this collection.</source>
        <translation>Keine lokale Bibliothek für diese Sammlung.</translation>
    </message>
    <message>
        <source>Cached collection data: %1</source>
        <translation>Zwischengespeicherte Sammlungsdaten: %1</translation>
    </message>
    <message>
        <source>Delete the locally cached collection? It is read from Discogs again the next time a folder is opened. Your export history is kept.</source>
        <translation>Die lokal zwischengespeicherte Sammlung löschen? Sie wird beim nächsten Öffnen eines Ordners erneut von Discogs gelesen. Dein Exportverlauf bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>SheetMap</name>
    <message>
        <source>Sheet map: click the labels already used</source>
        <translation>Bogenübersicht: Klicke die schon benutzten Etiketten an</translation>
    </message>
    <message>
        <source>Each box is one label of the sheet; the stickers fill the free labels from the starting label on. Arrow keys move between labels, Space marks a label used or free, the menu key offers to print the shown sticker on a free label.</source>
        <translation>Jedes Kästchen ist ein Etikett des Bogens; die Aufkleber füllen die freien Etiketten ab dem Startetikett. Die Pfeiltasten wechseln zwischen den Etiketten, die Leertaste markiert ein Etikett als benutzt oder frei, die Menütaste bietet an, den angezeigten Aufkleber auf ein freies Etikett zu drucken.</translation>
    </message>
    <message>
        <source>Click the labels already used on this sheet to skip them. Right-click a free label to print the shown sticker on it.</source>
        <translation>Klicke die schon benutzten Etiketten dieses Bogens an, um sie zu überspringen. Klicke mit der rechten Maustaste auf ein freies Etikett, um den angezeigten Aufkleber darauf zu drucken.</translation>
    </message>
    <message>
        <source>&amp;Print this sticker here…</source>
        <translation>Diesen Aufkleber hier &amp;drucken …</translation>
    </message>
    <message>
        <source>&amp;Save this sticker here as PDF…</source>
        <translation>Diesen Aufkleber hier als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>&amp;Mark as used</source>
        <translation>Als &amp;benutzt markieren</translation>
    </message>
    <message>
        <source>&amp;Mark as free</source>
        <translation>Als &amp;frei markieren</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Discogs</source>
        <translation>Bei Discogs anmelden</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Mit Discogs anmelden</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönlicher Zugangstoken</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Discogs opens in the browser and asks you to allow access; this window then continues by itself.</source>
        <translation>Discogs öffnet sich im Browser und bittet dich, den Zugriff zu erlauben; danach macht dieses Fenster von selbst weiter.</translation>
    </message>
    <message>
        <source>Discogs asks each desktop app for its own key. Register an application at &lt;a href=&quot;%1&quot;&gt;Discogs → Settings → Developers&lt;/a&gt; (any name; the callback URL can stay empty), then copy its consumer key and secret here.</source>
        <translation>Discogs verlangt für jede Desktop-App einen eigenen Schlüssel. Registriere unter &lt;a href=&quot;%1&quot;&gt;Discogs → Einstellungen → Entwickler&lt;/a&gt; eine Anwendung (beliebiger Name; die Callback-URL kann leer bleiben) und kopiere dann ihren Consumer Key und ihr Consumer Secret hierher.</translation>
    </message>
    <message>
        <source>Your own application key</source>
        <translation>Dein eigener Anwendungsschlüssel</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer Key</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer Secret</translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation>Consumer &amp;Key:</translation>
    </message>
    <message>
        <source>Consumer &amp;secret:</source>
        <translation>Consumer &amp;Secret:</translation>
    </message>
    <message>
        <source>&amp;Open Discogs in the browser</source>
        <translation>Discogs im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open Discogs in the browser</source>
        <translation>Discogs im Browser öffnen</translation>
    </message>
    <message>
        <source>Address to open in a browser</source>
        <translation>Adresse zum Öffnen in einem Browser</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Die Adresse kopieren</translation>
    </message>
    <message>
        <source>If the browser cannot come back here, paste the code or address</source>
        <translation>Wenn der Browser nicht hierher zurückkommt, füge den Code oder die Adresse ein</translation>
    </message>
    <message>
        <source>Code from Discogs</source>
        <translation>Code von Discogs</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Continue with the pasted code</source>
        <translation>Mit dem eingefügten Code weitermachen</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open &lt;a href=&quot;%1&quot;&gt;Discogs → Settings → Developers&lt;/a&gt; (sign in to Discogs there if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate new token&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the token, paste it below and click &lt;b&gt;Sign in&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;The token gives this app access to your collection until you revoke it there.</source>
        <translation>&lt;ol&gt;&lt;li&gt;Öffne &lt;a href=&quot;%1&quot;&gt;Discogs → Einstellungen → Entwickler&lt;/a&gt; (melde dich dort bei Discogs an, falls nötig).&lt;/li&gt;&lt;li&gt;Klicke auf &lt;b&gt;Neuen Token generieren&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Kopiere den Token, füge ihn unten ein und klicke auf &lt;b&gt;Anmelden&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;Der Token gibt dieser App Zugriff auf deine Sammlung, bis du ihn dort widerrufst.</translation>
    </message>
    <message>
        <source>Open the &amp;developer settings</source>
        <translation>&amp;Entwicklereinstellungen öffnen</translation>
    </message>
    <message>
        <source>Open the Discogs developer settings</source>
        <translation>Die Entwicklereinstellungen von Discogs öffnen</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in with the token</source>
        <translation>Mit dem Token anmelden</translation>
    </message>
    <message>
        <source>Where to keep the sign-in</source>
        <translation>Wo die Anmeldung aufbewahrt wird</translation>
    </message>
    <message>
        <source>For this session only (sign in again next time)</source>
        <translation>Nur für diese Sitzung (beim nächsten Mal neu anmelden)</translation>
    </message>
    <message>
        <source>In an UNENCRYPTED file on this computer, readable by your user account:</source>
        <translation>In einer UNVERSCHLÜSSELTEN Datei, lesbar für dein Benutzerkonto:</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer.</source>
        <translation>Auf diesem Computer ist kein sicherer Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Enter the consumer key and secret first.</source>
        <translation>Gib zuerst den Consumer Key und das Consumer Secret ein.</translation>
    </message>
    <message>
        <source>Asking Discogs for a sign-in address…</source>
        <translation>Discogs wird nach einer Anmeldeadresse gefragt …</translation>
    </message>
    <message>
        <source>Allow access in the browser; this window continues by itself.</source>
        <translation>Erlaube den Zugriff im Browser; dieses Fenster macht von selbst weiter.</translation>
    </message>
    <message>
        <source>Allow access in the browser, then paste the code here.</source>
        <translation>Erlaube den Zugriff im Browser und füge dann den Code hier ein.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Der Code wird geprüft …</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>Adresse kopiert.</translation>
    </message>
    <message>
        <source>Paste a personal access token first.</source>
        <translation>Füge zuerst einen persönlichen Zugangstoken ein.</translation>
    </message>
    <message>
        <source>Checking the token with Discogs…</source>
        <translation>Der Token wird bei Discogs geprüft …</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>waiting %1 s for the Discogs rate limit</source>
        <translation>%1 s Wartezeit wegen des Discogs-Anfragelimits</translation>
    </message>
    <message>
        <source>Discogs did not answer properly; trying again in %1 s</source>
        <translation>Discogs hat nicht richtig geantwortet; neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>waiting %1 s: %2</source>
        <translation>%1 s Wartezeit: %2</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>Ladestatus</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Stop loading; what is loaded stays, and Refresh loads the rest</source>
        <translation>Laden anhalten; was geladen ist, bleibt, und Aktualisieren lädt den Rest</translation>
    </message>
</context>
<context>
    <name>StickerPreview</name>
    <message>
        <source>Sticker preview</source>
        <translation>Aufklebervorschau</translation>
    </message>
    <message>
        <source>How the sticker of the current row prints: its QR code and its caption</source>
        <translation>So wird der Aufkleber der aktuellen Zeile gedruckt: sein QR-Code und seine Beschriftung</translation>
    </message>
</context>
<context>
    <name>StickersDialog</name>
    <message>
        <source>Stickers</source>
        <translation>Aufkleber</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>Etikettenbogen</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>Dieser Bogen</translation>
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
        <translation>Druckerversatz:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Label outlines</source>
        <translation>Etikettenumrisse</translation>
    </message>
    <message>
        <source>Cut marks</source>
        <translation>Schnittmarken</translation>
    </message>
    <message>
        <source>&amp;Marks:</source>
        <translation>&amp;Markierungen:</translation>
    </message>
    <message>
        <source>The rows&apos; font (BottomTextFont)</source>
        <translation>Die Schrift der Zeilen (BottomTextFont)</translation>
    </message>
    <message>
        <source>This font:</source>
        <translation>Diese Schrift:</translation>
    </message>
    <message>
        <source>Caption font:</source>
        <translation>Schrift der Beschriftung:</translation>
    </message>
    <message>
        <source>Fit the label</source>
        <translation>An das Etikett anpassen</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Caption &amp;size:</source>
        <translation>&amp;Schriftgröße der Beschriftung:</translation>
    </message>
    <message>
        <source>PNG pictures</source>
        <translation>PNG-Bilder</translation>
    </message>
    <message>
        <source>SVG drawings</source>
        <translation>SVG-Grafiken</translation>
    </message>
    <message>
        <source>Print at 100 % (actual size): turn off “Fit to page” or “Scale to fit” in the print dialog, or the stickers will miss the labels.</source>
        <translation>Drucke mit 100 % (Originalgröße): Schalte „An Seite anpassen“ oder „Auf Seitengröße skalieren“ im Druckdialog aus, sonst verfehlen die Aufkleber die Etiketten.</translation>
    </message>
    <message>
        <source>&amp;Test page…</source>
        <translation>&amp;Testseite …</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF speichern …</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Save &amp;images…</source>
        <translation>B&amp;ilder speichern …</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Not usable: %1.</source>
        <translation>Nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>Save stickers as PDF</source>
        <translation>Aufkleber als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sheet in the printer</source>
        <translation>Bogen im Drucker</translation>
    </message>
    <message>
        <source>A sheet printed on before: printing goes on at its first free label</source>
        <translation>Ein schon bedruckter Bogen: Der Druck geht beim ersten freien Etikett weiter</translation>
    </message>
    <message>
        <source>Fres&amp;h sheet</source>
        <translation>&amp;Neuer Bogen</translation>
    </message>
    <message>
        <source>Start a fresh sheet</source>
        <translation>Neuen Bogen beginnen</translation>
    </message>
    <message>
        <source>Print from the first label of a new sheet</source>
        <translation>Ab dem ersten Etikett eines neuen Bogens drucken</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>Beginnen bei Etikett</translation>
    </message>
    <message>
        <source>Start &amp;at label:</source>
        <translation>&amp;Ab Etikett:</translation>
    </message>
    <message>
        <source>Printer offset to the right</source>
        <translation>Druckerversatz nach rechts</translation>
    </message>
    <message>
        <source>Printer offset down</source>
        <translation>Druckerversatz nach unten</translation>
    </message>
    <message>
        <source>Ima&amp;ges as:</source>
        <translation>&amp;Bilder als:</translation>
    </message>
    <message>
        <source>Sticker shown</source>
        <translation>Angezeigter Aufkleber</translation>
    </message>
    <message>
        <source>Stic&amp;ker:</source>
        <translation>Auf&amp;kleber:</translation>
    </message>
    <message>
        <source>Sh&amp;eet in the printer:</source>
        <translation>Bogen im D&amp;rucker:</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Forget this sheet</source>
        <translation>Diesen Bogen vergessen</translation>
    </message>
    <message>
        <source>This sheet is used up or thrown away</source>
        <translation>Dieser Bogen ist aufgebraucht oder weggeworfen</translation>
    </message>
    <message>
        <source>Click the labels already used. Right-click a free label to print the sticker shown above on it.</source>
        <translation>Klicke die schon benutzten Etiketten an. Ein Rechtsklick auf ein freies Etikett druckt den oben gezeigten Aufkleber darauf.</translation>
    </message>
    <message>
        <source>Stickers status</source>
        <translation>Status der Aufkleber</translation>
    </message>
    <message>
        <source>What will be printed</source>
        <translation>Was gedruckt wird</translation>
    </message>
    <message>
        <source>One size for the whole sheet</source>
        <translation>Eine Größe für den ganzen Bogen</translation>
    </message>
    <message>
        <source>Each label its own size</source>
        <translation>Eigene Größe je Etikett</translation>
    </message>
    <message>
        <source>Caption &amp;fit:</source>
        <translation>&amp;Größenanpassung:</translation>
    </message>
    <message>
        <source>Record icon in the middle (a smaller code, less margin)</source>
        <translation>Plattensymbol in der Mitte (kleinerer Code, weniger Spielraum)</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>QR-Code:</translation>
    </message>
    <message>
        <source>As the rows say</source>
        <translation>Wie in den Zeilen</translation>
    </message>
    <message>
        <source>Shorter: discogs.com/… without www</source>
        <translation>Kürzer: discogs.com/… ohne www</translation>
    </message>
    <message>
        <source>Smallest code: in capitals, HTTPS://DISCOGS.COM/RELEASE/…</source>
        <translation>Kleinster Code: in Großbuchstaben, HTTPS://DISCOGS.COM/RELEASE/…</translation>
    </message>
    <message>
        <source>&amp;Links printed:</source>
        <translation>Gedruckte &amp;Links:</translation>
    </message>
    <message>
        <source>A fresh sheet</source>
        <translation>Ein neuer Bogen</translation>
    </message>
    <message>
        <source>%1, %2 free, %3</source>
        <translation>%1, %2 frei, %3</translation>
    </message>
    <message>
        <source>%1 stickers on %2 page(s), from label %3.</source>
        <translation>%1 Aufkleber auf %2 Seite(n), ab Etikett %3.</translation>
    </message>
    <message>
        <source>Saved %1 stickers on %2 page(s) to %3; every code decoded.</source>
        <translation>%1 Aufkleber auf %2 Seite(n) in %3 gespeichert; jeder Code wurde gelesen.</translation>
    </message>
    <message>
        <source>Print stickers</source>
        <translation>Aufkleber drucken</translation>
    </message>
    <message>
        <source>Sent %1 stickers on %2 page(s) to %3; every code decoded.</source>
        <translation>%1 Aufkleber auf %2 Seite(n) an %3 gesendet; jeder Code wurde gelesen.</translation>
    </message>
    <message>
        <source>Sent the sticker to label %4 on %3; its code decoded.</source>
        <translation>Aufkleber für Etikett %4 an %3 gesendet; sein Code wurde gelesen.</translation>
    </message>
    <message>
        <source>Save the sticker as PDF</source>
        <translation>Aufkleber als PDF speichern</translation>
    </message>
    <message>
        <source>Saved the sticker on label %4 to %3; its code decoded.</source>
        <translation>Aufkleber auf Etikett %4 in %3 gespeichert; sein Code wurde gelesen.</translation>
    </message>
    <message>
        <source>Save sticker images in</source>
        <translation>Aufkleberbilder speichern in</translation>
    </message>
    <message>
        <source>Saved %1 images in %3; every code decoded.</source>
        <translation>%1 Bilder in %3 gespeichert; jeder Code wurde gelesen.</translation>
    </message>
    <message>
        <source>Characters no font has</source>
        <translation>Zeichen, die keine Schrift hat</translation>
    </message>
    <message>
        <source>%1 caption(s) have characters that no installed font can print: they would print as empty boxes.</source>
        <translation>%1 Beschriftung(en) enthalten Zeichen, die keine installierte Schrift drucken kann: Sie würden als leere Kästchen gedruckt.</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <source>&amp;Remove the characters</source>
        <translation>Zeichen &amp;entfernen</translation>
    </message>
    <message>
        <source>Save a test page</source>
        <translation>Testseite speichern</translation>
    </message>
    <message>
        <source>Saved the test page to %1. Print it at 100 % on plain paper, hold it against a label sheet, and set the offset.</source>
        <translation>Die Testseite wurde in %1 gespeichert. Drucke sie mit 100 % auf Normalpapier, halte sie gegen einen Etikettenbogen und stelle den Versatz ein.</translation>
    </message>
    <message>
        <source>Checking every code and drawing %1 stickers…</source>
        <translation>Jeder Code wird geprüft und %1 Aufkleber werden gezeichnet …</translation>
    </message>
    <message>
        <source>The export history could not be updated.</source>
        <translation>Der Exportverlauf konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>%1 code(s) scan with little margin: %2</source>
        <translation>%1 Code(s) lassen sich nur knapp scannen: %2</translation>
    </message>
    <message>
        <source>Used labels %1.</source>
        <translation>Benutzte Etiketten: %1.</translation>
    </message>
    <message>
        <source>No label is left free: the next print starts a fresh sheet.</source>
        <translation>Kein Etikett ist mehr frei: Der nächste Druck beginnt einen neuen Bogen.</translation>
    </message>
    <message>
        <source>%1 labels stay free on the sheet in the printer; the next print starts at label %2.</source>
        <translation>%1 Etiketten bleiben auf dem Bogen im Drucker frei; der nächste Druck beginnt bei Etikett %2.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Export template</source>
        <translation>Exportvorlage</translation>
    </message>
    <message>
        <source>Template parts</source>
        <translation>Teile der Vorlage</translation>
    </message>
    <message>
        <source>Caption &amp;&amp; file name</source>
        <translation>Beschriftung &amp;&amp; Dateiname</translation>
    </message>
    <message>
        <source>Column defaults</source>
        <translation>Standardwerte der Spalten</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standard wiederherstellen</translation>
    </message>
    <message>
        <source>The values the app starts with</source>
        <translation>Die Werte, mit denen die App beginnt</translation>
    </message>
    <message>
        <source>Load a template file someone shared</source>
        <translation>Eine Vorlagendatei laden, die jemand geteilt hat</translation>
    </message>
    <message>
        <source>Save this template as a file to share</source>
        <translation>Diese Vorlage als Datei zum Teilen speichern</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Caption template</source>
        <translation>Vorlage der Beschriftung</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>Vorlage des Dateinamens</translation>
    </message>
    <message>
        <source>QR content template</source>
        <translation>Vorlage des QR-Inhalts</translation>
    </message>
    <message>
        <source>Caption (BottomText):</source>
        <translation>Beschriftung (BottomText):</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Dateiname:</translation>
    </message>
    <message>
        <source>QR code content:</source>
        <translation>Inhalt des QR-Codes:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Use the artist name as credited on the release (ANV)</source>
        <translation>Den Interpretennamen so verwenden, wie er auf der Veröffentlichung genannt wird (ANV)</translation>
    </message>
    <message>
        <source>Text for an unknown year</source>
        <translation>Text für ein unbekanntes Jahr</translation>
    </message>
    <message>
        <source>Protect cells starting with = + - @ for spreadsheets</source>
        <translation>Zellen, die mit = + - @ beginnen, für Tabellenkalkulationen schützen</translation>
    </message>
    <message>
        <source>Adds an apostrophe; QR Factory then prints it too. Off by default.</source>
        <translation>Fügt einen Apostroph hinzu; QR Factory druckt ihn dann mit. Standardmäßig aus.</translation>
    </message>
    <message>
        <source>Icon file</source>
        <translation>Symboldatei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Unknown year:</source>
        <translation>Unbekanntes Jahr:</translation>
    </message>
    <message>
        <source>Icon in the code:</source>
        <translation>Symbol im Code:</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Your collection note field “%1”</source>
        <translation>Dein Notizfeld der Sammlung „%1“</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Insert at the cursor of the template you last edited</source>
        <translation>An der Cursorposition der zuletzt bearbeiteten Vorlage einfügen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Platte:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Beschriftung:</translation>
    </message>
    <message>
        <source>QR content:</source>
        <translation>QR-Inhalt:</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>%1, column %3</source>
        <translation>%1, Spalte %3</translation>
    </message>
    <message>
        <source>Fix the problems first</source>
        <translation>Behebe zuerst die Probleme</translation>
    </message>
    <message>
        <source>(no record to show)</source>
        <translation>(keine Platte zum Anzeigen)</translation>
    </message>
    <message>
        <source>No icon: the code is plain.</source>
        <translation>Kein Symbol: Der Code ist schlicht.</translation>
    </message>
    <message>
        <source>A relative path: QR Factory may look for it beside the CSV file. Choose the file to store its full path.</source>
        <translation>Ein relativer Pfad: QR Factory sucht die Datei womöglich neben der CSV-Datei. Wähle die Datei aus, um ihren vollständigen Pfad zu speichern.</translation>
    </message>
    <message>
        <source>⚠ “%1” does not exist on this computer.</source>
        <translation>⚠ „%1“ gibt es auf diesem Computer nicht.</translation>
    </message>
    <message>
        <source>✓ The icon file exists.</source>
        <translation>✓ Die Symboldatei ist vorhanden.</translation>
    </message>
    <message>
        <source>Choose the icon</source>
        <translation>Symbol auswählen</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>Bilder (*.svg *.png *.jpg *.jpeg *.pdf *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Vorlage importieren</translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation>Vorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Vorlagen (*.json)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>“%1” could not be imported: %2</source>
        <translation>„%1“ konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Artists as Discogs shows them (joins, no “(2)”, ANV when chosen)</source>
        <extracomment>Every placeholder with a short description (shown by the template editor&apos;s picker).</extracomment>
        <translation>Interpreten, wie Discogs sie zeigt (mit Verbindungen, ohne „(2)“, ANV falls gewählt)</translation>
    </message>
    <message>
        <source>Release title</source>
        <translation>Titel der Veröffentlichung</translation>
    </message>
    <message>
        <source>Release year (“unknown” when Discogs has 0)</source>
        <translation>Jahr der Veröffentlichung („unknown“, wenn Discogs 0 hat)</translation>
    </message>
    <message>
        <source>Collection folder name</source>
        <translation>Name des Sammlungsordners</translation>
    </message>
    <message>
        <source>First format name, e.g. Vinyl</source>
        <translation>Erster Formatname, z. B. Vinyl</translation>
    </message>
    <message>
        <source>Record size: 12&quot;, 10&quot; or 7&quot; (LP ⇒ 12&quot;)</source>
        <translation>Plattengröße: 12&quot;, 10&quot; oder 7&quot; (LP ⇒ 12&quot;)</translation>
    </message>
    <message>
        <source>Format descriptions, e.g. LP, Album</source>
        <translation>Formatbeschreibungen, z. B. LP, Album</translation>
    </message>
    <message>
        <source>Full format, e.g. 2 × Vinyl, LP, Album</source>
        <translation>Vollständiges Format, z. B. 2 × Vinyl, LP, Album</translation>
    </message>
    <message>
        <source>First label</source>
        <translation>Erstes Label</translation>
    </message>
    <message>
        <source>Catalogue number</source>
        <translation>Katalognummer</translation>
    </message>
    <message>
        <source>Discogs release id</source>
        <translation>Discogs-ID der Veröffentlichung</translation>
    </message>
    <message>
        <source>Collection instance id (distinct for two copies)</source>
        <translation>Instanz-ID in der Sammlung (verschieden bei zwei Exemplaren)</translation>
    </message>
    <message>
        <source>Date added to the collection (YYYY-MM-DD)</source>
        <translation>Datum, an dem die Platte zur Sammlung hinzugefügt wurde (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Your rating (0–5)</source>
        <translation>Deine Bewertung (0–5)</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation>Stile</translation>
    </message>
    <message>
        <source>All collection notes</source>
        <translation>Alle Notizen der Sammlung</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Discogs QR Export</source>
        <translation>Discogs QR Export</translation>
    </message>
    <message>
        <source>Pick records from your Discogs collection and print a QR sticker for each: on label sheets, a label printer or as images, or as a batch file for QR Factory 3.</source>
        <translation>Wähle Platten aus deiner Discogs-Sammlung und drucke für jede einen QR-Aufkleber: auf Etikettenbögen, mit einem Etikettendrucker, als Bilder oder als Stapeldatei für QR Factory 3.</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Mit Discogs anmelden</translation>
    </message>
    <message>
        <source>Use a personal access token</source>
        <translation>Persönlichen Zugangstoken verwenden</translation>
    </message>
    <message>
        <source>Explore the demo collection</source>
        <translation>Demo-Sammlung ansehen</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open the Discogs developer settings (sign in there if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate new token&lt;/b&gt; and copy it.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Use a personal access token&lt;/b&gt; above and paste it.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Öffne die Entwicklereinstellungen von Discogs (melde dich dort an, falls nötig).&lt;/li&gt;&lt;li&gt;Klicke auf &lt;b&gt;Neuen Token generieren&lt;/b&gt; und kopiere ihn.&lt;/li&gt;&lt;li&gt;Klicke oben auf &lt;b&gt;Persönlichen Zugangstoken verwenden&lt;/b&gt; und füge ihn ein.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open the developer settings</source>
        <translation>Entwicklereinstellungen öffnen</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Discogs QR Export is already open; its window was brought to the front.</source>
        <translation>Discogs QR Export ist bereits geöffnet; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>Discogs QR Export is already open (process %1) but does not answer. Close it, or end that process, and start again.</source>
        <translation>Discogs QR Export ist bereits geöffnet (Prozess %1), antwortet aber nicht. Schließe es oder beende diesen Prozess und starte dann neu.</translation>
    </message>
</context>
</TS>

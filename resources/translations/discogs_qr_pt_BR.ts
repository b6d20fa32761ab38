<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick records from your Discogs collection and print a QR sticker for each, linking to its Discogs page: label sheets, label printers, images, or a batch CSV for QR Factory 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data from &lt;a href=&quot;https://www.discogs.com/&quot;&gt;Discogs&lt;/a&gt;. This app is not affiliated with Discogs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountController</name>
    <message>
        <source>Signed in as %1</source>
        <extracomment>source, demo, credentials (or None), keep the checks (the same account again)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the Discogs sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the collection up to date with Discogs (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the whole collection from Discogs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview checked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and export the checked releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every release shown (Ctrl+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck every release shown (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invert checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invert the checks of the releases shown (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open release page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a personal access &amp;token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the saved sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Discogs QR Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show co&amp;vers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each record&apos;s cover in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taller rows with larger covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Enabled only while the collection browser is shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age of the collection field values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the collection field values shown were last read from Discogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview checked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview checked releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and export the checked releases (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields read just now</source>
        <extracomment>() -&gt; when the field values shown were last read from Discogs (None: not known)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>fields read %n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fields read %n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fields read %n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown · %2 selected</source>
        <extracomment>(history, instances, folder names) -&gt; None: works out which exported records would now print differently (in a worker) and passes their ids to :meth:`set_changed_ids` () -&gt; the collection field holding the &quot;printed&quot; marks on Discogs, or None</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 selected not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview %n checked…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColorEditor</name>
    <message>
        <source>Choose a colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnDefaults</name>
    <message>
        <source>These values go into every row, for QR Factory 3 to draw each code with. A cell edited by hand in the preview keeps its own value. Hover over a name for what it means.</source>
        <extracomment>A value was changed by the user.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnHelp</name>
    <message>
        <source>What the code holds. URL: the code opens a web page (the record on Discogs).</source>
        <extracomment>Columns edited on the editor&apos;s first tab; every other column is in this form. The width of the explanation under each field, in pixels (two columns fit the dialog). What each column means, in plain words (translated when shown, context &quot;ColumnHelp&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width and height of each QR image, in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image format QR Factory writes. SVG, PDF and EPS stay sharp at any size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RGB for screens and home printers; CMYK for a print shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns the whole code by this many degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error correction: how much of the code may be covered or scratched and still scan (Low about 7 %, Medium 15 %, Quartile 25 %, High 30 %). An icon in the middle covers part of the code, so keep it High.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes lets QR Factory choose the error correction itself; No always uses ReliabilityLevel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How round the code&apos;s small squares (its “pixels”) are drawn: 0.0 sharp squares, 1.0 round dots, in between squares with rounded corners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid: every pixel in PixelColorStart. Gradient: pixels blend from PixelColorStart to PixelColorEnd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the background is filled: one colour (Solid), a gradient, or nothing (Transparent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour behind the code. Keep it much lighter than the pixels, or phones may not read the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pixels&apos; colour (where a gradient starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a gradient ends; only used when PixelColorType is Gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The direction of the gradient, in degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes fits the middle icon to the code&apos;s grid of pixels, so it covers whole pixels and cuts none in half; No places it at its exact size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How big the middle icon is, in percent. A bigger icon hides more of the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape of the blank frame around the icon, or None for no frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How wide the frame around the icon is, in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How rounded a square frame&apos;s corners are (0 = sharp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour of the frame around the icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption&apos;s size, in points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption&apos;s colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption&apos;s font, by name. It must be installed on the Mac that runs QR Factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption font&apos;s style: Regular, Bold, Italic or Bold Italic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiet zone: an empty margin around the code, in percent of its size. Scanners need it to find the code, so do not make it 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside the app. Your saved files are not affected and you can keep working; if something looks wrong, save your work and restart the app.

The report below helps to fix it. It contains no passwords or tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n errors so far; the newest is shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsController</name>
    <message>
        <source>The unsaved preview is restored once its records are read again…</source>
        <extracomment>The draft to load into the preview and the instances found for it ({} = none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the unsaved preview…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a colour like #1A2B3C.</source>
        <extracomment>Columns whose value is one of a fixed set (the preview offers a combo box). Numeric columns: (minimum, maximum, allows a fraction). Shown in the preview by default; the rest are one click away. How each placeholder is worked out; only the ones a template uses are computed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is outside {low:g}–{high:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content is empty: the QR code would encode nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FileName is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FileName may only hold letters A–Z, digits, “.”, “_” and “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is {length:,} characters long; at most {limit:,} are allowed.</source>
        <extracomment>The longest template accepted (captions, file names, content). QR Factory prints a caption under a sticker: a few lines. A longer template is refused with :data:`TOO_LONG_MESSAGE` (a 120 kB caption would otherwise turn 300 rows into a 62 MB file).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“}}” without a matching “{{” (write “}}}}” for a brace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{{” is never closed with “}}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty placeholder “{{}}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{{note:…}}” needs a note field name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection note field is called “{field}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}. Did you mean {{{close}}}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer about the account.</source>
        <extracomment>Builds something with ``get_json(path)`` that sends requests signed with the credentials. How long a sign-in waits for the browser to come back (request tokens expire after ~15 min).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs did not answer in time; try again later.</source>
        <extracomment>An image larger than this is refused (Discogs&apos; covers are well under 1 MB). The image server says 403 or 429 when it is asked too often: back off as for a 5xx. Retries of one image: a cover that keeps failing is asked for again much later instead. Called with (seconds, reason) before the gateway waits. Request priorities: the user&apos;s requests go at once; background ones (a pass re-reading the collection) yield to them and keep to a share of the rate limit (see :func:`background_budget`). A background request waits this long after the user&apos;s last request (the next page of a load, the next mark, follows within this time).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Discogs; check the internet connection and try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs kept refusing requests as too frequent; wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs is not answering properly right now (HTTP {status}); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs sent an answer that could not be read; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs did not accept the sign-in (the token may be wrong or revoked); sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs has no such page ({message}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs has no such page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs refused the request (HTTP {status}): {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs refused the request (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs did not answer in time; try again.</source>
        <extracomment>``(method, url, auth) -&gt; (status, body text)``; raises AppError(NETWORK) when unreachable.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Discogs; check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs is receiving too many requests; wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer during sign-in; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs did not accept these credentials; the token may be wrong or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer about the signed-in account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <extracomment>Discogs request tokens and verifiers expire after about this long.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came from the browser within {time}; start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the time allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with OAuth needs a Discogs consumer key and secret: register an application at {url} and pass --consumer-key/--consumer-secret (or set {key_env}/{secret_env}), or sign in with a personal access token instead (`discogs-qr login --token`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was not granted on Discogs, so you are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the code Discogs showed, or the whole address from the browser&apos;s address bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That address belongs to a different sign-in attempt; use the one from the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not look like a Discogs sign-in code; paste the code Discogs showed, or the whole address the browser ended on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs did not accept the application&apos;s consumer key and secret; check them at {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in has no callback; paste the code Discogs shows instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sign-in before entering a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in request expired (they last about 15 minutes); start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs did not accept the code; check it, or start the sign-in again if more than 15 minutes have passed (codes expire).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a Discogs personal access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several folders are called “{name}” (ids {ids}); give the id instead.</source>
        <extracomment>Called with (instances read so far, instances expected; 0 while not known). How many unreadable entries a message names; the rest are counted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder “{name}”; the folders are: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} could not be saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo collection could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no rows to make stickers from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) would not scan, so nothing was written. {failures}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{path} could not be saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet settings are not usable: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layout name needs 1–60 letters, digits or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is the name of a preset; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout is not usable: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local library could not be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local library could not be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local library could not be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local library was damaged and has been moved aside; fetching again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local library was written by a newer version of the app and has been moved aside; fetching again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local library did not have the tables this version of the app needs and has been moved aside; fetching again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the credentials file: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the sign-in to the system keyring; it may be locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} ({name}): {reason}</source>
        <extracomment>The degraded render: area-sampled at half of MARGIN_DPI (a 2-pixel box), then scaled up to MARGIN_DPI bilinearly (a 4-pixel tent); together a blur of sigma 1 pixel at 150 dpi.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code reads “{read}” instead of its Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too little contrast between the code colour {dark} and the background {light}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the icon is too large (IconSizePercent {percent:g}): it hides too much of the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code is too small for its label (modules of {mm:.2f} mm, under {least} mm; try a larger label, no icon or the shorter link form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code does not decode (try a smaller icon, more contrast or a larger label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code decodes only at full resolution, not blurred at {dpi} dpi as a phone sees it (modules of {mm:.2f} mm): a worn print or a dim room may not scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small modules ({mm:.2f} mm, under {least} mm): little margin for a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the icon file “{path}” cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search artist, title, label, cat#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search artists, titles, labels, catalogue numbers and collection fields (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date added preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since last export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by earliest date added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest date added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by latest date added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest date added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only one format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only not yet exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide releases that were in a saved CSV before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only exported releases whose sticker would now read differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection field value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the releases with this value in a collection field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any field value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderSidebar</name>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 releases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 releases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrozenChecks</name>
    <message>
        <source>Checks</source>
        <extracomment>Ticks the record at an index (with Shift: the range from the last tick).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message>
        <source>Label sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page width × height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label width × height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch across × down:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left × top margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows × columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to save this layout as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the layout “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <source>the page width must be between 0 and 2000 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page width must be at least 5 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page height must be between 0 and 2000 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page height must be at least 5 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label width must be between 0 and 2000 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label width must be at least 5 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label height must be between 0 and 2000 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label height must be at least 5 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the horizontal pitch must be between 0 and 2000 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vertical pitch must be between 0 and 2000 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top margin must be between 0 and 2000 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the left margin must be between 0 and 2000 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows and columns must be between 1 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the horizontal pitch is smaller than the label width: labels overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vertical pitch is smaller than the label height: labels overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the labels end {mm:.1f} mm past the page&apos;s right edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the labels end {mm:.1f} mm past the page&apos;s bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avery L7120-25 — A4, 35 mm round, 35 per sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avery L7121-25 — A4, 45 mm round, 24 per sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avery 22807 — US Letter, 2&quot; round, 12 per sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avery 5160/8160 — US Letter, 1&quot; × 2⅝&quot;, 30 per sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother DK-11202 — roll, 62 × 100 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother DK-11209 — roll, 62 × 29 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DYMO 11354 — roll, 57 × 32 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DYMO 30332 — roll, 25 × 25 mm square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first label must be between 1 and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no label {label} on this sheet (1–{last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marks must be one of {marks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calibration offset must be within ±20 mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoaderController</name>
    <message>
        <source>Reading folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 releases loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 releases loaded. Refresh (F5) loads the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not completely loaded: %2 of %3 loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing: %1 of %2 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing: %1 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Discogs QR Export</source>
        <extracomment>Ticks, the preview draft and the window state are saved this long after a change (the first change starts the wait; later ones join that save), so a session killed later keeps them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are exploring the demo collection. Sign in to see your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved preview could not be kept on disk (see the log); it is tried again at the next change. Save it to a file to be safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check some releases first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the preview you did not save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, edited %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked records not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ticked record is not in the library yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ticked records are not in the library yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the All folder first to include them, or preview the others without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load All first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the saved Discogs sign-in on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart now? Your folder, filters, ticks and an unsaved preview are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs did not accept the saved sign-in (%1). Sign in again to continue; your checked releases are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <extracomment>How many unreadable entries the banner names; the rest are counted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultiLineEditor</name>
    <message>
        <source>Bottom text</source>
        <extracomment>Any of these held with Enter makes a new line instead of committing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter finishes editing; Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewColumns</name>
    <message>
        <source>Columns</source>
        <extracomment>The columns shown first, in this order; the rest of DEFAULT_VISIBLE follows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewHeader</name>
    <message>
        <source>Row %1, %2: %3</source>
        <extracomment>The problems link was clicked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from several folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exported before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewHost</name>
    <message>
        <source>Preview</source>
        <extracomment>The edge of the current record&apos;s cover beside its sticker, in logical pixels.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print sticker sheets, or save them as a PDF or images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover of the current row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker of the current row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved preview could not be restored: its releases are no longer in this collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows restored; the others are no longer in your collection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Edit %1 in row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %n row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %n row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %n row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview again: %1 added, %2 removed</source>
        <extracomment>Emitted after any change to the rows (for problem counts and titles).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the unsaved preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR Factory 3 column “%1”</source>
        <extracomment>A row&apos;s cells, template cells and edited columns (what a rebuild changes and undo restores). The instances the rows were asked for (a deleted row&apos;s instance stays in here).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by you (template gives “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Export preview</source>
        <extracomment>A CSV was written: its path and the instance ids it holds (in file order). The number of rows changed (build, merge, delete, duplicate, undo…). The row under the cursor changed or was edited: its 30 cells ([] for none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <extracomment>The table and, once :meth:`set_side_widget` is called, a widget beside it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows as a QR Factory 3 CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the selected rows out of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the selected rows again from the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption, file name and column defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a BOM (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix line ends (LF, not CRLF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added 1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed 1 unedited row of a record no longer checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 unedited rows of records no longer checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept 1 edited row of a record no longer checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept %1 edited rows of records no longer checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row you deleted stays out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows you deleted stay out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview already holds these records; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your edits are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo puts the preview back as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the new template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the preview rows with the new template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some cells were edited by hand. You can keep them or start again (Undo brings them back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my edited cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don’t rebuild</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewSaver</name>
    <message>
        <source>Save QR Factory CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no rows to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix this cell before saving — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1 Nothing was written and your rows are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The export history could not be updated.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Rows to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a selected row&apos;s number to move the rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintedController</name>
    <message>
        <source>Reading the records on Discogs before marking them…</source>
        <extracomment>(field name, records) -&gt; True to go ahead: asked once, before the first write ever. (field name, {instance id: value found on Discogs}) -&gt; REPLACE, SKIP or LATER (True and False stand for REPLACE and SKIP).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking on Discogs stopped; the rest is written later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marks stay queued; you are asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking on Discogs failed; it is tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking on Discogs: %1 marks, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(at once: they fit in the Discogs rate limit)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(one every %1 s, the Discogs rate limit)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %1 of %2 records as printed on Discogs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept %1 values you wrote: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 The other %2 are kept and written later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed; %2 of them are tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was lost: the records stay marked as exported here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintedQuestions</name>
    <message>
        <source>Mark as printed on Discogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write today&apos;s date into your Discogs field “%1” for the %2 exported records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This changes your collection on Discogs. Each record&apos;s field is read first, and a value you wrote yourself is kept unless you choose to replace it. Up to about 60 marks go at once; more go at the Discogs rate limit, about one a second. You can stop them at any time, and turn this off in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the records have something else in “%2” on Discogs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They hold: %1. Replace writes the mark over exactly these values; Skip keeps them; Don&apos;t mark now keeps these marks queued for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t mark now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip those</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseModel</name>
    <message>
        <source>Last exported on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rated %n of 5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Discogs collection field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check or uncheck all shown releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover (hover for a larger one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the release was last saved to a QR Factory CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last exported on %1; the sticker would now read differently (reprint it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist</source>
        <extracomment>Column titles (translated when shown, context &quot;ReleaseModel&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cat#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <extracomment>Emitted after checks change (any folder). Emitted after the collection field columns changed (added, renamed or removed). Emitted after rows were replaced in place by newer data (:meth:`update_rows`). Where the cover column&apos;s pictures come from (None: no covers), and their edge in device pixels.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseTable</name>
    <message>
        <source>Releases</source>
        <extracomment>Row heights with covers (the cover is the row less a small margin) and without.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first column ticks a release for the preview, the CSV and the stickers; Space ticks the current row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionController</name>
    <message>
        <source>Finding the ticked records…</source>
        <extracomment>The ticked instances (shown first, in table order) and the ticked ids not found.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a byte order mark (BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix line ends (LF instead of CRLF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show covers (downloaded from Discogs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: no cover is downloaded; the table shows text only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover cache limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this much disk space for covers; the oldest are dropped first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover cache size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cover cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers kept on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app starts again in the new language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Discogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark printed records in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a CSV or sticker sheet is made, write e.g. “QR 2026-12-05” into this collection field of each exported record, so every computer knows it is printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local library for this collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached collection data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the locally cached collection? It is read from Discogs again the next time a folder is opened. Your export history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetMap</name>
    <message>
        <source>Sheet map: click the labels already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each box is one label of the sheet; the stickers fill the free labels from the starting label on. Arrow keys move between labels, Space marks a label used or free, the menu key offers to print the shown sticker on a free label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the labels already used on this sheet to skip them. Right-click a free label to print the shown sticker on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print this sticker here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save this sticker here as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Discogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs opens in the browser and asks you to allow access; this window then continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs asks each desktop app for its own key. Register an application at &lt;a href=&quot;%1&quot;&gt;Discogs → Settings → Developers&lt;/a&gt; (any name; the callback URL can stay empty), then copy its consumer key and secret here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own application key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Discogs in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Discogs in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to open in a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the browser cannot come back here, paste the code or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from Discogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with the pasted code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open &lt;a href=&quot;%1&quot;&gt;Discogs → Settings → Developers&lt;/a&gt; (sign in to Discogs there if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate new token&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the token, paste it below and click &lt;b&gt;Sign in&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;The token gives this app access to your collection until you revoke it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;developer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Discogs developer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this session only (sign in again next time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an UNENCRYPTED file on this computer, readable by your user account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the consumer key and secret first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Discogs for a sign-in address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow access in the browser; this window continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow access in the browser, then paste the code here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a personal access token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token with Discogs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>waiting %1 s for the Discogs rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs did not answer properly; trying again in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading; what is loaded stays, and Refresh loads the rest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StickerPreview</name>
    <message>
        <source>Sticker preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the sticker of the current row prints: its QR code and its caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StickersDialog</name>
    <message>
        <source>Stickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer offset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows&apos; font (BottomTextFont)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print at 100 % (actual size): turn off “Fit to page” or “Scale to fit” in the print dialog, or the stickers will miss the labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save stickers as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet in the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sheet printed on before: printing goes on at its first free label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fres&amp;h sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a fresh sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print from the first label of a new sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;at label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer offset to the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer offset down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ima&amp;ges as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stic&amp;ker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;eet in the printer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet is used up or thrown away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the labels already used. Right-click a free label to print the sticker shown above on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickers status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One size for the whole sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each label its own size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption &amp;fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record icon in the middle (a smaller code, less margin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the rows say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorter: discogs.com/… without www</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest code: in capitals, HTTPS://DISCOGS.COM/RELEASE/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Links printed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 free, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stickers on %2 page(s), from label %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 stickers on %2 page(s) to %3; every code decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print stickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 stickers on %2 page(s) to %3; every code decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the sticker to label %4 on %3; its code decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sticker as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the sticker on label %4 to %3; its code decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sticker images in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 images in %3; every code decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters no font has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 caption(s) have characters that no installed font can print: they would print as empty boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the test page to %1. Print it at 100 % on plain paper, hold it against a label sheet, and set the offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every code and drawing %1 stickers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export history could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 code(s) scan with little margin: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used labels %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label is left free: the next print starts a fresh sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 labels stay free on the sheet in the printer; the next print starts at label %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Export template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption &amp;&amp; file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values the app starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a template file someone shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this template as a file to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR content template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption (BottomText):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the artist name as credited on the release (ANV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text for an unknown year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect cells starting with = + - @ for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an apostrophe; QR Factory then prints it too. Off by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon in the code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your collection note field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert at the cursor of the template you last edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no record to show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No icon: the code is plain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relative path: QR Factory may look for it beside the CSV file. Choose the file to store its full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ “%1” does not exist on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The icon file exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg *.pdf *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artists as Discogs shows them (joins, no “(2)”, ANV when chosen)</source>
        <extracomment>Every placeholder with a short description (shown by the template editor&apos;s picker).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release year (“unknown” when Discogs has 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First format name, e.g. Vinyl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record size: 12&quot;, 10&quot; or 7&quot; (LP ⇒ 12&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format descriptions, e.g. LP, Album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full format, e.g. 2 × Vinyl, LP, Album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs release id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection instance id (distinct for two copies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date added to the collection (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rating (0–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All collection notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs QR Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick records from your Discogs collection and print a QR sticker for each: on label sheets, a label printer or as images, or as a batch file for QR Factory 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the demo collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open the Discogs developer settings (sign in there if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate new token&lt;/b&gt; and copy it.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Use a personal access token&lt;/b&gt; above and paste it.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the developer settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Discogs QR Export is already open; its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discogs QR Export is already open (process %1) but does not answer. Close it, or end that process, and start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Informazioni su %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <source>Pick records from your Discogs collection and print a QR sticker for each, linking to its Discogs page: label sheets, label printers, images, or a batch CSV for QR Factory 3.</source>
        <translation>Scegli i dischi della tua collezione Discogs e stampa per ciascuno un adesivo QR che rimanda alla sua pagina Discogs: su fogli di etichette, con stampanti per etichette, come immagini o come CSV batch per QR Factory 3.</translation>
    </message>
    <message>
        <source>Data from &lt;a href=&quot;https://www.discogs.com/&quot;&gt;Discogs&lt;/a&gt;. This app is not affiliated with Discogs.</source>
        <translation>Dati da &lt;a href=&quot;https://www.discogs.com/&quot;&gt;Discogs&lt;/a&gt;. Questa app non è affiliata a Discogs.</translation>
    </message>
</context>
<context>
    <name>AccountController</name>
    <message>
        <source>Signed in as %1</source>
        <extracomment>source, demo, credentials (or None), keep the checks (the same account again)</extracomment>
        <translation>Accesso effettuato come %1</translation>
    </message>
    <message>
        <source>Demo collection</source>
        <translation>Collezione demo</translation>
    </message>
    <message>
        <source>Checking the Discogs sign-in…</source>
        <translation>Verifica dell&apos;accesso a Discogs…</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Bring the collection up to date with Discogs (F5)</source>
        <translation>Sincronizza la collezione con Discogs (F5)</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>Aggiornamento co&amp;mpleto</translation>
    </message>
    <message>
        <source>Read the whole collection from Discogs again</source>
        <translation>Rileggi l&apos;intera collezione da Discogs</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Impo&amp;stazioni…</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>&amp;Interrompi caricamento</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Ferma il caricamento</translation>
    </message>
    <message>
        <source>Preview checked…</source>
        <translation>Anteprima…</translation>
    </message>
    <message>
        <source>Preview and export the checked releases</source>
        <translation>Visualizza in anteprima ed esporta le pubblicazioni spuntate</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <source>Check &amp;all shown</source>
        <translation>Spunta tutte le &amp;visibili</translation>
    </message>
    <message>
        <source>Check every release shown (Ctrl+A)</source>
        <translation>Spunta ogni pubblicazione visibile (Ctrl+A)</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>Togli tutte le spu&amp;nte</translation>
    </message>
    <message>
        <source>Uncheck every release shown (Ctrl+Shift+A)</source>
        <translation>Togli la spunta a ogni pubblicazione visibile (Ctrl+Maiusc+A)</translation>
    </message>
    <message>
        <source>&amp;Invert checks</source>
        <translation>&amp;Inverti spunte</translation>
    </message>
    <message>
        <source>Invert the checks of the releases shown (Ctrl+I)</source>
        <translation>Inverti le spunte delle pubblicazioni visibili (Ctrl+I)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Azzera &amp;filtri</translation>
    </message>
    <message>
        <source>Go to &amp;folders</source>
        <translation>Vai alle ca&amp;rtelle</translation>
    </message>
    <message>
        <source>Go to &amp;releases</source>
        <translation>Vai alle &amp;pubblicazioni</translation>
    </message>
    <message>
        <source>&amp;Open release page</source>
        <translation>&amp;Apri pagina della pubblicazione</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Accedi…</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Accedi con Discogs</translation>
    </message>
    <message>
        <source>Use a personal access &amp;token…</source>
        <translation>Usa un &amp;token di accesso personale…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Esci dall&apos;account</translation>
    </message>
    <message>
        <source>Forget the saved sign-in</source>
        <translation>Dimentica l&apos;accesso salvato</translation>
    </message>
    <message>
        <source>Open the &amp;demo collection</source>
        <translation>Apri la collezione &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Mostra cartella dei &amp;log</translation>
    </message>
    <message>
        <source>&amp;About Discogs QR Export</source>
        <translation>&amp;Informazioni su Discogs QR Export</translation>
    </message>
    <message>
        <source>Show co&amp;vers</source>
        <translation>Mo&amp;stra copertine</translation>
    </message>
    <message>
        <source>Show each record&apos;s cover in the table</source>
        <translation>Mostra la copertina di ogni disco nella tabella</translation>
    </message>
    <message>
        <source>&amp;Larger covers</source>
        <translation>Copertine più gran&amp;di</translation>
    </message>
    <message>
        <source>Taller rows with larger covers</source>
        <translation>Righe più alte con copertine più grandi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Enabled only while the collection browser is shown.</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonne</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>A&amp;ccount</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Chiudi il messaggio</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Nascondi questo messaggio</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inverti</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Conteggi</translation>
    </message>
    <message>
        <source>Age of the collection field values</source>
        <translation>Età dei valori dei campi della collezione</translation>
    </message>
    <message>
        <source>When the collection field values shown were last read from Discogs</source>
        <translation>Quando i valori dei campi della collezione mostrati sono stati letti l&apos;ultima volta da Discogs</translation>
    </message>
    <message>
        <source>Preview checked…</source>
        <translation>Anteprima…</translation>
    </message>
    <message>
        <source>Preview checked releases</source>
        <translation>Anteprima delle pubblicazioni spuntate</translation>
    </message>
    <message>
        <source>Preview and export the checked releases (Ctrl+P)</source>
        <translation>Visualizza in anteprima ed esporta le pubblicazioni spuntate (Ctrl+P)</translation>
    </message>
    <message>
        <source>Releases and preview</source>
        <translation>Pubblicazioni e anteprima</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Pubblicazioni</translation>
    </message>
    <message>
        <source>fields read just now</source>
        <extracomment>() -&gt; when the field values shown were last read from Discogs (None: not known)</extracomment>
        <translation>campi letti ora</translation>
    </message>
    <message numerus="yes">
        <source>fields read %n min ago</source>
        <translation>
            <numerusform>campi letti %n min fa</numerusform>
            <numerusform>campi letti %n min fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fields read %n h ago</source>
        <translation>
            <numerusform>campi letti %n h fa</numerusform>
            <numerusform>campi letti %n h fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fields read %n days ago</source>
        <translation>
            <numerusform>campi letti %n giorno fa</numerusform>
            <numerusform>campi letti %n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown · %2 selected</source>
        <extracomment>(history, instances, folder names) -&gt; None: works out which exported records would now print differently (in a worker) and passes their ids to :meth:`set_changed_ids` () -&gt; the collection field holding the &quot;printed&quot; marks on Discogs, or None</extracomment>
        <translation>Visibili: %1 · spuntate: %2</translation>
    </message>
    <message>
        <source>%1 in folder</source>
        <translation>nella cartella: %1</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>caricate: %1 di %2</translation>
    </message>
    <message>
        <source>(%1 selected not shown)</source>
        <translation>(non visibili: %1)</translation>
    </message>
    <message>
        <source>No release matches the search and filters.</source>
        <translation>Nessuna pubblicazione corrisponde alla ricerca e ai filtri.</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Questa cartella è vuota.</translation>
    </message>
    <message numerus="yes">
        <source>Preview %n checked…</source>
        <translation>
            <numerusform>Anteprima (%n)…</numerusform>
            <numerusform>Anteprima (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColorEditor</name>
    <message>
        <source>Choose a colour…</source>
        <translation>Scegli un colore…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Scegli un colore</translation>
    </message>
</context>
<context>
    <name>ColumnDefaults</name>
    <message>
        <source>These values go into every row, for QR Factory 3 to draw each code with. A cell edited by hand in the preview keeps its own value. Hover over a name for what it means.</source>
        <extracomment>A value was changed by the user.</extracomment>
        <translation>Questi valori vanno in ogni riga e QR Factory 3 li usa per disegnare ogni codice. Una cella modificata a mano nell&apos;anteprima mantiene il proprio valore. Passa il puntatore su un nome per vedere cosa significa.</translation>
    </message>
</context>
<context>
    <name>ColumnHelp</name>
    <message>
        <source>What the code holds. URL: the code opens a web page (the record on Discogs).</source>
        <extracomment>Columns edited on the editor&apos;s first tab; every other column is in this form. The width of the explanation under each field, in pixels (two columns fit the dialog). What each column means, in plain words (translated when shown, context &quot;ColumnHelp&quot;).</extracomment>
        <translation>Cosa contiene il codice. URL: il codice apre una pagina web (il disco su Discogs).</translation>
    </message>
    <message>
        <source>Width and height of each QR image, in pixels.</source>
        <translation>Larghezza e altezza di ogni immagine QR, in pixel.</translation>
    </message>
    <message>
        <source>The image format QR Factory writes. SVG, PDF and EPS stay sharp at any size.</source>
        <translation>Il formato d&apos;immagine scritto da QR Factory. SVG, PDF ed EPS restano nitidi a qualsiasi dimensione.</translation>
    </message>
    <message>
        <source>RGB for screens and home printers; CMYK for a print shop.</source>
        <translation>RGB per schermi e stampanti di casa; CMYK per una tipografia.</translation>
    </message>
    <message>
        <source>Turns the whole code by this many degrees.</source>
        <translation>Ruota l&apos;intero codice di questo numero di gradi.</translation>
    </message>
    <message>
        <source>Error correction: how much of the code may be covered or scratched and still scan (Low about 7 %, Medium 15 %, Quartile 25 %, High 30 %). An icon in the middle covers part of the code, so keep it High.</source>
        <translation>Correzione degli errori: quanta parte del codice può essere coperta o graffiata restando leggibile (Low circa 7 %, Medium 15 %, Quartile 25 %, High 30 %). Un&apos;icona al centro copre parte del codice, quindi lascia High.</translation>
    </message>
    <message>
        <source>Yes lets QR Factory choose the error correction itself; No always uses ReliabilityLevel.</source>
        <translation>Yes lascia che QR Factory scelga da sé la correzione degli errori; No usa sempre ReliabilityLevel.</translation>
    </message>
    <message>
        <source>How round the code&apos;s small squares (its “pixels”) are drawn: 0.0 sharp squares, 1.0 round dots, in between squares with rounded corners.</source>
        <translation>Quanto sono arrotondati i quadratini del codice (i suoi “pixel”): 0.0 quadrati netti, 1.0 punti rotondi, nel mezzo quadrati con angoli arrotondati.</translation>
    </message>
    <message>
        <source>Solid: every pixel in PixelColorStart. Gradient: pixels blend from PixelColorStart to PixelColorEnd.</source>
        <translation>Solid: ogni pixel in PixelColorStart. Gradient: i pixel sfumano da PixelColorStart a PixelColorEnd.</translation>
    </message>
    <message>
        <source>How the background is filled: one colour (Solid), a gradient, or nothing (Transparent).</source>
        <translation>Come viene riempito lo sfondo: con un colore (Solid), una sfumatura o niente (Transparent).</translation>
    </message>
    <message>
        <source>The colour behind the code. Keep it much lighter than the pixels, or phones may not read the code.</source>
        <translation>Il colore dietro il codice. Tienilo molto più chiaro dei pixel, altrimenti i telefoni potrebbero non leggere il codice.</translation>
    </message>
    <message>
        <source>The pixels&apos; colour (where a gradient starts).</source>
        <translation>Il colore dei pixel (dove inizia una sfumatura).</translation>
    </message>
    <message>
        <source>Where a gradient ends; only used when PixelColorType is Gradient.</source>
        <translation>Dove finisce una sfumatura; usato solo quando PixelColorType è Gradient.</translation>
    </message>
    <message>
        <source>The direction of the gradient, in degrees.</source>
        <translation>La direzione della sfumatura, in gradi.</translation>
    </message>
    <message>
        <source>Yes fits the middle icon to the code&apos;s grid of pixels, so it covers whole pixels and cuts none in half; No places it at its exact size.</source>
        <translation>Yes adatta l&apos;icona centrale alla griglia di pixel del codice, così copre pixel interi senza tagliarne nessuno a metà; No la posiziona alla sua dimensione esatta.</translation>
    </message>
    <message>
        <source>How big the middle icon is, in percent. A bigger icon hides more of the code.</source>
        <translation>Quanto è grande l&apos;icona centrale, in percentuale. Un&apos;icona più grande nasconde una parte maggiore del codice.</translation>
    </message>
    <message>
        <source>The shape of the blank frame around the icon, or None for no frame.</source>
        <translation>La forma della cornice vuota attorno all&apos;icona, oppure None per nessuna cornice.</translation>
    </message>
    <message>
        <source>How wide the frame around the icon is, in percent.</source>
        <translation>Quanto è larga la cornice attorno all&apos;icona, in percentuale.</translation>
    </message>
    <message>
        <source>How rounded a square frame&apos;s corners are (0 = sharp).</source>
        <translation>Quanto sono arrotondati gli angoli di una cornice quadrata (0 = netti).</translation>
    </message>
    <message>
        <source>The colour of the frame around the icon.</source>
        <translation>Il colore della cornice attorno all&apos;icona.</translation>
    </message>
    <message>
        <source>The caption&apos;s size, in points.</source>
        <translation>La dimensione della didascalia, in punti.</translation>
    </message>
    <message>
        <source>The caption&apos;s colour.</source>
        <translation>Il colore della didascalia.</translation>
    </message>
    <message>
        <source>The caption&apos;s font, by name. It must be installed on the Mac that runs QR Factory.</source>
        <translation>Il carattere della didascalia, per nome. Deve essere installato sul Mac su cui gira QR Factory.</translation>
    </message>
    <message>
        <source>The caption font&apos;s style: Regular, Bold, Italic or Bold Italic.</source>
        <translation>Lo stile del carattere della didascalia: Regular, Bold, Italic o Bold Italic.</translation>
    </message>
    <message>
        <source>The quiet zone: an empty margin around the code, in percent of its size. Scanners need it to find the code, so do not make it 0.</source>
        <translation>La zona di rispetto: un margine vuoto attorno al codice, in percentuale della sua dimensione. Gli scanner ne hanno bisogno per trovare il codice, quindi non impostarla a 0.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. Your saved files are not affected and you can keep working; if something looks wrong, save your work and restart the app.

The report below helps to fix it. It contains no passwords or tokens.</source>
        <translation>Qualcosa è andato storto all&apos;interno dell&apos;app. I tuoi file salvati non sono stati toccati e puoi continuare a lavorare; se qualcosa non ti sembra a posto, salva il tuo lavoro e riavvia l&apos;app.

Il rapporto qui sotto aiuta a correggere l&apos;errore. Non contiene password né token.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Rapporto errore</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copia rapporto</translation>
    </message>
    <message>
        <source>Show log folder</source>
        <translation>Mostra cartella dei log</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message numerus="yes">
        <source>%n errors so far; the newest is shown.</source>
        <translation>
            <numerusform>Finora %n errore; è mostrato il più recente.</numerusform>
            <numerusform>Finora %n errori; è mostrato il più recente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsController</name>
    <message>
        <source>The unsaved preview is restored once its records are read again…</source>
        <extracomment>The draft to load into the preview and the instances found for it ({} = none).</extracomment>
        <translation>L’anteprima non salvata verrà ripristinata appena i suoi dischi saranno letti di nuovo…</translation>
    </message>
    <message>
        <source>Restoring the unsaved preview…</source>
        <translation>Ripristino dell&apos;anteprima non salvata…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>“{value}” is not a colour like #1A2B3C.</source>
        <extracomment>Columns whose value is one of a fixed set (the preview offers a combo box). Numeric columns: (minimum, maximum, allows a fraction). Shown in the preview by default; the rest are one click away. How each placeholder is worked out; only the ones a template uses are computed.</extracomment>
        <translation>“{value}” non è un colore come #1A2B3C.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” non è un numero.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}” non è un numero intero.</translation>
    </message>
    <message>
        <source>{value} is outside {low:g}–{high:g}.</source>
        <translation>{value} è fuori dall&apos;intervallo {low:g}–{high:g}.</translation>
    </message>
    <message>
        <source>“{value}” is not one of {choices}.</source>
        <translation>“{value}” non è tra {choices}.</translation>
    </message>
    <message>
        <source>Content is empty: the QR code would encode nothing.</source>
        <translation>Content è vuoto: il codice QR non conterrebbe nulla.</translation>
    </message>
    <message>
        <source>FileName is empty.</source>
        <translation>FileName è vuoto.</translation>
    </message>
    <message>
        <source>FileName may only hold letters A–Z, digits, “.”, “_” and “-”.</source>
        <translation>FileName può contenere solo lettere A–Z, cifre, “.”, “_” e “-”.</translation>
    </message>
    <message>
        <source>The template is {length:,} characters long; at most {limit:,} are allowed.</source>
        <extracomment>The longest template accepted (captions, file names, content). QR Factory prints a caption under a sticker: a few lines. A longer template is refused with :data:`TOO_LONG_MESSAGE` (a 120 kB caption would otherwise turn 300 rows into a 62 MB file).</extracomment>
        <translation>Il modello è lungo {length:,} caratteri; ne sono ammessi al massimo {limit:,}.</translation>
    </message>
    <message>
        <source>“}}” without a matching “{{” (write “}}}}” for a brace).</source>
        <translation>“}}” senza un “{{” corrispondente (scrivi “}}}}” per una graffa).</translation>
    </message>
    <message>
        <source>“{{” is never closed with “}}”.</source>
        <translation>“{{” non viene mai chiuso da “}}”.</translation>
    </message>
    <message>
        <source>Empty placeholder “{{}}”.</source>
        <translation>Segnaposto vuoto “{{}}”.</translation>
    </message>
    <message>
        <source>“{{note:…}}” needs a note field name.</source>
        <translation>“{{note:…}}” richiede il nome di un campo nota.</translation>
    </message>
    <message>
        <source>No collection note field is called “{field}”.</source>
        <translation>Nessun campo nota della collezione si chiama “{field}”.</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}. Did you mean {{{close}}}?</source>
        <translation>Segnaposto sconosciuto {{{name}}}. Forse intendevi {{{close}}}?</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}.</source>
        <translation>Segnaposto sconosciuto {{{name}}}.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer about the account.</source>
        <extracomment>Builds something with ``get_json(path)`` that sends requests signed with the credentials. How long a sign-in waits for the browser to come back (request tokens expire after ~15 min).</extracomment>
        <translation>Discogs ha inviato una risposta inattesa sull&apos;account.</translation>
    </message>
    <message>
        <source>Discogs did not answer in time; try again later.</source>
        <extracomment>An image larger than this is refused (Discogs&apos; covers are well under 1 MB). The image server says 403 or 429 when it is asked too often: back off as for a 5xx. Retries of one image: a cover that keeps failing is asked for again much later instead. Called with (seconds, reason) before the gateway waits. Request priorities: the user&apos;s requests go at once; background ones (a pass re-reading the collection) yield to them and keep to a share of the rate limit (see :func:`background_budget`). A background request waits this long after the user&apos;s last request (the next page of a load, the next mark, follows within this time).</extracomment>
        <translation>Discogs non ha risposto in tempo; riprova più tardi.</translation>
    </message>
    <message>
        <source>Could not reach Discogs; check the internet connection and try again later.</source>
        <translation>Impossibile raggiungere Discogs; controlla la connessione a internet e riprova più tardi.</translation>
    </message>
    <message>
        <source>Discogs kept refusing requests as too frequent; wait a minute and try again.</source>
        <translation>Discogs ha continuato a rifiutare le richieste perché troppo frequenti; attendi un minuto e riprova.</translation>
    </message>
    <message>
        <source>Discogs is not answering properly right now (HTTP {status}); try again later.</source>
        <translation>Discogs al momento non risponde correttamente (HTTP {status}); riprova più tardi.</translation>
    </message>
    <message>
        <source>Discogs sent an answer that could not be read; try again later.</source>
        <translation>Discogs ha inviato una risposta illeggibile; riprova più tardi.</translation>
    </message>
    <message>
        <source>Discogs did not accept the sign-in (the token may be wrong or revoked); sign in again.</source>
        <translation>Discogs non ha accettato l&apos;accesso (il token potrebbe essere errato o revocato); accedi di nuovo.</translation>
    </message>
    <message>
        <source>Discogs has no such page ({message}).</source>
        <translation>Su Discogs questa pagina non esiste ({message}).</translation>
    </message>
    <message>
        <source>Discogs has no such page.</source>
        <translation>Su Discogs questa pagina non esiste.</translation>
    </message>
    <message>
        <source>Discogs refused the request (HTTP {status}): {message}.</source>
        <translation>Discogs ha rifiutato la richiesta (HTTP {status}): {message}.</translation>
    </message>
    <message>
        <source>Discogs refused the request (HTTP {status}).</source>
        <translation>Discogs ha rifiutato la richiesta (HTTP {status}).</translation>
    </message>
    <message>
        <source>Discogs did not answer in time; try again.</source>
        <extracomment>``(method, url, auth) -&gt; (status, body text)``; raises AppError(NETWORK) when unreachable.</extracomment>
        <translation>Discogs non ha risposto in tempo; riprova.</translation>
    </message>
    <message>
        <source>Could not reach Discogs; check the internet connection and try again.</source>
        <translation>Impossibile raggiungere Discogs; controlla la connessione a internet e riprova.</translation>
    </message>
    <message>
        <source>Discogs is receiving too many requests; wait a minute and try again.</source>
        <translation>Discogs sta ricevendo troppe richieste; attendi un minuto e riprova.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer during sign-in; try again.</source>
        <translation>Discogs ha inviato una risposta inattesa durante l&apos;accesso; riprova.</translation>
    </message>
    <message>
        <source>Discogs did not accept these credentials; the token may be wrong or revoked.</source>
        <translation>Discogs non ha accettato queste credenziali; il token potrebbe essere errato o revocato.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer about the signed-in account.</source>
        <translation>Discogs ha inviato una risposta inattesa sull&apos;account con cui hai effettuato l&apos;accesso.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <extracomment>Discogs request tokens and verifiers expire after about this long.</extracomment>
        <translation>L&apos;accesso è stato annullato.</translation>
    </message>
    <message>
        <source>No answer came from the browser within {time}; start the sign-in again.</source>
        <translation>Nessuna risposta dal browser entro {time}; avvia di nuovo l&apos;accesso.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>the time allowed</source>
        <translation>il tempo consentito</translation>
    </message>
    <message>
        <source>Signing in with OAuth needs a Discogs consumer key and secret: register an application at {url} and pass --consumer-key/--consumer-secret (or set {key_env}/{secret_env}), or sign in with a personal access token instead (`discogs-qr login --token`).</source>
        <translation>L&apos;accesso con OAuth richiede una consumer key e un consumer secret di Discogs: registra un&apos;applicazione su {url} e passa --consumer-key/--consumer-secret (oppure imposta {key_env}/{secret_env}), oppure accedi con un token di accesso personale (`discogs-qr login --token`).</translation>
    </message>
    <message>
        <source>Access was not granted on Discogs, so you are not signed in.</source>
        <translation>L&apos;accesso non è stato autorizzato su Discogs, quindi non hai effettuato l&apos;accesso.</translation>
    </message>
    <message>
        <source>Paste the code Discogs showed, or the whole address from the browser&apos;s address bar.</source>
        <translation>Incolla il codice mostrato da Discogs, oppure l&apos;intero indirizzo dalla barra degli indirizzi del browser.</translation>
    </message>
    <message>
        <source>That address belongs to a different sign-in attempt; use the one from the newest.</source>
        <translation>Questo indirizzo appartiene a un altro tentativo di accesso; usa quello del più recente.</translation>
    </message>
    <message>
        <source>That does not look like a Discogs sign-in code; paste the code Discogs showed, or the whole address the browser ended on.</source>
        <translation>Non sembra un codice di accesso di Discogs; incolla il codice mostrato da Discogs, oppure l&apos;intero indirizzo a cui è arrivato il browser.</translation>
    </message>
    <message>
        <source>Discogs did not accept the application&apos;s consumer key and secret; check them at {url}.</source>
        <translation>Discogs non ha accettato la consumer key e il consumer secret dell&apos;applicazione; controllali su {url}.</translation>
    </message>
    <message>
        <source>This sign-in has no callback; paste the code Discogs shows instead.</source>
        <translation>Questo accesso non ha un callback; incolla invece il codice mostrato da Discogs.</translation>
    </message>
    <message>
        <source>Start the sign-in before entering a code.</source>
        <translation>Avvia l&apos;accesso prima di inserire un codice.</translation>
    </message>
    <message>
        <source>The sign-in request expired (they last about 15 minutes); start again.</source>
        <translation>La richiesta di accesso è scaduta (dura circa 15 minuti); ricomincia.</translation>
    </message>
    <message>
        <source>Discogs did not accept the code; check it, or start the sign-in again if more than 15 minutes have passed (codes expire).</source>
        <translation>Discogs non ha accettato il codice; controllalo, oppure avvia di nuovo l&apos;accesso se sono passati più di 15 minuti (i codici scadono).</translation>
    </message>
    <message>
        <source>Enter a Discogs personal access token.</source>
        <translation>Inserisci un token di accesso personale di Discogs.</translation>
    </message>
    <message>
        <source>Several folders are called “{name}” (ids {ids}); give the id instead.</source>
        <extracomment>Called with (instances read so far, instances expected; 0 while not known). How many unreadable entries a message names; the rest are counted.</extracomment>
        <translation>Più cartelle si chiamano “{name}” (id {ids}); indica invece l&apos;id.</translation>
    </message>
    <message>
        <source>There is no folder “{name}”; the folders are: {choices}.</source>
        <translation>Non esiste una cartella “{name}”; le cartelle sono: {choices}.</translation>
    </message>
    <message>
        <source>The file {path} could not be saved: {reason}.</source>
        <translation>Impossibile salvare il file {path}: {reason}.</translation>
    </message>
    <message>
        <source>The demo collection could not be read: {reason}</source>
        <translation>Impossibile leggere la collezione demo: {reason}</translation>
    </message>
    <message>
        <source>There are no rows to make stickers from.</source>
        <translation>Non ci sono righe da cui creare adesivi.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… e altri {count}.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) would not scan, so nothing was written. {failures}</source>
        <translation>
            <numerusform>%n codice non sarebbe leggibile, quindi non è stato scritto nulla. {failures}</numerusform>
            <numerusform>%n codici non sarebbero leggibili, quindi non è stato scritto nulla. {failures}</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} could not be saved: {reason}.</source>
        <translation>Impossibile salvare {path}: {reason}.</translation>
    </message>
    <message>
        <source>Printing failed: {reason}.</source>
        <translation>Stampa non riuscita: {reason}.</translation>
    </message>
    <message>
        <source>The sheet settings are not usable: {problem}.</source>
        <translation>Le impostazioni del foglio non sono utilizzabili: {problem}.</translation>
    </message>
    <message>
        <source>A layout name needs 1–60 letters, digits or spaces.</source>
        <translation>Il nome di un layout richiede da 1 a 60 lettere, cifre o spazi.</translation>
    </message>
    <message>
        <source>“{name}” is the name of a preset; choose another.</source>
        <translation>“{name}” è il nome di un layout predefinito; scegline un altro.</translation>
    </message>
    <message>
        <source>The layout is not usable: {problem}.</source>
        <translation>Il layout non è utilizzabile: {problem}.</translation>
    </message>
    <message>
        <source>The local library could not be opened: {reason}</source>
        <translation>Impossibile aprire la libreria locale: {reason}</translation>
    </message>
    <message>
        <source>The local library could not be created: {reason}</source>
        <translation>Impossibile creare la libreria locale: {reason}</translation>
    </message>
    <message>
        <source>The local library could not be used: {reason}</source>
        <translation>Impossibile usare la libreria locale: {reason}</translation>
    </message>
    <message>
        <source>The local library was damaged and has been moved aside; fetching again.</source>
        <translation>La libreria locale era danneggiata ed è stata messa da parte; i dati vengono scaricati di nuovo.</translation>
    </message>
    <message>
        <source>The local library was written by a newer version of the app and has been moved aside; fetching again.</source>
        <translation>La libreria locale è stata scritta da una versione più recente dell&apos;app ed è stata messa da parte; i dati vengono scaricati di nuovo.</translation>
    </message>
    <message>
        <source>The local library did not have the tables this version of the app needs and has been moved aside; fetching again.</source>
        <translation>Alla libreria locale mancavano tabelle necessarie a questa versione dell&apos;app ed è stata messa da parte; i dati vengono scaricati di nuovo.</translation>
    </message>
    <message>
        <source>No account is signed in.</source>
        <translation>Nessun account ha effettuato l&apos;accesso.</translation>
    </message>
    <message>
        <source>Could not save the credentials file: {reason}.</source>
        <translation>Impossibile salvare il file delle credenziali: {reason}.</translation>
    </message>
    <message>
        <source>Could not save the sign-in to the system keyring; it may be locked.</source>
        <translation>Impossibile salvare l&apos;accesso nel portachiavi di sistema; potrebbe essere bloccato.</translation>
    </message>
    <message>
        <source>Row {row} ({name}): {reason}</source>
        <extracomment>The degraded render: area-sampled at half of MARGIN_DPI (a 2-pixel box), then scaled up to MARGIN_DPI bilinearly (a 4-pixel tent); together a blur of sigma 1 pixel at 150 dpi.</extracomment>
        <translation>Riga {row} ({name}): {reason}</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Riga {row}: {reason}</translation>
    </message>
    <message>
        <source>the code reads “{read}” instead of its Content</source>
        <translation>il codice restituisce “{read}” invece del suo Content</translation>
    </message>
    <message>
        <source>too little contrast between the code colour {dark} and the background {light}</source>
        <translation>contrasto insufficiente tra il colore del codice {dark} e lo sfondo {light}</translation>
    </message>
    <message>
        <source>the icon is too large (IconSizePercent {percent:g}): it hides too much of the code</source>
        <translation>l&apos;icona è troppo grande (IconSizePercent {percent:g}): nasconde troppa parte del codice</translation>
    </message>
    <message>
        <source>the code is too small for its label (modules of {mm:.2f} mm, under {least} mm; try a larger label, no icon or the shorter link form)</source>
        <translation>il codice è troppo piccolo per la sua etichetta (moduli da {mm:.2f} mm, sotto {least} mm; prova un&apos;etichetta più grande, nessuna icona o la forma breve del link)</translation>
    </message>
    <message>
        <source>the code does not decode (try a smaller icon, more contrast or a larger label)</source>
        <translation>il codice non si decodifica (prova un&apos;icona più piccola, più contrasto o un&apos;etichetta più grande)</translation>
    </message>
    <message>
        <source>the code decodes only at full resolution, not blurred at {dpi} dpi as a phone sees it (modules of {mm:.2f} mm): a worn print or a dim room may not scan</source>
        <translation>il codice si decodifica solo a piena risoluzione, non sfocato a {dpi} dpi come lo vede un telefono (moduli da {mm:.2f} mm): una stampa consumata o una stanza poco illuminata potrebbero impedirne la lettura</translation>
    </message>
    <message>
        <source>small modules ({mm:.2f} mm, under {least} mm): little margin for a phone</source>
        <translation>moduli piccoli ({mm:.2f} mm, sotto {least} mm): poco margine per un telefono</translation>
    </message>
    <message>
        <source>the icon file “{path}” cannot be read</source>
        <translation>il file dell&apos;icona “{path}” non può essere letto</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search artist, title, label, cat#</source>
        <translation>Cerca artista, titolo, etichetta, n. cat.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Search artists, titles, labels, catalogue numbers and collection fields (Ctrl+F)</source>
        <translation>Cerca tra artisti, titoli, etichette, numeri di catalogo e campi della collezione (Ctrl+F)</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Aggiunto:</translation>
    </message>
    <message>
        <source>Date added preset</source>
        <translation>Periodo per la data di aggiunta</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest&apos;anno</translation>
    </message>
    <message>
        <source>Since last export</source>
        <translation>Dall&apos;ultima esportazione</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervallo personalizzato</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <source>Filter by earliest date added</source>
        <translation>Filtra per data di aggiunta più vecchia</translation>
    </message>
    <message>
        <source>Earliest date added</source>
        <translation>Data di aggiunta più vecchia</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Filter by latest date added</source>
        <translation>Filtra per data di aggiunta più recente</translation>
    </message>
    <message>
        <source>Latest date added</source>
        <translation>Data di aggiunta più recente</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Show only one format</source>
        <translation>Mostra un solo formato</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Tutti i formati</translation>
    </message>
    <message>
        <source>Only not yet exported</source>
        <translation>Solo non ancora esportate</translation>
    </message>
    <message>
        <source>Hide releases that were in a saved CSV before</source>
        <translation>Nascondi le pubblicazioni già presenti in un CSV salvato</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Changed since exported</source>
        <translation>Modificate dopo l&apos;esportazione</translation>
    </message>
    <message>
        <source>Show only exported releases whose sticker would now read differently</source>
        <translation>Mostra solo le pubblicazioni esportate il cui adesivo ora risulterebbe diverso</translation>
    </message>
    <message>
        <source>Nothing was exported yet</source>
        <translation>Ancora nessuna esportazione</translation>
    </message>
    <message>
        <source>Collection field value</source>
        <translation>Valore di un campo della collezione</translation>
    </message>
    <message>
        <source>Show only the releases with this value in a collection field</source>
        <translation>Mostra solo le pubblicazioni con questo valore in un campo della collezione</translation>
    </message>
    <message>
        <source>Any field value</source>
        <translation>Qualsiasi valore</translation>
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
        <translation>Cartelle</translation>
    </message>
    <message>
        <source>%1 (%2 releases)</source>
        <translation>%1 (%2 pubblicazioni)</translation>
    </message>
    <message>
        <source>%1, %2 releases</source>
        <translation>%1, %2 pubblicazioni</translation>
    </message>
</context>
<context>
    <name>FrozenChecks</name>
    <message>
        <source>Checks</source>
        <extracomment>Ticks the record at an index (with Shift: the range from the last tick).</extracomment>
        <translation>Spunte</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Qualcosa è andato storto: %1</translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message>
        <source>Label sheet</source>
        <translation>Foglio di etichette</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Etichette:</translation>
    </message>
    <message>
        <source>Page width × height:</source>
        <translation>Larghezza × altezza pagina:</translation>
    </message>
    <message>
        <source>Label width × height:</source>
        <translation>Larghezza × altezza etichetta:</translation>
    </message>
    <message>
        <source>Pitch across × down:</source>
        <translation>Passo orizzontale × verticale:</translation>
    </message>
    <message>
        <source>Left × top margin:</source>
        <translation>Margine sinistro × superiore:</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Larghezza pagina</translation>
    </message>
    <message>
        <source>Page height</source>
        <translation>Altezza pagina</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>Larghezza etichetta</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>Altezza etichetta</translation>
    </message>
    <message>
        <source>Horizontal pitch</source>
        <translation>Passo orizzontale</translation>
    </message>
    <message>
        <source>Vertical pitch</source>
        <translation>Passo verticale</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>Margine sinistro</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>Margine superiore</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Rows of labels</source>
        <translation>Righe di etichette</translation>
    </message>
    <message>
        <source>Columns of labels</source>
        <translation>Colonne di etichette</translation>
    </message>
    <message>
        <source>Rows × columns:</source>
        <translation>Righe × colonne:</translation>
    </message>
    <message>
        <source>Round labels</source>
        <translation>Etichette rotonde</translation>
    </message>
    <message>
        <source>Name to save this layout as</source>
        <translation>Nome con cui salvare questo layout</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>Salva layout</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>Salva come:</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizzato…</translation>
    </message>
    <message>
        <source>Custom layout</source>
        <translation>Layout personalizzato</translation>
    </message>
    <message>
        <source>Saved the layout “%1”.</source>
        <translation>Layout “%1” salvato.</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <source>the page width must be between 0 and 2000 mm</source>
        <translation>la larghezza della pagina deve essere tra 0 e 2000 mm</translation>
    </message>
    <message>
        <source>the page width must be at least 5 mm</source>
        <translation>la larghezza della pagina deve essere di almeno 5 mm</translation>
    </message>
    <message>
        <source>the page height must be between 0 and 2000 mm</source>
        <translation>l&apos;altezza della pagina deve essere tra 0 e 2000 mm</translation>
    </message>
    <message>
        <source>the page height must be at least 5 mm</source>
        <translation>l&apos;altezza della pagina deve essere di almeno 5 mm</translation>
    </message>
    <message>
        <source>the label width must be between 0 and 2000 mm</source>
        <translation>la larghezza dell&apos;etichetta deve essere tra 0 e 2000 mm</translation>
    </message>
    <message>
        <source>the label width must be at least 5 mm</source>
        <translation>la larghezza dell&apos;etichetta deve essere di almeno 5 mm</translation>
    </message>
    <message>
        <source>the label height must be between 0 and 2000 mm</source>
        <translation>l&apos;altezza dell&apos;etichetta deve essere tra 0 e 2000 mm</translation>
    </message>
    <message>
        <source>the label height must be at least 5 mm</source>
        <translation>l&apos;altezza dell&apos;etichetta deve essere di almeno 5 mm</translation>
    </message>
    <message>
        <source>the horizontal pitch must be between 0 and 2000 mm</source>
        <translation>il passo orizzontale deve essere tra 0 e 2000 mm</translation>
    </message>
    <message>
        <source>the vertical pitch must be between 0 and 2000 mm</source>
        <translation>il passo verticale deve essere tra 0 e 2000 mm</translation>
    </message>
    <message>
        <source>the top margin must be between 0 and 2000 mm</source>
        <translation>il margine superiore deve essere tra 0 e 2000 mm</translation>
    </message>
    <message>
        <source>the left margin must be between 0 and 2000 mm</source>
        <translation>il margine sinistro deve essere tra 0 e 2000 mm</translation>
    </message>
    <message>
        <source>rows and columns must be between 1 and 100</source>
        <translation>righe e colonne devono essere tra 1 e 100</translation>
    </message>
    <message>
        <source>the horizontal pitch is smaller than the label width: labels overlap</source>
        <translation>il passo orizzontale è minore della larghezza dell&apos;etichetta: le etichette si sovrappongono</translation>
    </message>
    <message>
        <source>the vertical pitch is smaller than the label height: labels overlap</source>
        <translation>il passo verticale è minore dell&apos;altezza dell&apos;etichetta: le etichette si sovrappongono</translation>
    </message>
    <message>
        <source>the labels end {mm:.1f} mm past the page&apos;s right edge</source>
        <translation>le etichette finiscono {mm:.1f} mm oltre il bordo destro della pagina</translation>
    </message>
    <message>
        <source>the labels end {mm:.1f} mm past the page&apos;s bottom</source>
        <translation>le etichette finiscono {mm:.1f} mm oltre il fondo della pagina</translation>
    </message>
    <message>
        <source>Avery L7120-25 — A4, 35 mm round, 35 per sheet</source>
        <translation>Avery L7120-25 — A4, rotonde da 35 mm, 35 per foglio</translation>
    </message>
    <message>
        <source>Avery L7121-25 — A4, 45 mm round, 24 per sheet</source>
        <translation>Avery L7121-25 — A4, rotonde da 45 mm, 24 per foglio</translation>
    </message>
    <message>
        <source>Avery 22807 — US Letter, 2&quot; round, 12 per sheet</source>
        <translation>Avery 22807 — US Letter, rotonde da 2&quot;, 12 per foglio</translation>
    </message>
    <message>
        <source>Avery 5160/8160 — US Letter, 1&quot; × 2⅝&quot;, 30 per sheet</source>
        <translation>Avery 5160/8160 — US Letter, 1&quot; × 2⅝&quot;, 30 per foglio</translation>
    </message>
    <message>
        <source>Brother DK-11202 — roll, 62 × 100 mm</source>
        <translation>Brother DK-11202 — rotolo, 62 × 100 mm</translation>
    </message>
    <message>
        <source>Brother DK-11209 — roll, 62 × 29 mm</source>
        <translation>Brother DK-11209 — rotolo, 62 × 29 mm</translation>
    </message>
    <message>
        <source>DYMO 11354 — roll, 57 × 32 mm</source>
        <translation>DYMO 11354 — rotolo, 57 × 32 mm</translation>
    </message>
    <message>
        <source>DYMO 30332 — roll, 25 × 25 mm square</source>
        <translation>DYMO 30332 — rotolo, 25 × 25 mm quadrate</translation>
    </message>
    <message>
        <source>the first label must be between 1 and {last}</source>
        <translation>la prima etichetta deve essere tra 1 e {last}</translation>
    </message>
    <message>
        <source>there is no label {label} on this sheet (1–{last})</source>
        <translation>su questo foglio non c&apos;è l&apos;etichetta {label} (1–{last})</translation>
    </message>
    <message>
        <source>marks must be one of {marks}</source>
        <translation>i segni devono essere uno tra {marks}</translation>
    </message>
    <message>
        <source>the calibration offset must be within ±20 mm</source>
        <translation>la correzione di calibrazione deve essere entro ±20 mm</translation>
    </message>
</context>
<context>
    <name>LoaderController</name>
    <message>
        <source>Reading folders…</source>
        <translation>Lettura delle cartelle…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>%1 releases loaded.</source>
        <translation>%1 pubblicazioni caricate.</translation>
    </message>
    <message>
        <source>Loading stopped</source>
        <translation>Caricamento fermato</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Caricamento annullato</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>Caricate %1 di %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 releases loaded. Refresh (F5) loads the rest.</source>
        <translation>%1: caricate %2 di %3 pubblicazioni. Aggiorna (F5) carica il resto.</translation>
    </message>
    <message>
        <source>“%1” is not completely loaded: %2 of %3 loaded.</source>
        <translation>“%1” non è caricata completamente: caricate %2 di %3.</translation>
    </message>
    <message>
        <source>Refreshing: %1 of %2 read</source>
        <translation>Aggiornamento: lette %1 di %2</translation>
    </message>
    <message>
        <source>Refreshing: %1 read</source>
        <translation>Aggiornamento: lette %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aggiornato %1</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>aggiornamento…</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>proprio ora</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Accedi…</translation>
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
        <translation>Usa un token</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Accedi con Discogs</translation>
    </message>
    <message>
        <source>You are exploring the demo collection. Sign in to see your own.</source>
        <translation>Stai esplorando la collezione demo. Accedi per vedere la tua.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Accedi di nuovo</translation>
    </message>
    <message>
        <source>The unsaved preview could not be kept on disk (see the log); it is tried again at the next change. Save it to a file to be safe.</source>
        <translation>Non è stato possibile conservare su disco l’anteprima non salvata (vedi il registro); si riprova alla prossima modifica. Per sicurezza salvala in un file.</translation>
    </message>
    <message>
        <source>Check some releases first.</source>
        <translation>Prima spunta alcune pubblicazioni.</translation>
    </message>
    <message>
        <source>Unsaved preview</source>
        <translation>Anteprima non salvata</translation>
    </message>
    <message>
        <source>Restore the preview you did not save?</source>
        <translation>Ripristinare l&apos;anteprima che non hai salvato?</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 riga</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 righe</translation>
    </message>
    <message>
        <source>%1, edited %2</source>
        <translation>%1, ultima modifica %2</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>Ticked records not loaded</source>
        <translation>Dischi spuntati non caricati</translation>
    </message>
    <message>
        <source>1 ticked record is not in the library yet.</source>
        <translation>1 disco spuntato non è ancora nella libreria.</translation>
    </message>
    <message>
        <source>%1 ticked records are not in the library yet.</source>
        <translation>%1 dischi spuntati non sono ancora nella libreria.</translation>
    </message>
    <message>
        <source>Load the All folder first to include them, or preview the others without them.</source>
        <translation>Carica prima la cartella “All” per includerli, oppure visualizza in anteprima gli altri senza di essi.</translation>
    </message>
    <message>
        <source>Load All first</source>
        <translation>Carica prima “All”</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Escludili</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci dall&apos;account</translation>
    </message>
    <message>
        <source>Forget the saved Discogs sign-in on this computer?</source>
        <translation>Dimenticare l&apos;accesso a Discogs salvato su questo computer?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart now? Your folder, filters, ticks and an unsaved preview are kept.</source>
        <translation>La nuova lingua verrà usata dal prossimo avvio. Riavviare ora? La cartella, i filtri, le spunte e un&apos;eventuale anteprima non salvata vengono mantenuti.</translation>
    </message>
    <message>
        <source>Discogs did not accept the saved sign-in (%1). Sign in again to continue; your checked releases are kept.</source>
        <translation>Discogs non ha accettato l&apos;accesso salvato (%1). Accedi di nuovo per continuare; le pubblicazioni spuntate vengono mantenute.</translation>
    </message>
    <message>
        <source>%1 Try again in a minute.</source>
        <translation>%1 Riprova tra un minuto.</translation>
    </message>
    <message>
        <source>an earlier session</source>
        <translation>una sessione precedente</translation>
    </message>
    <message>
        <source>Offline — data from %1</source>
        <translation>Offline — dati di %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <extracomment>How many unreadable entries the banner names; the rest are counted.</extracomment>
        <translation>e altri %1</translation>
    </message>
    <message>
        <source>1 entry could not be read: %1</source>
        <translation>1 voce non è stata letta: %1</translation>
    </message>
    <message>
        <source>%1 entries could not be read: %2</source>
        <translation>%1 voci non sono state lette: %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>proprio ora</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min fa</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 h fa</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>il %1</translation>
    </message>
</context>
<context>
    <name>MultiLineEditor</name>
    <message>
        <source>Bottom text</source>
        <extracomment>Any of these held with Enter makes a new line instead of committing.</extracomment>
        <translation>Testo in basso</translation>
    </message>
    <message>
        <source>Enter finishes editing; Shift+Enter starts a new line.</source>
        <translation>Invio termina la modifica; Maiusc+Invio inizia una nuova riga.</translation>
    </message>
</context>
<context>
    <name>PreviewColumns</name>
    <message>
        <source>Columns</source>
        <extracomment>The columns shown first, in this order; the rest of DEFAULT_VISIBLE follows.</extracomment>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostra tutte</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Colonne predefinite</translation>
    </message>
</context>
<context>
    <name>PreviewHeader</name>
    <message>
        <source>Row %1, %2: %3</source>
        <extracomment>The problems link was clicked.</extracomment>
        <translation>Riga %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 from several folders</source>
        <translation>%1 da più cartelle</translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation>%1 da “%2”</translation>
    </message>
    <message>
        <source>%1 exported before</source>
        <translation>già esportate: %1</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problema</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problemi</translation>
    </message>
</context>
<context>
    <name>PreviewHost</name>
    <message>
        <source>Preview</source>
        <extracomment>The edge of the current record&apos;s cover beside its sticker, in logical pixels.</extracomment>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Stickers…</source>
        <translation>Adesivi…</translation>
    </message>
    <message>
        <source>Print sticker sheets, or save them as a PDF or images</source>
        <translation>Stampa fogli di adesivi, oppure salvali come PDF o immagini</translation>
    </message>
    <message>
        <source>Cover of the current row</source>
        <translation>Copertina della riga corrente</translation>
    </message>
    <message>
        <source>Sticker of the current row</source>
        <translation>Adesivo della riga corrente</translation>
    </message>
    <message>
        <source>Preview (%1)</source>
        <translation>Anteprima (%1)</translation>
    </message>
    <message>
        <source>The unsaved preview could not be restored: its releases are no longer in this collection.</source>
        <translation>Impossibile ripristinare l&apos;anteprima non salvata: le sue pubblicazioni non sono più in questa collezione.</translation>
    </message>
    <message>
        <source>%1 of %2 rows restored; the others are no longer in your collection.</source>
        <translation>%1 righe di %2 ripristinate; le altre non sono più nella tua collezione.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Edit %1 in row %2</source>
        <translation>Modifica %1 nella riga %2</translation>
    </message>
    <message>
        <source>Delete %n row(s)</source>
        <translation>Elimina righe (%n)</translation>
    </message>
    <message>
        <source>Move %n row(s)</source>
        <translation>Sposta righe (%n)</translation>
    </message>
    <message>
        <source>Reset %n row(s)</source>
        <translation>Ripristina righe (%n)</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Applica modello</translation>
    </message>
    <message>
        <source>Preview again: %1 added, %2 removed</source>
        <extracomment>Emitted after any change to the rows (for problem counts and titles).</extracomment>
        <translation>Nuova anteprima: %1 aggiunte, %2 rimosse</translation>
    </message>
    <message>
        <source>Restore the unsaved preview</source>
        <translation>Ripristina l&apos;anteprima non salvata</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>Duplica righe</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copia righe</translation>
    </message>
    <message>
        <source>QR Factory 3 column “%1”</source>
        <extracomment>A row&apos;s cells, template cells and edited columns (what a rebuild changes and undo restores). The instances the rows were asked for (a deleted row&apos;s instance stays in here).</extracomment>
        <translation>Colonna di QR Factory 3 “%1”</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Edited by you (template gives “%1”).</source>
        <translation>Modificata da te (il modello dà “%1”).</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Export preview</source>
        <extracomment>A CSV was written: its path and the instance ids it holds (in file order). The number of rows changed (build, merge, delete, duplicate, undo…). The row under the cursor changed or was edited: its 30 cells ([] for none).</extracomment>
        <translation>Anteprima di esportazione</translation>
    </message>
    <message>
        <source>Preview</source>
        <extracomment>The table and, once :meth:`set_side_widget` is called, a widget beside it.</extracomment>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Salva come…</translation>
    </message>
    <message>
        <source>Save the rows as a QR Factory 3 CSV file</source>
        <translation>Salva le righe come file CSV per QR Factory 3</translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1</source>
        <translation>Impossibile salvare le tue impostazioni: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annulla %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Ripeti %1</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>&amp;Elimina righe</translation>
    </message>
    <message>
        <source>Leave the selected rows out of this file</source>
        <translation>Escludi le righe selezionate da questo file</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplica</translation>
    </message>
    <message>
        <source>Add a copy of the selected rows</source>
        <translation>Aggiungi una copia delle righe selezionate</translation>
    </message>
    <message>
        <source>&amp;Reset row</source>
        <translation>Ripr&amp;istina riga</translation>
    </message>
    <message>
        <source>Build the selected rows again from the template</source>
        <translation>Ricrea le righe selezionate dal modello</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Copia come CSV</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>&amp;Modello…</translation>
    </message>
    <message>
        <source>Caption, file name and column defaults</source>
        <translation>Didascalia, nome del file e valori predefiniti delle colonne</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Salva come…</translation>
    </message>
    <message>
        <source>File options</source>
        <translation>Opzioni del file</translation>
    </message>
    <message>
        <source>Start with a BOM (for Excel)</source>
        <translation>Inizia con un BOM (per Excel)</translation>
    </message>
    <message>
        <source>Unix line ends (LF, not CRLF)</source>
        <translation>Fine riga Unix (LF, non CRLF)</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 riga</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 righe</translation>
    </message>
    <message>
        <source>Added 1 row</source>
        <translation>Aggiunta 1 riga</translation>
    </message>
    <message>
        <source>Added %1 rows</source>
        <translation>Aggiunte %1 righe</translation>
    </message>
    <message>
        <source>removed 1 unedited row of a record no longer checked</source>
        <translation>rimossa 1 riga non modificata di un disco non più spuntato</translation>
    </message>
    <message>
        <source>removed %1 unedited rows of records no longer checked</source>
        <translation>rimosse %1 righe non modificate di dischi non più spuntati</translation>
    </message>
    <message>
        <source>kept 1 edited row of a record no longer checked</source>
        <translation>mantenuta 1 riga modificata di un disco non più spuntato</translation>
    </message>
    <message>
        <source>kept %1 edited rows of records no longer checked</source>
        <translation>mantenute %1 righe modificate di dischi non più spuntati</translation>
    </message>
    <message>
        <source>1 row you deleted stays out</source>
        <translation>1 riga che hai eliminato resta esclusa</translation>
    </message>
    <message>
        <source>%1 rows you deleted stay out</source>
        <translation>%1 righe che hai eliminato restano escluse</translation>
    </message>
    <message>
        <source>The preview already holds these records; nothing changed.</source>
        <translation>L&apos;anteprima contiene già questi dischi; nessuna modifica.</translation>
    </message>
    <message>
        <source>your edits are kept</source>
        <translation>le tue modifiche vengono mantenute</translation>
    </message>
    <message>
        <source>Undo puts the preview back as it was</source>
        <translation>Annulla riporta l&apos;anteprima com&apos;era</translation>
    </message>
    <message>
        <source>Apply the new template?</source>
        <translation>Applicare il nuovo modello?</translation>
    </message>
    <message>
        <source>Rebuild the preview rows with the new template?</source>
        <translation>Ricreare le righe dell&apos;anteprima con il nuovo modello?</translation>
    </message>
    <message>
        <source>Some cells were edited by hand. You can keep them or start again (Undo brings them back).</source>
        <translation>Alcune celle sono state modificate a mano. Puoi mantenerle o ricominciare (Annulla le riporta indietro).</translation>
    </message>
    <message>
        <source>Keep my edited cells</source>
        <translation>Mantieni le celle modificate</translation>
    </message>
    <message>
        <source>Replace everything</source>
        <translation>Sostituisci tutto</translation>
    </message>
    <message>
        <source>Don’t rebuild</source>
        <translation>Non ricreare</translation>
    </message>
</context>
<context>
    <name>PreviewSaver</name>
    <message>
        <source>Save QR Factory CSV</source>
        <translation>Salva CSV per QR Factory</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>There are no rows to save.</source>
        <translation>Non ci sono righe da salvare.</translation>
    </message>
    <message>
        <source>Fix this cell before saving — %1</source>
        <translation>Correggi questa cella prima di salvare — %1</translation>
    </message>
    <message>
        <source>Could not save: %1 Nothing was written and your rows are unchanged.</source>
        <translation>Impossibile salvare: %1 Non è stato scritto nulla e le tue righe sono invariate.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Salva come…</translation>
    </message>
    <message>
        <source>(The export history could not be updated.)</source>
        <translation>(Impossibile aggiornare la cronologia delle esportazioni.)</translation>
    </message>
    <message>
        <source>Saved %1 to “%2”.</source>
        <translation>Salvato in “%2”: %1.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostra nella cartella</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Rows to export</source>
        <translation>Righe da esportare</translation>
    </message>
    <message>
        <source>Drag a selected row&apos;s number to move the rows</source>
        <translation>Trascina il numero di una riga selezionata per spostare le righe</translation>
    </message>
</context>
<context>
    <name>PrintedController</name>
    <message>
        <source>Reading the records on Discogs before marking them…</source>
        <extracomment>(field name, records) -&gt; True to go ahead: asked once, before the first write ever. (field name, {instance id: value found on Discogs}) -&gt; REPLACE, SKIP or LATER (True and False stand for REPLACE and SKIP).</extracomment>
        <translation>Lettura dei dischi su Discogs prima di segnarli…</translation>
    </message>
    <message>
        <source>Marking on Discogs stopped; the rest is written later.</source>
        <translation>Segnatura su Discogs interrotta; il resto verrà scritto più tardi.</translation>
    </message>
    <message>
        <source>%1 marks stay queued; you are asked again next time.</source>
        <translation>%1 segni restano in coda; te lo chiederò di nuovo la prossima volta.</translation>
    </message>
    <message>
        <source>Marking on Discogs failed; it is tried again later.</source>
        <translation>Segnatura su Discogs non riuscita; verrà ritentata più tardi.</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>pochi secondi</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>circa un minuto</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>circa %1 minuti</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>circa %1 ore</translation>
    </message>
    <message>
        <source>Marking on Discogs: %1 marks, %2</source>
        <translation>Segnatura su Discogs: %1 segni, %2</translation>
    </message>
    <message>
        <source>(at once: they fit in the Discogs rate limit)…</source>
        <translation>(tutti subito: rientrano nel limite di richieste di Discogs)…</translation>
    </message>
    <message>
        <source>(one every %1 s, the Discogs rate limit)…</source>
        <translation>(uno ogni %1 s, il limite di richieste di Discogs)…</translation>
    </message>
    <message>
        <source>Marked %1 of %2 records as printed on Discogs.</source>
        <translation>%1 dischi su %2 segnati come stampati su Discogs.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>e altri %1</translation>
    </message>
    <message>
        <source>Kept %1 values you wrote: %2.</source>
        <translation>Mantenuti %1 valori scritti da te: %2.</translation>
    </message>
    <message>
        <source>Stopped: %1 The other %2 are kept and written later.</source>
        <translation>Interrotto: %1 Gli altri %2 vengono mantenuti e scritti più tardi.</translation>
    </message>
    <message>
        <source>%1 failed; %2 of them are tried again later.</source>
        <translation>%1 non riusciti; %2 di questi verranno ritentati più tardi.</translation>
    </message>
    <message>
        <source>Nothing was lost: the records stay marked as exported here.</source>
        <translation>Non si è perso nulla: qui i dischi restano segnati come esportati.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Accedi di nuovo</translation>
    </message>
</context>
<context>
    <name>PrintedQuestions</name>
    <message>
        <source>Mark as printed on Discogs</source>
        <translation>Segna come stampati su Discogs</translation>
    </message>
    <message>
        <source>Write today&apos;s date into your Discogs field “%1” for the %2 exported records?</source>
        <translation>Scrivere la data di oggi nel tuo campo Discogs “%1” per i %2 dischi esportati?</translation>
    </message>
    <message>
        <source>This changes your collection on Discogs. Each record&apos;s field is read first, and a value you wrote yourself is kept unless you choose to replace it. Up to about 60 marks go at once; more go at the Discogs rate limit, about one a second. You can stop them at any time, and turn this off in Settings.</source>
        <translation>Questo modifica la tua collezione su Discogs. Prima viene letto il campo di ogni disco, e un valore scritto da te viene mantenuto, a meno che tu non scelga di sostituirlo. Fino a circa 60 segni vengono scritti subito; gli altri al ritmo consentito da Discogs, circa uno al secondo. Puoi fermarli in qualsiasi momento e disattivare questa funzione nelle Impostazioni.</translation>
    </message>
    <message>
        <source>%1 of the records have something else in “%2” on Discogs.</source>
        <translation>%1 dei dischi hanno già qualcos&apos;altro in “%2” su Discogs.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>e altri %1</translation>
    </message>
    <message>
        <source>They hold: %1. Replace writes the mark over exactly these values; Skip keeps them; Don&apos;t mark now keeps these marks queued for later.</source>
        <translation>Contengono: %1. Sostituisci scrive il segno esattamente sopra questi valori; Salta li mantiene; Non segnare ora tiene questi segni in coda per dopo.</translation>
    </message>
    <message>
        <source>Don&apos;t mark now</source>
        <translation>Non segnare ora</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Scrivi</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>Skip those</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Sostituisci</translation>
    </message>
</context>
<context>
    <name>ReleaseModel</name>
    <message>
        <source>Last exported on %1</source>
        <translation>Ultima esportazione il %1</translation>
    </message>
    <message numerus="yes">
        <source>Rated %n of 5</source>
        <translation>
            <numerusform>Valutazione %n su 5</numerusform>
            <numerusform>Valutazione %n su 5</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Spuntata</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non spuntata</translation>
    </message>
    <message>
        <source>Your Discogs collection field “%1”</source>
        <translation>Il tuo campo della collezione Discogs “%1”</translation>
    </message>
    <message>
        <source>Check or uncheck all shown releases</source>
        <translation>Spunta o togli la spunta a tutte le pubblicazioni visibili</translation>
    </message>
    <message>
        <source>Cover (hover for a larger one)</source>
        <translation>Copertina (passa il puntatore per ingrandirla)</translation>
    </message>
    <message>
        <source>When the release was last saved to a QR Factory CSV</source>
        <translation>Quando la pubblicazione è stata salvata l&apos;ultima volta in un CSV per QR Factory</translation>
    </message>
    <message>
        <source>Last exported on %1; the sticker would now read differently (reprint it)</source>
        <translation>Ultima esportazione il %1; ora l&apos;adesivo risulterebbe diverso (ristampalo)</translation>
    </message>
    <message>
        <source>%1 · changed</source>
        <translation>%1 · modificata</translation>
    </message>
    <message>
        <source>Artist</source>
        <extracomment>Column titles (translated when shown, context &quot;ReleaseModel&quot;).</extracomment>
        <translation>Artista</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Cat#</source>
        <translation>N. cat.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Data di aggiunta</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Esportata</translation>
    </message>
    <message>
        <source>Cover</source>
        <extracomment>Emitted after checks change (any folder). Emitted after the collection field columns changed (added, renamed or removed). Emitted after rows were replaced in place by newer data (:meth:`update_rows`). Where the cover column&apos;s pictures come from (None: no covers), and their edge in device pixels.</extracomment>
        <translation>Copertina</translation>
    </message>
</context>
<context>
    <name>ReleaseTable</name>
    <message>
        <source>Releases</source>
        <extracomment>Row heights with covers (the cover is the row less a small margin) and without.</extracomment>
        <translation>Pubblicazioni</translation>
    </message>
    <message>
        <source>The first column ticks a release for the preview, the CSV and the stickers; Space ticks the current row.</source>
        <translation>La prima colonna spunta una pubblicazione per l&apos;anteprima, il CSV e gli adesivi; Spazio spunta la riga corrente.</translation>
    </message>
    <message>
        <source>Collection fields</source>
        <translation>Campi della collezione</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Ripristina colonne</translation>
    </message>
</context>
<context>
    <name>SelectionController</name>
    <message>
        <source>Finding the ticked records…</source>
        <extracomment>The ticked instances (shown first, in table order) and the ticked ids not found.</extracomment>
        <translation>Ricerca dei dischi spuntati…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Local library</source>
        <translation>Libreria locale</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>Dimensione della cache</translation>
    </message>
    <message>
        <source>Clear cache…</source>
        <translation>Svuota cache…</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Svuota cache</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>File CSV</translation>
    </message>
    <message>
        <source>Start with a byte order mark (BOM)</source>
        <translation>Inizia con un byte order mark (BOM)</translation>
    </message>
    <message>
        <source>Unix line ends (LF instead of CRLF)</source>
        <translation>Fine riga Unix (LF invece di CRLF)</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Copertine</translation>
    </message>
    <message>
        <source>Show covers (downloaded from Discogs)</source>
        <translation>Mostra copertine (scaricate da Discogs)</translation>
    </message>
    <message>
        <source>Off: no cover is downloaded; the table shows text only</source>
        <translation>Disattivato: nessuna copertina viene scaricata; la tabella mostra solo testo</translation>
    </message>
    <message>
        <source>Cover cache limit</source>
        <translation>Limite della cache delle copertine</translation>
    </message>
    <message>
        <source>At most this much disk space for covers; the oldest are dropped first</source>
        <translation>Al massimo questo spazio su disco per le copertine; le più vecchie vengono eliminate per prime</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Conserva al massimo</translation>
    </message>
    <message>
        <source>Cover cache size</source>
        <translation>Dimensione della cache delle copertine</translation>
    </message>
    <message>
        <source>Clear cover cache</source>
        <translation>Svuota cache copertine</translation>
    </message>
    <message>
        <source>Covers kept on this computer: %1</source>
        <translation>Copertine conservate su questo computer: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Lingua della finestra</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Lingua di sistema (%1)</translation>
    </message>
    <message>
        <source>The app starts again in the new language</source>
        <translation>L&apos;app si riavvia nella nuova lingua</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>On Discogs</source>
        <translation>Su Discogs</translation>
    </message>
    <message>
        <source>Mark printed records in</source>
        <translation>Segna i dischi stampati in</translation>
    </message>
    <message>
        <source>After a CSV or sticker sheet is made, write e.g. “QR 2026-12-05” into this collection field of each exported record, so every computer knows it is printed</source>
        <translation>Dopo aver creato un CSV o un foglio di adesivi, scrivi ad es. “QR 2026-12-05” in questo campo della collezione di ogni disco esportato, così ogni computer sa che è stato stampato</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>No local library for this collection.</source>
        <translation>Nessuna libreria locale per questa collezione.</translation>
    </message>
    <message>
        <source>Cached collection data: %1</source>
        <translation>Dati della collezione in cache: %1</translation>
    </message>
    <message>
        <source>Delete the locally cached collection? It is read from Discogs again the next time a folder is opened. Your export history is kept.</source>
        <translation>Eliminare la collezione salvata in cache in locale? Verrà riletta da Discogs la prossima volta che apri una cartella. La cronologia delle esportazioni viene mantenuta.</translation>
    </message>
</context>
<context>
    <name>SheetMap</name>
    <message>
        <source>Sheet map: click the labels already used</source>
        <translation>Mappa del foglio: fai clic sulle etichette già usate</translation>
    </message>
    <message>
        <source>Each box is one label of the sheet; the stickers fill the free labels from the starting label on. Arrow keys move between labels, Space marks a label used or free, the menu key offers to print the shown sticker on a free label.</source>
        <translation>Ogni riquadro è un&apos;etichetta del foglio; gli adesivi riempiono le etichette libere a partire da quella iniziale. I tasti freccia spostano tra le etichette, Spazio segna un&apos;etichetta come usata o libera, il tasto menu propone di stampare l&apos;adesivo mostrato su un&apos;etichetta libera.</translation>
    </message>
    <message>
        <source>Click the labels already used on this sheet to skip them. Right-click a free label to print the shown sticker on it.</source>
        <translation>Fai clic sulle etichette già usate su questo foglio per saltarle. Fai clic con il tasto destro su un&apos;etichetta libera per stamparvi l&apos;adesivo mostrato.</translation>
    </message>
    <message>
        <source>&amp;Print this sticker here…</source>
        <translation>&amp;Stampa qui questo adesivo…</translation>
    </message>
    <message>
        <source>&amp;Save this sticker here as PDF…</source>
        <translation>Salva qui questo adesivo come &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Mark as used</source>
        <translation>Segna come &amp;usata</translation>
    </message>
    <message>
        <source>&amp;Mark as free</source>
        <translation>Segna come &amp;libera</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Discogs</source>
        <translation>Accedi a Discogs</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Metodo di accesso</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Accedi con Discogs</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Token di accesso personale</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Stato dell&apos;accesso</translation>
    </message>
    <message>
        <source>Discogs opens in the browser and asks you to allow access; this window then continues by itself.</source>
        <translation>Discogs si apre nel browser e ti chiede di consentire l&apos;accesso; poi questa finestra prosegue da sola.</translation>
    </message>
    <message>
        <source>Discogs asks each desktop app for its own key. Register an application at &lt;a href=&quot;%1&quot;&gt;Discogs → Settings → Developers&lt;/a&gt; (any name; the callback URL can stay empty), then copy its consumer key and secret here.</source>
        <translation>Discogs chiede a ogni app desktop una chiave propria. Registra un&apos;applicazione in &lt;a href=&quot;%1&quot;&gt;Discogs → Impostazioni → Sviluppatori&lt;/a&gt; (qualsiasi nome; l&apos;URL di callback può restare vuoto), poi copia qui la sua consumer key e il suo consumer secret.</translation>
    </message>
    <message>
        <source>Your own application key</source>
        <translation>La tua chiave applicazione</translation>
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
        <translation>&amp;Apri Discogs nel browser</translation>
    </message>
    <message>
        <source>Open Discogs in the browser</source>
        <translation>Apri Discogs nel browser</translation>
    </message>
    <message>
        <source>Address to open in a browser</source>
        <translation>Indirizzo da aprire in un browser</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copia l&apos;indirizzo</translation>
    </message>
    <message>
        <source>If the browser cannot come back here, paste the code or address</source>
        <translation>Se il browser non riesce a tornare qui, incolla il codice o l&apos;indirizzo</translation>
    </message>
    <message>
        <source>Code from Discogs</source>
        <translation>Codice da Discogs</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinua</translation>
    </message>
    <message>
        <source>Continue with the pasted code</source>
        <translation>Continua con il codice incollato</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open &lt;a href=&quot;%1&quot;&gt;Discogs → Settings → Developers&lt;/a&gt; (sign in to Discogs there if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate new token&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the token, paste it below and click &lt;b&gt;Sign in&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;The token gives this app access to your collection until you revoke it there.</source>
        <translation>&lt;ol&gt;&lt;li&gt;Apri &lt;a href=&quot;%1&quot;&gt;Discogs → Impostazioni → Sviluppatori&lt;/a&gt; (accedi a Discogs, se richiesto).&lt;/li&gt;&lt;li&gt;Fai clic su &lt;b&gt;Genera nuovo token&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copia il token, incollalo qui sotto e fai clic su &lt;b&gt;Accedi&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;Il token dà a questa app accesso alla tua collezione finché non lo revochi lì.</translation>
    </message>
    <message>
        <source>Open the &amp;developer settings</source>
        <translation>Apri le impostazioni svi&amp;luppatore</translation>
    </message>
    <message>
        <source>Open the Discogs developer settings</source>
        <translation>Apri le impostazioni sviluppatore di Discogs</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Acce&amp;di</translation>
    </message>
    <message>
        <source>Sign in with the token</source>
        <translation>Accedi con il token</translation>
    </message>
    <message>
        <source>Where to keep the sign-in</source>
        <translation>Dove conservare l&apos;accesso</translation>
    </message>
    <message>
        <source>For this session only (sign in again next time)</source>
        <translation>Solo per questa sessione (la prossima volta accedi di nuovo)</translation>
    </message>
    <message>
        <source>In an UNENCRYPTED file on this computer, readable by your user account:</source>
        <translation>In un file NON CIFRATO su questo computer, leggibile dal tuo account utente:</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer.</source>
        <translation>Su questo computer non è disponibile un portachiavi sicuro.</translation>
    </message>
    <message>
        <source>Enter the consumer key and secret first.</source>
        <translation>Inserisci prima la consumer key e il consumer secret.</translation>
    </message>
    <message>
        <source>Asking Discogs for a sign-in address…</source>
        <translation>Richiesta a Discogs di un indirizzo di accesso…</translation>
    </message>
    <message>
        <source>Allow access in the browser; this window continues by itself.</source>
        <translation>Consenti l&apos;accesso nel browser; questa finestra prosegue da sola.</translation>
    </message>
    <message>
        <source>Allow access in the browser, then paste the code here.</source>
        <translation>Consenti l&apos;accesso nel browser, poi incolla qui il codice.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Verifica del codice…</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>Indirizzo copiato.</translation>
    </message>
    <message>
        <source>Paste a personal access token first.</source>
        <translation>Incolla prima un token di accesso personale.</translation>
    </message>
    <message>
        <source>Checking the token with Discogs…</source>
        <translation>Verifica del token con Discogs…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Accesso effettuato come %1.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>waiting %1 s for the Discogs rate limit</source>
        <translation>attesa di %1 s per il limite di richieste di Discogs</translation>
    </message>
    <message>
        <source>Discogs did not answer properly; trying again in %1 s</source>
        <translation>Discogs non ha risposto correttamente; nuovo tentativo tra %1 s</translation>
    </message>
    <message>
        <source>waiting %1 s: %2</source>
        <translation>attesa di %1 s: %2</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>Stato del caricamento</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Avanzamento del caricamento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Interrompi caricamento</translation>
    </message>
    <message>
        <source>Stop loading; what is loaded stays, and Refresh loads the rest</source>
        <translation>Ferma il caricamento; ciò che è caricato resta, e Aggiorna carica il resto</translation>
    </message>
</context>
<context>
    <name>StickerPreview</name>
    <message>
        <source>Sticker preview</source>
        <translation>Anteprima dell&apos;adesivo</translation>
    </message>
    <message>
        <source>How the sticker of the current row prints: its QR code and its caption</source>
        <translation>Come verrà stampato l&apos;adesivo della riga corrente: il suo codice QR e la sua didascalia</translation>
    </message>
</context>
<context>
    <name>StickersDialog</name>
    <message>
        <source>Stickers</source>
        <translation>Adesivi</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>Foglio di etichette</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>Questo foglio</translation>
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
        <translation>Spostamento stampante:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Label outlines</source>
        <translation>Contorni delle etichette</translation>
    </message>
    <message>
        <source>Cut marks</source>
        <translation>Segni di taglio</translation>
    </message>
    <message>
        <source>&amp;Marks:</source>
        <translation>&amp;Segni:</translation>
    </message>
    <message>
        <source>The rows&apos; font (BottomTextFont)</source>
        <translation>Il carattere delle righe (BottomTextFont)</translation>
    </message>
    <message>
        <source>This font:</source>
        <translation>Questo carattere:</translation>
    </message>
    <message>
        <source>Caption font:</source>
        <translation>Carattere didascalia:</translation>
    </message>
    <message>
        <source>Fit the label</source>
        <translation>Adatta all&apos;etichetta</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Caption &amp;size:</source>
        <translation>&amp;Dimensione didascalia:</translation>
    </message>
    <message>
        <source>PNG pictures</source>
        <translation>Immagini PNG</translation>
    </message>
    <message>
        <source>SVG drawings</source>
        <translation>Disegni SVG</translation>
    </message>
    <message>
        <source>Print at 100 % (actual size): turn off “Fit to page” or “Scale to fit” in the print dialog, or the stickers will miss the labels.</source>
        <translation>Stampa al 100 % (dimensioni effettive): disattiva “Adatta alla pagina” o “Ridimensiona per adattare” nella finestra di stampa, altrimenti gli adesivi non centreranno le etichette.</translation>
    </message>
    <message>
        <source>&amp;Test page…</source>
        <translation>Pagina di &amp;prova…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Salva come PD&amp;F…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Stamp&amp;a…</translation>
    </message>
    <message>
        <source>Save &amp;images…</source>
        <translation>Salva &amp;immagini…</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Not usable: %1.</source>
        <translation>Non utilizzabile: %1.</translation>
    </message>
    <message>
        <source>Save stickers as PDF</source>
        <translation>Salva gli adesivi come PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sheet in the printer</source>
        <translation>Foglio nella stampante</translation>
    </message>
    <message>
        <source>A sheet printed on before: printing goes on at its first free label</source>
        <translation>Un foglio già usato: la stampa prosegue dalla sua prima etichetta libera</translation>
    </message>
    <message>
        <source>Fres&amp;h sheet</source>
        <translation>Foglio &amp;nuovo</translation>
    </message>
    <message>
        <source>Start a fresh sheet</source>
        <translation>Inizia un foglio nuovo</translation>
    </message>
    <message>
        <source>Print from the first label of a new sheet</source>
        <translation>Stampa dalla prima etichetta di un foglio nuovo</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>Inizia dall&apos;etichetta</translation>
    </message>
    <message>
        <source>Start &amp;at label:</source>
        <translation>Inizia dall&apos;eti&amp;chetta:</translation>
    </message>
    <message>
        <source>Printer offset to the right</source>
        <translation>Spostamento della stampante verso destra</translation>
    </message>
    <message>
        <source>Printer offset down</source>
        <translation>Spostamento della stampante verso il basso</translation>
    </message>
    <message>
        <source>Ima&amp;ges as:</source>
        <translation>I&amp;mmagini come:</translation>
    </message>
    <message>
        <source>Sticker shown</source>
        <translation>Adesivo mostrato</translation>
    </message>
    <message>
        <source>Stic&amp;ker:</source>
        <translation>Adesi&amp;vo:</translation>
    </message>
    <message>
        <source>Sh&amp;eet in the printer:</source>
        <translation>F&amp;oglio nella stampante:</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Dimentica</translation>
    </message>
    <message>
        <source>Forget this sheet</source>
        <translation>Dimentica questo foglio</translation>
    </message>
    <message>
        <source>This sheet is used up or thrown away</source>
        <translation>Questo foglio è esaurito o è stato buttato</translation>
    </message>
    <message>
        <source>Click the labels already used. Right-click a free label to print the sticker shown above on it.</source>
        <translation>Fai clic sulle etichette già usate. Fai clic con il tasto destro su un&apos;etichetta libera per stamparvi l&apos;adesivo mostrato sopra.</translation>
    </message>
    <message>
        <source>Stickers status</source>
        <translation>Stato degli adesivi</translation>
    </message>
    <message>
        <source>What will be printed</source>
        <translation>Cosa verrà stampato</translation>
    </message>
    <message>
        <source>One size for the whole sheet</source>
        <translation>Una dimensione per tutto il foglio</translation>
    </message>
    <message>
        <source>Each label its own size</source>
        <translation>Ogni etichetta con la sua dimensione</translation>
    </message>
    <message>
        <source>Caption &amp;fit:</source>
        <translation>Adat&amp;tamento didascalia:</translation>
    </message>
    <message>
        <source>Record icon in the middle (a smaller code, less margin)</source>
        <translation>Icona del disco al centro (codice più piccolo, meno margine)</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Codice:</translation>
    </message>
    <message>
        <source>As the rows say</source>
        <translation>Come indicato nelle righe</translation>
    </message>
    <message>
        <source>Shorter: discogs.com/… without www</source>
        <translation>Più corto: discogs.com/… senza www</translation>
    </message>
    <message>
        <source>Smallest code: in capitals, HTTPS://DISCOGS.COM/RELEASE/…</source>
        <translation>Codice più piccolo: in maiuscolo, HTTPS://DISCOGS.COM/RELEASE/…</translation>
    </message>
    <message>
        <source>&amp;Links printed:</source>
        <translation>&amp;Link stampati:</translation>
    </message>
    <message>
        <source>A fresh sheet</source>
        <translation>Un foglio nuovo</translation>
    </message>
    <message>
        <source>%1, %2 free, %3</source>
        <translation>%1, %2 libere, %3</translation>
    </message>
    <message>
        <source>%1 stickers on %2 page(s), from label %3.</source>
        <translation>%1 adesivi su %2 pagina/e, dall&apos;etichetta %3.</translation>
    </message>
    <message>
        <source>Saved %1 stickers on %2 page(s) to %3; every code decoded.</source>
        <translation>Salvati %1 adesivi su %2 pagina/e in %3; ogni codice è stato decodificato.</translation>
    </message>
    <message>
        <source>Print stickers</source>
        <translation>Stampa adesivi</translation>
    </message>
    <message>
        <source>Sent %1 stickers on %2 page(s) to %3; every code decoded.</source>
        <translation>Inviati %1 adesivi su %2 pagina/e a %3; ogni codice è stato decodificato.</translation>
    </message>
    <message>
        <source>Sent the sticker to label %4 on %3; its code decoded.</source>
        <translation>Adesivo inviato all&apos;etichetta %4 su %3; il suo codice è stato decodificato.</translation>
    </message>
    <message>
        <source>Save the sticker as PDF</source>
        <translation>Salva l&apos;adesivo come PDF</translation>
    </message>
    <message>
        <source>Saved the sticker on label %4 to %3; its code decoded.</source>
        <translation>Adesivo dell&apos;etichetta %4 salvato in %3; il suo codice è stato decodificato.</translation>
    </message>
    <message>
        <source>Save sticker images in</source>
        <translation>Salva le immagini degli adesivi in</translation>
    </message>
    <message>
        <source>Saved %1 images in %3; every code decoded.</source>
        <translation>Salvate %1 immagini in %3; ogni codice è stato decodificato.</translation>
    </message>
    <message>
        <source>Characters no font has</source>
        <translation>Caratteri non presenti in alcun font</translation>
    </message>
    <message>
        <source>%1 caption(s) have characters that no installed font can print: they would print as empty boxes.</source>
        <translation>%1 didascalia/e contengono caratteri che nessun font installato può stampare: verrebbero stampati come riquadri vuoti.</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Salva &amp;comunque</translation>
    </message>
    <message>
        <source>&amp;Remove the characters</source>
        <translation>&amp;Rimuovi i caratteri</translation>
    </message>
    <message>
        <source>Save a test page</source>
        <translation>Salva una pagina di prova</translation>
    </message>
    <message>
        <source>Saved the test page to %1. Print it at 100 % on plain paper, hold it against a label sheet, and set the offset.</source>
        <translation>Pagina di prova salvata in %1. Stampala al 100 % su carta normale, sovrapponila a un foglio di etichette e imposta lo spostamento.</translation>
    </message>
    <message>
        <source>Checking every code and drawing %1 stickers…</source>
        <translation>Verifica di ogni codice e disegno di %1 adesivi…</translation>
    </message>
    <message>
        <source>The export history could not be updated.</source>
        <translation>Impossibile aggiornare la cronologia delle esportazioni.</translation>
    </message>
    <message>
        <source>%1 code(s) scan with little margin: %2</source>
        <translation>%1 codice/i si leggono con poco margine: %2</translation>
    </message>
    <message>
        <source>Used labels %1.</source>
        <translation>Etichette usate %1.</translation>
    </message>
    <message>
        <source>No label is left free: the next print starts a fresh sheet.</source>
        <translation>Non resta nessuna etichetta libera: la prossima stampa inizia un foglio nuovo.</translation>
    </message>
    <message>
        <source>%1 labels stay free on the sheet in the printer; the next print starts at label %2.</source>
        <translation>%1 etichette restano libere sul foglio nella stampante; la prossima stampa inizia dall&apos;etichetta %2.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Export template</source>
        <translation>Modello di esportazione</translation>
    </message>
    <message>
        <source>Template parts</source>
        <translation>Parti del modello</translation>
    </message>
    <message>
        <source>Caption &amp;&amp; file name</source>
        <translation>Didascalia &amp;&amp; nome file</translation>
    </message>
    <message>
        <source>Column defaults</source>
        <translation>Valori predefiniti delle colonne</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Ripristina predefiniti</translation>
    </message>
    <message>
        <source>The values the app starts with</source>
        <translation>I valori con cui l&apos;app inizia</translation>
    </message>
    <message>
        <source>Load a template file someone shared</source>
        <translation>Carica un file di modello condiviso da qualcuno</translation>
    </message>
    <message>
        <source>Save this template as a file to share</source>
        <translation>Salva questo modello come file da condividere</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Caption template</source>
        <translation>Modello della didascalia</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>Modello del nome file</translation>
    </message>
    <message>
        <source>QR content template</source>
        <translation>Modello del contenuto QR</translation>
    </message>
    <message>
        <source>Caption (BottomText):</source>
        <translation>Didascalia (BottomText):</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nome file:</translation>
    </message>
    <message>
        <source>QR code content:</source>
        <translation>Contenuto del codice QR:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>Use the artist name as credited on the release (ANV)</source>
        <translation>Usa il nome dell&apos;artista come accreditato sulla pubblicazione (ANV)</translation>
    </message>
    <message>
        <source>Text for an unknown year</source>
        <translation>Testo per un anno sconosciuto</translation>
    </message>
    <message>
        <source>Protect cells starting with = + - @ for spreadsheets</source>
        <translation>Proteggi le celle che iniziano con = + - @ per i fogli di calcolo</translation>
    </message>
    <message>
        <source>Adds an apostrophe; QR Factory then prints it too. Off by default.</source>
        <translation>Aggiunge un apostrofo; QR Factory poi lo stampa. Disattivato per impostazione predefinita.</translation>
    </message>
    <message>
        <source>Icon file</source>
        <translation>File dell&apos;icona</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Unknown year:</source>
        <translation>Anno sconosciuto:</translation>
    </message>
    <message>
        <source>Icon in the code:</source>
        <translation>Icona nel codice:</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Segnaposto</translation>
    </message>
    <message>
        <source>Your collection note field “%1”</source>
        <translation>Il tuo campo nota della collezione “%1”</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Inserisci</translation>
    </message>
    <message>
        <source>Insert at the cursor of the template you last edited</source>
        <translation>Inserisci nella posizione del cursore del modello modificato per ultimo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Disco:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Didascalia:</translation>
    </message>
    <message>
        <source>QR content:</source>
        <translation>Contenuto QR:</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, riga %2, colonna %3</translation>
    </message>
    <message>
        <source>%1, column %3</source>
        <translation>%1, colonna %3</translation>
    </message>
    <message>
        <source>Fix the problems first</source>
        <translation>Correggi prima i problemi</translation>
    </message>
    <message>
        <source>(no record to show)</source>
        <translation>(nessun disco da mostrare)</translation>
    </message>
    <message>
        <source>No icon: the code is plain.</source>
        <translation>Nessuna icona: il codice è semplice.</translation>
    </message>
    <message>
        <source>A relative path: QR Factory may look for it beside the CSV file. Choose the file to store its full path.</source>
        <translation>Un percorso relativo: QR Factory potrebbe cercarlo accanto al file CSV. Scegli il file per memorizzarne il percorso completo.</translation>
    </message>
    <message>
        <source>⚠ “%1” does not exist on this computer.</source>
        <translation>⚠ “%1” non esiste su questo computer.</translation>
    </message>
    <message>
        <source>✓ The icon file exists.</source>
        <translation>✓ Il file dell&apos;icona esiste.</translation>
    </message>
    <message>
        <source>Choose the icon</source>
        <translation>Scegli l&apos;icona</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>Immagini (*.svg *.png *.jpg *.jpeg *.pdf *.tif *.tiff);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Importa modello</translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation>Modelli (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Modelli (*.json)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>“%1” could not be imported: %2</source>
        <translation>Impossibile importare “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Impossibile scrivere “%1”: %2</translation>
    </message>
    <message>
        <source>Artists as Discogs shows them (joins, no “(2)”, ANV when chosen)</source>
        <extracomment>Every placeholder with a short description (shown by the template editor&apos;s picker).</extracomment>
        <translation>Artisti come li mostra Discogs (con congiunzioni, senza “(2)”, ANV se scelto)</translation>
    </message>
    <message>
        <source>Release title</source>
        <translation>Titolo della pubblicazione</translation>
    </message>
    <message>
        <source>Release year (“unknown” when Discogs has 0)</source>
        <translation>Anno della pubblicazione (“unknown” quando Discogs ha 0)</translation>
    </message>
    <message>
        <source>Collection folder name</source>
        <translation>Nome della cartella della collezione</translation>
    </message>
    <message>
        <source>First format name, e.g. Vinyl</source>
        <translation>Nome del primo formato, ad es. Vinyl</translation>
    </message>
    <message>
        <source>Record size: 12&quot;, 10&quot; or 7&quot; (LP ⇒ 12&quot;)</source>
        <translation>Dimensione del disco: 12&quot;, 10&quot; o 7&quot; (LP ⇒ 12&quot;)</translation>
    </message>
    <message>
        <source>Format descriptions, e.g. LP, Album</source>
        <translation>Descrizioni del formato, ad es. LP, Album</translation>
    </message>
    <message>
        <source>Full format, e.g. 2 × Vinyl, LP, Album</source>
        <translation>Formato completo, ad es. 2 × Vinyl, LP, Album</translation>
    </message>
    <message>
        <source>First label</source>
        <translation>Prima etichetta</translation>
    </message>
    <message>
        <source>Catalogue number</source>
        <translation>Numero di catalogo</translation>
    </message>
    <message>
        <source>Discogs release id</source>
        <translation>ID Discogs della pubblicazione</translation>
    </message>
    <message>
        <source>Collection instance id (distinct for two copies)</source>
        <translation>ID dell&apos;istanza nella collezione (diverso per due copie)</translation>
    </message>
    <message>
        <source>Date added to the collection (YYYY-MM-DD)</source>
        <translation>Data di aggiunta alla collezione (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>Your rating (0–5)</source>
        <translation>La tua valutazione (0–5)</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Generi</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation>Stili</translation>
    </message>
    <message>
        <source>All collection notes</source>
        <translation>Tutte le note della collezione</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <source>Discogs QR Export</source>
        <translation>Discogs QR Export</translation>
    </message>
    <message>
        <source>Pick records from your Discogs collection and print a QR sticker for each: on label sheets, a label printer or as images, or as a batch file for QR Factory 3.</source>
        <translation>Scegli i dischi della tua collezione Discogs e stampa per ciascuno un adesivo QR: su fogli di etichette, con una stampante per etichette, come immagini o come file batch per QR Factory 3.</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Accedi con Discogs</translation>
    </message>
    <message>
        <source>Use a personal access token</source>
        <translation>Usa un token di accesso personale</translation>
    </message>
    <message>
        <source>Explore the demo collection</source>
        <translation>Esplora la collezione demo</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open the Discogs developer settings (sign in there if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate new token&lt;/b&gt; and copy it.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Use a personal access token&lt;/b&gt; above and paste it.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Apri le impostazioni sviluppatore di Discogs (accedi, se richiesto).&lt;/li&gt;&lt;li&gt;Fai clic su &lt;b&gt;Genera nuovo token&lt;/b&gt; e copialo.&lt;/li&gt;&lt;li&gt;Fai clic su &lt;b&gt;Usa un token di accesso personale&lt;/b&gt; qui sopra e incollalo.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open the developer settings</source>
        <translation>Apri le impostazioni sviluppatore</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Discogs QR Export is already open; its window was brought to the front.</source>
        <translation>Discogs QR Export è già aperto; la sua finestra è stata portata in primo piano.</translation>
    </message>
    <message>
        <source>Discogs QR Export is already open (process %1) but does not answer. Close it, or end that process, and start again.</source>
        <translation>Discogs QR Export è già aperto (processo %1) ma non risponde. Chiudilo, o termina quel processo, e riavvia.</translation>
    </message>
</context>
</TS>

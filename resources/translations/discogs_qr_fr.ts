<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Pick records from your Discogs collection and print a QR sticker for each, linking to its Discogs page: label sheets, label printers, images, or a batch CSV for QR Factory 3.</source>
        <translation>Choisissez des disques de votre collection Discogs et imprimez pour chacun un autocollant QR qui renvoie à sa page Discogs&#xa0;: sur planches d&apos;étiquettes, avec une imprimante d&apos;étiquettes, en images ou en CSV par lot pour QR Factory 3.</translation>
    </message>
    <message>
        <source>Data from &lt;a href=&quot;https://www.discogs.com/&quot;&gt;Discogs&lt;/a&gt;. This app is not affiliated with Discogs.</source>
        <translation>Données issues de &lt;a href=&quot;https://www.discogs.com/&quot;&gt;Discogs&lt;/a&gt;. Cette application n&apos;est pas affiliée à Discogs.</translation>
    </message>
</context>
<context>
    <name>AccountController</name>
    <message>
        <source>Signed in as %1</source>
        <extracomment>source, demo, credentials (or None), keep the checks (the same account again)</extracomment>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Demo collection</source>
        <translation>Collection de démo</translation>
    </message>
    <message>
        <source>Checking the Discogs sign-in…</source>
        <translation>Vérification de la connexion à Discogs…</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Bring the collection up to date with Discogs (F5)</source>
        <translation>Mettre la collection à jour depuis Discogs (F5)</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>Actualisation &amp;complète</translation>
    </message>
    <message>
        <source>Read the whole collection from Discogs again</source>
        <translation>Relire toute la collection depuis Discogs</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>&amp;Interrompre le chargement</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Interrompre le chargement</translation>
    </message>
    <message>
        <source>Preview checked…</source>
        <translation>Aperçu des cochées…</translation>
    </message>
    <message>
        <source>Preview and export the checked releases</source>
        <translation>Afficher l&apos;aperçu des références cochées et les exporter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Check &amp;all shown</source>
        <translation>Cocher &amp;tout ce qui est affiché</translation>
    </message>
    <message>
        <source>Check every release shown (Ctrl+A)</source>
        <translation>Cocher toutes les références affichées (Ctrl+A)</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>&amp;Décocher tout</translation>
    </message>
    <message>
        <source>Uncheck every release shown (Ctrl+Shift+A)</source>
        <translation>Décocher toutes les références affichées (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>&amp;Invert checks</source>
        <translation>&amp;Inverser les coches</translation>
    </message>
    <message>
        <source>Invert the checks of the releases shown (Ctrl+I)</source>
        <translation>Inverser les coches des références affichées (Ctrl+I)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Go to &amp;folders</source>
        <translation>Aller aux &amp;dossiers</translation>
    </message>
    <message>
        <source>Go to &amp;releases</source>
        <translation>Aller aux &amp;références</translation>
    </message>
    <message>
        <source>&amp;Open release page</source>
        <translation>&amp;Ouvrir la page de la référence</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Se connecter avec Discogs</translation>
    </message>
    <message>
        <source>Use a personal access &amp;token…</source>
        <translation>Utiliser un &amp;jeton d&apos;accès personnel…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Forget the saved sign-in</source>
        <translation>Oublier la connexion enregistrée</translation>
    </message>
    <message>
        <source>Open the &amp;demo collection</source>
        <translation>Ouvrir la collection de dé&amp;mo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Afficher le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;About Discogs QR Export</source>
        <translation>À &amp;propos de Discogs QR Export</translation>
    </message>
    <message>
        <source>Show co&amp;vers</source>
        <translation>Afficher les &amp;pochettes</translation>
    </message>
    <message>
        <source>Show each record&apos;s cover in the table</source>
        <translation>Afficher la pochette de chaque disque dans le tableau</translation>
    </message>
    <message>
        <source>&amp;Larger covers</source>
        <translation>Pochettes plus &amp;grandes</translation>
    </message>
    <message>
        <source>Taller rows with larger covers</source>
        <translation>Lignes plus hautes avec de plus grandes pochettes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Enabled only while the collection browser is shown.</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>Colo&amp;nnes</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Age of the collection field values</source>
        <translation>Ancienneté des valeurs des champs de collection</translation>
    </message>
    <message>
        <source>When the collection field values shown were last read from Discogs</source>
        <translation>Date de la dernière lecture sur Discogs des valeurs de champs affichées</translation>
    </message>
    <message>
        <source>Preview checked…</source>
        <translation>Aperçu des cochées…</translation>
    </message>
    <message>
        <source>Preview checked releases</source>
        <translation>Aperçu des références cochées</translation>
    </message>
    <message>
        <source>Preview and export the checked releases (Ctrl+P)</source>
        <translation>Afficher l&apos;aperçu des références cochées et les exporter (Ctrl+P)</translation>
    </message>
    <message>
        <source>Releases and preview</source>
        <translation>Références et aperçu</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>fields read just now</source>
        <extracomment>() -&gt; when the field values shown were last read from Discogs (None: not known)</extracomment>
        <translation>champs lus à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>fields read %n min ago</source>
        <translation>
            <numerusform>champs lus il y a %n min</numerusform>
            <numerusform>champs lus il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fields read %n h ago</source>
        <translation>
            <numerusform>champs lus il y a %n h</numerusform>
            <numerusform>champs lus il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fields read %n days ago</source>
        <translation>
            <numerusform>champs lus il y a %n jour</numerusform>
            <numerusform>champs lus il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown · %2 selected</source>
        <extracomment>(history, instances, folder names) -&gt; None: works out which exported records would now print differently (in a worker) and passes their ids to :meth:`set_changed_ids` () -&gt; the collection field holding the &quot;printed&quot; marks on Discogs, or None</extracomment>
        <translation>%1 affichées · %2 cochées</translation>
    </message>
    <message>
        <source>%1 in folder</source>
        <translation>%1 dans le dossier</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 sur %2 chargées</translation>
    </message>
    <message>
        <source>(%1 selected not shown)</source>
        <translation>(masquées&#xa0;: %1)</translation>
    </message>
    <message>
        <source>No release matches the search and filters.</source>
        <translation>Aucune référence ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Ce dossier est vide.</translation>
    </message>
    <message numerus="yes">
        <source>Preview %n checked…</source>
        <translation>
            <numerusform>Aperçu (%n)…</numerusform>
            <numerusform>Aperçu (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColorEditor</name>
    <message>
        <source>Choose a colour…</source>
        <translation>Choisir une couleur…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
</context>
<context>
    <name>ColumnDefaults</name>
    <message>
        <source>These values go into every row, for QR Factory 3 to draw each code with. A cell edited by hand in the preview keeps its own value. Hover over a name for what it means.</source>
        <extracomment>A value was changed by the user.</extracomment>
        <translation>Ces valeurs vont dans chaque ligne&#xa0;; QR Factory 3 s&apos;en sert pour dessiner chaque code. Une cellule modifiée à la main dans l&apos;aperçu garde sa propre valeur. Survolez un nom pour voir ce qu&apos;il signifie.</translation>
    </message>
</context>
<context>
    <name>ColumnHelp</name>
    <message>
        <source>What the code holds. URL: the code opens a web page (the record on Discogs).</source>
        <extracomment>Columns edited on the editor&apos;s first tab; every other column is in this form. The width of the explanation under each field, in pixels (two columns fit the dialog). What each column means, in plain words (translated when shown, context &quot;ColumnHelp&quot;).</extracomment>
        <translation>Ce que contient le code. URL&#xa0;: le code ouvre une page web (le disque sur Discogs).</translation>
    </message>
    <message>
        <source>Width and height of each QR image, in pixels.</source>
        <translation>Largeur et hauteur de chaque image QR, en pixels.</translation>
    </message>
    <message>
        <source>The image format QR Factory writes. SVG, PDF and EPS stay sharp at any size.</source>
        <translation>Le format d&apos;image qu&apos;écrit QR Factory. SVG, PDF et EPS restent nets à toute taille.</translation>
    </message>
    <message>
        <source>RGB for screens and home printers; CMYK for a print shop.</source>
        <translation>RGB pour les écrans et les imprimantes domestiques&#xa0;; CMYK pour un imprimeur.</translation>
    </message>
    <message>
        <source>Turns the whole code by this many degrees.</source>
        <translation>Fait pivoter tout le code de ce nombre de degrés.</translation>
    </message>
    <message>
        <source>Error correction: how much of the code may be covered or scratched and still scan (Low about 7 %, Medium 15 %, Quartile 25 %, High 30 %). An icon in the middle covers part of the code, so keep it High.</source>
        <translation>Correction d&apos;erreurs&#xa0;: la part du code qui peut être masquée ou rayée tout en restant lisible (Low environ 7&#xa0;%, Medium 15&#xa0;%, Quartile 25&#xa0;%, High 30&#xa0;%). Une icône au centre masque une partie du code&#xa0;: gardez donc High.</translation>
    </message>
    <message>
        <source>Yes lets QR Factory choose the error correction itself; No always uses ReliabilityLevel.</source>
        <translation>Yes laisse QR Factory choisir lui-même la correction d&apos;erreurs&#xa0;; No utilise toujours ReliabilityLevel.</translation>
    </message>
    <message>
        <source>How round the code&apos;s small squares (its “pixels”) are drawn: 0.0 sharp squares, 1.0 round dots, in between squares with rounded corners.</source>
        <translation>L&apos;arrondi des petits carrés du code (ses «&#xa0;pixels&#xa0;»)&#xa0;: 0.0 carrés nets, 1.0 points ronds, entre les deux des carrés aux coins arrondis.</translation>
    </message>
    <message>
        <source>Solid: every pixel in PixelColorStart. Gradient: pixels blend from PixelColorStart to PixelColorEnd.</source>
        <translation>Solid&#xa0;: chaque pixel en PixelColorStart. Gradient&#xa0;: les pixels passent en dégradé de PixelColorStart à PixelColorEnd.</translation>
    </message>
    <message>
        <source>How the background is filled: one colour (Solid), a gradient, or nothing (Transparent).</source>
        <translation>Le remplissage du fond&#xa0;: une couleur (Solid), un dégradé, ou rien (Transparent).</translation>
    </message>
    <message>
        <source>The colour behind the code. Keep it much lighter than the pixels, or phones may not read the code.</source>
        <translation>La couleur derrière le code. Gardez-la bien plus claire que les pixels, sinon les téléphones risquent de ne pas lire le code.</translation>
    </message>
    <message>
        <source>The pixels&apos; colour (where a gradient starts).</source>
        <translation>La couleur des pixels (là où commence un dégradé).</translation>
    </message>
    <message>
        <source>Where a gradient ends; only used when PixelColorType is Gradient.</source>
        <translation>Là où finit un dégradé&#xa0;; utilisé seulement si PixelColorType vaut Gradient.</translation>
    </message>
    <message>
        <source>The direction of the gradient, in degrees.</source>
        <translation>La direction du dégradé, en degrés.</translation>
    </message>
    <message>
        <source>Yes fits the middle icon to the code&apos;s grid of pixels, so it covers whole pixels and cuts none in half; No places it at its exact size.</source>
        <translation>Yes aligne l&apos;icône centrale sur la grille de pixels du code, pour qu&apos;elle masque des pixels entiers sans en couper aucun&#xa0;; No la place à sa taille exacte.</translation>
    </message>
    <message>
        <source>How big the middle icon is, in percent. A bigger icon hides more of the code.</source>
        <translation>La taille de l&apos;icône centrale, en pourcentage. Une icône plus grande masque davantage le code.</translation>
    </message>
    <message>
        <source>The shape of the blank frame around the icon, or None for no frame.</source>
        <translation>La forme du cadre vide autour de l&apos;icône, ou None pour aucun cadre.</translation>
    </message>
    <message>
        <source>How wide the frame around the icon is, in percent.</source>
        <translation>La largeur du cadre autour de l&apos;icône, en pourcentage.</translation>
    </message>
    <message>
        <source>How rounded a square frame&apos;s corners are (0 = sharp).</source>
        <translation>L&apos;arrondi des coins d&apos;un cadre carré (0 = coins vifs).</translation>
    </message>
    <message>
        <source>The colour of the frame around the icon.</source>
        <translation>La couleur du cadre autour de l&apos;icône.</translation>
    </message>
    <message>
        <source>The caption&apos;s size, in points.</source>
        <translation>La taille de la légende, en points.</translation>
    </message>
    <message>
        <source>The caption&apos;s colour.</source>
        <translation>La couleur de la légende.</translation>
    </message>
    <message>
        <source>The caption&apos;s font, by name. It must be installed on the Mac that runs QR Factory.</source>
        <translation>La police de la légende, par son nom. Elle doit être installée sur le Mac qui exécute QR Factory.</translation>
    </message>
    <message>
        <source>The caption font&apos;s style: Regular, Bold, Italic or Bold Italic.</source>
        <translation>Le style de la police de la légende&#xa0;: Regular, Bold, Italic ou Bold Italic.</translation>
    </message>
    <message>
        <source>The quiet zone: an empty margin around the code, in percent of its size. Scanners need it to find the code, so do not make it 0.</source>
        <translation>La zone de silence&#xa0;: une marge vide autour du code, en pourcentage de sa taille. Les lecteurs en ont besoin pour trouver le code&#xa0;: ne la mettez donc pas à 0.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. Your saved files are not affected and you can keep working; if something looks wrong, save your work and restart the app.

The report below helps to fix it. It contains no passwords or tokens.</source>
        <translation>Un problème est survenu dans l&apos;application. Vos fichiers enregistrés ne sont pas touchés et vous pouvez continuer à travailler&#xa0;; si quelque chose semble anormal, enregistrez votre travail et redémarrez l&apos;application.

Le rapport ci-dessous aide à corriger le problème. Il ne contient ni mot de passe ni jeton.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Rapport d&apos;erreur</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Show log folder</source>
        <translation>Afficher le dossier des journaux</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>%n errors so far; the newest is shown.</source>
        <translation>
            <numerusform>%n erreur jusqu&apos;ici&#xa0;; la plus récente est affichée.</numerusform>
            <numerusform>%n erreurs jusqu&apos;ici&#xa0;; la plus récente est affichée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsController</name>
    <message>
        <source>The unsaved preview is restored once its records are read again…</source>
        <extracomment>The draft to load into the preview and the instances found for it ({} = none).</extracomment>
        <translation>L’aperçu non enregistré sera restauré dès que ses disques auront été relus…</translation>
    </message>
    <message>
        <source>Restoring the unsaved preview…</source>
        <translation>Restauration de l&apos;aperçu non enregistré…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>“{value}” is not a colour like #1A2B3C.</source>
        <extracomment>Columns whose value is one of a fixed set (the preview offers a combo box). Numeric columns: (minimum, maximum, allows a fraction). Shown in the preview by default; the rest are one click away. How each placeholder is worked out; only the ones a template uses are computed.</extracomment>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une couleur comme #1A2B3C.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>{value} is outside {low:g}–{high:g}.</source>
        <translation>{value} est hors de l&apos;intervalle {low:g}–{high:g}.</translation>
    </message>
    <message>
        <source>“{value}” is not one of {choices}.</source>
        <translation>«&#xa0;{value}&#xa0;» ne fait pas partie de {choices}.</translation>
    </message>
    <message>
        <source>Content is empty: the QR code would encode nothing.</source>
        <translation>Content est vide&#xa0;: le code QR ne contiendrait rien.</translation>
    </message>
    <message>
        <source>FileName is empty.</source>
        <translation>FileName est vide.</translation>
    </message>
    <message>
        <source>FileName may only hold letters A–Z, digits, “.”, “_” and “-”.</source>
        <translation>FileName ne peut contenir que les lettres A–Z, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>The template is {length:,} characters long; at most {limit:,} are allowed.</source>
        <extracomment>The longest template accepted (captions, file names, content). QR Factory prints a caption under a sticker: a few lines. A longer template is refused with :data:`TOO_LONG_MESSAGE` (a 120 kB caption would otherwise turn 300 rows into a 62 MB file).</extracomment>
        <translation>Le modèle fait {length:,} caractères&#xa0;; {limit:,} au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>“}}” without a matching “{{” (write “}}}}” for a brace).</source>
        <translation>«&#xa0;}}&#xa0;» sans «&#xa0;{{&#xa0;» correspondant (écrivez «&#xa0;}}}}&#xa0;» pour une accolade).</translation>
    </message>
    <message>
        <source>“{{” is never closed with “}}”.</source>
        <translation>«&#xa0;{{&#xa0;» n&apos;est jamais fermé par «&#xa0;}}&#xa0;».</translation>
    </message>
    <message>
        <source>Empty placeholder “{{}}”.</source>
        <translation>Variable vide «&#xa0;{{}}&#xa0;».</translation>
    </message>
    <message>
        <source>“{{note:…}}” needs a note field name.</source>
        <translation>«&#xa0;{{note:…}}&#xa0;» demande le nom d&apos;un champ de notes.</translation>
    </message>
    <message>
        <source>No collection note field is called “{field}”.</source>
        <translation>Aucun champ de notes de la collection ne s&apos;appelle «&#xa0;{field}&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}. Did you mean {{{close}}}?</source>
        <translation>Variable inconnue {{{name}}}. Vouliez-vous dire {{{close}}}&#xa0;?</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}.</source>
        <translation>Variable inconnue {{{name}}}.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer about the account.</source>
        <extracomment>Builds something with ``get_json(path)`` that sends requests signed with the credentials. How long a sign-in waits for the browser to come back (request tokens expire after ~15 min).</extracomment>
        <translation>Discogs a envoyé une réponse inattendue au sujet du compte.</translation>
    </message>
    <message>
        <source>Discogs did not answer in time; try again later.</source>
        <extracomment>An image larger than this is refused (Discogs&apos; covers are well under 1 MB). The image server says 403 or 429 when it is asked too often: back off as for a 5xx. Retries of one image: a cover that keeps failing is asked for again much later instead. Called with (seconds, reason) before the gateway waits. Request priorities: the user&apos;s requests go at once; background ones (a pass re-reading the collection) yield to them and keep to a share of the rate limit (see :func:`background_budget`). A background request waits this long after the user&apos;s last request (the next page of a load, the next mark, follows within this time).</extracomment>
        <translation>Discogs n&apos;a pas répondu à temps&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Could not reach Discogs; check the internet connection and try again later.</source>
        <translation>Impossible de joindre Discogs&#xa0;; vérifiez la connexion Internet et réessayez plus tard.</translation>
    </message>
    <message>
        <source>Discogs kept refusing requests as too frequent; wait a minute and try again.</source>
        <translation>Discogs a refusé plusieurs fois des requêtes trop fréquentes&#xa0;; attendez une minute et réessayez.</translation>
    </message>
    <message>
        <source>Discogs is not answering properly right now (HTTP {status}); try again later.</source>
        <translation>Discogs ne répond pas correctement pour le moment (HTTP {status})&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Discogs sent an answer that could not be read; try again later.</source>
        <translation>Discogs a envoyé une réponse illisible&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Discogs did not accept the sign-in (the token may be wrong or revoked); sign in again.</source>
        <translation>Discogs n&apos;a pas accepté la connexion (le jeton est peut-être erroné ou révoqué)&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Discogs has no such page ({message}).</source>
        <translation>Cette page n&apos;existe pas sur Discogs ({message}).</translation>
    </message>
    <message>
        <source>Discogs has no such page.</source>
        <translation>Cette page n&apos;existe pas sur Discogs.</translation>
    </message>
    <message>
        <source>Discogs refused the request (HTTP {status}): {message}.</source>
        <translation>Discogs a refusé la requête (HTTP {status})&#xa0;: {message}.</translation>
    </message>
    <message>
        <source>Discogs refused the request (HTTP {status}).</source>
        <translation>Discogs a refusé la requête (HTTP {status}).</translation>
    </message>
    <message>
        <source>Discogs did not answer in time; try again.</source>
        <extracomment>``(method, url, auth) -&gt; (status, body text)``; raises AppError(NETWORK) when unreachable.</extracomment>
        <translation>Discogs n&apos;a pas répondu à temps&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Could not reach Discogs; check the internet connection and try again.</source>
        <translation>Impossible de joindre Discogs&#xa0;; vérifiez la connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>Discogs is receiving too many requests; wait a minute and try again.</source>
        <translation>Discogs reçoit trop de requêtes&#xa0;; attendez une minute et réessayez.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer during sign-in; try again.</source>
        <translation>Discogs a envoyé une réponse inattendue pendant la connexion&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Discogs did not accept these credentials; the token may be wrong or revoked.</source>
        <translation>Discogs n&apos;a pas accepté ces identifiants&#xa0;; le jeton est peut-être erroné ou révoqué.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer about the signed-in account.</source>
        <translation>Discogs a envoyé une réponse inattendue au sujet du compte connecté.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <extracomment>Discogs request tokens and verifiers expire after about this long.</extracomment>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>No answer came from the browser within {time}; start the sign-in again.</source>
        <translation>Aucune réponse du navigateur après {time}&#xa0;; relancez la connexion.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>the time allowed</source>
        <translation>le délai imparti</translation>
    </message>
    <message>
        <source>Signing in with OAuth needs a Discogs consumer key and secret: register an application at {url} and pass --consumer-key/--consumer-secret (or set {key_env}/{secret_env}), or sign in with a personal access token instead (`discogs-qr login --token`).</source>
        <translation>La connexion OAuth nécessite une consumer key et un consumer secret Discogs&#xa0;: enregistrez une application sur {url} et indiquez --consumer-key/--consumer-secret (ou définissez {key_env}/{secret_env}), ou connectez-vous plutôt avec un jeton d&apos;accès personnel (`discogs-qr login --token`).</translation>
    </message>
    <message>
        <source>Access was not granted on Discogs, so you are not signed in.</source>
        <translation>L&apos;accès n&apos;a pas été autorisé sur Discogs&#xa0;: vous n&apos;êtes donc pas connecté.</translation>
    </message>
    <message>
        <source>Paste the code Discogs showed, or the whole address from the browser&apos;s address bar.</source>
        <translation>Collez le code affiché par Discogs, ou l&apos;adresse complète de la barre d&apos;adresse du navigateur.</translation>
    </message>
    <message>
        <source>That address belongs to a different sign-in attempt; use the one from the newest.</source>
        <translation>Cette adresse appartient à une autre tentative de connexion&#xa0;; utilisez celle de la plus récente.</translation>
    </message>
    <message>
        <source>That does not look like a Discogs sign-in code; paste the code Discogs showed, or the whole address the browser ended on.</source>
        <translation>Cela ne ressemble pas à un code de connexion Discogs&#xa0;; collez le code affiché par Discogs, ou l&apos;adresse complète sur laquelle le navigateur s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Discogs did not accept the application&apos;s consumer key and secret; check them at {url}.</source>
        <translation>Discogs n&apos;a pas accepté la consumer key et le consumer secret de l&apos;application&#xa0;; vérifiez-les sur {url}.</translation>
    </message>
    <message>
        <source>This sign-in has no callback; paste the code Discogs shows instead.</source>
        <translation>Cette connexion n&apos;a pas d&apos;adresse de retour&#xa0;; collez plutôt le code affiché par Discogs.</translation>
    </message>
    <message>
        <source>Start the sign-in before entering a code.</source>
        <translation>Lancez la connexion avant de saisir un code.</translation>
    </message>
    <message>
        <source>The sign-in request expired (they last about 15 minutes); start again.</source>
        <translation>La demande de connexion a expiré (elle dure environ 15 minutes)&#xa0;; recommencez.</translation>
    </message>
    <message>
        <source>Discogs did not accept the code; check it, or start the sign-in again if more than 15 minutes have passed (codes expire).</source>
        <translation>Discogs n&apos;a pas accepté le code&#xa0;; vérifiez-le, ou relancez la connexion si plus de 15 minutes se sont écoulées (les codes expirent).</translation>
    </message>
    <message>
        <source>Enter a Discogs personal access token.</source>
        <translation>Saisissez un jeton d&apos;accès personnel Discogs.</translation>
    </message>
    <message>
        <source>Several folders are called “{name}” (ids {ids}); give the id instead.</source>
        <extracomment>Called with (instances read so far, instances expected; 0 while not known). How many unreadable entries a message names; the rest are counted.</extracomment>
        <translation>Plusieurs dossiers s&apos;appellent «&#xa0;{name}&#xa0;» (ID {ids})&#xa0;; indiquez plutôt l&apos;ID.</translation>
    </message>
    <message>
        <source>There is no folder “{name}”; the folders are: {choices}.</source>
        <translation>Il n&apos;y a pas de dossier «&#xa0;{name}&#xa0;»&#xa0;; les dossiers sont&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>The file {path} could not be saved: {reason}.</source>
        <translation>Le fichier {path} n&apos;a pas pu être enregistré&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The demo collection could not be read: {reason}</source>
        <translation>La collection de démo n&apos;a pas pu être lue&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>There are no rows to make stickers from.</source>
        <translation>Il n&apos;y a aucune ligne à partir de laquelle créer des autocollants.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… et {count} de plus.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) would not scan, so nothing was written. {failures}</source>
        <translation>
            <numerusform>%n code ne serait pas lisible&#xa0;: rien n&apos;a été écrit. {failures}</numerusform>
            <numerusform>%n codes ne seraient pas lisibles&#xa0;: rien n&apos;a été écrit. {failures}</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} could not be saved: {reason}.</source>
        <translation>{path} n&apos;a pas pu être enregistré&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Printing failed: {reason}.</source>
        <translation>Échec de l&apos;impression&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The sheet settings are not usable: {problem}.</source>
        <translation>Les réglages de la planche sont inutilisables&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>A layout name needs 1–60 letters, digits or spaces.</source>
        <translation>Un nom de mise en page doit comporter 1 à 60 lettres, chiffres ou espaces.</translation>
    </message>
    <message>
        <source>“{name}” is the name of a preset; choose another.</source>
        <translation>«&#xa0;{name}&#xa0;» est le nom d&apos;un modèle prédéfini&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The layout is not usable: {problem}.</source>
        <translation>La mise en page est inutilisable&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>The local library could not be opened: {reason}</source>
        <translation>La bibliothèque locale n&apos;a pas pu être ouverte&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The local library could not be created: {reason}</source>
        <translation>La bibliothèque locale n&apos;a pas pu être créée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The local library could not be used: {reason}</source>
        <translation>La bibliothèque locale n&apos;a pas pu être utilisée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The local library was damaged and has been moved aside; fetching again.</source>
        <translation>La bibliothèque locale était endommagée et a été mise de côté&#xa0;; nouveau téléchargement en cours.</translation>
    </message>
    <message>
        <source>The local library was written by a newer version of the app and has been moved aside; fetching again.</source>
        <translation>La bibliothèque locale a été écrite par une version plus récente de l&apos;application et a été mise de côté&#xa0;; nouveau téléchargement en cours.</translation>
    </message>
    <message>
        <source>The local library did not have the tables this version of the app needs and has been moved aside; fetching again.</source>
        <translation>Il manquait à la bibliothèque locale des tables dont cette version de l&apos;application a besoin&#xa0;; elle a été mise de côté, nouveau téléchargement en cours.</translation>
    </message>
    <message>
        <source>No account is signed in.</source>
        <translation>Aucun compte n&apos;est connecté.</translation>
    </message>
    <message>
        <source>Could not save the credentials file: {reason}.</source>
        <translation>Impossible d&apos;enregistrer le fichier des identifiants&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Could not save the sign-in to the system keyring; it may be locked.</source>
        <translation>Impossible d&apos;enregistrer la connexion dans le trousseau du système&#xa0;; il est peut-être verrouillé.</translation>
    </message>
    <message>
        <source>Row {row} ({name}): {reason}</source>
        <extracomment>The degraded render: area-sampled at half of MARGIN_DPI (a 2-pixel box), then scaled up to MARGIN_DPI bilinearly (a 4-pixel tent); together a blur of sigma 1 pixel at 150 dpi.</extracomment>
        <translation>Ligne {row} ({name})&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Ligne {row}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the code reads “{read}” instead of its Content</source>
        <translation>le code donne «&#xa0;{read}&#xa0;» au lieu de son Content</translation>
    </message>
    <message>
        <source>too little contrast between the code colour {dark} and the background {light}</source>
        <translation>trop peu de contraste entre la couleur du code {dark} et le fond {light}</translation>
    </message>
    <message>
        <source>the icon is too large (IconSizePercent {percent:g}): it hides too much of the code</source>
        <translation>l&apos;icône est trop grande (IconSizePercent {percent:g})&#xa0;: elle masque trop le code</translation>
    </message>
    <message>
        <source>the code is too small for its label (modules of {mm:.2f} mm, under {least} mm; try a larger label, no icon or the shorter link form)</source>
        <translation>le code est trop petit pour son étiquette (modules de {mm:.2f} mm, moins de {least} mm&#xa0;; essayez une étiquette plus grande, sans icône ou la forme de lien courte)</translation>
    </message>
    <message>
        <source>the code does not decode (try a smaller icon, more contrast or a larger label)</source>
        <translation>le code ne se décode pas (essayez une icône plus petite, plus de contraste ou une étiquette plus grande)</translation>
    </message>
    <message>
        <source>the code decodes only at full resolution, not blurred at {dpi} dpi as a phone sees it (modules of {mm:.2f} mm): a worn print or a dim room may not scan</source>
        <translation>le code ne se décode qu&apos;en pleine résolution, pas flouté à {dpi} dpi comme le voit un téléphone (modules de {mm:.2f} mm)&#xa0;: une impression usée ou une pièce sombre peut empêcher la lecture</translation>
    </message>
    <message>
        <source>small modules ({mm:.2f} mm, under {least} mm): little margin for a phone</source>
        <translation>petits modules ({mm:.2f} mm, moins de {least} mm)&#xa0;: peu de marge pour un téléphone</translation>
    </message>
    <message>
        <source>the icon file “{path}” cannot be read</source>
        <translation>le fichier d&apos;icône «&#xa0;{path}&#xa0;» est illisible</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search artist, title, label, cat#</source>
        <translation>Artiste, titre, label, n° cat.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search artists, titles, labels, catalogue numbers and collection fields (Ctrl+F)</source>
        <translation>Rechercher dans les artistes, titres, labels, numéros de catalogue et champs de collection (Ctrl+F)</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Ajout&#xa0;:</translation>
    </message>
    <message>
        <source>Date added preset</source>
        <translation>Période de la date d&apos;ajout</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toutes dates</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Since last export</source>
        <translation>Depuis le dernier export</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>Filter by earliest date added</source>
        <translation>Filtrer par date d&apos;ajout la plus ancienne</translation>
    </message>
    <message>
        <source>Earliest date added</source>
        <translation>Date d&apos;ajout la plus ancienne</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Filter by latest date added</source>
        <translation>Filtrer par date d&apos;ajout la plus récente</translation>
    </message>
    <message>
        <source>Latest date added</source>
        <translation>Date d&apos;ajout la plus récente</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Show only one format</source>
        <translation>N&apos;afficher qu&apos;un format</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Tous les formats</translation>
    </message>
    <message>
        <source>Only not yet exported</source>
        <translation>Pas encore exportées</translation>
    </message>
    <message>
        <source>Hide releases that were in a saved CSV before</source>
        <translation>Masquer les références déjà présentes dans un CSV enregistré</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Changed since exported</source>
        <translation>Modifiées depuis l&apos;export</translation>
    </message>
    <message>
        <source>Show only exported releases whose sticker would now read differently</source>
        <translation>N&apos;afficher que les références exportées dont l&apos;autocollant serait maintenant différent</translation>
    </message>
    <message>
        <source>Nothing was exported yet</source>
        <translation>Rien n&apos;a encore été exporté</translation>
    </message>
    <message>
        <source>Collection field value</source>
        <translation>Valeur d&apos;un champ de collection</translation>
    </message>
    <message>
        <source>Show only the releases with this value in a collection field</source>
        <translation>N&apos;afficher que les références ayant cette valeur dans un champ de collection</translation>
    </message>
    <message>
        <source>Any field value</source>
        <translation>Toute valeur</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>FolderSidebar</name>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>%1 (%2 releases)</source>
        <translation>%1 (%2 références)</translation>
    </message>
    <message>
        <source>%1, %2 releases</source>
        <translation>%1, %2 références</translation>
    </message>
</context>
<context>
    <name>FrozenChecks</name>
    <message>
        <source>Checks</source>
        <extracomment>Ticks the record at an index (with Shift: the range from the last tick).</extracomment>
        <translation>Coches</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Un problème est survenu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message>
        <source>Label sheet</source>
        <translation>Planche d&apos;étiquettes</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Page width × height:</source>
        <translation>Largeur × hauteur de page&#xa0;:</translation>
    </message>
    <message>
        <source>Label width × height:</source>
        <translation>Largeur × hauteur d&apos;étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Pitch across × down:</source>
        <translation>Pas horizontal × vertical&#xa0;:</translation>
    </message>
    <message>
        <source>Left × top margin:</source>
        <translation>Marge gauche × haut&#xa0;:</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Largeur de page</translation>
    </message>
    <message>
        <source>Page height</source>
        <translation>Hauteur de page</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>Largeur d&apos;étiquette</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>Hauteur d&apos;étiquette</translation>
    </message>
    <message>
        <source>Horizontal pitch</source>
        <translation>Pas horizontal</translation>
    </message>
    <message>
        <source>Vertical pitch</source>
        <translation>Pas vertical</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>Marge gauche</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>Marge haute</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Rows of labels</source>
        <translation>Rangées d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Columns of labels</source>
        <translation>Colonnes d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Rows × columns:</source>
        <translation>Rangées × colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Round labels</source>
        <translation>Étiquettes rondes</translation>
    </message>
    <message>
        <source>Name to save this layout as</source>
        <translation>Nom sous lequel enregistrer cette mise en page</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>Enregistrer la mise en page</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>Custom layout</source>
        <translation>Mise en page personnalisée</translation>
    </message>
    <message>
        <source>Saved the layout “%1”.</source>
        <translation>Mise en page «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <source>the page width must be between 0 and 2000 mm</source>
        <translation>la largeur de page doit être comprise entre 0 et 2000 mm</translation>
    </message>
    <message>
        <source>the page width must be at least 5 mm</source>
        <translation>la largeur de page doit être d&apos;au moins 5 mm</translation>
    </message>
    <message>
        <source>the page height must be between 0 and 2000 mm</source>
        <translation>la hauteur de page doit être comprise entre 0 et 2000 mm</translation>
    </message>
    <message>
        <source>the page height must be at least 5 mm</source>
        <translation>la hauteur de page doit être d&apos;au moins 5 mm</translation>
    </message>
    <message>
        <source>the label width must be between 0 and 2000 mm</source>
        <translation>la largeur d&apos;étiquette doit être comprise entre 0 et 2000 mm</translation>
    </message>
    <message>
        <source>the label width must be at least 5 mm</source>
        <translation>la largeur d&apos;étiquette doit être d&apos;au moins 5 mm</translation>
    </message>
    <message>
        <source>the label height must be between 0 and 2000 mm</source>
        <translation>la hauteur d&apos;étiquette doit être comprise entre 0 et 2000 mm</translation>
    </message>
    <message>
        <source>the label height must be at least 5 mm</source>
        <translation>la hauteur d&apos;étiquette doit être d&apos;au moins 5 mm</translation>
    </message>
    <message>
        <source>the horizontal pitch must be between 0 and 2000 mm</source>
        <translation>le pas horizontal doit être compris entre 0 et 2000 mm</translation>
    </message>
    <message>
        <source>the vertical pitch must be between 0 and 2000 mm</source>
        <translation>le pas vertical doit être compris entre 0 et 2000 mm</translation>
    </message>
    <message>
        <source>the top margin must be between 0 and 2000 mm</source>
        <translation>la marge haute doit être comprise entre 0 et 2000 mm</translation>
    </message>
    <message>
        <source>the left margin must be between 0 and 2000 mm</source>
        <translation>la marge gauche doit être comprise entre 0 et 2000 mm</translation>
    </message>
    <message>
        <source>rows and columns must be between 1 and 100</source>
        <translation>les rangées et les colonnes doivent être entre 1 et 100</translation>
    </message>
    <message>
        <source>the horizontal pitch is smaller than the label width: labels overlap</source>
        <translation>le pas horizontal est inférieur à la largeur d&apos;étiquette&#xa0;: les étiquettes se chevauchent</translation>
    </message>
    <message>
        <source>the vertical pitch is smaller than the label height: labels overlap</source>
        <translation>le pas vertical est inférieur à la hauteur d&apos;étiquette&#xa0;: les étiquettes se chevauchent</translation>
    </message>
    <message>
        <source>the labels end {mm:.1f} mm past the page&apos;s right edge</source>
        <translation>les étiquettes dépassent de {mm:.1f} mm le bord droit de la page</translation>
    </message>
    <message>
        <source>the labels end {mm:.1f} mm past the page&apos;s bottom</source>
        <translation>les étiquettes dépassent de {mm:.1f} mm le bas de la page</translation>
    </message>
    <message>
        <source>Avery L7120-25 — A4, 35 mm round, 35 per sheet</source>
        <translation>Avery L7120-25 — A4, rondes 35 mm, 35 par planche</translation>
    </message>
    <message>
        <source>Avery L7121-25 — A4, 45 mm round, 24 per sheet</source>
        <translation>Avery L7121-25 — A4, rondes 45 mm, 24 par planche</translation>
    </message>
    <message>
        <source>Avery 22807 — US Letter, 2&quot; round, 12 per sheet</source>
        <translation>Avery 22807 — US Letter, rondes 2&quot;, 12 par planche</translation>
    </message>
    <message>
        <source>Avery 5160/8160 — US Letter, 1&quot; × 2⅝&quot;, 30 per sheet</source>
        <translation>Avery 5160/8160 — US Letter, 1&quot; × 2⅝&quot;, 30 par planche</translation>
    </message>
    <message>
        <source>Brother DK-11202 — roll, 62 × 100 mm</source>
        <translation>Brother DK-11202 — rouleau, 62 × 100 mm</translation>
    </message>
    <message>
        <source>Brother DK-11209 — roll, 62 × 29 mm</source>
        <translation>Brother DK-11209 — rouleau, 62 × 29 mm</translation>
    </message>
    <message>
        <source>DYMO 11354 — roll, 57 × 32 mm</source>
        <translation>DYMO 11354 — rouleau, 57 × 32 mm</translation>
    </message>
    <message>
        <source>DYMO 30332 — roll, 25 × 25 mm square</source>
        <translation>DYMO 30332 — rouleau, 25 × 25 mm carrées</translation>
    </message>
    <message>
        <source>the first label must be between 1 and {last}</source>
        <translation>la première étiquette doit être entre 1 et {last}</translation>
    </message>
    <message>
        <source>there is no label {label} on this sheet (1–{last})</source>
        <translation>il n&apos;y a pas d&apos;étiquette {label} sur cette planche (1–{last})</translation>
    </message>
    <message>
        <source>marks must be one of {marks}</source>
        <translation>les repères doivent être parmi {marks}</translation>
    </message>
    <message>
        <source>the calibration offset must be within ±20 mm</source>
        <translation>le décalage d&apos;impression doit rester dans ±20 mm</translation>
    </message>
</context>
<context>
    <name>LoaderController</name>
    <message>
        <source>Reading folders…</source>
        <translation>Lecture des dossiers…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 releases loaded.</source>
        <translation>%1 références chargées.</translation>
    </message>
    <message>
        <source>Loading stopped</source>
        <translation>Chargement interrompu</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Chargement annulé</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>%1 sur %2 chargées</translation>
    </message>
    <message>
        <source>%1: %2 of %3 releases loaded. Refresh (F5) loads the rest.</source>
        <translation>%1&#xa0;: %2 références sur %3 chargées. Actualiser (F5) charge le reste.</translation>
    </message>
    <message>
        <source>“%1” is not completely loaded: %2 of %3 loaded.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas entièrement chargé&#xa0;: %2 sur %3 chargées.</translation>
    </message>
    <message>
        <source>Refreshing: %1 of %2 read</source>
        <translation>Actualisation&#xa0;: %1 sur %2 lues</translation>
    </message>
    <message>
        <source>Refreshing: %1 read</source>
        <translation>Actualisation&#xa0;: %1 lues</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>mis à jour %1</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>actualisation…</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
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
        <translation>Utiliser un jeton</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Se connecter avec Discogs</translation>
    </message>
    <message>
        <source>You are exploring the demo collection. Sign in to see your own.</source>
        <translation>Vous explorez la collection de démo. Connectez-vous pour voir la vôtre.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>The unsaved preview could not be kept on disk (see the log); it is tried again at the next change. Save it to a file to be safe.</source>
        <translation>L’aperçu non enregistré n’a pas pu être conservé sur le disque (voir le journal) ; nouvel essai à la prochaine modification. Enregistrez-le dans un fichier par précaution.</translation>
    </message>
    <message>
        <source>Check some releases first.</source>
        <translation>Cochez d&apos;abord quelques références.</translation>
    </message>
    <message>
        <source>Unsaved preview</source>
        <translation>Aperçu non enregistré</translation>
    </message>
    <message>
        <source>Restore the preview you did not save?</source>
        <translation>Restaurer l&apos;aperçu que vous n&apos;avez pas enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>%1, edited %2</source>
        <translation>%1, dernière modification %2</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Ticked records not loaded</source>
        <translation>Disques cochés non chargés</translation>
    </message>
    <message>
        <source>1 ticked record is not in the library yet.</source>
        <translation>1 disque coché n&apos;est pas encore dans la bibliothèque.</translation>
    </message>
    <message>
        <source>%1 ticked records are not in the library yet.</source>
        <translation>%1 disques cochés ne sont pas encore dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Load the All folder first to include them, or preview the others without them.</source>
        <translation>Chargez d&apos;abord le dossier «&#xa0;All&#xa0;» pour les inclure, ou affichez l&apos;aperçu des autres sans eux.</translation>
    </message>
    <message>
        <source>Load All first</source>
        <translation>Charger «&#xa0;All&#xa0;» d&apos;abord</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Les laisser de côté</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Forget the saved Discogs sign-in on this computer?</source>
        <translation>Oublier la connexion Discogs enregistrée sur cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart now? Your folder, filters, ticks and an unsaved preview are kept.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage. Redémarrer maintenant&#xa0;? Votre dossier, vos filtres, vos coches et un éventuel aperçu non enregistré sont conservés.</translation>
    </message>
    <message>
        <source>Discogs did not accept the saved sign-in (%1). Sign in again to continue; your checked releases are kept.</source>
        <translation>Discogs n&apos;a pas accepté la connexion enregistrée (%1). Reconnectez-vous pour continuer&#xa0;; vos références cochées sont conservées.</translation>
    </message>
    <message>
        <source>%1 Try again in a minute.</source>
        <translation>%1 Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>an earlier session</source>
        <translation>une session précédente</translation>
    </message>
    <message>
        <source>Offline — data from %1</source>
        <translation>Hors ligne — données&#xa0;: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <extracomment>How many unreadable entries the banner names; the rest are counted.</extracomment>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>1 entry could not be read: %1</source>
        <translation>1 entrée n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 entries could not be read: %2</source>
        <translation>%1 entrées n&apos;ont pas pu être lues&#xa0;: %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
</context>
<context>
    <name>MultiLineEditor</name>
    <message>
        <source>Bottom text</source>
        <extracomment>Any of these held with Enter makes a new line instead of committing.</extracomment>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Enter finishes editing; Shift+Enter starts a new line.</source>
        <translation>Entrée termine la modification&#xa0;; Maj+Entrée commence une nouvelle ligne.</translation>
    </message>
</context>
<context>
    <name>PreviewColumns</name>
    <message>
        <source>Columns</source>
        <extracomment>The columns shown first, in this order; the rest of DEFAULT_VISIBLE follows.</extracomment>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
</context>
<context>
    <name>PreviewHeader</name>
    <message>
        <source>Row %1, %2: %3</source>
        <extracomment>The problems link was clicked.</extracomment>
        <translation>Ligne %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 from several folders</source>
        <translation>%1 de plusieurs dossiers</translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation>%1 du dossier «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 exported before</source>
        <translation>%1 déjà exportées</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problème</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problèmes</translation>
    </message>
</context>
<context>
    <name>PreviewHost</name>
    <message>
        <source>Preview</source>
        <extracomment>The edge of the current record&apos;s cover beside its sticker, in logical pixels.</extracomment>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Stickers…</source>
        <translation>Autocollants…</translation>
    </message>
    <message>
        <source>Print sticker sheets, or save them as a PDF or images</source>
        <translation>Imprimer des planches d&apos;autocollants, ou les enregistrer en PDF ou en images</translation>
    </message>
    <message>
        <source>Cover of the current row</source>
        <translation>Pochette de la ligne actuelle</translation>
    </message>
    <message>
        <source>Sticker of the current row</source>
        <translation>Autocollant de la ligne actuelle</translation>
    </message>
    <message>
        <source>Preview (%1)</source>
        <translation>Aperçu (%1)</translation>
    </message>
    <message>
        <source>The unsaved preview could not be restored: its releases are no longer in this collection.</source>
        <translation>L&apos;aperçu non enregistré n&apos;a pas pu être restauré&#xa0;: ses références ne sont plus dans cette collection.</translation>
    </message>
    <message>
        <source>%1 of %2 rows restored; the others are no longer in your collection.</source>
        <translation>%1 lignes sur %2 restaurées&#xa0;; les autres ne sont plus dans votre collection.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Edit %1 in row %2</source>
        <translation>Modification de %1, ligne %2</translation>
    </message>
    <message>
        <source>Delete %n row(s)</source>
        <translation>Suppression de %n ligne(s)</translation>
    </message>
    <message>
        <source>Move %n row(s)</source>
        <translation>Déplacement de %n ligne(s)</translation>
    </message>
    <message>
        <source>Reset %n row(s)</source>
        <translation>Réinitialisation de %n ligne(s)</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Application du modèle</translation>
    </message>
    <message>
        <source>Preview again: %1 added, %2 removed</source>
        <extracomment>Emitted after any change to the rows (for problem counts and titles).</extracomment>
        <translation>Nouvel aperçu&#xa0;: %1 ajoutées, %2 retirées</translation>
    </message>
    <message>
        <source>Restore the unsaved preview</source>
        <translation>Restauration de l&apos;aperçu non enregistré</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>Duplication de lignes</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copie de lignes</translation>
    </message>
    <message>
        <source>QR Factory 3 column “%1”</source>
        <extracomment>A row&apos;s cells, template cells and edited columns (what a rebuild changes and undo restores). The instances the rows were asked for (a deleted row&apos;s instance stays in here).</extracomment>
        <translation>Colonne QR Factory 3 «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edited by you (template gives “%1”).</source>
        <translation>Modifiée par vous (le modèle donne «&#xa0;%1&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Export preview</source>
        <extracomment>A CSV was written: its path and the instance ids it holds (in file order). The number of rows changed (build, merge, delete, duplicate, undo…). The row under the cursor changed or was edited: its 30 cells ([] for none).</extracomment>
        <translation>Aperçu de l&apos;export</translation>
    </message>
    <message>
        <source>Preview</source>
        <extracomment>The table and, once :meth:`set_side_widget` is called, a widget beside it.</extracomment>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save the rows as a QR Factory 3 CSV file</source>
        <translation>Enregistrer les lignes dans un fichier CSV pour QR Factory 3</translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1</source>
        <translation>Vos paramètres n&apos;ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>&amp;Supprimer les lignes</translation>
    </message>
    <message>
        <source>Leave the selected rows out of this file</source>
        <translation>Retirer les lignes sélectionnées de ce fichier</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Add a copy of the selected rows</source>
        <translation>Ajouter une copie des lignes sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Reset row</source>
        <translation>Réi&amp;nitialiser la ligne</translation>
    </message>
    <message>
        <source>Build the selected rows again from the template</source>
        <translation>Recréer les lignes sélectionnées à partir du modèle</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Copier en CSV</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>&amp;Modèle…</translation>
    </message>
    <message>
        <source>Caption, file name and column defaults</source>
        <translation>Légende, nom de fichier et valeurs par défaut des colonnes</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>File options</source>
        <translation>Options du fichier</translation>
    </message>
    <message>
        <source>Start with a BOM (for Excel)</source>
        <translation>Commencer par un BOM (pour Excel)</translation>
    </message>
    <message>
        <source>Unix line ends (LF, not CRLF)</source>
        <translation>Fins de ligne Unix (LF, pas CRLF)</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>Added 1 row</source>
        <translation>1 ligne ajoutée</translation>
    </message>
    <message>
        <source>Added %1 rows</source>
        <translation>%1 lignes ajoutées</translation>
    </message>
    <message>
        <source>removed 1 unedited row of a record no longer checked</source>
        <translation>1 ligne non modifiée d&apos;un disque qui n&apos;est plus coché retirée</translation>
    </message>
    <message>
        <source>removed %1 unedited rows of records no longer checked</source>
        <translation>%1 lignes non modifiées de disques qui ne sont plus cochés retirées</translation>
    </message>
    <message>
        <source>kept 1 edited row of a record no longer checked</source>
        <translation>1 ligne modifiée d&apos;un disque qui n&apos;est plus coché conservée</translation>
    </message>
    <message>
        <source>kept %1 edited rows of records no longer checked</source>
        <translation>%1 lignes modifiées de disques qui ne sont plus cochés conservées</translation>
    </message>
    <message>
        <source>1 row you deleted stays out</source>
        <translation>1 ligne que vous avez supprimée reste exclue</translation>
    </message>
    <message>
        <source>%1 rows you deleted stay out</source>
        <translation>%1 lignes que vous avez supprimées restent exclues</translation>
    </message>
    <message>
        <source>The preview already holds these records; nothing changed.</source>
        <translation>L&apos;aperçu contient déjà ces disques&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>your edits are kept</source>
        <translation>vos modifications sont conservées</translation>
    </message>
    <message>
        <source>Undo puts the preview back as it was</source>
        <translation>Annuler remet l&apos;aperçu tel qu&apos;il était</translation>
    </message>
    <message>
        <source>Apply the new template?</source>
        <translation>Appliquer le nouveau modèle&#xa0;?</translation>
    </message>
    <message>
        <source>Rebuild the preview rows with the new template?</source>
        <translation>Recréer les lignes de l&apos;aperçu avec le nouveau modèle&#xa0;?</translation>
    </message>
    <message>
        <source>Some cells were edited by hand. You can keep them or start again (Undo brings them back).</source>
        <translation>Certaines cellules ont été modifiées à la main. Vous pouvez les garder ou tout recommencer (Annuler les rétablit).</translation>
    </message>
    <message>
        <source>Keep my edited cells</source>
        <translation>Garder mes cellules modifiées</translation>
    </message>
    <message>
        <source>Replace everything</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Don’t rebuild</source>
        <translation>Ne pas recréer</translation>
    </message>
</context>
<context>
    <name>PreviewSaver</name>
    <message>
        <source>Save QR Factory CSV</source>
        <translation>Enregistrer le CSV pour QR Factory</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There are no rows to save.</source>
        <translation>Il n&apos;y a aucune ligne à enregistrer.</translation>
    </message>
    <message>
        <source>Fix this cell before saving — %1</source>
        <translation>Corrigez cette cellule avant d&apos;enregistrer — %1</translation>
    </message>
    <message>
        <source>Could not save: %1 Nothing was written and your rows are unchanged.</source>
        <translation>Enregistrement impossible&#xa0;: %1 Rien n&apos;a été écrit et vos lignes sont inchangées.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>(The export history could not be updated.)</source>
        <translation>(L&apos;historique des exports n&apos;a pas pu être mis à jour.)</translation>
    </message>
    <message>
        <source>Saved %1 to “%2”.</source>
        <translation>%1 enregistrées dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Rows to export</source>
        <translation>Lignes à exporter</translation>
    </message>
    <message>
        <source>Drag a selected row&apos;s number to move the rows</source>
        <translation>Faites glisser le numéro d&apos;une ligne sélectionnée pour déplacer les lignes</translation>
    </message>
</context>
<context>
    <name>PrintedController</name>
    <message>
        <source>Reading the records on Discogs before marking them…</source>
        <extracomment>(field name, records) -&gt; True to go ahead: asked once, before the first write ever. (field name, {instance id: value found on Discogs}) -&gt; REPLACE, SKIP or LATER (True and False stand for REPLACE and SKIP).</extracomment>
        <translation>Lecture des disques sur Discogs avant de les marquer…</translation>
    </message>
    <message>
        <source>Marking on Discogs stopped; the rest is written later.</source>
        <translation>Marquage sur Discogs interrompu&#xa0;; le reste sera écrit plus tard.</translation>
    </message>
    <message>
        <source>%1 marks stay queued; you are asked again next time.</source>
        <translation>%1 marques restent en attente&#xa0;; la question vous sera reposée la prochaine fois.</translation>
    </message>
    <message>
        <source>Marking on Discogs failed; it is tried again later.</source>
        <translation>Échec du marquage sur Discogs&#xa0;; il sera retenté plus tard.</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>quelques secondes</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>environ une minute</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>environ %1 minutes</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>environ %1 heures</translation>
    </message>
    <message>
        <source>Marking on Discogs: %1 marks, %2</source>
        <translation>Marquage sur Discogs&#xa0;: %1 marques, %2</translation>
    </message>
    <message>
        <source>(at once: they fit in the Discogs rate limit)…</source>
        <translation>(d&apos;un coup&#xa0;: elles tiennent dans la limite de requêtes de Discogs)…</translation>
    </message>
    <message>
        <source>(one every %1 s, the Discogs rate limit)…</source>
        <translation>(une toutes les %1 s, la limite de requêtes de Discogs)…</translation>
    </message>
    <message>
        <source>Marked %1 of %2 records as printed on Discogs.</source>
        <translation>%1 disques sur %2 marqués comme imprimés sur Discogs.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>Kept %1 values you wrote: %2.</source>
        <translation>%1 valeurs que vous aviez écrites conservées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Stopped: %1 The other %2 are kept and written later.</source>
        <translation>Interrompu&#xa0;: %1 Les %2 autres sont conservées et seront écrites plus tard.</translation>
    </message>
    <message>
        <source>%1 failed; %2 of them are tried again later.</source>
        <translation>%1 en échec&#xa0;; %2 d&apos;entre elles seront retentées plus tard.</translation>
    </message>
    <message>
        <source>Nothing was lost: the records stay marked as exported here.</source>
        <translation>Rien n&apos;est perdu&#xa0;: les disques restent marqués comme exportés ici.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
</context>
<context>
    <name>PrintedQuestions</name>
    <message>
        <source>Mark as printed on Discogs</source>
        <translation>Marquer comme imprimé sur Discogs</translation>
    </message>
    <message>
        <source>Write today&apos;s date into your Discogs field “%1” for the %2 exported records?</source>
        <translation>Écrire la date du jour dans votre champ Discogs «&#xa0;%1&#xa0;» pour les %2 disques exportés&#xa0;?</translation>
    </message>
    <message>
        <source>This changes your collection on Discogs. Each record&apos;s field is read first, and a value you wrote yourself is kept unless you choose to replace it. Up to about 60 marks go at once; more go at the Discogs rate limit, about one a second. You can stop them at any time, and turn this off in Settings.</source>
        <translation>Cela modifie votre collection sur Discogs. Le champ de chaque disque est lu d&apos;abord, et une valeur que vous avez écrite vous-même est conservée, sauf si vous choisissez de la remplacer. Jusqu&apos;à environ 60 marques partent d&apos;un coup&#xa0;; au-delà, elles suivent la limite de requêtes de Discogs, environ une par seconde. Vous pouvez les interrompre à tout moment et désactiver cette option dans les Paramètres.</translation>
    </message>
    <message>
        <source>%1 of the records have something else in “%2” on Discogs.</source>
        <translation>%1 des disques ont autre chose dans «&#xa0;%2&#xa0;» sur Discogs.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>They hold: %1. Replace writes the mark over exactly these values; Skip keeps them; Don&apos;t mark now keeps these marks queued for later.</source>
        <translation>Ils contiennent&#xa0;: %1. Remplacer écrit la marque exactement par-dessus ces valeurs&#xa0;; Ignorer les conserve&#xa0;; Ne pas marquer maintenant garde ces marques en attente pour plus tard.</translation>
    </message>
    <message>
        <source>Don&apos;t mark now</source>
        <translation>Ne pas marquer maintenant</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Skip those</source>
        <translation>Ignorer ceux-là</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Les remplacer</translation>
    </message>
</context>
<context>
    <name>ReleaseModel</name>
    <message>
        <source>Last exported on %1</source>
        <translation>Dernier export le %1</translation>
    </message>
    <message numerus="yes">
        <source>Rated %n of 5</source>
        <translation>
            <numerusform>Note&#xa0;: %n sur 5</numerusform>
            <numerusform>Note&#xa0;: %n sur 5</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Cochée</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non cochée</translation>
    </message>
    <message>
        <source>Your Discogs collection field “%1”</source>
        <translation>Votre champ de collection Discogs «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Check or uncheck all shown releases</source>
        <translation>Cocher ou décocher toutes les références affichées</translation>
    </message>
    <message>
        <source>Cover (hover for a larger one)</source>
        <translation>Pochette (survolez pour l&apos;agrandir)</translation>
    </message>
    <message>
        <source>When the release was last saved to a QR Factory CSV</source>
        <translation>Date du dernier enregistrement de la référence dans un CSV pour QR Factory</translation>
    </message>
    <message>
        <source>Last exported on %1; the sticker would now read differently (reprint it)</source>
        <translation>Dernier export le %1&#xa0;; l&apos;autocollant serait maintenant différent (réimprimez-le)</translation>
    </message>
    <message>
        <source>%1 · changed</source>
        <translation>%1 · modifiée</translation>
    </message>
    <message>
        <source>Artist</source>
        <extracomment>Column titles (translated when shown, context &quot;ReleaseModel&quot;).</extracomment>
        <translation>Artiste</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Cat#</source>
        <translation>N° cat.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Date d&apos;ajout</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Cover</source>
        <extracomment>Emitted after checks change (any folder). Emitted after the collection field columns changed (added, renamed or removed). Emitted after rows were replaced in place by newer data (:meth:`update_rows`). Where the cover column&apos;s pictures come from (None: no covers), and their edge in device pixels.</extracomment>
        <translation>Pochette</translation>
    </message>
</context>
<context>
    <name>ReleaseTable</name>
    <message>
        <source>Releases</source>
        <extracomment>Row heights with covers (the cover is the row less a small margin) and without.</extracomment>
        <translation>Références</translation>
    </message>
    <message>
        <source>The first column ticks a release for the preview, the CSV and the stickers; Space ticks the current row.</source>
        <translation>La première colonne coche une référence pour l&apos;aperçu, le CSV et les autocollants&#xa0;; Espace coche la ligne actuelle.</translation>
    </message>
    <message>
        <source>Collection fields</source>
        <translation>Champs de collection</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>SelectionController</name>
    <message>
        <source>Finding the ticked records…</source>
        <extracomment>The ticked instances (shown first, in table order) and the ticked ids not found.</extracomment>
        <translation>Recherche des disques cochés…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Local library</source>
        <translation>Bibliothèque locale</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>Taille du cache</translation>
    </message>
    <message>
        <source>Clear cache…</source>
        <translation>Vider le cache…</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Fichiers CSV</translation>
    </message>
    <message>
        <source>Start with a byte order mark (BOM)</source>
        <translation>Commencer par une marque d&apos;ordre des octets (BOM)</translation>
    </message>
    <message>
        <source>Unix line ends (LF instead of CRLF)</source>
        <translation>Fins de ligne Unix (LF au lieu de CRLF)</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Pochettes</translation>
    </message>
    <message>
        <source>Show covers (downloaded from Discogs)</source>
        <translation>Afficher les pochettes (téléchargées depuis Discogs)</translation>
    </message>
    <message>
        <source>Off: no cover is downloaded; the table shows text only</source>
        <translation>Désactivé&#xa0;: aucune pochette n&apos;est téléchargée&#xa0;; le tableau n&apos;affiche que du texte</translation>
    </message>
    <message>
        <source>Cover cache limit</source>
        <translation>Limite du cache des pochettes</translation>
    </message>
    <message>
        <source>At most this much disk space for covers; the oldest are dropped first</source>
        <translation>Espace disque maximal pour les pochettes&#xa0;; les plus anciennes sont supprimées en premier</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Garder au plus</translation>
    </message>
    <message>
        <source>Cover cache size</source>
        <translation>Taille du cache des pochettes</translation>
    </message>
    <message>
        <source>Clear cover cache</source>
        <translation>Vider le cache des pochettes</translation>
    </message>
    <message>
        <source>Covers kept on this computer: %1</source>
        <translation>Pochettes conservées sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>The app starts again in the new language</source>
        <translation>L&apos;application redémarre dans la nouvelle langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>On Discogs</source>
        <translation>Sur Discogs</translation>
    </message>
    <message>
        <source>Mark printed records in</source>
        <translation>Marquer les disques imprimés dans</translation>
    </message>
    <message>
        <source>After a CSV or sticker sheet is made, write e.g. “QR 2026-12-05” into this collection field of each exported record, so every computer knows it is printed</source>
        <translation>Après la création d&apos;un CSV ou d&apos;une planche d&apos;autocollants, écrire par ex. «&#xa0;QR 2026-12-05&#xa0;» dans ce champ de collection de chaque disque exporté, pour que chaque ordinateur sache qu&apos;il est imprimé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>No local library for this collection.</source>
        <translation>Pas de bibliothèque locale pour cette collection.</translation>
    </message>
    <message>
        <source>Cached collection data: %1</source>
        <translation>Données de collection en cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete the locally cached collection? It is read from Discogs again the next time a folder is opened. Your export history is kept.</source>
        <translation>Supprimer la collection en cache locale&#xa0;? Elle sera relue depuis Discogs à la prochaine ouverture d&apos;un dossier. Votre historique des exports est conservé.</translation>
    </message>
</context>
<context>
    <name>SheetMap</name>
    <message>
        <source>Sheet map: click the labels already used</source>
        <translation>Plan de la planche&#xa0;: cliquez sur les étiquettes déjà utilisées</translation>
    </message>
    <message>
        <source>Each box is one label of the sheet; the stickers fill the free labels from the starting label on. Arrow keys move between labels, Space marks a label used or free, the menu key offers to print the shown sticker on a free label.</source>
        <translation>Chaque case est une étiquette de la planche&#xa0;; les autocollants remplissent les étiquettes libres à partir de l&apos;étiquette de départ. Les flèches passent d&apos;une étiquette à l&apos;autre, Espace marque une étiquette comme utilisée ou libre, la touche Menu propose d&apos;imprimer l&apos;autocollant affiché sur une étiquette libre.</translation>
    </message>
    <message>
        <source>Click the labels already used on this sheet to skip them. Right-click a free label to print the shown sticker on it.</source>
        <translation>Cliquez sur les étiquettes déjà utilisées de cette planche pour les sauter. Clic droit sur une étiquette libre pour y imprimer l&apos;autocollant affiché.</translation>
    </message>
    <message>
        <source>&amp;Print this sticker here…</source>
        <translation>&amp;Imprimer cet autocollant ici…</translation>
    </message>
    <message>
        <source>&amp;Save this sticker here as PDF…</source>
        <translation>&amp;Enregistrer cet autocollant ici en PDF…</translation>
    </message>
    <message>
        <source>&amp;Mark as used</source>
        <translation>Marquer comme &amp;utilisée</translation>
    </message>
    <message>
        <source>&amp;Mark as free</source>
        <translation>Marquer comme &amp;libre</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Discogs</source>
        <translation>Se connecter à Discogs</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Se connecter avec Discogs</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Discogs opens in the browser and asks you to allow access; this window then continues by itself.</source>
        <translation>Discogs s&apos;ouvre dans le navigateur et vous demande d&apos;autoriser l&apos;accès&#xa0;; cette fenêtre continue ensuite toute seule.</translation>
    </message>
    <message>
        <source>Discogs asks each desktop app for its own key. Register an application at &lt;a href=&quot;%1&quot;&gt;Discogs → Settings → Developers&lt;/a&gt; (any name; the callback URL can stay empty), then copy its consumer key and secret here.</source>
        <translation>Discogs demande une clé propre à chaque application de bureau. Enregistrez une application dans &lt;a href=&quot;%1&quot;&gt;Discogs → Paramètres → Développeurs&lt;/a&gt; (nom libre&#xa0;; l&apos;URL de rappel peut rester vide), puis copiez ici sa consumer key et son consumer secret.</translation>
    </message>
    <message>
        <source>Your own application key</source>
        <translation>Votre propre clé d&apos;application</translation>
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
        <translation>Consumer &amp;key&#xa0;:</translation>
    </message>
    <message>
        <source>Consumer &amp;secret:</source>
        <translation>Consumer &amp;secret&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open Discogs in the browser</source>
        <translation>&amp;Ouvrir Discogs dans le navigateur</translation>
    </message>
    <message>
        <source>Open Discogs in the browser</source>
        <translation>Ouvrir Discogs dans le navigateur</translation>
    </message>
    <message>
        <source>Address to open in a browser</source>
        <translation>Adresse à ouvrir dans un navigateur</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>If the browser cannot come back here, paste the code or address</source>
        <translation>Si le navigateur ne peut pas revenir ici, collez le code ou l&apos;adresse</translation>
    </message>
    <message>
        <source>Code from Discogs</source>
        <translation>Code de Discogs</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Continue with the pasted code</source>
        <translation>Continuer avec le code collé</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open &lt;a href=&quot;%1&quot;&gt;Discogs → Settings → Developers&lt;/a&gt; (sign in to Discogs there if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate new token&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the token, paste it below and click &lt;b&gt;Sign in&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;The token gives this app access to your collection until you revoke it there.</source>
        <translation>&lt;ol&gt;&lt;li&gt;Ouvrez &lt;a href=&quot;%1&quot;&gt;Discogs → Paramètres → Développeurs&lt;/a&gt; (connectez-vous à Discogs si on vous le demande).&lt;/li&gt;&lt;li&gt;Cliquez sur &lt;b&gt;Generate new token&lt;/b&gt; (générer un nouveau jeton).&lt;/li&gt;&lt;li&gt;Copiez le jeton, collez-le ci-dessous et cliquez sur &lt;b&gt;Se connecter&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;Le jeton donne à cette application l&apos;accès à votre collection jusqu&apos;à ce que vous le révoquiez là-bas.</translation>
    </message>
    <message>
        <source>Open the &amp;developer settings</source>
        <translation>Ouvrir les paramètres &amp;développeur</translation>
    </message>
    <message>
        <source>Open the Discogs developer settings</source>
        <translation>Ouvrir les paramètres développeur de Discogs</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>Sign in with the token</source>
        <translation>Se connecter avec le jeton</translation>
    </message>
    <message>
        <source>Where to keep the sign-in</source>
        <translation>Où conserver la connexion</translation>
    </message>
    <message>
        <source>For this session only (sign in again next time)</source>
        <translation>Pour cette session seulement (se reconnecter la prochaine fois)</translation>
    </message>
    <message>
        <source>In an UNENCRYPTED file on this computer, readable by your user account:</source>
        <translation>Dans un fichier NON CHIFFRÉ sur cet ordinateur, lisible par votre compte utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer.</source>
        <translation>Aucun trousseau sécurisé n&apos;est disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Enter the consumer key and secret first.</source>
        <translation>Saisissez d&apos;abord la consumer key et le consumer secret.</translation>
    </message>
    <message>
        <source>Asking Discogs for a sign-in address…</source>
        <translation>Demande d&apos;une adresse de connexion à Discogs…</translation>
    </message>
    <message>
        <source>Allow access in the browser; this window continues by itself.</source>
        <translation>Autorisez l&apos;accès dans le navigateur&#xa0;; cette fenêtre continue toute seule.</translation>
    </message>
    <message>
        <source>Allow access in the browser, then paste the code here.</source>
        <translation>Autorisez l&apos;accès dans le navigateur, puis collez le code ici.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>Adresse copiée.</translation>
    </message>
    <message>
        <source>Paste a personal access token first.</source>
        <translation>Collez d&apos;abord un jeton d&apos;accès personnel.</translation>
    </message>
    <message>
        <source>Checking the token with Discogs…</source>
        <translation>Vérification du jeton auprès de Discogs…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>waiting %1 s for the Discogs rate limit</source>
        <translation>attente de %1 s pour la limite de requêtes de Discogs</translation>
    </message>
    <message>
        <source>Discogs did not answer properly; trying again in %1 s</source>
        <translation>Discogs n&apos;a pas répondu correctement&#xa0;; nouvel essai dans %1 s</translation>
    </message>
    <message>
        <source>waiting %1 s: %2</source>
        <translation>attente de %1 s&#xa0;: %2</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>État du chargement</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Annuler le chargement</translation>
    </message>
    <message>
        <source>Stop loading; what is loaded stays, and Refresh loads the rest</source>
        <translation>Interrompre le chargement&#xa0;; ce qui est chargé reste, et Actualiser charge le reste</translation>
    </message>
</context>
<context>
    <name>StickerPreview</name>
    <message>
        <source>Sticker preview</source>
        <translation>Aperçu de l&apos;autocollant</translation>
    </message>
    <message>
        <source>How the sticker of the current row prints: its QR code and its caption</source>
        <translation>Rendu à l&apos;impression de l&apos;autocollant de la ligne actuelle&#xa0;: son code QR et sa légende</translation>
    </message>
</context>
<context>
    <name>StickersDialog</name>
    <message>
        <source>Stickers</source>
        <translation>Autocollants</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>Planche d&apos;étiquettes</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>Cette planche</translation>
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
        <translation>Décalage d&apos;impression&#xa0;:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Label outlines</source>
        <translation>Contours des étiquettes</translation>
    </message>
    <message>
        <source>Cut marks</source>
        <translation>Traits de coupe</translation>
    </message>
    <message>
        <source>&amp;Marks:</source>
        <translation>&amp;Repères&#xa0;:</translation>
    </message>
    <message>
        <source>The rows&apos; font (BottomTextFont)</source>
        <translation>La police des lignes (BottomTextFont)</translation>
    </message>
    <message>
        <source>This font:</source>
        <translation>Cette police&#xa0;:</translation>
    </message>
    <message>
        <source>Caption font:</source>
        <translation>Police de la légende&#xa0;:</translation>
    </message>
    <message>
        <source>Fit the label</source>
        <translation>Ajuster à l&apos;étiquette</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Caption &amp;size:</source>
        <translation>Tai&amp;lle de la légende&#xa0;:</translation>
    </message>
    <message>
        <source>PNG pictures</source>
        <translation>Images PNG</translation>
    </message>
    <message>
        <source>SVG drawings</source>
        <translation>Dessins SVG</translation>
    </message>
    <message>
        <source>Print at 100 % (actual size): turn off “Fit to page” or “Scale to fit” in the print dialog, or the stickers will miss the labels.</source>
        <translation>Imprimez à 100&#xa0;% (taille réelle)&#xa0;: désactivez «&#xa0;Ajuster à la page&#xa0;» ou «&#xa0;Mettre à l&apos;échelle&#xa0;» dans la boîte d&apos;impression, sinon les autocollants tomberont à côté des étiquettes.</translation>
    </message>
    <message>
        <source>&amp;Test page…</source>
        <translation>Page de te&amp;st…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save &amp;images…</source>
        <translation>Enregistrer les ima&amp;ges…</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Not usable: %1.</source>
        <translation>Inutilisable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Save stickers as PDF</source>
        <translation>Enregistrer les autocollants en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sheet in the printer</source>
        <translation>Planche dans l&apos;imprimante</translation>
    </message>
    <message>
        <source>A sheet printed on before: printing goes on at its first free label</source>
        <translation>Une planche déjà entamée&#xa0;: l&apos;impression reprend à sa première étiquette libre</translation>
    </message>
    <message>
        <source>Fres&amp;h sheet</source>
        <translation>&amp;Nouvelle planche</translation>
    </message>
    <message>
        <source>Start a fresh sheet</source>
        <translation>Commencer une nouvelle planche</translation>
    </message>
    <message>
        <source>Print from the first label of a new sheet</source>
        <translation>Imprimer à partir de la première étiquette d&apos;une nouvelle planche</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>Commencer à l&apos;étiquette</translation>
    </message>
    <message>
        <source>Start &amp;at label:</source>
        <translation>&amp;Commencer à l&apos;étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Printer offset to the right</source>
        <translation>Décalage d&apos;impression vers la droite</translation>
    </message>
    <message>
        <source>Printer offset down</source>
        <translation>Décalage d&apos;impression vers le bas</translation>
    </message>
    <message>
        <source>Ima&amp;ges as:</source>
        <translation>Images &amp;au format&#xa0;:</translation>
    </message>
    <message>
        <source>Sticker shown</source>
        <translation>Autocollant affiché</translation>
    </message>
    <message>
        <source>Stic&amp;ker:</source>
        <translation>A&amp;utocollant&#xa0;:</translation>
    </message>
    <message>
        <source>Sh&amp;eet in the printer:</source>
        <translation>Planche &amp;dans l&apos;imprimante&#xa0;:</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Forget this sheet</source>
        <translation>Oublier cette planche</translation>
    </message>
    <message>
        <source>This sheet is used up or thrown away</source>
        <translation>Cette planche est épuisée ou jetée</translation>
    </message>
    <message>
        <source>Click the labels already used. Right-click a free label to print the sticker shown above on it.</source>
        <translation>Cliquez sur les étiquettes déjà utilisées. Clic droit sur une étiquette libre pour y imprimer l&apos;autocollant affiché ci-dessus.</translation>
    </message>
    <message>
        <source>Stickers status</source>
        <translation>État des autocollants</translation>
    </message>
    <message>
        <source>What will be printed</source>
        <translation>Ce qui sera imprimé</translation>
    </message>
    <message>
        <source>One size for the whole sheet</source>
        <translation>Une taille pour toute la planche</translation>
    </message>
    <message>
        <source>Each label its own size</source>
        <translation>Une taille par étiquette</translation>
    </message>
    <message>
        <source>Caption &amp;fit:</source>
        <translation>A&amp;justement de la légende&#xa0;:</translation>
    </message>
    <message>
        <source>Record icon in the middle (a smaller code, less margin)</source>
        <translation>Icône de disque au centre (code plus petit, moins de marge)</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code&#xa0;:</translation>
    </message>
    <message>
        <source>As the rows say</source>
        <translation>Comme dans les lignes</translation>
    </message>
    <message>
        <source>Shorter: discogs.com/… without www</source>
        <translation>Plus court&#xa0;: discogs.com/… sans www</translation>
    </message>
    <message>
        <source>Smallest code: in capitals, HTTPS://DISCOGS.COM/RELEASE/…</source>
        <translation>Code le plus petit&#xa0;: en majuscules, HTTPS://DISCOGS.COM/RELEASE/…</translation>
    </message>
    <message>
        <source>&amp;Links printed:</source>
        <translation>Li&amp;ens imprimés&#xa0;:</translation>
    </message>
    <message>
        <source>A fresh sheet</source>
        <translation>Une nouvelle planche</translation>
    </message>
    <message>
        <source>%1, %2 free, %3</source>
        <translation>%1, %2 libres, %3</translation>
    </message>
    <message>
        <source>%1 stickers on %2 page(s), from label %3.</source>
        <translation>%1 autocollants sur %2 page(s), à partir de l&apos;étiquette %3.</translation>
    </message>
    <message>
        <source>Saved %1 stickers on %2 page(s) to %3; every code decoded.</source>
        <translation>%1 autocollants sur %2 page(s) enregistrés dans %3&#xa0;; tous les codes ont été décodés.</translation>
    </message>
    <message>
        <source>Print stickers</source>
        <translation>Imprimer les autocollants</translation>
    </message>
    <message>
        <source>Sent %1 stickers on %2 page(s) to %3; every code decoded.</source>
        <translation>%1 autocollants sur %2 page(s) envoyés à %3&#xa0;; tous les codes ont été décodés.</translation>
    </message>
    <message>
        <source>Sent the sticker to label %4 on %3; its code decoded.</source>
        <translation>Autocollant envoyé sur l&apos;étiquette %4 à %3&#xa0;; son code a été décodé.</translation>
    </message>
    <message>
        <source>Save the sticker as PDF</source>
        <translation>Enregistrer l&apos;autocollant en PDF</translation>
    </message>
    <message>
        <source>Saved the sticker on label %4 to %3; its code decoded.</source>
        <translation>Autocollant de l&apos;étiquette %4 enregistré dans %3&#xa0;; son code a été décodé.</translation>
    </message>
    <message>
        <source>Save sticker images in</source>
        <translation>Enregistrer les images d&apos;autocollants dans</translation>
    </message>
    <message>
        <source>Saved %1 images in %3; every code decoded.</source>
        <translation>%1 images enregistrées dans %3&#xa0;; tous les codes ont été décodés.</translation>
    </message>
    <message>
        <source>Characters no font has</source>
        <translation>Caractères absents de toutes les polices</translation>
    </message>
    <message>
        <source>%1 caption(s) have characters that no installed font can print: they would print as empty boxes.</source>
        <translation>%1 légende(s) contiennent des caractères qu&apos;aucune police installée ne peut imprimer&#xa0;: ils s&apos;imprimeraient comme des cases vides.</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Enregistrer qu&amp;and même</translation>
    </message>
    <message>
        <source>&amp;Remove the characters</source>
        <translation>&amp;Retirer les caractères</translation>
    </message>
    <message>
        <source>Save a test page</source>
        <translation>Enregistrer une page de test</translation>
    </message>
    <message>
        <source>Saved the test page to %1. Print it at 100 % on plain paper, hold it against a label sheet, and set the offset.</source>
        <translation>Page de test enregistrée dans %1. Imprimez-la à 100&#xa0;% sur du papier ordinaire, posez-la contre une planche d&apos;étiquettes et réglez le décalage.</translation>
    </message>
    <message>
        <source>Checking every code and drawing %1 stickers…</source>
        <translation>Vérification de chaque code et dessin de %1 autocollants…</translation>
    </message>
    <message>
        <source>The export history could not be updated.</source>
        <translation>L&apos;historique des exports n&apos;a pas pu être mis à jour.</translation>
    </message>
    <message>
        <source>%1 code(s) scan with little margin: %2</source>
        <translation>%1 code(s) lisible(s) avec peu de marge&#xa0;: %2</translation>
    </message>
    <message>
        <source>Used labels %1.</source>
        <translation>Étiquettes utilisées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No label is left free: the next print starts a fresh sheet.</source>
        <translation>Il ne reste aucune étiquette libre&#xa0;: la prochaine impression commence une nouvelle planche.</translation>
    </message>
    <message>
        <source>%1 labels stay free on the sheet in the printer; the next print starts at label %2.</source>
        <translation>%1 étiquettes restent libres sur la planche dans l&apos;imprimante&#xa0;; la prochaine impression commence à l&apos;étiquette %2.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Export template</source>
        <translation>Modèle d&apos;export</translation>
    </message>
    <message>
        <source>Template parts</source>
        <translation>Parties du modèle</translation>
    </message>
    <message>
        <source>Caption &amp;&amp; file name</source>
        <translation>Légende &amp;&amp; nom de fichier</translation>
    </message>
    <message>
        <source>Column defaults</source>
        <translation>Valeurs par défaut des colonnes</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>The values the app starts with</source>
        <translation>Les valeurs de départ de l&apos;application</translation>
    </message>
    <message>
        <source>Load a template file someone shared</source>
        <translation>Charger un fichier de modèle partagé par quelqu&apos;un</translation>
    </message>
    <message>
        <source>Save this template as a file to share</source>
        <translation>Enregistrer ce modèle dans un fichier à partager</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Caption template</source>
        <translation>Modèle de la légende</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>Modèle du nom de fichier</translation>
    </message>
    <message>
        <source>QR content template</source>
        <translation>Modèle du contenu QR</translation>
    </message>
    <message>
        <source>Caption (BottomText):</source>
        <translation>Légende (BottomText)&#xa0;:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nom de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>QR code content:</source>
        <translation>Contenu du code QR&#xa0;:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Use the artist name as credited on the release (ANV)</source>
        <translation>Utiliser le nom d&apos;artiste tel qu&apos;il est crédité sur la référence (ANV)</translation>
    </message>
    <message>
        <source>Text for an unknown year</source>
        <translation>Texte pour une année inconnue</translation>
    </message>
    <message>
        <source>Protect cells starting with = + - @ for spreadsheets</source>
        <translation>Protéger les cellules commençant par = + - @ pour les tableurs</translation>
    </message>
    <message>
        <source>Adds an apostrophe; QR Factory then prints it too. Off by default.</source>
        <translation>Ajoute une apostrophe, que QR Factory imprime aussi. Désactivé par défaut.</translation>
    </message>
    <message>
        <source>Icon file</source>
        <translation>Fichier d&apos;icône</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Unknown year:</source>
        <translation>Année inconnue&#xa0;:</translation>
    </message>
    <message>
        <source>Icon in the code:</source>
        <translation>Icône dans le code&#xa0;:</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Your collection note field “%1”</source>
        <translation>Votre champ de notes de collection «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>Insert at the cursor of the template you last edited</source>
        <translation>Insérer au curseur du dernier modèle modifié</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Disque&#xa0;:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Légende&#xa0;:</translation>
    </message>
    <message>
        <source>QR content:</source>
        <translation>Contenu QR&#xa0;:</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>%1, column %3</source>
        <translation>%1, colonne %3</translation>
    </message>
    <message>
        <source>Fix the problems first</source>
        <translation>Corrigez d&apos;abord les problèmes</translation>
    </message>
    <message>
        <source>(no record to show)</source>
        <translation>(aucun disque à afficher)</translation>
    </message>
    <message>
        <source>No icon: the code is plain.</source>
        <translation>Pas d&apos;icône&#xa0;: le code est simple.</translation>
    </message>
    <message>
        <source>A relative path: QR Factory may look for it beside the CSV file. Choose the file to store its full path.</source>
        <translation>Un chemin relatif&#xa0;: QR Factory risque de le chercher à côté du fichier CSV. Choisissez le fichier pour enregistrer son chemin complet.</translation>
    </message>
    <message>
        <source>⚠ “%1” does not exist on this computer.</source>
        <translation>⚠ «&#xa0;%1&#xa0;» n&apos;existe pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>✓ The icon file exists.</source>
        <translation>✓ Le fichier d&apos;icône existe.</translation>
    </message>
    <message>
        <source>Choose the icon</source>
        <translation>Choisir l&apos;icône</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>Images (*.svg *.png *.jpg *.jpeg *.pdf *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation>Modèles (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Modèles (*.json)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>“%1” could not be imported: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Artists as Discogs shows them (joins, no “(2)”, ANV when chosen)</source>
        <extracomment>Every placeholder with a short description (shown by the template editor&apos;s picker).</extracomment>
        <translation>Artistes tels que Discogs les affiche (liaisons, sans «&#xa0;(2)&#xa0;», ANV si choisi)</translation>
    </message>
    <message>
        <source>Release title</source>
        <translation>Titre de la référence</translation>
    </message>
    <message>
        <source>Release year (“unknown” when Discogs has 0)</source>
        <translation>Année de la référence («&#xa0;unknown&#xa0;» si Discogs indique 0)</translation>
    </message>
    <message>
        <source>Collection folder name</source>
        <translation>Nom du dossier de la collection</translation>
    </message>
    <message>
        <source>First format name, e.g. Vinyl</source>
        <translation>Premier nom de format, par ex. Vinyl</translation>
    </message>
    <message>
        <source>Record size: 12&quot;, 10&quot; or 7&quot; (LP ⇒ 12&quot;)</source>
        <translation>Taille du disque&#xa0;: 12&quot;, 10&quot; ou 7&quot; (LP ⇒ 12&quot;)</translation>
    </message>
    <message>
        <source>Format descriptions, e.g. LP, Album</source>
        <translation>Descriptions du format, par ex. LP, Album</translation>
    </message>
    <message>
        <source>Full format, e.g. 2 × Vinyl, LP, Album</source>
        <translation>Format complet, par ex. 2 × Vinyl, LP, Album</translation>
    </message>
    <message>
        <source>First label</source>
        <translation>Premier label</translation>
    </message>
    <message>
        <source>Catalogue number</source>
        <translation>Numéro de catalogue</translation>
    </message>
    <message>
        <source>Discogs release id</source>
        <translation>ID Discogs de la référence</translation>
    </message>
    <message>
        <source>Collection instance id (distinct for two copies)</source>
        <translation>ID d&apos;exemplaire dans la collection (différent pour deux exemplaires)</translation>
    </message>
    <message>
        <source>Date added to the collection (YYYY-MM-DD)</source>
        <translation>Date d&apos;ajout à la collection (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Your rating (0–5)</source>
        <translation>Votre note (0–5)</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation>Styles</translation>
    </message>
    <message>
        <source>All collection notes</source>
        <translation>Toutes les notes de la collection</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Discogs QR Export</source>
        <translation>Discogs QR Export</translation>
    </message>
    <message>
        <source>Pick records from your Discogs collection and print a QR sticker for each: on label sheets, a label printer or as images, or as a batch file for QR Factory 3.</source>
        <translation>Choisissez des disques de votre collection Discogs et imprimez pour chacun un autocollant QR&#xa0;: sur planches d&apos;étiquettes, avec une imprimante d&apos;étiquettes, en images, ou en fichier par lot pour QR Factory 3.</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Se connecter avec Discogs</translation>
    </message>
    <message>
        <source>Use a personal access token</source>
        <translation>Utiliser un jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>Explore the demo collection</source>
        <translation>Explorer la collection de démo</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open the Discogs developer settings (sign in there if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate new token&lt;/b&gt; and copy it.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Use a personal access token&lt;/b&gt; above and paste it.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Ouvrez les paramètres développeur de Discogs (connectez-vous si on vous le demande).&lt;/li&gt;&lt;li&gt;Cliquez sur &lt;b&gt;Generate new token&lt;/b&gt; (générer un nouveau jeton) et copiez-le.&lt;/li&gt;&lt;li&gt;Cliquez ci-dessus sur &lt;b&gt;Utiliser un jeton d&apos;accès personnel&lt;/b&gt; et collez-le.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open the developer settings</source>
        <translation>Ouvrir les paramètres développeur</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Discogs QR Export is already open; its window was brought to the front.</source>
        <translation>Discogs QR Export est déjà ouvert&#xa0;; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Discogs QR Export is already open (process %1) but does not answer. Close it, or end that process, and start again.</source>
        <translation>Discogs QR Export est déjà ouvert (processus %1) mais ne répond pas. Fermez-le, ou mettez fin à ce processus, puis relancez.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Pick records from your Discogs collection and print a QR sticker for each, linking to its Discogs page: label sheets, label printers, images, or a batch CSV for QR Factory 3.</source>
        <translation>Elige discos de tu colección de Discogs e imprime para cada uno una pegatina QR que lleve a su página en Discogs: en hojas de etiquetas, con impresoras de etiquetas, como imágenes o como CSV por lotes para QR Factory 3.</translation>
    </message>
    <message>
        <source>Data from &lt;a href=&quot;https://www.discogs.com/&quot;&gt;Discogs&lt;/a&gt;. This app is not affiliated with Discogs.</source>
        <translation>Datos de &lt;a href=&quot;https://www.discogs.com/&quot;&gt;Discogs&lt;/a&gt;. Esta aplicación no está afiliada a Discogs.</translation>
    </message>
</context>
<context>
    <name>AccountController</name>
    <message>
        <source>Signed in as %1</source>
        <extracomment>source, demo, credentials (or None), keep the checks (the same account again)</extracomment>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Demo collection</source>
        <translation>Colección de demostración</translation>
    </message>
    <message>
        <source>Checking the Discogs sign-in…</source>
        <translation>Comprobando el inicio de sesión en Discogs…</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Bring the collection up to date with Discogs (F5)</source>
        <translation>Poner la colección al día con Discogs (F5)</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>Actualización comple&amp;ta</translation>
    </message>
    <message>
        <source>Read the whole collection from Discogs again</source>
        <translation>Volver a leer toda la colección de Discogs</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>&amp;Cancelar la carga</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Detener la carga</translation>
    </message>
    <message>
        <source>Preview checked…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Preview and export the checked releases</source>
        <translation>Ver y exportar las ediciones marcadas</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Check &amp;all shown</source>
        <translation>Marcar &amp;todas las mostradas</translation>
    </message>
    <message>
        <source>Check every release shown (Ctrl+A)</source>
        <translation>Marcar todas las ediciones mostradas (Ctrl+A)</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>&amp;Desmarcar todas</translation>
    </message>
    <message>
        <source>Uncheck every release shown (Ctrl+Shift+A)</source>
        <translation>Desmarcar todas las ediciones mostradas (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>&amp;Invert checks</source>
        <translation>&amp;Invertir marcas</translation>
    </message>
    <message>
        <source>Invert the checks of the releases shown (Ctrl+I)</source>
        <translation>Invertir las marcas de las ediciones mostradas (Ctrl+I)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Limpiar filtros</translation>
    </message>
    <message>
        <source>Go to &amp;folders</source>
        <translation>Ir a las &amp;carpetas</translation>
    </message>
    <message>
        <source>Go to &amp;releases</source>
        <translation>Ir a las &amp;ediciones</translation>
    </message>
    <message>
        <source>&amp;Open release page</source>
        <translation>Abrir la &amp;página de la edición</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Iniciar sesión con Discogs</translation>
    </message>
    <message>
        <source>Use a personal access &amp;token…</source>
        <translation>Usar un &amp;token de acceso personal…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Forget the saved sign-in</source>
        <translation>Olvidar el inicio de sesión guardado</translation>
    </message>
    <message>
        <source>Open the &amp;demo collection</source>
        <translation>Abrir la colección de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Mostrar la carpeta de &amp;registro</translation>
    </message>
    <message>
        <source>&amp;About Discogs QR Export</source>
        <translation>&amp;Acerca de Discogs QR Export</translation>
    </message>
    <message>
        <source>Show co&amp;vers</source>
        <translation>Mo&amp;strar portadas</translation>
    </message>
    <message>
        <source>Show each record&apos;s cover in the table</source>
        <translation>Mostrar la portada de cada disco en la tabla</translation>
    </message>
    <message>
        <source>&amp;Larger covers</source>
        <translation>Portadas más &amp;grandes</translation>
    </message>
    <message>
        <source>Taller rows with larger covers</source>
        <translation>Filas más altas con portadas más grandes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Enabled only while the collection browser is shown.</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>C&amp;olumnas</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Invertir</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Age of the collection field values</source>
        <translation>Antigüedad de los valores de los campos de la colección</translation>
    </message>
    <message>
        <source>When the collection field values shown were last read from Discogs</source>
        <translation>Cuándo se leyeron de Discogs por última vez los valores mostrados de los campos de la colección</translation>
    </message>
    <message>
        <source>Preview checked…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Preview checked releases</source>
        <translation>Vista previa de las ediciones marcadas</translation>
    </message>
    <message>
        <source>Preview and export the checked releases (Ctrl+P)</source>
        <translation>Ver y exportar las ediciones marcadas (Ctrl+P)</translation>
    </message>
    <message>
        <source>Releases and preview</source>
        <translation>Ediciones y vista previa</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Ediciones</translation>
    </message>
    <message>
        <source>fields read just now</source>
        <extracomment>() -&gt; when the field values shown were last read from Discogs (None: not known)</extracomment>
        <translation>campos leídos ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>fields read %n min ago</source>
        <translation>
            <numerusform>campos leídos hace %n min</numerusform>
            <numerusform>campos leídos hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fields read %n h ago</source>
        <translation>
            <numerusform>campos leídos hace %n h</numerusform>
            <numerusform>campos leídos hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fields read %n days ago</source>
        <translation>
            <numerusform>campos leídos hace %n día</numerusform>
            <numerusform>campos leídos hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown · %2 selected</source>
        <extracomment>(history, instances, folder names) -&gt; None: works out which exported records would now print differently (in a worker) and passes their ids to :meth:`set_changed_ids` () -&gt; the collection field holding the &quot;printed&quot; marks on Discogs, or None</extracomment>
        <translation>%1 visibles · %2 marcadas</translation>
    </message>
    <message>
        <source>%1 in folder</source>
        <translation>%1 en la carpeta</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 de %2 cargadas</translation>
    </message>
    <message>
        <source>(%1 selected not shown)</source>
        <translation>(%1 ocultas)</translation>
    </message>
    <message>
        <source>No release matches the search and filters.</source>
        <translation>Ninguna edición coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Esta carpeta está vacía.</translation>
    </message>
    <message numerus="yes">
        <source>Preview %n checked…</source>
        <translation>
            <numerusform>Vista previa (%n)…</numerusform>
            <numerusform>Vista previa (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColorEditor</name>
    <message>
        <source>Choose a colour…</source>
        <translation>Elegir un color…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Elegir un color</translation>
    </message>
</context>
<context>
    <name>ColumnDefaults</name>
    <message>
        <source>These values go into every row, for QR Factory 3 to draw each code with. A cell edited by hand in the preview keeps its own value. Hover over a name for what it means.</source>
        <extracomment>A value was changed by the user.</extracomment>
        <translation>Estos valores van en cada fila; con ellos QR Factory 3 dibuja cada código. Una celda que hayas editado a mano en la vista previa conserva su propio valor. Pasa el puntero sobre un nombre para ver qué significa.</translation>
    </message>
</context>
<context>
    <name>ColumnHelp</name>
    <message>
        <source>What the code holds. URL: the code opens a web page (the record on Discogs).</source>
        <extracomment>Columns edited on the editor&apos;s first tab; every other column is in this form. The width of the explanation under each field, in pixels (two columns fit the dialog). What each column means, in plain words (translated when shown, context &quot;ColumnHelp&quot;).</extracomment>
        <translation>Lo que contiene el código. URL: el código abre una página web (el disco en Discogs).</translation>
    </message>
    <message>
        <source>Width and height of each QR image, in pixels.</source>
        <translation>Ancho y alto de cada imagen QR, en píxeles.</translation>
    </message>
    <message>
        <source>The image format QR Factory writes. SVG, PDF and EPS stay sharp at any size.</source>
        <translation>El formato de imagen que escribe QR Factory. SVG, PDF y EPS se ven nítidos a cualquier tamaño.</translation>
    </message>
    <message>
        <source>RGB for screens and home printers; CMYK for a print shop.</source>
        <translation>RGB para pantallas e impresoras domésticas; CMYK para una imprenta.</translation>
    </message>
    <message>
        <source>Turns the whole code by this many degrees.</source>
        <translation>Gira todo el código estos grados.</translation>
    </message>
    <message>
        <source>Error correction: how much of the code may be covered or scratched and still scan (Low about 7 %, Medium 15 %, Quartile 25 %, High 30 %). An icon in the middle covers part of the code, so keep it High.</source>
        <translation>Corrección de errores: cuánto del código puede quedar tapado o rayado sin que deje de leerse (Low alrededor del 7 %, Medium 15 %, Quartile 25 %, High 30 %). Un icono en el centro tapa parte del código, así que déjalo en High.</translation>
    </message>
    <message>
        <source>Yes lets QR Factory choose the error correction itself; No always uses ReliabilityLevel.</source>
        <translation>Yes deja que QR Factory elija por sí mismo la corrección de errores; No usa siempre ReliabilityLevel.</translation>
    </message>
    <message>
        <source>How round the code&apos;s small squares (its “pixels”) are drawn: 0.0 sharp squares, 1.0 round dots, in between squares with rounded corners.</source>
        <translation>Lo redondos que se dibujan los cuadraditos del código (sus «píxeles»): 0.0 cuadrados con esquinas vivas, 1.0 puntos redondos; entre medias, cuadrados con esquinas redondeadas.</translation>
    </message>
    <message>
        <source>Solid: every pixel in PixelColorStart. Gradient: pixels blend from PixelColorStart to PixelColorEnd.</source>
        <translation>Solid: todos los píxeles en PixelColorStart. Gradient: los píxeles pasan de PixelColorStart a PixelColorEnd.</translation>
    </message>
    <message>
        <source>How the background is filled: one colour (Solid), a gradient, or nothing (Transparent).</source>
        <translation>Cómo se rellena el fondo: con un color (Solid), con un degradado o con nada (Transparent).</translation>
    </message>
    <message>
        <source>The colour behind the code. Keep it much lighter than the pixels, or phones may not read the code.</source>
        <translation>El color detrás del código. Mantenlo mucho más claro que los píxeles o puede que los móviles no lean el código.</translation>
    </message>
    <message>
        <source>The pixels&apos; colour (where a gradient starts).</source>
        <translation>El color de los píxeles (donde empieza un degradado).</translation>
    </message>
    <message>
        <source>Where a gradient ends; only used when PixelColorType is Gradient.</source>
        <translation>Donde termina un degradado; solo se usa cuando PixelColorType es Gradient.</translation>
    </message>
    <message>
        <source>The direction of the gradient, in degrees.</source>
        <translation>La dirección del degradado, en grados.</translation>
    </message>
    <message>
        <source>Yes fits the middle icon to the code&apos;s grid of pixels, so it covers whole pixels and cuts none in half; No places it at its exact size.</source>
        <translation>Yes ajusta el icono central a la cuadrícula de píxeles del código, de modo que tape píxeles enteros y no corte ninguno por la mitad; No lo coloca a su tamaño exacto.</translation>
    </message>
    <message>
        <source>How big the middle icon is, in percent. A bigger icon hides more of the code.</source>
        <translation>El tamaño del icono central, en porcentaje. Un icono más grande oculta más parte del código.</translation>
    </message>
    <message>
        <source>The shape of the blank frame around the icon, or None for no frame.</source>
        <translation>La forma del marco vacío alrededor del icono, o None para no poner marco.</translation>
    </message>
    <message>
        <source>How wide the frame around the icon is, in percent.</source>
        <translation>El ancho del marco alrededor del icono, en porcentaje.</translation>
    </message>
    <message>
        <source>How rounded a square frame&apos;s corners are (0 = sharp).</source>
        <translation>Lo redondeadas que son las esquinas de un marco cuadrado (0 = vivas).</translation>
    </message>
    <message>
        <source>The colour of the frame around the icon.</source>
        <translation>El color del marco alrededor del icono.</translation>
    </message>
    <message>
        <source>The caption&apos;s size, in points.</source>
        <translation>El tamaño del texto, en puntos.</translation>
    </message>
    <message>
        <source>The caption&apos;s colour.</source>
        <translation>El color del texto.</translation>
    </message>
    <message>
        <source>The caption&apos;s font, by name. It must be installed on the Mac that runs QR Factory.</source>
        <translation>La fuente del texto, por su nombre. Debe estar instalada en el Mac donde se ejecuta QR Factory.</translation>
    </message>
    <message>
        <source>The caption font&apos;s style: Regular, Bold, Italic or Bold Italic.</source>
        <translation>El estilo de la fuente del texto: Regular, Bold, Italic o Bold Italic.</translation>
    </message>
    <message>
        <source>The quiet zone: an empty margin around the code, in percent of its size. Scanners need it to find the code, so do not make it 0.</source>
        <translation>La zona de silencio: un margen vacío alrededor del código, en porcentaje de su tamaño. Los lectores lo necesitan para encontrar el código, así que no lo pongas a 0.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. Your saved files are not affected and you can keep working; if something looks wrong, save your work and restart the app.

The report below helps to fix it. It contains no passwords or tokens.</source>
        <translation>Algo ha fallado dentro de la aplicación. Tus archivos guardados no se han visto afectados y puedes seguir trabajando; si algo no se ve bien, guarda tu trabajo y reinicia la aplicación.

El informe de abajo ayuda a corregirlo. No contiene contraseñas ni tokens.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Informe de error</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
    <message>
        <source>Show log folder</source>
        <translation>Mostrar carpeta de registro</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>%n errors so far; the newest is shown.</source>
        <translation>
            <numerusform>%n error hasta ahora; se muestra el más reciente.</numerusform>
            <numerusform>%n errores hasta ahora; se muestra el más reciente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsController</name>
    <message>
        <source>The unsaved preview is restored once its records are read again…</source>
        <extracomment>The draft to load into the preview and the instances found for it ({} = none).</extracomment>
        <translation>La vista previa sin guardar se restaurará cuando se vuelvan a leer sus discos…</translation>
    </message>
    <message>
        <source>Restoring the unsaved preview…</source>
        <translation>Restaurando la vista previa sin guardar…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>“{value}” is not a colour like #1A2B3C.</source>
        <extracomment>Columns whose value is one of a fixed set (the preview offers a combo box). Numeric columns: (minimum, maximum, allows a fraction). Shown in the preview by default; the rest are one click away. How each placeholder is worked out; only the ones a template uses are computed.</extracomment>
        <translation>«{value}» no es un color como #1A2B3C.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>«{value}» no es un número.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>«{value}» no es un número entero.</translation>
    </message>
    <message>
        <source>{value} is outside {low:g}–{high:g}.</source>
        <translation>{value} está fuera de {low:g}–{high:g}.</translation>
    </message>
    <message>
        <source>“{value}” is not one of {choices}.</source>
        <translation>«{value}» no está entre {choices}.</translation>
    </message>
    <message>
        <source>Content is empty: the QR code would encode nothing.</source>
        <translation>Content está vacío: el código QR no contendría nada.</translation>
    </message>
    <message>
        <source>FileName is empty.</source>
        <translation>FileName está vacío.</translation>
    </message>
    <message>
        <source>FileName may only hold letters A–Z, digits, “.”, “_” and “-”.</source>
        <translation>FileName solo puede contener letras A–Z, cifras, «.», «_» y «-».</translation>
    </message>
    <message>
        <source>The template is {length:,} characters long; at most {limit:,} are allowed.</source>
        <extracomment>The longest template accepted (captions, file names, content). QR Factory prints a caption under a sticker: a few lines. A longer template is refused with :data:`TOO_LONG_MESSAGE` (a 120 kB caption would otherwise turn 300 rows into a 62 MB file).</extracomment>
        <translation>La plantilla tiene {length:,} caracteres; se permiten como máximo {limit:,}.</translation>
    </message>
    <message>
        <source>“}}” without a matching “{{” (write “}}}}” for a brace).</source>
        <translation>«}}» sin su «{{» correspondiente (escribe «}}}}» para una llave).</translation>
    </message>
    <message>
        <source>“{{” is never closed with “}}”.</source>
        <translation>«{{» no se cierra nunca con «}}».</translation>
    </message>
    <message>
        <source>Empty placeholder “{{}}”.</source>
        <translation>Marcador vacío «{{}}».</translation>
    </message>
    <message>
        <source>“{{note:…}}” needs a note field name.</source>
        <translation>«{{note:…}}» necesita el nombre de un campo de notas.</translation>
    </message>
    <message>
        <source>No collection note field is called “{field}”.</source>
        <translation>Ningún campo de notas de la colección se llama «{field}».</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}. Did you mean {{{close}}}?</source>
        <translation>Marcador desconocido {{{name}}}. ¿Querías decir {{{close}}}?</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}.</source>
        <translation>Marcador desconocido {{{name}}}.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer about the account.</source>
        <extracomment>Builds something with ``get_json(path)`` that sends requests signed with the credentials. How long a sign-in waits for the browser to come back (request tokens expire after ~15 min).</extracomment>
        <translation>Discogs ha enviado una respuesta inesperada sobre la cuenta.</translation>
    </message>
    <message>
        <source>Discogs did not answer in time; try again later.</source>
        <extracomment>An image larger than this is refused (Discogs&apos; covers are well under 1 MB). The image server says 403 or 429 when it is asked too often: back off as for a 5xx. Retries of one image: a cover that keeps failing is asked for again much later instead. Called with (seconds, reason) before the gateway waits. Request priorities: the user&apos;s requests go at once; background ones (a pass re-reading the collection) yield to them and keep to a share of the rate limit (see :func:`background_budget`). A background request waits this long after the user&apos;s last request (the next page of a load, the next mark, follows within this time).</extracomment>
        <translation>Discogs no ha respondido a tiempo; inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Could not reach Discogs; check the internet connection and try again later.</source>
        <translation>No se ha podido conectar con Discogs; comprueba la conexión a internet e inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Discogs kept refusing requests as too frequent; wait a minute and try again.</source>
        <translation>Discogs ha rechazado repetidamente las solicitudes por demasiado frecuentes; espera un minuto e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Discogs is not answering properly right now (HTTP {status}); try again later.</source>
        <translation>Discogs no responde correctamente en este momento (HTTP {status}); inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Discogs sent an answer that could not be read; try again later.</source>
        <translation>Discogs ha enviado una respuesta que no se ha podido leer; inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Discogs did not accept the sign-in (the token may be wrong or revoked); sign in again.</source>
        <translation>Discogs no ha aceptado el inicio de sesión (puede que el token sea incorrecto o se haya revocado); vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Discogs has no such page ({message}).</source>
        <translation>Esa página no existe en Discogs ({message}).</translation>
    </message>
    <message>
        <source>Discogs has no such page.</source>
        <translation>Esa página no existe en Discogs.</translation>
    </message>
    <message>
        <source>Discogs refused the request (HTTP {status}): {message}.</source>
        <translation>Discogs ha rechazado la solicitud (HTTP {status}): {message}.</translation>
    </message>
    <message>
        <source>Discogs refused the request (HTTP {status}).</source>
        <translation>Discogs ha rechazado la solicitud (HTTP {status}).</translation>
    </message>
    <message>
        <source>Discogs did not answer in time; try again.</source>
        <extracomment>``(method, url, auth) -&gt; (status, body text)``; raises AppError(NETWORK) when unreachable.</extracomment>
        <translation>Discogs no ha respondido a tiempo; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Could not reach Discogs; check the internet connection and try again.</source>
        <translation>No se ha podido conectar con Discogs; comprueba la conexión a internet e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Discogs is receiving too many requests; wait a minute and try again.</source>
        <translation>Discogs está recibiendo demasiadas solicitudes; espera un minuto e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer during sign-in; try again.</source>
        <translation>Discogs ha enviado una respuesta inesperada durante el inicio de sesión; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Discogs did not accept these credentials; the token may be wrong or revoked.</source>
        <translation>Discogs no ha aceptado estas credenciales; puede que el token sea incorrecto o se haya revocado.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer about the signed-in account.</source>
        <translation>Discogs ha enviado una respuesta inesperada sobre la cuenta con la sesión iniciada.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <extracomment>Discogs request tokens and verifiers expire after about this long.</extracomment>
        <translation>Se ha cancelado el inicio de sesión.</translation>
    </message>
    <message>
        <source>No answer came from the browser within {time}; start the sign-in again.</source>
        <translation>El navegador no ha respondido en {time}; vuelve a iniciar sesión.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>the time allowed</source>
        <translation>el tiempo permitido</translation>
    </message>
    <message>
        <source>Signing in with OAuth needs a Discogs consumer key and secret: register an application at {url} and pass --consumer-key/--consumer-secret (or set {key_env}/{secret_env}), or sign in with a personal access token instead (`discogs-qr login --token`).</source>
        <translation>Para iniciar sesión con OAuth hace falta una consumer key y un consumer secret de Discogs: registra una aplicación en {url} e indica --consumer-key/--consumer-secret (o define {key_env}/{secret_env}), o bien inicia sesión con un token de acceso personal (`discogs-qr login --token`).</translation>
    </message>
    <message>
        <source>Access was not granted on Discogs, so you are not signed in.</source>
        <translation>No se ha concedido el acceso en Discogs, así que no has iniciado sesión.</translation>
    </message>
    <message>
        <source>Paste the code Discogs showed, or the whole address from the browser&apos;s address bar.</source>
        <translation>Pega el código que te ha mostrado Discogs o la dirección completa de la barra de direcciones del navegador.</translation>
    </message>
    <message>
        <source>That address belongs to a different sign-in attempt; use the one from the newest.</source>
        <translation>Esa dirección pertenece a otro intento de inicio de sesión; usa la del más reciente.</translation>
    </message>
    <message>
        <source>That does not look like a Discogs sign-in code; paste the code Discogs showed, or the whole address the browser ended on.</source>
        <translation>Eso no parece un código de inicio de sesión de Discogs; pega el código que te ha mostrado Discogs o la dirección completa en la que terminó el navegador.</translation>
    </message>
    <message>
        <source>Discogs did not accept the application&apos;s consumer key and secret; check them at {url}.</source>
        <translation>Discogs no ha aceptado la consumer key y el consumer secret de la aplicación; compruébalos en {url}.</translation>
    </message>
    <message>
        <source>This sign-in has no callback; paste the code Discogs shows instead.</source>
        <translation>Este inicio de sesión no tiene dirección de retorno; pega en su lugar el código que muestra Discogs.</translation>
    </message>
    <message>
        <source>Start the sign-in before entering a code.</source>
        <translation>Inicia sesión antes de introducir un código.</translation>
    </message>
    <message>
        <source>The sign-in request expired (they last about 15 minutes); start again.</source>
        <translation>La solicitud de inicio de sesión ha caducado (duran unos 15 minutos); empieza de nuevo.</translation>
    </message>
    <message>
        <source>Discogs did not accept the code; check it, or start the sign-in again if more than 15 minutes have passed (codes expire).</source>
        <translation>Discogs no ha aceptado el código; compruébalo o vuelve a iniciar sesión si han pasado más de 15 minutos (los códigos caducan).</translation>
    </message>
    <message>
        <source>Enter a Discogs personal access token.</source>
        <translation>Introduce un token de acceso personal de Discogs.</translation>
    </message>
    <message>
        <source>Several folders are called “{name}” (ids {ids}); give the id instead.</source>
        <extracomment>Called with (instances read so far, instances expected; 0 while not known). How many unreadable entries a message names; the rest are counted.</extracomment>
        <translation>Hay varias carpetas llamadas «{name}» (ids {ids}); indica el id.</translation>
    </message>
    <message>
        <source>There is no folder “{name}”; the folders are: {choices}.</source>
        <translation>No hay ninguna carpeta «{name}»; las carpetas son: {choices}.</translation>
    </message>
    <message>
        <source>The file {path} could not be saved: {reason}.</source>
        <translation>No se ha podido guardar el archivo {path}: {reason}.</translation>
    </message>
    <message>
        <source>The demo collection could not be read: {reason}</source>
        <translation>No se ha podido leer la colección de demostración: {reason}</translation>
    </message>
    <message>
        <source>There are no rows to make stickers from.</source>
        <translation>No hay filas con las que hacer pegatinas.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… y {count} más.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) would not scan, so nothing was written. {failures}</source>
        <translation>
            <numerusform>%n código no se podría escanear, así que no se ha escrito nada. {failures}</numerusform>
            <numerusform>%n códigos no se podrían escanear, así que no se ha escrito nada. {failures}</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} could not be saved: {reason}.</source>
        <translation>No se ha podido guardar {path}: {reason}.</translation>
    </message>
    <message>
        <source>Printing failed: {reason}.</source>
        <translation>Error al imprimir: {reason}.</translation>
    </message>
    <message>
        <source>The sheet settings are not usable: {problem}.</source>
        <translation>Los ajustes de la hoja no son válidos: {problem}.</translation>
    </message>
    <message>
        <source>A layout name needs 1–60 letters, digits or spaces.</source>
        <translation>El nombre de un diseño necesita de 1 a 60 letras, cifras o espacios.</translation>
    </message>
    <message>
        <source>“{name}” is the name of a preset; choose another.</source>
        <translation>«{name}» es el nombre de un diseño predefinido; elige otro.</translation>
    </message>
    <message>
        <source>The layout is not usable: {problem}.</source>
        <translation>El diseño no es válido: {problem}.</translation>
    </message>
    <message>
        <source>The local library could not be opened: {reason}</source>
        <translation>No se ha podido abrir la biblioteca local: {reason}</translation>
    </message>
    <message>
        <source>The local library could not be created: {reason}</source>
        <translation>No se ha podido crear la biblioteca local: {reason}</translation>
    </message>
    <message>
        <source>The local library could not be used: {reason}</source>
        <translation>No se ha podido usar la biblioteca local: {reason}</translation>
    </message>
    <message>
        <source>The local library was damaged and has been moved aside; fetching again.</source>
        <translation>La biblioteca local estaba dañada y se ha apartado; se vuelven a descargar los datos.</translation>
    </message>
    <message>
        <source>The local library was written by a newer version of the app and has been moved aside; fetching again.</source>
        <translation>La biblioteca local la escribió una versión más reciente de la aplicación y se ha apartado; se vuelven a descargar los datos.</translation>
    </message>
    <message>
        <source>The local library did not have the tables this version of the app needs and has been moved aside; fetching again.</source>
        <translation>A la biblioteca local le faltaban tablas que necesita esta versión de la aplicación y se ha apartado; se vuelven a descargar los datos.</translation>
    </message>
    <message>
        <source>No account is signed in.</source>
        <translation>No hay ninguna cuenta con la sesión iniciada.</translation>
    </message>
    <message>
        <source>Could not save the credentials file: {reason}.</source>
        <translation>No se ha podido guardar el archivo de credenciales: {reason}.</translation>
    </message>
    <message>
        <source>Could not save the sign-in to the system keyring; it may be locked.</source>
        <translation>No se ha podido guardar el inicio de sesión en el llavero del sistema; puede que esté bloqueado.</translation>
    </message>
    <message>
        <source>Row {row} ({name}): {reason}</source>
        <extracomment>The degraded render: area-sampled at half of MARGIN_DPI (a 2-pixel box), then scaled up to MARGIN_DPI bilinearly (a 4-pixel tent); together a blur of sigma 1 pixel at 150 dpi.</extracomment>
        <translation>Fila {row} ({name}): {reason}</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Fila {row}: {reason}</translation>
    </message>
    <message>
        <source>the code reads “{read}” instead of its Content</source>
        <translation>el código da «{read}» en lugar de su Content</translation>
    </message>
    <message>
        <source>too little contrast between the code colour {dark} and the background {light}</source>
        <translation>muy poco contraste entre el color del código {dark} y el fondo {light}</translation>
    </message>
    <message>
        <source>the icon is too large (IconSizePercent {percent:g}): it hides too much of the code</source>
        <translation>el icono es demasiado grande (IconSizePercent {percent:g}): tapa demasiado el código</translation>
    </message>
    <message>
        <source>the code is too small for its label (modules of {mm:.2f} mm, under {least} mm; try a larger label, no icon or the shorter link form)</source>
        <translation>el código es demasiado pequeño para su etiqueta (módulos de {mm:.2f} mm, menos de {least} mm; prueba con una etiqueta más grande, sin icono o con el enlace corto)</translation>
    </message>
    <message>
        <source>the code does not decode (try a smaller icon, more contrast or a larger label)</source>
        <translation>el código no se puede leer (prueba con un icono más pequeño, más contraste o una etiqueta más grande)</translation>
    </message>
    <message>
        <source>the code decodes only at full resolution, not blurred at {dpi} dpi as a phone sees it (modules of {mm:.2f} mm): a worn print or a dim room may not scan</source>
        <translation>el código solo se lee a resolución completa, no desenfocado a {dpi} ppp como lo ve un móvil (módulos de {mm:.2f} mm): puede que no se escanee una impresión gastada o con poca luz</translation>
    </message>
    <message>
        <source>small modules ({mm:.2f} mm, under {least} mm): little margin for a phone</source>
        <translation>módulos pequeños ({mm:.2f} mm, menos de {least} mm): poco margen para un móvil</translation>
    </message>
    <message>
        <source>the icon file “{path}” cannot be read</source>
        <translation>no se puede leer el archivo de icono «{path}»</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search artist, title, label, cat#</source>
        <translation>Buscar artista, título, sello, n.º cat.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search artists, titles, labels, catalogue numbers and collection fields (Ctrl+F)</source>
        <translation>Buscar en artistas, títulos, sellos, números de catálogo y campos de la colección (Ctrl+F)</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Añadido:</translation>
    </message>
    <message>
        <source>Date added preset</source>
        <translation>Periodo de la fecha de incorporación</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Since last export</source>
        <translation>Desde la última exportación</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Periodo personalizado</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>Filter by earliest date added</source>
        <translation>Filtrar por la fecha de incorporación más temprana</translation>
    </message>
    <message>
        <source>Earliest date added</source>
        <translation>Fecha de incorporación más temprana</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Filter by latest date added</source>
        <translation>Filtrar por la fecha de incorporación más tardía</translation>
    </message>
    <message>
        <source>Latest date added</source>
        <translation>Fecha de incorporación más tardía</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Show only one format</source>
        <translation>Mostrar solo un formato</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Todos los formatos</translation>
    </message>
    <message>
        <source>Only not yet exported</source>
        <translation>Solo sin exportar</translation>
    </message>
    <message>
        <source>Hide releases that were in a saved CSV before</source>
        <translation>Ocultar las ediciones que ya estaban en un CSV guardado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Changed since exported</source>
        <translation>Cambiadas desde la exportación</translation>
    </message>
    <message>
        <source>Show only exported releases whose sticker would now read differently</source>
        <translation>Mostrar solo las ediciones exportadas cuya pegatina ahora cambiaría</translation>
    </message>
    <message>
        <source>Nothing was exported yet</source>
        <translation>Aún no se ha exportado nada</translation>
    </message>
    <message>
        <source>Collection field value</source>
        <translation>Valor de un campo de la colección</translation>
    </message>
    <message>
        <source>Show only the releases with this value in a collection field</source>
        <translation>Mostrar solo las ediciones con este valor en un campo de la colección</translation>
    </message>
    <message>
        <source>Any field value</source>
        <translation>Cualquier valor</translation>
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
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>%1 (%2 releases)</source>
        <translation>%1 (%2 ediciones)</translation>
    </message>
    <message>
        <source>%1, %2 releases</source>
        <translation>%1, %2 ediciones</translation>
    </message>
</context>
<context>
    <name>FrozenChecks</name>
    <message>
        <source>Checks</source>
        <extracomment>Ticks the record at an index (with Shift: the range from the last tick).</extracomment>
        <translation>Marcas</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Algo ha fallado: %1</translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message>
        <source>Label sheet</source>
        <translation>Hoja de etiquetas</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>Page width × height:</source>
        <translation>Ancho × alto de página:</translation>
    </message>
    <message>
        <source>Label width × height:</source>
        <translation>Ancho × alto de etiqueta:</translation>
    </message>
    <message>
        <source>Pitch across × down:</source>
        <translation>Paso horizontal × vertical:</translation>
    </message>
    <message>
        <source>Left × top margin:</source>
        <translation>Margen izquierdo × superior:</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Ancho de página</translation>
    </message>
    <message>
        <source>Page height</source>
        <translation>Alto de página</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>Ancho de etiqueta</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>Alto de etiqueta</translation>
    </message>
    <message>
        <source>Horizontal pitch</source>
        <translation>Paso horizontal</translation>
    </message>
    <message>
        <source>Vertical pitch</source>
        <translation>Paso vertical</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>Margen izquierdo</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>Margen superior</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Rows of labels</source>
        <translation>Filas de etiquetas</translation>
    </message>
    <message>
        <source>Columns of labels</source>
        <translation>Columnas de etiquetas</translation>
    </message>
    <message>
        <source>Rows × columns:</source>
        <translation>Filas × columnas:</translation>
    </message>
    <message>
        <source>Round labels</source>
        <translation>Etiquetas redondas</translation>
    </message>
    <message>
        <source>Name to save this layout as</source>
        <translation>Nombre con el que guardar este diseño</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>Guardar diseño</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Custom layout</source>
        <translation>Diseño personalizado</translation>
    </message>
    <message>
        <source>Saved the layout “%1”.</source>
        <translation>Se ha guardado el diseño «%1».</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <source>the page width must be between 0 and 2000 mm</source>
        <translation>el ancho de página debe estar entre 0 y 2000 mm</translation>
    </message>
    <message>
        <source>the page width must be at least 5 mm</source>
        <translation>el ancho de página debe ser de al menos 5 mm</translation>
    </message>
    <message>
        <source>the page height must be between 0 and 2000 mm</source>
        <translation>el alto de página debe estar entre 0 y 2000 mm</translation>
    </message>
    <message>
        <source>the page height must be at least 5 mm</source>
        <translation>el alto de página debe ser de al menos 5 mm</translation>
    </message>
    <message>
        <source>the label width must be between 0 and 2000 mm</source>
        <translation>el ancho de etiqueta debe estar entre 0 y 2000 mm</translation>
    </message>
    <message>
        <source>the label width must be at least 5 mm</source>
        <translation>el ancho de etiqueta debe ser de al menos 5 mm</translation>
    </message>
    <message>
        <source>the label height must be between 0 and 2000 mm</source>
        <translation>el alto de etiqueta debe estar entre 0 y 2000 mm</translation>
    </message>
    <message>
        <source>the label height must be at least 5 mm</source>
        <translation>el alto de etiqueta debe ser de al menos 5 mm</translation>
    </message>
    <message>
        <source>the horizontal pitch must be between 0 and 2000 mm</source>
        <translation>el paso horizontal debe estar entre 0 y 2000 mm</translation>
    </message>
    <message>
        <source>the vertical pitch must be between 0 and 2000 mm</source>
        <translation>el paso vertical debe estar entre 0 y 2000 mm</translation>
    </message>
    <message>
        <source>the top margin must be between 0 and 2000 mm</source>
        <translation>el margen superior debe estar entre 0 y 2000 mm</translation>
    </message>
    <message>
        <source>the left margin must be between 0 and 2000 mm</source>
        <translation>el margen izquierdo debe estar entre 0 y 2000 mm</translation>
    </message>
    <message>
        <source>rows and columns must be between 1 and 100</source>
        <translation>las filas y las columnas deben estar entre 1 y 100</translation>
    </message>
    <message>
        <source>the horizontal pitch is smaller than the label width: labels overlap</source>
        <translation>el paso horizontal es menor que el ancho de etiqueta: las etiquetas se solapan</translation>
    </message>
    <message>
        <source>the vertical pitch is smaller than the label height: labels overlap</source>
        <translation>el paso vertical es menor que el alto de etiqueta: las etiquetas se solapan</translation>
    </message>
    <message>
        <source>the labels end {mm:.1f} mm past the page&apos;s right edge</source>
        <translation>las etiquetas terminan {mm:.1f} mm más allá del borde derecho de la página</translation>
    </message>
    <message>
        <source>the labels end {mm:.1f} mm past the page&apos;s bottom</source>
        <translation>las etiquetas terminan {mm:.1f} mm por debajo del final de la página</translation>
    </message>
    <message>
        <source>Avery L7120-25 — A4, 35 mm round, 35 per sheet</source>
        <translation>Avery L7120-25 — A4, redondas de 35 mm, 35 por hoja</translation>
    </message>
    <message>
        <source>Avery L7121-25 — A4, 45 mm round, 24 per sheet</source>
        <translation>Avery L7121-25 — A4, redondas de 45 mm, 24 por hoja</translation>
    </message>
    <message>
        <source>Avery 22807 — US Letter, 2&quot; round, 12 per sheet</source>
        <translation>Avery 22807 — US Letter, redondas de 2&quot;, 12 por hoja</translation>
    </message>
    <message>
        <source>Avery 5160/8160 — US Letter, 1&quot; × 2⅝&quot;, 30 per sheet</source>
        <translation>Avery 5160/8160 — US Letter, 1&quot; × 2⅝&quot;, 30 por hoja</translation>
    </message>
    <message>
        <source>Brother DK-11202 — roll, 62 × 100 mm</source>
        <translation>Brother DK-11202 — rollo, 62 × 100 mm</translation>
    </message>
    <message>
        <source>Brother DK-11209 — roll, 62 × 29 mm</source>
        <translation>Brother DK-11209 — rollo, 62 × 29 mm</translation>
    </message>
    <message>
        <source>DYMO 11354 — roll, 57 × 32 mm</source>
        <translation>DYMO 11354 — rollo, 57 × 32 mm</translation>
    </message>
    <message>
        <source>DYMO 30332 — roll, 25 × 25 mm square</source>
        <translation>DYMO 30332 — rollo, 25 × 25 mm cuadradas</translation>
    </message>
    <message>
        <source>the first label must be between 1 and {last}</source>
        <translation>la primera etiqueta debe estar entre 1 y {last}</translation>
    </message>
    <message>
        <source>there is no label {label} on this sheet (1–{last})</source>
        <translation>no hay ninguna etiqueta {label} en esta hoja (1–{last})</translation>
    </message>
    <message>
        <source>marks must be one of {marks}</source>
        <translation>las marcas deben ser una de {marks}</translation>
    </message>
    <message>
        <source>the calibration offset must be within ±20 mm</source>
        <translation>el ajuste de calibración debe estar dentro de ±20 mm</translation>
    </message>
</context>
<context>
    <name>LoaderController</name>
    <message>
        <source>Reading folders…</source>
        <translation>Leyendo carpetas…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 releases loaded.</source>
        <translation>%1 ediciones cargadas.</translation>
    </message>
    <message>
        <source>Loading stopped</source>
        <translation>Carga detenida</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Carga cancelada</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>%1 de %2 cargadas</translation>
    </message>
    <message>
        <source>%1: %2 of %3 releases loaded. Refresh (F5) loads the rest.</source>
        <translation>%1: %2 de %3 ediciones cargadas. Actualizar (F5) carga el resto.</translation>
    </message>
    <message>
        <source>“%1” is not completely loaded: %2 of %3 loaded.</source>
        <translation>«%1» no está cargada del todo: %2 de %3 cargadas.</translation>
    </message>
    <message>
        <source>Refreshing: %1 of %2 read</source>
        <translation>Actualizando: %1 de %2 leídas</translation>
    </message>
    <message>
        <source>Refreshing: %1 read</source>
        <translation>Actualizando: %1 leídas</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>actualizado %1</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>actualizando…</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
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
        <translation>Usar un token</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Iniciar sesión con Discogs</translation>
    </message>
    <message>
        <source>You are exploring the demo collection. Sign in to see your own.</source>
        <translation>Estás explorando la colección de demostración. Inicia sesión para ver la tuya.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>The unsaved preview could not be kept on disk (see the log); it is tried again at the next change. Save it to a file to be safe.</source>
        <translation>No se pudo conservar en el disco la vista previa sin guardar (consulta el registro); se intentará de nuevo con el próximo cambio. Guárdala en un archivo para estar seguro.</translation>
    </message>
    <message>
        <source>Check some releases first.</source>
        <translation>Marca primero algunas ediciones.</translation>
    </message>
    <message>
        <source>Unsaved preview</source>
        <translation>Vista previa sin guardar</translation>
    </message>
    <message>
        <source>Restore the preview you did not save?</source>
        <translation>¿Restaurar la vista previa que no guardaste?</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>%1, edited %2</source>
        <translation>%1, editada %2</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Ticked records not loaded</source>
        <translation>Discos marcados sin cargar</translation>
    </message>
    <message>
        <source>1 ticked record is not in the library yet.</source>
        <translation>1 disco marcado aún no está en la biblioteca.</translation>
    </message>
    <message>
        <source>%1 ticked records are not in the library yet.</source>
        <translation>%1 discos marcados aún no están en la biblioteca.</translation>
    </message>
    <message>
        <source>Load the All folder first to include them, or preview the others without them.</source>
        <translation>Carga primero la carpeta «All» para incluirlos, o ve la vista previa de los demás sin ellos.</translation>
    </message>
    <message>
        <source>Load All first</source>
        <translation>Cargar «All» primero</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Dejarlos fuera</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Forget the saved Discogs sign-in on this computer?</source>
        <translation>¿Olvidar el inicio de sesión de Discogs guardado en este ordenador?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart now? Your folder, filters, ticks and an unsaved preview are kept.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio. ¿Reiniciar ahora? Se conservan tu carpeta, los filtros, las marcas y la vista previa sin guardar.</translation>
    </message>
    <message>
        <source>Discogs did not accept the saved sign-in (%1). Sign in again to continue; your checked releases are kept.</source>
        <translation>Discogs no ha aceptado el inicio de sesión guardado (%1). Vuelve a iniciar sesión para continuar; tus ediciones marcadas se conservan.</translation>
    </message>
    <message>
        <source>%1 Try again in a minute.</source>
        <translation>%1 Inténtalo de nuevo dentro de un minuto.</translation>
    </message>
    <message>
        <source>an earlier session</source>
        <translation>una sesión anterior</translation>
    </message>
    <message>
        <source>Offline — data from %1</source>
        <translation>Sin conexión — datos de %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <extracomment>How many unreadable entries the banner names; the rest are counted.</extracomment>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>1 entry could not be read: %1</source>
        <translation>No se ha podido leer 1 entrada: %1</translation>
    </message>
    <message>
        <source>%1 entries could not be read: %2</source>
        <translation>No se han podido leer %1 entradas: %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
</context>
<context>
    <name>MultiLineEditor</name>
    <message>
        <source>Bottom text</source>
        <extracomment>Any of these held with Enter makes a new line instead of committing.</extracomment>
        <translation>Texto inferior</translation>
    </message>
    <message>
        <source>Enter finishes editing; Shift+Enter starts a new line.</source>
        <translation>Intro termina la edición; Mayús+Intro empieza una línea nueva.</translation>
    </message>
</context>
<context>
    <name>PreviewColumns</name>
    <message>
        <source>Columns</source>
        <extracomment>The columns shown first, in this order; the rest of DEFAULT_VISIBLE follows.</extracomment>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todas</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Columnas predeterminadas</translation>
    </message>
</context>
<context>
    <name>PreviewHeader</name>
    <message>
        <source>Row %1, %2: %3</source>
        <extracomment>The problems link was clicked.</extracomment>
        <translation>Fila %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 from several folders</source>
        <translation>%1 de varias carpetas</translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation>%1 de «%2»</translation>
    </message>
    <message>
        <source>%1 exported before</source>
        <translation>%1 ya exportadas antes</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problema</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problemas</translation>
    </message>
</context>
<context>
    <name>PreviewHost</name>
    <message>
        <source>Preview</source>
        <extracomment>The edge of the current record&apos;s cover beside its sticker, in logical pixels.</extracomment>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Stickers…</source>
        <translation>Pegatinas…</translation>
    </message>
    <message>
        <source>Print sticker sheets, or save them as a PDF or images</source>
        <translation>Imprimir hojas de pegatinas o guardarlas como PDF o imágenes</translation>
    </message>
    <message>
        <source>Cover of the current row</source>
        <translation>Portada de la fila actual</translation>
    </message>
    <message>
        <source>Sticker of the current row</source>
        <translation>Pegatina de la fila actual</translation>
    </message>
    <message>
        <source>Preview (%1)</source>
        <translation>Vista previa (%1)</translation>
    </message>
    <message>
        <source>The unsaved preview could not be restored: its releases are no longer in this collection.</source>
        <translation>No se ha podido restaurar la vista previa sin guardar: sus ediciones ya no están en esta colección.</translation>
    </message>
    <message>
        <source>%1 of %2 rows restored; the others are no longer in your collection.</source>
        <translation>Se han restaurado %1 de %2 filas; las demás ya no están en tu colección.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Edit %1 in row %2</source>
        <translation>Editar %1 en la fila %2</translation>
    </message>
    <message>
        <source>Delete %n row(s)</source>
        <translation>Eliminar %n fila(s)</translation>
    </message>
    <message>
        <source>Move %n row(s)</source>
        <translation>Mover %n fila(s)</translation>
    </message>
    <message>
        <source>Reset %n row(s)</source>
        <translation>Restablecer %n fila(s)</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Aplicar plantilla</translation>
    </message>
    <message>
        <source>Preview again: %1 added, %2 removed</source>
        <extracomment>Emitted after any change to the rows (for problem counts and titles).</extracomment>
        <translation>Nueva vista previa: %1 añadidas, %2 quitadas</translation>
    </message>
    <message>
        <source>Restore the unsaved preview</source>
        <translation>Restaurar la vista previa sin guardar</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>Duplicar filas</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copiar filas</translation>
    </message>
    <message>
        <source>QR Factory 3 column “%1”</source>
        <extracomment>A row&apos;s cells, template cells and edited columns (what a rebuild changes and undo restores). The instances the rows were asked for (a deleted row&apos;s instance stays in here).</extracomment>
        <translation>Columna «%1» de QR Factory 3</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Edited by you (template gives “%1”).</source>
        <translation>Editada por ti (la plantilla da «%1»).</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Export preview</source>
        <extracomment>A CSV was written: its path and the instance ids it holds (in file order). The number of rows changed (build, merge, delete, duplicate, undo…). The row under the cursor changed or was edited: its 30 cells ([] for none).</extracomment>
        <translation>Vista previa de la exportación</translation>
    </message>
    <message>
        <source>Preview</source>
        <extracomment>The table and, once :meth:`set_side_widget` is called, a widget beside it.</extracomment>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save the rows as a QR Factory 3 CSV file</source>
        <translation>Guardar las filas como archivo CSV para QR Factory 3</translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1</source>
        <translation>No se han podido guardar tus ajustes: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>&amp;Eliminar filas</translation>
    </message>
    <message>
        <source>Leave the selected rows out of this file</source>
        <translation>Dejar las filas seleccionadas fuera de este archivo</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Add a copy of the selected rows</source>
        <translation>Añadir una copia de las filas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Reset row</source>
        <translation>Res&amp;tablecer fila</translation>
    </message>
    <message>
        <source>Build the selected rows again from the template</source>
        <translation>Volver a crear las filas seleccionadas a partir de la plantilla</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Copiar como CSV</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>&amp;Plantilla…</translation>
    </message>
    <message>
        <source>Caption, file name and column defaults</source>
        <translation>Texto, nombre de archivo y valores predeterminados de las columnas</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>File options</source>
        <translation>Opciones de archivo</translation>
    </message>
    <message>
        <source>Start with a BOM (for Excel)</source>
        <translation>Empezar con BOM (para Excel)</translation>
    </message>
    <message>
        <source>Unix line ends (LF, not CRLF)</source>
        <translation>Finales de línea Unix (LF, no CRLF)</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>Added 1 row</source>
        <translation>Se ha añadido 1 fila</translation>
    </message>
    <message>
        <source>Added %1 rows</source>
        <translation>Se han añadido %1 filas</translation>
    </message>
    <message>
        <source>removed 1 unedited row of a record no longer checked</source>
        <translation>se ha quitado 1 fila sin editar de un disco que ya no está marcado</translation>
    </message>
    <message>
        <source>removed %1 unedited rows of records no longer checked</source>
        <translation>se han quitado %1 filas sin editar de discos que ya no están marcados</translation>
    </message>
    <message>
        <source>kept 1 edited row of a record no longer checked</source>
        <translation>se ha conservado 1 fila editada de un disco que ya no está marcado</translation>
    </message>
    <message>
        <source>kept %1 edited rows of records no longer checked</source>
        <translation>se han conservado %1 filas editadas de discos que ya no están marcados</translation>
    </message>
    <message>
        <source>1 row you deleted stays out</source>
        <translation>1 fila que eliminaste sigue fuera</translation>
    </message>
    <message>
        <source>%1 rows you deleted stay out</source>
        <translation>%1 filas que eliminaste siguen fuera</translation>
    </message>
    <message>
        <source>The preview already holds these records; nothing changed.</source>
        <translation>La vista previa ya contiene estos discos; no ha cambiado nada.</translation>
    </message>
    <message>
        <source>your edits are kept</source>
        <translation>tus cambios se conservan</translation>
    </message>
    <message>
        <source>Undo puts the preview back as it was</source>
        <translation>Deshacer deja la vista previa como estaba</translation>
    </message>
    <message>
        <source>Apply the new template?</source>
        <translation>¿Aplicar la nueva plantilla?</translation>
    </message>
    <message>
        <source>Rebuild the preview rows with the new template?</source>
        <translation>¿Volver a crear las filas de la vista previa con la nueva plantilla?</translation>
    </message>
    <message>
        <source>Some cells were edited by hand. You can keep them or start again (Undo brings them back).</source>
        <translation>Algunas celdas se editaron a mano. Puedes conservarlas o empezar de nuevo (Deshacer las recupera).</translation>
    </message>
    <message>
        <source>Keep my edited cells</source>
        <translation>Conservar mis celdas editadas</translation>
    </message>
    <message>
        <source>Replace everything</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>Don’t rebuild</source>
        <translation>No volver a crear</translation>
    </message>
</context>
<context>
    <name>PreviewSaver</name>
    <message>
        <source>Save QR Factory CSV</source>
        <translation>Guardar CSV para QR Factory</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>There are no rows to save.</source>
        <translation>No hay filas que guardar.</translation>
    </message>
    <message>
        <source>Fix this cell before saving — %1</source>
        <translation>Corrige esta celda antes de guardar — %1</translation>
    </message>
    <message>
        <source>Could not save: %1 Nothing was written and your rows are unchanged.</source>
        <translation>No se ha podido guardar: %1 No se ha escrito nada y tus filas no han cambiado.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>(The export history could not be updated.)</source>
        <translation>(No se ha podido actualizar el historial de exportaciones.)</translation>
    </message>
    <message>
        <source>Saved %1 to “%2”.</source>
        <translation>%1 guardadas en «%2».</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Rows to export</source>
        <translation>Filas para exportar</translation>
    </message>
    <message>
        <source>Drag a selected row&apos;s number to move the rows</source>
        <translation>Arrastra el número de una fila seleccionada para mover las filas</translation>
    </message>
</context>
<context>
    <name>PrintedController</name>
    <message>
        <source>Reading the records on Discogs before marking them…</source>
        <extracomment>(field name, records) -&gt; True to go ahead: asked once, before the first write ever. (field name, {instance id: value found on Discogs}) -&gt; REPLACE, SKIP or LATER (True and False stand for REPLACE and SKIP).</extracomment>
        <translation>Leyendo los discos en Discogs antes de marcarlos…</translation>
    </message>
    <message>
        <source>Marking on Discogs stopped; the rest is written later.</source>
        <translation>Se ha detenido el marcado en Discogs; el resto se escribirá más tarde.</translation>
    </message>
    <message>
        <source>%1 marks stay queued; you are asked again next time.</source>
        <translation>%1 marcas siguen en cola; se te volverá a preguntar la próxima vez.</translation>
    </message>
    <message>
        <source>Marking on Discogs failed; it is tried again later.</source>
        <translation>Ha fallado el marcado en Discogs; se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>unos segundos</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>alrededor de un minuto</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>alrededor de %1 minutos</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>alrededor de %1 horas</translation>
    </message>
    <message>
        <source>Marking on Discogs: %1 marks, %2</source>
        <translation>Marcando en Discogs: %1 marcas, %2</translation>
    </message>
    <message>
        <source>(at once: they fit in the Discogs rate limit)…</source>
        <translation>(de una vez: caben en el límite de solicitudes de Discogs)…</translation>
    </message>
    <message>
        <source>(one every %1 s, the Discogs rate limit)…</source>
        <translation>(una cada %1 s, el límite de solicitudes de Discogs)…</translation>
    </message>
    <message>
        <source>Marked %1 of %2 records as printed on Discogs.</source>
        <translation>Se han marcado como impresos en Discogs %1 de %2 discos.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>Kept %1 values you wrote: %2.</source>
        <translation>Se han conservado %1 valores que escribiste: %2.</translation>
    </message>
    <message>
        <source>Stopped: %1 The other %2 are kept and written later.</source>
        <translation>Detenido: %1 Los otros %2 se conservan y se escribirán más tarde.</translation>
    </message>
    <message>
        <source>%1 failed; %2 of them are tried again later.</source>
        <translation>%1 han fallado; %2 de ellos se volverán a intentar más tarde.</translation>
    </message>
    <message>
        <source>Nothing was lost: the records stay marked as exported here.</source>
        <translation>No se ha perdido nada: los discos siguen marcados aquí como exportados.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
</context>
<context>
    <name>PrintedQuestions</name>
    <message>
        <source>Mark as printed on Discogs</source>
        <translation>Marcar como impresos en Discogs</translation>
    </message>
    <message>
        <source>Write today&apos;s date into your Discogs field “%1” for the %2 exported records?</source>
        <translation>¿Escribir la fecha de hoy en tu campo de Discogs «%1» para los %2 discos exportados?</translation>
    </message>
    <message>
        <source>This changes your collection on Discogs. Each record&apos;s field is read first, and a value you wrote yourself is kept unless you choose to replace it. Up to about 60 marks go at once; more go at the Discogs rate limit, about one a second. You can stop them at any time, and turn this off in Settings.</source>
        <translation>Esto cambia tu colección en Discogs. Primero se lee el campo de cada disco, y un valor que escribiste tú se conserva salvo que elijas reemplazarlo. Hasta unas 60 marcas se envían de una vez; el resto, al ritmo del límite de solicitudes de Discogs, más o menos una por segundo. Puedes detenerlas en cualquier momento y desactivar esto en Ajustes.</translation>
    </message>
    <message>
        <source>%1 of the records have something else in “%2” on Discogs.</source>
        <translation>%1 de los discos tienen otra cosa en «%2» en Discogs.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>They hold: %1. Replace writes the mark over exactly these values; Skip keeps them; Don&apos;t mark now keeps these marks queued for later.</source>
        <translation>Contienen: %1. Reemplazar escribe la marca sobre exactamente esos valores; Omitir los conserva; No marcar ahora deja estas marcas en cola para más tarde.</translation>
    </message>
    <message>
        <source>Don&apos;t mark now</source>
        <translation>No marcar ahora</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Skip those</source>
        <translation>Omitir esos</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Reemplazarlos</translation>
    </message>
</context>
<context>
    <name>ReleaseModel</name>
    <message>
        <source>Last exported on %1</source>
        <translation>Exportada por última vez el %1</translation>
    </message>
    <message numerus="yes">
        <source>Rated %n of 5</source>
        <translation>
            <numerusform>Valorada con %n de 5</numerusform>
            <numerusform>Valorada con %n de 5</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>Your Discogs collection field “%1”</source>
        <translation>Tu campo de colección de Discogs «%1»</translation>
    </message>
    <message>
        <source>Check or uncheck all shown releases</source>
        <translation>Marcar o desmarcar todas las ediciones mostradas</translation>
    </message>
    <message>
        <source>Cover (hover for a larger one)</source>
        <translation>Portada (pasa el puntero para verla más grande)</translation>
    </message>
    <message>
        <source>When the release was last saved to a QR Factory CSV</source>
        <translation>Cuándo se guardó la edición por última vez en un CSV para QR Factory</translation>
    </message>
    <message>
        <source>Last exported on %1; the sticker would now read differently (reprint it)</source>
        <translation>Exportada por última vez el %1; la pegatina ahora cambiaría (vuelve a imprimirla)</translation>
    </message>
    <message>
        <source>%1 · changed</source>
        <translation>%1 · cambiada</translation>
    </message>
    <message>
        <source>Artist</source>
        <extracomment>Column titles (translated when shown, context &quot;ReleaseModel&quot;).</extracomment>
        <translation>Artista</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Sello</translation>
    </message>
    <message>
        <source>Cat#</source>
        <translation>N.º cat.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Cover</source>
        <extracomment>Emitted after checks change (any folder). Emitted after the collection field columns changed (added, renamed or removed). Emitted after rows were replaced in place by newer data (:meth:`update_rows`). Where the cover column&apos;s pictures come from (None: no covers), and their edge in device pixels.</extracomment>
        <translation>Portada</translation>
    </message>
</context>
<context>
    <name>ReleaseTable</name>
    <message>
        <source>Releases</source>
        <extracomment>Row heights with covers (the cover is the row less a small margin) and without.</extracomment>
        <translation>Ediciones</translation>
    </message>
    <message>
        <source>The first column ticks a release for the preview, the CSV and the stickers; Space ticks the current row.</source>
        <translation>La primera columna marca una edición para la vista previa, el CSV y las pegatinas; la barra espaciadora marca la fila actual.</translation>
    </message>
    <message>
        <source>Collection fields</source>
        <translation>Campos de la colección</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Restablecer columnas</translation>
    </message>
</context>
<context>
    <name>SelectionController</name>
    <message>
        <source>Finding the ticked records…</source>
        <extracomment>The ticked instances (shown first, in table order) and the ticked ids not found.</extracomment>
        <translation>Buscando los discos marcados…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Local library</source>
        <translation>Biblioteca local</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>Tamaño de la caché</translation>
    </message>
    <message>
        <source>Clear cache…</source>
        <translation>Vaciar caché…</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Vaciar caché</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Archivos CSV</translation>
    </message>
    <message>
        <source>Start with a byte order mark (BOM)</source>
        <translation>Empezar con una marca de orden de bytes (BOM)</translation>
    </message>
    <message>
        <source>Unix line ends (LF instead of CRLF)</source>
        <translation>Finales de línea Unix (LF en lugar de CRLF)</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Portadas</translation>
    </message>
    <message>
        <source>Show covers (downloaded from Discogs)</source>
        <translation>Mostrar portadas (descargadas de Discogs)</translation>
    </message>
    <message>
        <source>Off: no cover is downloaded; the table shows text only</source>
        <translation>Desactivado: no se descarga ninguna portada; la tabla solo muestra texto</translation>
    </message>
    <message>
        <source>Cover cache limit</source>
        <translation>Límite de la caché de portadas</translation>
    </message>
    <message>
        <source>At most this much disk space for covers; the oldest are dropped first</source>
        <translation>Como máximo este espacio en disco para portadas; las más antiguas se borran primero</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Guardar como máximo</translation>
    </message>
    <message>
        <source>Cover cache size</source>
        <translation>Tamaño de la caché de portadas</translation>
    </message>
    <message>
        <source>Clear cover cache</source>
        <translation>Vaciar caché de portadas</translation>
    </message>
    <message>
        <source>Covers kept on this computer: %1</source>
        <translation>Portadas guardadas en este ordenador: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>The app starts again in the new language</source>
        <translation>La aplicación se reinicia en el nuevo idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>On Discogs</source>
        <translation>En Discogs</translation>
    </message>
    <message>
        <source>Mark printed records in</source>
        <translation>Marcar discos impresos en</translation>
    </message>
    <message>
        <source>After a CSV or sticker sheet is made, write e.g. “QR 2026-12-05” into this collection field of each exported record, so every computer knows it is printed</source>
        <translation>Después de crear un CSV o una hoja de pegatinas, escribir p. ej. «QR 2026-12-05» en este campo de la colección de cada disco exportado, para que cualquier ordenador sepa que está impreso</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>No local library for this collection.</source>
        <translation>No hay biblioteca local para esta colección.</translation>
    </message>
    <message>
        <source>Cached collection data: %1</source>
        <translation>Datos de la colección en caché: %1</translation>
    </message>
    <message>
        <source>Delete the locally cached collection? It is read from Discogs again the next time a folder is opened. Your export history is kept.</source>
        <translation>¿Borrar la colección guardada localmente en caché? Se volverá a leer de Discogs la próxima vez que se abra una carpeta. Tu historial de exportaciones se conserva.</translation>
    </message>
</context>
<context>
    <name>SheetMap</name>
    <message>
        <source>Sheet map: click the labels already used</source>
        <translation>Mapa de la hoja: haz clic en las etiquetas ya usadas</translation>
    </message>
    <message>
        <source>Each box is one label of the sheet; the stickers fill the free labels from the starting label on. Arrow keys move between labels, Space marks a label used or free, the menu key offers to print the shown sticker on a free label.</source>
        <translation>Cada casilla es una etiqueta de la hoja; las pegatinas rellenan las etiquetas libres a partir de la etiqueta inicial. Las flechas mueven entre etiquetas, Espacio marca una etiqueta como usada o libre, y la tecla de menú ofrece imprimir la pegatina mostrada en una etiqueta libre.</translation>
    </message>
    <message>
        <source>Click the labels already used on this sheet to skip them. Right-click a free label to print the shown sticker on it.</source>
        <translation>Haz clic en las etiquetas ya usadas de esta hoja para saltarlas. Haz clic derecho en una etiqueta libre para imprimir en ella la pegatina mostrada.</translation>
    </message>
    <message>
        <source>&amp;Print this sticker here…</source>
        <translation>&amp;Imprimir esta pegatina aquí…</translation>
    </message>
    <message>
        <source>&amp;Save this sticker here as PDF…</source>
        <translation>&amp;Guardar esta pegatina aquí como PDF…</translation>
    </message>
    <message>
        <source>&amp;Mark as used</source>
        <translation>&amp;Marcar como usada</translation>
    </message>
    <message>
        <source>&amp;Mark as free</source>
        <translation>&amp;Marcar como libre</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Discogs</source>
        <translation>Iniciar sesión en Discogs</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Iniciar sesión con Discogs</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Token de acceso personal</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <source>Discogs opens in the browser and asks you to allow access; this window then continues by itself.</source>
        <translation>Discogs se abre en el navegador y te pide que permitas el acceso; después esta ventana continúa sola.</translation>
    </message>
    <message>
        <source>Discogs asks each desktop app for its own key. Register an application at &lt;a href=&quot;%1&quot;&gt;Discogs → Settings → Developers&lt;/a&gt; (any name; the callback URL can stay empty), then copy its consumer key and secret here.</source>
        <translation>Discogs pide a cada aplicación de escritorio su propia clave. Registra una aplicación en &lt;a href=&quot;%1&quot;&gt;Discogs → Ajustes → Desarrolladores&lt;/a&gt; (cualquier nombre; la URL de retorno puede quedar vacía) y copia aquí su consumer key y su consumer secret.</translation>
    </message>
    <message>
        <source>Your own application key</source>
        <translation>Tu propia clave de aplicación</translation>
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
        <translation>&amp;Abrir Discogs en el navegador</translation>
    </message>
    <message>
        <source>Open Discogs in the browser</source>
        <translation>Abrir Discogs en el navegador</translation>
    </message>
    <message>
        <source>Address to open in a browser</source>
        <translation>Dirección para abrir en un navegador</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copiar la dirección</translation>
    </message>
    <message>
        <source>If the browser cannot come back here, paste the code or address</source>
        <translation>Si el navegador no puede volver aquí, pega el código o la dirección</translation>
    </message>
    <message>
        <source>Code from Discogs</source>
        <translation>Código de Discogs</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Continue with the pasted code</source>
        <translation>Continuar con el código pegado</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open &lt;a href=&quot;%1&quot;&gt;Discogs → Settings → Developers&lt;/a&gt; (sign in to Discogs there if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate new token&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the token, paste it below and click &lt;b&gt;Sign in&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;The token gives this app access to your collection until you revoke it there.</source>
        <translation>&lt;ol&gt;&lt;li&gt;Abre &lt;a href=&quot;%1&quot;&gt;Discogs → Ajustes → Desarrolladores&lt;/a&gt; (inicia sesión en Discogs si te lo pide).&lt;/li&gt;&lt;li&gt;Haz clic en &lt;b&gt;Generar nuevo token&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copia el token, pégalo abajo y haz clic en &lt;b&gt;Iniciar sesión&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;El token da a esta aplicación acceso a tu colección hasta que lo revoques allí.</translation>
    </message>
    <message>
        <source>Open the &amp;developer settings</source>
        <translation>Abrir los ajustes de &amp;desarrollador</translation>
    </message>
    <message>
        <source>Open the Discogs developer settings</source>
        <translation>Abrir los ajustes de desarrollador de Discogs</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in with the token</source>
        <translation>Iniciar sesión con el token</translation>
    </message>
    <message>
        <source>Where to keep the sign-in</source>
        <translation>Dónde guardar el inicio de sesión</translation>
    </message>
    <message>
        <source>For this session only (sign in again next time)</source>
        <translation>Solo para esta sesión (volver a iniciar sesión la próxima vez)</translation>
    </message>
    <message>
        <source>In an UNENCRYPTED file on this computer, readable by your user account:</source>
        <translation>En un archivo SIN CIFRAR en este ordenador, legible por tu cuenta de usuario:</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer.</source>
        <translation>No hay ningún llavero seguro disponible en este ordenador.</translation>
    </message>
    <message>
        <source>Enter the consumer key and secret first.</source>
        <translation>Introduce primero la consumer key y el consumer secret.</translation>
    </message>
    <message>
        <source>Asking Discogs for a sign-in address…</source>
        <translation>Pidiendo a Discogs una dirección de inicio de sesión…</translation>
    </message>
    <message>
        <source>Allow access in the browser; this window continues by itself.</source>
        <translation>Permite el acceso en el navegador; esta ventana continúa sola.</translation>
    </message>
    <message>
        <source>Allow access in the browser, then paste the code here.</source>
        <translation>Permite el acceso en el navegador y luego pega aquí el código.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>Dirección copiada.</translation>
    </message>
    <message>
        <source>Paste a personal access token first.</source>
        <translation>Pega primero un token de acceso personal.</translation>
    </message>
    <message>
        <source>Checking the token with Discogs…</source>
        <translation>Comprobando el token con Discogs…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>waiting %1 s for the Discogs rate limit</source>
        <translation>esperando %1 s por el límite de solicitudes de Discogs</translation>
    </message>
    <message>
        <source>Discogs did not answer properly; trying again in %1 s</source>
        <translation>Discogs no ha respondido bien; nuevo intento en %1 s</translation>
    </message>
    <message>
        <source>waiting %1 s: %2</source>
        <translation>esperando %1 s: %2</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>Estado de la carga</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progreso de la carga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Cancelar la carga</translation>
    </message>
    <message>
        <source>Stop loading; what is loaded stays, and Refresh loads the rest</source>
        <translation>Detener la carga; lo cargado se queda, y Actualizar carga el resto</translation>
    </message>
</context>
<context>
    <name>StickerPreview</name>
    <message>
        <source>Sticker preview</source>
        <translation>Vista previa de la pegatina</translation>
    </message>
    <message>
        <source>How the sticker of the current row prints: its QR code and its caption</source>
        <translation>Cómo se imprime la pegatina de la fila actual: su código QR y su texto</translation>
    </message>
</context>
<context>
    <name>StickersDialog</name>
    <message>
        <source>Stickers</source>
        <translation>Pegatinas</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>Hoja de etiquetas</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>Esta hoja</translation>
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
        <translation>Desplazamiento de la impresora:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Label outlines</source>
        <translation>Contornos de etiqueta</translation>
    </message>
    <message>
        <source>Cut marks</source>
        <translation>Marcas de corte</translation>
    </message>
    <message>
        <source>&amp;Marks:</source>
        <translation>&amp;Marcas:</translation>
    </message>
    <message>
        <source>The rows&apos; font (BottomTextFont)</source>
        <translation>La fuente de las filas (BottomTextFont)</translation>
    </message>
    <message>
        <source>This font:</source>
        <translation>Esta fuente:</translation>
    </message>
    <message>
        <source>Caption font:</source>
        <translation>Fuente del texto:</translation>
    </message>
    <message>
        <source>Fit the label</source>
        <translation>Ajustar a la etiqueta</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Caption &amp;size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>PNG pictures</source>
        <translation>Imágenes PNG</translation>
    </message>
    <message>
        <source>SVG drawings</source>
        <translation>Dibujos SVG</translation>
    </message>
    <message>
        <source>Print at 100 % (actual size): turn off “Fit to page” or “Scale to fit” in the print dialog, or the stickers will miss the labels.</source>
        <translation>Imprime al 100 % (tamaño real): desactiva «Ajustar a la página» o «Escalar para ajustar» en el cuadro de impresión, o las pegatinas no caerán sobre las etiquetas.</translation>
    </message>
    <message>
        <source>&amp;Test page…</source>
        <translation>Página de pr&amp;ueba…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save &amp;images…</source>
        <translation>Guardar imá&amp;genes…</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Not usable: %1.</source>
        <translation>No válido: %1.</translation>
    </message>
    <message>
        <source>Save stickers as PDF</source>
        <translation>Guardar pegatinas como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sheet in the printer</source>
        <translation>Hoja en la impresora</translation>
    </message>
    <message>
        <source>A sheet printed on before: printing goes on at its first free label</source>
        <translation>Una hoja ya usada antes: la impresión sigue en su primera etiqueta libre</translation>
    </message>
    <message>
        <source>Fres&amp;h sheet</source>
        <translation>Hoja nue&amp;va</translation>
    </message>
    <message>
        <source>Start a fresh sheet</source>
        <translation>Empezar una hoja nueva</translation>
    </message>
    <message>
        <source>Print from the first label of a new sheet</source>
        <translation>Imprimir desde la primera etiqueta de una hoja nueva</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>Empezar en la etiqueta</translation>
    </message>
    <message>
        <source>Start &amp;at label:</source>
        <translation>Empe&amp;zar en la etiqueta:</translation>
    </message>
    <message>
        <source>Printer offset to the right</source>
        <translation>Desplazamiento de la impresora a la derecha</translation>
    </message>
    <message>
        <source>Printer offset down</source>
        <translation>Desplazamiento de la impresora hacia abajo</translation>
    </message>
    <message>
        <source>Ima&amp;ges as:</source>
        <translation>Imágenes &amp;como:</translation>
    </message>
    <message>
        <source>Sticker shown</source>
        <translation>Pegatina mostrada</translation>
    </message>
    <message>
        <source>Stic&amp;ker:</source>
        <translation>Peg&amp;atina:</translation>
    </message>
    <message>
        <source>Sh&amp;eet in the printer:</source>
        <translation>&amp;Hoja en la impresora:</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>Forget this sheet</source>
        <translation>Olvidar esta hoja</translation>
    </message>
    <message>
        <source>This sheet is used up or thrown away</source>
        <translation>Esta hoja está agotada o se ha tirado</translation>
    </message>
    <message>
        <source>Click the labels already used. Right-click a free label to print the sticker shown above on it.</source>
        <translation>Haz clic en las etiquetas ya usadas. Haz clic derecho en una etiqueta libre para imprimir en ella la pegatina mostrada arriba.</translation>
    </message>
    <message>
        <source>Stickers status</source>
        <translation>Estado de las pegatinas</translation>
    </message>
    <message>
        <source>What will be printed</source>
        <translation>Qué se va a imprimir</translation>
    </message>
    <message>
        <source>One size for the whole sheet</source>
        <translation>Un tamaño para toda la hoja</translation>
    </message>
    <message>
        <source>Each label its own size</source>
        <translation>Cada etiqueta con su tamaño</translation>
    </message>
    <message>
        <source>Caption &amp;fit:</source>
        <translation>A&amp;juste del texto:</translation>
    </message>
    <message>
        <source>Record icon in the middle (a smaller code, less margin)</source>
        <translation>Icono de disco en el centro (código más pequeño, menos margen)</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>As the rows say</source>
        <translation>Como dicen las filas</translation>
    </message>
    <message>
        <source>Shorter: discogs.com/… without www</source>
        <translation>Más corto: discogs.com/… sin www</translation>
    </message>
    <message>
        <source>Smallest code: in capitals, HTTPS://DISCOGS.COM/RELEASE/…</source>
        <translation>Código más pequeño: en mayúsculas, HTTPS://DISCOGS.COM/RELEASE/…</translation>
    </message>
    <message>
        <source>&amp;Links printed:</source>
        <translation>En&amp;laces impresos:</translation>
    </message>
    <message>
        <source>A fresh sheet</source>
        <translation>Una hoja nueva</translation>
    </message>
    <message>
        <source>%1, %2 free, %3</source>
        <translation>%1, %2 libres, %3</translation>
    </message>
    <message>
        <source>%1 stickers on %2 page(s), from label %3.</source>
        <translation>%1 pegatinas en %2 página(s), desde la etiqueta %3.</translation>
    </message>
    <message>
        <source>Saved %1 stickers on %2 page(s) to %3; every code decoded.</source>
        <translation>Se han guardado %1 pegatinas en %2 página(s) en %3; se han leído todos los códigos.</translation>
    </message>
    <message>
        <source>Print stickers</source>
        <translation>Imprimir pegatinas</translation>
    </message>
    <message>
        <source>Sent %1 stickers on %2 page(s) to %3; every code decoded.</source>
        <translation>Se han enviado %1 pegatinas en %2 página(s) a %3; se han leído todos los códigos.</translation>
    </message>
    <message>
        <source>Sent the sticker to label %4 on %3; its code decoded.</source>
        <translation>Se ha enviado la pegatina a la etiqueta %4 en %3; su código se ha leído.</translation>
    </message>
    <message>
        <source>Save the sticker as PDF</source>
        <translation>Guardar la pegatina como PDF</translation>
    </message>
    <message>
        <source>Saved the sticker on label %4 to %3; its code decoded.</source>
        <translation>Se ha guardado la pegatina de la etiqueta %4 en %3; su código se ha leído.</translation>
    </message>
    <message>
        <source>Save sticker images in</source>
        <translation>Guardar imágenes de pegatinas en</translation>
    </message>
    <message>
        <source>Saved %1 images in %3; every code decoded.</source>
        <translation>Se han guardado %1 imágenes en %3; se han leído todos los códigos.</translation>
    </message>
    <message>
        <source>Characters no font has</source>
        <translation>Caracteres que ninguna fuente tiene</translation>
    </message>
    <message>
        <source>%1 caption(s) have characters that no installed font can print: they would print as empty boxes.</source>
        <translation>%1 texto(s) tienen caracteres que ninguna fuente instalada puede imprimir: saldrían como recuadros vacíos.</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Guardar &amp;de todos modos</translation>
    </message>
    <message>
        <source>&amp;Remove the characters</source>
        <translation>&amp;Quitar los caracteres</translation>
    </message>
    <message>
        <source>Save a test page</source>
        <translation>Guardar una página de prueba</translation>
    </message>
    <message>
        <source>Saved the test page to %1. Print it at 100 % on plain paper, hold it against a label sheet, and set the offset.</source>
        <translation>Se ha guardado la página de prueba en %1. Imprímela al 100 % en papel normal, ponla contra una hoja de etiquetas y ajusta el desplazamiento.</translation>
    </message>
    <message>
        <source>Checking every code and drawing %1 stickers…</source>
        <translation>Comprobando todos los códigos y dibujando %1 pegatinas…</translation>
    </message>
    <message>
        <source>The export history could not be updated.</source>
        <translation>No se ha podido actualizar el historial de exportaciones.</translation>
    </message>
    <message>
        <source>%1 code(s) scan with little margin: %2</source>
        <translation>%1 código(s) se leen con poco margen: %2</translation>
    </message>
    <message>
        <source>Used labels %1.</source>
        <translation>Etiquetas usadas: %1.</translation>
    </message>
    <message>
        <source>No label is left free: the next print starts a fresh sheet.</source>
        <translation>No queda ninguna etiqueta libre: la próxima impresión empieza una hoja nueva.</translation>
    </message>
    <message>
        <source>%1 labels stay free on the sheet in the printer; the next print starts at label %2.</source>
        <translation>Quedan %1 etiquetas libres en la hoja de la impresora; la próxima impresión empieza en la etiqueta %2.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Export template</source>
        <translation>Plantilla de exportación</translation>
    </message>
    <message>
        <source>Template parts</source>
        <translation>Partes de la plantilla</translation>
    </message>
    <message>
        <source>Caption &amp;&amp; file name</source>
        <translation>Texto &amp;&amp; nombre de archivo</translation>
    </message>
    <message>
        <source>Column defaults</source>
        <translation>Valores predeterminados de las columnas</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <source>The values the app starts with</source>
        <translation>Los valores con los que empieza la aplicación</translation>
    </message>
    <message>
        <source>Load a template file someone shared</source>
        <translation>Cargar un archivo de plantilla que alguien ha compartido</translation>
    </message>
    <message>
        <source>Save this template as a file to share</source>
        <translation>Guardar esta plantilla como archivo para compartir</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Caption template</source>
        <translation>Plantilla del texto</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>Plantilla del nombre de archivo</translation>
    </message>
    <message>
        <source>QR content template</source>
        <translation>Plantilla del contenido QR</translation>
    </message>
    <message>
        <source>Caption (BottomText):</source>
        <translation>Texto (BottomText):</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nombre de archivo:</translation>
    </message>
    <message>
        <source>QR code content:</source>
        <translation>Contenido del código QR:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Use the artist name as credited on the release (ANV)</source>
        <translation>Usar el nombre del artista tal como aparece acreditado en la edición (ANV)</translation>
    </message>
    <message>
        <source>Text for an unknown year</source>
        <translation>Texto para un año desconocido</translation>
    </message>
    <message>
        <source>Protect cells starting with = + - @ for spreadsheets</source>
        <translation>Proteger las celdas que empiezan por = + - @ para hojas de cálculo</translation>
    </message>
    <message>
        <source>Adds an apostrophe; QR Factory then prints it too. Off by default.</source>
        <translation>Añade un apóstrofo; QR Factory también lo imprime. Desactivado de forma predeterminada.</translation>
    </message>
    <message>
        <source>Icon file</source>
        <translation>Archivo de icono</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Unknown year:</source>
        <translation>Año desconocido:</translation>
    </message>
    <message>
        <source>Icon in the code:</source>
        <translation>Icono en el código:</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Your collection note field “%1”</source>
        <translation>Tu campo de notas de la colección «%1»</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <source>Insert at the cursor of the template you last edited</source>
        <translation>Insertar en el cursor de la última plantilla que editaste</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Disco:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>QR content:</source>
        <translation>Contenido QR:</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, línea %2, columna %3</translation>
    </message>
    <message>
        <source>%1, column %3</source>
        <translation>%1, columna %3</translation>
    </message>
    <message>
        <source>Fix the problems first</source>
        <translation>Corrige primero los problemas</translation>
    </message>
    <message>
        <source>(no record to show)</source>
        <translation>(ningún disco que mostrar)</translation>
    </message>
    <message>
        <source>No icon: the code is plain.</source>
        <translation>Sin icono: el código es sencillo.</translation>
    </message>
    <message>
        <source>A relative path: QR Factory may look for it beside the CSV file. Choose the file to store its full path.</source>
        <translation>Una ruta relativa: puede que QR Factory la busque junto al archivo CSV. Elige el archivo para guardar su ruta completa.</translation>
    </message>
    <message>
        <source>⚠ “%1” does not exist on this computer.</source>
        <translation>⚠ «%1» no existe en este ordenador.</translation>
    </message>
    <message>
        <source>✓ The icon file exists.</source>
        <translation>✓ El archivo de icono existe.</translation>
    </message>
    <message>
        <source>Choose the icon</source>
        <translation>Elegir el icono</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>Imágenes (*.svg *.png *.jpg *.jpeg *.pdf *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Importar plantilla</translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation>Plantillas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Plantillas (*.json)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>“%1” could not be imported: %2</source>
        <translation>No se ha podido importar «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se ha podido escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Artists as Discogs shows them (joins, no “(2)”, ANV when chosen)</source>
        <extracomment>Every placeholder with a short description (shown by the template editor&apos;s picker).</extracomment>
        <translation>Artistas tal como los muestra Discogs (con uniones, sin «(2)», ANV si se elige)</translation>
    </message>
    <message>
        <source>Release title</source>
        <translation>Título de la edición</translation>
    </message>
    <message>
        <source>Release year (“unknown” when Discogs has 0)</source>
        <translation>Año de la edición («unknown» cuando Discogs tiene 0)</translation>
    </message>
    <message>
        <source>Collection folder name</source>
        <translation>Nombre de la carpeta de la colección</translation>
    </message>
    <message>
        <source>First format name, e.g. Vinyl</source>
        <translation>Primer nombre de formato, p. ej. Vinyl</translation>
    </message>
    <message>
        <source>Record size: 12&quot;, 10&quot; or 7&quot; (LP ⇒ 12&quot;)</source>
        <translation>Tamaño del disco: 12&quot;, 10&quot; o 7&quot; (LP ⇒ 12&quot;)</translation>
    </message>
    <message>
        <source>Format descriptions, e.g. LP, Album</source>
        <translation>Descripciones del formato, p. ej. LP, Album</translation>
    </message>
    <message>
        <source>Full format, e.g. 2 × Vinyl, LP, Album</source>
        <translation>Formato completo, p. ej. 2 × Vinyl, LP, Album</translation>
    </message>
    <message>
        <source>First label</source>
        <translation>Primer sello</translation>
    </message>
    <message>
        <source>Catalogue number</source>
        <translation>Número de catálogo</translation>
    </message>
    <message>
        <source>Discogs release id</source>
        <translation>Id de la edición en Discogs</translation>
    </message>
    <message>
        <source>Collection instance id (distinct for two copies)</source>
        <translation>Id del ejemplar en la colección (distinto para dos copias)</translation>
    </message>
    <message>
        <source>Date added to the collection (YYYY-MM-DD)</source>
        <translation>Fecha en que se añadió a la colección (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Your rating (0–5)</source>
        <translation>Tu valoración (0–5)</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Géneros</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation>Estilos</translation>
    </message>
    <message>
        <source>All collection notes</source>
        <translation>Todas las notas de la colección</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Discogs QR Export</source>
        <translation>Discogs QR Export</translation>
    </message>
    <message>
        <source>Pick records from your Discogs collection and print a QR sticker for each: on label sheets, a label printer or as images, or as a batch file for QR Factory 3.</source>
        <translation>Elige discos de tu colección de Discogs e imprime para cada uno una pegatina QR: en hojas de etiquetas, con una impresora de etiquetas o como imágenes, o como archivo por lotes para QR Factory 3.</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Iniciar sesión con Discogs</translation>
    </message>
    <message>
        <source>Use a personal access token</source>
        <translation>Usar un token de acceso personal</translation>
    </message>
    <message>
        <source>Explore the demo collection</source>
        <translation>Explorar la colección de demostración</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open the Discogs developer settings (sign in there if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate new token&lt;/b&gt; and copy it.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Use a personal access token&lt;/b&gt; above and paste it.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Abre los ajustes de desarrollador de Discogs (inicia sesión allí si te lo pide).&lt;/li&gt;&lt;li&gt;Haz clic en &lt;b&gt;Generar nuevo token&lt;/b&gt; y cópialo.&lt;/li&gt;&lt;li&gt;Haz clic arriba en &lt;b&gt;Usar un token de acceso personal&lt;/b&gt; y pégalo.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open the developer settings</source>
        <translation>Abrir los ajustes de desarrollador</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Discogs QR Export is already open; its window was brought to the front.</source>
        <translation>Discogs QR Export ya está abierto; se ha traído su ventana al frente.</translation>
    </message>
    <message>
        <source>Discogs QR Export is already open (process %1) but does not answer. Close it, or end that process, and start again.</source>
        <translation>Discogs QR Export ya está abierto (proceso %1) pero no responde. Ciérralo, o termina ese proceso, y vuelve a empezar.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Sobre o %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Pick records from your Discogs collection and print a QR sticker for each, linking to its Discogs page: label sheets, label printers, images, or a batch CSV for QR Factory 3.</source>
        <translation>Escolha discos da sua coleção do Discogs e imprima para cada um um adesivo QR que leva à página dele no Discogs: em folhas de etiquetas, em impressoras de etiquetas, como imagens ou como CSV em lote para o QR Factory 3.</translation>
    </message>
    <message>
        <source>Data from &lt;a href=&quot;https://www.discogs.com/&quot;&gt;Discogs&lt;/a&gt;. This app is not affiliated with Discogs.</source>
        <translation>Dados do &lt;a href=&quot;https://www.discogs.com/&quot;&gt;Discogs&lt;/a&gt;. Este aplicativo não é afiliado ao Discogs.</translation>
    </message>
</context>
<context>
    <name>AccountController</name>
    <message>
        <source>Signed in as %1</source>
        <extracomment>source, demo, credentials (or None), keep the checks (the same account again)</extracomment>
        <translation>Conectado como %1</translation>
    </message>
    <message>
        <source>Demo collection</source>
        <translation>Coleção de demonstração</translation>
    </message>
    <message>
        <source>Checking the Discogs sign-in…</source>
        <translation>Verificando o login no Discogs…</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Bring the collection up to date with Discogs (F5)</source>
        <translation>Deixar a coleção em dia com o Discogs (F5)</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>Atualização comple&amp;ta</translation>
    </message>
    <message>
        <source>Read the whole collection from Discogs again</source>
        <translation>Ler de novo toda a coleção do Discogs</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>&amp;Cancelar carregamento</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Parar o carregamento</translation>
    </message>
    <message>
        <source>Preview checked…</source>
        <translation>Visualizar marcados…</translation>
    </message>
    <message>
        <source>Preview and export the checked releases</source>
        <translation>Visualizar e exportar os lançamentos marcados</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Check &amp;all shown</source>
        <translation>Marcar &amp;todos os exibidos</translation>
    </message>
    <message>
        <source>Check every release shown (Ctrl+A)</source>
        <translation>Marcar todos os lançamentos exibidos (Ctrl+A)</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>&amp;Desmarcar todos</translation>
    </message>
    <message>
        <source>Uncheck every release shown (Ctrl+Shift+A)</source>
        <translation>Desmarcar todos os lançamentos exibidos (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Invert checks</source>
        <translation>&amp;Inverter marcações</translation>
    </message>
    <message>
        <source>Invert the checks of the releases shown (Ctrl+I)</source>
        <translation>Inverter as marcações dos lançamentos exibidos (Ctrl+I)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Limpar filtros</translation>
    </message>
    <message>
        <source>Go to &amp;folders</source>
        <translation>Ir para as &amp;pastas</translation>
    </message>
    <message>
        <source>Go to &amp;releases</source>
        <translation>Ir para os &amp;lançamentos</translation>
    </message>
    <message>
        <source>&amp;Open release page</source>
        <translation>Abrir pá&amp;gina do lançamento</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Entrar com o Discogs</translation>
    </message>
    <message>
        <source>Use a personal access &amp;token…</source>
        <translation>Usar um &amp;token de acesso pessoal…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Sair da conta</translation>
    </message>
    <message>
        <source>Forget the saved sign-in</source>
        <translation>Esquecer o login salvo</translation>
    </message>
    <message>
        <source>Open the &amp;demo collection</source>
        <translation>Abrir a coleção de &amp;demonstração</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Mostrar pasta de &amp;log</translation>
    </message>
    <message>
        <source>&amp;About Discogs QR Export</source>
        <translation>&amp;Sobre o Discogs QR Export</translation>
    </message>
    <message>
        <source>Show co&amp;vers</source>
        <translation>Mostrar &amp;capas</translation>
    </message>
    <message>
        <source>Show each record&apos;s cover in the table</source>
        <translation>Mostrar a capa de cada disco na tabela</translation>
    </message>
    <message>
        <source>&amp;Larger covers</source>
        <translation>Capas &amp;maiores</translation>
    </message>
    <message>
        <source>Taller rows with larger covers</source>
        <translation>Linhas mais altas com capas maiores</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Enabled only while the collection browser is shown.</extracomment>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>C&amp;olunas</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;onta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fechar a mensagem</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar esta mensagem</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inverter</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Contagens</translation>
    </message>
    <message>
        <source>Age of the collection field values</source>
        <translation>Idade dos valores dos campos da coleção</translation>
    </message>
    <message>
        <source>When the collection field values shown were last read from Discogs</source>
        <translation>Quando os valores exibidos dos campos da coleção foram lidos do Discogs pela última vez</translation>
    </message>
    <message>
        <source>Preview checked…</source>
        <translation>Visualizar marcados…</translation>
    </message>
    <message>
        <source>Preview checked releases</source>
        <translation>Visualizar os lançamentos marcados</translation>
    </message>
    <message>
        <source>Preview and export the checked releases (Ctrl+P)</source>
        <translation>Visualizar e exportar os lançamentos marcados (Ctrl+P)</translation>
    </message>
    <message>
        <source>Releases and preview</source>
        <translation>Lançamentos e visualização</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Lançamentos</translation>
    </message>
    <message>
        <source>fields read just now</source>
        <extracomment>() -&gt; when the field values shown were last read from Discogs (None: not known)</extracomment>
        <translation>campos lidos agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>fields read %n min ago</source>
        <translation>
            <numerusform>campos lidos há %n min</numerusform>
            <numerusform>campos lidos há %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fields read %n h ago</source>
        <translation>
            <numerusform>campos lidos há %n h</numerusform>
            <numerusform>campos lidos há %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fields read %n days ago</source>
        <translation>
            <numerusform>campos lidos há %n dia</numerusform>
            <numerusform>campos lidos há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown · %2 selected</source>
        <extracomment>(history, instances, folder names) -&gt; None: works out which exported records would now print differently (in a worker) and passes their ids to :meth:`set_changed_ids` () -&gt; the collection field holding the &quot;printed&quot; marks on Discogs, or None</extracomment>
        <translation>%1 exibidos · %2 marcados</translation>
    </message>
    <message>
        <source>%1 in folder</source>
        <translation>%1 na pasta</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 de %2 carregados</translation>
    </message>
    <message>
        <source>(%1 selected not shown)</source>
        <translation>(%1 ocultos)</translation>
    </message>
    <message>
        <source>No release matches the search and filters.</source>
        <translation>Nenhum lançamento corresponde à busca e aos filtros.</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Esta pasta está vazia.</translation>
    </message>
    <message numerus="yes">
        <source>Preview %n checked…</source>
        <translation>
            <numerusform>Visualizar %n marcado…</numerusform>
            <numerusform>Visualizar %n marcados…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColorEditor</name>
    <message>
        <source>Choose a colour…</source>
        <translation>Escolher uma cor…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Escolher uma cor</translation>
    </message>
</context>
<context>
    <name>ColumnDefaults</name>
    <message>
        <source>These values go into every row, for QR Factory 3 to draw each code with. A cell edited by hand in the preview keeps its own value. Hover over a name for what it means.</source>
        <extracomment>A value was changed by the user.</extracomment>
        <translation>Estes valores vão em todas as linhas, para o QR Factory 3 desenhar cada código. Uma célula editada à mão na visualização mantém o próprio valor. Passe o mouse sobre um nome para ver o que significa.</translation>
    </message>
</context>
<context>
    <name>ColumnHelp</name>
    <message>
        <source>What the code holds. URL: the code opens a web page (the record on Discogs).</source>
        <extracomment>Columns edited on the editor&apos;s first tab; every other column is in this form. The width of the explanation under each field, in pixels (two columns fit the dialog). What each column means, in plain words (translated when shown, context &quot;ColumnHelp&quot;).</extracomment>
        <translation>O que o código contém. URL: o código abre uma página da web (o disco no Discogs).</translation>
    </message>
    <message>
        <source>Width and height of each QR image, in pixels.</source>
        <translation>Largura e altura de cada imagem QR, em pixels.</translation>
    </message>
    <message>
        <source>The image format QR Factory writes. SVG, PDF and EPS stay sharp at any size.</source>
        <translation>O formato de imagem que o QR Factory grava. SVG, PDF e EPS ficam nítidos em qualquer tamanho.</translation>
    </message>
    <message>
        <source>RGB for screens and home printers; CMYK for a print shop.</source>
        <translation>RGB para telas e impressoras domésticas; CMYK para uma gráfica.</translation>
    </message>
    <message>
        <source>Turns the whole code by this many degrees.</source>
        <translation>Gira o código inteiro por esse número de graus.</translation>
    </message>
    <message>
        <source>Error correction: how much of the code may be covered or scratched and still scan (Low about 7 %, Medium 15 %, Quartile 25 %, High 30 %). An icon in the middle covers part of the code, so keep it High.</source>
        <translation>Correção de erros: quanto do código pode ficar coberto ou riscado e ainda ser lido (Low cerca de 7 %, Medium 15 %, Quartile 25 %, High 30 %). Um ícone no meio cobre parte do código, então mantenha High.</translation>
    </message>
    <message>
        <source>Yes lets QR Factory choose the error correction itself; No always uses ReliabilityLevel.</source>
        <translation>Yes deixa o QR Factory escolher a correção de erros sozinho; No usa sempre ReliabilityLevel.</translation>
    </message>
    <message>
        <source>How round the code&apos;s small squares (its “pixels”) are drawn: 0.0 sharp squares, 1.0 round dots, in between squares with rounded corners.</source>
        <translation>O quão redondos são desenhados os quadradinhos do código (os “pixels”): 0.0 quadrados com cantos vivos, 1.0 pontos redondos; entre eles, quadrados com cantos arredondados.</translation>
    </message>
    <message>
        <source>Solid: every pixel in PixelColorStart. Gradient: pixels blend from PixelColorStart to PixelColorEnd.</source>
        <translation>Solid: todos os pixels em PixelColorStart. Gradient: os pixels passam de PixelColorStart para PixelColorEnd.</translation>
    </message>
    <message>
        <source>How the background is filled: one colour (Solid), a gradient, or nothing (Transparent).</source>
        <translation>Como o fundo é preenchido: uma cor (Solid), um degradê ou nada (Transparent).</translation>
    </message>
    <message>
        <source>The colour behind the code. Keep it much lighter than the pixels, or phones may not read the code.</source>
        <translation>A cor atrás do código. Mantenha-a bem mais clara que os pixels, ou os celulares podem não ler o código.</translation>
    </message>
    <message>
        <source>The pixels&apos; colour (where a gradient starts).</source>
        <translation>A cor dos pixels (onde um degradê começa).</translation>
    </message>
    <message>
        <source>Where a gradient ends; only used when PixelColorType is Gradient.</source>
        <translation>Onde um degradê termina; só é usado quando PixelColorType é Gradient.</translation>
    </message>
    <message>
        <source>The direction of the gradient, in degrees.</source>
        <translation>A direção do degradê, em graus.</translation>
    </message>
    <message>
        <source>Yes fits the middle icon to the code&apos;s grid of pixels, so it covers whole pixels and cuts none in half; No places it at its exact size.</source>
        <translation>Yes ajusta o ícone central à grade de pixels do código, de modo que cubra pixels inteiros e não corte nenhum ao meio; No o coloca no tamanho exato.</translation>
    </message>
    <message>
        <source>How big the middle icon is, in percent. A bigger icon hides more of the code.</source>
        <translation>O tamanho do ícone central, em porcentagem. Um ícone maior esconde mais do código.</translation>
    </message>
    <message>
        <source>The shape of the blank frame around the icon, or None for no frame.</source>
        <translation>A forma da moldura vazia em volta do ícone, ou None para nenhuma moldura.</translation>
    </message>
    <message>
        <source>How wide the frame around the icon is, in percent.</source>
        <translation>A largura da moldura em volta do ícone, em porcentagem.</translation>
    </message>
    <message>
        <source>How rounded a square frame&apos;s corners are (0 = sharp).</source>
        <translation>O quão arredondados são os cantos de uma moldura quadrada (0 = vivos).</translation>
    </message>
    <message>
        <source>The colour of the frame around the icon.</source>
        <translation>A cor da moldura em volta do ícone.</translation>
    </message>
    <message>
        <source>The caption&apos;s size, in points.</source>
        <translation>O tamanho da legenda, em pontos.</translation>
    </message>
    <message>
        <source>The caption&apos;s colour.</source>
        <translation>A cor da legenda.</translation>
    </message>
    <message>
        <source>The caption&apos;s font, by name. It must be installed on the Mac that runs QR Factory.</source>
        <translation>A fonte da legenda, pelo nome. Ela precisa estar instalada no Mac que executa o QR Factory.</translation>
    </message>
    <message>
        <source>The caption font&apos;s style: Regular, Bold, Italic or Bold Italic.</source>
        <translation>O estilo da fonte da legenda: Regular, Bold, Italic ou Bold Italic.</translation>
    </message>
    <message>
        <source>The quiet zone: an empty margin around the code, in percent of its size. Scanners need it to find the code, so do not make it 0.</source>
        <translation>A zona de silêncio: uma margem vazia em volta do código, em porcentagem do tamanho dele. Os leitores precisam dela para encontrar o código, então não a deixe em 0.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erro inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. Your saved files are not affected and you can keep working; if something looks wrong, save your work and restart the app.

The report below helps to fix it. It contains no passwords or tokens.</source>
        <translation>Algo deu errado dentro do aplicativo. Seus arquivos salvos não foram afetados e você pode continuar trabalhando; se algo parecer errado, salve seu trabalho e reinicie o aplicativo.

O relatório abaixo ajuda a corrigir o problema. Ele não contém senhas nem tokens.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Relatório de erro</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar relatório</translation>
    </message>
    <message>
        <source>Show log folder</source>
        <translation>Mostrar pasta de log</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message numerus="yes">
        <source>%n errors so far; the newest is shown.</source>
        <translation>
            <numerusform>%n erro até agora; o mais recente é exibido.</numerusform>
            <numerusform>%n erros até agora; o mais recente é exibido.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsController</name>
    <message>
        <source>The unsaved preview is restored once its records are read again…</source>
        <extracomment>The draft to load into the preview and the instances found for it ({} = none).</extracomment>
        <translation>Restaurando a visualização não salva…</translation>
    </message>
    <message>
        <source>Restoring the unsaved preview…</source>
        <translation>Não foi possível guardar no disco a visualização não salva (veja o log); será tentado de novo na próxima alteração. Salve-a em um arquivo por segurança.</translation>
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
        <translation>“{value}” não é uma cor como #1A2B3C.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” não é um número.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}” não é um número inteiro.</translation>
    </message>
    <message>
        <source>{value} is outside {low:g}–{high:g}.</source>
        <translation>{value} está fora de {low:g}–{high:g}.</translation>
    </message>
    <message>
        <source>“{value}” is not one of {choices}.</source>
        <translation>“{value}” não é um de {choices}.</translation>
    </message>
    <message>
        <source>Content is empty: the QR code would encode nothing.</source>
        <translation>Content está vazio: o código QR não codificaria nada.</translation>
    </message>
    <message>
        <source>FileName is empty.</source>
        <translation>FileName está vazio.</translation>
    </message>
    <message>
        <source>FileName may only hold letters A–Z, digits, “.”, “_” and “-”.</source>
        <translation>FileName só pode conter letras A–Z, algarismos, “.”, “_” e “-”.</translation>
    </message>
    <message>
        <source>The template is {length:,} characters long; at most {limit:,} are allowed.</source>
        <extracomment>The longest template accepted (captions, file names, content). QR Factory prints a caption under a sticker: a few lines. A longer template is refused with :data:`TOO_LONG_MESSAGE` (a 120 kB caption would otherwise turn 300 rows into a 62 MB file).</extracomment>
        <translation>O modelo tem {length:,} caracteres; são permitidos no máximo {limit:,}.</translation>
    </message>
    <message>
        <source>“}}” without a matching “{{” (write “}}}}” for a brace).</source>
        <translation>“}}” sem um “{{” correspondente (escreva “}}}}” para uma chave).</translation>
    </message>
    <message>
        <source>“{{” is never closed with “}}”.</source>
        <translation>“{{” nunca é fechado com “}}”.</translation>
    </message>
    <message>
        <source>Empty placeholder “{{}}”.</source>
        <translation>Marcador vazio “{{}}”.</translation>
    </message>
    <message>
        <source>“{{note:…}}” needs a note field name.</source>
        <translation>“{{note:…}}” precisa do nome de um campo de notas.</translation>
    </message>
    <message>
        <source>No collection note field is called “{field}”.</source>
        <translation>Nenhum campo de notas da coleção se chama “{field}”.</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}. Did you mean {{{close}}}?</source>
        <translation>Marcador desconhecido {{{name}}}. Você quis dizer {{{close}}}?</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}.</source>
        <translation>Marcador desconhecido {{{name}}}.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer about the account.</source>
        <extracomment>Builds something with ``get_json(path)`` that sends requests signed with the credentials. How long a sign-in waits for the browser to come back (request tokens expire after ~15 min).</extracomment>
        <translation>O Discogs enviou uma resposta inesperada sobre a conta.</translation>
    </message>
    <message>
        <source>Discogs did not answer in time; try again later.</source>
        <extracomment>An image larger than this is refused (Discogs&apos; covers are well under 1 MB). The image server says 403 or 429 when it is asked too often: back off as for a 5xx. Retries of one image: a cover that keeps failing is asked for again much later instead. Called with (seconds, reason) before the gateway waits. Request priorities: the user&apos;s requests go at once; background ones (a pass re-reading the collection) yield to them and keep to a share of the rate limit (see :func:`background_budget`). A background request waits this long after the user&apos;s last request (the next page of a load, the next mark, follows within this time).</extracomment>
        <translation>O Discogs não respondeu a tempo; tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>Could not reach Discogs; check the internet connection and try again later.</source>
        <translation>Não foi possível conectar ao Discogs; verifique a conexão com a internet e tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>Discogs kept refusing requests as too frequent; wait a minute and try again.</source>
        <translation>O Discogs continuou recusando solicitações por serem frequentes demais; aguarde um minuto e tente de novo.</translation>
    </message>
    <message>
        <source>Discogs is not answering properly right now (HTTP {status}); try again later.</source>
        <translation>O Discogs não está respondendo direito agora (HTTP {status}); tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>Discogs sent an answer that could not be read; try again later.</source>
        <translation>O Discogs enviou uma resposta que não pôde ser lida; tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>Discogs did not accept the sign-in (the token may be wrong or revoked); sign in again.</source>
        <translation>O Discogs não aceitou o login (o token pode estar errado ou revogado); entre de novo.</translation>
    </message>
    <message>
        <source>Discogs has no such page ({message}).</source>
        <translation>O Discogs não tem essa página ({message}).</translation>
    </message>
    <message>
        <source>Discogs has no such page.</source>
        <translation>O Discogs não tem essa página.</translation>
    </message>
    <message>
        <source>Discogs refused the request (HTTP {status}): {message}.</source>
        <translation>O Discogs recusou a solicitação (HTTP {status}): {message}.</translation>
    </message>
    <message>
        <source>Discogs refused the request (HTTP {status}).</source>
        <translation>O Discogs recusou a solicitação (HTTP {status}).</translation>
    </message>
    <message>
        <source>Discogs did not answer in time; try again.</source>
        <extracomment>``(method, url, auth) -&gt; (status, body text)``; raises AppError(NETWORK) when unreachable.</extracomment>
        <translation>O Discogs não respondeu a tempo; tente de novo.</translation>
    </message>
    <message>
        <source>Could not reach Discogs; check the internet connection and try again.</source>
        <translation>Não foi possível conectar ao Discogs; verifique a conexão com a internet e tente de novo.</translation>
    </message>
    <message>
        <source>Discogs is receiving too many requests; wait a minute and try again.</source>
        <translation>O Discogs está recebendo solicitações demais; aguarde um minuto e tente de novo.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer during sign-in; try again.</source>
        <translation>O Discogs enviou uma resposta inesperada durante o login; tente de novo.</translation>
    </message>
    <message>
        <source>Discogs did not accept these credentials; the token may be wrong or revoked.</source>
        <translation>O Discogs não aceitou essas credenciais; o token pode estar errado ou revogado.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer about the signed-in account.</source>
        <translation>O Discogs enviou uma resposta inesperada sobre a conta conectada.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <extracomment>Discogs request tokens and verifiers expire after about this long.</extracomment>
        <translation>O login foi cancelado.</translation>
    </message>
    <message>
        <source>No answer came from the browser within {time}; start the sign-in again.</source>
        <translation>O navegador não respondeu em {time}; comece o login de novo.</translation>
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
        <translation>o tempo permitido</translation>
    </message>
    <message>
        <source>Signing in with OAuth needs a Discogs consumer key and secret: register an application at {url} and pass --consumer-key/--consumer-secret (or set {key_env}/{secret_env}), or sign in with a personal access token instead (`discogs-qr login --token`).</source>
        <translation>Entrar com OAuth exige uma consumer key e um consumer secret do Discogs: registre um aplicativo em {url} e passe --consumer-key/--consumer-secret (ou defina {key_env}/{secret_env}), ou então entre com um token de acesso pessoal (`discogs-qr login --token`).</translation>
    </message>
    <message>
        <source>Access was not granted on Discogs, so you are not signed in.</source>
        <translation>O acesso não foi concedido no Discogs, então você não está conectado.</translation>
    </message>
    <message>
        <source>Paste the code Discogs showed, or the whole address from the browser&apos;s address bar.</source>
        <translation>Cole o código que o Discogs mostrou ou o endereço completo da barra de endereços do navegador.</translation>
    </message>
    <message>
        <source>That address belongs to a different sign-in attempt; use the one from the newest.</source>
        <translation>Esse endereço pertence a outra tentativa de login; use o da mais recente.</translation>
    </message>
    <message>
        <source>That does not look like a Discogs sign-in code; paste the code Discogs showed, or the whole address the browser ended on.</source>
        <translation>Isso não parece um código de login do Discogs; cole o código que o Discogs mostrou ou o endereço completo em que o navegador parou.</translation>
    </message>
    <message>
        <source>Discogs did not accept the application&apos;s consumer key and secret; check them at {url}.</source>
        <translation>O Discogs não aceitou a consumer key e o consumer secret do aplicativo; verifique-os em {url}.</translation>
    </message>
    <message>
        <source>This sign-in has no callback; paste the code Discogs shows instead.</source>
        <translation>Este login não tem endereço de retorno; cole em vez disso o código que o Discogs mostra.</translation>
    </message>
    <message>
        <source>Start the sign-in before entering a code.</source>
        <translation>Comece o login antes de digitar um código.</translation>
    </message>
    <message>
        <source>The sign-in request expired (they last about 15 minutes); start again.</source>
        <translation>A solicitação de login expirou (elas duram cerca de 15 minutos); comece de novo.</translation>
    </message>
    <message>
        <source>Discogs did not accept the code; check it, or start the sign-in again if more than 15 minutes have passed (codes expire).</source>
        <translation>O Discogs não aceitou o código; confira-o ou comece o login de novo se passaram mais de 15 minutos (os códigos expiram).</translation>
    </message>
    <message>
        <source>Enter a Discogs personal access token.</source>
        <translation>Digite um token de acesso pessoal do Discogs.</translation>
    </message>
    <message>
        <source>Several folders are called “{name}” (ids {ids}); give the id instead.</source>
        <extracomment>Called with (instances read so far, instances expected; 0 while not known). How many unreadable entries a message names; the rest are counted.</extracomment>
        <translation>Várias pastas se chamam “{name}” (ids {ids}); informe o id.</translation>
    </message>
    <message>
        <source>There is no folder “{name}”; the folders are: {choices}.</source>
        <translation>Não há nenhuma pasta “{name}”; as pastas são: {choices}.</translation>
    </message>
    <message>
        <source>The file {path} could not be saved: {reason}.</source>
        <translation>Não foi possível salvar o arquivo {path}: {reason}.</translation>
    </message>
    <message>
        <source>The demo collection could not be read: {reason}</source>
        <translation>Não foi possível ler a coleção de demonstração: {reason}</translation>
    </message>
    <message>
        <source>There are no rows to make stickers from.</source>
        <translation>Não há linhas para fazer adesivos.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… e mais {count}.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) would not scan, so nothing was written. {failures}</source>
        <translation>
            <numerusform>%n código não seria lido, então nada foi gravado. {failures}</numerusform>
            <numerusform>%n códigos não seriam lidos, então nada foi gravado. {failures}</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} could not be saved: {reason}.</source>
        <translation>Não foi possível salvar {path}: {reason}.</translation>
    </message>
    <message>
        <source>Printing failed: {reason}.</source>
        <translation>A impressão falhou: {reason}.</translation>
    </message>
    <message>
        <source>The sheet settings are not usable: {problem}.</source>
        <translation>As configurações da folha não são utilizáveis: {problem}.</translation>
    </message>
    <message>
        <source>A layout name needs 1–60 letters, digits or spaces.</source>
        <translation>O nome de um layout precisa de 1 a 60 letras, algarismos ou espaços.</translation>
    </message>
    <message>
        <source>“{name}” is the name of a preset; choose another.</source>
        <translation>“{name}” é o nome de um layout pronto; escolha outro.</translation>
    </message>
    <message>
        <source>The layout is not usable: {problem}.</source>
        <translation>O layout não é utilizável: {problem}.</translation>
    </message>
    <message>
        <source>The local library could not be opened: {reason}</source>
        <translation>Não foi possível abrir a biblioteca local: {reason}</translation>
    </message>
    <message>
        <source>The local library could not be created: {reason}</source>
        <translation>Não foi possível criar a biblioteca local: {reason}</translation>
    </message>
    <message>
        <source>The local library could not be used: {reason}</source>
        <translation>Não foi possível usar a biblioteca local: {reason}</translation>
    </message>
    <message>
        <source>The local library was damaged and has been moved aside; fetching again.</source>
        <translation>A biblioteca local estava danificada e foi deixada de lado; baixando de novo.</translation>
    </message>
    <message>
        <source>The local library was written by a newer version of the app and has been moved aside; fetching again.</source>
        <translation>A biblioteca local foi gravada por uma versão mais nova do aplicativo e foi deixada de lado; baixando de novo.</translation>
    </message>
    <message>
        <source>The local library did not have the tables this version of the app needs and has been moved aside; fetching again.</source>
        <translation>A biblioteca local não tinha as tabelas de que esta versão do aplicativo precisa e foi deixada de lado; baixando de novo.</translation>
    </message>
    <message>
        <source>No account is signed in.</source>
        <translation>Nenhuma conta está conectada.</translation>
    </message>
    <message>
        <source>Could not save the credentials file: {reason}.</source>
        <translation>Não foi possível salvar o arquivo de credenciais: {reason}.</translation>
    </message>
    <message>
        <source>Could not save the sign-in to the system keyring; it may be locked.</source>
        <translation>Não foi possível salvar o login no chaveiro do sistema; ele pode estar bloqueado.</translation>
    </message>
    <message>
        <source>Row {row} ({name}): {reason}</source>
        <extracomment>The degraded render: area-sampled at half of MARGIN_DPI (a 2-pixel box), then scaled up to MARGIN_DPI bilinearly (a 4-pixel tent); together a blur of sigma 1 pixel at 150 dpi.</extracomment>
        <translation>Linha {row} ({name}): {reason}</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Linha {row}: {reason}</translation>
    </message>
    <message>
        <source>the code reads “{read}” instead of its Content</source>
        <translation>o código lê “{read}” em vez do seu Content</translation>
    </message>
    <message>
        <source>too little contrast between the code colour {dark} and the background {light}</source>
        <translation>contraste pequeno demais entre a cor do código {dark} e o fundo {light}</translation>
    </message>
    <message>
        <source>the icon is too large (IconSizePercent {percent:g}): it hides too much of the code</source>
        <translation>o ícone é grande demais (IconSizePercent {percent:g}): esconde demais do código</translation>
    </message>
    <message>
        <source>the code is too small for its label (modules of {mm:.2f} mm, under {least} mm; try a larger label, no icon or the shorter link form)</source>
        <translation>o código é pequeno demais para a etiqueta (módulos de {mm:.2f} mm, abaixo de {least} mm; tente uma etiqueta maior, sem ícone ou a forma curta do link)</translation>
    </message>
    <message>
        <source>the code does not decode (try a smaller icon, more contrast or a larger label)</source>
        <translation>o código não é decodificado (tente um ícone menor, mais contraste ou uma etiqueta maior)</translation>
    </message>
    <message>
        <source>the code decodes only at full resolution, not blurred at {dpi} dpi as a phone sees it (modules of {mm:.2f} mm): a worn print or a dim room may not scan</source>
        <translation>o código só é lido em resolução total, não desfocado a {dpi} dpi como um celular o vê (módulos de {mm:.2f} mm): uma impressão gasta ou um ambiente escuro podem impedir a leitura</translation>
    </message>
    <message>
        <source>small modules ({mm:.2f} mm, under {least} mm): little margin for a phone</source>
        <translation>módulos pequenos ({mm:.2f} mm, abaixo de {least} mm): pouca margem para um celular</translation>
    </message>
    <message>
        <source>the icon file “{path}” cannot be read</source>
        <translation>o arquivo de ícone “{path}” não pode ser lido</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search artist, title, label, cat#</source>
        <translation>Buscar artista, título, gravadora, nº cat.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search artists, titles, labels, catalogue numbers and collection fields (Ctrl+F)</source>
        <translation>Buscar em artistas, títulos, gravadoras, números de catálogo e campos da coleção (Ctrl+F)</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Adicionado:</translation>
    </message>
    <message>
        <source>Date added preset</source>
        <translation>Período da data de adição</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este ano</translation>
    </message>
    <message>
        <source>Since last export</source>
        <translation>Desde a última exportação</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Período personalizado</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>Filter by earliest date added</source>
        <translation>Filtrar pela data de adição mais antiga</translation>
    </message>
    <message>
        <source>Earliest date added</source>
        <translation>Data de adição mais antiga</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Filter by latest date added</source>
        <translation>Filtrar pela data de adição mais recente</translation>
    </message>
    <message>
        <source>Latest date added</source>
        <translation>Data de adição mais recente</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Show only one format</source>
        <translation>Mostrar só um formato</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Todos os formatos</translation>
    </message>
    <message>
        <source>Only not yet exported</source>
        <translation>Só os não exportados</translation>
    </message>
    <message>
        <source>Hide releases that were in a saved CSV before</source>
        <translation>Ocultar os lançamentos que já estavam em um CSV salvo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Changed since exported</source>
        <translation>Alterados desde a exportação</translation>
    </message>
    <message>
        <source>Show only exported releases whose sticker would now read differently</source>
        <translation>Mostrar só os lançamentos exportados cujo adesivo agora ficaria diferente</translation>
    </message>
    <message>
        <source>Nothing was exported yet</source>
        <translation>Nada foi exportado ainda</translation>
    </message>
    <message>
        <source>Collection field value</source>
        <translation>Valor de campo da coleção</translation>
    </message>
    <message>
        <source>Show only the releases with this value in a collection field</source>
        <translation>Mostrar só os lançamentos com este valor em um campo da coleção</translation>
    </message>
    <message>
        <source>Any field value</source>
        <translation>Qualquer valor</translation>
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
        <translation>Pastas</translation>
    </message>
    <message>
        <source>%1 (%2 releases)</source>
        <translation>%1 (%2 lançamentos)</translation>
    </message>
    <message>
        <source>%1, %2 releases</source>
        <translation>%1, %2 lançamentos</translation>
    </message>
</context>
<context>
    <name>FrozenChecks</name>
    <message>
        <source>Checks</source>
        <extracomment>Ticks the record at an index (with Shift: the range from the last tick).</extracomment>
        <translation>Marcações</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Algo deu errado: %1</translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message>
        <source>Label sheet</source>
        <translation>Folha de etiquetas</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>Page width × height:</source>
        <translation>Largura × altura da página:</translation>
    </message>
    <message>
        <source>Label width × height:</source>
        <translation>Largura × altura da etiqueta:</translation>
    </message>
    <message>
        <source>Pitch across × down:</source>
        <translation>Passo horizontal × vertical:</translation>
    </message>
    <message>
        <source>Left × top margin:</source>
        <translation>Margem esquerda × superior:</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Largura da página</translation>
    </message>
    <message>
        <source>Page height</source>
        <translation>Altura da página</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>Largura da etiqueta</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>Altura da etiqueta</translation>
    </message>
    <message>
        <source>Horizontal pitch</source>
        <translation>Passo horizontal</translation>
    </message>
    <message>
        <source>Vertical pitch</source>
        <translation>Passo vertical</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>Margem esquerda</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>Margem superior</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Rows of labels</source>
        <translation>Linhas de etiquetas</translation>
    </message>
    <message>
        <source>Columns of labels</source>
        <translation>Colunas de etiquetas</translation>
    </message>
    <message>
        <source>Rows × columns:</source>
        <translation>Linhas × colunas:</translation>
    </message>
    <message>
        <source>Round labels</source>
        <translation>Etiquetas redondas</translation>
    </message>
    <message>
        <source>Name to save this layout as</source>
        <translation>Nome com que salvar este layout</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>Salvar layout</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>Salvo como:</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvo: %1</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Custom layout</source>
        <translation>Layout personalizado</translation>
    </message>
    <message>
        <source>Saved the layout “%1”.</source>
        <translation>O layout “%1” foi salvo.</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <source>the page width must be between 0 and 2000 mm</source>
        <translation>a largura da página deve estar entre 0 e 2000 mm</translation>
    </message>
    <message>
        <source>the page width must be at least 5 mm</source>
        <translation>a largura da página deve ser de pelo menos 5 mm</translation>
    </message>
    <message>
        <source>the page height must be between 0 and 2000 mm</source>
        <translation>a altura da página deve estar entre 0 e 2000 mm</translation>
    </message>
    <message>
        <source>the page height must be at least 5 mm</source>
        <translation>a altura da página deve ser de pelo menos 5 mm</translation>
    </message>
    <message>
        <source>the label width must be between 0 and 2000 mm</source>
        <translation>a largura da etiqueta deve estar entre 0 e 2000 mm</translation>
    </message>
    <message>
        <source>the label width must be at least 5 mm</source>
        <translation>a largura da etiqueta deve ser de pelo menos 5 mm</translation>
    </message>
    <message>
        <source>the label height must be between 0 and 2000 mm</source>
        <translation>a altura da etiqueta deve estar entre 0 e 2000 mm</translation>
    </message>
    <message>
        <source>the label height must be at least 5 mm</source>
        <translation>a altura da etiqueta deve ser de pelo menos 5 mm</translation>
    </message>
    <message>
        <source>the horizontal pitch must be between 0 and 2000 mm</source>
        <translation>o passo horizontal deve estar entre 0 e 2000 mm</translation>
    </message>
    <message>
        <source>the vertical pitch must be between 0 and 2000 mm</source>
        <translation>o passo vertical deve estar entre 0 e 2000 mm</translation>
    </message>
    <message>
        <source>the top margin must be between 0 and 2000 mm</source>
        <translation>a margem superior deve estar entre 0 e 2000 mm</translation>
    </message>
    <message>
        <source>the left margin must be between 0 and 2000 mm</source>
        <translation>a margem esquerda deve estar entre 0 e 2000 mm</translation>
    </message>
    <message>
        <source>rows and columns must be between 1 and 100</source>
        <translation>linhas e colunas devem estar entre 1 e 100</translation>
    </message>
    <message>
        <source>the horizontal pitch is smaller than the label width: labels overlap</source>
        <translation>o passo horizontal é menor que a largura da etiqueta: as etiquetas se sobrepõem</translation>
    </message>
    <message>
        <source>the vertical pitch is smaller than the label height: labels overlap</source>
        <translation>o passo vertical é menor que a altura da etiqueta: as etiquetas se sobrepõem</translation>
    </message>
    <message>
        <source>the labels end {mm:.1f} mm past the page&apos;s right edge</source>
        <translation>as etiquetas terminam {mm:.1f} mm além da borda direita da página</translation>
    </message>
    <message>
        <source>the labels end {mm:.1f} mm past the page&apos;s bottom</source>
        <translation>as etiquetas terminam {mm:.1f} mm além do pé da página</translation>
    </message>
    <message>
        <source>Avery L7120-25 — A4, 35 mm round, 35 per sheet</source>
        <translation>Avery L7120-25 — A4, redondas de 35 mm, 35 por folha</translation>
    </message>
    <message>
        <source>Avery L7121-25 — A4, 45 mm round, 24 per sheet</source>
        <translation>Avery L7121-25 — A4, redondas de 45 mm, 24 por folha</translation>
    </message>
    <message>
        <source>Avery 22807 — US Letter, 2&quot; round, 12 per sheet</source>
        <translation>Avery 22807 — US Letter, redondas de 2&quot;, 12 por folha</translation>
    </message>
    <message>
        <source>Avery 5160/8160 — US Letter, 1&quot; × 2⅝&quot;, 30 per sheet</source>
        <translation>Avery 5160/8160 — US Letter, 1&quot; × 2⅝&quot;, 30 por folha</translation>
    </message>
    <message>
        <source>Brother DK-11202 — roll, 62 × 100 mm</source>
        <translation>Brother DK-11202 — rolo, 62 × 100 mm</translation>
    </message>
    <message>
        <source>Brother DK-11209 — roll, 62 × 29 mm</source>
        <translation>Brother DK-11209 — rolo, 62 × 29 mm</translation>
    </message>
    <message>
        <source>DYMO 11354 — roll, 57 × 32 mm</source>
        <translation>DYMO 11354 — rolo, 57 × 32 mm</translation>
    </message>
    <message>
        <source>DYMO 30332 — roll, 25 × 25 mm square</source>
        <translation>DYMO 30332 — rolo, 25 × 25 mm quadradas</translation>
    </message>
    <message>
        <source>the first label must be between 1 and {last}</source>
        <translation>a primeira etiqueta deve estar entre 1 e {last}</translation>
    </message>
    <message>
        <source>there is no label {label} on this sheet (1–{last})</source>
        <translation>não há etiqueta {label} nesta folha (1–{last})</translation>
    </message>
    <message>
        <source>marks must be one of {marks}</source>
        <translation>as marcas devem ser uma de {marks}</translation>
    </message>
    <message>
        <source>the calibration offset must be within ±20 mm</source>
        <translation>o ajuste de calibração deve estar dentro de ±20 mm</translation>
    </message>
</context>
<context>
    <name>LoaderController</name>
    <message>
        <source>Reading folders…</source>
        <translation>Lendo pastas…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>%1 releases loaded.</source>
        <translation>%1 lançamentos carregados.</translation>
    </message>
    <message>
        <source>Loading stopped</source>
        <translation>Carregamento parado</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Carregamento cancelado</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>%1 de %2 carregados</translation>
    </message>
    <message>
        <source>%1: %2 of %3 releases loaded. Refresh (F5) loads the rest.</source>
        <translation>%1: %2 de %3 lançamentos carregados. Atualizar (F5) carrega o resto.</translation>
    </message>
    <message>
        <source>“%1” is not completely loaded: %2 of %3 loaded.</source>
        <translation>“%1” não está totalmente carregada: %2 de %3 carregados.</translation>
    </message>
    <message>
        <source>Refreshing: %1 of %2 read</source>
        <translation>Atualizando: %1 de %2 lidos</translation>
    </message>
    <message>
        <source>Refreshing: %1 read</source>
        <translation>Atualizando: %1 lidos</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>atualizado %1</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>atualizando…</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Entrar…</translation>
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
        <translation>Usar um token</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Entrar com o Discogs</translation>
    </message>
    <message>
        <source>You are exploring the demo collection. Sign in to see your own.</source>
        <translation>Você está explorando a coleção de demonstração. Entre para ver a sua.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Entrar de novo</translation>
    </message>
    <message>
        <source>The unsaved preview could not be kept on disk (see the log); it is tried again at the next change. Save it to a file to be safe.</source>
        <translation>Não foi possível guardar no disco a visualização não salva (veja o log); será tentado de novo na próxima alteração. Salve-a em um arquivo por segurança.</translation>
    </message>
    <message>
        <source>Check some releases first.</source>
        <translation>Marque alguns lançamentos primeiro.</translation>
    </message>
    <message>
        <source>Unsaved preview</source>
        <translation>Visualização não salva</translation>
    </message>
    <message>
        <source>Restore the preview you did not save?</source>
        <translation>Restaurar a visualização que você não salvou?</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 linha</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 linhas</translation>
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
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Ticked records not loaded</source>
        <translation>Discos marcados não carregados</translation>
    </message>
    <message>
        <source>1 ticked record is not in the library yet.</source>
        <translation>1 disco marcado ainda não está na biblioteca.</translation>
    </message>
    <message>
        <source>%1 ticked records are not in the library yet.</source>
        <translation>%1 discos marcados ainda não estão na biblioteca.</translation>
    </message>
    <message>
        <source>Load the All folder first to include them, or preview the others without them.</source>
        <translation>Carregue a pasta “All” primeiro para incluí-los, ou visualize os outros sem eles.</translation>
    </message>
    <message>
        <source>Load All first</source>
        <translation>Carregar “All” antes</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Deixá-los de fora</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Forget the saved Discogs sign-in on this computer?</source>
        <translation>Esquecer o login do Discogs salvo neste computador?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart now? Your folder, filters, ticks and an unsaved preview are kept.</source>
        <translation>O novo idioma é usado a partir da próxima inicialização. Reiniciar agora? Sua pasta, filtros, marcações e uma visualização não salva são mantidos.</translation>
    </message>
    <message>
        <source>Discogs did not accept the saved sign-in (%1). Sign in again to continue; your checked releases are kept.</source>
        <translation>O Discogs não aceitou o login salvo (%1). Entre de novo para continuar; seus lançamentos marcados são mantidos.</translation>
    </message>
    <message>
        <source>%1 Try again in a minute.</source>
        <translation>%1 Tente de novo daqui a um minuto.</translation>
    </message>
    <message>
        <source>an earlier session</source>
        <translation>uma sessão anterior</translation>
    </message>
    <message>
        <source>Offline — data from %1</source>
        <translation>Offline — dados de %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <extracomment>How many unreadable entries the banner names; the rest are counted.</extracomment>
        <translation>e mais %1</translation>
    </message>
    <message>
        <source>1 entry could not be read: %1</source>
        <translation>1 entrada não pôde ser lida: %1</translation>
    </message>
    <message>
        <source>%1 entries could not be read: %2</source>
        <translation>%1 entradas não puderam ser lidas: %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>há %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>há %1 h</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>em %1</translation>
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
        <translation>Enter conclui a edição; Shift+Enter começa uma nova linha.</translation>
    </message>
</context>
<context>
    <name>PreviewColumns</name>
    <message>
        <source>Columns</source>
        <extracomment>The columns shown first, in this order; the rest of DEFAULT_VISIBLE follows.</extracomment>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todas</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Colunas padrão</translation>
    </message>
</context>
<context>
    <name>PreviewHeader</name>
    <message>
        <source>Row %1, %2: %3</source>
        <extracomment>The problems link was clicked.</extracomment>
        <translation>Linha %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 from several folders</source>
        <translation>%1 de várias pastas</translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation>%1 de “%2”</translation>
    </message>
    <message>
        <source>%1 exported before</source>
        <translation>%1 já exportados antes</translation>
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
        <translation>Visualização</translation>
    </message>
    <message>
        <source>Stickers…</source>
        <translation>Adesivos…</translation>
    </message>
    <message>
        <source>Print sticker sheets, or save them as a PDF or images</source>
        <translation>Imprimir folhas de adesivos ou salvá-las como PDF ou imagens</translation>
    </message>
    <message>
        <source>Cover of the current row</source>
        <translation>Capa da linha atual</translation>
    </message>
    <message>
        <source>Sticker of the current row</source>
        <translation>Adesivo da linha atual</translation>
    </message>
    <message>
        <source>Preview (%1)</source>
        <translation>Visualização (%1)</translation>
    </message>
    <message>
        <source>The unsaved preview could not be restored: its releases are no longer in this collection.</source>
        <translation>Não foi possível restaurar a visualização não salva: os lançamentos dela não estão mais nesta coleção.</translation>
    </message>
    <message>
        <source>%1 of %2 rows restored; the others are no longer in your collection.</source>
        <translation>%1 de %2 linhas restauradas; as outras não estão mais na sua coleção.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Edit %1 in row %2</source>
        <translation>Editar %1 na linha %2</translation>
    </message>
    <message>
        <source>Delete %n row(s)</source>
        <translation>Excluir %n linha(s)</translation>
    </message>
    <message>
        <source>Move %n row(s)</source>
        <translation>Mover %n linha(s)</translation>
    </message>
    <message>
        <source>Reset %n row(s)</source>
        <translation>Redefinir %n linha(s)</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Aplicar modelo</translation>
    </message>
    <message>
        <source>Preview again: %1 added, %2 removed</source>
        <extracomment>Emitted after any change to the rows (for problem counts and titles).</extracomment>
        <translation>Visualizar de novo: %1 adicionados, %2 removidos</translation>
    </message>
    <message>
        <source>Restore the unsaved preview</source>
        <translation>Restaurar a visualização não salva</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>Duplicar linhas</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copiar linhas</translation>
    </message>
    <message>
        <source>QR Factory 3 column “%1”</source>
        <extracomment>A row&apos;s cells, template cells and edited columns (what a rebuild changes and undo restores). The instances the rows were asked for (a deleted row&apos;s instance stays in here).</extracomment>
        <translation>Coluna “%1” do QR Factory 3</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Edited by you (template gives “%1”).</source>
        <translation>Editado por você (o modelo dá “%1”).</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Export preview</source>
        <extracomment>A CSV was written: its path and the instance ids it holds (in file order). The number of rows changed (build, merge, delete, duplicate, undo…). The row under the cursor changed or was edited: its 30 cells ([] for none).</extracomment>
        <translation>Visualização da exportação</translation>
    </message>
    <message>
        <source>Preview</source>
        <extracomment>The table and, once :meth:`set_side_widget` is called, a widget beside it.</extracomment>
        <translation>Visualização</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Save the rows as a QR Factory 3 CSV file</source>
        <translation>Salvar as linhas como arquivo CSV do QR Factory 3</translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1</source>
        <translation>Não foi possível salvar suas configurações: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Desfazer %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Refazer %1</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>E&amp;xcluir linhas</translation>
    </message>
    <message>
        <source>Leave the selected rows out of this file</source>
        <translation>Deixar as linhas selecionadas fora deste arquivo</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Add a copy of the selected rows</source>
        <translation>Adicionar uma cópia das linhas selecionadas</translation>
    </message>
    <message>
        <source>&amp;Reset row</source>
        <translation>Redefinir &amp;linha</translation>
    </message>
    <message>
        <source>Build the selected rows again from the template</source>
        <translation>Gerar de novo as linhas selecionadas a partir do modelo</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Copiar como CSV</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>&amp;Modelo…</translation>
    </message>
    <message>
        <source>Caption, file name and column defaults</source>
        <translation>Legenda, nome do arquivo e valores padrão das colunas</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Salvar como…</translation>
    </message>
    <message>
        <source>File options</source>
        <translation>Opções do arquivo</translation>
    </message>
    <message>
        <source>Start with a BOM (for Excel)</source>
        <translation>Começar com BOM (para o Excel)</translation>
    </message>
    <message>
        <source>Unix line ends (LF, not CRLF)</source>
        <translation>Fins de linha Unix (LF, não CRLF)</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 linha</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 linhas</translation>
    </message>
    <message>
        <source>Added 1 row</source>
        <translation>1 linha adicionada</translation>
    </message>
    <message>
        <source>Added %1 rows</source>
        <translation>%1 linhas adicionadas</translation>
    </message>
    <message>
        <source>removed 1 unedited row of a record no longer checked</source>
        <translation>1 linha não editada de um disco não mais marcado foi removida</translation>
    </message>
    <message>
        <source>removed %1 unedited rows of records no longer checked</source>
        <translation>%1 linhas não editadas de discos não mais marcados foram removidas</translation>
    </message>
    <message>
        <source>kept 1 edited row of a record no longer checked</source>
        <translation>1 linha editada de um disco não mais marcado foi mantida</translation>
    </message>
    <message>
        <source>kept %1 edited rows of records no longer checked</source>
        <translation>%1 linhas editadas de discos não mais marcados foram mantidas</translation>
    </message>
    <message>
        <source>1 row you deleted stays out</source>
        <translation>1 linha que você excluiu continua de fora</translation>
    </message>
    <message>
        <source>%1 rows you deleted stay out</source>
        <translation>%1 linhas que você excluiu continuam de fora</translation>
    </message>
    <message>
        <source>The preview already holds these records; nothing changed.</source>
        <translation>A visualização já contém estes discos; nada mudou.</translation>
    </message>
    <message>
        <source>your edits are kept</source>
        <translation>suas edições são mantidas</translation>
    </message>
    <message>
        <source>Undo puts the preview back as it was</source>
        <translation>Desfazer deixa a visualização como estava</translation>
    </message>
    <message>
        <source>Apply the new template?</source>
        <translation>Aplicar o novo modelo?</translation>
    </message>
    <message>
        <source>Rebuild the preview rows with the new template?</source>
        <translation>Gerar de novo as linhas da visualização com o novo modelo?</translation>
    </message>
    <message>
        <source>Some cells were edited by hand. You can keep them or start again (Undo brings them back).</source>
        <translation>Algumas células foram editadas à mão. Você pode mantê-las ou começar de novo (Desfazer as traz de volta).</translation>
    </message>
    <message>
        <source>Keep my edited cells</source>
        <translation>Manter minhas células editadas</translation>
    </message>
    <message>
        <source>Replace everything</source>
        <translation>Substituir tudo</translation>
    </message>
    <message>
        <source>Don’t rebuild</source>
        <translation>Não gerar de novo</translation>
    </message>
</context>
<context>
    <name>PreviewSaver</name>
    <message>
        <source>Save QR Factory CSV</source>
        <translation>Salvar CSV do QR Factory</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>There are no rows to save.</source>
        <translation>Não há linhas para salvar.</translation>
    </message>
    <message>
        <source>Fix this cell before saving — %1</source>
        <translation>Corrija esta célula antes de salvar — %1</translation>
    </message>
    <message>
        <source>Could not save: %1 Nothing was written and your rows are unchanged.</source>
        <translation>Não foi possível salvar: %1 Nada foi gravado e suas linhas não foram alteradas.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>(The export history could not be updated.)</source>
        <translation>(Não foi possível atualizar o histórico de exportações.)</translation>
    </message>
    <message>
        <source>Saved %1 to “%2”.</source>
        <translation>%1 salvas em “%2”.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Rows to export</source>
        <translation>Linhas a exportar</translation>
    </message>
    <message>
        <source>Drag a selected row&apos;s number to move the rows</source>
        <translation>Arraste o número de uma linha selecionada para mover as linhas</translation>
    </message>
</context>
<context>
    <name>PrintedController</name>
    <message>
        <source>Reading the records on Discogs before marking them…</source>
        <extracomment>(field name, records) -&gt; True to go ahead: asked once, before the first write ever. (field name, {instance id: value found on Discogs}) -&gt; REPLACE, SKIP or LATER (True and False stand for REPLACE and SKIP).</extracomment>
        <translation>Lendo os discos no Discogs antes de marcá-los…</translation>
    </message>
    <message>
        <source>Marking on Discogs stopped; the rest is written later.</source>
        <translation>A marcação no Discogs foi parada; o resto é gravado mais tarde.</translation>
    </message>
    <message>
        <source>%1 marks stay queued; you are asked again next time.</source>
        <translation>%1 marcações continuam na fila; você será perguntado de novo da próxima vez.</translation>
    </message>
    <message>
        <source>Marking on Discogs failed; it is tried again later.</source>
        <translation>A marcação no Discogs falhou; ela será tentada de novo mais tarde.</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>alguns segundos</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>cerca de um minuto</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>cerca de %1 minutos</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>cerca de %1 horas</translation>
    </message>
    <message>
        <source>Marking on Discogs: %1 marks, %2</source>
        <translation>Marcando no Discogs: %1 marcações, %2</translation>
    </message>
    <message>
        <source>(at once: they fit in the Discogs rate limit)…</source>
        <translation>(de uma vez: cabem no limite de solicitações do Discogs)…</translation>
    </message>
    <message>
        <source>(one every %1 s, the Discogs rate limit)…</source>
        <translation>(uma a cada %1 s, o limite de solicitações do Discogs)…</translation>
    </message>
    <message>
        <source>Marked %1 of %2 records as printed on Discogs.</source>
        <translation>%1 de %2 discos marcados como impressos no Discogs.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>e mais %1</translation>
    </message>
    <message>
        <source>Kept %1 values you wrote: %2.</source>
        <translation>%1 valores que você escreveu foram mantidos: %2.</translation>
    </message>
    <message>
        <source>Stopped: %1 The other %2 are kept and written later.</source>
        <translation>Parado: %1 Os outros %2 são mantidos e gravados mais tarde.</translation>
    </message>
    <message>
        <source>%1 failed; %2 of them are tried again later.</source>
        <translation>%1 falharam; %2 deles serão tentados de novo mais tarde.</translation>
    </message>
    <message>
        <source>Nothing was lost: the records stay marked as exported here.</source>
        <translation>Nada foi perdido: os discos continuam marcados aqui como exportados.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Entrar de novo</translation>
    </message>
</context>
<context>
    <name>PrintedQuestions</name>
    <message>
        <source>Mark as printed on Discogs</source>
        <translation>Marcar como impressos no Discogs</translation>
    </message>
    <message>
        <source>Write today&apos;s date into your Discogs field “%1” for the %2 exported records?</source>
        <translation>Gravar a data de hoje no seu campo do Discogs “%1” para os %2 discos exportados?</translation>
    </message>
    <message>
        <source>This changes your collection on Discogs. Each record&apos;s field is read first, and a value you wrote yourself is kept unless you choose to replace it. Up to about 60 marks go at once; more go at the Discogs rate limit, about one a second. You can stop them at any time, and turn this off in Settings.</source>
        <translation>Isto altera sua coleção no Discogs. O campo de cada disco é lido antes, e um valor que você mesmo escreveu é mantido, a menos que você escolha substituí-lo. Até cerca de 60 marcações vão de uma vez; as demais seguem o limite de solicitações do Discogs, cerca de uma por segundo. Você pode pará-las a qualquer momento e desativar isto nas Configurações.</translation>
    </message>
    <message>
        <source>%1 of the records have something else in “%2” on Discogs.</source>
        <translation>%1 dos discos têm outra coisa em “%2” no Discogs.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>e mais %1</translation>
    </message>
    <message>
        <source>They hold: %1. Replace writes the mark over exactly these values; Skip keeps them; Don&apos;t mark now keeps these marks queued for later.</source>
        <translation>Eles contêm: %1. Substituir grava a marcação exatamente sobre esses valores; Pular os mantém; Não marcar agora deixa essas marcações na fila para depois.</translation>
    </message>
    <message>
        <source>Don&apos;t mark now</source>
        <translation>Não marcar agora</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Skip those</source>
        <translation>Pular esses</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Substituir</translation>
    </message>
</context>
<context>
    <name>ReleaseModel</name>
    <message>
        <source>Last exported on %1</source>
        <translation>Exportado pela última vez em %1</translation>
    </message>
    <message numerus="yes">
        <source>Rated %n of 5</source>
        <translation>
            <numerusform>Avaliado com %n de 5</numerusform>
            <numerusform>Avaliado com %n de 5</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Não marcado</translation>
    </message>
    <message>
        <source>Your Discogs collection field “%1”</source>
        <translation>Seu campo da coleção do Discogs “%1”</translation>
    </message>
    <message>
        <source>Check or uncheck all shown releases</source>
        <translation>Marcar ou desmarcar todos os lançamentos exibidos</translation>
    </message>
    <message>
        <source>Cover (hover for a larger one)</source>
        <translation>Capa (passe o mouse para ampliar)</translation>
    </message>
    <message>
        <source>When the release was last saved to a QR Factory CSV</source>
        <translation>Quando o lançamento foi salvo pela última vez em um CSV do QR Factory</translation>
    </message>
    <message>
        <source>Last exported on %1; the sticker would now read differently (reprint it)</source>
        <translation>Exportado pela última vez em %1; o adesivo agora ficaria diferente (imprima de novo)</translation>
    </message>
    <message>
        <source>%1 · changed</source>
        <translation>%1 · alterado</translation>
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
        <translation>Ano</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Gravadora</translation>
    </message>
    <message>
        <source>Cat#</source>
        <translation>Nº cat.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Data de adição</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Cover</source>
        <extracomment>Emitted after checks change (any folder). Emitted after the collection field columns changed (added, renamed or removed). Emitted after rows were replaced in place by newer data (:meth:`update_rows`). Where the cover column&apos;s pictures come from (None: no covers), and their edge in device pixels.</extracomment>
        <translation>Capa</translation>
    </message>
</context>
<context>
    <name>ReleaseTable</name>
    <message>
        <source>Releases</source>
        <extracomment>Row heights with covers (the cover is the row less a small margin) and without.</extracomment>
        <translation>Lançamentos</translation>
    </message>
    <message>
        <source>The first column ticks a release for the preview, the CSV and the stickers; Space ticks the current row.</source>
        <translation>A primeira coluna marca um lançamento para a visualização, o CSV e os adesivos; a barra de espaço marca a linha atual.</translation>
    </message>
    <message>
        <source>Collection fields</source>
        <translation>Campos da coleção</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Redefinir colunas</translation>
    </message>
</context>
<context>
    <name>SelectionController</name>
    <message>
        <source>Finding the ticked records…</source>
        <extracomment>The ticked instances (shown first, in table order) and the ticked ids not found.</extracomment>
        <translation>Procurando os discos marcados…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Local library</source>
        <translation>Biblioteca local</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>Tamanho do cache</translation>
    </message>
    <message>
        <source>Clear cache…</source>
        <translation>Limpar cache…</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Limpar cache</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Arquivos CSV</translation>
    </message>
    <message>
        <source>Start with a byte order mark (BOM)</source>
        <translation>Começar com uma marca de ordem de bytes (BOM)</translation>
    </message>
    <message>
        <source>Unix line ends (LF instead of CRLF)</source>
        <translation>Fins de linha Unix (LF em vez de CRLF)</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Show covers (downloaded from Discogs)</source>
        <translation>Mostrar capas (baixadas do Discogs)</translation>
    </message>
    <message>
        <source>Off: no cover is downloaded; the table shows text only</source>
        <translation>Desativado: nenhuma capa é baixada; a tabela mostra só texto</translation>
    </message>
    <message>
        <source>Cover cache limit</source>
        <translation>Limite do cache de capas</translation>
    </message>
    <message>
        <source>At most this much disk space for covers; the oldest are dropped first</source>
        <translation>No máximo este espaço em disco para capas; as mais antigas são descartadas primeiro</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Guardar no máximo</translation>
    </message>
    <message>
        <source>Cover cache size</source>
        <translation>Tamanho do cache de capas</translation>
    </message>
    <message>
        <source>Clear cover cache</source>
        <translation>Limpar cache de capas</translation>
    </message>
    <message>
        <source>Covers kept on this computer: %1</source>
        <translation>Capas guardadas neste computador: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma da janela</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma do sistema (%1)</translation>
    </message>
    <message>
        <source>The app starts again in the new language</source>
        <translation>O aplicativo reinicia no novo idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>On Discogs</source>
        <translation>No Discogs</translation>
    </message>
    <message>
        <source>Mark printed records in</source>
        <translation>Marcar discos impressos em</translation>
    </message>
    <message>
        <source>After a CSV or sticker sheet is made, write e.g. “QR 2026-12-05” into this collection field of each exported record, so every computer knows it is printed</source>
        <translation>Depois que um CSV ou uma folha de adesivos é gerado, gravar p. ex. “QR 2026-12-05” neste campo da coleção de cada disco exportado, para que todo computador saiba que ele foi impresso</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>No local library for this collection.</source>
        <translation>Não há biblioteca local para esta coleção.</translation>
    </message>
    <message>
        <source>Cached collection data: %1</source>
        <translation>Dados da coleção em cache: %1</translation>
    </message>
    <message>
        <source>Delete the locally cached collection? It is read from Discogs again the next time a folder is opened. Your export history is kept.</source>
        <translation>Excluir a coleção guardada em cache local? Ela será lida do Discogs de novo na próxima vez que uma pasta for aberta. Seu histórico de exportações é mantido.</translation>
    </message>
</context>
<context>
    <name>SheetMap</name>
    <message>
        <source>Sheet map: click the labels already used</source>
        <translation>Mapa da folha: clique nas etiquetas já usadas</translation>
    </message>
    <message>
        <source>Each box is one label of the sheet; the stickers fill the free labels from the starting label on. Arrow keys move between labels, Space marks a label used or free, the menu key offers to print the shown sticker on a free label.</source>
        <translation>Cada quadro é uma etiqueta da folha; os adesivos preenchem as etiquetas livres a partir da etiqueta inicial. As setas movem entre as etiquetas, Espaço marca uma etiqueta como usada ou livre, e a tecla de menu oferece imprimir o adesivo exibido em uma etiqueta livre.</translation>
    </message>
    <message>
        <source>Click the labels already used on this sheet to skip them. Right-click a free label to print the shown sticker on it.</source>
        <translation>Clique nas etiquetas já usadas desta folha para pulá-las. Clique com o botão direito em uma etiqueta livre para imprimir nela o adesivo exibido.</translation>
    </message>
    <message>
        <source>&amp;Print this sticker here…</source>
        <translation>&amp;Imprimir este adesivo aqui…</translation>
    </message>
    <message>
        <source>&amp;Save this sticker here as PDF…</source>
        <translation>&amp;Salvar este adesivo aqui como PDF…</translation>
    </message>
    <message>
        <source>&amp;Mark as used</source>
        <translation>&amp;Marcar como usada</translation>
    </message>
    <message>
        <source>&amp;Mark as free</source>
        <translation>&amp;Marcar como livre</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Discogs</source>
        <translation>Entrar no Discogs</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Método de login</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Entrar com o Discogs</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Token de acesso pessoal</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabalhando</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Status do login</translation>
    </message>
    <message>
        <source>Discogs opens in the browser and asks you to allow access; this window then continues by itself.</source>
        <translation>O Discogs abre no navegador e pede que você permita o acesso; depois esta janela continua sozinha.</translation>
    </message>
    <message>
        <source>Discogs asks each desktop app for its own key. Register an application at &lt;a href=&quot;%1&quot;&gt;Discogs → Settings → Developers&lt;/a&gt; (any name; the callback URL can stay empty), then copy its consumer key and secret here.</source>
        <translation>O Discogs pede a cada aplicativo de desktop sua própria chave. Registre um aplicativo em &lt;a href=&quot;%1&quot;&gt;Discogs → Configurações → Desenvolvedores&lt;/a&gt; (qualquer nome; a URL de retorno pode ficar vazia) e copie aqui a consumer key e o consumer secret dele.</translation>
    </message>
    <message>
        <source>Your own application key</source>
        <translation>Sua própria chave de aplicativo</translation>
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
        <translation>&amp;Abrir o Discogs no navegador</translation>
    </message>
    <message>
        <source>Open Discogs in the browser</source>
        <translation>Abrir o Discogs no navegador</translation>
    </message>
    <message>
        <source>Address to open in a browser</source>
        <translation>Endereço para abrir em um navegador</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copiar o endereço</translation>
    </message>
    <message>
        <source>If the browser cannot come back here, paste the code or address</source>
        <translation>Se o navegador não conseguir voltar aqui, cole o código ou o endereço</translation>
    </message>
    <message>
        <source>Code from Discogs</source>
        <translation>Código do Discogs</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Continue with the pasted code</source>
        <translation>Continuar com o código colado</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open &lt;a href=&quot;%1&quot;&gt;Discogs → Settings → Developers&lt;/a&gt; (sign in to Discogs there if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate new token&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the token, paste it below and click &lt;b&gt;Sign in&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;The token gives this app access to your collection until you revoke it there.</source>
        <translation>&lt;ol&gt;&lt;li&gt;Abra &lt;a href=&quot;%1&quot;&gt;Discogs → Configurações → Desenvolvedores&lt;/a&gt; (entre no Discogs ali se for pedido).&lt;/li&gt;&lt;li&gt;Clique em &lt;b&gt;Gerar novo token&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copie o token, cole-o abaixo e clique em &lt;b&gt;Entrar&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;O token dá a este aplicativo acesso à sua coleção até você revogá-lo lá.</translation>
    </message>
    <message>
        <source>Open the &amp;developer settings</source>
        <translation>Abrir as configurações de &amp;desenvolvedor</translation>
    </message>
    <message>
        <source>Open the Discogs developer settings</source>
        <translation>Abrir as configurações de desenvolvedor do Discogs</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Sign in with the token</source>
        <translation>Entrar com o token</translation>
    </message>
    <message>
        <source>Where to keep the sign-in</source>
        <translation>Onde guardar o login</translation>
    </message>
    <message>
        <source>For this session only (sign in again next time)</source>
        <translation>Só nesta sessão (entrar de novo da próxima vez)</translation>
    </message>
    <message>
        <source>In an UNENCRYPTED file on this computer, readable by your user account:</source>
        <translation>Em um arquivo SEM CRIPTOGRAFIA neste computador, legível pela sua conta de usuário:</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer.</source>
        <translation>Nenhum chaveiro seguro está disponível neste computador.</translation>
    </message>
    <message>
        <source>Enter the consumer key and secret first.</source>
        <translation>Digite primeiro a consumer key e o consumer secret.</translation>
    </message>
    <message>
        <source>Asking Discogs for a sign-in address…</source>
        <translation>Pedindo ao Discogs um endereço de login…</translation>
    </message>
    <message>
        <source>Allow access in the browser; this window continues by itself.</source>
        <translation>Permita o acesso no navegador; esta janela continua sozinha.</translation>
    </message>
    <message>
        <source>Allow access in the browser, then paste the code here.</source>
        <translation>Permita o acesso no navegador e depois cole o código aqui.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Verificando o código…</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>Endereço copiado.</translation>
    </message>
    <message>
        <source>Paste a personal access token first.</source>
        <translation>Cole primeiro um token de acesso pessoal.</translation>
    </message>
    <message>
        <source>Checking the token with Discogs…</source>
        <translation>Verificando o token com o Discogs…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Conectado como %1.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>waiting %1 s for the Discogs rate limit</source>
        <translation>aguardando %1 s pelo limite de solicitações do Discogs</translation>
    </message>
    <message>
        <source>Discogs did not answer properly; trying again in %1 s</source>
        <translation>O Discogs não respondeu direito; tentando de novo em %1 s</translation>
    </message>
    <message>
        <source>waiting %1 s: %2</source>
        <translation>aguardando %1 s: %2</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>Status do carregamento</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progresso do carregamento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Cancelar carregamento</translation>
    </message>
    <message>
        <source>Stop loading; what is loaded stays, and Refresh loads the rest</source>
        <translation>Parar o carregamento; o que foi carregado fica, e Atualizar carrega o resto</translation>
    </message>
</context>
<context>
    <name>StickerPreview</name>
    <message>
        <source>Sticker preview</source>
        <translation>Visualização do adesivo</translation>
    </message>
    <message>
        <source>How the sticker of the current row prints: its QR code and its caption</source>
        <translation>Como o adesivo da linha atual é impresso: o código QR e a legenda</translation>
    </message>
</context>
<context>
    <name>StickersDialog</name>
    <message>
        <source>Stickers</source>
        <translation>Adesivos</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>Folha de etiquetas</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>Esta folha</translation>
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
        <translation>Deslocamento da impressora:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Label outlines</source>
        <translation>Contornos das etiquetas</translation>
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
        <translation>A fonte das linhas (BottomTextFont)</translation>
    </message>
    <message>
        <source>This font:</source>
        <translation>Esta fonte:</translation>
    </message>
    <message>
        <source>Caption font:</source>
        <translation>Fonte da legenda:</translation>
    </message>
    <message>
        <source>Fit the label</source>
        <translation>Ajustar à etiqueta</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Caption &amp;size:</source>
        <translation>&amp;Tamanho da legenda:</translation>
    </message>
    <message>
        <source>PNG pictures</source>
        <translation>Imagens PNG</translation>
    </message>
    <message>
        <source>SVG drawings</source>
        <translation>Desenhos SVG</translation>
    </message>
    <message>
        <source>Print at 100 % (actual size): turn off “Fit to page” or “Scale to fit” in the print dialog, or the stickers will miss the labels.</source>
        <translation>Imprima a 100 % (tamanho real): desative “Ajustar à página” ou “Dimensionar para caber” na caixa de impressão, ou os adesivos não vão cair nas etiquetas.</translation>
    </message>
    <message>
        <source>&amp;Test page…</source>
        <translation>Página de t&amp;este…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Salvar &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Save &amp;images…</source>
        <translation>Salvar &amp;imagens…</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Not usable: %1.</source>
        <translation>Não utilizável: %1.</translation>
    </message>
    <message>
        <source>Save stickers as PDF</source>
        <translation>Salvar adesivos como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sheet in the printer</source>
        <translation>Folha na impressora</translation>
    </message>
    <message>
        <source>A sheet printed on before: printing goes on at its first free label</source>
        <translation>Uma folha já usada antes: a impressão continua na primeira etiqueta livre</translation>
    </message>
    <message>
        <source>Fres&amp;h sheet</source>
        <translation>Folha &amp;nova</translation>
    </message>
    <message>
        <source>Start a fresh sheet</source>
        <translation>Começar uma folha nova</translation>
    </message>
    <message>
        <source>Print from the first label of a new sheet</source>
        <translation>Imprimir a partir da primeira etiqueta de uma folha nova</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>Começar na etiqueta</translation>
    </message>
    <message>
        <source>Start &amp;at label:</source>
        <translation>Começar na eti&amp;queta:</translation>
    </message>
    <message>
        <source>Printer offset to the right</source>
        <translation>Deslocamento da impressora para a direita</translation>
    </message>
    <message>
        <source>Printer offset down</source>
        <translation>Deslocamento da impressora para baixo</translation>
    </message>
    <message>
        <source>Ima&amp;ges as:</source>
        <translation>Ima&amp;gens como:</translation>
    </message>
    <message>
        <source>Sticker shown</source>
        <translation>Adesivo exibido</translation>
    </message>
    <message>
        <source>Stic&amp;ker:</source>
        <translation>A&amp;desivo:</translation>
    </message>
    <message>
        <source>Sh&amp;eet in the printer:</source>
        <translation>Fol&amp;ha na impressora:</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Esquecer</translation>
    </message>
    <message>
        <source>Forget this sheet</source>
        <translation>Esquecer esta folha</translation>
    </message>
    <message>
        <source>This sheet is used up or thrown away</source>
        <translation>Esta folha acabou ou foi jogada fora</translation>
    </message>
    <message>
        <source>Click the labels already used. Right-click a free label to print the sticker shown above on it.</source>
        <translation>Clique nas etiquetas já usadas. Clique com o botão direito em uma etiqueta livre para imprimir nela o adesivo exibido acima.</translation>
    </message>
    <message>
        <source>Stickers status</source>
        <translation>Status dos adesivos</translation>
    </message>
    <message>
        <source>What will be printed</source>
        <translation>O que será impresso</translation>
    </message>
    <message>
        <source>One size for the whole sheet</source>
        <translation>Um tamanho para a folha toda</translation>
    </message>
    <message>
        <source>Each label its own size</source>
        <translation>Cada etiqueta com seu tamanho</translation>
    </message>
    <message>
        <source>Caption &amp;fit:</source>
        <translation>A&amp;juste da legenda:</translation>
    </message>
    <message>
        <source>Record icon in the middle (a smaller code, less margin)</source>
        <translation>Ícone de disco no meio (código menor, menos margem)</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>As the rows say</source>
        <translation>Como dizem as linhas</translation>
    </message>
    <message>
        <source>Shorter: discogs.com/… without www</source>
        <translation>Mais curto: discogs.com/… sem www</translation>
    </message>
    <message>
        <source>Smallest code: in capitals, HTTPS://DISCOGS.COM/RELEASE/…</source>
        <translation>Código menor: em maiúsculas, HTTPS://DISCOGS.COM/RELEASE/…</translation>
    </message>
    <message>
        <source>&amp;Links printed:</source>
        <translation>&amp;Links impressos:</translation>
    </message>
    <message>
        <source>A fresh sheet</source>
        <translation>Uma folha nova</translation>
    </message>
    <message>
        <source>%1, %2 free, %3</source>
        <translation>%1, %2 livres, %3</translation>
    </message>
    <message>
        <source>%1 stickers on %2 page(s), from label %3.</source>
        <translation>%1 adesivos em %2 página(s), a partir da etiqueta %3.</translation>
    </message>
    <message>
        <source>Saved %1 stickers on %2 page(s) to %3; every code decoded.</source>
        <translation>%1 adesivos em %2 página(s) salvos em %3; todos os códigos foram lidos.</translation>
    </message>
    <message>
        <source>Print stickers</source>
        <translation>Imprimir adesivos</translation>
    </message>
    <message>
        <source>Sent %1 stickers on %2 page(s) to %3; every code decoded.</source>
        <translation>%1 adesivos em %2 página(s) enviados para %3; todos os códigos foram lidos.</translation>
    </message>
    <message>
        <source>Sent the sticker to label %4 on %3; its code decoded.</source>
        <translation>O adesivo foi enviado para a etiqueta %4 em %3; o código foi lido.</translation>
    </message>
    <message>
        <source>Save the sticker as PDF</source>
        <translation>Salvar o adesivo como PDF</translation>
    </message>
    <message>
        <source>Saved the sticker on label %4 to %3; its code decoded.</source>
        <translation>O adesivo da etiqueta %4 foi salvo em %3; o código foi lido.</translation>
    </message>
    <message>
        <source>Save sticker images in</source>
        <translation>Salvar imagens dos adesivos em</translation>
    </message>
    <message>
        <source>Saved %1 images in %3; every code decoded.</source>
        <translation>%1 imagens salvas em %3; todos os códigos foram lidos.</translation>
    </message>
    <message>
        <source>Characters no font has</source>
        <translation>Caracteres que nenhuma fonte tem</translation>
    </message>
    <message>
        <source>%1 caption(s) have characters that no installed font can print: they would print as empty boxes.</source>
        <translation>%1 legenda(s) têm caracteres que nenhuma fonte instalada consegue imprimir: sairiam como quadrados vazios.</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Salvar &amp;mesmo assim</translation>
    </message>
    <message>
        <source>&amp;Remove the characters</source>
        <translation>&amp;Remover os caracteres</translation>
    </message>
    <message>
        <source>Save a test page</source>
        <translation>Salvar uma página de teste</translation>
    </message>
    <message>
        <source>Saved the test page to %1. Print it at 100 % on plain paper, hold it against a label sheet, and set the offset.</source>
        <translation>A página de teste foi salva em %1. Imprima-a a 100 % em papel comum, coloque-a contra uma folha de etiquetas e ajuste o deslocamento.</translation>
    </message>
    <message>
        <source>Checking every code and drawing %1 stickers…</source>
        <translation>Verificando todos os códigos e desenhando %1 adesivos…</translation>
    </message>
    <message>
        <source>The export history could not be updated.</source>
        <translation>Não foi possível atualizar o histórico de exportações.</translation>
    </message>
    <message>
        <source>%1 code(s) scan with little margin: %2</source>
        <translation>%1 código(s) são lidos com pouca margem: %2</translation>
    </message>
    <message>
        <source>Used labels %1.</source>
        <translation>Etiquetas usadas: %1.</translation>
    </message>
    <message>
        <source>No label is left free: the next print starts a fresh sheet.</source>
        <translation>Nenhuma etiqueta ficou livre: a próxima impressão começa uma folha nova.</translation>
    </message>
    <message>
        <source>%1 labels stay free on the sheet in the printer; the next print starts at label %2.</source>
        <translation>%1 etiquetas continuam livres na folha da impressora; a próxima impressão começa na etiqueta %2.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Export template</source>
        <translation>Modelo de exportação</translation>
    </message>
    <message>
        <source>Template parts</source>
        <translation>Partes do modelo</translation>
    </message>
    <message>
        <source>Caption &amp;&amp; file name</source>
        <translation>Legenda &amp;&amp; nome do arquivo</translation>
    </message>
    <message>
        <source>Column defaults</source>
        <translation>Valores padrão das colunas</translation>
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
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>The values the app starts with</source>
        <translation>Os valores com que o aplicativo começa</translation>
    </message>
    <message>
        <source>Load a template file someone shared</source>
        <translation>Carregar um arquivo de modelo que alguém compartilhou</translation>
    </message>
    <message>
        <source>Save this template as a file to share</source>
        <translation>Salvar este modelo como arquivo para compartilhar</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Caption template</source>
        <translation>Modelo da legenda</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>Modelo do nome do arquivo</translation>
    </message>
    <message>
        <source>QR content template</source>
        <translation>Modelo do conteúdo QR</translation>
    </message>
    <message>
        <source>Caption (BottomText):</source>
        <translation>Legenda (BottomText):</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nome do arquivo:</translation>
    </message>
    <message>
        <source>QR code content:</source>
        <translation>Conteúdo do código QR:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>Use the artist name as credited on the release (ANV)</source>
        <translation>Usar o nome do artista como creditado no lançamento (ANV)</translation>
    </message>
    <message>
        <source>Text for an unknown year</source>
        <translation>Texto para um ano desconhecido</translation>
    </message>
    <message>
        <source>Protect cells starting with = + - @ for spreadsheets</source>
        <translation>Proteger células que começam com = + - @ para planilhas</translation>
    </message>
    <message>
        <source>Adds an apostrophe; QR Factory then prints it too. Off by default.</source>
        <translation>Acrescenta um apóstrofo; o QR Factory também o imprime. Desativado por padrão.</translation>
    </message>
    <message>
        <source>Icon file</source>
        <translation>Arquivo de ícone</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Unknown year:</source>
        <translation>Ano desconhecido:</translation>
    </message>
    <message>
        <source>Icon in the code:</source>
        <translation>Ícone no código:</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Your collection note field “%1”</source>
        <translation>Seu campo de notas da coleção “%1”</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Inserir</translation>
    </message>
    <message>
        <source>Insert at the cursor of the template you last edited</source>
        <translation>Inserir no cursor do último modelo que você editou</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Visualização</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Disco:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Legenda:</translation>
    </message>
    <message>
        <source>QR content:</source>
        <translation>Conteúdo QR:</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, linha %2, coluna %3</translation>
    </message>
    <message>
        <source>%1, column %3</source>
        <translation>%1, coluna %3</translation>
    </message>
    <message>
        <source>Fix the problems first</source>
        <translation>Corrija os problemas primeiro</translation>
    </message>
    <message>
        <source>(no record to show)</source>
        <translation>(nenhum disco para mostrar)</translation>
    </message>
    <message>
        <source>No icon: the code is plain.</source>
        <translation>Sem ícone: o código é simples.</translation>
    </message>
    <message>
        <source>A relative path: QR Factory may look for it beside the CSV file. Choose the file to store its full path.</source>
        <translation>Um caminho relativo: o QR Factory pode procurá-lo ao lado do arquivo CSV. Escolha o arquivo para guardar o caminho completo.</translation>
    </message>
    <message>
        <source>⚠ “%1” does not exist on this computer.</source>
        <translation>⚠ “%1” não existe neste computador.</translation>
    </message>
    <message>
        <source>✓ The icon file exists.</source>
        <translation>✓ O arquivo de ícone existe.</translation>
    </message>
    <message>
        <source>Choose the icon</source>
        <translation>Escolher o ícone</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>Imagens (*.svg *.png *.jpg *.jpeg *.pdf *.tif *.tiff);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Importar modelo</translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation>Modelos (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Modelos (*.json)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>“%1” could not be imported: %2</source>
        <translation>Não foi possível importar “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Não foi possível gravar “%1”: %2</translation>
    </message>
    <message>
        <source>Artists as Discogs shows them (joins, no “(2)”, ANV when chosen)</source>
        <extracomment>Every placeholder with a short description (shown by the template editor&apos;s picker).</extracomment>
        <translation>Artistas como o Discogs os mostra (com junções, sem “(2)”, ANV se escolhido)</translation>
    </message>
    <message>
        <source>Release title</source>
        <translation>Título do lançamento</translation>
    </message>
    <message>
        <source>Release year (“unknown” when Discogs has 0)</source>
        <translation>Ano do lançamento (“unknown” quando o Discogs tem 0)</translation>
    </message>
    <message>
        <source>Collection folder name</source>
        <translation>Nome da pasta da coleção</translation>
    </message>
    <message>
        <source>First format name, e.g. Vinyl</source>
        <translation>Primeiro nome de formato, p. ex. Vinyl</translation>
    </message>
    <message>
        <source>Record size: 12&quot;, 10&quot; or 7&quot; (LP ⇒ 12&quot;)</source>
        <translation>Tamanho do disco: 12&quot;, 10&quot; ou 7&quot; (LP ⇒ 12&quot;)</translation>
    </message>
    <message>
        <source>Format descriptions, e.g. LP, Album</source>
        <translation>Descrições do formato, p. ex. LP, Album</translation>
    </message>
    <message>
        <source>Full format, e.g. 2 × Vinyl, LP, Album</source>
        <translation>Formato completo, p. ex. 2 × Vinyl, LP, Album</translation>
    </message>
    <message>
        <source>First label</source>
        <translation>Primeira gravadora</translation>
    </message>
    <message>
        <source>Catalogue number</source>
        <translation>Número de catálogo</translation>
    </message>
    <message>
        <source>Discogs release id</source>
        <translation>Id do lançamento no Discogs</translation>
    </message>
    <message>
        <source>Collection instance id (distinct for two copies)</source>
        <translation>Id do exemplar na coleção (diferente para duas cópias)</translation>
    </message>
    <message>
        <source>Date added to the collection (YYYY-MM-DD)</source>
        <translation>Data de adição à coleção (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Your rating (0–5)</source>
        <translation>Sua avaliação (0–5)</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Gêneros</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation>Estilos</translation>
    </message>
    <message>
        <source>All collection notes</source>
        <translation>Todas as notas da coleção</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Discogs QR Export</source>
        <translation>Discogs QR Export</translation>
    </message>
    <message>
        <source>Pick records from your Discogs collection and print a QR sticker for each: on label sheets, a label printer or as images, or as a batch file for QR Factory 3.</source>
        <translation>Escolha discos da sua coleção do Discogs e imprima um adesivo QR para cada um: em folhas de etiquetas, em uma impressora de etiquetas ou como imagens, ou como arquivo em lote para o QR Factory 3.</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Entrar com o Discogs</translation>
    </message>
    <message>
        <source>Use a personal access token</source>
        <translation>Usar um token de acesso pessoal</translation>
    </message>
    <message>
        <source>Explore the demo collection</source>
        <translation>Explorar a coleção de demonstração</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open the Discogs developer settings (sign in there if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate new token&lt;/b&gt; and copy it.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Use a personal access token&lt;/b&gt; above and paste it.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Abra as configurações de desenvolvedor do Discogs (entre lá se for pedido).&lt;/li&gt;&lt;li&gt;Clique em &lt;b&gt;Gerar novo token&lt;/b&gt; e copie-o.&lt;/li&gt;&lt;li&gt;Clique em &lt;b&gt;Usar um token de acesso pessoal&lt;/b&gt; acima e cole-o.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open the developer settings</source>
        <translation>Abrir as configurações de desenvolvedor</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Discogs QR Export is already open; its window was brought to the front.</source>
        <translation>O Discogs QR Export já está aberto; a janela dele foi trazida para a frente.</translation>
    </message>
    <message>
        <source>Discogs QR Export is already open (process %1) but does not answer. Close it, or end that process, and start again.</source>
        <translation>O Discogs QR Export já está aberto (processo %1), mas não responde. Feche-o, ou encerre esse processo, e comece de novo.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Pick records from your Discogs collection and print a QR sticker for each, linking to its Discogs page: label sheets, label printers, images, or a batch CSV for QR Factory 3.</source>
        <translation>Discogs のコレクションからレコードを選び、それぞれの Discogs ページにリンクする QR ステッカーを印刷します。ラベルシート、ラベルプリンター、画像、または QR Factory 3 用の一括 CSV に対応しています。</translation>
    </message>
    <message>
        <source>Data from &lt;a href=&quot;https://www.discogs.com/&quot;&gt;Discogs&lt;/a&gt;. This app is not affiliated with Discogs.</source>
        <translation>データ提供: &lt;a href=&quot;https://www.discogs.com/&quot;&gt;Discogs&lt;/a&gt;。このアプリは Discogs とは関係ありません。</translation>
    </message>
</context>
<context>
    <name>AccountController</name>
    <message>
        <source>Signed in as %1</source>
        <extracomment>source, demo, credentials (or None), keep the checks (the same account again)</extracomment>
        <translation>%1 としてログイン中</translation>
    </message>
    <message>
        <source>Demo collection</source>
        <translation>デモコレクション</translation>
    </message>
    <message>
        <source>Checking the Discogs sign-in…</source>
        <translation>Discogs のログインを確認しています…</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Bring the collection up to date with Discogs (F5)</source>
        <translation>コレクションを Discogs と同期します (F5)</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>すべて再読み込み(&amp;F)</translation>
    </message>
    <message>
        <source>Read the whole collection from Discogs again</source>
        <translation>コレクション全体を Discogs からもう一度読み込みます</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>読み込みを中止(&amp;C)</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>読み込みを中止します</translation>
    </message>
    <message>
        <source>Preview checked…</source>
        <translation>プレビュー…</translation>
    </message>
    <message>
        <source>Preview and export the checked releases</source>
        <translation>チェックしたリリースをプレビューしてエクスポートします</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>Check &amp;all shown</source>
        <translation>表示中をすべてチェック(&amp;A)</translation>
    </message>
    <message>
        <source>Check every release shown (Ctrl+A)</source>
        <translation>表示中のリリースをすべてチェックします (Ctrl+A)</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>チェックをすべて外す(&amp;N)</translation>
    </message>
    <message>
        <source>Uncheck every release shown (Ctrl+Shift+A)</source>
        <translation>表示中のリリースのチェックをすべて外します (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Invert checks</source>
        <translation>チェックを反転(&amp;I)</translation>
    </message>
    <message>
        <source>Invert the checks of the releases shown (Ctrl+I)</source>
        <translation>表示中のリリースのチェックを反転します (Ctrl+I)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>フィルターをクリア(&amp;L)</translation>
    </message>
    <message>
        <source>Go to &amp;folders</source>
        <translation>フォルダへ移動(&amp;D)</translation>
    </message>
    <message>
        <source>Go to &amp;releases</source>
        <translation>リリースへ移動(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open release page</source>
        <translation>リリースページを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>ログイン(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Discogs でログイン</translation>
    </message>
    <message>
        <source>Use a personal access &amp;token…</source>
        <translation>個人アクセストークンを使う(&amp;T)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ログアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Forget the saved sign-in</source>
        <translation>保存したログイン情報を削除します</translation>
    </message>
    <message>
        <source>Open the &amp;demo collection</source>
        <translation>デモコレクションを開く(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>ログフォルダを表示(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Discogs QR Export</source>
        <translation>Discogs QR Export について(&amp;A)</translation>
    </message>
    <message>
        <source>Show co&amp;vers</source>
        <translation>ジャケットを表示(&amp;V)</translation>
    </message>
    <message>
        <source>Show each record&apos;s cover in the table</source>
        <translation>表にレコードのジャケット画像を表示します</translation>
    </message>
    <message>
        <source>&amp;Larger covers</source>
        <translation>ジャケットを大きく(&amp;L)</translation>
    </message>
    <message>
        <source>Taller rows with larger covers</source>
        <translation>行を高くしてジャケットを大きく表示します</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Enabled only while the collection browser is shown.</extracomment>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>このメッセージを非表示にします</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>反転</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Age of the collection field values</source>
        <translation>コレクション項目の値の取得時期</translation>
    </message>
    <message>
        <source>When the collection field values shown were last read from Discogs</source>
        <translation>表示中のコレクション項目の値を最後に Discogs から読み込んだ時刻</translation>
    </message>
    <message>
        <source>Preview checked…</source>
        <translation>プレビュー…</translation>
    </message>
    <message>
        <source>Preview checked releases</source>
        <translation>チェックしたリリースをプレビュー</translation>
    </message>
    <message>
        <source>Preview and export the checked releases (Ctrl+P)</source>
        <translation>チェックしたリリースをプレビューしてエクスポートします (Ctrl+P)</translation>
    </message>
    <message>
        <source>Releases and preview</source>
        <translation>リリースとプレビュー</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>リリース</translation>
    </message>
    <message>
        <source>fields read just now</source>
        <extracomment>() -&gt; when the field values shown were last read from Discogs (None: not known)</extracomment>
        <translation>項目: たった今読み込み</translation>
    </message>
    <message numerus="yes">
        <source>fields read %n min ago</source>
        <translation>
            <numerusform>項目: %n 分前に読み込み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fields read %n h ago</source>
        <translation>
            <numerusform>項目: %n 時間前に読み込み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fields read %n days ago</source>
        <translation>
            <numerusform>項目: %n 日前に読み込み</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown · %2 selected</source>
        <extracomment>(history, instances, folder names) -&gt; None: works out which exported records would now print differently (in a worker) and passes their ids to :meth:`set_changed_ids` () -&gt; the collection field holding the &quot;printed&quot; marks on Discogs, or None</extracomment>
        <translation>%1 件表示 · %2 件チェック</translation>
    </message>
    <message>
        <source>%1 in folder</source>
        <translation>フォルダ内 %1 件</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%2 件中 %1 件読み込み済み</translation>
    </message>
    <message>
        <source>(%1 selected not shown)</source>
        <translation>(うち %1 件は非表示)</translation>
    </message>
    <message>
        <source>No release matches the search and filters.</source>
        <translation>検索とフィルターに一致するリリースはありません。</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>このフォルダは空です。</translation>
    </message>
    <message numerus="yes">
        <source>Preview %n checked…</source>
        <translation>
            <numerusform>%n 件をプレビュー…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColorEditor</name>
    <message>
        <source>Choose a colour…</source>
        <translation>色を選択…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>色を選択</translation>
    </message>
</context>
<context>
    <name>ColumnDefaults</name>
    <message>
        <source>These values go into every row, for QR Factory 3 to draw each code with. A cell edited by hand in the preview keeps its own value. Hover over a name for what it means.</source>
        <extracomment>A value was changed by the user.</extracomment>
        <translation>これらの値はすべての行に入り、QR Factory 3 が各コードを描画するときに使われます。プレビューで手動で編集したセルは、その値が保持されます。名前にポインタを合わせると意味が表示されます。</translation>
    </message>
</context>
<context>
    <name>ColumnHelp</name>
    <message>
        <source>What the code holds. URL: the code opens a web page (the record on Discogs).</source>
        <extracomment>Columns edited on the editor&apos;s first tab; every other column is in this form. The width of the explanation under each field, in pixels (two columns fit the dialog). What each column means, in plain words (translated when shown, context &quot;ColumnHelp&quot;).</extracomment>
        <translation>コードの内容。URL: コードで Web ページ (Discogs のレコードページ) が開きます。</translation>
    </message>
    <message>
        <source>Width and height of each QR image, in pixels.</source>
        <translation>各 QR 画像の幅と高さ (ピクセル)。</translation>
    </message>
    <message>
        <source>The image format QR Factory writes. SVG, PDF and EPS stay sharp at any size.</source>
        <translation>QR Factory が書き出す画像形式。SVG、PDF、EPS はどのサイズでも鮮明です。</translation>
    </message>
    <message>
        <source>RGB for screens and home printers; CMYK for a print shop.</source>
        <translation>RGB は画面や家庭用プリンター向け、CMYK は印刷所向けです。</translation>
    </message>
    <message>
        <source>Turns the whole code by this many degrees.</source>
        <translation>コード全体をこの角度だけ回転します。</translation>
    </message>
    <message>
        <source>Error correction: how much of the code may be covered or scratched and still scan (Low about 7 %, Medium 15 %, Quartile 25 %, High 30 %). An icon in the middle covers part of the code, so keep it High.</source>
        <translation>誤り訂正: コードがどれだけ隠れたり傷ついたりしても読み取れるか (Low 約 7 %、Medium 15 %、Quartile 25 %、High 30 %)。中央のアイコンはコードの一部を隠すので、High のままにしてください。</translation>
    </message>
    <message>
        <source>Yes lets QR Factory choose the error correction itself; No always uses ReliabilityLevel.</source>
        <translation>Yes にすると QR Factory が誤り訂正レベルを自動で選びます。No にすると常に ReliabilityLevel を使います。</translation>
    </message>
    <message>
        <source>How round the code&apos;s small squares (its “pixels”) are drawn: 0.0 sharp squares, 1.0 round dots, in between squares with rounded corners.</source>
        <translation>コードの小さな四角 (「ピクセル」) の丸み: 0.0 は角張った四角、1.0 は丸い点、その間は角の丸い四角になります。</translation>
    </message>
    <message>
        <source>Solid: every pixel in PixelColorStart. Gradient: pixels blend from PixelColorStart to PixelColorEnd.</source>
        <translation>Solid: すべてのピクセルを PixelColorStart で塗ります。Gradient: ピクセルが PixelColorStart から PixelColorEnd へ変化します。</translation>
    </message>
    <message>
        <source>How the background is filled: one colour (Solid), a gradient, or nothing (Transparent).</source>
        <translation>背景の塗り方: 単色 (Solid)、グラデーション、または塗りなし (Transparent)。</translation>
    </message>
    <message>
        <source>The colour behind the code. Keep it much lighter than the pixels, or phones may not read the code.</source>
        <translation>コードの背景色。ピクセルよりかなり明るくしないと、スマートフォンで読み取れないことがあります。</translation>
    </message>
    <message>
        <source>The pixels&apos; colour (where a gradient starts).</source>
        <translation>ピクセルの色 (グラデーションの開始色)。</translation>
    </message>
    <message>
        <source>Where a gradient ends; only used when PixelColorType is Gradient.</source>
        <translation>グラデーションの終了色。PixelColorType が Gradient のときだけ使われます。</translation>
    </message>
    <message>
        <source>The direction of the gradient, in degrees.</source>
        <translation>グラデーションの方向 (度)。</translation>
    </message>
    <message>
        <source>Yes fits the middle icon to the code&apos;s grid of pixels, so it covers whole pixels and cuts none in half; No places it at its exact size.</source>
        <translation>Yes は中央のアイコンをコードのピクセルの格子に合わせ、ピクセルを半端に切らずに丸ごと覆います。No は正確なサイズで配置します。</translation>
    </message>
    <message>
        <source>How big the middle icon is, in percent. A bigger icon hides more of the code.</source>
        <translation>中央のアイコンの大きさ (パーセント)。アイコンが大きいほどコードが多く隠れます。</translation>
    </message>
    <message>
        <source>The shape of the blank frame around the icon, or None for no frame.</source>
        <translation>アイコンの周りの空白の枠の形。枠なしは None。</translation>
    </message>
    <message>
        <source>How wide the frame around the icon is, in percent.</source>
        <translation>アイコンの周りの枠の幅 (パーセント)。</translation>
    </message>
    <message>
        <source>How rounded a square frame&apos;s corners are (0 = sharp).</source>
        <translation>四角い枠の角の丸み (0 = 角張る)。</translation>
    </message>
    <message>
        <source>The colour of the frame around the icon.</source>
        <translation>アイコンの周りの枠の色。</translation>
    </message>
    <message>
        <source>The caption&apos;s size, in points.</source>
        <translation>キャプションの大きさ (ポイント)。</translation>
    </message>
    <message>
        <source>The caption&apos;s colour.</source>
        <translation>キャプションの色。</translation>
    </message>
    <message>
        <source>The caption&apos;s font, by name. It must be installed on the Mac that runs QR Factory.</source>
        <translation>キャプションのフォント名。QR Factory を実行する Mac にインストールされている必要があります。</translation>
    </message>
    <message>
        <source>The caption font&apos;s style: Regular, Bold, Italic or Bold Italic.</source>
        <translation>キャプションのフォントのスタイル: Regular、Bold、Italic、Bold Italic。</translation>
    </message>
    <message>
        <source>The quiet zone: an empty margin around the code, in percent of its size. Scanners need it to find the code, so do not make it 0.</source>
        <translation>クワイエットゾーン: コードの周りの空白の余白 (コードのサイズに対するパーセント)。スキャナーがコードを見つけるのに必要なので、0 にしないでください。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. Your saved files are not affected and you can keep working; if something looks wrong, save your work and restart the app.

The report below helps to fix it. It contains no passwords or tokens.</source>
        <translation>アプリ内で問題が発生しました。保存済みのファイルには影響がなく、このまま作業を続けられます。動作がおかしい場合は、作業を保存してアプリを再起動してください。

下のレポートは修正に役立ちます。パスワードやトークンは含まれていません。</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>エラーレポート</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>レポートをコピー</translation>
    </message>
    <message>
        <source>Show log folder</source>
        <translation>ログフォルダを表示</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message numerus="yes">
        <source>%n errors so far; the newest is shown.</source>
        <translation>
            <numerusform>これまでに %n 件のエラー。最新のものを表示しています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsController</name>
    <message>
        <source>The unsaved preview is restored once its records are read again…</source>
        <extracomment>The draft to load into the preview and the instances found for it ({} = none).</extracomment>
        <translation>保存していないプレビューは、レコードを読み込み直した後に復元されます…</translation>
    </message>
    <message>
        <source>Restoring the unsaved preview…</source>
        <translation>保存されていないプレビューを復元しています…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>“{value}” is not a colour like #1A2B3C.</source>
        <extracomment>Columns whose value is one of a fixed set (the preview offers a combo box). Numeric columns: (minimum, maximum, allows a fraction). Shown in the preview by default; the rest are one click away. How each placeholder is worked out; only the ones a template uses are computed.</extracomment>
        <translation>「{value}」は #1A2B3C のような色ではありません。</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>「{value}」は数値ではありません。</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>「{value}」は整数ではありません。</translation>
    </message>
    <message>
        <source>{value} is outside {low:g}–{high:g}.</source>
        <translation>{value} は {low:g}–{high:g} の範囲外です。</translation>
    </message>
    <message>
        <source>“{value}” is not one of {choices}.</source>
        <translation>「{value}」は {choices} のいずれでもありません。</translation>
    </message>
    <message>
        <source>Content is empty: the QR code would encode nothing.</source>
        <translation>Content が空です: QR コードに何も入りません。</translation>
    </message>
    <message>
        <source>FileName is empty.</source>
        <translation>FileName が空です。</translation>
    </message>
    <message>
        <source>FileName may only hold letters A–Z, digits, “.”, “_” and “-”.</source>
        <translation>FileName に使えるのは英字 A–Z、数字、「.」「_」「-」だけです。</translation>
    </message>
    <message>
        <source>The template is {length:,} characters long; at most {limit:,} are allowed.</source>
        <extracomment>The longest template accepted (captions, file names, content). QR Factory prints a caption under a sticker: a few lines. A longer template is refused with :data:`TOO_LONG_MESSAGE` (a 120 kB caption would otherwise turn 300 rows into a 62 MB file).</extracomment>
        <translation>テンプレートは {length:,} 文字あります。上限は {limit:,} 文字です。</translation>
    </message>
    <message>
        <source>“}}” without a matching “{{” (write “}}}}” for a brace).</source>
        <translation>対応する「{{」のない「}}」があります (波括弧そのものは「}}}}」と書きます)。</translation>
    </message>
    <message>
        <source>“{{” is never closed with “}}”.</source>
        <translation>「{{」が「}}」で閉じられていません。</translation>
    </message>
    <message>
        <source>Empty placeholder “{{}}”.</source>
        <translation>空のプレースホルダー「{{}}」。</translation>
    </message>
    <message>
        <source>“{{note:…}}” needs a note field name.</source>
        <translation>「{{note:…}}」にはメモ項目の名前が必要です。</translation>
    </message>
    <message>
        <source>No collection note field is called “{field}”.</source>
        <translation>「{field}」という名前のコレクションのメモ項目はありません。</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}. Did you mean {{{close}}}?</source>
        <translation>不明なプレースホルダー {{{name}}}。{{{close}}} のことですか?</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}.</source>
        <translation>不明なプレースホルダー {{{name}}}。</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer about the account.</source>
        <extracomment>Builds something with ``get_json(path)`` that sends requests signed with the credentials. How long a sign-in waits for the browser to come back (request tokens expire after ~15 min).</extracomment>
        <translation>Discogs からアカウントについて予期しない応答がありました。</translation>
    </message>
    <message>
        <source>Discogs did not answer in time; try again later.</source>
        <extracomment>An image larger than this is refused (Discogs&apos; covers are well under 1 MB). The image server says 403 or 429 when it is asked too often: back off as for a 5xx. Retries of one image: a cover that keeps failing is asked for again much later instead. Called with (seconds, reason) before the gateway waits. Request priorities: the user&apos;s requests go at once; background ones (a pass re-reading the collection) yield to them and keep to a share of the rate limit (see :func:`background_budget`). A background request waits this long after the user&apos;s last request (the next page of a load, the next mark, follows within this time).</extracomment>
        <translation>Discogs から時間内に応答がありませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not reach Discogs; check the internet connection and try again later.</source>
        <translation>Discogs に接続できませんでした。インターネット接続を確認して、しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Discogs kept refusing requests as too frequent; wait a minute and try again.</source>
        <translation>Discogs がリクエストが多すぎるとして拒否し続けました。1 分待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Discogs is not answering properly right now (HTTP {status}); try again later.</source>
        <translation>Discogs が現在正常に応答していません (HTTP {status})。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Discogs sent an answer that could not be read; try again later.</source>
        <translation>Discogs から読み取れない応答がありました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Discogs did not accept the sign-in (the token may be wrong or revoked); sign in again.</source>
        <translation>Discogs がログインを受け付けませんでした (トークンが間違っているか、無効にされた可能性があります)。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Discogs has no such page ({message}).</source>
        <translation>Discogs にそのページはありません ({message})。</translation>
    </message>
    <message>
        <source>Discogs has no such page.</source>
        <translation>Discogs にそのページはありません。</translation>
    </message>
    <message>
        <source>Discogs refused the request (HTTP {status}): {message}.</source>
        <translation>Discogs がリクエストを拒否しました (HTTP {status}): {message}。</translation>
    </message>
    <message>
        <source>Discogs refused the request (HTTP {status}).</source>
        <translation>Discogs がリクエストを拒否しました (HTTP {status})。</translation>
    </message>
    <message>
        <source>Discogs did not answer in time; try again.</source>
        <extracomment>``(method, url, auth) -&gt; (status, body text)``; raises AppError(NETWORK) when unreachable.</extracomment>
        <translation>Discogs から時間内に応答がありませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not reach Discogs; check the internet connection and try again.</source>
        <translation>Discogs に接続できませんでした。インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Discogs is receiving too many requests; wait a minute and try again.</source>
        <translation>Discogs へのリクエストが多すぎます。1 分待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer during sign-in; try again.</source>
        <translation>ログイン中に Discogs から予期しない応答がありました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Discogs did not accept these credentials; the token may be wrong or revoked.</source>
        <translation>Discogs がこの認証情報を受け付けませんでした。トークンが間違っているか、無効にされた可能性があります。</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer about the signed-in account.</source>
        <translation>Discogs からログイン中のアカウントについて予期しない応答がありました。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <extracomment>Discogs request tokens and verifiers expire after about this long.</extracomment>
        <translation>ログインはキャンセルされました。</translation>
    </message>
    <message>
        <source>No answer came from the browser within {time}; start the sign-in again.</source>
        <translation>{time}以内にブラウザから応答がありませんでした。もう一度ログインを始めてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>the time allowed</source>
        <translation>制限時間</translation>
    </message>
    <message>
        <source>Signing in with OAuth needs a Discogs consumer key and secret: register an application at {url} and pass --consumer-key/--consumer-secret (or set {key_env}/{secret_env}), or sign in with a personal access token instead (`discogs-qr login --token`).</source>
        <translation>OAuth でログインするには Discogs のコンシューマーキーとシークレットが必要です: {url} でアプリケーションを登録して --consumer-key/--consumer-secret を指定する (または {key_env}/{secret_env} を設定する) か、代わりに個人アクセストークンでログインしてください (`discogs-qr login --token`)。</translation>
    </message>
    <message>
        <source>Access was not granted on Discogs, so you are not signed in.</source>
        <translation>Discogs でアクセスが許可されなかったため、ログインしていません。</translation>
    </message>
    <message>
        <source>Paste the code Discogs showed, or the whole address from the browser&apos;s address bar.</source>
        <translation>Discogs に表示されたコード、またはブラウザのアドレスバーのアドレス全体を貼り付けてください。</translation>
    </message>
    <message>
        <source>That address belongs to a different sign-in attempt; use the one from the newest.</source>
        <translation>このアドレスは別のログイン操作のものです。最新のものを使ってください。</translation>
    </message>
    <message>
        <source>That does not look like a Discogs sign-in code; paste the code Discogs showed, or the whole address the browser ended on.</source>
        <translation>Discogs のログインコードではないようです。Discogs に表示されたコード、またはブラウザが最後に開いたアドレス全体を貼り付けてください。</translation>
    </message>
    <message>
        <source>Discogs did not accept the application&apos;s consumer key and secret; check them at {url}.</source>
        <translation>Discogs がアプリケーションのコンシューマーキーとシークレットを受け付けませんでした。{url} で確認してください。</translation>
    </message>
    <message>
        <source>This sign-in has no callback; paste the code Discogs shows instead.</source>
        <translation>このログインにはコールバックがありません。代わりに Discogs に表示されるコードを貼り付けてください。</translation>
    </message>
    <message>
        <source>Start the sign-in before entering a code.</source>
        <translation>コードを入力する前にログインを始めてください。</translation>
    </message>
    <message>
        <source>The sign-in request expired (they last about 15 minutes); start again.</source>
        <translation>ログインリクエストの有効期限が切れました (有効期間は約 15 分です)。もう一度始めてください。</translation>
    </message>
    <message>
        <source>Discogs did not accept the code; check it, or start the sign-in again if more than 15 minutes have passed (codes expire).</source>
        <translation>Discogs がコードを受け付けませんでした。コードを確認するか、15 分以上経っている場合はもう一度ログインを始めてください (コードには有効期限があります)。</translation>
    </message>
    <message>
        <source>Enter a Discogs personal access token.</source>
        <translation>Discogs の個人アクセストークンを入力してください。</translation>
    </message>
    <message>
        <source>Several folders are called “{name}” (ids {ids}); give the id instead.</source>
        <extracomment>Called with (instances read so far, instances expected; 0 while not known). How many unreadable entries a message names; the rest are counted.</extracomment>
        <translation>「{name}」という名前のフォルダが複数あります (ID {ids})。代わりに ID を指定してください。</translation>
    </message>
    <message>
        <source>There is no folder “{name}”; the folders are: {choices}.</source>
        <translation>「{name}」というフォルダはありません。フォルダは次のとおりです: {choices}。</translation>
    </message>
    <message>
        <source>The file {path} could not be saved: {reason}.</source>
        <translation>ファイル {path} を保存できませんでした: {reason}。</translation>
    </message>
    <message>
        <source>The demo collection could not be read: {reason}</source>
        <translation>デモコレクションを読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>There are no rows to make stickers from.</source>
        <translation>ステッカーを作る行がありません。</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… ほか {count} 件。</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) would not scan, so nothing was written. {failures}</source>
        <translation>
            <numerusform>%n 個のコードが読み取れないため、何も書き出しませんでした。{failures}</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} could not be saved: {reason}.</source>
        <translation>{path} を保存できませんでした: {reason}。</translation>
    </message>
    <message>
        <source>Printing failed: {reason}.</source>
        <translation>印刷に失敗しました: {reason}。</translation>
    </message>
    <message>
        <source>The sheet settings are not usable: {problem}.</source>
        <translation>シートの設定が使えません: {problem}。</translation>
    </message>
    <message>
        <source>A layout name needs 1–60 letters, digits or spaces.</source>
        <translation>レイアウト名には 1–60 文字の英数字またはスペースが必要です。</translation>
    </message>
    <message>
        <source>“{name}” is the name of a preset; choose another.</source>
        <translation>「{name}」はプリセットの名前です。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>The layout is not usable: {problem}.</source>
        <translation>レイアウトが使えません: {problem}。</translation>
    </message>
    <message>
        <source>The local library could not be opened: {reason}</source>
        <translation>ローカルライブラリを開けませんでした: {reason}</translation>
    </message>
    <message>
        <source>The local library could not be created: {reason}</source>
        <translation>ローカルライブラリを作成できませんでした: {reason}</translation>
    </message>
    <message>
        <source>The local library could not be used: {reason}</source>
        <translation>ローカルライブラリを使用できませんでした: {reason}</translation>
    </message>
    <message>
        <source>The local library was damaged and has been moved aside; fetching again.</source>
        <translation>ローカルライブラリが破損していたため、別の場所に移しました。もう一度取得します。</translation>
    </message>
    <message>
        <source>The local library was written by a newer version of the app and has been moved aside; fetching again.</source>
        <translation>ローカルライブラリは新しいバージョンのアプリで書き込まれていたため、別の場所に移しました。もう一度取得します。</translation>
    </message>
    <message>
        <source>The local library did not have the tables this version of the app needs and has been moved aside; fetching again.</source>
        <translation>ローカルライブラリにこのバージョンのアプリが必要とするテーブルがなかったため、別の場所に移しました。もう一度取得します。</translation>
    </message>
    <message>
        <source>No account is signed in.</source>
        <translation>ログインしているアカウントがありません。</translation>
    </message>
    <message>
        <source>Could not save the credentials file: {reason}.</source>
        <translation>認証情報ファイルを保存できませんでした: {reason}。</translation>
    </message>
    <message>
        <source>Could not save the sign-in to the system keyring; it may be locked.</source>
        <translation>システムのキーチェーンにログイン情報を保存できませんでした。ロックされている可能性があります。</translation>
    </message>
    <message>
        <source>Row {row} ({name}): {reason}</source>
        <extracomment>The degraded render: area-sampled at half of MARGIN_DPI (a 2-pixel box), then scaled up to MARGIN_DPI bilinearly (a 4-pixel tent); together a blur of sigma 1 pixel at 150 dpi.</extracomment>
        <translation>{row} 行目 ({name}): {reason}</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>{row} 行目: {reason}</translation>
    </message>
    <message>
        <source>the code reads “{read}” instead of its Content</source>
        <translation>コードが Content ではなく「{read}」と読み取られます</translation>
    </message>
    <message>
        <source>too little contrast between the code colour {dark} and the background {light}</source>
        <translation>コードの色 {dark} と背景 {light} のコントラストが不足しています</translation>
    </message>
    <message>
        <source>the icon is too large (IconSizePercent {percent:g}): it hides too much of the code</source>
        <translation>アイコンが大きすぎます (IconSizePercent {percent:g}): コードが隠れすぎます</translation>
    </message>
    <message>
        <source>the code is too small for its label (modules of {mm:.2f} mm, under {least} mm; try a larger label, no icon or the shorter link form)</source>
        <translation>ラベルに対してコードが小さすぎます (モジュール {mm:.2f} mm、{least} mm 未満。大きいラベル、アイコンなし、または短いリンク形式を試してください)</translation>
    </message>
    <message>
        <source>the code does not decode (try a smaller icon, more contrast or a larger label)</source>
        <translation>コードを読み取れません (小さいアイコン、強いコントラスト、または大きいラベルを試してください)</translation>
    </message>
    <message>
        <source>the code decodes only at full resolution, not blurred at {dpi} dpi as a phone sees it (modules of {mm:.2f} mm): a worn print or a dim room may not scan</source>
        <translation>コードはフル解像度でしか読み取れず、スマートフォンのように {dpi} dpi でぼかすと読み取れません (モジュール {mm:.2f} mm): 印刷がかすれたり暗い場所だったりすると読み取れないことがあります</translation>
    </message>
    <message>
        <source>small modules ({mm:.2f} mm, under {least} mm): little margin for a phone</source>
        <translation>モジュールが小さい ({mm:.2f} mm、{least} mm 未満): スマートフォンで読み取る余裕がほとんどありません</translation>
    </message>
    <message>
        <source>the icon file “{path}” cannot be read</source>
        <translation>アイコンファイル「{path}」を読み込めません</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search artist, title, label, cat#</source>
        <translation>アーティスト、タイトル、レーベル、カタログ番号</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search artists, titles, labels, catalogue numbers and collection fields (Ctrl+F)</source>
        <translation>アーティスト、タイトル、レーベル、カタログ番号、コレクション項目を検索します (Ctrl+F)</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>追加日:</translation>
    </message>
    <message>
        <source>Date added preset</source>
        <translation>追加日の期間</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>すべての期間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Since last export</source>
        <translation>前回のエクスポート以降</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <source>from</source>
        <translation>から</translation>
    </message>
    <message>
        <source>Filter by earliest date added</source>
        <translation>追加日の開始日で絞り込みます</translation>
    </message>
    <message>
        <source>Earliest date added</source>
        <translation>追加日 (開始)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>まで</translation>
    </message>
    <message>
        <source>Filter by latest date added</source>
        <translation>追加日の終了日で絞り込みます</translation>
    </message>
    <message>
        <source>Latest date added</source>
        <translation>追加日 (終了)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>フォーマット</translation>
    </message>
    <message>
        <source>Show only one format</source>
        <translation>1 つのフォーマットだけを表示します</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>すべてのフォーマット</translation>
    </message>
    <message>
        <source>Only not yet exported</source>
        <translation>未エクスポートのみ</translation>
    </message>
    <message>
        <source>Hide releases that were in a saved CSV before</source>
        <translation>保存済みの CSV に含まれていたリリースを非表示にします</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Changed since exported</source>
        <translation>エクスポート後に変更あり</translation>
    </message>
    <message>
        <source>Show only exported releases whose sticker would now read differently</source>
        <translation>ステッカーの内容が今では変わるエクスポート済みリリースだけを表示します</translation>
    </message>
    <message>
        <source>Nothing was exported yet</source>
        <translation>まだ何もエクスポートしていません</translation>
    </message>
    <message>
        <source>Collection field value</source>
        <translation>コレクション項目の値</translation>
    </message>
    <message>
        <source>Show only the releases with this value in a collection field</source>
        <translation>コレクション項目にこの値があるリリースだけを表示します</translation>
    </message>
    <message>
        <source>Any field value</source>
        <translation>すべての項目値</translation>
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
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>%1 (%2 releases)</source>
        <translation>%1 (%2 件のリリース)</translation>
    </message>
    <message>
        <source>%1, %2 releases</source>
        <translation>%1、%2 件のリリース</translation>
    </message>
</context>
<context>
    <name>FrozenChecks</name>
    <message>
        <source>Checks</source>
        <extracomment>Ticks the record at an index (with Shift: the range from the last tick).</extracomment>
        <translation>チェック</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>問題が発生しました: %1</translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message>
        <source>Label sheet</source>
        <translation>ラベルシート</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>ラベル(&amp;B):</translation>
    </message>
    <message>
        <source>Page width × height:</source>
        <translation>用紙の幅 × 高さ:</translation>
    </message>
    <message>
        <source>Label width × height:</source>
        <translation>ラベルの幅 × 高さ:</translation>
    </message>
    <message>
        <source>Pitch across × down:</source>
        <translation>ピッチ 横 × 縦:</translation>
    </message>
    <message>
        <source>Left × top margin:</source>
        <translation>左 × 上の余白:</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>用紙の幅</translation>
    </message>
    <message>
        <source>Page height</source>
        <translation>用紙の高さ</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>ラベルの幅</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>ラベルの高さ</translation>
    </message>
    <message>
        <source>Horizontal pitch</source>
        <translation>横ピッチ</translation>
    </message>
    <message>
        <source>Vertical pitch</source>
        <translation>縦ピッチ</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>左余白</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>上余白</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Rows of labels</source>
        <translation>ラベルの行数</translation>
    </message>
    <message>
        <source>Columns of labels</source>
        <translation>ラベルの列数</translation>
    </message>
    <message>
        <source>Rows × columns:</source>
        <translation>行 × 列:</translation>
    </message>
    <message>
        <source>Round labels</source>
        <translation>円形ラベル</translation>
    </message>
    <message>
        <source>Name to save this layout as</source>
        <translation>このレイアウトを保存する名前</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>レイアウトを保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>保存名:</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>保存済み: %1</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>カスタム…</translation>
    </message>
    <message>
        <source>Custom layout</source>
        <translation>カスタムレイアウト</translation>
    </message>
    <message>
        <source>Saved the layout “%1”.</source>
        <translation>レイアウト「%1」を保存しました。</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <source>the page width must be between 0 and 2000 mm</source>
        <translation>用紙の幅は 0～2000 mm にしてください</translation>
    </message>
    <message>
        <source>the page width must be at least 5 mm</source>
        <translation>用紙の幅は 5 mm 以上にしてください</translation>
    </message>
    <message>
        <source>the page height must be between 0 and 2000 mm</source>
        <translation>用紙の高さは 0～2000 mm にしてください</translation>
    </message>
    <message>
        <source>the page height must be at least 5 mm</source>
        <translation>用紙の高さは 5 mm 以上にしてください</translation>
    </message>
    <message>
        <source>the label width must be between 0 and 2000 mm</source>
        <translation>ラベルの幅は 0～2000 mm にしてください</translation>
    </message>
    <message>
        <source>the label width must be at least 5 mm</source>
        <translation>ラベルの幅は 5 mm 以上にしてください</translation>
    </message>
    <message>
        <source>the label height must be between 0 and 2000 mm</source>
        <translation>ラベルの高さは 0～2000 mm にしてください</translation>
    </message>
    <message>
        <source>the label height must be at least 5 mm</source>
        <translation>ラベルの高さは 5 mm 以上にしてください</translation>
    </message>
    <message>
        <source>the horizontal pitch must be between 0 and 2000 mm</source>
        <translation>横ピッチは 0～2000 mm にしてください</translation>
    </message>
    <message>
        <source>the vertical pitch must be between 0 and 2000 mm</source>
        <translation>縦ピッチは 0～2000 mm にしてください</translation>
    </message>
    <message>
        <source>the top margin must be between 0 and 2000 mm</source>
        <translation>上余白は 0～2000 mm にしてください</translation>
    </message>
    <message>
        <source>the left margin must be between 0 and 2000 mm</source>
        <translation>左余白は 0～2000 mm にしてください</translation>
    </message>
    <message>
        <source>rows and columns must be between 1 and 100</source>
        <translation>行数と列数は 1～100 にしてください</translation>
    </message>
    <message>
        <source>the horizontal pitch is smaller than the label width: labels overlap</source>
        <translation>横ピッチがラベルの幅より小さいため、ラベルが重なります</translation>
    </message>
    <message>
        <source>the vertical pitch is smaller than the label height: labels overlap</source>
        <translation>縦ピッチがラベルの高さより小さいため、ラベルが重なります</translation>
    </message>
    <message>
        <source>the labels end {mm:.1f} mm past the page&apos;s right edge</source>
        <translation>ラベルが用紙の右端から {mm:.1f} mm はみ出します</translation>
    </message>
    <message>
        <source>the labels end {mm:.1f} mm past the page&apos;s bottom</source>
        <translation>ラベルが用紙の下端から {mm:.1f} mm はみ出します</translation>
    </message>
    <message>
        <source>Avery L7120-25 — A4, 35 mm round, 35 per sheet</source>
        <translation>Avery L7120-25 — A4、直径 35 mm 円形、1 シート 35 枚</translation>
    </message>
    <message>
        <source>Avery L7121-25 — A4, 45 mm round, 24 per sheet</source>
        <translation>Avery L7121-25 — A4、直径 45 mm 円形、1 シート 24 枚</translation>
    </message>
    <message>
        <source>Avery 22807 — US Letter, 2&quot; round, 12 per sheet</source>
        <translation>Avery 22807 — US Letter、2&quot; 円形、1 シート 12 枚</translation>
    </message>
    <message>
        <source>Avery 5160/8160 — US Letter, 1&quot; × 2⅝&quot;, 30 per sheet</source>
        <translation>Avery 5160/8160 — US Letter、1&quot; × 2⅝&quot;、1 シート 30 枚</translation>
    </message>
    <message>
        <source>Brother DK-11202 — roll, 62 × 100 mm</source>
        <translation>Brother DK-11202 — ロール、62 × 100 mm</translation>
    </message>
    <message>
        <source>Brother DK-11209 — roll, 62 × 29 mm</source>
        <translation>Brother DK-11209 — ロール、62 × 29 mm</translation>
    </message>
    <message>
        <source>DYMO 11354 — roll, 57 × 32 mm</source>
        <translation>DYMO 11354 — ロール、57 × 32 mm</translation>
    </message>
    <message>
        <source>DYMO 30332 — roll, 25 × 25 mm square</source>
        <translation>DYMO 30332 — ロール、25 × 25 mm 正方形</translation>
    </message>
    <message>
        <source>the first label must be between 1 and {last}</source>
        <translation>最初のラベルは 1～{last} にしてください</translation>
    </message>
    <message>
        <source>there is no label {label} on this sheet (1–{last})</source>
        <translation>このシートにラベル {label} はありません (1–{last})</translation>
    </message>
    <message>
        <source>marks must be one of {marks}</source>
        <translation>マークは {marks} のいずれかにしてください</translation>
    </message>
    <message>
        <source>the calibration offset must be within ±20 mm</source>
        <translation>プリンターの位置補正は ±20 mm 以内にしてください</translation>
    </message>
</context>
<context>
    <name>LoaderController</name>
    <message>
        <source>Reading folders…</source>
        <translation>フォルダを読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>%1 releases loaded.</source>
        <translation>%1 件のリリースを読み込みました。</translation>
    </message>
    <message>
        <source>Loading stopped</source>
        <translation>読み込みを中止しました</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>読み込みをキャンセルしました</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>%2 件中 %1 件読み込み済み</translation>
    </message>
    <message>
        <source>%1: %2 of %3 releases loaded. Refresh (F5) loads the rest.</source>
        <translation>%1: %3 件中 %2 件のリリースを読み込みました。更新 (F5) で残りを読み込みます。</translation>
    </message>
    <message>
        <source>“%1” is not completely loaded: %2 of %3 loaded.</source>
        <translation>「%1」は完全には読み込まれていません: %3 件中 %2 件読み込み済み。</translation>
    </message>
    <message>
        <source>Refreshing: %1 of %2 read</source>
        <translation>更新中: %2 件中 %1 件読み込み</translation>
    </message>
    <message>
        <source>Refreshing: %1 read</source>
        <translation>更新中: %1 件読み込み</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>更新: %1</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>ログイン…</translation>
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
        <translation>トークンを使う</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Discogs でログイン</translation>
    </message>
    <message>
        <source>You are exploring the demo collection. Sign in to see your own.</source>
        <translation>デモコレクションを表示しています。ログインすると自分のコレクションが表示されます。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>再ログイン</translation>
    </message>
    <message>
        <source>The unsaved preview could not be kept on disk (see the log); it is tried again at the next change. Save it to a file to be safe.</source>
        <translation>保存していないプレビューをディスクに保持できませんでした(ログを参照)。次の変更時にもう一度試します。念のためファイルに保存してください。</translation>
    </message>
    <message>
        <source>Check some releases first.</source>
        <translation>先にリリースをチェックしてください。</translation>
    </message>
    <message>
        <source>Unsaved preview</source>
        <translation>保存されていないプレビュー</translation>
    </message>
    <message>
        <source>Restore the preview you did not save?</source>
        <translation>保存しなかったプレビューを復元しますか?</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1, edited %2</source>
        <translation>%1、編集: %2</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Ticked records not loaded</source>
        <translation>チェックしたレコードが未読み込み</translation>
    </message>
    <message>
        <source>1 ticked record is not in the library yet.</source>
        <translation>チェックしたレコードのうち 1 件がまだライブラリにありません。</translation>
    </message>
    <message>
        <source>%1 ticked records are not in the library yet.</source>
        <translation>チェックしたレコードのうち %1 件がまだライブラリにありません。</translation>
    </message>
    <message>
        <source>Load the All folder first to include them, or preview the others without them.</source>
        <translation>含めるには先に「All」フォルダを読み込むか、それらを除いてほかのレコードをプレビューしてください。</translation>
    </message>
    <message>
        <source>Load All first</source>
        <translation>先に All を読み込む</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>除外する</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Forget the saved Discogs sign-in on this computer?</source>
        <translation>このコンピューターに保存された Discogs のログイン情報を削除しますか?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart now? Your folder, filters, ticks and an unsaved preview are kept.</source>
        <translation>新しい言語は次回の起動から使われます。今すぐ再起動しますか? フォルダ、フィルター、チェック、保存していないプレビューはそのまま残ります。</translation>
    </message>
    <message>
        <source>Discogs did not accept the saved sign-in (%1). Sign in again to continue; your checked releases are kept.</source>
        <translation>Discogs が保存済みのログインを受け付けませんでした (%1)。続けるにはもう一度ログインしてください。チェックしたリリースはそのまま残ります。</translation>
    </message>
    <message>
        <source>%1 Try again in a minute.</source>
        <translation>%1 1 分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>an earlier session</source>
        <translation>以前のセッション</translation>
    </message>
    <message>
        <source>Offline — data from %1</source>
        <translation>オフライン — %1 のデータ</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <extracomment>How many unreadable entries the banner names; the rest are counted.</extracomment>
        <translation>ほか %1 件</translation>
    </message>
    <message>
        <source>1 entry could not be read: %1</source>
        <translation>1 件のエントリを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 entries could not be read: %2</source>
        <translation>%1 件のエントリを読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 時間前</translation>
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
        <translation>キャプション</translation>
    </message>
    <message>
        <source>Enter finishes editing; Shift+Enter starts a new line.</source>
        <translation>Enter で編集を終了、Shift+Enter で改行します。</translation>
    </message>
</context>
<context>
    <name>PreviewColumns</name>
    <message>
        <source>Columns</source>
        <extracomment>The columns shown first, in this order; the rest of DEFAULT_VISIBLE follows.</extracomment>
        <translation>列</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>標準の列</translation>
    </message>
</context>
<context>
    <name>PreviewHeader</name>
    <message>
        <source>Row %1, %2: %3</source>
        <extracomment>The problems link was clicked.</extracomment>
        <translation>%1 行目、%2: %3</translation>
    </message>
    <message>
        <source>%1 from several folders</source>
        <translation>複数のフォルダから %1</translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation>「%2」から %1</translation>
    </message>
    <message>
        <source>%1 exported before</source>
        <translation>%1 件はエクスポート済み</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>問題 1 件</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>問題 %1 件</translation>
    </message>
</context>
<context>
    <name>PreviewHost</name>
    <message>
        <source>Preview</source>
        <extracomment>The edge of the current record&apos;s cover beside its sticker, in logical pixels.</extracomment>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Stickers…</source>
        <translation>ステッカー…</translation>
    </message>
    <message>
        <source>Print sticker sheets, or save them as a PDF or images</source>
        <translation>ステッカーシートを印刷するか、PDF または画像として保存します</translation>
    </message>
    <message>
        <source>Cover of the current row</source>
        <translation>現在の行のジャケット</translation>
    </message>
    <message>
        <source>Sticker of the current row</source>
        <translation>現在の行のステッカー</translation>
    </message>
    <message>
        <source>Preview (%1)</source>
        <translation>プレビュー (%1)</translation>
    </message>
    <message>
        <source>The unsaved preview could not be restored: its releases are no longer in this collection.</source>
        <translation>保存されていないプレビューを復元できませんでした: そのリリースはもうこのコレクションにありません。</translation>
    </message>
    <message>
        <source>%1 of %2 rows restored; the others are no longer in your collection.</source>
        <translation>%2 行中 %1 行を復元しました。ほかの行はもうコレクションにありません。</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Edit %1 in row %2</source>
        <translation>%2 行目の %1 を編集</translation>
    </message>
    <message>
        <source>Delete %n row(s)</source>
        <translation>%n 行を削除</translation>
    </message>
    <message>
        <source>Move %n row(s)</source>
        <translation>%n 行を移動</translation>
    </message>
    <message>
        <source>Reset %n row(s)</source>
        <translation>%n 行をリセット</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>テンプレートを適用</translation>
    </message>
    <message>
        <source>Preview again: %1 added, %2 removed</source>
        <extracomment>Emitted after any change to the rows (for problem counts and titles).</extracomment>
        <translation>再プレビュー: %1 件追加、%2 件削除</translation>
    </message>
    <message>
        <source>Restore the unsaved preview</source>
        <translation>保存されていないプレビューを復元</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>行を複製</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>行をコピー</translation>
    </message>
    <message>
        <source>QR Factory 3 column “%1”</source>
        <extracomment>A row&apos;s cells, template cells and edited columns (what a rebuild changes and undo restores). The instances the rows were asked for (a deleted row&apos;s instance stays in here).</extracomment>
        <translation>QR Factory 3 の列「%1」</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <source>Edited by you (template gives “%1”).</source>
        <translation>手動で編集済み (テンプレートでは「%1」)。</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Export preview</source>
        <extracomment>A CSV was written: its path and the instance ids it holds (in file order). The number of rows changed (build, merge, delete, duplicate, undo…). The row under the cursor changed or was edited: its 30 cells ([] for none).</extracomment>
        <translation>エクスポートのプレビュー</translation>
    </message>
    <message>
        <source>Preview</source>
        <extracomment>The table and, once :meth:`set_side_widget` is called, a widget beside it.</extracomment>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Save the rows as a QR Factory 3 CSV file</source>
        <translation>行を QR Factory 3 用の CSV ファイルとして保存します</translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1</source>
        <translation>設定を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 を元に戻す</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 をやり直す</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>行を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Leave the selected rows out of this file</source>
        <translation>選択した行をこのファイルから除外します</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;L)</translation>
    </message>
    <message>
        <source>Add a copy of the selected rows</source>
        <translation>選択した行のコピーを追加します</translation>
    </message>
    <message>
        <source>&amp;Reset row</source>
        <translation>行をリセット(&amp;E)</translation>
    </message>
    <message>
        <source>Build the selected rows again from the template</source>
        <translation>選択した行をテンプレートから作り直します</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>CSV としてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>テンプレート(&amp;T)…</translation>
    </message>
    <message>
        <source>Caption, file name and column defaults</source>
        <translation>キャプション、ファイル名、列の既定値</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <source>File options</source>
        <translation>ファイルのオプション</translation>
    </message>
    <message>
        <source>Start with a BOM (for Excel)</source>
        <translation>BOM を付ける (Excel 用)</translation>
    </message>
    <message>
        <source>Unix line ends (LF, not CRLF)</source>
        <translation>Unix の改行 (CRLF ではなく LF)</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>Added 1 row</source>
        <translation>1 行を追加しました</translation>
    </message>
    <message>
        <source>Added %1 rows</source>
        <translation>%1 行を追加しました</translation>
    </message>
    <message>
        <source>removed 1 unedited row of a record no longer checked</source>
        <translation>チェックが外れたレコードの未編集の行を 1 行削除しました</translation>
    </message>
    <message>
        <source>removed %1 unedited rows of records no longer checked</source>
        <translation>チェックが外れたレコードの未編集の行を %1 行削除しました</translation>
    </message>
    <message>
        <source>kept 1 edited row of a record no longer checked</source>
        <translation>チェックが外れたレコードの編集済みの行を 1 行残しました</translation>
    </message>
    <message>
        <source>kept %1 edited rows of records no longer checked</source>
        <translation>チェックが外れたレコードの編集済みの行を %1 行残しました</translation>
    </message>
    <message>
        <source>1 row you deleted stays out</source>
        <translation>削除した 1 行は除外されたままです</translation>
    </message>
    <message>
        <source>%1 rows you deleted stay out</source>
        <translation>削除した %1 行は除外されたままです</translation>
    </message>
    <message>
        <source>The preview already holds these records; nothing changed.</source>
        <translation>プレビューにはすでにこれらのレコードがあります。変更はありません。</translation>
    </message>
    <message>
        <source>your edits are kept</source>
        <translation>編集内容は保持されます</translation>
    </message>
    <message>
        <source>Undo puts the preview back as it was</source>
        <translation>「元に戻す」でプレビューを元の状態に戻せます</translation>
    </message>
    <message>
        <source>Apply the new template?</source>
        <translation>新しいテンプレートを適用しますか?</translation>
    </message>
    <message>
        <source>Rebuild the preview rows with the new template?</source>
        <translation>新しいテンプレートでプレビューの行を作り直しますか?</translation>
    </message>
    <message>
        <source>Some cells were edited by hand. You can keep them or start again (Undo brings them back).</source>
        <translation>いくつかのセルは手動で編集されています。それらを残すことも、最初からやり直すこともできます (「元に戻す」で復元できます)。</translation>
    </message>
    <message>
        <source>Keep my edited cells</source>
        <translation>編集したセルを残す</translation>
    </message>
    <message>
        <source>Replace everything</source>
        <translation>すべて置き換える</translation>
    </message>
    <message>
        <source>Don’t rebuild</source>
        <translation>作り直さない</translation>
    </message>
</context>
<context>
    <name>PreviewSaver</name>
    <message>
        <source>Save QR Factory CSV</source>
        <translation>QR Factory 用 CSV を保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>There are no rows to save.</source>
        <translation>保存する行がありません。</translation>
    </message>
    <message>
        <source>Fix this cell before saving — %1</source>
        <translation>保存する前にこのセルを修正してください — %1</translation>
    </message>
    <message>
        <source>Could not save: %1 Nothing was written and your rows are unchanged.</source>
        <translation>保存できませんでした: %1 何も書き込まれておらず、行は変更されていません。</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>(The export history could not be updated.)</source>
        <translation>(エクスポート履歴を更新できませんでした。)</translation>
    </message>
    <message>
        <source>Saved %1 to “%2”.</source>
        <translation>%1 を「%2」に保存しました。</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダで表示</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Rows to export</source>
        <translation>エクスポートする行</translation>
    </message>
    <message>
        <source>Drag a selected row&apos;s number to move the rows</source>
        <translation>選択した行の番号をドラッグすると行を移動できます</translation>
    </message>
</context>
<context>
    <name>PrintedController</name>
    <message>
        <source>Reading the records on Discogs before marking them…</source>
        <extracomment>(field name, records) -&gt; True to go ahead: asked once, before the first write ever. (field name, {instance id: value found on Discogs}) -&gt; REPLACE, SKIP or LATER (True and False stand for REPLACE and SKIP).</extracomment>
        <translation>マークする前に Discogs のレコードを読み込んでいます…</translation>
    </message>
    <message>
        <source>Marking on Discogs stopped; the rest is written later.</source>
        <translation>Discogs へのマークを中止しました。残りは後で書き込みます。</translation>
    </message>
    <message>
        <source>%1 marks stay queued; you are asked again next time.</source>
        <translation>%1 件のマークは保留のままです。次回もう一度確認します。</translation>
    </message>
    <message>
        <source>Marking on Discogs failed; it is tried again later.</source>
        <translation>Discogs へのマークに失敗しました。後でもう一度試します。</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>数秒</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>約 1 分</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>約 %1 分</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>約 %1 時間</translation>
    </message>
    <message>
        <source>Marking on Discogs: %1 marks, %2</source>
        <translation>Discogs にマーク中: %1 件、%2</translation>
    </message>
    <message>
        <source>(at once: they fit in the Discogs rate limit)…</source>
        <translation>(一度に実行: Discogs のレート制限内に収まります)…</translation>
    </message>
    <message>
        <source>(one every %1 s, the Discogs rate limit)…</source>
        <translation>(Discogs のレート制限により %1 秒ごとに 1 件)…</translation>
    </message>
    <message>
        <source>Marked %1 of %2 records as printed on Discogs.</source>
        <translation>%2 件中 %1 件のレコードを Discogs で印刷済みにマークしました。</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ほか %1 件</translation>
    </message>
    <message>
        <source>Kept %1 values you wrote: %2.</source>
        <translation>自分で書いた値 %1 件はそのまま残しました: %2。</translation>
    </message>
    <message>
        <source>Stopped: %1 The other %2 are kept and written later.</source>
        <translation>中止しました: %1 残りの %2 件は保留され、後で書き込まれます。</translation>
    </message>
    <message>
        <source>%1 failed; %2 of them are tried again later.</source>
        <translation>%1 件が失敗しました。そのうち %2 件は後でもう一度試します。</translation>
    </message>
    <message>
        <source>Nothing was lost: the records stay marked as exported here.</source>
        <translation>失われたものはありません: これらのレコードはこのアプリでエクスポート済みのままです。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>再ログイン</translation>
    </message>
</context>
<context>
    <name>PrintedQuestions</name>
    <message>
        <source>Mark as printed on Discogs</source>
        <translation>Discogs で印刷済みにマーク</translation>
    </message>
    <message>
        <source>Write today&apos;s date into your Discogs field “%1” for the %2 exported records?</source>
        <translation>エクスポートした %2 件のレコードの Discogs 項目「%1」に今日の日付を書き込みますか?</translation>
    </message>
    <message>
        <source>This changes your collection on Discogs. Each record&apos;s field is read first, and a value you wrote yourself is kept unless you choose to replace it. Up to about 60 marks go at once; more go at the Discogs rate limit, about one a second. You can stop them at any time, and turn this off in Settings.</source>
        <translation>Discogs 上のコレクションが変更されます。各レコードの項目を先に読み込み、自分で書いた値は置き換えを選ばない限り残します。約 60 件までは一度に書き込み、それ以上は Discogs のレート制限 (約 1 秒に 1 件) で書き込みます。いつでも中止でき、設定でこの機能をオフにできます。</translation>
    </message>
    <message>
        <source>%1 of the records have something else in “%2” on Discogs.</source>
        <translation>%1 件のレコードは Discogs の「%2」に別の値が入っています。</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ほか %1 件</translation>
    </message>
    <message>
        <source>They hold: %1. Replace writes the mark over exactly these values; Skip keeps them; Don&apos;t mark now keeps these marks queued for later.</source>
        <translation>入っている値: %1。「置き換える」はちょうどこれらの値をマークで上書きし、「スキップ」は残し、「今はマークしない」はこれらのマークを後のために保留します。</translation>
    </message>
    <message>
        <source>Don&apos;t mark now</source>
        <translation>今はマークしない</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>書き込む</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Skip those</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>置き換える</translation>
    </message>
</context>
<context>
    <name>ReleaseModel</name>
    <message>
        <source>Last exported on %1</source>
        <translation>最終エクスポート: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rated %n of 5</source>
        <translation>
            <numerusform>評価 %n / 5</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>チェック済み</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未チェック</translation>
    </message>
    <message>
        <source>Your Discogs collection field “%1”</source>
        <translation>Discogs のコレクション項目「%1」</translation>
    </message>
    <message>
        <source>Check or uncheck all shown releases</source>
        <translation>表示中のリリースをすべてチェック / チェック解除します</translation>
    </message>
    <message>
        <source>Cover (hover for a larger one)</source>
        <translation>ジャケット (ポインタを合わせると拡大)</translation>
    </message>
    <message>
        <source>When the release was last saved to a QR Factory CSV</source>
        <translation>リリースを最後に QR Factory 用 CSV に保存した日時</translation>
    </message>
    <message>
        <source>Last exported on %1; the sticker would now read differently (reprint it)</source>
        <translation>最終エクスポート: %1。ステッカーの内容が変わっています (再印刷してください)</translation>
    </message>
    <message>
        <source>%1 · changed</source>
        <translation>%1 · 変更あり</translation>
    </message>
    <message>
        <source>Artist</source>
        <extracomment>Column titles (translated when shown, context &quot;ReleaseModel&quot;).</extracomment>
        <translation>アーティスト</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>レーベル</translation>
    </message>
    <message>
        <source>Cat#</source>
        <translation>カタログ番号</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>フォーマット</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>追加日</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>エクスポート日</translation>
    </message>
    <message>
        <source>Cover</source>
        <extracomment>Emitted after checks change (any folder). Emitted after the collection field columns changed (added, renamed or removed). Emitted after rows were replaced in place by newer data (:meth:`update_rows`). Where the cover column&apos;s pictures come from (None: no covers), and their edge in device pixels.</extracomment>
        <translation>ジャケット</translation>
    </message>
</context>
<context>
    <name>ReleaseTable</name>
    <message>
        <source>Releases</source>
        <extracomment>Row heights with covers (the cover is the row less a small margin) and without.</extracomment>
        <translation>リリース</translation>
    </message>
    <message>
        <source>The first column ticks a release for the preview, the CSV and the stickers; Space ticks the current row.</source>
        <translation>最初の列でリリースをプレビュー、CSV、ステッカーの対象としてチェックします。Space キーで現在の行をチェックします。</translation>
    </message>
    <message>
        <source>Collection fields</source>
        <translation>コレクション項目</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>列をリセット</translation>
    </message>
</context>
<context>
    <name>SelectionController</name>
    <message>
        <source>Finding the ticked records…</source>
        <extracomment>The ticked instances (shown first, in table order) and the ticked ids not found.</extracomment>
        <translation>チェックしたレコードを探しています…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Local library</source>
        <translation>ローカルライブラリ</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>キャッシュのサイズ</translation>
    </message>
    <message>
        <source>Clear cache…</source>
        <translation>キャッシュを消去…</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>キャッシュを消去</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <source>Start with a byte order mark (BOM)</source>
        <translation>バイト順マーク (BOM) を付ける</translation>
    </message>
    <message>
        <source>Unix line ends (LF instead of CRLF)</source>
        <translation>Unix の改行 (CRLF ではなく LF)</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>ジャケット</translation>
    </message>
    <message>
        <source>Show covers (downloaded from Discogs)</source>
        <translation>ジャケットを表示 (Discogs からダウンロード)</translation>
    </message>
    <message>
        <source>Off: no cover is downloaded; the table shows text only</source>
        <translation>オフ: ジャケットはダウンロードせず、表はテキストのみになります</translation>
    </message>
    <message>
        <source>Cover cache limit</source>
        <translation>ジャケットのキャッシュ上限</translation>
    </message>
    <message>
        <source>At most this much disk space for covers; the oldest are dropped first</source>
        <translation>ジャケットに使うディスク容量の上限。古いものから削除されます</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Cover cache size</source>
        <translation>ジャケットのキャッシュサイズ</translation>
    </message>
    <message>
        <source>Clear cover cache</source>
        <translation>ジャケットのキャッシュを消去</translation>
    </message>
    <message>
        <source>Covers kept on this computer: %1</source>
        <translation>このコンピューターに保存されたジャケット: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>ウィンドウの言語</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>システムの言語 (%1)</translation>
    </message>
    <message>
        <source>The app starts again in the new language</source>
        <translation>アプリは新しい言語で再起動します</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>On Discogs</source>
        <translation>Discogs 上</translation>
    </message>
    <message>
        <source>Mark printed records in</source>
        <translation>印刷済みレコードのマーク先</translation>
    </message>
    <message>
        <source>After a CSV or sticker sheet is made, write e.g. “QR 2026-12-05” into this collection field of each exported record, so every computer knows it is printed</source>
        <translation>CSV またはステッカーシートを作成したあと、エクスポートした各レコードのこのコレクション項目に「QR 2026-12-05」のように書き込み、どのコンピューターからも印刷済みとわかるようにします</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>No local library for this collection.</source>
        <translation>このコレクションのローカルライブラリはありません。</translation>
    </message>
    <message>
        <source>Cached collection data: %1</source>
        <translation>キャッシュ済みのコレクションデータ: %1</translation>
    </message>
    <message>
        <source>Delete the locally cached collection? It is read from Discogs again the next time a folder is opened. Your export history is kept.</source>
        <translation>ローカルにキャッシュしたコレクションを削除しますか? 次にフォルダを開いたときに Discogs からもう一度読み込まれます。エクスポート履歴は残ります。</translation>
    </message>
</context>
<context>
    <name>SheetMap</name>
    <message>
        <source>Sheet map: click the labels already used</source>
        <translation>シートマップ: 使用済みのラベルをクリック</translation>
    </message>
    <message>
        <source>Each box is one label of the sheet; the stickers fill the free labels from the starting label on. Arrow keys move between labels, Space marks a label used or free, the menu key offers to print the shown sticker on a free label.</source>
        <translation>各枠はシートのラベル 1 枚です。ステッカーは開始ラベルから空いているラベルに配置されます。矢印キーでラベル間を移動し、Space キーでラベルを使用済み / 空きに切り替え、メニューキーで表示中のステッカーを空きラベルに印刷できます。</translation>
    </message>
    <message>
        <source>Click the labels already used on this sheet to skip them. Right-click a free label to print the shown sticker on it.</source>
        <translation>このシートで使用済みのラベルをクリックすると、そのラベルを飛ばします。空きラベルを右クリックすると、表示中のステッカーをそこに印刷できます。</translation>
    </message>
    <message>
        <source>&amp;Print this sticker here…</source>
        <translation>このステッカーをここに印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save this sticker here as PDF…</source>
        <translation>このステッカーをここに PDF で保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Mark as used</source>
        <translation>使用済みにする(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Mark as free</source>
        <translation>空きにする(&amp;M)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Discogs</source>
        <translation>Discogs にログイン</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>ログイン方法</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Discogs でログイン</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>個人アクセストークン</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>ログインの状態</translation>
    </message>
    <message>
        <source>Discogs opens in the browser and asks you to allow access; this window then continues by itself.</source>
        <translation>ブラウザで Discogs が開き、アクセスの許可を求められます。許可するとこのウィンドウは自動的に続行します。</translation>
    </message>
    <message>
        <source>Discogs asks each desktop app for its own key. Register an application at &lt;a href=&quot;%1&quot;&gt;Discogs → Settings → Developers&lt;/a&gt; (any name; the callback URL can stay empty), then copy its consumer key and secret here.</source>
        <translation>Discogs ではデスクトップアプリごとに専用のキーが必要です。&lt;a href=&quot;%1&quot;&gt;Discogs → 設定 → 開発者&lt;/a&gt; でアプリケーションを登録し (名前は自由、コールバック URL は空欄のままで構いません)、そのコンシューマーキーとシークレットをここにコピーしてください。</translation>
    </message>
    <message>
        <source>Your own application key</source>
        <translation>自分のアプリケーションキー</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>コンシューマーキー</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>コンシューマーシークレット</translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation>コンシューマーキー(&amp;K):</translation>
    </message>
    <message>
        <source>Consumer &amp;secret:</source>
        <translation>コンシューマーシークレット(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Open Discogs in the browser</source>
        <translation>ブラウザで Discogs を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open Discogs in the browser</source>
        <translation>ブラウザで Discogs を開く</translation>
    </message>
    <message>
        <source>Address to open in a browser</source>
        <translation>ブラウザで開くアドレス</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>アドレスをコピー</translation>
    </message>
    <message>
        <source>If the browser cannot come back here, paste the code or address</source>
        <translation>ブラウザがここに戻れない場合は、コードまたはアドレスを貼り付けてください</translation>
    </message>
    <message>
        <source>Code from Discogs</source>
        <translation>Discogs のコード</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>続行(&amp;N)</translation>
    </message>
    <message>
        <source>Continue with the pasted code</source>
        <translation>貼り付けたコードで続行します</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open &lt;a href=&quot;%1&quot;&gt;Discogs → Settings → Developers&lt;/a&gt; (sign in to Discogs there if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate new token&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the token, paste it below and click &lt;b&gt;Sign in&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;The token gives this app access to your collection until you revoke it there.</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;a href=&quot;%1&quot;&gt;Discogs → 設定 → 開発者&lt;/a&gt; を開きます (求められたら Discogs にログインします)。&lt;/li&gt;&lt;li&gt;&lt;b&gt;Generate new token&lt;/b&gt; (新しいトークンを生成) をクリックします。&lt;/li&gt;&lt;li&gt;トークンをコピーして下に貼り付け、&lt;b&gt;ログイン&lt;/b&gt; をクリックします。&lt;/li&gt;&lt;/ol&gt;トークンを Discogs で無効にするまで、このアプリはコレクションにアクセスできます。</translation>
    </message>
    <message>
        <source>Open the &amp;developer settings</source>
        <translation>開発者設定を開く(&amp;D)</translation>
    </message>
    <message>
        <source>Open the Discogs developer settings</source>
        <translation>Discogs の開発者設定を開きます</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>ログイン(&amp;L)</translation>
    </message>
    <message>
        <source>Sign in with the token</source>
        <translation>トークンでログインします</translation>
    </message>
    <message>
        <source>Where to keep the sign-in</source>
        <translation>ログイン情報の保存先</translation>
    </message>
    <message>
        <source>For this session only (sign in again next time)</source>
        <translation>このセッションのみ (次回もう一度ログイン)</translation>
    </message>
    <message>
        <source>In an UNENCRYPTED file on this computer, readable by your user account:</source>
        <translation>暗号化されていないファイル (このユーザーアカウントで読み取り可能):</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer.</source>
        <translation>このコンピューターでは安全なキーチェーンを利用できません。</translation>
    </message>
    <message>
        <source>Enter the consumer key and secret first.</source>
        <translation>先にコンシューマーキーとシークレットを入力してください。</translation>
    </message>
    <message>
        <source>Asking Discogs for a sign-in address…</source>
        <translation>Discogs にログイン用アドレスを問い合わせています…</translation>
    </message>
    <message>
        <source>Allow access in the browser; this window continues by itself.</source>
        <translation>ブラウザでアクセスを許可してください。このウィンドウは自動的に続行します。</translation>
    </message>
    <message>
        <source>Allow access in the browser, then paste the code here.</source>
        <translation>ブラウザでアクセスを許可してから、ここにコードを貼り付けてください。</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>コードを確認しています…</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>アドレスをコピーしました。</translation>
    </message>
    <message>
        <source>Paste a personal access token first.</source>
        <translation>先に個人アクセストークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>Checking the token with Discogs…</source>
        <translation>Discogs でトークンを確認しています…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1 としてログインしました。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>waiting %1 s for the Discogs rate limit</source>
        <translation>Discogs のレート制限のため %1 秒待機中</translation>
    </message>
    <message>
        <source>Discogs did not answer properly; trying again in %1 s</source>
        <translation>Discogs が正常に応答しませんでした。%1 秒後に再試行します</translation>
    </message>
    <message>
        <source>waiting %1 s: %2</source>
        <translation>%1 秒待機中: %2</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>読み込みの状態</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>読み込みの進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>読み込みをキャンセル</translation>
    </message>
    <message>
        <source>Stop loading; what is loaded stays, and Refresh loads the rest</source>
        <translation>読み込みを中止します。読み込み済みの分は残り、更新で残りを読み込みます</translation>
    </message>
</context>
<context>
    <name>StickerPreview</name>
    <message>
        <source>Sticker preview</source>
        <translation>ステッカーのプレビュー</translation>
    </message>
    <message>
        <source>How the sticker of the current row prints: its QR code and its caption</source>
        <translation>現在の行のステッカーの印刷イメージ: QR コードとキャプション</translation>
    </message>
</context>
<context>
    <name>StickersDialog</name>
    <message>
        <source>Stickers</source>
        <translation>ステッカー</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>ラベルシート</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>このシート</translation>
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
        <translation>プリンターの位置補正:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Label outlines</source>
        <translation>ラベルの輪郭</translation>
    </message>
    <message>
        <source>Cut marks</source>
        <translation>トンボ</translation>
    </message>
    <message>
        <source>&amp;Marks:</source>
        <translation>マーク(&amp;M):</translation>
    </message>
    <message>
        <source>The rows&apos; font (BottomTextFont)</source>
        <translation>行のフォント (BottomTextFont)</translation>
    </message>
    <message>
        <source>This font:</source>
        <translation>このフォント:</translation>
    </message>
    <message>
        <source>Caption font:</source>
        <translation>キャプションのフォント:</translation>
    </message>
    <message>
        <source>Fit the label</source>
        <translation>ラベルに合わせる</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Caption &amp;size:</source>
        <translation>キャプションのサイズ(&amp;S):</translation>
    </message>
    <message>
        <source>PNG pictures</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>SVG drawings</source>
        <translation>SVG ベクター画像</translation>
    </message>
    <message>
        <source>Print at 100 % (actual size): turn off “Fit to page” or “Scale to fit” in the print dialog, or the stickers will miss the labels.</source>
        <translation>100 % (実際のサイズ) で印刷してください。印刷ダイアログで「ページに合わせる」「用紙に合わせる」をオフにしないと、ステッカーがラベルからずれます。</translation>
    </message>
    <message>
        <source>&amp;Test page…</source>
        <translation>テストページ(&amp;T)…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>PDF を保存(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>Save &amp;images…</source>
        <translation>画像を保存(&amp;I)…</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Not usable: %1.</source>
        <translation>使用できません: %1。</translation>
    </message>
    <message>
        <source>Save stickers as PDF</source>
        <translation>ステッカーを PDF で保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sheet in the printer</source>
        <translation>プリンター内のシート</translation>
    </message>
    <message>
        <source>A sheet printed on before: printing goes on at its first free label</source>
        <translation>一度印刷したシート: 最初の空きラベルから印刷を続けます</translation>
    </message>
    <message>
        <source>Fres&amp;h sheet</source>
        <translation>新しいシート(&amp;H)</translation>
    </message>
    <message>
        <source>Start a fresh sheet</source>
        <translation>新しいシートから始める</translation>
    </message>
    <message>
        <source>Print from the first label of a new sheet</source>
        <translation>新しいシートの最初のラベルから印刷します</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>開始ラベル</translation>
    </message>
    <message>
        <source>Start &amp;at label:</source>
        <translation>開始ラベル(&amp;A):</translation>
    </message>
    <message>
        <source>Printer offset to the right</source>
        <translation>プリンターの位置補正 (右方向)</translation>
    </message>
    <message>
        <source>Printer offset down</source>
        <translation>プリンターの位置補正 (下方向)</translation>
    </message>
    <message>
        <source>Ima&amp;ges as:</source>
        <translation>画像の形式(&amp;G):</translation>
    </message>
    <message>
        <source>Sticker shown</source>
        <translation>表示中のステッカー</translation>
    </message>
    <message>
        <source>Stic&amp;ker:</source>
        <translation>ステッカー(&amp;K):</translation>
    </message>
    <message>
        <source>Sh&amp;eet in the printer:</source>
        <translation>プリンター内のシート(&amp;E):</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Forget this sheet</source>
        <translation>このシートの記録を破棄</translation>
    </message>
    <message>
        <source>This sheet is used up or thrown away</source>
        <translation>このシートを使い切った、または捨てた場合</translation>
    </message>
    <message>
        <source>Click the labels already used. Right-click a free label to print the sticker shown above on it.</source>
        <translation>使用済みのラベルをクリックしてください。空きラベルを右クリックすると、上に表示中のステッカーをそこに印刷できます。</translation>
    </message>
    <message>
        <source>Stickers status</source>
        <translation>ステッカーの状態</translation>
    </message>
    <message>
        <source>What will be printed</source>
        <translation>印刷される内容</translation>
    </message>
    <message>
        <source>One size for the whole sheet</source>
        <translation>シート全体で同じサイズ</translation>
    </message>
    <message>
        <source>Each label its own size</source>
        <translation>ラベルごとに個別のサイズ</translation>
    </message>
    <message>
        <source>Caption &amp;fit:</source>
        <translation>キャプションの調整(&amp;F):</translation>
    </message>
    <message>
        <source>Record icon in the middle (a smaller code, less margin)</source>
        <translation>中央にレコードのアイコン (コードが小さくなり、余裕が減ります)</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>コード:</translation>
    </message>
    <message>
        <source>As the rows say</source>
        <translation>行の内容のまま</translation>
    </message>
    <message>
        <source>Shorter: discogs.com/… without www</source>
        <translation>短く: www なしの discogs.com/…</translation>
    </message>
    <message>
        <source>Smallest code: in capitals, HTTPS://DISCOGS.COM/RELEASE/…</source>
        <translation>最小のコード: 大文字で HTTPS://DISCOGS.COM/RELEASE/…</translation>
    </message>
    <message>
        <source>&amp;Links printed:</source>
        <translation>印刷するリンク(&amp;L):</translation>
    </message>
    <message>
        <source>A fresh sheet</source>
        <translation>新しいシート</translation>
    </message>
    <message>
        <source>%1, %2 free, %3</source>
        <translation>%1、空き %2 枚、%3</translation>
    </message>
    <message>
        <source>%1 stickers on %2 page(s), from label %3.</source>
        <translation>ステッカー %1 枚、%2 ページ、ラベル %3 から。</translation>
    </message>
    <message>
        <source>Saved %1 stickers on %2 page(s) to %3; every code decoded.</source>
        <translation>%1 枚のステッカー (%2 ページ) を %3 に保存しました。すべてのコードを読み取れました。</translation>
    </message>
    <message>
        <source>Print stickers</source>
        <translation>ステッカーを印刷</translation>
    </message>
    <message>
        <source>Sent %1 stickers on %2 page(s) to %3; every code decoded.</source>
        <translation>%1 枚のステッカー (%2 ページ) を %3 に送信しました。すべてのコードを読み取れました。</translation>
    </message>
    <message>
        <source>Sent the sticker to label %4 on %3; its code decoded.</source>
        <translation>ラベル %4 用のステッカーを %3 に送信しました。コードを読み取れました。</translation>
    </message>
    <message>
        <source>Save the sticker as PDF</source>
        <translation>ステッカーを PDF で保存</translation>
    </message>
    <message>
        <source>Saved the sticker on label %4 to %3; its code decoded.</source>
        <translation>ラベル %4 のステッカーを %3 に保存しました。コードを読み取れました。</translation>
    </message>
    <message>
        <source>Save sticker images in</source>
        <translation>ステッカー画像の保存先</translation>
    </message>
    <message>
        <source>Saved %1 images in %3; every code decoded.</source>
        <translation>%1 枚の画像を %3 に保存しました。すべてのコードを読み取れました。</translation>
    </message>
    <message>
        <source>Characters no font has</source>
        <translation>どのフォントにもない文字</translation>
    </message>
    <message>
        <source>%1 caption(s) have characters that no installed font can print: they would print as empty boxes.</source>
        <translation>%1 件のキャプションに、インストール済みのどのフォントでも印刷できない文字があります: 空の四角として印刷されます。</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>このまま保存(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove the characters</source>
        <translation>その文字を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Save a test page</source>
        <translation>テストページを保存</translation>
    </message>
    <message>
        <source>Saved the test page to %1. Print it at 100 % on plain paper, hold it against a label sheet, and set the offset.</source>
        <translation>テストページを %1 に保存しました。普通紙に 100 % で印刷し、ラベルシートに重ねて位置補正を設定してください。</translation>
    </message>
    <message>
        <source>Checking every code and drawing %1 stickers…</source>
        <translation>すべてのコードを確認して %1 枚のステッカーを描画しています…</translation>
    </message>
    <message>
        <source>The export history could not be updated.</source>
        <translation>エクスポート履歴を更新できませんでした。</translation>
    </message>
    <message>
        <source>%1 code(s) scan with little margin: %2</source>
        <translation>%1 個のコードは読み取りの余裕がわずかです: %2</translation>
    </message>
    <message>
        <source>Used labels %1.</source>
        <translation>使用済みのラベル: %1。</translation>
    </message>
    <message>
        <source>No label is left free: the next print starts a fresh sheet.</source>
        <translation>空きラベルは残っていません: 次の印刷は新しいシートから始まります。</translation>
    </message>
    <message>
        <source>%1 labels stay free on the sheet in the printer; the next print starts at label %2.</source>
        <translation>プリンター内のシートに空きラベルが %1 枚残っています。次の印刷はラベル %2 から始まります。</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Export template</source>
        <translation>エクスポートテンプレート</translation>
    </message>
    <message>
        <source>Template parts</source>
        <translation>テンプレートの構成</translation>
    </message>
    <message>
        <source>Caption &amp;&amp; file name</source>
        <translation>キャプション &amp;&amp; ファイル名</translation>
    </message>
    <message>
        <source>Column defaults</source>
        <translation>列の既定値</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <source>The values the app starts with</source>
        <translation>アプリの初期値</translation>
    </message>
    <message>
        <source>Load a template file someone shared</source>
        <translation>共有されたテンプレートファイルを読み込みます</translation>
    </message>
    <message>
        <source>Save this template as a file to share</source>
        <translation>このテンプレートを共有用のファイルとして保存します</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Caption template</source>
        <translation>キャプションのテンプレート</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>ファイル名のテンプレート</translation>
    </message>
    <message>
        <source>QR content template</source>
        <translation>QR の内容のテンプレート</translation>
    </message>
    <message>
        <source>Caption (BottomText):</source>
        <translation>キャプション (BottomText):</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>ファイル名:</translation>
    </message>
    <message>
        <source>QR code content:</source>
        <translation>QR コードの内容:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Use the artist name as credited on the release (ANV)</source>
        <translation>リリースにクレジットされたアーティスト名 (ANV) を使う</translation>
    </message>
    <message>
        <source>Text for an unknown year</source>
        <translation>不明な年のテキスト</translation>
    </message>
    <message>
        <source>Protect cells starting with = + - @ for spreadsheets</source>
        <translation>表計算ソフト向けに = + - @ で始まるセルを保護する</translation>
    </message>
    <message>
        <source>Adds an apostrophe; QR Factory then prints it too. Off by default.</source>
        <translation>アポストロフィを付けます。QR Factory はそれも印刷します。既定ではオフです。</translation>
    </message>
    <message>
        <source>Icon file</source>
        <translation>アイコンファイル</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Unknown year:</source>
        <translation>不明な年:</translation>
    </message>
    <message>
        <source>Icon in the code:</source>
        <translation>コード内のアイコン:</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>プレースホルダー</translation>
    </message>
    <message>
        <source>Your collection note field “%1”</source>
        <translation>コレクションのメモ項目「%1」</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>挿入</translation>
    </message>
    <message>
        <source>Insert at the cursor of the template you last edited</source>
        <translation>最後に編集したテンプレートのカーソル位置に挿入します</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>レコード:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>キャプション:</translation>
    </message>
    <message>
        <source>QR content:</source>
        <translation>QR の内容:</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1、%2 行目、%3 列目</translation>
    </message>
    <message>
        <source>%1, column %3</source>
        <translation>%1、%3 列目</translation>
    </message>
    <message>
        <source>Fix the problems first</source>
        <translation>先に問題を修正してください</translation>
    </message>
    <message>
        <source>(no record to show)</source>
        <translation>(表示するレコードがありません)</translation>
    </message>
    <message>
        <source>No icon: the code is plain.</source>
        <translation>アイコンなし: シンプルなコードになります。</translation>
    </message>
    <message>
        <source>A relative path: QR Factory may look for it beside the CSV file. Choose the file to store its full path.</source>
        <translation>相対パスです: QR Factory は CSV ファイルと同じ場所で探す可能性があります。フルパスを保存するにはファイルを選択してください。</translation>
    </message>
    <message>
        <source>⚠ “%1” does not exist on this computer.</source>
        <translation>⚠ 「%1」はこのコンピューターにありません。</translation>
    </message>
    <message>
        <source>✓ The icon file exists.</source>
        <translation>✓ アイコンファイルがあります。</translation>
    </message>
    <message>
        <source>Choose the icon</source>
        <translation>アイコンを選択</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>画像 (*.svg *.png *.jpg *.jpeg *.pdf *.tif *.tiff);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>テンプレートをインポート</translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation>テンプレート (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>テンプレート (*.json)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>“%1” could not be imported: %2</source>
        <translation>「%1」をインポートできませんでした: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>「%1」を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Artists as Discogs shows them (joins, no “(2)”, ANV when chosen)</source>
        <extracomment>Every placeholder with a short description (shown by the template editor&apos;s picker).</extracomment>
        <translation>Discogs での表示どおりのアーティスト (連結語あり、「(2)」なし、選択時は ANV)</translation>
    </message>
    <message>
        <source>Release title</source>
        <translation>リリースのタイトル</translation>
    </message>
    <message>
        <source>Release year (“unknown” when Discogs has 0)</source>
        <translation>リリース年 (Discogs で 0 のときは「unknown」)</translation>
    </message>
    <message>
        <source>Collection folder name</source>
        <translation>コレクションのフォルダ名</translation>
    </message>
    <message>
        <source>First format name, e.g. Vinyl</source>
        <translation>最初のフォーマット名 (例: Vinyl)</translation>
    </message>
    <message>
        <source>Record size: 12&quot;, 10&quot; or 7&quot; (LP ⇒ 12&quot;)</source>
        <translation>レコードのサイズ: 12&quot;、10&quot;、7&quot; (LP ⇒ 12&quot;)</translation>
    </message>
    <message>
        <source>Format descriptions, e.g. LP, Album</source>
        <translation>フォーマットの説明 (例: LP, Album)</translation>
    </message>
    <message>
        <source>Full format, e.g. 2 × Vinyl, LP, Album</source>
        <translation>フォーマット全体 (例: 2 × Vinyl, LP, Album)</translation>
    </message>
    <message>
        <source>First label</source>
        <translation>最初のレーベル</translation>
    </message>
    <message>
        <source>Catalogue number</source>
        <translation>カタログ番号</translation>
    </message>
    <message>
        <source>Discogs release id</source>
        <translation>Discogs のリリース ID</translation>
    </message>
    <message>
        <source>Collection instance id (distinct for two copies)</source>
        <translation>コレクションのインスタンス ID (同じリリースが 2 枚あっても別々)</translation>
    </message>
    <message>
        <source>Date added to the collection (YYYY-MM-DD)</source>
        <translation>コレクションへの追加日 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Your rating (0–5)</source>
        <translation>自分の評価 (0–5)</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>ジャンル</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <source>All collection notes</source>
        <translation>コレクションのメモすべて</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Discogs QR Export</source>
        <translation>Discogs QR Export</translation>
    </message>
    <message>
        <source>Pick records from your Discogs collection and print a QR sticker for each: on label sheets, a label printer or as images, or as a batch file for QR Factory 3.</source>
        <translation>Discogs のコレクションからレコードを選び、それぞれの QR ステッカーを印刷します: ラベルシート、ラベルプリンター、画像、または QR Factory 3 用の一括ファイル。</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Discogs でログイン</translation>
    </message>
    <message>
        <source>Use a personal access token</source>
        <translation>個人アクセストークンを使う</translation>
    </message>
    <message>
        <source>Explore the demo collection</source>
        <translation>デモコレクションを見る</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open the Discogs developer settings (sign in there if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate new token&lt;/b&gt; and copy it.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Use a personal access token&lt;/b&gt; above and paste it.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Discogs の開発者設定を開きます (求められたらそこでログインします)。&lt;/li&gt;&lt;li&gt;&lt;b&gt;Generate new token&lt;/b&gt; (新しいトークンを生成) をクリックしてコピーします。&lt;/li&gt;&lt;li&gt;上の &lt;b&gt;個人アクセストークンを使う&lt;/b&gt; をクリックして貼り付けます。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open the developer settings</source>
        <translation>開発者設定を開く</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Discogs QR Export is already open; its window was brought to the front.</source>
        <translation>Discogs QR Export はすでに開いています。そのウィンドウを前面に表示しました。</translation>
    </message>
    <message>
        <source>Discogs QR Export is already open (process %1) but does not answer. Close it, or end that process, and start again.</source>
        <translation>Discogs QR Export はすでに開いています (プロセス %1) が、応答しません。それを閉じるか、そのプロセスを終了してから、もう一度起動してください。</translation>
    </message>
</context>
</TS>

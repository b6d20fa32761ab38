<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>%1 정보</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <source>Pick records from your Discogs collection and print a QR sticker for each, linking to its Discogs page: label sheets, label printers, images, or a batch CSV for QR Factory 3.</source>
        <translation>Discogs 컬렉션에서 음반을 골라, 각 음반의 Discogs 페이지로 연결되는 QR 스티커를 인쇄합니다. 라벨 용지, 라벨 프린터, 이미지 또는 QR Factory 3용 일괄 CSV로 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>Data from &lt;a href=&quot;https://www.discogs.com/&quot;&gt;Discogs&lt;/a&gt;. This app is not affiliated with Discogs.</source>
        <translation>데이터 제공: &lt;a href=&quot;https://www.discogs.com/&quot;&gt;Discogs&lt;/a&gt;. 이 앱은 Discogs와 제휴 관계가 없습니다.</translation>
    </message>
</context>
<context>
    <name>AccountController</name>
    <message>
        <source>Signed in as %1</source>
        <extracomment>source, demo, credentials (or None), keep the checks (the same account again)</extracomment>
        <translation>로그인됨: %1</translation>
    </message>
    <message>
        <source>Demo collection</source>
        <translation>데모 컬렉션</translation>
    </message>
    <message>
        <source>Checking the Discogs sign-in…</source>
        <translation>Discogs 로그인 확인 중…</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Bring the collection up to date with Discogs (F5)</source>
        <translation>컬렉션을 Discogs와 동기화 (F5)</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>전체 새로 고침(&amp;U)</translation>
    </message>
    <message>
        <source>Read the whole collection from Discogs again</source>
        <translation>Discogs에서 컬렉션 전체를 다시 읽기</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>불러오기 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>불러오기 중지</translation>
    </message>
    <message>
        <source>Preview checked…</source>
        <translation>미리 보기…</translation>
    </message>
    <message>
        <source>Preview and export the checked releases</source>
        <translation>체크한 릴리스를 미리 보고 내보내기</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Check &amp;all shown</source>
        <translation>표시된 항목 모두 체크(&amp;A)</translation>
    </message>
    <message>
        <source>Check every release shown (Ctrl+A)</source>
        <translation>표시된 모든 릴리스 체크 (Ctrl+A)</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>모두 체크 해제(&amp;N)</translation>
    </message>
    <message>
        <source>Uncheck every release shown (Ctrl+Shift+A)</source>
        <translation>표시된 모든 릴리스 체크 해제 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Invert checks</source>
        <translation>체크 반전(&amp;I)</translation>
    </message>
    <message>
        <source>Invert the checks of the releases shown (Ctrl+I)</source>
        <translation>표시된 릴리스의 체크 반전 (Ctrl+I)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>필터 지우기(&amp;L)</translation>
    </message>
    <message>
        <source>Go to &amp;folders</source>
        <translation>폴더로 이동(&amp;F)</translation>
    </message>
    <message>
        <source>Go to &amp;releases</source>
        <translation>릴리스로 이동(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open release page</source>
        <translation>릴리스 페이지 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>로그인(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Discogs로 로그인</translation>
    </message>
    <message>
        <source>Use a personal access &amp;token…</source>
        <translation>개인 액세스 토큰 사용(&amp;T)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>Forget the saved sign-in</source>
        <translation>저장된 로그인 정보 삭제</translation>
    </message>
    <message>
        <source>Open the &amp;demo collection</source>
        <translation>데모 컬렉션 열기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>로그 폴더 보기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Discogs QR Export</source>
        <translation>Discogs QR Export 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Show co&amp;vers</source>
        <translation>커버 표시(&amp;V)</translation>
    </message>
    <message>
        <source>Show each record&apos;s cover in the table</source>
        <translation>표에 각 음반의 커버 표시</translation>
    </message>
    <message>
        <source>&amp;Larger covers</source>
        <translation>큰 커버(&amp;L)</translation>
    </message>
    <message>
        <source>Taller rows with larger covers</source>
        <translation>행을 높여 커버를 크게 표시</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Enabled only while the collection browser is shown.</extracomment>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>열(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>계정(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>메시지 닫기</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>이 메시지 숨기기</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <source>All</source>
        <translation>모두</translation>
    </message>
    <message>
        <source>None</source>
        <translation>해제</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>반전</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>Age of the collection field values</source>
        <translation>컬렉션 필드 값을 읽은 시점</translation>
    </message>
    <message>
        <source>When the collection field values shown were last read from Discogs</source>
        <translation>표시된 컬렉션 필드 값을 Discogs에서 마지막으로 읽은 시점</translation>
    </message>
    <message>
        <source>Preview checked…</source>
        <translation>미리 보기…</translation>
    </message>
    <message>
        <source>Preview checked releases</source>
        <translation>체크한 릴리스 미리 보기</translation>
    </message>
    <message>
        <source>Preview and export the checked releases (Ctrl+P)</source>
        <translation>체크한 릴리스를 미리 보고 내보내기 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Releases and preview</source>
        <translation>릴리스 및 미리 보기</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>릴리스</translation>
    </message>
    <message>
        <source>fields read just now</source>
        <extracomment>() -&gt; when the field values shown were last read from Discogs (None: not known)</extracomment>
        <translation>필드 값: 방금 읽음</translation>
    </message>
    <message numerus="yes">
        <source>fields read %n min ago</source>
        <translation>
            <numerusform>필드 값: %n분 전에 읽음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fields read %n h ago</source>
        <translation>
            <numerusform>필드 값: %n시간 전에 읽음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fields read %n days ago</source>
        <translation>
            <numerusform>필드 값: %n일 전에 읽음</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown · %2 selected</source>
        <extracomment>(history, instances, folder names) -&gt; None: works out which exported records would now print differently (in a worker) and passes their ids to :meth:`set_changed_ids` () -&gt; the collection field holding the &quot;printed&quot; marks on Discogs, or None</extracomment>
        <translation>%1개 표시 · %2개 체크됨</translation>
    </message>
    <message>
        <source>%1 in folder</source>
        <translation>폴더에 %1개</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%2개 중 %1개 불러옴</translation>
    </message>
    <message>
        <source>(%1 selected not shown)</source>
        <translation>(체크한 %1개 숨겨짐)</translation>
    </message>
    <message>
        <source>No release matches the search and filters.</source>
        <translation>검색어 및 필터와 일치하는 릴리스가 없습니다.</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>이 폴더는 비어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Preview %n checked…</source>
        <translation>
            <numerusform>%n개 미리 보기…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColorEditor</name>
    <message>
        <source>Choose a colour…</source>
        <translation>색상 선택…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>색상 선택</translation>
    </message>
</context>
<context>
    <name>ColumnDefaults</name>
    <message>
        <source>These values go into every row, for QR Factory 3 to draw each code with. A cell edited by hand in the preview keeps its own value. Hover over a name for what it means.</source>
        <extracomment>A value was changed by the user.</extracomment>
        <translation>이 값들은 모든 행에 들어가며, QR Factory 3이 각 코드를 그릴 때 사용합니다. 미리 보기에서 직접 편집한 셀은 그 값을 유지합니다. 이름 위에 마우스를 올리면 뜻을 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ColumnHelp</name>
    <message>
        <source>What the code holds. URL: the code opens a web page (the record on Discogs).</source>
        <extracomment>Columns edited on the editor&apos;s first tab; every other column is in this form. The width of the explanation under each field, in pixels (two columns fit the dialog). What each column means, in plain words (translated when shown, context &quot;ColumnHelp&quot;).</extracomment>
        <translation>코드에 담기는 내용입니다. URL: 코드가 웹 페이지(Discogs의 음반 페이지)를 엽니다.</translation>
    </message>
    <message>
        <source>Width and height of each QR image, in pixels.</source>
        <translation>각 QR 이미지의 너비와 높이(픽셀).</translation>
    </message>
    <message>
        <source>The image format QR Factory writes. SVG, PDF and EPS stay sharp at any size.</source>
        <translation>QR Factory가 저장하는 이미지 형식입니다. SVG, PDF, EPS는 어떤 크기에서도 선명합니다.</translation>
    </message>
    <message>
        <source>RGB for screens and home printers; CMYK for a print shop.</source>
        <translation>화면과 가정용 프린터에는 RGB, 인쇄소에는 CMYK.</translation>
    </message>
    <message>
        <source>Turns the whole code by this many degrees.</source>
        <translation>코드 전체를 이 각도만큼 회전합니다.</translation>
    </message>
    <message>
        <source>Error correction: how much of the code may be covered or scratched and still scan (Low about 7 %, Medium 15 %, Quartile 25 %, High 30 %). An icon in the middle covers part of the code, so keep it High.</source>
        <translation>오류 정정: 코드가 얼마나 가려지거나 긁혀도 스캔되는지를 정합니다(Low 약 7 %, Medium 15 %, Quartile 25 %, High 30 %). 가운데 아이콘이 코드 일부를 가리므로 High로 두세요.</translation>
    </message>
    <message>
        <source>Yes lets QR Factory choose the error correction itself; No always uses ReliabilityLevel.</source>
        <translation>Yes: QR Factory가 오류 정정 수준을 직접 고릅니다. No: 항상 ReliabilityLevel을 사용합니다.</translation>
    </message>
    <message>
        <source>How round the code&apos;s small squares (its “pixels”) are drawn: 0.0 sharp squares, 1.0 round dots, in between squares with rounded corners.</source>
        <translation>코드의 작은 사각형(“픽셀”)을 얼마나 둥글게 그릴지 정합니다. 0.0은 각진 사각형, 1.0은 둥근 점, 그 사이는 모서리가 둥근 사각형입니다.</translation>
    </message>
    <message>
        <source>Solid: every pixel in PixelColorStart. Gradient: pixels blend from PixelColorStart to PixelColorEnd.</source>
        <translation>Solid: 모든 픽셀을 PixelColorStart 색으로 칠합니다. Gradient: 픽셀 색이 PixelColorStart에서 PixelColorEnd로 점차 바뀝니다.</translation>
    </message>
    <message>
        <source>How the background is filled: one colour (Solid), a gradient, or nothing (Transparent).</source>
        <translation>배경을 채우는 방식: 단색(Solid), 그라데이션 또는 채우지 않음(Transparent).</translation>
    </message>
    <message>
        <source>The colour behind the code. Keep it much lighter than the pixels, or phones may not read the code.</source>
        <translation>코드 뒤의 배경색입니다. 픽셀보다 훨씬 밝게 하세요. 그렇지 않으면 휴대폰이 코드를 읽지 못할 수 있습니다.</translation>
    </message>
    <message>
        <source>The pixels&apos; colour (where a gradient starts).</source>
        <translation>픽셀 색상(그라데이션의 시작 색).</translation>
    </message>
    <message>
        <source>Where a gradient ends; only used when PixelColorType is Gradient.</source>
        <translation>그라데이션의 끝 색입니다. PixelColorType이 Gradient일 때만 사용됩니다.</translation>
    </message>
    <message>
        <source>The direction of the gradient, in degrees.</source>
        <translation>그라데이션 방향(도).</translation>
    </message>
    <message>
        <source>Yes fits the middle icon to the code&apos;s grid of pixels, so it covers whole pixels and cuts none in half; No places it at its exact size.</source>
        <translation>Yes: 가운데 아이콘을 코드의 픽셀 격자에 맞춰, 픽셀을 반으로 자르지 않고 온전한 픽셀 단위로 가립니다. No: 아이콘을 정확한 크기 그대로 놓습니다.</translation>
    </message>
    <message>
        <source>How big the middle icon is, in percent. A bigger icon hides more of the code.</source>
        <translation>가운데 아이콘의 크기(퍼센트). 아이콘이 클수록 코드를 더 많이 가립니다.</translation>
    </message>
    <message>
        <source>The shape of the blank frame around the icon, or None for no frame.</source>
        <translation>아이콘 주위 빈 테두리의 모양. 테두리를 두지 않으려면 None.</translation>
    </message>
    <message>
        <source>How wide the frame around the icon is, in percent.</source>
        <translation>아이콘 주위 테두리의 너비(퍼센트).</translation>
    </message>
    <message>
        <source>How rounded a square frame&apos;s corners are (0 = sharp).</source>
        <translation>사각형 테두리 모서리의 둥글기(0 = 각짐).</translation>
    </message>
    <message>
        <source>The colour of the frame around the icon.</source>
        <translation>아이콘 주위 테두리의 색상.</translation>
    </message>
    <message>
        <source>The caption&apos;s size, in points.</source>
        <translation>캡션 크기(포인트).</translation>
    </message>
    <message>
        <source>The caption&apos;s colour.</source>
        <translation>캡션 색상.</translation>
    </message>
    <message>
        <source>The caption&apos;s font, by name. It must be installed on the Mac that runs QR Factory.</source>
        <translation>캡션 글꼴의 이름. QR Factory를 실행하는 Mac에 설치되어 있어야 합니다.</translation>
    </message>
    <message>
        <source>The caption font&apos;s style: Regular, Bold, Italic or Bold Italic.</source>
        <translation>캡션 글꼴의 스타일: Regular, Bold, Italic 또는 Bold Italic.</translation>
    </message>
    <message>
        <source>The quiet zone: an empty margin around the code, in percent of its size. Scanners need it to find the code, so do not make it 0.</source>
        <translation>콰이어트 존: 코드 주위의 빈 여백으로, 코드 크기에 대한 퍼센트입니다. 스캐너가 코드를 찾는 데 필요하므로 0으로 하지 마세요.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. Your saved files are not affected and you can keep working; if something looks wrong, save your work and restart the app.

The report below helps to fix it. It contains no passwords or tokens.</source>
        <translation>앱 내부에서 문제가 발생했습니다. 저장된 파일에는 영향이 없으며 계속 작업할 수 있습니다. 이상한 점이 보이면 작업을 저장하고 앱을 다시 시작하세요.

아래 보고서는 문제를 고치는 데 도움이 됩니다. 비밀번호나 토큰은 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>오류 보고서</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>보고서 복사</translation>
    </message>
    <message>
        <source>Show log folder</source>
        <translation>로그 폴더 보기</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message numerus="yes">
        <source>%n errors so far; the newest is shown.</source>
        <translation>
            <numerusform>지금까지 오류 %n개. 가장 최근 오류를 표시합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsController</name>
    <message>
        <source>The unsaved preview is restored once its records are read again…</source>
        <extracomment>The draft to load into the preview and the instances found for it ({} = none).</extracomment>
        <translation>저장하지 않은 미리 보기 복원 중…</translation>
    </message>
    <message>
        <source>Restoring the unsaved preview…</source>
        <translation>저장하지 않은 미리 보기를 디스크에 보관하지 못했습니다(로그 참조). 다음 변경 때 다시 시도합니다. 안전하게 파일로 저장하세요.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>“{value}” is not a colour like #1A2B3C.</source>
        <extracomment>Columns whose value is one of a fixed set (the preview offers a combo box). Numeric columns: (minimum, maximum, allows a fraction). Shown in the preview by default; the rest are one click away. How each placeholder is worked out; only the ones a template uses are computed.</extracomment>
        <translation>“{value}”은(는) #1A2B3C 같은 색상 값이 아닙니다.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>“{value}”은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}”은(는) 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>{value} is outside {low:g}–{high:g}.</source>
        <translation>{value}은(는) {low:g}–{high:g} 범위를 벗어납니다.</translation>
    </message>
    <message>
        <source>“{value}” is not one of {choices}.</source>
        <translation>“{value}”은(는) {choices} 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>Content is empty: the QR code would encode nothing.</source>
        <translation>Content가 비어 있습니다. QR 코드에 담을 내용이 없습니다.</translation>
    </message>
    <message>
        <source>FileName is empty.</source>
        <translation>FileName이 비어 있습니다.</translation>
    </message>
    <message>
        <source>FileName may only hold letters A–Z, digits, “.”, “_” and “-”.</source>
        <translation>FileName에는 영문자 A–Z, 숫자, “.”, “_”, “-”만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The template is {length:,} characters long; at most {limit:,} are allowed.</source>
        <extracomment>The longest template accepted (captions, file names, content). QR Factory prints a caption under a sticker: a few lines. A longer template is refused with :data:`TOO_LONG_MESSAGE` (a 120 kB caption would otherwise turn 300 rows into a 62 MB file).</extracomment>
        <translation>템플릿 길이가 {length:,}자입니다. 최대 {limit:,}자까지 허용됩니다.</translation>
    </message>
    <message>
        <source>“}}” without a matching “{{” (write “}}}}” for a brace).</source>
        <translation>“}}”와 짝이 되는 “{{”가 없습니다(중괄호 문자는 “}}}}”로 쓰세요).</translation>
    </message>
    <message>
        <source>“{{” is never closed with “}}”.</source>
        <translation>“{{”가 “}}”로 닫히지 않았습니다.</translation>
    </message>
    <message>
        <source>Empty placeholder “{{}}”.</source>
        <translation>빈 자리 표시자 “{{}}”.</translation>
    </message>
    <message>
        <source>“{{note:…}}” needs a note field name.</source>
        <translation>“{{note:…}}”에는 메모 필드 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>No collection note field is called “{field}”.</source>
        <translation>이름이 “{field}”인 컬렉션 메모 필드가 없습니다.</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}. Did you mean {{{close}}}?</source>
        <translation>알 수 없는 자리 표시자 {{{name}}}입니다. {{{close}}}을(를) 쓰려고 하셨나요?</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}.</source>
        <translation>알 수 없는 자리 표시자 {{{name}}}입니다.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer about the account.</source>
        <extracomment>Builds something with ``get_json(path)`` that sends requests signed with the credentials. How long a sign-in waits for the browser to come back (request tokens expire after ~15 min).</extracomment>
        <translation>Discogs가 계정에 대해 예상치 못한 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>Discogs did not answer in time; try again later.</source>
        <extracomment>An image larger than this is refused (Discogs&apos; covers are well under 1 MB). The image server says 403 or 429 when it is asked too often: back off as for a 5xx. Retries of one image: a cover that keeps failing is asked for again much later instead. Called with (seconds, reason) before the gateway waits. Request priorities: the user&apos;s requests go at once; background ones (a pass re-reading the collection) yield to them and keep to a share of the rate limit (see :func:`background_budget`). A background request waits this long after the user&apos;s last request (the next page of a load, the next mark, follows within this time).</extracomment>
        <translation>Discogs가 제때 응답하지 않았습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Could not reach Discogs; check the internet connection and try again later.</source>
        <translation>Discogs에 연결할 수 없습니다. 인터넷 연결을 확인하고 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Discogs kept refusing requests as too frequent; wait a minute and try again.</source>
        <translation>Discogs가 요청이 너무 잦다며 계속 거부했습니다. 1분쯤 기다린 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Discogs is not answering properly right now (HTTP {status}); try again later.</source>
        <translation>Discogs가 지금 제대로 응답하지 않습니다(HTTP {status}). 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Discogs sent an answer that could not be read; try again later.</source>
        <translation>Discogs의 응답을 읽을 수 없습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Discogs did not accept the sign-in (the token may be wrong or revoked); sign in again.</source>
        <translation>Discogs가 로그인을 받아들이지 않았습니다(토큰이 잘못되었거나 취소되었을 수 있습니다). 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Discogs has no such page ({message}).</source>
        <translation>Discogs에 해당 페이지가 없습니다({message}).</translation>
    </message>
    <message>
        <source>Discogs has no such page.</source>
        <translation>Discogs에 해당 페이지가 없습니다.</translation>
    </message>
    <message>
        <source>Discogs refused the request (HTTP {status}): {message}.</source>
        <translation>Discogs가 요청을 거부했습니다(HTTP {status}): {message}.</translation>
    </message>
    <message>
        <source>Discogs refused the request (HTTP {status}).</source>
        <translation>Discogs가 요청을 거부했습니다(HTTP {status}).</translation>
    </message>
    <message>
        <source>Discogs did not answer in time; try again.</source>
        <extracomment>``(method, url, auth) -&gt; (status, body text)``; raises AppError(NETWORK) when unreachable.</extracomment>
        <translation>Discogs가 제때 응답하지 않았습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Could not reach Discogs; check the internet connection and try again.</source>
        <translation>Discogs에 연결할 수 없습니다. 인터넷 연결을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Discogs is receiving too many requests; wait a minute and try again.</source>
        <translation>Discogs에 요청이 너무 많습니다. 1분쯤 기다린 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer during sign-in; try again.</source>
        <translation>로그인 중 Discogs가 예상치 못한 응답을 보냈습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Discogs did not accept these credentials; the token may be wrong or revoked.</source>
        <translation>Discogs가 이 인증 정보를 받아들이지 않았습니다. 토큰이 잘못되었거나 취소되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Discogs sent an unexpected answer about the signed-in account.</source>
        <translation>Discogs가 로그인한 계정에 대해 예상치 못한 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <extracomment>Discogs request tokens and verifiers expire after about this long.</extracomment>
        <translation>로그인이 취소되었습니다.</translation>
    </message>
    <message>
        <source>No answer came from the browser within {time}; start the sign-in again.</source>
        <translation>{time} 안에 브라우저에서 응답이 오지 않았습니다. 로그인을 다시 시작하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message>
        <source>the time allowed</source>
        <translation>허용된 시간</translation>
    </message>
    <message>
        <source>Signing in with OAuth needs a Discogs consumer key and secret: register an application at {url} and pass --consumer-key/--consumer-secret (or set {key_env}/{secret_env}), or sign in with a personal access token instead (`discogs-qr login --token`).</source>
        <translation>OAuth로 로그인하려면 Discogs consumer key와 secret이 필요합니다. {url}에서 애플리케이션을 등록하고 --consumer-key/--consumer-secret을 지정하거나({key_env}/{secret_env}를 설정해도 됩니다), 대신 개인 액세스 토큰으로 로그인하세요(`discogs-qr login --token`).</translation>
    </message>
    <message>
        <source>Access was not granted on Discogs, so you are not signed in.</source>
        <translation>Discogs에서 접근이 허용되지 않아 로그인되지 않았습니다.</translation>
    </message>
    <message>
        <source>Paste the code Discogs showed, or the whole address from the browser&apos;s address bar.</source>
        <translation>Discogs에 표시된 코드나 브라우저 주소 표시줄의 전체 주소를 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>That address belongs to a different sign-in attempt; use the one from the newest.</source>
        <translation>이 주소는 다른 로그인 시도의 것입니다. 가장 최근 시도의 주소를 사용하세요.</translation>
    </message>
    <message>
        <source>That does not look like a Discogs sign-in code; paste the code Discogs showed, or the whole address the browser ended on.</source>
        <translation>Discogs 로그인 코드가 아닌 것 같습니다. Discogs에 표시된 코드나 브라우저가 마지막으로 연 전체 주소를 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Discogs did not accept the application&apos;s consumer key and secret; check them at {url}.</source>
        <translation>Discogs가 애플리케이션의 consumer key와 secret을 받아들이지 않았습니다. {url}에서 확인하세요.</translation>
    </message>
    <message>
        <source>This sign-in has no callback; paste the code Discogs shows instead.</source>
        <translation>이 로그인에는 콜백이 없습니다. 대신 Discogs에 표시되는 코드를 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Start the sign-in before entering a code.</source>
        <translation>코드를 입력하기 전에 로그인을 시작하세요.</translation>
    </message>
    <message>
        <source>The sign-in request expired (they last about 15 minutes); start again.</source>
        <translation>로그인 요청이 만료되었습니다(약 15분간 유효합니다). 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Discogs did not accept the code; check it, or start the sign-in again if more than 15 minutes have passed (codes expire).</source>
        <translation>Discogs가 코드를 받아들이지 않았습니다. 코드를 확인하거나, 15분이 넘게 지났다면 로그인을 다시 시작하세요(코드는 만료됩니다).</translation>
    </message>
    <message>
        <source>Enter a Discogs personal access token.</source>
        <translation>Discogs 개인 액세스 토큰을 입력하세요.</translation>
    </message>
    <message>
        <source>Several folders are called “{name}” (ids {ids}); give the id instead.</source>
        <extracomment>Called with (instances read so far, instances expected; 0 while not known). How many unreadable entries a message names; the rest are counted.</extracomment>
        <translation>이름이 “{name}”인 폴더가 여러 개 있습니다(ID {ids}). 대신 ID를 지정하세요.</translation>
    </message>
    <message>
        <source>There is no folder “{name}”; the folders are: {choices}.</source>
        <translation>“{name}” 폴더가 없습니다. 폴더 목록: {choices}.</translation>
    </message>
    <message>
        <source>The file {path} could not be saved: {reason}.</source>
        <translation>파일 {path}을(를) 저장할 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>The demo collection could not be read: {reason}</source>
        <translation>데모 컬렉션을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>There are no rows to make stickers from.</source>
        <translation>스티커로 만들 행이 없습니다.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… 외 {count}개.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) would not scan, so nothing was written. {failures}</source>
        <translation>
            <numerusform>코드 %n개를 스캔할 수 없어 아무것도 저장하지 않았습니다. {failures}</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} could not be saved: {reason}.</source>
        <translation>{path}을(를) 저장할 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>Printing failed: {reason}.</source>
        <translation>인쇄 실패: {reason}.</translation>
    </message>
    <message>
        <source>The sheet settings are not usable: {problem}.</source>
        <translation>용지 설정을 사용할 수 없습니다: {problem}.</translation>
    </message>
    <message>
        <source>A layout name needs 1–60 letters, digits or spaces.</source>
        <translation>레이아웃 이름은 1–60자의 문자, 숫자 또는 공백이어야 합니다.</translation>
    </message>
    <message>
        <source>“{name}” is the name of a preset; choose another.</source>
        <translation>“{name}”은(는) 프리셋 이름입니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>The layout is not usable: {problem}.</source>
        <translation>레이아웃을 사용할 수 없습니다: {problem}.</translation>
    </message>
    <message>
        <source>The local library could not be opened: {reason}</source>
        <translation>로컬 라이브러리를 열 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>The local library could not be created: {reason}</source>
        <translation>로컬 라이브러리를 만들 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>The local library could not be used: {reason}</source>
        <translation>로컬 라이브러리를 사용할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>The local library was damaged and has been moved aside; fetching again.</source>
        <translation>로컬 라이브러리가 손상되어 다른 곳으로 옮겼습니다. 데이터를 다시 가져옵니다.</translation>
    </message>
    <message>
        <source>The local library was written by a newer version of the app and has been moved aside; fetching again.</source>
        <translation>로컬 라이브러리가 더 새로운 버전의 앱에서 만들어져 다른 곳으로 옮겼습니다. 데이터를 다시 가져옵니다.</translation>
    </message>
    <message>
        <source>The local library did not have the tables this version of the app needs and has been moved aside; fetching again.</source>
        <translation>로컬 라이브러리에 이 버전의 앱에 필요한 테이블이 없어 다른 곳으로 옮겼습니다. 데이터를 다시 가져옵니다.</translation>
    </message>
    <message>
        <source>No account is signed in.</source>
        <translation>로그인한 계정이 없습니다.</translation>
    </message>
    <message>
        <source>Could not save the credentials file: {reason}.</source>
        <translation>인증 정보 파일을 저장할 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>Could not save the sign-in to the system keyring; it may be locked.</source>
        <translation>로그인 정보를 시스템 키링에 저장할 수 없습니다. 키링이 잠겨 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>Row {row} ({name}): {reason}</source>
        <extracomment>The degraded render: area-sampled at half of MARGIN_DPI (a 2-pixel box), then scaled up to MARGIN_DPI bilinearly (a 4-pixel tent); together a blur of sigma 1 pixel at 150 dpi.</extracomment>
        <translation>{row}행({name}): {reason}</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>{row}행: {reason}</translation>
    </message>
    <message>
        <source>the code reads “{read}” instead of its Content</source>
        <translation>코드가 Content 대신 “{read}”(으)로 읽힙니다</translation>
    </message>
    <message>
        <source>too little contrast between the code colour {dark} and the background {light}</source>
        <translation>코드 색 {dark}와(과) 배경 {light}의 대비가 너무 낮습니다</translation>
    </message>
    <message>
        <source>the icon is too large (IconSizePercent {percent:g}): it hides too much of the code</source>
        <translation>아이콘이 너무 큽니다(IconSizePercent {percent:g}). 코드를 너무 많이 가립니다</translation>
    </message>
    <message>
        <source>the code is too small for its label (modules of {mm:.2f} mm, under {least} mm; try a larger label, no icon or the shorter link form)</source>
        <translation>라벨에 비해 코드가 너무 작습니다(모듈 {mm:.2f} mm, {least} mm 미만. 더 큰 라벨, 아이콘 없음 또는 짧은 링크 형식을 시도하세요)</translation>
    </message>
    <message>
        <source>the code does not decode (try a smaller icon, more contrast or a larger label)</source>
        <translation>코드를 해독할 수 없습니다(더 작은 아이콘, 더 높은 대비 또는 더 큰 라벨을 시도하세요)</translation>
    </message>
    <message>
        <source>the code decodes only at full resolution, not blurred at {dpi} dpi as a phone sees it (modules of {mm:.2f} mm): a worn print or a dim room may not scan</source>
        <translation>코드가 원래 해상도에서만 해독되고, 휴대폰이 보는 것처럼 {dpi} dpi로 흐리게 하면 해독되지 않습니다(모듈 {mm:.2f} mm). 닳은 인쇄물이나 어두운 곳에서는 스캔되지 않을 수 있습니다</translation>
    </message>
    <message>
        <source>small modules ({mm:.2f} mm, under {least} mm): little margin for a phone</source>
        <translation>모듈이 작습니다({mm:.2f} mm, {least} mm 미만). 휴대폰으로 읽기에 여유가 적습니다</translation>
    </message>
    <message>
        <source>the icon file “{path}” cannot be read</source>
        <translation>아이콘 파일 “{path}”을(를) 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search artist, title, label, cat#</source>
        <translation>아티스트, 제목, 레이블, 카탈로그 번호 검색</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Search artists, titles, labels, catalogue numbers and collection fields (Ctrl+F)</source>
        <translation>아티스트, 제목, 레이블, 카탈로그 번호, 컬렉션 필드 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>추가한 날짜:</translation>
    </message>
    <message>
        <source>Date added preset</source>
        <translation>추가한 날짜 기간</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>올해</translation>
    </message>
    <message>
        <source>Since last export</source>
        <translation>마지막 내보내기 이후</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>기간 지정</translation>
    </message>
    <message>
        <source>from</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Filter by earliest date added</source>
        <translation>추가한 날짜의 시작일로 필터</translation>
    </message>
    <message>
        <source>Earliest date added</source>
        <translation>추가한 날짜 시작일</translation>
    </message>
    <message>
        <source>to</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Filter by latest date added</source>
        <translation>추가한 날짜의 종료일로 필터</translation>
    </message>
    <message>
        <source>Latest date added</source>
        <translation>추가한 날짜 종료일</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>포맷</translation>
    </message>
    <message>
        <source>Show only one format</source>
        <translation>한 가지 포맷만 표시</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>모든 포맷</translation>
    </message>
    <message>
        <source>Only not yet exported</source>
        <translation>아직 내보내지 않은 항목만</translation>
    </message>
    <message>
        <source>Hide releases that were in a saved CSV before</source>
        <translation>이전에 저장한 CSV에 들어 있던 릴리스 숨기기</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Changed since exported</source>
        <translation>내보낸 후 변경됨</translation>
    </message>
    <message>
        <source>Show only exported releases whose sticker would now read differently</source>
        <translation>내보낸 릴리스 중 지금 스티커 내용이 달라질 릴리스만 표시</translation>
    </message>
    <message>
        <source>Nothing was exported yet</source>
        <translation>아직 내보낸 항목이 없습니다</translation>
    </message>
    <message>
        <source>Collection field value</source>
        <translation>컬렉션 필드 값</translation>
    </message>
    <message>
        <source>Show only the releases with this value in a collection field</source>
        <translation>컬렉션 필드에 이 값이 있는 릴리스만 표시</translation>
    </message>
    <message>
        <source>Any field value</source>
        <translation>모든 필드 값</translation>
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
        <translation>폴더</translation>
    </message>
    <message>
        <source>%1 (%2 releases)</source>
        <translation>%1 (릴리스 %2개)</translation>
    </message>
    <message>
        <source>%1, %2 releases</source>
        <translation>%1, 릴리스 %2개</translation>
    </message>
</context>
<context>
    <name>FrozenChecks</name>
    <message>
        <source>Checks</source>
        <extracomment>Ticks the record at an index (with Shift: the range from the last tick).</extracomment>
        <translation>체크</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>문제가 발생했습니다: %1</translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message>
        <source>Label sheet</source>
        <translation>라벨 용지</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>라벨(&amp;L):</translation>
    </message>
    <message>
        <source>Page width × height:</source>
        <translation>용지 너비 × 높이:</translation>
    </message>
    <message>
        <source>Label width × height:</source>
        <translation>라벨 너비 × 높이:</translation>
    </message>
    <message>
        <source>Pitch across × down:</source>
        <translation>가로 × 세로 간격:</translation>
    </message>
    <message>
        <source>Left × top margin:</source>
        <translation>왼쪽 × 위쪽 여백:</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>용지 너비</translation>
    </message>
    <message>
        <source>Page height</source>
        <translation>용지 높이</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>라벨 너비</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>라벨 높이</translation>
    </message>
    <message>
        <source>Horizontal pitch</source>
        <translation>가로 간격</translation>
    </message>
    <message>
        <source>Vertical pitch</source>
        <translation>세로 간격</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>왼쪽 여백</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>위쪽 여백</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Rows of labels</source>
        <translation>라벨 행 수</translation>
    </message>
    <message>
        <source>Columns of labels</source>
        <translation>라벨 열 수</translation>
    </message>
    <message>
        <source>Rows × columns:</source>
        <translation>행 × 열:</translation>
    </message>
    <message>
        <source>Round labels</source>
        <translation>원형 라벨</translation>
    </message>
    <message>
        <source>Name to save this layout as</source>
        <translation>이 레이아웃을 저장할 이름</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>레이아웃 저장</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>저장 이름:</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>저장됨: %1</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>사용자 지정…</translation>
    </message>
    <message>
        <source>Custom layout</source>
        <translation>사용자 지정 레이아웃</translation>
    </message>
    <message>
        <source>Saved the layout “%1”.</source>
        <translation>레이아웃 “%1”을(를) 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <source>the page width must be between 0 and 2000 mm</source>
        <translation>용지 너비는 0–2000 mm 사이여야 합니다</translation>
    </message>
    <message>
        <source>the page width must be at least 5 mm</source>
        <translation>용지 너비는 5 mm 이상이어야 합니다</translation>
    </message>
    <message>
        <source>the page height must be between 0 and 2000 mm</source>
        <translation>용지 높이는 0–2000 mm 사이여야 합니다</translation>
    </message>
    <message>
        <source>the page height must be at least 5 mm</source>
        <translation>용지 높이는 5 mm 이상이어야 합니다</translation>
    </message>
    <message>
        <source>the label width must be between 0 and 2000 mm</source>
        <translation>라벨 너비는 0–2000 mm 사이여야 합니다</translation>
    </message>
    <message>
        <source>the label width must be at least 5 mm</source>
        <translation>라벨 너비는 5 mm 이상이어야 합니다</translation>
    </message>
    <message>
        <source>the label height must be between 0 and 2000 mm</source>
        <translation>라벨 높이는 0–2000 mm 사이여야 합니다</translation>
    </message>
    <message>
        <source>the label height must be at least 5 mm</source>
        <translation>라벨 높이는 5 mm 이상이어야 합니다</translation>
    </message>
    <message>
        <source>the horizontal pitch must be between 0 and 2000 mm</source>
        <translation>가로 간격은 0–2000 mm 사이여야 합니다</translation>
    </message>
    <message>
        <source>the vertical pitch must be between 0 and 2000 mm</source>
        <translation>세로 간격은 0–2000 mm 사이여야 합니다</translation>
    </message>
    <message>
        <source>the top margin must be between 0 and 2000 mm</source>
        <translation>위쪽 여백은 0–2000 mm 사이여야 합니다</translation>
    </message>
    <message>
        <source>the left margin must be between 0 and 2000 mm</source>
        <translation>왼쪽 여백은 0–2000 mm 사이여야 합니다</translation>
    </message>
    <message>
        <source>rows and columns must be between 1 and 100</source>
        <translation>행과 열은 1–100 사이여야 합니다</translation>
    </message>
    <message>
        <source>the horizontal pitch is smaller than the label width: labels overlap</source>
        <translation>가로 간격이 라벨 너비보다 작아 라벨이 겹칩니다</translation>
    </message>
    <message>
        <source>the vertical pitch is smaller than the label height: labels overlap</source>
        <translation>세로 간격이 라벨 높이보다 작아 라벨이 겹칩니다</translation>
    </message>
    <message>
        <source>the labels end {mm:.1f} mm past the page&apos;s right edge</source>
        <translation>라벨이 용지 오른쪽 가장자리를 {mm:.1f} mm 넘어갑니다</translation>
    </message>
    <message>
        <source>the labels end {mm:.1f} mm past the page&apos;s bottom</source>
        <translation>라벨이 용지 아래쪽을 {mm:.1f} mm 넘어갑니다</translation>
    </message>
    <message>
        <source>Avery L7120-25 — A4, 35 mm round, 35 per sheet</source>
        <translation>Avery L7120-25 — A4, 35 mm 원형, 용지당 35개</translation>
    </message>
    <message>
        <source>Avery L7121-25 — A4, 45 mm round, 24 per sheet</source>
        <translation>Avery L7121-25 — A4, 45 mm 원형, 용지당 24개</translation>
    </message>
    <message>
        <source>Avery 22807 — US Letter, 2&quot; round, 12 per sheet</source>
        <translation>Avery 22807 — US Letter, 2&quot; 원형, 용지당 12개</translation>
    </message>
    <message>
        <source>Avery 5160/8160 — US Letter, 1&quot; × 2⅝&quot;, 30 per sheet</source>
        <translation>Avery 5160/8160 — US Letter, 1&quot; × 2⅝&quot;, 용지당 30개</translation>
    </message>
    <message>
        <source>Brother DK-11202 — roll, 62 × 100 mm</source>
        <translation>Brother DK-11202 — 롤, 62 × 100 mm</translation>
    </message>
    <message>
        <source>Brother DK-11209 — roll, 62 × 29 mm</source>
        <translation>Brother DK-11209 — 롤, 62 × 29 mm</translation>
    </message>
    <message>
        <source>DYMO 11354 — roll, 57 × 32 mm</source>
        <translation>DYMO 11354 — 롤, 57 × 32 mm</translation>
    </message>
    <message>
        <source>DYMO 30332 — roll, 25 × 25 mm square</source>
        <translation>DYMO 30332 — 롤, 25 × 25 mm 정사각형</translation>
    </message>
    <message>
        <source>the first label must be between 1 and {last}</source>
        <translation>첫 라벨은 1–{last} 사이여야 합니다</translation>
    </message>
    <message>
        <source>there is no label {label} on this sheet (1–{last})</source>
        <translation>이 용지에는 {label}번 라벨이 없습니다(1–{last})</translation>
    </message>
    <message>
        <source>marks must be one of {marks}</source>
        <translation>안내선은 {marks} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>the calibration offset must be within ±20 mm</source>
        <translation>인쇄 위치 보정은 ±20 mm 이내여야 합니다</translation>
    </message>
</context>
<context>
    <name>LoaderController</name>
    <message>
        <source>Reading folders…</source>
        <translation>폴더 읽는 중…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>%1 releases loaded.</source>
        <translation>릴리스 %1개를 불러왔습니다.</translation>
    </message>
    <message>
        <source>Loading stopped</source>
        <translation>불러오기 중지됨</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>불러오기 취소됨</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>%2개 중 %1개 불러옴</translation>
    </message>
    <message>
        <source>%1: %2 of %3 releases loaded. Refresh (F5) loads the rest.</source>
        <translation>%1: 릴리스 %3개 중 %2개를 불러왔습니다. 새로 고침(F5)으로 나머지를 불러옵니다.</translation>
    </message>
    <message>
        <source>“%1” is not completely loaded: %2 of %3 loaded.</source>
        <translation>“%1”을(를) 모두 불러오지 못했습니다: %3개 중 %2개 불러옴.</translation>
    </message>
    <message>
        <source>Refreshing: %1 of %2 read</source>
        <translation>새로 고침: %2개 중 %1개 읽음</translation>
    </message>
    <message>
        <source>Refreshing: %1 read</source>
        <translation>새로 고침: %1개 읽음</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>%1 업데이트됨</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>새로 고치는 중…</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>로그인…</translation>
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
        <translation>토큰 사용</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Discogs로 로그인</translation>
    </message>
    <message>
        <source>You are exploring the demo collection. Sign in to see your own.</source>
        <translation>데모 컬렉션을 둘러보는 중입니다. 내 컬렉션을 보려면 로그인하세요.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>다시 로그인</translation>
    </message>
    <message>
        <source>The unsaved preview could not be kept on disk (see the log); it is tried again at the next change. Save it to a file to be safe.</source>
        <translation>저장하지 않은 미리 보기를 디스크에 보관하지 못했습니다(로그 참조). 다음 변경 때 다시 시도합니다. 안전하게 파일로 저장하세요.</translation>
    </message>
    <message>
        <source>Check some releases first.</source>
        <translation>먼저 릴리스를 체크하세요.</translation>
    </message>
    <message>
        <source>Unsaved preview</source>
        <translation>저장하지 않은 미리 보기</translation>
    </message>
    <message>
        <source>Restore the preview you did not save?</source>
        <translation>저장하지 않은 미리 보기를 복원할까요?</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1개 행</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1개 행</translation>
    </message>
    <message>
        <source>%1, edited %2</source>
        <translation>%1, %2 편집함</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Ticked records not loaded</source>
        <translation>체크한 음반을 불러오지 않음</translation>
    </message>
    <message>
        <source>1 ticked record is not in the library yet.</source>
        <translation>체크한 음반 1개가 아직 라이브러리에 없습니다.</translation>
    </message>
    <message>
        <source>%1 ticked records are not in the library yet.</source>
        <translation>체크한 음반 %1개가 아직 라이브러리에 없습니다.</translation>
    </message>
    <message>
        <source>Load the All folder first to include them, or preview the others without them.</source>
        <translation>포함하려면 먼저 “All” 폴더를 불러오거나, 이 음반을 빼고 나머지를 미리 보세요.</translation>
    </message>
    <message>
        <source>Load All first</source>
        <translation>먼저 All 불러오기</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>빼고 진행</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Forget the saved Discogs sign-in on this computer?</source>
        <translation>이 컴퓨터에 저장된 Discogs 로그인 정보를 삭제할까요?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart now? Your folder, filters, ticks and an unsaved preview are kept.</source>
        <translation>새 언어는 다음 시작부터 적용됩니다. 지금 다시 시작할까요? 폴더, 필터, 체크 및 저장하지 않은 미리 보기는 유지됩니다.</translation>
    </message>
    <message>
        <source>Discogs did not accept the saved sign-in (%1). Sign in again to continue; your checked releases are kept.</source>
        <translation>Discogs가 저장된 로그인을 받아들이지 않았습니다(%1). 계속하려면 다시 로그인하세요. 체크한 릴리스는 유지됩니다.</translation>
    </message>
    <message>
        <source>%1 Try again in a minute.</source>
        <translation>%1 1분 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>an earlier session</source>
        <translation>이전 세션</translation>
    </message>
    <message>
        <source>Offline — data from %1</source>
        <translation>오프라인 — %1 기준 데이터</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <extracomment>How many unreadable entries the banner names; the rest are counted.</extracomment>
        <translation>외 %1개</translation>
    </message>
    <message>
        <source>1 entry could not be read: %1</source>
        <translation>항목 1개를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 entries could not be read: %2</source>
        <translation>항목 %1개를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1분 전</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1시간 전</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1에</translation>
    </message>
</context>
<context>
    <name>MultiLineEditor</name>
    <message>
        <source>Bottom text</source>
        <extracomment>Any of these held with Enter makes a new line instead of committing.</extracomment>
        <translation>캡션</translation>
    </message>
    <message>
        <source>Enter finishes editing; Shift+Enter starts a new line.</source>
        <translation>Enter로 편집을 마치고, Shift+Enter로 줄을 바꿉니다.</translation>
    </message>
</context>
<context>
    <name>PreviewColumns</name>
    <message>
        <source>Columns</source>
        <extracomment>The columns shown first, in this order; the rest of DEFAULT_VISIBLE follows.</extracomment>
        <translation>열</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>모두 표시</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>기본 열</translation>
    </message>
</context>
<context>
    <name>PreviewHeader</name>
    <message>
        <source>Row %1, %2: %3</source>
        <extracomment>The problems link was clicked.</extracomment>
        <translation>%1행, %2: %3</translation>
    </message>
    <message>
        <source>%1 from several folders</source>
        <translation>여러 폴더의 %1</translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation>“%2”의 %1</translation>
    </message>
    <message>
        <source>%1 exported before</source>
        <translation>%1개는 이전에 내보냄</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>문제 1개</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>문제 %1개</translation>
    </message>
</context>
<context>
    <name>PreviewHost</name>
    <message>
        <source>Preview</source>
        <extracomment>The edge of the current record&apos;s cover beside its sticker, in logical pixels.</extracomment>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Stickers…</source>
        <translation>스티커…</translation>
    </message>
    <message>
        <source>Print sticker sheets, or save them as a PDF or images</source>
        <translation>스티커 용지를 인쇄하거나 PDF 또는 이미지로 저장</translation>
    </message>
    <message>
        <source>Cover of the current row</source>
        <translation>현재 행의 커버</translation>
    </message>
    <message>
        <source>Sticker of the current row</source>
        <translation>현재 행의 스티커</translation>
    </message>
    <message>
        <source>Preview (%1)</source>
        <translation>미리 보기 (%1)</translation>
    </message>
    <message>
        <source>The unsaved preview could not be restored: its releases are no longer in this collection.</source>
        <translation>저장하지 않은 미리 보기를 복원할 수 없습니다. 해당 릴리스가 더 이상 이 컬렉션에 없습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 rows restored; the others are no longer in your collection.</source>
        <translation>%2개 행 중 %1개를 복원했습니다. 나머지는 더 이상 컬렉션에 없습니다.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Edit %1 in row %2</source>
        <translation>%2행의 %1 편집</translation>
    </message>
    <message>
        <source>Delete %n row(s)</source>
        <translation>%n개 행 삭제</translation>
    </message>
    <message>
        <source>Move %n row(s)</source>
        <translation>%n개 행 이동</translation>
    </message>
    <message>
        <source>Reset %n row(s)</source>
        <translation>%n개 행 초기화</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>템플릿 적용</translation>
    </message>
    <message>
        <source>Preview again: %1 added, %2 removed</source>
        <extracomment>Emitted after any change to the rows (for problem counts and titles).</extracomment>
        <translation>다시 미리 보기: %1개 추가, %2개 제거</translation>
    </message>
    <message>
        <source>Restore the unsaved preview</source>
        <translation>저장하지 않은 미리 보기 복원</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>행 복제</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>행 복사</translation>
    </message>
    <message>
        <source>QR Factory 3 column “%1”</source>
        <extracomment>A row&apos;s cells, template cells and edited columns (what a rebuild changes and undo restores). The instances the rows were asked for (a deleted row&apos;s instance stays in here).</extracomment>
        <translation>QR Factory 3 열 “%1”</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>문제: %1</translation>
    </message>
    <message>
        <source>Edited by you (template gives “%1”).</source>
        <translation>직접 편집함(템플릿 값: “%1”).</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Export preview</source>
        <extracomment>A CSV was written: its path and the instance ids it holds (in file order). The number of rows changed (build, merge, delete, duplicate, undo…). The row under the cursor changed or was edited: its 30 cells ([] for none).</extracomment>
        <translation>내보내기 미리 보기</translation>
    </message>
    <message>
        <source>Preview</source>
        <extracomment>The table and, once :meth:`set_side_widget` is called, a widget beside it.</extracomment>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>Save the rows as a QR Factory 3 CSV file</source>
        <translation>행을 QR Factory 3용 CSV 파일로 저장</translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1</source>
        <translation>설정을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>실행 취소: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>다시 실행: %1</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>행 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Leave the selected rows out of this file</source>
        <translation>선택한 행을 이 파일에서 빼기</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;P)</translation>
    </message>
    <message>
        <source>Add a copy of the selected rows</source>
        <translation>선택한 행의 사본 추가</translation>
    </message>
    <message>
        <source>&amp;Reset row</source>
        <translation>행 초기화(&amp;E)</translation>
    </message>
    <message>
        <source>Build the selected rows again from the template</source>
        <translation>선택한 행을 템플릿에서 다시 만들기</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>CSV로 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>템플릿(&amp;T)…</translation>
    </message>
    <message>
        <source>Caption, file name and column defaults</source>
        <translation>캡션, 파일 이름 및 열 기본값</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>다른 이름으로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>File options</source>
        <translation>파일 옵션</translation>
    </message>
    <message>
        <source>Start with a BOM (for Excel)</source>
        <translation>BOM으로 시작 (Excel용)</translation>
    </message>
    <message>
        <source>Unix line ends (LF, not CRLF)</source>
        <translation>Unix 줄 끝 (CRLF 대신 LF)</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1개 행</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1개 행</translation>
    </message>
    <message>
        <source>Added 1 row</source>
        <translation>1개 행 추가</translation>
    </message>
    <message>
        <source>Added %1 rows</source>
        <translation>%1개 행 추가</translation>
    </message>
    <message>
        <source>removed 1 unedited row of a record no longer checked</source>
        <translation>체크 해제된 음반의 편집하지 않은 행 1개 제거</translation>
    </message>
    <message>
        <source>removed %1 unedited rows of records no longer checked</source>
        <translation>체크 해제된 음반의 편집하지 않은 행 %1개 제거</translation>
    </message>
    <message>
        <source>kept 1 edited row of a record no longer checked</source>
        <translation>체크 해제된 음반의 편집한 행 1개 유지</translation>
    </message>
    <message>
        <source>kept %1 edited rows of records no longer checked</source>
        <translation>체크 해제된 음반의 편집한 행 %1개 유지</translation>
    </message>
    <message>
        <source>1 row you deleted stays out</source>
        <translation>직접 삭제한 행 1개는 계속 제외</translation>
    </message>
    <message>
        <source>%1 rows you deleted stay out</source>
        <translation>직접 삭제한 행 %1개는 계속 제외</translation>
    </message>
    <message>
        <source>The preview already holds these records; nothing changed.</source>
        <translation>미리 보기에 이미 이 음반들이 있습니다. 바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <source>your edits are kept</source>
        <translation>편집한 내용은 유지됩니다</translation>
    </message>
    <message>
        <source>Undo puts the preview back as it was</source>
        <translation>실행 취소하면 미리 보기가 이전 상태로 돌아갑니다</translation>
    </message>
    <message>
        <source>Apply the new template?</source>
        <translation>새 템플릿을 적용할까요?</translation>
    </message>
    <message>
        <source>Rebuild the preview rows with the new template?</source>
        <translation>새 템플릿으로 미리 보기 행을 다시 만들까요?</translation>
    </message>
    <message>
        <source>Some cells were edited by hand. You can keep them or start again (Undo brings them back).</source>
        <translation>일부 셀은 직접 편집되었습니다. 그대로 유지하거나 처음부터 다시 만들 수 있습니다(실행 취소로 되돌릴 수 있습니다).</translation>
    </message>
    <message>
        <source>Keep my edited cells</source>
        <translation>편집한 셀 유지</translation>
    </message>
    <message>
        <source>Replace everything</source>
        <translation>모두 바꾸기</translation>
    </message>
    <message>
        <source>Don’t rebuild</source>
        <translation>다시 만들지 않음</translation>
    </message>
</context>
<context>
    <name>PreviewSaver</name>
    <message>
        <source>Save QR Factory CSV</source>
        <translation>QR Factory CSV 저장</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>There are no rows to save.</source>
        <translation>저장할 행이 없습니다.</translation>
    </message>
    <message>
        <source>Fix this cell before saving — %1</source>
        <translation>저장하기 전에 이 셀을 고치세요 — %1</translation>
    </message>
    <message>
        <source>Could not save: %1 Nothing was written and your rows are unchanged.</source>
        <translation>저장할 수 없습니다: %1 아무것도 기록되지 않았으며 행은 그대로입니다.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>(The export history could not be updated.)</source>
        <translation>(내보내기 기록을 업데이트할 수 없습니다.)</translation>
    </message>
    <message>
        <source>Saved %1 to “%2”.</source>
        <translation>%1을(를) “%2”에 저장했습니다.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>폴더에서 보기</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Rows to export</source>
        <translation>내보낼 행</translation>
    </message>
    <message>
        <source>Drag a selected row&apos;s number to move the rows</source>
        <translation>선택한 행의 번호를 끌어서 행을 옮기세요</translation>
    </message>
</context>
<context>
    <name>PrintedController</name>
    <message>
        <source>Reading the records on Discogs before marking them…</source>
        <extracomment>(field name, records) -&gt; True to go ahead: asked once, before the first write ever. (field name, {instance id: value found on Discogs}) -&gt; REPLACE, SKIP or LATER (True and False stand for REPLACE and SKIP).</extracomment>
        <translation>표시하기 전에 Discogs에서 음반 정보를 읽는 중…</translation>
    </message>
    <message>
        <source>Marking on Discogs stopped; the rest is written later.</source>
        <translation>Discogs에 표시하기를 중지했습니다. 나머지는 나중에 기록됩니다.</translation>
    </message>
    <message>
        <source>%1 marks stay queued; you are asked again next time.</source>
        <translation>표시 %1개가 대기 중입니다. 다음에 다시 묻습니다.</translation>
    </message>
    <message>
        <source>Marking on Discogs failed; it is tried again later.</source>
        <translation>Discogs에 표시하지 못했습니다. 나중에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>몇 초</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>약 1분</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>약 %1분</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>약 %1시간</translation>
    </message>
    <message>
        <source>Marking on Discogs: %1 marks, %2</source>
        <translation>Discogs에 표시하는 중: %1개, %2</translation>
    </message>
    <message>
        <source>(at once: they fit in the Discogs rate limit)…</source>
        <translation>(한 번에: Discogs 요청 한도 안에 들어갑니다)…</translation>
    </message>
    <message>
        <source>(one every %1 s, the Discogs rate limit)…</source>
        <translation>(%1초마다 1개, Discogs 요청 한도)…</translation>
    </message>
    <message>
        <source>Marked %1 of %2 records as printed on Discogs.</source>
        <translation>Discogs에서 음반 %2개 중 %1개를 인쇄됨으로 표시했습니다.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>외 %1개</translation>
    </message>
    <message>
        <source>Kept %1 values you wrote: %2.</source>
        <translation>직접 입력한 값 %1개를 유지했습니다: %2.</translation>
    </message>
    <message>
        <source>Stopped: %1 The other %2 are kept and written later.</source>
        <translation>중지됨: %1 나머지 %2개는 보관했다가 나중에 기록합니다.</translation>
    </message>
    <message>
        <source>%1 failed; %2 of them are tried again later.</source>
        <translation>%1개 실패. 그중 %2개는 나중에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Nothing was lost: the records stay marked as exported here.</source>
        <translation>잃어버린 것은 없습니다. 이 음반들은 여기서 계속 내보냄으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>다시 로그인</translation>
    </message>
</context>
<context>
    <name>PrintedQuestions</name>
    <message>
        <source>Mark as printed on Discogs</source>
        <translation>Discogs에 인쇄됨으로 표시</translation>
    </message>
    <message>
        <source>Write today&apos;s date into your Discogs field “%1” for the %2 exported records?</source>
        <translation>내보낸 음반 %2개의 Discogs 필드 “%1”에 오늘 날짜를 기록할까요?</translation>
    </message>
    <message>
        <source>This changes your collection on Discogs. Each record&apos;s field is read first, and a value you wrote yourself is kept unless you choose to replace it. Up to about 60 marks go at once; more go at the Discogs rate limit, about one a second. You can stop them at any time, and turn this off in Settings.</source>
        <translation>이 작업은 Discogs의 컬렉션을 변경합니다. 먼저 각 음반의 필드를 읽으며, 직접 입력한 값은 바꾸기를 선택하지 않는 한 유지됩니다. 약 60개까지는 한 번에 기록하고, 그 이상은 Discogs 요청 한도에 따라 약 1초에 1개씩 기록합니다. 언제든지 중지할 수 있으며, 설정에서 이 기능을 끌 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 of the records have something else in “%2” on Discogs.</source>
        <translation>음반 %1개는 Discogs의 “%2”에 다른 값이 들어 있습니다.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>외 %1개</translation>
    </message>
    <message>
        <source>They hold: %1. Replace writes the mark over exactly these values; Skip keeps them; Don&apos;t mark now keeps these marks queued for later.</source>
        <translation>들어 있는 값: %1. 바꾸기는 정확히 이 값들 위에 표시를 기록하고, 건너뛰기는 값을 그대로 두며, 지금 표시 안 함은 이 표시들을 나중을 위해 대기열에 남겨 둡니다.</translation>
    </message>
    <message>
        <source>Don&apos;t mark now</source>
        <translation>지금 표시 안 함</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Skip those</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>바꾸기</translation>
    </message>
</context>
<context>
    <name>ReleaseModel</name>
    <message>
        <source>Last exported on %1</source>
        <translation>마지막 내보내기: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rated %n of 5</source>
        <translation>
            <numerusform>평점 5점 중 %n점</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>체크됨</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>체크 안 됨</translation>
    </message>
    <message>
        <source>Your Discogs collection field “%1”</source>
        <translation>Discogs 컬렉션 필드 “%1”</translation>
    </message>
    <message>
        <source>Check or uncheck all shown releases</source>
        <translation>표시된 모든 릴리스 체크 또는 체크 해제</translation>
    </message>
    <message>
        <source>Cover (hover for a larger one)</source>
        <translation>커버 (마우스를 올리면 크게 보기)</translation>
    </message>
    <message>
        <source>When the release was last saved to a QR Factory CSV</source>
        <translation>릴리스를 QR Factory CSV에 마지막으로 저장한 시점</translation>
    </message>
    <message>
        <source>Last exported on %1; the sticker would now read differently (reprint it)</source>
        <translation>마지막 내보내기: %1. 지금은 스티커 내용이 달라집니다(다시 인쇄하세요)</translation>
    </message>
    <message>
        <source>%1 · changed</source>
        <translation>%1 · 변경됨</translation>
    </message>
    <message>
        <source>Artist</source>
        <extracomment>Column titles (translated when shown, context &quot;ReleaseModel&quot;).</extracomment>
        <translation>아티스트</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Cat#</source>
        <translation>카탈로그#</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>포맷</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>추가한 날짜</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>내보냄</translation>
    </message>
    <message>
        <source>Cover</source>
        <extracomment>Emitted after checks change (any folder). Emitted after the collection field columns changed (added, renamed or removed). Emitted after rows were replaced in place by newer data (:meth:`update_rows`). Where the cover column&apos;s pictures come from (None: no covers), and their edge in device pixels.</extracomment>
        <translation>커버</translation>
    </message>
</context>
<context>
    <name>ReleaseTable</name>
    <message>
        <source>Releases</source>
        <extracomment>Row heights with covers (the cover is the row less a small margin) and without.</extracomment>
        <translation>릴리스</translation>
    </message>
    <message>
        <source>The first column ticks a release for the preview, the CSV and the stickers; Space ticks the current row.</source>
        <translation>첫 번째 열에서 미리 보기, CSV, 스티커에 넣을 릴리스를 체크합니다. Space 키로 현재 행을 체크합니다.</translation>
    </message>
    <message>
        <source>Collection fields</source>
        <translation>컬렉션 필드</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>열 초기화</translation>
    </message>
</context>
<context>
    <name>SelectionController</name>
    <message>
        <source>Finding the ticked records…</source>
        <extracomment>The ticked instances (shown first, in table order) and the ticked ids not found.</extracomment>
        <translation>체크한 음반 찾는 중…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Local library</source>
        <translation>로컬 라이브러리</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>캐시 크기</translation>
    </message>
    <message>
        <source>Clear cache…</source>
        <translation>캐시 지우기…</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>캐시 지우기</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV 파일</translation>
    </message>
    <message>
        <source>Start with a byte order mark (BOM)</source>
        <translation>바이트 순서 표시(BOM)로 시작</translation>
    </message>
    <message>
        <source>Unix line ends (LF instead of CRLF)</source>
        <translation>Unix 줄 끝 (CRLF 대신 LF)</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>커버</translation>
    </message>
    <message>
        <source>Show covers (downloaded from Discogs)</source>
        <translation>커버 표시 (Discogs에서 다운로드)</translation>
    </message>
    <message>
        <source>Off: no cover is downloaded; the table shows text only</source>
        <translation>끄면 커버를 다운로드하지 않고 표에 텍스트만 표시합니다</translation>
    </message>
    <message>
        <source>Cover cache limit</source>
        <translation>커버 캐시 한도</translation>
    </message>
    <message>
        <source>At most this much disk space for covers; the oldest are dropped first</source>
        <translation>커버에 쓸 최대 디스크 공간입니다. 가장 오래된 것부터 지웁니다</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>최대 보관 용량</translation>
    </message>
    <message>
        <source>Cover cache size</source>
        <translation>커버 캐시 크기</translation>
    </message>
    <message>
        <source>Clear cover cache</source>
        <translation>커버 캐시 지우기</translation>
    </message>
    <message>
        <source>Covers kept on this computer: %1</source>
        <translation>이 컴퓨터에 보관된 커버: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>창에 표시할 언어</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>시스템 언어 (%1)</translation>
    </message>
    <message>
        <source>The app starts again in the new language</source>
        <translation>앱이 새 언어로 다시 시작됩니다</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>On Discogs</source>
        <translation>Discogs 연동</translation>
    </message>
    <message>
        <source>Mark printed records in</source>
        <translation>인쇄한 음반 표시 필드</translation>
    </message>
    <message>
        <source>After a CSV or sticker sheet is made, write e.g. “QR 2026-12-05” into this collection field of each exported record, so every computer knows it is printed</source>
        <translation>CSV나 스티커 용지를 만든 후, 내보낸 각 음반의 이 컬렉션 필드에 “QR 2026-12-05” 같은 값을 기록하여 어느 컴퓨터에서든 인쇄 여부를 알 수 있게 합니다</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <source>No local library for this collection.</source>
        <translation>이 컬렉션의 로컬 라이브러리가 없습니다.</translation>
    </message>
    <message>
        <source>Cached collection data: %1</source>
        <translation>캐시된 컬렉션 데이터: %1</translation>
    </message>
    <message>
        <source>Delete the locally cached collection? It is read from Discogs again the next time a folder is opened. Your export history is kept.</source>
        <translation>로컬에 캐시된 컬렉션을 삭제할까요? 다음에 폴더를 열 때 Discogs에서 다시 읽어 옵니다. 내보내기 기록은 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>SheetMap</name>
    <message>
        <source>Sheet map: click the labels already used</source>
        <translation>용지 맵: 이미 사용한 라벨을 클릭하세요</translation>
    </message>
    <message>
        <source>Each box is one label of the sheet; the stickers fill the free labels from the starting label on. Arrow keys move between labels, Space marks a label used or free, the menu key offers to print the shown sticker on a free label.</source>
        <translation>각 칸은 용지의 라벨 하나입니다. 스티커는 시작 라벨부터 빈 라벨을 채웁니다. 화살표 키로 라벨 사이를 이동하고, Space 키로 라벨을 사용함 또는 빈 라벨로 표시하며, 메뉴 키로 표시된 스티커를 빈 라벨에 인쇄할 수 있습니다.</translation>
    </message>
    <message>
        <source>Click the labels already used on this sheet to skip them. Right-click a free label to print the shown sticker on it.</source>
        <translation>이 용지에서 이미 사용한 라벨을 클릭하면 건너뜁니다. 빈 라벨을 오른쪽 클릭하면 표시된 스티커를 그 자리에 인쇄합니다.</translation>
    </message>
    <message>
        <source>&amp;Print this sticker here…</source>
        <translation>이 스티커를 여기에 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save this sticker here as PDF…</source>
        <translation>이 스티커를 여기에 PDF로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Mark as used</source>
        <translation>사용함으로 표시(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Mark as free</source>
        <translation>빈 라벨로 표시(&amp;M)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Discogs</source>
        <translation>Discogs에 로그인</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>로그인 방법</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Discogs로 로그인</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>개인 액세스 토큰</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>로그인 상태</translation>
    </message>
    <message>
        <source>Discogs opens in the browser and asks you to allow access; this window then continues by itself.</source>
        <translation>브라우저에서 Discogs가 열리고 접근 허용을 요청합니다. 그러면 이 창이 자동으로 계속 진행합니다.</translation>
    </message>
    <message>
        <source>Discogs asks each desktop app for its own key. Register an application at &lt;a href=&quot;%1&quot;&gt;Discogs → Settings → Developers&lt;/a&gt; (any name; the callback URL can stay empty), then copy its consumer key and secret here.</source>
        <translation>Discogs는 데스크톱 앱마다 고유한 키를 요구합니다. &lt;a href=&quot;%1&quot;&gt;Discogs → 설정 → 개발자&lt;/a&gt;에서 애플리케이션을 등록한 후(이름은 자유, 콜백 URL은 비워 두어도 됩니다), consumer key와 secret을 여기에 복사하세요.</translation>
    </message>
    <message>
        <source>Your own application key</source>
        <translation>내 애플리케이션 키</translation>
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
        <translation>Consumer key(&amp;K):</translation>
    </message>
    <message>
        <source>Consumer &amp;secret:</source>
        <translation>Consumer secret(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Open Discogs in the browser</source>
        <translation>브라우저에서 Discogs 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Open Discogs in the browser</source>
        <translation>브라우저에서 Discogs 열기</translation>
    </message>
    <message>
        <source>Address to open in a browser</source>
        <translation>브라우저에서 열 주소</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>주소 복사</translation>
    </message>
    <message>
        <source>If the browser cannot come back here, paste the code or address</source>
        <translation>브라우저가 이 창으로 돌아오지 못하면 코드나 주소를 붙여 넣으세요</translation>
    </message>
    <message>
        <source>Code from Discogs</source>
        <translation>Discogs 코드</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>계속(&amp;N)</translation>
    </message>
    <message>
        <source>Continue with the pasted code</source>
        <translation>붙여 넣은 코드로 계속</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open &lt;a href=&quot;%1&quot;&gt;Discogs → Settings → Developers&lt;/a&gt; (sign in to Discogs there if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate new token&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the token, paste it below and click &lt;b&gt;Sign in&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;The token gives this app access to your collection until you revoke it there.</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;a href=&quot;%1&quot;&gt;Discogs → 설정 → 개발자&lt;/a&gt;를 엽니다(요청하면 그곳에서 Discogs에 로그인하세요).&lt;/li&gt;&lt;li&gt;&lt;b&gt;새 토큰 생성&lt;/b&gt;을 클릭합니다.&lt;/li&gt;&lt;li&gt;토큰을 복사해 아래에 붙여 넣고 &lt;b&gt;로그인&lt;/b&gt;을 클릭합니다.&lt;/li&gt;&lt;/ol&gt;토큰은 Discogs에서 취소할 때까지 이 앱이 컬렉션에 접근할 수 있게 합니다.</translation>
    </message>
    <message>
        <source>Open the &amp;developer settings</source>
        <translation>개발자 설정 열기(&amp;D)</translation>
    </message>
    <message>
        <source>Open the Discogs developer settings</source>
        <translation>Discogs 개발자 설정 열기</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>로그인(&amp;I)</translation>
    </message>
    <message>
        <source>Sign in with the token</source>
        <translation>토큰으로 로그인</translation>
    </message>
    <message>
        <source>Where to keep the sign-in</source>
        <translation>로그인 정보 보관 위치</translation>
    </message>
    <message>
        <source>For this session only (sign in again next time)</source>
        <translation>이번 세션에만 (다음에 다시 로그인)</translation>
    </message>
    <message>
        <source>In an UNENCRYPTED file on this computer, readable by your user account:</source>
        <translation>이 컴퓨터의 암호화되지 않은 파일에 저장 (내 사용자 계정으로 읽을 수 있음):</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer.</source>
        <translation>이 컴퓨터에서 사용할 수 있는 보안 키링이 없습니다.</translation>
    </message>
    <message>
        <source>Enter the consumer key and secret first.</source>
        <translation>먼저 consumer key와 secret을 입력하세요.</translation>
    </message>
    <message>
        <source>Asking Discogs for a sign-in address…</source>
        <translation>Discogs에 로그인 주소를 요청하는 중…</translation>
    </message>
    <message>
        <source>Allow access in the browser; this window continues by itself.</source>
        <translation>브라우저에서 접근을 허용하세요. 이 창이 자동으로 계속 진행합니다.</translation>
    </message>
    <message>
        <source>Allow access in the browser, then paste the code here.</source>
        <translation>브라우저에서 접근을 허용한 후 코드를 여기에 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>코드 확인 중…</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>주소를 복사했습니다.</translation>
    </message>
    <message>
        <source>Paste a personal access token first.</source>
        <translation>먼저 개인 액세스 토큰을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Checking the token with Discogs…</source>
        <translation>Discogs에서 토큰 확인 중…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>로그인됨: %1.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>waiting %1 s for the Discogs rate limit</source>
        <translation>Discogs 요청 한도 때문에 %1초 대기 중</translation>
    </message>
    <message>
        <source>Discogs did not answer properly; trying again in %1 s</source>
        <translation>Discogs가 제대로 응답하지 않았습니다. %1초 후 다시 시도</translation>
    </message>
    <message>
        <source>waiting %1 s: %2</source>
        <translation>%1초 대기 중: %2</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>불러오기 상태</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>불러오기 진행률</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>불러오기 취소</translation>
    </message>
    <message>
        <source>Stop loading; what is loaded stays, and Refresh loads the rest</source>
        <translation>불러오기를 중지합니다. 불러온 것은 남고, 새로 고침으로 나머지를 불러옵니다</translation>
    </message>
</context>
<context>
    <name>StickerPreview</name>
    <message>
        <source>Sticker preview</source>
        <translation>스티커 미리 보기</translation>
    </message>
    <message>
        <source>How the sticker of the current row prints: its QR code and its caption</source>
        <translation>현재 행의 스티커가 인쇄되는 모습: QR 코드와 캡션</translation>
    </message>
</context>
<context>
    <name>StickersDialog</name>
    <message>
        <source>Stickers</source>
        <translation>스티커</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>라벨 용지</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>이 용지</translation>
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
        <translation>인쇄 위치 보정:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Label outlines</source>
        <translation>라벨 윤곽선</translation>
    </message>
    <message>
        <source>Cut marks</source>
        <translation>재단선</translation>
    </message>
    <message>
        <source>&amp;Marks:</source>
        <translation>안내선(&amp;M):</translation>
    </message>
    <message>
        <source>The rows&apos; font (BottomTextFont)</source>
        <translation>행의 글꼴 (BottomTextFont)</translation>
    </message>
    <message>
        <source>This font:</source>
        <translation>이 글꼴:</translation>
    </message>
    <message>
        <source>Caption font:</source>
        <translation>캡션 글꼴:</translation>
    </message>
    <message>
        <source>Fit the label</source>
        <translation>라벨에 맞춤</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Caption &amp;size:</source>
        <translation>캡션 크기(&amp;S):</translation>
    </message>
    <message>
        <source>PNG pictures</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>SVG drawings</source>
        <translation>SVG 그림</translation>
    </message>
    <message>
        <source>Print at 100 % (actual size): turn off “Fit to page” or “Scale to fit” in the print dialog, or the stickers will miss the labels.</source>
        <translation>실제 크기(100 %)로 인쇄하세요. 인쇄 창에서 “페이지에 맞춤”이나 “크기 조정”을 끄지 않으면 스티커가 라벨에서 어긋납니다.</translation>
    </message>
    <message>
        <source>&amp;Test page…</source>
        <translation>테스트 페이지(&amp;T)…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>PDF 저장(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>인쇄(&amp;R)…</translation>
    </message>
    <message>
        <source>Save &amp;images…</source>
        <translation>이미지 저장(&amp;I)…</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Not usable: %1.</source>
        <translation>사용할 수 없음: %1.</translation>
    </message>
    <message>
        <source>Save stickers as PDF</source>
        <translation>스티커를 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sheet in the printer</source>
        <translation>프린터에 넣은 용지</translation>
    </message>
    <message>
        <source>A sheet printed on before: printing goes on at its first free label</source>
        <translation>이전에 인쇄한 용지: 첫 번째 빈 라벨부터 이어서 인쇄합니다</translation>
    </message>
    <message>
        <source>Fres&amp;h sheet</source>
        <translation>새 용지(&amp;H)</translation>
    </message>
    <message>
        <source>Start a fresh sheet</source>
        <translation>새 용지로 시작</translation>
    </message>
    <message>
        <source>Print from the first label of a new sheet</source>
        <translation>새 용지의 첫 라벨부터 인쇄</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>시작 라벨</translation>
    </message>
    <message>
        <source>Start &amp;at label:</source>
        <translation>시작 라벨(&amp;A):</translation>
    </message>
    <message>
        <source>Printer offset to the right</source>
        <translation>인쇄 위치 보정(오른쪽)</translation>
    </message>
    <message>
        <source>Printer offset down</source>
        <translation>인쇄 위치 보정(아래쪽)</translation>
    </message>
    <message>
        <source>Ima&amp;ges as:</source>
        <translation>이미지 형식(&amp;G):</translation>
    </message>
    <message>
        <source>Sticker shown</source>
        <translation>표시된 스티커</translation>
    </message>
    <message>
        <source>Stic&amp;ker:</source>
        <translation>스티커(&amp;K):</translation>
    </message>
    <message>
        <source>Sh&amp;eet in the printer:</source>
        <translation>프린터의 용지(&amp;E):</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Forget this sheet</source>
        <translation>이 용지 삭제</translation>
    </message>
    <message>
        <source>This sheet is used up or thrown away</source>
        <translation>이 용지를 다 썼거나 버렸습니다</translation>
    </message>
    <message>
        <source>Click the labels already used. Right-click a free label to print the sticker shown above on it.</source>
        <translation>이미 사용한 라벨을 클릭하세요. 빈 라벨을 오른쪽 클릭하면 위에 표시된 스티커를 그 자리에 인쇄합니다.</translation>
    </message>
    <message>
        <source>Stickers status</source>
        <translation>스티커 상태</translation>
    </message>
    <message>
        <source>What will be printed</source>
        <translation>인쇄될 내용</translation>
    </message>
    <message>
        <source>One size for the whole sheet</source>
        <translation>용지 전체에 같은 크기</translation>
    </message>
    <message>
        <source>Each label its own size</source>
        <translation>라벨마다 개별 크기</translation>
    </message>
    <message>
        <source>Caption &amp;fit:</source>
        <translation>캡션 맞춤(&amp;F):</translation>
    </message>
    <message>
        <source>Record icon in the middle (a smaller code, less margin)</source>
        <translation>가운데에 음반 아이콘 (코드가 작아지고 여유가 줄어듦)</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>코드:</translation>
    </message>
    <message>
        <source>As the rows say</source>
        <translation>행에 적힌 대로</translation>
    </message>
    <message>
        <source>Shorter: discogs.com/… without www</source>
        <translation>짧게: www 없이 discogs.com/…</translation>
    </message>
    <message>
        <source>Smallest code: in capitals, HTTPS://DISCOGS.COM/RELEASE/…</source>
        <translation>가장 작은 코드: 대문자로 HTTPS://DISCOGS.COM/RELEASE/…</translation>
    </message>
    <message>
        <source>&amp;Links printed:</source>
        <translation>인쇄할 링크(&amp;N):</translation>
    </message>
    <message>
        <source>A fresh sheet</source>
        <translation>새 용지</translation>
    </message>
    <message>
        <source>%1, %2 free, %3</source>
        <translation>%1, 빈 라벨 %2개, %3</translation>
    </message>
    <message>
        <source>%1 stickers on %2 page(s), from label %3.</source>
        <translation>스티커 %1개, %2페이지, 라벨 %3부터.</translation>
    </message>
    <message>
        <source>Saved %1 stickers on %2 page(s) to %3; every code decoded.</source>
        <translation>스티커 %1개(%2페이지)를 %3에 저장했습니다. 모든 코드가 해독되었습니다.</translation>
    </message>
    <message>
        <source>Print stickers</source>
        <translation>스티커 인쇄</translation>
    </message>
    <message>
        <source>Sent %1 stickers on %2 page(s) to %3; every code decoded.</source>
        <translation>스티커 %1개(%2페이지)를 %3(으)로 보냈습니다. 모든 코드가 해독되었습니다.</translation>
    </message>
    <message>
        <source>Sent the sticker to label %4 on %3; its code decoded.</source>
        <translation>스티커를 %3의 %4번 라벨로 보냈습니다. 코드가 해독되었습니다.</translation>
    </message>
    <message>
        <source>Save the sticker as PDF</source>
        <translation>스티커를 PDF로 저장</translation>
    </message>
    <message>
        <source>Saved the sticker on label %4 to %3; its code decoded.</source>
        <translation>%4번 라벨의 스티커를 %3에 저장했습니다. 코드가 해독되었습니다.</translation>
    </message>
    <message>
        <source>Save sticker images in</source>
        <translation>스티커 이미지 저장 위치</translation>
    </message>
    <message>
        <source>Saved %1 images in %3; every code decoded.</source>
        <translation>이미지 %1개를 %3에 저장했습니다. 모든 코드가 해독되었습니다.</translation>
    </message>
    <message>
        <source>Characters no font has</source>
        <translation>글꼴에 없는 문자</translation>
    </message>
    <message>
        <source>%1 caption(s) have characters that no installed font can print: they would print as empty boxes.</source>
        <translation>캡션 %1개에 설치된 어떤 글꼴로도 인쇄할 수 없는 문자가 있습니다. 빈 상자로 인쇄됩니다.</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>그래도 저장(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove the characters</source>
        <translation>해당 문자 제거(&amp;R)</translation>
    </message>
    <message>
        <source>Save a test page</source>
        <translation>테스트 페이지 저장</translation>
    </message>
    <message>
        <source>Saved the test page to %1. Print it at 100 % on plain paper, hold it against a label sheet, and set the offset.</source>
        <translation>테스트 페이지를 %1에 저장했습니다. 일반 용지에 100 %로 인쇄하고 라벨 용지에 겹쳐 대어 본 후 보정값을 설정하세요.</translation>
    </message>
    <message>
        <source>Checking every code and drawing %1 stickers…</source>
        <translation>모든 코드를 확인하고 스티커 %1개를 그리는 중…</translation>
    </message>
    <message>
        <source>The export history could not be updated.</source>
        <translation>내보내기 기록을 업데이트할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 code(s) scan with little margin: %2</source>
        <translation>코드 %1개가 여유 없이 간신히 스캔됩니다: %2</translation>
    </message>
    <message>
        <source>Used labels %1.</source>
        <translation>사용한 라벨: %1.</translation>
    </message>
    <message>
        <source>No label is left free: the next print starts a fresh sheet.</source>
        <translation>남은 빈 라벨이 없습니다. 다음 인쇄는 새 용지에서 시작합니다.</translation>
    </message>
    <message>
        <source>%1 labels stay free on the sheet in the printer; the next print starts at label %2.</source>
        <translation>프린터의 용지에 빈 라벨 %1개가 남아 있습니다. 다음 인쇄는 %2번 라벨에서 시작합니다.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Export template</source>
        <translation>내보내기 템플릿</translation>
    </message>
    <message>
        <source>Template parts</source>
        <translation>템플릿 구성</translation>
    </message>
    <message>
        <source>Caption &amp;&amp; file name</source>
        <translation>캡션 &amp;&amp; 파일 이름</translation>
    </message>
    <message>
        <source>Column defaults</source>
        <translation>열 기본값</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>기본값 복원</translation>
    </message>
    <message>
        <source>The values the app starts with</source>
        <translation>앱의 초기 값</translation>
    </message>
    <message>
        <source>Load a template file someone shared</source>
        <translation>다른 사람이 공유한 템플릿 파일 불러오기</translation>
    </message>
    <message>
        <source>Save this template as a file to share</source>
        <translation>이 템플릿을 공유용 파일로 저장</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Caption template</source>
        <translation>캡션 템플릿</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>파일 이름 템플릿</translation>
    </message>
    <message>
        <source>QR content template</source>
        <translation>QR 내용 템플릿</translation>
    </message>
    <message>
        <source>Caption (BottomText):</source>
        <translation>캡션 (BottomText):</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>파일 이름:</translation>
    </message>
    <message>
        <source>QR code content:</source>
        <translation>QR 코드 내용:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>Use the artist name as credited on the release (ANV)</source>
        <translation>릴리스에 표기된 아티스트 이름 사용 (ANV)</translation>
    </message>
    <message>
        <source>Text for an unknown year</source>
        <translation>연도를 모를 때의 텍스트</translation>
    </message>
    <message>
        <source>Protect cells starting with = + - @ for spreadsheets</source>
        <translation>스프레드시트용으로 = + - @로 시작하는 셀 보호</translation>
    </message>
    <message>
        <source>Adds an apostrophe; QR Factory then prints it too. Off by default.</source>
        <translation>아포스트로피를 앞에 붙입니다. QR Factory도 이를 함께 인쇄합니다. 기본값은 꺼짐입니다.</translation>
    </message>
    <message>
        <source>Icon file</source>
        <translation>아이콘 파일</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Unknown year:</source>
        <translation>알 수 없는 연도:</translation>
    </message>
    <message>
        <source>Icon in the code:</source>
        <translation>코드 속 아이콘:</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>자리 표시자</translation>
    </message>
    <message>
        <source>Your collection note field “%1”</source>
        <translation>컬렉션 메모 필드 “%1”</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>삽입</translation>
    </message>
    <message>
        <source>Insert at the cursor of the template you last edited</source>
        <translation>마지막으로 편집한 템플릿의 커서 위치에 삽입</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>음반:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>캡션:</translation>
    </message>
    <message>
        <source>QR content:</source>
        <translation>QR 내용:</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, %2줄, %3열</translation>
    </message>
    <message>
        <source>%1, column %3</source>
        <translation>%1, %3열</translation>
    </message>
    <message>
        <source>Fix the problems first</source>
        <translation>먼저 문제를 해결하세요</translation>
    </message>
    <message>
        <source>(no record to show)</source>
        <translation>(표시할 음반 없음)</translation>
    </message>
    <message>
        <source>No icon: the code is plain.</source>
        <translation>아이콘 없음: 기본 코드입니다.</translation>
    </message>
    <message>
        <source>A relative path: QR Factory may look for it beside the CSV file. Choose the file to store its full path.</source>
        <translation>상대 경로입니다. QR Factory가 CSV 파일 옆에서 찾을 수 있습니다. 전체 경로를 저장하려면 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>⚠ “%1” does not exist on this computer.</source>
        <translation>⚠ “%1”이(가) 이 컴퓨터에 없습니다.</translation>
    </message>
    <message>
        <source>✓ The icon file exists.</source>
        <translation>✓ 아이콘 파일이 있습니다.</translation>
    </message>
    <message>
        <source>Choose the icon</source>
        <translation>아이콘 선택</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>이미지 (*.svg *.png *.jpg *.jpeg *.pdf *.tif *.tiff);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>템플릿 가져오기</translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation>템플릿 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>템플릿 (*.json)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>“%1” could not be imported: %2</source>
        <translation>“%1”을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1”을(를) 기록할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Artists as Discogs shows them (joins, no “(2)”, ANV when chosen)</source>
        <extracomment>Every placeholder with a short description (shown by the template editor&apos;s picker).</extracomment>
        <translation>Discogs에 표시되는 아티스트 (연결어 포함, “(2)” 없음, 선택 시 ANV)</translation>
    </message>
    <message>
        <source>Release title</source>
        <translation>릴리스 제목</translation>
    </message>
    <message>
        <source>Release year (“unknown” when Discogs has 0)</source>
        <translation>릴리스 연도 (Discogs 값이 0이면 “unknown”)</translation>
    </message>
    <message>
        <source>Collection folder name</source>
        <translation>컬렉션 폴더 이름</translation>
    </message>
    <message>
        <source>First format name, e.g. Vinyl</source>
        <translation>첫 번째 포맷 이름, 예: Vinyl</translation>
    </message>
    <message>
        <source>Record size: 12&quot;, 10&quot; or 7&quot; (LP ⇒ 12&quot;)</source>
        <translation>음반 크기: 12&quot;, 10&quot; 또는 7&quot; (LP ⇒ 12&quot;)</translation>
    </message>
    <message>
        <source>Format descriptions, e.g. LP, Album</source>
        <translation>포맷 설명, 예: LP, Album</translation>
    </message>
    <message>
        <source>Full format, e.g. 2 × Vinyl, LP, Album</source>
        <translation>전체 포맷, 예: 2 × Vinyl, LP, Album</translation>
    </message>
    <message>
        <source>First label</source>
        <translation>첫 번째 레이블</translation>
    </message>
    <message>
        <source>Catalogue number</source>
        <translation>카탈로그 번호</translation>
    </message>
    <message>
        <source>Discogs release id</source>
        <translation>Discogs 릴리스 ID</translation>
    </message>
    <message>
        <source>Collection instance id (distinct for two copies)</source>
        <translation>컬렉션 인스턴스 ID (같은 음반 두 장이면 서로 다름)</translation>
    </message>
    <message>
        <source>Date added to the collection (YYYY-MM-DD)</source>
        <translation>컬렉션에 추가한 날짜 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Your rating (0–5)</source>
        <translation>내 평점 (0–5)</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>장르</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation>스타일</translation>
    </message>
    <message>
        <source>All collection notes</source>
        <translation>모든 컬렉션 메모</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <source>Discogs QR Export</source>
        <translation>Discogs QR Export</translation>
    </message>
    <message>
        <source>Pick records from your Discogs collection and print a QR sticker for each: on label sheets, a label printer or as images, or as a batch file for QR Factory 3.</source>
        <translation>Discogs 컬렉션에서 음반을 골라 각각 QR 스티커를 인쇄하세요. 라벨 용지, 라벨 프린터, 이미지 또는 QR Factory 3용 일괄 파일로 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>Sign in with Discogs</source>
        <translation>Discogs로 로그인</translation>
    </message>
    <message>
        <source>Use a personal access token</source>
        <translation>개인 액세스 토큰 사용</translation>
    </message>
    <message>
        <source>Explore the demo collection</source>
        <translation>데모 컬렉션 둘러보기</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open the Discogs developer settings (sign in there if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate new token&lt;/b&gt; and copy it.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Use a personal access token&lt;/b&gt; above and paste it.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Discogs 개발자 설정을 엽니다(요청하면 그곳에서 로그인하세요).&lt;/li&gt;&lt;li&gt;&lt;b&gt;새 토큰 생성&lt;/b&gt;을 클릭하고 토큰을 복사합니다.&lt;/li&gt;&lt;li&gt;위의 &lt;b&gt;개인 액세스 토큰 사용&lt;/b&gt;을 클릭하고 붙여 넣습니다.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open the developer settings</source>
        <translation>개발자 설정 열기</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Discogs QR Export is already open; its window was brought to the front.</source>
        <translation>Discogs QR Export가 이미 열려 있어 그 창을 앞으로 가져왔습니다.</translation>
    </message>
    <message>
        <source>Discogs QR Export is already open (process %1) but does not answer. Close it, or end that process, and start again.</source>
        <translation>Discogs QR Export가 이미 열려 있지만(프로세스 %1) 응답하지 않습니다. 그 창을 닫거나 해당 프로세스를 종료한 후 다시 시작하세요.</translation>
    </message>
</context>
</TS>

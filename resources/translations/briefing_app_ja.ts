<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Why this matters, what to do about it…</source>
        <translation>重要な理由、とるべき対応…</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Include in brief</source>
        <translation>資料に含める</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Done with: hidden from the lists and the reader unless “Show resolved”</source>
        <translation>対応済み:「解決済みも表示」にしない限り、一覧と本文に表示しません</translation>
    </message>
    <message>
        <source>Portion marking</source>
        <translation>部分区分表示</translation>
    </message>
    <message>
        <source>Portion marking: the note is marked at least this high</source>
        <translation>部分区分表示：説明資料はこの区分以上で表示されます</translation>
    </message>
    <message>
        <source>No marking</source>
        <translation>区分表示なし</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Who acts (desk, person)</source>
        <translation>対応する担当（課室・担当者）</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>注釈を削除</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>区分表示</translation>
    </message>
    <message>
        <source>Action due</source>
        <translation>対応期限</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>コメントの編集</translation>
    </message>
    <message>
        <source>Set owner</source>
        <translation>担当の設定</translation>
    </message>
    <message>
        <source>Set priority</source>
        <translation>優先度の設定</translation>
    </message>
    <message>
        <source>Set marking</source>
        <translation>区分表示の設定</translation>
    </message>
    <message>
        <source>Set due date</source>
        <translation>期限の設定</translation>
    </message>
    <message>
        <source>Select text in the reader and press Ctrl+E to annotate it.</source>
        <translation>会談記録の本文を選択し、Ctrl+E を押すと注釈を付けられます。</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>作成者不明</translation>
    </message>
    <message>
        <source>Tag “{0}”</source>
        <translation>タグ「{0}」</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Filter by words…</source>
        <translation>語句で絞り込み…</translation>
    </message>
    <message>
        <source>Filter annotations by words</source>
        <translation>注釈を語句で絞り込む</translation>
    </message>
    <message>
        <source>Filter annotations by tag</source>
        <translation>注釈をタグで絞り込む</translation>
    </message>
    <message>
        <source>Show only annotations with this tag</source>
        <translation>このタグの注釈のみを表示</translation>
    </message>
    <message>
        <source>Show the annotations of</source>
        <translation>表示する注釈の作成者</translation>
    </message>
    <message>
        <source>Show one colleague&apos;s annotations, here and in the reader</source>
        <translation>特定の同僚の注釈だけを、一覧と本文に表示します</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>解決済みも表示</translation>
    </message>
    <message>
        <source>Resolved annotations are hidden unless this is ticked</source>
        <translation>これに印を付けない限り、解決済みの注釈は表示されません</translation>
    </message>
    <message>
        <source>This section</source>
        <translation>この節</translation>
    </message>
    <message>
        <source>All annotations</source>
        <translation>すべての注釈</translation>
    </message>
    <message>
        <source>Annotation lists</source>
        <translation>注釈の一覧</translation>
    </message>
    <message>
        <source>Annotations in this section</source>
        <translation>この節の注釈</translation>
    </message>
    <message>
        <source>Everyone&apos;s annotations</source>
        <translation>全員の注釈</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Section</source>
        <translation>節</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>冒頭</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>UNCLASSIFIED</source>
        <translation>区分なし</translation>
    </message>
    <message>
        <source>OFFICIAL</source>
        <translation>公用</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>取扱注意</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>秘</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>極秘</translation>
    </message>
    <message>
        <source>TOP SECRET</source>
        <translation>機密</translation>
    </message>
</context>
<context>
    <name>ClearanceEditor</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Clearances</source>
        <translation>協議先</translation>
    </message>
    <message>
        <source>Add Clearance</source>
        <translation>協議先を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected clearance</source>
        <translation>選択した協議先を削除</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Annotate “{0}”</source>
        <translation>「{0}」に注釈</translation>
    </message>
    <message>
        <source>Delete annotation “{0}”</source>
        <translation>注釈「{0}」を削除</translation>
    </message>
    <message>
        <source>Sign annotations as {0}</source>
        <translation>注釈の記録者を {0} にする</translation>
    </message>
    <message>
        <source>Mark {0} and its items reviewed</source>
        <translation>{0}とその項目を確認済みにする</translation>
    </message>
    <message>
        <source>Mark {0} and its items unreviewed</source>
        <translation>{0}とその項目を未確認に戻す</translation>
    </message>
    <message>
        <source>Mark {0} reviewed</source>
        <translation>{0}を確認済みにする</translation>
    </message>
    <message>
        <source>Mark {0} unreviewed</source>
        <translation>{0}を未確認に戻す</translation>
    </message>
    <message>
        <source>Edit note on {0}</source>
        <translation>{0}のメモを編集</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0}を編集</translation>
    </message>
    <message>
        <source>Change marking rules</source>
        <translation>表示規則の変更</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>タグの編集</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>No title found</source>
        <translation>表題が見つかりません</translation>
    </message>
    <message>
        <source>Title guessed from line {line} ({reason})</source>
        <translation>表題は{line}行目から推定しました（{reason}）</translation>
    </message>
    <message>
        <source>No meeting date found</source>
        <translation>会談の日付が見つかりません</translation>
    </message>
    <message>
        <source>1 line removed as site chrome ({top})</source>
        <translation>サイトの付属部分として1行を除きました（{top}）</translation>
    </message>
    <message>
        <source>{count} lines removed as site chrome ({top})</source>
        <translation>サイトの付属部分として{count}行を除きました（{top}）</translation>
    </message>
    <message>
        <source>Section numbering starts at {value}</source>
        <translation>節の番号が{value}から始まっています</translation>
    </message>
    <message>
        <source>Item numbering starts at {value}</source>
        <translation>項目の番号が{value}から始まっています</translation>
    </message>
    <message>
        <source>Section numbering jumps from {previous} to {value}</source>
        <translation>節の番号が{previous}から{value}に飛んでいます</translation>
    </message>
    <message>
        <source>Item numbering jumps from {previous} to {value}</source>
        <translation>項目の番号が{previous}から{value}に飛んでいます</translation>
    </message>
    <message>
        <source>Line {line} starts with “{marker}” but does not continue the numbering</source>
        <translation>{line}行目は「{marker}」で始まっていますが、番号の続きになっていません</translation>
    </message>
    <message>
        <source>No sections found in {count} paragraphs</source>
        <translation>{count}段落の中に節が見つかりません</translation>
    </message>
    <message>
        <source>Text encoding guessed as {encoding}: check accented letters</source>
        <translation>文字コードを{encoding}と推定しました。アクセント付きの文字などを確認してください</translation>
    </message>
    <message>
        <source>there is no section {node!r}</source>
        <translation>節 {node!r} はありません</translation>
    </message>
    <message>
        <source>put the cursor in a paragraph, where the new section should start</source>
        <translation>新しい節を始めたい段落の位置にカーソルを置いてください</translation>
    </message>
    <message>
        <source>put the cursor where the new section should start</source>
        <translation>新しい節を始めたい位置にカーソルを置いてください</translation>
    </message>
    <message>
        <source>the cursor is at the start already: nothing would be left</source>
        <translation>カーソルが先頭にあるため、分割すると元の節に何も残りません</translation>
    </message>
    <message>
        <source>the first section has nothing before it to merge into</source>
        <translation>最初の節の前には結合できる節がありません</translation>
    </message>
    <message>
        <source>a top-level section cannot be promoted further</source>
        <translation>最上位の節はこれ以上階層を上げられません</translation>
    </message>
    <message>
        <source>only a section with one before it can be demoted</source>
        <translation>前に節がある場合にのみ階層を下げられます</translation>
    </message>
    <message>
        <source>this line was dropped from the page before import and has no place in the text</source>
        <translation>この行は取り込み前にページから除かれたため、本文中に戻す位置がありません</translation>
    </message>
    <message>
        <source>Select the text to use, or put the cursor in its line.</source>
        <translation>使う文字列を選択するか、その行にカーソルを置いてください。</translation>
    </message>
    <message>
        <source>This line is the title already.</source>
        <translation>この行はすでに表題です。</translation>
    </message>
    <message>
        <source>This line is the date already.</source>
        <translation>この行はすでに日付です。</translation>
    </message>
    <message>
        <source>This line is the attribution already.</source>
        <translation>この行はすでに発表元です。</translation>
    </message>
    <message>
        <source>This is a section&apos;s number or heading: use Edit Number and Heading, or Merge with Previous.</source>
        <translation>これは節の番号または見出しです。「番号と見出しを編集」または「前と結合」を使ってください。</translation>
    </message>
    <message>
        <source>Put the cursor in a line of the readout first.</source>
        <translation>先に会談記録の行にカーソルを置いてください。</translation>
    </message>
    <message>
        <source>This line is removed already.</source>
        <translation>この行はすでに削除されています。</translation>
    </message>
    <message>
        <source>The text includes a section&apos;s number or heading: select only lines of text.</source>
        <translation>選択範囲に節の番号または見出しが含まれています。本文の行だけを選択してください。</translation>
    </message>
    <message>
        <source>{name}: no such file</source>
        <translation>{name}：ファイルがありません</translation>
    </message>
    <message>
        <source>{name}: is a folder, not a file</source>
        <translation>{name}：ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>{name}: permission denied</source>
        <translation>{name}：アクセス権がありません</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({detail})</source>
        <translation>{name}：読み込めません（{detail}）</translation>
    </message>
    <message>
        <source>{name}: the file is empty</source>
        <translation>{name}：ファイルが空です</translation>
    </message>
    <message>
        <source>{name}: the file is {size} MB; the limit is {limit} MB</source>
        <translation>{name}：ファイルが{size} MBあります。上限は{limit} MBです</translation>
    </message>
    <message>
        <source>{name}: invalid {encoding} text ({detail})</source>
        <translation>{name}：{encoding}のテキストとして正しくありません（{detail}）</translation>
    </message>
    <message>
        <source>{name}: this is a binary file, not a readout</source>
        <translation>{name}：会談記録ではなくバイナリファイルです</translation>
    </message>
    <message>
        <source>{name}: the text encoding could not be recognised</source>
        <translation>{name}：文字コードを判別できませんでした</translation>
    </message>
    <message>
        <source>{name}: the file has no text</source>
        <translation>{name}：ファイルに文字がありません</translation>
    </message>
    <message>
        <source>{name}: this is a zip archive, not a text readout</source>
        <translation>{name}：会談記録の文書ではなくZIPアーカイブです</translation>
    </message>
    <message>
        <source>{name}: old Word .doc files are not supported: save it as .docx in Word or LibreOffice</source>
        <translation>{name}：旧形式のWord（.doc）ファイルには対応していません。WordまたはLibreOfficeで.docx形式で保存してください</translation>
    </message>
    <message>
        <source>{name}: the e-mail has no text and no readout attached</source>
        <translation>{name}：メールに本文がなく、会談記録も添付されていません</translation>
    </message>
    <message>
        <source>{name}: the web page has no text</source>
        <translation>{name}：ウェブページに文字がありません</translation>
    </message>
    <message>
        <source>{name}: the Word document has no text</source>
        <translation>{name}：Word文書に文字がありません</translation>
    </message>
    <message>
        <source>{name}: this PDF has no text layer (a scan?): run text recognition (OCR) on it first, or ask for the readout as a text PDF, .docx or web page</source>
        <translation>{name}：このPDFには文字情報がありません（スキャン画像ですか）。先に文字認識（OCR）を行うか、文字情報のあるPDF、.docx、ウェブページの形で会談記録を入手してください</translation>
    </message>
    <message>
        <source>{name}: the PDF is protected by a password: open it, and save or print an unprotected copy</source>
        <translation>{name}：PDFがパスワードで保護されています。開いてから、保護のない写しを保存または印刷してください</translation>
    </message>
    <message>
        <source>{name}: the PDF cannot be read (damaged or not a PDF): save the readout as text, a web page or a .docx</source>
        <translation>{name}：PDFを読み込めません（破損しているか、PDFではありません）。会談記録をテキスト、ウェブページ、.docxのいずれかで保存してください</translation>
    </message>
    <message>
        <source>{name}: the PDF has {pages} pages; at most {limit} can be imported</source>
        <translation>{name}：PDFが{pages}ページあります。取り込めるのは{limit}ページまでです</translation>
    </message>
    <message>
        <source>{name}: the project file is empty</source>
        <translation>{name}：プロジェクトファイルが空です</translation>
    </message>
    <message>
        <source>{name}: not a briefing project</source>
        <translation>{name}：説明資料のプロジェクトではありません</translation>
    </message>
    <message>
        <source>{name}: the project file is damaged or truncated (invalid JSON at line {line})</source>
        <translation>{name}：プロジェクトファイルが破損しているか途中で切れています（{line}行目のJSONが不正です）</translation>
    </message>
    <message>
        <source>{name}: made by a newer briefing-app (project version {version}; this app reads up to {supported}); please update the app</source>
        <translation>{name}：新しい版のbriefing-appで作成されています（プロジェクトの版 {version}。このアプリが読めるのは版 {supported} までです）。アプリを更新してください</translation>
    </message>
    <message>
        <source>{name} is open read-only here: use Save As</source>
        <translation>{name}はここでは読み取り専用で開かれています。「名前を付けて保存」を使ってください</translation>
    </message>
    <message>
        <source>{where}: {level!r} is not a level of the {scheme} scheme (levels: {levels})</source>
        <translation>{where}: {level!r} は {scheme} の規則にない区分です（区分: {levels}）。</translation>
    </message>
    <message>
        <source>{where}: {caveat!r} is not a caveat of {scheme}</source>
        <translation>{where}: {caveat!r} は {scheme} の取扱制限ではありません。</translation>
    </message>
    <message>
        <source>{where}: {caveat} can only be used at {bound} or above, not {level}</source>
        <translation>{where}: {caveat} は {bound} 以上でしか使えません（{level} では使えません）。</translation>
    </message>
    <message>
        <source>{where}: {caveat} can only be used at {bound} or below, not {level}</source>
        <translation>{where}: {caveat} は {bound} 以下でしか使えません（{level} では使えません）。</translation>
    </message>
    <message>
        <source>{where} is marked {mark} with no {rel}: the note cannot be marked {rel} {countries}; mark it {rel} or mark the note NOFORN</source>
        <translation>{where} は {mark} で {rel} がありません。メモを {rel} {countries} とは表示できません。{rel} を付けるか、メモを NOFORN としてください。</translation>
    </message>
    <message>
        <source>No country is common to every {rel} portion: the banner cannot name one; mark the note NOFORN or align the {rel} lists</source>
        <translation>すべての {rel} 部分に共通する国がないため、表示に国名を書けません。メモを NOFORN とするか、{rel} の国名をそろえてください。</translation>
    </message>
    <message>
        <source>A {scheme} {level} note needs its classification authority block: fill in {missing}</source>
        <translation>{scheme} の規則で {level} のメモには指定権限欄が必要です。{missing} を記入してください。</translation>
    </message>
    <message>
        <source>{where} is marked {mark}, above the banner {banner}</source>
        <translation>{where} は {mark} で、表示 {banner} より上位です。</translation>
    </message>
    <message>
        <source>{where} carries {caveats}, which the banner {banner} lacks</source>
        <translation>{where} には {caveats} がありますが、表示 {banner} にはありません。</translation>
    </message>
    <message>
        <source>Handling caveat: {word!r} is not a caveat of the {scheme} scheme (caveats: {known})</source>
        <translation>取扱制限: {word!r} は {scheme} の規則にない取扱制限です（取扱制限: {known}）。</translation>
    </message>
    <message>
        <source>Handling caveat: {caveat} needs a list of countries</source>
        <translation>取扱制限: {caveat} には国名の一覧が必要です。</translation>
    </message>
    <message>
        <source>The banner is {banner}, above the note&apos;s {declared}, because of {where}</source>
        <translation>{where} のため、表示はメモの区分 {declared} より上位の {banner} になります。</translation>
    </message>
    <message>
        <source>{caveat} is not carried to a {level} banner</source>
        <translation>{caveat} は {level} の表示には付けません。</translation>
    </message>
    <message>
        <source>{caveat} ({where}) overrides {overridden} on the banner</source>
        <translation>表示では {caveat}（{where}）が {overridden} に優先します。</translation>
    </message>
    <message>
        <source>{count} portion(s) without a mark, and any text quoted from the readout, are marked {mark}, the note&apos;s own classification</source>
        <translation>部分表示のない {count} か所と、引用した会談記録の本文には、メモ自体の区分 {mark} を付けます。</translation>
    </message>
    <message>
        <source>The note&apos;s classification</source>
        <translation>メモの秘密区分</translation>
    </message>
    <message>
        <source>{field}, line {line}</source>
        <translation>{field} の {line} 行目</translation>
    </message>
    <message>
        <source>the note on {ref}</source>
        <translation>{ref} のメモ</translation>
    </message>
    <message>
        <source>the annotation on {ref} (“{quote}”)</source>
        <translation>{ref} の注釈（「{quote}」）</translation>
    </message>
    <message>
        <source>Classified By</source>
        <translation>指定者</translation>
    </message>
    <message>
        <source>Derived From or Reason</source>
        <translation>指定根拠文書または指定理由</translation>
    </message>
    <message>
        <source>Declassify On</source>
        <translation>指定解除日</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between reasons</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>{count} {reason}</source>
        <comment>a removal reason</comment>
        <translation>{reason}{count}行</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Something went wrong: {kind}: {detail}

Your work is still open. The details are in the log ({log}).

Save your work now?</source>
        <translation>問題が発生しました：{kind}: {detail}

作業内容は開いたままです。詳細はログ（{log}）に記録されています。

今すぐ作業内容を保存しますか？</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <source>Save my work</source>
        <translation>作業内容を保存</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
</context>
<context>
    <name>DoubtsBar</name>
    <message>
        <source>What the import was unsure of</source>
        <translation>取り込み時に判別できなかった点</translation>
    </message>
    <message>
        <source>Fix Title or Date…</source>
        <translation>表題・日付を修正…</translation>
    </message>
    <message>
        <source>Restore Removed Lines…</source>
        <translation>削除した行を復元…</translation>
    </message>
    <message>
        <source>Show Me</source>
        <translation>該当箇所を表示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Hide this; it is not shown again for this project</source>
        <translation>この表示を閉じます（このプロジェクトでは再表示されません）</translation>
    </message>
    <message>
        <source>• and {0} more</source>
        <translation>• ほか {0} 件</translation>
    </message>
    <message>
        <source>Please check the import:</source>
        <translation>取り込み結果を確認してください：</translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <source>None — type 15 Dec, tomorrow, +3d or Fri</source>
        <translation>なし — 15 Dec、tomorrow、+3d、Fri などと入力</translation>
    </message>
    <message>
        <source>Action due date</source>
        <translation>対応期限</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>カレンダーから日付を選択</translation>
    </message>
    <message>
        <source>Pick the due date on a calendar</source>
        <translation>期限をカレンダーから選択</translation>
    </message>
</context>
<context>
    <name>EmailAttachments</name>
    <message>
        <source>Keep the E-mail Text</source>
        <translation>メール本文のままにする</translation>
    </message>
    <message>
        <source>Readouts attached</source>
        <translation>添付された会談記録</translation>
    </message>
    <message>
        <source>This e-mail has readouts attached: {0}.

Open one of them instead of the e-mail&apos;s text?</source>
        <translation>このメールには会談記録が添付されています: {0}。

メール本文の代わりにいずれかを開きますか?</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>Opened {0} from {1}</source>
        <translation>{1} から {0} を開きました</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export briefing note</source>
        <translation>説明資料の書き出し</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Fill in missing fields…</source>
        <translation>未記入の項目を入力…</translation>
    </message>
    <message>
        <source>Only annotations marked “include in brief”</source>
        <translation>「資料に含める」注釈のみ</translation>
    </message>
    <message>
        <source>Clean copy for distribution</source>
        <translation>配布用のクリーンコピー</translation>
    </message>
    <message>
        <source>No Word comments or highlights: each annotation is numbered in brackets after its passage and listed in a table at the end</source>
        <translation>Word のコメントや強調表示は付けず、各注釈は該当箇所の後に括弧付きの番号で示し、末尾の表にまとめます</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Open the note when done</source>
        <translation>完了後に説明資料を開く</translation>
    </message>
    <message>
        <source>Also save as PDF</source>
        <translation>PDF でも保存する</translation>
    </message>
    <message>
        <source>A PDF/A copy beside the Word file, with the same markings, made by LibreOffice</source>
        <translation>Word ファイルと同じ場所に、同じ表示(マーキング)の PDF/A を LibreOffice で作成します</translation>
    </message>
    <message>
        <source>Saving as PDF needs LibreOffice, which is not installed on this computer.</source>
        <translation>PDF で保存するには LibreOffice が必要ですが、このコンピューターにはインストールされていません。</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>書き出しの進行状況</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <source>{0} (yours)</source>
        <translation>{0}（ユーザー作成）</translation>
    </message>
    <message>
        <source>Some of your templates cannot be used:</source>
        <translation>使用できないテンプレートがあります：</translation>
    </message>
    <message>
        <source>No preview for this template</source>
        <translation>このテンプレートのプレビューはありません</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be exported as marked:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;この表示では出力できません:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>key point</source>
        <translation>件の要点</translation>
    </message>
    <message>
        <source>key points</source>
        <translation>件の要点</translation>
    </message>
    <message>
        <source>action</source>
        <translation>件の対応事項</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>件の対応事項</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>件のリスク</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>件のリスク</translation>
    </message>
    <message>
        <source>question</source>
        <translation>件の質問</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>件の質問</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>件のフォローアップ</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>件のフォローアップ</translation>
    </message>
    <message>
        <source>talking point</source>
        <translation>件の発言要領</translation>
    </message>
    <message>
        <source>talking points</source>
        <translation>件の発言要領</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>件の注釈</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>件の注釈</translation>
    </message>
    <message>
        <source>{counts} from {annotations}.</source>
        <translation>{annotations}のうち、{counts}。</translation>
    </message>
    <message>
        <source>No annotation is included.</source>
        <translation>含まれる注釈はありません。</translation>
    </message>
    <message>
        <source>Marked &lt;b&gt;{marking}&lt;/b&gt; on every page. {what}</source>
        <translation>全ページに&lt;b&gt;{marking}&lt;/b&gt;と表示されます。{what}</translation>
    </message>
    <message>
        <source>Missing: {0}</source>
        <translation>未記入：{0}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Only templates with the whole readout in them make a clean copy</source>
        <translation>クリーンコピーは、記録全文を含むテンプレートでのみ作成できます</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文書 (*.docx)</translation>
    </message>
    <message>
        <source>Not exported: the existing file was kept.</source>
        <translation>書き出していません：既存のファイルはそのままです。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>書き出し中…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>ファイルを置き換えますか？</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}.

Replacing it loses any changes made to it since, for example in Word.</source>
        <translation>「{name}」は {folder} に既にあります。

置き換えると、その後（たとえば Word で）加えた変更は失われます。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Saved {0} and {1}</source>
        <translation>{0} と {1} を保存しました</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} を保存しました</translation>
    </message>
    <message>
        <source>Not exported.</source>
        <translation>書き出していません。</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>書き出せません</translation>
    </message>
    <message>
        <source>Please wait: the export is still being written.</source>
        <translation>お待ちください：書き出しはまだ完了していません。</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>{0} に書き出しました</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>テンプレートの取り込み</translation>
    </message>
    <message>
        <source>Word templates (*.docx)</source>
        <translation>Word テンプレート (*.docx)</translation>
    </message>
    <message>
        <source>Cannot import the template</source>
        <translation>テンプレートを取り込めません</translation>
    </message>
    <message>
        <source>Template imported</source>
        <translation>テンプレートを取り込みました</translation>
    </message>
    <message>
        <source>“{0}” is now in your templates ({1}).</source>
        <translation>「{0}」をテンプレート（{1}）に追加しました。</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message>
        <source>Page count</source>
        <translation>ページ数</translation>
    </message>
    <message>
        <source>Accessibility check of the note</source>
        <translation>注記のアクセシビリティ検査</translation>
    </message>
    <message>
        <source>Checking the note&apos;s accessibility…</source>
        <translation>アクセシビリティを検査しています…</translation>
    </message>
    <message>
        <source>The note could not be checked ({0}).</source>
        <translation>検査できませんでした({0})。</translation>
    </message>
    <message>
        <source>Accessibility: {0} of {1} checks need attention in your template:</source>
        <translation>アクセシビリティ: {1} 項目中 {0} 項目について、テンプレートの修正が必要です:</translation>
    </message>
    <message>
        <source>Accessibility: all {0} checks pass.</source>
        <translation>アクセシビリティ: {0} 項目すべてに合格しました。</translation>
    </message>
    <message>
        <source>Passed: {0}</source>
        <translation>合格: {0}</translation>
    </message>
    <message>
        <source>To fix: {0} — {1}</source>
        <translation>要修正: {0} — {1}</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>文書のタイトル</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Heading order</source>
        <translation>見出しの順序</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>箇条書き</translation>
    </message>
    <message>
        <source>Table header rows</source>
        <translation>表の見出し行</translation>
    </message>
    <message>
        <source>Colour alone</source>
        <translation>色だけに頼った表現</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>コントラスト</translation>
    </message>
    <message>
        <source>Alternative text for images</source>
        <translation>画像の代替テキスト</translation>
    </message>
    <message>
        <source>Counting pages…</source>
        <translation>ページ数を数えています…</translation>
    </message>
    <message>
        <source>The pages could not be counted ({0}).</source>
        <translation>ページ数を数えられませんでした({0})。</translation>
    </message>
    <message>
        <source>page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>About {0} (an estimate: LibreOffice is not installed)</source>
        <translation>約 {0}(推定: LibreOffice がインストールされていません)</translation>
    </message>
    <message>
        <source>About {0} (an estimate: LibreOffice could not lay it out)</source>
        <translation>約 {0}(推定: LibreOffice でレイアウトできませんでした)</translation>
    </message>
    <message>
        <source>{count}, within the {name} limit of {limit}.</source>
        <translation>{count}。{name}の上限 {limit} ページ以内です。</translation>
    </message>
    <message>
        <source>{count} — the {name} limit is {limit}.</source>
        <translation>{count} — {name}の上限は {limit} ページです。</translation>
    </message>
    <message>
        <source>{title} ({pages} pages)</source>
        <translation>{title}({pages} ページ)</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>冒頭</translation>
    </message>
    <message>
        <source>Longest sections: {0}.</source>
        <translation>長い節: {0}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>The export failed unexpectedly ({0}: {1}).</source>
        <translation>書き出しが予期せず失敗しました（{0}: {1}）。</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>Find in readout…</source>
        <translation>会談記録内を検索…</translation>
    </message>
    <message>
        <source>Find in readout</source>
        <translation>会談記録内を検索</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>No matches for “{0}”</source>
        <translation>「{0}」は見つかりません</translation>
    </message>
    <message>
        <source>{0}+ matches for “{1}”</source>
        <translation>「{1}」：{0} 件以上</translation>
    </message>
    <message>
        <source>1 match for “{0}”</source>
        <translation>「{0}」：1 件</translation>
    </message>
    <message>
        <source>{0} matches for “{1}”</source>
        <translation>「{1}」：{0} 件</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>User guide</source>
        <translation>利用の手引き</translation>
    </message>
    <message>
        <source>Briefing — User Guide</source>
        <translation>Briefing — 利用の手引き</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save the changes to “{0}” before closing?

If you don&apos;t save, your annotations since the last save are lost.</source>
        <translation>閉じる前に「{0}」の変更を保存しますか？

保存しない場合、前回の保存以降の注釈は失われます。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mark Section &amp;Reviewed</source>
        <translation>節を確認済みにする(&amp;R)</translation>
    </message>
    <message>
        <source>Mark the section shown, with all its items, reviewed (Ctrl+R)</source>
        <translation>表示中の節をすべての項目とともに確認済みにします (Ctrl+R)</translation>
    </message>
    <message>
        <source>Mark Selected &amp;Item Reviewed</source>
        <translation>選択した項目を確認済みにする(&amp;I)</translation>
    </message>
    <message>
        <source>Mark only the item selected in the navigator reviewed (Ctrl+Shift+R)</source>
        <translation>ナビゲーターで選択した項目のみを確認済みにします (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>利用の手引き(&amp;U)</translation>
    </message>
    <message>
        <source>A short guide</source>
        <translation>簡単な手引き</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>このアプリについて(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;Log Folder</source>
        <translation>ログフォルダーを表示(&amp;L)</translation>
    </message>
    <message>
        <source>Open the folder of the app&apos;s log files (to send with a problem report)</source>
        <translation>アプリのログファイルのフォルダーを開きます(不具合の報告に添付するため)</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>元に戻す：{0}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>やり直す：{0}(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a readout or a project</source>
        <translation>会談記録またはプロジェクトを開きます</translation>
    </message>
    <message>
        <source>Open &amp;Example Project</source>
        <translation>サンプルプロジェクトを開く(&amp;E)</translation>
    </message>
    <message>
        <source>Open Built-in &amp;Sample Readout</source>
        <translation>内蔵のサンプル会談記録を開く(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>プロジェクトを保存します</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export Briefing Note…</source>
        <translation>説明資料を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Export a Word briefing note</source>
        <translation>Word の説明資料を書き出します</translation>
    </message>
    <message>
        <source>&amp;Import Template…</source>
        <translation>テンプレートを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Find in the readout</source>
        <translation>会談記録の中を検索します</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>氏名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Backups to Keep…</source>
        <translation>保持するバックアップ数(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation>次の節(&amp;N)</translation>
    </message>
    <message>
        <source>Next section (Ctrl+PgDown)</source>
        <translation>次の節 (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation>前の節(&amp;P)</translation>
    </message>
    <message>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation>前の節 (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Section by Section</source>
        <translation>節ごと(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Whole Readout</source>
        <translation>全文(&amp;W)</translation>
    </message>
    <message>
        <source>Colour Highlights by &amp;Author</source>
        <translation>作成者別に色分け(&amp;A)</translation>
    </message>
    <message>
        <source>Colour each colleague&apos;s annotations alike</source>
        <translation>同僚ごとに注釈を同じ色で表示します</translation>
    </message>
    <message>
        <source>Show Only &amp;Unreviewed</source>
        <translation>未確認のみ表示(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Annotate Selection</source>
        <translation>選択範囲に注釈(&amp;A)</translation>
    </message>
    <message>
        <source>Annotate the selected passage (Ctrl+E)</source>
        <translation>選択した箇所に注釈を付けます (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>注釈を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Edit Section &amp;Note</source>
        <translation>節のメモを編集(&amp;N)</translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>タグを編集(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Split Section at Cursor</source>
        <translation>カーソル位置で節を分割(&amp;S)</translation>
    </message>
    <message>
        <source>Split at the cursor</source>
        <translation>カーソル位置で分割します</translation>
    </message>
    <message>
        <source>&amp;Merge with Previous</source>
        <translation>前と結合(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>上の階層へ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Demote</source>
        <translation>下の階層へ(&amp;D)</translation>
    </message>
    <message>
        <source>Edit Number and &amp;Heading…</source>
        <translation>番号と見出しを編集(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Restore Removed Line…</source>
        <translation>除いた行を戻す(&amp;R)…</translation>
    </message>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>自動保存に失敗しました: {0}</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>件の注釈</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>件の注釈</translation>
    </message>
    <message>
        <source>{0} · {1} of {2} reviewed</source>
        <translation>{0} · {2} 件中 {1} 件確認済み</translation>
    </message>
    <message>
        <source>Not saved to a file yet</source>
        <translation>まだファイルに保存されていません</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更あり</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>すべて保存済み</translation>
    </message>
    <message>
        <source>Open readout or project</source>
        <translation>会談記録またはプロジェクトを開く</translation>
    </message>
    <message>
        <source>Still opening another file: wait or cancel</source>
        <translation>別のファイルを開いています。待つか取り消してください</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>{0} を開いています…</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>開くのを取り消しました</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>Project open elsewhere</source>
        <translation>他で開かれているプロジェクト</translation>
    </message>
    <message>
        <source>{0} is already open by {1}.

You can open it read-only here and save your changes under another name.</source>
        <translation>{0} はすでに {1} が開いています。

ここでは読み取り専用で開き、変更は別の名前で保存できます。</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>読み取り専用で開く</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>{0} を開きました</translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation>サンプルを開けません</translation>
    </message>
    <message>
        <source>Example project</source>
        <translation>サンプルプロジェクト</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} を保存しました</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>プロジェクトに名前を付けて保存</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Earlier versions of a project to keep (0-100):</source>
        <translation>保持するプロジェクトの旧版の数 (0-100):</translation>
    </message>
    <message>
        <source>“{0}” is not a number from 0 to 100</source>
        <translation>「{0}」は 0 から 100 までの数ではありません</translation>
    </message>
    <message>
        <source>Read-only project</source>
        <translation>読み取り専用のプロジェクト</translation>
    </message>
    <message>
        <source>This project is open read-only because it is open elsewhere. Use File › Save As to keep your own copy, then annotate it.</source>
        <translation>このプロジェクトは他で開かれているため、読み取り専用で開いています。ファイル › 名前を付けて保存 で自分用の写しを保存してから注釈を付けてください。</translation>
    </message>
    <message>
        <source>Select a passage in the reader first, then annotate it.</source>
        <translation>先に会談記録の本文で箇所を選択してから注釈を付けてください。</translation>
    </message>
    <message>
        <source>Your name, recorded on your annotations and in Word comments:</source>
        <translation>注釈と Word のコメントに記録されるあなたの氏名：</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>タグの編集</translation>
    </message>
    <message>
        <source>One tag per line:</source>
        <translation>1 行に 1 つのタグ:</translation>
    </message>
    <message>
        <source>Cannot change the structure</source>
        <translation>構成を変更できません</translation>
    </message>
    <message>
        <source>Edit number</source>
        <translation>番号の編集</translation>
    </message>
    <message>
        <source>Number as printed:</source>
        <translation>印刷どおりの番号:</translation>
    </message>
    <message>
        <source>Edit heading</source>
        <translation>見出しの編集</translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation>見出し:</translation>
    </message>
    <message>
        <source>Restore removed line</source>
        <translation>除いた行を戻す</translation>
    </message>
    <message>
        <source>No lines were removed.</source>
        <translation>除かれた行はありません。</translation>
    </message>
    <message>
        <source>Line to put back:</source>
        <translation>戻す行:</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>ログフォルダー</translation>
    </message>
    <message>
        <source>The log files are in {0}</source>
        <translation>ログファイルは {0} にあります</translation>
    </message>
    <message>
        <source>About Briefing</source>
        <translation>Briefing について</translation>
    </message>
    <message>
        <source>briefing-app {0}

Import a meeting readout, annotate it section by section, and keep your mark-up in a project file.</source>
        <translation>briefing-app {0}

会談記録を取り込み、節ごとに注釈を付け、書き込みをプロジェクトファイルに保存します。</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>ドロップ</translation>
    </message>
    <message>
        <source>Edit &amp;Title and Date…</source>
        <translation>表題と日付を編集(&amp;T)…</translation>
    </message>
    <message>
        <source>Correct the readout&apos;s title and date (Ctrl+Shift+T)</source>
        <translation>会談記録の表題と日付を修正します (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Use Line as T&amp;itle</source>
        <translation>行を表題にする(&amp;I)</translation>
    </message>
    <message>
        <source>Make the selection, or the line under the cursor, the title</source>
        <translation>選択範囲またはカーソル位置の行を表題にします</translation>
    </message>
    <message>
        <source>Use Line as D&amp;ate</source>
        <translation>行を日付にする(&amp;A)</translation>
    </message>
    <message>
        <source>Make the selection, or the line under the cursor, the date</source>
        <translation>選択範囲またはカーソル位置の行を日付にします</translation>
    </message>
    <message>
        <source>Remove &amp;Line</source>
        <translation>行を削除(&amp;L)</translation>
    </message>
    <message>
        <source>Remove the line under the cursor (Restore Removed Line puts it back)</source>
        <translation>カーソル位置の行を削除します（「削除した行を復元」で元に戻せます）</translation>
    </message>
    <message>
        <source>&amp;Paste as New Readout</source>
        <translation>新しい会談記録として貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Open the clipboard&apos;s web page or text as a new readout (Ctrl+Shift+V)</source>
        <translation>クリップボードのウェブページまたはテキストを新しい会談記録として開きます(Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
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
        <source>&amp;Annotate</source>
        <translation>注釈(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Structure</source>
        <translation>構成(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Section by Section</source>
        <translation>節ごと</translation>
    </message>
    <message>
        <source>Whole Readout</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>Reviewed ✓</source>
        <translation>確認済み ✓</translation>
    </message>
</context>
<context>
    <name>MarkingChoices</name>
    <message>
        <source>{level} (not in the {scheme} scheme)</source>
        <translation>{level}（{scheme} の規則にない区分）</translation>
    </message>
</context>
<context>
    <name>NameNotice</name>
    <message>
        <source>Your Name…</source>
        <translation>氏名を設定…</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>このままにする</translation>
    </message>
    <message>
        <source>Name on your annotations</source>
        <translation>注釈に記録する氏名</translation>
    </message>
    <message>
        <source>Your annotations are signed “{0}”. Give your name for them and for Word.</source>
        <translation>注釈には「{0}」と記録されています。注釈と Word のコメントに記録する氏名を設定してください。</translation>
    </message>
    <message>
        <source>Keep “{0}”</source>
        <translation>「{0}」のままにする</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Title, date and preamble</source>
        <translation>表題、日付および前文</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>節</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>Section or item</source>
        <translation>節または項目</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>件の注釈</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>件の注釈</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未確認</translation>
    </message>
</context>
<context>
    <name>NavigatorPane</name>
    <message>
        <source>Sections of the readout</source>
        <translation>会談記録の節</translation>
    </message>
    <message>
        <source>Show only sections with an annotation carrying this tag</source>
        <translation>このタグの注釈がある節のみを表示</translation>
    </message>
    <message>
        <source>Filter sections by tag</source>
        <translation>節をタグで絞り込む</translation>
    </message>
    <message>
        <source>Unreviewed only</source>
        <translation>未確認のみ</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>すべての節</translation>
    </message>
    <message>
        <source>Tagged “{0}”</source>
        <translation>タグ「{0}」付き</translation>
    </message>
</context>
<context>
    <name>NoteFields</name>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>From</source>
        <translation>発信者</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>経由</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>File / reference no.</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>秘密区分</translation>
    </message>
    <message>
        <source>Handling caveat</source>
        <translation>取扱制限</translation>
    </message>
    <message>
        <source>Classified by</source>
        <translation>指定者</translation>
    </message>
    <message>
        <source>Derived from</source>
        <translation>指定根拠文書</translation>
    </message>
    <message>
        <source>Classification reason</source>
        <translation>指定理由</translation>
    </message>
    <message>
        <source>Declassify on</source>
        <translation>指定解除日</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Summary / BLUF</source>
        <translation>要旨（結論）</translation>
    </message>
    <message>
        <source>Recommendation(s)</source>
        <translation>提言</translation>
    </message>
    <message>
        <source>Press line (public)</source>
        <translation>対外応答要領（公表可）</translation>
    </message>
    <message>
        <source>Drafter</source>
        <translation>起案者</translation>
    </message>
    <message>
        <source>Cleared by</source>
        <translation>協議先</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>Marking rules</source>
        <translation>秘密区分の規則</translation>
    </message>
    <message>
        <source>Whose classification rules the note follows: its levels, caveats and marks</source>
        <translation>メモが従う秘密区分の規則（区分・取扱制限・部分表示）</translation>
    </message>
    <message>
        <source>e.g. NOFORN, REL TO USA, GBR</source>
        <translation>例: NOFORN, REL TO USA, GBR</translation>
    </message>
</context>
<context>
    <name>PasteReadout</name>
    <message>
        <source>Nothing to paste</source>
        <translation>貼り付けるものがありません</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy the readout&apos;s text or web page first</source>
        <translation>クリップボードにテキストがありません。先に会談記録のテキストまたはウェブページをコピーしてください</translation>
    </message>
    <message>
        <source>Pasted</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Cannot make a readout</source>
        <translation>会談記録を作成できません</translation>
    </message>
    <message>
        <source>%1 a new readout: %2</source>
        <translation>%1 新しい会談記録: %2</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Opening the readout</source>
        <translation>会談記録を開いています</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>節</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>Sections of the readout</source>
        <translation>会談記録の節</translation>
    </message>
    <message>
        <source>Readout</source>
        <translation>会談記録</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Untitled readout</source>
        <translation>無題の会談記録</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop waiting; what is open stays as it is</source>
        <translation>待つのをやめます。開いている内容はそのままです</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Untitled readout</source>
        <translation>無題の会談記録</translation>
    </message>
</context>
<context>
    <name>RemovalReasons</name>
    <message>
        <source>navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>national symbol</source>
        <translation>国章・国旗</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>フッター</translation>
    </message>
    <message>
        <source>language switcher</source>
        <translation>言語切り替え</translation>
    </message>
    <message>
        <source>breadcrumb</source>
        <translation>パンくずリスト</translation>
    </message>
    <message>
        <source>view counter</source>
        <translation>閲覧数</translation>
    </message>
    <message>
        <source>archive banner</source>
        <translation>アーカイブの表示</translation>
    </message>
    <message>
        <source>end marker</source>
        <translation>終わりの記号</translation>
    </message>
    <message>
        <source>page header</source>
        <translation>ページヘッダー</translation>
    </message>
    <message>
        <source>document label</source>
        <translation>文書の分類名</translation>
    </message>
    <message>
        <source>site name</source>
        <translation>サイト名</translation>
    </message>
    <message>
        <source>repeated page header</source>
        <translation>繰り返されるページヘッダー</translation>
    </message>
    <message>
        <source>navigation menu</source>
        <translation>ナビゲーションメニュー</translation>
    </message>
    <message>
        <source>source link</source>
        <translation>出典リンク</translation>
    </message>
    <message>
        <source>repeated title</source>
        <translation>繰り返された表題</translation>
    </message>
    <message>
        <source>page date</source>
        <translation>ページの日付</translation>
    </message>
    <message>
        <source>page number</source>
        <translation>ページ番号</translation>
    </message>
    <message>
        <source>running header or footer</source>
        <translation>柱（ヘッダー・フッター）</translation>
    </message>
    <message>
        <source>unreadable front matter</source>
        <translation>読めない前付け情報</translation>
    </message>
    <message>
        <source>site navigation</source>
        <translation>サイトのナビゲーション</translation>
    </message>
    <message>
        <source>forwarded e-mail header</source>
        <translation>転送メールのヘッダー</translation>
    </message>
    <message>
        <source>e-mail signature</source>
        <translation>メールの署名</translation>
    </message>
    <message>
        <source>outside the main content</source>
        <translation>本文の外</translation>
    </message>
    <message>
        <source>removed by you</source>
        <translation>手動で削除</translation>
    </message>
    <message>
        <source>page furniture above the title</source>
        <translation>表題より上のページ付属部分</translation>
    </message>
    <message>
        <source>page furniture after the readout</source>
        <translation>会談記録より後のページ付属部分</translation>
    </message>
    <message>
        <source>site section label</source>
        <translation>サイト内の区分名</translation>
    </message>
    <message>
        <source>heading above the text</source>
        <translation>本文の上の見出し</translation>
    </message>
    <message>
        <source>line agreeing with the page title</source>
        <translation>ページの表題と一致する行</translation>
    </message>
    <message>
        <source>nearest title-like line above the text</source>
        <translation>本文の直前にある表題らしい行</translation>
    </message>
    <message>
        <source>title-like line above the date</source>
        <translation>日付の上にある表題らしい行</translation>
    </message>
    <message>
        <source>line ending the breadcrumb</source>
        <translation>パンくずリストの最後の行</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Items to review</source>
        <translation>確認する項目</translation>
    </message>
    <message>
        <source>Accept New Wording</source>
        <translation>新しい文言を採用</translation>
    </message>
    <message>
        <source>Attach to Selection</source>
        <translation>選択範囲に付け直す</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>自分の版を残す</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>相手の版を採る</translation>
    </message>
    <message>
        <source>Select the passage in the reader, then attach the annotation to it</source>
        <translation>本文で該当箇所を選択してから、注釈を付け直してください</translation>
    </message>
    <message>
        <source>Reworded: “{0}”</source>
        <translation>文言変更: 「{0}」</translation>
    </message>
    <message>
        <source>Not found: “{0}”</source>
        <translation>見つからない: 「{0}」</translation>
    </message>
    <message>
        <source>Edited on both sides: “{0}”</source>
        <translation>双方で編集: 「{0}」</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>確認する項目はありません。</translation>
    </message>
    <message>
        <source>{0} to review, from a revised readout or a colleague&apos;s copy.</source>
        <translation>確認する項目が {0} 件あります(改訂版の会談記録または同僚の写しから)。</translation>
    </message>
    <message>
        <source>Was: {0}
Now: {1}
Comment: {2}</source>
        <translation>旧: {0}
新: {1}
コメント: {2}</translation>
    </message>
    <message>
        <source>Was: {0}
Comment: {1}
The revised readout no longer has it.</source>
        <translation>旧: {0}
コメント: {1}
改訂版の会談記録にはこの箇所がありません。</translation>
    </message>
    <message>
        <source>Yours: {0}
Theirs ({1}): {2}</source>
        <translation>自分: {0}
相手({1}): {2}</translation>
    </message>
    <message>
        <source>Select the passage in the reader first.</source>
        <translation>先に本文で該当箇所を選択してください。</translation>
    </message>
    <message>
        <source>Review: {0}</source>
        <translation>確認: {0}</translation>
    </message>
</context>
<context>
    <name>RevisionActions</name>
    <message>
        <source>Replace Readout with Revised &amp;Version…</source>
        <translation>会談記録を改訂版に差し替え(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Compare with Previous Version</source>
        <translation>前の版と比較(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Merge Annotations From…</source>
        <translation>注釈を取り込み(&amp;M)…</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>注釈をインポート(&amp;A)…</translation>
    </message>
    <message>
        <source>Export A&amp;nnotations…</source>
        <translation>注釈をエクスポート(&amp;N)…</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>実行できません</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Review ({0})</source>
        <translation>確認({0})</translation>
    </message>
    <message>
        <source>Revised version of the readout</source>
        <translation>会談記録の改訂版</translation>
    </message>
    <message>
        <source>Replace readout with revised version</source>
        <translation>会談記録を改訂版に差し替え</translation>
    </message>
    <message>
        <source>Revised readout</source>
        <translation>改訂版の会談記録</translation>
    </message>
    <message>
        <source>Annotations carried over: {0}. {1} to review on the Review tab; {2} sections changed and lost their reviewed mark.</source>
        <translation>注釈の引き継ぎ: {0}。「確認」タブで確認する項目: {1} 件。本文が変わった {2} 件の項目は確認済みの印が外れました。</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>版の比較</translation>
    </message>
    <message>
        <source>Replace the readout with a revised version first; the comparison is shown for the version replaced in this session.</source>
        <translation>先に会談記録を改訂版に差し替えてください。比較はこのセッションで差し替えた版について表示されます。</translation>
    </message>
    <message>
        <source>Merge annotations from</source>
        <translation>注釈の取り込み元</translation>
    </message>
    <message>
        <source>Merge annotations from {0}</source>
        <translation>{0} から注釈を取り込み</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>取り込み完了</translation>
    </message>
    <message>
        <source>{0}.</source>
        <translation>{0}。</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>注釈のインポート</translation>
    </message>
    <message>
        <source>Take in Word comments from {0}</source>
        <translation>{0} の Word コメントを取り込み</translation>
    </message>
    <message>
        <source>Import annotations from {0}</source>
        <translation>{0} から注釈をインポート</translation>
    </message>
    <message>
        <source>Annotations imported</source>
        <translation>注釈をインポートしました</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>注釈のエクスポート</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>{0} に書き出しました</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>文言変更</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Differences between the two versions</source>
        <translation>二つの版の違い</translation>
    </message>
    <message>
        <source>Compare versions of the readout</source>
        <translation>会談記録の版の比較</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Editor</source>
        <translation>編集画面</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Briefing could not start</source>
        <translation>Briefing を起動できませんでした</translation>
    </message>
    <message>
        <source>The editor could not be built ({0}). The details are in the log file.</source>
        <translation>編集画面を作成できませんでした（{0}）。詳細はログファイルにあります。</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>Key point</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応事項</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>発言要領</translation>
    </message>
</context>
<context>
    <name>TitleDateDialog</name>
    <message>
        <source>Edit Title and Date</source>
        <translation>表題と日付の編集</translation>
    </message>
    <message>
        <source>The readout&apos;s title</source>
        <translation>会談記録の表題</translation>
    </message>
    <message>
        <source>The meeting date as printed, e.g. February 15</source>
        <translation>記載どおりの会談日（例：2月15日）</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>表題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>TitleLineFixes</name>
    <message>
        <source>Use line as title</source>
        <translation>行を表題にする</translation>
    </message>
    <message>
        <source>Use line as date</source>
        <translation>行を日付にする</translation>
    </message>
    <message>
        <source>Remove line “{0}”</source>
        <translation>行「{0}」を削除</translation>
    </message>
    <message>
        <source>Put the cursor in a line of the readout text first.</source>
        <translation>先に会談記録本文の行にカーソルを置いてください。</translation>
    </message>
    <message>
        <source>Edit title and date</source>
        <translation>表題と日付の編集</translation>
    </message>
    <message>
        <source>Cannot change the structure</source>
        <translation>構成を変更できません</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Readout</source>
        <translation>会談記録</translation>
    </message>
    <message>
        <source>Your note on this section (saved with the project)…</source>
        <translation>この節についてのメモ（プロジェクトと一緒に保存されます）…</translation>
    </message>
    <message>
        <source>Section note</source>
        <translation>節のメモ</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>説明資料</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>サイドパネル</translation>
    </message>
    <message>
        <source>Briefing note fields</source>
        <translation>説明資料の項目</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>文字を小さく</translation>
    </message>
    <message>
        <source>Normal Text Size</source>
        <translation>標準の文字サイズ</translation>
    </message>
    <message>
        <source>Whole readout · {0} sections</source>
        <translation>会談記録全体 · {0} 節</translation>
    </message>
    <message>
        <source>Overview · 1 section follows</source>
        <translation>概要 · 以下 1 節</translation>
    </message>
    <message>
        <source>Overview · {0} sections follow</source>
        <translation>概要 · 以下 {0} 節</translation>
    </message>
    <message>
        <source>Section {0} of {1}</source>
        <translation>第 {0} 節 / 全 {1} 節</translation>
    </message>
    <message>
        <source>Section note — {0}</source>
        <translation>節のメモ — {0}</translation>
    </message>
    <message>
        <source>the overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>click in a paragraph of a section where it should split</source>
        <translation>分割したい節の段落内をクリックしてください</translation>
    </message>
    <message>
        <source>Split section</source>
        <translation>節を分割</translation>
    </message>
    <message>
        <source>Merge with previous</source>
        <translation>前と結合</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>階層を上げる</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>階層を下げる</translation>
    </message>
    <message>
        <source>Edit number and heading</source>
        <translation>番号と見出しを編集</translation>
    </message>
    <message>
        <source>Restore removed line</source>
        <translation>削除した行を復元</translation>
    </message>
    <message>
        <source>choose a section or item in the navigator first</source>
        <translation>先にナビゲーターで節または項目を選択してください</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AccuracyPlot</name>
    <message>
        <source>accuracy (%)</source>
        <translation>정확도 (%)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>train</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>검증</translation>
    </message>
</context>
<context>
    <name>CloseWaitDialog</name>
    <message>
        <source>Finishing the current training step before closing…</source>
        <translation>닫기 전에 지금의 학습 단계를 마치는 중…</translation>
    </message>
    <message>
        <source>Close now</source>
        <translation>지금 닫기</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>닫는 중</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>predicted class</source>
        <translation>예측 클래스</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>실제 클래스</translation>
    </message>
    <message>
        <source>predicted {name}</source>
        <translation>예측 {name}</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {count} of {total} images ({share})</source>
        <translation>실제 {true}, 예측 {predicted}: 이미지 {total}개 중 {count}개 ({share})</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {count} images</source>
        <translation>실제 {true}, 예측 {predicted}: 이미지 {count}개</translation>
    </message>
</context>
<context>
    <name>CostPlot</name>
    <message>
        <source>cost J</source>
        <translation>비용 J</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>cost J (log scale)</source>
        <translation>비용 J (로그 눈금)</translation>
    </message>
</context>
<context>
    <name>CurvesPanel</name>
    <message>
        <source>Press Train to draw the cost of every iteration here.</source>
        <translation>학습을 누르면 반복마다 비용이 여기에 그려집니다.</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <source>Show the cost on a logarithmic axis</source>
        <translation>비용을 로그 축으로 표시</translation>
    </message>
    <message>
        <source>Clear earlier runs</source>
        <translation>이전 실행 지우기</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG 내보내기…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>faint: each mini-batch · bold: smoothed · ○: epoch end</source>
        <translation>흐린 선: 미니 배치 · 굵은 선: 평활 · ○: 에폭 끝</translation>
    </message>
    <message>
        <source>The faint line is the cost J of every mini-batch, the bold line its moving average; a circle marks the end of each epoch. Earlier runs stay faded.</source>
        <translation>흐린 선은 미니 배치마다의 비용 J, 굵은 선은 그 이동 평균입니다. 원은 각 에폭의 끝을 표시합니다. 이전 실행은 흐리게 남습니다.</translation>
    </message>
    <message>
        <source>Costs up to {cost} are above the top of the cost plot: tick Log scale to see them all.</source>
        <translation>최대 {cost}의 비용이 비용 그래프 위쪽을 벗어납니다. 모두 보려면 로그 눈금을 선택하세요.</translation>
    </message>
    <message>
        <source>could not write the picture {file}</source>
        <translation>그림 {file}을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Export curves as PNG</source>
        <translation>곡선을 PNG로 내보내기</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Export curves as CSV</source>
        <translation>곡선을 CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: {problem}</source>
        <translation>내보내기 실패: {problem}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} 저장함</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Data files (*.npz *-ubyte *-ubyte.gz *.idx *.gz);;All files (*)</source>
        <translation>데이터 파일 (*.npz *-ubyte *-ubyte.gz *.idx *.gz);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Digits (built-in)</source>
        <translation>숫자 (내장)</translation>
    </message>
    <message>
        <source>Shapes (built-in)</source>
        <translation>도형 (내장)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>파일 열기…</translation>
    </message>
    <message>
        <source>Open a .npz data file or MNIST-style IDX files</source>
        <translation>.npz 데이터 파일이나 MNIST 형식 IDX 파일 열기</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>폴더 열기…</translation>
    </message>
    <message>
        <source>Open a folder with one sub-folder of images per class</source>
        <translation>클래스마다 이미지 하위 폴더가 하나씩 있는 폴더 열기</translation>
    </message>
    <message>
        <source>No data loaded</source>
        <translation>불러온 데이터 없음</translation>
    </message>
    <message>
        <source>Fit network to data</source>
        <translation>네트워크를 데이터에 맞추기</translation>
    </message>
    <message>
        <source>Set the input volume and the Softmax classes to the data&apos;s (one undoable edit)</source>
        <translation>입력 크기와 Softmax 클래스 수를 데이터에 맞춥니다 (실행 취소 가능한 편집 한 번)</translation>
    </message>
    <message>
        <source>Not read: {path}</source>
        <translation>읽지 않음: {path}</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} 불러오는 중…</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>데이터 열기</translation>
    </message>
    <message>
        <source>Open a folder of class sub-folders</source>
        <translation>클래스별 하위 폴더가 있는 폴더 열기</translation>
    </message>
    <message>
        <source>Could not load the data.</source>
        <translation>데이터를 불러올 수 없습니다.</translation>
    </message>
    <message>
        <source>train {train} · validation {val} · test {test}</source>
        <translation>훈련 {train} · 검증 {val} · 테스트 {test}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{shape}&lt;/b&gt; images, &lt;b&gt;{classes}&lt;/b&gt; classes</source>
        <translation>&lt;b&gt;{shape}&lt;/b&gt; 이미지, 클래스 &lt;b&gt;{classes}&lt;/b&gt;개</translation>
    </message>
    <message>
        <source>(no test split)</source>
        <translation>(테스트 세트 없음)</translation>
    </message>
    <message>
        <source>MNIST digits</source>
        <translation>MNIST 손글씨 숫자</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>CIFAR-10</source>
        <translation>CIFAR-10</translation>
    </message>
    <message>
        <source>{title} (download {size})</source>
        <translation>{title} (다운로드 {size})</translation>
    </message>
    <message>
        <source>{title} (cached)</source>
        <translation>{title} (캐시에 있음)</translation>
    </message>
</context>
<context>
    <name>DataPreview</name>
    <message>
        <source>Choose or load data in the Training panel to see samples.</source>
        <translation>학습 패널에서 데이터를 고르거나 불러오면 샘플이 보입니다.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>샘플</translation>
    </message>
    <message>
        <source>… and {n} more classes</source>
        <translation>… 외 클래스 {n}개</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
</context>
<context>
    <name>DownloadBox</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop the download; a retry resumes it</source>
        <translation>다운로드를 멈춥니다. 다시 시도하면 이어서 받습니다</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Cancelled. Retry resumes the download.</source>
        <translation>취소했습니다. 다시 시도하면 이어서 받습니다.</translation>
    </message>
    <message>
        <source>The download did not complete.</source>
        <translation>다운로드를 마치지 못했습니다.</translation>
    </message>
    <message>
        <source>Waiting for another cnnbuilder fetching the same data…</source>
        <translation>같은 데이터를 받고 있는 다른 cnnbuilder를 기다리는 중…</translation>
    </message>
    <message>
        <source>Downloaded; checking the files and reading them…</source>
        <translation>다운로드했습니다. 파일을 확인하고 읽는 중…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{total} 중 {done}</translation>
    </message>
    <message>
        <source>{speed}/s</source>
        <translation>{speed}/초</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} 남음</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>&amp;Delete Layer</source>
        <translation>층 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Layer</source>
        <translation>층 복제(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Earlier</source>
        <translation>앞으로 이동(&amp;E)</translation>
    </message>
    <message>
        <source>Move &amp;Later</source>
        <translation>뒤로 이동(&amp;L)</translation>
    </message>
    <message>
        <source>Add {kind}</source>
        <translation>{kind} 추가</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>{action} 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>{action} 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Undo {action} (Ctrl+Z)</source>
        <translation>{action} 실행 취소 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>실행 취소 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo {action} (Ctrl+Shift+Z)</source>
        <translation>{action} 다시 실행 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>다시 실행 (Ctrl+Shift+Z)</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>cnnbuilder networks (*.cnn.json);;JSON files (*.json);;All files (*)</source>
        <translation>cnnbuilder 네트워크 (*.cnn.json);;JSON 파일 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Copy Table as &amp;Markdown</source>
        <translation>표를 Markdown으로 복사(&amp;M)</translation>
    </message>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation>표를 CSV로 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>New from &amp;Preset</source>
        <translation>프리셋에서 새로 만들기(&amp;P)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>메뉴 비우기</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>“{file}” has unsaved changes. Save them first?</source>
        <translation>“{file}”에 저장하지 않은 변경 사항이 있습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <source>New network: drag layers from the palette onto the canvas.</source>
        <translation>새 네트워크: 팔레트에서 층을 캔버스로 끌어 놓으세요.</translation>
    </message>
    <message>
        <source>New network from the preset “{name}”.</source>
        <translation>프리셋 “{name}”에서 새 네트워크를 만들었습니다.</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>네트워크 열기</translation>
    </message>
    <message>
        <source>Opened {file}.</source>
        <translation>{file}을(를) 열었습니다.</translation>
    </message>
    <message>
        <source>Could not open {file}: {problem}</source>
        <translation>{file}을(를) 열 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Cannot open the network</source>
        <translation>네트워크를 열 수 없음</translation>
    </message>
    <message>
        <source>{file} could not be opened; the current network is unchanged.

{problem}</source>
        <translation>{file}을(를) 열 수 없습니다. 현재 네트워크는 그대로입니다.

{problem}</translation>
    </message>
    <message>
        <source>Save network</source>
        <translation>네트워크 저장</translation>
    </message>
    <message>
        <source>Could not save {file}: {problem}</source>
        <translation>{file}을(를) 저장할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>저장할 수 없음</translation>
    </message>
    <message>
        <source>{file} could not be written:
{problem}</source>
        <translation>{file}을(를) 쓸 수 없습니다:
{problem}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file}을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Copied the table as Markdown.</source>
        <translation>표를 Markdown으로 복사했습니다.</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>표 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>내보낼 수 없음</translation>
    </message>
    <message>
        <source>Exported the table to {file}.</source>
        <translation>표를 {file}(으)로 내보냈습니다.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템 설정</translation>
    </message>
    <message>
        <source>Language: {name}.</source>
        <translation>언어: {name}.</translation>
    </message>
    <message>
        <source>Language: {name}. It applies at the next start of cnnbuilder.</source>
        <translation>언어: {name}. cnnbuilder를 다음에 시작할 때 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Drag a layer onto the canvas, or double-click it to append it.</source>
        <translation>층을 캔버스로 끌어 놓거나, 두 번 클릭해 끝에 추가하세요.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Opened network</source>
        <translation>네트워크 열림</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Add Layer</source>
        <translation>층 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About cnnbuilder</source>
        <translation>cnnbuilder 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>{file}[*] — {network} — cnnbuilder</source>
        <translation>{file}[*] — {network} — cnnbuilder</translation>
    </message>
    <message>
        <source>About cnnbuilder</source>
        <translation>cnnbuilder 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;cnnbuilder {version}&lt;/b&gt;&lt;p&gt;Design and train small convolutional networks in the notation of the deep-learning course: CONV, POOL, FC and Softmax layers, n_H × n_W × n_c, f, s, p.&lt;/p&gt;</source>
        <translation>&lt;b&gt;cnnbuilder {version}&lt;/b&gt;&lt;p&gt;딥러닝 강의의 표기법으로 작은 합성곱 신경망을 설계하고 학습합니다: CONV, POOL, FC, Softmax 층, n_H × n_W × n_c, f, s, p.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NetworkExport</name>
    <message>
        <source>&amp;PyTorch Script…</source>
        <translation>&amp;PyTorch 스크립트…</translation>
    </message>
    <message>
        <source>&amp;ONNX…</source>
        <translation>&amp;ONNX…</translation>
    </message>
    <message>
        <source>Export PyTorch script</source>
        <translation>PyTorch 스크립트로 내보내기</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python 스크립트 (*.py)</translation>
    </message>
    <message>
        <source>Export ONNX</source>
        <translation>ONNX로 내보내기</translation>
    </message>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation>ONNX 모델 (*.onnx)</translation>
    </message>
    <message>
        <source>An ONNX export carries the weights: train the network or load its weights first.</source>
        <translation>ONNX 내보내기에는 가중치가 들어갑니다: 먼저 네트워크를 학습하거나 가중치를 불러오세요.</translation>
    </message>
    <message>
        <source>Could not export to {file}: {problem}</source>
        <translation>{file}(으)로 내보내지 못했습니다: {problem}</translation>
    </message>
    <message>
        <source>Exported {files} (without weights).</source>
        <translation>{files}을(를) 내보냈습니다 (가중치 없이).</translation>
    </message>
    <message>
        <source>Exported {files} with the weights.</source>
        <translation>{files}을(를) 가중치와 함께 내보냈습니다.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>내보낼 수 없음</translation>
    </message>
</context>
<context>
    <name>NetworkScene</name>
    <message>
        <source>Drag CONV, POOL, FC or Softmax here from the palette</source>
        <translation>팔레트에서 CONV, POOL, FC, Softmax를 여기로 끌어 놓으세요</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Add {kind} here</source>
        <translation>여기에 {kind} 추가</translation>
    </message>
    <message>
        <source>Editing is locked while the network trains</source>
        <translation>네트워크를 학습하는 동안에는 편집할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>PredictionView</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>그림 (*.png *.jpg *.jpeg *.bmp *.gif);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Drop a picture
here</source>
        <translation>그림을 여기에
끌어 놓으세요</translation>
    </message>
    <message>
        <source>Open picture…</source>
        <translation>그림 열기…</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>반전</translation>
    </message>
    <message>
        <source>Dark on light pictures become light on dark (the built-in digits are white on black)</source>
        <translation>밝은 바탕의 어두운 그림을 어두운 바탕의 밝은 그림으로 바꿉니다 (내장 숫자는 검은 바탕에 흰 글씨)</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>Open or drop a picture to see what the network makes of it.</source>
        <translation>그림을 열거나 끌어 놓으면 네트워크가 무엇으로 보는지 알 수 있습니다.</translation>
    </message>
    <message>
        <source>Train the network first.</source>
        <translation>먼저 네트워크를 학습하세요.</translation>
    </message>
    <message>
        <source>Train the network or load weights before trying a picture.</source>
        <translation>그림을 시험하기 전에 네트워크를 학습하거나 가중치를 불러오세요.</translation>
    </message>
    <message>
        <source>Open a picture</source>
        <translation>그림 열기</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Select a block on the canvas or a row of the table to edit it.</source>
        <translation>편집하려면 캔버스의 블록이나 표의 행을 선택하세요.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>No shape: this layer follows an invalid layer.</source>
        <translation>크기 없음: 이 층은 잘못된 층 뒤에 있습니다.</translation>
    </message>
    <message>
        <source>Output {shape}</source>
        <translation>출력 {shape}</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>Why convolution</source>
        <translation>왜 합성곱인가</translation>
    </message>
    <message>
        <source>Receptive field</source>
        <translation>수용 영역</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>경고: {text}</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>No misclassified test images.</source>
        <translation>잘못 분류된 테스트 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>filter {k} of layer {layer}: {shape}, weights {low} … {high}</source>
        <translation>{layer}번째 층의 필터 {k}: {shape}, 가중치 {low} … {high}</translation>
    </message>
    <message>
        <source>Save weights…</source>
        <translation>가중치 저장…</translation>
    </message>
    <message>
        <source>Write the trained weights to a .npz file</source>
        <translation>학습한 가중치를 .npz 파일에 씁니다</translation>
    </message>
    <message>
        <source>Load weights…</source>
        <translation>가중치 불러오기…</translation>
    </message>
    <message>
        <source>Read weights for this network from a .npz file and show how they do on the test images</source>
        <translation>이 네트워크의 가중치를 .npz 파일에서 읽고 테스트 이미지에서의 결과를 보여 줍니다</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <source>rows: true class · columns: predicted class</source>
        <translation>행: 실제 클래스 · 열: 예측 클래스</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>오분류</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Try a picture</source>
        <translation>그림으로 시험</translation>
    </message>
    <message>
        <source>Test images the network got wrong, captioned true class → predicted class</source>
        <translation>네트워크가 틀린 테스트 이미지 (캡션: 실제 클래스 → 예측 클래스)</translation>
    </message>
    <message>
        <source>The kernels of the first CONV layer, each scaled from black (lowest weight) to white (highest)</source>
        <translation>첫 CONV 층의 커널, 각각 검정(가장 작은 가중치)에서 흰색(가장 큰 가중치)으로 표시</translation>
    </message>
    <message>
        <source>Open or drop a picture to see what the network makes of it</source>
        <translation>그림을 열거나 끌어 놓으면 네트워크가 무엇으로 보는지 알 수 있습니다</translation>
    </message>
    <message>
        <source>Results appear here after a run.</source>
        <translation>실행이 끝나면 결과가 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>The network has no CONV layer.</source>
        <translation>네트워크에 CONV 층이 없습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No test split&lt;/b&gt; in {data}: results of {heading}.</source>
        <translation>{data}에 &lt;b&gt;테스트 세트가 없습니다&lt;/b&gt;: {heading}의 결과.</translation>
    </message>
    <message>
        <source>{data} has no test split, so there are no test images to show.</source>
        <translation>{data}에는 테스트 세트가 없어서 보여 줄 테스트 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>Test accuracy &lt;b&gt;{accuracy}&lt;/b&gt; ({correct} of {total} test images) — {heading}</source>
        <translation>테스트 정확도 &lt;b&gt;{accuracy}&lt;/b&gt; (테스트 이미지 {total}개 중 {correct}개) — {heading}</translation>
    </message>
    <message>
        <source>test image {i}: true {true}, predicted {predicted}</source>
        <translation>테스트 이미지 {i}: 실제 {true}, 예측 {predicted}</translation>
    </message>
    <message>
        <source>Mistakes ({n})</source>
        <translation>오분류 ({n})</translation>
    </message>
    <message>
        <source>{n} test images the network got wrong; the first {shown} are shown, captioned true class → predicted class</source>
        <translation>네트워크가 틀린 테스트 이미지 {n}개 중 처음 {shown}개 (캡션: 실제 클래스 → 예측 클래스)</translation>
    </message>
    <message>
        <source>{n} test images the network got wrong, captioned true class → predicted class</source>
        <translation>네트워크가 틀린 테스트 이미지 {n}개 (캡션: 실제 클래스 → 예측 클래스)</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>에폭 수</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>learning rate η</source>
        <translation>학습률 η</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>validation share</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <source>shuffle</source>
        <translation>섞기</translation>
    </message>
    <message>
        <source>Choose data: {name}</source>
        <translation>데이터 선택: {name}</translation>
    </message>
    <message>
        <source>Change {setting}</source>
        <translation>{setting} 변경</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Passes over the training data</source>
        <translation>훈련 데이터를 몇 번 반복할지</translation>
    </message>
    <message>
        <source>Mini-batch size m: images per update</source>
        <translation>미니 배치 크기 m: 업데이트 한 번에 쓰는 이미지 수</translation>
    </message>
    <message>
        <source>Learning rate η (arrow keys step 0.001, 0.002, 0.003, 0.005, …)</source>
        <translation>학습률 η (화살표 키로 0.001, 0.002, 0.003, 0.005, … 단계 이동)</translation>
    </message>
    <message>
        <source>Seed of the initial weights, the shuffling and the split</source>
        <translation>초기 가중치, 섞기, 분할의 시드</translation>
    </message>
    <message>
        <source>Shuffle every epoch</source>
        <translation>에폭마다 섞기</translation>
    </message>
    <message>
        <source>Draw the mini-batches in a new random order each epoch (seeded). Off keeps the data order. Not saved in the file.</source>
        <translation>에폭마다 미니 배치를 새로운 무작위 순서로 뽑습니다 (시드 사용). 끄면 데이터 순서를 유지합니다. 파일에는 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>학습률 η</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>백엔드</translation>
    </message>
    <message>
        <source>NumPy (the reference)</source>
        <translation>NumPy (기준 엔진)</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>The engine that trains this run: cnnbuilder&apos;s NumPy engine, or PyTorch (on a GPU when there is one). Same settings and results. Not saved in the file.</source>
        <translation>이번 학습을 실행할 엔진: cnnbuilder의 NumPy 엔진 또는 PyTorch(GPU가 있으면 GPU에서). 설정과 결과는 같습니다. 파일에는 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Share of the training data held out for validation</source>
        <translation>검증용으로 떼어 두는 훈련 데이터의 비율</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <source>(valid layers only)</source>
        <translation>(유효한 층만)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters&lt;/b&gt; {count}</source>
        <translation>&lt;b&gt;파라미터&lt;/b&gt; {count}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Multiply-adds&lt;/b&gt; {count} per example</source>
        <translation>&lt;b&gt;곱셈-덧셈 연산 수&lt;/b&gt; 예제당 {count}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training memory&lt;/b&gt; ≈ {size} (batch {batch}, {optimizer})</source>
        <translation>&lt;b&gt;학습 메모리&lt;/b&gt; ≈ {size} (배치 {batch}, {optimizer})</translation>
    </message>
    <message>
        <source>Parameters with gradients and optimiser moments, plus per example the activations kept for backprop, their gradients and the im2col buffers.</source>
        <translation>파라미터와 그 기울기, 옵티마이저 모멘트, 그리고 예제마다 역전파를 위해 저장하는 활성값, 그 기울기, im2col 버퍼.</translation>
    </message>
    <message>
        <source>The network is valid and ready to train.</source>
        <translation>네트워크가 유효하며 학습할 준비가 되었습니다.</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>{n} s</source>
        <translation>{n}초</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Train the network (Ctrl+T)</source>
        <translation>네트워크 학습 (Ctrl+T)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Hold the run; resume later</source>
        <translation>실행을 멈춰 두고 나중에 계속합니다</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>End the run now and keep the weights trained so far</source>
        <translation>실행을 지금 끝내고 지금까지 학습한 가중치를 유지합니다</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs} · iteration {iteration}/{total}</source>
        <translation>에폭 {epoch}/{epochs} · 반복 {iteration}/{total}</translation>
    </message>
    <message>
        <source>About {time} left</source>
        <translation>약 {time} 남음</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <source>Read the data set?</source>
        <translation>데이터셋을 읽을까요?</translation>
    </message>
    <message>
        <source>This network names its data set at
{path}
outside the network&apos;s folder. Read it now?</source>
        <translation>이 네트워크는 네트워크 폴더 밖의
{path}
에 있는 데이터셋을 가리킵니다. 지금 읽을까요?</translation>
    </message>
    <message>
        <source>Data set not read: {path}</source>
        <translation>데이터셋을 읽지 않았습니다: {path}</translation>
    </message>
    <message>
        <source>A run is in progress.</source>
        <translation>실행 중입니다.</translation>
    </message>
    <message>
        <source>The network cannot be trained: {problem}</source>
        <translation>네트워크를 학습할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Loading the data…</source>
        <translation>데이터를 불러오는 중…</translation>
    </message>
    <message>
        <source>Choose the data to train on.</source>
        <translation>학습할 데이터를 선택하세요.</translation>
    </message>
    <message>
        <source>The data does not fit the network (see Data above).</source>
        <translation>데이터가 네트워크에 맞지 않습니다 (위의 데이터 참고).</translation>
    </message>
    <message>
        <source>Train the network</source>
        <translation>네트워크 학습</translation>
    </message>
    <message>
        <source>Ready: {epochs} epochs of {batches} iterations ({m} training images, batch {batch}).</source>
        <translation>준비됨: 에폭 {epochs}회, 에폭당 반복 {batches}회 (훈련 이미지 {m}개, 배치 {batch}).</translation>
    </message>
    <message>
        <source>Training {run}…</source>
        <translation>{run} 학습 중…</translation>
    </message>
    <message>
        <source>Stopping after this mini-batch…</source>
        <translation>이 미니 배치가 끝나면 중지합니다…</translation>
    </message>
    <message>
        <source>Paused: Resume goes on from here.</source>
        <translation>일시 정지됨: 계속을 누르면 여기서 이어 갑니다.</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>training failed unexpectedly:</source>
        <translation>학습이 예기치 않게 실패했습니다:</translation>
    </message>
</context>
<context>
    <name>WeightsActions</name>
    <message>
        <source>Weights (*.npz)</source>
        <translation>가중치 (*.npz)</translation>
    </message>
    <message>
        <source>no weights</source>
        <translation>가중치 없음</translation>
    </message>
    <message>
        <source>Could not load {file}: {problem}</source>
        <translation>{file}을(를) 불러올 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Could not load {file}: it holds the weights of another network. The file has {stored}; this network needs {needed}.</source>
        <translation>{file}을(를) 불러올 수 없습니다: 다른 네트워크의 가중치입니다. 파일에는 {stored}이(가) 있고, 이 네트워크에는 {needed}이(가) 필요합니다.</translation>
    </message>
    <message>
        <source>There are no trained weights to save yet.</source>
        <translation>아직 저장할 학습된 가중치가 없습니다.</translation>
    </message>
    <message>
        <source>Could not save the weights: {problem}</source>
        <translation>가중치를 저장할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Saved the weights to {file}.</source>
        <translation>가중치를 {file}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Saved weights to {file}</source>
        <translation>가중치를 {file}에 저장함</translation>
    </message>
    <message>
        <source>Loaded the weights from {file}.</source>
        <translation>{file}에서 가중치를 불러왔습니다.</translation>
    </message>
    <message>
        <source>weights from {file}</source>
        <translation>{file}의 가중치</translation>
    </message>
    <message>
        <source>Save weights</source>
        <translation>가중치 저장</translation>
    </message>
    <message>
        <source>Load weights</source>
        <translation>가중치 불러오기</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>--size must look like 1280x800, got {text}</source>
        <translation>--size는 1280x800 형식이어야 합니다. 받은 값: {text}</translation>
    </message>
    <message>
        <source>cannot open {file}: {problem}</source>
        <translation>{file}을(를) 열 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>cannot write the screenshot {file}</source>
        <translation>스크린샷 {file}을(를) 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>attach</name>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>학습 곡선</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>중지(&amp;S)</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>학습(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;Weights…</source>
        <translation>가중치 저장(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Load Weights…</source>
        <translation>가중치 불러오기(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>an untitled network</source>
        <translation>제목 없는 네트워크</translation>
    </message>
    <message>
        <source>cnnbuilder ended without saving the changes to {where} (last autosaved {when}).

Restore them?</source>
        <translation>cnnbuilder가 {where}의 변경 사항을 저장하지 않고 종료되었습니다 (마지막 자동 저장 {when}).

복원할까요?</translation>
    </message>
    <message>
        <source>Weights trained in that session were not saved and are lost.</source>
        <translation>그 세션에서 학습한 가중치는 저장되지 않아 잃었습니다.</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>저장하지 않은 변경 사항 복원</translation>
    </message>
</context>
<context>
    <name>captions</name>
    <message>
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation>유닛 {n}개</translation>
    </message>
    <message>
        <source>{n} classes</source>
        <translation>클래스 {n}개</translation>
    </message>
    <message>
        <source>(after an error)</source>
        <translation>(오류 뒤)</translation>
    </message>
    <message>
        <source>Error: {text}</source>
        <translation>오류: {text}</translation>
    </message>
    <message>
        <source>No shape: it follows an invalid layer.</source>
        <translation>크기 없음: 잘못된 층 뒤에 있습니다.</translation>
    </message>
    <message>
        <source>Output {shape}</source>
        <translation>출력 {shape}</translation>
    </message>
    <message>
        <source>Parameters: {text}</source>
        <translation>파라미터: {text}</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>경고: {text}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>cnnbuilder: error: {problem}</source>
        <translation>cnnbuilder: 오류: {problem}</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Add {kind}</source>
        <translation>{kind} 추가</translation>
    </message>
    <message>
        <source>Delete {kind}</source>
        <translation>{kind} 삭제</translation>
    </message>
    <message>
        <source>Move {kind}</source>
        <translation>{kind} 이동</translation>
    </message>
    <message>
        <source>Duplicate {kind}</source>
        <translation>{kind} 복제</translation>
    </message>
    <message>
        <source>Set {kind} {field}</source>
        <translation>{kind} {field} 설정</translation>
    </message>
    <message>
        <source>Set input {fields}</source>
        <translation>입력 {fields} 설정</translation>
    </message>
    <message>
        <source>Rename network</source>
        <translation>네트워크 이름 바꾸기</translation>
    </message>
    <message>
        <source>Fit network to data</source>
        <translation>네트워크를 데이터에 맞추기</translation>
    </message>
    <message>
        <source>Change training settings</source>
        <translation>학습 설정 변경</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>캐시</translation>
    </message>
    <message>
        <source>cache folder: {folder} (set CNNBUILDER_DATA_DIR to change it)</source>
        <translation>캐시 폴더: {folder} (바꾸려면 CNNBUILDER_DATA_DIR를 설정하세요)</translation>
    </message>
    <message>
        <source>cnnbuilder data get: {name}: interrupted; run it again to resume</source>
        <translation>cnnbuilder data get: {name}: 중단되었습니다. 다시 실행하면 이어서 받습니다</translation>
    </message>
    <message>
        <source>{name}: {count} file(s) verified in {folder}</source>
        <translation>{name}: 파일 {count}개를 {folder}에서 확인했습니다</translation>
    </message>
    <message>
        <source>waiting for another cnnbuilder that is fetching the same data</source>
        <translation>같은 데이터를 받고 있는 다른 cnnbuilder를 기다리는 중</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{total} 중 {done}</translation>
    </message>
    <message>
        <source>{speed}/s</source>
        <translation>{speed}/초</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} 남음</translation>
    </message>
    <message>
        <source>Downloading {name} ({size}) from {host} (once; later uses read the cache)</source>
        <translation>{host}에서 {name}({size})을(를) 다운로드합니다 (한 번만; 이후에는 캐시를 읽습니다)</translation>
    </message>
</context>
<context>
    <name>download</name>
    <message>
        <source>the data folder {folder} cannot be written ({reason}); set CNNBUILDER_DATA_DIR to a folder you can write</source>
        <translation>데이터 폴더 {folder}에 쓸 수 없습니다 ({reason}). 쓸 수 있는 폴더로 CNNBUILDER_DATA_DIR를 설정하세요</translation>
    </message>
    <message>
        <source>cancelled while another download of the same data was running</source>
        <translation>같은 데이터의 다른 다운로드가 진행되는 동안 취소되었습니다</translation>
    </message>
    <message>
        <source>Or download {names} from {url}/ yourself, put them in {folder} and run `cnnbuilder data get {name}` to check them.</source>
        <translation>또는 {url}/ 에서 {names}을(를) 직접 받아 {folder}에 넣고 `cnnbuilder data get {name}`으로 확인하세요.</translation>
    </message>
    <message>
        <source>{url} announces {size} bytes for {file}, far more than the published {published}</source>
        <translation>{url}이(가) {file}의 크기를 {size}바이트로 알리는데, 공개된 {published}바이트보다 훨씬 큽니다</translation>
    </message>
    <message>
        <source>the download of {file} kept stopping early ({size} of {total} bytes). Try again later: it resumes where it stopped</source>
        <translation>{file} 다운로드가 계속 중간에 끊겼습니다 ({total}바이트 중 {size}바이트). 나중에 다시 시도하세요. 멈춘 곳부터 이어서 받습니다</translation>
    </message>
    <message>
        <source>{url} answered {code} {reason}</source>
        <translation>{url}의 응답: {code} {reason}</translation>
    </message>
    <message>
        <source>cannot reach {host} ({reason}). Check the network connection and try again</source>
        <translation>{host}에 연결할 수 없습니다 ({reason}). 네트워크 연결을 확인하고 다시 시도하세요</translation>
    </message>
    <message>
        <source>the connection to {host} kept breaking while fetching {file}. Try again later: it resumes</source>
        <translation>{file}을(를) 받는 동안 {host} 연결이 계속 끊겼습니다. 나중에 다시 시도하세요. 이어서 받습니다</translation>
    </message>
    <message>
        <source>{file} from {url} is far larger than the published {size} bytes</source>
        <translation>{url}의 {file}이(가) 공개된 {size}바이트보다 훨씬 큽니다</translation>
    </message>
    <message>
        <source>no data from {host} for {seconds} s while fetching {file}. Try again later: the download resumes where it stopped</source>
        <translation>{file}을(를) 받는 동안 {host}에서 {seconds}초 동안 데이터가 오지 않았습니다. 나중에 다시 시도하세요. 멈춘 곳부터 이어서 받습니다</translation>
    </message>
    <message>
        <source>{file} from {url} does not match its published SHA-256 checksum; the bad copy was deleted. Try again: if it fails again, the server or a proxy gives other bytes</source>
        <translation>{url}의 {file}이(가) 공개된 SHA-256 체크섬과 맞지 않아 잘못된 사본을 지웠습니다. 다시 시도하세요. 또 실패하면 서버나 프록시가 다른 내용을 주고 있는 것입니다</translation>
    </message>
    <message>
        <source>download of {name} cancelled</source>
        <translation>{name} 다운로드를 취소했습니다</translation>
    </message>
    <message>
        <source>{name}: not a known data set (known: {known})</source>
        <translation>{name}: 알 수 없는 데이터 세트입니다 (사용 가능: {known})</translation>
    </message>
</context>
<context>
    <name>error_hook</name>
    <message>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <source>Something went wrong; the window goes on and your network is kept.

{problem}</source>
        <translation>문제가 생겼습니다. 창은 계속 동작하며 네트워크는 그대로입니다.

{problem}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>wrote {file}</source>
        <translation>{file} 작성함</translation>
    </message>
    <message>
        <source>{file}: a PyTorch script&apos;s name must end in .py</source>
        <translation>{file}: PyTorch 스크립트 이름은 .py로 끝나야 합니다</translation>
    </message>
    <message>
        <source>unknown export format {format}; expected one of {formats}</source>
        <translation>알 수 없는 내보내기 형식 {format}; 다음 중 하나여야 합니다: {formats}</translation>
    </message>
    <message>
        <source>the network cannot be exported: {problem}</source>
        <translation>네트워크를 내보낼 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{path} exists; use --force to replace it</source>
        <translation>{path}이(가) 이미 있습니다; 바꾸려면 --force를 쓰세요</translation>
    </message>
    <message>
        <source>an ONNX export needs weights (--weights W.npz)</source>
        <translation>ONNX 내보내기에는 가중치가 필요합니다 (--weights W.npz)</translation>
    </message>
    <message>
        <source>{kind} layers cannot be exported</source>
        <translation>{kind} 층은 내보낼 수 없습니다</translation>
    </message>
</context>
<context>
    <name>extras</name>
    <message>
        <source>this needs the package {module}, which is not installed; install it with: pip install &apos;cnnbuilder[{extra}]&apos;</source>
        <translation>패키지 {module}이(가) 필요하지만 설치되어 있지 않습니다; 설치: pip install &apos;cnnbuilder[{extra}]&apos;</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Leaky ReLU (slope 0.01)</source>
        <translation>Leaky ReLU (기울기 0.01)</translation>
    </message>
    <message>
        <source>linear (none)</source>
        <translation>선형 (없음)</translation>
    </message>
    <message>
        <source>max pooling</source>
        <translation>최대 풀링</translation>
    </message>
    <message>
        <source>average pooling</source>
        <translation>평균 풀링</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Optional; the table shows CONV1, POOL2, … without one</source>
        <translation>선택 사항. 없으면 표에 CONV1, POOL2, …로 표시됩니다</translation>
    </message>
    <message>
        <source>Activation g(z)</source>
        <translation>활성화 함수 g(z)</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>네트워크 이름</translation>
    </message>
    <message>
        <source>Saved in the file; shown in the title</source>
        <translation>파일에 저장되고 제목 표시줄에 보입니다</translation>
    </message>
    <message>
        <source>Height n_H</source>
        <translation>높이 n_H</translation>
    </message>
    <message>
        <source>n_H^[0], pixels</source>
        <translation>n_H^[0], 픽셀</translation>
    </message>
    <message>
        <source>Width n_W</source>
        <translation>너비 n_W</translation>
    </message>
    <message>
        <source>n_W^[0], pixels</source>
        <translation>n_W^[0], 픽셀</translation>
    </message>
    <message>
        <source>Channels n_c</source>
        <translation>채널 n_c</translation>
    </message>
    <message>
        <source>n_c^[0]: 1 for grey, 3 for RGB</source>
        <translation>n_c^[0]: 흑백은 1, RGB는 3</translation>
    </message>
    <message>
        <source>Filters n_c</source>
        <translation>필터 개수 n_c</translation>
    </message>
    <message>
        <source>n_c^[l]: number of filters</source>
        <translation>n_c^[l]: 필터 개수</translation>
    </message>
    <message>
        <source>Filter size f</source>
        <translation>필터 크기 f</translation>
    </message>
    <message>
        <source>each filter is f×f×n_c^[l−1]</source>
        <translation>필터 하나는 f×f×n_c^[l−1]</translation>
    </message>
    <message>
        <source>Stride s</source>
        <translation>스트라이드 s</translation>
    </message>
    <message>
        <source>step of the filter, in pixels</source>
        <translation>필터가 움직이는 간격 (픽셀)</translation>
    </message>
    <message>
        <source>Padding p</source>
        <translation>패딩 p</translation>
    </message>
    <message>
        <source>zeros added on each side; &apos;same&apos; keeps n_H and n_W (odd f, s = 1)</source>
        <translation>각 가장자리에 더하는 0의 개수. &apos;동일 (same)&apos;은 n_H와 n_W를 유지합니다 (홀수 f, s = 1)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>Window f</source>
        <translation>창 크기 f</translation>
    </message>
    <message>
        <source>each window is f×f</source>
        <translation>창 하나는 f×f</translation>
    </message>
    <message>
        <source>usually s = f</source>
        <translation>보통 s = f</translation>
    </message>
    <message>
        <source>Units n^[l]</source>
        <translation>유닛 n^[l]</translation>
    </message>
    <message>
        <source>number of neurons</source>
        <translation>뉴런 개수</translation>
    </message>
    <message>
        <source>Classes C</source>
        <translation>클래스 C</translation>
    </message>
    <message>
        <source>number of output classes</source>
        <translation>출력 클래스 개수</translation>
    </message>
    <message>
        <source>valid (p = 0)</source>
        <translation>유효 (valid, p = 0)</translation>
    </message>
    <message>
        <source>same</source>
        <translation>동일 (same)</translation>
    </message>
</context>
<context>
    <name>images</name>
    <message>
        <source>the network input has {n} channels; pictures have 1 (grey) or 3</source>
        <translation>네트워크 입력의 채널은 {n}개인데, 그림은 1개(흑백) 또는 3개입니다</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>CONV: n_c filters of f×f×n_c_prev slide with stride s over the padded input.
Output n = ⌊(n_prev + 2p − f)/s⌋ + 1; parameters (f·f·n_c_prev + 1)·n_c.</source>
        <translation>CONV (합성곱 층): f×f×n_c_prev 필터 n_c개가 패딩한 입력 위를 스트라이드 s로 움직입니다.
출력 n = ⌊(n_prev + 2p − f)/s⌋ + 1, 파라미터 (f·f·n_c_prev + 1)·n_c.</translation>
    </message>
    <message>
        <source>POOL: max or average over f×f windows with stride s.
Shrinks n_H and n_W, keeps n_c; no parameters.</source>
        <translation>POOL (풀링 층): 스트라이드 s로 움직이는 f×f 창의 최댓값 또는 평균.
n_H와 n_W를 줄이고 n_c는 유지하며, 파라미터가 없습니다.</translation>
    </message>
    <message>
        <source>FC: fully connected layer of n units; a 3-D input is flattened first.
Parameters (n_in + 1)·n.</source>
        <translation>FC (완전 연결 층): 유닛 n개. 3차원 입력은 먼저 평탄화합니다.
파라미터 (n_in + 1)·n.</translation>
    </message>
    <message>
        <source>Softmax: a dense layer to C classes followed by softmax.
It must be the last layer.</source>
        <translation>Softmax: 클래스 C개로 가는 완전 연결 층 뒤에 소프트맥스.
마지막 층이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>run_history</name>
    <message>
        <source>run {number} · {optimizer} · lr {lr} · batch {batch}</source>
        <translation>실행 {number} · {optimizer} · 학습률 {lr} · 배치 {batch}</translation>
    </message>
    <message>
        <source>{label} · PyTorch</source>
        <translation>{label} · PyTorch</translation>
    </message>
</context>
<context>
    <name>run_messages</name>
    <message>
        <source>the initial weights were kept</source>
        <translation>초기 가중치를 유지했습니다</translation>
    </message>
    <message>
        <source>the weights that iteration {n} started from (its cost was the last finite one) were kept</source>
        <translation>반복 {n}이 시작할 때의 가중치(그 비용이 마지막 유한한 값)를 유지했습니다</translation>
    </message>
    <message>
        <source>Training stopped: the cost became {cost} at iteration {iteration}, so the learning rate η = {lr} is too large for this network. Try a lower learning rate, such as {lower}; {kept}.</source>
        <translation>학습이 멈췄습니다: 반복 {iteration}에서 비용이 {cost}이(가) 되었으므로 학습률 η = {lr}은(는) 이 네트워크에 너무 큽니다. {lower} 같은 더 작은 학습률을 시도하세요. {kept}.</translation>
    </message>
    <message>
        <source>the initial weights</source>
        <translation>초기 가중치</translation>
    </message>
    <message>
        <source>weights of the last finite cost (iteration {n})</source>
        <translation>마지막 유한 비용의 가중치 (반복 {n})</translation>
    </message>
    <message>
        <source>diverged at iteration {n}; {kept}</source>
        <translation>반복 {n}에서 발산; {kept}</translation>
    </message>
    <message>
        <source>stopped after epoch {done} of {epochs}</source>
        <translation>에폭 {epochs}회 중 {done}회 후 중지</translation>
    </message>
    <message>
        <source>stopped in epoch {epoch} of {epochs}, after iteration {n}</source>
        <translation>에폭 {epochs}회 중 {epoch}번째에서 반복 {n} 후 중지</translation>
    </message>
    <message>
        <source>The cost rose far above ln({classes}) ≈ {guess} (the cost of guessing): the learning rate η = {lr} is probably too large; try {lower}.</source>
        <translation>비용이 ln({classes}) ≈ {guess} (무작위로 맞힐 때의 비용)보다 훨씬 커졌습니다. 학습률 η = {lr}이(가) 너무 큰 것 같습니다. {lower}을(를) 시도해 보세요.</translation>
    </message>
    <message>
        <source>Run {number} did not learn: its cost ended above its first cost, or its accuracy stayed at chance level (1 in {classes}).</source>
        <translation>실행 {number}은(는) 학습하지 못했습니다. 비용이 처음 비용보다 높게 끝났거나 정확도가 무작위 수준(1/{classes})에 머물렀습니다.</translation>
    </message>
    <message>
        <source>Try another learning rate.</source>
        <translation>다른 학습률을 시도해 보세요.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>발산함</translation>
    </message>
    <message>
        <source>did not learn</source>
        <translation>학습하지 못함</translation>
    </message>
    <message>
        <source>Stopped after {done} of {epochs} epochs ({n} iterations); the weights trained so far are kept.</source>
        <translation>에폭 {epochs}회 중 {done}회 후 중지했습니다 (반복 {n}회). 지금까지 학습한 가중치를 유지합니다.</translation>
    </message>
    <message>
        <source>Finished {done} epochs in {seconds} s. Details under Results.</source>
        <translation>에폭 {done}회를 {seconds}초 만에 마쳤습니다. 자세한 내용은 결과 탭에 있습니다.</translation>
    </message>
    <message>
        <source>Finished {done} epochs in {seconds} s, test accuracy {accuracy}. Details under Results.</source>
        <translation>에폭 {done}회를 {seconds}초 만에 마쳤습니다. 테스트 정확도 {accuracy}. 자세한 내용은 결과 탭에 있습니다.</translation>
    </message>
</context>
<context>
    <name>summary_model</name>
    <message>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Hyper-parameters</source>
        <translation>하이퍼파라미터</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>출력 크기</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>활성값</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>Mult-adds</source>
        <translation>곱셈-덧셈</translation>
    </message>
    <message>
        <source>Receptive field</source>
        <translation>수용 영역</translation>
    </message>
    <message>
        <source>{name} has no shape: it follows an invalid layer.</source>
        <translation>{name}은(는) 크기가 없습니다: 잘못된 층 뒤에 있습니다.</translation>
    </message>
    <message>
        <source>{name}: each unit reads every value of its input</source>
        <translation>{name}: 각 유닛이 입력의 모든 값을 읽습니다</translation>
    </message>
    <message>
        <source>One value of {name} depends on a {side}×{side} region of the input image.</source>
        <translation>{name}의 값 하나는 입력 이미지의 {side}×{side} 영역에 따라 정해집니다.</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>합성곱</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>풀링</translation>
    </message>
    <message>
        <source>Fully connected</source>
        <translation>완전 연결</translation>
    </message>
    <message>
        <source>Softmax output</source>
        <translation>소프트맥스 출력</translation>
    </message>
</context>
<context>
    <name>train_cmd</name>
    <message>
        <source>the cost became {cost} at iteration {iteration}; the weights of the last finite step were kept. The learning rate {lr} is too large for {optimizer}: try a lower learning rate, such as {lower}.</source>
        <translation>반복 {iteration}에서 비용이 {cost}이(가) 되었습니다. 마지막으로 유한했던 단계의 가중치를 유지했습니다. 학습률 {lr}은(는) {optimizer}에 너무 큽니다. {lower}처럼 더 낮은 학습률을 시도해 보세요.</translation>
    </message>
    <message>
        <source>warning: the network did not learn (its cost ended above its first cost, or its accuracy stayed at chance level); try another learning rate</source>
        <translation>경고: 네트워크가 학습하지 못했습니다 (비용이 처음 비용보다 높게 끝났거나 정확도가 무작위 수준에 머물렀습니다). 다른 학습률을 시도해 보세요</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>unknown backend {name}; expected one of {names}</source>
        <translation>알 수 없는 백엔드 {name}; 다음 중 하나여야 합니다: {names}</translation>
    </message>
    <message>
        <source>unknown device {name}; expected one of {names}</source>
        <translation>알 수 없는 장치 {name}; 다음 중 하나여야 합니다: {names}</translation>
    </message>
</context>
<context>
    <name>weights</name>
    <message>
        <source>{file}: the stored network is not JSON ({error})</source>
        <translation>{file}: 저장된 네트워크가 JSON이 아닙니다 ({error})</translation>
    </message>
</context>
</TS>

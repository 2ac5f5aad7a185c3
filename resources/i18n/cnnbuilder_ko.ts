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
        <source>train (run {n})</source>
        <translation>훈련 (실행 {n})</translation>
    </message>
    <message>
        <source>validation (run {n})</source>
        <translation>검증 (실행 {n})</translation>
    </message>
</context>
<context>
    <name>BusyLine</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
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
    <name>ComputationPanel</name>
    <message>
        <source>Click a value in a map or a bar to see how it was computed.</source>
        <translation>맵의 값이나 막대를 클릭하면 그 값이 어떻게 계산되었는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>value (i={i}, j={j}, c={c}); window rows {r0}…{r1}, columns {c0}…{c1} of a_prev</source>
        <translation>값 (i={i}, j={j}, c={c}); 창은 a_prev의 행 {r0}…{r1}, 열 {c0}…{c1}</translation>
    </message>
    <message>
        <source>{n} window cells lie on the padding: they are zeros (grey).</source>
        <translation>창의 칸 {n}개가 패딩 위에 있습니다: 값은 0입니다 (회색).</translation>
    </message>
    <message>
        <source>channels {first}…{last}: sums {sums}</source>
        <translation>채널 {first}…{last}: 합 {sums}</translation>
    </message>
    <message>
        <source>a = max(window) = {a}: a tie, the first maximum (highlighted) wins</source>
        <translation>a = max(창) = {a}: 같은 값이 여럿이면 첫 번째 최댓값(강조)이 선택됩니다</translation>
    </message>
    <message>
        <source>a = max(window) = {a}: the highlighted value wins</source>
        <translation>a = max(창) = {a}: 강조된 값이 선택됩니다</translation>
    </message>
    <message>
        <source>a = mean(window) = {a}</source>
        <translation>a = mean(창) = {a}</translation>
    </message>
    <message>
        <source>z = Σ w·a + b over {n} inputs; the largest terms:</source>
        <translation>입력 {n}개에 대한 z = Σ w·a + b; 가장 큰 항:</translation>
    </message>
    <message>
        <source>the other {n} terms</source>
        <translation>나머지 항 {n}개</translation>
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
        <source>Hide earlier runs</source>
        <translation>이전 실행 숨기기</translation>
    </message>
    <message>
        <source>Show only the latest run; tick a run in the Runs tab to show it again</source>
        <translation>최근 실행만 보입니다. 실행 기록 탭에서 실행을 체크하면 다시 보입니다</translation>
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
        <translation>훈련</translation>
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
    <name>InputPicker</name>
    <message>
        <source>Picture…</source>
        <translation>그림…</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>그리기</translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation>직접 그린 그림</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Test image</source>
        <translation>테스트 이미지</translation>
    </message>
    <message>
        <source>Draw with the left button, erase with the right.</source>
        <translation>왼쪽 버튼으로 그리고, 오른쪽 버튼으로 지웁니다.</translation>
    </message>
    <message>
        <source>test image</source>
        <translation>테스트 이미지</translation>
    </message>
    <message>
        <source>training image</source>
        <translation>훈련 이미지</translation>
    </message>
    <message>
        <source>No data that fits</source>
        <translation>맞는 데이터 없음</translation>
    </message>
    <message>
        <source>Draw an input with the mouse</source>
        <translation>마우스로 입력을 그립니다</translation>
    </message>
    <message>
        <source>The drawing pad is for one-channel (grey) inputs</source>
        <translation>그리기 판은 채널이 하나(회색)인 입력에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>true class: {name}</source>
        <translation>실제 클래스: {name}</translation>
    </message>
    <message>
        <source>{what} {index}, true class {name}</source>
        <translation>{what} {index}, 실제 클래스 {name}</translation>
    </message>
    <message>
        <source>Open a picture</source>
        <translation>그림 열기</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} 읽는 중…</translation>
    </message>
</context>
<context>
    <name>InsideView</name>
    <message>
        <source>Trained weights</source>
        <translation>학습된 가중치</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>초기 가중치</translation>
    </message>
    <message>
        <source>Scale per map</source>
        <translation>맵마다 색 범위</translation>
    </message>
    <message>
        <source>Colour each map on its own range instead of the layer&apos;s</source>
        <translation>층 전체가 아니라 맵마다 자기 범위로 색을 칠합니다</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>특성 맵</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>샌드박스</translation>
    </message>
    <message>
        <source>Sanity checks</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>No network to look inside: the network is not valid yet.</source>
        <translation>들여다볼 네트워크가 없습니다: 네트워크가 아직 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Trained network: {title}</source>
        <translation>학습된 네트워크: {title}</translation>
    </message>
    <message>
        <source>Untrained network: the initial weights (seed {seed}), not trained</source>
        <translation>학습되지 않은 네트워크: 초기 가중치 (시드 {seed}), 학습 전</translation>
    </message>
    <message>
        <source>Input: {what}</source>
        <translation>입력: {what}</translation>
    </message>
    <message>
        <source>{name} slides no window.</source>
        <translation>{name}에는 움직이는 창이 없습니다.</translation>
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
    <name>MapsCanvas</name>
    <message>
        <source>scale {lo} … {hi}</source>
        <translation>색 범위 {lo} … {hi}</translation>
    </message>
    <message>
        <source>No network to look inside.</source>
        <translation>들여다볼 네트워크가 없습니다.</translation>
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
        <source>Reading {file}…</source>
        <translation>{file} 읽는 중…</translation>
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
        <source>Restore this run&apos;s network</source>
        <translation>이 실행의 네트워크 복원</translation>
    </message>
    <message>
        <source>Put the network this run trained back on the canvas (Undo takes it back)</source>
        <translation>이 실행이 학습한 네트워크를 캔버스에 되돌려 놓습니다 (실행 취소로 되돌릴 수 있음)</translation>
    </message>
    <message>
        <source>Run {n} trained an earlier version of the network ({changes}); these results, the filters, Try a picture and Save weights use that run&apos;s network.</source>
        <translation>실행 {n}은(는) 네트워크의 이전 버전을 학습했습니다 ({changes}). 이 결과, 필터, 그림으로 시험, 가중치 저장은 그 실행의 네트워크를 사용합니다.</translation>
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
    <name>RunsTable</name>
    <message>
        <source>Curves</source>
        <translation>곡선</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>Best val.</source>
        <translation>최고 검증</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>실행 삭제</translation>
    </message>
    <message>
        <source>this network</source>
        <translation>이 네트워크</translation>
    </message>
    <message>
        <source>an earlier version: {changes}</source>
        <translation>이전 버전: {changes}</translation>
    </message>
    <message>
        <source>Show this run&apos;s curves</source>
        <translation>이 실행의 곡선 표시</translation>
    </message>
    <message>
        <source>The trained weights of run {n} are not saved. Delete the run?</source>
        <translation>실행 {n}의 학습된 가중치가 저장되지 않았습니다. 실행을 삭제할까요?</translation>
    </message>
</context>
<context>
    <name>SandboxView</name>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>한 걸음</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <source>input n_H</source>
        <translation>입력 n_H</translation>
    </message>
    <message>
        <source>input n_W</source>
        <translation>입력 n_W</translation>
    </message>
    <message>
        <source>window f</source>
        <translation>창 f</translation>
    </message>
    <message>
        <source>stride s</source>
        <translation>스트라이드 s</translation>
    </message>
    <message>
        <source>padding p</source>
        <translation>패딩 p</translation>
    </message>
    <message>
        <source>The window f = {f} is larger than the padded input.</source>
        <translation>창 f = {f}가 패딩된 입력보다 큽니다.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
</context>
<context>
    <name>SanityPanel</name>
    <message>
        <source>Gradient check</source>
        <translation>경사 검사</translation>
    </message>
    <message>
        <source>Back-propagation against centred differences, in float64, on a few examples</source>
        <translation>몇 개의 예제에서 역전파를 중심 차분과 비교합니다 (64비트 실수)</translation>
    </message>
    <message>
        <source>Overfit a tiny batch</source>
        <translation>작은 배치 과적합</translation>
    </message>
    <message>
        <source>Train fresh weights on 10 examples until the cost is near zero</source>
        <translation>새 가중치를 예제 10개로 비용이 0에 가까워질 때까지 학습합니다</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>There is no valid network to check.</source>
        <translation>검사할 올바른 네트워크가 없습니다.</translation>
    </message>
    <message>
        <source>Load data that fits the network&apos;s input first.</source>
        <translation>먼저 네트워크 입력에 맞는 데이터를 불러오세요.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>진행 중…</translation>
    </message>
    <message>
        <source>step {step}: cost {cost}</source>
        <translation>{step}단계: 비용 {cost}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>great (below 1e-7): back-propagation is right</source>
        <translation>아주 좋음 (1e-7 미만): 역전파가 올바릅니다</translation>
    </message>
    <message>
        <source>fine (below 1e-5)</source>
        <translation>괜찮음 (1e-5 미만)</translation>
    </message>
    <message>
        <source>doubtful (between 1e-5 and 1e-3): look closer</source>
        <translation>의심스러움 (1e-5와 1e-3 사이): 자세히 살펴보세요</translation>
    </message>
    <message>
        <source>wrong (above 1e-3): a gradient is miscomputed</source>
        <translation>틀림 (1e-3 초과): 경사가 잘못 계산되었습니다</translation>
    </message>
    <message>
        <source>Relative error {error} over {probes} weights on {examples} examples: {verdict}.</source>
        <translation>예제 {examples}개, 가중치 {probes}개에 대한 상대 오차 {error}: {verdict}.</translation>
    </message>
    <message>
        <source>Largest for {key}: {error}.</source>
        <translation>가장 큰 것은 {key}: {error}.</translation>
    </message>
    <message>
        <source>{n} probes were left out: they sit on a kink (a ReLU at exactly z = 0), where the derivative does not exist.</source>
        <translation>검사 {n}개는 뺐습니다: 꺾인 점(정확히 z = 0인 ReLU) 위에 있어 미분이 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>It can learn: the cost went from {first} to {last} in {steps} steps, and it gets {accuracy} of the 10 examples right.</source>
        <translation>학습할 수 있습니다: 비용이 {steps}단계 만에 {first}에서 {last}(으)로 내려갔고, 예제 10개 중 {accuracy}를 맞힙니다.</translation>
    </message>
    <message>
        <source>It did not get near zero: the cost went from {first} to {last} in {steps} steps ({accuracy} right). A network that cannot overfit 10 examples has a bug or too little capacity.</source>
        <translation>0에 가까워지지 않았습니다: 비용이 {steps}단계 동안 {first}에서 {last}(으)로 바뀌었습니다 ({accuracy} 정답). 예제 10개도 과적합하지 못하는 네트워크는 버그가 있거나 용량이 너무 작습니다.</translation>
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
    <name>SlideCanvas</name>
    <message>
        <source>Select a CONV or POOL layer.</source>
        <translation>CONV 또는 POOL 층을 선택하세요.</translation>
    </message>
    <message>
        <source>input {h}×{w}, padded by p = {p}</source>
        <translation>입력 {h}×{w}, 패딩 p = {p}</translation>
    </message>
    <message>
        <source>red: dropped, no window reaches it</source>
        <translation>빨간색: 버려짐, 어떤 창도 닿지 않음</translation>
    </message>
    <message>
        <source>output {h}×{w}</source>
        <translation>출력 {h}×{w}</translation>
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
        <source>{problem} — Fit network to data.</source>
        <translation>{problem} — 네트워크를 데이터에 맞추기를 누르세요.</translation>
    </message>
    <message>
        <source>Restore the network of run {n}</source>
        <translation>실행 {n}의 네트워크 복원</translation>
    </message>
    <message>
        <source>Unsaved trained weights</source>
        <translation>저장하지 않은 학습 가중치</translation>
    </message>
    <message>
        <source>The trained weights of run {numbers} are not saved. Close them anyway?</source>
        <translation>실행 {numbers}의 학습한 가중치가 저장되지 않았습니다. 그래도 닫을까요?</translation>
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
        <source>The canvas has no layers for the weights in {file}.</source>
        <translation>캔버스에 {file}의 가중치를 받을 층이 없습니다.</translation>
    </message>
    <message>
        <source>{file} holds the weights of another network: it has {stored}; the network on the canvas needs {needed}.</source>
        <translation>{file}에는 다른 네트워크의 가중치가 있습니다: 파일에는 {stored}이(가) 있고, 캔버스의 네트워크에는 {needed}이(가) 필요합니다.</translation>
    </message>
    <message>
        <source>The network on the canvas cannot take the weights in {file}: {problem}</source>
        <translation>캔버스의 네트워크는 {file}의 가중치를 받을 수 없습니다: {problem}</translation>
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
        <source>Saved the best weights to {file}.</source>
        <translation>최고 가중치를 {file}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Saved weights to {file}</source>
        <translation>가중치를 {file}에 저장함</translation>
    </message>
    <message>
        <source>Reading the weights in {file}…</source>
        <translation>{file}의 가중치 읽는 중…</translation>
    </message>
    <message>
        <source>Stopped reading {file}; the weights are unchanged.</source>
        <translation>{file} 읽기를 중지했습니다. 가중치는 그대로입니다.</translation>
    </message>
    <message>
        <source>Open the network “{network}” stored with these weights? It replaces the network on the canvas, as File › Open does.</source>
        <translation>이 가중치와 함께 저장된 네트워크 “{network}”을(를) 열까요? 파일 › 열기처럼 캔버스의 네트워크를 바꿉니다.</translation>
    </message>
    <message>
        <source>Open the network of these weights?</source>
        <translation>이 가중치의 네트워크를 열까요?</translation>
    </message>
    <message>
        <source>Weights not loaded: {file} belongs to the network “{network}”; the network on the canvas is unchanged.</source>
        <translation>가중치를 불러오지 않았습니다: {file}은(는) 네트워크 “{network}”의 것입니다. 캔버스의 네트워크는 그대로입니다.</translation>
    </message>
    <message>
        <source>Weights not loaded: the network on the canvas was kept.</source>
        <translation>가중치를 불러오지 않았습니다: 캔버스의 네트워크를 유지했습니다.</translation>
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
    <name>__init__</name>
    <message>
        <source>{source}: no such user folder ({value})</source>
        <translation>{source}: 그런 사용자 폴더가 없습니다 ({value})</translation>
    </message>
</context>
<context>
    <name>app</name>
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
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s messages that a person can meet; the %-placeholders stay in a translation.</extracomment>
        <translation>사용법: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>위치 인수</translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>하위 명령</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>이 도움말을 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>인수 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>알 수 없는 인수: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>모호한 옵션: %(option)s 은(는) %(matches)s 중 어느 것으로도 읽힙니다</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>잘못된 선택: %(value)r (다음 중에서 고르십시오: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>잘못된 %(type)s 값: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>값 하나가 필요합니다</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>값은 많아야 하나입니다</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>값이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>값 %s개가 필요합니다</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>값 %s개가 필요합니다</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>다음 인수가 필요합니다: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>다음 인수 중 하나가 필요합니다: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>인수 %s 와(과) 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>명시한 값 %r 은(는) 무시되었습니다</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>예상하지 못한 옵션 문자열: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos;을(를) 열 수 없습니다: %(error)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: 오류: %(message)s</translation>
    </message>
</context>
<context>
    <name>arrays</name>
    <message>
        <source>{where}: pixels of type {dtype} are not supported; use uint8 (0..255) or float</source>
        <translation>{where}: {dtype} 형식의 픽셀은 지원하지 않습니다. uint8 (0..255)이나 부동소수점을 쓰세요</translation>
    </message>
    <message>
        <source>{where}: expected m × H × W × C or m × H × W images, got {ndim} dimensions {shape}</source>
        <translation>{where}: m × H × W × C 또는 m × H × W 이미지가 필요한데, {ndim}차원 {shape}입니다</translation>
    </message>
    <message>
        <source>{where}: is empty {shape}</source>
        <translation>{where}: 비어 있습니다 {shape}</translation>
    </message>
    <message>
        <source>{where}: contains NaN or infinite values (first in sample {first})</source>
        <translation>{where}: NaN이나 무한대 값이 있습니다 (처음은 샘플 {first})</translation>
    </message>
    <message>
        <source>{where}: pixel values reach {biggest}; images must be scaled to about 0..1 (or 0..255), at most {MAX_PIXEL_MAGNITUDE}</source>
        <translation>{where}: 픽셀 값이 {biggest}까지 있습니다. 이미지는 대략 0..1(또는 0..255) 범위로, 최대 {MAX_PIXEL_MAGNITUDE}이어야 합니다</translation>
    </message>
    <message>
        <source>{where}: labels must be one-dimensional (m,), got shape {shape}</source>
        <translation>{where}: 레이블은 1차원 (m,)이어야 하는데, 크기가 {shape}입니다</translation>
    </message>
    <message>
        <source>{where}: is empty</source>
        <translation>{where}: 비어 있습니다</translation>
    </message>
    <message>
        <source>{where}: labels must be whole numbers 0..K-1</source>
        <translation>{where}: 레이블은 0..K-1의 정수여야 합니다</translation>
    </message>
    <message>
        <source>{where}: labels must be integers 0..K-1, got type {dtype}</source>
        <translation>{where}: 레이블은 0..K-1의 정수여야 하는데, 형식이 {dtype}입니다</translation>
    </message>
    <message>
        <source>{where}: labels must be 0..K-1, found {value}</source>
        <translation>{where}: 레이블은 0..K-1이어야 하는데, {value}이(가) 있습니다</translation>
    </message>
    <message>
        <source>{where}: label {value} is over the limit of {MAX_CLASSES} classes</source>
        <translation>{where}: 레이블 {value}이(가) 클래스 한도 {MAX_CLASSES}개를 넘습니다</translation>
    </message>
    <message>
        <source>{where}: {count} images but {count2} labels</source>
        <translation>{where}: 이미지는 {count}개인데 레이블은 {count2}개입니다</translation>
    </message>
    <message>
        <source>{where}: label {value} is out of range for {count} class names</source>
        <translation>{where}: 레이블 {value}은(는) 클래스 이름 {count}개의 범위를 벗어납니다</translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <source>no file name given (an empty path)</source>
        <translation>파일 이름이 없습니다 (빈 경로)</translation>
    </message>
    <message>
        <source>{text}: no such user folder ({value})</source>
        <translation>{text}: 그런 사용자 폴더가 없습니다 ({value})</translation>
    </message>
    <message>
        <source>{text}: {value}</source>
        <translation>{text}: {value}</translation>
    </message>
    <message>
        <source>{text}: the folder {folder} does not exist</source>
        <translation>{text}: 폴더 {folder}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{text}: the folder {folder} is not writable</source>
        <translation>{text}: 폴더 {folder}에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>{text} is {value}; refusing to replace it</source>
        <translation>{text}은(는) {value}입니다. 바꾸지 않습니다</translation>
    </message>
    <message>
        <source>{text} is also an input ({source}); choose another name</source>
        <translation>{text}은(는) 입력이기도 합니다 ({source}). 다른 이름을 고르세요</translation>
    </message>
    <message>
        <source>{text} is read-only; use --force to replace it</source>
        <translation>{text}은(는) 읽기 전용입니다. 바꾸려면 --force를 쓰세요</translation>
    </message>
    <message>
        <source>{text} has {value} other hard link(s) that replacing it would detach; use --force to replace it</source>
        <translation>{text}에는 다른 하드 링크가 {value}개 있어 바꾸면 연결이 끊어집니다. 바꾸려면 --force를 쓰세요</translation>
    </message>
    <message>
        <source>cannot write {file} ({reason}); a recovery copy failed too ({strerror})</source>
        <translation>{file}을(를) 쓸 수 없습니다 ({reason}). 복구용 사본도 실패했습니다 ({strerror})</translation>
    </message>
    <message>
        <source>cannot write {file} ({reason}); the data were saved to {recovery} instead</source>
        <translation>{file}을(를) 쓸 수 없습니다 ({reason}). 대신 데이터를 {recovery}에 저장했습니다</translation>
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
        <source>Runs</source>
        <translation>실행 기록</translation>
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
    <message>
        <source>Inside</source>
        <translation>들여다보기</translation>
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
    <name>builtin</name>
    <message>
        <source>{name}: not a built-in dataset ({value})</source>
        <translation>{name}: 내장 데이터 세트가 아닙니다 ({value})</translation>
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
    <name>cifar</name>
    <message>
        <source>{where}: {count} bytes is not a whole number of {_RECORD}-byte records</source>
        <translation>{where}: {count}바이트는 {_RECORD}바이트 레코드의 정수 배가 아닙니다</translation>
    </message>
    <message>
        <source>{where}: label {value} is out of range for 10 classes</source>
        <translation>{where}: 레이블 {value}이(가) 클래스 10개의 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>{file}: {base} is larger than a CIFAR-10 batch</source>
        <translation>{file}: {base}이(가) CIFAR-10 배치보다 큽니다</translation>
    </message>
    <message>
        <source>{file}: cannot be read as a .tar.gz archive ({exc})</source>
        <translation>{file}: .tar.gz 아카이브로 읽을 수 없습니다 ({exc})</translation>
    </message>
    <message>
        <source>{file}: {value} missing from the archive</source>
        <translation>{file}: 아카이브에 {value}이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Design, train and look inside convolutional networks (course 4 notation).</source>
        <translation>합성곱 신경망을 설계하고, 학습시키고, 그 안을 들여다봅니다 (강좌 4의 표기법).</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>버전을 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <source>what to do; cnnbuilder COMMAND --help tells more</source>
        <translation>할 일; 자세한 것은 cnnbuilder COMMAND --help</translation>
    </message>
    <message>
        <source>language of messages and tables: en or ko (default: from LANG)</source>
        <translation>메시지와 표의 언어: en 또는 ko (기본값: LANG에서)</translation>
    </message>
    <message>
        <source>open the window</source>
        <translation>창을 엽니다</translation>
    </message>
    <message>
        <source>must look like 1280x800, got {text}</source>
        <translation>1280x800 같은 꼴이어야 합니다 (받은 값 {text})</translation>
    </message>
    <message>
        <source>window size for --screenshot (default 1280x800)</source>
        <translation>--screenshot 의 창 크기 (기본값 1280x800)</translation>
    </message>
    <message>
        <source>language of the window (default: the View menu&apos;s choice)</source>
        <translation>창의 언어 (기본값: 보기 메뉴에서 고른 것)</translation>
    </message>
    <message>
        <source>a network file (*.cnn.json)</source>
        <translation>네트워크 파일 (*.cnn.json)</translation>
    </message>
    <message>
        <source>render once, save, exit</source>
        <translation>한 번 그려서 저장하고 끝냅니다</translation>
    </message>
    <message>
        <source>cnnbuilder: interrupted</source>
        <translation>cnnbuilder: 중단됨</translation>
    </message>
    <message>
        <source>cnnbuilder: error: {problem}</source>
        <translation>cnnbuilder: 오류: {problem}</translation>
    </message>
    <message>
        <source>write the softmax probabilities of images</source>
        <translation>이미지의 소프트맥스 확률을 씁니다</translation>
    </message>
    <message>
        <source>weights file (.npz)</source>
        <translation>가중치 파일 (.npz)</translation>
    </message>
    <message>
        <source>images, m x H x W x C (.npy)</source>
        <translation>이미지, m x H x W x C (.npy)</translation>
    </message>
    <message>
        <source>where to write m x classes (.npy)</source>
        <translation>m x 클래스 결과를 쓸 곳 (.npy)</translation>
    </message>
    <message>
        <source>replace a read-only --output file</source>
        <translation>읽기 전용 --output 파일도 바꿉니다</translation>
    </message>
    <message>
        <source>{file} holds an array of shape {value}; the network needs {wanted}</source>
        <translation>{file}의 배열 크기는 {value}인데, 네트워크에는 {wanted}이(가) 필요합니다</translation>
    </message>
    <message>
        <source>{file}: images must be numbers, got {dtype}</source>
        <translation>{file}: 이미지는 숫자여야 하는데, 형식이 {dtype}입니다</translation>
    </message>
    <message>
        <source>{file} contains NaN or infinite values</source>
        <translation>{file}에 NaN이나 무한대 값이 있습니다</translation>
    </message>
    <message>
        <source>print the per-layer table of a network</source>
        <translation>네트워크의 층별 표를 출력합니다</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>표 대신 JSON을 출력합니다</translation>
    </message>
    <message>
        <source>batch size for the memory estimate (default: the file&apos;s, or 32)</source>
        <translation>메모리 추정에 쓸 배치 크기 (기본값: 파일의 값 또는 32)</translation>
    </message>
    <message>
        <source>Network: {name}    input {shape}</source>
        <translation>네트워크: {name}    입력 {shape}</translation>
    </message>
    <message>
        <source>train a network (same engine as the window)</source>
        <translation>네트워크를 학습합니다 (창과 같은 엔진)</translation>
    </message>
    <message>
        <source>the data: {names}, a .npz file, a folder or an IDX file</source>
        <translation>데이터: {names}, .npz 파일, 폴더 또는 IDX 파일</translation>
    </message>
    <message>
        <source>(default: the file&apos;s training settings)</source>
        <translation>(기본값: 파일의 학습 설정)</translation>
    </message>
    <message>
        <source>passes over the training data</source>
        <translation>훈련 데이터를 도는 횟수 (에폭)</translation>
    </message>
    <message>
        <source>examples per update (mini-batch size)</source>
        <translation>한 번 갱신할 때의 예시 수 (미니 배치 크기)</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>seed of every random choice (weights, split, order)</source>
        <translation>모든 무작위 선택(가중치, 분할, 순서)의 시드</translation>
    </message>
    <message>
        <source>share of the training data kept for validation</source>
        <translation>검증용으로 떼어 두는 훈련 데이터의 비율</translation>
    </message>
    <message>
        <source>keep the data order</source>
        <translation>데이터 순서를 섞지 않습니다</translation>
    </message>
    <message>
        <source>start from these weights</source>
        <translation>이 가중치에서 시작합니다</translation>
    </message>
    <message>
        <source>write the trained weights</source>
        <translation>학습된 가중치를 씁니다</translation>
    </message>
    <message>
        <source>replace a read-only --save-weights file</source>
        <translation>읽기 전용 --save-weights 파일도 바꿉니다</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>한 줄에 JSON 객체 하나</translation>
    </message>
    <message>
        <source>training engine (default numpy)</source>
        <translation>학습 엔진 (기본값 numpy)</translation>
    </message>
    <message>
        <source>for --backend torch (default auto)</source>
        <translation>--backend torch 용 (기본값 auto)</translation>
    </message>
    <message>
        <source>cnnbuilder train: {problem}</source>
        <translation>cnnbuilder train: {problem}</translation>
    </message>
    <message>
        <source>cnnbuilder train: no --data given and the file names no dataset</source>
        <translation>cnnbuilder train: --data가 없고 파일에도 데이터 세트가 지정되어 있지 않습니다</translation>
    </message>
    <message>
        <source>cnnbuilder train: interrupted</source>
        <translation>cnnbuilder train: 중단됨</translation>
    </message>
    <message>
        <source>; no update was made, no weights written</source>
        <translation>; 업데이트가 없어 가중치를 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>; the weights of update {updates} were saved to {saved_to}</source>
        <translation>; 업데이트 {updates}의 가중치를 {saved_to}에 저장했습니다</translation>
    </message>
    <message>
        <source>cnnbuilder train: the weights before the divergence were saved to {target} ({output} was left as it was)</source>
        <translation>cnnbuilder train: 발산하기 전의 가중치를 {target}에 저장했습니다 ({output}은(는) 그대로 둡니다)</translation>
    </message>
    <message>
        <source>Training on {data}: {m} samples ({share} kept for validation), 1 epoch, {optimizer}, lr {lr}, batch {batch}</source>
        <translation>{data}(으)로 학습: 샘플 {m}개 ({share}는 검증용), 에폭 1회, {optimizer}, 학습률 {lr}, 배치 {batch}</translation>
    </message>
    <message>
        <source>Training on {data}: {m} samples ({share} kept for validation), {epochs} epochs, {optimizer}, lr {lr}, batch {batch}</source>
        <translation>{data}(으)로 학습: 샘플 {m}개 ({share}는 검증용), 에폭 {epochs}회, {optimizer}, 학습률 {lr}, 배치 {batch}</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}</source>
        <translation>에폭 {epoch}/{epochs}</translation>
    </message>
    <message>
        <source>cost {cost}</source>
        <translation>비용 {cost}</translation>
    </message>
    <message>
        <source>val acc {accuracy}</source>
        <translation>검증 정확도 {accuracy}</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}  cost {cost}  train acc {accuracy}{val}  {seconds}s ({speed} samples/s)</source>
        <translation>에폭 {epoch}/{epochs}  비용 {cost}  훈련 정확도 {accuracy}{val}  {seconds}초 (초당 샘플 {speed}개)</translation>
    </message>
    <message>
        <source>no test split</source>
        <translation>테스트 세트 없음</translation>
    </message>
    <message>
        <source>test accuracy {accuracy}</source>
        <translation>테스트 정확도 {accuracy}</translation>
    </message>
    <message>
        <source>done (stopped early): 1 epoch in {time}, {test}</source>
        <translation>완료 (일찍 중지): 에폭 1회, {time}, {test}</translation>
    </message>
    <message>
        <source>done (stopped early): {epochs} epochs in {time}, {test}</source>
        <translation>완료 (일찍 중지): 에폭 {epochs}회, {time}, {test}</translation>
    </message>
    <message>
        <source>done: 1 epoch in {time}, {test}</source>
        <translation>완료: 에폭 1회, {time}, {test}</translation>
    </message>
    <message>
        <source>done: {epochs} epochs in {time}, {test}</source>
        <translation>완료: 에폭 {epochs}회, {time}, {test}</translation>
    </message>
    <message>
        <source>left {time}</source>
        <translation>남은 시간 {time}</translation>
    </message>
    <message>
        <source>every layer&apos;s output for one input, or one value</source>
        <translation>입력 하나에 대한 모든 층의 출력, 또는 값 하나</translation>
    </message>
    <message>
        <source>weights file (.npz); default: the initial weights</source>
        <translation>가중치 파일 (.npz). 기본값: 초기 가중치</translation>
    </message>
    <message>
        <source>a picture, a .npy array m x H x W x C or a data .npz</source>
        <translation>그림, m x H x W x C .npy 배열, 또는 데이터 .npz</translation>
    </message>
    <message>
        <source>which example (default 0)</source>
        <translation>몇 번째 예제인지 (기본값 0)</translation>
    </message>
    <message>
        <source>one value: L,I,J,C for a CONV or POOL layer, L,U for FC or Softmax</source>
        <translation>값 하나: CONV나 POOL 층은 L,I,J,C, FC나 Softmax는 L,U</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>텍스트 대신 JSON을 출력합니다</translation>
    </message>
    <message>
        <source>cnnbuilder inspect: --input: {file} is not a file</source>
        <translation>cnnbuilder inspect: --input: {file}은(는) 파일이 아닙니다</translation>
    </message>
    <message>
        <source>array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>test split</source>
        <translation>테스트 세트</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>예제</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>그림</translation>
    </message>
    <message>
        <source>cnnbuilder inspect: --index {index} is outside 0..{last} ({count} {what})</source>
        <translation>cnnbuilder inspect: --index {index}이(가) 0..{last} 범위를 벗어납니다 ({what} {count}개)</translation>
    </message>
    <message>
        <source>cnnbuilder inspect: --at {text}: give L,I,J,C or L,U (integers)</source>
        <translation>cnnbuilder inspect: --at {text}: L,I,J,C 또는 L,U(정수)로 주세요</translation>
    </message>
    <message>
        <source>cnnbuilder inspect: --at: layer {layer} does not exist (1..{count})</source>
        <translation>cnnbuilder inspect: --at: {layer}번째 층이 없습니다 (1..{count})</translation>
    </message>
    <message>
        <source>cnnbuilder inspect: --at: layer {layer} is {kind}: give {form}</source>
        <translation>cnnbuilder inspect: --at: {layer}번째 층은 {kind}입니다: {form}(으)로 주세요</translation>
    </message>
    <message>
        <source>min</source>
        <translation>최솟값</translation>
    </message>
    <message>
        <source>max</source>
        <translation>최댓값</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>predicted class {k} (probability {p})</source>
        <translation>예측 클래스 {k} (확률 {p})</translation>
    </message>
    <message>
        <source>probabilities: {list}</source>
        <translation>확률: {list}</translation>
    </message>
    <message>
        <source>unit {unit}</source>
        <translation>유닛 {unit}</translation>
    </message>
    <message>
        <source>position i={i}, j={j}, c={c}</source>
        <translation>위치 i={i}, j={j}, c={c}</translation>
    </message>
    <message>
        <source>layer {layer} ({name}, {kind}), {where}</source>
        <translation>{layer}번째 층 ({name}, {kind}), {where}</translation>
    </message>
    <message>
        <source>receptive field: input rows {rows}, cols {cols}</source>
        <translation>수용 영역: 입력 행 {rows}, 열 {cols}</translation>
    </message>
    <message>
        <source>{file}: example {index} has NaN or infinite values</source>
        <translation>{file}: 예제 {index}에 NaN이나 무한대 값이 있습니다</translation>
    </message>
    <message>
        <source>initial weights</source>
        <translation>초기 가중치</translation>
    </message>
    <message>
        <source>{network}: {file} ({what}, example {index}), {weights}</source>
        <translation>{network}: {file} ({what}, 예제 {index}), {weights}</translation>
    </message>
    <message>
        <source>invalid int value: {value}</source>
        <translation>잘못된 정수 값: {value}</translation>
    </message>
    <message>
        <source>must be between {least} and {MAX_WHOLE}, got {value}</source>
        <translation>{least}과(와) {MAX_WHOLE} 사이여야 하는데, {value}입니다</translation>
    </message>
    <message>
        <source>not a number: {value}</source>
        <translation>숫자가 아닙니다: {value}</translation>
    </message>
    <message>
        <source>the downloadable data sets (list, get)</source>
        <translation>내려받을 수 있는 데이터 세트 (list, get)</translation>
    </message>
    <message>
        <source>list the data sets, or get one</source>
        <translation>데이터 세트를 나열하거나 하나를 받습니다</translation>
    </message>
    <message>
        <source>name, size, classes and whether it is cached</source>
        <translation>이름, 크기, 클래스, 캐시 여부</translation>
    </message>
    <message>
        <source>one JSON object</source>
        <translation>JSON 객체 하나</translation>
    </message>
    <message>
        <source>download NAME into the cache (if needed) and check it</source>
        <translation>NAME을 캐시에 내려받고(필요하면) 확인합니다</translation>
    </message>
    <message>
        <source>write the network as a PyTorch script or ONNX graph</source>
        <translation>네트워크를 PyTorch 스크립트나 ONNX 그래프로 씁니다</translation>
    </message>
    <message>
        <source>weights to include (required for onnx)</source>
        <translation>함께 넣을 가중치 (onnx에는 필수)</translation>
    </message>
    <message>
        <source>pytorch: a Python script; onnx: an ONNX graph</source>
        <translation>pytorch: Python 스크립트, onnx: ONNX 그래프</translation>
    </message>
    <message>
        <source>the file to write: OUT.py or OUT.onnx</source>
        <translation>쓸 파일: OUT.py 또는 OUT.onnx</translation>
    </message>
    <message>
        <source>replace existing files</source>
        <translation>이미 있는 파일을 바꿉니다</translation>
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
    <name>dataset</name>
    <message>
        <source>{name}: x must be (m, H, W, C) and y (m,), got {shape} and {shape2}</source>
        <translation>{name}: x는 (m, H, W, C), y는 (m,)이어야 하는데, {shape}와(과) {shape2}입니다</translation>
    </message>
    <message>
        <source>{name}: x_test and y_test must be given together</source>
        <translation>{name}: x_test와 y_test는 함께 있어야 합니다</translation>
    </message>
    <message>
        <source>{name}: y_test must be ({count},)</source>
        <translation>{name}: y_test는 ({count},)이어야 합니다</translation>
    </message>
    <message>
        <source>the data is {value} but the network input is {value2}</source>
        <translation>데이터는 {value}인데 네트워크 입력은 {value2}입니다</translation>
    </message>
    <message>
        <source>the test images are {value} but the network input is {value2}</source>
        <translation>테스트 이미지는 {value}인데 네트워크 입력은 {value2}입니다</translation>
    </message>
    <message>
        <source>the data has {num_classes} classes but the Softmax layer has {classes} outputs</source>
        <translation>데이터의 클래스는 {num_classes}개인데 Softmax 층의 출력은 {classes}개입니다</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>{file}: no such file or folder (expected {value}, an .npz file, a folder of images or an IDX file)</source>
        <translation>{file}: 그런 파일이나 폴더가 없습니다 ({value}, .npz 파일, 이미지 폴더, IDX 파일 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>{file}: not a data file (expected .npz, a folder of class sub-folders or an IDX file named *-images-idx3-ubyte[.gz])</source>
        <translation>{file}: 데이터 파일이 아닙니다 (.npz, 클래스별 하위 폴더가 있는 폴더, *-images-idx3-ubyte[.gz] 이름의 IDX 파일 중 하나여야 합니다)</translation>
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
    <name>errors</name>
    <message>
        <source>layer {layer}, field &apos;{field}&apos;: {problem}</source>
        <translation>{layer}번째 층, 필드 &apos;{field}&apos;: {problem}</translation>
    </message>
    <message>
        <source>layer {layer}: {problem}</source>
        <translation>{layer}번째 층: {problem}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;: {problem}</source>
        <translation>필드 &apos;{field}&apos;: {problem}</translation>
    </message>
    <message>
        <source>the cost became {cost} at iteration {iteration}; the weights of the last finite step were kept. Try a lower learning rate.</source>
        <translation>반복 {iteration}에서 비용이 {cost}이(가) 되었습니다. 마지막 유한한 단계의 가중치를 유지했습니다. 더 작은 학습률을 시도하세요.</translation>
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
        <source>a {value} too large to show</source>
        <translation>너무 커서 보여 줄 수 없는 {value}</translation>
    </message>
    <message>
        <source>must be a whole number, got {value}</source>
        <translation>정수여야 하는데, {value}입니다</translation>
    </message>
    <message>
        <source>must be at least {least}, got {value}</source>
        <translation>{least} 이상이어야 하는데, {value}입니다</translation>
    </message>
    <message>
        <source>must be at most {MAX_WHOLE}, got {value}</source>
        <translation>{MAX_WHOLE} 이하여야 하는데, {value}입니다</translation>
    </message>
    <message>
        <source>unknown value {value}; expected one of {value2}</source>
        <translation>알 수 없는 값 {value}. 다음 중 하나여야 합니다: {value2}</translation>
    </message>
    <message>
        <source>must be a string, got {value}</source>
        <translation>문자열이어야 하는데, {value}입니다</translation>
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
    <name>fileio</name>
    <message>
        <source>must be a string, got {value}</source>
        <translation>문자열이어야 하는데, {value}입니다</translation>
    </message>
    <message>
        <source>a layer must be a JSON object, got {value}</source>
        <translation>층은 JSON 객체여야 하는데, {value}입니다</translation>
    </message>
    <message>
        <source>unknown field for a {kind} layer</source>
        <translation>{kind} 층에 없는 필드입니다</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>꼭 있어야 합니다</translation>
    </message>
    <message>
        <source>unknown field of the input</source>
        <translation>입력에 없는 필드입니다</translation>
    </message>
    <message>
        <source>unknown layer type {value}; expected one of {value2}</source>
        <translation>알 수 없는 층 종류 {value}. 다음 중 하나여야 합니다: {value2}</translation>
    </message>
    <message>
        <source>must be an object, got {value}</source>
        <translation>객체여야 하는데, {value}입니다</translation>
    </message>
    <message>
        <source>unknown field of the training section</source>
        <translation>학습 설정에 없는 필드입니다</translation>
    </message>
    <message>
        <source>must be a non-empty string, got {value}</source>
        <translation>비어 있지 않은 문자열이어야 하는데, {value}입니다</translation>
    </message>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>true 또는 false여야 하는데, {value}입니다</translation>
    </message>
    <message>
        <source>must be a number, got {value}</source>
        <translation>숫자여야 하는데, {value}입니다</translation>
    </message>
    <message>
        <source>must be greater than 0, got {value}</source>
        <translation>0보다 커야 하는데, {value}입니다</translation>
    </message>
    <message>
        <source>must be in [0, 1), got {value}</source>
        <translation>[0, 1) 범위여야 하는데, {value}입니다</translation>
    </message>
    <message>
        <source>a network file must hold a JSON object</source>
        <translation>네트워크 파일에는 JSON 객체가 있어야 합니다</translation>
    </message>
    <message>
        <source>expected {FORMAT_NAME}, got {value}</source>
        <translation>{FORMAT_NAME}이(가) 필요한데, {value}입니다</translation>
    </message>
    <message>
        <source>{count} layers; cnnbuilder opens networks of at most {MAX_LAYERS}</source>
        <translation>층이 {count}개입니다. cnnbuilder는 층이 최대 {MAX_LAYERS}개인 네트워크를 엽니다</translation>
    </message>
    <message>
        <source>cannot read {file}: {value}</source>
        <translation>{file}을(를) 읽을 수 없습니다: {value}</translation>
    </message>
    <message>
        <source>{file} is over {value} MiB; a network file is a few KiB</source>
        <translation>{file}이(가) {value} MiB를 넘습니다. 네트워크 파일은 몇 KiB입니다</translation>
    </message>
    <message>
        <source>cannot read {file}: not UTF-8 text ({reason})</source>
        <translation>{file}을(를) 읽을 수 없습니다: UTF-8 텍스트가 아닙니다 ({reason})</translation>
    </message>
    <message>
        <source>{file} is not valid JSON ({problem})</source>
        <translation>{file}은(는) 올바른 JSON이 아닙니다 ({problem})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>너무 깊이 중첩됨</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>must be a positive whole number, got {value}</source>
        <translation>양의 정수여야 하는데, {value}입니다</translation>
    </message>
    <message>
        <source>the file is version {version}, written by a newer cnnbuilder; this one reads up to version {newest}</source>
        <translation>파일은 더 새로운 cnnbuilder가 쓴 버전 {version}입니다. 이 cnnbuilder는 버전 {newest}까지 읽습니다</translation>
    </message>
    <message>
        <source>unknown field of a network file</source>
        <translation>네트워크 파일에 없는 필드입니다</translation>
    </message>
    <message>
        <source>must be a list of layers, got {value}</source>
        <translation>층의 목록이어야 하는데, {value}입니다</translation>
    </message>
</context>
<context>
    <name>folder</name>
    <message>
        <source>{root}: the images, at {height}×{width} pixels each, would need more than {value} GiB as float32; use a smaller network input (they are resized to it) or fewer images</source>
        <translation>{root}: 이미지마다 {height}×{width} 픽셀이면 float32로 {value} GiB를 넘습니다. 네트워크 입력을 더 작게 하거나(이미지는 그 크기로 조정됩니다) 이미지를 줄이세요</translation>
    </message>
    <message>
        <source>{folder}: no readable images ({kinds}) in class sub-folders (one sub-folder of images per class)</source>
        <translation>{folder}: 클래스 하위 폴더에 읽을 수 있는 이미지({kinds})가 없습니다 (클래스마다 이미지 하위 폴더 하나)</translation>
    </message>
    <message>
        <source>{folder}: only one class sub-folder with images (&apos;{value}&apos;); a classifier needs at least 2</source>
        <translation>{folder}: 이미지가 있는 클래스 하위 폴더가 하나뿐입니다 (&apos;{value}&apos;). 분류기에는 2개 이상이 필요합니다</translation>
    </message>
    <message>
        <source>{folder}: test/ has classes that train/ has no images of: {value}</source>
        <translation>{folder}: test/에 train/에는 이미지가 없는 클래스가 있습니다: {value}</translation>
    </message>
    <message>
        <source>; and {n} more</source>
        <translation>; 그리고 {n}개 더</translation>
    </message>
    <message>
        <source>{count} file skipped: {shown}{more}</source>
        <translation>파일 {count}개를 건너뛰었습니다: {shown}{more}</translation>
    </message>
    <message>
        <source>{count} files skipped: {shown}{more}</source>
        <translation>파일 {count}개를 건너뛰었습니다: {shown}{more}</translation>
    </message>
    <message>
        <source>sub-folders without readable images were ignored: {value}</source>
        <translation>읽을 수 있는 이미지가 없는 하위 폴더는 건너뛰었습니다: {value}</translation>
    </message>
    <message>
        <source>{count} image was resized to {height}×{width}</source>
        <translation>이미지 {count}개의 크기를 {height}×{width}(으)로 조정했습니다</translation>
    </message>
    <message>
        <source>{count} images were resized to {height}×{width}</source>
        <translation>이미지 {count}개의 크기를 {height}×{width}(으)로 조정했습니다</translation>
    </message>
    <message>
        <source>{where}: cannot be read ({value})</source>
        <translation>{where}: 읽을 수 없습니다 ({value})</translation>
    </message>
    <message>
        <source>test/ has no readable images; there is no test split</source>
        <translation>test/에 읽을 수 있는 이미지가 없어 테스트 세트가 없습니다</translation>
    </message>
</context>
<context>
    <name>idx</name>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}: 그런 파일이 없습니다</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({exc})</source>
        <translation>{file}: 읽을 수 없습니다 ({exc})</translation>
    </message>
    <message>
        <source>{name}: not an IDX file (bad magic number {value})</source>
        <translation>{name}: IDX 파일이 아닙니다 (잘못된 매직 넘버 {value})</translation>
    </message>
    <message>
        <source>{name}: expected {ndim} dimension(s), the header says {value}</source>
        <translation>{name}: {ndim}차원이어야 하는데, 헤더에는 {value}(으)로 되어 있습니다</translation>
    </message>
    <message>
        <source>{name}: truncated inside the header</source>
        <translation>{name}: 헤더 안에서 잘렸습니다</translation>
    </message>
    <message>
        <source>{name}: truncated: the header promises {expected} bytes of data for shape {shape}, found {count}</source>
        <translation>{name}: 잘렸습니다: 헤더에 따르면 크기 {shape}의 데이터가 {expected}바이트여야 하는데, {count}바이트입니다</translation>
    </message>
    <message>
        <source>{name}: too long: the header promises {expected} bytes of data for shape {shape}, found more</source>
        <translation>{name}: 너무 깁니다: 헤더에 따르면 크기 {shape}의 데이터가 {expected}바이트여야 하는데, 더 많습니다</translation>
    </message>
    <message>
        <source>{folder}: {prefix}-{suffix}-ubyte[.gz] is missing</source>
        <translation>{folder}: {prefix}-{suffix}-ubyte[.gz]이(가) 없습니다</translation>
    </message>
    <message>
        <source>{images_path} and {labels_path}</source>
        <translation>{images_path}와(과) {labels_path}</translation>
    </message>
    <message>
        <source>{file}: not named like an IDX file (*-images-idx3-ubyte[.gz])</source>
        <translation>{file}: IDX 파일 이름 형식(*-images-idx3-ubyte[.gz])이 아닙니다</translation>
    </message>
    <message>
        <source>{test_path}: images differ in size from {images_path}</source>
        <translation>{test_path}: 이미지 크기가 {images_path}와(과) 다릅니다</translation>
    </message>
    <message>
        <source>test split: {test_path}</source>
        <translation>테스트 세트: {test_path}</translation>
    </message>
    <message>
        <source>{images_path}: every label is 0; a classifier needs 2 classes</source>
        <translation>{images_path}: 모든 레이블이 0입니다. 분류기에는 클래스가 2개 필요합니다</translation>
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
    <name>input</name>
    <message>
        <source>must be an object with height, width, channels, got {value}</source>
        <translation>height, width, channels가 있는 객체여야 하는데, {value}입니다</translation>
    </message>
</context>
<context>
    <name>inside</name>
    <message>
        <source>({pads} of {cells} cells on the padding: 0)</source>
        <translation>(칸 {cells}개 중 {pads}개는 패딩: 0)</translation>
    </message>
    <message>
        <source>window: rows {rows}, cols {cols} of a_prev</source>
        <translation>창: a_prev의 행 {rows}, 열 {cols}</translation>
    </message>
    <message>
        <source>channel {c}: Σ W[:,:,{c},{k}] ⊙ a_prev[window,{c}] = {sum}</source>
        <translation>채널 {c}: Σ W[:,:,{c},{k}] ⊙ a_prev[window,{c}] = {sum}</translation>
    </message>
    <message>
        <source>window: rows {rows}, cols {cols}, channel {c}</source>
        <translation>창: 행 {rows}, 열 {cols}, 채널 {c}</translation>
    </message>
    <message>
        <source>a = mean(window) = {a} ({n} values)</source>
        <translation>a = mean(window) = {a} (값 {n}개)</translation>
    </message>
    <message>
        <source>a = max(window) = {a} (the winner: row {r}, col {c})</source>
        <translation>a = max(window) = {a} (최댓값 위치: 행 {r}, 열 {c})</translation>
    </message>
    <message>
        <source>z = Σ w·a + b over {n} inputs; the largest terms w·a:</source>
        <translation>입력 {n}개에 대한 z = Σ w·a + b. 가장 큰 항 w·a:</translation>
    </message>
    <message>
        <source>input {i}: {w} · {a} = {product}</source>
        <translation>입력 {i}: {w} · {a} = {product}</translation>
    </message>
    <message>
        <source>the other {n} terms: {sum}</source>
        <translation>나머지 항 {n}개: {sum}</translation>
    </message>
    <message>
        <source>row, column, channel</source>
        <translation>행, 열, 채널</translation>
    </message>
    <message>
        <source>one unit</source>
        <translation>유닛 하나</translation>
    </message>
    <message>
        <source>layer {layer} needs a position of {wanted}, got {position}</source>
        <translation>{layer}번째 층에는 {wanted} 위치가 필요한데, {position}입니다</translation>
    </message>
    <message>
        <source>layer {layer}: {name} {value} is outside 0..{value2}</source>
        <translation>{layer}번째 층: {name} {value}이(가) 0..{value2} 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>layer {layer} follows an FC layer: it has no receptive field</source>
        <translation>{layer}번째 층은 FC 층 뒤에 있어 수용 영역이 없습니다</translation>
    </message>
    <message>
        <source>layer {layer} has no receptive field</source>
        <translation>{layer}번째 층에는 수용 영역이 없습니다</translation>
    </message>
    <message>
        <source>({ratio}× more)</source>
        <translation>({ratio}배 더 많음)</translation>
    </message>
    <message>
        <source>FC equivalent: (n_H_prev·n_W_prev·n_c_prev + 1)·(n_H·n_W·n_c) = ({dims_in} + 1)·({dims_out}) = {fc} parameters against {params}</source>
        <translation>같은 일을 하는 FC 층: (n_H_prev·n_W_prev·n_c_prev + 1)·(n_H·n_W·n_c) = ({dims_in} + 1)·({dims_out}) = 파라미터 {fc}개, 이 층은 {params}개</translation>
    </message>
    <message>
        <source>connections of one output value: f·f·n_c_prev = {f}·{f}·{n_c} = {connections} inputs, against all {n_in} for an FC unit</source>
        <translation>출력 값 하나의 연결: f·f·n_c_prev = {f}·{f}·{n_c} = 입력 {connections}개, FC 유닛은 전체 {n_in}개</translation>
    </message>
    <message>
        <source>layer {layer} does not exist (the network has 1..{count})</source>
        <translation>{layer}번째 층이 없습니다 (네트워크의 층은 1..{count})</translation>
    </message>
</context>
<context>
    <name>json</name>
    <message>
        <source>Expecting value</source>
        <translation>값이 있어야 합니다</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>구분자 &apos;,&apos;가 있어야 합니다</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>구분자 &apos;:&apos;가 있어야 합니다</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>큰따옴표로 감싼 속성 이름이 있어야 합니다</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>남는 데이터가 있습니다</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>여기서 시작한 문자열이 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>잘못된 \uXXXX 이스케이프</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>잘못된 제어 문자</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>잘못된 \ 이스케이프</translation>
    </message>
    <message>
        <source>line {lineno}, column {colno}: {message}</source>
        <translation>{lineno}행, {colno}열: {message}</translation>
    </message>
</context>
<context>
    <name>layers</name>
    <message>
        <source>the network is not valid</source>
        <translation>네트워크가 유효하지 않습니다</translation>
    </message>
</context>
<context>
    <name>memory</name>
    <message>
        <source>predicting {samples} images needs about {need} GiB (the images, their probabilities and one chunk of the network), over the {limit} GiB limit; split the input</source>
        <translation>이미지 {samples}개를 예측하려면 약 {need} GiB(이미지, 확률, 네트워크의 한 묶음)가 필요해 한도 {limit} GiB를 넘습니다. 입력을 나누세요</translation>
    </message>
</context>
<context>
    <name>named</name>
    <message>
        <source>{source}: the training files do not fit together</source>
        <translation>{source}: 훈련 파일들이 서로 맞지 않습니다</translation>
    </message>
    <message>
        <source>{source}: the test files do not fit together</source>
        <translation>{source}: 테스트 파일들이 서로 맞지 않습니다</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>the input has shape {shape}; the network expects {want}</source>
        <translation>입력 크기는 {shape}인데, 네트워크는 {want}을(를) 기대합니다</translation>
    </message>
    <message>
        <source>the input is of type {dtype}, not numbers</source>
        <translation>입력의 형식이 숫자가 아닌 {dtype}입니다</translation>
    </message>
    <message>
        <source>the labels have shape {shape}; expected ({m},), one per sample</source>
        <translation>레이블 크기가 {shape}입니다. 샘플마다 하나씩 ({m},)이어야 합니다</translation>
    </message>
    <message>
        <source>the labels are of type {dtype}; expected integers</source>
        <translation>레이블의 형식이 {dtype}입니다. 정수여야 합니다</translation>
    </message>
    <message>
        <source>labels must lie in 0..{value} (got {value2}..{value3})</source>
        <translation>레이블은 0..{value} 범위여야 합니다 (받은 범위 {value2}..{value3})</translation>
    </message>
    <message>
        <source>the batch is empty</source>
        <translation>배치가 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>npz</name>
    <message>
        <source>{where}: must be a 1-D array of strings, got {dtype} {shape}</source>
        <translation>{where}: 문자열의 1차원 배열이어야 하는데, {dtype} {shape}입니다</translation>
    </message>
    <message>
        <source>{where}: needs at least 2 class names, got {count}</source>
        <translation>{where}: 클래스 이름이 2개 이상 필요한데, {count}개입니다</translation>
    </message>
    <message>
        <source>{file}: key &apos;{x_key}&apos;</source>
        <translation>{file}: 키 &apos;{x_key}&apos;</translation>
    </message>
    <message>
        <source>{file}: key &apos;{y_key}&apos;</source>
        <translation>{file}: 키 &apos;{y_key}&apos;</translation>
    </message>
    <message>
        <source>{file}: keys &apos;{x_key}&apos; and &apos;{y_key}&apos;</source>
        <translation>{file}: 키 &apos;{x_key}&apos;와(과) &apos;{y_key}&apos;</translation>
    </message>
    <message>
        <source>the file has {value}</source>
        <translation>파일에 있는 키: {value}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>{file}: key &apos;{key}&apos; is missing ({found})</source>
        <translation>{file}: 키 &apos;{key}&apos;이(가) 없습니다 ({found})</translation>
    </message>
    <message>
        <source>{file}: key &apos;{need}&apos; is missing (&apos;{have}&apos; needs it)</source>
        <translation>{file}: 키 &apos;{need}&apos;이(가) 없습니다 (&apos;{have}&apos;에 필요합니다)</translation>
    </message>
    <message>
        <source>{file}: key &apos;x_test&apos;: images are {value} but those of &apos;x&apos; are {value2}</source>
        <translation>{file}: 키 &apos;x_test&apos;: 이미지가 {value}인데 &apos;x&apos;의 이미지는 {value2}입니다</translation>
    </message>
    <message>
        <source>{file}: key &apos;class_names&apos;</source>
        <translation>{file}: 키 &apos;class_names&apos;</translation>
    </message>
    <message>
        <source>{file}: key &apos;y&apos;</source>
        <translation>{file}: 키 &apos;y&apos;</translation>
    </message>
    <message>
        <source>{file}: key &apos;y_test&apos;</source>
        <translation>{file}: 키 &apos;y_test&apos;</translation>
    </message>
    <message>
        <source>{file}: key &apos;y&apos;: every label is 0; a classifier needs 2 classes or more</source>
        <translation>{file}: 키 &apos;y&apos;: 모든 레이블이 0입니다. 분류기에는 클래스가 2개 이상 필요합니다</translation>
    </message>
</context>
<context>
    <name>os</name>
    <message>
        <source>no such file or folder</source>
        <translation>그런 파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>허용되지 않은 작업입니다</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>읽기 전용 파일 시스템입니다</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>디스크에 남은 공간이 없습니다</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>디스크 할당량을 넘었습니다</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>폴더입니다</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>폴더가 아닙니다</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>이미 있습니다</translation>
    </message>
    <message>
        <source>file name too long</source>
        <translation>파일 이름이 너무 깁니다</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>심볼릭 링크가 너무 많이 이어집니다</translation>
    </message>
    <message>
        <source>too many open files</source>
        <translation>열린 파일이 너무 많습니다</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>입출력 오류</translation>
    </message>
    <message>
        <source>device or resource busy</source>
        <translation>장치나 자원이 사용 중입니다</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>연결이 거부되었습니다</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>연결이 끊어졌습니다</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>시간이 초과되었습니다</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>호스트에 닿을 수 없습니다</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>네트워크에 닿을 수 없습니다</translation>
    </message>
    <message>
        <source>unknown host name</source>
        <translation>알 수 없는 호스트 이름입니다</translation>
    </message>
    <message>
        <source>host name lookup failed for now</source>
        <translation>지금은 호스트 이름을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>서버가 응답 없이 연결을 끊었습니다</translation>
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
    <name>params</name>
    <message>
        <source>the weights lack {value} that the network needs</source>
        <translation>가중치에 네트워크가 필요로 하는 {value}이(가) 없습니다</translation>
    </message>
    <message>
        <source>the weights have {value} that the network does not have</source>
        <translation>가중치에 네트워크에 없는 {value}이(가) 있습니다</translation>
    </message>
    <message>
        <source>weights &apos;{key}&apos; are of type {dtype}, not numbers</source>
        <translation>가중치 &apos;{key}&apos;의 형식이 숫자가 아닌 {dtype}입니다</translation>
    </message>
    <message>
        <source>weights &apos;{key}&apos; have shape {shape}, but the network expects {value}</source>
        <translation>가중치 &apos;{key}&apos;의 크기는 {shape}인데, 네트워크는 {value}을(를) 기대합니다</translation>
    </message>
    <message>
        <source>weights &apos;{key}&apos; contain NaN or infinite values</source>
        <translation>가중치 &apos;{key}&apos;에 NaN이나 무한대 값이 있습니다</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>ConvNet example (course)</source>
        <translation>ConvNet 예제 (강의)</translation>
    </message>
    <message>
        <source>Digits CNN</source>
        <translation>숫자 CNN</translation>
    </message>
    <message>
        <source>Fashion-MNIST CNN</source>
        <translation>Fashion-MNIST CNN</translation>
    </message>
    <message>
        <source>LeNet-5 (course)</source>
        <translation>LeNet-5 (강의)</translation>
    </message>
    <message>
        <source>LeNet-5 (MNIST)</source>
        <translation>LeNet-5 (MNIST)</translation>
    </message>
    <message>
        <source>Shapes LeNet</source>
        <translation>도형 LeNet</translation>
    </message>
    <message>
        <source>Small VGG (CIFAR-10)</source>
        <translation>작은 VGG (CIFAR-10)</translation>
    </message>
</context>
<context>
    <name>reading</name>
    <message>
        <source>{nbytes} bytes</source>
        <translation>{nbytes}바이트</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO(이름 있는 파이프)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>장치 파일</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아님</translation>
    </message>
    <message>
        <source>{name}: no such file</source>
        <translation>{name}: 그런 파일이 없습니다</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file</source>
        <translation>{name}은(는) 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>{name}: permission denied</source>
        <translation>{name}: 권한이 없습니다</translation>
    </message>
    <message>
        <source>{name}: cannot be opened ({value})</source>
        <translation>{name}: 열 수 없습니다 ({value})</translation>
    </message>
    <message>
        <source>{name} is {value}, not a regular file</source>
        <translation>{name}은(는) 일반 파일이 아니라 {value}입니다</translation>
    </message>
    <message>
        <source>{what} declares {value} ({nbytes} bytes), over the limit of {value2}; refusing to read it</source>
        <translation>{what}의 선언 크기는 {value}({nbytes}바이트)로 한도 {value2}를 넘습니다. 읽지 않습니다</translation>
    </message>
    <message>
        <source>{where}: cannot be read as an .npy array ({value})</source>
        <translation>{where}: .npy 배열로 읽을 수 없습니다 ({value})</translation>
    </message>
    <message>
        <source>{where}: object arrays are not allowed</source>
        <translation>{where}: 객체 배열은 허용되지 않습니다</translation>
    </message>
    <message>
        <source>{name} is an .npz archive, not a single .npy array</source>
        <translation>{name}은(는) .npy 배열 하나가 아니라 .npz 아카이브입니다</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({value})</source>
        <translation>{name}: 읽을 수 없습니다 ({value})</translation>
    </message>
    <message>
        <source>{where}: key &apos;{key}&apos;</source>
        <translation>{where}: 키 &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{what}: cannot be read ({value})</source>
        <translation>{what}: 읽을 수 없습니다 ({value})</translation>
    </message>
    <message>
        <source>{where} (all keys together)</source>
        <translation>{where} (모든 키 합계)</translation>
    </message>
    <message>
        <source>{name}: a single .npy array, not an .npz archive</source>
        <translation>{name}: .npz 아카이브가 아니라 .npy 배열 하나입니다</translation>
    </message>
    <message>
        <source>{name}: not a NumPy .npz archive (a .npz file is a zip archive)</source>
        <translation>{name}: NumPy .npz 아카이브가 아닙니다 (.npz 파일은 zip 아카이브입니다)</translation>
    </message>
    <message>
        <source>{name}: not a readable .npz archive ({value})</source>
        <translation>{name}: 읽을 수 있는 .npz 아카이브가 아닙니다 ({value})</translation>
    </message>
    <message>
        <source>{name}: key &apos;{key}&apos;: cannot be read, the file may be damaged ({value})</source>
        <translation>{name}: 키 &apos;{key}&apos;: 읽을 수 없습니다. 파일이 손상되었을 수 있습니다 ({value})</translation>
    </message>
    <message>
        <source>not a recognised image</source>
        <translation>알 수 없는 이미지 형식</translation>
    </message>
    <message>
        <source>{name} is not a picture that can be read ({value})</source>
        <translation>{name}은(는) 읽을 수 있는 그림이 아닙니다 ({value})</translation>
    </message>
    <message>
        <source>{name}: {width}×{height} pixels ({value}) is over the limit of {pixel_limit} pixels; refusing to decode it</source>
        <translation>{name}: {width}×{height} 픽셀({value})이 한도 {pixel_limit} 픽셀을 넘습니다. 디코딩하지 않습니다</translation>
    </message>
    <message>
        <source>{name}: the picture cannot be decoded ({value})</source>
        <translation>{name}: 그림을 디코딩할 수 없습니다 ({value})</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
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
        <source>Params</source>
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
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Total params: {count}</source>
        <translation>전체 파라미터: {count}</translation>
    </message>
    <message>
        <source>Multiply-adds per sample: {count}</source>
        <translation>샘플당 곱셈-덧셈 연산 수: {count}</translation>
    </message>
    <message>
        <source>Training memory, batch {batch} (estimate): {size}</source>
        <translation>학습 메모리, 배치 {batch} (추정): {size}</translation>
    </message>
    <message>
        <source>{name}: {params} parameters; an FC layer from the same input to the same output would need {fc_params}; one output value reads {inputs} inputs, an FC unit all {fc_inputs}</source>
        <translation>{name}: 파라미터 {params}개. 같은 입력과 출력의 FC 층이라면 {fc_params}개가 필요합니다. 출력 값 하나는 입력 {inputs}개를 읽고, FC 유닛은 전부 {fc_inputs}개를 읽습니다</translation>
    </message>
    <message>
        <source>warning: layer {position} ({name}): {text}</source>
        <translation>경고: {position}번째 층 ({name}): {text}</translation>
    </message>
    <message>
        <source>error: {problem}</source>
        <translation>오류: {problem}</translation>
    </message>
    <message>
        <source>note: {problem}</source>
        <translation>참고: {problem}</translation>
    </message>
</context>
<context>
    <name>run</name>
    <message>
        <source>input {before} → {after}</source>
        <translation>입력 {before} → {after}</translation>
    </message>
    <message>
        <source>{name} added</source>
        <translation>{name} 추가됨</translation>
    </message>
    <message>
        <source>{name} removed</source>
        <translation>{name} 제거됨</translation>
    </message>
    <message>
        <source>layers reordered</source>
        <translation>층 순서 바뀜</translation>
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
        <source>These results use the final weights. The best validation accuracy, {best}, was reached at epoch {epoch} of {epochs}; Save weights offers those too.</source>
        <translation>이 결과는 최종 가중치를 씁니다. 최고 검증 정확도 {best}은(는) {epochs} 에폭 중 {epoch} 에폭에서 나왔습니다. 가중치 저장에서 그 가중치도 고를 수 있습니다.</translation>
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
    <name>shapes</name>
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
        <source>{what} needs f ≥ 1, s ≥ 1 and p ≥ 0 (got f={f}, s={s}, p={p})</source>
        <translation>{what}에는 f ≥ 1, s ≥ 1, p ≥ 0이 필요합니다 (받은 값 f={f}, s={s}, p={p})</translation>
    </message>
    <message>
        <source>filter {f} is larger than the padded input {size}</source>
        <translation>필터 {f}이(가) 패딩한 입력 {size}보다 큽니다</translation>
    </message>
    <message>
        <source>filter {f} is larger than the input {size}</source>
        <translation>필터 {f}이(가) 입력 {size}보다 큽니다</translation>
    </message>
    <message>
        <source>{axis}: ({n} + 2·{p} − {f})/{s} = {ratio} is not whole; the last {rest} padded input row(s)/column(s) are never used</source>
        <translation>{axis}: ({n} + 2·{p} − {f})/{s} = {ratio}은(는) 정수가 아닙니다. 패딩한 입력의 마지막 {rest}개 행/열은 쓰이지 않습니다</translation>
    </message>
    <message>
        <source>{what} needs an n_H×n_W×n_c input; it follows an FC layer</source>
        <translation>{what}에는 n_H×n_W×n_c 입력이 필요한데, FC 층 뒤에 있습니다</translation>
    </message>
    <message>
        <source>&apos;same&apos; padding needs an odd f and s = 1 (f={f}, s={s})</source>
        <translation>&apos;same&apos; 패딩에는 홀수 f와 s = 1이 필요합니다 (f={f}, s={s})</translation>
    </message>
    <message>
        <source>n_c = {n} (one per filter)</source>
        <translation>n_c = {n} (필터마다 하나)</translation>
    </message>
    <message>
        <source>POOL has no parameters: 0</source>
        <translation>POOL에는 파라미터가 없습니다: 0</translation>
    </message>
    <message>
        <source>needs at least {least} outputs (got {units})</source>
        <translation>출력이 {least}개 이상 필요합니다 (받은 값 {units})</translation>
    </message>
    <message>
        <source>n_in = {product} = {n} (flattened)</source>
        <translation>n_in = {product} = {n} (평탄화)</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>activation size = {product} = {n}</source>
        <translation>활성값 크기 = {product} = {n}</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>input sizes must be at least 1 (got {shape})</source>
        <translation>입력 크기는 1 이상이어야 합니다 (받은 값 {shape})</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>the input has no parameters: 0</source>
        <translation>입력에는 파라미터가 없습니다: 0</translation>
    </message>
    <message>
        <source>{kind} must be the last layer</source>
        <translation>{kind}는 마지막 층이어야 합니다</translation>
    </message>
    <message>
        <source>follows an invalid layer</source>
        <translation>잘못된 층 뒤에 있습니다</translation>
    </message>
    <message>
        <source>layer {position} ({name}): {problem}</source>
        <translation>{position}번째 층 ({name}): {problem}</translation>
    </message>
    <message>
        <source>input: {problem}</source>
        <translation>입력: {problem}</translation>
    </message>
    <message>
        <source>the network has no layers; add a Softmax layer to train it</source>
        <translation>네트워크에 층이 없습니다. 학습하려면 Softmax 층을 추가하세요</translation>
    </message>
    <message>
        <source>the last layer must be Softmax to train the network</source>
        <translation>네트워크를 학습하려면 마지막 층이 Softmax여야 합니다</translation>
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
    <name>torch_engine</name>
    <message>
        <source>device {device} is not available on this computer</source>
        <translation>이 컴퓨터에서는 장치 {device}을(를) 쓸 수 없습니다</translation>
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
        <source>epochs must be at least 1 (got {value})</source>
        <translation>에폭은 1 이상이어야 합니다 (받은 값 {value})</translation>
    </message>
    <message>
        <source>batch size must be at least 1 (got {value})</source>
        <translation>배치 크기는 1 이상이어야 합니다 (받은 값 {value})</translation>
    </message>
    <message>
        <source>unknown optimizer {value}; expected one of {choices}</source>
        <translation>알 수 없는 옵티마이저 {value}. 다음 중 하나여야 합니다: {choices}</translation>
    </message>
    <message>
        <source>learning rate must be a number above 0 (got {value})</source>
        <translation>학습률은 0보다 큰 수여야 합니다 (받은 값 {value})</translation>
    </message>
    <message>
        <source>seed must be 0 or more (got {value})</source>
        <translation>시드는 0 이상이어야 합니다 (받은 값 {value})</translation>
    </message>
    <message>
        <source>validation split must be in [0, 1) (got {value})</source>
        <translation>검증 비율은 [0, 1) 범위여야 합니다 (받은 값 {value})</translation>
    </message>
    <message>
        <source>unknown backend {name}; expected one of {names}</source>
        <translation>알 수 없는 백엔드 {name}; 다음 중 하나여야 합니다: {names}</translation>
    </message>
    <message>
        <source>unknown device {name}; expected one of {names}</source>
        <translation>알 수 없는 장치 {name}; 다음 중 하나여야 합니다: {names}</translation>
    </message>
    <message>
        <source>training this network with batch size {batch} needs about {need} GiB (parameters, activations and im2col buffers), over the {limit} GiB limit; use a smaller batch or fewer/smaller layers</source>
        <translation>이 네트워크를 배치 크기 {batch}(으)로 학습하려면 약 {need} GiB(파라미터, 활성값, im2col 버퍼)가 필요해 한도 {limit} GiB를 넘습니다. 배치를 줄이거나 층을 줄이거나 작게 하세요</translation>
    </message>
</context>
<context>
    <name>weights</name>
    <message>
        <source>{file}: the stored network is not JSON ({problem})</source>
        <translation>{file}: 저장된 네트워크가 JSON이 아닙니다 ({problem})</translation>
    </message>
</context>
<context>
    <name>weights_choice</name>
    <message>
        <source>Save which weights?</source>
        <translation>어떤 가중치를 저장할까요?</translation>
    </message>
    <message>
        <source>Run {n} reached its best validation accuracy, {best}, at epoch {epoch} of {epochs}; its last epoch had {last}. The results shown use the final weights.</source>
        <translation>실행 {n}은(는) {epochs} 에폭 중 {epoch} 에폭에서 최고 검증 정확도 {best}에 이르렀고, 마지막 에폭은 {last}였습니다. 보이는 결과는 최종 가중치를 씁니다.</translation>
    </message>
    <message>
        <source>Final weights</source>
        <translation>최종 가중치</translation>
    </message>
    <message>
        <source>Best weights (epoch {epoch})</source>
        <translation>최고 가중치 ({epoch} 에폭)</translation>
    </message>
</context>
</TS>

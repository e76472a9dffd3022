"""The Korean catalogue of :mod:`actlab.language`: each English text the checkers and the
explorers show, and its translation (terms as in ``docs/glossary.ko.md``)."""

KO = {
    "{title}: not attempted yet. Fill in your answer and run the cell again.":
        "{title}: 아직 시도하지 않았습니다. 답을 채우고 셀을 다시 실행하세요.",
    " Hint: {hint}": " 힌트: {hint}",
    "{title}: correct, well done!": "{title}: 정답입니다. 잘했습니다!",
    "Your function returned {kind}; it should return numbers (a numpy array).":
        "작성한 함수가 {kind} 객체를 반환했습니다. 숫자(numpy 배열)를 반환해야 합니다.",
    "Your function returned complex numbers; the answer is real.":
        "작성한 함수가 복소수를 반환했습니다. 답은 실수입니다.",
    "Your function returned {kind} of {dtype}, not numbers.":
        "작성한 함수가 숫자가 아니라 {dtype} 자료형의 {kind} 객체를 반환했습니다.",
    "Expected {expected}, one for each input, but your function returned {got}. Compute on the whole array "
    "x elementwise (np.maximum, np.exp, np.where ...), without turning it into a single number.":
        "입력마다 값이 하나씩, 모두 {expected}가 나와야 하는데 작성한 함수는 {got}를 반환했습니다. 배열 x "
        "전체를 원소별로(np.maximum, np.exp, np.where ...) 계산하고, 숫자 하나로 줄이지 마세요.",
    "{title}: expected a function, got {kind}.": "{title}: 답은 함수여야 하는데 {kind} 객체를 받았습니다.",
    "{title}: not yet. At {where} the answer should be {expected:.6g}, yours gives {got:.6g}.":
        "{title}: 아직 정답이 아닙니다. {where}에서 정답은 {expected:.6g}인데, 작성한 함수의 값은 {got:.6g}입니다.",
    "{title}: expected a number, got the text {text!r}: write the number without quotes.":
        "{title}: 받은 답이 숫자가 아니라 문자열 {text!r}입니다. 따옴표 없이 숫자로 쓰세요.",
    "{title}: not yet, {value} is not a finite number.":
        "{title}: 아직 정답이 아닙니다. 답이 유한한 수가 아닙니다({value}).",
    '{title}: not yet, {value:.6g} is not the answer.':
        '{title}: {value:.6g} — 아직 정답이 아닙니다.',
    "Your function returned {kind}, which numpy cannot read as numbers.":
        "작성한 함수가 {kind} 객체를 반환했는데, numpy는 이것을 숫자로 읽지 못합니다.",
    '{title}: {name!r} is not an activation of the series; the names are: {names}.':
        '{title}: {name!r} — 이 시리즈의 활성화 함수 이름이 아닙니다. 쓸 수 있는 이름은 {names}입니다.',
    "{title}: not yet. Every name you gave belongs, but one is missing.":
        "{title}: 아직 정답이 아닙니다. 적은 이름은 모두 맞지만, 하나가 빠졌습니다.",
    "{title}: not yet. Every name you gave belongs, but {missing} are missing.":
        "{title}: 아직 정답이 아닙니다. 적은 이름은 모두 맞지만, {missing}개가 빠졌습니다.",
    "{title}: not yet. {problem}": "{title}: 아직 정답이 아닙니다. {problem}",
    "{title}: expected a number, got {answer!r}.": "{title}: 답은 숫자여야 하는데 받은 답은 {answer!r}입니다.",
    "one number": "숫자 하나",
    "{count} numbers (shape {shape})": "숫자 {count}개(shape {shape})",
    "{title}: expected a set of names such as {example}, got {answer!r}.":
        "{title}: 답은 {example}처럼 이름의 집합이어야 하는데 받은 답은 {answer!r}입니다.",
    "some x of the check (not on a single x alone)": "검사에 쓴 여러 x(x를 하나씩 넣으면 나타나지 않음)",
    "{title}: not yet. At {culprit} numpy warned: {warning}. ":
        "{title}: 아직 정답이 아닙니다. {culprit}에서 numpy가 경고를 냈습니다: {warning}. ",
    "A stable version never overflows.": "수치적으로 안정적인 구현은 오버플로를 일으키지 않습니다.",
    ", entry {i}": ", 인덱스 {i}",
    "activation": "활성화 함수",
    "compare with": "비교 대상",
    "Train": "학습",
    "temperature T": "온도 T",
    "weight w": "가중치 w",
    "bias b": "편향 b",
    "depth": "깊이",
    "init": "초기화",
    "weight scale": "가중치 배율",
    "gain": "이득(gain)",
    "learning rate": "학습률",
    "alpha (Leaky ReLU)": "Leaky ReLU의 alpha",
    "Dead at birth: the error reaching layer 1, ‖∂L/∂z<sub>1</sub>‖, is below 10<sup>−6</sup> times the "
    "error at the logits (for ReLU it is then almost always exactly 0).":
        "태어날 때부터 죽은(dead at birth) 신경망이란 층 1에 도달하는 오차 ‖∂L/∂z<sub>1</sub>‖이 로짓에서의 "
        "오차의 10<sup>−6</sup>배보다 작은 신경망입니다(ReLU라면 이 오차는 거의 항상 정확히 0입니다).",
    "width": "너비",
    "alpha": "alpha 값",
    "input std": "입력 표준편차",
    "SELU init": "SELU 초기화",
    "data set": "데이터",
    "noise": "잡음",
    "hidden layers": "은닉층 수",
    "units per layer": "층당 유닛 수",
    "epochs": "에폭 수",
    "batch": "배치 크기",
    "Recreate this run: {code}": "이 실행을 재현하는 코드: {code}",
    "Before training: press <b>{button}</b> to train these settings.":
        "학습 전입니다. <b>{button}</b> 버튼을 누르면 이 설정으로 학습합니다.",
    "approximate": "근사 방식",
    "at x = {x:g}: f = {f:.4g}, f′ = {g:.3g}": "x = {x:g}에서: f = {f:.4g}, f′ = {g:.3g}",
    "at x = {k:g} f′ jumps: {left:.4g} returned (filled dot), {right:.4g} just to the right (open dot)":
        "x = {k:g}에서 f′가 점프합니다: 반환값 {left:.4g}(채운 점), 바로 오른쪽 값 {right:.4g}(빈 점)",
    "At birth: sizes {sizes}, {weights:,} weights and biases, init {init!r}; {train} training points "
    "(dots), {test} test points (rings). Recreate it: {code}":
        "태어날 때(학습 전): 층 크기 {sizes}, 가중치와 편향 {weights:,}개, 초기화 {init!r}. 학습 점 "
        "{train}개(점으로 표시), 테스트 점 {test}개(고리로 표시). 재현하는 코드: {code}",
    "Settings changed: press <b>{button}</b> to see them.":
        "설정이 바뀌었습니다. <b>{button}</b> 버튼을 누르면 결과를 볼 수 있습니다.",
    "<b>Cannot draw this setting:</b> {error}": "<b>이 설정으로는 그릴 수 없습니다:</b> {error}",
    "or one per layer": "또는 층별로",
    "e.g. tanh, relu": "예: tanh, relu",
    "seed": "시드",
    "progress": "진행",
    "full batch": "전체 배치",
    "the jump of ELU's derivative at 0 for alpha = 2.5": "alpha = 2.5일 때 0에서 ELU 도함수의 점프",
    "the filled dot is the value returned at 0 (it sits exactly at alpha), the open dot the value just to "
    "the right: subtract the second from the first.":
        "채운 점은 0에서 반환되는 값이고(높이가 정확히 alpha입니다), 빈 점은 바로 오른쪽의 값입니다. 채운 "
        "점의 값에서 빈 점의 값을 빼세요.",
    "the activations that are not monotone": "단조가 아닌 활성화 함수",
    "a function is monotone (never goes down) exactly when its derivative is never negative: look for "
    "dashed curves that dip below the grey zero line.":
        "함수가 단조(어디서도 내려가지 않음)라는 것은 곧 도함수가 어디서도 음수가 아니라는 뜻입니다. 회색 "
        "0 선 아래로 내려가는 점선 곡선을 찾아보세요.",
    "sigma'(x) from sigma(x)": "sigma(x)로 나타낸 sigma'(x)",
    "sigma''(x) from sigma(x)": "sigma(x)로 나타낸 sigma''(x)",
    "differentiate sigma' = sigma (1 - sigma) with the product rule, then replace every sigma' that appears "
    "by sigma (1 - sigma) and collect terms.":
        "곱의 미분법으로 sigma' = sigma (1 - sigma)를 미분한 다음, 나타나는 sigma'를 모두 sigma (1 - "
        "sigma)로 바꾸고 항을 정리하세요.",
    "a stable sigmoid (right, accurate in the tail, no warning)":
        "안정적인 시그모이드(값이 맞고, 꼬리에서도 정확하며, 경고가 없음)",
    'the values must be right to 9 significant digits even far out in the tail, where sigma(-40) is about 4.2e-18. '
    'If yours differs only there (0 instead of a tiny number), your formula loses relative accuracy: adding a tiny '
    'number to 1, or to -1 as in 0.5 * (1 + tanh(x / 2)), rounds it away. A quotient such as 1 / (1 + e^-x) keeps '
    'every digit (and still needs its overflow handled).':
        '값은 꼬리의 먼 곳에서도 유효숫자 9자리까지 맞아야 합니다. 그곳에서 sigma(-40)은 약 4.2e-18입니다. 그곳에서만 값이 다르다면(아주 작은 수 대신 0), '
        '여러분의 식은 상대 정확도를 잃고 있습니다. 아주 작은 수를 1에 더하거나, 0.5 * (1 + tanh(x / 2))처럼 -1에 더하면 반올림되어 사라집니다. 1 / (1 '
        '+ e^-x) 같은 나눗셈은 모든 자릿수를 지킵니다(물론 오버플로는 따로 처리해야 합니다).',
    "the factor per layer behind the measured ratio": "측정한 비율을 만드는 층당 배율",
    "between layer 10 and layer 1 the error crosses 9 layers, not 10: r ** 9 = ratio.":
        "층 10과 층 1 사이에서 오차가 건너는 층은 10개가 아니라 9개입니다. 즉 r ** 9 = ratio입니다.",
    "the smallest weight scale that gets a tenth of the error to layer 1":
        "오차의 10분의 1을 층 1까지 전달하는 가장 작은 가중치 배율",
    "the slider moves by a factor 2**0.25 = 1.19 per step; the left panel's title gives layer 1 / layer 10. "
    "Raise the scale one step at a time from 4.":
        "슬라이더는 한 칸에 2**0.25 = 1.19배씩 움직입니다. 왼쪽 그림 제목에 layer 1 / layer 10 값이 "
        "나옵니다. 배율을 4부터 한 칸씩 올리세요.",
    "the bound on 10 sigmoid derivatives": "시그모이드 미분값 10개를 곱한 값의 상한",
    "each sigmoid derivative is at most 0.25.": "시그모이드의 미분값은 어디서나 0.25 이하입니다.",
    "tanh written with the sigmoid": "시그모이드로 나타낸 tanh",
    "stretch the sigmoid's input by 2, then its output from (0, 1) to (-1, 1).":
        "시그모이드의 입력에 2를 곱한 다음, 출력 범위를 (0, 1)에서 (-1, 1)로 늘이세요.",
    "tanh'(x)": "tanh의 도함수 tanh'(x)",
    "d/dx tanh(x) = 1 - tanh(x)^2.": "d/dx tanh(x) = 1 - tanh(x)^2입니다.",
    "tanh'(0) / sigma'(0)": "미분값의 비 tanh'(0) / sigma'(0)",
    "compute both derivatives at 0.": "x = 0에서 두 도함수의 값을 각각 구하세요.",
    "the sigmoid written with tanh": "tanh로 나타낸 시그모이드",
    "solve tanh(t) = 2 sigma(2t) - 1 for sigma(2t), then put t = x / 2.":
        "tanh(t) = 2 sigma(2t) - 1을 sigma(2t)에 대해 푼 다음, t = x / 2를 대입하세요.",
    "tanh'(x), accurate far from 0": "0에서 먼 곳에서도 정확한 tanh'(x)",
    "the values must be right to 9 significant digits even at x = 30, where tanh'(x) is about 3.5e-26. 1 - "
    "tanh(x)**2 gives 0 there: once tanh(x) rounds to 1 (from |x| of about 19), subtracting it from 1 "
    "leaves nothing. Write tanh' as a product or a quotient of numbers that do not round to 1: section 2's "
    "relation with the sigmoid, or the definition of tanh, gives one.":
        "값은 x = 30에서도 유효숫자 9자리까지 맞아야 합니다. 그곳에서 tanh'(x)는 약 3.5e-26입니다. 1 - "
        "tanh(x)**2는 그곳에서 0을 줍니다. tanh(x)가 1로 반올림되고 나면(|x|가 약 19일 때부터) 1에서 빼도 "
        "아무것도 남지 않기 때문입니다. tanh'를 1로 반올림되지 않는 수들의 곱이나 몫으로 쓰세요. 2절의 "
        "시그모이드와의 관계나 tanh의 정의에서 그런 식을 얻을 수 있습니다.",
    "the gain that balances the error between layer 10 and layer 1":
        "층 10과 층 1 사이에서 오차의 균형을 맞추는 이득(gain)",
    "the ratio is below 1 at gain 1 and above 1 at gain 1.5 and grows with the gain: halve the interval "
    "until it is narrower than 0.02.":
        "비율은 이득 1에서 1보다 작고 이득 1.5에서 1보다 크며, 이득이 커질수록 커집니다. 구간의 폭이 "
        "0.02보다 좁아질 때까지 구간을 반씩 좁혀 가세요.",
    "the smallest gain that saturates 30% of layer 10": "층 10의 30%를 포화시키는 가장 작은 이득(gain)",
    "the slider moves in steps of 0.05; the right panel's title gives layer 10's share.":
        "슬라이더는 0.05 단위로 움직입니다. 오른쪽 그림 제목에 층 10의 포화 비율(layer 10: … saturated)이 "
        "나옵니다.",
    "ReLU": "ReLU 함수",
    "np.maximum compares elementwise.": "np.maximum은 원소별로 비교합니다.",
    "ReLU'(x) with the left-hand value at 0": "0에서 왼쪽 값을 쓰는 ReLU'(x)",
    "the series takes the left-hand value at the kink, relu_grad(0) = 0, as PyTorch does. Which comparison of x "
    "with 0 is False at x = 0?":
        "이 시리즈는 PyTorch처럼 꺾이는 점에서 좌미분 값을 씁니다: relu_grad(0) = 0. x와 0의 비교 가운데 x = 0에서 "
        "False가 되는 것은 무엇일까요?",
    'at x = 0 yours gives 1, the right-hand slope. The series takes the left-hand one there, as PyTorch does.':
        'x = 0에서 작성한 함수는 우미분 값인 1을 줍니다. 이 시리즈는 PyTorch처럼 그곳에서 좌미분 값을 씁니다.',
    "the fraction of zeros for standard normal input": "입력이 표준 정규 분포일 때 0이 나오는 비율",
    "how much of a symmetric distribution lies below 0?": "대칭인 분포에서 0 아래에 있는 비율은 얼마일까요?",
    "the fraction of zeros when the pre-activation is N(0.1, 1)":
        "사전 활성값이 N(0.1, 1)일 때 0이 나오는 비율",
    "ReLU gives 0 where z <= 0; P(z <= 0) for z ~ N(mu, 1) is Phi(-mu), the standard normal CDF at -mu "
    "(scipy.stats.norm.cdf, or sample a million values).":
        "ReLU는 z <= 0인 곳에서 0을 줍니다. z ~ N(mu, 1)일 때 P(z <= 0)은 Phi(-mu), 즉 -mu에서의 표준 정규 "
        "CDF입니다(scipy.stats.norm.cdf를 쓰거나, 값을 백만 개 표본으로 뽑아 보세요).",
    "the chance that one input is switched off by some layer (width 2, depth 10)":
        "입력 하나가 어느 층에선가 꺼질 확률(너비 2, 깊이 10)",
    "one layer switches a non-zero input off with probability (1/2)^k; it survives a layer with 1 - "
    "(1/2)^k, and it must survive all 10 layers.":
        "층 하나는 0이 아닌 입력을 확률 (1/2)^k로 끕니다. 입력이 한 층을 살아남을 확률은 1 - (1/2)^k이고, "
        "입력은 10개 층을 모두 살아남아야 합니다.",
    "the smallest learning rate that leaves more than a third of the units dead":
        "유닛의 3분의 1 넘게 죽게 만드는 가장 작은 학습률",
    "step the slider up one notch at a time from 0.5 and press Train each time; the left panel's title "
    "gives the share dead at the end.":
        "슬라이더를 0.5부터 한 칸씩 올리면서 매번 학습 버튼을 누르세요. 왼쪽 그림 제목에 학습이 끝났을 때 "
        "죽은 유닛의 비율(… dead at the end)이 나옵니다.",
    "the mean share of dead units over seeds 0-9 at learning rate 0.8 (100 epochs)":
        "학습률 0.8(100 에폭)에서 시드 0-9에 대한 죽은 유닛 비율의 평균",
    "train_and_watch('relu', 0.8, epochs=100, every=100, seed=s) returns the network and its history; the "
    "history's last diagnostics say which units are dead. Take that share for each of the ten seeds, then their "
    'mean.':
        "train_and_watch('relu', 0.8, epochs=100, every=100, seed=s)는 신경망과 그 기록(history)을 돌려줍니다. 기록의 마지막 "
        '진단이 어느 유닛이 죽었는지 알려 줍니다. 시드 열 개 각각에서 그 비율을 구한 뒤 평균을 내세요.',
    "Leaky ReLU with alpha = 0.1": "alpha = 0.1인 Leaky ReLU",
    "compare your output for negative x with 0.1 x: 0 there is plain ReLU, a constant 0.1 is the "
    "derivative, and another slope is another alpha.":
        "음수 x에서 작성한 함수의 출력을 0.1 x와 비교하세요. 그곳이 0이면 그냥 ReLU를 쓴 것이고, 상수 "
        "0.1이면 도함수를 쓴 것이며, 기울기가 다르면 다른 alpha를 쓴 것입니다.",
    "the central finite difference of Leaky ReLU (alpha = 0.1) at x = 0":
        "x = 0에서 Leaky ReLU(alpha = 0.1)의 중앙 유한 차분",
    'f(h) = h for h > 0; what is f(-h) with alpha = 0.1? Put both into (f(h) - f(-h)) / (2h) and simplify: h '
    'cancels.':
        'h > 0이면 f(h) = h입니다. alpha = 0.1일 때 f(-h)는 얼마일까요? 둘을 (f(h) - f(-h)) / (2h)에 넣고 정리하세요. h는 약분됩니다.',
    "the smallest alpha (in steps of 0.05) with under 30% of depth-30, width-3 networks effectively dead at "
    "birth":
        "깊이 30, 너비 3인 신경망 중 태어날 때부터 사실상 죽은 것이 30% 미만이 되는 가장 작은 alpha(0.05 "
        "단위)",
    "compute np.mean(first_layer_error_ratio(30, 3, 'leaky_relu', alpha=a) < BORN_DEAD_THRESHOLD) for a = "
    "0.05, 0.10, ... and stop at the first below 0.3.":
        "a = 0.05, 0.10, ...에 대해 np.mean(first_layer_error_ratio(30, 3, 'leaky_relu', alpha=a) < "
        "BORN_DEAD_THRESHOLD)를 계산하고, 처음으로 0.3 미만이 되는 곳에서 멈추세요.",
    "how many of the ten alpha = 0.3 runs (seeds 0 to 9, learning rate 1.0, 100 epochs) diverge":
        "alpha = 0.3으로 돌린 실행 열 번(시드 0부터 9, 학습률 1.0, 100 에폭) 가운데 발산하는 횟수",
    "train_and_watch(get_activation('leaky_relu', alpha=0.3), 1.0, epochs=100, seed=s)[1].diverged is an "
    "epoch number (true) or None for each seed s in range(10); count the true ones.":
        "range(10)의 각 시드 s에 대해 train_and_watch(get_activation('leaky_relu', alpha=0.3), 1.0, "
        "epochs=100, seed=s)[1].diverged는 에폭 번호(참)이거나 None입니다. 참인 것의 개수를 세세요.",
    "Leaky ReLU'(x) with alpha = 0.1": "alpha = 0.1인 Leaky ReLU'(x)",
    "the slope is 1 for x > 0 and alpha otherwise, the kink included.":
        "기울기는 x > 0에서 1이고, 꺾이는 점을 포함한 나머지에서는 alpha입니다.",
    "d PReLU(x) / d alpha": "alpha에 대한 미분 d PReLU(x) / d alpha",
    "for x <= 0 PReLU is alpha * x; for x > 0 alpha does not appear.":
        "x <= 0에서 PReLU는 alpha * x이고, x > 0에서는 alpha가 나타나지 않습니다.",
    "the smallest alpha (in steps of 0.05) with under 10% of depth-30, width-3 networks effectively dead at "
    "birth":
        "깊이 30, 너비 3인 신경망 중 태어날 때부터 사실상 죽은 것이 10% 미만이 되는 가장 작은 alpha(0.05 "
        "단위)",
    "compute np.mean(first_layer_error_ratio(30, 3, 'leaky_relu', alpha=a) < BORN_DEAD_THRESHOLD) for a = "
    "0.05, 0.10, ... and stop at the first below 0.1.":
        "a = 0.05, 0.10, ...에 대해 np.mean(first_layer_error_ratio(30, 3, 'leaky_relu', alpha=a) < "
        "BORN_DEAD_THRESHOLD)를 계산하고, 처음으로 0.1 미만이 되는 곳에서 멈추세요.",
    "the smallest alpha (in steps of 0.05) at which the explorer's network diverges at learning rate 1.0":
        "탐색기의 신경망이 학습률 1.0에서 발산하는 가장 작은 alpha(0.05 단위)",
    "train at alpha = 0.05, 0.10, 0.15, ... and read the title of the right-hand panel.":
        "alpha = 0.05, 0.10, 0.15, ...로 차례로 학습시키고 오른쪽 그림의 제목을 확인하세요.",
    "a stable softmax": "수치적으로 안정적인 소프트맥스",
    "softmax(z + c) = softmax(z) for every constant c: which c keeps every exponential at most 1?":
        "모든 상수 c에 대해 softmax(z + c) = softmax(z)입니다. 어떤 c를 쓰면 모든 지수값이 1 이하가 될까요?",
    "log-sum-exp": "로그-합-지수(log-sum-exp)",
    "take a common factor e^m out of every term of the sum, with m the largest entry of z: what is left can no "
    "longer overflow, and the log of a product is a sum.":
        "z의 가장 큰 원소를 m이라 할 때, 합의 모든 항에서 공통 인수 e^m을 묶어 내세요. 남은 부분은 더 이상 "
        "오버플로되지 않고, 곱의 로그는 로그의 합입니다.",
    "you subtracted the maximum in the numerator only. The shift must apply to every exponential, those in the "
    "sum below the line too; otherwise it changes the result.":
        "최댓값을 분자에서만 뺐습니다. 이 이동은 분모의 합에 있는 지수까지 모든 지수에 적용해야 합니다. 그렇지 "
        "않으면 결과가 달라집니다.",
    '{title}: not yet: {diagnosis}':
        '{title}: 아직 정답이 아닙니다. {diagnosis}',
    "the gradient of the cross-entropy for class 0": "정답이 클래스 0일 때 교차 엔트로피의 기울기",
    "the gradient of -log p_0 with respect to z is p - y.": "z에 대한 -log p_0의 기울기는 p - y입니다.",
    "the gradient of the multi-label loss (classes 0 and 1 present)":
        "다중 레이블 손실의 기울기(클래스 0과 1이 있음)",
    "each class is its own yes/no question: differentiate one term of the sum with sigma' = sigma (1 - "
    "sigma) and simplify; which y does each class have?":
        "각 클래스는 저마다 독립된 예/아니요 질문입니다. 합의 한 항을 sigma' = sigma (1 - sigma)로 미분해 "
        "정리하세요. 각 클래스의 y는 무엇인가요?",
    "the temperature at which a logit 1 above three equal others gets p = 1/2":
        "서로 같은 세 로짓보다 1 큰 로짓이 p = 1/2를 얻는 온도",
    "divide every logit by T first, then use section 2: p_0 is a sigmoid of what? A sigmoid is 1/2 where "
    "its argument is 0.":
        "먼저 모든 로짓을 T로 나눈 다음 2절을 이용하세요. p_0은 무엇의 시그모이드일까요? 시그모이드는 "
        "인자가 0인 곳에서 1/2입니다.",
    "the gap d above which the mean-shifted softmax of [0, d] overflows":
        "[0, d]에서 평균을 뺀 소프트맥스가 오버플로되기 시작하는 간격 d",
    "after subtracting the mean of [0, d], what are the two shifted logits, and which exponential is the "
    "larger?":
        "[0, d]의 평균을 빼고 나면 두 로짓은 각각 얼마이고, 어느 쪽 지수값이 더 클까요?",
    "SELU with the constants of Klambauer et al.": "Klambauer et al.의 상수를 쓴 SELU",
    "lambda * x for x > 0 and lambda * alpha * (e^x - 1) otherwise. If your values are only slightly off, "
    "use the full-precision constants actlab.SELU_SCALE and actlab.SELU_ALPHA (rounded ones differ by about "
    "1e-5); np.expm1(x) computes e^x - 1 accurately near 0.":
        "x > 0에서는 lambda * x, 나머지에서는 lambda * alpha * (e^x - 1)입니다. 값이 아주 조금만 어긋난다면 "
        "전체 정밀도 상수 actlab.SELU_SCALE과 actlab.SELU_ALPHA를 쓰세요(반올림한 상수는 약 1e-5만큼 "
        "다릅니다). np.expm1(x)은 0 근처에서 e^x - 1을 정확하게 계산합니다.",
    "a softplus that does not overflow": "오버플로되지 않는 softplus",
    "for x > 0, log(1 + e^x) = x + log(1 + e^(-x)); np.log1p(u) is log(1 + u).":
        "x > 0에서 log(1 + e^x) = x + log(1 + e^(-x))입니다. np.log1p(u)는 log(1 + u)입니다.",
    'np.exp overflows once its argument passes 709. If you branch with np.where, numpy computes both branches on '
    'every element. Exponentiate only numbers <= 0, whatever the sign of x.':
        'np.exp는 인자가 709를 넘으면 오버플로됩니다. np.where로 분기했다면 numpy는 모든 원소에서 두 분기를 다 계산합니다. x의 부호가 무엇이든 0 이하의 수만 '
        '지수 함수에 넣으세요.',
    "the activations that multiply every variance by exactly 4 when the input std doubles":
        "입력 표준편차가 두 배가 될 때 모든 분산을 정확히 4배로 만드는 활성화 함수",
    'the networks have no biases: which f satisfy f(2x) = 2 f(x) for every x? Check each name with '
    "signal_statistics(name, 10, init='he', input_std=1.0) and input_std=2.0.":
        '신경망에는 편향이 없습니다. 모든 x에 대해 f(2x) = 2 f(x)를 만족하는 f는 무엇일까요? 각 이름을 signal_statistics(name, 10, '
        "init='he', input_std=1.0)과 input_std=2.0으로 확인하세요.",
    "GELU's tanh approximation": "GELU의 tanh 근사",
    "0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))).":
        "0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))입니다.",
    "where SiLU has its minimum": "SiLU가 최솟값을 갖는 곳",
    "solve silu'(x) = 0, e.g. by bisection on [-3, -0.5].":
        "silu'(x) = 0을 푸세요. 예를 들어 [-3, -0.5]에서 이분법을 쓰면 됩니다.",
    "where SiLU's slope is largest": "SiLU의 기울기가 가장 큰 곳",
    "the slope is largest where silu''(x) = 0; approximate silu'' by (silu_grad(x + h) - silu_grad(x - h)) "
    "/ (2 h) and bisect on [1, 4].":
        "기울기는 silu''(x) = 0인 곳에서 가장 큽니다: silu''를 (silu_grad(x + h) - silu_grad(x - h)) / (2 "
        "h)로 근사하고 [1, 4]에서 이분법을 쓰세요.",
    "the factor on ReLU's variance when the input std doubles":
        "입력 표준편차가 두 배가 될 때 ReLU의 분산에 곱해지는 배수",
    "ReLU(c x) = c ReLU(x) for c > 0, and the network has no biases: what does doubling every input do to "
    "every activation, and so to their variance?":
        "c > 0이면 ReLU(c x) = c ReLU(x)이고, 신경망에는 편향이 없습니다: 모든 입력을 두 배로 하면 모든 "
        "활성값은 어떻게 되고, 따라서 그 분산은 어떻게 될까요?",
    "the slope of SELU's variance map at 1": "1에서 SELU 분산 사상(variance map)의 기울기",
    "g(q) = mean(selu(sqrt(q) * xi) ** 2) over many standard normal xi; take (g(1.01) - g(0.99)) / 0.02 "
    "with the same xi for both.":
        "g(q) = mean(selu(sqrt(q) * xi) ** 2)이고, 평균은 많은 표준 정규 표본 xi에 대해 냅니다. 두 값에 "
        "같은 xi를 써서 (g(1.01) - g(0.99)) / 0.02를 구하세요.",
    "the update-to-data ratio": "갱신 대 데이터 비율",
    "std(learning rate * gradient) / std(weights).":
        "std(learning rate * gradient) / std(weights), 즉 (학습률 × 기울기)의 표준편차를 가중치의 "
        "표준편차로 나눈 값입니다.",
    "the loss of the best constant answer for classes in the ratio 3 : 1":
        "클래스 비율이 3 : 1일 때 가장 좋은 상수 답의 손실",
    "predict class 1 with probability p for every input; the mean cross-entropy is -(share of class 1) ln p "
    "- (share of class 0) ln(1 - p). Which p makes it smallest?":
        "모든 입력에 대해 클래스 1을 확률 p로 예측한다고 합시다. 평균 교차 엔트로피는 -(클래스 1의 비율) ln "
        "p - (클래스 0의 비율) ln(1 - p)입니다. 어떤 p가 이를 가장 작게 만들까요?",
    "the number of seeds in which ReLU's test accuracy on spirals beats tanh's":
        "spirals 데이터에서 ReLU의 테스트 정확도가 tanh보다 높은 시드의 수",
    "run compare(activations=('tanh', 'relu'), datasets=('spirals',)) and compare the 'test' lists seed by "
    "seed.":
        "compare(activations=('tanh', 'relu'), datasets=('spirals',))를 실행하고 'test' 목록을 시드별로 "
        "비교하세요.",
    "the learning rate whose first step has an update-to-data ratio of 1e-3":
        "첫 스텝의 갱신 대 데이터 비율이 1e-3이 되는 학습률",
    "at the first step the ratio is the learning rate times ratio/rate, and section 4 printed ratio/rate; "
    "solve for the learning rate.":
        "첫 스텝의 비율은 학습률 × (ratio/rate)이고, ratio/rate 값은 4절에서 출력했습니다. 이 식을 학습률에 "
        "대해 푸세요.",
    "the probability of class 1 that minimises the loss of a constant answer (classes 3 : 1)":
        "상수 답의 손실을 최소화하는 클래스 1의 확률(클래스 3 : 1)",
    "the mean cross-entropy is -(share of class 1) ln p - (share of class 0) ln(1 - p); set its derivative "
    "to zero, or evaluate it on a fine grid of p.":
        "평균 교차 엔트로피는 -(클래스 1의 비율) ln p - (클래스 0의 비율) ln(1 - p)입니다. 도함수를 0으로 "
        "놓거나, 촘촘한 p 격자에서 값을 계산하세요.",
    "x range": "x 범위",
    # 07_playground: the rescue exercise (actlab.playground.check_one_change)
    "one change that rescues the network": "신경망을 살리는 한 가지 변경",
    "{title}: expected a Config such as replace(deep, lr=1.0), got {kind}.":
        "{title}: 답은 replace(deep, lr=1.0) 같은 Config여야 하는데 {kind} 객체를 받았습니다.",
    "{title}: change exactly one setting; you changed {count}{names}.":
        "{title}: 설정을 정확히 하나만 바꾸세요. 바꾼 설정은 {count}개입니다{names}.",
    "{title}: {name} = {value!r} gives test accuracy {scores} on seeds {seeds}: {passed} of {total} "
    "reach {target:.0%}.":
        "{title}: {name} = {value!r}일 때 시드 {seeds}의 테스트 정확도는 {scores}이고, {total}개 중 {passed}개가 "
        "{target:.0%}에 이릅니다.",
    " Rescued.": " 신경망을 살렸습니다.",
    " Not rescued (it needs {need}): {diverged} of {total} runs diverged, their steps grew until the "
    "loss blew up (the playground's loss panel then reads 'diverged'). With the learning rate of the "
    "exercise fixed, try another change.":
        " 아직 살리지 못했습니다({need}개가 필요합니다). {total}개 실행 중 {diverged}개가 발산했습니다. 보폭이 "
        "점점 커져 손실이 폭발했습니다(이때 놀이터의 손실 패널에는 'diverged'가 나옵니다). 연습 문제의 "
        "학습률은 그대로 두고 다른 변경을 시도해 보세요.",
    " Not rescued (it needs {need}): look at the loss against the dashed line and at the error "
    "reaching layer 1.":
        " 아직 살리지 못했습니다({need}개가 필요합니다). 손실이 점선과 비교해 어떤지, 층 1에 도달하는 오차가 "
        "어떤지 살펴보세요.",
    # 08_your_own: the report card (actlab.report), its checkers and the formula box
    "min, max on [-50, 50]": "[-50, 50]에서 최솟값, 최댓값",
    "f(0), f′(0)": "f(0), f′(0)",
    "monotone": "단조",
    "yes": "예",
    "no": "아니요",
    "mean on N(0,1)": "N(0,1)에서 평균",
    "max |f′| on [-10, 10]": "[-10, 10]에서 |f′|의 최댓값",
    "flat share (|f′| < 10% of its max)": "평평한 비율(|f′| < 최댓값의 10%)",
    "initialisation": "초기화",
    "error layer 1 / last, depth 10": "1층 오차 / 마지막 층 오차, 깊이 10",
    "error layer 1 / last, depth 20": "1층 오차 / 마지막 층 오차, 깊이 20",
    "dead at birth (width 3, depth 10)": "태어날 때부터 죽은 비율(너비 3, 깊이 10)",
    "inactive after lr {lr} (spirals)": "학습률 {lr}로 학습한 뒤 비활성(spirals)",
    "layer 50: mean": "50층: 평균",
    "layer 50: variance": "50층: 분산",
    "{dataset}: test accuracy, {epochs} epochs": "{dataset}: 테스트 정확도, {epochs} 에폭",
    "{dataset}: training accuracy": "{dataset}: 학습 정확도",
    "{dataset}: epochs to {target:.0%}": "{dataset}: {target:.0%}까지 걸린 에폭",
    "time / ReLU's (this machine, now)": "시간 / ReLU의 시간(이 컴퓨터, 지금)",
    " ({count} diverged)": " ({count}개 발산)",
    "an activation that beats ReLU on spirals": "spirals에서 ReLU를 이기는 활성화 함수",
    "{title}: this is not an activation yet: {error}": "{title}: 아직 활성화 함수가 아닙니다: {error}",
    "{title}: test accuracy {yours} against ReLU's {relu}: higher in {wins} of {total} seeds.":
        "{title}: 테스트 정확도 {yours}, ReLU는 {relu}입니다. 시드 {total}개 중 {wins}개에서 더 높습니다.",
    " Well done!": " 잘했습니다!",
    " It needs {need}. Read ReLU's card: half its inputs get no gradient. Which shapes would avoid that?":
        ' {need}개가 필요합니다. ReLU의 성적표를 읽어 보세요. 입력의 절반은 기울기를 받지 못합니다. 어떤 모양이라면 그것을 피할 수 있을까요?',
    "a zero-centred activation that never saturates": "0을 중심으로 하고 절대 포화하지 않는 활성화 함수",
    "{title}: its mean on N(0,1) is {mean:+.3f}; zero-centred means within 0.05 of 0.":
        "{title}: N(0,1)에서 평균이 {mean:+.3f}입니다. 0을 중심으로 한다는 것은 0에서 0.05 이내라는 뜻입니다.",
    '{title}: its slope drops to {small:.3g} at x = {at:.3g}, below 10% of its largest, {large:.3g}: there a unit '
    'barely learns. The slope must stay at 10% or more everywhere on [-50, 50].':
        '{title}: x = {at:.3g}에서 기울기가 {small:.3g}까지 떨어져, 가장 큰 기울기 {large:.3g}의 10%보다 작아집니다. 그곳에서는 유닛이 거의 '
        '배우지 못합니다. 기울기는 [-50, 50] 어디서나 10% 이상이어야 합니다.',
    "{title}: it is (almost) a straight line on [-3, 3]; a network of straight lines is one straight line, "
    "whatever its depth. Bend it.":
        "{title}: [-3, 3]에서 (거의) 직선입니다. 직선으로 된 신경망은 깊이와 상관없이 하나의 직선입니다. 구부려 "
        "보세요.",
    "{title}: correct: mean {mean:+.3f}, slope between {small:.3g} and {large:.3g} on [-50, 50]. Now look at "
    "its card: is never saturating enough?":
        "{title}: 정답입니다. 평균은 {mean:+.3f}, [-50, 50]에서 기울기는 {small:.3g}에서 {large:.3g} 사이입니다. "
        "이제 성적표를 보세요. 절대 포화하지 않는 것으로 충분할까요?",
    "what the card of x sin(x) shows": "x sin(x)의 성적표가 보여 주는 것",
    "take the statements one at a time and find the row of the card that decides it; compare with ReLU's "
    "column.":
        "문장을 하나씩 살펴보고, 그 문장을 판가름하는 성적표의 행을 찾으세요. ReLU의 열과 비교하세요.",
    "{title}: expected a set of letters such as {example}, got {answer!r}.":
        "{title}: 답은 {example}처럼 문장 기호의 집합이어야 하는데 받은 답은 {answer!r}입니다.",
    "{title}: {letter!r} is not one of the statements; they are {letters}.":
        "{title}: {letter!r}에 해당하는 문장이 없습니다. 문장 기호는 {letters}입니다.",
    "{title}: not yet. Every statement you chose is right, but one more is true.":
        "{title}: 아직 정답이 아닙니다. 고른 문장은 모두 맞지만, 참인 문장이 하나 더 있습니다.",
    "{title}: not yet. Every statement you chose is right, but {missing} more are true.":
        "{title}: 아직 정답이 아닙니다. 고른 문장은 모두 맞지만, 참인 문장이 {missing}개 더 있습니다.",
    "Measure": "측정",
    "f(x) =": "f(x) =",
    # checkers: a student's exception, a forgotten return, a 0/0 (actlab.exercises.check_function)
    "{title}: your function returned nothing (None). Did you forget `return`? Its last line computes a value "
    "and drops it.":
        "{title}: 함수가 아무것도 돌려주지 않았습니다(None). `return`을 빠뜨리지 않았나요? 마지막 줄이 값을 "
        "계산하고는 그냥 버립니다.",
    "That is 0/0 or a division by 0 (or inf - inf): a formula that divides by x, or by something that can be 0, "
    "breaks there. Write it so that nothing is divided by 0, for example with a comparison such as (x > 0).":
        "0/0이나 0으로 나누기(또는 inf - inf)입니다. x로, 또는 0이 될 수 있는 값으로 나누는 식은 거기서 "
        "깨집니다. 0으로 나누는 일이 없도록 쓰세요. 예를 들어 (x > 0) 같은 비교를 쓸 수 있습니다.",
    "{title}: not yet. Your function gets a whole numpy array, not one number, so a test such as `if x >= 0:` "
    "cannot decide (some entries are, some are not). Use np.where(condition, a, b), or np.maximum, which work "
    "entry by entry.":
        "{title}: 아직 정답이 아닙니다. 함수는 수 하나가 아니라 numpy 배열 전체를 받으므로 `if x >= 0:` 같은 "
        "검사로는 정할 수 없습니다(어떤 원소는 그렇고 어떤 원소는 아닙니다). 원소마다 따로 계산하는 "
        "np.where(condition, a, b)나 np.maximum을 쓰세요.",
    "{title}: not yet. np.max(a) is the largest entry of ONE array (its second argument is an axis, so "
    "np.max(0, x) fails). For the larger of two numbers entry by entry, use np.maximum(0, x).":
        "{title}: 아직 정답이 아닙니다. np.max(a)는 배열 하나의 가장 큰 원소입니다(두 번째 인자는 축(axis)이라서 "
        "np.max(0, x)는 실패합니다). 두 수 가운데 큰 쪽을 원소마다 고르려면 np.maximum(0, x)를 쓰세요.",
    "{title}: not yet. The math module works on one number at a time; your function gets a whole numpy array. "
    "Use numpy's functions (np.exp, np.tanh, np.log) instead.":
        "{title}: 아직 정답이 아닙니다. math 모듈은 한 번에 수 하나만 다루는데, 함수는 numpy 배열 전체를 "
        "받습니다. 대신 numpy의 함수(np.exp, np.tanh, np.log)를 쓰세요.",
    '{title}: not yet. Your function uses a name that is not defined: {error}. Is it spelled as in the lesson, and '
    'has the setup cell run since the kernel started?':
        '{title}: 아직 정답이 아닙니다. 함수가 정의되지 않은 이름을 씁니다: {error}. 강의에서와 같은 철자인지, 커널을 시작한 뒤 설정 셀을 실행했는지 확인하세요.',
    '{title}: {value:.6g} is not the answer yet: {diagnosis}':
        '{title}: {value:.6g} — 아직 정답이 아닙니다. {diagnosis}',
    '{title}: not yet. {value:g} looks like a percent; give it as a fraction between 0 and 1 ({value:g}% is '
    '{fraction:g}).':
        '{title}: 아직 정답이 아닙니다. {value:g} — 백분율로 답한 것 같습니다. 0과 1 사이의 비율로 답하세요({value:g}%는 {fraction:g}입니다).',
    "that bounds nine derivatives. Count the factors again: one for each sigmoid derivative the error passes.":
        "그것은 도함수 아홉 개의 한계입니다. 인수의 개수를 다시 세어 보세요. 오차가 지나는 시그모이드 도함수마다 "
        "하나씩입니다.",
    '{title}: close, but not within {tolerance:.2g} of the answer. This one has an exact value: if you estimated '
    'it (a simulation, a slider, a grid), reason it out instead.':
        '{title}: 가깝지만 답과의 차이가 {tolerance:.2g} 이내는 아닙니다. 이 답에는 정확한 값이 있습니다. 시뮬레이션이나 슬라이더, 격자로 어림했다면, 어림하지 '
        '말고 추론해서 구하세요.',
    "that is for nine layers; the network has ten.": "그것은 층 아홉 개에 대한 값입니다. 신경망의 층은 열 개입니다.",
    "that is the chance that the input survives every layer, the opposite of what is asked.":
        "그것은 입력이 모든 층을 살아서 통과할 확률로, 묻는 것과 반대입니다.",
    # checkers that teach (issue 14): nudges, fuller hints, every exercise's known slips, counts in words
    ' A fuller hint: {hint}':
        ' 더 자세한 힌트: {hint}',
    '0.1 is the slope left of the kink, the value the series returns. The central difference reaches to both sides.':
        '0.1은 꺾이는 점 왼쪽의 기울기로, 이 시리즈가 반환하는 값입니다. 중앙 차분은 꺾이는 점의 양쪽에 걸쳐 있습니다.',
    '0.3 is the first alpha below 10%; this exercise asks for 30%.':
        '0.3은 10% 미만이 되는 첫 alpha입니다. 이 연습 문제는 30%를 묻습니다.',
    'far left yours gives exactly 0 where sigma(-40) is about 4.2e-18: the tiny value is rounded away when it is '
    'added to (or subtracted from) a number near 1, as in 0.5 (1 + tanh(x/2)) or 1 - 1/(1 + e^-x). Keep the tiny '
    'number in a quotient instead.':
        'sigma(-40)은 약 4.2e-18인데, 작성한 함수는 왼쪽 멀리에서 정확히 0을 줍니다. 아주 작은 값을 1에 가까운 수에 더하거나 그 수에서 빼면, 0.5 (1 + '
        'tanh(x/2))나 1 - 1/(1 + e^-x)에서처럼 반올림되어 사라집니다. 대신 아주 작은 수를 나눗셈 안에 두세요.',
    '0.5 is the fraction for a pre-activation centred at 0; the bias 0.1 moves some of it above 0.':
        '0.5는 사전 활성값이 0을 중심으로 할 때의 비율입니다. 편향 0.1이 그 일부를 0 위로 옮깁니다.',
    'check which class p is for: p is the probability the network gives to class 1.':
        'p가 어느 클래스의 확률인지 확인하세요. p는 신경망이 클래스 1에 주는 확률입니다.',
    "1 - sigma^2 is the pattern of tanh' = 1 - tanh^2; the sigmoid's derivative is a product of sigma and "
    'something else.':
        "1 - sigma^2는 tanh' = 1 - tanh^2의 꼴입니다. 시그모이드의 도함수는 sigma와 다른 무언가의 곱입니다.",
    '1 is the slope right of the kink. The central difference reaches to both sides.':
        '1은 꺾이는 점 오른쪽의 기울기입니다. 중앙 차분은 꺾이는 점의 양쪽에 걸쳐 있습니다.',
    '4 sigma(2x) (1 - sigma(2x)) is right on paper, but 1 - sigma(2x) is a subtraction from 1 too: at x = 30 '
    'sigma(60) rounds to 1 and it gives 0. Lesson 1 gave 1 - sigma(t) another way to write it.':
        '4 sigma(2x) (1 - sigma(2x))는 종이 위에서는 맞지만, 1 - sigma(2x)도 1에서 빼는 뺄셈입니다. x = 30에서 sigma(60)이 1로 '
        '반올림되어 0이 나옵니다. 1강에서 1 - sigma(t)를 달리 쓰는 식을 보았습니다.',
    '5/3 is the gain PyTorch recommends for tanh, which aims at the forward signal; the exercise asks where the '
    'backward error is passed on unchanged. Measure it.':
        'PyTorch가 tanh에 권장하는 이득이 5/3인데, 이 값은 순전파 신호를 겨냥한 것입니다. 이 연습 문제는 역전파되는 오차가 변하지 않고 전달되는 곳을 묻습니다. 직접 '
        '측정하세요.',
    '709.78 is where e^d overflows with no shift at all. After subtracting the mean, what is the larger exponent?':
        '709.78은 아무것도 빼지 않았을 때 e^d가 오버플로되는 곳입니다. 평균을 뺀 뒤에는 더 큰 지수가 얼마일까요?',
    'Expected one number, but your function returned {got}.':
        '숫자 하나가 나와야 하는데 작성한 함수는 {got}를 반환했습니다.',
    'ReLU gives 0 exactly where z <= 0: what is the chance of that when z is centred at 0.1?':
        'ReLU는 정확히 z <= 0인 곳에서 0을 줍니다. z의 중심이 0.1일 때 그럴 확률은 얼마일까요?',
    'SELU has two constants, lambda = actlab.SELU_SCALE and alpha = actlab.SELU_ALPHA, used in full precision: '
    'which side of 0 does each one multiply?':
        'SELU에는 상수가 두 개 있습니다. lambda = actlab.SELU_SCALE과 alpha = actlab.SELU_ALPHA를 반올림하지 않은 값 그대로 씁니다. 각 '
        '상수는 0의 어느 쪽에 곱해질까요?',
    'a monotone function never goes down: which curves go down to a lowest point and back up?':
        '단조 함수는 어디서도 내려가지 않습니다. 어떤 곡선이 가장 낮은 점까지 내려갔다가 다시 올라갈까요?',
    "a subtraction 1 - (something that rounds to 1) leaves 0: which formula of tanh' has no such subtraction?":
        "1 - (1로 반올림되는 수) 같은 뺄셈은 0을 남깁니다. tanh'의 어떤 식에 이런 뺄셈이 없을까요?",
    'at 0.15 the share is still 30% or more.':
        '0.15에서는 비율이 아직 30% 이상입니다.',
    'at 0.25 the share is below 30%, but the question asks for the smallest alpha where it is.':
        '0.25에서 비율이 30% 아래인 것은 맞지만, 문제는 그렇게 되는 가장 작은 alpha를 묻습니다.',
    'at 2.20 the share of layer 10 is below 30%.':
        '2.20에서는 층 10의 포화 비율이 30%보다 작습니다.',
    'at 5.66 the title reads less than 0.1: layer 1 gets less than a tenth there.':
        '5.66에서는 제목이 0.1보다 작습니다. 그곳에서 층 1은 10분의 1보다 적게 받습니다.',
    'at 8 layer 1 gets more than a tenth, but the question asks for the smallest such notch.':
        '8에서 층 1이 10분의 1보다 많이 받는 것은 맞지만, 문제는 그렇게 되는 가장 작은 칸을 묻습니다.',
    'at gain 1 the error reaching layer 1 is still smaller than at layer 10 (section 7): that is an end of the '
    'interval, not where the ratio is 1.':
        '이득 1에서는 층 1에 도달하는 오차가 아직 층 10에서보다 작습니다(7절). 그것은 구간의 한쪽 끝이지, 비율이 1인 곳이 아닙니다.',
    'at gain 1.5 the error already grows on its way back (section 7): that is an end of the interval, not where '
    'the ratio is 1.':
        '이득 1.5에서는 오차가 거꾸로 전달되는 동안 벌써 커집니다(7절). 그것은 구간의 한쪽 끝이지, 비율이 1인 곳이 아닙니다.',
    'at the first step, the ratio is the learning rate times ratio/rate: solve for the learning rate.':
        '첫 스텝에서 비율은 학습률 × (ratio/rate)입니다. 이 식을 학습률에 대해 푸세요.',
    'at x = 0 yours gives 0.5, the mean of the two slopes. The series takes the left-hand slope there.':
        'x = 0에서 작성한 함수는 두 기울기의 평균인 0.5를 줍니다. 이 시리즈는 그곳에서 좌미분 값을 씁니다.',
    'check the sign of f(-h): Leaky ReLU is negative left of 0.':
        'f(-h)의 부호를 확인하세요. Leaky ReLU는 0의 왼쪽에서 음수입니다.',
    "compare the rows 'flat share' and 'dead at birth' with ReLU's column.":
        "'평평한 비율' 행과 '태어날 때부터 죽은 비율' 행을 ReLU의 열과 비교하세요.",
    "compare the two 'test' lists seed by seed and count where ReLU's is the higher.":
        "두 'test' 목록을 시드별로 비교하고, ReLU 쪽이 더 높은 시드를 세세요.",
    "d/dx 1 / (1 + u) = -u' / (1 + u)^2 with u = e^-x; then split e^-x / (1 + e^-x)^2 into 1 / (1 + e^-x) times "
    'e^-x / (1 + e^-x), and write the second factor with sigma too.':
        "u = e^-x일 때 d/dx 1 / (1 + u) = -u' / (1 + u)^2입니다. 그다음 e^-x / (1 + e^-x)^2를 1 / (1 + e^-x)와 e^-x "
        '/ (1 + e^-x)의 곱으로 나누고, 두 번째 인수도 sigma로 나타내세요.',
    'differentiate 1 / (1 + e^-x) with the chain rule; the result can be written with sigma alone.':
        '연쇄 법칙으로 1 / (1 + e^-x)를 미분하세요. 그 결과는 sigma만으로 나타낼 수 있습니다.',
    "differentiate one term of the sum, for one class, with sigma' = sigma (1 - sigma): what is left?":
        "클래스 하나에 대해 합의 한 항을 sigma' = sigma (1 - sigma)로 미분하세요. 무엇이 남나요?",
    'divide every logit by T and write p_0 with the formula of section 2: for which T is it 1/2?':
        '모든 로짓을 T로 나누고 2절의 식으로 p_0을 쓰세요. T가 얼마일 때 1/2이 될까요?',
    'first one layer: how likely is it that both of its units are off? Then: what must happen in every one of the '
    '10 layers for the input to get through?':
        '먼저 층 하나를 보세요. 그 층의 두 유닛이 모두 꺼질 확률은 얼마인가요? 그다음, 입력이 끝까지 통과하려면 10개 층 하나하나에서 무슨 일이 일어나야 할까요?',
    'for each seed, history.diverged is an epoch number or None: count the seeds where it is a number.':
        '시드마다 history.diverged는 에폭 번호이거나 None입니다. 그 값이 숫자인 시드를 세세요.',
    'for large x, log(1 + e^x) is x plus something small: factor e^x out of 1 + e^x.':
        'x가 크면 log(1 + e^x)는 x에 작은 값을 더한 것입니다. 1 + e^x에서 e^x를 묶어 내세요.',
    'for negative x yours gives 0: that is plain ReLU. Leaky ReLU lets 0.1 x through.':
        '음수 x에서 작성한 함수는 0을 줍니다. 그것은 그냥 ReLU입니다. Leaky ReLU는 0.1 x를 통과시킵니다.',
    'for negative x yours gives the constant 0.1. The output there is 0.1 times x.':
        '음수 x에서 작성한 함수는 상수 0.1을 줍니다. 그곳의 출력은 x에 0.1을 곱한 값입니다.',
    'for x <= 0 yours lacks the factor lambda (actlab.SELU_SCALE): it multiplies both sides.':
        'x <= 0에서 작성한 함수에는 인수 lambda(actlab.SELU_SCALE)가 빠져 있습니다. lambda는 양쪽 모두에 곱해집니다.',
    'for x > 0 PReLU is x, which contains no alpha: its derivative with respect to alpha is 0 (1 is the derivative '
    'with respect to x).':
        'x > 0에서 PReLU는 x이고, 여기에는 alpha가 없습니다. 따라서 alpha에 대한 미분은 0입니다(1은 x에 대한 미분입니다).',
    'for x > 0 the output is x; what is it for x <= 0?':
        'x > 0에서 출력은 x입니다. x <= 0에서는 무엇일까요?',
    'for x > 0 yours lacks the factor lambda (actlab.SELU_SCALE): it multiplies both sides.':
        'x > 0에서 작성한 함수에는 인수 lambda(actlab.SELU_SCALE)가 빠져 있습니다. lambda는 양쪽 모두에 곱해집니다.',
    "g'(1) is a slope: evaluate g a little left and a little right of 1.":
        "g'(1)은 기울기입니다. 1의 조금 왼쪽과 조금 오른쪽에서 g의 값을 구하세요.",
    'if each layer multiplies the error by r, how many times is it multiplied between layer 10 and layer 1?':
        '층마다 오차에 r을 곱한다면, 층 10과 층 1 사이에서 오차에 r이 몇 번 곱해질까요?',
    'it is bounded, so doubling the input cannot double the output.':
        '이 함수의 값은 일정한 범위 안에 갇혀 있으므로, 입력을 두 배로 해도 출력이 두 배가 될 수 없습니다.',
    'it is linear on the right, but an exponential on the left: doubling a negative x does not double the output.':
        '오른쪽에서는 선형이지만 왼쪽에서는 지수 함수입니다. 음수 x를 두 배로 해도 출력은 두 배가 되지 않습니다.',
    'it only ever increases (its derivative is never negative).':
        '이 함수는 증가하기만 합니다(도함수가 어디서도 음수가 아닙니다).',
    'its outputs are negative on the left, but it only ever increases: negative values do not make a function '
    'non-monotone, going down does.':
        '왼쪽에서 출력이 음수이긴 하지만, 이 함수는 증가하기만 합니다. 함수를 단조가 아니게 만드는 것은 음수 값이 아니라 내려가는 부분입니다.',
    'lambda and alpha are swapped: lambda (SELU_SCALE, about 1.05) multiplies everything, alpha (SELU_ALPHA, about '
    '1.67) only the negative side.':
        'lambda와 alpha가 뒤바뀌었습니다. lambda(SELU_SCALE, 약 1.05)는 모든 곳에 곱해지고, alpha(SELU_ALPHA, 약 1.67)는 음수 쪽에만 '
        '곱해집니다.',
    'ln 2 is the loss of p = 1/2, not of the best p.':
        'ln 2는 가장 좋은 p가 아니라 p = 1/2일 때의 손실입니다.',
    'near 0 it bends smoothly, so f(2x) differs from 2 f(x) there (try x = -1).':
        '이 함수는 0 근처에서 매끄럽게 휘므로, 그곳에서 f(2x)는 2 f(x)와 다릅니다(x = -1을 넣어 보세요).',
    'did you count only the runs that diverge in the first epoch? history.diverged is set for a run that diverges '
    'in any epoch.':
        '첫 에폭에서 발산한 실행만 세지 않았나요? history.diverged는 어느 에폭에서 발산하든 값이 정해집니다.',
    'none? history.diverged is an epoch number for a run that diverged, None otherwise; count the runs where it is '
    'not None.':
        '발산한 실행이 하나도 없다고 보았나요? history.diverged는 발산한 실행에서는 에폭 번호이고, 그렇지 않으면 None입니다. 이 값이 None이 아닌 실행을 세세요.',
    'np.exp overflowed somewhere in your function: 1 / (1 + np.exp(-x)) alone computes e^1000 at x = -1000. If you '
    'branch with np.where(condition, A, B): numpy computes A and B on EVERY element before choosing, so an exp in '
    'the branch you do not want still overflows, even though its value is thrown away. Exponentiate only numbers '
    '<= 0, whichever branch an element takes.':
        '함수 어딘가에서 np.exp가 오버플로되었습니다. 1 / (1 + np.exp(-x))만 써도 x = -1000에서 e^1000을 계산합니다. '
        'np.where(condition, A, B)로 분기했다면, numpy는 고르기 전에 모든 원소에서 A와 B를 둘 다 계산합니다. 그래서 원하지 않는 분기의 exp는 그 값이 '
        '버려지더라도 여전히 오버플로됩니다. 원소가 어느 분기로 가든 0 이하의 수만 지수 함수에 넣으세요.',
    'np.exp overflows once its argument passes 709.78. Subtracting the same number from every logit leaves the '
    'softmax unchanged: choose it so that no exponent is positive.':
        'np.exp는 인자가 709.78을 넘으면 오버플로됩니다. 모든 로짓에서 같은 수를 빼도 소프트맥스는 변하지 않습니다. 어떤 지수도 양수가 되지 않도록 그 수를 고르세요.',
    'np.sign gives -1 for negative x, but ReLU is flat there: its slope is 0, not -1.':
        'np.sign은 음수 x에서 -1을 주지만, ReLU는 그곳에서 평평합니다. 기울기는 -1이 아니라 0입니다.',
    'on each side of the kink, where does alpha appear in PReLU, and what is the derivative of that side with '
    'respect to alpha (x held fixed)?':
        '꺾이는 점의 양쪽에서 각각 PReLU의 어디에 alpha가 나타나나요? 그리고 그쪽 식을 alpha에 대해 미분하면(x는 고정) 무엇이 되나요?',
    'p = 1/2 ignores the shares; its loss is ln 2, and a p closer to the shares does better.':
        'p = 1/2은 클래스 비율을 무시합니다. 그 손실은 ln 2이고, 비율에 더 가까운 p가 더 좋습니다.',
    'print the share for alpha = 0.05, 0.10, 0.15, ... and stop at the first one below 0.3.':
        'alpha = 0.05, 0.10, 0.15, ...에 대해 비율을 출력하고, 처음으로 0.3 미만이 되는 곳에서 멈추세요.',
    'put the best p into the mean cross-entropy.':
        '가장 좋은 p를 평균 교차 엔트로피에 넣으세요.',
    "read the left panel's title at each notch: the answer is the first notch where it is 0.1 or more.":
        '칸마다 왼쪽 그림의 제목을 읽으세요. 답은 그 값이 처음으로 0.1 이상이 되는 칸입니다.',
    "read the row 'mean on N(0,1)' and compare it with tanh's.":
        "'N(0,1)에서 평균' 행을 읽고 tanh의 값과 비교하세요.",
    "read the row 'min, max on [-50, 50]': is there a bound?":
        "'[-50, 50]에서 최솟값, 최댓값' 행을 읽으세요. 값에 한계가 있나요?",
    "sigma' = sigma (1 - sigma) is a product of two factors that both depend on x: which rule differentiates a "
    'product?':
        "sigma' = sigma (1 - sigma)는 둘 다 x에 따라 달라지는 두 인수의 곱입니다. 곱은 어떤 규칙으로 미분할까요?",
    "start from section 2's tanh(t) = 2 sigma(2t) - 1 and solve it for the sigmoid.":
        '2절의 tanh(t) = 2 sigma(2t) - 1에서 시작해 시그모이드에 대해 푸세요.',
    'subtract the largest entry of z from every entry before exponentiating: then every exponent is at most 0, and '
    'both the numerator and the sum below the line use the shifted values.':
        '지수 함수를 적용하기 전에 z의 모든 원소에서 가장 큰 원소를 빼세요. 그러면 모든 지수가 0 이하가 되고, 분자와 분모의 합 모두 이동한 값을 씁니다.',
    'take the statements one at a time and find the row of the card that decides it.':
        '문장을 하나씩 살펴보고, 그 문장을 판가름하는 성적표의 행을 찾으세요.',
    'that is 1/T. The temperature is its inverse.':
        '그것은 1/T입니다. 온도는 그 역수입니다.',
    'that is Leaky ReLU with alpha = 0.01, the usual default; the exercise asks for 0.1.':
        '그것은 흔히 쓰는 기본값인 alpha = 0.01의 Leaky ReLU입니다. 이 연습 문제는 0.1을 묻습니다.',
    'that is ReLU itself, not its slope: the slope of x is 1, whatever x is.':
        '작성한 함수는 ReLU의 기울기가 아니라 ReLU 자체입니다. x의 기울기는 x가 무엇이든 1입니다.',
    'that is about the share of units still alive. The question asks for the dead ones.':
        '그것은 대략 아직 살아 있는 유닛의 비율입니다. 문제는 죽은 유닛의 비율을 묻습니다.',
    'that is g(1), the fixed point itself. The question asks for the slope of g there.':
        '그것은 g(1), 즉 고정점 자체입니다. 문제는 그곳에서 g의 기울기를 묻습니다.',
    'that is in bits (log base 2); the loss uses the natural log.':
        '그것은 비트 단위(밑이 2인 로그)의 값입니다. 손실에는 자연로그를 씁니다.',
    'that is max(x, 0), ReLU: right far from 0, but softplus is smooth, and at x = 0 it is log 2, not 0: a term is '
    'missing.':
        '그것은 max(x, 0), 즉 ReLU입니다. 0에서 멀리 떨어진 곳에서는 맞지만, softplus는 매끄럽고 x = 0에서 0이 아니라 log 2입니다. 항 하나가 '
        '빠졌습니다.',
    'that is ratio/rate itself, the ratio per unit of learning rate.':
        '그것은 ratio/rate 자체, 즉 학습률 1 단위당 비율입니다.',
    "that is sigma' (1 - sigma), the first term of the product rule only. The second factor, 1 - sigma, depends on "
    "x too: its derivative, -sigma', gives a second term.":
        "그것은 sigma' (1 - sigma), 곧 곱의 미분법의 첫째 항뿐입니다. 두 번째 인수 1 - sigma도 x에 따라 달라지므로, 그 도함수 -sigma'가 둘째 항을 "
        '만듭니다.',
    "that is sigma', the first derivative. Differentiate it once more.":
        "그것은 일차 도함수 sigma'입니다. 한 번 더 미분하세요.",
    "that is the blog post's formula, sigma(x) - (1 - sigma(x)). It subtracts where the derivative multiplies: it "
    'is 0 at x = 0, where the sigmoid is steepest.':
        '그것은 원문 글의 식 sigma(x) - (1 - sigma(x))입니다. 도함수는 곱해야 하는데 이 식은 뺍니다. 그래서 시그모이드가 가장 가파른 x = 0에서 0이 됩니다.',
    "that is the bound sigma'(0) = 0.25, not the measured factor: take the median ratio of section 6 and find the "
    'r that gives it.':
        "그것은 측정한 배율이 아니라 상한 sigma'(0) = 0.25입니다. 6절의 비율 중앙값을 가져와 그 값을 주는 r을 찾으세요.",
    'that is the chance for one layer. The input can be switched off in any of the ten.':
        '그것은 층 하나에 대한 확률입니다. 입력은 열 개 층 중 어느 층에서든 꺼질 수 있습니다.',
    'that is the chance that z is above 0, the fraction ReLU lets through. The zeros are the rest.':
        '그것은 z가 0보다 클 확률, 즉 ReLU가 통과시키는 비율입니다. 0이 나오는 것은 그 나머지입니다.',
    "that is the count where tanh is higher: the question counts ReLU's wins.":
        '그것은 tanh가 더 높은 시드의 수입니다. 문제는 ReLU가 이긴 횟수를 묻습니다.',
    'that is the derivative of Leaky ReLU (1 or 0.1), not the function.':
        '작성한 함수는 Leaky ReLU 자체가 아니라 그 도함수(1 또는 0.1)입니다.',
    'that is the filled dot alone, the value at 0. The jump is its distance from the open dot just to the right.':
        '그것은 채운 점 하나, 즉 0에서의 값입니다. 점프는 채운 점과 바로 오른쪽의 빈 점 사이의 거리입니다.',
    'that is the largest slope, about 1.0998. The question asks where, at which x, it is reached.':
        '그것은 가장 큰 기울기 값(약 1.0998)입니다. 문제는 그 기울기가 어디에서, 즉 어떤 x에서 나타나는지 묻습니다.',
    'that is the measured ratio itself, over all the layers; the factor per layer is a root of it.':
        '그것은 모든 층에 걸쳐 측정한 비율 자체입니다. 층당 배율은 그 값의 거듭제곱근입니다.',
    'that is the open dot alone, the slope just to the right. The jump is the filled dot minus it.':
        '그것은 빈 점 하나, 즉 바로 오른쪽의 기울기입니다. 점프는 채운 점의 값에서 이 값을 뺀 것입니다.',
    "that is the slider's nearest notch, where class 0 gets about 0.51. The exact value comes from the formula.":
        '그것은 슬라이더에서 가장 가까운 칸으로, 그곳에서 클래스 0은 약 0.51을 얻습니다. 정확한 값은 식으로 구합니다.',
    'that is the tenth root. From layer 10 to layer 1 the error is multiplied nine times: count the steps between '
    'the layers, not the layers.':
        '그것은 10제곱근입니다. 층 10에서 층 1까지 오차는 아홉 번 곱해집니다. 층의 개수가 아니라 층 사이의 단계 수를 세세요.',
    'that is where SiLU itself is smallest (its slope is 0 there). The question asks where the slope is largest.':
        '그것은 SiLU 자체가 가장 작은 곳입니다(그곳에서 기울기는 0입니다). 문제는 기울기가 가장 큰 곳을 묻습니다.',
    'that is where the slope is smallest, -0.0998. The largest is on the positive side.':
        '그것은 기울기가 가장 작은 곳입니다(기울기 -0.0998). 가장 큰 곳은 양수 쪽에 있습니다.',
    'that treats each layer as one unit. The layers have two units, and the input is switched off only when both '
    'are off.':
        '그것은 각 층을 유닛 하나로 본 값입니다. 층마다 유닛이 두 개 있고, 입력은 두 유닛이 모두 꺼질 때만 꺼집니다.',
    'yours equals e^-x / (1 + e^-x), that is 1 - sigma(x): one factor of the derivative is missing. Check what the '
    'chain rule does to the denominator.':
        '작성한 함수는 e^-x / (1 + e^-x), 곧 1 - sigma(x)와 같습니다. 도함수의 인수 하나가 빠졌습니다. 연쇄 법칙이 분모를 어떻게 바꾸는지 확인하세요.',
    'the derivative of alpha * x with respect to alpha is x, not 1: x is held fixed, alpha moves.':
        'alpha * x를 alpha에 대해 미분하면 1이 아니라 x입니다. x는 고정되어 있고 alpha가 움직입니다.',
    'the mean of [0, d] is d/2, so the larger shifted logit is d/2; np.exp overflows above '
    'log(np.finfo(float).max) = 709.78 (section 4).':
        '[0, d]의 평균은 d/2이므로, 평균을 뺀 로짓 중 큰 쪽은 d/2입니다. np.exp는 인자가 log(np.finfo(float).max) = 709.78보다 크면 '
        '오버플로됩니다(4절).',
    'the networks have no biases: which f satisfy f(2x) = 2 f(x) for every x?':
        '신경망에는 편향이 없습니다. 모든 x에 대해 f(2x) = 2 f(x)를 만족하는 f는 무엇일까요?',
    'the ratio is below 1 at gain 1 and above 1 at gain 1.5: try the middle, and keep the half where it crosses 1.':
        '비율은 이득 1에서 1보다 작고 이득 1.5에서 1보다 큽니다. 가운데 값을 시도하고, 비율이 1을 지나는 쪽 절반을 남기세요.',
    "the sign is flipped everywhere. The derivative of 1 - sigma is -sigma'; check the sign of your second term "
    "(sigma' must fall for x > 0, so sigma'' is negative there).":
        "부호가 모든 곳에서 뒤집혔습니다. 1 - sigma의 도함수는 -sigma'입니다. 둘째 항의 부호를 확인하세요(x > 0에서 sigma'는 줄어들어야 하므로, 그곳에서 "
        "sigma''는 음수입니다).",
    'the sign is flipped: the gradient points to where the loss grows.':
        '부호가 뒤집혔습니다. 기울기는 손실이 커지는 쪽을 가리킵니다.',
    'the size is right but the sign is not: the jump is the value returned at 0 (the filled dot) minus the value '
    'just to the right (the open dot), not the other way round.':
        '크기는 맞지만 부호가 틀렸습니다. 점프는 0에서 반환되는 값(채운 점)에서 바로 오른쪽의 값(빈 점)을 뺀 것이지, 그 반대가 아닙니다.',
    'the slope is 1 where ReLU rises and 0 where it is flat; what must it be at x = 0 itself?':
        '기울기는 ReLU가 올라가는 곳에서 1, 평평한 곳에서 0입니다. 그렇다면 x = 0 바로 그곳에서는 얼마여야 할까요?',
    "the slope is largest where its own derivative, SiLU'', is zero: look for x between 1 and 4.":
        "기울기는 그 자신의 도함수인 SiLU''가 0인 곳에서 가장 큽니다. 1과 4 사이에서 x를 찾아보세요.",
    'the two sides are swapped: alpha appears only for x <= 0.':
        '두 쪽이 뒤바뀌었습니다. alpha는 x <= 0에서만 나타납니다.',
    'these are the shifted exponentials, not yet probabilities: they do not add up to 1.':
        '그것은 이동한 지수 함수 값일 뿐 아직 확률이 아닙니다. 합이 1이 되지 않습니다.',
    'this is 1 - tanh(x)^2, the formula that fails: at x = 30, tanh(x) rounds to 1 and the subtraction leaves 0 '
    'instead of 3.5e-26.':
        '이것은 실패하는 식인 1 - tanh(x)^2입니다. x = 30에서 tanh(x)가 1로 반올림되어, 뺄셈의 결과가 3.5e-26이 아니라 0이 됩니다.',
    'train each of the ten seeds at lr 0.8 for 100 epochs, take the share of dead units at the end, and average '
    'the ten shares.':
        '시드 열 개 각각으로 학습률 0.8에서 100 에폭 동안 학습하고, 끝났을 때 죽은 유닛의 비율을 구한 뒤, 열 개 비율의 평균을 내세요.',
    'where does your formula lose the tiny value sigma(-40) = 4.2e-18: in an addition to 1?':
        '여러분의 식은 어디에서 아주 작은 값 sigma(-40) = 4.2e-18을 잃을까요? 1에 더하는 곳일까요?',
    'which dot is the value the library returns at 0, and which the value just to its right?':
        '어느 점이 라이브러리가 0에서 반환하는 값이고, 어느 점이 바로 오른쪽의 값일까요?',
    'write f(h) and f(-h) for a small h > 0 and put them into (f(h) - f(-h)) / (2h).':
        '작은 h > 0에 대해 f(h)와 f(-h)를 쓰고, (f(h) - f(-h)) / (2h)에 넣으세요.',
    'write the mean cross-entropy as a function of p and find its lowest point.':
        '평균 교차 엔트로피를 p의 함수로 쓰고, 그 함수의 가장 낮은 점을 찾으세요.',
    'you divided by h; the central difference spans 2h, from -h to h.':
        'h로 나누었습니다. 중앙 차분의 폭은 -h부터 h까지, 2h입니다.',
    'you halved 709.78. After subtracting the mean, is the larger exponent larger or smaller than d?':
        '709.78을 반으로 나누었습니다. 평균을 뺀 뒤 더 큰 지수는 d보다 클까요, 작을까요?',
    "you have it when the right panel's title reads 30% or more at your gain and less one step lower.":
        '여러분이 고른 이득에서 오른쪽 그림의 제목이 30% 이상이고, 한 단계 아래에서는 30% 미만이면 답을 찾은 것입니다.',
    "you kept sigma' = sigma (1 - sigma) as a factor. It cancels against the derivative of the log: d/dz log "
    "sigma(z) = sigma' / sigma = 1 - sigma.":
        "sigma' = sigma (1 - sigma)를 인수로 남겨 두었습니다. 이 인수는 로그의 도함수와 약분됩니다: d/dz log sigma(z) = sigma' / "
        'sigma = 1 - sigma.',
    'you multiplied 1e-3 by ratio/rate. The ratio is the rate times ratio/rate: solve that for the rate.':
        '1e-3에 ratio/rate를 곱했습니다. 비율은 학습률 × (ratio/rate)입니다. 이 식을 학습률에 대해 푸세요.',
    'you multiplied sigma(x) by 1 - x, mixing the input x with a value of the sigmoid: the derivative can be '
    'written with sigma(x) alone.':
        'sigma(x)에 1 - x를 곱해서 입력 x와 시그모이드의 값을 섞었습니다. 도함수는 sigma(x)만으로 쓸 수 있습니다.',
    'you used softmax, which makes the classes compete for one unit of probability. Here each class has its own '
    'sigmoid.':
        '소프트맥스를 썼습니다. 소프트맥스는 클래스들이 합이 1인 확률을 나눠 갖도록 경쟁시킵니다. 여기서는 클래스마다 따로 시그모이드가 있습니다.',
    'you used tanh(x): the relation gives sigma(2t) from tanh(t), so sigma(x) needs tanh(x / 2). Yours is too '
    'steep by a factor 2.':
        'tanh(x)를 썼습니다. 이 관계식은 tanh(t)로 sigma(2t)를 주므로, sigma(x)에는 tanh(x / 2)가 필요합니다. 작성한 함수는 2배 더 가파릅니다.',
    'yours runs from 0 to 2: the sigmoid runs from 0 to 1, so divide by 2.':
        '작성한 함수의 값은 0부터 2까지입니다. 시그모이드의 값은 0부터 1까지이므로 2로 나누세요.',
    '{count} numbers':
        '숫자 {count}개',
    '{title}: close, but not close enough: your values differ from the answer by up to {off:.1g} of their size (at '
    '{where} the answer is {expected:.10g}, yours {got:.10g}); the checker asks for {rtol:.0e}. A constant rounded '
    'to a few digits, or a formula that loses digits, does that.':
        '{title}: 가깝지만 충분히 가깝지는 않습니다. 작성한 함수의 값은 정답과 최대 {off:.1g}의 상대 오차만큼 다릅니다({where}에서 정답은 '
        '{expected:.10g}, 작성한 함수의 값은 {got:.10g}입니다). 채점기는 {rtol:.0e} 이내를 요구합니다. 몇 자리로 반올림한 상수나 자릿수를 잃는 식을 '
        '쓰면 이렇게 됩니다.',
    '{title}: expected a number, got {answer}.':
        '{title}: 답은 숫자여야 하는데 받은 답은 {answer}입니다.',
    '{title}: expected a real number, got the complex number {answer}.':
        '{title}: 답은 실수여야 하는데 받은 답은 복소수 {answer}입니다.',
    '{title}: expected one number, got {count} (a {kind}): give the one number the question asks for.':
        '{title}: 답은 숫자 하나여야 하는데 숫자 {count}개({kind} 객체)를 받았습니다. 문제가 묻는 숫자 하나만 답하세요.',
    '{title}: not yet. Statement {letter} is not what the card shows':
        '{title}: 아직 정답이 아닙니다. 문장 {letter}는 성적표가 보여 주는 내용이 아닙니다',
    '{title}: not yet. {name!r} does not belong in your answer':
        '{title}: 아직 정답이 아닙니다. {name!r} 함수는 답에 들어가지 않습니다',
    '{title}: your function raised {kind} at {where}: {error}.':
        '{title}: 작성한 함수에서 {where}일 때 {kind} 예외가 발생했습니다: {error}.',
    "{title}: your function raised {kind} on the check's array of inputs: {error}.":
        '{title}: 검사용 입력 배열 전체에서 작성한 함수가 {kind} 예외를 발생시켰습니다: {error}.',
    '<b>This explorer no longer responds:</b> the kernel that ran it has stopped or restarted. Run all the cells '
    'again to bring it back (JupyterLab: Run → Run All Cells; Colab: Runtime → Run all).':
        '<b>이 탐색기는 더 이상 반응하지 않습니다:</b> 탐색기를 실행하던 커널이 멈췄거나 다시 시작되었습니다. 모든 셀을 다시 실행하면 다시 동작합니다(JupyterLab: '
        'Run → Run All Cells, Colab: Runtime → Run all).',
    '{title}: close, but not within {tolerance:.2g} of the answer: check your reading and your rounding.':
        '{title}: 가깝지만 답과의 차이가 {tolerance:.2g} 이내는 아닙니다. 읽은 값과 반올림을 확인하세요.',
    '{title}: this is the network of section 6 unchanged: change one setting.':
        '{title}: 6절의 신경망 그대로입니다. 설정 하나를 바꾸세요.',
}

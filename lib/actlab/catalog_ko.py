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
    " with {count} entries": " (원소 {count}개)",
    "{title}: expected one real number, got {kind}{shape}.":
        "{title}: 답은 실수 하나여야 하는데 받은 답은 {kind}{shape}입니다.",
    "{title}: not yet, {value} is not a finite number.":
        "{title}: 아직 정답이 아닙니다. 답이 유한한 수가 아닙니다({value}).",
    "{title}: not yet, {value:.6g} is not the answer.":
        "{title}: 아직 정답이 아닙니다. {value:.6g}은(는) 답이 아닙니다.",
    "Your function returned {kind}, which numpy cannot read as numbers.":
        "작성한 함수가 {kind} 객체를 반환했는데, numpy는 이것을 숫자로 읽지 못합니다.",
    "{title}: {name!r} is not an activation of the series; the names are: {names}.":
        "{title}: {name!r}은(는) 이 시리즈의 활성화 함수 이름이 아닙니다. 쓸 수 있는 이름은 {names}입니다.",
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
    "{title}: not yet. {name!r} does not belong in your answer.":
        "{title}: 아직 정답이 아닙니다. {name!r}은(는) 답에 들어가지 않습니다.",
    "{title}: your function raised {kind}: {error}": "{title}: 작성한 함수에서 {kind} 예외가 발생했습니다: {error}",
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
    "differentiate 1 / (1 + e^-x) with the chain rule and write it with sigma itself.":
        "연쇄 법칙으로 1 / (1 + e^-x)를 미분하고, 그 결과를 sigma 자체로 나타내세요.",
    "sigma''(x) from sigma(x)": "sigma(x)로 나타낸 sigma''(x)",
    "differentiate sigma' = sigma (1 - sigma) with the product rule, then replace every sigma' that appears "
    "by sigma (1 - sigma) and collect terms.":
        "곱의 미분법으로 sigma' = sigma (1 - sigma)를 미분한 다음, 나타나는 sigma'를 모두 sigma (1 - "
        "sigma)로 바꾸고 항을 정리하세요.",
    "a stable sigmoid (right, accurate in the tail, no warning)":
        "안정적인 시그모이드(값이 맞고, 꼬리에서도 정확하며, 경고가 없음)",
    "the values must be right to 9 significant digits even far out in the tail, where sigma(-40) is about "
    "4.2e-18. If yours differs only there (0 instead of a tiny number), your formula loses relative "
    "accuracy: adding a tiny number to 1, or to -1 as in 0.5 * (1 + tanh(x / 2)), rounds it away. A "
    "quotient such as 1 / (1 + e^-x) keeps every digit.":
        "값은 꼬리의 먼 곳에서도 유효숫자 9자리까지 맞아야 합니다. 그곳에서 sigma(-40)은 약 4.2e-18입니다. "
        "그곳에서만 값이 다르다면(아주 작은 수 대신 0), 여러분의 식은 상대 정확도를 잃고 있습니다. 아주 "
        "작은 수를 1에 더하거나, 0.5 * (1 + tanh(x / 2))처럼 -1에 더하면 반올림되어 사라집니다. 1 / (1 + "
        "e^-x) 같은 나눗셈은 모든 자릿수를 지킵니다.",
    "np.exp overflowed somewhere in your function. If you branch with np.where(condition, A, B): numpy "
    "computes A and B on EVERY element before choosing, so an exp in the branch you do not want still "
    "overflows, even though its value is thrown away. Exponentiate only numbers <= 0: e = "
    "np.exp(-np.abs(x)) serves both branches.":
        "함수 어딘가에서 np.exp가 오버플로되었습니다. np.where(condition, A, B)로 분기한다면, numpy는 "
        "고르기 전에 모든 원소에서 A와 B를 모두 계산합니다. 그래서 원하지 않는 쪽 분기의 exp도 그 값이 "
        "버려지는데도 여전히 오버플로됩니다. 0 이하의 수에만 지수 함수를 적용하세요: e = "
        "np.exp(-np.abs(x))는 두 분기에 모두 쓸 수 있습니다.",
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
    "at x = 0 yours gives 1, the right-hand slope. The series takes the left-hand one there, as PyTorch does.":
        "x = 0에서 여러분의 답은 우미분 값인 1을 줍니다. 이 시리즈는 PyTorch처럼 그곳에서 좌미분 값을 씁니다.",
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
    "for s in range(10): train_and_watch('relu', 0.8, epochs=100, every=100, seed=s), take "
    "history.diagnostics[-1][1].dead.mean(), and average the ten.":
        "for s in range(10): train_and_watch('relu', 0.8, epochs=100, every=100, seed=s)를 실행해 "
        "history.diagnostics[-1][1].dead.mean()을 구한 뒤, 열 개 값의 평균을 내세요.",
    "Leaky ReLU with alpha = 0.1": "alpha = 0.1인 Leaky ReLU",
    "compare your output for negative x with 0.1 x: 0 there is plain ReLU, a constant 0.1 is the "
    "derivative, and another slope is another alpha.":
        "음수 x에서 작성한 함수의 출력을 0.1 x와 비교하세요. 그곳이 0이면 그냥 ReLU를 쓴 것이고, 상수 "
        "0.1이면 도함수를 쓴 것이며, 기울기가 다르면 다른 alpha를 쓴 것입니다.",
    "the central finite difference of Leaky ReLU (alpha = 0.1) at x = 0":
        "x = 0에서 Leaky ReLU(alpha = 0.1)의 중앙 유한 차분",
    "(f(h) - f(-h)) / (2h) with f(h) = h and f(-h) = -0.1 h: the mean of the two slopes.":
        "f(h) = h와 f(-h) = -0.1 h를 (f(h) - f(-h)) / (2h)에 넣으세요. 두 기울기의 평균이 됩니다.",
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
    "{title}: not yet: {diagnosis}": "{title}: 아직 정답이 아닙니다: {diagnosis}",
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
    "np.exp(x) overflows for x > 709, and np.where computes both branches: write log(1 + e^x) = max(x, 0) + "
    "log1p(e^(-|x|)), whose exponential is at most 1, or use np.logaddexp(0, x).":
        "np.exp(x)는 x > 709에서 오버플로되고, np.where는 두 분기를 모두 계산합니다: 지수값이 1을 넘지 않는 "
        "log(1 + e^x) = max(x, 0) + log1p(e^(-|x|))로 쓰거나, np.logaddexp(0, x)를 쓰세요.",
    "the activations that multiply every variance by exactly 4 when the input std doubles":
        "입력 표준편차가 두 배가 될 때 모든 분산을 정확히 4배로 만드는 활성화 함수",
    "the networks have no biases: which f satisfy f(2x) = 2 f(x) for every x? Check each name with "
    "signal_statistics(name, 10, init='he', input_std=1.0) and input_std=2.0.":
        "신경망에는 편향이 없습니다: 모든 x에 대해 f(2x) = 2 f(x)를 만족하는 f는 무엇일까요? 각 이름을 "
        "signal_statistics(name, 10, init='he', input_std=1.0)과 input_std=2.0으로 확인하세요.",
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
    " It needs {need}. Read ReLU's card: half its inputs get no gradient. What would a smooth curve with a "
    "small negative part change?":
        " 적어도 {need}개 시드에서 더 높아야 합니다. ReLU의 성적표를 읽어 보세요. 입력의 절반은 기울기를 전혀 받지 못합니다. 음수 쪽에 "
        "작은 부분이 있는 매끄러운 곡선이라면 무엇이 달라질까요?",
    "a zero-centred activation that never saturates": "0을 중심으로 하고 절대 포화하지 않는 활성화 함수",
    "{title}: its mean on N(0,1) is {mean:+.3f}; zero-centred means within 0.05 of 0.":
        "{title}: N(0,1)에서 평균이 {mean:+.3f}입니다. 0을 중심으로 한다는 것은 0에서 0.05 이내라는 뜻입니다.",
    "{title}: its slope falls to {small:.3g} at x = {at:.3g}, below 10% of its largest, {large:.3g}: there it "
    "saturates.":
        "{title}: 기울기가 x = {at:.3g}에서 {small:.3g}로 떨어져 최댓값 {large:.3g}의 10%보다 작아집니다. 거기서 "
        "포화합니다.",
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
    "{title}: not yet. Statement {letter} is not what the card shows.":
        "{title}: 아직 정답이 아닙니다. 문장 {letter}은(는) 성적표가 보여 주는 내용이 아닙니다.",
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
    "{title}: not yet. Your function uses a name that is not defined: {error}. Is it spelled as in the lesson, "
    "and has the setup cell run (Run → Run All Above)?":
        "{title}: 아직 정답이 아닙니다. 함수가 정의되지 않은 이름을 씁니다: {error}. 강의에서와 같은 철자인지, "
        "설정 셀을 실행했는지(Run → Run All Above) 확인하세요.",
    "{title}: not yet, {value:.6g} is not the answer: {diagnosis}": "{title}: 아직 정답이 아닙니다. {value:.6g}은(는) 답이 아닙니다: {diagnosis}",
    "{title}: not yet. {value:g} looks like a percent; give it as a fraction between 0 and 1 ({value:g}% is "
    "{fraction:g}).":
        "{title}: 아직 정답이 아닙니다. {value:g}은(는) 백분율로 보입니다. 0과 1 사이의 비율로 답하세요({value:g}%는 "
        "{fraction:g}입니다).",
    "that bounds nine derivatives. Count the factors again: one for each sigmoid derivative the error passes.":
        "그것은 도함수 아홉 개의 한계입니다. 인수의 개수를 다시 세어 보세요. 오차가 지나는 시그모이드 도함수마다 "
        "하나씩입니다.",
    "{title}: close, but not within {tolerance:.2g} of the answer. If you estimated it by simulation, its "
    "noise is larger than that: reason out the exact value.":
        "{title}: 가깝지만 답과의 차이가 {tolerance:.2g} 이내는 아닙니다. 시뮬레이션으로 추정했다면 그 잡음이 "
        "이보다 큽니다. 정확한 값을 추론해 보세요.",
    "that is for nine layers; the network has ten.": "그것은 층 아홉 개에 대한 값입니다. 신경망의 층은 열 개입니다.",
    "that is the chance that the input survives every layer, the opposite of what is asked.":
        "그것은 입력이 모든 층을 살아서 통과할 확률로, 묻는 것과 반대입니다.",
}

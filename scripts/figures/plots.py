"""Figures computed from data. Each function returns a matplotlib figure."""

from __future__ import annotations

import math

import numpy as np

from matplotlib.patches import Rectangle

from .style import COLORS, figure

X = np.linspace(-5, 5, 401)


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def _gelu(x):
    erf = np.vectorize(math.erf)
    return 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))


def activations():
    """Common activation functions on one axis."""
    fig, ax = figure()
    ax.plot(X, _sigmoid(X), label="sigmoid")
    ax.plot(X, np.tanh(X), label="tanh")
    ax.plot(X, np.maximum(0, X), label="ReLU")
    ax.plot(X, np.where(X > 0, X, 0.1 * X), "--", label="Leaky ReLU (slope 0.1)")
    ax.plot(X, _gelu(X), ":", label="GELU")
    ax.set_ylim(-1.5, 3)
    ax.set_xlabel("input x")
    ax.set_ylabel("output f(x)")
    ax.legend(frameon=False, loc="upper left")
    return fig


def sigmoid_derivative():
    """Sigmoid and its derivative, which peaks at 0.25."""
    fig, ax = figure()
    s = _sigmoid(X)
    ax.plot(X, s, label="σ(x)")
    ax.plot(X, s * (1 - s), label="σ'(x) = σ(x)(1 − σ(x))")
    ax.axhline(0.25, color="gray", lw=1, ls="--")
    ax.annotate("maximum 0.25 at x = 0", xy=(0, 0.25), xytext=(1.2, 0.45),
                arrowprops={"arrowstyle": "->", "color": "gray"})
    ax.axvspan(-5, -3, color="gray", alpha=0.12)
    ax.axvspan(3, 5, color="gray", alpha=0.12)
    ax.text(4, 0.62, "saturated:\ngradient ≈ 0", ha="center", fontsize=9)
    ax.set_xlabel("input x")
    ax.legend(frameon=False, loc="upper left")
    return fig


def relu_family():
    """ReLU and its variants near zero, where they differ."""
    x = np.linspace(-3, 3, 301)
    fig, ax = figure()
    ax.plot(x, np.maximum(0, x), label="ReLU: max(0, x)")
    ax.plot(x, np.where(x > 0, x, 0.1 * x), "--", label="Leaky ReLU (α = 0.1)")
    ax.plot(x, np.where(x > 0, x, np.expm1(np.minimum(x, 0))), label="ELU (α = 1)")
    ax.plot(x, _gelu(x), ":", label="GELU")
    ax.set_xlabel("input x")
    ax.set_ylabel("output")
    ax.legend(frameon=False, loc="upper left")
    return fig


def _gd_path(lr, steps=12, momentum=0.0, start=(-4.0, 2.0), curv=(1.0, 10.0)):
    """Gradient descent (optionally heavy-ball momentum) on f = (a x^2 + b y^2) / 2."""
    p = np.array(start)
    v = np.zeros(2)
    a = np.array(curv)
    path = [p.copy()]
    for _ in range(steps):
        g = a * p
        v = momentum * v + g
        p = p - lr * v
        path.append(p.copy())
    return np.array(path)


def _contours(ax, curv=(1.0, 10.0)):
    xs, ys = np.meshgrid(np.linspace(-5, 5, 90), np.linspace(-3, 3, 60))
    ax.contour(xs, ys, (curv[0] * xs**2 + curv[1] * ys**2) / 2, levels=12,
               colors="gray", linewidths=0.6, alpha=0.6)
    ax.plot(0, 0, "k*", ms=10)
    ax.set_aspect("equal")
    ax.grid(False)


def learning_rates():
    """The same quadratic bowl with a small, a good and a too-large learning rate."""
    fig, axes = figure(9.6, 3.2, ncols=3)
    # largest curvature is 10, so steps diverge along y once lr > 2 / 10 = 0.2
    for ax, lr, name, c in zip(axes, (0.02, 0.15, 0.205),
                               ("too small: η = 0.02", "good: η = 0.15", "too large: η = 0.205"),
                               COLORS):
        _contours(ax)
        path = _gd_path(lr)
        ax.plot(path[:, 0], path[:, 1], "o-", color=c, ms=3, lw=1.2)
        ax.set_title(name, fontsize=11)
        ax.set_xlim(-5, 5)
        ax.set_ylim(-3, 3)
        ax.set_xticks([])
        ax.set_yticks([])
    return fig


def momentum():
    """Plain gradient descent zig-zags across a narrow valley; momentum moves along it.

    f = (x^2 + 25 y^2) / 2: after 25 steps plain GD (eta 0.075, near its limit 2/25) is still
    0.57 from the minimum; heavy-ball momentum (beta 0.6, eta 0.04) is 0.19 away.
    """
    curv = (1.0, 25.0)
    fig, ax = figure(6.4, 3.4)
    _contours(ax, curv)
    plain = _gd_path(0.075, steps=25, curv=curv)
    heavy = _gd_path(0.04, steps=25, momentum=0.6, curv=curv)
    ax.plot(plain[:, 0], plain[:, 1], "o-", ms=3, lw=1.2, label="gradient descent, η = 0.075")
    ax.plot(heavy[:, 0], heavy[:, 1], "s-", ms=3, lw=1.2,
            label="momentum β = 0.6, η = 0.04")
    ax.set_xlim(-5, 5)
    ax.set_ylim(-3, 3)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.legend(frameon=False, loc="lower right", fontsize=9)
    return fig


def polynomial_fits():
    """Under-, well- and over-fitted polynomials on the 20 noisy points of the overfitting page's
    code (same seed and draws)."""
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 1, 20)
    y = np.sin(2 * np.pi * x) + rng.normal(0, 0.2, x.size)
    grid = np.linspace(0, 1, 300)
    fig, axes = figure(9.6, 3.0, ncols=3, sharey=True)
    for ax, degree, name in zip(axes, (1, 3, 15),
                                ("degree 1: underfits", "degree 3: fits", "degree 15: overfits")):
        p = np.polynomial.Polynomial.fit(x, y, degree)
        ax.plot(grid, np.sin(2 * np.pi * grid), color="gray", lw=1, ls="--", label="true")
        ax.plot(grid, p(grid), color=COLORS[0])
        ax.plot(x, y, "o", color=COLORS[1], ms=4)
        ax.set_ylim(-2, 2)
        ax.set_title(name, fontsize=11)
        ax.set_xticks([])
    return fig


def early_stopping():
    """Training loss keeps falling; validation loss turns up: stop at its minimum."""
    epochs = np.arange(1, 61)
    train = 0.05 + 1.2 * np.exp(-epochs / 10)
    val = 0.25 + 1.0 * np.exp(-epochs / 9) + 0.006 * np.maximum(0, epochs - 18) ** 1.3 / 3
    best = int(np.argmin(val))
    fig, ax = figure()
    ax.plot(epochs, train, label="training loss")
    ax.plot(epochs, val, label="validation loss")
    ax.axvline(epochs[best], color="gray", ls="--", lw=1)
    ax.annotate(f"best validation loss:\nstop here (epoch {epochs[best]})",
                xy=(epochs[best], val[best]), xytext=(epochs[best] + 6, val[best] + 0.35),
                arrowprops={"arrowstyle": "->", "color": "gray"}, fontsize=9)
    ax.text(52, 0.30, "overfitting:\ngap grows", ha="center", fontsize=9)
    ax.set_xlabel("epoch")
    ax.set_ylabel("loss")
    ax.legend(frameon=False)
    return fig


def warmup_cosine():
    """Linear warmup then cosine decay, the common schedule for Transformers."""
    steps = np.arange(0, 10001)
    warm, peak, floor = 1000, 3e-4, 3e-5
    cosine = floor + 0.5 * (peak - floor) * (1 + np.cos(np.pi * (steps - warm) / (steps[-1] - warm)))
    lr = np.where(steps < warm, peak * steps / warm, cosine)
    fig, ax = figure()
    ax.plot(steps, lr * 1e4)
    ax.axvline(warm, color="gray", ls="--", lw=1)
    ax.text(warm + 150, 0.5, "end of warmup\n(step 1,000)", fontsize=9)
    ax.set_xlabel("training step")
    ax.set_ylabel("learning rate (× 10⁻⁴)")
    return fig


def gradient_norms():
    """Per-layer gradient norms in a 20-layer MLP: sigmoid vanishes, ReLU + He does not."""
    rng = np.random.default_rng(0)
    depth, width, batch = 20, 64, 128

    def norms(act, dact, scale):
        ws = [rng.normal(0, scale(width), (width, width)) for _ in range(depth)]
        h = rng.normal(0, 1, (batch, width))
        zs, hs = [], [h]
        for w in ws:
            z = h @ w
            h = act(z)
            zs.append(z)
            hs.append(h)
        g = np.ones_like(h) / batch
        out = []
        for w, z, h_in in zip(reversed(ws), reversed(zs), reversed(hs[:-1])):
            g = g * dact(z)
            out.append(np.linalg.norm(h_in.T @ g))
            g = g @ w.T
        return out[::-1]

    sig = norms(_sigmoid, lambda z: _sigmoid(z) * (1 - _sigmoid(z)), lambda n: 1 / math.sqrt(n))
    relu = norms(lambda z: np.maximum(0, z), lambda z: (z > 0).astype(float),
                 lambda n: math.sqrt(2 / n))
    layers = np.arange(1, depth + 1)
    fig, ax = figure()
    ax.semilogy(layers, sig, "o-", ms=4, label="sigmoid, Glorot-scale init")
    ax.semilogy(layers, relu, "s-", ms=4, label="ReLU, He init")
    ax.set_xlabel("layer (1 = closest to the input)")
    ax.set_ylabel("weight-gradient norm (log scale)")
    ax.set_xticks([1, 5, 10, 15, 20])
    ax.legend(frameon=False)
    return fig


def batch_norm_effect():
    """Activations of one channel before and after batch normalisation."""
    rng = np.random.default_rng(0)
    x = rng.normal(4.0, 2.5, 4000)
    xhat = (x - x.mean()) / np.sqrt(x.var() + 1e-5)
    fig, ax = figure()
    bins = np.linspace(-6, 14, 80)
    ax.hist(x, bins=bins, alpha=0.6, label=f"before: mean {x.mean():.1f}, std {x.std():.1f}")
    ax.hist(xhat, bins=bins, alpha=0.6, label="after: mean 0, std 1 (then γ·x̂ + β)")
    ax.set_xlabel("activation value")
    ax.set_ylabel("count")
    ax.legend(frameon=False, fontsize=9)
    return fig


def double_descent():
    """Test error of min-norm random-features regression peaks when features ≈ samples."""
    rng = np.random.default_rng(0)
    n, d, noise = 40, 5, 0.3
    w_true = rng.normal(size=d)
    x_tr, x_te = rng.normal(size=(n, d)), rng.normal(size=(1000, d))
    y_tr = x_tr @ w_true + noise * rng.normal(size=n)
    y_te = x_te @ w_true
    widths = np.unique(np.round(np.geomspace(2, 800, 40)).astype(int))
    errs = []
    for p in widths:
        trials = []
        for seed in range(10):
            r = np.random.default_rng(seed)
            proj = r.normal(size=(d, p)) / math.sqrt(d)
            f_tr, f_te = np.maximum(0, x_tr @ proj), np.maximum(0, x_te @ proj)
            coef = np.linalg.pinv(f_tr) @ y_tr
            trials.append(np.mean((f_te @ coef - y_te) ** 2))
        errs.append(np.median(trials))
    fig, ax = figure()
    ax.loglog(widths, errs, "o-", ms=3)
    ax.axvline(n, color="gray", ls="--", lw=1)
    ax.text(n * 1.1, max(errs) / 3, f"interpolation threshold\n(features = {n} samples)", fontsize=9)
    ax.set_xlabel("number of random ReLU features (model size)")
    ax.set_ylabel("test error (log scale)")
    return fig



ATTENTION_TOKENS = ["the", "cat", "sat", "down"]


def _attention_example(causal=False):
    """The example of transformers/self-attention-qkv.md: 4 tokens, d_model = d_k = 8, seed 0.

    Same draws in the same order as the page, so the figure shows the page's numbers.
    """
    rng = np.random.default_rng(0)
    n, d_model, d_k = 4, 8, 8
    x = rng.normal(size=(n, d_model))
    w_q = rng.normal(size=(d_model, d_k)) / np.sqrt(d_model)
    w_k = rng.normal(size=(d_model, d_k)) / np.sqrt(d_model)
    scores = (x @ w_q) @ (x @ w_k).T / np.sqrt(d_k)
    if causal:
        scores = np.where(np.tril(np.ones((n, n), dtype=bool)), scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    return weights / weights.sum(axis=-1, keepdims=True)


def _token_matrix(ax, shade, labels, title, blocked=None, blocked_label="−∞"):
    """A token-by-token matrix: cells shaded by `shade` (0..1) and labelled; blocked cells grey."""
    n = len(ATTENTION_TOKENS)
    ax.imshow(shade, cmap="Blues", vmin=0, vmax=1)
    for i in range(n):
        for j in range(n):
            if blocked is not None and blocked[i, j]:
                ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, facecolor="#dddddd",
                                       edgecolor="white", lw=1))
                ax.text(j, i, blocked_label, ha="center", va="center", fontsize=10,
                        color="#444444")
            else:
                ax.text(j, i, labels[i][j], ha="center", va="center", fontsize=10,
                        color="white" if shade[i, j] > 0.55 else "black")
    ax.set_xticks(range(n), ATTENTION_TOKENS)
    ax.set_yticks(range(n), ATTENTION_TOKENS)
    ax.tick_params(length=0)
    ax.xaxis.tick_top()
    ax.xaxis.set_label_position("top")
    ax.set_xlabel("key (attended to)")
    ax.set_ylabel("query (attending)")
    ax.grid(False)
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_title(title, fontsize=10.5, y=-0.14)


def attention_heatmap():
    """Self-attention weights of the 4-token example (each row sums to 1)."""
    weights = _attention_example()
    fig, ax = figure(4.2, 4.2)
    _token_matrix(ax, weights, [[f"{w:.2f}" for w in row] for row in weights],
                  "A = softmax(QKᵀ / √d_k): rows sum to 1")
    return fig


def causal_mask():
    """The causal mask and the resulting weights of the same 4-token example."""
    n = len(ATTENTION_TOKENS)
    future = np.triu(np.ones((n, n), dtype=bool), k=1)
    weights = _attention_example(causal=True)
    fig, axes = figure(8.4, 4.2, ncols=2)
    _token_matrix(axes[0], np.full((n, n), 0.12), [["0"] * n for _ in range(n)],
                  "mask M: 0 = may attend, −∞ = future", blocked=future)
    _token_matrix(axes[1], weights, [[f"{w:.2f}" for w in row] for row in weights],
                  "A = softmax(QKᵀ / √d_k + M): masked weights are 0", blocked=future,
                  blocked_label="0")
    fig.tight_layout()
    return fig


def kv_cache_memory():
    """KV-cache memory of a Llama-2-7B-like model against sequence length, MHA vs GQA.

    bytes = 2 (K and V) * layers * kv_heads * head_dim * seq_len * batch * bytes per value.
    """
    layers, head_dim, fp16 = 32, 128, 2
    seq = np.arange(0, 32769, 256)
    fig, ax = figure()
    for kv_heads, name in ((32, "MHA: 32 KV heads (0.5 MiB per token)"),
                           (8, "GQA: 8 KV heads (0.125 MiB per token)")):
        gib = 2 * layers * kv_heads * head_dim * seq * 1 * fp16 / 2**30
        ax.plot(seq / 1024, gib, label=name)
    weights_gib = 6.74e9 * fp16 / 2**30
    ax.axhline(weights_gib, color="gray", ls="--", lw=1)
    ax.text(0.5, weights_gib - 0.3, f"fp16 weights of a 6.7B-parameter model ≈ "
            f"{weights_gib:.1f} GiB", fontsize=9, color="#444444", va="top")
    ax.plot([4], [2.0], "o", color=COLORS[0], ms=5)
    ax.annotate("2 GiB at 4,096 tokens", xy=(4, 2.0), xytext=(7, 4.5), fontsize=9,
                arrowprops={"arrowstyle": "->", "color": "gray"})
    ax.set_xlabel("sequence length (thousands of tokens), batch 1")
    ax.set_ylabel("KV cache (GiB, fp16)")
    ax.set_xticks([0, 4, 8, 16, 24, 32])
    ax.set_xlim(0, 32)
    ax.set_ylim(0, 17)
    ax.legend(frameon=False, loc="upper left")
    return fig


def loss_curve_failures():
    """Small multiples of training/validation loss curves for the classic failure modes.

    Schematic curves from closed-form shapes plus seeded noise (not a training run), on one
    shared loss scale so the panels compare: a healthy run, learning rate too high, too low,
    overfitting, underfitting and a loss spike.
    """
    rng = np.random.default_rng(0)
    steps = np.linspace(0, 100, 201)
    floor = np.log(10)  # initial loss of a 10-class classifier, ln C

    def noisy(curve, scale):
        return curve + scale * rng.standard_normal(steps.size)

    fast = np.exp(-steps / 12)
    panels = []
    # 1. healthy: both fall and level off, small stable gap
    panels.append(("healthy", noisy(0.25 + 2.05 * fast, 0.03), 0.35 + 1.95 * fast,
                   "small, stable gap"))
    # 2. LR too high: quick drop, then a noisy plateau and a blow-up
    high = 1.2 + 1.1 * np.exp(-steps / 3) + 0.25 * np.abs(rng.standard_normal(steps.size))
    high = high + 0.04 * np.maximum(0.0, steps - 70) ** 1.5
    panels.append(("learning rate too high", high, None, "noisy plateau,\nthen divergence"))
    # 3. LR too low: slow, almost linear descent
    panels.append(("learning rate too low", noisy(floor - 0.012 * steps, 0.02),
                   floor + 0.05 - 0.011 * steps, "slow, nearly straight"))
    # 4. overfitting: training keeps falling, validation turns up
    val_over = 0.55 + 1.75 * np.exp(-steps / 10) + 0.00012 * np.maximum(0, steps - 25) ** 2
    panels.append(("overfitting", noisy(0.02 + 2.28 * np.exp(-steps / 14), 0.02), val_over,
                   "gap grows: stop at\nthe validation minimum"))
    # 5. underfitting: both high and close together
    panels.append(("underfitting", noisy(1.45 + 0.85 * fast, 0.03), 1.52 + 0.80 * fast,
                   "both high, gap small"))
    # 6. loss spike: sudden jump, slow recovery
    spike = 0.3 + 2.0 * fast
    jump = np.where(steps >= 60, 1.6 * np.exp(-(steps - 60) / 6), 0.0)
    panels.append(("loss spike", noisy(spike + jump, 0.03), None,
                   "jump, then slow recovery"))

    fig, axes = figure(9.6, 5.4, nrows=2, ncols=3, sharex=True, sharey=True)
    for ax, (name, train, val, note) in zip(axes.flat, panels):
        ax.axhline(floor, color="gray", ls=":", lw=1)
        ax.plot(steps, train, color=COLORS[0], lw=1.4, label="training loss")
        if val is not None:
            ax.plot(steps, val, color=COLORS[1], lw=1.8, label="validation loss")
        ax.set_title(name, fontsize=11)
        low = name == "learning rate too high"  # its curve fills the top of the panel
        ax.text(0.96, 0.05 if low else 0.94, note, transform=ax.transAxes, ha="right",
                va="bottom" if low else "top", fontsize=9)
        ax.set_ylim(0, 3.4)
        ax.set_xlim(0, 100)
        ax.set_yticks([0, 1, 2, 3])
    axes[0, 0].text(100, floor + 0.06, "ln C", ha="right", va="bottom", fontsize=8,
                    color="#444444")
    for ax in axes[1]:
        ax.set_xlabel("training steps (%)")
    for ax in axes[:, 0]:
        ax.set_ylabel("loss")
    axes[0, 0].legend(frameon=False, loc="center right", fontsize=9)
    fig.tight_layout()
    return fig

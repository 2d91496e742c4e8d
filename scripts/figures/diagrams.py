"""Figures drawn from shapes with matplotlib patches. Each function returns a figure."""

from __future__ import annotations

import numpy as np
from matplotlib.patches import Circle, FancyArrowPatch, FancyBboxPatch, Polygon, Rectangle

from .style import COLORS, figure


def _blank(width, height):
    fig, ax = figure(width, height)
    ax.set_axis_off()
    ax.grid(False)
    ax.set_aspect("equal")
    return fig, ax


def _arrow(ax, start, end, **kw):
    ax.add_patch(FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=12,
                                 color=kw.pop("color", "black"), lw=kw.pop("lw", 1.2), **kw))


def _box(ax, x, y, w, h, text, color=COLORS[0], fontsize=10, alpha=0.18):
    ax.add_patch(FancyBboxPatch((x, y), w, h, boxstyle="round,pad=0.02,rounding_size=0.08",
                                facecolor=color, alpha=alpha, edgecolor=color, lw=1.5))
    ax.add_patch(FancyBboxPatch((x, y), w, h, boxstyle="round,pad=0.02,rounding_size=0.08",
                                facecolor="none", edgecolor=color, lw=1.5))
    ax.text(x + w / 2, y + h / 2, text, ha="center", va="center", fontsize=fontsize)


def _grid(ax, values, x0, y0, cell=1.0, colors=None, title=None):
    rows, cols = values.shape
    for r in range(rows):
        for c in range(cols):
            face = colors[r][c] if colors is not None else "none"
            ax.add_patch(Rectangle((x0 + c * cell, y0 + (rows - 1 - r) * cell), cell, cell,
                                   facecolor=face, edgecolor="black", lw=1))
            v = values[r, c]
            label = f"{v:g}" if float(v).is_integer() else f"{v:.2f}".rstrip("0")
            ax.text(x0 + c * cell + cell / 2, y0 + (rows - 1 - r) * cell + cell / 2, label,
                    ha="center", va="center", fontsize=11)
    if title:
        ax.text(x0 + cols * cell / 2, y0 + rows * cell + 0.35, title, ha="center", fontsize=11)


def pooling():
    """2x2 max and average pooling with stride 2 on a 4x4 feature map."""
    x = np.array([[1, 3, 2, 4], [5, 6, 1, 2], [7, 2, 9, 1], [3, 1, 4, 6]], dtype=float)
    tint = [COLORS[0], COLORS[1], COLORS[2], COLORS[4]]
    region = [[tint[(r // 2) * 2 + c // 2] + "40" for c in range(4)] for r in range(4)]
    mx = x.reshape(2, 2, 2, 2).max(axis=(1, 3))
    avg = x.reshape(2, 2, 2, 2).mean(axis=(1, 3))
    small = [[tint[r * 2 + c] + "40" for c in range(2)] for r in range(2)]
    fig, ax = _blank(8.0, 3.6)
    _grid(ax, x, 0, 0, title="input 4×4")
    _grid(ax, mx, 6, 1, colors=small, title="max pool 2×2, stride 2")
    _grid(ax, avg, 10.5, 1, colors=small, title="average pool")
    ax.add_patch(Rectangle((0, 0), 4, 4, facecolor="none", edgecolor="black", lw=1))
    for r in range(4):
        for c in range(4):
            ax.add_patch(Rectangle((c, 3 - r), 1, 1, facecolor=region[r][c], edgecolor="black",
                                   lw=1, zorder=0))
    _arrow(ax, (4.3, 2), (5.8, 2))
    ax.set_xlim(-0.3, 12.8)
    ax.set_ylim(-0.3, 4.8)
    return fig


def dropout():
    """A small network with and without dropout: dropped units and their links removed."""
    fig, axes = figure(8.0, 3.4, ncols=2)
    layers = [3, 5, 5, 2]
    dropped = {(1, 1), (1, 3), (2, 0), (2, 3)}
    for ax, title, drop in zip(axes, ("full network (evaluation)", "one training step, p = 0.4"),
                               (set(), dropped)):
        ax.set_axis_off()
        ax.grid(False)
        ax.set_aspect("equal")
        pos = {}
        for li, n in enumerate(layers):
            for ni in range(n):
                pos[(li, ni)] = (li * 2.0, (n - 1) / 2 - ni)
        for li in range(len(layers) - 1):
            for a in range(layers[li]):
                for b in range(layers[li + 1]):
                    if (li, a) in drop or (li + 1, b) in drop:
                        continue
                    (x1, y1), (x2, y2) = pos[(li, a)], pos[(li + 1, b)]
                    ax.plot([x1, x2], [y1, y2], color="gray", lw=0.7, alpha=0.7, zorder=1)
        for key, (x, y) in pos.items():
            off = key in drop
            ax.add_patch(Circle((x, y), 0.28, facecolor="white" if off else COLORS[0],
                                edgecolor="gray" if off else "black", lw=1.2, zorder=2,
                                ls="--" if off else "-"))
            if off:
                ax.plot([x - 0.2, x + 0.2], [y - 0.2, y + 0.2], color=COLORS[1], lw=1.5, zorder=3)
                ax.plot([x - 0.2, x + 0.2], [y + 0.2, y - 0.2], color=COLORS[1], lw=1.5, zorder=3)
        ax.set_title(title, fontsize=11)
        ax.set_xlim(-0.6, 6.6)
        ax.set_ylim(-2.8, 2.8)
    return fig


def cnn_pipeline():
    """A small image classifier: conv and pool stages shrink space and add channels."""
    fig, ax = _blank(9.6, 3.0)
    stages = [
        ("input\n32×32×3", 1.0, 2.6, COLORS[6]),
        ("conv 3×3\n+ ReLU\n32×32×16", 1.0, 2.6, COLORS[0]),
        ("max pool\n16×16×16", 1.0, 1.8, COLORS[2]),
        ("conv 3×3\n+ ReLU\n16×16×32", 1.2, 1.8, COLORS[0]),
        ("max pool\n8×8×32", 1.2, 1.2, COLORS[2]),
        ("global\naverage\npool → 32", 1.0, 1.2, COLORS[4]),
        ("dense\n→ 10 logits\n→ softmax", 1.2, 1.2, COLORS[1]),
    ]
    x = 0.0
    for i, (text, w, h, color) in enumerate(stages):
        _box(ax, x, -h / 2, w, h, text, color=color, fontsize=8.5)
        if i < len(stages) - 1:
            _arrow(ax, (x + w + 0.05, 0), (x + w + 0.35, 0))
        x += w + 0.4
    ax.set_xlim(-0.2, x)
    ax.set_ylim(-1.6, 1.6)
    return fig


def rnn_unrolled():
    """An RNN cell unrolled over time: the same weights at every step."""
    fig, ax = _blank(8.6, 3.4)
    for t in range(4):
        x0 = t * 2.2
        _box(ax, x0, 0, 1.2, 0.9, "h$_{%s}$" % ("t" if t == 3 else t + 1), color=COLORS[0])
        ax.text(x0 + 0.6, -1.0, "x$_{%s}$" % ("t" if t == 3 else t + 1), ha="center", fontsize=11)
        _arrow(ax, (x0 + 0.6, -0.75), (x0 + 0.6, -0.05))
        ax.text(x0 + 0.6, 1.95, "y$_{%s}$" % ("t" if t == 3 else t + 1), ha="center", fontsize=11)
        _arrow(ax, (x0 + 0.6, 0.95), (x0 + 0.6, 1.7))
        if t < 3:
            _arrow(ax, (x0 + 1.25, 0.45), (x0 + 2.15, 0.45), color=COLORS[1])
            ax.text(x0 + 1.7, 0.62, "W$_{hh}$", ha="center", fontsize=9, color=COLORS[1])
    ax.text(6.6 - 2.2 + 1.7 - 2.2, 0.45, "", fontsize=9)
    ax.text(3.3, -1.75, "h$_t$ = tanh(W$_{xh}$ x$_t$ + W$_{hh}$ h$_{t-1}$ + b): "
            "the same W$_{xh}$, W$_{hh}$, b at every step", ha="center", fontsize=10)
    ax.set_xlim(-0.3, 7.9)
    ax.set_ylim(-2.1, 2.3)
    return fig


def _state_line(ax, left: str, right: tuple[float, str, float], ops) -> None:
    """Draw a recurrent cell's state line across the top, with its x/+ operations on it."""
    _arrow(ax, (-0.2, 3.2), (8.2, 3.2), color=COLORS[1], lw=2.2)
    ax.text(-0.2, 3.45, left, fontsize=11)
    x_right, label, size = right
    ax.text(x_right, 3.45, label, fontsize=size)
    for x, sym in ops:
        ax.add_patch(Circle((x, 3.2), 0.25, facecolor="white", edgecolor="black", zorder=3))
        ax.text(x, 3.2, sym, ha="center", va="center", fontsize=13, zorder=4)


def lstm_cell():
    """The LSTM cell: gates computed from [h_{t-1}, x_t] control the additive cell state."""
    fig, ax = _blank(8.6, 4.6)
    _state_line(ax, "c$_{t-1}$", (7.8, "c$_t$", 11), ((2.0, "×"), (4.3, "+")))  # cell state
    gates = [(1.3, "f$_t$ = σ(·)\nforget", 2.0, "×"), (2.9, "i$_t$ = σ(·)\ninput", 3.6, None),
             (4.5, "g$_t$ = tanh(·)\ncandidate", 3.6, None), (6.1, "o$_t$ = σ(·)\noutput", 6.8, None)]
    for x, text, _, _ in gates:
        _box(ax, x - 0.7, 0.6, 1.4, 0.8, text, color=COLORS[0], fontsize=8.5)
    _arrow(ax, (1.3, 1.45), (1.9, 2.95))            # f -> x on highway
    ax.add_patch(Circle((3.6, 2.3), 0.25, facecolor="white", edgecolor="black", zorder=3))
    ax.text(3.6, 2.3, "×", ha="center", va="center", fontsize=13, zorder=4)
    _arrow(ax, (2.9, 1.45), (3.45, 2.1))             # i -> product
    _arrow(ax, (4.5, 1.45), (3.75, 2.1))             # g -> product
    _arrow(ax, (3.75, 2.45), (4.15, 3.0))            # product -> +
    # output path: tanh(c_t) * o_t -> h_t
    _box(ax, 6.5, 2.35, 1.0, 0.5, "tanh", color=COLORS[2], fontsize=9)
    _arrow(ax, (7.0, 3.15), (7.0, 2.9))
    ax.add_patch(Circle((7.0, 1.0), 0.25, facecolor="white", edgecolor="black", zorder=3))
    ax.text(7.0, 1.0, "×", ha="center", va="center", fontsize=13, zorder=4)
    _arrow(ax, (7.0, 2.3), (7.0, 1.27))
    _arrow(ax, (6.8, 1.0), (6.8, 1.0))
    _arrow(ax, (7.25, 1.0), (8.2, 1.0), color=COLORS[0])
    ax.text(8.25, 1.0, "h$_t$", va="center", fontsize=11)
    # inputs
    ax.plot([0.2, 6.1], [0.1, 0.1], color="gray", lw=1.2)
    for x, _, _, _ in gates:
        _arrow(ax, (x, 0.1), (x, 0.55), color="gray")
    ax.text(0.1, -0.25, "[h$_{t-1}$, x$_t$] feeds every gate", fontsize=10)
    ax.text(4.1, 4.0, "c$_t$ = f$_t$ ⊙ c$_{t-1}$ + i$_t$ ⊙ g$_t$      h$_t$ = o$_t$ ⊙ tanh(c$_t$)",
            ha="center", fontsize=10.5)
    ax.set_xlim(-0.5, 8.8)
    ax.set_ylim(-0.5, 4.4)
    return fig

def residual_block():
    """A ResNet basic block: two 3x3 convolutions on the branch, the identity on the shortcut."""
    fig, ax = _blank(6.2, 6.4)
    sx, cx = 0.7, 3.3  # x of the shortcut and of the main branch
    ax.text(cx, -0.55, "x: (C, H, W)", ha="center", fontsize=10)
    _arrow(ax, (cx, -0.3), (cx, 0.15), color="gray")
    layers = [("3×3 conv, C → C", COLORS[0]), ("BatchNorm", COLORS[4]), ("ReLU", COLORS[2]),
              ("3×3 conv, C → C", COLORS[0]), ("BatchNorm", COLORS[4])]
    y = 0.2
    for i, (text, color) in enumerate(layers):
        _box(ax, cx - 1.3, y, 2.6, 0.55, text, color=color, fontsize=9.5)
        if i < len(layers) - 1:
            _arrow(ax, (cx, y + 0.6), (cx, y + 0.95), color="gray")
        y += 1.0
    y_add = y + 0.45
    _arrow(ax, (cx, y - 0.4), (cx, y_add - 0.27), color="gray")
    ax.add_patch(Circle((cx, y_add), 0.27, facecolor="white", edgecolor="black", zorder=3))
    ax.text(cx, y_add, "+", ha="center", va="center", fontsize=13, zorder=4)
    # shortcut: from the input, around the left, into the addition
    ax.plot([cx, sx, sx], [-0.1, -0.1, y_add], color=COLORS[1], lw=2)
    _arrow(ax, (sx, y_add), (cx - 0.29, y_add), color=COLORS[1], lw=2)
    ax.text(sx - 0.45, 2.4, "identity shortcut (1×1 conv, stride 2\nwhen the shape changes)",
            rotation=90, ha="center", va="center", fontsize=9, color="#444444")
    ax.text(cx + 1.45, 2.2, "residual branch F(x)", rotation=90, ha="left", va="center",
            fontsize=9, color="#444444")
    _box(ax, cx - 1.3, y_add + 0.55, 2.6, 0.55, "ReLU", color=COLORS[2], fontsize=9.5)
    _arrow(ax, (cx, y_add + 0.27), (cx, y_add + 0.52), color="gray")
    _arrow(ax, (cx, y_add + 1.15), (cx, y_add + 1.55), color="gray")
    ax.text(cx, y_add + 1.65, "y = ReLU(F(x) + x)", ha="center", va="bottom", fontsize=11)
    ax.set_xlim(-0.9, 5.6)
    ax.set_ylim(-0.9, y_add + 2.2)
    return fig


def gru_cell():
    """The GRU cell: one state, an update gate that interpolates and a reset gate."""
    fig, ax = _blank(8.6, 4.6)
    # the hidden state is the only state
    _state_line(ax, "h$_{t-1}$", (7.6, "h$_t$ (state and output)", 10), ((1.4, "×"), (6.0, "+")))
    boxes = [(1.4, "z$_t$ = σ(·)\nupdate"), (3.3, "r$_t$ = σ(·)\nreset"),
             (5.2, "n$_t$ = tanh(·)\ncandidate")]
    for x, text in boxes:
        _box(ax, x - 0.65, 0.6, 1.3, 0.8, text, color=COLORS[0], fontsize=8.5)
    _arrow(ax, (1.4, 1.45), (1.4, 2.95))             # z -> keep h_{t-1}
    _box(ax, 2.25, 2.05, 0.55, 0.45, "1−", color=COLORS[2], fontsize=10)
    _arrow(ax, (1.75, 1.45), (2.3, 2.0))             # z -> 1 - z
    ax.add_patch(Circle((5.2, 2.28), 0.25, facecolor="white", edgecolor="black", zorder=3))
    ax.text(5.2, 2.28, "×", ha="center", va="center", fontsize=13, zorder=4)
    _arrow(ax, (2.85, 2.28), (4.93, 2.28))           # (1 - z) -> product
    _arrow(ax, (5.2, 1.45), (5.2, 2.01))             # n -> product
    _arrow(ax, (5.38, 2.46), (5.82, 3.0))            # product -> +
    _arrow(ax, (3.98, 1.0), (4.52, 1.0))             # r scales U_n h_{t-1} inside n
    ax.text(4.25, 1.55, "r$_t$ ⊙", ha="center", fontsize=9)
    # inputs
    ax.plot([0.2, 5.2], [0.1, 0.1], color="gray", lw=1.2)
    for x, _ in boxes:
        _arrow(ax, (x, 0.1), (x, 0.55), color="gray")
    ax.text(0.1, -0.25, "[h$_{t-1}$, x$_t$] feeds every box; the reset gate scales h$_{t-1}$'s "
            "share of the candidate", fontsize=10)
    ax.text(4.1, 4.0, "h$_t$ = (1 − z$_t$) ⊙ n$_t$ + z$_t$ ⊙ h$_{t-1}$      "
            "n$_t$ = tanh(W$_n$x$_t$ + r$_t$ ⊙ (U$_n$h$_{t-1}$))", ha="center", fontsize=10.5)
    ax.set_xlim(-0.5, 8.8)
    ax.set_ylim(-0.5, 4.4)
    return fig


def data_splits():
    """Train, validation and test: what each split is used for, and when."""
    fig, ax = _blank(8.6, 2.6)
    parts = [("training set (e.g. 80%)\nfit the weights", 0, 6.4, COLORS[0]),
             ("validation (10%)\ntune, early-stop", 6.5, 1.55, COLORS[4]),
             ("test (10%)\nreport once", 8.15, 1.55, COLORS[1])]
    for text, x, w, color in parts:
        _box(ax, x, 0.4, w, 1.0, text, color=color, fontsize=9.5)
    ax.text(4.85, -0.25, "choose models and hyperparameters on validation; touch test only at the end",
            ha="center", fontsize=9.5)
    ax.set_xlim(-0.2, 9.9)
    ax.set_ylim(-0.6, 1.7)
    return fig


def encoder_decoder():
    """A seq2seq encoder-decoder: the encoder's final state starts the decoder."""
    fig, ax = _blank(9.0, 3.4)
    src, tgt = ["le", "chat", "dort"], ["<s>", "the", "cat", "sleeps"]
    for i, word in enumerate(src):
        x0 = i * 1.6
        _box(ax, x0, 0, 1.1, 0.8, "enc", color=COLORS[0], fontsize=9)
        ax.text(x0 + 0.55, -0.9, word, ha="center", fontsize=10)
        _arrow(ax, (x0 + 0.55, -0.65), (x0 + 0.55, -0.05))
        if i < len(src) - 1:
            _arrow(ax, (x0 + 1.15, 0.4), (x0 + 1.55, 0.4), color=COLORS[1])
    _arrow(ax, (3.2 + 1.15, 0.4), (5.15, 0.4), color=COLORS[1], lw=2)
    ax.text(4.75, 0.9, "context\n(final state)", ha="center", fontsize=8.5, color=COLORS[1])
    for i, word in enumerate(tgt):
        x0 = 5.2 + i * 1.6
        _box(ax, x0, 0, 1.1, 0.8, "dec", color=COLORS[2], fontsize=9)
        ax.text(x0 + 0.55, -0.9, word, ha="center", fontsize=10)
        _arrow(ax, (x0 + 0.55, -0.65), (x0 + 0.55, -0.05))
        out = (tgt[1:] + ["</s>"])[i]
        ax.text(x0 + 0.55, 1.7, out, ha="center", fontsize=10)
        _arrow(ax, (x0 + 0.55, 0.85), (x0 + 0.55, 1.45))
        if i < len(tgt) - 1:
            _arrow(ax, (x0 + 1.15, 0.4), (x0 + 1.55, 0.4), color=COLORS[1])
    ax.text(1.9, 2.3, "encoder reads the source", ha="center", fontsize=10)
    ax.text(7.9, 2.3, "decoder writes the target, one token at a time", ha="center", fontsize=10)
    ax.text(7.9, -1.55, "input at each step: the previous target token (teacher forcing)",
            ha="center", fontsize=9)
    ax.set_xlim(-0.3, 11.8)
    ax.set_ylim(-1.9, 2.6)
    return fig


def transformer_block():
    """A pre-LN Transformer block: two residual branches, each normalised on its way in."""
    fig, ax = _blank(7.4, 6.6)
    sx, cx = 0.8, 3.6  # x of the residual stream and of the branch centre
    ax.text(sx, -0.6, "x: (n, d) from the previous block", ha="left", fontsize=9.5)
    adds = (4.2, 8.8)
    _arrow(ax, (sx, -0.25), (sx, adds[0] - 0.27), color=COLORS[6], lw=2)
    _arrow(ax, (sx, adds[0] + 0.27), (sx, adds[1] - 0.27), color=COLORS[6], lw=2)
    _arrow(ax, (sx, adds[1] + 0.27), (sx, 9.8), color=COLORS[6], lw=2)
    ax.text(sx, 10.0, "to the next block (one final norm after the last block)", ha="left",
            fontsize=9.5)
    for y in adds:
        ax.add_patch(Circle((sx, y), 0.27, facecolor="white", edgecolor="black", zorder=3))
        ax.text(sx, y, "+", ha="center", va="center", fontsize=13, zorder=4)
    ax.text(sx - 0.35, 2.1, "residual stream", rotation=90, ha="center", va="center",
            fontsize=9.5, color="#444444")
    branches = [
        (0.4, "multi-head self-attention\n(causal mask in a decoder)", COLORS[0], adds[0],
         "mixes information\nacross tokens", "h = x + Attention(Norm(x))"),
        (5.0, "feed-forward network\nd → 4d, GELU, 4d → d", COLORS[2], adds[1],
         "transforms each\ntoken on its own", "out = h + FFN(Norm(h))"),
    ]
    for y0, body, color, y_add, role, formula in branches:
        ax.plot([sx, cx], [y0, y0], color="gray", lw=1.2)
        _arrow(ax, (cx, y0), (cx, y0 + 0.45), color="gray")
        _box(ax, cx - 1.75, y0 + 0.5, 3.5, 0.6, "LayerNorm or RMSNorm", color=COLORS[4],
             fontsize=9)
        _arrow(ax, (cx, y0 + 1.15), (cx, y0 + 1.5), color="gray")
        _box(ax, cx - 2.1, y0 + 1.55, 4.2, 1.1, body, color=color, fontsize=8.5)
        ax.plot([cx, cx], [y0 + 2.7, y_add], color="gray", lw=1.2)
        _arrow(ax, (cx, y_add), (sx + 0.3, y_add), color="gray")
        ax.text(cx + 2.35, y0 + 2.1, role, va="center", fontsize=9, color="#444444")
        ax.text(sx + 0.45, y_add + 0.12, formula, va="bottom", fontsize=10)
    ax.set_xlim(-0.6, 9.4)
    ax.set_ylim(-0.9, 10.3)
    return fig


def conv_output_size():
    """A 3x3 kernel with stride 2 on a 5x5 input padded by 1, giving a 3x3 output."""
    n, k, s, p = 5, 3, 2, 1
    m = (n + 2 * p - k) // s + 1
    fig, ax = _blank(8.2, 4.4)
    size = n + 2 * p
    for r in range(size):
        for c in range(size):
            pad = min(r, c) < p or max(r, c) >= n + p
            face = "#dddddd" if pad else "white"
            ax.add_patch(Rectangle((c, size - 1 - r), 1, 1, facecolor=face, edgecolor="gray",
                                   lw=0.8, zorder=1))
            ax.text(c + 0.5, size - 0.5 - r, "0" if pad else "", ha="center", va="center",
                    fontsize=8, color="gray")
    windows = [((0, 0), COLORS[0]), ((0, 1), COLORS[1])]
    for (orow, ocol), color in windows:
        x0, y0 = ocol * s, size - (orow * s + k)
        ax.add_patch(Rectangle((x0, y0), k, k, facecolor=color + "30", edgecolor=color, lw=2.5,
                               zorder=2))
    ax.text(size / 2, size + 0.35, "input 5×5, padded by p = 1 (grey)", ha="center", fontsize=10)
    ox, oy = size + 2.2, (size - m) / 2
    for r in range(m):
        for c in range(m):
            face = "white"
            for (orow, ocol), color in windows:
                if (r, c) == (orow, ocol):
                    face = color + "60"
            ax.add_patch(Rectangle((ox + c, oy + m - 1 - r), 1, 1, facecolor=face,
                                   edgecolor="black", lw=1))
    ax.text(ox + m / 2, oy + m + 0.35, "output 3×3", ha="center", fontsize=10)
    _arrow(ax, (size + 0.3, size / 2), (ox - 0.3, size / 2))
    ax.text(size + 1.1, size / 2 + 0.3, "k = 3\ns = 2", ha="center", va="bottom", fontsize=9.5)
    ax.text(size / 2 + 2.2, -0.9,
            f"n_out = ⌊(n + 2p − d(k − 1) − 1) / s⌋ + 1 = ⌊(5 + 2 − 2 − 1) / 2⌋ + 1 = {m}",
            ha="center", fontsize=10.5)
    ax.set_xlim(-0.3, ox + m + 0.3)
    ax.set_ylim(-1.4, size + 0.8)
    return fig


def receptive_field():
    """Receptive field of one unit through three 1-D layers, and the effective field of ten."""
    fig, (ax, bx) = figure(10.0, 3.9, ncols=2, gridspec_kw={"width_ratios": [1.45, 1]})
    ax.set_axis_off()
    ax.grid(False)
    layers = [("input", 1, None), ("conv k=3, s=1", 1, 3), ("conv k=3, s=2", 2, 5),
              ("conv k=3, s=1", 2, 9)]
    n, centre = 13, 6
    # indices of the units (input coordinates) the top unit depends on, layer by layer
    span = {3: (centre, centre)}
    span[2] = (centre - 2, centre + 2)
    span[1] = (span[2][0] - 1, span[2][1] + 1)
    span[0] = (span[1][0] - 1, span[1][1] + 1)
    for row, (name, step, r) in enumerate(layers):
        xs = range(0, n, step)
        a, b = span[row]
        for x in xs:
            inside = a <= x <= b
            ax.add_patch(Circle((x, row), 0.28, facecolor=COLORS[0] if inside else "white",
                                edgecolor="black" if inside else "gray", lw=1, zorder=3))
        label = name if r is None else f"{name}   r = {r}"
        ax.text(-0.8, row, label, ha="right", va="center", fontsize=9.5)
        if row > 0:
            below = span[row - 1]
            ax.add_patch(Polygon([(a, row), (b, row), (below[1], row - 1), (below[0], row - 1)],
                                 closed=True, facecolor=COLORS[0], alpha=0.12, lw=0, zorder=1))
    ax.annotate("", xy=(span[0][0] - 0.3, -0.55), xytext=(span[0][1] + 0.3, -0.55),
                arrowprops=dict(arrowstyle="<->", color=COLORS[1], lw=1.4))
    ax.text(centre, -0.95, "9 input pixels", ha="center", va="top", fontsize=9.5,
            color=COLORS[1])
    ax.set_xlim(-7.5, n)
    ax.set_ylim(-1.4, 3.5)
    ax.set_aspect("equal")
    depth = 10
    g = np.array([1.0])
    for _ in range(depth):
        g = np.convolve(g, np.ones(3) / 3)
    offsets = np.arange(-depth, depth + 1)
    bx.bar(offsets, g, width=0.8, color=COLORS[0], alpha=0.8, label="|gradient|, normalised")
    sigma = np.sqrt(2 * depth / 3)
    fine = np.linspace(-depth, depth, 200)
    bx.plot(fine, np.exp(-fine ** 2 / (2 * sigma ** 2)) / (sigma * np.sqrt(2 * np.pi)),
            color=COLORS[1], lw=1.5, label="Gaussian, same variance")
    bx.axvspan(-depth - 0.5, depth + 0.5, color=COLORS[4], alpha=0.12,
               label="theoretical RF (21)")
    bx.set_xlabel("input offset from the centre (pixels)")
    bx.set_title("10 stacked 3-tap layers", fontsize=10.5)
    bx.set_xlim(-depth - 1.5, depth + 1.5)
    bx.legend(fontsize=8, loc="upper left", frameon=False)
    bx.set_ylim(0, g.max() * 1.45)
    fig.tight_layout()
    return fig


DETECTION_BOXES = np.array([[12, 10, 52, 48], [8, 14, 48, 54], [22, 20, 60, 58],
                            [60, 30, 90, 70], [64, 34, 96, 72], [40, 44, 66, 66]], dtype=float)
DETECTION_SCORES = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.3])
DETECTION_TRUTH = np.array([[10, 12, 50, 52], [62, 32, 94, 72]], dtype=float)


def _iou(box, boxes):
    """IoU of one (x1, y1, x2, y2) box with each row of boxes (as on object-detection.md)."""
    w = np.clip(np.minimum(box[2], boxes[:, 2]) - np.maximum(box[0], boxes[:, 0]), 0, None)
    h = np.clip(np.minimum(box[3], boxes[:, 3]) - np.maximum(box[1], boxes[:, 1]), 0, None)
    inter = w * h
    area = (box[2] - box[0]) * (box[3] - box[1])
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    return inter / (area + areas - inter)


def _nms(boxes, scores, threshold=0.5):
    """Greedy NMS, the same loop as on object-detection.md."""
    order = np.argsort(-scores, kind="stable")
    keep = []
    while order.size > 0:
        best, rest = order[0], order[1:]
        keep.append(int(best))
        order = rest[_iou(boxes[best], boxes[rest]) <= threshold]
    return keep


def object_detection():
    """IoU of a prediction with its ground truth, and greedy NMS on six candidate boxes."""
    fig, (ax, bx) = figure(9.6, 4.2, ncols=2, gridspec_kw={"width_ratios": [0.8, 1]})
    for a, (width, height) in ((ax, (80, 64)), (bx, (100, 80))):
        a.set_aspect("equal")
        a.set_axis_off()
        a.set_xlim(0, width)
        a.set_ylim(height, 0)  # image coordinates: y grows downwards
    truth, pred = DETECTION_TRUTH[0], DETECTION_BOXES[0]
    ix1, iy1 = max(truth[0], pred[0]), max(truth[1], pred[1])
    ix2, iy2 = min(truth[2], pred[2]), min(truth[3], pred[3])
    ax.add_patch(Rectangle((ix1, iy1), ix2 - ix1, iy2 - iy1, facecolor=COLORS[4], alpha=0.35,
                           lw=0))
    for box, color in ((truth, COLORS[2]), (pred, COLORS[0])):
        ax.add_patch(Rectangle((box[0], box[1]), box[2] - box[0], box[3] - box[1],
                               facecolor="none", edgecolor=color, lw=2.2))
    ax.text(truth[0], truth[3] + 5, "ground truth", color=COLORS[2], fontsize=9.5)
    ax.text(pred[0], pred[1] - 2.5, "prediction 0", color=COLORS[0], fontsize=9.5)
    value = _iou(pred, truth[None])[0]
    ax.text(67, 31, f"IoU = {value:.2f}\n\nshaded\nintersection\nover union", ha="center",
            va="center", fontsize=10)
    ax.set_title("intersection over union", fontsize=10.5)
    keep = _nms(DETECTION_BOXES, DETECTION_SCORES, 0.5)
    label = {"facecolor": "white", "edgecolor": "none", "pad": 0.8}
    # labels that would sit on another box's edge at the default place
    moved = {0: (12, 8.5), 1: (8, 63.5), 5: (41, 64.5)}
    for i, (box, score) in enumerate(zip(DETECTION_BOXES, DETECTION_SCORES)):
        kept = i in keep
        bx.add_patch(Rectangle((box[0], box[1]), box[2] - box[0], box[3] - box[1],
                               facecolor="none", edgecolor=COLORS[0] if kept else "gray",
                               lw=2.2 if kept else 1.2, ls="-" if kept else "--"))
        if kept:
            x, y = moved.get(i, (box[0] + 1, box[1] + 4.5))
            bx.text(x, y, f"{i}: {score:.1f}", fontsize=8.5, bbox=label)
        else:
            overlaps = _iou(box, DETECTION_BOXES[keep])
            by = keep[int(np.argmax(overlaps))]
            x, y = moved.get(i, (box[0], box[3] + 4.5))
            bx.text(x, y, f"{i}: {score:.1f}, IoU {overlaps.max():.2f} with {by}",
                    fontsize=8.5, color="#555555", bbox=label)
    bx.set_title("NMS at IoU 0.5: solid kept, dashed removed", fontsize=10.5)
    fig.tight_layout()
    return fig

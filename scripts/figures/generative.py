"""Figures of the generative-models topic. Training runs live in ``data/`` scripts that write
JSON; the functions here only draw from that JSON, so the SVG is the same on every CPU."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .style import COLORS, figure

DATA = Path(__file__).resolve().parent / "data"


def _load(name: str):
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


def vae_latent():
    """The 2-D latent space of a tiny VAE on 4 Gaussian blobs in 10-D, and its loss terms.

    Trained by ``data/vae-latent.py`` (NumPy, hand-written gradients); this only draws the
    JSON: the encoder means of each class, one posterior ellipse (1 std) per class, the prior's
    1-std circle, and the reconstruction and KL terms over training."""
    from matplotlib.patches import Ellipse

    d = _load("vae-latent")
    mu, std, y = np.array(d["mu"]), np.array(d["std"]), np.array(d["label"])
    fig, (ax, ax2) = figure(9.6, 3.8, ncols=2)
    ax.add_patch(Ellipse((0, 0), 2, 2, fill=False, color="0.4", ls="--", lw=1.2))
    ax.text(0.0, -1.3, "prior N(0, I), 1 std", ha="center", fontsize=9, color="0.3")
    for c in range(4):
        sel = y == c
        ax.scatter(mu[sel, 0], mu[sel, 1], s=8, color=COLORS[c], alpha=0.8, linewidths=0,
                   label=f"class {c}")
        i = int(np.flatnonzero(sel)[0])
        ax.add_patch(Ellipse(mu[i], 2 * std[i, 0], 2 * std[i, 1], fill=False,
                             color=COLORS[c], lw=1.2))
    ax.set_xlim(-2.4, 2.4)
    ax.set_ylim(-1.9, 1.9)
    ax.set_aspect("equal")
    ax.set_xlabel("$z_1$ (encoder mean)")
    ax.set_ylabel("$z_2$")
    ax.set_title("Latent space: means and one posterior per class", fontsize=10)
    ax.legend(fontsize=8, loc="lower left", ncol=2, frameon=False)
    h = d["history"]
    ax2.plot(h["step"], h["recon"], color=COLORS[0], label="reconstruction term")
    ax2.plot(h["step"], h["kl"], color=COLORS[1], label="KL term")
    ax2.set_yscale("log")
    ax2.set_xlabel("training step")
    ax2.set_ylabel("nats per example")
    ax2.set_title("The two terms of the negative ELBO", fontsize=10)
    ax2.legend(fontsize=9, frameon=False)
    return fig


def diffusion_forward():
    """The DDPM forward process q(x_t | x_0) on a mixture of 8 tight Gaussians at several t.

    No training: x_t = sqrt(abar_t) x_0 + sqrt(1 - abar_t) eps is sampled directly with the
    linear schedule of Ho et al. (2020), beta from 1e-4 to 0.02 over T = 1000 steps. Only
    +, *, sqrt and a seeded float64 generator are used, so the SVG is the same on every CPU."""
    rng = np.random.default_rng(0)
    r = 2.0 ** 0.5 / 2.0
    centres = 2.0 * np.array([[1, 0], [r, r], [0, 1], [-r, r],
                              [-1, 0], [-r, -r], [0, -1], [r, -r]], dtype=np.float64)
    n = 160
    x0 = centres[rng.integers(0, 8, n)] + 0.08 * rng.standard_normal((n, 2))
    eps = rng.standard_normal((n, 2))
    betas = np.linspace(1e-4, 0.02, 1000)
    abar = np.cumprod(1.0 - betas)  # abar[t - 1] is alpha-bar at step t
    steps = (0, 100, 300, 1000)
    fig, axes = figure(9.6, 2.8, ncols=len(steps))
    for ax, t, c in zip(axes, steps, (COLORS[0],) * 3 + (COLORS[1],)):
        a = 1.0 if t == 0 else abar[t - 1]
        xt = np.sqrt(a) * x0 + np.sqrt(1.0 - a) * eps
        ax.scatter(xt[:, 0], xt[:, 1], s=6, color=c, alpha=0.7, linewidths=0)
        ax.set_title(f"t = {t}\n" + r"$\bar\alpha_t$" + f" = {a:.3f}", fontsize=10)
        ax.set_xlim(-3.6, 3.6)
        ax.set_ylim(-3.6, 3.6)
        ax.set_aspect("equal")
        ax.set_xticks([])
        ax.set_yticks([])
    return fig


def gan_mode_collapse():
    """Samples of two tiny GANs on a ring of 8 Gaussians, and the modes each covers over time.

    Trained by ``data/gan-mode-collapse.py`` (NumPy, hand-written gradients); this only draws the
    JSON. One row per setting: generator samples at three steps with the 8 true centres marked,
    then the number of modes covered against the step for seed 0 (bold) and four more seeds."""
    d = _load("gan-mode-collapse")
    centres, snaps = np.array(d["centres"]), d["snapshots"]
    fig, axes = figure(9.6, 5.2, nrows=len(d["runs"]), ncols=len(snaps) + 1)
    for row, (run, color) in enumerate(zip(d["runs"], (COLORS[0], COLORS[1]))):
        label = f"lr {run['lr']:g}, " + r"$\beta_1$" + f" {run['beta1']:g}"
        for col, t in enumerate(snaps):
            ax = axes[row, col]
            pts = np.array(run["samples"][str(t)])[:100]  # 100 of the 150 stored keep the SVG small
            ax.scatter(pts[:, 0], pts[:, 1], s=5, color=color, alpha=0.6, linewidths=0)
            ax.scatter(centres[:, 0], centres[:, 1], s=28, marker="+", color="0.15",
                       linewidths=1.0)
            ax.set_xlim(-2.8, 2.8)
            ax.set_ylim(-2.8, 2.8)
            ax.set_aspect("equal")
            ax.set_xticks([])
            ax.set_yticks([])
            ax.set_title(f"step {t}: {run['modes_at_snapshots'][str(t)]} of 8 modes", fontsize=9)
            if col == 0:
                ax.set_ylabel(label, fontsize=9)
        ax = axes[row, -1]
        for s in run["seeds"]:
            bold = s["seed"] == 0
            ax.plot(s["step"], s["modes"], color=color if bold else "0.6",
                    lw=1.6 if bold else 0.8, alpha=1.0 if bold else 0.7, zorder=3 if bold else 2)
        ax.set_ylim(-0.3, 8.5)
        ax.set_yticks([0, 4, 8])
        ax.set_title("modes covered, 5 seeds", fontsize=9)
        if row == len(d["runs"]) - 1:
            ax.set_xlabel("training step")
        else:
            ax.set_xticklabels([])
    fig.subplots_adjust(hspace=0.35)
    return fig

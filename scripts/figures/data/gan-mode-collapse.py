"""Train the two tiny GANs of the ``gan-mode-collapse`` figure and write ``gan-mode-collapse.json``.

Pure NumPy float64 with hand-written gradients (no torch), fixed seeds. The drawing function in
``scripts/figures/generative.py`` only reads the JSON, so the SVG does not depend on this run.
Re-run (a few minutes on one core) from the repository root with

    OMP_NUM_THREADS=1 .venv/bin/python scripts/figures/data/gan-mode-collapse.py

Toy data: a ring of 8 Gaussians (radius 2, standard deviation 0.05). Generator 2 -> 64 -> 64 -> 2
and discriminator 2 -> 64 -> 64 -> 1, ReLU hidden layers, non-saturating generator loss, one
discriminator step per generator step, Adam (beta2 0.999), batch 256. The two settings differ
only in Adam's step: learning rate 1e-3 with beta1 0.5 (the DCGAN advice) against 5e-3 with
Adam's default beta1 0.9, for both networks. A mode counts as covered when more than 2% of
1,000 samples lie within 3 standard deviations of its centre. The same two settings are also run
over several seeds, and the number of modes covered at the end of each run is stored, so the
caption can state how typical the drawn runs (seed 0) are.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().with_suffix(".json")
MODES, RADIUS, STD = 8, 2.0, 0.05
CENTRES = RADIUS * np.stack([np.cos(2 * np.pi * np.arange(MODES) / MODES),
                             np.sin(2 * np.pi * np.arange(MODES) / MODES)], axis=1)


def sig(x, digits=4):
    return float(f"{x:.{digits}g}")


def sample_data(rng, n):
    return CENTRES[rng.integers(MODES, size=n)] + STD * rng.standard_normal((n, 2))


def init_mlp(rng, sizes):
    return [(rng.standard_normal((a, b)) * np.sqrt(2.0 / a), np.zeros(b))
            for a, b in zip(sizes[:-1], sizes[1:])]


def forward(params, x):
    """Return the output and the list of layer inputs (for the backward pass)."""
    acts = [x]
    for i, (w, b) in enumerate(params):
        x = x @ w + b
        if i < len(params) - 1:
            x = np.maximum(x, 0.0)
        acts.append(x)
    return x, acts


def backward(params, acts, grad_out):
    """Return parameter gradients and the gradient with respect to the network input."""
    grads = [None] * len(params)
    for i in range(len(params) - 1, -1, -1):
        w, _ = params[i]
        if i < len(params) - 1:
            grad_out = grad_out * (acts[i + 1] > 0)
        grads[i] = (acts[i].T @ grad_out, grad_out.sum(0))
        grad_out = grad_out @ w.T
    return grads, grad_out


class Adam:
    def __init__(self, params, lr, b1=0.5, b2=0.999, eps=1e-8):
        self.lr, self.b1, self.b2, self.eps, self.t = lr, b1, b2, eps, 0
        self.m = [(np.zeros_like(w), np.zeros_like(b)) for w, b in params]
        self.v = [(np.zeros_like(w), np.zeros_like(b)) for w, b in params]

    def step(self, params, grads):
        self.t += 1
        c1, c2 = 1 - self.b1 ** self.t, 1 - self.b2 ** self.t
        for i, (p_pair, g_pair) in enumerate(zip(params, grads)):
            new = []
            for j in range(2):
                self.m[i][j][...] = self.b1 * self.m[i][j] + (1 - self.b1) * g_pair[j]
                self.v[i][j][...] = self.b2 * self.v[i][j] + (1 - self.b2) * g_pair[j] ** 2
                new.append(p_pair[j] - self.lr * (self.m[i][j] / c1) / (np.sqrt(self.v[i][j] / c2) + self.eps))
            params[i] = tuple(new)


def sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def modes_covered(samples):
    d = np.linalg.norm(samples[:, None, :] - CENTRES[None], axis=2)
    near = d.min(1) < 3 * STD
    counts = np.bincount(d.argmin(1)[near], minlength=MODES)
    return int((counts > 0.02 * len(samples)).sum()), float(near.mean())


def train(seed, lr, steps, snapshots=(), batch=256, zdim=2, hidden=64, b1=0.5):
    rng = np.random.default_rng(seed)
    g = init_mlp(rng, [zdim, hidden, hidden, 2])
    d = init_mlp(rng, [2, hidden, hidden, 1])
    opt_g, opt_d = Adam(g, lr, b1), Adam(d, lr, b1)
    z_fixed = rng.standard_normal((1000, zdim))
    shots, curve = {}, []
    for t in range(1, steps + 1):
        x = sample_data(rng, batch)
        fake, _ = forward(g, rng.standard_normal((batch, zdim)))
        lr_, ar = forward(d, x)
        lf, af = forward(d, fake)
        # discriminator: -log s(D(x)) - log(1 - s(D(G(z)))), mean over the batch
        gr_r, _ = backward(d, ar, (sigmoid(lr_) - 1.0) / batch)
        gr_f, _ = backward(d, af, sigmoid(lf) / batch)
        opt_d.step(d, [(a[0] + b[0], a[1] + b[1]) for a, b in zip(gr_r, gr_f)])
        # generator, non-saturating: -log s(D(G(z)))
        fake, ag = forward(g, rng.standard_normal((batch, zdim)))
        lf, af = forward(d, fake)
        _, dx = backward(d, af, (sigmoid(lf) - 1.0) / batch)
        gr_g, _ = backward(g, ag, dx)
        opt_g.step(g, gr_g)
        if t % 250 == 0 or t in snapshots:
            out, _ = forward(g, z_fixed)
            k, good = modes_covered(out)
            curve.append((t, k, good))
            if t in snapshots:
                shots[t] = out
    return shots, curve


def main(argv):
    steps, snaps = 6000, (1500, 3000, 6000)
    runs = {"healthy": {"lr": 1e-3, "b1": 0.5}, "unstable": {"lr": 5e-3, "b1": 0.9}}
    seeds = range(5)
    if argv and argv[0] == "explore":  # print per-seed curves for other settings, write nothing
        lr, b1, zdim = float(argv[1]), float(argv[2]), int(argv[3])
        for s in seeds:
            _, curve = train(s, lr, steps, zdim=zdim, b1=b1)
            print(lr, s, " ".join(f"{t}:{k}" for t, k, _ in curve), flush=True)
        return
    data = {"centres": [[sig(v) for v in c] for c in CENTRES], "std": STD,
            "snapshots": list(snaps), "runs": []}
    for name, cfg in runs.items():
        per_seed = []
        for s in seeds:  # seed 0 is the run drawn
            shots, curve = train(s, cfg["lr"], steps, snaps if s == 0 else (), b1=cfg["b1"])
            per_seed.append({"seed": s, "step": [t for t, _, _ in curve],
                             "modes": [k for _, k, _ in curve]})
            if s == 0:
                samples = {str(t): [[sig(v, 3) for v in p] for p in shots[t][:150]] for t in snaps}
                drawn = {str(t): k for t, k, _ in curve if t in snaps}
        data["runs"].append({"name": name, "lr": cfg["lr"], "beta1": cfg["b1"], "samples": samples,
                             "modes_at_snapshots": drawn, "seeds": per_seed})
        print(name, [r["modes"][-1] for r in per_seed], flush=True)
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])

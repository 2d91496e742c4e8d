"""Train the tiny VAE of the ``vae-latent`` figure and write ``vae-latent.json``.

Pure NumPy float64 with hand-written gradients (no torch), fixed seed. The drawing function in
``scripts/figures/generative.py`` only reads the JSON, so the SVG does not depend on this run.
Re-run (about 10 s) from the repository root with

    .venv/bin/python scripts/figures/data/vae-latent.py

Toy data: 4 classes in 10 dimensions, each a Gaussian blob around a random centre. Model:
10 -> 16 (tanh) -> (mu, log var) in 2-D; 2 -> 16 (tanh) -> 10. Loss per example: squared
error / 2 (a unit-variance Gaussian decoder, constant dropped) plus the closed-form KL to N(0, I).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().with_suffix(".json")


def sig(x, digits=4):
    return float(f"{x:.{digits}g}")


def main():
    rng = np.random.default_rng(0)
    d, hdim, k, per = 10, 16, 2, 100
    centres = 1.5 * rng.standard_normal((4, d))
    y = np.repeat(np.arange(4), per)
    x = centres[y] + 0.5 * rng.standard_normal((4 * per, d))
    n = len(x)

    def init(a, b):
        return rng.standard_normal((a, b)) / np.sqrt(a)

    p = {"W1": init(d, hdim), "b1": np.zeros(hdim), "Wm": init(hdim, k), "bm": np.zeros(k),
         "Wv": 0.1 * init(hdim, k), "bv": np.zeros(k), "W3": init(k, hdim), "b3": np.zeros(hdim),
         "W4": init(hdim, d), "b4": np.zeros(d)}
    m = {key: np.zeros_like(v) for key, v in p.items()}
    v2 = {key: np.zeros_like(v) for key, v in p.items()}
    lr, b1, b2 = 1e-2, 0.9, 0.999
    history = {"step": [], "recon": [], "kl": []}
    steps = 3000
    for t in range(1, steps + 1):
        eps = rng.standard_normal((n, k))
        h = np.tanh(x @ p["W1"] + p["b1"])
        mu = h @ p["Wm"] + p["bm"]
        lv = h @ p["Wv"] + p["bv"]
        std = np.exp(0.5 * lv)
        z = mu + std * eps
        g = np.tanh(z @ p["W3"] + p["b3"])
        xh = g @ p["W4"] + p["b4"]
        recon = 0.5 * np.sum((xh - x) ** 2) / n
        kl = 0.5 * np.sum(mu ** 2 + np.exp(lv) - lv - 1.0) / n
        if t == 1 or t % 50 == 0:
            history["step"].append(t)
            history["recon"].append(sig(recon))
            history["kl"].append(sig(kl))
        dxh = (xh - x) / n
        gr = {"W4": g.T @ dxh, "b4": dxh.sum(0)}
        da3 = (dxh @ p["W4"].T) * (1.0 - g ** 2)
        gr["W3"], gr["b3"] = z.T @ da3, da3.sum(0)
        dz = da3 @ p["W3"].T
        dmu = dz + mu / n
        dlv = dz * eps * 0.5 * std + 0.5 * (np.exp(lv) - 1.0) / n
        gr["Wm"], gr["bm"] = h.T @ dmu, dmu.sum(0)
        gr["Wv"], gr["bv"] = h.T @ dlv, dlv.sum(0)
        da1 = (dmu @ p["Wm"].T + dlv @ p["Wv"].T) * (1.0 - h ** 2)
        gr["W1"], gr["b1"] = x.T @ da1, da1.sum(0)
        for key in p:
            m[key] = b1 * m[key] + (1 - b1) * gr[key]
            v2[key] = b2 * v2[key] + (1 - b2) * gr[key] ** 2
            mh = m[key] / (1 - b1 ** t)
            vh = v2[key] / (1 - b2 ** t)
            p[key] -= lr * mh / (np.sqrt(vh) + 1e-8)
    h = np.tanh(x @ p["W1"] + p["b1"])
    mu = h @ p["Wm"] + p["bm"]
    lv = h @ p["Wv"] + p["bv"]
    out = {"label": y.tolist(), "mu": [[sig(a), sig(b)] for a, b in mu],
           "std": [[sig(a), sig(b)] for a, b in np.exp(0.5 * lv)],
           "history": history}
    OUT.write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"final recon {recon:.3f}, kl {kl:.3f}, mean posterior std {np.exp(0.5 * lv).mean(0)}")


if __name__ == "__main__":
    main()

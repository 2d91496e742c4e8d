"""Length limits a page is held to: the short answer is what a candidate says in 30 seconds.

A short answer over SHORT_ANSWER_MAX_WORDS words is a content error. The pages listed in
LONGER_SHORT_ANSWERS were written before the limit existed; they are being shortened, and the
list may only shrink: a page on it whose answer is now short enough is reported too, so the
entry is removed and the limit holds for it from then on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .plaintext import to_text
from .problems import Problem

if TYPE_CHECKING:
    from .catalog import Question

SHORT_ANSWER_MAX_WORDS = 75

LONGER_SHORT_ANSWERS = frozenset({
    "adam-vs-sgd",
    "adaptive-optimizers",
    "backpropagation",
    "batch-size",
    "bias-variance-dl",
    "ce-vs-mse-classification",
    "cnn-vs-rnn",
    "computational-graph-autodiff",
    "curse-of-dimensionality",
    "dl-vs-ml",
    "dying-relu",
    "ema-swa",
    "epochs-iterations",
    "fraud-detection-system",
    "gelu-swish-glu",
    "gradient-checking",
    "gradient-clipping",
    "hard-activations",
    "image-classification-system",
    "imbalance-losses",
    "improve-poor-network",
    "inductive-bias",
    "kl-divergence",
    "learning-rate",
    "logits-stability",
    "loss-vs-cost",
    "lr-schedules-warmup",
    "lstm",
    "margin-contrastive-losses",
    "model-capacity",
    "momentum",
    "mse-mae-huber",
    "multi-task-loss-weighting",
    "neural-network-components",
    "nll-equals-ce",
    "nonconvex-saddle-points",
    "numpy-mlp-forward-backward",
    "output-activation-choice",
    "parameter-sharing",
    "perceptron-logreg",
    "pooling",
    "pytorch",
    "relu-differentiability",
    "second-order-methods",
    "sharp-flat-minima",
    "sigmoid-tanh-problems",
    "skip-connections",
    "softmax-ce-gradient",
    "tensorflow",
    "universal-approximation",
    "vanishing-exploding-gradients",
    "weight-initialization",
    "weight-tying",
    "what-is-cnn",
    "what-is-rnn",
    "xor",
    "zero-init-symmetry",
})


def short_answer_words(q: Question) -> int:
    """Return the number of words of the short answer as read aloud (maths as its text)."""
    return len(to_text(q.short_answer).split())


def check_short_answers(questions: list[Question]) -> list[Problem]:
    """Return a problem for each short answer over the limit, and for each stale exemption."""
    problems = []
    for q in questions:
        words = short_answer_words(q)
        if words > SHORT_ANSWER_MAX_WORDS and q.slug not in LONGER_SHORT_ANSWERS:
            problems.append(Problem(q.path, "body: short answer",
                                    f"{words} words; at most {SHORT_ANSWER_MAX_WORDS} (about 30 "
                                    "seconds aloud): keep the mechanism, move detail to the explanation"))
        elif words <= SHORT_ANSWER_MAX_WORDS and q.slug in LONGER_SHORT_ANSWERS:
            problems.append(Problem(q.path, "body: short answer",
                                    f"{words} words, within the limit now: remove '{q.slug}' from "
                                    "LONGER_SHORT_ANSWERS in scripts/qbank/limits.py"))
    return problems

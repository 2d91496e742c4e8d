"""Every figure of the site: file name, drawing function and accessible title (alt text)."""

from __future__ import annotations

from . import diagrams, generative, plots

FIGURES = {
    "activation-functions": (plots.activations,
                             "Sigmoid, tanh, ReLU, Leaky ReLU and GELU plotted from -5 to 5"),
    "sigmoid-derivative": (plots.sigmoid_derivative,
                           "The sigmoid and its derivative, which peaks at 0.25 and vanishes "
                           "for large inputs"),
    "relu-family": (plots.relu_family, "ReLU, Leaky ReLU, ELU and GELU near zero"),
    "learning-rates": (plots.learning_rates,
                       "Gradient descent on a narrow quadratic bowl with a too-small, a good "
                       "and a too-large learning rate"),
    "momentum": (plots.momentum, "Gradient descent zig-zags across a narrow valley while "
                                 "momentum moves along it"),
    "polynomial-fits": (plots.polynomial_fits,
                        "Polynomials of degree 1, 3 and 15 fitted to the same 20 noisy points"),
    "early-stopping": (plots.early_stopping, "Training loss keeps falling while validation "
                                             "loss reaches a minimum and rises"),
    "warmup-cosine": (plots.warmup_cosine, "Learning rate rising linearly during warmup, "
                                           "then decaying along a cosine"),
    "gradient-norms": (plots.gradient_norms, "Per-layer gradient norms of a 20-layer network: "
                                             "sigmoid vanishes towards the input, ReLU with He "
                                             "initialization does not"),
    "batch-norm-effect": (plots.batch_norm_effect, "Histogram of one channel's activations "
                                                   "before and after batch normalization"),
    "double-descent": (plots.double_descent, "Test error against model size, peaking where "
                                             "the number of features equals the number of "
                                             "training samples"),
    "pooling": (diagrams.pooling, "A 4 by 4 feature map reduced to 2 by 2 by max pooling "
                                  "and by average pooling"),
    "dropout": (diagrams.dropout, "A network in evaluation mode and the same network during "
                                  "one training step with dropped units"),
    "cnn-pipeline": (diagrams.cnn_pipeline, "A small CNN: convolution and pooling stages "
                                            "shrink the image and add channels before a "
                                            "dense classifier"),
    "rnn-unrolled": (diagrams.rnn_unrolled, "An RNN unrolled over four time steps, sharing "
                                            "the same weights at every step"),
    "lstm-cell": (diagrams.lstm_cell, "An LSTM cell: forget, input and output gates control "
                                      "an additive cell state"),
    "gru-cell": (diagrams.gru_cell, "A GRU cell: an update gate interpolates between the "
                                    "previous hidden state and a candidate whose recurrent "
                                    "input is scaled by a reset gate"),
    "residual-block": (diagrams.residual_block, "A ResNet basic block: two 3 by 3 convolutions "
                                                "with batch norm on the residual branch, added "
                                                "to an identity shortcut before the final ReLU"),
    "encoder-decoder": (diagrams.encoder_decoder, "A sequence-to-sequence model: an encoder RNN "
                                                  "reads a French sentence and its final state "
                                                  "starts a decoder RNN that writes the English "
                                                  "translation"),
    "data-splits": (diagrams.data_splits, "A dataset split into training, validation and "
                                          "test sets with the purpose of each"),
    "transformer-block": (diagrams.transformer_block,
                          "A pre-LN Transformer block: the residual stream passes through two "
                          "additions, one from multi-head self-attention and one from the "
                          "feed-forward network, each fed through a normalization layer"),
    "attention-heatmap": (plots.attention_heatmap,
                          "Heatmap of the 4 by 4 self-attention weights for the tokens the, cat, "
                          "sat, down, one row per query, each row summing to 1"),
    "causal-mask": (plots.causal_mask,
                    "A causal mask with minus infinity above the diagonal, and the attention "
                    "weights of the tokens the, cat, sat, down after masking: each token "
                    "attends only to itself and earlier tokens"),
    "kv-cache-memory": (plots.kv_cache_memory,
                        "KV-cache memory in GiB against sequence length for a 32-layer model "
                        "with head size 128 in fp16: 32 KV heads grow four times faster than 8 "
                        "grouped KV heads"),
    "conv-output-size": (diagrams.conv_output_size,
                         "A 3 by 3 kernel sliding with stride 2 over a 5 by 5 input padded by 1 "
                         "to 7 by 7, giving a 3 by 3 output, with the output-size formula"),
    "receptive-field": (diagrams.receptive_field,
                        "The receptive field of one unit growing from 3 to 5 to 9 input pixels "
                        "through three 1-D convolution layers, one with stride 2, and the bell-"
                        "shaped input gradient of 10 stacked 3-tap layers inside their 21-pixel "
                        "theoretical receptive field"),
    "object-detection": (diagrams.object_detection,
                         "A predicted box and a ground-truth box with IoU 0.78, and six candidate "
                         "boxes on two objects after non-maximum suppression at IoU 0.5: boxes "
                         "0, 2, 3 and 5 are kept, boxes 1 and 4 are removed"),
    "vae-latent": (generative.vae_latent,
                   "The two-dimensional latent space of a small VAE trained on a toy data set: "
                   "the encoded means of each class form clusters near the origin, each "
                   "posterior is a blur rather than a point, and the KL term rises as the "
                   "reconstruction term falls"),
    "diffusion-forward": (generative.diffusion_forward,
                          "The diffusion forward process on a two-dimensional toy data set: as "
                          "t grows the points blur and end as a standard Gaussian cloud"),
    "gan-mode-collapse": (generative.gan_mode_collapse,
                          "Samples of two small GANs on a ring of eight Gaussians at three points "
                          "in training, and the number of modes each covers over time: with a "
                          "small learning rate and beta1 0.5 the samples spread over all eight "
                          "modes; with a five times larger rate and beta1 0.9 they first smear "
                          "along the ring, then gather on a few clusters, some beside the true "
                          "centres, and the count of covered modes keeps changing"),
    "loss-curve-failures": (plots.loss_curve_failures,
                            "Training and validation loss curves for the classic failure modes: "
                            "a healthy run, learning rate too high, too low, overfitting, "
                            "underfitting and a loss spike"),
}

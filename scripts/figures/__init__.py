"""Figures for the site, drawn from code with matplotlib and saved as deterministic SVG.

- ``style``     shared look and the deterministic SVG writer (no dates, fixed ids, text as text).
- ``plots``     figures computed from data: activation curves, optimisation paths, curves.
- ``diagrams``  figures drawn from shapes: pooling grid, dropout, CNN pipeline, LSTM cell, RNN.
- ``registry``  every figure: its file name, its function, its accessible title.
- ``__main__``  ``python -m scripts.figures [--check]`` renders them into docs/assets/figures/.
"""

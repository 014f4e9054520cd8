"""Bench scripts (run each as `python bench/bench_x.py` from the repository root) and the
helpers they share (support.py)."""

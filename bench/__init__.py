"""Benchmarks of the foundation at "ten years of a coalition" size (see bench/README.md)."""

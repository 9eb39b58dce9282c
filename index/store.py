"""The only module that talks to Chroma: one collection of paragraph chunks with their citation metadata.

Writes and vector queries go through llama-index's `ChromaVectorStore`; bulk reads (hashes, listing,
get by id) use the collection directly. A local persistent folder and a Chroma server (`chroma run`) are two
settings of the same `Store`. The collection records the embedding model that made its vectors and refuses
a different one. Telemetry is off.
"""

import json
import math
import os
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from index.document import Chunk
from index.errors import StoreError
from index.settings import Settings

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

_MODEL_KEY = "embed_model"


@dataclass(frozen=True)
class Filters:
    """Optional narrowing of retrieval: by document, by outlet/source, by date range (ISO, inclusive)."""

    doc_ids: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    date_from: str = ""
    date_to: str = ""

    def __bool__(self) -> bool:
        return bool(self.doc_ids or self.sources or self.date_from or self.date_to)

    def matches(self, chunk: Chunk) -> bool:
        if self.doc_ids and chunk.doc_id not in self.doc_ids:
            return False
        if self.sources and chunk.source not in self.sources:
            return False
        if self.date_from and chunk.date_ordinal < _ordinal(self.date_from):
            return False
        return not (self.date_to and not 0 < chunk.date_ordinal <= _ordinal(self.date_to))

    def where(self) -> dict | None:
        """The same conditions as a Chroma `where` clause."""
        clauses: list[dict] = []
        if self.doc_ids:
            clauses.append({"doc_id": {"$in": list(self.doc_ids)}})
        if self.sources:
            clauses.append({"source": {"$in": list(self.sources)}})
        if self.date_from:
            clauses.append({"date_ord": {"$gte": _ordinal(self.date_from)}})
        if self.date_to:
            clauses.append({"date_ord": {"$lte": _ordinal(self.date_to)}})
            clauses.append({"date_ord": {"$gt": 0}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _ordinal(iso: str) -> int:
    try:
        return int(date.fromisoformat(iso).strftime("%Y%m%d"))
    except ValueError as exc:
        raise StoreError(f"not a date (expected YYYY-MM-DD): {iso!r}") from exc


@dataclass
class DocumentInfo:
    doc_id: str
    title: str
    source: str
    date: str
    kind: str
    paragraphs: int = 0
    pages: set[int] = field(default_factory=set)


def chunk_metadata(chunk: Chunk) -> dict[str, Any]:
    return {
        "title": chunk.title,
        "source": chunk.source,
        "date": chunk.date,
        "date_ord": chunk.date_ordinal,
        "url": chunk.url,
        "page": chunk.page if chunk.page is not None else -1,
        "paragraph": chunk.paragraph,
        "char_start": chunk.char_start,
        "char_end": chunk.char_end,
        "section": chunk.section,
        "kind": chunk.kind,
        "doc_kind": chunk.doc_kind,
        "quotes": json.dumps(chunk.quotes, ensure_ascii=False),
        "rules": json.dumps(chunk.rules, ensure_ascii=False),
        "hash": chunk.content_hash,
        "meta_hash": chunk.metadata_hash,
    }


def chunk_from_record(chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
    page = int(meta.get("page", -1))
    return Chunk(
        id=chunk_id,
        doc_id=str(meta.get("doc_id") or chunk_id.split("#", 1)[0]),
        text=text,
        paragraph=int(meta.get("paragraph", 0)),
        char_start=int(meta.get("char_start", 0)),
        char_end=int(meta.get("char_end", 0)),
        page=None if page < 0 else page,
        section=str(meta.get("section", "")),
        kind=meta.get("kind", "text"),
        title=str(meta.get("title", "")),
        source=str(meta.get("source", "")),
        date=str(meta.get("date", "")),
        url=str(meta.get("url", "")),
        doc_kind=str(meta.get("doc_kind", "article")),
        quotes=tuple(json.loads(meta.get("quotes") or "[]")),
        rules=tuple(json.loads(meta.get("rules") or "[]")),
    )


class Store:
    """A Chroma collection of chunks made by one embedding model."""

    def __init__(self, settings: Settings, model_id: str, create: bool = True) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from llama_index.vector_stores.chroma import ChromaVectorStore

        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        self.location = settings.chroma_url or str(settings.store_dir)
        try:
            if settings.chroma_url:
                self._client = _http_client(chromadb, settings.chroma_url, chroma_settings)
            else:
                if not create and not settings.store_dir.exists():
                    raise StoreError(f"no index at {settings.store_dir}: run `netralitas index` first")
                settings.store_dir.mkdir(parents=True, exist_ok=True)
                self._client = chromadb.PersistentClient(path=str(settings.store_dir), settings=chroma_settings)
            self._collection = self._client.get_or_create_collection(
                settings.collection,
                metadata={"hnsw:space": "cosine", _MODEL_KEY: model_id},
                embedding_function=None,
            )
        except StoreError:
            raise
        except Exception as exc:  # chromadb raises many types for unreachable/corrupt stores
            raise StoreError(f"cannot open the vector store at {self.location}: {exc}") from exc
        self.model_id = model_id
        metadata = self._collection.metadata or {}
        stored = metadata.get(_MODEL_KEY)
        if stored and stored != model_id and self._collection.count() > 0:
            raise StoreError(
                f"the index at {self.location} was built with embedding model '{stored}', not '{model_id}': "
                "set NETRALITAS_EMBED_MODEL to that model, or index into a new --store"
            )
        if stored != model_id and self._collection.count() == 0:
            # Empty, so no vectors to mismatch: it is this model's now. Otherwise the label would keep naming the
            # model that first opened it, and the vectors this model writes would be refused (and another model's
            # queries accepted) on the next open. Chroma refuses "hnsw:" keys in modify; the space is kept anyway.
            try:
                kept = {key: value for key, value in metadata.items() if not key.startswith("hnsw:")}
                self._collection.modify(metadata={**kept, _MODEL_KEY: model_id})
            except Exception as exc:
                raise StoreError(f"cannot record the embedding model in the store at {self.location}: {exc}") from exc
        self._vectors = ChromaVectorStore(chroma_collection=self._collection)

    # --- writing -------------------------------------------------------------------------------------------

    def upsert(self, chunks: list[Chunk], embeddings: list[list[float]]) -> None:
        from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode

        if not chunks:
            return
        self.delete([c.id for c in chunks])
        nodes = []
        for chunk, embedding in zip(chunks, embeddings, strict=True):
            node = TextNode(id_=chunk.id, text=chunk.text, metadata=chunk_metadata(chunk), embedding=embedding)
            node.relationships[NodeRelationship.SOURCE] = RelatedNodeInfo(node_id=chunk.doc_id)
            nodes.append(node)
        self._vectors.add(nodes)

    def delete(self, ids: list[str]) -> None:
        if ids:
            self._collection.delete(ids=list(ids))

    # --- reading -------------------------------------------------------------------------------------------

    def count(self) -> int:
        return self._collection.count()

    def hashes(self) -> dict[str, tuple[str, str]]:
        """chunk id → (content hash, metadata hash), for every stored chunk."""
        got = self._collection.get(include=["metadatas"])
        return {
            i: (str(m.get("hash", "")), str(m.get("meta_hash", "")))
            for i, m in zip(got["ids"], got["metadatas"], strict=True)
        }

    def update_metadata(self, chunks: list[Chunk]) -> None:
        """Rewrite what is stored beside the vectors (dates, quotes, rules …) without re-embedding: the stored
        vectors are written back with the new metadata through the same path as new chunks."""
        if not chunks:
            return
        got = self._collection.get(ids=[c.id for c in chunks], include=["embeddings"])
        vectors = {i: list(v) for i, v in zip(got["ids"], got["embeddings"], strict=True)}
        present = [c for c in chunks if c.id in vectors]
        self.upsert(present, [vectors[c.id] for c in present])

    def get(self, ids: list[str]) -> list[Chunk]:
        """Chunks by id, in the order asked; unknown ids are left out."""
        if not ids:
            return []
        got = self._collection.get(ids=list(ids), include=["documents", "metadatas"])
        found = {
            i: chunk_from_record(i, d, m)
            for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        }
        return [found[i] for i in ids if i in found]

    def chunks(self, filters: Filters | None = None) -> list[Chunk]:
        """Every stored chunk (optionally filtered), in document and paragraph order."""
        where = filters.where() if filters else None
        got = self._collection.get(where=where, include=["documents", "metadatas"])
        chunks = [
            chunk_from_record(i, d, m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        ]
        return sorted(chunks, key=lambda c: (c.doc_id, c.page or 0, c.paragraph))

    def search(self, embedding: list[float], k: int, filters: Filters | None = None) -> list[tuple[Chunk, float]]:
        """Nearest chunks to a query vector with their cosine similarity, through llama-index's vector store."""
        from llama_index.core.vector_stores.types import VectorStoreQuery

        total = self.count()
        if total == 0:
            return []
        where = filters.where() if filters else None
        query = VectorStoreQuery(query_embedding=embedding, similarity_top_k=min(k, total))
        result = self._vectors.query(query, **({"where": where} if where else {}))
        return [
            # llama-index reports exp(-distance); Chroma's cosine distance is 1 - cos, so cos = 1 + ln(sim).
            (
                chunk_from_record(node.node_id, node.get_content(), {**node.metadata, "doc_id": node.ref_doc_id}),
                1.0 + math.log(similarity),
            )
            for node, similarity in zip(result.nodes or [], result.similarities or [], strict=True)
        ]

    def documents(self) -> list[DocumentInfo]:
        """One summary per indexed document: title, outlet, date, paragraph count and pages."""
        infos: dict[str, DocumentInfo] = {}
        for chunk in self.chunks():
            info = infos.setdefault(
                chunk.doc_id, DocumentInfo(chunk.doc_id, chunk.title, chunk.source, chunk.date, chunk.doc_kind)
            )
            info.paragraphs += 1
            if chunk.page is not None:
                info.pages.add(chunk.page)
        return list(infos.values())

    @property
    def vector_store(self) -> Any:
        """The llama-index vector store over this collection (for llama-index retrievers and baselines)."""
        return self._vectors


def _http_client(chromadb: Any, url: str, chroma_settings: Any) -> Any:
    from urllib.parse import urlparse

    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise StoreError(f"NETRALITAS_CHROMA_URL must look like http://host:port, not {url!r}")
    port = parsed.port or (443 if parsed.scheme == "https" else 8000)
    return chromadb.HttpClient(host=parsed.hostname, port=port, ssl=parsed.scheme == "https", settings=chroma_settings)

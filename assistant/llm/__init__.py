"""The optional generative answerer: a local (or self-hosted) LLM writes the answer, the code checks every sentence.

- `context`: the numbered paragraphs the model reads, as inert quoted data; sentences that address the model.
- `prompt`: the prompt templates (`prompts/llm.{id,en}.toml`) and the chat messages built from them.
- `enforce`: the citation check of generated text, sentence by sentence, and the citations it yields.
- `backend`: the llama-index LLM for the configured backend (llama.cpp GGUF, Ollama, OpenAI-compatible server).
- `answerer`: `LLMAnswerer`, which puts these together and falls back to the extractive answer.

Nothing here imports an LLM package at import time: the base install stays light (`pip install .[llm]` adds them).
"""

"""The extractive answerer: candidates → features → learned selector → draft (see answerer.py)."""

from assistant.extractive.answerer import ExtractiveAnswerer

__all__ = ["ExtractiveAnswerer"]

"""Indonesian (and the English users ask in) language knowledge, shared by `index/` and `assistant/`.

Sentences and their exact spans, people and their posts, quotes and who said them, rules and their polarity,
instructions that address a reader, search terms and the EN→ID glossary, and `vocabulary`, where each word list
lives once. It imports neither `index/` nor `assistant/`: both build on it.
"""

"""The extractive answerer (`answerer.py`): from the engine's ranking, the lead its kind asks for (`kinds.py`,
`verdict.py`, `roles.py`), then the verbatim sentences. The learned selector the rerank stage runs lives here too:
candidates → features → model (`candidates.py`, `features.py`, `model.py`, weights in `model/`)."""

"""Load phrasing templates from `prompts/*.toml` and fill them, failing loudly on a missing placeholder.

A template set is a flat TOML table of named strings with `{placeholder}`s. `REQUIRED` lists, per key, the
placeholders the code supplies; loading checks each template uses no others and keeps the required ones, so a
typo in a prompt file fails at start-up, not in front of a user.
"""

import string
import tomllib
from dataclasses import dataclass
from pathlib import Path

import prompts
from index.errors import NetralitasError

PROMPTS_DIR = Path(prompts.__file__).resolve().parent  # package data: found the same installed or in a checkout

EXTRACTIVE_REQUIRED: dict[str, set[str]] = {
    "short_answer": {"answer", "n"},
    "speaker": {"speaker", "n"},
    "speaker_unclear": set(),
    "no_quote": set(),
    "evidence": {"source", "date", "quote", "n"},
    "list_item": {"item", "n"},
    "list_continues": {"count"},
    "date": {"date"},
    "page": {"page"},
    "abstain": {"reason"},
    "missing_kind": {"what"},
    "other_entity": {"asked", "found"},
    "combined_only": {"asked", "found"},
    "not_broken_down": {"asked", "found"},
    "weak_match": set(),
    "unsupported": set(),
    "empty_question": set(),
    "question_too_long": {"length", "limit"},
    "what_who": set(),
    "what_role": {"role"},
    "what_when": set(),
    "what_date": set(),
    "what_where": set(),
    "what_how_many": set(),
    "what_new_count": set(),
    "what_amount": set(),
    "what_duration": set(),
    "what_law": set(),
    "what_sanction": set(),
    "what_full_name": set(),
    "what_name": set(),
    "what_allowed": set(),
    "verdict_forbidden": set(),
    "verdict_allowed": set(),
    "verdict_required": set(),
    "verdict_conditional": {"condition"},
    "verdict_by_source": {"source", "verdict"},
    "word_forbidden": set(),
    "word_allowed": set(),
    "word_required": set(),
    "word_conditional": set(),
    "conflict": {"source", "verdict", "quote", "n"},
    "legal_basis": {"refs", "n"},
    "not_regulated": set(),
    "closest_rule": set(),
    "closest_text": set(),
    "not_yet_known": set(),
    "predates": {"published", "asked"},
}


class PromptError(NetralitasError):
    """A prompt file is missing, malformed, or does not fit the code that fills it."""


@dataclass(frozen=True)
class Templates:
    name: str
    texts: dict[str, str]

    def fill(self, key: str, **values: object) -> str:
        return self.texts[key].format(**values)


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def load_templates(name: str, required: dict[str, set[str]], directory: Path = PROMPTS_DIR) -> Templates:
    path = directory / f"{name}.toml"
    try:
        texts = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise PromptError(f"cannot read prompt file {path}: {exc}") from exc
    for key, needed in required.items():
        if key not in texts:
            raise PromptError(f"{path}: missing template '{key}'")
        used = placeholders(texts[key])
        if used != needed:
            raise PromptError(f"{path}: template '{key}' uses {sorted(used)}, expected {sorted(needed)}")
    return Templates(name, {k: str(v) for k, v in texts.items()})

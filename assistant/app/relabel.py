"""The language switch: one table pairs each component with what it shows in a language, so the components
the switch updates and the updates it returns cannot fall out of step.

Leaves out the words themselves (`assistant.app.text`) and the layout (`ui`, `tools`).
"""

from collections.abc import Callable
from typing import Any

import gradio as gr

from assistant.app.render import Turn
from assistant.app.text import lang_of, ui

Relabel = Callable[[str, list[Turn]], Any]  # (interface language, the session's turns) → the component's update
Relabels = list[tuple[Any, Relabel]]  # (component, its relabel)


def texts(**keys: str) -> Relabel:
    """A relabel that sets each attribute (label, value, placeholder) to the text of its `text.py` key."""
    return lambda lang, _turns: gr.update(**{attribute: ui(lang, key) for attribute, key in keys.items()})


def follow_language(lang: Any, turns: Any, relabels: Relabels) -> None:
    """Wire the language radio `lang` so that every component in `relabels` follows it."""

    def relabel(value: str, session: list[Turn]) -> list[Any]:
        chosen = lang_of(value)
        return [update(chosen, session) for _, update in relabels]

    components = [component for component, _ in relabels]
    lang.change(relabel, [lang, turns], components, api_visibility="private", show_progress="hidden")

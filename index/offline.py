"""The environment that keeps every library offline: no hub downloads, no telemetry, no analytics.

Set in this process by `configure_offline()` (CLI, app, benchmarks; a value already set wins), and given to child
processes whole by `benchmarks.serve_process.offline_env`. Leaves out llama-index's global models (the engine
sets those, so llama-index never reaches for OpenAI).
"""

import os

OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "ANONYMIZED_TELEMETRY": "False",  # Chroma
    "GRADIO_ANALYTICS_ENABLED": "False",
    "TOKENIZERS_PARALLELISM": "false",  # no fork warnings from Hugging Face tokenizers
}


def configure_offline() -> None:
    """Set the offline environment in this process, keeping any value already set."""
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)

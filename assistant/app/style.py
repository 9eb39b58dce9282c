"""The chat app's look: a Gradio theme that uses system fonts only (no web-font or CDN request) and its CSS.

Colours come from the theme's CSS variables, so light and dark mode both work. Leaves out markup
(`assistant.app.render`) and layout (`assistant.app.ui`).
"""

import gradio as gr


def theme() -> gr.themes.Base:
    return gr.themes.Soft(
        primary_hue="blue",
        neutral_hue="slate",
        font=[gr.themes.Font("system-ui"), gr.themes.Font("Segoe UI"), gr.themes.Font("Roboto"), "sans-serif"],
        font_mono=[gr.themes.Font("ui-monospace"), gr.themes.Font("DejaVu Sans Mono"), "monospace"],
    )


CSS = """
.gradio-container { max-width: 1400px !important; margin: 0 auto; }
#na-header { align-items: center; }
#na-header h1 { margin: 0 0 .2rem 0; font-size: 1.6rem; }
#na-header p { margin: 0; color: var(--body-text-color-subdued); }
#na-lang .wrap { flex-wrap: nowrap; justify-content: flex-end; }
.na-answer, .na-abstain { line-height: 1.55; }
a.na-cite {
  display: inline-block; padding: 0 .3em; margin: 0 .1em; border-radius: .4em; font-size: .85em;
  font-weight: 600; text-decoration: none; background: var(--color-accent-soft); color: var(--color-accent);
  border: 1px solid var(--color-accent);
}
a.na-cite:hover { background: var(--color-accent); color: white; }
.na-abstain { border-left: 4px solid #d97706; padding-left: .7em; }
.na-abstain-head { font-weight: 700; color: #b45309; margin-bottom: .2em; }
.na-abstain-note { margin-top: .4em; font-size: .9em; color: var(--body-text-color-subdued); }
.na-error { color: var(--body-text-color-subdued); font-style: italic; }
.na-answerer {
  display: block; width: fit-content; margin-top: .35em; padding: 0 .5em; border-radius: .7em; font-size: .72em;
  border: 1px solid var(--border-color-primary); color: var(--body-text-color-subdued);
}
#na-sources-panel { max-height: 78vh; overflow-y: auto; padding-right: .3rem; }
.na-sources-for { font-size: .95em; margin-bottom: .6em; color: var(--body-text-color-subdued); }
.na-sources-for q { color: var(--body-text-color); font-weight: 600; }
.na-src {
  border: 1px solid var(--border-color-primary); border-radius: .7em; padding: .7em .9em; margin-bottom: .7em;
  background: var(--background-fill-primary); scroll-margin-top: 1rem;
}
.na-src.na-related { border-style: dashed; opacity: .95; }
.na-src-head { display: flex; gap: .5em; align-items: baseline; }
.na-src-n { font-weight: 700; color: var(--color-accent); white-space: nowrap; }
.na-src-title { font-weight: 600; }
.na-meta { font-size: .82em; color: var(--body-text-color-subdued); margin: .25em 0 .45em 0; }
.na-id { font-size: .95em; }
.na-text { margin: 0; line-height: 1.55; }
.na-text mark, .na-answer mark { background: #fde68a; color: #1f2937; padding: 0 .1em; border-radius: .2em; }
.na-muted { color: var(--body-text-color-subdued); }
.na-related-head, .na-earlier-head { margin: .4em 0 .3em 0; }
.na-earlier summary { cursor: pointer; margin: .3em 0; }
.na-role h4 { margin: .2em 0 .3em 0; font-size: .95em; }
.na-table { width: 100%; border-collapse: collapse; font-size: .92em; }
#na-corpus .na-table th, #na-corpus .na-table td {
  text-align: left; padding: .4em .6em; border: 0; border-bottom: 1px solid var(--border-color-primary);
}
#na-corpus .na-table th { background: var(--background-fill-secondary); }
#na-corpus .na-table .na-date { white-space: nowrap; }
#na-corpus .na-table .na-num { text-align: right; }
.na-report { white-space: pre-wrap; font-size: .85em; }
"""

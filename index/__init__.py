"""Corpus → index: load files, clean them, chunk them into paragraphs, embed them and store them in Chroma.

Nothing in this package imports `assistant/`, gradio or the CLI.
"""

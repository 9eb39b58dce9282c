"""The chat app (Gradio): layout in `ui`, handlers, rendering, uploads, security, texts and style."""

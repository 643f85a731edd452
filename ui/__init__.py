"""The Gradio web app: chat with sources, fact table, report text, feedback, and the /ask API endpoint."""

from ui.render import render_answer

__all__ = ["build_app", "render_answer", "serve"]


def __getattr__(name: str):
    # gradio is heavy: imported only when the app is built
    if name in ("build_app", "serve"):
        from ui import app

        return getattr(app, name)
    raise AttributeError(name)

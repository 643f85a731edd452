"""The Gradio chat app (web chat, fact table, source viewer): see the conversation/UI issue."""

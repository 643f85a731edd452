"""What the report admits falls short (还有哪些问题, 承认有哪些困难): the passage in which it says so, found by how
reports of the genre open it (在看到成绩的同时，我们也清醒地认识到…), not by the question's words, which such a
passage rarely writes."""

from __future__ import annotations

from index.chunks import split_sentences, to_full_stop
from qa.answer import Answer, Source
from qa.context import Context
from qa.query import Query


def answer_shortcomings(query: Query, context: Context) -> Answer | None:
    """The sentence opening the report's account of its difficulties, when the question asks for them and names
    no topic of its own (教育方面有哪些问题 does); None otherwise, or when the report has no such sentence."""
    lex = context.parser.lexicon
    if query.wants != "passage" or not lex.regex("asking", "shortcomings", "asked_pattern").search(query.text):
        return None
    plain = set(lex.words("asking", "shortcomings", "plain_words"))
    if not query.own or any(_unnamed(w, context) not in plain for w in query.own):
        return None
    frame = lex.regex("asking", "shortcomings", "frame_pattern")
    best, points = None, 0
    for chunk in context.index.chunks:
        for sentence in split_sentences(chunk.text, chunk.span[0]):
            met = len(frame.findall(sentence.text))
            if met > points:
                best, points = (chunk, sentence), met
    if best is None:
        return None
    chunk, sentence = best
    said = _paragraph_from(sentence.span[0], context)
    span = (sentence.span[0], sentence.span[0] + len(said))
    source = Source(chunk.section, said, span, None, cited=True)
    return Answer(f"{said}\n\n出处：{chunk.section}", "passage", None, None, [source], query.text)


def _unnamed(word: str, context: Context) -> str:
    """A word without the report's own name before it (山东省政府 → 省政府)."""
    names = sorted((n for n in context.tokenizer.own_names if len(n) > 1 and word.startswith(n)), key=len)
    return word[len(names[-1]) :] if names and len(word) > len(names[-1]) else word


def _paragraph_from(at: int, context: Context) -> str:
    """The report's text from ``at`` to the end of its paragraph, sentence by sentence (the difficulties follow the
    sentence announcing them: …仍存在一些不足。主要是：A。B。), up to ``_MOST`` characters."""
    said, end = "", at
    while len(said) < _MOST:
        more = to_full_stop(end, context.index.chunks)
        if not more.strip():
            break
        cut = more.find("\n")
        said += more if cut < 0 else more[:cut]
        if cut >= 0 or not more.endswith("。"):
            break  # the paragraph ends (or the report does)
        end += len(more)
    return said.strip()


_MOST = 400  # characters of the passage quoted
_SHORT = 40  # characters: a sentence that only announces the difficulties, naming none

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
    if not query.own or any(w not in plain for w in query.own):
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
    said = to_full_stop(sentence.span[0], context.index.chunks)  # its clauses, cut at ；, are the difficulties
    span = (sentence.span[0], sentence.span[0] + len(said))
    if len(said) < _SHORT:  # 同时，我们也清醒地看到，发展中还存在不少问题。: the problems follow in the next sentence
        after = [s for c in context.index.chunks for s in split_sentences(c.text, c.span[0]) if s.span[0] >= span[1]]
        following = min(after, key=lambda s: s.span[0], default=None)
        if following is not None:
            more = to_full_stop(following.span[0], context.index.chunks)
            said, span = f"{said}{more}", (span[0], following.span[0] + len(more))
    source = Source(chunk.section, said, span, None, cited=True)
    return Answer(f"{said}\n\n出处：{chunk.section}", "passage", None, None, [source], query.text)


_SHORT = 40  # characters: a sentence that only announces the difficulties, naming none

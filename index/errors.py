"""Errors raised while reading a report or building and loading its index."""


class ReportError(Exception):
    """The report file cannot be read or holds no text."""


class ModelNotFoundError(Exception):
    """The embedding model cannot be found or loaded offline."""


class IndexMissingError(Exception):
    """There is no index in the folder."""


class IndexMismatchError(Exception):
    """The index on disk was built from another report, model or format."""

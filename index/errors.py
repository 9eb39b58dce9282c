"""The domain errors. They carry a message a user can act on; the edges (CLI, app) show it without a traceback."""


class NetralitasError(Exception):
    """Base of every error this project raises on purpose."""


class LoadError(NetralitasError):
    """A file could not be read as a document (corrupt, encrypted, binary, empty, unsupported)."""


class StoreError(NetralitasError):
    """The vector store cannot be used as asked (missing, built by another model, unreachable)."""

"""The 'search' sub-command (not yet available)."""


def register(sub) -> None:  # noqa: ANN001
    pass

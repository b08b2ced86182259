"""The PySide6 desktop interface. It reaches data only through ``app``."""

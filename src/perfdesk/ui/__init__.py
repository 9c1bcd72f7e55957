"""The PySide6 window over the core: it wires views to services and decides nothing itself."""

"""This computer's name, as edit locks and temporary files record it (one source, so they always agree).

It is socket.gethostname, taken from CPython's C module: `socket` itself builds its address-family
enums when imported, a few milliseconds of the window's start, for a function it only re-exports.
"""

from _socket import gethostname as host_name

__all__ = ["host_name"]

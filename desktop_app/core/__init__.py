"""Pure-Python core: no Qt, no network, no file I/O beyond what it is handed."""

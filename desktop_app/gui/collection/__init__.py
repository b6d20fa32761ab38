"""What the collector browses: the collection page with its folder sidebar, the filter bar, the
release table (its models, proxy and frozen tick column) and the collection field columns.

May import ``core``, ``services``, ``gui.controllers`` and the shared small parts at the top of
``gui`` (``actions``, ``icons``, ``texts``, ``widgets``, ``workers`` …); never ``gui.preview``,
``gui.stickers``, ``gui.dialogs`` or the main window.
"""

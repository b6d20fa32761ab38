"""The preview tab: the host that holds it, the panel, the editable model over the CSV rows and
the table that shows them, its view, delegates, undo commands, Save As and the template.

May import ``core``, ``services``, ``gui.dialogs``, ``gui.stickers`` (the live sticker) and the
shared small parts at the top of ``gui``; never ``gui.collection`` or the main window.
"""

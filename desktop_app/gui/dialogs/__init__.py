"""The window's dialogs: sign-in, settings, template editor, column defaults, questions, about.

May import ``core``, ``services`` and the shared small parts at the top of ``gui``; the template
editor borrows the preview's cell editors (``gui.preview.delegates``). Never a page's widgets or
the main window.
"""

"""Controllers: QObjects that each own one piece of the window's work and report by signals.

May import ``core``, ``services``, ``gui.workers``, ``gui.texts`` and the models of
``gui.collection`` they drive (``ReleaseModel``, ``ReleaseProxy``); never a widget, a page or the
main window, so each is tested without a window.
"""

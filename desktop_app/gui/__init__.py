"""Qt user interface, in rooms: ``collection`` (what the collector browses), ``preview`` (the
rows to export), ``stickers`` (the Stickers dialog), ``dialogs`` and ``controllers``.

At the top stay only the composition (``app`` with ``single_instance`` and ``session_end``,
``main_window``, ``actions``, ``toolbar``,
``status_bar``, ``welcome_page``, ``window_state``, ``printed_wiring``) and small parts shared by
the rooms (``widgets``, ``icons``, ``texts``, ``messages``, ``workers``, ``crash``, ``heap``,
``qt_compat``). ``gui`` reaches ``store`` and ``discogs`` only through ``services``.
"""

from .qt_compat import pin_bool_refcounts

pin_bool_refcounts()

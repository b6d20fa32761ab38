"""The preview panel's side of the template: the editor dialog and the rebuild question."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.qrfactory import ExportOptions
from ...services.settings import Settings
from .model import PreviewModel


def edit_template(
    parent: QWidget, model: PreviewModel, row: int, settings: Settings, tz: tzinfo | None
) -> ExportOptions | None:
    """Open the template editor on the record of ``row`` (the first when no row is current);
    the options chosen, or None."""
    from ..dialogs.template_editor import TemplateEditorDialog

    instances = model.instances()
    sample = instances[row] if 0 <= row < len(instances) else (instances or [None])[0]
    dialog = TemplateEditorDialog(
        parent,
        settings=settings,
        note_fields=model.note_fields,
        folder_names=model.folder_names,
        sample=sample,
        tz=tz,
    )
    if dialog.exec() == TemplateEditorDialog.DialogCode.Accepted:
        return dialog.options()
    return None


def ask_rebuild(parent: QWidget) -> str | None:
    """Rows hold hand edits and the template changed: "keep" (the edited cells), "replace"
    (everything) or None (leave the rows as they are). Either rebuild can be undone."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("PreviewPanel", "Apply the new template?"))
    box.setText(
        QCoreApplication.translate(
            "PreviewPanel", "Rebuild the preview rows with the new template?"
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "PreviewPanel",
            "Some cells were edited by hand. You can keep them or start again "
            "(Undo brings them back).",
        )
    )
    keep = box.addButton(
        QCoreApplication.translate("PreviewPanel", "Keep my edited cells"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    replace = box.addButton(
        QCoreApplication.translate("PreviewPanel", "Replace everything"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(
        QCoreApplication.translate("PreviewPanel", "Don’t rebuild"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return "keep"
    if clicked is replace:
        return "replace"
    return None

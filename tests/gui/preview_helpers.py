"""Data shared by the preview tests: the bundled demo collection."""

from __future__ import annotations

from desktop_app.core.release import Instance
from desktop_app.services.source import DemoSource


def demo_data() -> tuple[list[Instance], dict[int, str], dict[int, str]]:
    """Every demo instance (oldest first), the folder names and the note fields."""
    source = DemoSource()
    instances = [i for page in source.iter_pages(0) for i in page.instances]
    return instances, {f.id: f.name for f in source.folders()}, source.note_fields()

"""Where the window's draft helpers used to live; they are in ``services.drafts`` now."""

from __future__ import annotations

from ..services.drafts import DRAFT_KEY, DraftStore, StateStore, find_instances

__all__ = ["DRAFT_KEY", "DraftStore", "StateStore", "find_instances"]

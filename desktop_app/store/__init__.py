"""Persistence: paths, settings, secrets and the local cache."""

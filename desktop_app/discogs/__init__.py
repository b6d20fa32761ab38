"""Discogs access: the gateway (the one place HTTP happens), auth and collection listing."""

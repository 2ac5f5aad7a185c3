"""The layer kinds: one module per kind and the registry (see :mod:`.base`)."""

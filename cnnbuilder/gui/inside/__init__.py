"""The inside view: feature maps, one value's arithmetic, the sandbox, sanity checks."""

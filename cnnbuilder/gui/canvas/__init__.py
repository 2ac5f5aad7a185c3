"""The network canvas: the chain of blocks, laid out from the layer order."""

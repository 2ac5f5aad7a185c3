"""Exports of a network: a PyTorch script and an ONNX graph (no PyTorch needed to write)."""

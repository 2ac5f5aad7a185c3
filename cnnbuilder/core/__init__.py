"""The headless core of cnnbuilder: specs, shapes, the NumPy engine, training.

Nothing in this package imports Qt or pyqtgraph.
"""

"""The desktop window of cnnbuilder: everything here may import Qt and pyqtgraph."""

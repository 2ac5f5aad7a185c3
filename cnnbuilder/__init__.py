"""cnnbuilder: design and train small convolutional networks, course style."""

__version__ = "0.1.0"

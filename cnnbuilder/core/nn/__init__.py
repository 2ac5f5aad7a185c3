"""The NumPy engine: layers, network, losses, optimisers (NHWC, float32).

Import from the modules themselves (``cnnbuilder.core.nn.network``): this
package re-exports nothing, so that importing one engine module (as the
layer kinds do for their engine layers) does not load the network, which
itself asks the layer kinds to build its layers.
"""

"""Look inside a network: feature maps, one value's arithmetic, receptive fields.

Headless (no Qt): the inside view, ``cnnbuilder inspect`` and the summary
table read these numbers; they come from the same engine that trains.
"""

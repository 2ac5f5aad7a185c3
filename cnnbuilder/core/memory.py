"""Memory budget of every pass: training steps, evaluation and prediction chunks.

One limit (:data:`MEMORY_LIMIT_BYTES`) and estimates from the summary
(:meth:`~cnnbuilder.core.summary.NetworkSummary.training_memory_bytes` for a
training step, :func:`inference_memory_bytes` for a forward pass).
Evaluation and ``predict`` run in chunks sized so that a chunk fits the
limit; ``benchmarks/bench_memory.py`` compares the estimates with measured
peaks.
"""

from __future__ import annotations

from cnnbuilder.core.errors import MemoryBudgetError
from cnnbuilder.core.summary import BYTES_PER_FLOAT, NetworkSummary
from cnnbuilder.i18n import translate

MEMORY_LIMIT_BYTES = 2 * 1024**3
MAX_CHUNK = 256  # larger chunks are not faster


# Fitted to peaks measured by benchmarks/bench_memory.py (presets and two large
# networks, within 25 %): the parameters with their gradient arrays, and per
# sample and activation the layer outputs and working arrays of a forward pass.
_FLOATS_PER_PARAM = 2
_FLOATS_PER_ACTIVATION = 4.5


def _per_sample_bytes(summary: NetworkSummary) -> int:
    return int(_FLOATS_PER_ACTIVATION * summary.total_activations * BYTES_PER_FLOAT)


def inference_memory_bytes(summary: NetworkSummary, chunk: int) -> int:
    """Estimate the peak memory of a forward pass over ``chunk`` samples, in bytes."""
    fixed = _FLOATS_PER_PARAM * summary.total_params * BYTES_PER_FLOAT
    return fixed + chunk * _per_sample_bytes(summary)


def inference_chunk(summary: NetworkSummary, budget: int = MEMORY_LIMIT_BYTES // 2) -> int:
    """The largest chunk (1..:data:`MAX_CHUNK`) whose forward pass fits ``budget``.

    Half the limit by default: the data being evaluated takes its share.
    """
    fixed = inference_memory_bytes(summary, 0)
    per_sample = _per_sample_bytes(summary)
    if per_sample <= 0:
        return MAX_CHUNK
    return max(1, min(MAX_CHUNK, (budget - fixed) // per_sample))


def check_prediction(summary: NetworkSummary, samples: int, input_bytes: int) -> None:
    """Refuse, before reading, a prediction that would need over the limit.

    ``input_bytes`` is the size the input file declares; the images are held
    as float32 too, with the probabilities and one chunk's forward pass.

    Raises
    ------
    MemoryBudgetError
        With the estimate and the limit.
    """
    per_image = summary.rows[0].activations or 0
    classes = summary.rows[-1].activations or 0
    chunk = min(samples, inference_chunk(summary))
    need = (
        input_bytes
        + samples * (per_image + classes) * BYTES_PER_FLOAT
        + inference_memory_bytes(summary, max(chunk, 1))
    )
    if need > MEMORY_LIMIT_BYTES:
        raise MemoryBudgetError(
            translate(
                "memory",
                "predicting {samples} images needs about {need} GiB (the images, their "
                "probabilities and one chunk of the network), over the {limit} GiB limit; "
                "split the input",
            ).format(
                samples=f"{samples:,}",
                need=f"{need / 1024**3:.1f}",
                limit=f"{MEMORY_LIMIT_BYTES / 1024**3:.0f}",
            )
        )

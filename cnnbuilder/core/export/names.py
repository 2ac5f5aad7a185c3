"""Python attribute names for the layers of an exported ``nn.Module``.

A layer's name (its own, or ``CONV1``-style) becomes the attribute that holds
it, so the exported code reads like the table. A name that is not a Python
identifier, is a keyword, or would hide a member of ``torch.nn.Module`` is
changed as little as possible, and the names stay distinct.
"""

from __future__ import annotations

import keyword
import re

# The public members of torch.nn.Module (torch 2.13) and its instance attribute
# `training`; an attribute of that name could not hold a layer. A test compares
# this list with the installed torch.
MODULE_MEMBERS = frozenset(
    [
        "T_destination",
        "add_module",
        "apply",
        "bfloat16",
        "buffers",
        "call_super_init",
        "children",
        "compile",
        "cpu",
        "cuda",
        "double",
        "dump_patches",
        "eval",
        "extra_repr",
        "float",
        "forward",
        "get_buffer",
        "get_extra_state",
        "get_parameter",
        "get_submodule",
        "half",
        "ipu",
        "load_state_dict",
        "modules",
        "mtia",
        "named_buffers",
        "named_children",
        "named_modules",
        "named_parameters",
        "parameters",
        "register_backward_hook",
        "register_buffer",
        "register_forward_hook",
        "register_forward_pre_hook",
        "register_full_backward_hook",
        "register_full_backward_pre_hook",
        "register_load_state_dict_post_hook",
        "register_load_state_dict_pre_hook",
        "register_module",
        "register_parameter",
        "register_state_dict_post_hook",
        "register_state_dict_pre_hook",
        "requires_grad_",
        "set_extra_state",
        "set_submodule",
        "share_memory",
        "state_dict",
        "to",
        "to_empty",
        "train",
        "type",
        "xpu",
        "zero_grad",
        "training",
    ]
)


def identifier(name: str) -> str:
    """``name`` as a usable attribute: invalid characters become ``_``.

    >>> identifier("conv 1/a")
    'conv_1_a'
    """
    text = re.sub(r"\W", "_", name, flags=re.ASCII).strip("_") or "layer"
    if text[0].isdigit():
        text = f"layer_{text}"
    if keyword.iskeyword(text) or text in MODULE_MEMBERS or text.startswith("_"):
        text = f"{text}_layer"
    return text


def attribute_names(names: list[str]) -> list[str]:
    """Distinct identifiers for ``names``, in order (``CONV1``, ``CONV1_2``, ...)."""
    taken: set[str] = set()
    out = []
    for name in names:
        base = identifier(name)
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}_{n}", n + 1
        taken.add(candidate)
        out.append(candidate)
    return out

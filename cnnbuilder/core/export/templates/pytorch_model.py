"""A network exported by cnnbuilder (this docstring is replaced by the export)."""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch import nn
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

# >>> network
# A stand-in network so that this template runs by itself; the export replaces
# everything between the two markers.
NETWORK_JSON = json.dumps(
    {
        "format": "cnnbuilder.network",
        "version": 1,
        "name": "template",
        "input": {"height": 4, "width": 4, "channels": 1},
        "layers": [{"type": "softmax", "classes": 2}],
    }
)
INPUT_SHAPE = (4, 4, 1)  # n_H, n_W, n_c
CLASSES = 2
TRAINING = {"epochs": 10, "batch_size": 32, "optimizer": "adam", "lr": 0.003, "seed": 0}
WEIGHTS_FILE = None
# (attribute, index in the network file, layout of W, initialisation)
PARAMETER_LAYERS = (("Softmax1", 0, "fc", "glorot"),)


class Net(nn.Module):
    """The stand-in network."""

    def __init__(self) -> None:
        super().__init__()
        self.Softmax1 = nn.Linear(16, 2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """``x``: N × n_c × n_H × n_W; returns the logits N × classes."""
        x = x.permute(0, 2, 3, 1).flatten(1)
        return self.Softmax1(x)


# <<< network

# cnnbuilder's weight layouts and PyTorch's: a CONV kernel is f × f × n_c_prev × n_c
# in cnnbuilder and n_c × n_c_prev × f × f in PyTorch; an FC weight is n_in × n_out in
# cnnbuilder and n_out × n_in in PyTorch. These are the axes that turn one into the other.
TO_TORCH_AXES = {"conv": (3, 2, 0, 1), "fc": (1, 0)}
FROM_TORCH_AXES = {"conv": (2, 3, 1, 0), "fc": (1, 0)}
MOMENTUM_BETA = 0.9


def init_weights(model: Net) -> None:
    """Initialise as cnnbuilder does: He normal for the ReLU family, Glorot uniform else.

    He: ``W ~ N(0, 2 / fan_in)``; Glorot: ``W ~ U(-r, r)``, ``r = sqrt(6 / (fan_in +
    fan_out))``; biases 0. The draws differ from cnnbuilder's (another generator), the
    distributions do not.
    """
    for name, _index, _layout, scheme in PARAMETER_LAYERS:
        layer = getattr(model, name)
        if scheme == "he":
            nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
        else:
            nn.init.xavier_uniform_(layer.weight)
        nn.init.zeros_(layer.bias)


def load_weights(model: Net, weights: str | os.PathLike[str] | Mapping[str, Any]) -> None:
    """Copy cnnbuilder weights (an ``.npz`` path or a dict of arrays) into ``model``.

    The keys are ``layer{i}.W`` and ``layer{i}.b``, ``i`` the layer's 0-based position
    in the network file; the arrays are in cnnbuilder's layouts (see TO_TORCH_AXES).
    """
    if isinstance(weights, str | os.PathLike):
        with np.load(weights, allow_pickle=False) as data:
            weights = {key: data[key] for key in data.files}
    with torch.no_grad():
        for name, index, layout, _scheme in PARAMETER_LAYERS:
            layer = getattr(model, name)
            w = np.asarray(weights[f"layer{index}.W"], dtype=np.float32)
            b = np.asarray(weights[f"layer{index}.b"], dtype=np.float32)
            w = np.ascontiguousarray(w.transpose(TO_TORCH_AXES[layout]))
            if w.shape != tuple(layer.weight.shape) or b.shape != tuple(layer.bias.shape):
                raise ValueError(
                    f"layer{index} ({name}): the weights do not fit this network "
                    f"(W {w.shape}, b {b.shape}; expected {tuple(layer.weight.shape)}, "
                    f"{tuple(layer.bias.shape)} in PyTorch's layout)"
                )
            layer.weight.copy_(torch.from_numpy(w))
            layer.bias.copy_(torch.from_numpy(b))


def build_model(weights: str | os.PathLike[str] | Mapping[str, Any] | None = None) -> Net:
    """Return the network, initialised as cnnbuilder does or with ``weights`` loaded."""
    model = Net()
    init_weights(model)
    if weights is not None:
        load_weights(model, weights)
    return model


def weights_of(model: Net) -> dict[str, np.ndarray]:
    """Return the weights in cnnbuilder's layout: ``layer{i}.W`` / ``layer{i}.b``, float32."""
    arrays = {}
    for name, index, layout, _scheme in PARAMETER_LAYERS:
        layer = getattr(model, name)
        w = layer.weight.detach().cpu().numpy().transpose(FROM_TORCH_AXES[layout])
        arrays[f"layer{index}.W"] = np.ascontiguousarray(w, dtype=np.float32)
        arrays[f"layer{index}.b"] = layer.bias.detach().cpu().numpy().astype(np.float32)
    return arrays


def save_weights(model: Net, path: str | os.PathLike[str]) -> None:
    """Write the weights as a cnnbuilder ``.npz`` (with the network), atomically."""
    path = Path(path)
    arrays = {**weights_of(model), "network": np.array(NETWORK_JSON)}
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            np.savez(handle, **arrays)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def make_optimizer(name: str, parameters: Any, lr: float) -> torch.optim.Optimizer:
    """The optimiser cnnbuilder calls ``name``, with the same update rule.

    cnnbuilder's momentum is the course's: ``v := β v + (1 − β) dW``, ``W := W − α v``.
    PyTorch's SGD keeps ``v' := β v' + dW``, which is ``v / (1 − β)``, so a learning
    rate of ``α (1 − β)`` takes exactly the same steps.
    """
    if name == "sgd":
        return torch.optim.SGD(parameters, lr=lr)
    if name == "momentum":
        beta = MOMENTUM_BETA
        return torch.optim.SGD(parameters, lr=lr * (1 - beta), momentum=beta)
    if name == "adam":
        return torch.optim.Adam(parameters, lr=lr, betas=(0.9, 0.999), eps=1e-8)
    raise ValueError(f"unknown optimizer {name!r}; expected sgd, momentum or adam")


def train_step(
    model: nn.Module, optimizer: torch.optim.Optimizer, x: torch.Tensor, y: torch.Tensor
) -> float:
    """One mini-batch; return its cost before the update.

    The cost is the mean cross-entropy of the softmax of the logits, as in cnnbuilder.
    When it is not finite (training diverged) the weights are left unchanged.
    """
    optimizer.zero_grad(set_to_none=True)
    loss = F.cross_entropy(model(x), y)
    cost = float(loss.item())
    if math.isfinite(cost):
        loss.backward()
        optimizer.step()
    return cost


@torch.no_grad()
def predict_proba(model: nn.Module, x: torch.Tensor, batch_size: int = 256) -> torch.Tensor:
    """Softmax probabilities N × classes of images N × n_c × n_H × n_W."""
    device = next(model.parameters()).device
    chunks = [
        torch.softmax(model(x[i : i + batch_size].to(device)), dim=1).cpu()
        for i in range(0, len(x), batch_size)
    ]
    return torch.cat(chunks) if chunks else torch.empty(0, CLASSES)


def accuracy(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> float:
    """Fraction of samples whose most probable class is the label."""
    return float((predict_proba(model, x).argmax(dim=1) == y).float().mean())


def images(array: np.ndarray, path: str) -> torch.Tensor:
    """Images m × n_H × n_W × n_c (or m × n_H × n_W) as float32 N × n_c × n_H × n_W.

    ``uint8`` is scaled by 1/255, floats are used as given (as cnnbuilder does).
    """
    if array.ndim == 3 and INPUT_SHAPE[2] == 1:
        array = array[..., np.newaxis]
    if array.ndim != 4 or tuple(array.shape[1:]) != INPUT_SHAPE:
        want = "m × {} × {} × {}".format(*INPUT_SHAPE)
        raise SystemExit(f"{path}: images of shape {array.shape}; this network needs {want}")
    scale = 1 / 255 if array.dtype == np.uint8 else 1
    x = array.astype(np.float32) * np.float32(scale)
    return torch.from_numpy(np.ascontiguousarray(x.transpose(0, 3, 1, 2)))


def labels(array: np.ndarray, path: str) -> torch.Tensor:
    """Integer labels 0 .. CLASSES-1 as int64."""
    if (
        array.ndim != 1
        or array.dtype.kind not in "iu"
        or (len(array) and (array.min() < 0 or array.max() >= CLASSES))
    ):
        raise SystemExit(f"{path}: labels must be integers in 0..{CLASSES - 1}")
    return torch.from_numpy(array.astype(np.int64))


def load_data(
    path: str,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor | None, torch.Tensor | None]:
    """Read a cnnbuilder data file: ``x``, ``y`` and optionally ``x_test``, ``y_test``."""
    try:
        data = np.load(path, allow_pickle=False)
    except (OSError, ValueError) as exc:
        raise SystemExit(f"{path}: not a readable .npz data file ({exc})") from None
    with data:
        if "x" not in data.files or "y" not in data.files:
            raise SystemExit(f"{path}: a data file needs the keys x and y")
        x, y = images(data["x"], path), labels(data["y"], path)
        if len(x) != len(y):
            raise SystemExit(f"{path}: {len(x)} images but {len(y)} labels")
        if "x_test" in data.files and "y_test" in data.files:
            return x, y, images(data["x_test"], path), labels(data["y_test"], path)
    return x, y, None, None


def choose_device(name: str, local_rank: int) -> torch.device:
    """``auto`` takes CUDA, then Apple's MPS, then the CPU."""
    if name == "auto":
        if torch.cuda.is_available():
            name = "cuda"
        elif torch.backends.mps.is_available():
            name = "mps"
        else:
            name = "cpu"
    if name == "cuda":
        if not torch.cuda.is_available():
            raise SystemExit("--device cuda: no CUDA device is available")
        return torch.device("cuda", local_rank % torch.cuda.device_count())
    if name == "mps" and not torch.backends.mps.is_available():
        raise SystemExit("--device mps: Apple's MPS is not available")
    return torch.device(name)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Options; the defaults are the network file's training settings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="a cnnbuilder data file (.npz: x, y)")
    parser.add_argument("--epochs", type=int, default=TRAINING["epochs"])
    parser.add_argument(
        "--batch-size",
        type=int,
        default=TRAINING["batch_size"],
        help="samples per update, over all processes together",
    )
    parser.add_argument("--lr", type=float, default=TRAINING["lr"], help="learning rate")
    parser.add_argument(
        "--optimizer", choices=("sgd", "momentum", "adam"), default=TRAINING["optimizer"]
    )
    parser.add_argument("--seed", type=int, default=TRAINING["seed"])
    parser.add_argument("--device", choices=("auto", "cpu", "cuda", "mps"), default="auto")
    parser.add_argument(
        "--weights",
        help="start from these weights (.npz); default: "
        "the weights exported beside this script, if any",
    )
    parser.add_argument("--save", metavar="OUT.npz", help="write the trained weights")
    args = parser.parse_args(argv)
    if args.epochs < 1 or args.batch_size < 1 or not args.lr > 0:
        parser.error("--epochs and --batch-size must be at least 1, --lr above 0")
    return args


def initial_weights(args: argparse.Namespace) -> str | None:
    """``--weights``, or the file exported beside this script."""
    if args.weights:
        return str(args.weights)
    if WEIGHTS_FILE and (Path(__file__).parent / WEIGHTS_FILE).is_file():
        return str(Path(__file__).parent / WEIGHTS_FILE)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Train; under ``torchrun`` every process takes its share of each batch (DDP)."""
    args = parse_args(argv)
    world = int(os.environ.get("WORLD_SIZE", "1"))
    rank, local_rank = int(os.environ.get("RANK", "0")), int(os.environ.get("LOCAL_RANK", "0"))
    device = choose_device(args.device, local_rank)
    if world > 1:  # started by torchrun: NCCL between GPUs, gloo between CPU processes
        dist.init_process_group("nccl" if device.type == "cuda" else "gloo")
    torch.manual_seed(args.seed)
    model = build_model(initial_weights(args)).to(device)
    net: nn.Module = model
    if world > 1:  # DDP averages the gradients of the processes after every backward
        net = DistributedDataParallel(model, device_ids=[device] if device.type == "cuda" else None)
    x, y, x_test, y_test = load_data(args.data)
    dataset = TensorDataset(x, y)
    sampler = DistributedSampler(dataset, seed=args.seed) if world > 1 else None
    loader = DataLoader(
        dataset,
        batch_size=-(-args.batch_size // world),
        shuffle=sampler is None,
        sampler=sampler,
        generator=torch.Generator().manual_seed(args.seed),
    )
    optimizer = make_optimizer(args.optimizer, net.parameters(), args.lr)
    log = print if rank == 0 else (lambda *_args, **_kw: None)
    log(
        f"training on {device} ({world} process{'es' if world > 1 else ''}): {len(y)} samples, "
        f"{args.epochs} epochs, {args.optimizer}, lr {args.lr:g}, batch {args.batch_size}"
    )
    for epoch in range(1, args.epochs + 1):
        if sampler is not None:
            sampler.set_epoch(epoch)
        net.train()
        start, costs = time.perf_counter(), []
        for xb, yb in loader:
            cost = train_step(net, optimizer, xb.to(device), yb.to(device))
            if not math.isfinite(cost):
                print(f"the cost became {cost} in epoch {epoch}; try a lower --lr", file=sys.stderr)
                return 1
            costs.append(cost)
        seconds = time.perf_counter() - start
        net.eval()
        log(
            f"epoch {epoch:>3}/{args.epochs}  cost {np.mean(costs):.4f}  "
            f"train acc {accuracy(model, x, y):.2%}  {seconds:.2f}s"
        )
    if x_test is not None and y_test is not None and len(y_test):
        log(f"test accuracy {accuracy(model, x_test, y_test):.2%}")
    if rank == 0 and args.save:
        save_weights(model, args.save)
        log(f"weights saved to {args.save}")
    if world > 1:
        dist.destroy_process_group()
    return 0


if __name__ == "__main__":
    sys.exit(main())

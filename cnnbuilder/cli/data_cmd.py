"""``cnnbuilder data list [--json]`` and ``cnnbuilder data get NAME``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from cnnbuilder import i18n
from cnnbuilder.cli.common import EXIT_INTERRUPTED, EXIT_OK, fail
from cnnbuilder.cli.download_bar import DownloadBar
from cnnbuilder.core.datasets.cache import data_dir, is_cached, source_dir
from cnnbuilder.core.datasets.catalog import NAMED_SOURCES, NamedSource
from cnnbuilder.core.datasets.download import fetch
from cnnbuilder.core.datasets.named import lookup
from cnnbuilder.core.report import aligned_rows, human_bytes
from cnnbuilder.i18n import translate


def add_parser(sub: Any) -> None:
    """Register ``data list`` and ``data get``."""
    about = translate("cli", "the downloadable data sets (list, get)")
    data = sub.add_parser("data", help=about, description=about)
    actions = data.add_subparsers(
        dest="action",
        required=True,
        parser_class=type(data),
        help=translate("cli", "list the data sets, or get one"),
    )
    about = translate("cli", "name, size, classes and whether it is cached")
    listing = actions.add_parser("list", help=about, description=about)
    listing.add_argument("--json", action="store_true", help=translate("cli", "one JSON object"))
    listing.set_defaults(run=run_list)
    about = translate("cli", "download NAME into the cache (if needed) and check it")
    get = actions.add_parser("get", help=about, description=about)
    get.add_argument("name", help=" | ".join(NAMED_SOURCES))
    get.set_defaults(run=run_get)
    for action in (listing, get):  # `data list --lang ko` as well as `data --lang ko list`
        action.add_argument("--lang", choices=i18n.LANGUAGES, help=argparse.SUPPRESS)


def _entry(source: NamedSource) -> dict[str, Any]:
    return {
        "name": source.name,
        "title": source.title,
        "download_bytes": source.download_size,
        "classes": len(source.class_names),
        "shape": list(source.image_shape),
        "train": source.train_count,
        "test": source.test_count,
        "cached": is_cached(source),
        "folder": str(source_dir(source)),
        "files": [f.name for f in source.files],
    }


def run_list(args: argparse.Namespace) -> int:
    """Print the named data sets and whether each is in the cache."""
    entries = [_entry(source) for source in NAMED_SOURCES.values()]
    if args.json:
        print(json.dumps({"data_dir": str(data_dir()), "datasets": entries}))
        return EXIT_OK
    yes, no = translate("data", "yes"), translate("data", "no")
    head = (
        translate("data", "name"),
        translate("data", "size"),
        translate("data", "classes"),
        translate("data", "images"),
        translate("data", "cached"),
    )
    rows = [head]
    for e in entries:
        shape = "×".join(str(n) for n in e["shape"])
        images = f"{e['train']:,}+{e['test']:,} {shape}"
        size = human_bytes(e["download_bytes"])
        rows.append((e["name"], size, str(e["classes"]), images, yes if e["cached"] else no))
    print("\n".join(aligned_rows(rows, right={1, 2})))
    print(
        translate("data", "cache folder: {folder} (set CNNBUILDER_DATA_DIR to change it)").format(
            folder=data_dir()
        )
    )
    return EXIT_OK


def run_get(args: argparse.Namespace) -> int:
    """Download (or check) one named data set; Ctrl-C stops and keeps the part for a resume."""
    source = lookup(args.name)
    bar = DownloadBar(source)
    try:
        folder = fetch(source, bar)
    except KeyboardInterrupt:
        bar.finish()
        return fail(
            translate(
                "data", "cnnbuilder data get: {name}: interrupted; run it again to resume"
            ).format(name=source.name),
            EXIT_INTERRUPTED,
        )
    finally:
        bar.finish()
    print(
        translate("data", "{name}: {count} file(s) verified in {folder}").format(
            name=source.name, count=len(source.files), folder=folder
        )
    )
    return EXIT_OK

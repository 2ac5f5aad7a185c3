"""``cnnbuilder data list|get`` and ``train --data mnist`` against the local server."""

from __future__ import annotations

import json

from cnnbuilder.cli import main


def test_data_list_json_says_what_is_cached(tiny_mnist, capsys, tmp_path):
    assert main(["data", "list", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert listing["data_dir"] == str(tmp_path / "cache")
    by_name = {d["name"]: d for d in listing["datasets"]}
    assert list(by_name) == ["mnist", "fashion-mnist", "cifar10"]
    assert by_name["mnist"]["cached"] is False
    assert by_name["cifar10"]["classes"] == 10
    assert by_name["cifar10"]["download_bytes"] == 170052171
    assert main(["data", "get", "mnist"]) == 0
    assert "4 file(s) verified" in capsys.readouterr().out
    main(["data", "list", "--json"])
    by_name = {d["name"]: d for d in json.loads(capsys.readouterr().out)["datasets"]}
    assert by_name["mnist"]["cached"] is True


def test_data_list_text(tiny_mnist, capsys):
    assert main(["data", "list"]) == 0
    out = capsys.readouterr().out
    assert "mnist" in out
    assert "cache folder:" in out


def test_data_get_unknown_name_lists_known_ones(tiny_mnist, capsys):
    assert main(["data", "get", "cifar100"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "cifar100: not a known data set (known: mnist, fashion-mnist, cifar10)" in err


def test_data_get_404_is_one_line_exit_2(tiny_mnist, server, capsys):
    server.modes["train-labels-idx1-ubyte.gz"] = "404"
    assert main(["data", "get", "mnist"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("Downloading mnist")  # where it fetches from, then the problem
    assert len(lines) == 2
    assert lines[1].startswith("cnnbuilder: error: mnist: ")
    assert "answered 404" in lines[1]
    assert "cnnbuilder data get mnist" in lines[1]


def test_train_downloads_a_named_set(tiny_mnist, server, tmp_path, capsys):
    net = tmp_path / "net.cnn.json"
    net.write_text(
        json.dumps(
            {
                "format": "cnnbuilder.network",
                "version": 1,
                "input": {"height": 28, "width": 28, "channels": 1},
                "layers": [
                    {"type": "pool", "mode": "max", "size": 4, "stride": 4},
                    {"type": "softmax", "classes": 10},
                ],
            }
        )
    )
    code = main(["train", str(net), "--data", "mnist", "--epochs", "1", "--json"])
    assert code == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert events[-1]["event"] == "done"
    assert events[-1]["test_accuracy"] is not None
    assert server.count("train-images-idx3-ubyte.gz") == 1

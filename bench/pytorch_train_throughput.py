#!/usr/bin/env python3
"""Training throughput of Coex against PyTorch on the same LeNet, batch, data and thread count.

Runs PyTorch in this process and Coex through `./coex bench train --json`, taking turns for a few rounds so machine
load lands on both alike, then prints images/s for each and the ratio (Coex / PyTorch; above 1 means Coex is faster).

The networks match src/Coex/Training/ModelZoo.cs:
  lenet         conv5x5(16, pad 2, no bias) BN ReLU maxpool2 conv5x5(32, no bias) BN ReLU maxpool2 fc128 ReLU fc84 ReLU fc10
  lenet-classic conv5x5(6, pad 2) ReLU maxpool2 conv5x5(16) ReLU maxpool2 fc120 ReLU fc84 ReLU fc10
Both train with softmax cross-entropy and SGD (lr 0.05, momentum 0.9, Nesterov, weight decay 5e-4), batch-size images
of Fashion-MNIST normalized with mean 0.286 and std 0.353, as `coex bench train` does.

Usage: python3 bench/pytorch_train_throughput.py [--model lenet] [--batch 64] [--threads 2] [--steps 30] [--rounds 3]
Needs Debian's python3-torch (1.13) and dataset-fashion-mnist.
"""
import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np
import torch
import torch.nn as nn

DATA = "/usr/share/datasets/fashion-mnist"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def lenet(classic: bool) -> nn.Module:
    c1, c2, f1, f2 = (6, 16, 120, 84) if classic else (16, 32, 128, 84)
    bn = not classic
    layers = [nn.Conv2d(1, c1, 5, padding=2, bias=not bn)]
    if bn:
        layers.append(nn.BatchNorm2d(c1))
    layers += [nn.ReLU(), nn.MaxPool2d(2, 2), nn.Conv2d(c1, c2, 5, bias=not bn)]
    if bn:
        layers.append(nn.BatchNorm2d(c2))
    layers += [nn.ReLU(), nn.MaxPool2d(2, 2), nn.Flatten(),
               nn.Linear(c2 * 5 * 5, f1), nn.ReLU(), nn.Linear(f1, f2), nn.ReLU(), nn.Linear(f2, 10)]
    return nn.Sequential(*layers)


def load_batches(batch: int, count: int):
    with gzip.open(os.path.join(DATA, "train-images-idx3-ubyte.gz")) as f:
        images = np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 1, 28, 28)
    with gzip.open(os.path.join(DATA, "train-labels-idx1-ubyte.gz")) as f:
        labels = np.frombuffer(f.read(), np.uint8, offset=8)
    x = (images[: batch * count].astype(np.float32) / 255.0 - 0.286) / 0.353
    y = labels[: batch * count].astype(np.int64)
    return [(torch.from_numpy(x[i * batch:(i + 1) * batch].copy()), torch.from_numpy(y[i * batch:(i + 1) * batch].copy()))
            for i in range(count)]


def torch_round(model: str, batch: int, steps: int, warmup: int = 3) -> float:
    """Median-step images/s of PyTorch over `steps` timed steps."""
    torch.manual_seed(1)
    net = lenet(model == "lenet-classic")
    net.train()
    opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9, nesterov=True, weight_decay=5e-4)
    loss_fn = nn.CrossEntropyLoss()
    times = []
    for i, (x, y) in enumerate(load_batches(batch, steps + warmup)):
        start = time.perf_counter()
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(net(x), y)
        loss.backward()
        opt.step()
        if i >= warmup:
            times.append(time.perf_counter() - start)
    return batch / statistics.median(times)


def coex_round(model: str, batch: int, threads: int, steps: int, coex: str) -> float:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
        path = tmp.name
    try:
        subprocess.run([coex, "bench", "train", "--model", model, "--batch", str(batch), "--threads", str(threads),
                        "--steps", str(steps), "--json", path], check=True, stdout=subprocess.DEVNULL)
        with open(path) as f:
            return json.load(f)["images_per_second"]
    finally:
        os.unlink(path)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", default="lenet", choices=["lenet", "lenet-classic"])
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--steps", type=int, default=30)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--coex", default=os.path.join(ROOT, "coex"), help="path of the coex wrapper")
    a = p.parse_args()
    if a.batch <= 0 or a.threads <= 0 or a.steps <= 0 or a.rounds <= 0:
        p.error("--batch, --threads, --steps and --rounds must be positive")
    if not os.path.isdir(DATA):
        sys.exit(f"Fashion-MNIST not found in {DATA}: sudo apt-get install dataset-fashion-mnist")
    torch.set_num_threads(a.threads)
    torch.set_num_interop_threads(1)
    pt, cx = [], []
    for r in range(a.rounds):
        pt.append(torch_round(a.model, a.batch, a.steps))
        cx.append(coex_round(a.model, a.batch, a.threads, a.steps, a.coex))
        print(f"round {r + 1}: PyTorch {pt[-1]:.0f} images/s, Coex {cx[-1]:.0f} images/s", flush=True)
    t, c = statistics.median(pt), statistics.median(cx)
    print(f"{a.model}, batch {a.batch}, {a.threads} threads, PyTorch {torch.__version__}: "
          f"PyTorch {t:.0f} images/s, Coex {c:.0f} images/s, Coex/PyTorch = {c / t:.2f}x (median of {a.rounds} rounds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

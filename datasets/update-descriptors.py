#!/usr/bin/env python3
"""Rewrite the "files" checksums of every datasets/*/descriptor.json after editing a dataset file.
Bump the descriptor's "version" by hand when the content changes meaning."""
import hashlib, json, os, sys

root = os.path.dirname(os.path.abspath(__file__))
for folder in sorted(os.listdir(root)):
    path = os.path.join(root, folder, "descriptor.json")
    if not os.path.isfile(path):
        continue
    with open(path) as f:
        d = json.load(f)
    d["files"] = {}
    for name in sorted(os.listdir(os.path.join(root, folder))):
        if name != "descriptor.json":
            with open(os.path.join(root, folder, name), "rb") as f:
                d["files"][name] = hashlib.sha256(f.read()).hexdigest()
    with open(path, "w") as f:
        json.dump(d, f, indent=2)
        f.write("\n")
    print(f"{folder}: {len(d['files'])} files", file=sys.stderr)

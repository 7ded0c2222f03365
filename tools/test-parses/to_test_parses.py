#!/usr/bin/env python3
"""Turns `pharos parse FILE --tokens --deps --out parsed.jsonl` output into the block format of
pharos-coder/src/test/resources/org/pharos/coder/events/corenlp-parses.txt (real CoreNLP parses for
the hand-checked matcher tests): '# tokens joined by spaces', then 'index word lemma POS head/rel ...'.

Usage: python3 tools/test-parses/to_test_parses.py parsed.jsonl >> .../corenlp-parses.txt
"""
import json
import sys


def main(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            for s in doc.get("sentences", []):
                toks = s["tokens"]
                heads = {i + 1: [] for i in range(len(toks))}
                for d in s.get("deps", []):
                    rel = "ROOT" if d["rel"] == "root" else d["rel"]
                    heads[d["dep"]].append("%d/%s" % (d["gov"], rel))
                print("# " + " ".join(t["word"] for t in toks))
                for i, t in enumerate(toks, start=1):
                    print(" ".join([str(i), t["word"], t["lemma"], t["pos"]] + heads[i]))


if __name__ == "__main__":
    main(sys.argv[1])

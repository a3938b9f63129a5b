#!/usr/bin/env python3
"""Expected values for the structure analyses, computed with NetworkX.

Writes networkx_expected.json beside this script: for each graph (the hand-worked fixtures of
fixtures.cypher and a seeded random graph of 230 nodes) its nodes, edges, effective_size, constraint,
articulation_points, bridges, the modularity of given partitions, and for the random graph the best
modularity of ten Louvain runs (seeds 0-9). StructureAlgorithmsTest reads the JSON.

Run: python3 networkx_expected.py   (Debian: apt-get install python3-networkx)
"""
import json
import math
import os
import random

import networkx as nx
from networkx.algorithms.community import louvain_communities, modularity

# The fixtures, as in fixtures.cypher (ids without the SX- prefix there: here the full ids).
FIXTURES = {
    "star": {
        "nodes": ["SX-S0", "SX-S1", "SX-S2", "SX-S3", "SX-S4"],
        "edges": [["SX-S0", "SX-S1"], ["SX-S0", "SX-S2"], ["SX-S0", "SX-S3"], ["SX-S0", "SX-S4"]],
    },
    "path": {
        "nodes": ["SX-P1", "SX-P2", "SX-P3", "SX-P4", "SX-P5"],
        "edges": [["SX-P1", "SX-P2"], ["SX-P2", "SX-P3"], ["SX-P3", "SX-P4"], ["SX-P4", "SX-P5"]],
    },
    "triangles": {
        "nodes": ["SX-T1", "SX-T2", "SX-T3", "SX-T4", "SX-T5", "SX-T6"],
        "edges": [
            ["SX-T1", "SX-T2"], ["SX-T1", "SX-T3"], ["SX-T2", "SX-T3"],
            ["SX-T3", "SX-T4"],
            ["SX-T4", "SX-T5"], ["SX-T4", "SX-T6"], ["SX-T5", "SX-T6"],
        ],
        "partitions": [
            {"resolution": 1.0, "communities": [["SX-T1", "SX-T2", "SX-T3"], ["SX-T4", "SX-T5", "SX-T6"]]},
            {"resolution": 0.5, "communities": [["SX-T1", "SX-T2", "SX-T3"], ["SX-T4", "SX-T5", "SX-T6"]]},
            {"resolution": 1.0, "communities": [["SX-T1", "SX-T2", "SX-T3", "SX-T4", "SX-T5", "SX-T6"]]},
        ],
    },
    # Three sectors (and a research actor without any cooperation): the brokerage example.
    "sectors": {
        "nodes": ["SX-B", "SX-E1", "SX-E2", "SX-E3", "SX-E4", "SX-H1", "SX-H2", "SX-R1", "SX-Y1", "SX-Y2"],
        "edges": [
            ["SX-B", "SX-H1"], ["SX-B", "SX-H2"], ["SX-B", "SX-E1"], ["SX-B", "SX-E2"], ["SX-B", "SX-Y1"],
            ["SX-E1", "SX-E2"], ["SX-Y1", "SX-Y2"], ["SX-Y2", "SX-E3"], ["SX-Y2", "SX-E4"],
        ],
        "partitions": [
            {"resolution": 1.0, "communities": [
                ["SX-B", "SX-E1", "SX-E2", "SX-H1", "SX-H2"], ["SX-E3", "SX-E4", "SX-Y1", "SX-Y2"], ["SX-R1"]]},
        ],
    },
}


def random_graph():
    """Five planted groups (200 nodes), 17 pendant chains (1-2 nodes) hung on them, three isolated nodes."""
    rng = random.Random(16)
    g = nx.random_partition_graph([30, 35, 40, 45, 50], 0.15, 0.005, seed=16)
    n = g.number_of_nodes()
    for _ in range(17):
        anchor = rng.randrange(200)
        length = rng.randint(1, 2)
        previous = anchor
        for _ in range(length):
            g.add_edge(previous, n)
            previous = n
            n += 1
    for _ in range(3):
        g.add_node(n)
        n += 1
    g.graph.pop("partition", None)
    names = {v: "R-%03d" % v for v in g.nodes}
    return nx.relabel_nodes(g, names)


def number(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else x


def expected(g, partitions=()):
    nodes = sorted(g.nodes)
    effective = nx.effective_size(g)
    constraint = nx.constraint(g)
    result = {
        "nodes": nodes,
        "edges": sorted(sorted(e) for e in g.edges),
        "effectiveSize": {v: number(effective[v]) for v in nodes},
        "constraint": {v: number(constraint[v]) for v in nodes},
        "articulationPoints": sorted(nx.articulation_points(g)),
        "bridges": sorted(sorted(e) for e in nx.bridges(g)),
        "partitions": [],
    }
    for p in partitions:
        q = modularity(g, [set(c) for c in p["communities"]], resolution=p["resolution"])
        result["partitions"].append({**p, "modularity": q})
    return result


def main():
    out = {}
    for name, spec in FIXTURES.items():
        g = nx.Graph()
        g.add_nodes_from(spec["nodes"])
        g.add_edges_from(spec["edges"])
        out[name] = expected(g, spec.get("partitions", ()))
    g = random_graph()
    runs = [louvain_communities(g, resolution=1.0, seed=seed) for seed in range(10)]
    qualities = [modularity(g, run, resolution=1.0) for run in runs]
    best = max(range(10), key=lambda i: qualities[i])
    partitions = [{"resolution": 1.0, "communities": sorted(sorted(c) for c in runs[best])}]
    runs_half = [louvain_communities(g, resolution=0.5, seed=seed) for seed in range(10)]
    partitions.append({"resolution": 0.5, "communities": sorted(sorted(c) for c in runs_half[0])})
    out["random"] = expected(g, partitions)
    out["random"]["bestLouvainModularity"] = qualities[best]
    out["random"]["bestLouvainModularityHalf"] = max(modularity(g, r, resolution=0.5) for r in runs_half)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "networkx_expected.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", path, "networkx", nx.__version__)


if __name__ == "__main__":
    main()

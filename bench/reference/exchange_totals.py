"""Reference totals for workplace exchange pairing, computed independently of GoldenThread.

Reads POOL.json files (matching.md's format), builds the allowed pairs and their scores from matching.md's rules
written out again here, and solves a maximum-weight matching with networkx (Van Rantwijk's blossom algorithm).
Prints one line per file: the file name and the best total score. The Core tests compare ExchangeMatcher's totals
on the generated pools of 1,000 with the figures this prints.

    dotnet bench/GoldenThread.Bench/bin/Release/net10.0/GoldenThread.Bench.dll exchange-pool pool-1.json 1000 1
    python3 bench/reference/exchange_totals.py pool-1.json
"""
import itertools
import json
import sys

import networkx as nx

INTERFACES = {
    frozenset(("primary-care", "acute")): 6,
    frozenset(("social-care", "acute")): 5,
    frozenset(("social-care", "primary-care")): 5,
    frozenset(("mental-health", "acute")): 4,
    frozenset(("mental-health", "primary-care")): 4,
    frozenset(("ambulance", "acute")): 3,
    frozenset(("ambulance", "primary-care")): 3,
    frozenset(("community", "acute")): 3,
    frozenset(("care-home", "primary-care")): 3,
}


def score(a, b):
    if a["organisationId"] == b["organisationId"] or a["setting"] == b["setting"]:
        return None
    if b["id"] in a.get("avoid", []) or a["id"] in b.get("avoid", []):
        return None
    if len(set(a["availability"]) & set(b["availability"])) < 2:
        return None
    same_place = a.get("placeId") is not None and a.get("placeId") == b.get("placeId")
    return (10 + INTERFACES.get(frozenset((a["setting"], b["setting"])), 1)
            + (3 if same_place else 0) + (2 if a["profession"] != b["profession"] else 0))


def best_total(participants):
    graph = nx.Graph()
    for a, b in itertools.combinations(participants, 2):
        s = score(a, b)
        if s is not None:
            graph.add_edge(a["id"], b["id"], weight=s)
    matching = nx.max_weight_matching(graph)
    return sum(graph[a][b]["weight"] for a, b in matching)


for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        print(path, best_total(json.load(f)["participants"]), flush=True)

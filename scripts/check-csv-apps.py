#!/usr/bin/env python3
"""Opens the app's CSV exports in pandas and LibreOffice and checks they read back cell for cell.

Usage:  python3 scripts/check-csv-apps.py [BASE_URL | FILE.csv ...]
        (default: http://localhost:3000, the exports /export/matrix.csv and /export/cells.csv)

Needs Debian's python3-pandas and libreoffice-calc-nogui (apt-get install -y --no-install-recommends
python3-pandas libreoffice-calc-nogui). Not part of `npm test`: those two weigh some 300 MB.

For each file, the reference is Python's csv module in strict mode. pandas must read the same header
and cells (as text), and read it whole with its default type inference. LibreOffice imports it as
a user would open it (UTF-8, comma, double quote, formulas evaluated) and exports the cells as
shown: the result must equal the reference, so that no cell became a number, a date or a formula.
Exit status 1 on any difference.
"""
import csv
import os
import subprocess
import sys
import tempfile
import urllib.request

import pandas as pd

EXPORTS = ["/export/matrix.csv", "/export/cells.csv"]
# Import: comma, double quote, UTF-8, from line 1, standard columns, default language, quoted
# fields not forced to text, no special-number detection, ..., evaluate formulas.
LO_IMPORT = "CSV:44,34,76,1,,0,false,false,false,false,false,false,true"
# Export: the same separators, cell contents as shown, every sheet.
LO_EXPORT = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1"


def read_reference(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, strict=True))


def libreoffice_round_trip(path, out_dir):
    subprocess.run(
        ["soffice", "--headless", f"--infilter={LO_IMPORT}", "--convert-to", LO_EXPORT, "--outdir", out_dir, path],
        check=True,
        capture_output=True,
        timeout=180,
    )
    stem = os.path.splitext(os.path.basename(path))[0]
    return read_reference(os.path.join(out_dir, f"{stem}-{stem}.csv"))


def differences(expected, actual, limit=5):
    found = []
    if len(expected) != len(actual):
        found.append(f"{len(expected)} rows, read back as {len(actual)}")
    for i, (a, b) in enumerate(zip(expected, actual)):
        for j, (x, y) in enumerate(zip(a, b)):
            if x != y:
                found.append(f"row {i} column {j}: {x[:60]!r} read back as {y[:60]!r}")
        if len(a) != len(b):
            found.append(f"row {i}: {len(a)} fields, read back as {len(b)}")
    return found[:limit]


def check(path, out_dir):
    reference = read_reference(path)
    header, rows = reference[0], reference[1:]
    problems = []
    as_text = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    if list(as_text.columns) != header or as_text.values.tolist() != rows:
        problems.append("pandas (as text): " + "; ".join(differences(reference, [list(as_text.columns)] + as_text.values.tolist())))
    inferred = pd.read_csv(path, encoding="utf-8-sig")
    if inferred.shape != (len(rows), len(header)):
        problems.append(f"pandas (defaults): shape {inferred.shape}, expected {(len(rows), len(header))}")
    office = libreoffice_round_trip(path, out_dir)
    if office != reference:
        problems.append("LibreOffice: " + "; ".join(differences(reference, office)))
    print(f"{os.path.basename(path)}: {len(rows)} rows × {len(header)} columns: " + ("pandas and LibreOffice read it back cell for cell" if not problems else "DIFFERS"))
    for p in problems:
        print(f"  {p}")
    return not problems


def main(args):
    with tempfile.TemporaryDirectory() as tmp:
        if args and all(a.endswith(".csv") for a in args):
            files = args
        else:
            base = (args[0] if args else "http://localhost:3000").rstrip("/")
            files = []
            for export in EXPORTS:
                target = os.path.join(tmp, os.path.basename(export))
                try:
                    urllib.request.urlretrieve(base + export, target)
                except OSError as e:
                    print(f"could not download {base + export}: {e}. Start the app first (npm start), or pass CSV files.")
                    return 2
                files.append(target)
        out_dir = os.path.join(tmp, "libreoffice")
        results = [check(f, out_dir) for f in files]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

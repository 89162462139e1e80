#!/usr/bin/env python3
"""The record-access policy's cost, side by side in one run (ADR 0017, docs/performance.md).

Against a running Orienta (default http://localhost:8080, demo data), as `operatore`, alternates requests to
  - a call that touches no case (the current privacy notice),
  - a case read (a person's consents: the policy's charge probe + the one audit insert),
  - the worker file page's API twin (the person's record: the same policy + audit),
and prints medians and p95 in ms. Usage: scripts/bench-access.py [base-url] [rounds]
"""
import base64, http.client, json, statistics, sys, time, urllib.parse

base = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 400
u = urllib.parse.urlparse(base)
auth = "Basic " + base64.b64encode(b"operatore:Orienta.2026").decode()
conn = http.client.HTTPConnection(u.hostname, u.port or 80)

def get(path):
    start = time.perf_counter()
    conn.request("GET", path, headers={"Authorization": auth, "Accept": "application/json"})
    r = conn.getresponse()
    body = r.read()
    return (time.perf_counter() - start) * 1000, r.status, body

_, status, body = get("/api/v1/persons?q=rossi")
rows = json.loads(body)
rows = rows.get("rows", rows) if isinstance(rows, dict) else rows
person = next((r["id"] for r in rows if (r.get("chargeCentre") or "").startswith("CPI Firenze")), rows[0]["id"])
paths = {"no case (privacy notice)": "/api/v1/privacy-notices/current",
         "case read (consents)": f"/api/v1/persons/{person}/consents",
         "case read (person record)": f"/api/v1/persons/{person}"}
for p in paths.values():  # warm up
    for _ in range(50):
        get(p)
times = {k: [] for k in paths}
for _ in range(rounds):
    for k, p in paths.items():
        ms, status, _ = get(p)
        assert status == 200, (p, status)
        times[k].append(ms)
floor = statistics.median(times["no case (privacy notice)"])
for k, t in times.items():
    t.sort()
    print(f"{k:28s} median {statistics.median(t):6.2f} ms  p95 {t[int(len(t) * 0.95)]:6.2f} ms  "
          f"ratio to no-case median {statistics.median(t) / floor:4.2f}")

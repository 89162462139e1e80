#!/usr/bin/env python3
"""The worker file's cost against the floor of the same app, side by side in one run (issue 11, docs/performance.md).

Against a running Orienta (default http://localhost:8080, demo data), logs in as `operatore` with the login form
(session and CSRF, as a browser does) and alternates, on one client:
  - the floor: the person search page with no query (the same layout, no case data),
  - the worker file of a demo person in charge at CPI Firenze,
  - the home page.
Prints medians, p95 and views per second of each, and each page's ratio to the floor (views/s of the page divided by
views/s of the floor; 1.0 = as cheap as the floor). Usage: scripts/bench-workerfile.py [base-url] [rounds]
"""
import http.client, re, statistics, sys, time, urllib.parse

base = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 300
u = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(u.hostname, u.port or 80)
cookies = {}

def request(method, path, body=None, headers=None):
    h = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}
    h.update(headers or {})
    start = time.perf_counter()
    conn.request(method, path, body=body, headers=h)
    r = conn.getresponse()
    data = r.read()
    ms = (time.perf_counter() - start) * 1000
    for k, v in r.getheaders():
        if k.lower() == "set-cookie":
            name, value = v.split(";", 1)[0].split("=", 1)
            cookies[name] = value
    return ms, r.status, data.decode("utf-8", "replace"), dict((k.lower(), v) for k, v in r.getheaders())

_, _, page, _ = request("GET", "/login")
csrf = re.search(r'name="_csrf"\s+value="([^"]+)"', page).group(1)
form = urllib.parse.urlencode({"username": "operatore", "password": "Orienta.2026", "_csrf": csrf})
_, status, _, headers = request("POST", "/login", form, {"Content-Type": "application/x-www-form-urlencoded"})
assert status in (302, 303), status
_, _, page, _ = request("GET", "/persons?q=rossi")
person = re.search(r'href="/persons/([0-9a-f-]{36})"', page).group(1)
paths = {"floor: search page, no query": "/persons",
         "worker file": f"/persons/{person}",
         "home page": "/"}
for p in paths.values():  # warm up
    for _ in range(60):
        _, status, _, _ = request("GET", p)
        assert status == 200, (p, status)
times = {k: [] for k in paths}
for _ in range(rounds):
    for k, p in paths.items():
        ms, status, _, _ = request("GET", p)
        assert status == 200, (p, status)
        times[k].append(ms)
floor = statistics.mean(times["floor: search page, no query"])
print(f"{rounds} rounds, one client, {base}")
print(f"{'page':32} {'median ms':>10} {'p95 ms':>8} {'views/s':>8} {'ratio to floor':>15}")
for k, t in times.items():
    t = sorted(t)
    mean = statistics.mean(t)
    print(f"{k:32} {statistics.median(t):10.1f} {t[int(len(t) * 0.95) - 1]:8.1f} {1000 / mean:8.0f} {floor / mean:15.2f}")

#!/usr/bin/env python3
"""Opportunità's cost against the floor of the same app, side by side in one run (issue 13, scouting).

Against a running Orienta (default http://localhost:8080, demo data): first, unless the demo has vacancies already,
publishes a market through the API as `preselezione` (one employer per province, `vacancies` vacancies spread over
the demo professions and the municipalities of the demo subset, some for the demo person Mario Rossi's professions);
then logs in as `operatore` with the login form (session and CSRF, as a browser does) and alternates, on one client:
  - the floor: the person search page with no query,
  - Mario Rossi's worker file,
  - Mario Rossi's Opportunità page,
  - the same through the API (basic authentication),
  - the candidates fragment of one of Mario Rossi's vacancies (as `preselezione`, the htmx request).
Prints medians and p95 of each. Usage: scripts/bench-opportunities.py [base-url] [rounds] [vacancies]
"""
import base64, datetime, http.client, json, random, re, statistics, sys, time, urllib.parse

base = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 200
wanted = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
u = urllib.parse.urlparse(base)
random.seed(13)


class Client:
    def __init__(self, basic=None):
        self.conn = http.client.HTTPConnection(u.hostname, u.port or 80)
        self.cookies = {}
        self.basic = basic

    def request(self, method, path, body=None, headers=None):
        h = {}
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if self.basic:
            h["Authorization"] = "Basic " + base64.b64encode(f"{self.basic}:Orienta.2026".encode()).decode()
        h.update(headers or {})
        start = time.perf_counter()
        self.conn.request(method, path, body=body, headers=h)
        r = self.conn.getresponse()
        data = r.read()
        ms = (time.perf_counter() - start) * 1000
        for k, v in r.getheaders():
            if k.lower() == "set-cookie":
                name, value = v.split(";", 1)[0].split("=", 1)
                self.cookies[name] = value
        return ms, r.status, data.decode("utf-8", "replace")

    def json(self, method, path, body=None):
        _, status, text = self.request(method, path, json.dumps(body) if body is not None else None,
                                       {"Content-Type": "application/json", "Accept": "application/json"})
        return status, (json.loads(text) if text else None)

    def login(self, username):
        _, _, page = self.request("GET", "/login")
        csrf = re.search(r'name="_csrf"\s+value="([^"]+)"', page).group(1)
        form = urllib.parse.urlencode({"username": username, "password": "Orienta.2026", "_csrf": csrf})
        _, status, _ = self.request("POST", "/login", form, {"Content-Type": "application/x-www-form-urlencoded"})
        assert status in (302, 303), status


def partita_iva(n):
    digits = f"{4_000_000_000 + n * 7919:010d}"
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return digits + str((10 - total % 10) % 10)


pre = Client("preselezione")
status, page = pre.json("GET", "/api/v1/vacancies?status=OPEN")
have = len(page["rows"]) if status == 200 else 0
professions = ["5.2.2.3.2", "5.2.2.1.0", "5.2.2.3.1", "5.2.2.4.0", "4.3.1.2.0", "4.2.2.1.0", "6.1.2.1.0",
               "7.4.2.1.0", "8.1.3.1.0", "3.3.1.2.1", "5.1.2.2.0", "6.2.1.2.0", "8.3.1.1.0", "4.3.2.1.0"]
municipalities = ["048017", "048033", "050026", "052032", "047014", "100005", "046017", "049009", "053011", "045010"]
today = datetime.date.today()
if have == 0:
    employers = []
    for i, m in enumerate(municipalities):
        status, e = pre.json("POST", "/api/v1/employers", {
            "taxCode": partita_iva(i + int(time.time()) % 100000), "name": f"Azienda del banco {i}",
            "atecoCode": "56.10.11", "municipalityCode": m, "address": "Via Roma 1"})
        assert status == 201, (status, e)
        employers.append(e["id"])
    start = time.perf_counter()
    for n in range(wanted):
        status, v = pre.json("POST", "/api/v1/vacancies", {
            "employerId": random.choice(employers), "professionCode": random.choice(professions),
            "title": f"Offerta di prova {n}", "posts": 1, "municipalityCode": random.choice(municipalities),
            "contractType": random.choice(["PERMANENT", "FIXED_TERM", "APPRENTICESHIP", "SEASONAL"]),
            "workingTime": random.choice(["FULL_TIME", "PART_TIME", "SHIFTS"]),
            "publicationDate": str(today - datetime.timedelta(days=random.randint(0, 30))),
            "expiryDate": str(today + datetime.timedelta(days=random.randint(1, 60))),
            "requirements": {"drivingLicences": random.choice([[], ["B"], ["C"]]),
                             "languages": random.choice([[], [{"code": "en", "level": "B1"}]])},
            "reservedL68": random.random() < 0.05})
        assert status == 201, (status, v)
    print(f"published {wanted} vacancies in {time.perf_counter() - start:.1f} s")

op = Client()
op.login("operatore")
_, _, page = op.request("GET", "/persons?q=rossi")
person = re.search(r'href="/persons/([0-9a-f-]{36})"', page).group(1)
api = Client("operatore")
_, found = api.json("GET", f"/api/v1/persons/{person}/opportunities")
print(f"Mario Rossi: {len(found['opportunities'])} opportunities of {found['considered']} scored, "
      f"widening {found['widening']}")
vacancy = found["opportunities"][0]["vacancyId"]
pre_page = Client()
pre_page.login("preselezione")
clients = {"floor: search page, no query": (op, "/persons", {}),
           "worker file": (op, f"/persons/{person}", {}),
           "Opportunità page": (op, f"/persons/{person}/opportunities", {}),
           "Opportunità API": (api, f"/api/v1/persons/{person}/opportunities", {"Accept": "application/json"}),
           "candidates fragment (top 50)": (pre_page, f"/vacancies/{vacancy}/candidates", {"HX-Request": "true"})}
for c, p, h in clients.values():  # warm up
    for _ in range(40):
        _, status, _ = c.request("GET", p, headers=h)
        assert status == 200, (p, status)
times = {k: [] for k in clients}
for _ in range(rounds):
    for k, (c, p, h) in clients.items():
        ms, status, _ = c.request("GET", p, headers=h)
        assert status == 200, (p, status)
        times[k].append(ms)
print(f"{rounds} rounds, one client, {base}")
print(f"{'page':32} {'median ms':>10} {'p95 ms':>8}")
for k, t in times.items():
    t = sorted(t)
    print(f"{k:32} {statistics.median(t):10.1f} {t[int(len(t) * 0.95) - 1]:8.1f}")

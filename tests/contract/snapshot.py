#!/usr/bin/env python3
"""The REST contract as the demo answers it, for a before/after diff of a refactoring (rule 7 of the house).

    tests/contract/snapshot.py [DIST] OUT      # DIST: a built distribution, default distribution/target/doorbraak
    diff -r before/ after/

Starts a copy of DIST with --demo on a free port, and for every demo account calls every GET of /api/openapi.json:
its own gemeente and another one, each {id}-like parameter filled from the list route above it (as that account sees
it; else as the gemeente's casusregisseur or the platformbeheerder). Writes per account and path: status, Content-Type,
ETag and the body with ids, times and tokens replaced by placeholders, so two runs on different days compare equal.
Also writes openapi.json itself (normalised the same way). Needs python3 and Java; nothing else.
"""
import base64, json, os, re, shutil, socket, subprocess, sys, tempfile, time, urllib.request, urllib.error

ACCOUNTS = {  # name -> own gemeente (None: none)
    "utrecht-regisseur": "utrecht", "utrecht-tafellid": "utrecht", "utrecht-beheerder": "utrecht",
    "leeuwarden-regisseur": "leeuwarden", "eindhoven-regisseur": "eindhoven", "platformbeheerder": None,
    "rijk-szw": None, "leeuwarden-transformaatje": "leeuwarden",
}
ANDERE = {"utrecht": "leeuwarden", "leeuwarden": "utrecht", "eindhoven": "utrecht", None: "utrecht"}
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
TIJD = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")
DATUM = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def vrije_poort():
    s = socket.socket(); s.bind(("", 0)); p = s.getsockname()[1]; s.close(); return p


def vraag(base, pad, wie=None):
    req = urllib.request.Request(base + pad)
    if wie:
        req.add_header("Authorization", "Basic " + base64.b64encode(f"{wie}:demo".encode()).decode())
    req.add_header("Accept", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def normaal(tekst):
    tekst = UUID.sub("<uuid>", tekst)
    tekst = TIJD.sub("<tijd>", tekst)
    tekst = DATUM.sub("<datum>", tekst)
    tekst = re.sub(r'"csrfToken":"[^"]*"', '"csrfToken":"<token>"', tekst)
    tekst = re.sub(r"http://localhost:\d+", "http://localhost:<poort>", tekst)
    return tekst


def main():
    args = sys.argv[1:]
    dist = args[0] if len(args) == 2 else "distribution/target/doorbraak"
    uit = args[-1]
    werk = tempfile.mkdtemp(prefix="doorbraak-contract.")
    kopie = os.path.join(werk, "d")
    shutil.copytree(dist, kopie, symlinks=True)
    shutil.rmtree(os.path.join(kopie, "data"), ignore_errors=True)
    os.makedirs(os.path.join(kopie, "data"))
    poort = vrije_poort()
    base = f"http://localhost:{poort}"
    env = dict(os.environ, DOORBRAAK_PORT=str(poort))
    log = open(os.path.join(werk, "out.txt"), "w")
    p = subprocess.Popen([os.path.join(kopie, "bin", "doorbraak"), "--demo"], env=env, stdout=log, stderr=log,
                         stdin=subprocess.DEVNULL)
    try:
        for _ in range(600):
            try:
                if vraag(base, "/api/health")[0] == 200:
                    break
            except OSError:
                pass
            if p.poll() is not None:
                sys.exit("platform stopte: zie " + log.name)
            time.sleep(0.1)
        else:
            sys.exit("platform niet gereed binnen 60 s")
        os.makedirs(uit, exist_ok=True)
        st, _, doc = vraag(base, "/api/openapi.json")
        openapi = json.loads(doc)
        with open(os.path.join(uit, "openapi.json"), "w") as f:
            f.write(normaal(json.dumps(openapi, indent=1, ensure_ascii=False, sort_keys=False)))
        gets = [pad[len("/api"):] for pad, ops in openapi["paths"].items() if "get" in ops]
        gets = [g for g in gets if not g.startswith("/sso/") and g not in ("/openapi.json", "/sso/uitloggen")]
        ids = {}

        def eerste_id(wie, lijstpad):
            sleutel = (wie, lijstpad)
            if sleutel not in ids:
                st, _, body = vraag(base, lijstpad, wie)
                waarde = None
                if st == 200:
                    try:
                        j = json.loads(body)
                        res = j.get("results", j) if isinstance(j, dict) else j
                        if isinstance(res, list) and res and isinstance(res[0], dict):
                            waarde = res[0].get("id") or res[0].get("gebruikersnaam") or res[0].get("adres")
                    except ValueError:
                        pass
                ids[sleutel] = waarde
            return ids[sleutel]

        for wie, eigen in ACCOUNTS.items():
            for gemeente in [g for g in (eigen, ANDERE[eigen]) if g]:
                regisseur = f"{gemeente}-regisseur"
                for sjabloon in gets:
                    if "{gemeente}" not in sjabloon and gemeente != (eigen or ANDERE[None]):
                        continue
                    pad = sjabloon.replace("{gemeente}", gemeente)
                    delen = pad.split("/")
                    ok = True
                    for i, d in enumerate(delen):
                        if d.startswith("{"):
                            lijst = "/api" + "/".join(delen[:i])
                            w = eerste_id(wie, lijst) or eerste_id(regisseur, lijst) or eerste_id("platformbeheerder", lijst)
                            if w is None:
                                ok = False
                                break
                            delen[i] = urllib.request.quote(w, safe="")
                    if not ok:
                        continue
                    pad = "/".join(delen)
                    st, h, body = vraag(base, "/api" + pad, wie)
                    naam = re.sub(r"[^A-Za-z0-9._-]", "_", sjabloon.replace("{gemeente}", gemeente if gemeente == eigen else "ANDERE").strip("/"))
                    os.makedirs(os.path.join(uit, wie), exist_ok=True)
                    tekst = body.decode("utf-8", "replace")
                    if "json" in (h.get("Content-Type") or ""):
                        try:
                            # decimals as written (1250.50 stays 1250.50): as text, not as floats
                            tekst = json.dumps(json.loads(tekst, parse_float=lambda x: "<getal>" + x), indent=1, ensure_ascii=False)
                        except ValueError:
                            pass
                    with open(os.path.join(uit, wie, naam + ".txt"), "w") as f:
                        f.write(f"{st} {h.get('Content-Type')} etag={h.get('ETag')}\n{normaal(tekst)}\n")
        print(f"{sum(len(fs) for _, _, fs in os.walk(uit))} bestanden in {uit}")
    finally:
        p.terminate()
        p.wait(30)
        shutil.rmtree(werk, ignore_errors=True)


if __name__ == "__main__":
    main()

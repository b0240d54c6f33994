#!/usr/bin/env python3
"""Checks a running workload server's answers to q1-q6 against the workload README's rules.

Usage: python3 bench/scripts/check-workload-server.py [URL] [WORKLOAD_DIR]
  URL defaults to http://127.0.0.1:5090/graphql; WORKLOAD_DIR to $NMNGRAPH_WORKLOAD or the repository's
  bench/workload.

q2, q3 and q4 are compared with answers computed here independently from dataset.json (ids in string order,
inverse lists derived, `first` semantics, node/article lookups); q1, q5 and q6 are checked for shape.
Exits non-zero on the first mismatch.
"""
import json
import os
import sys
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5090/graphql"


def find_workload():
    """NMNGRAPH_WORKLOAD, else the repository's own copy (bench/workload beside this script's folder)."""
    if os.environ.get("NMNGRAPH_WORKLOAD"):
        return os.environ["NMNGRAPH_WORKLOAD"]
    return os.path.normpath(os.path.join(HERE, "..", "workload"))


WORKLOAD = sys.argv[2] if len(sys.argv) > 2 else find_workload()


def post(query, variables=None):
    body = json.dumps({"query": query, "variables": variables}).encode()
    request = urllib.request.Request(URL, body, {"Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        assert response.status == 200, response.status
        return json.loads(response.read())


def check(name, condition, detail=""):
    if not condition:
        print(f"FAIL {name} {detail}")
        sys.exit(1)


data = json.load(open(os.path.join(WORKLOAD, "dataset.json")))
articles = sorted(data["articles"], key=lambda a: a["id"])
studies = {s["id"]: s for s in data["studies"]}
claims = {c["id"]: c for c in data["claims"]}
cited_by = {sid: [a["id"] for a in articles if sid in a["studyIds"]] for sid in studies}
claim_studies = {cid: sorted(s["id"] for s in data["studies"] if cid in s["claimIds"]) for cid in claims}
by_id = {a["id"]: a for a in articles}
queries = {f[:2]: open(os.path.join(WORKLOAD, "queries", f)).read() for f in os.listdir(os.path.join(WORKLOAD, "queries")) if f.endswith(".graphql")}
q4_variables = json.load(open(os.path.join(WORKLOAD, "queries", "q4-node-fragments.variables.json")))

for case in sorted(queries):
    result = post(queries[case], q4_variables if case == "q4" else None)
    check(case, "errors" not in result, json.dumps(result.get("errors"))[:500])
    check(case, isinstance(result.get("data"), dict))

# q1
check("q1", post(queries["q1"]) == {"data": {"__typename": "Query"}})

# q2: the first 100 articles, 9 scalar fields, in id order.
scalars = ["id", "title", "doi", "url", "publishedAt", "journal", "authors", "wordCount", "score"]
expected = [{k: a.get(k) for k in scalars} for a in articles[:100]]
got = post(queries["q2"])["data"]["articles"]
check("q2 count", len(got) == 100, str(len(got)))
check("q2 values", got == expected, json.dumps(got[0])[:300] + " vs " + json.dumps(expected[0])[:300])

# q3: fan-out, stored lists sorted by id, citedBy derived.
expected = []
for a in articles[:50]:
    expected.append({
        "id": a["id"],
        "title": a["title"],
        "claims": [{"statement": claims[c]["statement"]} for c in sorted(a["claimIds"])],
        "studies": [{"title": studies[s]["title"], "doi": studies[s]["doi"], "citedBy": [{"title": by_id[x]["title"]} for x in cited_by[s]]} for s in sorted(a["studyIds"])],
    })
got = post(queries["q3"])["data"]["articles"]
check("q3 count", len(got) == 50)
check("q3 values", got == expected)
values = sum(2 + len(a["claims"]) + sum(3 + len(s["citedBy"]) for s in a["studies"]) for a in got)

# q4: node lookups, fragments on an interface, a miss.
got = post(queries["q4"], q4_variables)["data"]
art, stu, cla = by_id[q4_variables["article"]], studies[q4_variables["study"]], claims[q4_variables["claim"]]
brief = lambda sid: {"id": sid, "title": studies[sid]["title"], "design": studies[sid]["design"]}
card = lambda a: {"id": a["id"], "title": a["title"], "journal": a.get("journal"),
                  "topClaims": [{"text": claims[c]["statement"], "stance": claims[c]["stance"]} for c in sorted(a["claimIds"])],
                  "cites": [brief(s) for s in sorted(a["studyIds"])]}
check("q4 first", got["first"] == {"__typename": "Article", "id": art["id"], "headline": art["title"], "doi": art.get("doi"), "publishedAt": art["publishedAt"]}, json.dumps(got["first"]))
check("q4 second", got["second"] == {"__typename": "Study", "id": stu["id"], "headline": stu["title"], "year": stu["year"], "design": stu["design"], "sampleSize": stu["sampleSize"], "citedBy": [{"id": x} for x in cited_by[stu["id"]]]}, json.dumps(got["second"]))
check("q4 third", got["third"] == {"__typename": "Claim", "id": cla["id"], "statement": cla["statement"], "stance": cla["stance"], "confidence": cla["confidence"], "evidence": [brief(s) for s in claim_studies[cla["id"]]]}, json.dumps(got["third"]))
check("q4 direct", got["direct"] == card(by_id["A000042"]))
check("q4 missing", got["missing"] is None)
check("q4 last", got["last"] == {"__typename": "Article", **card(by_id["A001000"])})

# q5: the introspection query describes the workload types.
schema = post(queries["q5"])["data"]["__schema"]
names = {t["name"] for t in schema["types"]}
check("q5 types", {"Node", "Article", "Study", "Claim", "StudyDesign", "Stance", "Query"} <= names)

# q6: the large document answers every alias.
got = post(queries["q6"])["data"]
check("q6 aliases", len(got) > 10 and all(v is None or isinstance(v, dict) for v in got.values()))

# first: semantics.
check("first omitted", len(post("{ articles { id } }")["data"]["articles"]) == len(articles))
check("first 0", post("{ articles(first: 0) { id } studies(first: -1) { id } }")["data"] == {"articles": [], "studies": []})
check("first null", len(post("{ claims(first: null) { id } }")["data"]["claims"]) == len(claims))
check("article of a study id", post('{ article(id: "S000001") { id } node(id: "S000001") { id } }')["data"] == {"article": None, "node": {"id": "S000001"}})

print(f"OK: q1-q6 match the workload rules (q3: {values} values)")

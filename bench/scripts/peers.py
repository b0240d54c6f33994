#!/usr/bin/env python3
"""NmnGraph against GraphQL.NET 8.8.5 and mercurius 16 + graphql-jit on the workload, side by side in one run.

Usage: python3 bench/scripts/peers.py [--seconds 8] [--runs 2] [--connections 16] [--queries q1,q2,...] [--before COMMIT]

Builds the NmnGraph workload server and the GraphQL.NET peer in Release, installs the mercurius peer's npm packages
(npm ci from its lock file), installs wrk from Debian's packages when it is missing, starts the three servers pinned
to core 1 and drives each with wrk pinned to core 0, interleaving servers within every query and every run so that
the machine's noise falls on all of them alike. Kestrel's floor (NmnGraph's /floor: a constant answer) is measured in
the same run. Prints requests/s per cell (median over runs) and the ratios NmnGraph / peer. With --before COMMIT, the
workload server of that commit (built in a temporary git worktree) runs in the same rotation, and the table adds the
ratio now / before.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
WORKLOAD = os.environ.get("NMNGRAPH_WORKLOAD") or os.path.join(ROOT, "bench", "workload")


# The same settings for every server on its one pinned core. Workstation GC: one core has no use for server GC.
# Tier-up without the call-counting delay: on one pinned core under steady load, .NET keeps postponing the move from
# instrumented to optimized code (the delay restarts with every new tier-0 method), so a .NET server stays at its
# instrumented tier for the whole run; measured on q2 after 16 s: 1,600 req/s with the delay, 8,300 without.
# Without pinning the delay runs out within seconds. This measures both .NET servers at their optimized steady state,
# as mercurius is after its warm-up.
PINNED_RUNTIME = {"DOTNET_gcServer": "0", "DOTNET_TC_CallCountingDelayMs": "0", "NODE_ENV": "production"}


def run(command, **kwargs):
    print("+", " ".join(command), file=sys.stderr)
    subprocess.run(command, check=True, **kwargs)


def ensure_wrk():
    if shutil.which("wrk"):
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    run(sudo + ["apt-get", "install", "-y", "-qq", "wrk"], env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def ensure_node():
    if shutil.which("node") and shutil.which("npm"):
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    run(sudo + ["apt-get", "install", "-y", "-qq", "nodejs", "npm"], env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def build():
    for project in ("bench/NmnGraph.Bench.Server", "bench/peers/GraphQLDotNet"):
        run(["dotnet", "build", "-c", "Release", "-v", "q", os.path.join(ROOT, project)])
    ensure_node()
    run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=os.path.join(ROOT, "bench", "peers", "mercurius"))


def build_before(commit, directory):
    """The workload server of an earlier commit, built in a detached worktree under directory; returns its command."""
    tree = os.path.join(directory, "before")
    run(["git", "-C", ROOT, "worktree", "add", "--detach", "-f", tree, commit])
    run(["dotnet", "build", "-c", "Release", "-v", "q", os.path.join(tree, "bench", "NmnGraph.Bench.Server")])
    dll = os.path.join(tree, "bench", "NmnGraph.Bench.Server", "bin", "Release", "net10.0", "NmnGraph.Bench.Server.dll")
    return (["dotnet", dll, "--urls", "http://127.0.0.1:5194", "--workload", WORKLOAD], "http://127.0.0.1:5194")


def servers():
    release = os.path.join("bin", "Release", "net10.0")
    return {
        "NmnGraph": (["dotnet", os.path.join(ROOT, "bench", "NmnGraph.Bench.Server", release, "NmnGraph.Bench.Server.dll"),
                      "--urls", "http://127.0.0.1:5191", "--workload", WORKLOAD], "http://127.0.0.1:5191"),
        "GraphQL.NET": (["dotnet", os.path.join(ROOT, "bench", "peers", "GraphQLDotNet", release, "NmnGraph.Bench.Peers.GraphQLDotNet.dll"),
                         "--urls", "http://127.0.0.1:5192", "--workload", WORKLOAD], "http://127.0.0.1:5192"),
        "mercurius": (["node", os.path.join(ROOT, "bench", "peers", "mercurius", "server.mjs"), "--port", "5193", "--workload", WORKLOAD],
                      "http://127.0.0.1:5193"),
    }


def wait_ready(url, process, name):
    body = json.dumps({"query": "{ __typename }"}).encode()
    deadline = time.time() + 120
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{name} exited with {process.returncode} before it answered")
        try:
            request = urllib.request.Request(url + "/graphql", body, {"Content-Type": "application/json"})
            with urllib.request.urlopen(request, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"{name} did not answer at {url} within 120 s")


def lua_script(directory, case, query, variables):
    body = json.dumps({"query": query, "variables": json.loads(variables) if variables else None})
    path = os.path.join(directory, case + ".lua")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('wrk.method = "POST"\n')
        handle.write('wrk.headers["Content-Type"] = "application/json"\n')
        handle.write(f"wrk.body = {json.dumps(body)}\n")
    return path


def wrk(url, script, seconds, connections):
    command = ["taskset", "-c", "0", "wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-s", script, url]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        raise SystemExit(f"{url}: {errors.group(1)} non-2xx responses\n{output}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def ratio_range(cells, peer):
    """NmnGraph / peer in each run (cells measured back to back), as the lowest and highest of the runs."""
    ratios = [ours / theirs for ours, theirs in zip(cells["NmnGraph"], cells[peer])]
    return min(ratios), max(ratios)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--queries", default="q1,q2,q3,q4,q5,q6")
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--before", help="also run the workload server of this commit and print now / before")
    options = parser.parse_args()

    ensure_wrk()
    if not options.no_build:
        build()

    cases = {}
    queries_dir = os.path.join(WORKLOAD, "queries")
    for name in sorted(os.listdir(queries_dir)):
        if name.endswith(".graphql") and name[:2] in options.queries.split(","):
            variables_path = os.path.join(queries_dir, name[:-len(".graphql")] + ".variables.json")
            variables = open(variables_path, encoding="utf-8").read() if os.path.exists(variables_path) else None
            cases[name[:2]] = (open(os.path.join(queries_dir, name), encoding="utf-8").read(), variables)

    started = {}
    with tempfile.TemporaryDirectory() as scratch:
        candidates = servers()
        if options.before:
            candidates["before"] = build_before(options.before, scratch)
        try:
            for name, (command, url) in candidates.items():
                process = subprocess.Popen(["taskset", "-c", "1"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                           env={**os.environ, **PINNED_RUNTIME})
                started[name] = (process, url)
                wait_ready(url, process, name)
            scripts = {case: lua_script(scratch, case, query, variables) for case, (query, variables) in cases.items()}
            rows = {case: {name: [] for name in started} for case in cases}
            floor = []
            for _ in range(options.runs):
                floor.append(wrk(started["NmnGraph"][1] + "/floor", scripts[next(iter(scripts))], options.seconds, options.connections))
                for case, script in scripts.items():
                    for name, (_, url) in started.items():
                        wrk(url + "/graphql", script, 2, options.connections)  # warm-up: JIT, document caches, graphql-jit
                        rows[case][name].append(wrk(url + "/graphql", script, options.seconds, options.connections))
        finally:
            for process, _ in started.values():
                process.terminate()
            if options.before:
                subprocess.run(["git", "-C", ROOT, "worktree", "remove", "--force", os.path.join(scratch, "before")], check=False)

    names = list(started)
    print(f"\n{options.runs} run(s) x {options.seconds} s per cell, {options.connections} connections; servers on core 1, wrk on core 0")
    print(f"Kestrel floor (constant answer): {statistics.median(floor):,.0f} req/s\n")
    versus_before = " now / before |" if options.before else ""
    header = "| query | " + " | ".join(f"{name} req/s" for name in names) + " | NmnGraph / mercurius | NmnGraph / GraphQL.NET | of floor |" + versus_before
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    for case, cells in rows.items():
        medians = {name: statistics.median(values) for name, values in cells.items()}
        merc, net = ratio_range(cells, "mercurius"), ratio_range(cells, "GraphQL.NET")
        print(f"| {case} | " + " | ".join(f"{medians[name]:,.0f}" for name in names)
              + f" | {merc[0]:.2f}–{merc[1]:.2f}× | {net[0]:.2f}–{net[1]:.2f}× | {medians['NmnGraph'] / statistics.median(floor):.0%} |"
              + (" {0:.2f}–{1:.2f}× |".format(*ratio_range(cells, "before")) if options.before else ""))


if __name__ == "__main__":
    main()

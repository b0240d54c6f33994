#!/usr/bin/env python3
"""How quickly a request that runs out of time ends: time to the answer and the server's CPU after it.

Usage: python3 bench/scripts/timeout-quiet.py SERVER_DLL DATABASE [--timeout 5] [--query QUERY]

Starts `nmngraph serve` (SERVER_DLL, e.g. server/bin/Release/net10.0/nmngraph.dll) on DATABASE (make one with
`nmngraph generate --articles 2000 --db PATH`) with the given --timeout and the cost and result limits raised so the
slow query runs, warms it up with a small version of the query, sends the query once and prints when the answer came
and how much CPU (utime + stime from /proc, sampled every 100 ms) the process used during the request and after the
answer, and when it went quiet (under 30 ms of CPU in a second). Linux only.
"""
import argparse
import json
import os
import random
import signal
import subprocess
import time
import urllib.error
import urllib.request

WIDE = ("{ articles(first:100) { nodes { topics { articles(first:100) { nodes { topics { "
        "articles(first:100) { nodes { title topics { label } } } } } } } } } }")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("server_dll")
    parser.add_argument("database")
    parser.add_argument("--timeout", default="5")
    parser.add_argument("--query", default=WIDE)
    options = parser.parse_args()

    port = random.randint(5100, 5999)
    url = f"http://127.0.0.1:{port}"
    ticks = os.sysconf(os.sysconf_names["SC_CLK_TCK"])
    process = subprocess.Popen(
        ["dotnet", options.server_dll, "serve", "--urls", url, "--db", options.database, "--timeout", options.timeout,
         "--max-field-cost", "2000000000", "--max-type-cost", "2000000000", "--max-result-values", "100000000", "--no-ide"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def cpu_seconds():
        with open(f"/proc/{process.pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks

    def post(query, timeout=600):
        request = urllib.request.Request(url + "/graphql", json.dumps({"query": query}).encode(), {"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    try:
        deadline = time.time() + 120
        while True:
            try:
                urllib.request.urlopen(url + "/healthz", timeout=1).read()
                break
            except OSError:
                if time.time() > deadline or process.poll() is not None:
                    raise SystemExit("the server did not start")
                time.sleep(0.1)

        # Warm up with a small version of the query, so that JIT work does not count as the request's.
        for _ in range(20):
            post(options.query.replace("first:100", "first:4"))
        time.sleep(3)

        before = cpu_seconds()
        started = time.time()
        status, body = post(options.query)
        answered = time.time()
        at_answer = cpu_seconds()
        print(f"answer: HTTP {status} after {answered - started:.2f} s: {body[:160]!r}")
        print(f"cpu during the request: {at_answer - before:.2f} s")

        window, last, quiet = [], at_answer, None
        while time.time() - answered < 120:
            time.sleep(0.1)
            now = cpu_seconds()
            window.append(now - last)
            last = now
            if len(window) >= 10 and sum(window[-10:]) < 0.03:
                quiet = max(time.time() - 1.0 - answered, 0)
                break
        print(f"cpu after the answer: {last - at_answer:.2f} s; quiet from {'never' if quiet is None else f'{quiet:.2f} s'} after the answer")
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The HTTP service over real sockets on loopback: every route, every error status, concurrent
clients getting their own answers, reloads under load, a plugin failing at request time, and a
clean drain on SIGTERM.

usage: server_test.py AILIT_BINARY BUNDLED_PLUGIN_DIR TEST_PLUGIN_DIR SOURCE_DIR
"""
import http.client
import json
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
import time

from harness import Service, check, finish

ailit, bundled, test_plugins, root = (os.path.abspath(a) for a in sys.argv[1:5])
def example(name):
    with open(os.path.join(root, "profiles", name), "rb") as f:
        return f.read()


class Server(Service):
    def __init__(self, plugin_dir, *extra):
        super().__init__(ailit, "--threads", "4", "--plugins", plugin_dir, *extra)

    def request(self, method, path, body=None, headers=None, timeout=30):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            conn.close()

    def post_json(self, path, body, **kw):
        return self.request("POST", path, body, {"Content-Type": "application/json"}, **kw)


def error_body(status, body, expected_status, pointer=None):
    try:
        doc = json.loads(body)
    except ValueError:
        return False
    ok = status == expected_status and isinstance(doc.get("error"), str) and \
        isinstance(doc.get("details"), list)
    if pointer is not None:
        ok = ok and any(d.get("pointer") == pointer for d in doc["details"])
    return ok


def test_routes(s):
    status, headers, body = s.request("GET", "/healthz")
    check(status == 200 and json.loads(body)["status"] == "ok", "GET /healthz")
    status, headers, body = s.request("GET", "/v1/plugins")
    plugins = json.loads(body)["plugins"]
    loaded = sorted(p["id"] for p in plugins if p["status"] == "loaded")
    check(status == 200 and "org.ailit.hospital" in loaded and
          "org.ailit.testplugin.throws" in loaded, f"GET /v1/plugins lists {loaded}")
    status, headers, body = s.request("GET", "/v1/measures?lang=nl")
    doc = json.loads(body)
    check(status == 200 and doc["lang"] == "nl" and len(doc["measures"]) > 60,
          "GET /v1/measures?lang=nl")
    status, headers, body = s.request("GET", "/v1/schema/profile")
    check(status == 200 and headers.get("Content-Type") == "application/schema+json" and
          json.loads(body)["$schema"].startswith("https://json-schema.org/"),
          "GET /v1/schema/profile")
    for path, kind in (("/", "text/html"), ("/app.js", "text/javascript"),
                       ("/style.css", "text/css")):
        status, headers, body = s.request("GET", path)
        check(status == 200 and headers.get("Content-Type", "").startswith(kind) and body,
              f"GET {path} is {kind}")
    status, headers, body = s.post_json("/v1/validate", example("education.json"))
    check(status == 200 and json.loads(body)["valid"] is True, "POST /v1/validate")
    status, headers, body = s.post_json("/v1/scores?lang=nl", example("education.json"))
    check(status == 200 and "sector_risk" in json.loads(body)["scores"], "POST /v1/scores")
    status, headers, body = s.post_json("/v1/recommendations?lang=nl", example("municipality.json"))
    doc = json.loads(body)
    check(status == 200 and doc["lang"] == "nl" and headers.get("X-Decision-Id") ==
          doc["decision_id"], "POST /v1/recommendations (json, nl) with X-Decision-Id")
    packs = [p["id"] for p in doc["engine"]["rule_packs"]]
    check("org.ailit.municipality" in packs and "ailit.core" in packs,
          f"the recommendation names the packs it used: {packs}")
    status, headers, body = s.post_json("/v1/recommendations?format=markdown",
                                        example("hospital.json"))
    check(status == 200 and headers.get("Content-Type") == "text/markdown; charset=utf-8" and
          body.startswith(b"# "), "POST /v1/recommendations?format=markdown")
    status, headers, body = s.post_json("/v1/recommendations?format=html", example("hospital.json"))
    check(status == 200 and headers.get("Content-Type") == "text/html; charset=utf-8",
          "POST /v1/recommendations?format=html")
    status, headers, body = s.post_json("/v1/recommendations?explain=true",
                                        example("consultancy.json"))
    explain = json.loads(body).get("explain", [])
    check(status == 200 and explain and "expected" in explain[0]["conditions"][0] and
          "actual" in explain[0]["conditions"][0], "?explain=true gives expected and actual")
    status, headers, body = s.request("POST", "/v1/admin/reload")
    check(status == 200 and json.loads(body)["reloaded"] is True,
          "POST /v1/admin/reload from loopback")
    status, headers, body = s.request("GET", "/metrics")
    text = body.decode()
    check(status == 200 and headers.get("Content-Type", "").startswith("text/plain") and
          'ailit_http_requests_total{route="/healthz",status="200"}' in text and
          'ailit_recommendations_total{sector="municipality"}' in text and
          "ailit_http_request_duration_seconds_bucket" in text and
          "ailit_http_queued_connections" in text and
          "ailit_http_refused_connections_total" in text, "GET /metrics in Prometheus text")


def test_errors(s):
    status, _, body = s.post_json("/v1/recommendations", b'{"organisation": ')
    check(error_body(status, body, 400), "malformed JSON is 400")
    status, _, body = s.post_json("/v1/recommendations?lang=fr", example("hospital.json"))
    check(error_body(status, body, 400), "?lang=fr is 400")
    profile = example("municipality.json").replace(b'"employees": 1200', b'"employees": -5')
    status, _, body = s.post_json("/v1/recommendations", profile)
    check(error_body(status, body, 422, "/organisation/employees"),
          "a contract violation is 422 with the JSON Pointer")
    status, _, body = s.request("POST", "/v1/recommendations", example("hospital.json"),
                                {"Content-Type": "text/plain"})
    check(error_body(status, body, 415), "text/plain is 415")
    status, _, body = s.request("POST", "/v1/recommendations", example("hospital.json"))
    check(status == 200, "a missing content type is read as JSON")
    big = b"[" + b"1," * 600000 + b"1]"
    status, headers, body = s.post_json("/v1/validate", big)
    check(error_body(status, body, 413), "a body over the limit (Content-Length) is 413")
    conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=30)
    conn.request("POST", "/v1/validate", body=iter([big[i:i + 65536]
                                                    for i in range(0, len(big), 65536)]),
                 headers={"Content-Type": "application/json"}, encode_chunked=True)
    response = conn.getresponse()
    check(error_body(response.status, response.read(), 413),
          "a chunked body over the limit (bytes read) is 413")
    conn.close()
    status, _, body = s.request("GET", "/v2/nothing")
    check(error_body(status, body, 404), "an unknown path is 404")
    status, headers, body = s.request("GET", "/v1/recommendations")
    check(error_body(status, body, 405) and headers.get("Allow") == "POST",
          "a wrong method is 405 with Allow")


def test_plugin_failure(s):
    profile = example("small_business_genai.json")
    doc = json.loads(profile)
    doc["organisation"]["sector"] = "throwing_sector"
    status, _, body = s.post_json("/v1/recommendations", json.dumps(doc).encode())
    plan = json.loads(body)
    named = [w for w in plan.get("warnings", [])
             if "org.ailit.testplugin.throws" in w["message"]]
    check(status == 200 and plan["measures"] and named,
          "a plugin that throws at request time: the plan comes back with a warning naming it")
    status, _, body = s.request("GET", "/metrics")
    check('ailit_plugin_failures_total{plugin="org.ailit.testplugin.throws"} 1' in body.decode(),
          "the plugin failure is counted in /metrics")


def test_plugin_budget(s):
    """The service runs with --plugin-budget-ms 50; the slow test plugin sleeps 200 ms."""
    doc = json.loads(example("small_business_genai.json"))
    doc["organisation"]["sector"] = "slow_sector"
    status, _, body = s.post_json("/v1/recommendations", json.dumps(doc).encode())
    plan = json.loads(body)
    named = [w for w in plan.get("warnings", [])
             if "org.ailit.testplugin.slow" in w["message"]
             and "over its budget of 50 ms" in w["message"]]
    own = [m for m in plan.get("measures", []) if m["id"].startswith("slow.")]
    check(status == 200 and plan["measures"] and named and not own,
          "a plugin over its time budget: the plan comes without its part, with a warning")
    status, _, body = s.request("GET", "/metrics")
    check('ailit_plugin_failures_total{plugin="org.ailit.testplugin.slow"} 1' in body.decode(),
          "the plugin over its budget is counted in /metrics")


def test_concurrency_and_reload(s):
    profiles = [json.loads(example(n)) for n in
                ("hospital.json", "municipality.json", "education.json", "consultancy.json")]
    results = []
    lock = threading.Lock()

    def client(worker):
        for i in range(20):
            doc = json.loads(json.dumps(profiles[(worker + i) % 4]))
            name = f"client {worker} request {i}"
            doc["organisation"]["name"] = name
            try:
                status, headers, body = s.post_json("/v1/recommendations",
                                                    json.dumps(doc).encode())
                answer = json.loads(body) if status == 200 else {}
                mine = answer.get("organisation", {}).get("name") == name and \
                    answer.get("organisation", {}).get("sector") == doc["organisation"]["sector"]
                with lock:
                    results.append((status, mine, answer.get("decision_id")))
            except Exception as e:  # noqa: BLE001 - every failure is a result here
                with lock:
                    results.append((repr(e), False, None))

    threads = [threading.Thread(target=client, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    reloads = []
    for _ in range(3):
        time.sleep(0.05)
        s.process.send_signal(signal.SIGHUP)
        status, _, _ = s.request("POST", "/v1/admin/reload")
        reloads.append(status)
    for t in threads:
        t.join()
    ok = [r for r in results if r[0] == 200 and r[1]]
    ids = {r[2] for r in ok}
    check(len(results) == 160 and len(ok) == 160,
          f"160 concurrent requests under 6 reloads all answered with their own plan "
          f"({len(ok)} of {len(results)})")
    check(len(ids) == 160, "every decision id is unique")
    check(reloads == [200, 200, 200], f"reloads under load succeed: {reloads}")


def test_failed_reload_keeps_engine(plugin_dir):
    s = Server(plugin_dir)
    try:
        shutil.rmtree(plugin_dir)
        status, _, body = s.request("POST", "/v1/admin/reload")
        check(error_body(status, body, 500), "a reload that fails is 500 and says why")
        status, _, body = s.post_json("/v1/recommendations", example("hospital.json"))
        packs = [p["id"] for p in json.loads(body)["engine"]["rule_packs"]]
        check(status == 200 and "org.ailit.hospital" in packs,
              "after a failed reload the old engine (with its plugins) still answers")
    finally:
        code = s.stop(signal.SIGINT)
        check(code == 0, f"SIGINT exits 0 (exit {code})")


def test_drain(s):
    results = []

    def slow_client():
        results.append(s.post_json("/v1/recommendations?format=html",
                                   example("municipality.json"))[0])

    t = threading.Thread(target=slow_client)
    t.start()
    time.sleep(0.01)
    code = s.stop()
    t.join()
    check(code == 0, f"SIGTERM exits 0 (exit {code})")
    check(results in ([200],), f"a request in flight at SIGTERM is answered: {results}")
    log = s.log()
    check(re.search(r"POST /v1/recommendations\?lang=nl 200 \d+ [\d.]+ms [0-9a-f-]{36}", log)
          is not None, "the access log has method, path, status, bytes, latency, decision id")


def main():
    work = tempfile.mkdtemp(prefix="ailit_server_test_")
    try:
        plugins = os.path.join(work, "plugins")
        os.makedirs(plugins)
        for name in os.listdir(bundled):
            if name.endswith(".so"):
                os.symlink(os.path.join(bundled, name), os.path.join(plugins, name))
        for name in ("libtest_derive_throws.so", "libtest_slow_derive.so"):
            os.symlink(os.path.join(test_plugins, name), os.path.join(plugins, name))
        s = Server(plugins, "--plugin-budget-ms", "50")
        try:
            test_routes(s)
            test_errors(s)
            test_plugin_failure(s)
            test_plugin_budget(s)
            test_concurrency_and_reload(s)
        finally:
            test_drain(s)
        doomed = os.path.join(work, "doomed")
        shutil.copytree(plugins, doomed, symlinks=True)
        test_failed_reload_keeps_engine(doomed)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    finish("server")


main()

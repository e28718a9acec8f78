#!/usr/bin/env python3
"""docs/openapi.yaml says what the service does: every documented route and status is requested
from a running `ailit serve` (a request built to cause that status), and the answer must have
that status, a documented content type, the documented headers, and a JSON body that the
documented schema accepts. The documented routes are also exactly the routes in
server/service.cpp.

usage: openapi_test.py AILIT_BINARY BUNDLED_PLUGIN_DIR SOURCE_DIR
"""
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

import jsonschema
import yaml

from harness import check, finish

ailit, bundled, root = (os.path.abspath(a) for a in sys.argv[1:4])
BODY_LIMIT = 65536


def resolve(node, spec):
    """The node with every $ref replaced by what it points to (the spec has no cycles)."""
    if isinstance(node, dict):
        if "$ref" in node:
            target = spec
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            return resolve(target, spec)
        return {k: resolve(v, spec) for k, v in node.items()}
    if isinstance(node, list):
        return [resolve(v, spec) for v in node]
    return node


def code_routes():
    with open(os.path.join(root, "server", "service.cpp")) as f:
        return set(re.findall(r'\{"(/[^"]*)", "(GET|POST)", &', f.read()))


def request(port, method, path, body=None, content_type="application/json"):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Content-Type": content_type} if body is not None else {}
    try:
        conn.request(method, path, body=body, headers=headers)
        r = conn.getresponse()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
    finally:
        conn.close()


def profile():
    with open(os.path.join(root, "profiles", "municipality.json"), "rb") as f:
        return f.read()


def build_request(path, method, status, operation):
    """(method, path, body, content type) that should make the route answer `status`."""
    takes_body = "requestBody" in operation
    body = profile() if takes_body else None
    if status == "405":
        return ("GET" if method == "POST" else "POST", path, None, "application/json")
    if status == "400":
        if takes_body:
            return (method, path, b'{"organisation": ', "application/json")
        return (method, path + "?lang=xx", None, "application/json")
    if status == "413":
        return (method, path, b" " * (BODY_LIMIT + 1), "application/json")
    if status == "415":
        return (method, path, body, "text/plain")
    if status == "422":
        return (method, path, b'{"organisation": {}}', "application/json")
    return (method, path, body, "application/json")


def check_answer(label, documented, got_status, headers, body):
    check(got_status == int(documented["status"]), f"{label}: status {got_status}")
    content = documented["response"].get("content", {})
    media = headers.get("content-type", "")
    check(media in content, f"{label}: content type {media!r} is documented")
    for name in documented["response"].get("headers", {}):
        check(name.lower() in headers, f"{label}: header {name}")
    schema = content.get(media, {}).get("schema")
    if schema and media.split(";")[0].strip().endswith("json"):
        try:
            jsonschema.Draft202012Validator(schema).validate(json.loads(body))
            check(True, f"{label}: body matches its schema")
        except (ValueError, jsonschema.ValidationError) as e:
            check(False, f"{label}: body matches its schema ({str(e).splitlines()[0]})")


def main():
    with open(os.path.join(root, "docs", "openapi.yaml")) as f:
        spec = yaml.safe_load(f)
    documented_routes = {(p, m.upper()) for p, ops in spec["paths"].items() for m in ops}
    check(documented_routes == code_routes(),
          "docs/openapi.yaml documents exactly the routes of server/service.cpp "
          f"(only documented: {sorted(documented_routes - code_routes())}, only in code: "
          f"{sorted(code_routes() - documented_routes)})")

    work = tempfile.mkdtemp(prefix="ailit_openapi_test_")
    plugins = os.path.join(work, "plugins")
    shutil.copytree(bundled, plugins, ignore=shutil.ignore_patterns("CMakeFiles", "*.cmake",
                                                                    "hospital", "municipality",
                                                                    "education", "consultancy"))
    server = subprocess.Popen([ailit, "serve", "--port", "0", "--plugins", plugins,
                               "--body-limit", str(BODY_LIMIT), "--log-level", "off"],
                              stdout=subprocess.PIPE)
    try:
        line = server.stdout.readline().decode()
        port = int(re.search(r":(\d+)$", line.strip()).group(1))
        last = []  # requests that change the server come after the others
        for path, operations in spec["paths"].items():
            for method, operation in operations.items():
                operation = resolve(operation, spec)
                for status, response in operation["responses"].items():
                    documented = {"status": status, "response": response}
                    label = f"{method.upper()} {path} -> {status}"
                    if status == "403":
                        print(f"skip: {label}: loopback is always allowed; "
                              "ServiceTest.ReloadIsForLoopbackOrTheToken covers it")
                        continue
                    if status == "500":
                        last.append((label, documented, method.upper(), path))
                        continue
                    m, p, body, kind = build_request(path, method.upper(), status, operation)
                    got, headers, answer = request(port, m, p, body, kind)
                    check_answer(label, documented, got, headers, answer)
                    if path == "/v1/recommendations" and status == "200":
                        for fmt in ("markdown", "html"):
                            got, headers, answer = request(port, m, p + "?format=" + fmt, body)
                            check_answer(f"{label} ({fmt})", documented, got, headers, answer)
        got, headers, answer = request(port, "GET", "/v1/not-a-route")
        check(got == 404 and json.loads(answer)["error"], "an undocumented path is 404 with JSON")
        shutil.rmtree(plugins)  # a reload now cannot read its plugin folder
        for label, documented, method, path in last:
            got, headers, answer = request(port, method, path)
            check_answer(label, documented, got, headers, answer)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=20)
        shutil.rmtree(work, ignore_errors=True)
    finish("documented-route")


main()

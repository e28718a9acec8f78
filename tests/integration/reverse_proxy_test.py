#!/usr/bin/env python3
"""docs/deploy/nginx-ailit.conf as it is, in front of two `ailit serve` instances on loopback:
requests are spread over both, a stopped instance is routed around without a failed request, and
the admin reload is not reachable through the proxy.

    reverse_proxy_test.py AILIT PLUGIN_DIR SOURCE_DIR
"""
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

from harness import check, finish

ailit, plugins, root = (os.path.abspath(a) for a in sys.argv[1:4])
def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def nginx_binary():
    for candidate in (shutil.which("nginx"), "/usr/sbin/nginx"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise SystemExit("FAIL: nginx is not installed (scripts/setup.sh installs nginx-light)")


class Instance:
    def __init__(self, port):
        self.log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            [ailit, "serve", "--port", str(port), "--threads", "4", "--plugins", plugins],
            stdout=subprocess.PIPE, stderr=self.log)
        line = self.process.stdout.readline().decode()
        if "listening on" not in line:
            raise SystemExit(f"FAIL: an instance did not start: {line!r}")

    def recommendations(self):
        self.log.seek(0)
        return len(re.findall(r"POST /v1/recommendations 200", self.log.read().decode()))

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=20)


def settled_counts(instances, total):
    """The instances' plan counts once their access logs hold `total` lines: each writes its
    log line just after sending the answer, so the last may lag behind the client by a moment."""
    deadline = time.monotonic() + 5
    while True:
        counts = [i.recommendations() for i in instances]
        if sum(counts) >= total or time.monotonic() > deadline:
            return counts
        time.sleep(0.05)


def post(port, body):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("POST", "/v1/recommendations", body=body,
                     headers={"Content-Type": "application/json"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def main():
    with open(os.path.join(root, "profiles", "small_business_genai.json"), "rb") as f:
        profile = f.read()
    with open(os.path.join(root, "docs", "deploy", "nginx-ailit.conf")) as f:
        sample = f.read()
    public, first, second = free_port(), free_port(), free_port()
    for old, new in (("8080", public), ("8081", first), ("8082", second)):
        check(f"127.0.0.1:{old}" in sample, f"the sample names 127.0.0.1:{old}")
        sample = sample.replace(f"127.0.0.1:{old}", f"127.0.0.1:{new}")

    work = tempfile.mkdtemp(prefix="ailit_proxy_test_")
    os.makedirs(os.path.join(work, "tmp"))
    with open(os.path.join(work, "ailit.conf"), "w") as f:
        f.write(sample)
    with open(os.path.join(work, "nginx.conf"), "w") as f:
        f.write(f"""daemon off;
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/error.log;
events {{ worker_connections 256; }}
http {{
  access_log off;
  client_body_temp_path {work}/tmp;
  proxy_temp_path {work}/tmp;
  fastcgi_temp_path {work}/tmp;
  uwsgi_temp_path {work}/tmp;
  scgi_temp_path {work}/tmp;
  include {work}/ailit.conf;
}}
""")
    instances = [Instance(first), Instance(second)]
    nginx = subprocess.Popen([nginx_binary(), "-c", os.path.join(work, "nginx.conf"), "-p", work],
                             stderr=subprocess.PIPE)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", public), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        statuses = [post(public, profile)[0] for _ in range(20)]
        check(statuses == [200] * 20, f"20 plans through nginx: {sorted(set(statuses))}")
        counts = settled_counts(instances, 20)
        check(sum(counts) == 20 and min(counts) >= 5,
              f"requests are spread over both instances: {counts}")

        code = instances[0].stop()
        check(code == 0, "the first instance stops cleanly")
        results = [post(public, profile) for _ in range(20)]
        named = all(json.loads(body)["organisation"]["name"] for status, body in results
                    if status == 200)
        check([s for s, _ in results] == [200] * 20 and named,
              "with one instance stopped, all 20 requests still get their plan")
        after = settled_counts(instances, sum(counts) + 20)
        check(after == [counts[0], counts[1] + 20],
              f"the remaining instance served them all ({counts} -> {after})")

        conn = http.client.HTTPConnection("127.0.0.1", public, timeout=10)
        conn.request("POST", "/v1/admin/reload")
        status = conn.getresponse().status
        conn.close()
        check(status == 403, "the admin reload is not passed through the proxy (403)")
    finally:
        nginx.terminate()
        nginx.wait(timeout=20)
        for i in instances:
            if i.process.poll() is None:
                i.stop()
        shutil.rmtree(work, ignore_errors=True)
    finish("reverse-proxy")


main()

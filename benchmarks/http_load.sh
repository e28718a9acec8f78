#!/usr/bin/env bash
# The HTTP service under load against nginx on the same machine (DESIGN.md §8): wrk drives
# POST /v1/recommendations on loopback, cycling through the four sector examples, and in the same
# run drives nginx serving a static response of the same average size; both with keep-alive.
# Prints requests/s, p50 and p99 latency, and the ratio. --soak N instead sends N requests to the
# service and reports its resident memory at the start and at the end.
#
#   benchmarks/http_load.sh [--duration 10] [--connections 64] [--threads 2] [--soak N]
#                           [--ailit build/bin/ailit]
#
# wrk and nginx come from Debian; when missing and run as root, they are installed with apt,
# with services kept from starting. Everything listens on 127.0.0.1 only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
duration=10
connections=64
wrk_threads=2
soak=0
ailit=$root/build/bin/ailit
while [ $# -gt 0 ]; do
  case $1 in
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) wrk_threads=$2; shift 2 ;;
    --soak) soak=$2; shift 2 ;;
    --ailit) ailit=$2; shift 2 ;;
    *) echo "usage: benchmarks/http_load.sh [--duration S] [--connections N] [--threads N] [--soak N] [--ailit PATH]" >&2; exit 2 ;;
  esac
done
[ -x "$ailit" ] || { echo "http_load: no ailit binary at $ailit (run scripts/build.sh)" >&2; exit 2; }

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || { echo "http_load: install ${need[*]} (Debian packages) first" >&2; exit 2; }
  # Installing nginx would start it on port 80: policy-rc.d keeps every service down.
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  rm -f /usr/sbin/policy-rc.d
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

profiles="$root/profiles/hospital.json $root/profiles/municipality.json $root/profiles/education.json $root/profiles/consultancy.json"
export AILIT_PROFILES=$profiles

# Poco serves one connection per thread: give the service a thread per connection, so every
# connection is served (a latency figure from a partly served run would lie).
"$ailit" serve --port 0 --threads "$connections" --queue "$((connections * 2))" --log-level off \
  > "$work/serve.out" 2> "$work/serve.err" &
ailit_pid=$!
pids+=("$ailit_pid")
for _ in $(seq 50); do grep -q listening "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
port=$(sed -n 's/.*:\([0-9]*\)$/\1/p' "$work/serve.out")
[ -n "$port" ] || { echo "http_load: the service did not start" >&2; cat "$work/serve.err" >&2; exit 1; }

rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }

# The average response size over the profiles, for nginx's static file.
total=0
for p in $profiles; do
  size=$(curl -s -o /dev/null -w '%{size_download}' -H 'Content-Type: application/json' \
         --data-binary @"$p" "http://127.0.0.1:$port/v1/recommendations")
  total=$((total + size))
done
average=$((total / 4))

run_wrk() {  # run_wrk URL [SCRIPT] -> wrk's output
  local url=$1
  shift
  wrk -t"$wrk_threads" -c"$connections" -d"${duration}s" --latency "$@" "$url"
}
# "requests/s p50 p99 non-2xx" from wrk's output (latencies in ms)
summarise() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /non_2xx=/ { split($0, a, "="); bad = a[2] }
    /Non-2xx or 3xx responses/ { bad = $5 }
    END { printf "%s %.2f %.2f %s\n", rps, p50, p99, (bad == "" ? 0 : bad) }'
}

if [ "$soak" -gt 0 ]; then
  start_rss=$(rss_kib "$ailit_pid")
  sent=0
  while [ "$sent" -lt "$soak" ]; do
    out=$(wrk -t"$wrk_threads" -c"$connections" -d10s -s "$root/benchmarks/http/cycle_profiles.lua" \
          "http://127.0.0.1:$port/")
    n=$(echo "$out" | awk '/requests in/ {print $1}')
    sent=$((sent + n))
    echo "soak: $sent requests, resident $(rss_kib "$ailit_pid") KiB" >&2
  done
  end_rss=$(rss_kib "$ailit_pid")
  echo "soak: $sent requests; resident memory at start $start_rss KiB, at the end $end_rss KiB"
  exit 0
fi

ailit_out=$(run_wrk "http://127.0.0.1:$port/" -s "$root/benchmarks/http/cycle_profiles.lua")
read -r a_rps a_p50 a_p99 a_bad <<<"$(echo "$ailit_out" | summarise)"
served=$(curl -s "http://127.0.0.1:$port/metrics" | awk '/^ailit_http_connections_total/ {print $2}')

# nginx with its own temporary configuration, serving a file of the same size on loopback.
mkdir -p "$work/nginx/html" "$work/nginx/tmp"
head -c "$average" /dev/zero | tr '\0' 'x' > "$work/nginx/html/plan.json"
# nginx's workers run as an unprivileged user: they must be able to read the file.
chmod 755 "$work" && chmod -R a+rX "$work/nginx"
nginx_port=$((port + 1))
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/tmp;
  proxy_temp_path $work/nginx/tmp;
  fastcgi_temp_path $work/nginx/tmp;
  uwsgi_temp_path $work/nginx/tmp;
  scgi_temp_path $work/nginx/tmp;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/nginx/html;
    location / { default_type application/json; try_files /plan.json =404; }
  }
}
CONF
"$nginx_bin" -c "$work/nginx/nginx.conf" -p "$work/nginx" &
pids+=($!)
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$nginx_port/" && break; sleep 0.1; done
nginx_out=$(run_wrk "http://127.0.0.1:$nginx_port/")
read -r n_rps n_p50 n_p99 n_bad <<<"$(echo "$nginx_out" | summarise)"

echo "HTTP load: $connections connections, $wrk_threads wrk threads, ${duration}s each, keep-alive, loopback"
echo "response size: $average bytes on average (the four sector examples' JSON plans)"
printf '%-32s %12s %10s %10s %8s\n' "server" "requests/s" "p50 ms" "p99 ms" "non-2xx"
printf '%-32s %12s %10s %10s %8s\n' "ailit serve (POST, planning)" "$a_rps" "$a_p50" "$a_p99" "$a_bad"
printf '%-32s %12s %10s %10s %8s\n' "nginx (static file, same size)" "$n_rps" "$n_p50" "$n_p99" "$n_bad"
awk -v a="$a_rps" -v n="$n_rps" 'BEGIN { printf "ratio ailit / nginx: %.3f (DESIGN.md §8 asks at least 0.5)\n", a / n }'
echo "connections the service accepted: $served (wrk opened $connections)"

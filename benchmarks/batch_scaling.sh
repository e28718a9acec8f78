#!/usr/bin/env bash
# `ailit batch` throughput on generated profiles with 1 and 2 threads (DESIGN.md §8: 2 threads at
# least 1.8× one), with peak memory from /usr/bin/time -v. The profiles come from
# ailit_gen_profiles (deterministic by seed), written once to a temporary file so reading them
# costs the same in both runs.
#
#   benchmarks/batch_scaling.sh [--count 100000] [--seed 1] [--build build]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
count=100000
seed=1
build=$root/build
while [ $# -gt 0 ]; do
  case $1 in
    --count) count=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    *) echo "usage: benchmarks/batch_scaling.sh [--count N] [--seed N] [--build DIR]" >&2; exit 2 ;;
  esac
done
ailit=$build/bin/ailit
generator=$build/bin/ailit_gen_profiles
for tool in "$ailit" "$generator"; do
  [ -x "$tool" ] || { echo "batch_scaling: no $tool (build with -DAILIT_BUILD_BENCHMARKS=ON)" >&2; exit 2; }
done
if [ ! -x /usr/bin/time ]; then
  # GNU time (peak memory) is a Debian package; installed here when missing and run as root.
  [ "$(id -u)" -eq 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
  [ -x /usr/bin/time ] || { echo "batch_scaling: needs /usr/bin/time (Debian package time)" >&2; exit 2; }
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$generator" --seed "$seed" --count "$count" --measures "$root/core/data/measures.json" \
  --out "$work/profiles.ndjson"
bytes=$(stat -c %s "$work/profiles.ndjson")

# run THREADS -> "seconds peak_kib exit": the answers go to /dev/null (100,000 plans are about
# 15 GB of JSON; writing them to a file would measure the disk), exit 0 means every line planned.
run() {
  local code=0
  /usr/bin/time -v -o "$work/time.$1" "$ailit" batch --threads "$1" --no-progress \
    < "$work/profiles.ndjson" > /dev/null 2> "$work/err.$1" || code=$?
  local seconds peak
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time.$1")
  peak=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.$1")
  echo "$seconds $peak $code"
}

read -r s1 m1 c1 <<<"$(run 1)"
read -r s2 m2 c2 <<<"$(run 2)"
# The same answers with 1 and 2 threads (apart from decision ids), on the first 2,000 profiles.
head -n 2000 "$work/profiles.ndjson" > "$work/sample.ndjson"
for t in 1 2; do
  "$ailit" batch --threads "$t" --no-progress < "$work/sample.ndjson" |
    sed 's/"decision_id":"[^"]*"//' | sha256sum > "$work/sample.$t"
done
cmp -s "$work/sample.1" "$work/sample.2" && same=yes || same=no

echo "ailit batch on $count generated profiles (seed $seed, $bytes bytes of NDJSON), $(nproc) cores"
printf '%-10s %10s %14s %12s %6s\n' threads seconds "profiles/s" "peak MiB" exit
awk -v s="$s1" -v m="$m1" -v c="$c1" -v n="$count" 'BEGIN { printf "%-10s %10.2f %14.0f %12.1f %6d\n", 1, s, n / s, m / 1024, c }'
awk -v s="$s2" -v m="$m2" -v c="$c2" -v n="$count" 'BEGIN { printf "%-10s %10.2f %14.0f %12.1f %6d\n", 2, s, n / s, m / 1024, c }'
awk -v a="$s1" -v b="$s2" 'BEGIN { printf "scaling, 2 threads over 1: %.2fx (DESIGN.md §8 asks at least 1.8x)\n", a / b }'
echo "the answers with 1 and 2 threads are identical apart from decision ids (first 2,000): $same"
[ "$same" = yes ] && [ "$c1" -eq 0 ] && [ "$c2" -eq 0 ]

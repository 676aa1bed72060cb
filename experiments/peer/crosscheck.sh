#!/usr/bin/env bash
# Cross-check and race ServeLab against the inference-lab simulator (npm @doublewordai/inference-lab 0.2.1).
#
#   experiments/peer/crosscheck.sh [N ...]        # default: 1000 10000
#
# For each N: the peer generates its own workload (Poisson 50 req/s, ShareGPT-like lengths, seed 42) and
# simulates it with fcfs, chunked prefill, max 256 sequences and 2048 tokens per iteration, and a step of
# max(10 ms, 25 us per batched token); the requests it simulated are written as a ServeLab trace and
# replayed by `servelab run --cost-model step-10ms` with the same limits, end to end through the command
# line with a results file. Prints both mean latencies, their difference, the peer's simulate call alone
# ("peer sim s"), each whole process ("proc s": the peer's node process, which also writes the trace;
# ours, JVM start, reading the trace and writing the results included) and the ratio of the process times.
# The peer is installed into a scratch folder ($SERVELAB_PEER_DIR, default ~/.cache/servelab-peer).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/../.." && pwd)"
scratch="${SERVELAB_PEER_DIR:-$HOME/.cache/servelab-peer}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

command -v node >/dev/null || { echo "crosscheck: needs Node.js 18 or later (apt-get install nodejs npm)" >&2; exit 2; }
mkdir -p "$scratch"
if [ ! -d "$scratch/node_modules/@doublewordai/inference-lab" ]; then
  (cd "$scratch" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --silent @doublewordai/inference-lab@0.2.1)
fi
cp "$here/peer-run.mjs" "$scratch/"
(cd "$top" && mvn -B -ntp -q package -DskipTests) 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^$/d' >&2

printf '%-9s %-14s %-14s %-9s %-12s %-12s %-12s %s\n' N "peer mean ms" "ours mean ms" "diff %" "peer sim s" "peer proc s" \
    "ours proc s" "proc ratio"
for n in "${sizes[@]}"; do
  trace="$scratch/peer-$n.json"
  pstart=$(date +%s.%N)
  peer=$(cd "$scratch" && node peer-run.mjs --n "$n" --rate 50 --seed 42 --trace "$trace")
  pend=$(date +%s.%N)
  results="$scratch/servelab-$n.json"
  start=$(date +%s.%N)
  java ${SERVELAB_JAVA_OPTS:-} -jar "$top/target/servelab.jar" run --trace "$trace" --policy fcfs \
      --cost-model step-10ms --max-batch 256 --max-batch-tokens 2048 --per-job never --results "$results" >/dev/null
  end=$(date +%s.%N)
  python3 - "$peer" "$results" "$start" "$end" "$n" "$pstart" "$pend" <<'PY'
import json, sys
peer = json.loads(sys.argv[1])
ours = json.load(open(sys.argv[2]))["runs"][0]["summary"]["averageJct"]
ours_s = float(sys.argv[4]) - float(sys.argv[3])
peer_proc = float(sys.argv[7]) - float(sys.argv[6])
diff = 100 * (ours - peer["meanE2eMs"]) / peer["meanE2eMs"]
print(f'{sys.argv[5]:<9} {peer["meanE2eMs"]:<14.4f} {ours:<14.4f} {diff:<+9.4f} {peer["wallS"]:<12.2f} {peer_proc:<12.2f} '
      f'{ours_s:<12.2f} {peer_proc / ours_s:.1f}')
PY
done

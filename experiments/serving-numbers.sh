#!/usr/bin/env bash
# Prints the numbers docs/experiments.md quotes for the serving experiments, from the sweeps' CSVs.
# Usage: experiments/serving-numbers.sh [RESULTS_DIR]   (default: results/, as experiments/figures.sh writes it)
set -euo pipefail
out="${1:-results}"

# mean FILE KEYS VALUE [FILTER] [SCALE]: the mean over seeds of column VALUE (times SCALE) for each value of the
# KEYS columns (comma separated), over the rows matching FILTER (col=value;col=value), in file order
mean() {
  awk -F, -v keys="$2" -v value="$3" -v filter="${4:-}" -v scale="${5:-1}" '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; nk = split(keys, k, ","); nf = split(filter, f, ";"); next }
    {
      for (i = 1; i <= nf; i++) { split(f[i], kv, "="); if ($(col[kv[1]]) != kv[2]) next }
      key = ""; for (i = 1; i <= nk; i++) key = key (i > 1 ? " " : "") k[i] "=" $(col[k[i]])
      if (!(key in n)) order[++m] = key
      n[key]++; s[key] += $(col[value]) * scale
    }
    END { for (i = 1; i <= m; i++) printf "  %s: %s %.4g\n", order[i], value, s[order[i]] / n[order[i]] }' "$1"
}

ascend="roofline:llama-2-7b@ascend-910b"
a100="roofline:llama-2-7b@a100-80gb"

echo "s1 total time (s), Ascend 910B, paged KV, at the team's points"
mean "$out/s1-qps-batch/results.csv" maxBatch,rate totalTime \
  "costModel=$ascend;preemption=recompute;rate=0.5" 0.001
for r in 3 4 5; do
  mean "$out/s1-qps-batch/results.csv" maxBatch,rate totalTime "costModel=$ascend;preemption=recompute;rate=$r" 0.001 \
    | grep -E "maxBatch=(1|16|32|64) "
done
echo "s1 total time (s) at 128 requests/s: paged and reserved, both GPUs"
mean "$out/s1-qps-batch/results.csv" costModel,preemption,maxBatch totalTime "rate=128" 0.001
echo "s1 mean and p99 ITL (ms) at 128 requests/s, Ascend, paged"
mean "$out/s1-qps-batch/results.csv" maxBatch averageItl "costModel=$ascend;preemption=recompute;rate=128"
mean "$out/s1-qps-batch/results.csv" maxBatch p99Itl "costModel=$ascend;preemption=recompute;rate=128"
echo "s1 5,010 requests (total time, s)"
mean "$out/s1-5010/results.csv" preemption,maxBatch,rate totalTime "" 0.001
echo "s2 lost requests (mean over seeds)"
mean "$out/s2-lost/results.csv" maxWaiting,maxBatch,rate lost
echo "s3 total time (s) at 64 requests/s, batch 64"
mean "$out/s3-max-length/results.csv" costModel,preemption,maxOutput totalTime "" 0.001
mean "$out/s3-max-length/results.csv" costModel,preemption,maxOutput meanBatchSize "preemption=reserve"
echo "s4 total time (s) and mean JCT (s), batch 64"
mean "$out/s4-order/results.csv" preemption,rate,order totalTime "" 0.001
mean "$out/s4-order/results.csv" preemption,rate,order averageJct "" 0.001
echo "s5 p99 ITL and p99 TTFT (ms), mean JCT (s) against the token budget"
mean "$out/s5-chunked/results.csv" batching,maxBatchTokens p99Itl
mean "$out/s5-chunked/results.csv" batching,maxBatchTokens p99Ttft
mean "$out/s5-chunked/results.csv" batching,maxBatchTokens averageJct "" 0.001
echo "s6 mean TPOT (ms) without and with speculative decoding (g 4, c 0.05)"
mean "$out/s6-speculative/results.csv" maxBatch,draftLength,acceptance averageTpot
echo "s7 mean JCT (ms) by CV, rate and policy"
mean "$out/s7-fastserve/results.csv" cv,rate,policy averageJct
mean "$out/s7-fastserve/results.csv" cv,rate,policy p99Jct
mean "$out/s7-fastserve/results.csv" rate,policy totalTime "" 0.001
echo "s8 mean JCT and mean TTFT (ms) at 40 requests/s by policy and Quantum"
mean "$out/s8-skip-join/results.csv" rate,policy,quantum averageJct
mean "$out/s8-skip-join/results.csv" rate,policy,quantum averageTtft "rate=40"

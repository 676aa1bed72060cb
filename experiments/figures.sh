#!/usr/bin/env bash
# Runs the sweeps behind docs/experiments.md and copies their plots to docs/figures/.
# Usage: experiments/figures.sh [RESULTS_DIR]   (default: results/; CSVs and every plot stay there)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="${1:-results}"
sweep() { bin/servelab sweep "$@"; }
dataset="trace:sample-traces/orca-appendix-b.csv"

# (a) the 99-job dataset: sending rate and arrival burstiness (CV 0 = fixed rate, 1 = Poisson-like)
sweep --lengths "$dataset" --jobs 99 --policy fcfs,skip-join-mlfq,srpt --rate 0.2:1:0.1 --cv 0,1,2,4 \
      --seeds 20 --out "$out/a-rate"
# (a) the 99-job dataset: Queue_num x Quantum_rate
sweep --lengths "$dataset" --jobs 99 --policy fcfs,skip-join-mlfq --queues 1,2,3,4,6,8 \
      --quantum-rate 1,2,4,8,16 --rate 0.5,0.9 --cv 1 --seeds 20 --out "$out/a-knobs"
# (b) the paper's setting: bounded Zipf lengths, Gamma arrivals
sweep --lengths paper-zipf --jobs 5000 --policy fcfs,skip-join-mlfq,srpt --load 0.5:0.95:0.05 --cv 1,2,4 \
      --seeds 5 --out "$out/b-paper"
sweep --lengths paper-zipf --jobs 5000 --policy skip-join-mlfq --queues 2,4,6,8,10 --quantum-rate 1.5,2,4,8 \
      --load 0.9 --cv 1,4 --seeds 5 --out "$out/b-knobs"
# (c) plain MLFQ against skip-join: long prompts, then short prompts, against the Quantum
sweep --lengths lognormal:1000:0.5/zipf:1.5:512 --jobs 2000 --policy fcfs,mlfq,skip-join-mlfq --queues 8 \
      --quantum 2,5,10,20,40,80,160 --load 0.8 --cv 2 --seeds 5 --out "$out/c-long"
sweep --lengths alpaca-like --jobs 2000 --policy fcfs,mlfq,skip-join-mlfq --queues 8 \
      --quantum 2,5,10,20,40,80,160 --load 0.8 --cv 2 --seeds 5 --out "$out/c-short"
# (d) where it does not help: every job the same size
sweep --lengths fixed:64/fixed:64 --jobs 2000 --policy fcfs,mlfq,skip-join-mlfq,srpt --load 0.5:0.95:0.05 \
      --cv 1 --seeds 5 --out "$out/d-equal"

mkdir -p docs/figures
cp "$out/a-rate/jct-vs-rate.png"              docs/figures/a-jct-vs-rate.png
cp "$out/a-rate/jct-vs-cv.png"                docs/figures/a-jct-vs-cv.png
cp "$out/a-knobs/heatmap-skip-join-mlfq.png"  docs/figures/a-heatmap.png
cp "$out/b-paper/jct-vs-load.png"             docs/figures/b-jct-vs-load.png
cp "$out/b-paper/ratio-vs-load.png"           docs/figures/b-ratio-vs-load.png
cp "$out/b-knobs/heatmap-skip-join-mlfq.png"  docs/figures/b-heatmap.png
cp "$out/c-long/jct-vs-quantum.png"           docs/figures/c-long-prompts.png
cp "$out/c-short/jct-vs-quantum.png"          docs/figures/c-short-prompts.png
cp "$out/d-equal/jct-vs-load.png"             docs/figures/d-equal-sizes.png

# (e) sequence scheduling: the paper's table, then the same predictor online and against continuous batching
bin/servelab batch table --out "$out/e-seq-table"
bin/servelab batch online --out "$out/e-seq-online"
cp "$out/e-seq-table/throughput-vs-predictor-error.png" docs/figures/e-seq-predictor-error.png
cp "$out/e-seq-online/online-jct-vs-qps.png"            docs/figures/e-seq-online.png
cp "$out/e-seq-online/capacity-vs-batch-size.png"       docs/figures/e-seq-capacity.png

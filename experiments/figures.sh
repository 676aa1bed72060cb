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
sweep --lengths "$dataset" --jobs 99 --policy fcfs,mlfq,skip-join-mlfq,srpt --rate 0.2:1:0.1 --cv 0,1,2,4 \
      --seeds 20 --out "$out/a-rate"
# (a) the 99-job dataset: Queue_num x Quantum_rate
sweep --lengths "$dataset" --jobs 99 --policy fcfs,mlfq,skip-join-mlfq --queues 1,2,3,4,6,8 \
      --quantum-rate 1,2,4,8,16 --rate 0.5,0.9 --cv 1 --seeds 20 --out "$out/a-knobs"
# (b) the paper's setting: bounded Zipf lengths, Gamma arrivals (FCFS is batch size 1, run to completion)
sweep --lengths paper-zipf --jobs 5000 --policy fcfs,mlfq,skip-join-mlfq,srpt --load 0.5:0.95:0.05 --cv 1,2,4 \
      --seeds 5 --out "$out/b-paper"
sweep --lengths paper-zipf --jobs 5000 --policy fcfs,mlfq,skip-join-mlfq --queues 2,4,6,8,10 --quantum-rate 1.5,2,4,8 \
      --load 0.9 --cv 1,4 --seeds 5 --out "$out/b-knobs"
# (c) plain MLFQ against skip-join: long prompts, then short prompts, against the Quantum
sweep --lengths lognormal:1000:0.5/zipf:1.5:512 --jobs 2000 --policy fcfs,mlfq,skip-join-mlfq --queues 8 \
      --quantum 2,5,10,20,40,80,160 --load 0.8 --cv 2 --seeds 5 --out "$out/c-long"
sweep --lengths alpaca-like --jobs 2000 --policy fcfs,mlfq,skip-join-mlfq --queues 8 \
      --quantum 2,5,10,20,40,80,160 --load 0.8 --cv 2 --seeds 5 --out "$out/c-short"
# (d) where it does not help: every job the same size
sweep --lengths fixed:64/fixed:64 --jobs 2000 --policy fcfs,mlfq,skip-join-mlfq,srpt --load 0.5:0.95:0.05 \
      --cv 1 --seeds 5 --out "$out/d-equal"

# (s) serving experiments with batches (docs/experiments.md, part two): Alpaca output lengths, Llama-2-7B
alpaca="--lengths alpaca --jobs 1500 --arrivals fixed --policy fcfs"
ascend="roofline:llama-2-7b@ascend-910b"
a100="roofline:llama-2-7b@a100-80gb"
# (s1) QPS x max batch on the Ascend 910B and an A100, paged KV against reservation for 2048 tokens: 792 runs
sweep $alpaca --rate 0.5,1,2,3,4,5,8,16,32,64,128 --max-batch 1,2,4,8,16,32,64,128,256 \
      --preemption recompute,reserve --max-output 2048 --cost-model "$ascend,$a100" --seeds 2 --progress \
      --out "$out/s1-qps-batch"
# (s1) the team's larger run: 5,010 requests, batch 64 and 128
sweep --lengths alpaca --jobs 5010 --arrivals fixed --policy fcfs --rate 15,30,60,100 --max-batch 64,128 \
      --preemption recompute,reserve --max-output 2048 --cost-model "$ascend" --seeds 1 --no-plots \
      --out "$out/s1-5010"
# (s2) lost requests past capacity with a waiting limit, Poisson arrivals
sweep --lengths alpaca --jobs 1500 --arrivals poisson --policy fcfs --rate 2,4,8,12,16,24,32,48,64 \
      --max-batch 8,16,32 --max-waiting 16,64 --cost-model "$ascend" --seeds 3 --out "$out/s2-lost"
# (s3) the maximum length under up-front reservation against paged allocation, at 64 requests/s
sweep $alpaca --rate 64 --max-batch 64 --preemption recompute,reserve --max-output 600,1024,1536,2048,3072,4000 \
      --cost-model "$ascend,$a100" --seeds 2 --out "$out/s3-max-length"
# (s4) request order: as sent, ascending, descending by prompt + output length
sweep $alpaca --rate 4,8,16,32,64,1000 --max-batch 64 --order as-is,asc,desc --preemption recompute,reserve \
      --max-output 2048 --cost-model "$ascend" --seeds 2 --out "$out/s4-order"
# (s5) prefill-first (vLLM V0) against chunked prefill (Sarathi, SplitFuse) on long prompts, token budget as the knob
sweep --lengths alpaca:lognormal:1500:0.5 --jobs 1000 --arrivals poisson --policy fcfs --rate 6 \
      --batching prefill-first,chunked --max-batch 64 --max-batch-tokens 256,512,1024,2048,4096 \
      --cost-model "$ascend" --seeds 3 --out "$out/s5-chunked"
# (s6) speculative decoding against acceptance rate and batch size, every request sent at once
sweep --lengths alpaca --jobs 500 --arrivals fixed --policy fcfs --rate 1000 --max-batch 1,8,32,128 \
      --draft-length none,4 --acceptance 0.5,0.6,0.7,0.8,0.9 --draft-cost 0.05 --cost-model "$a100" --seeds 2 \
      --out "$out/s6-speculative"
# (s7) FastServe's claim like for like: skip-join MLFQ and plain MLFQ with batches against Orca-style FCFS
sweep --lengths paper-zipf --jobs 2000 --arrivals gamma --cv 1,2,4 --policy fcfs,skip-join-mlfq,mlfq \
      --batching mixed --max-batch 16 --rate 40:100:10 --cost-model roofline:gpt3-2.7b@a100-40gb --seeds 3 \
      --out "$out/s7-fastserve"
# (s8) where skip-join itself matters: prompts of about 1,000 tokens, the Quantum from 2 to 80 ms
sweep --lengths lognormal:1000:0.5/zipf:1.5:512 --jobs 2000 --arrivals gamma --cv 2 \
      --policy fcfs,skip-join-mlfq,mlfq --batching chunked --max-batch 16 --quantum 2,5,10,20,40,80 --rate 20,30,40 \
      --cost-model roofline:gpt3-2.7b@a100-40gb --seeds 2 --out "$out/s8-skip-join"

mkdir -p docs/figures
cp "$out/a-rate/jct-vs-rate.png"              docs/figures/a-jct-vs-rate.png
cp "$out/a-rate/jct-vs-cv.png"                docs/figures/a-jct-vs-cv.png
cp "$out/a-knobs/heatmap-skip-join-mlfq.png"  docs/figures/a-heatmap.png
cp "$out/a-knobs/heatmap-mlfq.png"            docs/figures/a-heatmap-mlfq.png
cp "$out/b-paper/jct-vs-load.png"             docs/figures/b-jct-vs-load.png
cp "$out/b-paper/ratio-vs-load.png"           docs/figures/b-ratio-vs-load.png
cp "$out/b-knobs/heatmap-skip-join-mlfq.png"  docs/figures/b-heatmap.png
cp "$out/b-knobs/heatmap-mlfq.png"            docs/figures/b-heatmap-mlfq.png
cp "$out/c-long/jct-vs-quantum.png"           docs/figures/c-long-prompts.png
cp "$out/c-short/jct-vs-quantum.png"          docs/figures/c-short-prompts.png
cp "$out/d-equal/jct-vs-load.png"             docs/figures/d-equal-sizes.png
cp "$out/s1-qps-batch/total-time-vs-rate.png"     docs/figures/s1-total-time.png
cp "$out/s1-qps-batch/latency-vs-rate-1.png"      docs/figures/s1-latency-910b.png
cp "$out/s1-qps-batch/heatmap-batch-rate-1.png"   docs/figures/s1-heatmap-910b-paged.png
cp "$out/s1-qps-batch/heatmap-batch-rate-2.png"   docs/figures/s1-heatmap-910b-reserve.png
cp "$out/s1-qps-batch/heatmap-batch-rate-3.png"   docs/figures/s1-heatmap-a100-paged.png
cp "$out/s2-lost/lost-vs-rate.png"                docs/figures/s2-lost.png
cp "$out/s3-max-length/total-time-vs-max-output.png" docs/figures/s3-max-length.png
cp "$out/s4-order/total-time-vs-rate.png"         docs/figures/s4-order-total-time.png
cp "$out/s4-order/latency-vs-rate-2.png"          docs/figures/s4-order-latency-reserve.png
cp "$out/s5-chunked/latency-vs-max-batch-tokens.png" docs/figures/s5-chunked.png
cp "$out/s6-speculative/speedup-vs-acceptance.png" docs/figures/s6-speculative.png
cp "$out/s7-fastserve/jct-vs-rate.png"            docs/figures/s7-fastserve-jct.png
cp "$out/s7-fastserve/ratio-vs-rate.png"          docs/figures/s7-fastserve-ratio.png
cp "$out/s8-skip-join/jct-vs-quantum.png"         docs/figures/s8-skip-join-quantum.png

# the numbers quoted in docs/experiments.md, part one and part two, from the CSVs above
experiments/part-one-numbers.sh "$out"
experiments/serving-numbers.sh "$out"

# (e) sequence scheduling: the paper's table, then the same predictor online and against continuous batching
bin/servelab batch table --out "$out/e-seq-table"
bin/servelab batch online --out "$out/e-seq-online"
cp "$out/e-seq-table/throughput-vs-predictor-error.png" docs/figures/e-seq-predictor-error.png
cp "$out/e-seq-online/online-jct-vs-qps.png"            docs/figures/e-seq-online.png
cp "$out/e-seq-online/capacity-vs-batch-size.png"       docs/figures/e-seq-capacity.png

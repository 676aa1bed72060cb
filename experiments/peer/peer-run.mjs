// Runs the inference-lab simulator (npm @doublewordai/inference-lab 0.2.1) once on its own generated
// workload (Poisson arrivals, ShareGPT-like lognormal lengths), times the simulate call, and writes the
// requests it simulated as a ServeLab trace so that ServeLab can replay exactly the same requests.
//
//   node peer-run.mjs --n 10000 --rate 50 --seed 42 --trace peer-10000.json
//
// Prints one JSON line: the peer's wall time, its exact mean E2E latency (from its per-request samples,
// not its P-squared marker "mean"), makespan and request count. Run from a folder where the package is
// installed (experiments/peer/crosscheck.sh does that).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const PKG = '@doublewordai/inference-lab';
const args = { n: 10000, rate: 50, seed: 42, trace: null, decodeStep: 0.01, perToken: 2.5e-5, maxSeqs: 256,
  maxBatchedTokens: 2048, blockSize: 16, kvBlocks: 1000000 };
for (let i = 2; i < process.argv.length; i += 2) {
  const k = process.argv[i].replace(/^--/, '').replace(/-([a-z])/g, (m, c) => c.toUpperCase());
  if (!(k in args)) { console.error(`unknown option ${process.argv[i]}`); process.exit(2); }
  args[k] = k === 'trace' ? process.argv[i + 1] : Number(process.argv[i + 1]);
}

// A synthetic model on which the peer's roofline is exactly max(decodeStep, perToken * T) seconds:
// 1e15 parameters make the attention and KV terms vanish (below 1e-7 relative).
const P = 1e15;
const config = {
  hardware: { name: 'step', compute_flops: (2 * P) / args.perToken, memory_bandwidth: P / args.decodeStep,
    memory_capacity: P + args.kvBlocks * args.blockSize * 2, kv_cache_capacity: args.kvBlocks * args.blockSize * 2,
    bytes_per_param: 1 },
  model: { name: 'synthetic', num_parameters: P, num_layers: 1, hidden_dim: 1, num_heads: 1, num_kv_heads: 1,
    max_seq_len: 1000000 },
  scheduler: { max_num_batched_tokens: args.maxBatchedTokens, max_num_seqs: args.maxSeqs, policy: 'fcfs',
    enable_chunked_prefill: true, block_size: args.blockSize },
  workload: { arrival_pattern: 'poisson', arrival_rate: args.rate, num_requests: args.n, seed: args.seed,
    // ShareGPT-like: lognormal with sigma 1 and means of 161 prompt and 338 output tokens
    input_len_dist: { type: 'lognormal', mean: Math.log(161.5) - 0.5, std_dev: 1.0 },
    output_len_dist: { type: 'lognormal', mean: Math.log(338.5) - 0.5, std_dev: 1.0 }, duration_secs: null },
  simulation: { log_interval: 1000000000 },
};

const require = createRequire(import.meta.url);
const { default: init, run_simulation } = await import(PKG);
await init({ module_or_path: readFileSync(require.resolve(`${PKG}/inference_lab_bg.wasm`)) });
const t0 = performance.now();
const r = run_simulation(JSON.stringify(config));
const wallS = (performance.now() - t0) / 1000;

const ls = r.latency_samples;
const d = r.distributions;
const jobs = [];
let sum = 0;
let last = 0;
for (let i = 0; i < ls.e2e_samples.length; i++) {
  const completion = ls.e2e_timestamps[i];
  sum += ls.e2e_samples[i];
  last = Math.max(last, completion);
  jobs.push({ arrival: completion * 1000 - ls.e2e_samples[i], prompt: d.input_lengths[i], output: d.output_lengths[i] });
}
jobs.sort((a, b) => a.arrival - b.arrival);
if (args.trace) {
  // The peer's prefill makes no token: its first token comes from the first decode, so a request with
  // n output tokens is a ServeLab job with n + 1 (ServeLab's prefill makes token 1).
  const lines = jobs.map((j, i) => JSON.stringify({ id: `R${i}`, arrival: Number(j.arrival.toFixed(6)),
    promptTokens: j.prompt, outputTokens: j.output + 1 }));
  writeFileSync(args.trace, `{"name": "inference-lab-n${args.n}-rate${args.rate}-seed${args.seed}", "timeUnit": "ms",`
    + ` "jobs": [\n${lines.join(',\n')}\n]}\n`);
}
console.log(JSON.stringify({ peer: `${PKG}@0.2.1`, n: args.n, completed: r.metrics.completed_requests,
  preemptions: r.metrics.total_preemptions, wallS, meanE2eMs: sum / ls.e2e_samples.length, makespanS: last }));

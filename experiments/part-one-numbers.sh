#!/usr/bin/env bash
# Prints the numbers docs/experiments.md quotes in part one, (a) to (d), from the sweeps' CSVs, and runs the
# few commands those numbers need besides (the mean prefill times, the 99 jobs all at t = 0).
# Usage: experiments/part-one-numbers.sh [RESULTS_DIR]   (default: results/, as experiments/figures.sh writes it)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="${1:-results}"

# The awk programs below read a sweep CSV by column name. A configuration is policy:queues:quantumRate:quantum
# (just the policy for fcfs and srpt); a point is its CV and load or rate (the x column); values are means over
# seeds.
read -r -d '' LIB <<'AWK' || true
function cfg(   c) { c = $(col["policy"]); if ($(col["queues"]) != "") c = c ":" $(col["queues"]) ":" $(col["quantumRate"]) ":" $(col["quantum"]); return c }
function keep(filter,   n, f, i, kv) { n = split(filter, f, ";"); for (i = 1; i <= n; i++) { split(f[i], kv, "="); if ($(col[kv[1]]) != kv[2]) return 0 }; return 1 }
NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
AWK

# means FILE X METRIC [FILTER] [SCALE]: the mean over seeds of METRIC per configuration, CV and X
means() {
  awk -F, -v x="$2" -v m="$3" -v filter="${4:-}" -v scale="${5:-1}" "$LIB"'
    keep(filter) { k = cfg() " cv=" $(col["cv"]) " " x "=" $(col[x]); if (!(k in n)) o[++c] = k; n[k]++; s[k] += $(col[m]) * scale }
    END { for (i = 1; i <= c; i++) printf "  %s: %s %.6g\n", o[i], m, s[o[i]] / n[o[i]] }' "$1"
}

# ratio FILE X METRIC A B [FILTER]: mean METRIC of configurations matching A over that of B at each point, and
# the smallest and largest ratio (A and B are regular expressions on the configuration)
ratio() {
  awk -F, -v x="$2" -v m="$3" -v a="$4" -v b="$5" -v filter="${6:-}" "$LIB"'
    keep(filter) { p = "cv=" $(col["cv"]) " " x "=" $(col[x]); k = cfg()
      if (k ~ ("^(" a ")$")) { A[k "|" p] += $(col[m]); nA[k "|" p]++; pts[p] = 1 }
      if (k ~ ("^(" b ")$")) { B[p] += $(col[m]); nB[p]++ } }
    END { lo = 1e300; hi = -1e300
      for (kp in A) { split(kp, q, "|"); if (!(q[2] in B)) continue
        r = (A[kp] / nA[kp]) / (B[q[2]] / nB[q[2]]); if (r < lo) { lo = r; lok = kp }; if (r > hi) { hi = r; hik = kp } }
      printf "  %s / %s, %s: %.5f (%s) to %.5f (%s)\n", a, b, m, lo, lok, hi, hik }' "$1"
}

# pair FILE X METRIC A B [each]: policy A over policy B with the same MLFQ knobs at each point, smallest and
# largest (and every one, with "each")
pair() {
  awk -F, -v x="$2" -v m="$3" -v a="$4" -v b="$5" -v each="${6:-}" "$LIB"'
    { pol = $(col["policy"]); k = cfg(); sub("^" pol, "", k); k = k " cv=" $(col["cv"]) " " x "=" $(col[x])
      if (pol == a) { A[k] += $(col[m]); nA[k]++ } else if (pol == b) { B[k] += $(col[m]); nB[k]++ } }
    END { lo = 1e300; hi = -1e300
      for (k in A) { if (!(k in B)) continue; r = (A[k] / nA[k]) / (B[k] / nB[k])
        if (each != "") printf "  %s / %s at%s: %s %.6f\n", a, b, k, m, r
        if (r < lo) { lo = r; lok = k }; if (r > hi) { hi = r; hik = k } }
      printf "  %s / %s, same knobs, %s: %.4f (%s) to %.4f (%s)\n", a, b, m, lo, lok, hi, hik }' "$1"
}

# worse FILE X A: how many single-seed runs of configurations matching A have a larger mean JCT than FCFS on
# the same arrivals (same CV, X and seed), of how many
worse() {
  awk -F, -v x="$2" -v a="$3" "$LIB"'
    { p = $(col["cv"]) " " $(col[x]) " " $(col["seed"]); k = cfg()
      if (k == "fcfs") f[p] = $(col["averageJct"]); else if (k ~ ("^(" a ")$")) { v[++n] = $(col["averageJct"]); at[n] = p } }
    END { w = 0; for (i = 1; i <= n; i++) if (v[i] > f[at[i]]) w++; printf "  %s worse than fcfs: %d of %d runs\n", a, w, n }' "$1"
}

sj='skip-join-mlfq:4:2:auto'
ml='mlfq:4:2:auto'

echo "(a) the 99-job dataset: load at 0.2, 0.8 and 1 jobs/s"
means "$out/a-rate/results.csv" rate load "policy=fcfs;cv=0" | grep -E "rate=(0.2|0.8|1):"
echo "(a) the dataset alone: prefill (a job's TTFT when jobs never meet) and decode times (ms), mean output tokens"
bin/servelab run --trace sample-traces/orca-appendix-b.csv --policy fcfs --arrivals fixed --arrival-rate 0.001 \
    --results-csv - 2> /dev/null \
  | awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
      { t = $c["ttft"]; o = $c["outputTokens"]; d = o > 1 ? ($c["serviceTime"] - t) / (o - 1) : ""
        if (n == 0 || t < pmin) pmin = t; if (t > pmax) pmax = t
        if (d != "" && (dmin == "" || d < dmin)) dmin = d; if (d != "" && d > dmax) dmax = d; out += o; n++ }
      END { printf "  prefill %.4g to %.4g, decode %.4g to %.4g, mean output %.4g tokens\n", pmin, pmax, dmin, dmax, out / n }'
echo "(a) mean and p99 JCT (s) at the table's points"
for p in "cv=0;rate=0.2" "cv=0;rate=0.5" "cv=0;rate=0.8" "cv=0;rate=1" "cv=1;rate=0.5" "cv=1;rate=0.8" "cv=4;rate=0.2" \
         "cv=4;rate=0.5" "cv=4;rate=0.8"; do
  means "$out/a-rate/results.csv" rate averageJct "$p" 0.001
  means "$out/a-rate/results.csv" rate p99Jct "$p" 0.001
done
echo "(a) ratios over every point of the rate sweep"
ratio "$out/a-rate/results.csv" rate averageJct "$sj" fcfs
ratio "$out/a-rate/results.csv" rate averageJct "$ml" fcfs
pair "$out/a-rate/results.csv" rate averageJct skip-join-mlfq mlfq
ratio "$out/a-rate/results.csv" rate p99Jct "$sj" fcfs
ratio "$out/a-rate/results.csv" rate averageJct srpt fcfs
ratio "$out/a-rate/results.csv" rate averageJct srpt fcfs "rate=0.2"
echo "(a) Queue_num x Quantum_rate: the Quantum used, FCFS, and every MLFQ setting over FCFS"
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next } $c["policy"] != "fcfs" { print "  quantumUsed " $c["quantumUsed"]; exit }' \
  "$out/a-knobs/results.csv"
means "$out/a-knobs/results.csv" rate averageJct "policy=fcfs" 0.001
for r in 0.5 0.9; do
  ratio "$out/a-knobs/results.csv" rate averageJct 'skip-join-mlfq.*' fcfs "rate=$r"
  ratio "$out/a-knobs/results.csv" rate averageJct 'mlfq.*' fcfs "rate=$r"
done
means "$out/a-knobs/results.csv" rate averageJct "rate=0.9" 0.001 | grep -E "mlfq:(1:|[0-9]:1:|8:2:|[3468]:16:)"
means "$out/a-knobs/results.csv" rate averageJct "rate=0.5" 0.001 | grep -E ":16:"
echo "(a) single-seed runs worse than FCFS on the mean"
worse "$out/a-rate/results.csv" rate 'skip-join-mlfq.*'
worse "$out/a-knobs/results.csv" rate 'skip-join-mlfq.*'
worse "$out/a-rate/results.csv" rate 'mlfq:.*'
worse "$out/a-knobs/results.csv" rate 'mlfq:.*'
echo "(a) the 99 jobs all at t = 0 (the trace without arrival times), mean JCT (ms)"
bin/servelab run --trace sample-traces/orca-appendix-b.csv --policy fcfs,mlfq,skip-join-mlfq --per-job never \
  | grep -E "average JCT"

echo "(b) the paper's setting: mean JCT (ms) at the table's points"
for p in "cv=1;load=0.5" "cv=1;load=0.8" "cv=1;load=0.95" "cv=4;load=0.5" "cv=4;load=0.95"; do
  means "$out/b-paper/results.csv" load averageJct "$p"
done
echo "(b) paper-zipf prefills against the first quantum (5,000 jobs of seed 1, 100 s apart so they never meet)"
bin/servelab gen --jobs 5000 --lengths paper-zipf --arrivals fixed --rate 0.01 --seed 1 --out "$out/paper-zipf-alone.csv" \
  > /dev/null
bin/servelab run --trace "$out/paper-zipf-alone.csv" --policy fcfs,skip-join-mlfq --results-csv - 2> /dev/null \
  | awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
      $c["policy"] == "skip-join-mlfq" { q = $c["quantum"] }
      $c["policy"] == "fcfs" { t[n] = $c["ttft"]; s += $c["serviceTime"]; p += $c["ttft"]; n++ }
      END { for (i = 0; i < n; i++) { a += t[i] <= q + 1e-9; b += t[i] <= 2 * q + 1e-9 }
        printf "  quantum %.4g ms; prefills within it %.1f %%, within twice it %.1f %%; mean prefill %.4g ms of a mean service time %.4g ms\n", q, 100 * a / n, 100 * b / n, p / n, s / n }'
echo "(b) ratios: at load 0.5, at load 0.95, over every point"
for f in "load=0.5" "load=0.95" ""; do
  ratio "$out/b-paper/results.csv" load averageJct fcfs "$sj" "$f"
  ratio "$out/b-paper/results.csv" load averageJct fcfs "$ml" "$f"
done
pair "$out/b-paper/results.csv" load averageJct skip-join-mlfq mlfq
ratio "$out/b-paper/results.csv" load averageJct "$sj" srpt
ratio "$out/b-paper/results.csv" load p99Jct "$sj" fcfs
ratio "$out/b-paper/results.csv" load p99Jct "$ml" fcfs
echo "(b) Queue_num x Quantum_rate at load 0.9: FCFS, the best and worst cells, every cell over FCFS"
means "$out/b-knobs/results.csv" load averageJct "policy=fcfs"
for cv in 1 4; do
  for p in skip-join-mlfq mlfq; do
    means "$out/b-knobs/results.csv" load averageJct "policy=$p;cv=$cv" | sort -k5 -g | sed -n '1,3p;$p'
  done
  ratio "$out/b-knobs/results.csv" load averageJct 'skip-join-mlfq.*' fcfs "cv=$cv"
  ratio "$out/b-knobs/results.csv" load averageJct 'mlfq:.*' fcfs "cv=$cv"
done
means "$out/b-knobs/results.csv" load averageJct "policy=skip-join-mlfq;queues=2"

echo "(c) mean prefill time (ms): the mean TTFT of FCFS with 1,000 s between requests, seeds 1-5"
for lengths in lognormal:1000:0.5/zipf:1.5:512 alpaca-like; do
  bin/servelab sweep --lengths "$lengths" --jobs 2000 --policy fcfs --arrivals fixed --rate 0.001 --seeds 5 \
    --no-plots --out "$out/c-prefill" > /dev/null
  echo "  $lengths"
  means "$out/c-prefill/results.csv" rate averageTtft
done
for w in long short; do
  echo "(c) $w prompts: mean JCT and mean TTFT (ms) by Quantum"
  means "$out/c-$w/results.csv" load averageJct
  means "$out/c-$w/results.csv" load averageTtft
  pair "$out/c-$w/results.csv" load averageJct skip-join-mlfq mlfq each | sort -t: -k4 -g
  pair "$out/c-$w/results.csv" load averageTtft skip-join-mlfq mlfq
  ratio "$out/c-$w/results.csv" load averageJct 'skip-join-mlfq.*' fcfs
  ratio "$out/c-$w/results.csv" load averageJct 'mlfq:.*' fcfs
  ratio "$out/c-$w/results.csv" load p99Jct 'skip-join-mlfq.*' fcfs
done
echo "(c) runs (seeds) where skip-join and plain MLFQ give different mean JCTs, by Quantum, short prompts"
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next } $c["policy"] != "fcfs" { v[$c["quantum"] " " $c["seed"], $c["policy"]] = $c["averageJct"]; q[$c["quantum"]] = 1; s[$c["seed"]] = 1 }
  END { for (x in q) { d = 0; for (y in s) if (v[x " " y, "mlfq"] != v[x " " y, "skip-join-mlfq"]) d++; printf "  quantum %s: %d of 5 seeds differ\n", x, d } }' \
  "$out/c-short/results.csv" | sort -k2 -g

echo "(d) every job the same size: each policy over FCFS at every load"
ratio "$out/d-equal/results.csv" load averageJct "$sj" fcfs
ratio "$out/d-equal/results.csv" load averageJct "$ml" fcfs
ratio "$out/d-equal/results.csv" load p99Jct "$sj" fcfs
ratio "$out/d-equal/results.csv" load averageJct srpt fcfs
means "$out/d-equal/results.csv" load averageJct "load=0.95" 0.001

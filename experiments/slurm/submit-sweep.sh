#!/usr/bin/env bash
# Runs a ServeLab sweep as a Slurm array job: one array task per shard, then the merge as a job that
# starts when every shard has succeeded.
#
#   experiments/slurm/submit-sweep.sh --shards 50 --out /scratch/sweep -- --policy fcfs,skip-join-mlfq \
#       --queues 2,4,8 --quantum-rate 1:16:1 --load 0.1:0.9:0.1 --cv 1,2,4 --seeds 10 --jobs 5000
#
# Everything after "--" is passed to `servelab sweep` unchanged (a --spec FILE too). Shard i writes
# OUT/shards/part-i; the merge writes OUT/results.csv, OUT/spec.json and the plots. Slurm options for
# every job go in SBATCH_OPTS (for example "--partition=cpu --time=02:00:00 --cpus-per-task=8"); the
# sweep uses the cores of its allocation (SLURM_CPUS_PER_TASK). The ServeLab jar must be built
# (`mvn package -DskipTests`) on a file system the compute nodes share; SERVELAB_JAVA_OPTS reaches java.
# Prints the two job ids. Nothing is submitted when an argument is wrong.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/../.." && pwd)"

usage() { echo "usage: $0 --shards N --out DIR -- SWEEP-OPTIONS..." >&2; exit 2; }
shards="" out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --shards) shards="${2:-}"; shift 2 ;;
    --out) out="${2:-}"; shift 2 ;;
    --) shift; break ;;
    *) usage ;;
  esac
done
[[ "$shards" =~ ^[1-9][0-9]*$ ]] || { echo "submit-sweep: --shards must be a positive whole number, got '$shards'" >&2; exit 2; }
[ -n "$out" ] || usage
[ $# -gt 0 ] || { echo "submit-sweep: give the sweep's options after --" >&2; exit 2; }
for a in "$@"; do
  case "$a" in --out|--out=*|--shard|--shard=*) echo "submit-sweep: $a is set by this script" >&2; exit 2 ;; esac
done
command -v sbatch >/dev/null || { echo "submit-sweep: sbatch not found (run this on a Slurm login node)" >&2; exit 2; }
jar="$top/target/servelab.jar"
[ -f "$jar" ] || { echo "submit-sweep: $jar is missing; build it first: (cd $top && mvn -q package -DskipTests)" >&2; exit 2; }
mkdir -p "$out/shards" "$out/logs"
out="$(cd "$out" && pwd)"

# The sweep options, quoted once for the job scripts.
sweep_args=$(printf ' %q' "$@")
java_opts="${SERVELAB_JAVA_OPTS:-}"

array_id=$(sbatch --parsable ${SBATCH_OPTS:-} --job-name=servelab-sweep --array="1-$shards" \
    --output="$out/logs/shard-%a.out" --wrap="java $java_opts -jar $(printf %q "$jar") sweep$sweep_args \
--threads \${SLURM_CPUS_PER_TASK:-1} --no-plots --shard \${SLURM_ARRAY_TASK_ID}/$shards \
--out $(printf %q "$out")/shards/part-\${SLURM_ARRAY_TASK_ID}")
array_id="${array_id%%;*}"

parts=""
for i in $(seq 1 "$shards"); do parts="$parts $(printf %q "$out/shards/part-$i")"; done
merge_id=$(sbatch --parsable ${SBATCH_OPTS:-} --job-name=servelab-merge --dependency="afterok:$array_id" \
    --output="$out/logs/merge.out" --wrap="java $java_opts -jar $(printf %q "$jar") merge --out $(printf %q "$out")$parts")
merge_id="${merge_id%%;*}"

echo "shards: job $array_id (array 1-$shards), logs in $out/logs"
echo "merge:  job $merge_id, after every shard succeeds: $out/results.csv"

#!/usr/bin/env bash
# Tests submit-sweep.sh without a cluster: a stand-in `sbatch` runs each array task and then the
# dependent merge on this machine, with the environment Slurm would give them. The merged results
# must equal the same sweep run in one piece. Needs target/servelab.jar.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin"
cat > "$work/bin/sbatch" <<'FAKE'
#!/usr/bin/env bash
# A stand-in for Slurm's sbatch: runs the --wrap command now, once per array index.
set -euo pipefail
array="" wrap="" dep="" out=""
for a in "$@"; do
  case "$a" in
    --array=*) array="${a#--array=}" ;;
    --wrap=*) wrap="${a#--wrap=}" ;;
    --dependency=*) dep="${a#--dependency=}" ;;
    --output=*) out="${a#--output=}" ;;
  esac
done
n=$(( $(cat "$FAKE_SLURM_DIR/next" 2>/dev/null || echo 100) + 1 )); echo "$n" > "$FAKE_SLURM_DIR/next"
if [ -n "$dep" ]; then
  for d in $(echo "${dep#afterok:}" | tr ':' ' '); do
    [ "$(cat "$FAKE_SLURM_DIR/status-$d")" = ok ] || { echo "dependency $d failed" >&2; exit 1; }
  done
fi
status=ok
if [ -n "$array" ]; then
  for i in $(seq "${array%-*}" "${array#*-}"); do
    SLURM_ARRAY_TASK_ID=$i SLURM_CPUS_PER_TASK=1 bash -c "$wrap" > "${out//%a/$i}" 2>&1 || status=failed
  done
else
  bash -c "$wrap" > "$out" 2>&1 || status=failed
fi
echo "$status" > "$FAKE_SLURM_DIR/status-$n"
echo "$n"
FAKE
chmod +x "$work/bin/sbatch"
export FAKE_SLURM_DIR="$work"

sweep=(--policy fcfs,skip-join-mlfq --queues 2,4 --load 0.5,0.8 --seeds 2 --jobs 200)
PATH="$work/bin:$PATH" "$here/submit-sweep.sh" --shards 3 --out "$work/sharded" -- "${sweep[@]}"
java -jar "$top/target/servelab.jar" sweep "${sweep[@]}" --no-plots --threads 1 --out "$work/whole" >/dev/null
if ! cmp -s "$work/sharded/results.csv" "$work/whole/results.csv"; then
  echo "slurm test: the merged shards differ from the sweep run in one piece" >&2
  diff "$work/sharded/results.csv" "$work/whole/results.csv" | head >&2
  exit 1
fi
rows=$(($(wc -l < "$work/whole/results.csv") - 1))
echo "slurm test: 3 array tasks and a dependent merge give the same $rows rows as one sweep"

/**
 * Batching policies (docs/batching.md): continuous batching (fcfs chunked / mixed / prefill-first, sjf),
 * static batching, MLFQ with batches, SRPT with batches; the per-run job table with its paged KV memory
 * ({@link org.servelab.policy.batch.BatchState}) and the batch a policy builds. Imports
 * {@code org.servelab.policy} (queues, MLFQ parameters), {@code org.servelab.cost} and
 * {@code org.servelab.workload}; nothing above.
 */
package org.servelab.policy.batch;

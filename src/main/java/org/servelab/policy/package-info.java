/**
 * Scheduling policies: FCFS, plain and skip-join MLFQ (time or token accounting, optional starvation
 * promotion) and SRPT. A policy keeps its queues and returns decisions; it never sleeps, emits events
 * or reads a clock. Jobs are int indices read through {@link org.servelab.policy.JobView}. Imports:
 * {@code org.servelab.workload} only (the time grid, number text).
 */
package org.servelab.policy;

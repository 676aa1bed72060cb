package org.servelab.policy.batch;

import java.util.Arrays;

/**
 * Ordered queues of job indices as intrusive doubly linked lists: adding at either end and removing any
 * job are O(1), walking a queue in order costs its length. A job is in at most one queue.
 */
final class LinkedQueues {

    private final int[] head;
    private final int[] tail;
    private final int[] size;
    private final int[] next;
    private final int[] prev;
    private final int[] queueOf;

    LinkedQueues(int queues, int jobs) {
        head = new int[queues];
        tail = new int[queues];
        size = new int[queues];
        Arrays.fill(head, -1);
        Arrays.fill(tail, -1);
        next = new int[jobs];
        prev = new int[jobs];
        queueOf = new int[jobs];
        Arrays.fill(queueOf, -1);
    }

    int queues() {
        return head.length;
    }

    int queueOf(int job) {
        return queueOf[job];
    }

    int first(int q) {
        return head[q];
    }

    int last(int q) {
        return tail[q];
    }

    /** The job after {@code job} in its queue, or -1. */
    int next(int job) {
        return next[job];
    }

    /** The job before {@code job} in its queue, or -1. */
    int previous(int job) {
        return prev[job];
    }

    int size(int q) {
        return size[q];
    }

    boolean isEmpty(int q) {
        return size[q] == 0;
    }

    void addLast(int q, int job) {
        check(job);
        prev[job] = tail[q];
        next[job] = -1;
        if (tail[q] >= 0) {
            next[tail[q]] = job;
        } else {
            head[q] = job;
        }
        tail[q] = job;
        queueOf[job] = q;
        size[q]++;
    }

    void addFirst(int q, int job) {
        check(job);
        next[job] = head[q];
        prev[job] = -1;
        if (head[q] >= 0) {
            prev[head[q]] = job;
        } else {
            tail[q] = job;
        }
        head[q] = job;
        queueOf[job] = q;
        size[q]++;
    }

    void remove(int job) {
        int q = queueOf[job];
        if (q < 0) {
            throw new IllegalStateException("job " + job + " is in no queue");
        }
        if (prev[job] >= 0) {
            next[prev[job]] = next[job];
        } else {
            head[q] = next[job];
        }
        if (next[job] >= 0) {
            prev[next[job]] = prev[job];
        } else {
            tail[q] = prev[job];
        }
        queueOf[job] = -1;
        size[q]--;
    }

    int pollFirst(int q) {
        int j = head[q];
        remove(j);
        return j;
    }

    private void check(int job) {
        if (queueOf[job] >= 0) {
            throw new IllegalStateException("job " + job + " is already in queue " + queueOf[job]);
        }
    }
}

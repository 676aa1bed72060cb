package org.servelab.experiment;

import org.servelab.workload.TimedTrace;

/**
 * The trace of one workload point, ready to run, with the numbers its rows report.
 *
 * @param trace      the jobs (capped when overloaded)
 * @param load       offered load
 * @param rate       arrival rate, jobs per second
 * @param overloaded whether the load is 1 or more
 */
record PreparedWorkload(TimedTrace trace, double load, double rate, boolean overloaded) {
}

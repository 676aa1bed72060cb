/**
 * The Gantt chart of a run: one row per job, one bar per iteration, coloured by the queue level it ran in.
 *
 * <p>{@link org.servelab.ui.gantt.ScheduleIndex} and {@link org.servelab.ui.gantt.GanttHit} are plain Java;
 * {@link org.servelab.ui.gantt.GanttPainter} draws on any {@code GraphicsContext}, so the on-screen
 * {@link org.servelab.ui.gantt.GanttView} and the PNG export look the same. May import the engine, the
 * workload model and {@code javafx.*}; nothing below {@code ui} may import this package.
 */
package org.servelab.ui.gantt;

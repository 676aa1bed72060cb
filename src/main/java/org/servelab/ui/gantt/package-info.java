/**
 * The Gantt chart of a run: one row per job, lit in every iteration the job is part of (with batches the
 * rows overlap in time), coloured by the queue level it ran in; and the strip of batch size, tokens and
 * KV use under it.
 *
 * <p>{@link org.servelab.ui.gantt.ScheduleIndex} and {@link org.servelab.ui.gantt.GanttHit} are plain Java
 * over a {@link org.servelab.ui.model.Timeline}; {@link org.servelab.ui.gantt.GanttPainter} draws on any
 * {@code GraphicsContext}, so the on-screen {@link org.servelab.ui.gantt.GanttView} and the PNG export look
 * the same. May import the engine, the workload model, {@code ui.model}, {@code ui.i18n} and
 * {@code javafx.*}; nothing below {@code ui} may import this package.
 */
package org.servelab.ui.gantt;

/**
 * The events of a run: immutable records under the sealed {@code SimEvent}, the {@code EventSink}
 * that receives them, an in-memory {@code EventLog} and a JSON form. Imports: {@code org.servelab.workload} (for job ids in
 * JSON), Jackson.
 */
package org.servelab.engine.event;

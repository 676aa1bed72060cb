/** Results files: JSON and tidy CSV. Imports: metrics, Jackson. */
package org.servelab.metrics.io;

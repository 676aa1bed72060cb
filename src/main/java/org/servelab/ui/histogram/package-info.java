/**
 * Live histograms of job completion times: several runs overlaid on shared bins, updated at most once
 * per pulse while jobs finish. Plain scene-graph charts (few shapes). May import {@code javafx.*} and the
 * {@code ui.model} lists that feed it; nothing below {@code ui} may import this package.
 */
package org.servelab.ui.histogram;

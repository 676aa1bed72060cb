package org.servelab.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;

import org.servelab.cli.Renderers;
import org.servelab.ui.export.GanttExporter;
import org.servelab.ui.export.HistogramExporter;

/** The command line finds its renderer through ServiceLoader, and the limits it checks are the drawing's own. */
class PngRenderersTest {

    @Test
    void theServiceFileNamesThisClass() {
        List<String> found = ServiceLoader.load(Renderers.class).stream().map(p -> p.type().getName()).toList();
        assertThat(found).containsExactly(PngRenderers.class.getName());
        assertThat(Renderers.get()).isInstanceOf(PngRenderers.class);
    }

    @Test
    void theCommandLineChecksTheLimitsTheDrawingKeeps() {
        assertThat(Renderers.GANTT_MIN_WIDTH).isEqualTo(GanttExporter.MIN_WIDTH);
        assertThat(Renderers.GANTT_MAX_WIDTH).isEqualTo(GanttExporter.MAX_WIDTH);
        assertThat(Renderers.MIN_SIZE).isEqualTo(HistogramExporter.MIN_SIZE);
        assertThat(Renderers.MAX_SIZE).isEqualTo(HistogramExporter.MAX_SIZE);
        assertThat(Renderers.MAX_BINS).isEqualTo(HistogramExporter.MAX_BINS);
    }
}

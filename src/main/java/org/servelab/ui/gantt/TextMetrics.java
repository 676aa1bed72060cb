package org.servelab.ui.gantt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures text the way the canvas will draw it. Widths are remembered by font and text (the canvases
 * measure the same labels every paint); the memory is emptied when it holds {@value #LIMIT} of them.
 */
public final class TextMetrics {

    private static final int LIMIT = 20_000;
    private static final Map<Font, Map<String, Double>> WIDTHS = new ConcurrentHashMap<>();
    private static final ThreadLocal<Text> PROBE = ThreadLocal.withInitial(Text::new);
    private static int remembered;

    private TextMetrics() {
    }

    public static double width(String s, Font font) {
        Map<String, Double> byText = WIDTHS.computeIfAbsent(font, f -> new ConcurrentHashMap<>());
        Double w = byText.get(s);
        if (w != null) {
            return w;
        }
        Text t = PROBE.get();
        t.setFont(font);
        t.setText(s);
        double measured = t.getLayoutBounds().getWidth();
        synchronized (WIDTHS) {
            if (++remembered > LIMIT) {
                WIDTHS.clear();
                remembered = 0;
                byText = WIDTHS.computeIfAbsent(font, f -> new ConcurrentHashMap<>());
            }
        }
        byText.put(s, measured);
        return measured;
    }
}

package org.servelab.cli;

import java.util.ServiceLoader;

/** Finds the {@link Renderers} implementation once, on first use. */
final class RendererLookup {

    static final Renderers INSTANCE = ServiceLoader.load(Renderers.class).findFirst()
            .orElseThrow(() -> new IllegalStateException("cannot draw PNG files: no " + Renderers.class.getName()
                    + " on the class path (the JavaFX part of ServeLab is missing)"));

    private RendererLookup() {
    }
}

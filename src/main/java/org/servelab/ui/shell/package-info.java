/**
 * The application shell: {@link org.servelab.ui.shell.App} (the JavaFX application), the main window
 * with its menus, tabs and keyboard shortcuts, the start-up options ({@code --trace}, {@code --lang},
 * {@code --snapshot}, {@code --screenshots}), the pulse-driven frame clock and PNG snapshots of the
 * window. Wires the feature views to the models; may import every {@code org.servelab.ui} package.
 */
package org.servelab.ui.shell;

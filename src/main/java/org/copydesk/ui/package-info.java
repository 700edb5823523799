/**
 * The desktop client: main window, edition navigator, article and caption editors, page preview,
 * and the view models behind them. The FX thread only draws and reacts; the store is reached on a
 * background executor.
 */
package org.copydesk.ui;

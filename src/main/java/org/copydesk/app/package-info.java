/**
 * The one {@code main}: no arguments open the window, arguments run the CLI. Wires the database,
 * the composer and executors into the GUI and the CLI; nothing else may import this package.
 */
package org.copydesk.app;

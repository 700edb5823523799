/**
 * The headless command line (picocli). Commands are thin: they parse, call the same services the
 * GUI calls, and print. Exit codes: 0 ok, 1 findings or failure, 2 usage.
 */
package org.copydesk.cli;

package org.copydesk.cli;

import picocli.CommandLine.Option;

/** {@code --edition ID|latest}, required, for the commands that work inside one edition. */
final class EditionOption {
    @Option(names = "--edition", required = true, paramLabel = "ID|latest", description = "The edition: its id, or 'latest'.")
    String edition;
}

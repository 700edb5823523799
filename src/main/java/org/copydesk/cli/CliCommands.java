package org.copydesk.cli;

import picocli.CommandLine;

/**
 * The list of subcommands, kept in one place so adding a command is one line.
 */
final class CliCommands {
    private CliCommands() {
    }

    static void register(CommandLine cli) {
        // one line per command, e.g. cli.addSubcommand(new ListCommand());
        cli.addSubcommand(new SampleCommand());
        cli.addSubcommand(new ImportCommand());
        cli.addSubcommand(new ListCommand());
        cli.addSubcommand(new GalleyCommand());
        cli.addSubcommand(new LayoutCommand());
        cli.addSubcommand(new ExportCommand());
        cli.addSubcommand(new CheckCommand());
        cli.addSubcommand(new ImportEditionCommand());
        cli.addSubcommand(new RestoreCommand());
        cli.addSubcommand(new PaperCommand());
        cli.addSubcommand(new StyleCommand());
        cli.addSubcommand(new EditionCommand());
        cli.addSubcommand(new PageCommand());
        cli.addSubcommand(new PlaceCommand());
        cli.addSubcommand(new UnplaceCommand());
        cli.addSubcommand(new CropCommand());
        cli.addSubcommand(new CaptionCommand());
        cli.addSubcommand(new StoryCommand());
        cli.addSubcommand(new ImportPhotoCommand());
        cli.addSubcommand(new WordStylesCommand());
        cli.addSubcommand(new ReplaceCommand());
        cli.addSubcommand(new SearchCommand());
        cli.addSubcommand(new StatusCommand());
        cli.addSubcommand(new ProofCommand());
        cli.addSubcommand(new PeopleCommand());
        cli.addSubcommand(new RulesCommand());
        cli.addSubcommand(new SignoffCommand());
        cli.addSubcommand(new RevisionsCommand());
        cli.addSubcommand(new DiffCommand());
        cli.addSubcommand(new NotesCommand());
        cli.addSubcommand(new LocksCommand());
        cli.addSubcommand(new BackupCommand());
    }
}

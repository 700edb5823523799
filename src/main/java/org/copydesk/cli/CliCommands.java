package org.copydesk.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The list of subcommands, kept in one place so adding a command is one line. A run registers only
 * the command its arguments name: picocli reads every command's annotations by reflection when it
 * is added, and for some thirty commands that was a quarter of a second of a one-second
 * {@code copydesk list}. Without a command name (help, a mistyped command) every command is
 * registered, so the usage and the suggestions list them all.
 */
final class CliCommands {
    /** Command name to a new command; the name is the one in the command's {@code @Command}. */
    static final Map<String, Supplier<Object>> ALL = byName();

    private CliCommands() {
    }

    private static Map<String, Supplier<Object>> byName() {
        var all = new LinkedHashMap<String, Supplier<Object>>();
        // one line per command, e.g. all.put("list", ListCommand::new);
        all.put("sample", SampleCommand::new);
        all.put("import", ImportCommand::new);
        all.put("list", ListCommand::new);
        all.put("galley", GalleyCommand::new);
        all.put("layout", LayoutCommand::new);
        all.put("export", ExportCommand::new);
        all.put("check", CheckCommand::new);
        all.put("import-edition", ImportEditionCommand::new);
        all.put("restore", RestoreCommand::new);
        all.put("paper", PaperCommand::new);
        all.put("style", StyleCommand::new);
        all.put("edition", EditionCommand::new);
        all.put("page", PageCommand::new);
        all.put("place", PlaceCommand::new);
        all.put("unplace", UnplaceCommand::new);
        all.put("crop", CropCommand::new);
        all.put("caption", CaptionCommand::new);
        all.put("story", StoryCommand::new);
        all.put("import-photo", ImportPhotoCommand::new);
        all.put("word-styles", WordStylesCommand::new);
        all.put("replace", ReplaceCommand::new);
        all.put("search", SearchCommand::new);
        all.put("status", StatusCommand::new);
        all.put("proof", ProofCommand::new);
        all.put("people", PeopleCommand::new);
        all.put("rules", RulesCommand::new);
        all.put("signoff", SignoffCommand::new);
        all.put("revisions", RevisionsCommand::new);
        all.put("diff", DiffCommand::new);
        all.put("notes", NotesCommand::new);
        all.put("locks", LocksCommand::new);
        all.put("backup", BackupCommand::new);
        all.put("compact", CompactCommand::new);
        return java.util.Collections.unmodifiableMap(all);
    }

    /** Every command, for help and for a command line that names none. */
    static void register(CommandLine cli) {
        ALL.values().forEach(command -> cli.addSubcommand(command.get()));
    }

    /**
     * The commands {@code args} may name (an option's value that happens to be a command's name
     * only adds that command too), or every command when none is named.
     */
    static void register(CommandLine cli, String... args) {
        List<String> named = Arrays.stream(args).filter(ALL::containsKey).distinct().toList();
        if (named.isEmpty()) {
            register(cli);
            return;
        }
        named.forEach(name -> cli.addSubcommand(ALL.get(name).get()));
    }
}

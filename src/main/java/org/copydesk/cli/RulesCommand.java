package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.copydesk.i18n.Words;
import org.copydesk.model.Role;
import org.copydesk.model.Stage;
import org.copydesk.model.StageRule;
import org.copydesk.model.StageRules;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code copydesk rules show|allow|deny ROLE FROM TO}: the paper's table of who may move a story or
 * page between which stages. Changing it is for admins; admins themselves may make every move.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Show the stage rules (who may move a story or page from which stage to which), or allow or deny a move for a role.",
        subcommands = {RulesCommand.Show.class, RulesCommand.Allow.class, RulesCommand.Deny.class})
final class RulesCommand implements Runnable {
    private static final Words WORDS = Words.ofPackage(RulesCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("command.subcommandRequired"));
    }

    static void print(PrintWriter out, StageRules rules) {
        for (StageRule r : rules.sorted()) {
            out.println(WORDS.format("rules.line", StageWords.shown(r.role()), StageWords.shown(r.from()),
                    StageWords.shown(r.to())));
        }
        out.println(WORDS.format("rules.admin"));
        out.flush();
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the rules, one allowed move a line.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        RulesCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            print(spec.commandLine().getOut(), parent.root.desk().stages().rules(parent.root.repository()));
            return 0;
        }
    }

    /** ROLE FROM TO, shared by allow and deny. */
    abstract static class Change implements Callable<Integer> {
        @ParentCommand
        RulesCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ROLE", converter = StageWords.RoleWord.class,
                description = "reporter, editor or signer.")
        Role role;

        @Parameters(index = "1", paramLabel = "FROM", converter = StageWords.AnyStageWord.class,
                description = "A story stage (draft … spiked) or a proof round (first … clean).")
        Stage from;

        @Parameters(index = "2", paramLabel = "TO", converter = StageWords.AnyStageWord.class,
                description = "A stage of the same kind.")
        Stage to;

        StageRule rule() {
            try {
                return new StageRule(role, from, to);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("rules.badPair",
                        StageWords.shown(from), StageWords.shown(to)));
            }
        }
    }

    @Command(name = "allow", mixinStandardHelpOptions = true, description = "Let a role make a move (admins only).")
    static final class Allow extends Change {
        @Override
        public Integer call() {
            StageRule rule = rule();
            parent.root.desk().stages().allow(parent.root.repository(), rule);
            EditionCommand.print(spec, WORDS.format("rules.allowed", StageWords.shown(role), StageWords.shown(from),
                    StageWords.shown(to)));
            return 0;
        }
    }

    @Command(name = "deny", mixinStandardHelpOptions = true, description = "Stop a role making a move (admins only).")
    static final class Deny extends Change {
        @Override
        public Integer call() {
            StageRule rule = rule();
            parent.root.desk().stages().deny(parent.root.repository(), rule);
            EditionCommand.print(spec, WORDS.format("rules.denied", StageWords.shown(role), StageWords.shown(from),
                    StageWords.shown(to)));
            return 0;
        }
    }
}

package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.copydesk.i18n.Words;
import org.copydesk.model.Person;
import org.copydesk.model.Role;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code copydesk people list|add NAME --role ROLE|set-role NAME ROLE}: the desk's people. Adding and
 * changing roles are for admins (anyone on a database with no people yet, who becomes its admin).
 */
@Command(name = "people", mixinStandardHelpOptions = true,
        description = "List the desk's people, add one, or change someone's role (reporter, editor, signer, admin).",
        subcommands = {PeopleCommand.ListPeople.class, PeopleCommand.Add.class, PeopleCommand.SetRole.class})
final class PeopleCommand implements Runnable {
    private static final Words WORDS = Words.ofPackage(PeopleCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("command.subcommandRequired"));
    }

    static String line(Person p) {
        return WORDS.format("people.line", TerminalText.visible(p.name()), StageWords.shown(p.role()));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Everyone at the desk, with their role.")
    static final class ListPeople implements Callable<Integer> {
        @ParentCommand
        PeopleCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            var people = parent.root.desk().people().list(parent.root.repository());
            if (people.isEmpty()) {
                out.println(WORDS.format("people.none"));
            }
            people.forEach(p -> out.println(line(p)));
            out.flush();
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a person (admins only).")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        PeopleCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "Their name (on a shared server: their database user).")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", converter = StageWords.RoleWord.class,
                description = "reporter, editor, signer or admin (记者, 编辑, 签发人, 管理员).")
        Role role;

        @Override
        public Integer call() {
            Person added = parent.root.desk().people().add(parent.root.repository(), name, role);
            EditionCommand.print(spec, WORDS.format("people.added", line(added)));
            return 0;
        }
    }

    @Command(name = "set-role", mixinStandardHelpOptions = true, description = "Give someone another role (admins only).")
    static final class SetRole implements Callable<Integer> {
        @ParentCommand
        PeopleCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "Their name.")
        String name;

        @Parameters(index = "1", paramLabel = "ROLE", converter = StageWords.RoleWord.class,
                description = "reporter, editor, signer or admin.")
        Role role;

        @Override
        public Integer call() {
            Person changed = parent.root.desk().people().setRole(parent.root.repository(), name, role);
            EditionCommand.print(spec, WORDS.format("people.changed", line(changed)));
            return 0;
        }
    }
}

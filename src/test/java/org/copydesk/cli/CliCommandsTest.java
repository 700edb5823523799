package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.store.InMemoryEditionRepository;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run registers the command it names; help and mistakes still see every command. */
class CliCommandsTest {

    @Test
    void everyCommandIsListedUnderItsOwnName() {
        CliCommands.ALL.forEach((name, command) ->
                assertThat(new CommandLine(command.get()).getCommandName()).as(name).isEqualTo(name));
    }

    @Test
    void aRunRegistersTheCommandItNamesAndAMistakeOrHelpRegistersAll() {
        var repository = new InMemoryEditionRepository();
        CliServices services = new CliServices() {
            @Override
            public OpenedRepository openRepository(java.util.Optional<String> dbOption) {
                return CliServices.borrowed(repository, "test database");
            }

            @Override
            public org.copydesk.typeset.PageComposer composer() {
                throw new IllegalStateException("no type is set here");
            }
        };
        assertThat(CopydeskCommand.commandLineFor(services, "--db", "/tmp/x", "list", "--limit", "5")
                .getSubcommands().keySet()).containsExactly("list");
        assertThat(CopydeskCommand.commandLineFor(services, "--help").getSubcommands().keySet())
                .containsExactlyElementsOf(CliCommands.ALL.keySet());
        assertThat(CopydeskCommand.commandLineFor(services, "lst").getSubcommands()).hasSameSizeAs(CliCommands.ALL);
    }

    @Test
    void aMistypedCommandIsStillAnsweredWithTheCommandsThereAre() {
        var result = CommandRunner.run(new InMemoryEditionRepository(), "lst");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("lst").contains("list");
    }
}

package org.copydesk.cli;

import java.util.Map;
import java.util.Optional;
import org.copydesk.desk.People;
import org.copydesk.model.Person;
import org.copydesk.store.EditionRepository;

/**
 * Who a command-line run acts as: {@code --user}, else {@code COPYDESK_USER}, checked by the desk
 * against the database's people ({@link People#identify}, which on a shared server holds the run to
 * its database user).
 */
final class RunPerson {
    /** The environment variable that names the person when {@code --user} is absent. */
    static final String ENV_VARIABLE = "COPYDESK_USER";

    private final Map<String, String> environment;

    RunPerson(Map<String, String> environment) {
        this.environment = environment;
    }

    /**
     * The person this run acts as, or empty when nothing names one and the database has no people and
     * no database user: then the repository goes on as whoever it already acts as ({@link Person#local()}
     * when freshly opened), with every right.
     */
    Optional<Person> identify(People people, EditionRepository repository, Optional<String> userOption) {
        Optional<String> named = userOption.map(String::strip).filter(s -> !s.isEmpty())
                .or(() -> Optional.ofNullable(environment.get(ENV_VARIABLE)).map(String::strip).filter(s -> !s.isEmpty()));
        if (named.isEmpty() && repository.databaseUser().isEmpty() && repository.people().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(people.identify(repository, named));
    }
}

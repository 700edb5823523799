package org.copydesk.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import org.copydesk.desk.Desk;
import org.copydesk.model.Person;
import org.copydesk.store.EditionRepository;

/**
 * Who works in this window, settled before it opens: the person who worked last on this machine and
 * database (kept in the user's preferences), else the answer to {@link SignInDialog}; on a database
 * with no people the answer becomes its first person and admin. On a shared server the database user
 * is the person. The repository then acts as them ({@link EditionRepository#actAs}).
 */
public final class SignIn {
    private final EditionRepository repository;
    private final Desk desk;
    private final Preferences preferences;
    private final String key;

    /** @param databaseDescription where the data lives: each database remembers its own last person */
    public SignIn(EditionRepository repository, Desk desk, Preferences preferences, String databaseDescription) {
        this.repository = repository;
        this.desk = desk;
        this.preferences = preferences;
        this.key = "lastPerson." + Integer.toHexString(databaseDescription.hashCode());
    }

    /** The preferences node Copydesk remembers the last person in. */
    public static Preferences userPreferences() {
        return Preferences.userRoot().node("org/copydesk/people");
    }

    /**
     * Settles who is working, asking when needed; empty when the user cancelled the question. Not on
     * the FX thread: it reads the database here and waits for the dialog.
     */
    public Optional<Person> atStart() {
        return atStart(Optional.empty());
    }

    /**
     * As {@link #atStart()}, but a name given at launch ({@code COPYDESK_USER}, as for the CLI) is taken
     * without a question when it is one of the desk's people, so a shared workstation's script or a
     * benchmark can open the window unattended. An unknown name is only the question's suggestion.
     */
    public Optional<Person> atStart(Optional<String> named) {
        if (repository.databaseUser().isPresent()) {
            return Optional.of(act(serverPerson()));
        }
        List<Person> people = desk.people().list(repository);
        Optional<String> asked = named.map(String::strip).filter(n -> !n.isEmpty());
        Optional<Person> given = asked.flatMap(name -> people.stream().filter(p -> p.name().equals(name)).findFirst());
        if (given.isPresent()) {
            preferences.put(key, given.get().name());
            return Optional.of(act(given.get()));
        }
        Optional<Person> remembered = Optional.ofNullable(preferences.get(key, null))
                .flatMap(name -> people.stream().filter(p -> p.name().equals(name)).findFirst());
        if (remembered.isPresent()) {
            return Optional.of(act(remembered.get()));
        }
        return askOnFxThread(people).map(this::settle);
    }

    /** The name answered to the dialog as a person of this desk: the first person is added as admin. */
    Person settle(String name) {
        List<Person> people = desk.people().list(repository);
        Person person = people.isEmpty() ? desk.people().addFirst(repository, name)
                : desk.people().identify(repository, Optional.of(name));
        preferences.put(key, person.name());
        return act(person);
    }

    /** The server's database user, added as the first person (admin) of a database with none. */
    private Person serverPerson() {
        if (desk.people().list(repository).isEmpty()) {
            return desk.people().addFirst(repository, repository.databaseUser().orElseThrow());
        }
        return desk.people().identify(repository, Optional.empty());
    }

    private Person act(Person person) {
        repository.actAs(person);
        return person;
    }

    String suggestedName() {
        return Optional.ofNullable(preferences.get(key, null)).orElse(Person.local().name());
    }

    /** The desk's people, for the switch-user question (FX thread callers read them in a task). */
    List<Person> people() {
        return desk.people().list(repository);
    }

    boolean canSwitch() {
        return repository.databaseUser().isEmpty();
    }

    private Optional<String> askOnFxThread(List<Person> people) {
        var answer = new CompletableFuture<Optional<String>>();
        FxStartup.ensureStarted();
        Platform.runLater(() -> {
            try {
                BundledFace.beforeMainWindow();
                answer.complete(new SignInDialog(UiText.forSystem(), null, people, suggestedName()).ask());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.join();
    }
}

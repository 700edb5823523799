package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.copydesk.desk.Desk;
import org.copydesk.desk.People;
import org.copydesk.model.Person;
import org.copydesk.model.Role;
import org.copydesk.store.InMemoryEditionRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Who is working: asked on the first run, remembered after, chosen from the desk's people otherwise. */
@ExtendWith(ApplicationExtension.class)
class SignInTest {
    private final InMemoryEditionRepository repository = FixtureEdition.repository();
    private final Desk desk = Desk.around(TestWindow.COMPOSER);
    private final Preferences preferences = Preferences.userRoot().node("copydesk-test/" + UUID.randomUUID());

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    @Test
    void theFirstRunAsksANameMakesThemTheAdminAndTheNextStartDoesNotAsk(FxRobot robot) throws Exception {
        var signIn = new SignIn(repository, desk, preferences, "db-1");
        CompletableFuture<Optional<Person>> answer = CompletableFuture.supplyAsync(signIn::atStart);

        TestWindow.waitUntilShowing(robot, "#signin-ok");
        ComboBox<String> name = robot.lookup("#signin-name").query();
        Label role = robot.lookup("#signin-role").query();
        assertThat(name.isEditable()).as("a new database asks for a name").isTrue();
        assertThat(role.getText()).isEqualTo(People.roleName(Role.ADMIN));
        robot.interact(() -> name.getEditor().setText("王主编"));
        robot.clickOn("#signin-ok");

        Person first = new Person("王主编", Role.ADMIN);
        assertThat(answer.get(10, TimeUnit.SECONDS)).contains(first);
        assertThat(repository.people()).containsExactly(first);
        assertThat(repository.person()).isEqualTo(first);

        repository.actAs(Person.local());
        assertThat(new SignIn(repository, desk, preferences, "db-1").atStart()).as("remembered: no question")
                .contains(first);
        assertThat(repository.person()).isEqualTo(first);
    }

    @Test
    void withPeopleAndNoOneRememberedItOffersThemToChooseFrom(FxRobot robot) throws Exception {
        repository.addPerson(new Person("王主编", Role.ADMIN));
        repository.addPerson(new Person("李记者", Role.REPORTER));
        CompletableFuture<Optional<Person>> answer = CompletableFuture.supplyAsync(
                new SignIn(repository, desk, preferences, "db-2")::atStart);

        TestWindow.waitUntilShowing(robot, "#signin-ok");
        ComboBox<String> name = robot.lookup("#signin-name").query();
        assertThat(name.isEditable()).isFalse();
        assertThat(name.getItems()).isEqualTo(List.of("王主编", "李记者"));
        robot.interact(() -> name.setValue("李记者"));
        assertThat(robot.lookup("#signin-role").queryAs(Label.class).getText()).isEqualTo(People.roleName(Role.REPORTER));
        robot.clickOn("#signin-ok");

        assertThat(answer.get(10, TimeUnit.SECONDS)).contains(new Person("李记者", Role.REPORTER));
        assertThat(repository.person().name()).isEqualTo("李记者");
        assertThat(preferences.get("lastPerson." + Integer.toHexString("db-2".hashCode()), null)).isEqualTo("李记者");
    }

    @Test
    void aNameGivenAtLaunchThatIsOneOfThePeopleOpensWithoutAQuestion() {
        repository.addPerson(new Person("王主编", Role.ADMIN));
        repository.addPerson(new Person("李记者", Role.REPORTER));

        assertThat(new SignIn(repository, desk, preferences, "db-3").atStart(Optional.of(" 李记者 ")))
                .contains(new Person("李记者", Role.REPORTER));
        assertThat(repository.person().name()).isEqualTo("李记者");
        assertThat(preferences.get("lastPerson." + Integer.toHexString("db-3".hashCode()), null))
                .as("remembered like an answer").isEqualTo("李记者");
    }
}

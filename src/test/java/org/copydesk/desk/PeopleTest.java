package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Optional;
import org.copydesk.model.Person;
import org.copydesk.model.Role;
import org.copydesk.store.InMemoryEditionRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Naming the person a run acts as, and the people list only an admin keeps. */
class PeopleTest {
    private final InMemoryEditionRepository repository = PlanningFixtures.repository(1);
    private final People people = PlanningFixtures.desk().people();
    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void aDatabaseWithNoPeopleActsAsTheLocalUserWithEveryRight() {
        assertThat(people.identify(repository, Optional.empty())).isEqualTo(Person.local());
        assertThat(people.identify(repository, Optional.of("王主编"))).isEqualTo(new Person("王主编", Role.ADMIN));
    }

    @Test
    void onceThereArePeopleAnUnknownNameIsRefusedNamingThoseKnown() {
        people.addFirst(repository, "王主编");
        repository.actAs(new Person("王主编", Role.ADMIN));
        people.add(repository, "李记者", Role.REPORTER);

        assertThat(people.identify(repository, Optional.of("李记者"))).isEqualTo(new Person("李记者", Role.REPORTER));
        assertThatThrownBy(() -> people.identify(repository, Optional.of("无名")))
                .isInstanceOf(OperationRefusedException.class)
                .hasMessageContaining("无名 is not one of this desk's people (known: 王主编, 李记者)");
        assertThatThrownBy(() -> people.identify(repository, Optional.empty()))
                .hasMessageContaining("--user NAME or COPYDESK_USER");
    }

    @Test
    void theFirstPersonIsTheAdminAndOnlyAnAdminAddsOrChangesPeople() {
        assertThat(people.addFirst(repository, "王主编")).isEqualTo(new Person("王主编", Role.ADMIN));
        assertThatThrownBy(() -> people.addFirst(repository, "又一人")).isInstanceOf(OperationRefusedException.class);

        repository.actAs(new Person("王主编", Role.ADMIN));
        people.add(repository, "张编辑", Role.EDITOR);
        repository.actAs(new Person("张编辑", Role.EDITOR));
        assertThatThrownBy(() -> people.add(repository, "李记者", Role.REPORTER))
                .hasMessage("only an admin may change the desk's people; 张编辑 is editor");
        assertThatThrownBy(() -> people.setRole(repository, "张编辑", Role.ADMIN)).isInstanceOf(OperationRefusedException.class);

        repository.actAs(new Person("王主编", Role.ADMIN));
        assertThat(people.setRole(repository, "张编辑", Role.SIGNER)).isEqualTo(new Person("张编辑", Role.SIGNER));
        assertThatThrownBy(() -> people.add(repository, "张编辑", Role.EDITOR)).hasMessageContaining("already");
        assertThat(people.list(repository)).containsExactly(new Person("王主编", Role.ADMIN), new Person("张编辑", Role.SIGNER));
    }

    @Test
    void addingSomeoneElseFirstMakesTheLocalUserTheAdmin() {
        people.add(repository, "李记者", Role.REPORTER);
        assertThat(people.list(repository)).containsExactly(new Person(Person.local().name(), Role.ADMIN),
                new Person("李记者", Role.REPORTER));
    }
}

package org.copydesk.desk;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.copydesk.i18n.Words;
import org.copydesk.model.Person;
import org.copydesk.model.Role;
import org.copydesk.store.EditionRepository;

/**
 * Who works at the desk: naming the person a run acts as, and the people list an admin keeps. On a
 * database with no people yet everyone acts as {@link Person#local()} (a single user's embedded
 * database); the first person added becomes its admin.
 */
public final class People {
    private static final Words WORDS = Words.ofPackage(People.class);

    People() {
    }

    /** Everyone at the desk, the first added first. */
    public List<Person> list(EditionRepository repository) {
        return repository.people();
    }

    /**
     * The person a run acts as. {@code name} is what the user gave (--user, COPYDESK_USER, a login);
     * on a shared server it is the database user the repository connected as, and another name is
     * refused. Without one, the system's user name is tried. A database with no
     * people yet acts as {@link Person#local()} whatever the name; otherwise an unknown name is refused.
     */
    public Person identify(EditionRepository repository, Optional<String> given) {
        Optional<String> name = given;
        Optional<String> databaseUser = repository.databaseUser();
        if (databaseUser.isPresent()) {
            // On a shared server the connection says who is working; a name that says otherwise is a mistake.
            if (name.isPresent() && !name.get().strip().equalsIgnoreCase(databaseUser.get())) {
                throw new OperationRefusedException(WORDS.format("people.notDatabaseUser", name.get().strip(),
                        databaseUser.get()));
            }
            name = databaseUser;
        }
        List<Person> people = repository.people();
        if (people.isEmpty()) {
            return name.map(String::strip).filter(n -> !n.isEmpty())
                    .map(n -> new Person(n, Role.ADMIN)).orElseGet(Person::local);
        }
        boolean named = name.isPresent();
        String wanted = name.map(String::strip).filter(n -> !n.isEmpty()).orElse(Person.local().name());
        return people.stream().filter(p -> p.name().equals(wanted)).findFirst().orElseThrow(() ->
                new OperationRefusedException(named
                        ? WORDS.format("people.unknownName", wanted, known(people))
                        : WORDS.format("people.nameYourself", wanted, known(people))));
    }

    /**
     * The first person of a database with no people (the window's first-run question): added as its
     * admin, whatever else they do, so someone can always keep the people and the rules.
     */
    public Person addFirst(EditionRepository repository, String name) {
        if (!repository.people().isEmpty()) {
            throw new OperationRefusedException(WORDS.format("people.notFirst"));
        }
        Person first = new Person(name, Role.ADMIN);
        repository.addPerson(first);
        return first;
    }

    /** Adds a person (admins only; anyone on a database with no people, who then is its first admin). */
    public Person add(EditionRepository repository, String name, Role role) {
        Person person = new Person(name, role);
        if (repository.people().isEmpty()) {
            if (role != Role.ADMIN) {
                // The first person keeps the list: add them as admin first, then the colleague.
                Person first = repository.person();
                repository.addPerson(new Person(first.name(), Role.ADMIN));
            }
        } else {
            requireAdmin(repository, WORDS.format("people.editPeople"));
        }
        if (repository.findPerson(person.name()).isPresent()) {
            throw new OperationRefusedException(WORDS.format("people.exists", person.name()));
        }
        repository.addPerson(person);
        return person;
    }

    /** Gives someone another role (admins only). */
    public Person setRole(EditionRepository repository, String name, Role role) {
        requireAdmin(repository, WORDS.format("people.editPeople"));
        if (repository.findPerson(name.strip()).isEmpty()) {
            throw new OperationRefusedException(WORDS.format("people.unknownName", name.strip(), known(repository.people())));
        }
        return repository.setRole(name.strip(), role);
    }

    /** Refuses {@code what} unless the person acting is an admin. */
    static void requireAdmin(EditionRepository repository, String what) {
        Person person = repository.person();
        if (person.role() != Role.ADMIN) {
            throw new OperationRefusedException(WORDS.format("people.adminOnly", what, person.name(), roleName(person.role())));
        }
    }

    /** A role's name in the user's language: 记者, 编辑, 签发人, 管理员. */
    public static String roleName(Role role) {
        return switch (role) {
            case REPORTER -> WORDS.format("role.REPORTER");
            case EDITOR -> WORDS.format("role.EDITOR");
            case SIGNER -> WORDS.format("role.SIGNER");
            case ADMIN -> WORDS.format("role.ADMIN");
        };
    }

    private static String known(List<Person> people) {
        return people.stream().map(Person::name).collect(Collectors.joining(", "));
    }
}

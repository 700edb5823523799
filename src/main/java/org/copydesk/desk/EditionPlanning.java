package org.copydesk.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.store.EditionRepository;

/**
 * Planning editions: a new edition (empty, or with the page plan of an earlier one), its name, date
 * and issue number, and deleting it. Every change is one repository call, so one transaction.
 */
public final class EditionPlanning {
    private static final Words WORDS = Words.ofPackage(EditionPlanning.class);
    /** As many characters as the {@code editions.name} column holds. */
    static final int MAX_NAME = 200;
    /** A plan of more pages than any paper prints is a typing slip. */
    static final int MAX_PAGES = 200;
    /** Pages of a new edition when neither a count nor an earlier edition is given. */
    public static final int DEFAULT_PAGES = 4;

    private final EditionLoading loading;

    EditionPlanning(EditionLoading loading) {
        this.loading = Objects.requireNonNull(loading, "loading");
    }

    /**
     * What a new edition is made from; every empty value is proposed by {@link #create}.
     *
     * @param date        the publication date
     * @param issueNumber 总第N期; empty: one after the highest so far (1 in an empty database)
     * @param pages       how many pages; empty: as many as {@code like} has, else {@link #DEFAULT_PAGES}
     * @param like        an edition id (or {@code latest}) whose page plan to copy: each page's 版名
     *                    and spec, not its stories or photos
     * @param name        the paper's name; empty: {@code like}'s, else the one in the paper's settings
     * @param spec        every page's spec; empty: {@code like}'s page by page, else the paper's default
     */
    public record NewEdition(LocalDate date, OptionalInt issueNumber, OptionalInt pages, Optional<String> like,
                             Optional<String> name, Optional<PageSpec> spec) {
        public NewEdition {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(issueNumber, "issueNumber");
            Objects.requireNonNull(pages, "pages");
            Objects.requireNonNull(like, "like");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(spec, "spec");
        }

        /** An edition on {@code date} with everything else proposed. */
        public static NewEdition on(LocalDate date) {
            return new NewEdition(date, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
    }

    /** The issue number a new edition gets unless told otherwise: one after the highest so far. */
    public int proposedIssueNumber(EditionRepository repository) {
        return repository.editions().stream().mapToInt(Edition::issueNumber).max().orElse(0) + 1;
    }

    /** The name a new edition gets unless told otherwise: the paper's, from its settings. */
    public Optional<String> proposedName(EditionRepository repository) {
        return Optional.of(repository.paperSettings().name()).filter(name -> !name.isBlank())
                .or(() -> repository.latestEdition().map(Edition::name));
    }

    /** The page spec new pages get unless told otherwise: the paper's default. */
    public PageSpec proposedSpec(EditionRepository repository) {
        return PageSpec.preset(repository.paperSettings().defaultSpecName()).orElse(PageSpec.broadsheet());
    }

    /** Makes the edition, its pages numbered 1..N, and returns it as stored. */
    public EditionContent create(EditionRepository repository, NewEdition request) {
        Optional<EditionContent> like = request.like().map(id -> loading.load(repository, id));
        String name = request.name().or(() -> like.map(c -> c.edition().name()))
                .or(() -> proposedName(repository))
                .orElseThrow(() -> new OperationRefusedException(WORDS.format("plan.nameNeeded")));
        int issue = request.issueNumber().orElseGet(() -> proposedIssueNumber(repository));
        int count = request.pages().orElse(like.map(c -> c.pages().size()).filter(n -> n > 0).orElse(DEFAULT_PAGES));
        checkName(name);
        checkIssue(issue);
        if (count < 1 || count > MAX_PAGES) {
            throw new OperationRefusedException(WORDS.format("plan.pageCount", count, MAX_PAGES));
        }
        Edition edition = new Edition(UUID.randomUUID().toString(), name.strip(), request.date(), issue);
        PageSpec paperSpec = proposedSpec(repository);
        List<Page> pages = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            int place = number;
            Optional<Page> model = like.flatMap(c -> likePage(c, place));
            String section = model.map(Page::section).orElse("");
            // A page made like an older edition's keeps its size and grid; its margins are balanced
            // (decision 0031), so editions made before that do not carry the old foot forward.
            PageSpec spec = request.spec().or(() -> model.map(Page::spec).map(PageSpec::balanced))
                    .or(() -> like.flatMap(c -> c.pages().stream().reduce((a, b) -> b)).map(Page::spec).map(PageSpec::balanced))
                    .orElse(paperSpec);
            pages.add(new Page(UUID.randomUUID().toString(), edition.id(), number, section, spec, List.of()));
        }
        EditionContent content = new EditionContent(edition, pages, List.of(), List.of());
        repository.insertEdition(content);
        return loading.load(repository, edition.id());
    }

    /** Gives an edition another name. */
    public Edition rename(EditionRepository repository, String editionId, String name) {
        Edition edition = loading.find(repository, editionId);
        checkName(name);
        Edition renamed = new Edition(edition.id(), name.strip(), edition.publicationDate(), edition.issueNumber());
        repository.updateEdition(renamed);
        return renamed;
    }

    /** Gives an edition another publication date and, when {@code issueNumber} is given, another 总第N期. */
    public Edition redate(EditionRepository repository, String editionId, LocalDate date, OptionalInt issueNumber) {
        Edition edition = loading.find(repository, editionId);
        int issue = issueNumber.orElse(edition.issueNumber());
        checkIssue(issue);
        Edition redated = new Edition(edition.id(), edition.name(), Objects.requireNonNull(date, "date"), issue);
        repository.updateEdition(redated);
        return redated;
    }

    /** The signed-off (签发) stories of an edition: what {@link #delete} refuses to throw away unforced. */
    public List<Article> signedOffStories(EditionRepository repository, String editionId) {
        return loading.load(repository, editionId).articles().stream()
                .filter(a -> a.status() == ArticleStatus.SIGNED_OFF).toList();
    }

    /**
     * Deletes an edition with its pages, stories and photos. Refuses, deleting nothing, when a story
     * in it is signed off, unless {@code force}: those are stories the desk has passed for print.
     */
    public void delete(EditionRepository repository, String editionId, boolean force) {
        EditionContent content = loading.load(repository, editionId);
        List<Article> signedOff = content.articles().stream().filter(a -> a.status() == ArticleStatus.SIGNED_OFF).toList();
        if (!signedOff.isEmpty() && !force) {
            throw new OperationRefusedException(WORDS.format("plan.deleteSignedOff", Described.edition(content.edition()),
                    signedOff.size(), String.join(WORDS.format("list.separator"),
                            signedOff.stream().map(Described::story).toList())));
        }
        repository.deleteEdition(content.edition().id());
    }

    /** The page in the {@code number}th place of the earlier edition, if it has that many. */
    private static Optional<Page> likePage(EditionContent like, int number) {
        return number <= like.pages().size() ? Optional.of(like.pages().get(number - 1)) : Optional.empty();
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new OperationRefusedException(WORDS.format("plan.badName", MAX_NAME));
        }
    }

    private static void checkIssue(int issue) {
        if (issue < 1) {
            throw new OperationRefusedException(WORDS.format("plan.badIssue", issue));
        }
    }
}

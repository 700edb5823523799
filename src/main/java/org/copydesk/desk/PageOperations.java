package org.copydesk.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.copydesk.i18n.Words;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.store.EditionRepository;

/**
 * An edition's pages: adding, moving, naming and deleting one. Pages are renumbered 1..N after each
 * change and saved together in one transaction. Frames stay with their page, so a story running
 * over two pages keeps its parts; its 下转/上接 lines name the pages' new numbers because the composer
 * reads them from the pages when it sets the jump lines.
 */
public final class PageOperations {
    private static final Words WORDS = Words.ofPackage(PageOperations.class);

    private final EditionLoading loading;

    PageOperations(EditionLoading loading) {
        this.loading = Objects.requireNonNull(loading, "loading");
    }

    /**
     * Adds an empty page after page {@code after} (0: in front of page 1) with 版名 {@code section}.
     * Its spec is {@code spec}, else that of the page it follows (of page 1 when it goes in front).
     *
     * @return the edition as stored afterwards
     */
    public EditionContent add(EditionRepository repository, String editionId, int after, String section,
                              Optional<PageSpec> spec) {
        EditionContent content = loading.load(repository, editionId);
        List<Page> pages = new ArrayList<>(content.pages());
        if (after < 0 || after > pages.size()) {
            throw new OperationRefusedException(WORDS.format("page.noPlace", after, pages.size()));
        }
        checkSection(section);
        PageSpec chosen = spec.orElseGet(() -> pages.isEmpty() ? PageSpec.broadsheet()
                : pages.get(Math.max(0, after - 1)).spec());
        pages.add(after, new Page(UUID.randomUUID().toString(), content.edition().id(), after + 1,
                section == null ? "" : section.strip(), chosen, List.of()));
        return save(repository, content, pages);
    }

    /**
     * Who changed page {@code pageId}'s make-up (frames, section, settings), added, renumbered or
     * deleted it, and when, oldest first: what the store recorded with each write.
     */
    public List<org.copydesk.model.PageChange> changes(EditionRepository repository, String editionId, String pageId) {
        return repository.pageChanges(editionId).stream().filter(change -> change.pageId().equals(pageId)).toList();
    }

    /** Moves page {@code number} so that it becomes page {@code to}; the pages between shift by one. */
    public EditionContent move(EditionRepository repository, String editionId, int number, int to) {
        EditionContent content = loading.load(repository, editionId);
        List<Page> pages = new ArrayList<>(content.pages());
        int from = index(content, number);
        if (to < 1 || to > pages.size()) {
            throw new OperationRefusedException(WORDS.format("page.noSuchPlace", to, pages.size()));
        }
        pages.add(to - 1, pages.remove(from));
        return save(repository, content, pages);
    }

    /** Gives page {@code number} the 版名 {@code section}. */
    public EditionContent rename(EditionRepository repository, String editionId, int number, String section) {
        EditionContent content = loading.load(repository, editionId);
        checkSection(section);
        List<Page> pages = new ArrayList<>(content.pages());
        int at = index(content, number);
        Page page = pages.get(at);
        pages.set(at, new Page(page.id(), page.editionId(), page.number(), section.strip(), page.spec(), page.placements(),
                page.proofRound()));
        return save(repository, content, pages);
    }

    /**
     * Deletes page {@code number} with its frames: the stories and photos on it stay in the edition,
     * unplaced. Refuses to delete an edition's only page.
     */
    public EditionContent delete(EditionRepository repository, String editionId, int number) {
        EditionContent content = loading.load(repository, editionId);
        int at = index(content, number);
        if (content.pages().size() == 1) {
            throw new OperationRefusedException(WORDS.format("page.lastOne", number, Described.edition(content.edition())));
        }
        List<Page> pages = new ArrayList<>(content.pages());
        pages.remove(at);
        return save(repository, content, pages);
    }

    /** Where page {@code number} is in the edition's list; refused when there is no such page. */
    private static int index(EditionContent content, int number) {
        for (int i = 0; i < content.pages().size(); i++) {
            if (content.pages().get(i).number() == number) {
                return i;
            }
        }
        throw new OperationRefusedException(WORDS.format("page.none", number, Described.edition(content.edition()),
                content.pages().size()));
    }

    private static void checkSection(String section) {
        if (section != null && section.strip().length() > EditionPlanning.MAX_NAME) {
            throw new OperationRefusedException(WORDS.format("page.longSection", EditionPlanning.MAX_NAME));
        }
    }

    /** Numbers {@code pages} 1..N in their order and saves them in place of the edition's pages. */
    private EditionContent save(EditionRepository repository, EditionContent before, List<Page> pages) {
        List<Page> numbered = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            numbered.add(pages.get(i).withNumber(i + 1));
        }
        repository.replacePages(before.edition().id(), before.pages(), numbered);
        return loading.load(repository, before.edition().id());
    }
}

package org.copydesk.desk;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.Checkout;
import org.copydesk.model.Person;
import org.copydesk.model.Role;
import org.copydesk.store.CheckoutStore;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.EditionRepository;
import org.copydesk.store.StaleArticleException;

/**
 * One Copydesk of {@link MultiProcessDeskTest}: on a shared PostgreSQL database, for a given time,
 * it works stories at random as a desk does. On the "desk" stories every write goes through a
 * check-out (an edit saved by autosave, or a stage move through {@link Stages#moveStory}, which the
 * stage rules govern: workers are reporters, editors and signers in turn and make only the moves the
 * default rules give their role);
 * on the "free" stories it writes without one, as a second window on a story the first has open, so
 * versions must catch the conflicts. After each write returns it prints an acknowledgement:
 *
 * <pre>
 * SAVED story version marker     an edit, stored as that version
 * STATUS story version STATUS    a status move, stored as that version
 * STALE story desk|free          a write refused because someone saved in between
 * REFUSED story                  a check-out refused: someone else holds it
 * RULED story                    a stage move the rules no longer allow (the stage changed meanwhile)
 * DONE takes refusals            at the end, after giving up every check-out
 * </pre>
 *
 * <p>Arguments: JDBC URL, worker number, seed, milliseconds to work, desk story ids (comma
 * separated), free story ids.
 */
public final class DeskWorkload {
    private final EditionRepository repository;
    private final Desk desk = Desk.lazily(() -> {
        throw new IllegalStateException("the workload sets no type");
    });
    private final int worker;
    private final Role role;
    private final Random random;
    private final PrintStream out;
    private int operation;
    private int takes;
    private int refusals;

    private DeskWorkload(EditionRepository repository, int worker, long seed, PrintStream out) {
        this.repository = repository;
        this.worker = worker;
        this.role = role(worker);
        this.random = new Random(seed);
        this.out = out;
    }

    public static void main(String[] args) {
        var out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int worker = Integer.parseInt(args[1]);
        try (Database database = Database.open(DatabaseLocation.resolve(Optional.of(args[0]), Map.of()))) {
            database.repository().actAs(person(worker));
            var workload = new DeskWorkload(database.repository(), worker, Long.parseLong(args[2]), out);
            workload.run(Long.parseLong(args[3]), List.of(args[4].split(",")), List.of(args[5].split(",")));
        }
        out.flush();
    }

    /** Who worker {@code worker} is: a reporter, an editor or a signer, in turn. */
    static Person person(int worker) {
        return new Person(switch (role(worker)) {
            case REPORTER -> "记者";
            case SIGNER -> "签发";
            default -> "编辑";
        } + worker, role(worker));
    }

    private static Role role(int worker) {
        return switch (worker % 3) {
            case 0 -> Role.REPORTER;
            case 1 -> Role.EDITOR;
            default -> Role.SIGNER;
        };
    }

    private void run(long millis, List<String> deskStories, List<String> freeStories) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            operation++;
            int roll = random.nextInt(100);
            if (roll < 55) {
                underCheckout(pick(deskStories), this::edit);
            } else if (roll < 80) {
                underCheckout(pick(deskStories), this::moveStatus);
            } else if (roll < 92) {
                free(pick(freeStories), this::edit);
            } else {
                free(pick(freeStories), this::pickStatus);
            }
        }
        desk.checkouts().releaseAll(repository);
        ack("DONE " + takes + " " + refusals);
    }

    private String pick(List<String> stories) {
        return stories.get(random.nextInt(stories.size()));
    }

    /** A story opened for editing: checked out, written, given up. */
    private void underCheckout(String storyId, java.util.function.Consumer<String> write) {
        var subject = Checkout.Subject.story(storyId);
        if (desk.checkouts().take(repository, subject) instanceof CheckoutStore.Taking.Refused) {
            refusals++;
            ack("REFUSED " + storyId);
            return;
        }
        takes++;
        try {
            try {
                write.accept(storyId);
            } catch (StaleArticleException e) {
                ack("STALE " + storyId + " desk");
            } catch (OperationRefusedException e) {
                // A writer without a check-out moved the story's stage since this one read it: the
                // move it chose is no longer one the rules give it. Nothing was written.
                ack("RULED " + storyId);
            }
        } finally {
            desk.checkouts().release(repository, subject);
        }
    }

    /** A write without a check-out: the versions alone guard it. */
    private void free(String storyId, java.util.function.Consumer<String> write) {
        try {
            write.accept(storyId);
        } catch (StaleArticleException e) {
            ack("STALE " + storyId + " free");
        } catch (OperationRefusedException e) {
            ack("RULED " + storyId);
        }
    }

    /** The editor's autosave: read, type a little (a pause in which others may save), save. */
    private void edit(String storyId) {
        Article current = desk.stories().find(repository, storyId);
        pause();
        String marker = "w" + worker + "o" + operation;
        List<Block> body = new ArrayList<>(current.body());
        body.add(new Block.Paragraph("补充" + marker + "。"));
        if (body.size() > 8) {
            body.remove(body.size() > 1 ? 1 : 0);
        }
        Article saved = repository.saveArticle(current.withBody(body));
        ack("SAVED " + storyId + " " + saved.version() + " " + marker);
    }

    /** A stage move through the desk (the window's Story menu, {@code copydesk status}), under the check-out. */
    private void moveStatus(String storyId) {
        Article before = desk.stories().find(repository, storyId);
        Optional<ArticleStatus> to = nextStage(before.status());
        if (to.isPresent()) {
            Article after = desk.stages().moveStory(repository, storyId, to.get());
            ack("STATUS " + storyId + " " + after.version() + " " + to.get().name());
        }
    }

    /**
     * The editor's stage list, picked with no check-out (a second window on the story): read, pick, and
     * the desk's move, which the story's version guards as any save.
     */
    private void pickStatus(String storyId) {
        Article before = desk.stories().find(repository, storyId);
        Optional<ArticleStatus> to = nextStage(before.status());
        pause();
        if (to.isPresent()) {
            Article after = desk.stages().moveStory(repository, storyId, to.get());
            ack("STATUS " + storyId + " " + after.version() + " " + to.get().name());
        }
    }

    /** One of the moves the stage rules give this worker's role from {@code now}, never a spike. */
    private Optional<ArticleStatus> nextStage(ArticleStatus now) {
        List<ArticleStatus> moves = repository.stageRules().movesFrom(role, now).stream()
                .filter(ArticleStatus.class::isInstance).map(ArticleStatus.class::cast)
                .filter(s -> s != ArticleStatus.SPIKED && s != now).toList();
        return moves.isEmpty() ? Optional.empty() : Optional.of(moves.get(random.nextInt(moves.size())));
    }

    private void pause() {
        try {
            Thread.sleep(random.nextInt(20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void ack(String line) {
        out.println(line);
        out.flush();
    }
}

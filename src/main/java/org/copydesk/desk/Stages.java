package org.copydesk.desk;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Person;
import org.copydesk.model.ProofRound;
import org.copydesk.model.Role;
import org.copydesk.model.Stage;
import org.copydesk.model.StageMove;
import org.copydesk.model.StageRule;
import org.copydesk.model.StageRules;
import org.copydesk.store.ArticleRevision;
import org.copydesk.store.EditionRepository;

/**
 * The one place a story's stage (草稿 → 待编 → 编辑中 → 待审 → 已签发, 撤稿) or a page's proof round
 * (初校 → 二校 → 三校 → 清样) changes, for the window and the CLI alike. Every move is checked against
 * the paper's stage rules for the person the repository acts as ({@link EditionRepository#person()});
 * a refused move says who may make it. Every move made is recorded with who and when.
 */
public final class Stages {
    private static final Words WORDS = Words.ofPackage(Stages.class);

    private final EditionLoading loading;

    Stages(EditionLoading loading) {
        this.loading = Objects.requireNonNull(loading, "loading");
    }

    /** Moves the story to stage {@code to} if the rules let the person acting make that move. */
    public Article moveStory(EditionRepository repository, String articleId, ArticleStatus to) {
        Article story = repository.article(articleId).orElseThrow(() ->
                new OperationRefusedException(WORDS.format("stage.unknownStory", articleId)));
        if (story.status() == to) {
            throw new OperationRefusedException(WORDS.format("stage.already", Described.story(story), name(to)));
        }
        requireAllowed(repository, story.status(), to, Described.story(story));
        return repository.moveStage(story.id(), story.version(), to);
    }

    /**
     * Brings a spiked story back to the stage it had before it was spiked (a draft when it never had
     * another), under the same rules as any move.
     */
    public Article restore(EditionRepository repository, String articleId) {
        Article story = repository.article(articleId).orElseThrow(() ->
                new OperationRefusedException(WORDS.format("stage.unknownStory", articleId)));
        if (story.status() != ArticleStatus.SPIKED) {
            throw new OperationRefusedException(WORDS.format("stage.notSpiked", Described.story(story)));
        }
        // The recorded move into 撤稿 says where it came from; a story spiked before moves were recorded
        // goes back to the status of its newest revision that was not spiked.
        List<StageMove> moves = repository.stageMoves(Stage.Kind.STORY, story.id());
        ArticleStatus before = moves.stream().filter(m -> m.to() == ArticleStatus.SPIKED).reduce((a, b) -> b)
                .map(m -> (ArticleStatus) m.from())
                .orElseGet(() -> repository.revisions(story.id()).stream()
                        .map(ArticleRevision::article).map(Article::status)
                        .filter(status -> status != ArticleStatus.SPIKED)
                        .findFirst().orElse(ArticleStatus.DRAFT));
        return moveStory(repository, articleId, before);
    }

    /** Moves page {@code pageNumber} of the edition {@code editionId} names to proof round {@code to}. */
    public Page moveProof(EditionRepository repository, String editionId, int pageNumber, ProofRound to) {
        EditionContent content = loading.load(repository, editionId);
        Page page = content.pages().stream().filter(p -> p.number() == pageNumber).findFirst().orElseThrow(() ->
                new OperationRefusedException(WORDS.format("stage.noPage", pageNumber, content.edition().id(),
                        content.pages().size())));
        String what = WORDS.format("stage.page", pageNumber);
        if (page.proofRound() == to) {
            throw new OperationRefusedException(WORDS.format("stage.already", what, name(to)));
        }
        requireAllowed(repository, page.proofRound(), to, what);
        repository.moveProofRound(page.id(), page.proofRound(), to);
        return page.withProofRound(to);
    }

    /** The moves the person acting may make from {@code from}, in the stages' order. */
    public List<Stage> allowedMoves(StageRules rules, Person person, Stage from) {
        return rules.movesFrom(person.role(), from);
    }

    /**
     * The usual next step forward from {@code from} (草稿 → 待编 → 编辑中 → 待审 → 已签发, 初校 → 二校 →
     * 三校 → 清样), when the person may make it; what a window's one-key "send on" does.
     */
    public java.util.Optional<Stage> forward(StageRules rules, Person person, Stage from) {
        Stage next;
        if (from instanceof ArticleStatus s) {
            next = switch (s) {
                case DRAFT -> ArticleStatus.SUBMITTED;
                case SUBMITTED -> ArticleStatus.EDITING;
                case EDITING -> ArticleStatus.FOR_REVIEW;
                case FOR_REVIEW -> ArticleStatus.SIGNED_OFF;
                case SIGNED_OFF, SPIKED -> null;
            };
        } else {
            ProofRound r = (ProofRound) from;
            next = r == ProofRound.CLEAN ? null : ProofRound.values()[r.ordinal() + 1];
        }
        return java.util.Optional.ofNullable(next).filter(to -> rules.allows(person.role(), from, to));
    }

    /** A story's moves, oldest first. */
    public List<StageMove> storyHistory(EditionRepository repository, String articleId) {
        Article story = repository.article(articleId).orElseThrow(() ->
                new OperationRefusedException(WORDS.format("stage.unknownStory", articleId)));
        return repository.stageMoves(Stage.Kind.STORY, story.id());
    }

    /** A page's proof-round moves, oldest first. */
    public List<StageMove> pageHistory(EditionRepository repository, Page page) {
        return repository.stageMoves(Stage.Kind.PAGE, page.id());
    }

    /** The paper's stage rules. */
    public StageRules rules(EditionRepository repository) {
        return repository.stageRules();
    }

    /** Allows a move for a role (admins only); returns the rules as stored after. */
    public StageRules allow(EditionRepository repository, StageRule rule) {
        return setRule(repository, rule, true);
    }

    /** Forbids a move for a role (admins only); returns the rules as stored after. */
    public StageRules deny(EditionRepository repository, StageRule rule) {
        return setRule(repository, rule, false);
    }

    private StageRules setRule(EditionRepository repository, StageRule rule, boolean allowed) {
        People.requireAdmin(repository, WORDS.format("stage.editRules"));
        if (rule.role() == Role.ADMIN) {
            throw new OperationRefusedException(WORDS.format("stage.adminAlways"));
        }
        repository.setStageRule(rule, allowed);
        return repository.stageRules();
    }

    private static void requireAllowed(EditionRepository repository, Stage from, Stage to, String what) {
        Person person = repository.person();
        StageRules rules = repository.stageRules();
        if (!rules.allows(person.role(), from, to)) {
            String who = rules.whoMay(from, to).stream().map(People::roleName).collect(Collectors.joining(WORDS.format("list.or")));
            throw new OperationRefusedException(WORDS.format("stage.refused", person.name(),
                    People.roleName(person.role()), what, name(from), name(to), who));
        }
    }

    /** A stage's name in the user's language: 草稿, 待编 … 初校 … */
    public static String name(Stage stage) {
        // stage.DRAFT … stage.CLEAN: one key per constant of both enums (StagesTest asks for each).
        String key = "stage." + stage.name();
        return WORDS.format(key);
    }
}

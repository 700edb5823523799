package org.copydesk.model;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The paper's table of who may move a story or page between which stages. An {@link Role#ADMIN}
 * may make every move whatever the table says, so an admin can never lock the desk out by editing it.
 */
public record StageRules(Set<StageRule> rules) {
    private static final Comparator<StageRule> ORDER = Comparator
            .comparing((StageRule r) -> r.from().kind())
            .thenComparing(r -> r.role())
            .thenComparing(r -> ordinal(r.from()))
            .thenComparing(r -> ordinal(r.to()));

    public StageRules {
        rules = Set.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    /**
     * The desk's default rules, as migration V10 stores them in a new database: a reporter hands a
     * draft in (草稿 → 待编); an editor takes it (→ 编辑中), passes it on (→ 待审), sends it back, spikes
     * and restores it, and moves pages through their proofs; the signer signs off (→ 已签发), withdraws
     * a sign-off, returns a story to the editor, spikes, and reopens a clean proof.
     */
    public static StageRules defaults() {
        Set<StageRule> rules = new java.util.HashSet<>();
        rules.add(new StageRule(Role.REPORTER, ArticleStatus.DRAFT, ArticleStatus.SUBMITTED));
        rules.add(new StageRule(Role.EDITOR, ArticleStatus.SUBMITTED, ArticleStatus.EDITING));
        rules.add(new StageRule(Role.EDITOR, ArticleStatus.EDITING, ArticleStatus.FOR_REVIEW));
        rules.add(new StageRule(Role.EDITOR, ArticleStatus.SUBMITTED, ArticleStatus.DRAFT));
        rules.add(new StageRule(Role.EDITOR, ArticleStatus.EDITING, ArticleStatus.DRAFT));
        rules.add(new StageRule(Role.EDITOR, ArticleStatus.FOR_REVIEW, ArticleStatus.EDITING));
        for (ArticleStatus live : List.of(ArticleStatus.DRAFT, ArticleStatus.SUBMITTED, ArticleStatus.EDITING,
                ArticleStatus.FOR_REVIEW)) {
            rules.add(new StageRule(Role.EDITOR, live, ArticleStatus.SPIKED));
            rules.add(new StageRule(Role.EDITOR, ArticleStatus.SPIKED, live));
        }
        rules.add(new StageRule(Role.SIGNER, ArticleStatus.FOR_REVIEW, ArticleStatus.SIGNED_OFF));
        rules.add(new StageRule(Role.SIGNER, ArticleStatus.SIGNED_OFF, ArticleStatus.FOR_REVIEW));
        rules.add(new StageRule(Role.SIGNER, ArticleStatus.FOR_REVIEW, ArticleStatus.EDITING));
        rules.add(new StageRule(Role.SIGNER, ArticleStatus.FOR_REVIEW, ArticleStatus.SPIKED));
        rules.add(new StageRule(Role.SIGNER, ArticleStatus.SIGNED_OFF, ArticleStatus.SPIKED));
        rules.add(new StageRule(Role.EDITOR, ProofRound.FIRST, ProofRound.SECOND));
        rules.add(new StageRule(Role.EDITOR, ProofRound.SECOND, ProofRound.THIRD));
        rules.add(new StageRule(Role.EDITOR, ProofRound.SECOND, ProofRound.CLEAN));
        rules.add(new StageRule(Role.EDITOR, ProofRound.THIRD, ProofRound.CLEAN));
        rules.add(new StageRule(Role.EDITOR, ProofRound.SECOND, ProofRound.FIRST));
        rules.add(new StageRule(Role.EDITOR, ProofRound.THIRD, ProofRound.SECOND));
        rules.add(new StageRule(Role.SIGNER, ProofRound.CLEAN, ProofRound.THIRD));
        return new StageRules(rules);
    }

    /** True when {@code role} may move something from {@code from} to {@code to}. */
    public boolean allows(Role role, Stage from, Stage to) {
        return role == Role.ADMIN || rules.contains(new StageRule(role, from, to));
    }

    /** The roles that may make the move, admin always among them; in {@link Role} order. */
    public List<Role> whoMay(Stage from, Stage to) {
        Set<Role> roles = EnumSet.of(Role.ADMIN);
        rules.stream().filter(r -> r.from().equals(from) && r.to().equals(to)).forEach(r -> roles.add(r.role()));
        return List.copyOf(roles);
    }

    /** The stages {@code role} may move something in {@code from} to, in the stages' own order. */
    public List<Stage> movesFrom(Role role, Stage from) {
        List<? extends Stage> all = from.kind() == Stage.Kind.STORY
                ? List.of(ArticleStatus.values()) : List.of(ProofRound.values());
        return all.stream().filter(to -> !to.equals(from) && allows(role, from, to)).map(Stage.class::cast).toList();
    }

    /** The rules sorted for a table: stories first, then by role, then by stage. */
    public List<StageRule> sorted() {
        return rules.stream().sorted(ORDER).toList();
    }

    public StageRules with(StageRule rule) {
        var more = new java.util.HashSet<>(rules);
        more.add(rule);
        return new StageRules(more);
    }

    public StageRules without(StageRule rule) {
        var fewer = new java.util.HashSet<>(rules);
        fewer.remove(rule);
        return new StageRules(fewer);
    }

    private static int ordinal(Stage stage) {
        return ((Enum<?>) stage).ordinal();
    }
}

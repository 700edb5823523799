package org.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copydesk.i18n.Words;
import org.copydesk.model.ProofRound;
import org.copydesk.model.Role;
import org.copydesk.model.Stage;
import org.copydesk.model.StageMove;
import org.copydesk.model.StageRule;
import org.copydesk.model.StageRules;

/**
 * SQL for {@code stage_rules} (who may move what between which stages), {@code status_moves} (every
 * move made) and the pages' {@code proof_round}.
 */
final class StageTable {
    private static final Words WORDS = Words.ofPackage(StageTable.class);

    private StageTable() {
    }

    static StageRules rules(Connection c) throws SQLException {
        Set<StageRule> rules = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT subject, role, from_stage, to_stage FROM stage_rules");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Stage.Kind kind = kind(rs.getString(1));
                Optional<Role> role = role(rs.getString(2));
                Optional<Stage> from = Stage.of(kind, rs.getString(3));
                Optional<Stage> to = Stage.of(kind, rs.getString(4));
                // A row a newer Copydesk wrote (a stage or role this one does not know) allows nothing here.
                if (role.isPresent() && from.isPresent() && to.isPresent() && !from.equals(to)) {
                    rules.add(new StageRule(role.get(), from.get(), to.get()));
                }
            }
        }
        return new StageRules(rules);
    }

    /** Adds the rule, or removes it when {@code allowed} is false; true when the table changed. */
    static boolean set(Connection c, StageRule rule, boolean allowed) throws SQLException {
        boolean present = rules(c).rules().contains(rule);
        if (present == allowed) {
            return false;
        }
        String sql = allowed
                ? "INSERT INTO stage_rules (subject, role, from_stage, to_stage) VALUES (?, ?, ?, ?)"
                : "DELETE FROM stage_rules WHERE subject = ? AND role = ? AND from_stage = ? AND to_stage = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, rule.from().kind().code());
            s.setString(2, rule.role().name());
            s.setString(3, rule.from().name());
            s.setString(4, rule.to().name());
            s.executeUpdate();
        }
        return true;
    }

    static void recordMove(Connection c, StageMove move) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO status_moves"
                + " (subject, subject_id, from_stage, to_stage, person, moved_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, move.from().kind().code());
            s.setString(2, move.subjectId());
            s.setString(3, move.from().name());
            s.setString(4, move.to().name());
            s.setString(5, move.person());
            s.setObject(6, ArticleTable.storable(move.at()).atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    /** The moves of one story or page, oldest first. */
    static List<StageMove> moves(Connection c, Stage.Kind kind, String subjectId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT from_stage, to_stage, person, moved_at FROM status_moves"
                + " WHERE subject = ? AND subject_id = ? ORDER BY moved_at, id")) {
            s.setString(1, kind.code());
            s.setString(2, subjectId);
            try (ResultSet rs = s.executeQuery()) {
                List<StageMove> moves = new ArrayList<>();
                while (rs.next()) {
                    Stage from = stage(kind, rs.getString(1));
                    Stage to = stage(kind, rs.getString(2));
                    moves.add(new StageMove(subjectId, from, to, rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant()));
                }
                return moves;
            }
        }
    }

    static Optional<ProofRound> proofRound(Connection c, String pageId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT proof_round FROM pages WHERE id = ?")) {
            s.setString(1, pageId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of((ProofRound) stage(Stage.Kind.PAGE, rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** Moves the page to {@code to} if it is still at {@code from}; false when someone moved it first. */
    static boolean updateProofRound(Connection c, String pageId, ProofRound from, ProofRound to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE pages SET proof_round = ? WHERE id = ? AND proof_round = ?")) {
            s.setString(1, to.name());
            s.setString(2, pageId);
            s.setString(3, from.name());
            return s.executeUpdate() == 1;
        }
    }

    private static Stage stage(Stage.Kind kind, String name) {
        return Stage.of(kind, name).orElseThrow(() -> new StoreException(WORDS.format("stage.unknown", name)));
    }

    private static Stage.Kind kind(String code) {
        return "page".equals(code) ? Stage.Kind.PAGE : Stage.Kind.STORY;
    }

    private static Optional<Role> role(String name) {
        try {
            return Optional.of(Role.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

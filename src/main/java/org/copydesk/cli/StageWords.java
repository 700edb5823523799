package org.copydesk.cli;

import java.util.Locale;
import org.copydesk.desk.People;
import org.copydesk.desk.Stages;
import org.copydesk.i18n.Words;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.ProofRound;
import org.copydesk.model.Role;
import org.copydesk.model.Stage;
import picocli.CommandLine;

/** The words for stages, proof rounds and roles that commands accept, in English or Chinese. */
final class StageWords {
    private static final Words WORDS = Words.ofPackage(StageWords.class);

    private StageWords() {
    }

    /** A story's stage: draft, submitted, editing, for-review, signed-off, spiked, or 草稿 … 撤稿. */
    static final class StatusWord implements CommandLine.ITypeConverter<ArticleStatus> {
        @Override
        public ArticleStatus convert(String value) {
            return ArticleStatus.fromWord(value).orElseThrow(() ->
                    new CommandLine.TypeConversionException(WORDS.format("words.badStage", value)));
        }
    }

    /** A page's proof round: first, second, third, clean, or 初校, 二校, 三校, 清样. */
    static final class RoundWord implements CommandLine.ITypeConverter<ProofRound> {
        @Override
        public ProofRound convert(String value) {
            return ProofRound.fromWord(value).orElseThrow(() ->
                    new CommandLine.TypeConversionException(WORDS.format("words.badRound", value)));
        }
    }

    /** A story stage or a proof round, whichever the word names. */
    static final class AnyStageWord implements CommandLine.ITypeConverter<Stage> {
        @Override
        public Stage convert(String value) {
            return ArticleStatus.fromWord(value).<Stage>map(s -> s)
                    .or(() -> ProofRound.fromWord(value).map(r -> r))
                    .orElseThrow(() -> new CommandLine.TypeConversionException(WORDS.format("words.badAnyStage", value)));
        }
    }

    /** A role: reporter, editor, signer, admin, or 记者, 编辑, 签发人, 管理员. */
    static final class RoleWord implements CommandLine.ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "reporter", "记者" -> Role.REPORTER;
                case "editor", "编辑" -> Role.EDITOR;
                case "signer", "签发人", "签发" -> Role.SIGNER;
                case "admin", "管理员" -> Role.ADMIN;
                default -> throw new CommandLine.TypeConversionException(WORDS.format("words.badRole", value));
            };
        }
    }

    /** The word a command prints for a stage ({@code for-review}) with its name in the user's language. */
    static String shown(Stage stage) {
        String word = stage instanceof ArticleStatus s ? s.word() : ((ProofRound) stage).word();
        return withName(word, Stages.name(stage));
    }

    /** A role's word ({@code editor}) with its name in the user's language. */
    static String shown(Role role) {
        return withName(role.name().toLowerCase(Locale.ROOT), People.roleName(role));
    }

    /** The word, with its name beside it when the user's language names it otherwise (编辑 (editor)). */
    private static String withName(String word, String name) {
        String plain = word.replace('-', ' ');
        return name.equals(plain) || name.startsWith(plain + " ") ? word : WORDS.format("words.named", word, name);
    }
}

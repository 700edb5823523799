package org.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.copydesk.i18n.Words;
import org.copydesk.model.WordStyleRole;
import org.copydesk.model.WordStyles;

/**
 * SQL for the {@code word_styles} table: the paper's Word style table, one row per style name. No
 * rows means the built-in table; saving replaces every row, so what is stored is the table as shown.
 */
final class WordStyleTable {
    private static final Words WORDS = Words.ofPackage(WordStyleTable.class);

    private WordStyleTable() {
    }

    static WordStyles load(Connection c) throws SQLException {
        var entries = new LinkedHashMap<String, WordStyleRole>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT style_name, style_role FROM word_styles ORDER BY list_order, style_name");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                String code = rs.getString(2);
                // Only a hand-edited row or a newer Copydesk's role can fail here: the desk checks what it saves.
                WordStyleRole role = WordStyleRole.ofCode(code).orElseThrow(() ->
                        new StoreException(WORDS.format("wordStyles.damaged", name, code)));
                entries.put(name, role);
            }
        }
        return entries.isEmpty() ? WordStyles.defaults() : new WordStyles(entries);
    }

    static void save(Connection c, WordStyles styles) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM word_styles")) {
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO word_styles (style_name, style_role, list_order) VALUES (?, ?, ?)")) {
            int order = 0;
            for (Map.Entry<String, WordStyleRole> e : styles.entries().entrySet()) {
                s.setString(1, e.getKey());
                s.setString(2, e.getValue().code());
                s.setInt(3, order++);
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}

package org.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.copydesk.i18n.Words;
import org.copydesk.model.PaperSettings;

/**
 * SQL for the {@code paper_settings} table: one row per setting, its value as text. A setting
 * without a row has its built-in value ({@link PaperSettings#defaults()}, the built-in house style).
 */
final class PaperSettingsTable {
    private static final Words WORDS = Words.ofPackage(PaperSettingsTable.class);

    static final String NAME = "paper.name";
    static final String MASTHEAD = "paper.masthead";
    static final String REGISTRATION = "paper.registration";
    static final String DEFAULT_SPEC = "paper.defaultSpec";
    static final String HOUSE_STYLE = "house.style";
    static final String LEFT_EAR_TITLE = "paper.leftEar.title";
    static final String LEFT_EAR_TEXT = "paper.leftEar.text";
    static final String RIGHT_EAR_TITLE = "paper.rightEar.title";
    static final String RIGHT_EAR_TEXT = "paper.rightEar.text";

    private PaperSettingsTable() {
    }

    static PaperSettings paper(Connection c) throws SQLException {
        Map<String, String> stored = all(c);
        PaperSettings defaults = PaperSettings.defaults();
        try {
            return new PaperSettings(stored.getOrDefault(NAME, defaults.name()),
                    stored.getOrDefault(MASTHEAD, defaults.mastheadText()),
                    stored.getOrDefault(REGISTRATION, defaults.registrationLine()),
                    stored.getOrDefault(DEFAULT_SPEC, defaults.defaultSpecName()),
                    new PaperSettings.Ear(stored.getOrDefault(LEFT_EAR_TITLE, ""), stored.getOrDefault(LEFT_EAR_TEXT, "")),
                    new PaperSettings.Ear(stored.getOrDefault(RIGHT_EAR_TITLE, ""), stored.getOrDefault(RIGHT_EAR_TEXT, "")));
        } catch (IllegalArgumentException e) {
            // Only a hand-edited row or a newer Copydesk's value can get here: the desk checks what it saves.
            throw new StoreException(WORDS.format("settings.damaged", stored.toString()), e);
        }
    }

    static void savePaper(Connection c, PaperSettings settings) throws SQLException {
        put(c, NAME, settings.name());
        put(c, MASTHEAD, settings.mastheadText());
        put(c, REGISTRATION, settings.registrationLine());
        put(c, DEFAULT_SPEC, settings.defaultSpecName());
        put(c, LEFT_EAR_TITLE, settings.leftEar().title());
        put(c, LEFT_EAR_TEXT, settings.leftEar().text());
        put(c, RIGHT_EAR_TITLE, settings.rightEar().title());
        put(c, RIGHT_EAR_TEXT, settings.rightEar().text());
    }

    static Optional<String> find(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT setting_value FROM paper_settings WHERE setting_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Puts {@code value} in place of the setting's stored value, or stores it for the first time. */
    static void put(Connection c, String key, String value) throws SQLException {
        // UPDATE, then INSERT when no row was there: portable, unlike MERGE or ON CONFLICT. Of two
        // first-time writers at once, the second's INSERT fails on the key and its transaction keeps nothing.
        try (PreparedStatement s = c.prepareStatement("UPDATE paper_settings SET setting_value = ? WHERE setting_key = ?")) {
            s.setString(1, value);
            s.setString(2, key);
            if (s.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO paper_settings (setting_key, setting_value) VALUES (?, ?)")) {
            s.setString(1, key);
            s.setString(2, value);
            s.executeUpdate();
        }
    }

    static void remove(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM paper_settings WHERE setting_key = ?")) {
            s.setString(1, key);
            s.executeUpdate();
        }
    }

    private static Map<String, String> all(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT setting_key, setting_value FROM paper_settings");
             ResultSet rs = s.executeQuery()) {
            Map<String, String> settings = new HashMap<>();
            while (rs.next()) {
                settings.put(rs.getString(1), rs.getString(2));
            }
            return settings;
        }
    }
}

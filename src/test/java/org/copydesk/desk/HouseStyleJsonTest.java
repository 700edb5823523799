package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.copydesk.fonts.FontFace;
import org.copydesk.i18n.InLanguage;
import org.copydesk.typeset.Alignment;
import org.copydesk.typeset.HouseStyle;
import org.copydesk.typeset.LineRole;
import org.copydesk.typeset.TextStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The house style as JSON: what is written reads back equal, and a bad file names its bad field. */
class HouseStyleJsonTest {

    @Test
    void theBuiltInStyleAndAChangedOneReadBackEqual() {
        Map<LineRole, TextStyle> styles = new EnumMap<>(HouseStyle.newspaper().styles());
        styles.put(LineRole.BODY, new TextStyle(FontFace.SANS, 1.25, 0.5, Alignment.LEFT));
        styles.put(LineRole.CAPTION, new TextStyle(FontFace.SERIF, 2, 1, Alignment.CENTER));
        HouseStyle changed = new HouseStyle(styles, FontFace.SANS_BOLD);

        assertThat(HouseStyleJson.read(HouseStyleJson.write(HouseStyle.newspaper()))).isEqualTo(HouseStyle.newspaper());
        assertThat(HouseStyleJson.read(HouseStyleJson.write(changed))).isEqualTo(changed);
    }

    @Test
    void whatAFileLeavesOutKeepsItsBuiltInValueAndNamesAreReadInAnyCase() {
        HouseStyle read = HouseStyleJson.read("{\"styles\": {\"body\": {\"indentEms\": 0, \"face\": \"sans\"}}}");

        assertThat(read.of(LineRole.BODY)).isEqualTo(new TextStyle(FontFace.SANS, 1, 0, Alignment.JUSTIFY));
        HouseStyle builtIn = HouseStyle.newspaper();
        for (LineRole role : LineRole.values()) {
            if (role != LineRole.BODY) {
                assertThat(read.of(role)).as(role.name()).isEqualTo(builtIn.of(role));
            }
        }
        assertThat(read.datelineFace()).isEqualTo(builtIn.datelineFace());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"styles": {"BODDY": {}}}                          | styles.BODDY: there is no line role BODDY; the roles are RUNNING_HEAD, KICKER
            {"styles": {"CAPTION": {"face": "KAI"}}}           | styles.CAPTION.face: there is no face KAI; the choices are SERIF, SERIF_BOLD, SANS, SANS_BOLD
            {"datelineFace": "HEI"}                            | datelineFace: there is no face HEI
            {"styles": {"BODY": {"alignment": "middle"}}}      | styles.BODY.alignment: there is no alignment middle; the choices are JUSTIFY, LEFT, CENTER, RIGHT
            {"styles": {"HEADLINE": {"pitch": 9}}}             | styles.HEADLINE.pitch is 9; it must be from 1 to 3
            {"styles": {"HEADLINE": {"pitch": 0.8}}}           | styles.HEADLINE.pitch is 0.8; it must be from 1 to 3
            {"styles": {"BODY": {"indentEms": -1}}}            | styles.BODY.indentEms is -1; it must be from 0 to 4
            {"styles": {"BODY": {"pitch": "wide"}}}            | styles.BODY.pitch must be a number
            {"styles": {"BODY": {"size": 12}}}                 | unknown field styles.BODY.size; the fields here are face, pitch, indentEms, alignment
            {"colours": {}}                                    | unknown field colours; the fields here are styles, datelineFace
            {"styles": []}                                     | styles must be a JSON object
            [1, 2]                                             | not a JSON object
            {"styles": {"BODY": {"pitch": 1}, "BODY": {}}}     | Duplicate field 'BODY'
            {"styles":                                         | not valid JSON (line 1, column 11)
            """)
    void aBadStyleIsRefusedNamingTheField(String json, String message) {
        assertThatThrownBy(() -> InLanguage.get("en", () -> HouseStyleJson.read(json)))
                .isInstanceOf(SettingsRefusedException.class).hasMessageContaining(message);
    }

    @Test
    void theRefusalSpeaksChineseOnAChineseDesk() {
        assertThatThrownBy(() -> InLanguage.get("zh_CN", () -> HouseStyleJson.read("{\"styles\": {\"BODY\": {\"pitch\": 9}}}")))
                .hasMessage("styles.BODY.pitch 为 9；须在 1 到 3 之间");
        assertThatThrownBy(() -> InLanguage.get("zh_CN", () -> HouseStyleJson.read("{\"styles\": {\"BODDY\": {}}}")))
                .hasMessageStartingWith("styles.BODDY：没有名为 BODDY 的文字类别；可用的类别为 RUNNING_HEAD");
        assertThatThrownBy(() -> InLanguage.get("zh_CN", () -> HouseStyleJson.read("{\"styles\": {\"BODY\": {\"face\": \"KAI\"}}}")))
                .hasMessageStartingWith("styles.BODY.face：没有名为 KAI 的字体；可选 SERIF");
    }
}

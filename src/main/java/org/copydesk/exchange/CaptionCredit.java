package org.copydesk.exchange;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.copydesk.model.CaptionKind;

/**
 * Reads a photo caption line of a printed page: the credit at its end ({@code 记者 王明/摄},
 * {@code 本报记者 王明 摄}, {@code （李华 摄）}, {@code 新华社发}, {@code 市文旅局供图}) and, for a
 * head shot, the title-and-name line ({@code 江澜市市长 陈立新}). The photographer is kept as the
 * name alone, as the model stores it; the role words (记者, 通讯员 …) are dropped.
 */
final class CaptionCredit {
    /** Roles written before a photographer's name. */
    private static final String ROLES = "本[报報][记記]者|本[报報]通[讯訊][员員]|新[华華]社[记記]者|中新社[记記]者|特[约約][摄攝]影"
            + "|特[约約][记記]者|[记記]者|通[讯訊][员員]|[实實][习習]生|[摄攝]影";
    private static final String NAME = "[\\p{IsHan}·]{2,4}";
    /**
     * The names before {@code /摄} or {@code 摄}: they start at the line's start, after a space or a
     * sentence's end, so the last words of the caption text are never taken for a name.
     */
    private static final Pattern NAMES = Pattern.compile(
            "(?:^|(?<=[\\s\u3000。！？”）)，；：（(]))((?:(?:" + ROLES + ")[\\s\u3000]*)?" + NAME
                    + "(?:[\\s\u3000、]++(?:(?:" + ROLES + ")[\\s\u3000]*)?" + NAME + ")*+)[\\s\u3000]*$");
    private static final Pattern PHOTO_END = Pattern.compile("(?:[/／][\\s\u3000]*|[\\s\u3000]+)[摄攝](?:影)?$");
    private static final Pattern AGENCY_END = Pattern.compile(
            "(?:^|(?<=[\\s\u3000。！？”）)（(]))((?:新[华華]社|中新社|人民视觉|视觉中国)[发發]|[\\p{IsHan}]{2,12}供[图圖]|[资資]料[图圖]片)$");
    /** A head shot's line: a title of up to 16 characters, a space, a name of two or three characters. */
    private static final Pattern PORTRAIT = Pattern.compile(
            "^[\\p{IsHan}A-Za-z0-9·、（）()]{2,16}[\\s\u3000]+[\\p{IsHan}·]{2,3}$");

    /** A caption is a few sentences at most; longer lines are not searched for a credit. */
    private static final int CAPTION_MAX = 400;

    private CaptionCredit() {
    }

    /** Whether {@code line} ends with a photo credit (so it is a caption, or a caption's credit line). */
    static boolean hasCredit(String line) {
        return line.length() <= CAPTION_MAX && credit(unwrapped(line)).isPresent();
    }

    /** Whether {@code line} has the shape of a portrait's title-and-name line. */
    static boolean looksLikePortrait(String line) {
        return line.length() <= 24 && PORTRAIT.matcher(line).matches();
    }

    static ProposedCaption read(int lineNumber, String line) {
        String s = unwrapped(line);
        Optional<Found> found = line.length() <= CAPTION_MAX ? credit(s) : Optional.empty();
        if (found.isPresent()) {
            Found f = found.get();
            return new ProposedCaption(lineNumber, f.text(), f.photographer(), f.agency(), CaptionKind.NEWS);
        }
        CaptionKind kind = looksLikePortrait(line.strip()) ? CaptionKind.PORTRAIT : CaptionKind.NEWS;
        return new ProposedCaption(lineNumber, line.strip(), "", "", kind);
    }

    private record Found(String text, String photographer, String agency) {
    }

    private static Optional<Found> credit(String s) {
        Matcher end = PHOTO_END.matcher(s);
        if (end.find()) {
            String before = s.substring(0, end.start());
            Matcher names = NAMES.matcher(before);
            if (names.find()) {
                String photographer = withoutRoles(names.group(1));
                if (!photographer.isEmpty()) {
                    return Optional.of(new Found(textBefore(before, names.start(1)), photographer, ""));
                }
            }
        }
        Matcher agency = AGENCY_END.matcher(s);
        if (agency.find()) {
            return Optional.of(new Found(textBefore(s, agency.start(1)), "", agency.group(1)));
        }
        return Optional.empty();
    }

    /** The caption text before the credit, without the bracket that opened the credit. */
    private static String textBefore(String s, int creditStart) {
        String text = s.substring(0, creditStart).strip();
        if (text.endsWith("（") || text.endsWith("(")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    /** {@code （李华 摄）} at the end: the credit without its brackets. */
    private static String unwrapped(String line) {
        String s = line.strip();
        if ((s.endsWith("）") || s.endsWith(")")) && s.length() > 1) {
            int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
            if (open >= 0) {
                String inside = s.substring(open + 1, s.length() - 1).strip();
                if (PHOTO_END.matcher(inside).find() || AGENCY_END.matcher(inside).find()) {
                    return (s.substring(0, open).strip() + "\u3000" + inside).strip();
                }
            }
        }
        return s;
    }

    private static String withoutRoles(String names) {
        return Arrays.stream(names.split("[\\s\u3000、]+"))
                .map(token -> token.replaceFirst("^(?:" + ROLES + ")", ""))
                .filter(token -> !token.isEmpty())
                .collect(Collectors.joining(" "));
    }
}

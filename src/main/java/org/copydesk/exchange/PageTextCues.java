package org.copydesk.exchange;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The newspaper cues one line shows by itself, before its place among the other lines is known:
 * the contract of the splitter ({@code docs/decisions/0017-page-text-splitter.md}).
 */
final class PageTextCues {

    /** What a line looks like on its own. */
    enum Cue {
        /** 版次 line, editors' names, masthead, slogan, index teaser, weather: no story's text. */
        FURNITURE,
        /** （下转第3版） or （上接第1版）. */
        JUMP,
        /** A paragraph opening with a dateline: 本报讯, 本报北京12月2日电, 新华社…电. */
        DATELINE,
        /** Names with their role: ▶本报记者 张三, 记者 张三 通讯员 李四, （记者 张三）. */
        NAMES,
        /** Ends with a photo credit (王明/摄, 新华社发). */
        CAPTION,
        /** A short line without closing punctuation: a headline, kicker, subtitle or subhead. */
        SHORT,
        /** A short line marked as a subhead (■, ◆, 一、, 【…】). */
        MARKED_SUBHEAD,
        /** Body text. */
        TEXT
    }

    /** Short lines are title-like up to this many characters. */
    static final int SHORT_MAX = 36;
    /** A headline may end with ？ or ！ up to this many characters. */
    private static final int ASKING_HEADLINE_MAX = 24;

    private static final String DIGITS = "[0-9０-９一二三四五六七八九十〇零]";
    private static final Pattern PAGE_LINE = Pattern.compile(
            "(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日.*(?:星期|周)[一二三四五六日天]"
                    + "|第\\s*" + DIGITS + "{1,3}\\s*版|[A-Z]\\d{1,2}\\s*版)");
    private static final Pattern STAFF_LINE = Pattern.compile(
            "^(?:责任编辑|本版编辑|本版责编|责编|编辑|美术编辑|美编|版式设计|版式|校对|审读|值班编辑|组版|制图|统筹|终审|监制)"
                    + "[\\s\u3000]*[：:\\s\u3000].*");
    private static final Pattern REGISTRATION = Pattern.compile(
            "^(?:国内统一连续出版物号|国内统一刊号|邮发代号|总第\\s*\\d+\\s*期|CN\\s*\\d{2}\\s*[-－]).*");
    private static final Pattern INDEX_TEASER = Pattern.compile(
            ".*(?:[（(]\\s*(?:见|详见)?\\s*第\\s*" + DIGITS + "{1,3}\\s*版\\s*[)）]|[▶>]*\\s*(?:详见|见)第\\s*" + DIGITS
                    + "{1,3}\\s*版)$");
    /** A forecast: a temperature range, or 天气 with a temperature (a headline may say 降至-5℃). */
    private static final Pattern WEATHER = Pattern.compile(
            ".*(?:-?\\d{1,2}\\s*℃?\\s*[～~]\\s*-?\\d{1,2}\\s*℃|天气.*-?\\d{1,2}\\s*℃).*");
    private static final Pattern MASTHEAD = Pattern.compile("^[\\p{IsHan}]{2,6}(?:日报|晚报|周报|时报|商报|早报)$");
    private static final Set<String> SECTIONS = Set.of("要闻", "综合", "国内", "国际", "社会", "经济", "体育", "文化",
            "副刊", "评论", "民生", "城事", "地方", "专版", "特刊", "广告", "今日导读", "导读", "本期导读", "（完）", "(完)");
    /** Three or more phrases of two to eight Han characters with spaces between: a slogan. */
    private static final Pattern SLOGAN = Pattern.compile("^\\p{IsHan}{2,8}(?:[\\s\u3000]+\\p{IsHan}{2,8}){2,}$");

    static final Pattern JUMP_LINE = Pattern.compile(
            "[（(]\\s*(?:下转|上接|紧接|转|接)\\s*第?\\s*" + DIGITS + "{1,3}\\s*版\\s*[)）]");

    /** Traditional forms too (本報訊, 新華社…電), for Big5 copy in a Simplified paper. */
    static final Pattern DATELINE_START = Pattern.compile(
            "^(?:本[报報][讯訊]|据新[华華]社[电電]|(?:本[报報]|新[华華]社|中新社|人民[网網]|央[视視][网網]|新[华華][网網])"
                    + "[^\\s，。0-9０-９]{0,12}?" + DIGITS + "{1,3}月" + DIGITS + "{1,3}日(?:[电電]|[讯訊]))");

    private static final String ROLE = "(?:本[报報][记記]者|本[报報]特派[记記]者|本[报報]通[讯訊][员員]|本[报報]评论员|本報評論員"
            + "|特[约約][记記]者|特[约約]通[讯訊][员員]|新[华華]社[记記]者|[见見][习習][记記]者|[记記]者|通[讯訊][员員]|[实實][习習]生)";
    private static final String PERSON = "[\\p{IsHan}·]{2,4}";
    /** Role, then names; a bare 记者 needs a space before the name, 本报记者王明 does not. */
    private static final Pattern NAME_LINE = Pattern.compile(
            "^[▶►□■●◆◇○▲△]?[\\s\u3000]*(?:文[/／]图[\\s\u3000]*|图[/／]文[\\s\u3000]*|文[/／][\\s\u3000]*)?"
                    + "(?:本[报報](?:特派)?(?:[记記]者|通[讯訊][员員]|评论员|評論員)[\\s\u3000]*|" + ROLE + "[\\s\u3000]+)" + PERSON
                    + "(?:[\\s\u3000、]+(?:" + ROLE + "[\\s\u3000]*)?" + PERSON + ")*$");
    private static final Pattern PLAIN_NAMES = Pattern.compile(
            "^[▶►□■●◆◇○▲△]?[\\s\u3000]*文[/／][\\s\u3000]*" + PERSON + "(?:[\\s\u3000、]+" + PERSON + ")*$");
    private static final Pattern AUTHOR_NOTE = Pattern.compile("^[（(]作者(?:为|系|是).{2,40}[)）]$");
    private static final Pattern MARKED = Pattern.compile(
            "^(?:[■◆●◇□▲△★☆※]|【.+】$|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\\d{1,2}[.、．]).*");

    private PageTextCues() {
    }

    static Cue of(String line) {
        if (isFurniture(line)) {
            return Cue.FURNITURE;
        }
        if (JUMP_LINE.matcher(line).matches()) {
            return Cue.JUMP;
        }
        if (DATELINE_START.matcher(line).lookingAt() && line.length() > 12) {
            return Cue.DATELINE;
        }
        if (isNames(line)) {
            return Cue.NAMES;
        }
        if (CaptionCredit.hasCredit(line)) {
            return Cue.CAPTION;
        }
        if (isShort(line)) {
            return MARKED.matcher(line).matches() ? Cue.MARKED_SUBHEAD : Cue.SHORT;
        }
        return Cue.TEXT;
    }

    static boolean isFurniture(String line) {
        if (line.length() > 60) {
            return false; // furniture is short; a long line that mentions 第3版 is text
        }
        return SECTIONS.contains(line) || PAGE_LINE.matcher(line).find() && !endsSentence(line)
                || STAFF_LINE.matcher(line).matches() || REGISTRATION.matcher(line).matches()
                || INDEX_TEASER.matcher(line).matches() || MASTHEAD.matcher(line).matches()
                || line.length() <= 30 && WEATHER.matcher(line).matches() && !endsSentence(line)
                || line.length() <= 40 && SLOGAN.matcher(line).matches();
    }

    /** Three or more short Han phrases with spaces between: a slogan, or a kicker when a headline follows. */
    static boolean isSlogan(String line) {
        return line.length() <= 40 && SLOGAN.matcher(line).matches();
    }

    static boolean isNames(String line) {
        if (line.length() > 40) {
            return false;
        }
        String inner = line;
        if ((line.startsWith("（") || line.startsWith("(")) && (line.endsWith("）") || line.endsWith(")"))) {
            if (AUTHOR_NOTE.matcher(line).matches()) {
                return true;
            }
            inner = line.substring(1, line.length() - 1).strip();
        }
        return NAME_LINE.matcher(inner).matches() || PLAIN_NAMES.matcher(inner).matches();
    }

    /** A line in brackets, such as （记者 张三）: an end byline wherever it stands. */
    static boolean isBracketed(String line) {
        return line.startsWith("（") || line.startsWith("(");
    }

    static boolean isShort(String line) {
        int length = line.codePointCount(0, line.length());
        if (length > SHORT_MAX || line.isEmpty()) {
            return false;
        }
        int last = line.codePointBefore(line.length());
        if ("？！?!”」".indexOf(last) >= 0) {
            // 澜江二桥为何延期？ or 他们守护城市的“夜归人”: a headline may end so, a sentence has more in it
            return length <= ASKING_HEADLINE_MAX && !containsAny(line, "。，；：,;");
        }
        return !endsSentence(line) && "，、；：,;:".indexOf(last) < 0;
    }

    static boolean endsSentence(String line) {
        if (line.isEmpty()) {
            return false;
        }
        int last = line.codePointBefore(line.length());
        return "。！？…”’」』）)!?.".indexOf(last) >= 0;
    }

    /** A subtitle (副题) starts with a dash. */
    static boolean isSubtitle(String line) {
        return line.startsWith("——") || line.startsWith("—") || line.startsWith("--");
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}

package org.copydesk.typeset;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A date of the Chinese lunisolar calendar (农历), for the masthead's date panel: the year's
 * 干支 name, the month (闰 for a leap month) and the day, e.g. {@code 丙午年十月初八}.
 *
 * <p>Converted from a table of the lunar years 2000-2050 as the Purple Mountain Observatory
 * publishes them: for each year, which of its twelve months are long (30 days), which month is
 * followed by a leap month and how long that is. Counting days from the first new year of the
 * table gives every date in between. A paper published outside these years prints no 农历 rather
 * than a wrong one; extend the table to go further.
 *
 * @param year  the Gregorian year in which this lunar year began (2026 for 丙午年)
 * @param month 1-12
 * @param leap  true in the leap month that follows {@code month}
 * @param day   1-30
 */
public record LunarDate(int year, int month, boolean leap, int day) {
    /** The first lunar year of the table and the day it began (正月初一). */
    static final int FIRST_YEAR = 2000;
    static final LocalDate FIRST_NEW_YEAR = LocalDate.of(2000, 2, 5);

    /**
     * One entry a year from {@link #FIRST_YEAR}: bit {@code 16 - m} set when month m (1-12) has
     * 30 days, the low four bits the month a leap month follows (0 for none), bit 16 set when
     * that leap month has 30 days.
     */
    private static final int[] YEARS = {
        0x0c960, 0x0d954, 0x0d4a0, 0x0da50, 0x07552, 0x056a0, 0x0abb7, 0x025d0, 0x092d0, 0x0cab5, // 2000-2009
        0x0a950, 0x0b4a0, 0x0baa4, 0x0ad50, 0x055d9, 0x04ba0, 0x0a5b0, 0x15176, 0x052b0, 0x0a930, // 2010-2019
        0x07954, 0x06aa0, 0x0ad50, 0x05b52, 0x04b60, 0x0a6e6, 0x0a4e0, 0x0d260, 0x0ea65, 0x0d530, // 2020-2029
        0x05aa0, 0x076a3, 0x096d0, 0x04afb, 0x04ad0, 0x0a4d0, 0x1d0b6, 0x0d250, 0x0d520, 0x0dd45, // 2030-2039
        0x0b5a0, 0x056d0, 0x055b2, 0x049b0, 0x0a577, 0x0a4b0, 0x0aa50, 0x1b255, 0x06d20, 0x0ada0, // 2040-2049
        0x14b63,                                                                                  // 2050
    };

    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    private static final String[] MONTHS = {"正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"};
    private static final String DIGITS = "一二三四五六七八九十";

    public LunarDate {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("no such lunar date: " + year + "/" + month + "/" + day);
        }
    }

    /** The lunar date of {@code date}, or empty outside the table's years. */
    public static Optional<LunarDate> of(LocalDate date) {
        long days = ChronoUnit.DAYS.between(FIRST_NEW_YEAR, date);
        if (days < 0) {
            return Optional.empty();
        }
        for (int y = 0; y < YEARS.length; y++) {
            int length = yearLength(YEARS[y]);
            if (days >= length) {
                days -= length;
                continue;
            }
            int info = YEARS[y];
            int leapAfter = info & 0xf;
            for (int m = 1; m <= 12; m++) {
                int ordinary = monthLength(info, m);
                if (days < ordinary) {
                    return Optional.of(new LunarDate(FIRST_YEAR + y, m, false, (int) days + 1));
                }
                days -= ordinary;
                if (m == leapAfter) {
                    int leapLength = leapLength(info);
                    if (days < leapLength) {
                        return Optional.of(new LunarDate(FIRST_YEAR + y, m, true, (int) days + 1));
                    }
                    days -= leapLength;
                }
            }
        }
        return Optional.empty();
    }

    /** The year's sexagenary (干支) name: 丙午 for the lunar year begun in 2026. */
    public String yearName() {
        int cycle = Math.floorMod(year - 4, 60);
        return "" + STEMS.charAt(cycle % 10) + BRANCHES.charAt(cycle % 12);
    }

    /** The month's name: 正月, 闰六月, 冬月, 腊月. */
    public String monthName() {
        return (leap ? "闰" : "") + MONTHS[month - 1] + "月";
    }

    /** The day's name: 初一 ... 初十, 十一 ... 二十, 廿一 ... 三十. */
    public String dayName() {
        if (day <= 10) {
            return "初" + DIGITS.charAt(day - 1);
        }
        if (day < 20) {
            return "十" + DIGITS.charAt(day - 11);
        }
        if (day == 20 || day == 30) {
            return day == 20 ? "二十" : "三十";
        }
        return "廿" + DIGITS.charAt(day - 21);
    }

    /** As printed under the masthead: 农历丙午年十月初八. */
    public String zh() {
        return "农历" + yearName() + "年" + monthName() + dayName();
    }

    private static int monthLength(int info, int month) {
        return (info & (0x10000 >> month)) != 0 ? 30 : 29;
    }

    private static int leapLength(int info) {
        return (info & 0xf) == 0 ? 0 : (info & 0x10000) != 0 ? 30 : 29;
    }

    private static int yearLength(int info) {
        int days = leapLength(info);
        for (int m = 1; m <= 12; m++) {
            days += monthLength(info, m);
        }
        return days;
    }
}

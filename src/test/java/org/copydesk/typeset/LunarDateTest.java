package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarDateTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            2000-02-05, 农历庚辰年正月初一
            2008-02-07, 农历戊子年正月初一
            2012-08-23, 农历壬辰年七月初七
            2018-11-08, 农历戊戌年十月初一
            2020-05-23, 农历庚子年闰四月初一
            2023-03-22, 农历癸卯年闰二月初一
            2024-09-17, 农历甲辰年八月十五
            2024-12-31, 农历甲辰年腊月初一
            2025-01-28, 农历甲辰年腊月廿九
            2025-01-29, 农历乙巳年正月初一
            2025-07-25, 农历乙巳年闰六月初一
            2025-10-06, 农历乙巳年八月十五
            2026-02-17, 农历丙午年正月初一
            2026-09-25, 农历丙午年八月十五
            2027-02-06, 农历丁未年正月初一
            2030-02-03, 农历庚戌年正月初一
            2033-12-22, 农历癸丑年闰冬月初一
            """)
    void knownDates(LocalDate date, String expected) {
        assertThat(LunarDate.of(date)).map(LunarDate::zh).contains(expected);
    }

    @Test
    void dayNamesRunFromChuyiToSanshi() {
        assertThat(new LunarDate(2026, 1, false, 10).dayName()).isEqualTo("初十");
        assertThat(new LunarDate(2026, 1, false, 11).dayName()).isEqualTo("十一");
        assertThat(new LunarDate(2026, 1, false, 20).dayName()).isEqualTo("二十");
        assertThat(new LunarDate(2026, 1, false, 21).dayName()).isEqualTo("廿一");
        assertThat(new LunarDate(2026, 12, false, 30).dayName()).isEqualTo("三十");
        assertThat(new LunarDate(2026, 11, false, 1).monthName()).isEqualTo("冬月");
    }

    @Test
    void datesOutsideTheTablePrintNoLunarDate() {
        assertThat(LunarDate.of(LocalDate.of(2000, 2, 4))).isEmpty();
        assertThat(LunarDate.of(LocalDate.of(2060, 1, 1))).isEmpty();
        assertThat(LunarDate.of(LocalDate.of(2051, 1, 1))).isPresent();
    }

    /**
     * Every day of the table against ICU's astronomical Chinese calendar. They differ only where a
     * new moon falls within minutes of midnight in Beijing and ICU's approximation lands on the
     * other side: the months beginning 2012-08-17 (七夕 2012-08-23), 2018-11-08 (寒衣节),
     * 2027-02-06 and 2030-02-03 (春节), where the table follows the published calendar.
     */
    @Test
    void agreesWithIcuExceptAtFourMidnightNewMoons() {
        List<LocalDate> differ = new ArrayList<>();
        LocalDate end = LocalDate.of(2051, 2, 10);
        for (LocalDate d = LunarDate.FIRST_NEW_YEAR; !d.isAfter(end); d = d.plusDays(1)) {
            ChineseCalendar icu = new ChineseCalendar(TimeZone.getTimeZone("GMT+8"));
            icu.setTimeInMillis((d.toEpochDay() * 86_400L + 4 * 3600) * 1000L);
            LunarDate ours = LunarDate.of(d).orElseThrow();
            boolean same = ours.month() == icu.get(Calendar.MONTH) + 1
                    && ours.leap() == (icu.get(ChineseCalendar.IS_LEAP_MONTH) == 1)
                    && ours.day() == icu.get(Calendar.DAY_OF_MONTH);
            if (!same) {
                differ.add(d);
            }
        }
        List<LocalDate> monthStarts = List.of(LocalDate.of(2012, 8, 17), LocalDate.of(2018, 11, 8),
                LocalDate.of(2027, 2, 6), LocalDate.of(2030, 2, 3));
        assertThat(differ).isNotEmpty().allMatch(d -> monthStarts.stream()
                .anyMatch(start -> !d.isBefore(start.minusDays(1)) && d.isBefore(start.plusDays(31))));
        assertThat(differ).hasSizeLessThan(4 * 31);
    }
}

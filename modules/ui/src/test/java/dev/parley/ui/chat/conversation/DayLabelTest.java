package dev.parley.ui.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayLabelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void todayYesterdayOrTheDate() {
        assertThat(DayLabel.of(TODAY, TODAY)).isEqualTo("Today");
        // across a month's end, and a leap year's February
        assertThat(DayLabel.of(LocalDate.of(2026, 2, 28), TODAY)).isEqualTo("Yesterday");
        assertThat(DayLabel.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2)))
                .isEqualTo("Yesterday");
        assertThat(DayLabel.of(LocalDate.of(2026, 2, 27), TODAY))
                .contains("2026")
                .doesNotContain("Yesterday");
    }
}

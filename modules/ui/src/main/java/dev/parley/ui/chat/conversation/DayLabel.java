package dev.parley.ui.chat.conversation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** What the divider above a day's first message says: "Today", "Yesterday", or the date. */
public final class DayLabel {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);

    private DayLabel() {}

    public static String of(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return "Today";
        }
        if (day.equals(today.minusDays(1))) {
            return "Yesterday";
        }
        return DATE.format(day);
    }
}

package dev.parley.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The table on the console, a CSV and an SVG chart of latency against offered rate. */
final class Report {

    private Report() {}

    static void header(PrintStream out) {
        out.printf(
                Locale.ROOT,
                "%8s %12s %12s %8s %8s %8s %8s %8s %8s %8s %8s%n",
                "msg/s",
                "offered/s",
                "delivered/s",
                "p50 ms",
                "p99 ms",
                "p99.9 ms",
                "max ms",
                "complete",
                "srv CPU",
                "srv RSS",
                "gen CPU");
    }

    static void row(PrintStream out, StepResult r) {
        out.printf(
                Locale.ROOT,
                "%8d %12d %12.0f %8.1f %8.1f %8.1f %8.1f %7.2f%% %7.0f%% %6dMB %7.0f%%%n",
                r.messagesPerSecond(),
                r.offeredDeliveriesPerSecond(),
                r.deliveredPerSecond(),
                r.p50(),
                r.p99(),
                r.p999(),
                r.max(),
                r.completeness() * 100,
                r.serverCpu() * 100,
                r.serverRssBytes() >> 20,
                r.benchCpu() * 100);
    }

    static void csv(Path file, List<StepResult> results) throws IOException {
        var sb = new StringBuilder("messages_per_s,offered_deliveries_per_s,delivered_per_s,p50_ms,p99_ms,p999_ms,"
                + "max_ms,completeness,server_cpu,server_rss_bytes,generator_cpu\n");
        for (StepResult r : results) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%d,%d,%.0f,%.3f,%.3f,%.3f,%.3f,%.5f,%.3f,%d,%.3f%n",
                    r.messagesPerSecond(),
                    r.offeredDeliveriesPerSecond(),
                    r.deliveredPerSecond(),
                    r.p50(),
                    r.p99(),
                    r.p999(),
                    r.max(),
                    r.completeness(),
                    r.serverCpu(),
                    r.serverRssBytes(),
                    r.benchCpu()));
        }
        Files.writeString(file, sb);
    }

    /** p50 and p99 (log scale, ms) against offered deliveries per second; the 100 ms line marked. */
    static void svg(Path file, String title, List<StepResult> results) throws IOException {
        int w = 720;
        int h = 420;
        int left = 70;
        int right = 20;
        int top = 40;
        int bottom = 50;
        double maxX = results.stream()
                .mapToDouble(StepResult::offeredDeliveriesPerSecond)
                .max()
                .orElse(1);
        double minLog = -1; // 0.1 ms
        double maxLog = 4; // 10 s
        var sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" "
                        + "font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
                w,
                h));
        sb.append(String.format(
                Locale.ROOT, "<text x=\"%d\" y=\"24\" font-size=\"15\">%s</text>%n", left, escape(title)));
        for (int e = (int) minLog; e <= maxLog; e++) {
            double y = top + (h - top - bottom) * (1 - (e - minLog) / (maxLog - minLog));
            sb.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>%n",
                    left,
                    w - right,
                    y,
                    y,
                    left - 6,
                    y + 4,
                    e < 0 ? "0.1" : String.valueOf((long) Math.pow(10, e))));
        }
        double y100 = top + (h - top - bottom) * (1 - (2 - minLog) / (maxLog - minLog));
        sb.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#c33\" " + "stroke-dasharray=\"4 3\"/>%n",
                left,
                w - right,
                y100,
                y100));
        for (int i = 0; i <= 4; i++) {
            double x = left + (w - left - right) * i / 4.0;
            sb.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x,
                    h - bottom + 18,
                    human(maxX * i / 4)));
        }
        sb.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">offered deliveries/s" + "</text>%n",
                (w + left) / 2,
                h - 12));
        line(sb, results, true, "#2463C9", left, right, top, bottom, w, h, maxX, minLog, maxLog);
        line(sb, results, false, "#2BB3A3", left, right, top, bottom, w, h, maxX, minLog, maxLog);
        sb.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" fill=\"#2463C9\">p99</text>"
                        + "<text x=\"%d\" y=\"%d\" fill=\"#2BB3A3\">p50</text>%n",
                w - 110,
                top + 14,
                w - 70,
                top + 14));
        sb.append("</svg>\n");
        Files.writeString(file, sb);
    }

    private static void line(
            StringBuilder sb,
            List<StepResult> results,
            boolean p99,
            String colour,
            int left,
            int right,
            int top,
            int bottom,
            int w,
            int h,
            double maxX,
            double minLog,
            double maxLog) {
        var points = new StringBuilder();
        for (StepResult r : results) {
            double ms = Math.max(0.1, p99 ? r.p99() : r.p50());
            double x = left + (w - left - right) * r.offeredDeliveriesPerSecond() / maxX;
            double y = top + (h - top - bottom) * (1 - (Math.log10(ms) - minLog) / (maxLog - minLog));
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, Math.max(top, y)));
            sb.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n",
                    x,
                    Math.max(top, y),
                    colour));
        }
        sb.append(String.format(
                Locale.ROOT,
                "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                points.toString().strip(),
                colour));
    }

    private static String human(double v) {
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", v / 1e6);
        }
        if (v >= 1e3) {
            return String.format(Locale.ROOT, "%.0fk", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }
}

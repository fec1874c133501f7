package workshop.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one table: each server's medians, the ratios between them, PASS or GAP per target. A ratio is the median of
 * the ratios of one round (or one launch) to the same round of the other server: the machine drifts between rounds
 * and never within one, so this ratio moves less than the ratio of two medians.
 */
final class Report {

    static final String MVC = "mvc-version", CLEAN = "clean-version", JDBC = "plain-jdbc", CEILING = "ceiling";
    static final String COLD = "cold start, ms", RSS = "RSS after the load, MiB";
    /** Clean at least 0.95 of MVC where more is better, at most 1.05 of it where less is. */
    private static final double CLEAN_VS_MVC = 0.95, CLEAN_VS_MVC_LESS = 1.05, SCALE = 1.2;

    /** A figure, whether less is better, and what an app may be at most/at least of plain JDBC's (0: no target). */
    private record Row(String figure, boolean lessIsBetter, double ofJdbc) {}

    private static final List<Row> ROWS = List.of(
            new Row(COLD, true, 1.3),
            new Row(Family.LOOKUP.perSecond(1000), false, 0.9), new Row(Family.LOOKUP.p99(1000), true, 1.5),
            new Row(Family.CREATE.perSecond(1000), false, 0.9), new Row(Family.CREATE.p99(1000), true, 0),
            new Row(Family.PAGE.perSecond(1000), false, 0), new Row(Family.PAGE.p99(1000), true, 0),
            new Row(RSS, true, 0),
            new Row(Family.LOOKUP.perSecond(1_000_000), false, 0), new Row(Family.PAGE.perSecond(1_000_000), false, 0));

    private final Map<String, List<Double>> samples = new HashMap<>();

    void add(String figure, String server, double value) {
        samples.computeIfAbsent(figure + "|" + server, key -> new ArrayList<>()).add(value);
    }

    private List<Double> inOrder(String figure, String server) {
        return samples.getOrDefault(figure + "|" + server, List.of());
    }

    private double median(String figure, String server) {
        return median(inOrder(figure, server));
    }

    /** The median of a's figure over b's, round by round. */
    private double roundByRound(String figure, String a, String b) {
        List<Double> as = inOrder(figure, a), bs = inOrder(figure, b), ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(as.size(), bs.size()); i++) {
            ratios.add(as.get(i) / bs.get(i));
        }
        return median(ratios);
    }

    private static double median(List<Double> unsorted) {
        List<Double> values = new ArrayList<>(unsorted);
        Collections.sort(values);
        int n = values.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    /**
     * How much a figure moves from round to round: half its interquartile range over its median, the largest of the
     * servers'. A ratio closer than about this to its bound may fall on the other side of it in the next run.
     */
    private String spread(String figure) {
        double largest = Double.NaN;
        for (String server : List.of(MVC, CLEAN, JDBC, CEILING)) {
            List<Double> values = new ArrayList<>(inOrder(figure, server));
            Collections.sort(values);
            int n = values.size();
            if (n >= 4) { // fewer have no quartiles worth the name (one RSS reading, no reference at 1 000 000 users)
                double half = (values.get(3 * n / 4) - values.get(n / 4)) / 2 / median(values);
                largest = Double.isNaN(largest) ? half : Math.max(largest, half);
            }
        }
        return Double.isNaN(largest) ? "-" : String.format("±%.0f%%", 100 * largest);
    }

    String table() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("median of each figure", MVC, CLEAN, JDBC, CEILING, "spread", "clean/mvc", "mvc/jdbc",
                "clean/jdbc", "jdbc/ceiling", "targets"));
        for (Row row : ROWS) {
            String bound = row.lessIsBetter ? "<= " : ">= ";
            double cleanBound = row.lessIsBetter ? CLEAN_VS_MVC_LESS : CLEAN_VS_MVC;
            boolean target = row.ofJdbc > 0;
            List<String> line = new ArrayList<>(List.of(row.figure));
            for (String server : List.of(MVC, CLEAN, JDBC, CEILING)) {
                line.add(number(median(row.figure, server)));
            }
            line.add(spread(row.figure));
            line.add(verdict(roundByRound(row.figure, CLEAN, MVC), cleanBound, row.lessIsBetter));
            for (String app : List.of(MVC, CLEAN)) {
                double ofJdbc = roundByRound(row.figure, app, JDBC);
                line.add(target ? verdict(ofJdbc, row.ofJdbc, row.lessIsBetter) : ratio(ofJdbc));
            }
            line.add(ratio(roundByRound(row.figure, JDBC, CEILING)));
            line.add("clean/mvc " + bound + ratio(cleanBound) + (target ? ", app/jdbc " + bound + ratio(row.ofJdbc) : ""));
            lines.add(line);
        }
        for (Family family : List.of(Family.LOOKUP, Family.PAGE)) {
            String small = family.perSecond(1000), large = family.perSecond(1_000_000);
            lines.add(List.of(family.path + ", req/s at 1 000 / at 1 000 000 users",
                    verdict(median(small, MVC) / median(large, MVC), SCALE, true),
                    verdict(median(small, CLEAN) / median(large, CLEAN), SCALE, true), "-", "-", "-", "-", "-", "-", "-",
                    "<= " + SCALE));
        }
        return render(lines);
    }

    /** Judged as printed, to 2 decimals, so that no "1.05 GAP" sits beside a bound of 1.05. */
    private static String verdict(double ratio, double bound, boolean atMost) {
        double shown = Math.round(ratio * 100) / 100.0;
        return ratio(ratio) + ((atMost ? shown <= bound : shown >= bound) ? " PASS" : " GAP");
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "-" : String.format("%.2f", value);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : value >= 100 ? String.format("%,.0f", value) : String.format("%.1f", value);
    }

    private static String render(List<List<String>> lines) {
        int[] widths = new int[lines.get(0).size()];
        lines.forEach(line -> { for (int i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], line.get(i).length()); });
        StringBuilder table = new StringBuilder();
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length; i++) {
                String cell = line.get(i);
                table.append(i == 0 || i == widths.length - 1 ? String.format("%-" + widths[i] + "s", cell)
                        : String.format("%" + widths[i] + "s", cell)).append(i == widths.length - 1 ? "" : "  ");
            }
            table.append(System.lineSeparator());
        }
        return table.toString();
    }
}

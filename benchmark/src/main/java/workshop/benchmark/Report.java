package workshop.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The one table: each server's medians, the ratios Clean/MVC and app/ceiling, PASS or GAP per target. */
final class Report {

    static final String MVC = "mvc-version", CLEAN = "clean-version", CEILING = "ceiling";
    static final String COLD = "cold start, ms", RSS = "RSS after the load, MiB";
    private static final double CLEAN_VS_MVC = 0.95, SCALE = 1.2;

    /** A figure, whether less is better, and what an app may be at most/at least of the ceiling's (0: no target). */
    private record Row(String figure, boolean lessIsBetter, double ofCeiling) {}

    private static final List<Row> ROWS = List.of(
            new Row(COLD, true, 1.3),
            new Row(Family.LOOKUP.perSecond(1000), false, 0.85), new Row(Family.LOOKUP.p99(1000), true, 2),
            new Row(Family.CREATE.perSecond(1000), false, 0.4), new Row(Family.CREATE.p99(1000), true, 2),
            new Row(Family.PAGE.perSecond(1000), false, 0), new Row(Family.PAGE.p99(1000), true, 0),
            new Row(RSS, true, 0),
            new Row(Family.LOOKUP.perSecond(1_000_000), false, 0), new Row(Family.PAGE.perSecond(1_000_000), false, 0));

    private final Map<String, List<Double>> samples = new HashMap<>();

    void add(String figure, String server, double value) {
        samples.computeIfAbsent(figure + "|" + server, key -> new ArrayList<>()).add(value);
    }

    private double median(String figure, String server) {
        List<Double> values = new ArrayList<>(samples.getOrDefault(figure + "|" + server, List.of()));
        Collections.sort(values);
        int n = values.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    String table() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("median of each figure", MVC, CLEAN, CEILING, "clean/mvc", "mvc/ceiling", "clean/ceiling", "targets"));
        for (Row row : ROWS) {
            double mvc = median(row.figure, MVC), clean = median(row.figure, CLEAN), ceiling = median(row.figure, CEILING);
            String bound = row.lessIsBetter ? "<= " : ">= ";
            double cleanBound = row.lessIsBetter ? 1 / CLEAN_VS_MVC : CLEAN_VS_MVC;
            boolean hasCeiling = row.ofCeiling > 0;
            lines.add(List.of(row.figure, number(mvc), number(clean), Double.isNaN(ceiling) ? "-" : number(ceiling),
                    verdict(clean / mvc, cleanBound, row.lessIsBetter),
                    hasCeiling ? verdict(mvc / ceiling, row.ofCeiling, row.lessIsBetter) : ratio(mvc / ceiling),
                    hasCeiling ? verdict(clean / ceiling, row.ofCeiling, row.lessIsBetter) : ratio(clean / ceiling),
                    "clean/mvc " + bound + ratio(cleanBound) + (hasCeiling ? ", app/ceiling " + bound + ratio(row.ofCeiling) : "")));
        }
        for (Family family : List.of(Family.LOOKUP, Family.PAGE)) {
            String small = family.perSecond(1000), large = family.perSecond(1_000_000);
            lines.add(List.of(family.path + ", req/s at 1 000 / at 1 000 000 users",
                    verdict(median(small, MVC) / median(large, MVC), SCALE, true),
                    verdict(median(small, CLEAN) / median(large, CLEAN), SCALE, true), "-", "-", "-", "-", "<= " + SCALE));
        }
        return render(lines);
    }

    private static String verdict(double ratio, double bound, boolean atMost) {
        return ratio(ratio) + ((atMost ? ratio <= bound : ratio >= bound) ? " PASS" : " GAP");
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

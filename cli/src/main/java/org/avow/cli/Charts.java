package org.avow.cli;

import org.avow.core.compare.Latency;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.avow.cli.Comparison.dbl;
import static org.avow.cli.Comparison.num;

/** The report's charts (JFreeChart), each written as PNG and SVG and embedded as inline SVG. */
final class Charts {
    static final int WIDTH = 900;
    static final int HEIGHT = 360;
    /** Ratios above this are drawn at the top edge: one window with a tiny request would flatten the rest. */
    static final double RATIO_CAP = 10.0;
    private static final Color REQUEST = new Color(0xD9, 0x5F, 0x02);
    private static final Color PLEDGE = new Color(0x75, 0x70, 0xB3);
    private static final Color AFFIRM = new Color(0x1B, 0x9E, 0x77);

    /** ColorBrewer Dark2 and Set1: distinguishable on white, one per ally. */
    private static final Color[] PALETTE = {new Color(0x1B9E77), new Color(0xD95F02), new Color(0x7570B3), new Color(0xE7298A),
            new Color(0x66A61E), new Color(0xE6AB02), new Color(0xA6761D), new Color(0x666666), new Color(0x377EB8), new Color(0xE41A1C)};

    private Charts() {
    }

    private static Day day(LocalDate d) {
        return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** Requests and pledges of the ally and the patron's affirmations, counts per window. */
    static JFreeChart acts(Comparison c, String ally) {
        TimeSeries req = new TimeSeries("requests " + ally + " -> " + c.patron);
        TimeSeries pledge = new TimeSeries("pledges " + ally + " -> " + c.patron);
        TimeSeries aff = new TimeSeries("affirmations " + c.patron + " -> " + ally);
        List<Map<String, Object>> rows = c.contiguous(ally);
        LocalDate start = (LocalDate) c.windows.get(ally).get(0).get("window_start");
        for (Map<String, Object> r : rows) {
            Day d = day(start);
            req.add(d, r == null ? 0 : num(r, "requests"));
            pledge.add(d, r == null ? 0 : num(r, "pledges"));
            aff.add(d, r == null ? 0 : num(r, "affirmations"));
            start = c.window.next(start);
        }
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(req);
        data.addSeries(pledge);
        data.addSeries(aff);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(c.patron + " - " + ally + ": acts per " + c.window.name().toLowerCase(),
                "window start", "events", data, true, false, false);
        XYPlot plot = style(chart);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        color(r, REQUEST, PLEDGE, AFFIRM);
        plot.setRenderer(r);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    /**
     * The affirmation ratio per window as a point with its bootstrap interval as a bar; windows
     * without a ratio are not drawn (no line bridges them: the series has holes, not zeros). The
     * axis ends above the largest ratio, at most at {@link #RATIO_CAP}.
     */
    static JFreeChart ratio(Comparison c, String ally, double level) {
        YIntervalSeries s = new YIntervalSeries("affirmation ratio with its " + Math.round(level * 100) + "% bootstrap interval");
        double top = 1.5;
        for (Map<String, Object> r : c.windows.get(ally)) {
            Double ratio = (Double) r.get("affirmation_ratio");
            if (ratio != null) top = Math.max(top, ratio * 1.1);
        }
        top = Math.min(top, RATIO_CAP);
        for (Map<String, Object> r : c.windows.get(ally)) {
            Double ratio = (Double) r.get("affirmation_ratio");
            if (ratio == null) continue;
            double x = ((LocalDate) r.get("window_start")).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            Double lo = (Double) r.get("ratio_ci_low");
            Double hi = (Double) r.get("ratio_ci_high");
            s.add(x, Math.min(ratio, top), Math.min(lo == null ? ratio : lo, top), Math.min(hi == null ? ratio : hi, top));
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(c.patron + " - " + ally + ": affirmation weight / (request + pledge weight)",
                "window start", top < RATIO_CAP ? "ratio" : "ratio (capped at " + RATIO_CAP + ")", data, true, false, false);
        XYPlot plot = style(chart);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDefaultLinesVisible(false);
        r.setSeriesPaint(0, AFFIRM);
        r.setErrorPaint(new Color(0x1B, 0x9E, 0x77, 150));
        r.setErrorStroke(new BasicStroke(3f));
        r.setCapLength(6);
        plot.setRenderer(r);
        plot.getRangeAxis().setRange(0, top);
        ValueMarker parity = new ValueMarker(1.0, Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[]{4f, 4f}, 0f));
        parity.setLabel("affirmation = asked + pledged");
        parity.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        parity.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        parity.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        plot.addRangeMarker(parity);
        return chart;
    }

    /** Kaplan–Meier curves of the share of requests answered by days since the request, one per ally. */
    static JFreeChart latency(Comparison c, int horizon) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (String ally : c.requests.keySet()) {
            List<Latency.Response> rs = c.responses(ally);
            XYSeries s = new XYSeries(ally + " (" + rs.size() + " requests)");
            s.add(0, 0);
            double share = 0;
            for (Latency.Step st : Latency.curve(rs)) {
                s.add(st.day(), st.answeredShare());
                share = st.answeredShare();
            }
            s.add(horizon, share);
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(c.patron + ": share of requests answered by an affirmation (Kaplan-Meier)",
                "days since the request", "share answered", data);
        XYPlot plot = style(chart);
        XYStepRenderer steps = new XYStepRenderer();
        palette(steps, data.getSeriesCount());
        plot.setRenderer(steps);
        plot.getRangeAxis().setRange(0, 1.05);   // a curve at 1.0 must not hide under the frame
        plot.getDomainAxis().setRange(-0.5, horizon);
        for (int d : new int[]{7, 30}) {
            if (d <= horizon) plot.addDomainMarker(new ValueMarker(d, Color.LIGHT_GRAY, new BasicStroke(1f)));
        }
        return chart;
    }

    /** The cumulative gap of every ally over time. */
    static JFreeChart cumulativeGap(Comparison c, List<String> allies) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        for (String ally : allies) {
            TimeSeries s = new TimeSeries(ally);
            for (Map<String, Object> r : c.windows.get(ally)) s.addOrUpdate(day((LocalDate) r.get("window_start")), dbl(r, "cumulative_gap"));
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(c.patron + " and allies: cumulative gap (asked + pledged - affirmed weight)",
                "window start", "cumulative gap", data, true, false, false);
        XYPlot plot = style(chart);
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        palette(r, data.getSeriesCount());
        plot.setRenderer(r);
        return chart;
    }

    /** Overall ratio per ally: all windows' affirmation weight over all request and pledge weight. */
    static JFreeChart overallRatio(Comparison c, List<String> allies) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String ally : allies) {
            double aff = 0, asked = 0;
            for (Map<String, Object> r : c.windows.get(ally)) {
                aff += dbl(r, "affirmation_weight");
                asked += dbl(r, "request_weight") + dbl(r, "pledge_weight");
            }
            if (asked > 0) data.addValue(aff / asked, "affirmation ratio, whole period", ally);
        }
        JFreeChart chart = ChartFactory.createBarChart(c.patron + " and allies: affirmation ratio over the whole period", "ally", "ratio", data);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
        chart.getCategoryPlot().getRenderer().setSeriesPaint(0, AFFIRM);
        chart.getCategoryPlot().addRangeMarker(new ValueMarker(1.0, Color.GRAY, new BasicStroke(1f)));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static XYPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        if (plot.getDomainAxis() instanceof DateAxis dates) {
            dates.setDateFormatOverride(new java.text.SimpleDateFormat("yyyy-MM", java.util.Locale.ROOT));
            dates.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        }
        return plot;
    }

    private static void palette(org.jfree.chart.renderer.xy.AbstractXYItemRenderer r, int series) {
        for (int i = 0; i < series; i++) {
            r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
    }

    private static void color(XYLineAndShapeRenderer r, Color... colors) {
        for (int i = 0; i < colors.length; i++) {
            r.setSeriesPaint(i, colors[i]);
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
    }

    /** Writes {@code name}.png and {@code name}.svg into {@code dir} and returns the SVG element for inlining. */
    static String write(JFreeChart chart, Path dir, String name) {
        try {
            ChartUtils.saveChartAsPNG(dir.resolve(name + ".png").toFile(), chart, WIDTH, HEIGHT);
            SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
            g2.setDefsKeyPrefix(name + "-");   // several SVGs inline in one page must not share clip ids
            chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
            String svg = g2.getSVGElement();
            SVGUtils.writeToSVG(dir.resolve(name + ".svg").toFile(), svg);
            return svg;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + name, e);
        }
    }
}
